//! Views: pure functions of the state that draw it. They read state only;
//! every string from a file goes through [`crate::sanitize`].

pub mod annotations;
pub mod collocates;
pub mod concordance;
pub mod filter_bar;
pub mod help;
pub use crate::layout;
pub mod list;
pub mod note_editor;
pub mod problems;
pub mod reader;
pub mod sidebar;
pub mod status;
pub mod text;
pub mod timeline;
pub use crate::wrap;

use crate::keymap::Keymap;
use crate::state::{AppState, Focus};
use crate::theme::Theme;
use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders, Paragraph};

/// Everything a view needs besides the state.
pub struct Ctx<'a> {
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
}

/// Draws the whole screen. The layout was computed by `update::resize`
/// for this frame's size; if it differs, it is computed again here.
pub fn render(frame: &mut Frame, s: &AppState, ctx: &Ctx) {
    let area = frame.area();
    let panes = if s.view.panes.area == area {
        s.view.panes
    } else {
        layout::layout(area)
    };
    // the background the theme assumes, under everything
    frame.buffer_mut().set_style(area, ctx.theme.get("screen"));
    if panes.too_small {
        let msg = format!(
            "terminal too small ({}x{}): liseuse needs {}x{}",
            area.width,
            area.height,
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT
        );
        // wrapped, so the needed size shows even on a narrow terminal
        frame.render_widget(
            Paragraph::new(msg)
                .style(ctx.theme.get("status.error"))
                .wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    filter_bar::render(frame, panes.filter, s, ctx);
    list::render(frame, panes.list, s, ctx);
    match (&s.view.concordance, &s.view.collocates) {
        (Some(c), _) => concordance::render(frame, panes.reader, s, c, ctx),
        (None, Some(c)) => collocates::render(frame, panes.reader, s, c, ctx),
        (None, None) => reader::render(frame, panes.reader, s, ctx),
    }
    match s.view.sidebar.timeline {
        Some(by) => timeline::render(frame, panes.sidebar, s, by, ctx),
        None => sidebar::render(frame, panes.sidebar, s, ctx),
    }
    status::render(frame, panes.status, s, ctx);
    if let Some(list) = &s.view.annotations.list {
        annotations::render(frame, area, s, list, ctx);
    }
    if let Some(ed) = &s.view.editor.current {
        note_editor::render(frame, area, ed, ctx);
    }
    if let Some(p) = &s.view.problems {
        problems::render(frame, area, s, p, ctx);
    }
    if let Some(scroll) = s.view.help {
        help::render(frame, area, scroll, ctx);
    }
}

/// Empties an overlay's rectangle and paints the theme's background on it.
pub fn clear(frame: &mut Frame, r: ratatui::layout::Rect, ctx: &Ctx) {
    frame.render_widget(ratatui::widgets::Clear, r);
    frame.buffer_mut().set_style(r, ctx.theme.get("screen"));
}

/// A pane's frame, highlighted when it has the focus.
pub fn pane<'a>(title: Line<'a>, focused: bool, ctx: &Ctx) -> Block<'a> {
    let (border, t) = if focused {
        ("border.focus", "pane.title.focus")
    } else {
        ("border", "pane.title")
    };
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(ctx.theme.get(border))
        .title(title.style(ctx.theme.get(t)))
}

pub fn focused(s: &AppState, f: Focus) -> bool {
    s.view.focus == f && s.view.help.is_none()
}

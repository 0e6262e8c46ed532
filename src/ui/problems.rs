//! The problems overlay: the files not read, each with its reason, and the
//! selection.

use super::Ctx;
use super::text::fit;
use crate::sanitize::clean;
use crate::state::AppState;
use crate::state::problems::ProblemsRoom;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, room: &ProblemsRoom, ctx: &Ctx) {
    let w = area.width.saturating_sub(4).min(110);
    let r = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + 1,
        width: w,
        height: area.height.saturating_sub(2),
    };
    super::clear(frame, r, ctx);
    let skipped = &s.doc.skipped;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(ctx.theme.get("help.border"))
        .title(format!(" Files not read · {} ", skipped.len()))
        .title_bottom(" j/k move · Esc close ");
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let width = inner.width as usize;
    let rows = (inner.height as usize).max(1);
    let offset = room.sel.saturating_sub(rows - 1);
    let mut lines: Vec<Line> = skipped
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows)
        .map(|(i, sk)| {
            let path = clean(&sk.path.display().to_string()).into_owned();
            let reason = clean(&sk.reason.to_string()).into_owned();
            let slot = if i == room.sel {
                "list.selected"
            } else {
                "help.text"
            };
            let path_width = (width / 2).max(width.saturating_sub(reason.chars().count() + 2));
            let mut shown = fit(&path, path_width);
            let pad = path_width.saturating_sub(shown.width());
            shown.extend(std::iter::repeat_n(' ', pad));
            Line::from(vec![
                Span::styled(shown, ctx.theme.get(slot)),
                Span::styled(
                    fit(&format!("  {reason}"), width.saturating_sub(path_width)),
                    ctx.theme.get("help.key"),
                ),
            ])
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::styled(
            "every file of the corpus was read",
            ctx.theme.get("help.text"),
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

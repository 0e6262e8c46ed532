//! The filter bar: the query being typed (ratatui-textarea), the match
//! count, and a parse error shown inline.

use super::{Ctx, focused, pane};
use crate::state::{AppState, Focus};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, ctx: &Ctx) {
    let has_focus = focused(s, Focus::Filter);
    let block = pane(Line::from(" Filter "), has_focus, ctx);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let count = format!(" {}/{} ", s.doc.visible.len(), s.doc.articles.len());
    let err = s
        .doc
        .filter
        .error
        .as_ref()
        .map(|e| format!(" {} ", e.message));
    let right_w = (count.len() + err.as_ref().map_or(0, |e| super::wrap::str_width(e))) as u16;
    let [prompt, input, right] = Layout::horizontal([
        Constraint::Length(2),
        Constraint::Min(1),
        Constraint::Length(right_w.min(inner.width / 2)),
    ])
    .areas(inner);
    frame.render_widget(
        Paragraph::new("/ ").style(ctx.theme.get("filter.prompt")),
        prompt,
    );
    let mut ta = s.view.filter.text.clone();
    ta.set_style(ctx.theme.get("filter.text"));
    ta.set_cursor_line_style(Style::default());
    ta.set_placeholder_style(ctx.theme.get("filter.placeholder"));
    if has_focus {
        ta.set_cursor_style(ctx.theme.get("reader.cursor"));
    } else {
        ta.set_cursor_style(ctx.theme.get("filter.text"));
    }
    frame.render_widget(&ta, input);
    let mut spans = Vec::new();
    if let Some(e) = err {
        spans.push(ratatui::text::Span::styled(
            super::text::fit(&e, right.width as usize),
            ctx.theme.get("filter.error"),
        ));
    }
    spans.push(ratatui::text::Span::styled(
        count,
        ctx.theme.get("filter.count"),
    ));
    frame.render_widget(Paragraph::new(Line::from(spans)).right_aligned(), right);
}

//! The reading pane: the visible slice of the open article's wrapped
//! lines (cached per width), with entity mentions and hits highlighted.

use super::text::fit;
use super::{Ctx, focused, pane};
use crate::sanitize::display_char;
use crate::state::{AppState, Focus, LineKind, Mark};
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, ctx: &Ctx) {
    let (total, h) = s.reader_extent();
    let pos = if total <= h {
        "all".to_string()
    } else {
        format!("{}%", (s.view.reader_top + h).min(total) * 100 / total)
    };
    let block = pane(Line::from(" Reader "), focused(s, Focus::Reader), ctx).title_bottom(
        Line::styled(
            format!(" {}/{} · {pos} ", (s.view.reader_top + h).min(total), total),
            ctx.theme.get("reader.position"),
        )
        .alignment(Alignment::Right),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (Some(a), Some(wrap)) = (s.view.open, &s.view.wrap) else {
        let hint = match s.selected() {
            Some(_) => format!(
                "Press {} to read the selected article.",
                ctx.keymap
                    .hint(crate::keymap::Context::List, crate::action::Action::Open)
                    .unwrap_or_default()
            ),
            None => String::new(),
        };
        frame.render_widget(
            Paragraph::new(fit(&hint, inner.width as usize)).style(ctx.theme.get("reader.meta")),
            inner,
        );
        return;
    };
    let art = s.doc.article(a);
    let text_area = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let base = ctx.theme.get("reader.text");
    let mut lines = Vec::with_capacity(h);
    for l in wrap.lines.iter().skip(s.view.reader_top).take(h) {
        let line = match l.kind {
            LineKind::Title => Line::styled(
                clean(&art.meta.title[l.span.start as usize..l.span.end as usize]),
                ctx.theme.get("reader.title"),
            ),
            LineKind::Meta => Line::styled(
                fit(&s.meta_line(a), text_area.width as usize),
                ctx.theme.get("reader.meta"),
            ),
            LineKind::Blank => Line::from(""),
            LineKind::Text(_) => styled_line(
                &art.text,
                l.span.start,
                l.span.end,
                &s.view.marks,
                base,
                ctx,
            ),
        };
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), text_area);
}

fn clean(s: &str) -> String {
    s.chars().filter_map(display_char).collect()
}

/// One line of article text, split into spans where marks start and end.
fn styled_line<'a>(
    text: &str,
    start: u32,
    end: u32,
    marks: &[Mark],
    base: Style,
    ctx: &Ctx,
) -> Line<'a> {
    let first = marks.partition_point(|m| m.end <= start);
    let mut spans = Vec::new();
    let mut pos = start;
    for m in marks[first..].iter().take_while(|m| m.start < end) {
        let ms = m.start.max(pos);
        let me = m.end.min(end);
        if ms > pos {
            spans.push(Span::styled(clean(&text[pos as usize..ms as usize]), base));
        }
        if me > ms {
            spans.push(Span::styled(
                clean(&text[ms as usize..me as usize]),
                base.patch(ctx.theme.get(m.slot)),
            ));
            pos = me;
        }
    }
    if pos < end {
        spans.push(Span::styled(clean(&text[pos as usize..end as usize]), base));
    }
    Line::from(spans)
}

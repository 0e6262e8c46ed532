//! The reading pane: the visible slice of the open article's wrapped
//! lines (cached per width), with entity mentions and hits highlighted.

use super::text::fit;
use super::{Ctx, focused, pane};
use crate::model::convert::BlockKind;
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
        format!("{}%", (s.view.reader.top + h).min(total) * 100 / total)
    };
    // a text read late whose file changed or went since it was analysed
    let title = match s.view.reader.open {
        Some(a) if s.doc.article(a).text.unavailable() => Line::from(vec![
            Span::raw(" Reader "),
            Span::styled(
                " the file changed on disk: reopen to read it ",
                ctx.theme.get("status.error"),
            ),
        ]),
        _ => Line::from(" Reader "),
    };
    let block = pane(title, focused(s, Focus::Reader), ctx).title_bottom(
        Line::styled(
            format!(" {}/{} · {pos} ", (s.view.reader.top + h).min(total), total),
            ctx.theme.get("reader.position"),
        )
        .alignment(Alignment::Right),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (Some(a), Some(wrap)) = (s.view.reader.open, &s.view.reader.wrap) else {
        // the selected article is previewed; nothing shows only when
        // nothing is selected
        let hint = if s.doc.visible.is_empty() && !s.doc.filter.input.trim().is_empty() {
            "No article matches the filter.".to_string()
        } else {
            String::new()
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
    let overlay = cursor_marks(s, &art.text);
    let mut lines = Vec::with_capacity(h);
    let mut margin = Vec::with_capacity(h);
    for l in wrap.lines.iter().skip(s.view.reader.top).take(h) {
        let annotated = matches!(l.kind, LineKind::Text(_))
            && s.view.reader.marks.iter().any(|m| {
                m.slot.starts_with("annotation.")
                    && m.start < l.span.end.max(l.span.start + 1)
                    && m.end > l.span.start
            });
        margin.push(Line::styled(
            if annotated { "▍" } else { " " },
            ctx.theme.get("annotation.marker"),
        ));
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
            LineKind::Text(p) => {
                let kind = art.block_kind(p as usize);
                let mut line = styled_line(
                    &art.text,
                    l.span.start,
                    l.span.end,
                    &s.view.reader.marks,
                    &overlay,
                    base.patch(ctx.theme.get(block_slot(kind))),
                    ctx,
                );
                if l.indent > 0 {
                    line.spans.insert(0, indent_span(kind, l.indent, ctx));
                }
                line
            }
        };
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), text_area);
    frame.render_widget(
        Paragraph::new(margin),
        Rect {
            width: 1.min(inner.width),
            ..inner
        },
    );
}

/// The selection and the cursor, as marks drawn over the others (only
/// when the reader has the focus).
fn cursor_marks(s: &AppState, text: &str) -> Vec<Mark> {
    let Some(c) = s
        .view
        .reader
        .cursor
        .filter(|_| focused(s, Focus::Reader) || s.view.editor.current.is_some())
    else {
        return Vec::new();
    };
    let next = |b: u32| {
        text[b as usize..]
            .chars()
            .next()
            .map_or(b, |ch| b + ch.len_utf8() as u32)
    };
    let mut out = Vec::new();
    if let Some(f) = s.view.reader.select_from {
        let (lo, hi) = (c.min(f), c.max(f));
        out.push(Mark {
            start: lo,
            end: next(hi),
            slot: "reader.selection",
        });
    }
    out.push(Mark {
        start: c,
        end: next(c).max(c + 1),
        slot: "reader.cursor",
    });
    out
}

/// The theme slot of a block's text.
fn block_slot(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Heading(1 | 2) => "reader.heading",
        BlockKind::Heading(_) => "reader.subheading",
        BlockKind::Quote(_) => "reader.quote",
        BlockKind::Code | BlockKind::Table => "reader.code",
        BlockKind::Paragraph | BlockKind::ListItem(_) => "reader.text",
    }
}

/// What is drawn before an indented line: a bar per quote level, spaces
/// otherwise.
fn indent_span(kind: BlockKind, indent: u16, ctx: &Ctx) -> Span<'static> {
    match kind {
        BlockKind::Quote(_) => Span::styled(
            "│ ".repeat(indent as usize / 2),
            ctx.theme.get("reader.quote"),
        ),
        _ => Span::raw(" ".repeat(indent as usize)),
    }
}

fn clean(s: &str) -> String {
    s.chars().filter_map(display_char).collect()
}

/// One line of article text, painted char by char: marks (annotations,
/// mentions, hits) in order, then the selection and the cursor on top.
fn styled_line<'a>(
    text: &str,
    start: u32,
    end: u32,
    marks: &[Mark],
    overlay: &[Mark],
    base: Style,
    ctx: &Ctx,
) -> Line<'a> {
    let first = marks.partition_point(|m| m.end <= start);
    let on_line: Vec<&Mark> = marks[first..]
        .iter()
        .take_while(|m| m.start < end)
        .chain(
            overlay
                .iter()
                .filter(|m| m.start < end.max(start + 1) && m.end > start),
        )
        .collect();
    let mut spans: Vec<Span> = Vec::new();
    let mut cur = String::new();
    let mut cur_style = base;
    let seg = &text[start as usize..end as usize];
    let push = |s: &mut String, st: Style, spans: &mut Vec<Span<'a>>| {
        if !s.is_empty() {
            spans.push(Span::styled(std::mem::take(s), st));
        }
    };
    for (i, c) in seg.char_indices() {
        let b = start + i as u32;
        let mut st = base;
        for m in &on_line {
            if m.start <= b && b < m.end {
                st = st.patch(ctx.theme.get(m.slot));
            }
        }
        if st != cur_style {
            push(&mut cur, cur_style, &mut spans);
            cur_style = st;
        }
        if let Some(d) = display_char(c) {
            cur.push(d);
        }
    }
    push(&mut cur, cur_style, &mut spans);
    // a cursor at the end of the line (or on an empty line) shows as a cell
    if let Some(m) = overlay
        .iter()
        .find(|m| m.slot == "reader.cursor" && m.start == end)
    {
        spans.push(Span::styled(" ", ctx.theme.get(m.slot)));
    }
    Line::from(spans)
}

//! The article list: two rows per article (title, then source · date ·
//! length), the selection, and the position in the list.

use super::text::{fit, fit_spans};
use super::{Ctx, focused, pane};
use crate::model::query::Part;
use crate::state::{AppState, Focus};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, ctx: &Ctx) {
    let has_focus = focused(s, Focus::List) || focused(s, Focus::Filter);
    let n = s.doc.visible.len();
    // while a long query is evaluated the list still shows the last
    // result: say so
    let title = Line::from(format!(
        " Articles {}/{} · {}{} ",
        if n == 0 { 0 } else { s.view.list.sel + 1 },
        n,
        s.doc.sort.name(),
        if s.doc.filtering() {
            " · filtering…"
        } else {
            ""
        }
    ));
    let block = pane(title, has_focus, ctx);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let rows = (inner.height / 2) as usize;
    let mut lines: Vec<Line> = Vec::with_capacity(rows * 2);
    let titles = s.doc.filter.query.highlighter(Part::Title);
    for (i, &a) in s
        .doc
        .visible
        .iter()
        .enumerate()
        .skip(s.view.list.offset)
        .take(rows)
    {
        let art = s.doc.article(a);
        let selected = i == s.view.list.sel;
        let open = s.view.reader.open == Some(a);
        let (ts, ms) = if selected {
            let slot = if has_focus {
                "list.selected"
            } else {
                "list.selected.unfocused"
            };
            (ctx.theme.get(slot), ctx.theme.get(slot))
        } else {
            (ctx.theme.get("list.item"), ctx.theme.get("list.meta"))
        };
        let marker = if open { "▌" } else { " " };
        let hits = titles.ranges(&art.meta.title);
        let (title, w) = fit_spans(
            &art.meta.title,
            width.saturating_sub(1),
            &hits,
            ts,
            ctx.theme.get("match"),
        );
        let mut row = vec![Span::styled(marker, ctx.theme.get("border.focus"))];
        row.extend(title);
        row.push(Span::styled(" ".repeat(width.saturating_sub(1 + w)), ts));
        lines.push(Line::from(row));
        let mut meta = Vec::new();
        if let Some(au) = &art.meta.author {
            meta.push(au.clone());
        }
        if let Some(src) = &art.meta.source {
            meta.push(src.clone());
        }
        if let Some(d) = &art.meta.date {
            meta.push(d.clone());
        }
        meta.push(format!("{} words", art.word_count));
        let flags = if s.view.reading_marks {
            reading_marks(s, a, ctx, selected.then_some(ms))
        } else {
            Vec::new()
        };
        let used: usize = flags.iter().map(|f| f.content.chars().count()).sum();
        let meta = fit(&meta.join(" · "), width.saturating_sub(2 + used));
        let pad = width.saturating_sub(2 + used + super::wrap::str_width(&meta));
        let mut row = vec![Span::styled(marker, ctx.theme.get("border.focus"))];
        row.extend(flags);
        row.push(Span::styled(format!(" {meta}{}", " ".repeat(pad)), ms));
        lines.push(Line::from(row));
    }
    if n == 0 {
        let msg = if s.doc.articles.is_empty() {
            if s.view.status.progress.done {
                "No articles found."
            } else {
                "Loading…"
            }
        } else {
            "No article matches the filter."
        };
        lines.push(Line::styled(fit(msg, width), ctx.theme.get("list.meta")));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The reading marks of an article, before its metadata: `•` unread,
/// `★` starred, `✎` annotated, `+` new or changed since the last visit
/// (each in its theme slot; on the selection's colours when selected).
fn reading_marks(
    s: &AppState,
    a: u32,
    ctx: &Ctx,
    selected: Option<ratatui::style::Style>,
) -> Vec<Span<'static>> {
    use crate::model::reading::flags::{NEW, READ, STARRED};
    let f = s.doc.reading_flags(a);
    let annotated = s.doc.annotation_facts(a).is_some();
    let mut out = Vec::new();
    for (on, mark, slot) in [
        (f & READ == 0, "•", "list.unread"),
        (f & STARRED != 0, "★", "list.starred"),
        (annotated, "✎", "list.annotated"),
        (f & NEW != 0, "+", "list.new"),
    ] {
        if on {
            let style = selected.unwrap_or_else(|| ctx.theme.get(slot));
            out.push(Span::styled(mark, style));
        }
    }
    out
}

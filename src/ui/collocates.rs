//! The collocates pane, drawn in the reader's place: one line per word,
//! strongest first, with its count near the hits (left/right of them), its
//! frequency in the filtered articles and its log-likelihood.

use super::text::fit;
use super::{Ctx, pane};
use crate::state::AppState;
use crate::state::collocates::{CollocatesPane, SPAN};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, c: &CollocatesPane, ctx: &Ctx) {
    let focused = s.view.focus != crate::state::Focus::Filter && s.view.help.is_none();
    let counting = c.counting(&s.doc);
    // the state first: a narrow pane cuts the title's end
    let state = match (counting, c.stale, s.view.status.progress.done) {
        (Some(_), _, _) if c.estimate.is_some() => {
            let (n, of) = c.estimate.unwrap_or_default();
            format!(" · estimate from {n} of {of} articles…")
        }
        (Some((done, all)), _, _) => format!(" · counting… {}%", done * 100 / all.max(1)),
        (None, false, _) => String::new(),
        (None, true, true) => " · updates on Enter".into(),
        (None, true, false) => " · updates when loaded".into(),
    };
    let block = pane(
        Line::from(format!(
            " Collocates{state} · {} within {SPAN} words of {} hits ",
            match c.words.words.len() {
                1 => "1 word".to_string(),
                n => format!("{n} words"),
            },
            c.words.hits
        )),
        focused,
        ctx,
    )
    .title_bottom(" Enter add to filter · / filter · Esc close ");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (w, h) = (inner.width as usize, inner.height as usize);
    if w < 10 || h == 0 {
        return;
    }
    if c.words.words.is_empty() {
        let msg = if counting.is_some() {
            "Counting the words near the hits…"
        } else if s.doc.filter.query.is_empty() {
            "No filter: type / and a word to see the words found near it."
        } else {
            "No word is found near the hits more often than elsewhere."
        };
        frame.render_widget(
            Paragraph::new(fit(msg, w)).style(ctx.theme.get("list.meta")),
            inner,
        );
        return;
    }
    // word · near (left/right) · in the articles · log-likelihood
    let head = format!(
        "{:>7} {:>11} {:>9} {:>9}",
        "near", "left/right", "in all", "G²"
    );
    let num_w = head.width();
    let word_w = w.saturating_sub(num_w + 1).max(1);
    let mut lines = Vec::with_capacity(h);
    lines.push(Line::from(Span::styled(
        fit(&format!("{:word_w$} {head}", "word"), w),
        ctx.theme.get("list.meta"),
    )));
    let rows = h.saturating_sub(1);
    let offset = c.sel.saturating_sub(rows.saturating_sub(1));
    for (i, col) in c.words.words.iter().enumerate().skip(offset).take(rows) {
        let word = fit(&crate::sanitize::clean(&col.word), word_w);
        let pad = word_w.saturating_sub(word.width());
        let nums = format!(
            "{:>7} {:>11} {:>9} {:>9.1}",
            col.count,
            format!("{}/{}", col.left, col.right),
            col.frequency,
            col.g2
        );
        let sel = i == c.sel;
        let base = if sel && focused {
            ctx.theme.get("list.selected")
        } else if sel {
            ctx.theme.get("list.selected.unfocused")
        } else {
            ctx.theme.get("reader.text")
        };
        lines.push(Line::from(vec![
            Span::styled(word, if sel { base } else { ctx.theme.get("match") }),
            Span::styled(format!("{:pad$} ", ""), base),
            Span::styled(fit(&nums, w.saturating_sub(word_w + 1)), base),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

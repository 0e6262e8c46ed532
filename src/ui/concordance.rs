//! The concordance pane (keyword in context), drawn in the reader's place:
//! one line per hit, the hit in a fixed column with the theme's `match`
//! style, its left context right-aligned before it, its right context
//! after, the article's date or title at the right edge.

use super::text::fit;
use super::{Ctx, pane};
use crate::model::explore;
use crate::state::AppState;
use crate::state::concordance::Concordance;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, c: &Concordance, ctx: &Ctx) {
    let count = if c.complete {
        format!("{}", c.lines.len())
    } else {
        format!("{}+", c.lines.len())
    };
    let focused = s.view.focus != crate::state::Focus::Filter && s.view.help.is_none();
    let block = pane(
        Line::from(format!(
            " Concordance · {count} hits{} · by {} ",
            c.entity
                .as_ref()
                .map(|(t, _)| format!(" of {}", crate::sanitize::clean(t)))
                .unwrap_or_default(),
            c.sort.name()
        )),
        focused,
        ctx,
    )
    .title_bottom(" Enter open · s sort · / filter · Esc close ");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let (w, h) = (inner.width as usize, inner.height as usize);
    if w < 10 || h == 0 {
        return;
    }
    if c.lines.is_empty() {
        let msg = if s.doc.filter.query.is_empty() {
            "No filter: type / and a word to see its hits in context."
        } else {
            "No hit of the filter in the text of the matching articles."
        };
        frame.render_widget(
            Paragraph::new(fit(msg, w)).style(ctx.theme.get("list.meta")),
            inner,
        );
        return;
    }
    let edge = (w / 6).clamp(0, 14);
    let text_w = w.saturating_sub(edge + 1);
    let left_w = text_w * 2 / 5;
    let offset = c.sel.saturating_sub(h.saturating_sub(1));
    let mut lines = Vec::with_capacity(h);
    for (i, hit) in c.lines.iter().enumerate().skip(offset).take(h) {
        let cx = explore::context(&s.doc, hit, text_w);
        let hit_text = fit(&cx.hit, text_w.saturating_sub(left_w));
        let right_w = text_w.saturating_sub(left_w + hit_text.width());
        // the left context's last `left_w` columns
        let mut left: Vec<char> = Vec::new();
        let mut used = 0;
        for ch in cx.left.chars().rev() {
            let cw = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
            if used + cw > left_w {
                break;
            }
            used += cw;
            left.push(ch);
        }
        let left: String = std::iter::repeat_n(' ', left_w - used)
            .chain(left.into_iter().rev())
            .collect();
        let right = fit(&cx.right, right_w);
        let pad = right_w.saturating_sub(right.width());
        let a = s.doc.article(hit.article);
        let label = a.meta.date_label().unwrap_or_else(|| a.meta.title.clone());
        let sel = i == c.sel;
        let base = if sel && focused {
            ctx.theme.get("list.selected")
        } else if sel {
            ctx.theme.get("list.selected.unfocused")
        } else {
            ctx.theme.get("reader.text")
        };
        lines.push(Line::from(vec![
            Span::styled(left, base),
            Span::styled(hit_text, ctx.theme.get("match")),
            Span::styled(format!("{right}{:pad$} ", ""), base),
            Span::styled(fit(&label, edge), ctx.theme.get("list.meta")),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

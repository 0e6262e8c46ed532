//! The help overlay, generated from the keymap so it can't drift from the
//! real keys: per context, each bound action with its keys and its doc.

use super::Ctx;
use super::text::fit;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

pub fn lines(ctx: &Ctx) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (c, rows) in ctx.keymap.help_rows() {
        out.push(Line::styled(
            format!("{} keys", c.name()),
            ctx.theme.get("help.heading"),
        ));
        for (keys, action) in rows {
            out.push(Line::from(vec![
                Span::styled(format!("  {keys:<18} "), ctx.theme.get("help.key")),
                Span::styled(
                    format!("{:<18} ", action.name()),
                    ctx.theme.get("help.name"),
                ),
                Span::styled(action.description().to_string(), ctx.theme.get("help.text")),
            ]));
        }
        out.push(Line::from(""));
    }
    out.push(Line::styled(
        "filter language".to_string(),
        ctx.theme.get("help.heading"),
    ));
    for l in FILTER_HELP {
        out.push(Line::styled(format!("  {l}"), ctx.theme.get("help.text")));
    }
    out
}

const FILTER_HELP: &[&str] = &[
    "word        articles with a word starting so (case and accents ignored)",
    "'word       the whole word only    \"a phrase\"  consecutive words",
    "-word, !word, NOT word   without   a|b, a OR b  either     a AND b  both",
    "field:term  title: source: file: lang: tag: note: has:",
    "entities    person: org: place: date: money: percent: quantity: entity:",
];

/// Where the overlay is drawn on a screen of `area`.
fn overlay(area: Rect) -> Rect {
    let w = area.width.saturating_sub(4).min(110);
    let h = area.height.saturating_sub(2);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + 1,
        width: w,
        height: h,
    }
}

/// The largest useful scroll: the last line at the bottom of the overlay.
pub fn max_scroll(area: Rect, ctx: &Ctx) -> usize {
    let inner = overlay(area).height.saturating_sub(2) as usize;
    lines(ctx).len().saturating_sub(inner)
}

pub fn render(frame: &mut Frame, area: Rect, scroll: usize, ctx: &Ctx) {
    let r = overlay(area);
    super::clear(frame, r, ctx);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(ctx.theme.get("help.border"))
        .title(" Help · Esc closes · j/k g/G Space/PgUp scroll · keys, config name, what it does ");
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let all = lines(ctx);
    let scroll = scroll.min(all.len().saturating_sub(inner.height as usize));
    let shown: Vec<Line> = all
        .into_iter()
        .skip(scroll)
        .take(inner.height as usize)
        .map(|l| {
            let s: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            if s.chars().count() > inner.width as usize {
                Line::styled(fit(&s, inner.width as usize), ctx.theme.get("help.text"))
            } else {
                l
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(shown), inner);
}

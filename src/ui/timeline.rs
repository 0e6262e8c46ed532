//! The timeline of the filtered articles, in the sidebar's place: one
//! horizontal bar per period (ratatui's `BarChart`), the latest periods
//! when they do not all fit, undated articles counted in the title.

use super::{Ctx, pane};
use crate::model::explore::{self, Period};
use crate::state::AppState;
use ratatui::Frame;
use ratatui::layout::{Direction, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, by: Period, ctx: &Ctx) {
    let t = explore::timeline(&s.doc, by);
    let block = pane(
        Line::from(format!(" Timeline · {} ", by.name())),
        false,
        ctx,
    )
    .title_bottom(format!(" {} undated · V next ", t.undated));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width < 8 {
        return;
    }
    if t.bins.is_empty() {
        frame.render_widget(
            Paragraph::new("No dated article in the filter.").style(ctx.theme.get("list.meta")),
            inner,
        );
        return;
    }
    let rows = inner.height as usize;
    let from = t.bins.len().saturating_sub(rows);
    let bars: Vec<Bar> = t.bins[from..]
        .iter()
        .map(|(_, label, n)| {
            Bar::default()
                .value(u64::from(*n))
                .label(Line::from(label.clone()))
                .style(ctx.theme.get("entity.organization"))
                .value_style(ctx.theme.get("list.meta"))
        })
        .collect();
    let chart = BarChart::default()
        .direction(Direction::Horizontal)
        .bar_width(1)
        .bar_gap(0)
        .data(BarGroup::default().bars(&bars));
    frame.render_widget(chart, inner);
}

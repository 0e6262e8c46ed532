//! The timeline of the filtered articles, in the sidebar's place: one
//! horizontal bar per period (ratatui's `BarChart`), the latest periods
//! when they do not all fit, undated, coarsely dated and estimated
//! articles counted below the bars. With
//! the keys, one period is selected (Enter narrows the filter to it).

use super::{Ctx, pane};
use crate::model::explore::{self, Period};
use crate::state::AppState;
use ratatui::Frame;
use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Bar, BarChart, BarGroup, Paragraph, Wrap};

pub fn render(frame: &mut Frame, area: Rect, s: &AppState, by: Period, ctx: &Ctx) {
    let t = explore::timeline(&s.doc, by);
    let focused = s.view.focus == crate::state::Focus::Sidebar && s.view.help.is_none();
    let hint = if focused { "Enter narrow · " } else { "" };
    let block = pane(
        Line::from(format!(" Timeline · {} ", by.name())),
        focused,
        ctx,
    )
    .title_bottom(format!(" {hint}V next "));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width < 8 {
        return;
    }
    // what the bars do not show, on the pane's last lines: the undated
    // articles, those dated too coarsely for the period, and how many of
    // the bars' dates are estimated (≈: from the dates the text mentions)
    let mut notes = vec![format!("{} undated", t.undated)];
    if t.imprecise > 0 {
        let coarse = if by == Period::Week {
            "month or year"
        } else {
            "year"
        };
        notes.push(format!("{} by {coarse} only", t.imprecise));
    }
    if t.estimated > 0 {
        notes.push(format!("{} ≈ estimated", t.estimated));
    }
    let note = notes.join(" · ");
    let note_rows = (super::wrap::str_width(&note).div_ceil(inner.width as usize) as u16)
        .clamp(1, 3)
        .min(inner.height.saturating_sub(1));
    let inner = if note_rows > 0 {
        let [chart, below] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(note_rows)]).areas(inner);
        frame.render_widget(
            Paragraph::new(note)
                .wrap(Wrap { trim: true })
                .style(ctx.theme.get("list.meta")),
            below,
        );
        chart
    } else {
        inner
    };
    if t.bins.is_empty() {
        frame.render_widget(
            Paragraph::new("No dated article in the filter.").style(ctx.theme.get("list.meta")),
            inner,
        );
        return;
    }
    let rows = inner.height as usize;
    let sel = focused.then(|| {
        s.view
            .sidebar
            .timeline_sel
            .and_then(|o| t.bins.iter().position(|b| b.0 == o))
            .unwrap_or(t.bins.len() - 1)
    });
    // the latest periods, or those up to the selected one
    let from = t
        .bins
        .len()
        .saturating_sub(rows)
        .min(sel.unwrap_or(usize::MAX));
    let bars: Vec<Bar> = t.bins[from..]
        .iter()
        .take(rows)
        .enumerate()
        .map(|(i, (_, label, n))| {
            let label = if sel == Some(from + i) {
                Line::styled(label.clone(), ctx.theme.get("list.selected"))
            } else {
                Line::from(label.clone())
            };
            Bar::default()
                .value(u64::from(*n))
                .label(label)
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

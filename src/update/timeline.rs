//! Keys of the timeline when the sidebar has them: move between periods,
//! Enter narrows the filter to the selected one (`published:2019-03`).

use super::{add_to_filter, info};
use crate::action::Action;
use crate::model::explore;
use crate::state::AppState;

/// An action while the timeline is shown and the sidebar is focused; false
/// when the timeline does not take it.
pub fn action(s: &mut AppState, action: Action) -> bool {
    let Some(by) = s.view.sidebar.timeline else {
        return false;
    };
    let t = explore::timeline(&s.doc, by);
    if t.bins.is_empty() {
        return false;
    }
    let last = t.bins.len() - 1;
    let cur = s
        .view
        .sidebar
        .timeline_sel
        .and_then(|o| t.bins.iter().position(|b| b.0 == o))
        .unwrap_or(last);
    let page = s.view.panes.sidebar.height.saturating_sub(2).max(1) as usize;
    let to = match action {
        Action::Down => (cur + 1).min(last),
        Action::Up => cur.saturating_sub(1),
        Action::PageDown => (cur + page).min(last),
        Action::PageUp => cur.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => last,
        Action::FilterByEntity | Action::Open => {
            let term = format!("published:{}", by.filter_value(t.bins[cur].0));
            s.view.sidebar.timeline_sel = None;
            add_to_filter(s, &term);
            s.view.status.message = Some(info(format!("filter: {term}")));
            return true;
        }
        _ => return false,
    };
    s.view.sidebar.timeline_sel = Some(t.bins[to].0);
    true
}

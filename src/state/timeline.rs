//! The timeline's keys, when it is drawn in the sidebar's place and the
//! sidebar has the keys: move between periods; Enter narrows the filter
//! to the selected one (`published:2019-03`).

use super::SidebarRoom;
use super::room::{Outcome, moved};
use crate::action::Action;
use crate::model::{Document, explore};

/// An action while the timeline is shown (`page`: bars shown); false when
/// the timeline does not take it.
pub fn handle(
    side: &mut SidebarRoom,
    doc: &Document,
    page: usize,
    action: Action,
    queue: &mut Vec<Outcome>,
) -> bool {
    let Some(by) = side.timeline else {
        return false;
    };
    let t = explore::timeline(doc, by);
    if t.bins.is_empty() {
        return false;
    }
    let last = t.bins.len() - 1;
    let cur = side
        .timeline_sel
        .and_then(|o| t.bins.iter().position(|b| b.0 == o))
        .unwrap_or(last);
    if let Some(to) = moved(cur, t.bins.len(), page, action, false) {
        side.timeline_sel = Some(t.bins[to].0);
        return true;
    }
    match action {
        Action::FilterByEntity | Action::Open => {
            let term = format!("published:{}", by.filter_value(t.bins[cur].0));
            side.timeline_sel = None;
            queue.push(Outcome::AddToFilter(term.clone()));
            queue.push(Outcome::Say(format!("filter: {term}")));
            true
        }
        _ => false,
    }
}

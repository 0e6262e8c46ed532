//! Opening and closing the concordance pane (its keys are its own:
//! [`Concordance::handle`]).

use super::info;
use crate::state::concordance::Concordance;
use crate::state::{AppState, Focus};

/// Opens or closes the pane.
pub fn toggle(s: &mut AppState) {
    if s.view.concordance.take().is_none() {
        s.view.collocates = None;
        // from the sidebar, the mentions of its selected entity
        let entity = (s.view.focus == Focus::Sidebar && s.view.sidebar.timeline.is_none())
            .then(|| s.selected_entity().map(|r| r.filter_term()))
            .flatten();
        let mut c = entity
            .and_then(|t| Concordance::of_entity(Default::default(), &t))
            .unwrap_or_else(|| Concordance::new(Default::default()));
        c.sync(&s.doc);
        if c.entity.is_none() && s.doc.filter.query.is_empty() {
            s.view.status.message = Some(info(
                "concordance: type a filter (/) to see its hits in context".into(),
            ));
        }
        s.view.concordance = Some(c);
        if s.view.focus == Focus::Filter {
            s.view.focus = s.view.filter.before;
        }
    }
}

/// Fills the open pane's lines for about `budget` (between keys; not while
/// the filter's result is still coming: the lines are of that result).
/// Returns whether the pane changed.
pub fn step(s: &mut AppState, budget: std::time::Duration) -> bool {
    match &mut s.view.concordance {
        Some(c) if !s.doc.filtering() && c.pending() => c.step(&s.doc, budget),
        _ => false,
    }
}

/// Whether the open pane has lines to fill (the loop should come back at
/// once).
pub fn pending(s: &AppState) -> bool {
    s.view.concordance.as_ref().is_some_and(|c| c.pending()) && !s.doc.filtering()
}

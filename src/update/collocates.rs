//! Opening and closing the collocates pane, and counting them between
//! keys (its keys are its own: [`CollocatesPane::handle`]).

use super::info;
use crate::state::collocates::CollocatesPane;
use crate::state::{AppState, Focus};

/// Opens or closes the pane (it takes the reader's place, as the
/// concordance does; opening one closes the other).
pub fn toggle(s: &mut AppState) {
    if s.view.collocates.take().is_none() {
        s.view.concordance = None;
        let mut c = CollocatesPane::default();
        c.sync(&s.doc, false);
        if s.doc.filter.query.is_empty() {
            s.view.status.message = Some(info(
                "collocates: type a filter (/) to see the words found near its hits".into(),
            ));
        }
        s.view.collocates = Some(c);
        if s.view.focus == Focus::Filter {
            s.view.focus = s.view.filter.before;
        }
    }
}

/// Counts the open pane's collocates a little further (about `budget`);
/// returns whether the pane is to be drawn again.
pub fn step(s: &mut AppState, budget: std::time::Duration) -> bool {
    let Some(c) = &mut s.view.collocates else {
        return false;
    };
    if s.doc.filtering() {
        // the count is for the filter's result: wait for it
        return false;
    }
    c.step(&s.doc, budget)
}

/// Whether the open pane is counting (the loop should come back at once).
pub fn counting(s: &AppState) -> bool {
    s.view
        .collocates
        .as_ref()
        .is_some_and(|c| c.counting(&s.doc).is_some())
}

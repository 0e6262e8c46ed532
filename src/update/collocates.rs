//! Keys of the collocates pane: move, add the selected word to the filter
//! (Enter), close.

use super::{add_to_filter, info};
use crate::action::Action;
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

/// An action while the pane is open (and the filter bar is not focused);
/// false when the pane does not take it.
pub fn action(s: &mut AppState, action: Action) -> bool {
    let page = s.view.panes.reader_height().max(2) as usize;
    let Some(c) = &mut s.view.collocates else {
        return false;
    };
    let last = c.words.words.len().saturating_sub(1);
    match action {
        Action::Down => c.sel = (c.sel + 1).min(last),
        Action::Up => c.sel = c.sel.saturating_sub(1),
        Action::PageDown => c.sel = (c.sel + page).min(last),
        Action::PageUp => c.sel = c.sel.saturating_sub(page),
        Action::HalfPageDown => c.sel = (c.sel + page / 2).min(last),
        Action::HalfPageUp => c.sel = c.sel.saturating_sub(page / 2),
        Action::Top => c.sel = 0,
        Action::Bottom => c.sel = last,
        Action::Back | Action::Collocates => s.view.collocates = None,
        Action::Open => {
            if let Some(w) = c.selected() {
                // the folded form matches the word whatever its case
                let term = if w.folded.chars().all(char::is_alphanumeric) {
                    w.folded.clone()
                } else {
                    format!("\"{}\"", w.folded.replace('"', " "))
                };
                add_to_filter(s, &term);
            }
        }
        _ => return false,
    }
    true
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

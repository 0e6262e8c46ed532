//! Keys of the concordance pane: move, cycle the order, open the article
//! at the selected occurrence with the reader's cursor on it, close.

use super::{Effect, info, open_article};
use crate::action::Action;
use crate::state::concordance::Concordance;
use crate::state::{AppState, Focus};

/// Opens or closes the pane.
pub fn toggle(s: &mut AppState) {
    if s.view.concordance.take().is_none() {
        s.view.collocates = None;
        // from the sidebar, the mentions of its selected entity
        let entity = (s.view.focus == Focus::Sidebar && s.view.sidebar.timeline.is_none())
            .then(|| s.selected_entity().map(super::entity_term))
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

/// An action while the pane is open (and the filter bar is not focused);
/// false when the pane does not take it.
pub fn action(s: &mut AppState, action: Action, _fx: &mut [Effect]) -> bool {
    let page = s.view.panes.reader_height().max(2) as usize;
    let Some(c) = &mut s.view.concordance else {
        return false;
    };
    let last = c.lines.len().saturating_sub(1);
    match action {
        Action::Down => c.sel = (c.sel + 1).min(last),
        Action::Up => c.sel = c.sel.saturating_sub(1),
        Action::PageDown => c.sel = (c.sel + page).min(last),
        Action::PageUp => c.sel = c.sel.saturating_sub(page),
        Action::HalfPageDown => c.sel = (c.sel + page / 2).min(last),
        Action::HalfPageUp => c.sel = c.sel.saturating_sub(page / 2),
        Action::Top => c.sel = 0,
        Action::Bottom => {
            // the bottom of a lazy concordance needs every hit
            c.sel = usize::MAX / 2;
        }
        Action::CycleSort => {
            c.cycle_sort();
            let name = c.sort.name();
            s.view.status.message = Some(info(format!("concordance sorted by {name}")));
        }
        Action::Back | Action::Concordance => s.view.concordance = None,
        Action::Open => {
            if let Some(h) = c.selected().cloned() {
                s.view.concordance = None;
                if let Some(i) = s.doc.visible.iter().position(|&v| v == h.article) {
                    s.view.list.sel = i;
                }
                open_article(s, h.article);
                s.refresh();
                s.view.reader.cursor = Some(h.bytes.start as u32);
                super::cursor::follow_cursor(s);
            }
        }
        _ => return false,
    }
    if let Some(c) = &mut s.view.concordance {
        // fills what the selection needs (all of it for the bottom) and
        // clamps it
        c.sync(&s.doc);
    }
    true
}

//! Which room has the keyboard, and what rooms ask of each other.
//!
//! A room is a pane or an overlay that owns its state and its keys. One
//! function, [`ViewState::room`], decides which room gets a key: the
//! keymap context ([`crate::keymap::Context::of`]) and the update's
//! dispatch ([`crate::update::update`]) both ask it. A room that needs
//! something outside itself (open an article, narrow the filter, say
//! something, save) does not reach into its neighbours: it pushes an
//! [`Outcome`] on the queue, and the update's router applies the queue
//! after the key, as gitui's components do with their `InternalEvent`s.

use super::{Focus, ViewState};
use crate::action::Action;

/// The rooms, in the order they claim keys: overlays first, then a pane
/// drawn in the reader's place, then the focused pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Room {
    /// The help overlay.
    Help,
    /// The list of files not read.
    Problems,
    /// The note editor.
    Editor,
    /// The annotation list overlay.
    Annotations,
    /// The concordance, in the reader's place.
    Concordance,
    /// The collocates, in the reader's place.
    Collocates,
    /// The timeline, in the sidebar's place, when the sidebar has the keys.
    Timeline,
    /// The filter bar (keys it does not bind are typed into it).
    Filter,
    List,
    Reader,
    Sidebar,
}

impl ViewState {
    /// The room that gets the next key.
    pub fn room(&self) -> Room {
        if self.help.is_some() {
            return Room::Help;
        }
        if self.problems.is_some() {
            return Room::Problems;
        }
        if self.editor.current.is_some() {
            return Room::Editor;
        }
        if self.annotations.list.is_some() {
            return Room::Annotations;
        }
        // a pane in the reader's place has the keys unless the filter is
        // being typed (it follows the filter live)
        if self.focus != Focus::Filter {
            if self.concordance.is_some() {
                return Room::Concordance;
            }
            if self.collocates.is_some() {
                return Room::Collocates;
            }
        }
        match self.focus {
            Focus::List => Room::List,
            Focus::Reader => Room::Reader,
            Focus::Sidebar if self.sidebar.timeline.is_some() => Room::Timeline,
            Focus::Sidebar => Room::Sidebar,
            Focus::Filter => Room::Filter,
        }
    }
}

/// What a room asks of the rest of the app, applied by the router after
/// the key ([`crate::update::update`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Show this article in the reader and give it the keys; with a byte
    /// offset, put the cursor there and scroll to it.
    Open { article: u32, at: Option<u32> },
    /// Add this term to the filter (after what is typed) and apply it.
    AddToFilter(String),
    /// The filter bar's text changed: filter the document by it.
    ApplyFilter,
    /// Give the keys to this pane.
    Focus(Focus),
    /// Say this in the status line.
    Say(String),
    /// Close the room that asked (an overlay, or a pane drawn in another's
    /// place).
    Close(Room),
    /// Something only the run loop can do.
    Run(Effect),
}

/// What the run loop must do after an update: the outside world (files,
/// terminal, other programs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    /// Switch to the next theme.
    NextTheme,
    /// The annotations changed: save them.
    SaveAnnotations,
    /// Hand this URL or file to the system opener.
    OpenExternal(String),
    /// Edit article N's file in $EDITOR, then reload it.
    EditArticle(u32),
    /// Put this text on the clipboard.
    Copy(String),
    /// The entity corrections changed: save them.
    SaveCorrections,
}

/// The selection `sel` of a list of `len` rows, `page` of them shown,
/// after a movement action; `None` for any other action. `Bottom` goes to
/// `usize::MAX / 2` when the list is filled lazily (`lazy`): the room
/// fills it and clamps.
pub fn moved(sel: usize, len: usize, page: usize, action: Action, lazy: bool) -> Option<usize> {
    let last = len.saturating_sub(1);
    Some(match action {
        Action::Down => (sel + 1).min(last),
        Action::Up => sel.saturating_sub(1),
        Action::PageDown => (sel + page).min(last),
        Action::PageUp => sel.saturating_sub(page),
        Action::HalfPageDown => (sel + page / 2).min(last),
        Action::HalfPageUp => sel.saturating_sub(page / 2),
        Action::Top => 0,
        Action::Bottom if lazy => usize::MAX / 2,
        Action::Bottom => last,
        _ => return None,
    })
}

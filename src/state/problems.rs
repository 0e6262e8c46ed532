//! The problems overlay: every file the corpus holds that liseuse could
//! not read, and why (binary, too large, unreadable, not text…). The
//! status line names only the first one; this room lists them all.

use super::room::{Effect, Outcome, Room, moved};
use crate::action::Action;

/// The overlay's selection, over the document's skipped files.
#[derive(Debug, Clone, Default)]
pub struct ProblemsRoom {
    pub sel: usize,
}

impl ProblemsRoom {
    /// An action while the overlay is shown (`count` files listed, `page`
    /// of them shown). It takes every key: moves, Esc or `!` closes it,
    /// `q` quits.
    pub fn handle(&mut self, count: usize, page: usize, action: Action, queue: &mut Vec<Outcome>) {
        if let Some(sel) = moved(self.sel, count, page, action, false) {
            self.sel = sel;
            return;
        }
        match action {
            Action::Back | Action::Problems | Action::ToggleHelp => {
                queue.push(Outcome::Close(Room::Problems))
            }
            Action::Quit => queue.push(Outcome::Run(Effect::Quit)),
            _ => {}
        }
    }
}

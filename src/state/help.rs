//! The help overlay's keys: scroll (the run loop clamps the scroll to the
//! help's length, which depends on the keymap), close, quit. It takes
//! every key while shown.

use super::room::{Effect, Outcome, Room};
use crate::action::Action;

/// An action while the help is shown, `scroll` its first line shown and
/// `page` the lines it shows at once.
pub fn handle(scroll: &mut usize, page: usize, action: Action, queue: &mut Vec<Outcome>) {
    let page = page.max(2);
    let to = match action {
        Action::ToggleHelp | Action::Back => {
            queue.push(Outcome::Close(Room::Help));
            return;
        }
        Action::Quit => {
            queue.push(Outcome::Run(Effect::Quit));
            return;
        }
        Action::Down => scroll.saturating_add(1),
        Action::Up => scroll.saturating_sub(1),
        Action::Top => 0,
        Action::Bottom => usize::MAX / 4,
        Action::PageDown => scroll.saturating_add(page),
        Action::PageUp => scroll.saturating_sub(page),
        Action::HalfPageDown => scroll.saturating_add(page / 2),
        Action::HalfPageUp => scroll.saturating_sub(page / 2),
        _ => return,
    };
    *scroll = to.min(usize::MAX / 4);
}

//! The filter bar room: the text typed, edited as in a shell, its history,
//! and where the keys go back when it is left. It asks the router to
//! filter the document by its text ([`Outcome::ApplyFilter`]) whenever
//! the text changes.

use super::Focus;
use super::room::Outcome;
use crate::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tui_textarea::{CursorMove, TextArea};

pub struct FilterBar {
    pub text: TextArea<'static>,
    pub history: Vec<String>,
    pub history_pos: Option<usize>,
    /// Where focus returns when the filter bar is left.
    pub before: Focus,
}

impl Default for FilterBar {
    fn default() -> Self {
        let mut text = TextArea::default();
        text.set_placeholder_text("type / to filter: words, \"phrases\", -not, a|b, field:term");
        FilterBar {
            text,
            history: Vec::new(),
            history_pos: None,
            before: Focus::List,
        }
    }
}

impl FilterBar {
    /// The query typed.
    pub fn query(&self) -> String {
        self.text.lines().join(" ")
    }

    /// Replaces the text (the cursor at its end).
    pub fn set_text(&mut self, text: &str) {
        let mut t = TextArea::default();
        t.set_placeholder_text(self.text.placeholder_text().to_string());
        t.insert_str(text);
        self.text = t;
    }

    /// Adds a term after what is typed.
    pub fn append(&mut self, term: &str) {
        let mut q = self.query();
        if !q.trim().is_empty() {
            q.push(' ');
        }
        q.push_str(term);
        self.set_text(&q);
    }

    /// The bar's own actions: clear (and leave), accept (kept in the
    /// history), walk the history. False for any other action.
    pub fn handle(&mut self, action: Action, queue: &mut Vec<Outcome>) -> bool {
        match action {
            Action::ClearFilter => {
                self.set_text("");
                queue.push(Outcome::ApplyFilter);
                queue.push(Outcome::Focus(self.before));
            }
            Action::AcceptFilter => {
                let q = self.query();
                if !q.trim().is_empty() && self.history.last() != Some(&q) {
                    self.history.push(q);
                }
                self.history_pos = None;
                queue.push(Outcome::Focus(match self.before {
                    Focus::Filter => Focus::List,
                    f => f,
                }));
            }
            Action::HistoryPrev | Action::HistoryNext => {
                if self.walk_history(action == Action::HistoryPrev) {
                    queue.push(Outcome::ApplyFilter);
                }
            }
            _ => return false,
        }
        true
    }

    /// Shows the previous (or next) query of the history; false when
    /// there is none.
    fn walk_history(&mut self, prev: bool) -> bool {
        let n = self.history.len();
        if n == 0 {
            return false;
        }
        let pos = match (self.history_pos, prev) {
            (None, true) => Some(n - 1),
            (None, false) => None,
            (Some(p), true) => Some(p.saturating_sub(1)),
            (Some(p), false) if p + 1 < n => Some(p + 1),
            (Some(_), false) => None,
        };
        self.history_pos = pos;
        let text = pos.map(|p| self.history[p].clone()).unwrap_or_default();
        self.set_text(&text);
        true
    }

    /// A key typed into the bar (after its keymap declined it); whether
    /// the text changed. Line editing is the shell's: `C-u` clears to the
    /// start of the line, `C-k` to its end, `C-w` deletes the word before
    /// the cursor, `C-a` and `C-e` go to the ends (the text field's own
    /// `C-u` would undo one edit).
    pub fn input(&mut self, key: KeyEvent) -> bool {
        let f = &mut self.text;
        let ctrl = key.modifiers == KeyModifiers::CONTROL;
        match key.code {
            KeyCode::Char('u') if ctrl => f.delete_line_by_head(),
            KeyCode::Char('k') if ctrl => f.delete_line_by_end(),
            KeyCode::Char('w') if ctrl => f.delete_word(),
            KeyCode::Char('a') if ctrl => {
                f.move_cursor(CursorMove::Head);
                false
            }
            KeyCode::Char('e') if ctrl => {
                f.move_cursor(CursorMove::End);
                false
            }
            _ => f.input(key),
        }
    }

    /// Text pasted into the bar (control characters become spaces);
    /// whether the text changed.
    pub fn paste(&mut self, text: &str) -> bool {
        let clean: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        self.text.insert_str(clean)
    }
}

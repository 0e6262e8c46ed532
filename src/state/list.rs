//! The article list room: the selection over the filtered articles (the
//! reading pane previews it as it moves) and the row at the top.

use super::room::{Outcome, moved};
use crate::action::Action;

/// The article list: which row is selected and which is at the top.
#[derive(Debug, Clone, Default)]
pub struct ListRoom {
    /// Index into `doc.visible` of the selected article.
    pub sel: usize,
    pub offset: usize,
    /// The article to select once the filter's evaluation under way ends
    /// (a session brought back while its filter is still evaluated).
    pub select_after: Option<u32>,
}

impl ListRoom {
    /// The list's own keys over the `visible` articles (`page` rows shown):
    /// move the selection, open the selected article. False for any other
    /// action.
    pub fn handle(
        &mut self,
        visible: &[u32],
        page: usize,
        action: Action,
        queue: &mut Vec<Outcome>,
    ) -> bool {
        if let Some(sel) = moved(self.sel, visible.len(), page, action, false) {
            self.sel = sel;
            return true;
        }
        match action {
            Action::Open => {
                if let Some(&article) = visible.get(self.sel) {
                    queue.push(Outcome::Open { article, at: None });
                }
                true
            }
            _ => false,
        }
    }
}

//! The collocates pane's state: the words found most characteristically
//! near the filter's hits (see [`crate::model::explore::collocates`]), the
//! selection, and the filter they were computed for.
//!
//! They are recomputed when the filter or the corpus changed, but not
//! while the filter bar has the keys (typing never waits for them) nor
//! while the corpus is still loading (each batch would recount it). The
//! pane shows the previous words, marked as out of date, until the filter
//! is accepted (Enter or Tab) or the keys go back to a pane, and the
//! loading is done.

use crate::model::Document;
use crate::model::explore::{self, Collocates};

/// Words on each side of a hit.
pub const SPAN: usize = 5;
/// Words seen fewer times than this near the hits are left out.
pub const MIN_COUNT: u32 = 2;

#[derive(Debug, Clone, Default)]
pub struct CollocatesPane {
    pub words: Collocates,
    pub sel: usize,
    /// The words were computed for another filter (it is being typed).
    pub stale: bool,
    /// (filter input, matching articles, articles) the words were
    /// computed for.
    key: Option<(String, usize, usize)>,
}

impl CollocatesPane {
    /// Recomputes the words if the filter or the corpus changed, unless
    /// `busy` (the filter is typed, articles are loading): then they are
    /// only marked out of date.
    pub fn sync(&mut self, doc: &Document, busy: bool) {
        let key = (
            doc.filter.input.clone(),
            doc.visible.len(),
            doc.articles.len(),
        );
        if self.key.as_ref() == Some(&key) {
            self.stale = false;
            return;
        }
        if busy {
            self.stale = true;
            return;
        }
        let q = doc.filter.query.clone();
        self.words = explore::collocates(doc, &q, SPAN, MIN_COUNT);
        self.key = Some(key);
        self.stale = false;
        self.sel = 0;
    }

    pub fn selected(&self) -> Option<&explore::Collocate> {
        self.words.words.get(self.sel)
    }
}

//! The concordance pane's state (keyword in context): the lines of the
//! filter's hits (or of the mentions of an entity chosen in the sidebar,
//! across the filtered articles), the selection, the order, and what they
//! were computed for, so they follow the filter live.
//!
//! In article order the lines are filled lazily: the first screens, then
//! the rest as the selection moves down. The other orders need every hit
//! and sort them all. In the reader a change of the filter never fills
//! them on the keystroke: the loop fills them between keys, a few
//! milliseconds at a time ([`Concordance::step`]).

use super::room::{Outcome, Room, moved};
use crate::action::Action;
use crate::model::Document;
use crate::model::explore::{self, Hit, HitSort};
use crate::model::query::Query;

/// Lines scanned beyond the selection before they are needed.
const AHEAD: usize = 200;
/// Articles scanned between two looks at the clock in [`Concordance::step`].
const STEP_ARTICLES: usize = 1;

#[derive(Debug, Clone, Default)]
pub struct Concordance {
    pub sort: HitSort,
    pub lines: Vec<Hit>,
    pub sel: usize,
    /// Position in the filtered list of the next article to scan.
    scanned: usize,
    /// Every hit is in `lines`.
    pub complete: bool,
    /// The entity whose mentions are the hits (its filter term, such as
    /// `org:"Alibaba"`, and that term parsed); `None`: the filter's hits.
    pub entity: Option<(String, Query)>,
    /// (filter input, matching articles, articles) the lines were
    /// computed for.
    key: Option<(String, usize, usize)>,
}

impl Concordance {
    pub fn new(sort: HitSort) -> Concordance {
        Concordance {
            sort,
            ..Concordance::default()
        }
    }

    /// The concordance of the mentions of an entity (`term` is its filter
    /// term), across the filtered articles; `None` if the term does not
    /// parse.
    pub fn of_entity(sort: HitSort, term: &str) -> Option<Concordance> {
        let q = crate::model::query::parse(term).ok()?;
        Some(Concordance {
            sort,
            entity: Some((term.to_string(), q)),
            ..Concordance::default()
        })
    }

    /// Recomputes the lines if the filter or the corpus changed, and fills
    /// them (in article order) to the selection plus a margin.
    pub fn sync(&mut self, doc: &Document) {
        self.follow_key(doc);
        self.fill(doc, None);
    }

    /// After any change (a key typed in the filter bar…): starts again if
    /// the filter or the corpus changed. The lines are filled at once only
    /// when the document evaluates at once (tests, `replay`); in the reader
    /// [`Concordance::step`] fills them between keys, so that typing never
    /// waits for a scan of the articles' texts.
    pub fn follow(&mut self, doc: &Document) {
        self.follow_key(doc);
        if !doc.background {
            self.fill(doc, None);
        }
    }

    /// Whether lines are still to be filled (the loop should come back at
    /// once to [`Concordance::step`]).
    pub fn pending(&self) -> bool {
        !self.complete && self.lines.len() < self.want()
    }

    /// Fills lines for about `budget`, [`STEP_ARTICLES`] articles between
    /// looks at the clock; returns whether any came (the pane is to be
    /// drawn again).
    pub fn step(&mut self, doc: &Document, budget: std::time::Duration) -> bool {
        self.follow_key(doc);
        let before = (self.lines.len(), self.complete);
        self.fill(doc, Some(std::time::Instant::now() + budget));
        (self.lines.len(), self.complete) != before
    }

    fn follow_key(&mut self, doc: &Document) {
        let key = (
            doc.filter.input.clone(),
            doc.visible.len(),
            doc.articles.len(),
        );
        if self.key.as_ref() != Some(&key) {
            self.key = Some(key);
            self.lines.clear();
            self.scanned = 0;
            self.complete = false;
            self.sel = 0;
        }
    }

    fn want(&self) -> usize {
        if self.sort == HitSort::Article {
            self.sel + AHEAD
        } else {
            usize::MAX
        }
    }

    /// Fills to [`Concordance::want`], or until `until` (checked every
    /// [`STEP_ARTICLES`] articles: one article may be a text read from disk).
    fn fill(&mut self, doc: &Document, until: Option<std::time::Instant>) {
        let want = self.want();
        if !self.complete && self.lines.len() < want {
            let q = match &self.entity {
                Some((_, q)) => q.clone(),
                None => doc.filter.query.clone(),
            };
            loop {
                let end = match until {
                    Some(_) => (self.scanned + STEP_ARTICLES).min(doc.visible.len()),
                    None => doc.visible.len(),
                };
                self.complete =
                    explore::fill_upto(doc, &q, &mut self.lines, &mut self.scanned, want, end);
                if self.complete
                    || self.lines.len() >= want
                    || until.is_none_or(|t| std::time::Instant::now() >= t)
                {
                    break;
                }
            }
            if self.complete && self.sort != HitSort::Article {
                explore::sort_hits(doc, &mut self.lines, self.sort);
            }
        }
        self.sel = self.sel.min(self.lines.len().saturating_sub(1));
    }

    /// The next order; lines are recomputed at the next sync.
    pub fn cycle_sort(&mut self) {
        self.sort = self.sort.next();
        self.key = None;
    }

    pub fn selected(&self) -> Option<&Hit> {
        self.lines.get(self.sel)
    }

    /// The pane's keys (`page`: lines shown): move, cycle the order, open
    /// the article at the selected occurrence with the reader's cursor on
    /// it, close. False when the pane does not take `action`.
    pub fn handle(
        &mut self,
        doc: &Document,
        page: usize,
        action: Action,
        queue: &mut Vec<Outcome>,
    ) -> bool {
        if let Some(sel) = moved(self.sel, self.lines.len(), page, action, true) {
            // the bottom of a lazy concordance needs every hit: sync fills
            // what the selection needs and clamps it
            self.sel = sel;
            self.sync(doc);
            return true;
        }
        match action {
            Action::CycleSort => {
                self.cycle_sort();
                self.sync(doc);
                queue.push(Outcome::Say(format!(
                    "concordance sorted by {}",
                    self.sort.name()
                )));
            }
            Action::Back | Action::Concordance => queue.push(Outcome::Close(Room::Concordance)),
            Action::Open => {
                if let Some(h) = self.selected() {
                    queue.push(Outcome::Close(Room::Concordance));
                    queue.push(Outcome::Open {
                        article: h.article,
                        at: Some(h.bytes.start as u32),
                    });
                }
            }
            _ => return false,
        }
        true
    }
}

//! The collocates pane's state: the words found most characteristically
//! near the filter's hits (see [`crate::model::explore::collocates`]), the
//! selection, and the filter they were computed for.
//!
//! They are recomputed when the filter or the corpus changed, but not
//! while the filter bar has the keys (typing never waits for them) nor
//! while the corpus is still loading (each batch would recount it). The
//! pane shows the previous words, marked as out of date, until the filter
//! is accepted (Enter or Tab) or the keys go back to a pane, and the
//! loading is done. Then they are counted a slice of articles at a time
//! between keys ([`CollocatesPane::step`]; 0.7 s for 74,000 articles):
//! the pane says "counting…" meanwhile, and a filter or corpus change drops
//! the count under way.

use super::room::{Outcome, Room, moved};
use crate::action::Action;
use crate::model::Document;
use crate::model::explore::{self, Collocates, CollocatesJob};
use std::time::{Duration, Instant};

/// Words on each side of a hit.
pub const SPAN: usize = 5;
/// Words seen fewer times than this near the hits are left out.
pub const MIN_COUNT: u32 = 2;
/// Articles counted at a time between two looks at the clock.
const STEP_ARTICLES: usize = 32;
/// Articles counted before the words are first shown as an estimate.
pub const ESTIMATE_FROM: usize = 256;
/// The estimate is ranked again each time its sample doubles, up to this
/// many articles: each ranking is a pass over every word seen near a hit,
/// tens of milliseconds in one slice once the sample is large, and past a
/// few thousand articles the order at the top hardly moves.
const ESTIMATE_UNTIL: usize = 4096;

#[derive(Default)]
pub struct CollocatesPane {
    pub words: Collocates,
    pub sel: usize,
    /// The words were computed for another filter (it is being typed).
    pub stale: bool,
    /// The words shown are an estimate from the articles counted so far
    /// (an even sample of the filtered ones): (counted, to count).
    pub estimate: Option<(usize, usize)>,
    /// (filter input, matching articles, articles) the words were
    /// computed for.
    key: Option<(String, usize, usize)>,
    /// The count under way, and the key it is for.
    job: Option<((String, usize, usize), CollocatesJob)>,
}

impl std::fmt::Debug for CollocatesPane {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CollocatesPane")
            .field("words", &self.words.words.len())
            .field("sel", &self.sel)
            .field("stale", &self.stale)
            .field("counting", &self.job.is_some())
            .finish()
    }
}

impl CollocatesPane {
    /// The pane's keys (`page`: lines shown): move, add the selected word
    /// to the filter (Enter), close. False when the pane does not take
    /// `action`.
    pub fn handle(&mut self, page: usize, action: Action, queue: &mut Vec<Outcome>) -> bool {
        if let Some(sel) = moved(self.sel, self.words.words.len(), page, action, false) {
            self.sel = sel;
            return true;
        }
        match action {
            Action::Back | Action::Collocates => queue.push(Outcome::Close(Room::Collocates)),
            Action::Open => {
                if let Some(w) = self.selected() {
                    // the folded form matches the word whatever its case
                    let term = if w.folded.chars().all(char::is_alphanumeric) {
                        w.folded.clone()
                    } else {
                        format!("\"{}\"", w.folded.replace('"', " "))
                    };
                    queue.push(Outcome::AddToFilter(term));
                }
            }
            _ => return false,
        }
        true
    }

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
        if self.job.as_ref().is_some_and(|(k, _)| *k == key) {
            return;
        }
        let job = CollocatesJob::new(doc.filter.query.clone(), SPAN, MIN_COUNT);
        self.job = Some((key, job));
        self.stale = true;
        self.estimate = None;
        if !doc.background {
            // tests and `replay`: at once
            self.step(doc, Duration::MAX);
        }
    }

    /// Counts more articles for the count under way, for about `budget`;
    /// returns whether anything changed (the pane is to be drawn again).
    /// A count whose filter or corpus changed meanwhile is dropped.
    pub fn step(&mut self, doc: &Document, budget: Duration) -> bool {
        let Some((key, job)) = &mut self.job else {
            return false;
        };
        if *key
            != (
                doc.filter.input.clone(),
                doc.visible.len(),
                doc.articles.len(),
            )
        {
            self.job = None;
            self.estimate = None;
            return true;
        }
        let start = Instant::now();
        loop {
            if job.step(doc, STEP_ARTICLES) {
                let (key, job) = self.job.take().expect("a count is under way");
                self.words = job.finish(doc);
                self.key = Some(key);
                self.stale = false;
                // the selection stays where it was moved in the estimate
                self.sel = match self.estimate.take() {
                    Some(_) => self.sel.min(self.words.words.len().saturating_sub(1)),
                    None => 0,
                };
                return true;
            }
            if start.elapsed() >= budget {
                break;
            }
        }
        // an estimate as soon as there is a sample, then again each time
        // the sample has doubled (ranking costs a pass over the words)
        let (done, all) = job.progress(doc);
        let shown = self.estimate.map_or(0, |(d, _)| d);
        if done >= ESTIMATE_FROM.min(all) && done >= shown * 2 && shown < ESTIMATE_UNTIL {
            let first = self.estimate.is_none();
            self.words = job.ranked(doc);
            self.estimate = Some((done, all));
            self.stale = false;
            if first {
                self.sel = 0;
            }
            self.sel = self.sel.min(self.words.words.len().saturating_sub(1));
        }
        true
    }

    /// (articles counted, articles to count) while a count is under way.
    pub fn counting(&self, doc: &Document) -> Option<(usize, usize)> {
        self.job.as_ref().map(|(_, j)| j.progress(doc))
    }

    pub fn selected(&self) -> Option<&explore::Collocate> {
        self.words.words.get(self.sel)
    }
}

//! Evaluation of a query on the index: every clause becomes a set of
//! article ids. Single words are dictionary ranges; phrases intersect the
//! postings of their words, then verify the candidates by a scan. Results
//! of patterns are cached, and a pattern that extends a cached one (the
//! next keystroke) only verifies the cached result.

use super::{AnnotationFacts, Clause, Field, Pattern, Query, alt_matches, lang_matches};
use crate::model::article::Article;
use crate::model::entities::EntityKind;
use crate::model::index::{Bitset, Index, IndexPart};
use std::collections::HashMap;

/// Most patterns kept in the cache (each is one bit per article).
const CACHE_CAP: usize = 128;

/// Results of recent patterns, valid for one corpus size.
#[derive(Debug, Default)]
pub struct EvalCache {
    len: u32,
    entries: HashMap<(usize, Vec<String>), Bitset>,
}

impl EvalCache {
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

/// What a query is evaluated against.
pub struct Evaluator<'a> {
    pub index: &'a Index,
    pub articles: &'a [Article],
    pub facts: &'a HashMap<u32, AnnotationFacts>,
    pub cache: &'a mut EvalCache,
}

/// The articles that match `q` (an empty query matches all).
pub fn eval(q: &Query, ev: &mut Evaluator<'_>) -> Bitset {
    let n = ev.index.len();
    if ev.cache.len != n {
        ev.cache.entries.clear();
        ev.cache.len = n;
    }
    let mut acc = Bitset::full(n);
    // positive clauses first: they narrow fastest
    let mut clauses: Vec<&Clause> = q.clauses.iter().collect();
    clauses.sort_by_key(|c| c.negated);
    for c in clauses {
        if acc.is_empty() {
            break;
        }
        let mut set = Bitset::new(n);
        for p in &c.alts {
            set.or_with(&ev.alt(c.field, p));
        }
        if c.negated {
            set.negate();
        }
        acc.and_with(&set);
    }
    acc
}

impl Evaluator<'_> {
    fn alt(&mut self, field: Field, p: &Pattern) -> Bitset {
        let n = self.index.len();
        match field {
            Field::Any => self.pattern(IndexPart::Body, p),
            Field::Title => self.pattern(IndexPart::Title, p),
            Field::Source => self.pattern(IndexPart::Source, p),
            Field::File => self.pattern(IndexPart::File, p),
            Field::Entity(Some(k)) => self.pattern(IndexPart::Entity(k), p),
            Field::Entity(None) => {
                let mut set = Bitset::new(n);
                for k in EntityKind::ALL {
                    set.or_with(&self.pattern(IndexPart::Entity(k), p));
                }
                set
            }
            Field::Lang => {
                let mut set = Bitset::new(n);
                for (i, a) in self.articles.iter().enumerate().take(n as usize) {
                    if lang_matches(a, p) {
                        set.insert(i as u32);
                    }
                }
                set
            }
            Field::Tag | Field::Note | Field::Has => {
                let mut set = Bitset::new(n);
                for (&i, f) in self.facts {
                    if i < n && alt_matches(field, p, &self.articles[i as usize], f) {
                        set.insert(i);
                    }
                }
                set
            }
        }
    }

    fn pattern(&mut self, part: IndexPart, p: &Pattern) -> Bitset {
        let key = (part.slot(), p.words.clone());
        if let Some(b) = self.cache.entries.get(&key) {
            return b.clone();
        }
        let words = &p.words;
        let set = if words.len() == 1 {
            self.index.prefix(part, &words[0])
        } else {
            let mut cand = Bitset::full(self.index.len());
            // a cached pattern this one extends holds every answer
            for ((slot, w), b) in &self.cache.entries {
                if *slot == part.slot() && extends(words, w) {
                    cand.and_with(b);
                }
            }
            let (last, head) = words.split_last().expect("patterns are not empty");
            for w in head {
                if cand.is_empty() {
                    break;
                }
                cand.and_with(&self.index.exact(part, w));
            }
            cand.and_with(&self.index.prefix(part, last));
            let mut out = Bitset::new(self.index.len());
            for id in cand.ones() {
                if verify(part, &self.articles[id as usize], words) {
                    out.insert(id);
                }
            }
            out
        };
        if self.cache.entries.len() >= CACHE_CAP {
            self.cache.entries.clear();
        }
        self.cache.entries.insert(key, set.clone());
        set
    }
}

/// Whether every match of `words` is a match of `parent`: `parent` is
/// shorter or as long, equal on its head, and its last word is a prefix of
/// the corresponding word.
fn extends(words: &[String], parent: &[String]) -> bool {
    let Some((plast, phead)) = parent.split_last() else {
        return false;
    };
    parent.len() <= words.len()
        && words[..phead.len()] == *phead
        && words[phead.len()].starts_with(plast.as_str())
}

/// Whether the phrase `words` is in `part` of `a` (a scan).
fn verify(part: IndexPart, a: &Article, words: &[String]) -> bool {
    use super::{entity_texts, pattern_in};
    match part {
        IndexPart::Body => pattern_in(&a.text, words),
        IndexPart::Title => pattern_in(&a.meta.title, words),
        IndexPart::Source => a
            .meta
            .source
            .as_deref()
            .is_some_and(|s| pattern_in(s, words)),
        IndexPart::File => pattern_in(&a.rel, words),
        IndexPart::Entity(k) => entity_texts(a, Some(k)).any(|t| pattern_in(t, words)),
    }
}

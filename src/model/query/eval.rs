//! Evaluation of a query on the index: every clause becomes a set of
//! article ids. Single words are dictionary ranges; phrases intersect the
//! postings of their words, then verify the candidates by a scan. Results
//! of patterns are cached, and a pattern that extends a cached one (the
//! next keystroke) only verifies the cached result.

use super::{
    AnnotationFacts, Clause, Field, Pattern, Query, alt_matches, is_matches, lang_matches,
    meta_matches,
};
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
    /// (index part, words, exact) → articles.
    entries: HashMap<(usize, Vec<String>, bool), Bitset>,
    /// Sets no longer in use, kept for the next evaluations: typing a
    /// query allocates no set the size of the corpus once warm.
    pool: Vec<Bitset>,
}

impl EvalCache {
    pub fn clear(&mut self) {
        for (_, b) in std::mem::take(&mut self.entries) {
            self.give(b);
        }
    }

    /// An empty set over `0..n`, from the pool when it has one.
    pub fn take(&mut self, n: u32) -> Bitset {
        let mut b = self.pool.pop().unwrap_or_default();
        b.clear_to(n);
        b
    }

    /// Returns a set to the pool.
    pub fn give(&mut self, b: Bitset) {
        if self.pool.len() < CACHE_CAP + 16 {
            self.pool.push(b);
        }
    }
}

/// What a query is evaluated against.
pub struct Evaluator<'a> {
    pub index: &'a Index,
    pub articles: &'a [Article],
    pub facts: &'a HashMap<u32, AnnotationFacts>,
    /// Reading flags by article (missing: none, i.e. unread).
    pub reading: &'a [u8],
    pub cache: &'a mut EvalCache,
}

/// The articles that match `q` (an empty query matches all).
pub fn eval(q: &Query, ev: &mut Evaluator<'_>) -> Bitset {
    let n = ev.index.len();
    if ev.cache.len != n {
        ev.cache.clear();
        ev.cache.len = n;
    }
    let mut acc = ev.cache.take(n);
    acc.negate();
    // positive clauses first: they narrow fastest
    let mut clauses: Vec<&Clause> = q.clauses.iter().collect();
    clauses.sort_by_key(|c| c.negated);
    for c in clauses {
        if acc.is_empty() {
            break;
        }
        let mut set = ev.cache.take(n);
        for p in &c.alts {
            ev.alt_into(c.field, p, &mut set);
        }
        if c.negated {
            set.negate();
        }
        acc.and_with(&set);
        ev.cache.give(set);
    }
    acc
}

impl Evaluator<'_> {
    /// Adds to `out` the articles where `field` matches `p`.
    fn alt_into(&mut self, field: Field, p: &Pattern, out: &mut Bitset) {
        let n = self.index.len();
        match field {
            Field::Any => self.pattern_into(IndexPart::Body, p, out),
            Field::Title => self.pattern_into(IndexPart::Title, p, out),
            Field::Source => self.pattern_into(IndexPart::Source, p, out),
            Field::File => self.pattern_into(IndexPart::File, p, out),
            Field::Entity(Some(k)) => self.pattern_into(IndexPart::Entity(k), p, out),
            Field::Entity(None) => {
                for k in EntityKind::ALL {
                    self.pattern_into(IndexPart::Entity(k), p, out);
                }
            }
            Field::Lang => {
                for (i, a) in self.articles.iter().enumerate().take(n as usize) {
                    if lang_matches(a, p) {
                        out.insert(i as u32);
                    }
                }
            }
            Field::Author | Field::Url | Field::Published => {
                for (i, a) in self.articles.iter().enumerate().take(n as usize) {
                    if meta_matches(field, a, p) {
                        out.insert(i as u32);
                    }
                }
            }
            Field::Is => {
                for i in 0..n {
                    if is_matches(p, self.reading.get(i as usize).copied().unwrap_or(0)) {
                        out.insert(i);
                    }
                }
            }
            Field::Tag | Field::Note | Field::Has => {
                for (&i, f) in self.facts {
                    if i < n && alt_matches(field, p, &self.articles[i as usize], f) {
                        out.insert(i);
                    }
                }
            }
        }
    }

    /// Adds to `out` the articles whose `part` matches the pattern (cached
    /// per part and pattern while the corpus does not change).
    fn pattern_into(&mut self, part: IndexPart, p: &Pattern, out: &mut Bitset) {
        let key = (part.slot(), p.words.clone(), p.exact);
        if let Some(b) = self.cache.entries.get(&key) {
            out.or_with(b);
            return;
        }
        let n = self.index.len();
        let words = &p.words;
        let mut set = self.cache.take(n);
        if words.len() == 1 && p.exact {
            self.index.exact_into(part, &words[0], &mut set);
        } else if words.len() == 1 {
            self.index.prefix_into(part, &words[0], &mut set);
        } else {
            let mut cand = self.cache.take(n);
            cand.negate();
            // a cached pattern this one extends holds every answer
            for ((slot, w, exact), b) in &self.cache.entries {
                if *slot == part.slot() && !exact && extends(words, w) {
                    cand.and_with(b);
                }
            }
            let (last, head) = words.split_last().expect("patterns are not empty");
            let mut one = self.cache.take(n);
            for w in head {
                if cand.is_empty() {
                    break;
                }
                one.clear_to(n);
                self.index.exact_into(part, w, &mut one);
                cand.and_with(&one);
            }
            one.clear_to(n);
            if p.exact {
                self.index.exact_into(part, last, &mut one);
            } else {
                self.index.prefix_into(part, last, &mut one);
            }
            cand.and_with(&one);
            self.cache.give(one);
            for id in cand.ones() {
                if verify(part, &self.articles[id as usize], p) {
                    set.insert(id);
                }
            }
            self.cache.give(cand);
        }
        out.or_with(&set);
        if self.cache.entries.len() >= CACHE_CAP {
            self.cache.clear();
        }
        self.cache.entries.insert(key, set);
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

/// Whether the phrase `p` is in `part` of `a` (a scan).
fn verify(part: IndexPart, a: &Article, p: &Pattern) -> bool {
    use super::entity_texts;
    match part {
        IndexPart::Body => p.is_in(&a.text),
        IndexPart::Title => p.is_in(&a.meta.title),
        IndexPart::Source => a.meta.source.as_deref().is_some_and(|s| p.is_in(s)),
        IndexPart::File => p.is_in(&a.rel),
        IndexPart::Entity(k) => entity_texts(a, Some(k)).any(|t| p.is_in(t)),
    }
}

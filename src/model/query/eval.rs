//! Evaluation of a query on the index: every clause becomes a set of
//! article ids. Single words are dictionary ranges; phrases intersect the
//! postings of their words, then the candidates of all a clause's phrases
//! are checked in one pass per article ([`PatternSet`]). Results of
//! patterns are cached, and a pattern that extends a cached one (the next
//! keystroke) only checks the cached result. An evaluation is an
//! [`EvalJob`] that can run a few steps at a time.

use super::pattern_set::{PatternSet, Scratch};
use super::{
    AnnotationFacts, Clause, Field, Pattern, Query, alt_matches, is_matches, lang_code_matches,
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

/// The articles that match `q` (an empty query matches all): an
/// [`EvalJob`] run to the end.
pub fn eval(q: &Query, ev: &mut Evaluator<'_>) -> Bitset {
    let mut job = EvalJob::new(q, ev);
    while !job.step(ev, usize::MAX) {}
    job.into_result(ev)
}

/// Phrases of one clause waiting for their check in one part: the union of
/// their candidates, checked in one pass per article.
#[derive(Debug)]
struct PartWork {
    part: IndexPart,
    /// Indices into the clause's alternatives.
    alts: Vec<usize>,
    cand: Bitset,
    /// The candidates, once the check has started.
    ids: Vec<u32>,
    matcher: Option<PatternSet>,
    /// (alternative, article) found, when each phrase's result is cached.
    found: Vec<(u32, u32)>,
}

/// The clause being evaluated.
#[derive(Debug)]
struct ClauseWork {
    clause: usize,
    next_alt: usize,
    set: Bitset,
    /// Whether the articles that earlier clauses ruled out are left out
    /// of the checks (phrase results then are not whole: not cached).
    restricted: bool,
    parts: Vec<PartWork>,
    /// The check's progress: part, then position among its candidates.
    at: (usize, usize),
}

/// A query evaluation that runs a little at a time (issue 16): the app
/// runs steps between keys, and drops the job when a key changes the query,
/// so a long query never blocks typing. [`eval`] runs one to the end.
#[derive(Debug)]
pub struct EvalJob {
    query: Query,
    /// Positive clauses first: they narrow fastest.
    clauses: Vec<Clause>,
    n: u32,
    acc: Bitset,
    next_clause: usize,
    cur: Option<ClauseWork>,
    done: bool,
    scratch: Scratch,
}

/// A clause with at most this many phrases caches each phrase's result
/// (what typing one phrase needs); more are checked together, each article
/// until its first hit.
const CACHE_EACH: usize = 16;

impl EvalJob {
    pub fn new(q: &Query, ev: &mut Evaluator<'_>) -> EvalJob {
        let n = ev.index.len();
        if ev.cache.len != n {
            ev.cache.clear();
            ev.cache.len = n;
        }
        let mut acc = ev.cache.take(n);
        acc.negate();
        let mut clauses = q.clauses.clone();
        clauses.sort_by_key(|c| c.negated);
        EvalJob {
            query: q.clone(),
            clauses,
            n,
            acc,
            next_clause: 0,
            cur: None,
            done: false,
            scratch: Scratch::default(),
        }
    }

    /// The query being evaluated.
    pub fn query(&self) -> &Query {
        &self.query
    }

    pub fn is_done(&self) -> bool {
        self.done
    }

    /// Does about `budget` units of work (a unit: one alternative looked up
    /// in the index, or one article checked for a clause's phrases); returns
    /// whether the evaluation is finished. If the corpus grew, it starts
    /// over.
    pub fn step(&mut self, ev: &mut Evaluator<'_>, budget: usize) -> bool {
        if self.done {
            return true;
        }
        if ev.index.len() != self.n {
            let q = self.query.clone();
            *self = EvalJob::new(&q, ev);
        }
        let n = self.n;
        let mut left = budget;
        loop {
            if self.cur.is_none() {
                if self.next_clause >= self.clauses.len() || self.acc.is_empty() {
                    self.done = true;
                    return true;
                }
                self.cur = Some(ClauseWork {
                    clause: self.next_clause,
                    next_alt: 0,
                    set: ev.cache.take(n),
                    restricted: self.acc.count() < n as usize,
                    parts: Vec::new(),
                    at: (0, 0),
                });
                self.next_clause += 1;
            }
            let w = self.cur.as_mut().expect("a clause is under way");
            let c = &self.clauses[w.clause];
            while w.next_alt < c.alts.len() {
                if left == 0 {
                    return false;
                }
                left -= 1;
                ev.alt_into(
                    c.field,
                    &c.alts[w.next_alt],
                    w.next_alt,
                    &mut w.set,
                    &mut w.parts,
                );
                w.next_alt += 1;
            }
            while w.at.0 < w.parts.len() {
                let pw = &mut w.parts[w.at.0];
                if pw.matcher.is_none() {
                    if w.restricted {
                        pw.cand.and_with(&self.acc);
                    }
                    pw.ids = pw.cand.ones().collect();
                    pw.matcher = Some(PatternSet::new(pw.alts.iter().map(|&i| &c.alts[i])));
                }
                let each = !w.restricted && pw.alts.len() <= CACHE_EACH;
                let matcher = pw.matcher.as_ref().expect("built above");
                while w.at.1 < pw.ids.len() {
                    if left == 0 {
                        return false;
                    }
                    left -= 1;
                    let id = pw.ids[w.at.1];
                    w.at.1 += 1;
                    let a = &ev.articles[id as usize];
                    let mut hit = false;
                    let found = &mut pw.found;
                    let first = found.len();
                    for t in part_texts(pw.part, a) {
                        matcher.scan(t, &mut self.scratch, |i, _, _| {
                            hit = true;
                            if each && !found[first..].iter().any(|f| f.0 == i) {
                                found.push((i, id));
                            }
                            each
                        });
                        if hit && !each {
                            break;
                        }
                    }
                    if hit {
                        w.set.insert(id);
                    }
                }
                w.at = (w.at.0 + 1, 0);
            }
            let mut w = self.cur.take().expect("a clause is under way");
            let c = &self.clauses[w.clause];
            for pw in w.parts {
                if !w.restricted && pw.alts.len() <= CACHE_EACH {
                    for (k, &alt) in pw.alts.iter().enumerate() {
                        let mut one = ev.cache.take(n);
                        for &(i, id) in &pw.found {
                            if i as usize == k {
                                one.insert(id);
                            }
                        }
                        let p = &c.alts[alt];
                        ev.remember((pw.part.slot(), p.words.clone(), p.exact), one);
                    }
                }
                ev.cache.give(pw.cand);
            }
            if c.negated {
                w.set.negate();
            }
            self.acc.and_with(&w.set);
            ev.cache.give(w.set);
        }
    }

    /// The articles that match (the job must be done).
    pub fn into_result(self, ev: &mut Evaluator<'_>) -> Bitset {
        debug_assert!(self.done);
        if let Some(w) = self.cur {
            ev.cache.give(w.set);
        }
        self.acc
    }
}

/// The texts of `part` of `a`.
fn part_texts(part: IndexPart, a: &Article) -> Box<dyn Iterator<Item = &str> + '_> {
    use super::entity_texts;
    match part {
        IndexPart::Body => Box::new(std::iter::once(a.text.as_str())),
        IndexPart::Title => Box::new(std::iter::once(a.meta.title.as_str())),
        IndexPart::Source => Box::new(a.meta.source.as_deref().into_iter()),
        IndexPart::File => Box::new(std::iter::once(a.rel.as_str())),
        IndexPart::Entity(k) => Box::new(entity_texts(a, Some(k))),
    }
}

impl Evaluator<'_> {
    /// Adds to `out` the articles where `field` matches `p` (alternative
    /// `alt` of its clause); a phrase not in the cache is left in `parts`,
    /// with its candidates, for the clause's one-pass check.
    fn alt_into(
        &mut self,
        field: Field,
        p: &Pattern,
        alt: usize,
        out: &mut Bitset,
        parts: &mut Vec<PartWork>,
    ) {
        let n = self.index.len();
        match field {
            Field::Any => self.pattern_into(IndexPart::Body, p, alt, out, parts),
            Field::Title => self.pattern_into(IndexPart::Title, p, alt, out, parts),
            Field::Source => self.pattern_into(IndexPart::Source, p, alt, out, parts),
            Field::File => self.pattern_into(IndexPart::File, p, alt, out, parts),
            Field::Entity(Some(k)) => self.pattern_into(IndexPart::Entity(k), p, alt, out, parts),
            Field::Entity(None) => {
                for k in EntityKind::ALL {
                    self.pattern_into(IndexPart::Entity(k), p, alt, out, parts);
                }
            }
            Field::Lang => {
                for i in 0..n {
                    if lang_code_matches(self.index.lang(i), p) {
                        out.insert(i);
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

    /// Keeps a pattern's result in the cache.
    fn remember(&mut self, key: (usize, Vec<String>, bool), set: Bitset) {
        if self.cache.entries.len() >= CACHE_CAP {
            self.cache.clear();
        }
        if let Some(old) = self.cache.entries.insert(key, set) {
            self.cache.give(old);
        }
    }

    /// Adds to `out` the articles whose `part` matches the pattern (cached
    /// per part and pattern while the corpus does not change). A phrase's
    /// candidates (the articles with all its words) go to `parts`, to be
    /// checked with the clause's other phrases.
    fn pattern_into(
        &mut self,
        part: IndexPart,
        p: &Pattern,
        alt: usize,
        out: &mut Bitset,
        parts: &mut Vec<PartWork>,
    ) {
        let key = (part.slot(), p.words.clone(), p.exact);
        if let Some(b) = self.cache.entries.get(&key) {
            out.or_with(b);
            return;
        }
        let n = self.index.len();
        let words = &p.words;
        if words.len() == 1 {
            let mut set = self.cache.take(n);
            if p.exact {
                self.index.exact_into(part, &words[0], &mut set);
            } else {
                self.index.prefix_into(part, &words[0], &mut set);
            }
            out.or_with(&set);
            self.remember(key, set);
            return;
        }
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
        let pw = match parts.iter().position(|w| w.part == part) {
            Some(i) => &mut parts[i],
            None => {
                parts.push(PartWork {
                    part,
                    alts: Vec::new(),
                    cand: self.cache.take(n),
                    ids: Vec::new(),
                    matcher: None,
                    found: Vec::new(),
                });
                parts.last_mut().expect("just pushed")
            }
        };
        pw.alts.push(alt);
        pw.cand.or_with(&cand);
        self.cache.give(cand);
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

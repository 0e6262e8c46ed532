//! An index brought up to date after some files changed: the articles
//! that stayed keep their postings (renumbered), those that went are
//! dropped, and the new or changed ones are merged in at their place in
//! the listing. Cheaper than building the index again from every
//! article's words: each posting list is decoded and written once, and
//! only the new articles are tokenized.

use super::{BatchTerms, Bitset, Dict, Index, PARTS, Postings, TermCounts};
use crate::model::entities::FxMap;
use rayon::prelude::*;

/// How the articles of an index map to those of the next listing.
pub struct Renumbering {
    /// For each article of the old index, its id in the new one (`None`:
    /// gone or changed). Ascending where set.
    pub old_to_new: Vec<Option<u32>>,
    /// The new ids of the articles to index anew (ascending), the
    /// articles of `BatchTerms` in that order.
    pub fresh: Vec<u32>,
    /// Number of articles in the new listing.
    pub len: u32,
}

impl Renumbering {
    /// Whether it is a valid renumbering (ids in range, ascending, every
    /// new id given once).
    pub fn is_valid(&self) -> bool {
        let kept: Vec<u32> = self.old_to_new.iter().flatten().copied().collect();
        let ascending = |v: &[u32]| v.windows(2).all(|w| w[0] < w[1]);
        if !ascending(&kept) || !ascending(&self.fresh) {
            return false;
        }
        if kept.len() + self.fresh.len() != self.len as usize {
            return false;
        }
        let mut seen = Bitset::new(self.len);
        for &i in kept.iter().chain(&self.fresh) {
            if i >= self.len || seen.contains(i) {
                return false;
            }
            seen.insert(i);
        }
        true
    }
}

impl Index {
    /// This index renumbered by `r`, with the articles of `terms` (grouped
    /// over the fresh articles, in order) merged in. `r` must be valid
    /// ([`Renumbering::is_valid`]) and `terms` hold `r.fresh.len()`
    /// articles.
    pub fn updated(self, r: &Renumbering, terms: BatchTerms) -> Index {
        debug_assert!(r.is_valid());
        debug_assert_eq!(terms.len(), r.fresh.len());
        let map = |id: u32| r.old_to_new.get(id as usize).copied().flatten();
        let global =
            |ids: &[u32]| -> Vec<u32> { ids.iter().map(|&i| r.fresh[i as usize]).collect() };
        let mut langs = vec![crate::model::article::Lang::Unknown; r.len as usize];
        for (i, &l) in self.langs.iter().enumerate() {
            if let Some(n) = map(i as u32) {
                langs[n as usize] = l;
            }
        }
        for (i, &l) in terms.langs.iter().enumerate() {
            langs[r.fresh[i] as usize] = l;
        }
        let BatchTerms {
            parts,
            body_counts,
            short: fresh_short,
            entities: fresh_entities,
            ..
        } = terms;
        let mut old_dicts = self.dicts;
        old_dicts.resize_with(PARTS, Dict::default);
        // the body's words come with their counts, the others' with none
        let mut body_counts = Some(body_counts);
        let parts: Vec<(_, Option<Vec<Vec<u32>>>)> = parts
            .into_iter()
            .map(|words| (words, body_counts.take()))
            .collect();
        let dicts: Vec<Dict> = old_dicts
            .into_par_iter()
            .zip(
                parts
                    .into_par_iter()
                    .chain(rayon::iter::repeat_n((Vec::new(), None), PARTS)),
            )
            .map(|(d, (fresh, counts))| {
                let counted = d.counts.len() == d.postings.len() && counts.is_some();
                let mut counts = counts.unwrap_or_default().into_iter();
                let fresh: FxMap<Box<str>, Fresh> = fresh
                    .into_iter()
                    .map(|(w, ids)| (w, (global(&ids), counts.next().unwrap_or_default())))
                    .collect();
                renumber_dict(d, &fresh, counted, &map)
            })
            .collect();
        let mut short: FxMap<Box<str>, Bitset> = self
            .short
            .into_par_iter()
            .map(|(p, old)| {
                let mut b = Bitset::new(r.len);
                for id in old.ones() {
                    if let Some(n) = map(id) {
                        b.insert(n);
                    }
                }
                (p, b)
            })
            .collect();
        for (p, ids) in fresh_short {
            let b = short.entry(p).or_insert_with(|| Bitset::new(r.len));
            for i in global(&ids) {
                b.insert(i);
            }
        }
        short.retain(|_, b| !b.is_empty());
        let fresh_entities = fresh_entities
            .into_iter()
            .map(|(k, ids)| (k, global(&ids)))
            .collect();
        let entities = self.entities.renumbered(&map, r.len, fresh_entities);
        Index {
            len: r.len,
            dicts,
            short,
            langs,
            entities,
        }
    }
}

/// A fresh word's articles (new ids, ascending) and, in the body, how
/// many times each has it (empty elsewhere).
type Fresh = (Vec<u32>, Vec<u32>);

/// A word's posting list and, when `counted`, its counts.
type Entry = (Postings, Option<TermCounts>);

/// One dictionary renumbered, with the `fresh` words' articles merged in;
/// words left with no article are dropped. A `counted` dictionary (the
/// body's) keeps each article's count beside its id.
fn renumber_dict(
    d: Dict,
    fresh: &FxMap<Box<str>, Fresh>,
    counted: bool,
    map: &(impl Fn(u32) -> Option<u32> + Sync),
) -> Dict {
    let Dict {
        sorted,
        postings,
        counts,
    } = d;
    let entries: Vec<(Box<str>, u32)> = sorted.into_iter().collect();
    let entry = |ids: &[u32], n: &[u32]| (Postings::of(ids), counted.then(|| TermCounts::of(n)));
    // the old words, in order, with their postings renumbered and the
    // fresh articles merged in (both ascending: one linear merge)
    let old: Vec<(Box<str>, Entry)> = entries
        .into_par_iter()
        .filter_map(|(w, i)| {
            let p = &postings[i as usize];
            let mut kept: Vec<(u32, u32)> = Vec::with_capacity(p.count as usize);
            let mut keep = |id, n| {
                if let Some(id) = map(id) {
                    kept.push((id, n));
                }
            };
            match counts.get(i as usize) {
                Some(c) if counted => c.each_with(p, keep),
                _ => p.each(|id| keep(id, 1)),
            }
            if let Some((ids, n)) = fresh.get(&w) {
                let more = ids
                    .iter()
                    .copied()
                    .zip(n.iter().copied().chain(std::iter::repeat(1)));
                kept = merge_by_id(kept, more.collect());
            }
            let (ids, n): (Vec<u32>, Vec<u32>) = kept.into_iter().unzip();
            (!ids.is_empty()).then(|| (w, entry(&ids, &n)))
        })
        .collect();
    // the words only fresh articles have, in order
    let mut new: Vec<(&Box<str>, &Fresh)> = fresh
        .iter()
        .filter(|(w, _)| old.binary_search_by(|(o, _)| o.cmp(w)).is_err())
        .collect();
    new.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut words: Vec<(Box<str>, Entry)> = Vec::with_capacity(old.len() + new.len());
    let mut new = new.into_iter().peekable();
    for (w, p) in old {
        while let Some((n, (ids, c))) = new.next_if(|(n, _)| **n < w) {
            words.push((n.clone(), entry(ids, c)));
        }
        words.push((w, p));
    }
    words.extend(new.map(|(n, (ids, c))| (n.clone(), entry(ids, c))));
    let mut out = Dict::default();
    out.postings.reserve(words.len());
    // sorted input: the B-tree is built in one pass
    out.sorted = words
        .into_iter()
        .enumerate()
        .map(|(i, (w, (p, c)))| {
            out.postings.push(p);
            out.counts.extend(c);
            (w, i as u32)
        })
        .collect();
    out
}

/// Two lists of (id, count), each ascending by id, as one.
fn merge_by_id(a: Vec<(u32, u32)>, b: Vec<(u32, u32)>) -> Vec<(u32, u32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
        out.extend(if x.0 <= y.0 { a.next() } else { b.next() });
    }
    out.extend(a);
    out.extend(b);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::article::Article;
    use crate::model::corpus;
    use crate::model::entities::EntityKind;
    use crate::model::index::IndexPart;

    fn index_of(articles: &[Article]) -> Index {
        let mut ix = Index::default();
        ix.add_batch(BatchTerms::of(articles));
        ix
    }

    fn ids(ix: &Index, part: IndexPart, prefix: &str) -> Vec<u32> {
        let mut set = Bitset::new(ix.len());
        ix.prefix_into(part, prefix, &mut set);
        set.ones().collect()
    }

    /// Renumbering an index after a change answers as an index built over
    /// the new listing from scratch.
    #[test]
    fn an_updated_index_answers_as_one_built_anew() {
        let seeds = corpus::embedded();
        let extra = Article::new(
            "x.txt".into(),
            "x.txt".into(),
            "Zanzibar\n\nAlibaba opened in Zanzibar with Jeff Bezos.".into(),
            false,
        );
        // old listing: seeds 0..5; new: seed 1 gone, seed 3 changed (fresh
        // again), x inserted after seed 0
        let new_list = vec![
            seeds[0].clone(),
            extra.clone(),
            seeds[2].clone(),
            seeds[3].clone(),
            seeds[4].clone(),
        ];
        let old = index_of(&seeds);
        let r = Renumbering {
            old_to_new: vec![Some(0), None, Some(2), None, Some(4)],
            fresh: vec![1, 3],
            len: 5,
        };
        assert!(r.is_valid());
        let fresh = [extra, seeds[3].clone()];
        let updated = old.updated(&r, BatchTerms::of(&fresh));
        let anew = index_of(&new_list);
        for (part, prefix) in [
            (IndexPart::Body, "a"),
            (IndexPart::Body, "al"),
            (IndexPart::Body, "alibaba"),
            (IndexPart::Body, "zanzibar"),
            (IndexPart::Body, "joom"),
            (IndexPart::Title, "z"),
            (IndexPart::File, "x"),
            (IndexPart::Entity(EntityKind::Person), "bezos"),
            (IndexPart::Entity(EntityKind::Organization), "alibaba"),
        ] {
            assert_eq!(
                ids(&updated, part, prefix),
                ids(&anew, part, prefix),
                "{prefix}"
            );
        }
        for i in 0..5 {
            assert_eq!(updated.lang(i), anew.lang(i));
        }
        let all = |ix: &Index| ix.entities.counts(0..ix.len(), usize::MAX);
        assert_eq!(all(&updated), all(&anew));
        let back = Index::from_bytes(&updated.to_bytes()).expect("stores");
        assert_eq!(ids(&back, IndexPart::Body, "zanzibar"), vec![1]);
        // each article's word counts follow it to its new id
        let counts = crate::model::index::tests::body_counts(&updated);
        assert_eq!(
            counts,
            crate::model::index::tests::counted_in_texts(&new_list)
        );
        assert_eq!(counts.get(&("zanzibar".to_string(), 1)), Some(&2));
        assert_eq!(crate::model::index::tests::body_counts(&back), counts);
    }

    #[test]
    fn invalid_renumberings_are_refused() {
        let bad = [
            (vec![Some(1), Some(0)], vec![], 2),
            (vec![Some(0)], vec![0], 2),
            (vec![Some(0)], vec![], 2),
            (vec![Some(5)], vec![], 1),
        ];
        for (old_to_new, fresh, len) in bad {
            let r = Renumbering {
                old_to_new,
                fresh,
                len,
            };
            assert!(!r.is_valid());
        }
    }
}

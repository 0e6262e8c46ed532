//! The index terms of a batch of consecutive articles, grouped by term: each
//! distinct word (per part), short prefix and entity of the batch with the
//! articles that have it. Grouping runs beside the loader's workers; the
//! serial merge ([`super::Index::add_batch`]) then looks up each distinct
//! term of a batch once, not once per article, and appends runs of ids.

use super::{ArticleTerms, PARTS};
use crate::model::article::{Article, Lang};
use crate::model::entities::{EntityKind, FxMap};
use rayon::prelude::*;

/// Terms with, for each, the batch-local ids (ascending) of its articles.
pub(super) type Grouped<K> = Vec<(K, Vec<u32>)>;

/// An entity: its kind, canonical name, and that name folded (the entity
/// table matches names folded).
pub(super) type EntityKey = (EntityKind, Box<str>, Box<str>);

/// The grouped terms of a batch (see the module docs).
#[derive(Debug, Default)]
pub struct BatchTerms {
    pub(super) len: u32,
    pub(super) langs: Vec<Lang>,
    /// Per part, its distinct words.
    pub(super) parts: Vec<Grouped<Box<str>>>,
    /// For each of the body's words (`parts[0]`, in order), how many times
    /// each of its articles has it.
    pub(super) body_counts: Vec<Vec<u32>>,
    /// The 1- and 2-char prefixes of the body words.
    pub(super) short: Grouped<Box<str>>,
    pub(super) entities: Grouped<EntityKey>,
}

impl BatchTerms {
    /// The grouped terms of some articles (their terms computed on all
    /// cores).
    pub fn of(articles: &[Article]) -> BatchTerms {
        let terms: Vec<ArticleTerms> = articles.par_iter().map(super::article_terms).collect();
        BatchTerms::group(articles, &terms)
    }

    /// The grouped terms of articles analysed with their body words (by
    /// [`Article::analysed`]), on all cores.
    pub fn of_analysed(analysed: Vec<(Article, String)>) -> (Vec<Article>, BatchTerms) {
        let (articles, terms): (Vec<Article>, Vec<ArticleTerms>) = analysed
            .into_par_iter()
            .map(|(a, body)| {
                let t = super::article_terms_with(&a, body);
                (a, t)
            })
            .unzip();
        let grouped = BatchTerms::group(&articles, &terms);
        (articles, grouped)
    }

    /// Groups the terms of `articles` (`terms[i]` is of `articles[i]`).
    pub fn group(articles: &[Article], terms: &[ArticleTerms]) -> BatchTerms {
        debug_assert_eq!(articles.len(), terms.len());
        // one task per part and for the short prefixes, beside the entities
        let (mut words, entities) = rayon::join(
            || {
                (0..=PARTS)
                    .into_par_iter()
                    .map(|slot| match slot {
                        PARTS => (group_short(terms), Vec::new()),
                        0 => group_body(terms),
                        _ => (group_words(terms, |at| at.words(slot)), Vec::new()),
                    })
                    .collect::<Vec<_>>()
            },
            || group_entities(articles),
        );
        let short = words.pop().unwrap_or_default().0;
        let body_counts = std::mem::take(&mut words[0].1);
        BatchTerms {
            len: articles.len() as u32,
            langs: articles.iter().map(|a| a.lang).collect(),
            parts: words.into_iter().map(|(w, _)| w).collect(),
            body_counts,
            short,
            entities,
        }
    }

    /// Number of articles in the batch.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// Groups the 1- and 2-char prefixes of the body words. There are two per
/// word: ASCII prefixes find their group by a table lookup, others by hash.
fn group_short(terms: &[ArticleTerms]) -> Grouped<Box<str>> {
    const NONE: u32 = u32::MAX;
    // [b] for the 1-byte prefix b, [128 + 128 * b0 + b1] for b0 b1
    let mut ascii = vec![NONE; 128 + 128 * 128];
    let mut at: FxMap<&str, usize> = FxMap::default();
    let mut out: Grouped<&str> = Vec::new();
    for (i, t) in terms.iter().enumerate() {
        let i = i as u32;
        for w in t.words(0) {
            let b = w.as_bytes();
            let mut ends = w.char_indices().map(|(k, c)| k + c.len_utf8());
            let one = ends.next().unwrap_or(w.len());
            let two = ends.next();
            if one == 1 {
                push_slot(&mut ascii[b[0] as usize], &mut out, &w[..1], i);
            } else {
                push(&mut at, &mut out, &w[..one], i);
            }
            match two {
                Some(2) => push_slot(
                    &mut ascii[128 + 128 * b[0] as usize + b[1] as usize],
                    &mut out,
                    &w[..2],
                    i,
                ),
                Some(e) => push(&mut at, &mut out, &w[..e], i),
                None => {}
            }
        }
    }
    out.into_iter().map(|(w, ids)| (w.into(), ids)).collect()
}

/// Like [`push`], for a key whose group index is kept in `slot`.
fn push_slot<'a>(slot: &mut u32, out: &mut Grouped<&'a str>, key: &'a str, i: u32) {
    if *slot == u32::MAX {
        *slot = out.len() as u32;
        out.push((key, vec![i]));
    } else {
        let ids = &mut out[*slot as usize].1;
        if ids.last() != Some(&i) {
            ids.push(i);
        }
    }
}

/// Groups the words each article gives (repeats within an article count
/// once), in order of first appearance.
fn group_words<'a, I>(
    terms: &'a [ArticleTerms],
    words: impl Fn(&'a ArticleTerms) -> I,
) -> Grouped<Box<str>>
where
    I: Iterator<Item = &'a str>,
{
    let mut at: FxMap<&str, usize> = FxMap::default();
    let mut out: Grouped<&str> = Vec::new();
    for (i, t) in terms.iter().enumerate() {
        let i = i as u32;
        for w in words(t) {
            push(&mut at, &mut out, w, i);
        }
    }
    out.into_iter().map(|(w, ids)| (w.into(), ids)).collect()
}

/// Groups the body's words as [`group_words`] does, with, beside each
/// word's articles, how many times each has it.
fn group_body(terms: &[ArticleTerms]) -> (Grouped<Box<str>>, Vec<Vec<u32>>) {
    let mut at: FxMap<&str, usize> = FxMap::default();
    let mut out: Grouped<&str> = Vec::new();
    let mut counts: Vec<Vec<u32>> = Vec::new();
    for (i, t) in terms.iter().enumerate() {
        let i = i as u32;
        // each word once per article: its count is pushed with its id
        for (w, &n) in t.words(0).zip(&t.body_counts) {
            match at.get(w) {
                Some(&j) => {
                    out[j].1.push(i);
                    counts[j].push(n);
                }
                None => {
                    at.insert(w, out.len());
                    out.push((w, vec![i]));
                    counts.push(vec![n]);
                }
            }
        }
    }
    let words = out.into_iter().map(|(w, ids)| (w.into(), ids)).collect();
    (words, counts)
}

/// Groups the distinct entities (kind and canonical name) of the articles.
fn group_entities(articles: &[Article]) -> Grouped<EntityKey> {
    let mut at: FxMap<(EntityKind, &str), usize> = FxMap::default();
    let mut out: Grouped<(EntityKind, &str)> = Vec::new();
    for (i, a) in articles.iter().enumerate() {
        let i = i as u32;
        for m in a.entities.iter() {
            push(&mut at, &mut out, (m.kind, a.canonical(m)), i);
        }
    }
    out.into_iter()
        .map(|((k, n), ids)| ((k, n.into(), crate::model::text::fold(n).into()), ids))
        .collect()
}

/// Adds article `i` to the list of `key` (ids come in ascending order, so
/// a repeat is the last one).
fn push<K: std::hash::Hash + Eq + Copy>(
    at: &mut FxMap<K, usize>,
    out: &mut Grouped<K>,
    key: K,
    i: u32,
) {
    match at.get(&key) {
        Some(&j) => {
            let ids = &mut out[j].1;
            if ids.last() != Some(&i) {
                ids.push(i);
            }
        }
        None => {
            at.insert(key, out.len());
            out.push((key, vec![i]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::index::article_terms;
    use std::path::PathBuf;

    fn batch(texts: &[&str]) -> BatchTerms {
        let arts: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                Article::new(
                    PathBuf::from(format!("{i}.txt")),
                    format!("{i}.txt"),
                    t.to_string(),
                    false,
                )
            })
            .collect();
        let terms: Vec<ArticleTerms> = arts.iter().map(article_terms).collect();
        BatchTerms::group(&arts, &terms)
    }

    fn ids<'a>(g: &'a Grouped<Box<str>>, key: &str) -> Option<&'a [u32]> {
        g.iter()
            .find(|(k, _)| &**k == key)
            .map(|(_, v)| v.as_slice())
    }

    #[test]
    fn terms_are_grouped_once_per_article_in_order() {
        let b = batch(&[
            "Éric écrit. Éric relit.",
            "rien ici",
            "Un écrit d’Éric, à Paris.",
        ]);
        assert_eq!(b.len(), 3);
        let body = &b.parts[0];
        assert_eq!(ids(body, "eric"), Some(&[0, 2][..]));
        assert_eq!(ids(body, "ecrit"), Some(&[0, 2][..]));
        assert_eq!(ids(body, "rien"), Some(&[1][..]));
        let counts = |key: &str| {
            let at = body.iter().position(|(k, _)| &**k == key);
            at.map(|j| b.body_counts[j].as_slice())
        };
        assert_eq!(counts("eric"), Some(&[2, 1][..]));
        assert_eq!(counts("ecrit"), Some(&[1, 1][..]));
        assert_eq!(counts("rien"), Some(&[1][..]));
        // short prefixes, ASCII (by table) and not (by hash) alike
        assert_eq!(ids(&b.short, "e"), Some(&[0, 2][..]));
        assert_eq!(ids(&b.short, "ec"), Some(&[0, 2][..]));
        assert_eq!(ids(&b.short, "r"), Some(&[0, 1][..]));
        assert_eq!(ids(&b.short, "a"), Some(&[2][..]));
        let paris = b
            .entities
            .iter()
            .find(|((k, n, _), _)| *k == EntityKind::Place && &**n == "Paris");
        assert_eq!(paris.map(|(_, v)| v.as_slice()), Some(&[2][..]));
    }
}

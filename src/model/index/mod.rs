//! The search index: for each part of an article (text, title, source,
//! file, each entity kind) a sorted dictionary of folded words, so that a
//! prefix is a range, with posting lists of article ids (delta varints, or a
//! bitmap for the words of many articles: see `postings`).
//!
//! Building is split in three so that it fits the loader: [`article_terms`]
//! does the per-article work (fold, dedupe) anywhere, e.g. in the loader's
//! rayon workers; [`BatchTerms::group`] groups a batch's terms by term,
//! beside them; [`Index::add_batch`] is a cheap merge on the UI thread. No
//! folded copy of the texts is kept: phrases are verified by scanning
//! candidates.
//!
//! The body's posting lists also say how many times each article has the
//! word ([`TermCounts`]), and so the frequency of a word in any set of
//! articles is a walk of its posting list ([`Index::body_occurrences`]),
//! with no text tokenized (the collocates' reference frequencies).

mod batch;
mod bitset;
mod entities;
mod persist;
mod postings;
mod term_counts;
mod update;

pub use batch::BatchTerms;
pub use bitset::Bitset;
pub use entities::{EntityCount, EntityTable};
pub use persist::Wanted;
use postings::Postings;
use term_counts::TermCounts;
pub use update::Renumbering;

use super::article::{Article, Lang};
use super::entities::{Entities, EntityKind};
use super::entities::{FxMap, FxSet, hash_str};
use super::text;
use std::collections::BTreeMap;

/// A part of an article that has its own dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IndexPart {
    Body,
    Title,
    Source,
    File,
    Entity(EntityKind),
}

const PARTS: usize = 4 + EntityKind::ALL.len();

impl IndexPart {
    pub fn slot(self) -> usize {
        match self {
            IndexPart::Body => 0,
            IndexPart::Title => 1,
            IndexPart::Source => 2,
            IndexPart::File => 3,
            IndexPart::Entity(k) => 4 + k as usize,
        }
    }
}

/// The distinct folded words of one article, per part. Computed by
/// [`article_terms`], grouped by [`BatchTerms::group`], merged by
/// [`Index::add_batch`].
#[derive(Debug, Clone, Default)]
pub struct ArticleTerms {
    /// Per part, its distinct words joined by spaces (folded words have
    /// none): one allocation per part, not one per word.
    parts: Vec<String>,
    /// How many times the text has each of the body's words, in their
    /// order.
    body_counts: Vec<u32>,
}

impl ArticleTerms {
    fn words(&self, slot: usize) -> impl Iterator<Item = &str> {
        self.parts[slot].split(' ').filter(|w| !w.is_empty())
    }
}

/// The per-article part of indexing (pure, parallel-friendly).
pub fn article_terms(a: &Article) -> ArticleTerms {
    let mut seen = FxSet::default();
    let body = distinct_words([a.text.as_str()], &mut seen);
    article_terms_with(a, body)
}

/// Like [`article_terms`], with the body's distinct folded words already
/// known (from [`crate::model::entities::analyse`]).
pub fn article_terms_with(a: &Article, body: String) -> ArticleTerms {
    let mut parts = vec![String::new(); PARTS];
    let mut seen = FxSet::default();
    let body_counts = word_counts(a.text.as_str(), &body);
    parts[0] = body;
    parts[1] = distinct_words([a.meta.title.as_str()], &mut seen);
    parts[2] = distinct_words(a.meta.source.as_deref(), &mut seen);
    parts[3] = distinct_words([a.rel.as_str()], &mut seen);
    entity_words(&a.text, &a.entities, &mut parts, &mut seen);
    ArticleTerms { parts, body_counts }
}

/// The terms of an article's entity parts only (the others empty), for
/// the mentions `ents` of its `text`.
fn entity_terms(text: &str, ents: &Entities) -> ArticleTerms {
    let mut parts = vec![String::new(); PARTS];
    entity_words(text, ents, &mut parts, &mut FxSet::default());
    ArticleTerms {
        parts,
        body_counts: Vec::new(),
    }
}

/// Fills the entity parts of `parts`: per kind, the words of its mentions'
/// surfaces and canonical names.
fn entity_words(text: &str, ents: &Entities, parts: &mut [String], seen: &mut FxSet<u64>) {
    if ents.is_empty() {
        return;
    }
    // one char map for all (entity offsets are in chars)
    let map = text::CharMap::new(text);
    let mut texts: Vec<Vec<&str>> = vec![Vec::new(); EntityKind::ALL.len()];
    for m in ents.iter() {
        let s = map.byte_of(text, m.start as usize);
        let e = map.byte_of(text, m.end as usize);
        let t = &mut texts[m.kind as usize];
        t.push(&text[s..e.max(s)]);
        t.push(ents.canonical(text, m));
    }
    for k in EntityKind::ALL {
        let t = &texts[k as usize];
        if !t.is_empty() {
            parts[IndexPart::Entity(k).slot()] = distinct_words(t.iter().copied(), seen);
        }
    }
}

/// Two lists of article ids, each sorted by `cmp`, as one (ties: `a`'s
/// first).
pub fn merge_sorted(
    a: &[u32],
    b: &[u32],
    cmp: impl Fn(u32, u32) -> std::cmp::Ordering,
) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if cmp(a[i], b[j]) == std::cmp::Ordering::Greater {
            out.push(b[j]);
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// The distinct folded words of an article's text, joined by spaces, in
/// order of first occurrence (what [`crate::model::entities::analyse`]
/// gives as its words).
pub fn body_words(text: &str) -> String {
    distinct_words([text], &mut FxSet::default())
}

/// How many times `text` has each of `distinct` (its distinct folded
/// words joined by spaces, as [`body_words`] gives them), in their order.
/// Words are told apart by the hash of their folded form, as
/// [`distinct_words`] tells them apart.
fn word_counts(text: &str, distinct: &str) -> Vec<u32> {
    let at: FxMap<u64, usize> = distinct
        .split(' ')
        .filter(|w| !w.is_empty())
        .enumerate()
        .map(|(i, w)| (hash_str(w), i))
        .collect();
    let mut counts = vec![0u32; at.len()];
    let mut buf = String::new();
    for w in text::words(text) {
        buf.clear();
        for c in text[w.start..w.end].chars() {
            text::fold_char_into(c, &mut buf);
        }
        if let Some(&i) = at.get(&hash_str(&buf)) {
            counts[i] += 1;
        }
    }
    counts
}

/// The distinct folded words of some texts, joined by spaces. `seen` is
/// scratch space, reused between calls.
fn distinct_words<'a>(texts: impl IntoIterator<Item = &'a str>, seen: &mut FxSet<u64>) -> String {
    seen.clear();
    let mut out = String::new();
    for t in texts {
        for w in text::words(t) {
            let s = out.len();
            for c in t[w.start..w.end].chars() {
                text::fold_char_into(c, &mut out);
            }
            // a lone combining mark folds to nothing: not a word
            if out.len() == s {
                continue;
            }
            // a 64-bit hash stands for the word: a collision would only drop
            // a duplicate-looking word, and is about 1e-14 likely per article
            if seen.insert(hash_str(&out[s..])) {
                out.push(' ');
            } else {
                out.truncate(s);
            }
        }
    }
    out
}

/// The dictionary of one part: its words, sorted (a prefix is a range),
/// each with its posting list. The merge looks a word up once per batch,
/// so a hash map beside it (a second copy of every word) is not worth its
/// memory.
#[derive(Debug, Default)]
struct Dict {
    sorted: BTreeMap<Box<str>, u32>,
    postings: Vec<Postings>,
    /// The body's only: beside each posting list, how many times each of
    /// its articles has the word (empty for the other parts).
    counts: Vec<TermCounts>,
}

impl Dict {
    /// Adds articles `first + i` for each `i` of `ids` (ascending) to the
    /// postings of `word`; `counts` (the body's) are the times each has it.
    fn add(&mut self, word: Box<str>, first: u32, ids: &[u32], counts: Option<&[u32]>) {
        let next = self.postings.len() as u32;
        let w = *self.sorted.entry(word).or_insert(next);
        if w == next {
            self.postings.push(Postings::default());
            if counts.is_some() {
                self.counts.push(TermCounts::default());
            }
        }
        let p = &mut self.postings[w as usize];
        if let Some(counts) = counts {
            debug_assert_eq!(counts.len(), ids.len());
            let c = &mut self.counts[w as usize];
            for (before, &n) in (p.count..).zip(counts) {
                c.push(before, n);
            }
        }
        p.reserve(ids.len());
        for &i in ids {
            p.push(first + i);
        }
    }

    /// Adds and removes articles (each list ascending) from the postings
    /// of `word`.
    fn update(&mut self, word: Box<str>, add: &[u32], remove: &[u32]) {
        debug_assert!(self.counts.is_empty(), "only the entity parts change so");
        let w = match self.sorted.get(&word) {
            Some(&w) => w,
            None if add.is_empty() => return,
            None => {
                let w = self.postings.len() as u32;
                self.sorted.insert(word, w);
                self.postings.push(Postings::default());
                w
            }
        };
        let p = &mut self.postings[w as usize];
        let mut ids = p.to_vec();
        ids.retain(|i| remove.binary_search(i).is_err());
        ids.extend_from_slice(add);
        ids.sort_unstable();
        ids.dedup();
        *p = Postings::of(&ids);
    }

    /// How many times the articles of `among` have `word` (0 in a
    /// dictionary without counts).
    fn occurrences(&self, word: &str, among: &Bitset) -> u64 {
        let Some(&w) = self.sorted.get(word) else {
            return 0;
        };
        let (Some(p), Some(c)) = (self.postings.get(w as usize), self.counts.get(w as usize))
        else {
            return 0;
        };
        let mut total = 0u64;
        c.each_with(p, |id, n| {
            if among.contains(id) {
                total += n as u64;
            }
        });
        total
    }

    fn prefix_into(&self, prefix: &str, set: &mut Bitset) {
        for (_, &w) in self
            .sorted
            .range::<str, _>((
                std::ops::Bound::Included(prefix),
                std::ops::Bound::Unbounded,
            ))
            .take_while(|(k, _)| k.starts_with(prefix))
        {
            self.postings[w as usize].add_to(set);
        }
    }
}

/// The index of a growing corpus (article ids are positions in it).
#[derive(Default)]
pub struct Index {
    len: u32,
    dicts: Vec<Dict>,
    /// Body words' prefixes of 1 and 2 chars, whose ranges are huge.
    short: FxMap<Box<str>, Bitset>,
    langs: Vec<Lang>,
    pub entities: EntityTable,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("articles", &self.len)
            .field(
                "body_words",
                &self.dicts.first().map_or(0, |d| d.postings.len()),
            )
            .finish()
    }
}

impl Index {
    /// Number of articles indexed.
    pub fn len(&self) -> u32 {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Updates the entity parts for the articles whose mentions changed
    /// (a reader's corrections): `changed` holds each one's id and its
    /// mentions before the change; `articles` has the new ones. Only the
    /// posting lists of the words and entities that changed are written
    /// again, so a correction costs what it changes, not the corpus.
    pub fn update_entities(&mut self, articles: &[Article], changed: &[(u32, Entities)]) {
        use rayon::prelude::*;
        if self.dicts.is_empty() {
            self.dicts.resize_with(PARTS, Dict::default);
        }
        // per article, its entity words that went and came, by part
        type Words = Vec<(usize, Box<str>)>;
        let deltas: Vec<(u32, Words, Words)> = changed
            .par_iter()
            .map(|(id, old)| {
                let a = &articles[*id as usize];
                let before = entity_terms(&a.text, old);
                let after = entity_terms(&a.text, &a.entities);
                let (mut gone, mut came) = (Vec::new(), Vec::new());
                for k in EntityKind::ALL {
                    let slot = IndexPart::Entity(k).slot();
                    let b: FxSet<&str> = before.words(slot).collect();
                    let n: FxSet<&str> = after.words(slot).collect();
                    gone.extend(b.difference(&n).map(|w| (slot, Box::<str>::from(*w))));
                    came.extend(n.difference(&b).map(|w| (slot, Box::<str>::from(*w))));
                }
                (*id, gone, came)
            })
            .collect();
        // (part, word) -> (articles that gained it, articles that lost it)
        type Moves = (Vec<u32>, Vec<u32>);
        let mut by_word: FxMap<(usize, Box<str>), Moves> = FxMap::default();
        for (id, gone, came) in deltas {
            for w in gone {
                by_word.entry(w).or_default().1.push(id);
            }
            for w in came {
                by_word.entry(w).or_default().0.push(id);
            }
        }
        for ((slot, word), (mut add, mut remove)) in by_word {
            add.sort_unstable();
            remove.sort_unstable();
            self.dicts[slot].update(word, &add, &remove);
        }
        let keys: Vec<(u32, Vec<batch::EntityKey>)> = changed
            .par_iter()
            .map(|(id, _)| {
                let a = &articles[*id as usize];
                let mut keys: Vec<batch::EntityKey> = a
                    .entities
                    .iter()
                    .map(|m| {
                        let n = a.canonical(m);
                        (m.kind, n.into(), text::fold(n).into())
                    })
                    .collect();
                keys.sort_unstable();
                keys.dedup();
                (*id, keys)
            })
            .collect();
        self.entities.update(keys);
    }

    /// Adds the next article (its id is the current [`Index::len`]).
    pub fn add_batch(&mut self, batch: BatchTerms) {
        if self.dicts.is_empty() {
            self.dicts.resize_with(PARTS, Dict::default);
        }
        let first = self.len;
        self.len += batch.len;
        self.langs.extend(batch.langs);
        for (p, ids) in batch.short {
            let b = self.short.entry(p).or_insert_with(|| Bitset::new(0));
            for i in ids {
                b.insert(first + i);
            }
        }
        let mut body_counts = batch.body_counts.into_iter();
        for (slot, words) in batch.parts.into_iter().enumerate() {
            for (w, ids) in words {
                let counts = if slot == IndexPart::Body.slot() {
                    body_counts.next()
                } else {
                    None
                };
                self.dicts[slot].add(w, first, &ids, counts.as_deref());
            }
        }
        self.entities.add_batch(first, batch.len, batch.entities);
    }

    /// Adds to `set` (over `0..len`) the articles with a word of `part`
    /// that starts with `prefix`.
    pub fn prefix_into(&self, part: IndexPart, prefix: &str, set: &mut Bitset) {
        if part == IndexPart::Body && prefix.chars().nth(2).is_none() && !prefix.is_empty() {
            if let Some(b) = self.short.get(prefix) {
                set.or_with(b);
            }
            return;
        }
        if let Some(d) = self.dicts.get(part.slot()) {
            d.prefix_into(prefix, set);
        }
    }

    /// Adds to `set` (over `0..len`) the articles with a word of `part`
    /// equal to `word`.
    pub fn exact_into(&self, part: IndexPart, word: &str, set: &mut Bitset) {
        if let Some(d) = self.dicts.get(part.slot())
            && let Some(&w) = d.sorted.get(word)
        {
            d.postings[w as usize].add_to(set);
        }
    }

    /// For each of `words` (folded, as [`text::fold`] gives them), how
    /// many times the articles of `among` have it in their body; on all
    /// cores.
    pub fn body_occurrences(&self, words: &[String], among: &Bitset) -> Vec<u64> {
        use rayon::prelude::*;
        let Some(d) = self.dicts.get(IndexPart::Body.slot()) else {
            return vec![0; words.len()];
        };
        words
            .par_iter()
            .with_min_len(64)
            .map(|w| d.occurrences(w, among))
            .collect()
    }

    pub fn lang(&self, id: u32) -> Lang {
        self.langs[id as usize]
    }

    /// Bytes held by posting lists (for memory reports).
    pub fn posting_bytes(&self) -> usize {
        let counts: usize = self
            .dicts
            .iter()
            .map(|d| {
                d.counts.capacity() * std::mem::size_of::<TermCounts>()
                    + d.counts.iter().map(TermCounts::heap_bytes).sum::<usize>()
            })
            .sum();
        self.dicts
            .iter()
            .flat_map(|d| &d.postings)
            .map(|p| p.bytes.capacity())
            .sum::<usize>()
            + counts
    }

    /// Approximate heap bytes of the word index (posting lists, the
    /// dictionaries, the short-prefix sets) and of the entity table.
    pub fn heap_bytes(&self) -> (usize, usize) {
        // a word's key and value in a B-tree node, and its string's block
        let per_word = std::mem::size_of::<(Box<str>, u32)>() + 16;
        let dicts: usize = self
            .dicts
            .iter()
            .map(|d| {
                d.postings.capacity() * std::mem::size_of::<Postings>()
                    + d.sorted.keys().map(|w| w.len() + per_word).sum::<usize>()
            })
            .sum();
        let short: usize = self
            .short
            .iter()
            .map(|(p, b)| p.len() + b.universe() as usize / 8 + 48)
            .sum();
        let words = self.posting_bytes() + dicts + short + self.langs.capacity();
        (words, self.entities.heap_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::article::detect_lang;
    use crate::model::entities::{analyse, extract};

    /// Every (body word, article) of `ix` with the times the article has
    /// it, as the index says.
    pub(super) fn body_counts(ix: &Index) -> BTreeMap<(String, u32), u32> {
        let d = &ix.dicts[IndexPart::Body.slot()];
        assert_eq!(d.counts.len(), d.postings.len());
        let mut out = BTreeMap::new();
        for (w, &i) in &d.sorted {
            d.counts[i as usize].each_with(&d.postings[i as usize], |id, n| {
                out.insert((w.to_string(), id), n);
            });
        }
        out
    }

    /// The same, by tokenizing the articles' texts.
    pub(super) fn counted_in_texts(articles: &[Article]) -> BTreeMap<(String, u32), u32> {
        let mut out = BTreeMap::new();
        for (id, a) in articles.iter().enumerate() {
            for w in text::folded_words(&a.text) {
                if !w.is_empty() {
                    *out.entry((w, id as u32)).or_default() += 1;
                }
            }
        }
        out
    }

    #[test]
    fn the_body_counts_are_the_times_each_article_has_each_word() {
        let mut articles = crate::model::corpus::embedded();
        articles.push(Article::new(
            "x.txt".into(),
            "x.txt".into(),
            "Le chat, le CHAT et le chât: l'État-Unis \u{301} œuvre.".into(),
            false,
        ));
        let mut ix = Index::default();
        // in two batches, one of them of analysed articles (the loader's way)
        let (a, b) = articles.split_at(3);
        ix.add_batch(BatchTerms::of(a));
        let analysed: Vec<(Article, String)> = b
            .iter()
            .map(|a| (a.clone(), analyse(&a.text).words))
            .collect();
        ix.add_batch(BatchTerms::of_analysed(analysed).1);
        let want = counted_in_texts(&articles);
        assert_eq!(body_counts(&ix), want);
        let last = articles.len() as u32 - 1;
        assert_eq!(want.get(&("chat".to_string(), last)), Some(&3));
        // the frequency in a set of articles is the sum of its counts
        let mut among = Bitset::new(ix.len());
        among.insert(0);
        among.insert(last);
        let words = ["le".to_string(), "chat".into(), "absent".into(), "".into()];
        let f = ix.body_occurrences(&words, &among);
        let sum = |w: &str| {
            want.iter()
                .filter(|((x, id), _)| x == w && (*id == 0 || *id == last))
                .map(|(_, &n)| n as u64)
                .sum::<u64>()
        };
        assert_eq!(f, vec![sum("le"), 3, 0, 0]);
        assert!(f[0] > 3);
    }

    /// The single tokenizer pass of the loader gives what the separate
    /// functions give: word count, language, entities, index words.
    #[test]
    fn one_pass_analysis_agrees_with_the_separate_passes() {
        let mut texts: Vec<String> = crate::model::corpus::EMBEDDED
            .iter()
            .map(|(_, t)| t.to_string())
            .collect();
        texts.extend(
            [
                "The U.S. market: Mail.ru and États-Unis, l’e-commerce, d'Alibaba.",
                "a-b-c... 3.5-4 -x- x.y.z. .net Me\u{301}diame\u{301}trie \u{301} œuvre",
                "  \n\n ",
                "lʼentreprise ½ ²³ × ÷ 10\u{a0}000 €",
                "Ça-et-là, est-à-dire que the cat is on the table of the house?",
            ]
            .map(String::from),
        );
        for t in &texts {
            let an = analyse(t);
            assert_eq!(an.word_count as usize, text::word_count(t), "{t:?}");
            assert_eq!(an.lang, detect_lang(t), "{t:?}");
            assert_eq!(an.entities, extract(t, an.lang), "{t:?}");
            let mut seen = FxSet::default();
            let mut want: Vec<&str> = Vec::new();
            let separate = distinct_words([t.as_str()], &mut seen);
            want.extend(separate.split(' ').filter(|w| !w.is_empty()));
            let got: Vec<&str> = an.words.split(' ').filter(|w| !w.is_empty()).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }
}

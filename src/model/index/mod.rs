//! The search index: for each part of an article (text, title, source,
//! file, each entity kind) a sorted dictionary of folded words, so that a
//! prefix is a range, with delta-varint posting lists of article ids.
//!
//! Building is split in two so that it fits the loader: [`article_terms`]
//! does the per-article work (tokenize, fold, dedupe) anywhere, e.g. in the
//! loader's rayon workers; [`Index::add`] is a cheap merge. No folded copy
//! of the texts is kept: phrases are verified by scanning candidates.

mod bitset;
mod entities;

pub use bitset::Bitset;
pub use entities::{EntityCount, EntityTable};

use super::article::{Article, Lang};
use super::entities::EntityKind;
use super::query::entity_texts;
use super::text;
use std::collections::{BTreeMap, HashMap};

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

/// The distinct folded words of one article, per part, sorted; and its
/// distinct entities. Computed by [`article_terms`], consumed by
/// [`Index::add`].
#[derive(Debug, Clone, Default)]
pub struct ArticleTerms {
    parts: Vec<Vec<Box<str>>>,
    entities: Vec<(EntityKind, String)>,
    lang: Lang,
}

/// The per-article part of indexing (pure, parallel-friendly).
pub fn article_terms(a: &Article) -> ArticleTerms {
    let mut parts = vec![Vec::new(); PARTS];
    parts[0] = distinct_words([a.text.as_str()]);
    parts[1] = distinct_words([a.meta.title.as_str()]);
    parts[2] = distinct_words(a.meta.source.as_deref());
    parts[3] = distinct_words([a.rel.as_str()]);
    let mut entities = Vec::new();
    for k in EntityKind::ALL {
        if a.entities.iter().any(|m| m.kind == k) {
            parts[IndexPart::Entity(k).slot()] = distinct_words(entity_texts(a, Some(k)));
        }
    }
    for m in &a.entities {
        entities.push((m.kind, m.canonical.clone()));
    }
    entities.sort_unstable();
    entities.dedup();
    ArticleTerms {
        parts,
        entities,
        lang: a.lang,
    }
}

/// The sorted distinct folded words of some texts, folded into one buffer
/// (no allocation per word).
fn distinct_words<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<Box<str>> {
    let mut buf = String::new();
    let mut spans: Vec<(u32, u32)> = Vec::new();
    for t in texts {
        for w in text::words(t) {
            let s = buf.len();
            for c in t[w.start..w.end].chars() {
                text::fold_char_into(c, &mut buf);
            }
            // a lone combining mark folds to nothing: not a word
            if buf.len() > s {
                spans.push((s as u32, buf.len() as u32));
            }
        }
    }
    let mut v: Vec<&str> = spans
        .iter()
        .map(|&(s, e)| &buf[s as usize..e as usize])
        .collect();
    v.sort_unstable();
    v.dedup();
    v.into_iter().map(Box::from).collect()
}

/// Ascending article ids, delta-encoded as LEB128 varints.
#[derive(Debug, Default)]
struct Postings {
    bytes: Vec<u8>,
    last: u32,
    count: u32,
}

impl Postings {
    fn push(&mut self, id: u32) {
        let mut d = if self.count == 0 { id } else { id - self.last };
        loop {
            let b = (d & 0x7f) as u8;
            d >>= 7;
            if d == 0 {
                self.bytes.push(b);
                break;
            }
            self.bytes.push(b | 0x80);
        }
        self.last = id;
        self.count += 1;
    }

    fn add_to(&self, set: &mut Bitset) {
        let (mut id, mut d, mut shift) = (0u32, 0u32, 0u32);
        for &b in &self.bytes {
            d |= ((b & 0x7f) as u32) << shift;
            if b & 0x80 == 0 {
                id += d;
                set.insert(id);
                d = 0;
                shift = 0;
            } else {
                shift += 7;
            }
        }
    }
}

/// The dictionary of one part.
#[derive(Debug, Default)]
struct Dict {
    ids: HashMap<Box<str>, u32>,
    sorted: BTreeMap<Box<str>, u32>,
    postings: Vec<Postings>,
}

impl Dict {
    fn add(&mut self, word: Box<str>, id: u32) {
        let w = match self.ids.get(&word) {
            Some(&w) => w,
            None => {
                let w = self.postings.len() as u32;
                self.postings.push(Postings::default());
                self.sorted.insert(word.clone(), w);
                self.ids.insert(word, w);
                w
            }
        };
        self.postings[w as usize].push(id);
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
    short: HashMap<Box<str>, Bitset>,
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

    /// Adds the next article (its id is the current [`Index::len`]).
    pub fn add(&mut self, terms: ArticleTerms) -> u32 {
        if self.dicts.is_empty() {
            self.dicts.resize_with(PARTS, Dict::default);
        }
        let id = self.len;
        self.len += 1;
        self.langs.push(terms.lang);
        let mut short: Vec<&str> = Vec::new();
        for w in &terms.parts[0] {
            for n in 1..=2 {
                if let Some((b, c)) = w.char_indices().nth(n - 1) {
                    short.push(&w[..b + c.len_utf8()]);
                }
            }
        }
        short.sort_unstable();
        short.dedup();
        for p in short {
            match self.short.get_mut(p) {
                Some(b) => b.insert(id),
                None => {
                    let mut b = Bitset::new(0);
                    b.insert(id);
                    self.short.insert(p.into(), b);
                }
            }
        }
        for (slot, words) in terms.parts.into_iter().enumerate() {
            for w in words {
                self.dicts[slot].add(w, id);
            }
        }
        self.entities.add(id, terms.entities);
        id
    }

    /// The articles with a word of `part` that starts with `prefix`.
    pub fn prefix(&self, part: IndexPart, prefix: &str) -> Bitset {
        let mut set = Bitset::new(self.len);
        if part == IndexPart::Body && prefix.chars().nth(2).is_none() && !prefix.is_empty() {
            if let Some(b) = self.short.get(prefix) {
                set.or_with(b);
            }
            return set;
        }
        if let Some(d) = self.dicts.get(part.slot()) {
            d.prefix_into(prefix, &mut set);
        }
        set
    }

    /// The articles with a word of `part` equal to `word`.
    pub fn exact(&self, part: IndexPart, word: &str) -> Bitset {
        let mut set = Bitset::new(self.len);
        if let Some(d) = self.dicts.get(part.slot())
            && let Some(&w) = d.ids.get(word)
        {
            d.postings[w as usize].add_to(&mut set);
        }
        set
    }

    pub fn lang(&self, id: u32) -> Lang {
        self.langs[id as usize]
    }

    /// Bytes held by posting lists (for memory reports).
    pub fn posting_bytes(&self) -> usize {
        self.dicts
            .iter()
            .flat_map(|d| &d.postings)
            .map(|p| p.bytes.capacity())
            .sum()
    }
}

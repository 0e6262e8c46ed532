//! The index as bytes, stored beside the analysis cache so that a corpus
//! that did not change is filterable at once on the next start, without
//! building the index again (see [`crate::model::cache::snapshot`]).
//!
//! Every part is written as the index holds it: each dictionary's words in
//! sorted order with their posting lists (bytes already, see `postings`),
//! the short-prefix sets as raw bit words, the entity table's names and
//! each article's entities. A body word's posting list is followed by its
//! counts (see `term_counts`: empty while they are all 1). What is derived
//! (hash tables, the entities' article lists) is rebuilt on reading.

use super::{Bitset, Dict, EntityTable, Index, IndexPart, PARTS, Postings, TermCounts};
use crate::model::article::Lang;
use crate::model::bytes::{Reader, Writer};

fn lang_code(l: Lang) -> u8 {
    match l {
        Lang::Unknown => 0,
        Lang::French => 1,
        Lang::English => 2,
    }
}

fn lang_of(code: u8) -> Option<Lang> {
    Some(match code {
        0 => Lang::Unknown,
        1 => Lang::French,
        2 => Lang::English,
        _ => return None,
    })
}

impl Index {
    /// The index as bytes, for [`Index::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        self.write_to(&mut w);
        w.buf
    }

    /// Appends [`Index::to_bytes`] to `w` (no second copy of a large
    /// index when it follows other bytes).
    pub fn write_to(&self, w: &mut Writer) {
        w.u32(self.len);
        let langs: Vec<u8> = self.langs.iter().map(|&l| lang_code(l)).collect();
        w.bytes(&langs);
        w.u32(self.dicts.len() as u32);
        for (slot, d) in self.dicts.iter().enumerate() {
            w.u32(d.sorted.len() as u32);
            for (word, &i) in &d.sorted {
                let p = &d.postings[i as usize];
                w.str(word);
                w.u32(p.last);
                w.u32(p.count);
                w.u8(p.dense as u8);
                w.bytes(&p.bytes);
                if slot == IndexPart::Body.slot() {
                    let none = TermCounts::default();
                    d.counts.get(i as usize).unwrap_or(&none).write_to(w);
                }
            }
        }
        let mut short: Vec<(&str, &Bitset)> = self.short.iter().map(|(k, v)| (&**k, v)).collect();
        short.sort_unstable_by_key(|(k, _)| *k);
        w.u32(short.len() as u32);
        for (prefix, set) in short {
            w.str(prefix);
            w.u32(set.universe());
            let words = set.words();
            w.u32(words.len() as u32);
            for &x in words {
                w.u64(x);
            }
        }
        self.entities.write_to(w);
    }

    /// The index [`Index::to_bytes`] wrote; `None` if the bytes do not
    /// hold a whole, consistent one.
    pub fn from_bytes(buf: &[u8]) -> Option<Index> {
        decode(buf, None)
    }

    /// The part of the index [`Index::to_bytes`] wrote that a query of
    /// single words needs: only the words that `wanted` names (per part:
    /// the word, and whether it must be whole rather than a prefix), the
    /// short-prefix sets among them, no entity table. What it answers for
    /// those words is what the whole index answers; it is not for anything
    /// else. Decoding it skips over the rest without allocating: a query
    /// of the stored index of 100,000 articles in milliseconds.
    pub fn from_bytes_for(buf: &[u8], wanted: &[Wanted]) -> Option<Index> {
        decode(buf, Some(wanted))
    }
}

/// A word a partial decode keeps (see [`Index::from_bytes_for`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wanted {
    pub part: super::IndexPart,
    pub word: String,
    pub exact: bool,
}

impl Wanted {
    fn keeps(&self, slot: usize, word: &[u8]) -> bool {
        self.part.slot() == slot
            && if self.exact {
                word == self.word.as_bytes()
            } else {
                word.starts_with(self.word.as_bytes())
            }
    }
}

/// Decodes an index: all of it (`wanted` none, every part checked), or the
/// words `wanted` names.
fn decode(buf: &[u8], wanted: Option<&[Wanted]>) -> Option<Index> {
    let mut r = Reader::new(buf);
    let len = r.u32()?;
    let langs = r
        .bytes()?
        .iter()
        .map(|&c| lang_of(c))
        .collect::<Option<Vec<Lang>>>()?;
    if langs.len() != len as usize {
        return None;
    }
    let parts = r.u32()? as usize;
    if parts != PARTS && parts != 0 {
        return None;
    }
    let keep =
        |slot: usize, word: &[u8]| wanted.is_none_or(|w| w.iter().any(|w| w.keeps(slot, word)));
    let mut dicts = Vec::with_capacity(parts);
    for slot in 0..parts {
        let n = r.u32()? as usize;
        let cap = if wanted.is_some() {
            0
        } else {
            n.min(buf.len() / 12)
        };
        let counted = slot == IndexPart::Body.slot();
        let mut words = Vec::with_capacity(cap);
        let mut postings = Vec::with_capacity(cap);
        let mut counts = Vec::with_capacity(if counted { cap } else { 0 });
        let mut prev: Option<&[u8]> = None;
        for _ in 0..n {
            let word = r.bytes()?;
            // sorted and distinct, as the dictionary holds them
            if prev.is_some_and(|p| p >= word) {
                return None;
            }
            prev = Some(word);
            let last = r.u32()?;
            let count = r.u32()?;
            let dense = match r.u8()? {
                0 => false,
                1 => true,
                _ => return None,
            };
            let bytes = r.bytes()?;
            if last >= len {
                return None;
            }
            let term_counts = if counted {
                Some((r.bytes()?, r.bytes()?))
            } else {
                None
            };
            if !keep(slot, word) {
                continue;
            }
            if let Some((codes, big)) = term_counts {
                counts.push(TermCounts::from_parts(codes.to_vec(), big.to_vec(), count)?);
            }
            let word = std::str::from_utf8(word).ok()?;
            words.push((Box::<str>::from(word), postings.len() as u32));
            postings.push(Postings::from_parts(bytes.to_vec(), last, count, dense)?);
        }
        // sorted input: the B-tree is built in one pass
        dicts.push(Dict {
            sorted: words.into_iter().collect(),
            postings,
            counts,
        });
    }
    let n = r.u32()? as usize;
    let mut short = super::FxMap::default();
    for _ in 0..n {
        let prefix = r.str()?;
        let universe = r.u32()?;
        let count = r.u32()? as usize;
        let raw = r.take(count.checked_mul(8)?)?;
        if universe > len {
            return None;
        }
        if !keep(IndexPart::Body.slot(), prefix.as_bytes()) {
            continue;
        }
        let words = raw
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()))
            .collect();
        short.insert(prefix.into(), Bitset::from_words(words, universe)?);
    }
    let entities = match wanted {
        Some(_) => EntityTable::default(),
        None => {
            let e = EntityTable::read_from(&mut r)?;
            if e.articles() != len as usize || !r.at_end() {
                return None;
            }
            e
        }
    };
    Some(Index {
        len,
        dicts,
        short,
        langs,
        entities,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;
    use crate::model::corpus;
    use crate::model::index::IndexPart;

    fn ids(index: &Index, part: IndexPart, prefix: &str) -> Vec<u32> {
        let mut set = Bitset::new(index.len());
        index.prefix_into(part, prefix, &mut set);
        set.ones().collect()
    }

    /// An index read back answers every lookup as the one written.
    #[test]
    fn an_index_read_back_answers_as_the_one_written() {
        let articles = corpus::embedded();
        let mut index = Index::default();
        // two batches, as the loader gives them
        let (a, b) = articles.split_at(2);
        index.add_batch(super::super::BatchTerms::of(a));
        index.add_batch(super::super::BatchTerms::of(b));
        let back = Index::from_bytes(&index.to_bytes()).expect("reads back");
        assert_eq!(back.len(), index.len());
        for (part, prefix) in [
            (IndexPart::Body, "a"),
            (IndexPart::Body, "al"),
            (IndexPart::Body, "alibaba"),
            (IndexPart::Body, "chin"),
            (IndexPart::Title, "chine"),
            (IndexPart::File, "00"),
            (IndexPart::Entity(EntityKind::Organization), "joom"),
            (IndexPart::Entity(EntityKind::Place), "russie"),
        ] {
            assert_eq!(
                ids(&back, part, prefix),
                ids(&index, part, prefix),
                "{prefix}"
            );
        }
        assert!(!ids(&back, IndexPart::Body, "alibaba").is_empty());
        for i in 0..index.len() {
            assert_eq!(back.lang(i), index.lang(i));
        }
        let all = |ix: &Index| ix.entities.counts(0..ix.len(), usize::MAX);
        assert_eq!(all(&back), all(&index));
        assert!(!all(&back).is_empty());
        let counts = crate::model::index::tests::body_counts(&back);
        assert_eq!(
            counts,
            crate::model::index::tests::counted_in_texts(&articles)
        );
        assert!(counts.values().any(|&n| n > 1));
        let top = &all(&index)[0];
        assert_eq!(
            back.entities.articles_of(top.kind, &top.canonical),
            index.entities.articles_of(top.kind, &top.canonical)
        );
    }

    /// A partial decode answers for the words it was asked for exactly as
    /// the whole index does, and holds no other word.
    #[test]
    fn a_partial_index_answers_for_its_words_as_the_whole_one() {
        let mut index = Index::default();
        index.add_batch(super::super::BatchTerms::of(&corpus::embedded()));
        let bytes = index.to_bytes();
        let want = |part, word: &str, exact| Wanted {
            part,
            word: word.into(),
            exact,
        };
        let org = IndexPart::Entity(EntityKind::Organization);
        let wanted = [
            want(IndexPart::Body, "alib", false),
            want(IndexPart::Body, "al", false),
            want(IndexPart::Body, "chine", true),
            want(IndexPart::Title, "russie", false),
            want(org, "joom", false),
        ];
        let part = Index::from_bytes_for(&bytes, &wanted).expect("reads back");
        for w in &wanted {
            let (mut a, mut b) = (Bitset::new(index.len()), Bitset::new(index.len()));
            if w.exact {
                index.exact_into(w.part, &w.word, &mut a);
                part.exact_into(w.part, &w.word, &mut b);
            } else {
                index.prefix_into(w.part, &w.word, &mut a);
                part.prefix_into(w.part, &w.word, &mut b);
            }
            assert!(!a.is_empty(), "{} is in the seeds", w.word);
            assert_eq!(a.ones().collect::<Vec<_>>(), b.ones().collect::<Vec<_>>());
        }
        assert!(!ids(&index, IndexPart::Body, "russie").is_empty());
        assert!(
            ids(&part, IndexPart::Body, "russie").is_empty(),
            "not asked for"
        );
        assert!(Index::from_bytes_for(&bytes[..bytes.len() / 2], &wanted).is_none());
    }

    #[test]
    fn cut_or_damaged_bytes_give_no_index() {
        let mut index = Index::default();
        index.add_batch(super::super::BatchTerms::of(&corpus::embedded()));
        let bytes = index.to_bytes();
        for cut in [0, 1, 4, bytes.len() / 3, bytes.len() / 2, bytes.len() - 1] {
            assert!(Index::from_bytes(&bytes[..cut]).is_none(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(Index::from_bytes(&longer).is_none());
        // a body word's counts that do not fit its posting list
        let body = IndexPart::Body.slot();
        let one = (0..index.dicts[body].postings.len())
            .find(|&i| index.dicts[body].postings[i].count == 1)
            .expect("a word of one article");
        for (counts, reads) in [(vec![2, 2], false), (vec![0], false), (vec![5], true)] {
            index.dicts[body].counts[one] = TermCounts::of(&counts);
            assert_eq!(Index::from_bytes(&index.to_bytes()).is_some(), reads);
        }
    }
}

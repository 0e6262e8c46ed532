//! A word's posting list: the ascending ids of the articles that have it,
//! in whichever of two forms is smaller.
//!
//! - **Sparse**: the ids delta-encoded as LEB128 varints, about a byte per
//!   id (a single id is held in `last` alone, with no allocation: many
//!   words, file names and rare names, have one article).
//! - **Dense**: a bitmap of the ids `0..=last`, a bit per article. A word
//!   that more than one article in eight has (most function words, and
//!   much of a subject's vocabulary) costs less so: at 100,000 generated
//!   articles the body's lists went from 32 MB to 17 MB, in memory and in
//!   the stored index, and a query ORs the bitmap's words instead of
//!   decoding every id.
//!
//! A list becomes dense when its varints outgrow the bitmap, and stays so.

use super::Bitset;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Postings {
    /// The varints or (when `dense`) the bitmap, bit `i % 8` of byte `i / 8`
    /// for id `i`.
    pub(super) bytes: Vec<u8>,
    pub(super) last: u32,
    pub(super) count: u32,
    pub(super) dense: bool,
}

impl Postings {
    pub(super) fn of(ids: &[u32]) -> Postings {
        let mut p = Postings::default();
        p.reserve(ids.len());
        for &i in ids {
            p.push(i);
        }
        p
    }

    /// The list stored as `bytes` with its last id, its length and its
    /// form (as [`Postings`] holds them); `None` when they do not agree
    /// (bytes read back that were damaged).
    pub(super) fn from_parts(bytes: Vec<u8>, last: u32, count: u32, dense: bool) -> Option<Self> {
        let sound = if dense {
            bytes.len() == last as usize / 8 + 1
                && bytes.last().is_some_and(|&b| b >> (last % 8) == 1)
                && bytes.iter().map(|b| b.count_ones()).sum::<u32>() == count
        } else {
            match count {
                0 => bytes.is_empty() && last == 0,
                1 => bytes.is_empty(),
                _ => bytes.last().is_some_and(|&b| b & 0x80 == 0),
            }
        };
        sound.then_some(Postings {
            bytes,
            last,
            count,
            dense,
        })
    }

    pub(super) fn to_vec(&self) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.count as usize);
        self.each(|id| out.push(id));
        out
    }

    /// Calls `f` with each id, ascending.
    pub(super) fn each(&self, mut f: impl FnMut(u32)) {
        if self.dense {
            for (at, &b) in self.bytes.iter().enumerate() {
                let mut bits = b;
                while bits != 0 {
                    f(at as u32 * 8 + bits.trailing_zeros());
                    bits &= bits - 1;
                }
            }
            return;
        }
        if self.count == 1 {
            f(self.last);
            return;
        }
        let (mut id, mut d, mut shift) = (0u32, 0u32, 0u32);
        for &b in &self.bytes {
            d |= ((b & 0x7f) as u32) << shift;
            if b & 0x80 == 0 {
                id += d;
                f(id);
                d = 0;
                shift = 0;
            } else {
                shift += 7;
            }
        }
    }

    /// Makes room for about `n` more ids, growing by half rather than
    /// doubling: posting lists are most of the index, and their spare
    /// capacity is held until the end.
    pub(super) fn reserve(&mut self, n: usize) {
        if self.dense || self.count + (n as u32) < 2 {
            // a lone id stays in `last`; a bitmap grows with its ids
            return;
        }
        self.grow_to(self.bytes.len() + n * 2 + 5);
    }

    fn grow_to(&mut self, need: usize) {
        let spare = self.bytes.capacity() - self.bytes.len();
        let more = need.saturating_sub(self.bytes.len());
        if spare < more {
            let grow = more.max(self.bytes.len() / 2);
            self.bytes.reserve_exact(grow);
        }
    }

    /// Adds `id`, greater than every id so far.
    pub(super) fn push(&mut self, id: u32) {
        debug_assert!(self.count == 0 || id > self.last);
        if self.dense {
            let at = id as usize / 8;
            self.grow_to(at + 1);
            self.bytes.resize(at + 1, 0);
            self.bytes[at] |= 1 << (id % 8);
        } else if self.count == 0 {
            self.last = id;
            self.count = 1;
            return;
        } else {
            if self.count == 1 {
                let first = self.last;
                self.write(first);
            }
            self.write(id - self.last);
        }
        self.last = id;
        self.count += 1;
        if !self.dense && self.bytes.len() > id as usize / 8 + 1 {
            self.make_dense();
        }
    }

    fn make_dense(&mut self) {
        let mut bitmap = vec![0u8; self.last as usize / 8 + 1];
        self.each(|id| bitmap[id as usize / 8] |= 1 << (id % 8));
        self.bytes = bitmap;
        self.dense = true;
    }

    fn write(&mut self, mut d: u32) {
        loop {
            let b = (d & 0x7f) as u8;
            d >>= 7;
            if d == 0 {
                self.bytes.push(b);
                break;
            }
            self.bytes.push(b | 0x80);
        }
    }

    pub(super) fn add_to(&self, set: &mut Bitset) {
        if self.dense {
            set.or_bitmap(&self.bytes);
        } else {
            self.each(|id| set.insert(id));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built(ids: &[u32]) -> Postings {
        let mut p = Postings::default();
        for chunk in ids.chunks(2) {
            p.reserve(chunk.len());
            for &i in chunk {
                p.push(i);
            }
        }
        p
    }

    #[test]
    fn posting_lists_round_trip_in_either_form() {
        let every_third: Vec<u32> = (0..3000).map(|i| i * 3).collect();
        let sparse: Vec<u32> = (0..300).map(|i| i * 1000 + 7).collect();
        let thinning: Vec<u32> = (0..200).chain((1..50).map(|i| 200 + i * 5000)).collect();
        for ids in [
            vec![],
            vec![7],
            vec![0, 1],
            vec![3, 200, 201, 70_000, 3_000_000],
            every_third.clone(),
            sparse.clone(),
            thinning,
        ] {
            let p = built(&ids);
            let mut set = Bitset::new(0);
            p.add_to(&mut set);
            assert_eq!(set.ones().collect::<Vec<u32>>(), ids);
            assert_eq!(p.to_vec(), ids);
            assert_eq!(p.count as usize, ids.len());
            assert_eq!(p.bytes.capacity() == 0, ids.len() < 2, "{ids:?}");
            let back = Postings::from_parts(p.bytes.clone(), p.last, p.count, p.dense);
            assert_eq!(back.as_ref(), Some(&p));
            let mut into_wider = Bitset::new(4_000_000);
            p.add_to(&mut into_wider);
            assert_eq!(into_wider.ones().collect::<Vec<u32>>(), ids);
        }
        assert!(built(&every_third).dense, "a bit per article is smaller");
        assert!(built(&every_third).bytes.len() <= 9000 / 8 + 1);
        assert!(!built(&sparse).dense);
    }

    #[test]
    fn damaged_parts_are_refused() {
        let dense = built(&(0..100).collect::<Vec<u32>>());
        assert!(dense.dense);
        let p = |bytes: &[u8], last, count, dense| {
            Postings::from_parts(bytes.to_vec(), last, count, dense).is_some()
        };
        assert!(p(&dense.bytes, 99, 100, true));
        assert!(!p(&dense.bytes, 99, 101, true), "count");
        assert!(!p(&dense.bytes, 100, 100, true), "last");
        assert!(!p(&dense.bytes[1..], 99, 100, true), "length");
        assert!(!p(&[0x85], 5, 2, false), "an unfinished varint");
        assert!(!p(&[1], 5, 1, false), "a lone id has no bytes");
        assert!(p(&[], 5, 1, false));
    }
}

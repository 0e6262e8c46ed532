//! How many times each article of a body word's posting list has the word,
//! beside the list, in its order; nothing at all while every count is 1
//! (most words of most articles, and every word seen once in the corpus:
//! no allocation for them).
//!
//! Counts are small: at 100,000 generated articles, 90% of those that are
//! not all 1 are 1, 2 or 3 and 99% below 16. So each takes two bits, 1 to
//! 3 as themselves and 0 for "larger", the larger ones following apart as
//! LEB128 varints: 6 MB of codes and 2.5 MB of larger counts where one
//! varint per count took 24.5 MB.

use super::Postings;
use crate::model::bytes::Writer;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct TermCounts {
    /// Empty: every count is 1. Else two bits per posting, four to a byte,
    /// lowest bits first; the unused codes of the last byte are 0.
    codes: Vec<u8>,
    /// The counts above 3, in order, as varints.
    big: Vec<u8>,
}

/// The largest count a code holds itself.
const SMALL: u32 = 3;

impl TermCounts {
    /// The counts of a posting list, in its order.
    pub(super) fn of(counts: &[u32]) -> TermCounts {
        let mut c = TermCounts::default();
        for (before, &n) in counts.iter().enumerate() {
            c.push(before as u32, n);
        }
        c
    }

    /// The counts stored as `codes` and `big` (as [`TermCounts::write_to`]
    /// wrote them) for a list of `len` postings; `None` when they are not
    /// that (bytes read back that were damaged).
    pub(super) fn from_parts(codes: Vec<u8>, big: Vec<u8>, len: u32) -> Option<TermCounts> {
        let c = TermCounts { codes, big };
        if c.codes.is_empty() {
            return c.big.is_empty().then_some(c);
        }
        let (len, held) = (len as usize, c.codes.len() * 4);
        if c.codes.len() != len.div_ceil(4) || (len..held).any(|i| code_at(&c.codes, i) != 0) {
            return None;
        }
        // the 0 codes of the postings (those past them are 0 too, checked)
        let zeros: usize = c
            .codes
            .iter()
            .map(|&b| 4 - ((b | (b >> 1)) & 0x55).count_ones() as usize)
            .sum::<usize>()
            - (held - len);
        let big_ones = Varints(&c.big).try_fold(0usize, |n, v| (v > SMALL).then_some(n + 1));
        let whole = c.big.last().is_none_or(|&b| b & 0x80 == 0);
        (whole && big_ones == Some(zeros)).then_some(c)
    }

    /// Appends the count `n` of the next posting, `before` postings having
    /// theirs already.
    pub(super) fn push(&mut self, before: u32, n: u32) {
        let at = before as usize;
        if self.codes.is_empty() {
            if n == 1 {
                return;
            }
            // the ones so far are written out: code 1 is 0b01
            self.codes = vec![0x55; at / 4];
            if !at.is_multiple_of(4) {
                self.codes.push(0x55 >> (8 - 2 * (at % 4)));
            }
        }
        if at.is_multiple_of(4) {
            self.codes.push(0);
        }
        let code = if (1..=SMALL).contains(&n) {
            n as u8
        } else {
            write_varint(&mut self.big, n);
            0
        };
        if let Some(last) = self.codes.last_mut() {
            *last |= code << (2 * (at % 4));
        }
    }

    /// Calls `f` with each id of `p` and its count, ascending.
    pub(super) fn each_with(&self, p: &Postings, mut f: impl FnMut(u32, u32)) {
        if self.codes.is_empty() {
            p.each(|id| f(id, 1));
            return;
        }
        let mut big = Varints(&self.big);
        let mut i = 0;
        p.each(|id| {
            let n = match code_at(&self.codes, i) {
                0 => big.next().unwrap_or(0),
                c => c as u32,
            };
            i += 1;
            f(id, n)
        });
    }

    /// Appends the counts to `w` (read back by [`TermCounts::from_parts`]).
    pub(super) fn write_to(&self, w: &mut Writer) {
        w.bytes(&self.codes);
        w.bytes(&self.big);
    }

    /// The counts, in order, for a list of `len` postings.
    #[cfg(test)]
    pub(super) fn to_vec(&self, len: u32) -> Vec<u32> {
        let ids: Vec<u32> = (0..len).collect();
        let mut out = Vec::new();
        self.each_with(&Postings::of(&ids), |_, n| out.push(n));
        out
    }

    pub(super) fn heap_bytes(&self) -> usize {
        self.codes.capacity() + self.big.capacity()
    }
}

fn code_at(codes: &[u8], i: usize) -> u8 {
    codes.get(i / 4).map_or(0, |&b| (b >> (2 * (i % 4))) & 3)
}

fn write_varint(out: &mut Vec<u8>, mut n: u32) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// The varints of some bytes, in order.
struct Varints<'a>(&'a [u8]);

impl Iterator for Varints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let (mut n, mut shift) = (0u32, 0u32);
        while let Some((&b, rest)) = self.0.split_first() {
            self.0 = rest;
            n |= ((b & 0x7f) as u32).checked_shl(shift).unwrap_or(0);
            if b & 0x80 == 0 {
                return Some(n);
            }
            shift += 7;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_round_trip_and_ones_take_no_room() {
        let many: Vec<u32> = (0..1000).map(|i| [1, 2, 3, 1, 9, 1, 300][i % 7]).collect();
        for counts in [
            vec![],
            vec![1],
            vec![1, 1, 1],
            vec![3],
            vec![4],
            vec![1, 1, 200, 1, 70_000],
            vec![1, 1, 1, 1, 1, 2],
            many,
        ] {
            let len = counts.len() as u32;
            let c = TermCounts::of(&counts);
            assert_eq!(c.to_vec(len), counts);
            assert_eq!(c.codes.is_empty(), counts.iter().all(|&n| n == 1));
            assert!(c.codes.len() <= counts.len().div_ceil(4));
            let back = TermCounts::from_parts(c.codes.clone(), c.big.clone(), len);
            assert_eq!(back.as_ref(), Some(&c), "{counts:?}");
            let ids: Vec<u32> = (0..len).map(|i| i * 3).collect();
            let mut seen = Vec::new();
            c.each_with(&Postings::of(&ids), |id, n| seen.push((id, n)));
            assert_eq!(seen, ids.into_iter().zip(counts).collect::<Vec<_>>());
        }
    }

    #[test]
    fn counts_that_do_not_fit_their_list_are_refused() {
        let c = TermCounts::of(&[1, 1, 200, 1, 70_000]);
        let parts = |codes: &[u8], big: &[u8], len| {
            TermCounts::from_parts(codes.to_vec(), big.to_vec(), len).is_some()
        };
        assert!(parts(&c.codes, &c.big, 5));
        assert!(!parts(&c.codes, &c.big, 6), "a code short");
        assert!(!parts(&c.codes, &c.big, 9), "a byte short");
        assert!(!parts(&c.codes, &c.big[..2], 5), "a larger count short");
        assert!(!parts(&c.codes, &[5, 5, 5], 5), "one too many");
        assert!(!parts(&c.codes, &[5, 2], 5), "a larger count that is small");
        assert!(!parts(&c.codes, &[5, 0x85], 5), "an unfinished varint");
        assert!(!parts(&[], &[5], 5), "larger counts without codes");
        assert!(!parts(&[0x55, 0x55], &[], 5), "a code past the end");
        assert!(parts(&[], &[], 5), "all ones");
    }
}

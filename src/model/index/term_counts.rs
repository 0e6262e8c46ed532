//! How many times each article of a body word's posting list has the word,
//! beside the list: the counts as LEB128 varints in the list's order, or
//! nothing at all while every count is 1 (most words of most articles,
//! and every word seen once in the corpus: no allocation for them).

use super::Postings;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct TermCounts {
    /// Empty: every count is 1. Else one varint per posting.
    pub(super) bytes: Vec<u8>,
}

impl TermCounts {
    /// The counts of a posting list, in its order.
    pub(super) fn of(counts: &[u32]) -> TermCounts {
        let mut c = TermCounts::default();
        for (before, &n) in counts.iter().enumerate() {
            c.push(before as u32, n);
        }
        c
    }

    /// Appends the count `n` of the next posting, `before` postings having
    /// theirs already.
    pub(super) fn push(&mut self, before: u32, n: u32) {
        if self.bytes.is_empty() {
            if n == 1 {
                return;
            }
            // the ones so far are written out
            self.bytes.resize(before as usize, 1);
        }
        write_varint(&mut self.bytes, n);
    }

    /// Calls `f` with each id of `p` and its count, ascending.
    pub(super) fn each_with(&self, p: &Postings, mut f: impl FnMut(u32, u32)) {
        if self.bytes.is_empty() {
            p.each(|id| f(id, 1));
            return;
        }
        let mut counts = Varints(&self.bytes);
        p.each(|id| f(id, counts.next().unwrap_or(0)));
    }

    /// The counts, in order, for a list of `len` postings.
    #[cfg(test)]
    pub(super) fn to_vec(&self, len: u32) -> Vec<u32> {
        if self.bytes.is_empty() {
            return vec![1; len as usize];
        }
        Varints(&self.bytes).collect()
    }

    /// Whether these are counts for a list of `len` postings, none zero
    /// (for bytes read back).
    pub(super) fn fits(&self, len: u32) -> bool {
        if self.bytes.is_empty() {
            return true;
        }
        let ends = self.bytes.iter().filter(|&&b| b & 0x80 == 0).count();
        ends == len as usize
            && self.bytes.last().is_some_and(|&b| b & 0x80 == 0)
            && Varints(&self.bytes).all(|n| n > 0)
    }

    pub(super) fn heap_bytes(&self) -> usize {
        self.bytes.capacity()
    }
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
        for counts in [
            vec![],
            vec![1],
            vec![1, 1, 1],
            vec![3],
            vec![1, 1, 200, 1, 70_000],
        ] {
            let c = TermCounts::of(&counts);
            assert_eq!(c.to_vec(counts.len() as u32), counts);
            assert!(c.fits(counts.len() as u32));
            assert_eq!(c.bytes.is_empty(), counts.iter().all(|&n| n == 1));
            let ids: Vec<u32> = (0..counts.len() as u32).map(|i| i * 3).collect();
            let mut seen = Vec::new();
            c.each_with(&Postings::of(&ids), |id, n| seen.push((id, n)));
            assert_eq!(seen, ids.into_iter().zip(counts).collect::<Vec<_>>());
        }
        assert!(!TermCounts::of(&[2, 1]).fits(3));
        assert!(
            !TermCounts {
                bytes: vec![0x80, 0x80]
            }
            .fits(0)
        );
    }
}

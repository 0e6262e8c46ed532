//! A fixed-universe set of article ids (one bit per article).

/// A set of article ids below `len`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bitset {
    words: Vec<u64>,
    len: u32,
}

impl Bitset {
    /// The empty set over `0..len`.
    pub fn new(len: u32) -> Bitset {
        Bitset {
            words: vec![0; (len as usize).div_ceil(64)],
            len,
        }
    }

    /// Every id of `0..len`.
    pub fn full(len: u32) -> Bitset {
        let mut b = Bitset::new(len);
        b.negate();
        b
    }

    /// The set's 64-bit words, lowest ids first (for storing it).
    pub fn words(&self) -> &[u64] {
        &self.words
    }

    /// The set over `0..len` whose words are `words` (as
    /// [`Bitset::words`] gave them); `None` if they do not fit `len`.
    pub fn from_words(words: Vec<u64>, len: u32) -> Option<Bitset> {
        let fits = words.len() == (len as usize).div_ceil(64)
            && (len.is_multiple_of(64) || words.last().is_none_or(|&w| w >> (len % 64) == 0));
        fits.then_some(Bitset { words, len })
    }

    pub fn universe(&self) -> u32 {
        self.len
    }

    /// Adds `i`, growing the universe if needed.
    #[inline]
    pub fn insert(&mut self, i: u32) {
        let w = (i / 64) as usize;
        if w >= self.words.len() {
            self.words.resize(w + 1, 0);
        }
        if i >= self.len {
            self.len = i + 1;
        }
        self.words[w] |= 1 << (i % 64);
    }

    #[inline]
    pub fn contains(&self, i: u32) -> bool {
        self.words
            .get((i / 64) as usize)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Makes this the empty set over `0..len`, keeping its memory (for
    /// reuse: no allocation once it has held as many ids).
    pub fn clear_to(&mut self, len: u32) {
        self.words.clear();
        self.words.resize((len as usize).div_ceil(64), 0);
        self.len = len;
    }

    /// Sets the universe to `0..len` (new ids are absent).
    pub fn resize(&mut self, len: u32) {
        self.words.resize((len as usize).div_ceil(64), 0);
        self.len = len;
        self.clear_tail();
    }

    fn clear_tail(&mut self) {
        let r = self.len % 64;
        if r != 0
            && let Some(last) = self.words.last_mut()
        {
            *last &= (1u64 << r) - 1;
        }
    }

    /// Complement within the universe.
    pub fn negate(&mut self) {
        for w in &mut self.words {
            *w = !*w;
        }
        self.clear_tail();
    }

    pub fn and_with(&mut self, other: &Bitset) {
        for (i, w) in self.words.iter_mut().enumerate() {
            *w &= other.words.get(i).copied().unwrap_or(0);
        }
    }

    pub fn or_with(&mut self, other: &Bitset) {
        for (w, o) in self.words.iter_mut().zip(&other.words) {
            *w |= o;
        }
        self.clear_tail();
    }

    /// Adds the ids of a bitmap of bytes (bit `i % 8` of byte `i / 8` for
    /// id `i`), growing the universe if needed.
    pub fn or_bitmap(&mut self, bytes: &[u8]) {
        let Some(top) = bytes.iter().rposition(|&b| b != 0) else {
            return;
        };
        let highest = top as u32 * 8 + 7 - bytes[top].leading_zeros();
        if highest >= self.len {
            self.len = highest + 1;
            self.words.resize((self.len as usize).div_ceil(64), 0);
        }
        for (w, chunk) in self.words.iter_mut().zip(bytes[..=top].chunks(8)) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            *w |= u64::from_le_bytes(word);
        }
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    /// The ids in the set, ascending.
    pub fn ones(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                if w == 0 {
                    return None;
                }
                let t = w.trailing_zeros();
                w &= w - 1;
                Some(i as u32 * 64 + t)
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_operations() {
        let mut a = Bitset::new(130);
        a.insert(0);
        a.insert(64);
        a.insert(129);
        let mut b = a.clone();
        b.negate();
        assert_eq!(b.count(), 127);
        assert!(!b.contains(64));
        let mut c = Bitset::full(130);
        c.and_with(&a);
        assert_eq!(c.ones().collect::<Vec<_>>(), [0, 64, 129]);
        c.or_with(&b);
        assert_eq!(c, Bitset::full(130));
        let mut g = Bitset::new(3);
        g.insert(70);
        assert_eq!(g.universe(), 71);
        g.resize(10);
        assert!(g.is_empty());
        // a bitmap of bytes: ids 1, 9 and 70 (universe grows to 71)
        let mut bytes = vec![0u8; 9];
        bytes[0] = 0b10;
        bytes[1] = 0b10;
        bytes[8] = 0b100_0000;
        let mut h = Bitset::new(3);
        h.insert(2);
        h.or_bitmap(&bytes);
        assert_eq!(h.ones().collect::<Vec<_>>(), [1, 2, 9, 70]);
        assert_eq!(h.universe(), 71);
        h.or_bitmap(&[0, 0]);
        assert_eq!(h.count(), 4);
    }
}

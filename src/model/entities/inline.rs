//! Tables of string keys for the lexicon and gazetteers, whose short keys
//! (16 bytes at most: nearly all words and most names) are held inline,
//! as two zero-padded words of 8 bytes, in open addressing (linear
//! probing, at most half full). A look-up hashes and compares two
//! integers, with no pointer to follow to a key and no call to memcmp:
//! most tokens of a text are looked up in one table or another, and the
//! gazetteers are too large for the cache. Longer keys are kept in a map.

use super::FxMap;

/// The longest key held inline.
const INLINE_LEN: usize = 16;

pub struct InlineMap<V> {
    slots: Vec<Slot>,
    /// `slots.len() - 1` (a power of two, minus one)
    mask: usize,
    /// A Bloom filter of the inline keys (two bits a key, sixteen bits a
    /// key or more): most words looked up are in no table, and the filter,
    /// small enough for the cache, says so without a read of the slots (a
    /// gazetteer's are megabytes). Both bits of a key are in one word of
    /// the filter (a "blocked" filter): one read of memory a look-up, not
    /// two.
    bloom: Vec<u64>,
    /// `64 - log2(words of the filter)`
    bloom_shift: u32,
    values: Vec<V>,
    long: FxMap<String, V>,
}

/// A set of keys.
pub type InlineSet = InlineMap<()>;

#[derive(Clone, Copy, Default)]
struct Slot {
    key: [u64; 2],
    /// the key's length in bytes; 0 for an empty slot
    len: u32,
    /// where its value is in `InlineMap::values`
    at: u32,
}

/// A key as two zero-padded little-endian words, if short enough (and not
/// empty).
#[inline]
fn packed(key: &str) -> Option<[u64; 2]> {
    let b = key.as_bytes();
    match b.len() {
        0 => None,
        1..=8 => Some([short_word(b), 0]),
        9..=INLINE_LEN => Some([word_at(b, 0), tail_word(b)]),
        _ => None,
    }
}

/// The little-endian u64 of the 8 bytes of `b` at `at`.
#[inline]
fn word_at(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(w)
}

/// The little-endian u32 of the 4 bytes of `b` at `at`.
#[inline]
fn half_at(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[at..at + 4]);
    u32::from_le_bytes(w) as u64
}

/// 1 to 8 bytes as a zero-padded little-endian word, by loads that may
/// overlap (no copy of a variable length, which calls memcpy).
#[inline]
pub(super) fn short_word(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        half_at(b, 0) | half_at(b, n - 4) << (8 * (n - 4))
    } else {
        b[0] as u64 | (b[n / 2] as u64) << (8 * (n / 2)) | (b[n - 1] as u64) << (8 * (n - 1))
    }
}

/// Bytes 8.. of 9 to 16 bytes as a zero-padded little-endian word: the
/// last 8 bytes, shifted past those of the first word.
#[inline]
fn tail_word(b: &[u8]) -> u64 {
    let n = b.len();
    word_at(b, n - 8) >> (8 * (16 - n))
}

/// The hash of a packed key of `len` bytes.
#[inline]
fn mix(key: [u64; 2], len: usize) -> u64 {
    (key[0].wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ key[1] ^ len as u64)
        .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

impl<V: Copy> InlineMap<V> {
    /// The table of the entries of a map (built first as a map, so that
    /// which of two equal keys wins stays the map's business).
    pub fn new(entries: FxMap<String, V>) -> InlineMap<V> {
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let bloom_bits = (entries.len() * 16).next_power_of_two().max(1024);
        let mut table = InlineMap {
            slots: vec![Slot::default(); size],
            mask: size - 1,
            bloom: vec![0; bloom_bits / 64],
            bloom_shift: 64 - (bloom_bits / 64).trailing_zeros(),
            values: Vec::with_capacity(entries.len()),
            long: FxMap::default(),
        };
        for (key, value) in entries {
            let Some(packed) = packed(&key) else {
                table.long.insert(key, value);
                continue;
            };
            let h = mix(packed, key.len());
            let (word, bits) = table.bloom_bits(h);
            table.bloom[word] |= bits;
            let mut i = table.home(h);
            while table.slots[i].len != 0 {
                i = (i + 1) & table.mask;
            }
            table.slots[i] = Slot {
                key: packed,
                len: key.len() as u32,
                at: table.values.len() as u32,
            };
            table.values.push(value);
        }
        table
    }

    /// The first slot to try for a key of hash `h` (see [`mix`]).
    #[inline]
    fn home(&self, h: u64) -> usize {
        (h >> 32) as usize & self.mask
    }

    /// The word of the Bloom filter of a key of hash `h`, and its two bits
    /// in that word (the top bits of a remix of `h` pick the word, two
    /// groups of six bits below them the bits).
    #[inline]
    fn bloom_bits(&self, h: u64) -> (usize, u64) {
        let g = (h ^ (h >> 29)).wrapping_mul(0x94D0_49BB_1331_11EB);
        let word = (g >> self.bloom_shift) as usize;
        let bits = 1 << ((g >> 20) & 63) | 1 << ((g >> 26) & 63);
        (word, bits)
    }

    /// Whether the filter may hold a key of hash `h` (never false for a
    /// key in the table).
    #[inline]
    fn may_hold(&self, h: u64) -> bool {
        let (word, bits) = self.bloom_bits(h);
        self.bloom[word] & bits == bits
    }

    #[inline]
    pub fn get(&self, key: &str) -> Option<V> {
        let Some(packed) = packed(key) else {
            if key.len() <= INLINE_LEN {
                return None; // the empty key
            }
            return self.long.get(key).copied();
        };
        let h = mix(packed, key.len());
        if !self.may_hold(h) {
            return None;
        }
        let mut i = self.home(h);
        loop {
            let slot = &self.slots[i];
            if slot.len == 0 {
                return None;
            }
            if slot.key == packed && slot.len as usize == key.len() {
                return Some(self.values[slot.at as usize]);
            }
            i = (i + 1) & self.mask;
        }
    }

    #[inline]
    pub fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

impl InlineSet {
    /// The set of some keys.
    pub fn of(keys: impl IntoIterator<Item = String>) -> InlineSet {
        InlineMap::new(keys.into_iter().map(|k| (k, ())).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_long_and_missing_keys() {
        let keys = [
            "a",
            "de",
            "paris",
            "exactly16bytes!!",
            "seventeen bytes!!",
            "saint-pierre-et-miquelon",
        ];
        let map: FxMap<String, usize> = keys
            .iter()
            .enumerate()
            .map(|(i, k)| (k.to_string(), i + 1))
            .collect();
        let table = InlineMap::new(map);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(table.get(k), Some(i + 1), "{k}");
        }
        for k in [
            "",
            "b",
            "d",
            "de\u{0}",
            "pari",
            "parisx",
            "exactly16bytes!",
            "seventeen bytes!",
            "saint-pierre",
        ] {
            assert_eq!(table.get(k), None, "{k:?}");
        }
    }
}

/// The most spare slot vectors a thread keeps, and the largest (in
/// slots) it keeps.
const SPARE_COUNT: usize = 4;
const SPARE_MAX: usize = 1 << 20;

thread_local! {
    /// Slot vectors of dropped [`HashSet64`]s, for the next ones.
    static SPARE_SLOTS: std::cell::RefCell<Vec<Vec<u64>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

impl Drop for HashSet64 {
    fn drop(&mut self) {
        let slots = std::mem::take(&mut self.slots);
        if slots.capacity() <= SPARE_MAX {
            // `try_with`: no spare kept while the thread is ending
            let _ = SPARE_SLOTS.try_with(|s| {
                let mut s = s.borrow_mut();
                if s.len() < SPARE_COUNT {
                    s.push(slots);
                }
            });
        }
    }
}

/// A set of hashes (see [`super::hash_str`]) for one article, sized once
/// for its largest possible count: open addressing, at most half full, no
/// rehash of the key (it is a good hash already) and no growth.
pub struct HashSet64 {
    slots: Vec<u64>,
    /// how far a hash is shifted right to give its first slot
    shift: u32,
    /// whether 0 (the mark of an empty slot) is in the set
    zero: bool,
}

impl HashSet64 {
    /// A set for at most `n` hashes. Its slots are taken from this
    /// thread's spare vectors when it has one (see the `Drop`): a set of
    /// an article's size is asked for several times an article, and a
    /// fresh zeroed allocation that large is mapped and unmapped each time.
    pub fn for_at_most(n: usize) -> HashSet64 {
        let size = (n * 2).next_power_of_two().max(16);
        let slots = match SPARE_SLOTS.with(|s| s.borrow_mut().pop()) {
            Some(mut v) => {
                v.clear();
                v.resize(size, 0);
                v
            }
            None => vec![0; size],
        };
        HashSet64 {
            slots,
            shift: 64 - size.trailing_zeros(),
            zero: false,
        }
    }

    /// Where `h` is, or the empty slot where it would go.
    #[inline]
    fn slot(&self, h: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = (h >> self.shift) as usize & mask;
        while self.slots[i] != h && self.slots[i] != 0 {
            i = (i + 1) & mask;
        }
        i
    }

    /// Adds `h` (the set must have room: see [`HashSet64::for_at_most`]).
    #[inline]
    pub fn insert(&mut self, h: u64) {
        if h == 0 {
            self.zero = true;
            return;
        }
        let i = self.slot(h);
        self.slots[i] = h;
    }

    #[inline]
    pub fn contains(&self, h: u64) -> bool {
        if h == 0 {
            return self.zero;
        }
        self.slots[self.slot(h)] == h
    }
}

#[cfg(test)]
mod hash_set_tests {
    use super::*;

    #[test]
    fn hashes_in_and_out() {
        let mut set = HashSet64::for_at_most(100);
        let ins: Vec<u64> = (0..100u64)
            .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .collect();
        for &h in &ins {
            set.insert(h);
            set.insert(h);
        }
        assert!(ins.iter().all(|&h| set.contains(h)));
        assert!(!(100..1000u64).any(|i| set.contains(i.wrapping_mul(0x9E37_79B9_7F4A_7C15))));
        assert!(set.contains(0) && !HashSet64::for_at_most(1).contains(0));
    }
}

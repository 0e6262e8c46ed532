//! An article's text, in memory or read from its file when first needed.
//!
//! A corpus reopened from its cache with its stored index needs no text to
//! list, filter by words or count entities: reading 100,000 files is most
//! of what a reopen would cost. Such an article's text is read on first
//! use (the reader opens it, a phrase is checked, a concordance line is
//! cut), and checked against the content hash its cache entry recorded,
//! so every offset the analysis derived still points into it. Should the
//! file have changed or gone since, the text is that many spaces (every
//! offset stays in range) and [`ArticleText::unavailable`] says so.

use std::fmt;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

/// Reads a text as it was analysed; `None` if it cannot (changed, gone).
pub type ReadText = Arc<dyn Fn() -> Option<String> + Send + Sync>;

/// An article's exact text (see the module docs). Derefs to `str`.
pub struct ArticleText {
    text: OnceLock<String>,
    /// How to read it, its length and its [`fingerprint`], while it is
    /// not read.
    pending: Option<Pending>,
    unavailable: AtomicBool,
}

#[derive(Clone)]
struct Pending {
    read: ReadText,
    len: usize,
    fingerprint: u64,
}

impl ArticleText {
    /// A text read when first needed by `read`; `len` is its length in
    /// bytes as analysed, `fingerprint` its [`fingerprint`].
    pub fn lazy(read: ReadText, len: usize, fingerprint: u64) -> ArticleText {
        ArticleText {
            text: OnceLock::new(),
            pending: Some(Pending {
                read,
                len,
                fingerprint,
            }),
            unavailable: AtomicBool::new(false),
        }
    }

    pub fn as_str(&self) -> &str {
        self.text.get_or_init(|| {
            let Some(p) = &self.pending else {
                return String::new();
            };
            match (p.read)() {
                Some(t) if t.len() == p.len && fingerprint(&t) == p.fingerprint => t,
                _ => {
                    self.unavailable.store(true, Ordering::Relaxed);
                    " ".repeat(p.len)
                }
            }
        })
    }

    /// The text's [`fingerprint`], without reading it when it is known.
    pub fn fingerprint(&self) -> u64 {
        match (&self.pending, self.text.get()) {
            (Some(p), None) => p.fingerprint,
            _ => fingerprint(self.as_str()),
        }
    }

    /// Bytes held in memory.
    pub fn heap_bytes(&self) -> usize {
        self.text.get().map_or(0, String::capacity)
    }

    /// Whether the text is in memory (not waiting to be read).
    pub fn is_loaded(&self) -> bool {
        self.text.get().is_some()
    }

    /// The file changed or went since the article was analysed: the text
    /// is blank.
    pub fn unavailable(&self) -> bool {
        self.unavailable.load(Ordering::Relaxed)
    }
}

/// A fast 64-bit fingerprint of an article's text, stable across versions
/// and machines (it is stored): 8 bytes at a time, each multiplied and
/// rotated in, then mixed (the murmur3 finaliser). About 5 GB/s.
pub fn fingerprint(text: &str) -> u64 {
    const K1: u64 = 0x87c3_7b91_1142_53d5;
    const K2: u64 = 0x4cf5_ad43_2745_937f;
    let bytes = text.as_bytes();
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15 ^ (bytes.len() as u64).wrapping_mul(K2);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ v.wrapping_mul(K1).rotate_left(31).wrapping_mul(K2))
            .rotate_left(27)
            .wrapping_mul(5)
            .wrapping_add(0x52dc_e729);
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    h ^= u64::from_le_bytes(last).wrapping_mul(K1).rotate_left(31);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl From<String> for ArticleText {
    fn from(text: String) -> ArticleText {
        ArticleText {
            text: OnceLock::from(text),
            pending: None,
            unavailable: AtomicBool::new(false),
        }
    }
}

impl Default for ArticleText {
    fn default() -> ArticleText {
        ArticleText::from(String::new())
    }
}

impl Deref for ArticleText {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for ArticleText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Clone for ArticleText {
    fn clone(&self) -> ArticleText {
        ArticleText {
            text: self.text.clone(),
            pending: self.pending.clone(),
            unavailable: AtomicBool::new(self.unavailable()),
        }
    }
}

impl fmt::Debug for ArticleText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.text.get() {
            Some(t) => fmt::Debug::fmt(t, f),
            None => write!(f, "(not read yet)"),
        }
    }
}

impl fmt::Display for ArticleText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for ArticleText {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for ArticleText {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq for ArticleText {
    fn eq(&self, other: &ArticleText) -> bool {
        self.as_str() == other.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_once_when_first_needed() {
        let reads = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let r = reads.clone();
        let t = ArticleText::lazy(
            Arc::new(move || {
                r.fetch_add(1, Ordering::Relaxed);
                Some("été".to_string())
            }),
            5,
            fingerprint("été"),
        );
        assert_eq!(t.fingerprint(), fingerprint("été"));
        assert!(!t.is_loaded());
        assert_eq!(reads.load(Ordering::Relaxed), 0);
        assert_eq!(&*t, "été");
        assert_eq!(t.len(), 5);
        assert!(t.is_loaded() && !t.unavailable());
        assert_eq!(reads.load(Ordering::Relaxed), 1);
    }

    #[test]
    fn a_changed_or_missing_file_gives_blanks_of_the_analysed_length() {
        let gone = ArticleText::lazy(Arc::new(|| None), 4, fingerprint("abcd"));
        assert_eq!(&*gone, "    ");
        assert!(gone.unavailable());
        let other = ArticleText::lazy(Arc::new(|| Some("longer text".into())), 4, 0);
        assert_eq!(&*other, "    ");
        assert!(other.unavailable());
        // same length, other content
        let edited = ArticleText::lazy(Arc::new(|| Some("abce".into())), 4, fingerprint("abcd"));
        assert_eq!(&*edited, "    ");
        assert!(edited.unavailable());
        assert!(!ArticleText::from("x".to_string()).unavailable());
    }
}

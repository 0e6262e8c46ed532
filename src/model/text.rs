//! Text primitives shared by the whole model: folding (case, accents,
//! ligatures, apostrophes, spaces), words, and offset conversion.
//!
//! **Offsets.** Every offset that leaves the model (entities, annotations,
//! hits) counts Unicode scalar values (`char`s) from the start of the article
//! text, the W3C Web Annotation convention. Byte offsets are used only inside
//! a function; [`CharMap`] converts between the two.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Appends the folded form of `c` to `out`: lowercase, no accents, ligatures
/// expanded (`œ`→`oe`, `æ`→`ae`, `ß`→`ss`), `ø`→`o`, `ł`→`l`, every
/// apostrophe is `'` and every space is `' '`.
#[inline]
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let i = c as usize;
    if (LATIN_FROM..LATIN_TO).contains(&i) {
        let (bytes, n) = LATIN.get_or_init(latin_folds)[i - LATIN_FROM];
        if n > 0 {
            // ASCII only (checked when the table is built)
            out.push_str(std::str::from_utf8(&bytes[..n as usize]).unwrap_or(""));
            return;
        }
    }
    fold_char_slow(c, out);
}

/// Latin-1 and Latin Extended-A, whose folds are looked up in a table
/// built once from [`fold_char_slow`] (accented text is mostly these).
const LATIN_FROM: usize = 0xC0;
const LATIN_TO: usize = 0x180;
type LatinFolds = [([u8; 3], u8); LATIN_TO - LATIN_FROM];
static LATIN: std::sync::OnceLock<LatinFolds> = std::sync::OnceLock::new();

/// The table: each char's fold when it is 1 to 3 ASCII bytes, else length 0
/// (the slow path is taken).
fn latin_folds() -> LatinFolds {
    let mut t = [([0u8; 3], 0u8); LATIN_TO - LATIN_FROM];
    let mut s = String::new();
    for (k, e) in t.iter_mut().enumerate() {
        let Some(c) = char::from_u32((LATIN_FROM + k) as u32) else {
            continue;
        };
        s.clear();
        fold_char_slow(c, &mut s);
        if s.is_ascii() && (1..=3).contains(&s.len()) {
            e.0[..s.len()].copy_from_slice(s.as_bytes());
            e.1 = s.len() as u8;
        }
    }
    t
}

fn fold_char_slow(c: char, out: &mut String) {
    match c {
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' | 'ẞ' => out.push_str("ss"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' => out.push('d'),
        'þ' | 'Þ' => out.push_str("th"),
        'ı' => out.push('i'),
        'ﬁ' => out.push_str("fi"),
        'ﬂ' => out.push_str("fl"),
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}' => out.push('\''),
        c if is_space(c) => out.push(' '),
        c => {
            for l in c.to_lowercase() {
                decompose_canonical(l, |d| {
                    if !is_combining_mark(d) {
                        out.push(d);
                    }
                });
            }
        }
    }
}

/// The folded form of a whole string (see [`fold_char_into`]).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char_into(c, &mut out);
    }
    out
}

/// Every kind of space: ASCII white space, no-break spaces, thin spaces.
#[inline]
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{FEFF}')
}

/// Whether `c` belongs to a word: letters, digits, and combining marks (so
/// that decomposed accents stay inside their word).
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if is_latin_letter(c) {
        // a fast path: the general tables are slow for accented text
        true
    } else {
        // U+02BC (ʼ) is a modifier letter, but French text uses it as an
        // apostrophe: `lʼentreprise` is two words, as with ’ and '
        (c.is_alphanumeric() && c != '\u{02BC}') || is_combining_mark(c)
    }
}

/// Whether `c` is one of the Latin-1 letters or Latin Extended-A/B (the
/// range U+00C0..=U+024F but × and ÷): all are alphabetic and none is
/// numeric, which lets accented text skip the Unicode tables.
#[inline]
pub fn is_latin_letter(c: char) -> bool {
    ('\u{C0}'..='\u{24F}').contains(&c) && c != '×' && c != '÷'
}

/// A word of a text: its byte range in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordSpan {
    pub start: usize,
    pub end: usize,
}

/// Iterates over the words of `text` (maximal runs of letters and digits),
/// giving byte ranges into `text`.
pub fn words(text: &str) -> impl Iterator<Item = WordSpan> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        // skip non-word characters
        while pos < bytes.len() {
            let b = bytes[pos];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    break;
                }
                pos += 1;
            } else {
                let c = text[pos..].chars().next()?;
                if is_word_char(c) {
                    break;
                }
                pos += c.len_utf8();
            }
        }
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        while pos < bytes.len() {
            let b = bytes[pos];
            if b < 0x80 {
                if !b.is_ascii_alphanumeric() {
                    break;
                }
                pos += 1;
            } else {
                let c = text[pos..].chars().next()?;
                if !is_word_char(c) {
                    break;
                }
                pos += c.len_utf8();
            }
        }
        Some(WordSpan { start, end: pos })
    })
}

/// The folded words of a string, in order (for queries and short fields).
pub fn folded_words(s: &str) -> Vec<String> {
    words(s).map(|w| fold(&s[w.start..w.end])).collect()
}

/// Counts the words of a text.
pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// Converts between char offsets and byte offsets of one text, in O(log n)
/// per query after an O(n) build. Checkpoints every 64 chars keep it small.
#[derive(Debug, Clone, Default)]
pub struct CharMap {
    /// byte offset of char 64*i
    checkpoints: Vec<u32>,
    len_chars: usize,
    ascii: bool,
}

const STRIDE: usize = 64;

impl CharMap {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharMap {
                checkpoints: Vec::new(),
                len_chars: text.len(),
                ascii: true,
            };
        }
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut n = 0usize;
        // chars start at the bytes that are not UTF-8 continuation bytes
        for (b, &byte) in text.as_bytes().iter().enumerate() {
            if byte & 0xC0 != 0x80 {
                if n.is_multiple_of(STRIDE) {
                    checkpoints.push(b as u32);
                }
                n += 1;
            }
        }
        CharMap {
            checkpoints,
            len_chars: n,
            ascii: false,
        }
    }

    /// Number of chars in the text.
    pub fn len_chars(&self) -> usize {
        self.len_chars
    }

    /// Byte offset of char offset `c` (clamped to the end of `text`).
    pub fn byte_of(&self, text: &str, c: usize) -> usize {
        if self.ascii {
            return c.min(text.len());
        }
        if c >= self.len_chars {
            return text.len();
        }
        let base = self.checkpoints[c / STRIDE] as usize;
        let rest = c % STRIDE;
        match text[base..].char_indices().nth(rest) {
            Some((b, _)) => base + b,
            None => text.len(),
        }
    }

    /// Char offset of byte offset `b` (rounded down to a char boundary).
    pub fn char_of(&self, text: &str, b: usize) -> usize {
        if self.ascii {
            return b.min(text.len());
        }
        let mut b = b.min(text.len());
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        let i = match self.checkpoints.binary_search(&(b as u32)) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let base = self.checkpoints[i] as usize;
        i * STRIDE + text[base..b].chars().count()
    }
}

/// Char offset of a byte offset, without a [`CharMap`] (O(n)).
pub fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].chars().count()
}

/// Byte offset of a char offset, without a [`CharMap`] (O(n)).
pub fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map(|(b, _)| b)
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_ligatures_and_apostrophes() {
        assert_eq!(fold("États-Unis"), "etats-unis");
        assert_eq!(fold("Œuvre cœur"), "oeuvre coeur");
        assert_eq!(fold("Straße Øre Łódź"), "strasse ore lodz");
        assert_eq!(fold("l’e-commerce"), "l'e-commerce");
        assert_eq!(fold("45\u{a0}%\u{202f}!"), "45 % !");
        // decomposed input folds the same as composed input
        assert_eq!(fold("Me\u{301}diame\u{301}trie"), "mediametrie");
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let t = "Le «Aldi» d’e-commerce: 40.000 Mail.ru";
        let w: Vec<&str> = words(t).map(|w| &t[w.start..w.end]).collect();
        assert_eq!(
            w,
            [
                "Le", "Aldi", "d", "e", "commerce", "40", "000", "Mail", "ru"
            ]
        );
        assert_eq!(folded_words("Côte d’Ivoire"), ["cote", "d", "ivoire"]);
    }

    #[test]
    fn the_latin_fold_table_agrees_with_the_slow_path() {
        for c in '\u{80}'..='\u{24F}' {
            let (mut fast, mut slow) = (String::new(), String::new());
            fold_char_into(c, &mut fast);
            fold_char_slow(c, &mut slow);
            assert_eq!(fast, slow, "{c:?}");
        }
        assert_eq!(fold("ÉÀÇÔœÿ"), "eacooey");
    }

    #[test]
    fn the_latin_fast_path_agrees_with_the_unicode_tables() {
        for c in '\u{80}'..='\u{2FF}' {
            let general = (c.is_alphanumeric() && c != '\u{02BC}') || is_combining_mark(c);
            assert_eq!(is_word_char(c), general, "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn char_map_round_trips() {
        let t = "é".repeat(200) + "abc" + &"€".repeat(100);
        let m = CharMap::new(&t);
        assert_eq!(m.len_chars(), 303);
        for c in 0..=303 {
            let b = m.byte_of(&t, c);
            assert_eq!(b, byte_offset(&t, c));
            assert_eq!(m.char_of(&t, b), c);
        }
        let a = CharMap::new("plain");
        assert_eq!(a.byte_of("plain", 3), 3);
        assert_eq!(a.char_of("plain", 9), 5);
    }
}

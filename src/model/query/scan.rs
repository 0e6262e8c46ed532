//! Pattern matching by a scan of one text: fold word by word (no folded
//! copy of the text) and run a shift-and automaton over the words.

use crate::model::text;
use std::ops::Range;

/// Longest phrase, in words, that the automaton tracks; longer phrases are
/// cut (their first 64 words must match).
const MAX_WORDS: usize = 64;

/// Calls `hit(first_word_start, last_word_end)` for every place where
/// `words` matches consecutive words of `text`; stops when `hit` returns
/// false.
fn scan(text: &str, words: &[String], mut hit: impl FnMut(usize, usize) -> bool) {
    let words = &words[..words.len().min(MAX_WORDS)];
    let Some((last, head)) = words.split_last() else {
        return;
    };
    let k = head.len();
    // bit j set: words[..j] matched, ending at the previous word
    let mut states: u64 = 0;
    // starts of the last k words, to report where a phrase began
    let mut starts: Vec<usize> = Vec::with_capacity(k + 1);
    let mut buf = String::with_capacity(32);
    for span in text::words(text) {
        buf.clear();
        for c in text[span.start..span.end].chars() {
            text::fold_char_into(c, &mut buf);
        }
        if k > 0 {
            if starts.len() > k {
                starts.remove(0);
            }
            starts.push(span.start);
        }
        let active = states | 1;
        if active & (1 << k) != 0 && buf.starts_with(last.as_str()) {
            let begin = if k == 0 { span.start } else { starts[0] };
            if !hit(begin, span.end) {
                return;
            }
        }
        let mut next = 0u64;
        for (j, w) in head.iter().enumerate() {
            if active & (1 << j) != 0 && buf == *w {
                next |= 1 << (j + 1);
            }
        }
        states = next;
    }
}

/// Whether `words` (folded) match consecutive words of `text`.
pub fn pattern_in(text: &str, words: &[String]) -> bool {
    let mut found = false;
    scan(text, words, |_, _| {
        found = true;
        false
    });
    found
}

/// The byte ranges of `text` where `words` match (whole words).
pub fn pattern_ranges(text: &str, words: &[String]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    scan(text, words, |s, e| {
        out.push(s..e);
        true
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Vec<String> {
        text::folded_words(s)
    }

    #[test]
    fn phrases_match_consecutive_words_last_a_prefix() {
        assert!(pattern_in("Les États-Unis et la Chine", &w("etats un")));
        assert!(!pattern_in("Les États et les Unis", &w("etats unis")));
        assert!(pattern_in("a a a b", &w("a a b")));
        assert!(!pattern_in("alibabas", &w("alibaba s")));
        let t = "Le géant chinois, le géant américain";
        let r = pattern_ranges(t, &w("geant ch"));
        assert_eq!((r.len(), &t[r[0].clone()]), (1, "géant chinois"));
        assert_eq!(pattern_ranges(t, &w("gé")).len(), 2);
    }
}

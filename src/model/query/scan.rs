//! Pattern matching by a scan of one text: fold word by word (no folded
//! copy of the text) and run a shift-and automaton over the words.

use crate::model::text;
use std::ops::Range;

/// Longest phrase, in words, that the automaton tracks (one bit per word);
/// longer phrases are matched by [`scan_long`].
const MAX_WORDS: usize = 64;

/// Calls `hit(first_word_start, last_word_end)` for every place where
/// `words` matches consecutive words of `text`; stops when `hit` returns
/// false. Words that fold to nothing (a lone combining mark) are not
/// words.
/// With `exact`, the last word must be whole too (`'word`).
fn scan(text: &str, words: &[String], exact: bool, mut hit: impl FnMut(usize, usize) -> bool) {
    if words.len() > MAX_WORDS {
        return scan_long(text, words, exact, hit);
    }
    let Some((last, head)) = words.split_last() else {
        return;
    };
    if head.is_empty() && !last.is_empty() {
        return scan_word(text, last, exact, hit);
    }
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
        if buf.is_empty() {
            continue;
        }
        if k > 0 {
            if starts.len() > k {
                starts.remove(0);
            }
            starts.push(span.start);
        }
        let active = states | 1;
        let last_ok = if exact {
            buf == *last
        } else {
            buf.starts_with(last.as_str())
        };
        if active & (1 << k) != 0 && last_ok {
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

/// [`scan`] for one (non-empty) word: only the words whose first char can
/// fold to what `word` starts with are folded. An ASCII char folds to
/// itself in lower case, so a word that starts with an ASCII char other
/// than `word`'s first byte (in either case) cannot match; a word that
/// starts with any other char is folded and compared, as every word is in
/// [`scan`]. Words are the runs of word chars, as [`text::words`] cuts
/// them: a candidate char starts one when the char before it is no word
/// char.
fn scan_word(text: &str, word: &str, exact: bool, mut hit: impl FnMut(usize, usize) -> bool) {
    let first = word.as_bytes()[0];
    let bytes = text.as_bytes();
    let mut buf = String::with_capacity(32);
    let mut pos = 0;
    while pos < bytes.len() {
        let b = bytes[pos];
        // an ASCII char that folds to `first`, or the first byte of any
        // other char (not a continuation byte)
        let candidate = if b < 0x80 {
            b.to_ascii_lowercase() == first
        } else {
            b >= 0xC0
        };
        if !candidate {
            pos += 1;
            continue;
        }
        let Some(c) = text[pos..].chars().next() else {
            return;
        };
        let starts_word = text::is_word_char(c)
            && !text[..pos]
                .chars()
                .next_back()
                .is_some_and(text::is_word_char);
        if !starts_word {
            pos += c.len_utf8();
            continue;
        }
        let end = pos
            + text[pos..]
                .char_indices()
                .find(|&(_, c)| !text::is_word_char(c))
                .map_or(text.len() - pos, |(i, _)| i);
        buf.clear();
        for c in text[pos..end].chars() {
            text::fold_char_into(c, &mut buf);
        }
        let ok = if exact {
            buf == word
        } else {
            buf.starts_with(word)
        };
        if ok && !hit(pos, end) {
            return;
        }
        pos = end;
    }
}

/// [`scan`] for phrases longer than the automaton: fold every word, then
/// compare at each position.
fn scan_long(text: &str, words: &[String], exact: bool, mut hit: impl FnMut(usize, usize) -> bool) {
    let folded: Vec<(usize, usize, String)> = text::words(text)
        .map(|w| (w.start, w.end, text::fold(&text[w.start..w.end])))
        .filter(|(_, _, f)| !f.is_empty())
        .collect();
    let Some((last, head)) = words.split_last() else {
        return;
    };
    for at in folded.windows(words.len()) {
        let (end, tail) = at.split_last().expect("windows are not empty");
        if tail.iter().zip(head).all(|(t, w)| t.2 == *w)
            && (if exact {
                end.2 == *last
            } else {
                end.2.starts_with(last.as_str())
            })
            && !hit(at[0].0, end.1)
        {
            return;
        }
    }
}

/// Whether `words` (folded) match consecutive words of `text`.
pub fn pattern_in(text: &str, words: &[String]) -> bool {
    matches_in(text, words, false)
}

/// The byte ranges of `text` where `words` match (whole words).
pub fn pattern_ranges(text: &str, words: &[String]) -> Vec<Range<usize>> {
    ranges_in(text, words, false)
}

/// [`pattern_in`], the last word whole when `exact`.
pub(crate) fn matches_in(text: &str, words: &[String], exact: bool) -> bool {
    let mut found = false;
    scan(text, words, exact, |_, _| {
        found = true;
        false
    });
    found
}

/// [`pattern_ranges`], the last word whole when `exact`.
pub(crate) fn ranges_in(text: &str, words: &[String], exact: bool) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    scan(text, words, exact, |s, e| {
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

    /// The one-word scan finds what folding every word finds.
    #[test]
    fn one_word_scans_find_what_folding_every_word_finds() {
        let mut texts: Vec<String> = crate::model::corpus::EMBEDDED
            .iter()
            .map(|(_, t)| t.to_string())
            .collect();
        texts.extend(
            [
                "Marché, MARCHÉ marche\u{301} ma\u{301}rché; lʼentreprise l'État Ça",
                "\u{301}march \u{301}\u{301} x\u{301}y ﬁn ½ ²³ 10\u{a0}000 € Ｍarché Москва москвы",
                "a-b-c... 3.5-4 -x- x.y.z. .net œuvre Œuvre æ",
                "",
                "m",
                "é",
            ]
            .map(String::from),
        );
        let by_folding = |t: &str, w: &str, exact: bool| -> Vec<Range<usize>> {
            text::words(t)
                .filter(|s| {
                    let f = text::fold(&t[s.start..s.end]);
                    !f.is_empty() && if exact { f == w } else { f.starts_with(w) }
                })
                .map(|s| s.start..s.end)
                .collect()
        };
        let mut found = 0;
        for t in &texts {
            let mut words: Vec<String> = text::folded_words(t);
            words.extend(
                ["m", "ma", "march", "marche", "e", "oe", "1", "мо", "z"].map(String::from),
            );
            for w in words.iter().filter(|w| !w.is_empty()) {
                for cut in [1, 2, 3, usize::MAX] {
                    let end = w.char_indices().nth(cut).map_or(w.len(), |(i, _)| i);
                    let w = &w[..end];
                    for exact in [false, true] {
                        let want = by_folding(t, w, exact);
                        assert_eq!(
                            ranges_in(t, &[w.to_string()], exact),
                            want,
                            "{w:?} in {t:?}"
                        );
                        found += want.len();
                    }
                }
            }
        }
        assert!(found > 1000);
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

    #[test]
    fn long_phrases_match_all_their_words() {
        let text: Vec<String> = (0..80).map(|i| format!("w{i}")).collect();
        let t = text.join(" ");
        assert!(pattern_in(&t, &text[3..73]));
        assert!(pattern_in(&t, &w(&format!("{} w7", text[..70].join(" ")))));
        assert!(!pattern_in(
            &t,
            &text[3..72]
                .iter()
                .chain(&text[..1])
                .cloned()
                .collect::<Vec<_>>()
        ));
        assert!(!pattern_in(&text[..64].join(" "), &text[..70]));
        let r = pattern_ranges(&t, &text[10..80]);
        assert_eq!(&t[r[0].clone()], text[10..80].join(" "));
    }

    #[test]
    fn exact_patterns_want_the_last_word_whole() {
        assert!(matches_in("la Chine et l'Inde", &w("chine"), true));
        assert!(!matches_in("les Chinois", &w("chin"), true));
        assert!(!matches_in("les Chinois", &w("chine"), true));
        assert!(matches_in("les Chinois", &w("chin"), false));
        assert!(!matches_in("du géant chinois", &w("geant chin"), true));
        assert_eq!(
            ranges_in("géant chinois", &w("geant chinois"), true).len(),
            1
        );
    }

    #[test]
    fn lone_combining_marks_are_not_words() {
        assert!(pattern_in("le \u{301} géant chinois", &w("le geant")));
        assert!(!pattern_in("\u{301}", &[String::new()]));
    }
}

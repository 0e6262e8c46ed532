//! Many patterns matched in one pass over a text (issue 16): the text's
//! words are folded once, and each word is looked up among the patterns
//! that can start with it, instead of one scan of the text per pattern.
//! The hits are the ones [`super::scan`] gives for each pattern alone.

use super::Pattern;
use crate::model::text;
use std::collections::HashMap;

/// Patterns compiled for a one-pass match. Pattern `i` is the `i`-th given
/// to [`PatternSet::new`].
#[derive(Debug, Default)]
pub struct PatternSet {
    pats: Vec<Pattern>,
    /// First word → the patterns of two words or more that start with it
    /// (their first word must be whole).
    by_first: HashMap<String, Vec<u32>>,
    /// One-word patterns whose word must be whole (`'word`).
    single_exact: HashMap<String, Vec<u32>>,
    /// One-word patterns whose word may be a prefix.
    single_prefix: HashMap<String, Vec<u32>>,
}

/// Buffers reused between texts: the folded words, one string.
#[derive(Debug, Default)]
pub struct Scratch {
    folded: String,
    /// Per word of the text: its byte range in the text and in `folded`.
    spans: Vec<(usize, usize, usize, usize)>,
}

impl PatternSet {
    pub fn new<'p>(pats: impl IntoIterator<Item = &'p Pattern>) -> PatternSet {
        let mut set = PatternSet::default();
        for p in pats {
            let i = set.pats.len() as u32;
            set.pats.push(p.clone());
            let Some(first) = p.words.first() else {
                continue;
            };
            let map = match (p.words.len(), p.exact) {
                (1, true) => &mut set.single_exact,
                (1, false) => &mut set.single_prefix,
                _ => &mut set.by_first,
            };
            map.entry(first.clone()).or_default().push(i);
        }
        set
    }

    pub fn is_empty(&self) -> bool {
        self.pats.is_empty()
    }

    /// Calls `hit(pattern, first_word_start, last_word_end)` for every place
    /// where a pattern matches consecutive words of `text`, in the order of
    /// the words where they start; stops when `hit` returns false.
    pub fn scan(
        &self,
        text: &str,
        scratch: &mut Scratch,
        mut hit: impl FnMut(u32, usize, usize) -> bool,
    ) {
        if self.pats.is_empty() {
            return;
        }
        let Scratch { folded, spans } = scratch;
        folded.clear();
        spans.clear();
        for w in text::words(text) {
            let s = folded.len();
            for c in text[w.start..w.end].chars() {
                text::fold_char_into(c, folded);
            }
            // a lone combining mark folds to nothing: not a word
            if folded.len() > s {
                spans.push((w.start, w.end, s, folded.len()));
            }
        }
        let word = |i: usize| &folded[spans[i].2..spans[i].3];
        for i in 0..spans.len() {
            let w = word(i);
            let prefixes = w.char_indices().skip(1).map(|(b, _)| b).chain([w.len()]);
            let singles = self
                .single_exact
                .get(w)
                .into_iter()
                .chain(prefixes.filter_map(|b| self.single_prefix.get(&w[..b])))
                .flatten();
            for &id in singles {
                if !hit(id, spans[i].0, spans[i].1) {
                    return;
                }
            }
            for &id in self.by_first.get(w).into_iter().flatten() {
                let p = &self.pats[id as usize];
                let k = p.words.len();
                if i + k > spans.len() {
                    continue;
                }
                let (last, head) = p.words.split_last().expect("patterns are not empty");
                let end = word(i + k - 1);
                let ok = head[1..]
                    .iter()
                    .enumerate()
                    .all(|(j, h)| word(i + 1 + j) == h)
                    && if p.exact {
                        end == last
                    } else {
                        end.starts_with(last.as_str())
                    };
                if ok && !hit(id, spans[i].0, spans[i + k - 1].1) {
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pat(s: &str, exact: bool) -> Pattern {
        Pattern {
            words: text::folded_words(s),
            exact,
        }
    }

    /// Every pattern's hits are those of a scan for it alone.
    #[test]
    fn one_pass_finds_what_each_scan_finds() {
        let texts = [
            "Les États-Unis et la Chine, a a a b, le \u{301} géant chinois",
            "Le géant chinois, le géant américain; l’e-commerce d'Alibaba",
            "",
            "géant",
        ];
        let pats = [
            pat("etats un", false),
            pat("a a b", false),
            pat("a", false),
            pat("a", true),
            pat("le geant", false),
            pat("geant ch", true),
            pat("geant chinois", true),
            pat("gé", false),
            pat("e commerce d", false),
            pat("chine", true),
            pat("zzz", false),
        ];
        let set = PatternSet::new(&pats);
        let mut scratch = Scratch::default();
        for t in texts {
            let mut got: Vec<Vec<(usize, usize)>> = vec![Vec::new(); pats.len()];
            set.scan(t, &mut scratch, |i, s, e| {
                got[i as usize].push((s, e));
                true
            });
            for (i, p) in pats.iter().enumerate() {
                let want: Vec<(usize, usize)> =
                    p.ranges(t).into_iter().map(|r| (r.start, r.end)).collect();
                assert_eq!(got[i], want, "{p:?} in {t:?}");
            }
        }
    }
}

//! Cursor motions over an article's text, vim style: words (`w` `b` `e`),
//! sentences (`(` `)`), paragraphs (`{` `}`). Positions are byte offsets
//! into the text, always on char boundaries; callers convert to chars at
//! the model's edge.

use super::text::is_word_char;

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

fn next_boundary(text: &str, i: usize) -> usize {
    char_at(text, i).map_or(text.len(), |c| i + c.len_utf8())
}

fn prev_boundary(text: &str, i: usize) -> usize {
    text[..i].char_indices().next_back().map_or(0, |(j, _)| j)
}

/// Start of the next word after `i` (`w`).
pub fn word_next(text: &str, i: usize) -> usize {
    let mut j = i;
    while let Some(c) = char_at(text, j).filter(|&c| is_word_char(c)) {
        j += c.len_utf8();
    }
    while let Some(c) = char_at(text, j).filter(|&c| !is_word_char(c)) {
        j += c.len_utf8();
    }
    if j >= text.len() { i } else { j }
}

/// Start of the word before `i` (`b`).
pub fn word_back(text: &str, i: usize) -> usize {
    let mut j = i;
    while j > 0 && !char_at(text, prev_boundary(text, j)).is_some_and(is_word_char) {
        j = prev_boundary(text, j);
    }
    while j > 0 && char_at(text, prev_boundary(text, j)).is_some_and(is_word_char) {
        j = prev_boundary(text, j);
    }
    j
}

/// Last char of the current or next word (`e`).
pub fn word_end(text: &str, i: usize) -> usize {
    let mut j = next_boundary(text, i);
    while let Some(c) = char_at(text, j).filter(|&c| !is_word_char(c)) {
        j += c.len_utf8();
    }
    if j >= text.len() {
        return i;
    }
    while char_at(text, next_boundary(text, j)).is_some_and(is_word_char) {
        j = next_boundary(text, j);
    }
    j
}

fn is_sentence_end(text: &str, i: usize) -> bool {
    matches!(char_at(text, i), Some('.' | '!' | '?' | '…'))
        && char_at(text, next_boundary(text, i))
            .is_none_or(|c| c.is_whitespace() || matches!(c, '»' | '"' | '”' | ')'))
}

/// Start of the next sentence (`)`): after `. ! ? …` and spaces, or the
/// next paragraph.
pub fn sentence_next(text: &str, paragraphs: &[(u32, u32)], i: usize) -> usize {
    let (_, pe) = paragraph_of(paragraphs, i);
    let mut j = i;
    while j < pe {
        if is_sentence_end(text, j) {
            let mut k = next_boundary(text, j);
            while let Some(c) = char_at(text, k).filter(|&c| {
                k < pe
                    && (c.is_whitespace()
                        || matches!(c, '»' | '"' | '”' | ')' | '\u{a0}' | '\u{202f}'))
            }) {
                k += c.len_utf8();
            }
            if k < pe {
                return k;
            }
            break;
        }
        j = next_boundary(text, j);
    }
    paragraph_next(paragraphs, i)
}

/// Start of the current sentence, or of the previous one when already at
/// a sentence start (`(`).
pub fn sentence_prev(text: &str, paragraphs: &[(u32, u32)], i: usize) -> usize {
    let (ps, _) = paragraph_of(paragraphs, i);
    let mut starts = vec![ps];
    let mut j = ps;
    while j < i {
        let n = sentence_next(text, paragraphs, j);
        if n >= i || n <= j || n >= paragraph_of(paragraphs, i).1 {
            break;
        }
        starts.push(n);
        j = n;
    }
    match starts.iter().rev().find(|&&s| s < i) {
        Some(&s) => s,
        None => paragraph_prev(paragraphs, i),
    }
}

/// The paragraph (byte range) holding `i`, or the nearest one.
pub fn paragraph_of(paragraphs: &[(u32, u32)], i: usize) -> (usize, usize) {
    let k = paragraphs.partition_point(|&(_, e)| (e as usize) < i);
    paragraphs
        .get(k)
        .or(paragraphs.last())
        .map_or((0, 0), |&(s, e)| (s as usize, e as usize))
}

/// Start of the next paragraph (`}`), or `i` in the last one.
pub fn paragraph_next(paragraphs: &[(u32, u32)], i: usize) -> usize {
    paragraphs
        .iter()
        .find(|&&(s, _)| s as usize > i)
        .map_or(i, |&(s, _)| s as usize)
}

/// Start of the current paragraph, or of the previous one when already at
/// a paragraph start (`{`).
pub fn paragraph_prev(paragraphs: &[(u32, u32)], i: usize) -> usize {
    paragraphs
        .iter()
        .rev()
        .find(|&&(s, _)| (s as usize) < i)
        .map_or(i, |&(s, _)| s as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: &str = "Le géant chinois. Il arrive ! Puis l’Europe.";

    #[test]
    fn word_motions() {
        assert_eq!(
            &T[word_next(T, 0)..],
            "géant chinois. Il arrive ! Puis l’Europe."
        );
        let g = word_next(T, 0);
        assert_eq!(word_end(T, g), g + "géan".len());
        assert_eq!(word_back(T, word_next(T, g)), g);
        assert_eq!(word_back(T, 0), 0);
        let last = T.rfind("Europe").unwrap();
        assert_eq!(word_next(T, last), last, "w at the last word stays");
    }

    #[test]
    fn sentence_and_paragraph_motions() {
        let ps = [(0u32, T.len() as u32)];
        let s2 = sentence_next(T, &ps, 0);
        assert!(T[s2..].starts_with("Il arrive"));
        let s3 = sentence_next(T, &ps, s2);
        assert!(T[s3..].starts_with("Puis"));
        assert_eq!(sentence_prev(T, &ps, s3), s2);
        assert_eq!(sentence_prev(T, &ps, s3 + 3), s3);
        let two = "Un.\n\nDeux.";
        let ps = [(0, 3), (5, 10)];
        assert_eq!(paragraph_next(&ps, 1), 5);
        assert_eq!(paragraph_prev(&ps, 7), 5);
        assert_eq!(paragraph_prev(&ps, 5), 0);
        assert_eq!(sentence_next(two, &ps, 0), 5);
    }
}

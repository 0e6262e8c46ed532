//! Word wrapping for the reading pane, by display width (`unicode-width`),
//! French-aware: a line never starts with `: ; ! ? » ” %` nor ends with
//! `« “`, and no-break spaces (U+00A0, U+202F) never break. Lines are byte
//! ranges into the original text, so the text is never rewritten.

use crate::sanitize::display_char;
use unicode_width::UnicodeWidthChar;

/// One wrapped line: a byte range into its source string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// Display width of a char as drawn (after sanitizing).
#[inline]
pub fn char_width(c: char) -> usize {
    match display_char(c) {
        None => 0,
        Some(d) => d.width().unwrap_or(0),
    }
}

/// Display width of a string as drawn.
pub fn str_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// A space where a line may break: not a no-break space, and not gluing
/// French punctuation to its word.
fn breakable(prev: Option<char>, c: char, next: Option<char>) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{2009}' | '\u{2002}' | '\u{2003}'
    ) && !matches!(next, Some(':' | ';' | '!' | '?' | '»' | '”' | '%' | '›'))
        && !matches!(prev, Some('«' | '“' | '‹'))
}

/// Wraps `text[range]` to `width` cells. Returns byte ranges (absolute in
/// `text`), trailing spaces excluded. Words longer than the width are cut.
pub fn wrap(text: &str, start: usize, end: usize, width: usize) -> Vec<Span> {
    let width = width.max(1);
    let s = &text[start..end];
    let mut out = Vec::new();
    let mut line_start = 0usize; // byte in s
    let mut line_w = 0usize;
    // last break opportunity: (byte of the space, width up to it)
    let mut last_break: Option<(usize, usize)> = None;
    let mut prev: Option<char> = None;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        if breakable(prev, c, next) {
            if line_w == 0 && i == line_start {
                // leading space on a new line: skip it
                line_start = i + c.len_utf8();
                prev = Some(c);
                continue;
            }
            last_break = Some((i, line_w));
            line_w += 1;
            prev = Some(c);
            continue;
        }
        let w = char_width(c);
        if line_w + w > width && line_w > 0 {
            match last_break {
                Some((b, _)) if b > line_start => {
                    out.push(Span {
                        start: (start + line_start) as u32,
                        end: (start + b) as u32,
                    });
                    // the new line starts after the space(s) at b
                    let mut ns = b;
                    while let Some(ch) = s[ns..].chars().next() {
                        if ns < i && breakable(None, ch, None) {
                            ns += ch.len_utf8();
                        } else {
                            break;
                        }
                    }
                    line_start = ns;
                    line_w = str_width(&s[line_start..i]);
                }
                _ => {
                    // a forced cut; never leave closing punctuation alone
                    // at the start of the next line
                    let mut cut = i;
                    if matches!(c, ':' | ';' | '!' | '?' | '»' | '”' | '%' | '›')
                        && let Some((pi, _)) = s[line_start..i].char_indices().next_back()
                        && pi > 0
                    {
                        cut = line_start + pi;
                    }
                    out.push(Span {
                        start: (start + line_start) as u32,
                        end: (start + cut) as u32,
                    });
                    line_start = cut;
                    line_w = str_width(&s[cut..i]);
                }
            }
            last_break = None;
        }
        line_w += w;
        prev = Some(c);
    }
    if line_start < s.len() || out.is_empty() {
        let tail = s[line_start..].trim_end_matches([' ', '\t', '\r', '\n']);
        out.push(Span {
            start: (start + line_start) as u32,
            end: (start + line_start + tail.len()) as u32,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(t: &str, w: usize) -> Vec<&str> {
        wrap(t, 0, t.len(), w)
            .into_iter()
            .map(|s| &t[s.start as usize..s.end as usize])
            .collect()
    }

    #[test]
    fn wraps_at_spaces_within_width() {
        assert_eq!(
            lines("un deux trois quatre", 9),
            ["un deux", "trois", "quatre"]
        );
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(lines("", 10), [""]);
    }

    #[test]
    fn french_punctuation_stays_glued() {
        let t = "Alibaba : enfin un concurrent « made in china » pour Amazon ?";
        for w in 5..40 {
            for l in lines(t, w) {
                assert!(
                    !l.starts_with([':', '»', '?']) && !l.ends_with('«'),
                    "width {w}: bad line {l:?}"
                );
            }
        }
        let nb = "prix\u{a0}:\u{202f}4\u{a0}000\u{a0}euros";
        assert_eq!(
            lines(nb, 8).len(),
            3,
            "no-break spaces never break, long words are cut"
        );
    }

    #[test]
    fn wide_chars_count_two_cells() {
        assert_eq!(lines("日本語 日本語", 6), ["日本語", "日本語"]);
        for l in lines("日本語日本語日本", 5) {
            assert!(str_width(l) <= 5);
        }
    }
}

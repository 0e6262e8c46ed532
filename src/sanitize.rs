//! Making text from files safe to show on a terminal.
//!
//! Article text may carry escape sequences, C0/C1 controls, bidi overrides
//! or zero-width characters. Nothing from a file reaches the terminal raw:
//! every string a view draws goes through [`display_char`] or [`clean`].

use std::borrow::Cow;

/// What a char of article text is drawn as: itself, a replacement, or
/// nothing (`None`). Tabs become a space (the wrapper expands them).
#[inline]
pub fn display_char(c: char) -> Option<char> {
    match c {
        '\t' => Some(' '),
        // line ends, and the Unicode line and paragraph separators (which
        // terminals draw inconsistently)
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => Some(' '),
        // C0, DEL, C1 controls: a visible replacement
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Some('\u{FFFD}'),
        // bidi embeddings, overrides and isolates
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}' => None,
        // zero-width and invisible formatting characters, soft hyphen
        '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' => None,
        // narrow no-break space: drawn as a no-break space (same glue, width 1)
        '\u{202F}' => Some('\u{00A0}'),
        c => Some(c),
    }
}

/// Whether `s` is already safe to show as it is.
pub fn is_clean(s: &str) -> bool {
    // printable ASCII, the common case, is told byte by byte
    s.bytes().all(|b| (0x20..0x7f).contains(&b)) || s.chars().all(|c| display_char(c) == Some(c))
}

/// `s` with every char mapped through [`display_char`].
pub fn clean(s: &str) -> Cow<'_, str> {
    if is_clean(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter_map(display_char).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_never_pass() {
        let s = "a\u{1b}[2Jb\u{7}c\u{9b}d\u{202e}e\u{200b}f\u{2028}";
        let c = clean(s);
        assert!(!c.chars().any(|c| c.is_control()));
        assert_eq!(c, "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}def ");
        assert!(matches!(clean("plain « texte »"), Cow::Borrowed(_)));
    }
}

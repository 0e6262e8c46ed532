//! Small text helpers for views: safe, width-aware truncation.

use super::wrap::char_width;
use crate::sanitize::display_char;

/// `s` made safe for the terminal and cut to `width` cells, with `…` when
/// it was cut.
pub fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut w = 0;
    let total: usize = s.chars().map(char_width).sum();
    let limit = if total > width {
        width.saturating_sub(1)
    } else {
        width
    };
    for c in s.chars() {
        let Some(d) = display_char(c) else { continue };
        let cw = char_width(c);
        if w + cw > limit {
            break;
        }
        w += cw;
        out.push(d);
    }
    if total > width && width > 0 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_by_cells_and_sanitizes() {
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("abc", 4), "abc");
        assert_eq!(fit("日本語", 4), "日…");
        assert_eq!(fit("a\u{1b}[2J", 10), "a\u{FFFD}[2J");
    }
}

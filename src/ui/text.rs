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

/// Like [`fit`], as spans: the bytes of `s` inside `ranges` (sorted) get
/// `hl` patched over `base`.
pub fn fit_spans(
    s: &str,
    width: usize,
    ranges: &[std::ops::Range<usize>],
    base: ratatui::style::Style,
    hl: ratatui::style::Style,
) -> (Vec<ratatui::text::Span<'static>>, usize) {
    use ratatui::text::Span;
    let total: usize = s.chars().map(char_width).sum();
    let limit = if total > width {
        width.saturating_sub(1)
    } else {
        width
    };
    let mut spans = Vec::new();
    let mut cur = String::new();
    let mut cur_hl = false;
    let mut w = 0;
    for (i, c) in s.char_indices() {
        let Some(d) = display_char(c) else { continue };
        let cw = char_width(c);
        if w + cw > limit {
            break;
        }
        let inside = ranges.iter().any(|r| r.start <= i && i < r.end);
        if inside != cur_hl && !cur.is_empty() {
            let st = if cur_hl { base.patch(hl) } else { base };
            spans.push(Span::styled(std::mem::take(&mut cur), st));
        }
        cur_hl = inside;
        cur.push(d);
        w += cw;
    }
    if total > width && width > 0 {
        if !cur_hl {
            cur.push('…');
        } else {
            spans.push(Span::styled(std::mem::take(&mut cur), base.patch(hl)));
            cur.push('…');
            cur_hl = false;
        }
        w += 1;
    }
    if !cur.is_empty() {
        spans.push(Span::styled(
            cur,
            if cur_hl { base.patch(hl) } else { base },
        ));
    }
    (spans, w)
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

//! The reading cursor: motions (lines, words, sentences, paragraphs), the
//! visual selection, and starting an annotation from them.

use super::{annotate, info};
use crate::action::Action;
use crate::model::motion;

use crate::state::{AppState, LineKind};
use crate::wrap::char_width;

/// Handles an action of the focused reader; false when it is not a reader
/// action (the caller then handles it).
pub fn reader_action(s: &mut AppState, action: Action) -> bool {
    let Some(a) = s.view.reader.open else {
        return false;
    };
    if s.view.reader.cursor.is_none() {
        s.view.reader.cursor = s.doc.article(a).paragraphs.first().map(|p| p.0);
    }
    let Some(cur) = s.view.reader.cursor.map(|c| c as usize) else {
        return false;
    };
    let art = s.doc.article(a);
    let (text, paras) = (&art.text, &art.paragraphs);
    let page = s.view.panes.reader_height().max(2) as isize;
    let new = match action {
        Action::Down => by_lines(s, cur, 1),
        Action::Up => by_lines(s, cur, -1),
        Action::HalfPageDown => scroll_with(s, cur, page / 2),
        Action::HalfPageUp => scroll_with(s, cur, -(page / 2)),
        Action::PageDown => scroll_with(s, cur, page),
        Action::PageUp => scroll_with(s, cur, -page),
        Action::Top => paras.first().map_or(cur, |p| p.0 as usize),
        Action::Bottom => s
            .view
            .reader
            .wrap
            .as_ref()
            .and_then(|w| {
                w.lines
                    .iter()
                    .rev()
                    .find(|l| matches!(l.kind, LineKind::Text(_)))
            })
            .map_or(cur, |l| l.span.start as usize),
        Action::WordNext => motion::word_next(text, cur),
        Action::WordBack => motion::word_back(text, cur),
        Action::WordEnd => motion::word_end(text, cur),
        Action::SentenceNext => motion::sentence_next(text, paras, cur),
        Action::SentencePrev => motion::sentence_prev(text, paras, cur),
        Action::ParagraphNext => motion::paragraph_next(paras, cur),
        Action::ParagraphPrev => motion::paragraph_prev(paras, cur),
        Action::LineStart => line_edge(s, cur, false),
        Action::LineEnd => line_edge(s, cur, true),
        Action::ToggleSelect => {
            s.view.reader.select_from = match s.view.reader.select_from {
                Some(_) => None,
                None => Some(cur as u32),
            };
            s.view.status.message = s.view.reader.select_from.map(|_| {
                info("selecting: move to extend, a annotate, h highlight, Esc cancel".into())
            });
            return true;
        }
        Action::Back if s.view.reader.select_from.is_some() => {
            s.view.reader.select_from = None;
            return true;
        }
        Action::Annotate | Action::Highlight => {
            let (start, end) = s.selection_chars(a, cur);
            s.view.reader.select_from = None;
            annotate::start(s, a, start, end, action == Action::Highlight);
            return true;
        }
        Action::ArticleNote => {
            annotate::start_article_note(s, a);
            return true;
        }
        _ => return false,
    };
    s.view.reader.cursor = Some(new as u32);
    if action == Action::Top {
        // show the title too
        s.view.reader.top = 0;
    }
    s.follow_cursor();
    true
}

/// The byte at display column `col` of reader line `li`.
fn byte_at_col(s: &AppState, li: usize, col: usize) -> usize {
    let (Some(w), Some(a)) = (&s.view.reader.wrap, s.view.reader.open) else {
        return 0;
    };
    let l = w.lines[li];
    let text = &s.doc.article(a).text[l.span.start as usize..l.span.end as usize];
    let mut c = 0;
    for (i, ch) in text.char_indices() {
        let cw = char_width(ch);
        if c + cw > col {
            return l.span.start as usize + i;
        }
        c += cw;
    }
    // last char of the line
    text.char_indices()
        .next_back()
        .map_or(l.span.start as usize, |(i, _)| l.span.start as usize + i)
}

fn col_of(s: &AppState, li: usize, b: usize) -> usize {
    let (Some(w), Some(a)) = (&s.view.reader.wrap, s.view.reader.open) else {
        return 0;
    };
    let l = w.lines[li];
    let text = &s.doc.article(a).text;
    text[l.span.start as usize..b.max(l.span.start as usize)]
        .chars()
        .map(char_width)
        .sum()
}

/// Moves the cursor `delta` text lines, keeping its column.
fn by_lines(s: &AppState, cur: usize, delta: isize) -> usize {
    let Some(w) = &s.view.reader.wrap else {
        return cur;
    };
    let Some(li) = s.line_of_byte(cur) else {
        return cur;
    };
    let col = col_of(s, li, cur);
    let mut target = li;
    let mut left = delta.unsigned_abs();
    let mut i = li as isize;
    while left > 0 {
        i += delta.signum();
        if i < 0 || i as usize >= w.lines.len() {
            break;
        }
        if matches!(w.lines[i as usize].kind, LineKind::Text(_)) {
            target = i as usize;
            left -= 1;
        }
    }
    byte_at_col(s, target, col)
}

/// Scrolls the view by `delta` lines and moves the cursor along.
fn scroll_with(s: &mut AppState, cur: usize, delta: isize) -> usize {
    let (total, h) = s.reader_extent();
    let max = total.saturating_sub(h.max(1)) as isize;
    s.view.reader.top = (s.view.reader.top as isize + delta).clamp(0, max.max(0)) as usize;
    s.clamp_reader();
    by_lines(s, cur, delta)
}

fn line_edge(s: &AppState, cur: usize, end: bool) -> usize {
    let (Some(w), Some(li)) = (&s.view.reader.wrap, s.line_of_byte(cur)) else {
        return cur;
    };
    let l = w.lines[li];
    if end {
        byte_at_col(s, li, usize::MAX)
    } else {
        l.span.start as usize
    }
}

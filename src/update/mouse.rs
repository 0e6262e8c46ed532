//! Mouse input (only with `--mouse`): wheel scrolls the pane under the
//! pointer, a click selects an article or places the reading cursor, a drag
//! in the reader selects a passage.

use super::{keep_visible, open_article, update};
use crate::action::Action;
use crate::state::{AppState, Focus, LineKind};
use crate::wrap::char_width;
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

fn inside(r: Rect, x: u16, y: u16) -> bool {
    r.contains(Position { x, y })
}

pub fn mouse(s: &mut AppState, ev: MouseEvent) {
    if s.view.help.is_some() || s.view.editor.current.is_some() || s.view.annotations.list.is_some()
    {
        return;
    }
    let p = s.view.panes;
    let (x, y) = (ev.column, ev.row);
    let pane = if inside(p.list, x, y) {
        Focus::List
    } else if inside(p.reader, x, y) {
        Focus::Reader
    } else if inside(p.sidebar, x, y) {
        Focus::Sidebar
    } else {
        return;
    };
    match ev.kind {
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp if pane == Focus::Reader => {
            let (total, h) = s.reader_extent();
            let max = total.saturating_sub(h.max(1));
            let top = s.view.reader.top;
            s.view.reader.top = if ev.kind == MouseEventKind::ScrollDown {
                (top + 3).min(max)
            } else {
                top.saturating_sub(3)
            };
            s.clamp_reader();
            // keep the cursor on screen
            if let (Some(c), Some(w)) = (s.view.reader.cursor, &s.view.reader.wrap) {
                let li = s.line_of_byte(c as usize).unwrap_or(0);
                let (lo, hi) = (s.view.reader.top, s.view.reader.top + h.max(1));
                if li < lo || li >= hi {
                    let want = if li < lo { lo } else { hi - 1 };
                    let pick = (want..hi.min(w.lines.len()))
                        .chain((lo..want).rev())
                        .find(|&i| matches!(w.lines[i].kind, LineKind::Text(_)));
                    if let Some(i) = pick {
                        s.view.reader.cursor = Some(w.lines[i].span.start);
                    }
                }
            }
            s.view.focus = Focus::Reader;
            return;
        }
        MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
            let before = s.view.focus;
            s.view.focus = pane;
            let a = if ev.kind == MouseEventKind::ScrollDown {
                Action::Down
            } else {
                Action::Up
            };
            for _ in 0..3 {
                update(s, a);
            }
            if pane != Focus::Reader {
                s.view.focus = before;
            }
        }
        MouseEventKind::Down(MouseButton::Left) => {
            s.view.focus = pane;
            match pane {
                Focus::List => {
                    let row = (y.saturating_sub(p.list.y + 1) / 2) as usize + s.view.list.offset;
                    if row < s.doc.visible.len() {
                        s.view.list.sel = row;
                        open_article(s, s.doc.visible[row]);
                        s.view.focus = Focus::List;
                    }
                }
                Focus::Reader => {
                    if let Some(b) = byte_at(s, x, y) {
                        s.view.reader.cursor = Some(b);
                        s.view.reader.select_from = None;
                    }
                }
                _ => {}
            }
        }
        MouseEventKind::Drag(MouseButton::Left) if pane == Focus::Reader => {
            if let Some(b) = byte_at(s, x, y) {
                if s.view.reader.select_from.is_none() {
                    s.view.reader.select_from = s.view.reader.cursor;
                }
                s.view.reader.cursor = Some(b);
            }
        }
        _ => {}
    }
    s.refresh();
    keep_visible(s);
    s.follow_cursor();
}

/// The byte of the open article's text under screen cell (x, y).
fn byte_at(s: &AppState, x: u16, y: u16) -> Option<u32> {
    let (a, w) = (s.view.reader.open?, s.view.reader.wrap.as_ref()?);
    let r = s.view.panes.reader;
    let li = s.view.reader.top + y.checked_sub(r.y + 1)? as usize;
    let l = w.lines.get(li)?;
    if !matches!(l.kind, LineKind::Text(_)) {
        return None;
    }
    let col = x.checked_sub(r.x + 2 + l.indent)? as usize;
    let text = &s.doc.article(a).text[l.span.start as usize..l.span.end as usize];
    let mut c = 0;
    let mut last = 0;
    for (i, ch) in text.char_indices() {
        last = i;
        let cw = char_width(ch);
        if c + cw > col {
            return Some(l.span.start + i as u32);
        }
        c += cw;
    }
    Some(l.span.start + last as u32)
}

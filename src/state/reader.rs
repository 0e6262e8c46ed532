//! The reading pane's caches: wrapped lines per width, the reading
//! position kept across resizes, and the highlighted ranges (annotations,
//! entity mentions, filter hits).

use super::*;
use crate::model::convert::{BlockKind, InlineKind};

impl AppState {
    /// Shows article `a` (or none) in the reading pane, at the place it was
    /// left earlier in the session (else its top), and remembers where the
    /// article it replaces was.
    pub fn show(&mut self, a: Option<u32>) {
        if self.view.reader.open == a {
            return;
        }
        if let Some(old) = self.view.reader.open {
            let at = (self.view.reader.anchor, self.view.reader.cursor);
            self.view.reader.positions.insert(old, at);
        }
        let (mut anchor, cursor) = a
            .and_then(|a| self.view.reader.positions.get(&a).copied())
            .unwrap_or((None, None));
        // left at its first line: it comes back from the top, title shown
        if let (Some(a), Some((p, off))) = (a, anchor)
            && p == 0
            && self
                .doc
                .article(a)
                .paragraphs
                .first()
                .is_none_or(|f| off <= f.0)
        {
            anchor = None;
        }
        self.view.reader.open = a;
        self.view.reader.select_from = None;
        self.view.reader.top = 0;
        self.view.reader.anchor = anchor;
        self.view.reader.cursor =
            cursor.or_else(|| a.and_then(|a| self.doc.article(a).paragraphs.first().map(|p| p.0)));
    }

    /// Recomputes the highlighted ranges of the open article: mentions of
    /// the selected entity, then filter hits.
    pub(super) fn ensure_marks(&mut self) {
        let Some(a) = self.view.reader.open else {
            self.view.reader.marks.clear();
            self.view.reader.marks_key = None;
            return;
        };
        let ent = self
            .selected_entity()
            .map(|r| (r.kind, r.canonical.clone()));
        let key = (
            a,
            ent,
            self.doc.filter.input.clone(),
            self.notes.generation(),
        );
        if self.view.reader.marks_key.as_ref() == Some(&key) {
            return;
        }
        let art = self.doc.article(a);
        let map = crate::model::text::CharMap::new(&art.text);
        let mut marks = Vec::new();
        // the article's own styling first: everything else is drawn over it
        if let Some(st) = &art.structure {
            for r in &st.inlines {
                marks.push(Mark {
                    start: r.start,
                    end: r.end,
                    slot: match r.kind {
                        InlineKind::Emphasis => "reader.emphasis",
                        InlineKind::Strong => "reader.strong",
                        InlineKind::Code => "reader.code",
                        InlineKind::Link(_) => "reader.link",
                    },
                });
            }
        }
        let anchors = self.view.annotations.anchors.of(&self.doc, &self.notes, a);
        for (id, an) in anchors {
            if an.status == Status::Orphan {
                continue;
            }
            let label = self.notes.get(id).map_or("yellow", |n| n.label.as_str());
            marks.push(Mark {
                start: map.byte_of(&art.text, an.start) as u32,
                end: map.byte_of(&art.text, an.end) as u32,
                slot: label_slot(label),
            });
        }
        if let Some((kind, canonical)) = &key.1 {
            for m in art
                .entities
                .iter()
                .filter(|m| m.kind == *kind && art.canonical(m) == canonical)
            {
                marks.push(Mark {
                    start: map.byte_of(&art.text, m.start as usize) as u32,
                    end: map.byte_of(&art.text, m.end as usize) as u32,
                    slot: "entity.mention",
                });
            }
        }
        let q = &self.doc.filter.query;
        if !q.is_empty() {
            for r in q.body_highlights(art, &map) {
                marks.push(Mark {
                    start: r.start as u32,
                    end: r.end as u32,
                    slot: "match",
                });
            }
        }
        marks.sort_by_key(|m| (m.start, m.end));
        self.view.reader.marks = marks;
        self.view.reader.marks_key = Some(key);
    }

    /// Text width of the reading pane.
    pub fn reader_width(&self) -> u16 {
        self.view.panes.reader_text_width().clamp(8, READ_WIDTH)
    }

    pub(super) fn ensure_wrap(&mut self) {
        let Some(a) = self.view.reader.open else {
            self.view.reader.wrap = None;
            return;
        };
        let width = self.reader_width();
        if let Some(w) = &self.view.reader.wrap
            && w.article == a
            && w.width == width
        {
            return;
        }
        let anchor = self.view.reader.anchor;
        let lines = wrap_article(&self.doc, a, width as usize);
        self.view.reader.wrap = Some(WrapCache {
            article: a,
            width,
            lines,
        });
        self.view.reader.top = match anchor {
            Some((p, off)) => self.line_of(p, off),
            None => 0,
        };
        // keep the anchor itself unless the position had to move
        let top = self.view.reader.top;
        self.clamp_reader();
        if self.view.reader.top == top && anchor.is_some() {
            self.view.reader.anchor = anchor;
        }
    }

    /// The reader line that shows paragraph `p` at byte offset `off`.
    pub fn line_of(&self, p: u32, off: u32) -> usize {
        let Some(w) = &self.view.reader.wrap else {
            return 0;
        };
        w.lines
            .iter()
            .rposition(
                |l| matches!(l.kind, LineKind::Text(q) if q < p || (q == p && l.span.start <= off)),
            )
            .unwrap_or(0)
    }

    /// Number of reader lines and the visible height.
    pub fn reader_extent(&self) -> (usize, usize) {
        let total = self.view.reader.wrap.as_ref().map_or(0, |w| w.lines.len());
        (total, self.view.panes.reader_height() as usize)
    }

    pub fn clamp_reader(&mut self) {
        let (total, h) = self.reader_extent();
        let max = total.saturating_sub(h.max(1));
        if self.view.reader.top > max {
            self.view.reader.top = max;
        }
        self.view.reader.anchor = self.view.reader.wrap.as_ref().and_then(|w| {
            w.lines[self.view.reader.top..]
                .iter()
                .find_map(|l| match l.kind {
                    LineKind::Text(p) => Some((p, l.span.start)),
                    _ => None,
                })
        });
    }
}

pub fn meta_line(doc: &Document, a: u32) -> String {
    let art = doc.article(a);
    let mut parts = Vec::new();
    if let Some(s) = &art.meta.author {
        parts.push(s.clone());
    }
    if let Some(s) = &art.meta.source {
        parts.push(s.clone());
    }
    if let Some(d) = art.meta.date.as_ref().filter(|_| !art.meta.date_estimated) {
        parts.push(d.clone());
    }
    parts.push(format!("{} words", art.word_count));
    parts.push(format!("{} min", art.reading_minutes()));
    if art.lang != Lang::Unknown {
        parts.push(art.lang.code().to_string());
    }
    // a guess comes after what is known, and says so
    if let Some(k) = art.meta.date_key.filter(|_| art.meta.date_estimated) {
        parts.push(format!(
            "{} estimated from the dates it mentions",
            crate::model::calendar::key_label(k)
        ));
    }
    if art.lossy {
        parts.push("invalid UTF-8 replaced".to_string());
    }
    parts.push(art.rel.clone());
    if let Some(u) = &art.meta.url {
        parts.push(u.clone());
    }
    parts.join(" · ")
}

fn wrap_article(doc: &Document, a: u32, width: usize) -> Vec<ReaderLine> {
    let art = doc.article(a);
    let mut lines = Vec::new();
    let title = &art.meta.title;
    for span in wrap::wrap(title, 0, title.len(), width) {
        lines.push(ReaderLine {
            kind: LineKind::Title,
            span,
            indent: 0,
        });
    }
    lines.push(ReaderLine {
        kind: LineKind::Meta,
        span: Span { start: 0, end: 0 },
        indent: 0,
    });
    for (i, &(s, e)) in art.paragraphs.iter().enumerate() {
        let kind = art.block_kind(i);
        // consecutive list items are not spaced apart
        let tight = matches!(kind, BlockKind::ListItem(_))
            && i > 0
            && matches!(art.block_kind(i - 1), BlockKind::ListItem(_));
        if !tight {
            lines.push(ReaderLine {
                kind: LineKind::Blank,
                span: Span { start: s, end: s },
                indent: 0,
            });
        }
        let para = LineKind::Text(i as u32);
        if kind.preformatted() {
            // drawn as they are: one line per line, clipped by the pane
            let mut at = s as usize;
            for l in art.text[s as usize..e as usize].split('\n') {
                lines.push(ReaderLine {
                    kind: para,
                    span: Span {
                        start: at as u32,
                        end: (at + l.len()) as u32,
                    },
                    indent: 2,
                });
                at += l.len() + 1;
            }
            continue;
        }
        let (first, rest) = indents(kind, &art.text[s as usize..e as usize]);
        let w = width.saturating_sub(rest as usize).max(8);
        for (n, span) in wrap::wrap(&art.text, s as usize, e as usize, w)
            .into_iter()
            .enumerate()
        {
            lines.push(ReaderLine {
                kind: para,
                span,
                indent: if n == 0 { first } else { rest },
            });
        }
    }
    lines
}

/// The indent of a block's first line and of its other lines: list items
/// by depth with a hanging indent past their bullet, quotes by depth.
fn indents(kind: BlockKind, text: &str) -> (u16, u16) {
    match kind {
        BlockKind::ListItem(d) => {
            let base = 2 * d.saturating_sub(1).min(8) as u16;
            let marker = text.find(' ').map_or(0, |i| wrap::str_width(&text[..=i])) as u16;
            (base, base + marker.min(6))
        }
        BlockKind::Quote(d) => {
            let i = 2 * d.min(8) as u16;
            (i, i)
        }
        _ => (0, 0),
    }
}

/// The reader's cursor and selection, as the annotating and correcting
/// rooms read them.
impl AppState {
    /// The selection (or the word under the cursor) as char offsets.
    pub fn selection_chars(&self, a: u32, cur: usize) -> (usize, usize) {
        let text = &self.doc.article(a).text;
        let (b0, b1) = match self.view.reader.select_from {
            Some(from) => {
                let (lo, hi) = (cur.min(from as usize), cur.max(from as usize));
                let hi_end = text[hi..].chars().next().map_or(hi, |c| hi + c.len_utf8());
                (lo, hi_end)
            }
            None => word_at(text, cur),
        };
        let map = crate::model::text::CharMap::new(text);
        (map.char_of(text, b0), map.char_of(text, b1))
    }

    /// Index of the reader line holding byte `b` of the text.
    pub fn line_of_byte(&self, b: usize) -> Option<usize> {
        let w = self.view.reader.wrap.as_ref()?;
        w.lines
            .iter()
            .rposition(|l| matches!(l.kind, LineKind::Text(_)) && l.span.start as usize <= b)
    }

    /// Scrolls so that the cursor's line is visible.
    pub fn follow_cursor(&mut self) {
        let Some(cur) = self.view.reader.cursor else {
            return;
        };
        let Some(li) = self.line_of_byte(cur as usize) else {
            return;
        };
        let (_, h) = self.reader_extent();
        let h = h.max(1);
        if li < self.view.reader.top {
            self.view.reader.top = li.saturating_sub(1);
        } else if li >= self.view.reader.top + h {
            self.view.reader.top = li + 1 - h;
        }
        self.clamp_reader();
    }
}

/// The word around byte `i` (or the single char there).
fn word_at(text: &str, i: usize) -> (usize, usize) {
    use crate::model::text::is_word_char;
    let mut lo = i;
    while let Some((j, c)) = text[..lo].char_indices().next_back() {
        if !is_word_char(c) {
            break;
        }
        lo = j;
    }
    let mut hi = i;
    while let Some(c) = text[hi..].chars().next().filter(|&c| is_word_char(c)) {
        hi += c.len_utf8();
    }
    if hi == lo {
        hi = text[i..].chars().next().map_or(i, |c| i + c.len_utf8());
    }
    (lo, hi)
}

//! Builds a converted article's display text block by block, recording
//! block and inline ranges as it goes. Every converter writes through it,
//! so that all formats give text of the same shape: blocks separated by a
//! blank line, inline whitespace collapsed (outside preformatted blocks),
//! no control characters.

use super::{BlockKind, InlineKind, Ranged, Structure};

/// Text and structure under construction.
#[derive(Debug, Default)]
pub struct Builder {
    text: String,
    blocks: Vec<Ranged<BlockKind>>,
    inlines: Vec<Ranged<InlineKind>>,
    links: Vec<String>,
    /// Open blocks, innermost last.
    stack: Vec<BlockKind>,
    /// Where the current segment of the innermost block starts.
    seg_start: usize,
    /// A space is pending (collapsed whitespace) before the next text.
    space: bool,
    /// Open inline spans: index into `inlines`.
    open_inlines: Vec<usize>,
    /// Text to write before the next text of the current segment (a list
    /// item's bullet).
    pending_prefix: Option<String>,
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    fn top(&self) -> BlockKind {
        self.stack.last().copied().unwrap_or(BlockKind::Paragraph)
    }

    /// The current segment has visible text.
    fn seg_has_text(&self) -> bool {
        self.text[self.seg_start..]
            .chars()
            .any(|c| !c.is_whitespace())
    }

    /// Ends the current segment: records it as a block if it has text.
    fn flush(&mut self) {
        let kind = self.top();
        // trailing whitespace is not part of the block
        let trimmed = self.text.trim_end_matches([' ', '\n', '\t']).len();
        if self.seg_has_text() {
            let start = self.seg_start
                + (self.text[self.seg_start..].len()
                    - self.text[self.seg_start..]
                        .trim_start_matches([' ', '\n'])
                        .len());
            self.text.truncate(trimmed.max(start));
            self.blocks.push(Ranged {
                kind,
                start: start as u32,
                end: self.text.len() as u32,
            });
        } else {
            self.text.truncate(self.seg_start);
        }
        self.seg_start = self.text.len();
        self.space = false;
    }

    /// Starts a segment: a blank line after the previous block.
    fn begin_segment(&mut self) {
        if !self.blocks.is_empty() && self.seg_start == self.text.len() {
            self.text.push_str("\n\n");
            self.seg_start = self.text.len();
        }
    }

    /// Text now goes into a preformatted block.
    pub fn in_code(&self) -> bool {
        self.stack.last().is_some_and(|k| k.preformatted())
    }

    /// Opens a block (closing the current segment of the enclosing one).
    pub fn open(&mut self, kind: BlockKind) {
        self.flush();
        self.stack.push(kind);
    }

    /// Opens a list item whose first line starts with `marker` ("• ",
    /// "3. "); the reader indents it by its depth.
    pub fn open_item(&mut self, depth: u8, marker: &str) {
        self.open(BlockKind::ListItem(depth));
        self.pending_prefix = Some(marker.to_string());
    }

    /// Closes the innermost block.
    pub fn close(&mut self) {
        self.flush();
        self.stack.pop();
        self.pending_prefix = None;
    }

    /// Ends the current segment without closing the block (a paragraph
    /// break inside a list item or a quote).
    pub fn segment_break(&mut self) {
        self.flush();
    }

    fn write_prefix(&mut self) {
        if self.seg_start == self.text.len() {
            self.begin_segment();
        }
        if let Some(p) = self.pending_prefix.take() {
            self.text.push_str(&p);
        }
    }

    /// Inline text: runs of whitespace become one space; control
    /// characters are dropped.
    pub fn text(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_ascii_whitespace() || c == '\u{85}' {
                self.space = true;
                continue;
            }
            if c.is_control() || is_invisible_format(c) {
                continue;
            }
            let at_start = self.seg_start == self.text.len() || self.text.ends_with('\n');
            self.write_prefix();
            if self.space && !at_start && !self.text.ends_with(' ') {
                self.text.push(' ');
            }
            self.space = false;
            self.text.push(c);
        }
    }

    /// A forced line break inside a block (`<br>`, a Markdown hard break).
    pub fn line_break(&mut self) {
        if self.seg_has_text() {
            while self.text.ends_with(' ') {
                self.text.pop();
            }
            self.text.push('\n');
        }
        self.space = false;
    }

    /// Preformatted text, kept as it is (tabs expanded, control characters
    /// other than newlines dropped).
    pub fn raw(&mut self, s: &str) {
        self.write_prefix();
        for c in s.chars() {
            match c {
                '\t' => self.text.push_str("    "),
                '\n' => self.text.push('\n'),
                c if c.is_control() || is_invisible_format(c) => {}
                c => self.text.push(c),
            }
        }
        self.space = false;
    }

    /// Starts an inline span at the current end of the text.
    pub fn open_inline(&mut self, kind: InlineKind) {
        if self.space && self.seg_has_text() && !self.text.ends_with([' ', '\n']) {
            self.text.push(' ');
            self.space = false;
        }
        self.open_inlines.push(self.inlines.len());
        let at = self.text.len() as u32;
        self.inlines.push(Ranged {
            kind,
            start: at,
            end: at,
        });
    }

    /// Starts a link to `target` (never fetched, only shown).
    pub fn open_link(&mut self, target: &str) {
        let i = self.links.len() as u32;
        self.links.push(clean_line(target));
        self.open_inline(InlineKind::Link(i));
    }

    /// Ends the innermost inline span.
    pub fn close_inline(&mut self) {
        if let Some(i) = self.open_inlines.pop() {
            let end = self.text.trim_end_matches([' ', '\n']).len() as u32;
            let r = &mut self.inlines[i];
            // text written after a pending bullet starts later than the span
            r.end = end.max(r.start);
        }
    }

    /// A one-article document with this text, structure and metadata.
    pub fn into_doc(self, meta: super::DocMeta) -> super::Doc {
        let (text, structure) = self.finish();
        super::Doc {
            key: None,
            text,
            structure: Some(structure),
            meta,
        }
    }

    /// The display text and its structure. Empty inline spans are dropped
    /// and spans are clipped to their block.
    pub fn finish(mut self) -> (String, Structure) {
        while !self.stack.is_empty() {
            self.close();
        }
        self.flush();
        let len = self.text.len() as u32;
        let mut inlines: Vec<Ranged<InlineKind>> = self
            .inlines
            .into_iter()
            .map(|mut r| {
                r.end = r.end.min(len);
                r
            })
            .filter(|r| r.start < r.end)
            .collect();
        // spans opened at a segment start moved past the blank line
        for r in &mut inlines {
            while (r.start as usize) < self.text.len()
                && matches!(self.text.as_bytes()[r.start as usize], b'\n' | b' ')
            {
                r.start += 1;
            }
        }
        // a span whose text a flush dropped (a segment of only no-break
        // spaces: "<p><code>&nbsp;<p>!«") may end inside a later
        // character: kept to whole characters
        for r in &mut inlines {
            while !self.text.is_char_boundary(r.end as usize) {
                r.end -= 1;
            }
            while (r.start as usize) < self.text.len()
                && !self.text.is_char_boundary(r.start as usize)
            {
                r.start += 1;
            }
        }
        inlines.retain(|r| r.start < r.end);
        inlines.sort_by_key(|r| (r.start, r.end));
        (
            self.text,
            Structure {
                blocks: self.blocks,
                inlines,
                links: self.links,
            },
        )
    }
}

/// Zero-width and bidirectional controls that have no place in a display
/// text (they could reorder what the terminal shows).
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// A one-line value from a file (a title, a URL): whitespace collapsed,
/// control characters dropped, trimmed.
pub fn clean_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}' {
            space = true;
        } else if c.is_control() || is_invisible_format(c) {
            continue;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_separated_by_a_blank_line_and_whitespace_collapses() {
        let mut b = Builder::new();
        b.open(BlockKind::Heading(1));
        b.text("  Un   titre \n");
        b.close();
        b.open(BlockKind::Paragraph);
        b.text("Du ");
        b.open_inline(InlineKind::Strong);
        b.text("gras");
        b.close_inline();
        b.text(" et\u{1b}[31m du texte.");
        b.close();
        let (text, s) = b.finish();
        assert_eq!(text, "Un titre\n\nDu gras et[31m du texte.");
        assert_eq!(s.blocks.len(), 2);
        assert_eq!(s.blocks[0].kind, BlockKind::Heading(1));
        let st = s.inlines[0];
        assert_eq!(&text[st.start as usize..st.end as usize], "gras");
    }

    #[test]
    fn list_items_get_their_marker_and_nested_blocks_split_the_outer_one() {
        let mut b = Builder::new();
        b.open_item(1, "• ");
        b.text("un");
        b.open_item(2, "1. ");
        b.text("deux");
        b.close();
        b.close();
        let (text, s) = b.finish();
        assert_eq!(text, "• un\n\n1. deux");
        assert_eq!(
            s.blocks.iter().map(|b| b.kind).collect::<Vec<_>>(),
            [BlockKind::ListItem(1), BlockKind::ListItem(2)]
        );
    }

    #[test]
    fn raw_text_keeps_its_lines() {
        let mut b = Builder::new();
        b.open(BlockKind::Code);
        b.raw("fn main() {\n\tx\n}\n");
        b.close();
        let (text, s) = b.finish();
        assert_eq!(text, "fn main() {\n    x\n}");
        assert_eq!(s.blocks[0].kind, BlockKind::Code);
    }
}

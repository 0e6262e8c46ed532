//! Converters: each turns a file of one format into the same thing, a
//! [`Doc`]: the display text (what the reader shows, what annotations,
//! entities and the index point into), its structure (blocks and inline
//! spans as byte ranges of that text, links with their targets) and the
//! metadata the file states.
//!
//! - plain text (`.txt`): the text as it is, no structure;
//! - Markdown (`.md`, `.markdown`): [`markdown`], with pulldown-cmark;
//! - saved web pages (`.html`, `.htm`, `.xhtml`): [`html`], html5ever
//!   through scraper, then a reader-mode extraction of the main content;
//! - feeds (`.rss`, `.atom`, `.xml`, `.json` holding a JSON Feed): [`feed`],
//!   with feed-rs; one [`Doc`] per item, keyed by the item's id.
//!
//! Converters never fetch anything and never run anything: markup, URLs
//! and scripts never reach the display text.

pub mod builder;
pub mod feed;
pub mod html;
pub mod markdown;

pub use builder::Builder;

use std::path::Path;

/// The formats liseuse reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Feed,
}

impl Format {
    /// The format a file name says, if it is one liseuse reads.
    pub fn of_path(p: &Path) -> Option<Format> {
        Format::of_name(p.file_name()?.as_encoded_bytes())
    }

    /// The format a file's name (its path's last part) says, as
    /// [`Format::of_path`]: by its extension, which a name starting with
    /// its only dot has not (as [`Path::extension`] reads it).
    pub fn of_name(name: &[u8]) -> Option<Format> {
        // compared without case and without a lower-cased copy: a query
        // on a stored index asks this of every file
        let ext = match memchr::memrchr(b'.', name)? {
            0 => return None,
            dot => &name[dot + 1..],
        };
        let is = |names: &[&str]| names.iter().any(|n| ext.eq_ignore_ascii_case(n.as_bytes()));
        if is(&["txt", "text"]) {
            Some(Format::Text)
        } else if is(&["md", "markdown"]) {
            Some(Format::Markdown)
        } else if is(&["html", "htm", "xhtml"]) {
            Some(Format::Html)
        } else if is(&["rss", "atom", "xml", "json"]) {
            Some(Format::Feed)
        } else {
            None
        }
    }

    /// The format of content with no name (standard input), by its first
    /// bytes: a feed's root element, an HTML document, a JSON Feed,
    /// Markdown front matter or headings; plain text otherwise.
    pub fn sniff(bytes: &[u8]) -> Format {
        let head = &bytes[..bytes.len().min(2048)];
        let head = String::from_utf8_lossy(head).to_ascii_lowercase();
        let t = head.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with('{') && t.contains("jsonfeed.org") {
            return Format::Feed;
        }
        if t.starts_with('<') {
            if t.contains("<rss") || t.contains("<feed") || t.contains("<rdf:rdf") {
                return Format::Feed;
            }
            return Format::Html;
        }
        if t.starts_with("---\n") || t.starts_with("+++\n") || t.starts_with("# ") {
            return Format::Markdown;
        }
        Format::Text
    }
}

/// How a block of the display text is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum BlockKind {
    Paragraph,
    /// A heading of level 1 to 6.
    Heading(u8),
    /// A list item at this nesting depth (1 for a top-level item); its
    /// bullet or number is part of the text.
    ListItem(u8),
    /// A block quote at this nesting depth.
    Quote(u8),
    /// Preformatted text: drawn as it is, never re-wrapped.
    Code,
    /// A table drawn as aligned text: never re-wrapped.
    Table,
}

impl BlockKind {
    /// Preformatted blocks keep their lines as they are.
    pub fn preformatted(self) -> bool {
        matches!(self, BlockKind::Code | BlockKind::Table)
    }
}

/// Inline styling of a span of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum InlineKind {
    Emphasis,
    Strong,
    Code,
    /// A link: the index of its target in [`Structure::links`].
    Link(u32),
}

/// A range of the display text (bytes, end exclusive) with its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Ranged<K> {
    pub kind: K,
    pub start: u32,
    pub end: u32,
}

/// The structure of a converted article: its blocks in order (they are the
/// article's paragraphs), inline spans sorted by start, link targets.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Structure {
    pub blocks: Vec<Ranged<BlockKind>>,
    pub inlines: Vec<Ranged<InlineKind>>,
    pub links: Vec<String>,
}

impl Structure {
    /// The link whose text covers byte `b`, if any.
    pub fn link_at(&self, b: u32) -> Option<&str> {
        self.inlines.iter().find_map(|r| match r.kind {
            InlineKind::Link(i) if r.start <= b && b < r.end => {
                self.links.get(i as usize).map(String::as_str)
            }
            _ => None,
        })
    }
}

/// Metadata a file states about itself (front matter, meta tags, feed
/// fields). Missing fields are derived from the text where possible.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocMeta {
    pub title: Option<String>,
    pub author: Option<String>,
    /// The date as stated (ISO 8601 or free text).
    pub date: Option<String>,
    /// Site or publication name.
    pub site: Option<String>,
    pub url: Option<String>,
    pub tags: Vec<String>,
    /// Declared language (`fr`, `en-GB`, …).
    pub lang: Option<String>,
}

/// One converted article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    /// Which article of the file this is, for files that hold several
    /// (a feed item's id); `None` for one-article files.
    pub key: Option<String>,
    pub text: String,
    /// `None` for plain text, whose paragraphs are found from its lines.
    pub structure: Option<Structure>,
    pub meta: DocMeta,
}

/// Why a file could not be converted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConvertError(pub String);

/// Converts decoded or raw file content. `bytes` is the file as read
/// (HTML decodes its own declared charset); text formats are decoded
/// lossily as UTF-8 before (see [`crate::model::corpus::decode`]).
pub fn convert(format: Format, bytes: &[u8]) -> Result<Vec<Doc>, ConvertError> {
    match format {
        Format::Text => Ok(vec![Doc {
            text: String::from_utf8_lossy(bytes).into_owned(),
            ..Doc::default()
        }]),
        Format::Markdown => Ok(vec![markdown::convert(&String::from_utf8_lossy(bytes))]),
        Format::Html => Ok(vec![html::convert_page(bytes)]),
        Format::Feed => feed::convert(bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_says_its_format_by_its_extension_as_a_path_reads_it() {
        let cases = [
            ("a.txt", Some(Format::Text)),
            ("dir/Notes.MD", Some(Format::Markdown)),
            ("page.v2.html", Some(Format::Html)),
            ("feed.Atom", Some(Format::Feed)),
            (".txt", None),
            ("..txt", Some(Format::Text)),
            ("..", None),
            ("README", None),
            ("photo.jpg", None),
            ("trailing.", None),
        ];
        for (path, want) in cases {
            let p = Path::new(path);
            assert_eq!(Format::of_path(p), want, "{path}");
            assert_eq!(
                p.extension().is_some(),
                path != ".txt" && path != ".." && path != "README",
                "{path}"
            );
            let name = path.rsplit('/').next().unwrap();
            assert_eq!(Format::of_name(name.as_bytes()), want, "{path}");
        }
    }
}

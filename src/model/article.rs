//! One article: its exact text and what we derive from it (title, source,
//! date, language, paragraphs, word count, entities).

use super::convert::{BlockKind, Doc, Structure};
use super::entities::Entities;
pub use super::lang::{Lang, LangVotes, detect_lang};
pub use super::lazy_text::ArticleText;
use super::meta::{self, Meta};
use super::text;
use std::path::PathBuf;

/// An article of the corpus. `text` is the file's content exactly as decoded
/// (lossily for invalid UTF-8, without a leading BOM): every offset points
/// into it, so it is never rewritten. Anything shown on a terminal goes
/// through [`crate::sanitize`] first.
#[derive(Debug, Clone)]
pub struct Article {
    /// Where it was read from (for embedded articles, `seeds/NAME`).
    pub path: PathBuf,
    /// Path relative to the folder given on the command line (or the file
    /// name when a single file was given). Annotations refer to it.
    pub rel: String,
    pub text: ArticleText,
    /// The file held invalid UTF-8 and was decoded lossily.
    pub lossy: bool,
    pub meta: Meta,
    pub lang: Lang,
    pub word_count: u32,
    /// Paragraphs as byte ranges into `text`, in order.
    pub paragraphs: Vec<(u32, u32)>,
    /// Entity mentions, sorted by start offset.
    pub entities: Entities,
    /// Blocks, inline styles and links of a converted article (Markdown,
    /// web page, feed item); `None` for plain text. Its blocks are the
    /// paragraphs, in order.
    pub structure: Option<Box<Structure>>,
    /// The item's id, for files that hold several articles (a feed).
    pub item: Option<Box<str>>,
    /// The extractor's mentions, while a reader's corrections changed
    /// them (see [`crate::model::corrections`]).
    pub uncorrected: Option<Box<Entities>>,
}

impl Article {
    /// Builds an article from its decoded text: derives metadata, language,
    /// paragraphs and word count, and extracts entities.
    pub fn new(path: PathBuf, rel: String, text: String, lossy: bool) -> Article {
        Article::analysed(path, rel, text, lossy).0
    }

    /// Like [`Article::new`], and also gives the article's distinct folded
    /// words for the index (see [`crate::model::index::article_terms_with`]):
    /// the text is tokenized once for language, word count, entities and
    /// index.
    pub fn analysed(path: PathBuf, rel: String, text: String, lossy: bool) -> (Article, String) {
        let mut meta = meta::derive(&text);
        let paragraphs = split_paragraphs(&text);
        let an = super::entities::analyse(&text);
        super::estimated_date::fill(&mut meta, &text, &an.entities);
        let a = Article {
            path,
            rel,
            text: text.into(),
            lossy,
            meta,
            lang: an.lang,
            word_count: an.word_count,
            paragraphs,
            entities: an.entities,
            structure: None,
            item: None,
            uncorrected: None,
        };
        (a, an.words)
    }

    /// An article from a converter's output (see [`super::convert`]): the
    /// file's own metadata first, what the text says for the rest; the
    /// blocks are the paragraphs. Plain text goes through
    /// [`Article::analysed`] unchanged.
    pub fn from_doc(path: PathBuf, rel: String, doc: Doc, lossy: bool) -> (Article, String) {
        let Some(structure) = doc.structure else {
            return Article::analysed(path, rel, doc.text, lossy);
        };
        let text = doc.text;
        let dm = doc.meta;
        let item = doc.key;
        let derived = meta::derive(&text);
        let (date, date_key) = match dm.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => (Some(short_date(d).to_string()), meta::parse_date(d)),
            None => (derived.date, derived.date_key),
        };
        let mut meta = Meta {
            title: dm.title.unwrap_or(derived.title),
            source: dm.site.or(derived.source),
            date,
            date_key,
            author: dm.author,
            url: dm.url,
            tags: dm.tags,
            date_estimated: false,
        };
        let paragraphs = structure.blocks.iter().map(|b| (b.start, b.end)).collect();
        let an = super::entities::analyse(&text);
        super::estimated_date::fill(&mut meta, &text, &an.entities);
        let declared = dm.lang.as_deref().map(|l| l.to_ascii_lowercase());
        let lang = match declared.as_deref() {
            Some(l) if l.starts_with("fr") => Lang::French,
            Some(l) if l.starts_with("en") => Lang::English,
            _ => an.lang,
        };
        let a = Article {
            path,
            rel,
            text: text.into(),
            lossy,
            meta,
            lang,
            word_count: an.word_count,
            paragraphs,
            entities: an.entities,
            structure: Some(Box::new(structure)),
            item: item.map(String::into_boxed_str),
            uncorrected: None,
        };
        (a, an.words)
    }

    /// How paragraph `i` is drawn (a plain-text paragraph is a paragraph).
    pub fn block_kind(&self, i: usize) -> BlockKind {
        self.structure
            .as_ref()
            .and_then(|s| s.blocks.get(i))
            .map_or(BlockKind::Paragraph, |b| b.kind)
    }

    /// Like [`Article::new`] without entity extraction (for loaders that
    /// extract later, and for tests).
    pub fn without_entities(path: PathBuf, rel: String, text: String, lossy: bool) -> Article {
        let meta = meta::derive(&text);
        let lang = detect_lang(&text);
        let paragraphs = split_paragraphs(&text);
        let word_count = text::word_count(&text) as u32;
        Article {
            path,
            rel,
            text: text.into(),
            lossy,
            meta,
            lang,
            word_count,
            paragraphs,
            entities: Entities::default(),
            structure: None,
            item: None,
            uncorrected: None,
        }
    }

    /// The canonical name of one of this article's entity mentions.
    pub fn canonical(&self, m: &super::entities::Mention) -> &str {
        self.entities.canonical(&self.text, m)
    }

    /// Reading time in minutes at 230 words a minute, at least 1.
    pub fn reading_minutes(&self) -> u32 {
        (self.word_count / 230).max(1)
    }

    /// The text of paragraph `i`.
    pub fn paragraph(&self, i: usize) -> &str {
        let (s, e) = self.paragraphs[i];
        &self.text[s as usize..e as usize]
    }
}

/// An ISO date-time as its date (`2021-03-02T10:00:00+01:00` is shown
/// `2021-03-02`); anything else as it is.
fn short_date(d: &str) -> &str {
    let b = d.as_bytes();
    if b.len() > 10 && b[4] == b'-' && b[7] == b'-' && matches!(b[10], b'T' | b' ') {
        &d[..10]
    } else {
        d
    }
}

/// Splits a text into paragraphs (byte ranges). Each non-empty line is a
/// paragraph, unless the text is hard-wrapped (blank-line separated blocks of
/// short lines), in which case each block is one paragraph.
pub fn split_paragraphs(text: &str) -> Vec<(u32, u32)> {
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut start = 0usize;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            lines.push((start, i));
            start = i + 1;
        }
    }
    lines.push((start, text.len()));
    let trim = |(s, e): (usize, usize)| -> Option<(usize, usize)> {
        let l = &text[s..e];
        let t = l.trim_matches(|c: char| text::is_space(c) || c == '\r');
        if t.is_empty() {
            None
        } else {
            // `t` is a slice of `l`: its offset is where it starts
            let off = t.as_ptr() as usize - l.as_ptr() as usize;
            Some((s + off, s + off + t.len()))
        }
    };
    let nonempty: Vec<(usize, usize)> = lines.iter().filter_map(|&l| trim(l)).collect();
    if hard_wrapped(text, &lines, &nonempty) {
        let mut out = Vec::new();
        let mut cur: Option<(usize, usize)> = None;
        for &l in &lines {
            match (trim(l), cur) {
                (Some((s, e)), None) => cur = Some((s, e)),
                (Some((_, e)), Some((s, _))) => cur = Some((s, e)),
                (None, Some(c)) => {
                    out.push((c.0 as u32, c.1 as u32));
                    cur = None;
                }
                (None, None) => {}
            }
        }
        if let Some(c) = cur {
            out.push((c.0 as u32, c.1 as u32));
        }
        out.shrink_to_fit();
        out
    } else {
        let mut out: Vec<(u32, u32)> = nonempty
            .into_iter()
            .map(|(s, e)| (s as u32, e as u32))
            .collect();
        // held for every article of the corpus
        out.shrink_to_fit();
        out
    }
}

/// A text is hard-wrapped when most of its lines are followed by another
/// non-blank line and no line is longer than a typical wrap column.
fn hard_wrapped(text: &str, lines: &[(usize, usize)], nonempty: &[(usize, usize)]) -> bool {
    if nonempty.len() < 6 {
        return false;
    }
    let max = nonempty
        .iter()
        .map(|&(s, e)| text[s..e].chars().count())
        .max()
        .unwrap_or(0);
    if max > 100 {
        return false;
    }
    let blank = |l: &(usize, usize)| text[l.0..l.1].trim().is_empty();
    let continued = lines
        .windows(2)
        .filter(|w| !blank(&w[0]) && !blank(&w[1]))
        .count();
    continued * 2 > nonempty.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_lines_or_blocks() {
        let t = "Titre\n\nUn paragraphe.\nUn autre.\n";
        let a = Article::without_entities("x".into(), "x".into(), t.into(), false);
        let ps: Vec<&str> = (0..a.paragraphs.len()).map(|i| a.paragraph(i)).collect();
        assert_eq!(ps, ["Titre", "Un paragraphe.", "Un autre."]);

        let wrapped = "A short line of text\nthat goes on here\nand ends.\n\n".repeat(4);
        let ps = split_paragraphs(&wrapped);
        assert_eq!(ps.len(), 4);
        assert_eq!(
            &wrapped[ps[0].0 as usize..ps[0].1 as usize],
            "A short line of text\nthat goes on here\nand ends."
        );
    }

    #[test]
    fn detects_language() {
        assert_eq!(
            detect_lang("Le chat est sur la table avec les enfants."),
            Lang::French
        );
        assert_eq!(
            detect_lang("The cat is on the table with the children."),
            Lang::English
        );
        assert_eq!(detect_lang("12 34"), Lang::Unknown);
    }
}

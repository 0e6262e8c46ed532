//! The concordance: every hit of the filter in the filtered articles, with
//! its context, aligned on the hit.
//!
//! [`hits`] is lazy: it scans one article at a time, in list order, so the
//! first screen of a 50,000-hit concordance costs a few articles, not the
//! corpus. [`sort_hits`] orders a collected list as concordancers do (by
//! the words to the left or right of the hit, by article, by date), and
//! [`context`] cuts the text around one hit to a width, for display.

use crate::model::Document;
use crate::model::query::Query;
use crate::model::text::{self, CharMap};
use std::cmp::Ordering;
use std::ops::Range;
use unicode_width::UnicodeWidthChar;

/// One occurrence of a hit term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The article (index into `Document::articles`).
    pub article: u32,
    /// Byte range of the hit in the article's text.
    pub bytes: Range<usize>,
    /// Char offset of the hit's start (the reader's cursor unit).
    pub char_start: usize,
}

/// The order of concordance lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HitSort {
    /// The articles in list order, the hits in text order.
    #[default]
    Article,
    /// By the first word to the left of the hit, then the second, …
    Left,
    /// By the first word to the right of the hit, then the second, …
    Right,
    /// Oldest article first (undated last), then as [`HitSort::Article`].
    Date,
}

impl HitSort {
    pub const ALL: [HitSort; 4] = [
        HitSort::Article,
        HitSort::Left,
        HitSort::Right,
        HitSort::Date,
    ];

    pub fn name(self) -> &'static str {
        match self {
            HitSort::Article => "article",
            HitSort::Left => "left",
            HitSort::Right => "right",
            HitSort::Date => "date",
        }
    }

    pub fn from_name(s: &str) -> Option<HitSort> {
        HitSort::ALL.into_iter().find(|k| k.name() == s)
    }

    /// The next order (the pane's key cycles through them).
    pub fn next(self) -> HitSort {
        match self {
            HitSort::Article => HitSort::Left,
            HitSort::Left => HitSort::Right,
            HitSort::Right => HitSort::Date,
            HitSort::Date => HitSort::Article,
        }
    }
}

/// The hits of `query` in the articles `doc` shows, lazily, article by
/// article in list order (`doc.visible`), each article's hits in text order.
/// A query with no positive text clause (`-amazon`, `lang:fr`) has none.
pub fn hits<'a>(doc: &'a Document, query: &'a Query) -> Hits<'a> {
    Hits {
        doc,
        query,
        next_article: 0,
        pending: Vec::new().into_iter(),
    }
}

/// The iterator of [`hits`].
pub struct Hits<'a> {
    doc: &'a Document,
    query: &'a Query,
    /// Position in `doc.visible` of the next article to scan.
    next_article: usize,
    pending: std::vec::IntoIter<Hit>,
}

impl Iterator for Hits<'_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        loop {
            if let Some(h) = self.pending.next() {
                return Some(h);
            }
            let &id = self.doc.visible.get(self.next_article)?;
            self.next_article += 1;
            let found = article_hits(self.doc, self.query, id);
            self.pending = found.into_iter();
        }
    }
}

/// The hits of one article, in text order.
fn article_hits(doc: &Document, query: &Query, id: u32) -> Vec<Hit> {
    let a = doc.article(id);
    let map = CharMap::new(&a.text);
    query
        .body_highlights(a, &map)
        .into_iter()
        .map(|r| Hit {
            article: id,
            char_start: map.char_of(&a.text, r.start),
            bytes: r,
        })
        .collect()
}

/// Extends a concordance being filled lazily: scans whole articles, from
/// position `*scanned` of `doc.visible`, until `lines` holds at least
/// `want` hits or every article was scanned. Returns whether it is
/// complete.
pub fn fill(
    doc: &Document,
    query: &Query,
    lines: &mut Vec<Hit>,
    scanned: &mut usize,
    want: usize,
) -> bool {
    fill_upto(doc, query, lines, scanned, want, doc.visible.len())
}

/// Like [`fill`], scanning no article at or past position `end` of the
/// list (a slice of the work, between keys).
pub fn fill_upto(
    doc: &Document,
    query: &Query,
    lines: &mut Vec<Hit>,
    scanned: &mut usize,
    want: usize,
    end: usize,
) -> bool {
    if !query.can_hit_body() {
        // an empty filter, `-word`, `title:word`: no article has a hit in
        // its text, and scanning 100,000 of them to learn it took 0.5 s
        *scanned = doc.visible.len();
        return true;
    }
    let end = end.min(doc.visible.len());
    while lines.len() < want && *scanned < end {
        lines.extend(article_hits(doc, query, doc.visible[*scanned]));
        *scanned += 1;
    }
    *scanned >= doc.visible.len()
}

/// How many words to each side a left or right sort compares.
const SORT_WORDS: usize = 3;

/// Sorts concordance lines. Ties keep list order and text order.
pub fn sort_hits(doc: &Document, lines: &mut [Hit], by: HitSort) {
    let pos: std::collections::HashMap<u32, usize> = doc
        .visible
        .iter()
        .enumerate()
        .map(|(p, &id)| (id, p))
        .collect();
    let list_pos = |h: &Hit| pos.get(&h.article).copied().unwrap_or(usize::MAX);
    match by {
        HitSort::Article => lines.sort_by_key(|h| (list_pos(h), h.bytes.start)),
        HitSort::Date => lines.sort_by_key(|h| {
            let d = doc.article(h.article).meta.date_key;
            (d.is_none(), d, list_pos(h), h.bytes.start)
        }),
        HitSort::Left | HitSort::Right => {
            let mut keyed: Vec<(Vec<String>, usize, usize, Hit)> = lines
                .iter()
                .map(|h| {
                    let t = &doc.article(h.article).text;
                    let k = if by == HitSort::Left {
                        left_words(t, h.bytes.start)
                    } else {
                        right_words(t, h.bytes.end)
                    };
                    (k, list_pos(h), h.bytes.start, h.clone())
                })
                .collect();
            keyed.sort_by(|a, b| cmp_words(&a.0, &b.0).then((a.1, a.2).cmp(&(b.1, b.2))));
            for (slot, k) in lines.iter_mut().zip(keyed) {
                *slot = k.3;
            }
        }
    }
}

/// Missing words (at the edge of the text) sort last.
fn cmp_words(a: &[String], b: &[String]) -> Ordering {
    for i in 0..SORT_WORDS {
        match (a.get(i), b.get(i)) {
            (Some(x), Some(y)) => match x.cmp(y) {
                Ordering::Equal => continue,
                o => return o,
            },
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Greater,
            (Some(_), None) => return Ordering::Less,
        }
    }
    Ordering::Equal
}

/// The folded words before byte `at`, nearest first.
fn left_words(t: &str, at: usize) -> Vec<String> {
    // a few hundred bytes hold three words of any sane text
    let mut from = at.saturating_sub(200);
    while !t.is_char_boundary(from) {
        from -= 1;
    }
    let mut w: Vec<String> = text::words(&t[from..at])
        .map(|s| text::fold(&t[from + s.start..from + s.end]))
        .collect();
    w.reverse();
    w.truncate(SORT_WORDS);
    w
}

/// The folded words after byte `at`, nearest first.
fn right_words(t: &str, at: usize) -> Vec<String> {
    let mut to = (at + 200).min(t.len());
    while !t.is_char_boundary(to) {
        to += 1;
    }
    text::words(&t[at..to])
        .take(SORT_WORDS)
        .map(|s| text::fold(&t[at + s.start..at + s.end]))
        .collect()
}

/// A concordance line ready to draw: the left context (right-aligned to
/// its width by the caller), the hit and the right context, each safe for
/// a terminal, with runs of white space (line ends included) as one space.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub left: String,
    pub hit: String,
    pub right: String,
}

/// The context of a hit: at most `width` terminal columns on each side.
pub fn context(doc: &Document, hit: &Hit, width: usize) -> Context {
    let t = &doc.article(hit.article).text;
    let mut left: Vec<char> = Vec::new();
    let mut used = 0;
    push_clean(
        t[..hit.bytes.start].chars().rev(),
        width,
        &mut left,
        &mut used,
    );
    left.reverse();
    let mut right = Vec::new();
    let mut used = 0;
    push_clean(t[hit.bytes.end..].chars(), width, &mut right, &mut used);
    let mut hit_text = Vec::new();
    let mut none = 0;
    push_clean(
        t[hit.bytes.clone()].chars(),
        usize::MAX,
        &mut hit_text,
        &mut none,
    );
    Context {
        left: left.into_iter().collect(),
        hit: hit_text.into_iter().collect(),
        right: right.into_iter().collect(),
    }
}

/// Appends displayable chars while they fit in `width` columns.
fn push_clean(
    chars: impl Iterator<Item = char>,
    width: usize,
    out: &mut Vec<char>,
    used: &mut usize,
) {
    for c in chars {
        let Some(c) = crate::sanitize::display_char(c) else {
            continue;
        };
        let c = if text::is_space(c) { ' ' } else { c };
        if c == ' ' && out.last() == Some(&' ') {
            continue;
        }
        let w = c.width().unwrap_or(0);
        if *used + w > width {
            break;
        }
        *used += w;
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;
    use std::path::PathBuf;

    fn doc(texts: &[&str]) -> Document {
        let arts = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let p = format!("a{i}.txt");
                Article::new(PathBuf::from(&p), p, t.to_string(), false)
            })
            .collect();
        Document::new(arts, Vec::new())
    }

    #[test]
    fn hits_follow_the_filter_in_list_order() {
        let mut d = doc(&["un chat noir\n\nle chat", "pas ici", "Chats et chiens"]);
        d.set_filter("chat");
        let q = d.filter.query.clone();
        let h: Vec<(u32, usize)> = hits(&d, &q).map(|h| (h.article, h.char_start)).collect();
        assert_eq!(h, [(0, 3), (0, 17), (2, 0)]);
        let c = context(&d, &hits(&d, &q).nth(1).unwrap(), 8);
        assert_eq!((c.left.as_str(), c.hit.as_str()), ("noir le ", "chat"));
    }

    #[test]
    fn fill_scans_whole_articles_until_it_has_enough() {
        let mut d = doc(&["chat chat", "chat", "rien", "chat chat chat"]);
        d.set_filter("chat");
        let q = d.filter.query.clone();
        let (mut lines, mut scanned) = (Vec::new(), 0);
        assert!(!fill(&d, &q, &mut lines, &mut scanned, 1));
        assert_eq!((lines.len(), scanned), (2, 1));
        assert!(fill(&d, &q, &mut lines, &mut scanned, 100));
        assert_eq!(lines, hits(&d, &q).collect::<Vec<_>>());
    }

    #[test]
    fn sorts_by_the_neighbouring_words() {
        let mut d = doc(&["zèbre chat alpha. beta chat omega. alpha chat beta."]);
        d.set_filter("chat");
        let q = d.filter.query.clone();
        let mut h: Vec<Hit> = hits(&d, &q).collect();
        sort_hits(&d, &mut h, HitSort::Left);
        let left: Vec<String> = h.iter().map(|h| context(&d, h, 6).left).collect();
        assert_eq!(left, ["alpha ", " beta ", "zèbre "]);
        sort_hits(&d, &mut h, HitSort::Right);
        let right: Vec<String> = h.iter().map(|h| context(&d, h, 6).right).collect();
        assert_eq!(right, [" alpha", " beta.", " omega"]);
    }
}

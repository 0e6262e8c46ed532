//! Saved web pages: the page is parsed by html5ever (the HTML5 parser of
//! Servo, through scraper, whose tree is an arena: no recursion when it is
//! built, walked or dropped, so 100,000 nested elements cost no stack),
//! then reduced to its main content as a browser's reader mode does
//! (Mozilla's Readability: score paragraphs by their text and commas,
//! credit their ancestors, take the best ancestor weighed by link density,
//! drop what is unlikely to be content).
//!
//! Metadata comes from the page's own statements: `<title>`, Open Graph and
//! `article:` meta tags, `<meta name="author">`, `<link rel="canonical">`,
//! `<time datetime>`, JSON-LD `NewsArticle`. Nothing is ever fetched.

use super::builder::clean_line;
use super::{BlockKind, Builder, Doc, DocMeta, InlineKind, Structure};
use ego_tree::NodeRef;
use ego_tree::iter::Edge;
use scraper::{Html, Node};
use std::collections::HashMap;

type Id = ego_tree::NodeId;

/// Converts a whole saved page: its metadata and its main content.
pub fn convert_page(bytes: &[u8]) -> Doc {
    let src = decode(bytes);
    let src = cap_depth(&src, MAX_DEPTH);
    let html = Html::parse_document(&src);
    let meta = page_meta(&html);
    let stats = Stats::of(&html);
    let roots = main_content(&html, &stats);
    let mut b = Builder::new();
    let mut em = Emitter {
        b: &mut b,
        stats: &stats,
        extract: true,
        lists: Vec::new(),
        links: Vec::new(),
        quote: 0,
    };
    for r in roots {
        if let Some(n) = html.tree.get(r) {
            em.emit(n);
        }
    }
    b.into_doc(meta)
}

/// Converts an HTML fragment (a feed item's content, raw HTML inside
/// Markdown) into `b`: all of it, scripts and styles excepted.
pub fn fragment_into(b: &mut Builder, src: &str) {
    let src = cap_depth(src, MAX_DEPTH);
    let html = Html::parse_fragment(&src);
    let stats = Stats::default();
    let mut em = Emitter {
        b,
        stats: &stats,
        extract: false,
        lists: Vec::new(),
        links: Vec::new(),
        quote: 0,
    };
    em.emit(html.tree.root());
}

/// An HTML fragment as display text and structure.
pub fn fragment(src: &str) -> (String, Structure) {
    let mut b = Builder::new();
    fragment_into(&mut b, src);
    b.finish()
}

/// Elements nested deeper than this are left out, as Chromium's parser
/// caps its tree at 512 levels: html5ever's handling of open formatting
/// elements is quadratic in their number (100,000 nested `<b>` would take
/// minutes), and no real page nests that deep.
const MAX_DEPTH: usize = 512;

/// Elements that have no end tag.
fn void_element(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "frame"
    )
}

/// Elements that an opening tag of the same name closes (`<li>` after an
/// unclosed `<li>`), so that they do not look nested.
fn self_closing_sibling(name: &str) -> bool {
    matches!(
        name,
        "p" | "li" | "dt" | "dd" | "tr" | "td" | "th" | "option"
    )
}

/// The source without the tags of elements nested deeper than `max` (a
/// linear pre-pass over the tags; their text stays). Most pages have fewer
/// tags than `max` and are returned as they are.
pub fn cap_depth(src: &str, max: usize) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let b = src.as_bytes();
    if memchr::memchr_iter(b'<', b).take(max + 1).count() <= max {
        return Cow::Borrowed(src);
    }
    // open elements: (name, kept)
    let mut stack: Vec<(&str, bool)> = Vec::new();
    // byte ranges of tags to leave out
    let mut cut: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + off;
        i = lt + 1;
        if b[i..].starts_with(b"!--") {
            i = find(b, i + 3, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let end_tag = b.get(i) == Some(&b'/');
        let name_at = if end_tag { i + 1 } else { i };
        let name_len = b[name_at..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !b[name_at].is_ascii_alphabetic() {
            continue;
        }
        let gt = tag_end(b, name_at + name_len);
        i = gt;
        // names are ASCII: the slice is on char boundaries
        let name = &src[name_at..name_at + name_len];
        let lname = name.to_ascii_lowercase();
        if end_tag {
            if let Some(k) = stack
                .iter()
                .rev()
                .take(64)
                .position(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                let at = stack.len() - 1 - k;
                if !stack[at].1 {
                    cut.push((lt, gt));
                }
                stack.truncate(at);
            }
            continue;
        }
        let self_closed = b[..gt].ends_with(b"/>");
        if void_element(&lname) || self_closed {
            if stack.len() >= max {
                cut.push((lt, gt));
            }
            continue;
        }
        if matches!(
            lname.as_str(),
            "script"
                | "style"
                | "textarea"
                | "title"
                | "xmp"
                | "noscript"
                | "template"
                | "plaintext"
        ) {
            // raw text: skip to its end tag
            let close = format!("</{lname}");
            i = find_ci(b, gt, close.as_bytes()).unwrap_or(b.len());
            continue;
        }
        if self_closing_sibling(&lname)
            && stack
                .last()
                .is_some_and(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            stack.pop();
        }
        let keep = stack.len() < max;
        if !keep {
            cut.push((lt, gt));
        }
        stack.push((name, keep));
    }
    if cut.is_empty() {
        return Cow::Borrowed(src);
    }
    let mut out = String::with_capacity(src.len());
    let mut at = 0;
    for (s, e) in cut {
        out.push_str(&src[at..s]);
        at = e;
    }
    out.push_str(&src[at..]);
    Cow::Owned(out)
}

/// The byte after the `>` that ends a tag whose name ends at `i`, quotes
/// respected (the end of the source if there is none).
fn tag_end(b: &[u8], mut i: usize) -> usize {
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    b.len()
}

fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(&b[from.min(b.len())..], needle).map(|p| from + p)
}

fn find_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(p) = memchr::memchr(b'<', &b[i.min(b.len())..]) {
        let at = i + p;
        if b.len() >= at + needle.len() && b[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Decodes a page: a byte order mark, else the charset the page declares
/// in its first 1,024 bytes, else UTF-8 when it is valid, else
/// Windows-1252 (what browsers assume for Western pages).
pub fn decode(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[bom..])
            .0
            .into_owned();
    }
    let declared = declared_charset(&bytes[..bytes.len().min(1024)])
        .and_then(|l| encoding_rs::Encoding::for_label(l.as_bytes()))
        .map(|e| {
            // a page cannot really be UTF-16 if it declares it in ASCII
            if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE {
                encoding_rs::UTF_8
            } else {
                e
            }
        });
    let enc = match declared {
        Some(e) => e,
        None if std::str::from_utf8(bytes).is_ok() => encoding_rs::UTF_8,
        None => encoding_rs::WINDOWS_1252,
    };
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// `charset=` in a `<meta>` of the page's head (a simplified prescan).
fn declared_charset(head: &[u8]) -> Option<String> {
    let s = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = s[from..].find("<meta") {
        let start = from + i;
        let end = s[start..].find('>').map_or(s.len(), |e| start + e);
        let tag = &s[start..end];
        if let Some(c) = tag.find("charset") {
            let rest = tag[c + 7..].trim_start().strip_prefix('=')?.trim_start();
            let rest = rest.trim_start_matches(['"', '\'']);
            let label: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            if !label.is_empty() {
                return Some(label);
            }
        }
        from = end;
    }
    None
}

/// Elements whose content is never text to read.
fn never_content(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "head"
            | "title"
            | "meta"
            | "link"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "form"
            | "button"
            | "input"
            | "select"
            | "textarea"
            | "option"
            | "dialog"
            | "video"
            | "audio"
            | "source"
            | "picture"
            | "img"
            | "map"
    )
}

/// Page furniture: navigation, sidebars, footers (in reader mode only).
fn furniture(name: &str) -> bool {
    matches!(name, "nav" | "aside" | "footer" | "menu")
}

/// Class or id words that mark what is not the story, whatever else the
/// element says (Readability's "unlikely candidates", sharpened by the
/// banners and recirculation blocks of news sites).
const STRONG_NEGATIVE: &[&str] = &[
    "comment",
    "cookie",
    "consent",
    "gdpr",
    "related",
    "most-read",
    "mostread",
    "most_read",
    "popular",
    "trending",
    "recommend",
    "newsletter",
    "outbrain",
    "taboola",
    "share",
    "sharing",
    "social",
    "breadcrumb",
    "sidebar",
    "promo",
    "advert",
    "sponsor",
    "disqus",
    "read-more",
    "readmore",
    "read-next",
    "more-stories",
    "signup",
    "subscribe",
    "paywall",
];

/// Words that mark furniture unless the element also says it is content.
const WEAK_NEGATIVE: &[&str] = &[
    "header",
    "footer",
    "menu",
    "nav",
    "banner",
    "masthead",
    "pagination",
    "pager",
    "popup",
    "modal",
    "skip",
    "widget",
    "toolbar",
    "tags",
    "byline-share",
    "extra",
    "legal",
    "copyright",
];

const POSITIVE: &[&str] = &[
    "article", "body", "content", "main", "story", "text", "entry", "post", "chapo", "lede",
];

fn attr_words(el: &scraper::node::Element) -> String {
    let mut s = String::new();
    if let Some(id) = el.id() {
        s.push_str(id);
        s.push(' ');
    }
    for c in el.classes() {
        s.push_str(c);
        s.push(' ');
    }
    s.to_ascii_lowercase()
}

/// Hidden, or marked by its role, class or id as not part of the story.
fn unlikely(el: &scraper::node::Element) -> bool {
    if el.attr("hidden").is_some() || el.attr("aria-hidden") == Some("true") {
        return true;
    }
    if let Some(style) = el.attr("style") {
        let s = style.to_ascii_lowercase().replace(' ', "");
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if let Some(role) = el.attr("role")
        && matches!(
            role,
            "navigation"
                | "banner"
                | "complementary"
                | "contentinfo"
                | "dialog"
                | "alertdialog"
                | "menu"
                | "menubar"
                | "search"
        )
    {
        return true;
    }
    if matches!(el.name(), "body" | "html" | "main" | "article") {
        return false;
    }
    let words = attr_words(el);
    if words.is_empty() {
        return false;
    }
    words.split(' ').filter(|w| !w.is_empty()).any(|w| {
        STRONG_NEGATIVE.iter().any(|n| w.contains(n))
            || (WEAK_NEGATIVE.iter().any(|n| w.contains(n))
                && !POSITIVE.iter().any(|p| w.contains(p)))
    })
}

/// Per-element text statistics of the page, unlikely parts left out.
#[derive(Default)]
struct Stats {
    /// Text length (chars) and text inside links.
    text: HashMap<Id, (u32, u32)>,
    /// Readability scores of candidate containers.
    score: HashMap<Id, f32>,
    /// Elements left out in reader mode.
    dropped: std::collections::HashSet<Id>,
}

impl Stats {
    fn of(html: &Html) -> Stats {
        let mut st = Stats::default();
        // (element, text, link text, commas), and whether it is left out
        let mut stack: Vec<(Id, u32, u32, u32)> = Vec::new();
        let mut dropped_above: Vec<bool> = Vec::new();
        let mut link_depth = 0u32;
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(n) => match n.value() {
                    Node::Element(el) => {
                        let name = el.name();
                        let inside = dropped_above.last().copied().unwrap_or(false);
                        let dropped =
                            inside || never_content(name) || furniture(name) || unlikely(el);
                        if dropped {
                            st.dropped.insert(n.id());
                        }
                        dropped_above.push(dropped);
                        if name == "a" {
                            link_depth += 1;
                        }
                        stack.push((n.id(), 0, 0, 0));
                    }
                    Node::Text(t) => {
                        if let Some(top) = stack.last_mut() {
                            let len = t.chars().filter(|c| !c.is_whitespace()).count() as u32;
                            top.1 += len;
                            if link_depth > 0 {
                                top.2 += len;
                            }
                            top.3 += t.matches([',', '，', '、']).count() as u32;
                        }
                    }
                    _ => {}
                },
                Edge::Close(n) => {
                    let Node::Element(el) = n.value() else {
                        continue;
                    };
                    if el.name() == "a" {
                        link_depth = link_depth.saturating_sub(1);
                    }
                    dropped_above.pop();
                    let Some((id, len, link, commas)) = stack.pop() else {
                        continue;
                    };
                    if st.dropped.contains(&id) {
                        continue;
                    }
                    st.text.insert(id, (len, link));
                    if let Some(parent) = stack.last_mut() {
                        parent.1 += len;
                        parent.2 += link;
                        parent.3 += commas;
                    }
                    if matches!(el.name(), "p" | "pre" | "td" | "blockquote") && len >= 25 {
                        let score = 1.0 + commas as f32 + (len as f32 / 100.0).min(3.0);
                        for (level, anc) in stack.iter().rev().take(5).enumerate() {
                            let div = match level {
                                0 => 1.0,
                                1 => 2.0,
                                l => l as f32 * 3.0,
                            };
                            *st.score.entry(anc.0).or_insert(0.0) += score / div;
                        }
                    }
                }
            }
        }
        st
    }

    fn link_density(&self, id: Id) -> f32 {
        match self.text.get(&id) {
            Some(&(len, link)) if len > 0 => link as f32 / len as f32,
            _ => 0.0,
        }
    }

    fn text_len(&self, id: Id) -> u32 {
        self.text.get(&id).map_or(0, |t| t.0)
    }
}

/// Tag and class weights Readability adds to a candidate's score.
fn weight(el: &scraper::node::Element) -> f32 {
    let mut w = match el.name() {
        "article" | "main" => 10.0,
        "div" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let words = attr_words(el);
    if POSITIVE.iter().any(|p| words.contains(p)) || el.attr("itemprop") == Some("articleBody") {
        w += 25.0;
    }
    w
}

/// The elements that hold the story, in page order: the best-scored
/// container and those of its siblings that belong with it. With no
/// candidate (a page of short lines), the body.
fn main_content(html: &Html, st: &Stats) -> Vec<Id> {
    let mut best: Option<(Id, f32)> = None;
    for (&id, &score) in &st.score {
        let Some(n) = html.tree.get(id) else { continue };
        let Node::Element(el) = n.value() else {
            continue;
        };
        if st.dropped.contains(&id) {
            continue;
        }
        let s = (score + weight(el)) * (1.0 - st.link_density(id));
        if best.is_none_or(|(bid, b)| s > b || (s == b && id < bid)) {
            best = Some((id, s));
        }
    }
    let Some((top, top_score)) = best else {
        return vec![html.root_element().id()];
    };
    let top_node = html.tree.get(top).expect("scored node");
    // an <article> just above the best container is the story itself
    let mut cur = top_node;
    for _ in 0..3 {
        let Some(p) = cur.parent() else { break };
        if let Node::Element(el) = p.value()
            && (el.name() == "article" || el.attr("itemprop") == Some("articleBody"))
            && !st.dropped.contains(&p.id())
        {
            return vec![p.id()];
        }
        cur = p;
    }
    let Some(parent) = top_node.parent() else {
        return vec![top];
    };
    let threshold = (top_score * 0.2).max(10.0);
    let mut roots = Vec::new();
    for sib in parent.children() {
        let id = sib.id();
        if id == top {
            roots.push(id);
            continue;
        }
        let Node::Element(el) = sib.value() else {
            continue;
        };
        if st.dropped.contains(&id) {
            continue;
        }
        let s = st.score.get(&id).copied().unwrap_or(0.0) * (1.0 - st.link_density(id));
        let para = el.name() == "p" && st.text_len(id) > 80 && st.link_density(id) < 0.25;
        if s >= threshold || para {
            roots.push(id);
        }
    }
    roots
}

struct Emitter<'a> {
    b: &'a mut Builder,
    stats: &'a Stats,
    /// Reader mode: leave out furniture and link lists.
    extract: bool,
    /// Open lists: the next number, or `None` for bullets.
    lists: Vec<Option<u64>>,
    /// Open `<a>` elements: whether each one opened a link span.
    links: Vec<bool>,
    quote: u8,
}

impl Emitter<'_> {
    fn skip(&self, n: NodeRef<'_, Node>, el: &scraper::node::Element) -> bool {
        let name = el.name();
        if never_content(name) {
            return true;
        }
        if !self.extract {
            return false;
        }
        if self.stats.dropped.contains(&n.id()) {
            return true;
        }
        // lists and boxes of links inside the story ("read also")
        matches!(name, "ul" | "ol" | "div" | "section" | "table" | "p")
            && self.stats.link_density(n.id()) > 0.5
            && self.stats.text_len(n.id()) < 2000
    }

    /// Writes `root`'s subtree, walking it without recursion.
    fn emit(&mut self, root: NodeRef<'_, Node>) {
        let mut skipping: Option<Id> = None;
        for edge in root.traverse() {
            match edge {
                Edge::Open(n) => {
                    if skipping.is_some() {
                        continue;
                    }
                    match n.value() {
                        Node::Text(t) => {
                            if self.b.in_code() {
                                self.b.raw(t);
                            } else {
                                self.b.text(t);
                            }
                        }
                        Node::Element(el) => {
                            if self.skip(n, el) {
                                skipping = Some(n.id());
                                continue;
                            }
                            if el.name() == "table" && self.data_table(n) {
                                skipping = Some(n.id());
                                continue;
                            }
                            self.open(el);
                        }
                        _ => {}
                    }
                }
                Edge::Close(n) => {
                    if let Some(s) = skipping {
                        if s == n.id() {
                            skipping = None;
                        }
                        continue;
                    }
                    if let Node::Element(el) = n.value() {
                        self.close(el);
                    }
                }
            }
        }
    }

    fn open(&mut self, el: &scraper::node::Element) {
        let name = el.name();
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.b.open(BlockKind::Heading(name.as_bytes()[1] - b'0'))
            }
            "p" => {
                if self.quote > 0 {
                    self.b.open(BlockKind::Quote(self.quote))
                } else {
                    self.b.open(BlockKind::Paragraph)
                }
            }
            "ul" | "menu" => self.lists.push(None),
            "ol" => {
                let start = el
                    .attr("start")
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(1);
                self.lists.push(Some(start))
            }
            "li" => {
                let depth = self.lists.len().clamp(1, 255) as u8;
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        let m = format!("{n}. ");
                        *n += 1;
                        m
                    }
                    _ => "• ".to_string(),
                };
                self.b.open_item(depth, &marker);
            }
            "blockquote" => {
                self.quote = self.quote.saturating_add(1);
                self.b.open(BlockKind::Quote(self.quote));
            }
            "pre" => self.b.open(BlockKind::Code),
            "br" => self.b.line_break(),
            "hr" | "div" | "section" | "article" | "main" | "header" | "figure" | "figcaption"
            | "address" | "dl" | "dt" | "dd" | "details" | "summary" | "center" | "tr" | "td"
            | "th" | "caption" | "body" => self.b.segment_break(),
            "a" => match el.attr("href").map(str::trim) {
                Some(h) if safe_target(h) => {
                    self.links.push(true);
                    self.b.open_link(h)
                }
                _ => self.links.push(false),
            },
            "em" | "i" | "cite" | "dfn" => self.b.open_inline(InlineKind::Emphasis),
            "strong" | "b" => self.b.open_inline(InlineKind::Strong),
            "code" | "kbd" | "samp" | "tt" if !self.b.in_code() => {
                self.b.open_inline(InlineKind::Code)
            }
            _ => {}
        }
    }

    fn close(&mut self, el: &scraper::node::Element) {
        let name = el.name();
        match name {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "li" | "pre" => self.b.close(),
            "ul" | "ol" | "menu" => {
                self.lists.pop();
            }
            "blockquote" => {
                self.b.close();
                self.quote = self.quote.saturating_sub(1);
            }
            "div" | "section" | "article" | "main" | "header" | "figure" | "figcaption"
            | "address" | "dl" | "dt" | "dd" | "details" | "summary" | "center" | "tr" | "td"
            | "th" | "caption" => self.b.segment_break(),
            "a" if self.links.pop() == Some(true) => self.b.close_inline(),
            "em" | "i" | "cite" | "dfn" | "strong" | "b" => self.b.close_inline(),
            "code" | "kbd" | "samp" | "tt" if !self.b.in_code() => self.b.close_inline(),
            _ => {}
        }
    }

    /// Draws a table of data (no nested tables or blocks, 2 to 12
    /// columns) as aligned text; layout tables are left to be walked.
    fn data_table(&mut self, table: NodeRef<'_, Node>) -> bool {
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut head = 0usize;
        let mut cell: Option<String> = None;
        for edge in table.traverse() {
            match edge {
                Edge::Open(n) => match n.value() {
                    Node::Element(el) => match el.name() {
                        "table" if n.id() != table.id() => return false,
                        "div" | "p" | "ul" | "ol" | "pre" | "blockquote" | "h1" | "h2" | "h3" => {
                            return false;
                        }
                        "tr" => rows.push(Vec::new()),
                        "td" | "th" => cell = Some(String::new()),
                        "br" => {
                            if let Some(c) = cell.as_mut() {
                                c.push(' ')
                            }
                        }
                        _ => {}
                    },
                    Node::Text(t) => {
                        if let Some(c) = cell.as_mut() {
                            c.push_str(t);
                        }
                    }
                    _ => {}
                },
                Edge::Close(n) => {
                    if let Node::Element(el) = n.value() {
                        match el.name() {
                            "td" | "th" => {
                                if let (Some(c), Some(r)) = (cell.take(), rows.last_mut()) {
                                    r.push(clean_line(&c));
                                }
                            }
                            "thead" => head = rows.len(),
                            _ => {}
                        }
                    }
                }
            }
        }
        let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
        if !(2..=12).contains(&cols) || rows.iter().flatten().any(|c| c.chars().count() > 200) {
            return false;
        }
        if head == 0 && table_has_th_first_row(table) {
            head = 1;
        }
        let drawn = super::markdown::draw_table(&rows, head, &[]);
        self.b.open(BlockKind::Table);
        self.b.raw(&drawn);
        self.b.close();
        true
    }
}

fn table_has_th_first_row(table: NodeRef<'_, Node>) -> bool {
    table
        .descendants()
        .find(|n| matches!(n.value(), Node::Element(e) if e.name() == "tr"))
        .is_some_and(|tr| {
            tr.children()
                .any(|c| matches!(c.value(), Node::Element(e) if e.name() == "th"))
        })
}

/// A link target worth showing: not a script, not inline data.
fn safe_target(h: &str) -> bool {
    let l = h.to_ascii_lowercase();
    !h.is_empty()
        && !l.starts_with("javascript:")
        && !l.starts_with("data:")
        && !l.starts_with("vbscript:")
}

/// What the page says about itself.
fn page_meta(html: &Html) -> DocMeta {
    let mut m = DocMeta::default();
    let mut title_tag: Option<String> = None;
    let mut first_time: Option<String> = None;
    let mut byline: Option<String> = None;
    let mut json_ld: Vec<String> = Vec::new();
    let mut fields: Vec<(String, Vec<String>)> = Vec::new();
    for n in html.tree.root().descendants() {
        let Node::Element(el) = n.value() else {
            continue;
        };
        match el.name() {
            "html" => {
                if let Some(l) = el.attr("lang") {
                    m.lang = Some(clean_line(l));
                }
            }
            "title" if title_tag.is_none() => {
                title_tag = Some(clean_line(&text_of(n)));
            }
            "meta" => {
                let key = el
                    .attr("property")
                    .or(el.attr("name"))
                    .or(el.attr("itemprop"))
                    .map(str::to_ascii_lowercase);
                let (Some(key), Some(content)) = (key, el.attr("content")) else {
                    continue;
                };
                let field = match key.as_str() {
                    "og:title" | "twitter:title" | "dc.title" | "headline" => "title",
                    "author" | "article:author" | "dc.creator" | "byl" | "sailthru.author"
                    | "parsely-author" => "author",
                    "article:published_time"
                    | "og:published_time"
                    | "datepublished"
                    | "date"
                    | "dc.date"
                    | "dc.date.issued"
                    | "pubdate"
                    | "publish-date"
                    | "publishdate"
                    | "sailthru.date"
                    | "parsely-pub-date" => "date",
                    "og:site_name" | "application-name" | "publisher" => "site",
                    "og:url" => "url",
                    "keywords" | "news_keywords" | "article:tag" => "tags",
                    _ => continue,
                };
                // "By Jane Doe" in an author field
                let v = content.trim();
                let v = v.strip_prefix("By ").or(v.strip_prefix("by ")).unwrap_or(v);
                fields.push((field.to_string(), vec![v.to_string()]));
            }
            "link" => {
                if el
                    .attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
                    && let Some(h) = el.attr("href")
                {
                    fields.insert(0, ("url".into(), vec![h.to_string()]));
                }
            }
            "script" => {
                if el
                    .attr("type")
                    .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
                {
                    json_ld.push(text_of(n));
                }
            }
            "time" if first_time.is_none() => {
                first_time = el.attr("datetime").map(str::to_string);
            }
            _ => {
                if byline.is_none()
                    && (el.attr("rel") == Some("author")
                        || el.classes().any(|c| {
                            let c = c.to_ascii_lowercase();
                            c == "byline" || c == "author" || c == "author-name"
                        }))
                {
                    let t = clean_line(&text_of(n));
                    let t = t
                        .strip_prefix("By ")
                        .or(t.strip_prefix("Par "))
                        .unwrap_or(&t)
                        .to_string();
                    if !t.is_empty() && t.chars().count() <= 80 {
                        byline = Some(t);
                    }
                }
            }
        }
    }
    for j in &json_ld {
        json_ld_fields(j, &mut fields);
    }
    super::markdown::apply_fields(&fields, &mut m);
    if m.author.is_none() {
        m.author = byline;
    }
    if m.date.is_none() {
        m.date = first_time.map(|t| clean_line(&t));
    }
    if m.title.is_none() {
        m.title = title_tag
            .map(|t| strip_site(&t, m.site.as_deref()))
            .filter(|t| !t.is_empty());
    }
    m
}

/// `<title>` without the " | Site" or " - Site" a page adds.
fn strip_site(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " · "] {
        if let Some(i) = title.rfind(sep) {
            let tail = &title[i + sep.len()..];
            if site.is_some_and(|s| s.eq_ignore_ascii_case(tail.trim()))
                || (tail.split_whitespace().count() <= 3 && i > 20)
            {
                return title[..i].trim().to_string();
            }
        }
    }
    title.to_string()
}

/// The text of an element, walking without recursion.
fn text_of(n: NodeRef<'_, Node>) -> String {
    let mut s = String::new();
    for d in n.descendants() {
        if let Node::Text(t) = d.value() {
            s.push_str(t);
            if s.len() > 1 << 20 {
                break;
            }
        }
    }
    s
}

/// Fields of a JSON-LD `NewsArticle` (or `Article`, `BlogPosting`,
/// `ReportageNewsArticle`), also inside `@graph` and arrays.
fn json_ld_fields(src: &str, fields: &mut Vec<(String, Vec<String>)>) {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(src.trim()) else {
        return;
    };
    // breadth-first, bounded, no recursion
    let mut queue = std::collections::VecDeque::from([&v]);
    let mut seen = 0;
    while let Some(v) = queue.pop_front() {
        seen += 1;
        if seen > 1000 {
            break;
        }
        match v {
            serde_json::Value::Array(a) => queue.extend(a.iter()),
            serde_json::Value::Object(o) => {
                if let Some(g) = o.get("@graph") {
                    queue.push_back(g);
                }
                let ty = o.get("@type").map(|t| t.to_string()).unwrap_or_default();
                if !ty.contains("Article") && !ty.contains("BlogPosting") {
                    continue;
                }
                let s = |k: &str| o.get(k).map(json_strings).unwrap_or_default();
                for (field, key) in [
                    ("title", "headline"),
                    ("author", "author"),
                    ("date", "datePublished"),
                    ("site", "publisher"),
                    ("url", "url"),
                    ("tags", "keywords"),
                    ("lang", "inLanguage"),
                ] {
                    let vals = s(key);
                    if !vals.is_empty() {
                        fields.push((field.to_string(), vals));
                    }
                }
                return;
            }
            _ => {}
        }
    }
}

/// Strings of a JSON-LD value: a string, the `name` of an object, or those
/// of an array.
fn json_strings(v: &serde_json::Value) -> Vec<String> {
    /// A string, or the `name` of an object.
    fn one(v: &serde_json::Value) -> Option<String> {
        match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Object(o) => o.get("name")?.as_str().map(str::to_string),
            _ => None,
        }
    }
    match v {
        serde_json::Value::Array(a) => a.iter().take(20).filter_map(one).collect(),
        v => one(v).into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(src: &str) -> String {
        convert_page(src.as_bytes()).text
    }

    #[test]
    fn a_span_over_a_dropped_no_break_space_stays_on_whole_characters() {
        let d = convert_page("<p><code>&nbsp;<p>!«".as_bytes());
        let st = d.structure.expect("a structure");
        for r in &st.inlines {
            assert!(d.text.is_char_boundary(r.start as usize), "{:?}", d.text);
            assert!(d.text.is_char_boundary(r.end as usize), "{:?}", d.text);
        }
        assert_eq!(d.text, "!«");
    }

    #[test]
    fn short_pages_keep_their_text() {
        assert_eq!(
            text("<html><body><p>caf\u{e9} na\u{ef}ve</p></body></html>"),
            "caf\u{e9} na\u{ef}ve"
        );
        assert_eq!(
            convert_page(b"<html><body><p>caf\xe9 na\xefve</p></body></html>").text,
            "caf\u{e9} na\u{ef}ve"
        );
    }
}

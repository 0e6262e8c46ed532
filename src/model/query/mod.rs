//! The filter language (issue 4): parse a query into clauses, match
//! articles, and find the hits to highlight.
//!
//! A query is a list of clauses, all required. A clause is an optional
//! negation (`-` or `!`), an optional field (`title:`, `org:`, …) and one or
//! more alternatives separated by `|`. An alternative is a pattern: the
//! folded words of a bare term or a quoted phrase; it matches consecutive
//! words of the field, every word equal except the last, which may be a
//! prefix (`ali` matches `Alibaba`, `e-commerce` is the phrase
//! `"e commerce"`).
//!
//! [`Query::matches`] is the reference scan of one article; the index
//! ([`crate::model::index`]) answers the same question for a whole corpus.

mod eval;
mod parse;
mod pattern_set;
mod scan;

pub use eval::{EvalCache, EvalJob, Evaluator, eval};
pub use parse::{FIELD_NAMES, parse};
pub use pattern_set::{PatternSet, Scratch};
pub use scan::{pattern_in, pattern_ranges};

use super::article::Article;
use super::entities::EntityKind;
use super::text;
use std::ops::Range;

/// A parsed query. The default (empty) query matches every article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub clauses: Vec<Clause>,
}

/// One required condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// `-term` / `!term`: the article must match none of the alternatives.
    pub negated: bool,
    pub field: Field,
    /// At least one alternative must match (never empty).
    pub alts: Vec<Pattern>,
}

/// Consecutive folded words; all but the last must be equal, the last may
/// be a prefix (or must be whole too: `exact`, written `'word`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Pattern {
    pub words: Vec<String>,
    pub exact: bool,
}

impl Pattern {
    /// Whether the pattern matches consecutive words of `text`.
    pub fn is_in(&self, text: &str) -> bool {
        scan::matches_in(text, &self.words, self.exact)
    }

    /// The byte ranges of `text` where it matches.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        scan::ranges_in(text, &self.words, self.exact)
    }
}

/// What part of an article a clause looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The whole text.
    Any,
    Title,
    Source,
    /// The path relative to the folder given on the command line.
    File,
    /// `fr` or `en`.
    Lang,
    /// The surfaces and canonical names of entities of this kind (of any
    /// kind for `None`).
    Entity(Option<EntityKind>),
    /// The tags of the article's annotations.
    Tag,
    /// The text of the article's notes.
    Note,
    /// `has:note`, `has:tag`, `has:annotation`.
    Has,
    /// `is:unread`, `is:read`, `is:starred`, `is:new`: the reading state
    /// (see [`crate::model::reading`]).
    Is,
    /// The author(s) the file states.
    Author,
    /// The address the file states.
    Url,
    /// The article's own date (not the dates it mentions): its pattern is
    /// the range's two `yyyymmdd` keys.
    Published,
}

/// What `has:` asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HasWhat {
    Note,
    Tag,
    Annotation,
}

impl HasWhat {
    pub fn name(self) -> &'static str {
        match self {
            HasWhat::Note => "note",
            HasWhat::Tag => "tag",
            HasWhat::Annotation => "annotation",
        }
    }

    fn from_pattern(p: &Pattern) -> HasWhat {
        match p.words.first().map(String::as_str) {
            Some("note") => HasWhat::Note,
            Some("tag") => HasWhat::Tag,
            _ => HasWhat::Annotation,
        }
    }
}

/// What `is:` asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IsWhat {
    Unread,
    Read,
    Starred,
    New,
}

impl IsWhat {
    pub const ALL: [IsWhat; 4] = [IsWhat::Unread, IsWhat::Read, IsWhat::Starred, IsWhat::New];

    pub fn name(self) -> &'static str {
        match self {
            IsWhat::Unread => "unread",
            IsWhat::Read => "read",
            IsWhat::Starred => "starred",
            IsWhat::New => "new",
        }
    }

    /// Whether an article with these reading flags
    /// ([`crate::model::reading::flags`]) is so.
    pub fn holds(self, flags: u8) -> bool {
        use crate::model::reading::flags::{NEW, READ, STARRED};
        match self {
            IsWhat::Unread => flags & READ == 0,
            IsWhat::Read => flags & READ != 0,
            IsWhat::Starred => flags & STARRED != 0,
            IsWhat::New => flags & NEW != 0,
        }
    }

    fn from_pattern(p: &Pattern) -> Option<IsWhat> {
        let w = p.words.first()?;
        IsWhat::ALL.into_iter().find(|i| i.name() == w)
    }
}

/// Whether an `is:` alternative holds for these reading flags.
pub(crate) fn is_matches(p: &Pattern, flags: u8) -> bool {
    IsWhat::from_pattern(p).is_some_and(|i| i.holds(flags))
}

/// The annotation facts of one article that the filter can see (kept in
/// the [`crate::model::Document`], set by whoever owns annotations).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnnotationFacts {
    /// How many annotations the article has (highlights, notes).
    pub annotations: usize,
    pub tags: Vec<String>,
    /// The notes written, without the empty ones of bare highlights.
    pub notes: Vec<String>,
}

impl AnnotationFacts {
    pub fn is_empty(&self) -> bool {
        self.annotations == 0 && self.tags.is_empty() && self.notes.is_empty()
    }

    fn has(&self, what: HasWhat) -> bool {
        match what {
            HasWhat::Note => !self.notes.is_empty(),
            HasWhat::Tag => !self.tags.is_empty(),
            HasWhat::Annotation => !self.is_empty(),
        }
    }
}

/// A query that could not be parsed, with a message for the filter bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    pub message: String,
    /// Char offset in the query where the problem is.
    pub at: usize,
}

/// The part of an article a text handed to [`Query::highlights`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The article text (the reading pane).
    Body,
    /// The title (the list).
    Title,
    Source,
    File,
    Tag,
    Note,
}

impl Field {
    /// Whether hits of this field are shown in `part`.
    fn highlights_in(self, part: Part) -> bool {
        match self {
            Field::Any => matches!(part, Part::Body | Part::Title),
            Field::Title => part == Part::Title,
            Field::Entity(_) => matches!(part, Part::Body | Part::Title),
            Field::Source => part == Part::Source,
            Field::File => part == Part::File,
            Field::Tag => part == Part::Tag,
            Field::Note => part == Part::Note,
            Field::Lang
            | Field::Has
            | Field::Is
            | Field::Author
            | Field::Url
            | Field::Published => false,
        }
    }
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// The words of the index a query answers from alone, by index part:
    /// `Some` when every clause is on the text, title, source, file,
    /// entities or language and every alternative is one word (a phrase is checked in
    /// the texts; other fields need the articles, the annotations or the
    /// reading state). See `cache::quick`.
    pub fn index_words(&self) -> Option<Vec<crate::model::index::Wanted>> {
        use crate::model::index::{IndexPart, Wanted};
        let mut out = Vec::new();
        for c in &self.clauses {
            let parts: Vec<IndexPart> = match c.field {
                Field::Any => vec![IndexPart::Body],
                Field::Title => vec![IndexPart::Title],
                Field::Source => vec![IndexPart::Source],
                Field::File => vec![IndexPart::File],
                Field::Entity(Some(k)) => vec![IndexPart::Entity(k)],
                Field::Entity(None) => EntityKind::ALL.map(IndexPart::Entity).to_vec(),
                // the index has every article's language
                Field::Lang => continue,
                _ => return None,
            };
            for p in &c.alts {
                let [word] = p.words.as_slice() else {
                    return None;
                };
                for &part in &parts {
                    out.push(Wanted {
                        part,
                        word: word.clone(),
                        exact: p.exact,
                    });
                }
            }
        }
        Some(out)
    }

    /// Whether the query needs annotation facts (so a change of them must
    /// re-run it).
    pub fn uses_annotations(&self) -> bool {
        self.clauses
            .iter()
            .any(|c| matches!(c.field, Field::Tag | Field::Note | Field::Has))
    }

    /// Whether the query needs reading flags (`is:`).
    pub fn uses_reading(&self) -> bool {
        self.clauses.iter().any(|c| c.field == Field::Is)
    }

    /// Whether `article` (without annotations) matches, by a scan.
    pub fn matches(&self, article: &Article) -> bool {
        self.matches_with(article, &AnnotationFacts::default())
    }

    /// Whether `article` with these annotation facts matches, by a scan.
    pub fn matches_with(&self, article: &Article, facts: &AnnotationFacts) -> bool {
        self.matches_all(article, facts, 0)
    }

    /// Whether `article` with these annotation facts and reading flags
    /// matches, by a scan.
    pub fn matches_all(&self, article: &Article, facts: &AnnotationFacts, flags: u8) -> bool {
        self.clauses.iter().all(|c| {
            c.alts.iter().any(|p| match c.field {
                Field::Is => is_matches(p, flags),
                f => alt_matches(f, p, article, facts),
            }) != c.negated
        })
    }

    /// Byte ranges of `text` to highlight: the words matched by the
    /// positive clauses whose field shows in `part`, sorted, merged.
    /// Whether some clause can highlight words of an article's text (the
    /// concordance has nothing to show otherwise).
    pub fn can_hit_body(&self) -> bool {
        self.clauses
            .iter()
            .any(|c| !c.negated && c.field.highlights_in(Part::Body))
    }

    pub fn highlights(&self, part: Part, text: &str) -> Vec<Range<usize>> {
        self.highlighter(part).ranges(text)
    }

    /// [`Query::highlights`] for many texts of one part (the list's
    /// titles): the patterns are compiled once.
    pub fn highlighter(&self, part: Part) -> Highlighter<'_> {
        Highlighter::new(
            self.clauses
                .iter()
                .filter(|c| !c.negated && c.field.highlights_in(part))
                .flat_map(|c| &c.alts)
                .collect(),
        )
    }

    /// Byte ranges of an article's text to highlight in the reading pane:
    /// as [`Query::highlights`], but the hits of an entity field (`person:ma`)
    /// only inside the mentions of that kind it matched (Jack Ma, not every
    /// word that starts with "ma"); a mention matched by its canonical name
    /// alone is highlighted whole.
    /// `map` is the article's char map (mention offsets are in chars).
    pub fn body_highlights(&self, article: &Article, map: &text::CharMap) -> Vec<Range<usize>> {
        self.body_highlights_with(article, || map)
    }

    /// [`Query::body_highlights`] for a caller without the article's char
    /// map: it is built only if an entity field needs it (a pass over the
    /// text that a query of plain words can skip).
    pub fn body_hits(&self, article: &Article) -> Vec<Range<usize>> {
        let map = std::cell::OnceCell::new();
        self.body_highlights_with(article, || {
            map.get_or_init(|| text::CharMap::new(article.text.as_str()))
        })
    }

    fn body_highlights_with<'m>(
        &self,
        article: &Article,
        map: impl Fn() -> &'m text::CharMap,
    ) -> Vec<Range<usize>> {
        let text = article.text.as_str();
        let mut out: Vec<Range<usize>> = Vec::new();
        let mut plain: Vec<&Pattern> = Vec::new();
        for c in &self.clauses {
            if c.negated || !c.field.highlights_in(Part::Body) {
                continue;
            }
            let kind = match c.field {
                Field::Entity(k) => k,
                _ => {
                    plain.extend(&c.alts);
                    continue;
                }
            };
            for m in article.entities.iter() {
                if kind.is_some_and(|k| m.kind != k) {
                    continue;
                }
                let map = map();
                let s = map.byte_of(text, m.start as usize);
                let e = map.byte_of(text, m.end as usize).max(s);
                let surface = &text[s..e];
                for p in &c.alts {
                    let hits = p.ranges(surface);
                    if !hits.is_empty() {
                        out.extend(hits.into_iter().map(|r| s + r.start..s + r.end));
                    } else if p.is_in(article.canonical(m)) {
                        out.push(s..e);
                    }
                }
            }
        }
        out.extend(Highlighter::new(plain).raw_ranges(text));
        merge(out)
    }
}

/// Up to this many patterns are scanned for one by one; more are matched
/// in one pass (5,000 pasted OR-ed words would otherwise cost 5,000 scans
/// of each text at every redraw).
const FEW_PATTERNS: usize = 4;

/// The highlightable patterns of a query, compiled for many texts.
pub struct Highlighter<'q> {
    pats: Vec<&'q Pattern>,
    set: Option<PatternSet>,
}

impl<'q> Highlighter<'q> {
    fn new(pats: Vec<&'q Pattern>) -> Highlighter<'q> {
        let set = (pats.len() > FEW_PATTERNS).then(|| PatternSet::new(pats.iter().copied()));
        Highlighter { pats, set }
    }

    /// Byte ranges of `text` to highlight, sorted and merged.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        merge(self.raw_ranges(text))
    }

    fn raw_ranges(&self, text: &str) -> Vec<Range<usize>> {
        let Some(set) = &self.set else {
            return self.pats.iter().flat_map(|p| p.ranges(text)).collect();
        };
        let mut out = Vec::new();
        set.scan(text, &mut Scratch::default(), |_, s, e| {
            out.push(s..e);
            true
        });
        out
    }
}

/// Sorts ranges and merges those that overlap or touch.
fn merge(mut out: Vec<Range<usize>>) -> Vec<Range<usize>> {
    out.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// The texts of an article's entities of `kind` (or any kind): each
/// mention's surface and its canonical name.
pub fn entity_texts<'a>(
    article: &'a Article,
    kind: Option<EntityKind>,
) -> impl Iterator<Item = &'a str> + 'a {
    let map = text::CharMap::new(&article.text);
    article
        .entities
        .iter()
        .filter(move |m| kind.is_none_or(|k| m.kind == k))
        .flat_map(move |m| {
            let s = map.byte_of(&article.text, m.start as usize);
            let e = map.byte_of(&article.text, m.end as usize);
            [&article.text[s..e.max(s)], article.canonical(m)]
        })
}

/// Whether one alternative matches, by a scan of the field.
pub(crate) fn alt_matches(field: Field, p: &Pattern, a: &Article, facts: &AnnotationFacts) -> bool {
    match field {
        Field::Any => p.is_in(&a.text),
        Field::Title => p.is_in(&a.meta.title),
        Field::Source => a.meta.source.as_deref().is_some_and(|s| p.is_in(s)),
        Field::File => p.is_in(&a.rel),
        Field::Lang => lang_matches(a, p),
        Field::Author | Field::Url | Field::Published => meta_matches(field, a, p),
        Field::Entity(kind) => entity_texts(a, kind).any(|t| p.is_in(t)),
        Field::Tag => facts.tags.iter().any(|t| p.is_in(t)),
        Field::Note => facts.notes.iter().any(|t| p.is_in(t)),
        Field::Has => facts.has(HasWhat::from_pattern(p)),
        Field::Is => is_matches(p, 0),
    }
}

/// Matches on what the file states about itself (author, URL, date).
pub(crate) fn meta_matches(field: Field, a: &Article, p: &Pattern) -> bool {
    let w = &p.words;
    match field {
        Field::Author => a.meta.author.as_deref().is_some_and(|s| p.is_in(s)),
        Field::Url => a.meta.url.as_deref().is_some_and(|s| p.is_in(s)),
        Field::Published => {
            let (Some(lo), Some(hi)) = (
                w.first().and_then(|x| x.parse::<u32>().ok()),
                w.get(1).and_then(|x| x.parse::<u32>().ok()),
            ) else {
                return false;
            };
            // a date known to the month (day 0) or year (month 0) is in a
            // range that covers that month or year
            a.meta.date_key.is_some_and(|k| {
                let (klo, khi) = if k % 10000 == 0 {
                    (k, k + 1299)
                } else if k % 100 == 0 {
                    (k, k + 99)
                } else {
                    (k, k)
                };
                klo <= hi && khi >= lo
            })
        }
        _ => false,
    }
}

/// `lang:fr` / `lang:en` (a prefix is enough while typing).
pub(crate) fn lang_matches(a: &Article, p: &Pattern) -> bool {
    lang_code_matches(a.lang, p)
}

/// Whether language `lang` matches `p` (`lang:fr`, `lang:f`).
pub(crate) fn lang_code_matches(lang: crate::model::Lang, p: &Pattern) -> bool {
    let code = lang.code();
    p.words.len() == 1
        && if p.exact {
            code == p.words[0]
        } else {
            code.starts_with(p.words[0].as_str())
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Highlights of a long pasted query (one pass for every pattern) are
    /// the ones each pattern's own scan gives, merged.
    #[test]
    fn many_patterns_highlight_what_each_one_finds() {
        let text = "Le géant chinois Alibaba et les États-Unis: le géant américain, \
                    Amazon, vise la Chine; alibabas et Ali Express.";
        let words = [
            "geant",
            "ali",
            "'chine",
            "\"etats unis\"",
            "amaz",
            "\"le geant a\"",
            "zzz",
            "vise",
        ];
        for n in 1..=words.len() {
            let q = parse(&words[..n].join(" OR ")).unwrap();
            let mut want: Vec<Range<usize>> = Vec::new();
            for p in &q.clauses[0].alts {
                want.extend(p.ranges(text));
            }
            let want = merge(want);
            assert_eq!(q.highlights(Part::Body, text), want, "{n} patterns");
            assert!(q.can_hit_body());
            let shown: Vec<&str> = want.iter().map(|r| &text[r.clone()]).collect();
            if n == words.len() {
                assert!(shown.contains(&"États-Unis"), "{shown:?}");
                assert!(shown.contains(&"Alibaba"), "{shown:?}");
                assert!(!shown.contains(&"Chinois"), "{shown:?}");
            }
        }
    }

    /// Queries that cannot highlight an article's text.
    #[test]
    fn some_queries_never_hit_the_text() {
        for q in [
            "",
            "-amazon",
            "title:chine",
            "lang:fr",
            "source:bfm is:unread",
        ] {
            assert!(!parse(q).unwrap().can_hit_body(), "{q}");
        }
        for q in ["amazon", "title:chine amazon", "person:ma", "-a b"] {
            assert!(parse(q).unwrap().can_hit_body(), "{q}");
        }
    }

    /// OR-ed duplicates are kept once, in their first order.
    #[test]
    fn or_ed_duplicates_are_merged() {
        let q = parse("a OR b OR a OR c OR b").unwrap();
        let alts: Vec<String> = q.clauses[0]
            .alts
            .iter()
            .map(|p| p.words.join(" "))
            .collect();
        assert_eq!(alts, ["a", "b", "c"]);
    }
}

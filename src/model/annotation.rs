//! Annotations (highlights with a note, tags and a colour label, plus one
//! article-level note per article) and the in-memory set that holds them,
//! with undo and redo of every change.
//!
//! Offsets (`start`, `end`) count Unicode scalar values (chars) of the
//! article text, the W3C convention; convert at the edges with
//! [`super::text::CharMap`].

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::SystemTime;

/// How many chars of context are kept on each side of a quote.
pub const CONTEXT_CHARS: usize = 32;

/// What an annotation is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A passage of the text (`quote` at `start..end`).
    #[default]
    Highlight,
    /// The whole article: empty quote, `start = end = 0`. At most one per
    /// article (see [`AnnotationSet::set_article_note`]).
    Article,
}

impl Kind {
    fn is_highlight(&self) -> bool {
        *self == Kind::Highlight
    }
}

/// One annotation, as stored in the TOML file (field order = file order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    pub id: String,
    #[serde(default, skip_serializing_if = "Kind::is_highlight")]
    pub kind: Kind,
    /// The article's path relative to the corpus root ([`super::Article::rel`]).
    pub article: String,
    /// SHA-256 (hex) of the article text when the annotation was anchored.
    #[serde(default)]
    pub article_sha256: String,
    /// The exact highlighted text.
    #[serde(default)]
    pub quote: String,
    /// Up to [`CONTEXT_CHARS`] chars before the quote.
    #[serde(default)]
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] chars after the quote.
    #[serde(default)]
    pub suffix: String,
    /// Char offsets of the quote in the text the annotation was made on.
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub end: usize,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub tags: Vec<String>,
    /// A colour name from the theme: yellow, green, blue, pink, purple.
    #[serde(default = "default_label")]
    pub label: String,
    /// RFC 3339, UTC.
    #[serde(default)]
    pub created: String,
    #[serde(default)]
    pub updated: String,
}

/// The label a new highlight gets.
pub const DEFAULT_LABEL: &str = "yellow";
/// The labels the themes define colours for.
pub const LABELS: [&str; 5] = ["yellow", "green", "blue", "pink", "purple"];

fn default_label() -> String {
    DEFAULT_LABEL.to_string()
}

/// Current time as RFC 3339 (UTC, seconds).
pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(SystemTime::now()).to_string()
}

/// Hex SHA-256 of a text.
pub fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new id: 16 hex digits of a hash of the time, the process id, a
/// process-wide counter and a seed (the quote). Unique in practice across
/// instances; stable once stored.
pub fn new_id(seed: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let t = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mut h = Sha256::new();
    h.update(t.to_le_bytes());
    h.update(std::process::id().to_le_bytes());
    h.update(n.to_le_bytes());
    h.update(seed.as_bytes());
    h.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `text[start..end]` in chars (clamped), with the context around it.
fn quote_and_context(text: &str, start: usize, end: usize) -> (String, String, String) {
    let map = super::text::CharMap::new(text);
    let end = end.min(map.len_chars());
    let start = start.min(end);
    let b = |c: usize| map.byte_of(text, c);
    let quote = text[b(start)..b(end)].to_string();
    let prefix = text[b(start.saturating_sub(CONTEXT_CHARS))..b(start)].to_string();
    let suffix = text[b(end)..b((end + CONTEXT_CHARS).min(map.len_chars()))].to_string();
    (quote, prefix, suffix)
}

impl Annotation {
    /// A highlight of chars `start..end` of `text` (the article `article`),
    /// with quote, context, hash, id and timestamps filled in.
    pub fn highlight(article: &str, text: &str, start: usize, end: usize) -> Annotation {
        let (quote, prefix, suffix) = quote_and_context(text, start, end);
        let start = start.min(end);
        let now = now_rfc3339();
        Annotation {
            id: new_id(&quote),
            kind: Kind::Highlight,
            article: article.to_string(),
            article_sha256: sha256_hex(text),
            end: start + quote.chars().count(),
            start,
            quote,
            prefix,
            suffix,
            note: String::new(),
            tags: Vec::new(),
            label: default_label(),
            created: now.clone(),
            updated: now,
        }
    }

    /// An article-level note.
    pub fn article_note(article: &str, text: &str, note: &str) -> Annotation {
        let mut a = Annotation::highlight(article, text, 0, 0);
        a.kind = Kind::Article;
        a.prefix.clear();
        a.suffix.clear();
        a.note = note.to_string();
        a
    }

    /// Moves the annotation to chars `start..end` of `text` (re-attaching
    /// an orphan, or correcting a fuzzy match): quote, context and hash
    /// follow.
    pub fn attach(&mut self, text: &str, start: usize, end: usize) {
        let (quote, prefix, suffix) = quote_and_context(text, start, end);
        self.start = start.min(end);
        self.end = self.start + quote.chars().count();
        self.quote = quote;
        self.prefix = prefix;
        self.suffix = suffix;
        self.article_sha256 = sha256_hex(text);
    }

    /// The stable file order: article, then start, then id.
    pub fn sort_key(&self) -> (&str, usize, &str) {
        (&self.article, self.start, &self.id)
    }
}

/// One reversible change: the annotation with this id before and after.
#[derive(Debug, Clone)]
struct Change {
    id: String,
    before: Option<Annotation>,
    after: Option<Annotation>,
}

/// The annotations of a corpus, keyed by id, with undo/redo. Every change
/// marks its id as touched, which is what the store uses to merge with a
/// file another instance changed (ours win for touched ids).
#[derive(Debug, Clone, Default)]
pub struct AnnotationSet {
    items: BTreeMap<String, Annotation>,
    undo: Vec<Change>,
    redo: Vec<Change>,
    touched: BTreeSet<String>,
    generation: u64,
}

impl AnnotationSet {
    pub fn new() -> Self {
        Self::default()
    }

    /// A set holding `items` as loaded (nothing touched, no history).
    pub fn from_loaded(items: Vec<Annotation>) -> Self {
        let mut s = Self::default();
        for a in items {
            s.items.insert(a.id.clone(), a);
        }
        s
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Annotation> {
        self.items.get(id)
    }

    /// Bumped on every change (undo and redo included), so a caller can
    /// tell whether a save is due.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Every annotation in the stable file order (article, start, id).
    pub fn sorted(&self) -> Vec<&Annotation> {
        let mut v: Vec<&Annotation> = self.items.values().collect();
        v.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        v
    }

    /// The highlights of one article, by start offset.
    pub fn for_article(&self, article: &str) -> Vec<&Annotation> {
        self.sorted()
            .into_iter()
            .filter(|a| a.article == article && a.kind == Kind::Highlight)
            .collect()
    }

    /// The article-level note of one article, if any.
    pub fn article_note(&self, article: &str) -> Option<&Annotation> {
        self.items
            .values()
            .find(|a| a.article == article && a.kind == Kind::Article)
    }

    fn apply(&mut self, change: Change) -> Change {
        self.touched.insert(change.id.clone());
        self.generation += 1;
        match &change.after {
            Some(a) => self.items.insert(change.id.clone(), a.clone()),
            None => self.items.remove(&change.id),
        };
        change
    }

    fn record(&mut self, id: &str, after: Option<Annotation>) {
        let before = self.items.get(id).cloned();
        if before == after {
            return;
        }
        let c = self.apply(Change {
            id: id.to_string(),
            before,
            after,
        });
        self.undo.push(c);
        self.redo.clear();
    }

    /// Adds (or replaces) an annotation; returns its id.
    pub fn add(&mut self, a: Annotation) -> String {
        let id = a.id.clone();
        self.record(&id, Some(a));
        id
    }

    /// Changes an annotation in place (note, tags, label…); `updated` is
    /// set. Returns false when there is no such id or nothing changed.
    pub fn edit(&mut self, id: &str, f: impl FnOnce(&mut Annotation)) -> bool {
        let Some(old) = self.items.get(id) else {
            return false;
        };
        let mut new = old.clone();
        f(&mut new);
        new.id = id.to_string();
        if &new == old {
            return false;
        }
        new.updated = now_rfc3339();
        self.record(id, Some(new));
        true
    }

    /// Deletes an annotation; returns it.
    pub fn delete(&mut self, id: &str) -> Option<Annotation> {
        let old = self.items.get(id).cloned()?;
        self.record(id, None);
        Some(old)
    }

    /// Re-attaches an annotation (typically an orphan) to chars
    /// `start..end` of the current article `text`.
    pub fn reattach(&mut self, id: &str, start: usize, end: usize, text: &str) -> bool {
        self.edit(id, |a| a.attach(text, start, end))
    }

    /// Sets, replaces or (with an empty note) removes the article-level
    /// note of `article`. Returns the id of the note, if one remains.
    pub fn set_article_note(&mut self, article: &str, text: &str, note: &str) -> Option<String> {
        let existing = self.article_note(article).map(|a| a.id.clone());
        match (existing, note.is_empty()) {
            (Some(id), true) => {
                self.delete(&id);
                None
            }
            (Some(id), false) => {
                self.edit(&id, |a| a.note = note.to_string());
                Some(id)
            }
            (None, true) => None,
            (None, false) => Some(self.add(Annotation::article_note(article, text, note))),
        }
    }

    /// Undoes the last change; returns the id it concerned.
    pub fn undo(&mut self) -> Option<String> {
        let c = self.undo.pop()?;
        let inverse = Change {
            id: c.id,
            before: c.after,
            after: c.before,
        };
        let c = self.apply(inverse);
        let id = c.id.clone();
        self.redo.push(Change {
            id: c.id,
            before: c.after,
            after: c.before,
        });
        Some(id)
    }

    /// Redoes the last undone change; returns the id it concerned.
    pub fn redo(&mut self) -> Option<String> {
        let c = self.redo.pop()?;
        let c = self.apply(c);
        let id = c.id.clone();
        self.undo.push(c);
        Some(id)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Ids changed (added, edited, deleted) since the last load or save.
    pub fn touched(&self) -> &BTreeSet<String> {
        &self.touched
    }

    /// Replaces the content after a merge with the file: `items` become the
    /// set, history stays (undo re-applies our own before-states), and
    /// nothing is touched any more. Used by the store after a save.
    pub(crate) fn replace_saved(&mut self, items: BTreeMap<String, Annotation>) {
        if items != self.items {
            self.generation += 1;
        }
        self.items = items;
        self.touched.clear();
    }

    pub(crate) fn items(&self) -> &BTreeMap<String, Annotation> {
        &self.items
    }
}

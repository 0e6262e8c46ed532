//! Reading state: which articles were read or starred, where each was
//! left, and what the last session looked like, kept per corpus in a
//! human-readable TOML file ([`file`]) so that a session comes back after
//! a restart.
//!
//! Articles are known by their path (`rel`) and by a fingerprint of their
//! text ([`fingerprint`]): an article whose path is not in the state but
//! whose text is (a file moved or renamed) takes that entry over; an
//! article with a known path and another fingerprint has changed since the
//! last visit; an unknown one is new; an entry no article claims once
//! loading is complete is gone (and dropped at the next save).

pub mod file;

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Flag bits of an article, as the filter (`is:`) and the list see them.
pub mod flags {
    /// Opened in the reader (or marked read).
    pub const READ: u8 = 1;
    /// Starred.
    pub const STARRED: u8 = 2;
    /// New or changed since the last visit.
    pub const NEW: u8 = 4;
}

pub use super::lazy_text::fingerprint;

/// Where an article was left: the reading anchor (paragraph, char offset
/// in it) and the cursor (char offset in the text).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Position {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraph: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<u32>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One article's state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The article's path as annotations name it.
    pub file: String,
    /// [`fingerprint`] of its text, 16 hex digits.
    pub fingerprint: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub read: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub starred: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
    /// When it was last opened in the reader (RFC 3339, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<String>,
}

impl Entry {
    fn fp(&self) -> Option<u64> {
        u64::from_str_radix(&self.fingerprint, 16).ok()
    }
}

/// The last session: what comes back on start.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    #[serde(default)]
    pub filter: String,
    /// The article selected in the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected: Option<String>,
    /// The article open in the reader.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<String>,
    /// `list`, `reader` or `sidebar`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Earlier filter queries, oldest first (at most [`HISTORY_LIMIT`]).
    #[serde(default)]
    pub history: Vec<String>,
}

/// How many filter queries the history keeps.
pub const HISTORY_LIMIT: usize = 100;

/// How an article relates to the last visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seen {
    /// Same path, same text.
    Same,
    /// Same path, another text.
    Changed,
    /// Another path, a known text (moved or renamed).
    Moved,
    /// Not known.
    New,
}

/// What changed since the last visit, for the status line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    pub new: usize,
    pub changed: usize,
    pub moved: usize,
    pub gone: usize,
}

impl Changes {
    /// "12 new, 3 changed, 1 gone" (only the non-zero parts; None when
    /// nothing changed).
    pub fn summary(&self) -> Option<String> {
        let parts: Vec<String> = [
            (self.new, "new"),
            (self.changed, "changed"),
            (self.moved, "moved"),
            (self.gone, "gone"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, w)| format!("{n} {w}"))
        .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// The reading state of one corpus, and which entry each loaded article
/// holds.
#[derive(Debug, Clone, Default)]
pub struct ReadingState {
    /// When the state was last written (the last visit).
    pub visited: Option<String>,
    pub session: Session,
    entries: Vec<Entry>,
    by_file: HashMap<String, usize>,
    by_fp: HashMap<u64, Vec<usize>>,
    /// Entries held by an article of this session.
    claimed: Vec<bool>,
    /// Article index → entry, in load order.
    of_article: Vec<usize>,
    /// How each article relates to the last visit.
    seen: Vec<Seen>,
    /// Whether there was a last visit (else nothing counts as new).
    previous: bool,
    changes: Changes,
}

impl ReadingState {
    /// A state from entries read back (`previous`: there was a file).
    pub fn new(
        session: Session,
        entries: Vec<Entry>,
        visited: Option<String>,
        previous: bool,
    ) -> ReadingState {
        let mut s = ReadingState {
            visited,
            session,
            previous,
            ..Default::default()
        };
        for e in entries {
            if s.by_file.contains_key(&e.file) {
                continue;
            }
            let i = s.entries.len();
            s.by_file.insert(e.file.clone(), i);
            if let Some(fp) = e.fp() {
                s.by_fp.entry(fp).or_default().push(i);
            }
            s.entries.push(e);
            s.claimed.push(false);
        }
        s
    }

    /// Whether there was a last visit.
    pub fn had_previous(&self) -> bool {
        self.previous
    }

    /// How many articles are attached.
    pub fn attached(&self) -> usize {
        self.of_article.len()
    }

    /// Attaches the next article (index [`ReadingState::attached`]) by its
    /// path and text fingerprint; returns how it relates to the last visit.
    pub fn attach(&mut self, rel: &str, fp: u64) -> Seen {
        let hex = format!("{fp:016x}");
        let (entry, seen) = match self.by_file.get(rel).copied() {
            Some(i) if !self.claimed[i] => {
                let seen = if self.entries[i].fingerprint == hex {
                    Seen::Same
                } else {
                    // its old place may not be valid in the new text
                    self.entries[i].fingerprint = hex;
                    self.entries[i].position = None;
                    Seen::Changed
                };
                (i, seen)
            }
            _ => match self.unclaimed_with(fp) {
                Some(i) => {
                    let old = std::mem::replace(&mut self.entries[i].file, rel.to_string());
                    if self.by_file.get(&old) == Some(&i) {
                        self.by_file.remove(&old);
                    }
                    self.by_file.insert(rel.to_string(), i);
                    (i, Seen::Moved)
                }
                None => {
                    let i = self.entries.len();
                    self.entries.push(Entry {
                        file: rel.to_string(),
                        fingerprint: hex,
                        read: false,
                        starred: false,
                        position: None,
                        opened: None,
                    });
                    self.claimed.push(false);
                    self.by_file.insert(rel.to_string(), i);
                    self.by_fp.entry(fp).or_default().push(i);
                    (i, Seen::New)
                }
            },
        };
        self.claimed[entry] = true;
        self.of_article.push(entry);
        let seen = if self.previous { seen } else { Seen::Same };
        match seen {
            Seen::New => self.changes.new += 1,
            Seen::Changed => self.changes.changed += 1,
            Seen::Moved => self.changes.moved += 1,
            Seen::Same => {}
        }
        self.seen.push(seen);
        seen
    }

    /// An unclaimed entry with this fingerprint whose path no article
    /// holds yet.
    fn unclaimed_with(&self, fp: u64) -> Option<usize> {
        self.by_fp
            .get(&fp)?
            .iter()
            .copied()
            .find(|&i| !self.claimed[i])
    }

    /// Loading is complete: the entries no article claimed are gone.
    /// Returns what changed since the last visit.
    pub fn finish(&mut self) -> Changes {
        if self.previous {
            self.changes.gone = self.claimed.iter().filter(|c| !**c).count();
        }
        self.changes
    }

    pub fn changes(&self) -> Changes {
        self.changes
    }

    fn entry(&self, article: u32) -> Option<&Entry> {
        self.entries.get(*self.of_article.get(article as usize)?)
    }

    fn entry_mut(&mut self, article: u32) -> Option<&mut Entry> {
        let i = *self.of_article.get(article as usize)?;
        self.entries.get_mut(i)
    }

    /// The flag bits of an article ([`flags`]).
    pub fn flags(&self, article: u32) -> u8 {
        let Some(e) = self.entry(article) else {
            return 0;
        };
        let mut f = 0;
        if e.read {
            f |= flags::READ;
        }
        if e.starred {
            f |= flags::STARRED;
        }
        if matches!(
            self.seen.get(article as usize),
            Some(Seen::New | Seen::Changed)
        ) {
            f |= flags::NEW;
        }
        f
    }

    pub fn seen(&self, article: u32) -> Option<Seen> {
        self.seen.get(article as usize).copied()
    }

    /// Marks an article read (or unread).
    pub fn set_read(&mut self, article: u32, read: bool) {
        if let Some(e) = self.entry_mut(article) {
            e.read = read;
        }
    }

    /// Toggles the star; returns the new value.
    pub fn toggle_star(&mut self, article: u32) -> bool {
        match self.entry_mut(article) {
            Some(e) => {
                e.starred = !e.starred;
                e.starred
            }
            None => false,
        }
    }

    /// Records that an article was opened now.
    pub fn opened(&mut self, article: u32, when: String) {
        if let Some(e) = self.entry_mut(article) {
            e.read = true;
            e.opened = Some(when);
        }
    }

    pub fn position(&self, article: u32) -> Option<Position> {
        self.entry(article)?.position
    }

    pub fn set_position(&mut self, article: u32, p: Option<Position>) {
        if let Some(e) = self.entry_mut(article) {
            e.position = p;
        }
    }

    /// The article attached with this path, if any.
    pub fn article_of(&self, rel: &str) -> Option<u32> {
        let i = *self.by_file.get(rel)?;
        self.of_article
            .iter()
            .position(|&e| e == i)
            .map(|a| a as u32)
    }

    /// The entries to write: every entry an article holds, and, while
    /// loading is not complete (`complete` false), the others too (their
    /// articles may still come).
    pub fn entries_to_save(&self, complete: bool) -> Vec<Entry> {
        let mut out: Vec<Entry> = self
            .entries
            .iter()
            .zip(&self.claimed)
            .filter(|(_, c)| **c || !complete)
            .map(|(e, _)| e.clone())
            .collect();
        out.sort_by(|a, b| a.file.cmp(&b.file));
        out
    }

    /// Adds a query to the filter history (no repeat of the last one;
    /// the oldest go past [`HISTORY_LIMIT`]).
    pub fn push_history(history: &mut Vec<String>, q: &str) {
        if q.trim().is_empty() || history.last().map(String::as_str) == Some(q) {
            return;
        }
        history.retain(|h| h != q);
        history.push(q.to_string());
        let over = history.len().saturating_sub(HISTORY_LIMIT);
        history.drain(..over);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(file: &str, text: &str, read: bool) -> Entry {
        Entry {
            file: file.into(),
            fingerprint: format!("{:016x}", fingerprint(text)),
            read,
            starred: false,
            position: None,
            opened: None,
        }
    }

    #[test]
    fn fingerprints_differ_and_are_stable() {
        assert_eq!(fingerprint("abc"), fingerprint("abc"));
        assert_ne!(fingerprint("abc"), fingerprint("abd"));
        assert_ne!(fingerprint(""), fingerprint("\0"));
        assert_ne!(fingerprint("12345678a"), fingerprint("12345678b"));
        // stored in files: it must never change
        assert_eq!(
            format!("{:016x}", fingerprint("liseuse")),
            "ea8571d86cfd767c"
        );
    }

    #[test]
    fn a_moved_article_keeps_its_state_and_the_rest_is_counted() {
        let old = vec![
            entry("a.txt", "text a", true),
            entry("b.txt", "text b", false),
            entry("c.txt", "text c", true),
            entry("gone.txt", "text gone", true),
        ];
        let mut s = ReadingState::new(Session::default(), old, None, true);
        assert_eq!(s.attach("a.txt", fingerprint("text a")), Seen::Same);
        assert_eq!(
            s.attach("b.txt", fingerprint("text b changed")),
            Seen::Changed
        );
        assert_eq!(s.attach("moved/c.txt", fingerprint("text c")), Seen::Moved);
        assert_eq!(s.attach("d.txt", fingerprint("text d")), Seen::New);
        let ch = s.finish();
        assert_eq!(
            ch.summary().as_deref(),
            Some("1 new, 1 changed, 1 moved, 1 gone")
        );
        assert_eq!(s.flags(0), flags::READ);
        assert_eq!(s.flags(1), flags::NEW);
        assert_eq!(s.flags(2), flags::READ, "the moved article is still read");
        assert_eq!(s.flags(3), flags::NEW);
        let files: Vec<String> = s
            .entries_to_save(true)
            .into_iter()
            .map(|e| e.file)
            .collect();
        assert_eq!(files, ["a.txt", "b.txt", "d.txt", "moved/c.txt"]);
        // while loading, the unclaimed entry is kept
        assert_eq!(s.entries_to_save(false).len(), 5);
    }

    #[test]
    fn the_first_visit_marks_nothing_new() {
        let mut s = ReadingState::new(Session::default(), Vec::new(), None, false);
        assert_eq!(s.attach("a.txt", 1), Seen::Same);
        assert_eq!(s.finish().summary(), None);
        assert_eq!(s.flags(0), 0);
        s.opened(0, "2026-01-01T00:00:00Z".into());
        assert_eq!(s.flags(0), flags::READ);
        assert!(s.toggle_star(0));
        assert_eq!(s.flags(0), flags::READ | flags::STARRED);
    }

    #[test]
    fn history_is_bounded_without_repeats() {
        let mut h = Vec::new();
        for i in 0..150 {
            ReadingState::push_history(&mut h, &format!("q{i}"));
        }
        ReadingState::push_history(&mut h, "q149");
        ReadingState::push_history(&mut h, "q60");
        assert_eq!(h.len(), HISTORY_LIMIT);
        assert_eq!(h.last().map(String::as_str), Some("q60"));
        assert_eq!(h.iter().filter(|q| *q == "q60").count(), 1);
    }
}

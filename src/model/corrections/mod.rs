//! Corrections a reader makes to the entities: not an entity, another
//! kind, another name (a rename, or a merge into another entity), and new
//! entities declared from a selection. They are data, kept in a TOML file
//! beside the annotation file ([`file`]), and applied over what the
//! extractor found, in every article: the analysis (and its cache) stays
//! the extractor's, and each corrected article keeps the extractor's
//! mentions beside the corrected ones, so that undoing a correction needs
//! no new analysis.
//!
//! A correction is keyed by the entity it changes: its kind and its name,
//! compared folded (`Mail.Ru` and `mail.ru` are one). A second correction
//! of the same entity replaces the first.

pub mod file;

use super::article::Article;
use super::entities::{Declared, Entities, EntityKind, Fate};
use super::text::{self, CharMap};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// What a correction does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// Not an entity: its mentions go.
    Reject,
    /// Another kind (`to_kind`).
    Retype,
    /// Another name (`to`).
    Rename,
    /// The same entity as another (`to`, `to_kind`): its mentions take
    /// that one's name and kind.
    Merge,
    /// A new entity: every occurrence of `name` in every article.
    Declare,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Action::Reject => "reject",
            Action::Retype => "retype",
            Action::Rename => "rename",
            Action::Merge => "merge",
            Action::Declare => "declare",
        }
    }
}

/// One correction, as the file holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub action: Action,
    /// The entity changed (for `declare`: the one declared).
    pub kind: EntityKind,
    pub name: String,
    /// The new name (`rename`, `merge`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The new kind (`retype`, `merge`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_kind: Option<EntityKind>,
    /// Who made it (the user name), and when (RFC 3339).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub by: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub at: String,
}

/// How many corrections may chain (a renamed to b, b merged into c): a
/// cycle written by hand stops there.
const MAX_CHAIN: usize = 8;

impl Correction {
    /// A correction made now by the current user.
    pub fn new(action: Action, kind: EntityKind, name: &str) -> Correction {
        Correction {
            action,
            kind,
            name: name.trim().to_string(),
            to: None,
            to_kind: None,
            by: user(),
            at: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
        }
    }

    pub fn to(mut self, name: &str) -> Correction {
        self.to = Some(name.trim().to_string());
        self
    }

    pub fn to_kind(mut self, kind: EntityKind) -> Correction {
        self.to_kind = Some(kind);
        self
    }

    /// The entity it changes: kind and folded name.
    pub fn key(&self) -> (EntityKind, String) {
        (self.kind, text::fold(&self.name))
    }

    /// What is wrong with it, if anything (the file is checked with it).
    pub fn problem(&self) -> Option<String> {
        if self.name.trim().is_empty() {
            return Some("`name` is empty".into());
        }
        match self.action {
            Action::Retype if self.to_kind.is_none() => Some("`retype` needs `to_kind`".into()),
            Action::Rename | Action::Merge
                if self.to.as_deref().is_none_or(|t| t.trim().is_empty()) =>
            {
                Some(format!("`{}` needs `to`", self.action.name()))
            }
            _ => None,
        }
    }

    /// The kind and name its mentions end with (none for `reject`).
    fn result(&self) -> Option<(EntityKind, &str)> {
        let kind = self.to_kind.unwrap_or(self.kind);
        match self.action {
            Action::Reject => None,
            Action::Retype | Action::Declare => Some((kind, &self.name)),
            Action::Rename | Action::Merge => {
                Some((kind, self.to.as_deref().unwrap_or(&self.name)))
            }
        }
    }

    /// One line for the status bar and the sidebar.
    pub fn describe(&self) -> String {
        let n = &self.name;
        match (self.action, self.result()) {
            (Action::Reject, _) | (_, None) => format!("“{n}” is not an entity"),
            (Action::Retype, Some((k, _))) => {
                format!("“{n}” is {} (was {})", a_kind(k), self.kind.name())
            }
            (Action::Rename, Some((_, to))) => format!("“{n}” renamed “{to}”"),
            (Action::Merge, Some((_, to))) => format!("“{n}” merged into “{to}”"),
            (Action::Declare, Some((k, _))) => format!("“{n}” declared {}", a_kind(k)),
        }
    }

    /// [`Correction::describe`], with who made it and when.
    pub fn explain(&self) -> String {
        let mut s = self.describe();
        if !self.by.is_empty() {
            s.push_str(&format!(" · by {}", self.by));
        }
        if let Some(day) = self.at.get(..10) {
            s.push_str(&format!(" · {day}"));
        }
        s
    }
}

/// "a person", "an organization".
fn a_kind(k: EntityKind) -> String {
    let n = k.name();
    let an = n.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {n}", if an { "an" } else { "a" })
}

/// The user's name, for `by`.
fn user() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "reader".into())
}

/// The corrections of a corpus: at most one per entity, in the order made.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Corrections {
    list: Vec<Correction>,
    by_key: HashMap<(EntityKind, String), usize>,
    /// The folded names corrected, whatever their kind: most mentions of
    /// a corpus are looked up here only, without an allocation.
    names: HashSet<String>,
    /// The first bytes of those names, a bit each: a mention whose folded
    /// name starts otherwise is not folded further, nor looked up.
    initials: [u64; 4],
}

/// The first byte of `name` folded (`None`: it folds to nothing), with
/// `scratch` as room.
fn initial(name: &str, scratch: &mut String) -> Option<u8> {
    scratch.clear();
    for c in name.chars() {
        text::fold_char_into(c, scratch);
        if let Some(&b) = scratch.as_bytes().first() {
            return Some(b);
        }
    }
    None
}

impl Corrections {
    /// From a list (a later correction of an entity replaces an earlier).
    pub fn new(list: impl IntoIterator<Item = Correction>) -> Corrections {
        let mut c = Corrections::default();
        for x in list {
            c.set(x);
        }
        c
    }

    pub fn list(&self) -> &[Correction] {
        &self.list
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// A digest of what the corrections do (not of who made them, or
    /// when): equal digests, equal effect. A stored index names the
    /// corrections it was built with by it.
    pub fn digest(&self) -> u64 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for c in &self.list {
            let kind = |k: Option<EntityKind>| k.map_or("", EntityKind::name);
            for part in [
                c.action.name(),
                c.kind.name(),
                &c.name,
                c.to.as_deref().unwrap_or(""),
                kind(c.to_kind),
            ] {
                h.update(&(part.len() as u32).to_le_bytes());
                h.update(part.as_bytes());
            }
        }
        h.digest()
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Adds `c`, replacing the correction of the same entity (returned).
    pub fn set(&mut self, c: Correction) -> Option<Correction> {
        let old = self.remove(c.kind, &c.name);
        self.names.insert(c.key().1);
        self.mark_initials();
        self.by_key.insert(c.key(), self.list.len());
        self.list.push(c);
        old
    }

    /// Removes the correction of an entity.
    pub fn remove(&mut self, kind: EntityKind, name: &str) -> Option<Correction> {
        let i = self.by_key.remove(&(kind, text::fold(name)))?;
        let old = self.list.remove(i);
        for v in self.by_key.values_mut() {
            if *v > i {
                *v -= 1;
            }
        }
        self.names = self.by_key.keys().map(|(_, n)| n.clone()).collect();
        self.mark_initials();
        Some(old)
    }

    fn mark_initials(&mut self) {
        self.initials = [0; 4];
        for n in &self.names {
            match n.as_bytes().first() {
                Some(&b) => self.initials[b as usize / 64] |= 1 << (b % 64),
                // a name that folds to nothing: no quick answer
                None => self.initials = [u64::MAX; 4],
            }
        }
    }

    /// Whether a name starting with the folded byte `b` may be corrected.
    fn may_start(&self, b: Option<u8>) -> bool {
        match b {
            Some(b) => self.initials[b as usize / 64] & (1 << (b % 64)) != 0,
            None => self.initials == [u64::MAX; 4],
        }
    }

    /// The correction of an entity.
    pub fn get(&self, kind: EntityKind, name: &str) -> Option<&Correction> {
        self.by_key
            .get(&(kind, text::fold(name)))
            .map(|&i| &self.list[i])
    }

    /// The correction that made an entity what it is (it was renamed,
    /// retyped or merged into it, or declared), for the sidebar.
    pub fn explain(&self, kind: EntityKind, name: &str) -> Option<&Correction> {
        let folded = text::fold(name);
        self.list.iter().rev().find(|c| {
            c.action != Action::Reject
                && c.result()
                    .is_some_and(|(k, n)| k == kind && text::fold(n) == folded)
        })
    }

    /// What becomes of a mention of `kind` and `name`.
    fn fate(&self, kind: EntityKind, name: &str, scratch: &mut String) -> Fate {
        // (kind, name) once a correction changed them
        let mut now: Option<(EntityKind, &str)> = None;
        let mut how = None;
        for _ in 0..MAX_CHAIN {
            let (k, n) = now.unwrap_or((kind, name));
            if !self.may_start(initial(n, scratch)) {
                break;
            }
            scratch.clear();
            for c in n.chars() {
                text::fold_char_into(c, scratch);
            }
            if !self.names.contains(scratch.as_str()) {
                break;
            }
            let Some(&i) = self.by_key.get(&(k, scratch.clone())) else {
                break;
            };
            let c = &self.list[i];
            match (c.action, c.result()) {
                (Action::Declare, _) => break,
                (_, None) => return Fate::Drop,
                (action, Some((to_kind, to_name))) => {
                    if to_kind == k && to_name == n {
                        break;
                    }
                    now = Some((to_kind, to_name));
                    how = Some(action.name());
                }
            }
        }
        match (now, how) {
            (Some((k, n)), Some(how)) => Fate::Become(k, n.to_string(), how),
            _ => Fate::Keep,
        }
    }

    /// What differs from `self` to `new`: the entities whose correction
    /// changed (came, went or was replaced), and the names `new` declares
    /// anew. Only articles that mention one of those entities, contain one
    /// of those names, or were corrected before can change.
    pub fn diff(&self, new: &Corrections) -> (Vec<(EntityKind, String)>, Vec<String>) {
        let mut keys = Vec::new();
        let mut declared = Vec::new();
        for c in self.list.iter().chain(new.list.iter()) {
            let (old, now) = (self.get(c.kind, &c.name), new.get(c.kind, &c.name));
            if old == now || keys.iter().any(|(k, n)| *k == c.kind && *n == c.name) {
                continue;
            }
            keys.push((c.kind, c.name.clone()));
            if let Some(d) = now.filter(|d| d.action == Action::Declare) {
                declared.push(d.name.clone());
            }
        }
        (keys, declared)
    }

    /// Whether any correction changes existing mentions (not only declares).
    fn changes_mentions(&self) -> bool {
        self.list.iter().any(|c| c.action != Action::Declare)
    }

    /// The occurrences of the declared names in `text`, as mentions: whole
    /// words, sorted, the longer kept where two overlap.
    fn declared<'s>(&'s self, text: &str) -> Vec<Declared<'s>> {
        let mut found: Vec<(usize, usize, &Correction)> = Vec::new();
        for c in self.list.iter().filter(|c| c.action == Action::Declare) {
            let needle = c.name.as_bytes();
            for at in memchr::memmem::find_iter(text.as_bytes(), needle) {
                let end = at + needle.len();
                let before = text[..at].chars().next_back();
                let after = text[end..].chars().next();
                if before.is_some_and(text::is_word_char) || after.is_some_and(text::is_word_char) {
                    continue;
                }
                found.push((at, end, c));
            }
        }
        if found.is_empty() {
            return Vec::new();
        }
        found.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let map = CharMap::new(text);
        let mut out: Vec<Declared> = Vec::new();
        let mut last_end = 0;
        for (s, e, c) in found {
            if s < last_end {
                continue;
            }
            last_end = e;
            out.push(Declared {
                kind: c.kind,
                start: map.char_of(text, s) as u32,
                end: map.char_of(text, e) as u32,
                name: &c.name,
            });
        }
        out
    }

    /// The mentions of an article's `text` after these corrections; `None`
    /// when they change nothing.
    pub fn apply(&self, text: &str, ents: &Entities) -> Option<Entities> {
        if self.is_empty() {
            return None;
        }
        let add = self.declared(text);
        let mut scratch = String::new();
        if self.changes_mentions() {
            ents.corrected(text, |k, n| self.fate(k, n, &mut scratch), &add)
        } else {
            ents.corrected(text, |_, _| Fate::Keep, &add)
        }
    }

    /// Applies these corrections to an article (over the extractor's
    /// mentions, which it keeps while corrected); the mentions it had,
    /// when they changed.
    pub fn correct(&self, a: &mut Article) -> Option<Entities> {
        let base = a.uncorrected.as_deref().unwrap_or(&a.entities);
        match self.apply(&a.text, base) {
            Some(new) if new == a.entities => None,
            Some(new) => {
                if a.uncorrected.is_none() {
                    let old = std::mem::replace(&mut a.entities, new);
                    a.uncorrected = Some(Box::new(old.clone()));
                    Some(old)
                } else {
                    Some(std::mem::replace(&mut a.entities, new))
                }
            }
            None => {
                let orig = a.uncorrected.take()?;
                Some(std::mem::replace(&mut a.entities, *orig))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn article(text: &str) -> Article {
        Article::new(PathBuf::from("a.txt"), "a.txt".into(), text.into(), false)
    }

    fn names(a: &Article) -> Vec<(EntityKind, String)> {
        a.entities
            .iter()
            .map(|m| (m.kind, a.canonical(m).to_string()))
            .collect()
    }

    const TEXT: &str = "Selon Emmanuel Macron, la société Alibaba a ouvert un bureau à Lyon. \
                        M. Macron a salué Alibaba. Le Petit Atelier du Port vend des vélos.";

    #[test]
    fn reject_retype_rename_merge_and_declare_change_the_mentions() {
        let mut a = article(TEXT);
        let before = names(&a);
        assert!(
            before.contains(&(EntityKind::Place, "Lyon".into())),
            "{before:?}"
        );
        let c = Corrections::new([
            Correction::new(Action::Reject, EntityKind::Place, "lyon"),
            Correction::new(Action::Rename, EntityKind::Organization, "Alibaba")
                .to("Alibaba Group"),
            Correction::new(
                Action::Declare,
                EntityKind::Organization,
                "Petit Atelier du Port",
            ),
        ]);
        assert!(c.correct(&mut a).is_some());
        let after = names(&a);
        assert!(!after.iter().any(|(_, n)| n == "Lyon"), "{after:?}");
        assert_eq!(
            after
                .iter()
                .filter(|x| **x == (EntityKind::Organization, "Alibaba Group".into()))
                .count(),
            2,
            "{after:?}"
        );
        assert!(after.contains(&(EntityKind::Organization, "Petit Atelier du Port".into())));
        let declared = a
            .entities
            .iter()
            .find(|m| a.canonical(m) == "Petit Atelier du Port")
            .unwrap();
        assert_eq!(declared.correction(), Some("declare"));
        let renamed = a
            .entities
            .iter()
            .find(|m| a.canonical(m) == "Alibaba Group")
            .unwrap();
        assert_eq!(renamed.correction(), Some("rename"));
        assert_ne!(renamed.rule(), "?", "the rule that found it is kept");
        // the spans still point at the text
        let map = CharMap::new(&a.text);
        let s = map.byte_of(&a.text, declared.start as usize);
        let e = map.byte_of(&a.text, declared.end as usize);
        assert_eq!(&a.text[s..e], "Petit Atelier du Port");

        // undoing them all gives the extractor's mentions back
        assert!(Corrections::default().correct(&mut a).is_some());
        assert_eq!(names(&a), before);
        assert!(a.uncorrected.is_none());
    }

    #[test]
    fn a_merge_takes_the_other_entitys_kind_and_chains_follow() {
        let mut a = article(TEXT);
        let c = Corrections::new([
            Correction::new(Action::Merge, EntityKind::Place, "Lyon")
                .to("Métropole de Lyon")
                .to_kind(EntityKind::Organization),
            Correction::new(
                Action::Retype,
                EntityKind::Organization,
                "Métropole de Lyon",
            )
            .to_kind(EntityKind::Place),
        ]);
        c.correct(&mut a);
        assert!(names(&a).contains(&(EntityKind::Place, "Métropole de Lyon".into())));
        // a cycle written by hand ends
        let cyc = Corrections::new([
            Correction::new(Action::Rename, EntityKind::Place, "Lyon").to("A"),
            Correction::new(Action::Rename, EntityKind::Place, "A").to("Lyon"),
        ]);
        let mut b = article(TEXT);
        cyc.correct(&mut b);
    }

    #[test]
    fn a_declared_name_is_found_as_a_whole_word_only() {
        let c = Corrections::new([Correction::new(Action::Declare, EntityKind::Person, "Port")]);
        let mut a = article("Le port de Port-Vendres. Port était là. Portail. Port");
        c.correct(&mut a);
        let ports: Vec<u32> = a
            .entities
            .iter()
            .filter(|m| a.canonical(m) == "Port" && m.kind == EntityKind::Person)
            .map(|m| m.start)
            .collect();
        // "Port-Vendres" has a hyphen: "Port" is a whole word there too
        assert!(ports.len() >= 2, "{ports:?}");
        assert!(!ports.is_empty());
    }

    #[test]
    fn the_same_entity_corrected_twice_keeps_the_last() {
        let mut c = Corrections::default();
        c.set(Correction::new(Action::Reject, EntityKind::Place, "Lyon"));
        let old = c.set(
            Correction::new(Action::Retype, EntityKind::Place, "LYON")
                .to_kind(EntityKind::Organization),
        );
        assert_eq!(old.map(|o| o.action), Some(Action::Reject));
        assert_eq!(c.len(), 1);
        assert_eq!(
            c.get(EntityKind::Place, "lyon").map(|o| o.action),
            Some(Action::Retype)
        );
        assert!(c.remove(EntityKind::Place, "Lyon").is_some());
        assert!(c.is_empty());
    }

    #[test]
    fn problems_of_incomplete_corrections() {
        let mut r = Correction::new(Action::Rename, EntityKind::Place, "Lyon");
        assert!(r.problem().is_some());
        r.to = Some("Lugdunum".into());
        assert!(r.problem().is_none());
        assert!(
            Correction::new(Action::Retype, EntityKind::Place, "X")
                .problem()
                .is_some()
        );
        assert!(
            Correction::new(Action::Reject, EntityKind::Place, " ")
                .problem()
                .is_some()
        );
    }
}

//! The reading-state file: `$XDG_STATE_HOME/liseuse/<name>-<hash>.toml`
//! (default `~/.local/state/liseuse/`), one per corpus, named after the
//! corpus roots (a readable slug and a hash of their canonical paths).
//!
//! ```toml
//! schema_version = 1
//! visited = "2026-12-03T16:40:00Z"   # when it was last written
//!
//! [session]
//! filter = "alibaba"
//! selected = "eco/alibaba.txt"
//! open = "eco/alibaba.txt"
//! sort = "path"                      # path, title, date, length
//! focus = "reader"                   # list, reader, sidebar
//! theme = "default"
//! history = ["russie", "alibaba"]    # oldest first, at most 100
//!
//! [[article]]
//! file = "eco/alibaba.txt"           # as annotations name it
//! fingerprint = "7f0c2a9be1d34c55"   # of its text: finds it after a move
//! read = true
//! starred = true
//! position = { paragraph = 4, offset = 0, cursor = 1234 }  # chars
//! opened = "2026-12-03T16:38:12Z"
//! ```
//!
//! Writes are atomic (temp file, fsync, rename, fsync the folder, as for
//! annotations). A file that does not parse is never written over: it is
//! set aside as `NAME.broken-<time>-<pid>-<ns>.toml` and the reader says
//! so; if it cannot be moved, nothing is written.

use super::{Entry, ReadingState, Session};
use crate::model::safe_open::{self, ReadError};
use crate::model::store::{self, recovery};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The schema this version writes and reads.
pub const SCHEMA_VERSION: i64 = 1;

/// State files larger than this are not read (set aside as broken).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

const HEADER: &str = "# liseuse reading state: the last session, and per article read, starred,\n\
# where it was left and when it was opened. Written by liseuse on quit and\n\
# after changes; edit it while liseuse is not running. See the README.\n";

#[derive(Serialize)]
struct FileOut<'a> {
    schema_version: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    visited: Option<&'a str>,
    session: &'a Session,
    article: &'a [Entry],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    schema_version: i64,
    #[serde(default)]
    visited: Option<String>,
    #[serde(default)]
    session: Session,
    #[serde(default)]
    article: Vec<Entry>,
}

/// Where the state of the corpus opened with `paths` lives.
pub fn path_for(paths: &[PathBuf]) -> PathBuf {
    recovery::state_dir().join(file_name(paths))
}

/// `<slug>-<12 hex>.toml`: the slug is the first root's name (lower-case
/// letters, digits and `-`), the hash covers every root's canonical path;
/// `seeds.toml` for the sample articles.
pub fn file_name(paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return "seeds.toml".into();
    }
    let mut h = Sha256::new();
    for p in paths {
        let c = std::fs::canonicalize(p)
            .or_else(|_| std::path::absolute(p))
            .unwrap_or_else(|_| p.clone());
        h.update(c.as_os_str().as_encoded_bytes());
        h.update([0]);
    }
    let hex: String = h.finalize()[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let first = std::fs::canonicalize(&paths[0]).unwrap_or_else(|_| paths[0].clone());
    let name = first
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 32 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "corpus" } else { slug };
    format!("{slug}-{hex}.toml")
}

/// The file text of a state.
pub fn to_toml(visited: Option<&str>, session: &Session, entries: &[Entry]) -> String {
    let body = toml::to_string(&FileOut {
        schema_version: SCHEMA_VERSION,
        visited,
        session,
        article: entries,
    })
    // strings, integers, booleans and their tables always serialize
    .unwrap_or_default();
    format!("{HEADER}{body}")
}

/// What a state file held.
#[derive(Debug)]
pub struct Parsed {
    pub visited: Option<String>,
    pub session: Session,
    pub entries: Vec<Entry>,
}

/// Parses a state file's text; the error says where (line:column).
pub fn parse(src: &str) -> Result<Parsed, String> {
    let f: FileIn = toml::from_str(src).map_err(|e| {
        let at = e
            .span()
            .map(|s| store::line_col(src, s.start))
            .map(|(l, c)| format!("line {l}, column {c}: "))
            .unwrap_or_default();
        format!("{at}{}", e.message())
    })?;
    if f.schema_version != SCHEMA_VERSION {
        return Err(format!(
            "schema_version {} (this liseuse reads {SCHEMA_VERSION})",
            f.schema_version
        ));
    }
    Ok(Parsed {
        visited: f.visited,
        session: f.session,
        entries: f.article,
    })
}

/// The state file of one corpus: where it is, what was last read or
/// written there, and whether it may be written.
#[derive(Debug)]
pub struct StateFile {
    path: PathBuf,
    /// SHA-256 of the file as last read or written.
    seen: Option<[u8; 32]>,
    /// Why the file is not written (a broken file could not be set aside).
    disabled: Option<String>,
}

/// The outcome of opening a state file.
#[derive(Debug)]
pub struct Opened {
    pub file: StateFile,
    pub state: ReadingState,
    /// Something the reader should say (a file set aside, a file that
    /// cannot be written).
    pub message: Option<String>,
}

fn hash(b: &[u8]) -> [u8; 32] {
    Sha256::digest(b).into()
}

/// A new name beside `path` for a broken file: never an existing one.
fn aside_name(path: &Path) -> PathBuf {
    let probe = recovery::beside(path);
    let name = probe.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(name.replacen(".recovered-", ".broken-", 1))
}

/// Moves a broken file out of the way (never over another file).
fn set_aside(path: &Path) -> Result<PathBuf, String> {
    let target = aside_name(path);
    std::fs::hard_link(path, &target)
        .and_then(|()| std::fs::remove_file(path))
        .map_err(|e| format!("could not set {} aside: {e}", path.display()))?;
    Ok(target)
}

enum Read {
    Missing,
    Good(Box<Parsed>, [u8; 32]),
    Broken(String),
}

fn read(path: &Path) -> Read {
    let bytes = match safe_open::read_capped(path, MAX_FILE_BYTES) {
        Ok(b) => b,
        Err(ReadError::NotFound) => return Read::Missing,
        Err(e) => return Read::Broken(e.to_string()),
    };
    let h = hash(&bytes);
    match std::str::from_utf8(&bytes) {
        Ok(src) => match parse(src) {
            Ok(p) => Read::Good(Box::new(p), h),
            Err(e) => Read::Broken(e),
        },
        Err(e) => Read::Broken(format!("invalid UTF-8 at byte {}", e.valid_up_to())),
    }
}

impl StateFile {
    /// Opens the state at `path`: a missing file is a first visit; a
    /// file that does not parse is set aside and the state starts fresh.
    pub fn open(path: PathBuf) -> Opened {
        let mut file = StateFile {
            path,
            seen: None,
            disabled: None,
        };
        match read(&file.path) {
            Read::Missing => Opened {
                file,
                state: ReadingState::new(Session::default(), Vec::new(), None, false),
                message: None,
            },
            Read::Good(p, h) => {
                file.seen = Some(h);
                Opened {
                    file,
                    state: ReadingState::new(p.session, p.entries, p.visited, true),
                    message: None,
                }
            }
            Read::Broken(why) => {
                let message = match set_aside(&file.path) {
                    Ok(to) => format!(
                        "reading state {} did not parse ({why}): set aside as {}; starting afresh",
                        file.path.display(),
                        to.display()
                    ),
                    Err(e) => {
                        let m = format!(
                            "reading state {} did not parse ({why}) and {e}: it will not be written",
                            file.path.display()
                        );
                        file.disabled = Some(m.clone());
                        m
                    }
                };
                Opened {
                    file,
                    state: ReadingState::new(Session::default(), Vec::new(), None, false),
                    message: Some(message),
                }
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why the file is not written, if it is not.
    pub fn disabled(&self) -> Option<&str> {
        self.disabled.as_deref()
    }

    /// Writes `text` atomically. If the file changed on disk since it was
    /// last read or written and no longer parses, it is set aside first
    /// (never written over); if that fails, nothing is written. Returns a
    /// message when a file was set aside.
    pub fn write(&mut self, text: &str) -> Result<Option<String>, String> {
        if let Some(why) = &self.disabled {
            return Err(why.clone());
        }
        let mut said = None;
        let on_disk = safe_open::read_capped(&self.path, MAX_FILE_BYTES);
        let changed = match &on_disk {
            Ok(b) => Some(hash(b)) != self.seen,
            Err(ReadError::NotFound) => false,
            Err(_) => true,
        };
        if changed && let Read::Broken(why) = read(&self.path) {
            let to = set_aside(&self.path).inspect_err(|e| {
                self.disabled = Some(e.clone());
            })?;
            said = Some(format!(
                "reading state {} no longer parsed ({why}): set aside as {}",
                self.path.display(),
                to.display()
            ));
        }
        store::write_atomic(&self.path, text.as_bytes()).map_err(|e| e.to_string())?;
        self.seen = Some(hash(text.as_bytes()));
        Ok(said)
    }
}

/// Reads the state for a printing command (`liseuse filter is:unread`):
/// never writes, never moves anything; a missing or broken file is an
/// empty state (the error is returned beside it).
pub fn read_only(path: &Path) -> (ReadingState, Option<String>) {
    match read(path) {
        Read::Missing => (ReadingState::default(), None),
        Read::Good(p, _) => (
            ReadingState::new(p.session, p.entries, p.visited, true),
            None,
        ),
        Read::Broken(why) => (
            ReadingState::default(),
            Some(format!("reading state {} ignored: {why}", path.display())),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::reading::{Position, fingerprint};

    #[test]
    fn round_trips() {
        let session = Session {
            filter: "alibaba \"quote\"".into(),
            selected: Some("a.txt".into()),
            open: Some("a.txt".into()),
            sort: Some("date".into()),
            focus: Some("reader".into()),
            theme: Some("light".into()),
            history: vec!["x".into(), "y".into()],
        };
        let entries = vec![Entry {
            file: "a.txt".into(),
            fingerprint: format!("{:016x}", fingerprint("t")),
            read: true,
            starred: true,
            position: Some(Position {
                paragraph: Some(3),
                offset: Some(0),
                cursor: Some(120),
            }),
            opened: Some("2026-12-03T16:38:12Z".into()),
        }];
        let text = to_toml(Some("2026-12-03T16:40:00Z"), &session, &entries);
        let p = parse(&text).unwrap();
        assert_eq!(p.session, session);
        assert_eq!(p.entries, entries);
        assert!(text.contains("[[article]]"), "{text}");
    }

    #[test]
    fn bad_files_say_where() {
        let e = parse("schema_version = 1\n[[article]]\nfile = 3\n").unwrap_err();
        assert!(e.contains("line 3"), "{e}");
        assert!(
            parse("schema_version = 9\n")
                .unwrap_err()
                .contains("schema_version 9")
        );
    }

    #[test]
    fn names_are_readable_and_distinct() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("Mes Articles");
        let b = d.path().join("other");
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(&b).unwrap();
        let n = file_name(std::slice::from_ref(&a));
        assert!(
            n.starts_with("mes-articles-") && n.ends_with(".toml"),
            "{n}"
        );
        assert_ne!(n, file_name(&[a.clone(), b.clone()]));
        assert_eq!(file_name(&[]), "seeds.toml");
    }
}

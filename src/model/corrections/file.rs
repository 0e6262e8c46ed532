//! The corrections file: `.liseuse-entities.toml` beside the annotation
//! file (`seeds-entities.toml` for the sample articles). Human-readable,
//! one `[[correction]]` table per correction, in the order made. Written
//! as the annotation file is: under its lock, merged with what another
//! instance wrote meanwhile, atomically (temp, fsync, rename, folder
//! fsync); a file that does not parse is never written over (the session's
//! corrections then stay in memory, and the status bar says why).

use super::{Correction, Corrections};
use crate::model::safe_open::ReadError;
use crate::model::store::{self, Lock, StoreError, line_col, read_bytes};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The file name beside an annotation file of a corpus.
pub const FILE_NAME: &str = ".liseuse-entities.toml";
/// The file name beside the sample articles' annotation file.
pub const SEEDS_FILE_NAME: &str = "seeds-entities.toml";

const SCHEMA_VERSION: i64 = 1;

const HEADER: &str = "# liseuse entity corrections, one [[correction]] table each, in the order made.\n\
# action: reject (not an entity), retype (to_kind), rename (to), merge (to, to_kind),\n\
# declare (every occurrence of name is an entity of kind). Kinds: person, organization,\n\
# place, date, money, percent, quantity. Names are matched ignoring case and accents.\n";

/// The corrections file that goes with an annotation file.
pub fn beside(annotations: &Path) -> PathBuf {
    let name = if annotations.file_name().and_then(|n| n.to_str()) == Some(store::SEEDS_FILE_NAME) {
        SEEDS_FILE_NAME
    } else {
        FILE_NAME
    };
    annotations.with_file_name(name)
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileData {
    schema_version: i64,
    #[serde(default)]
    correction: Vec<Correction>,
}

/// The file text for some corrections.
pub fn to_toml(list: &[Correction]) -> String {
    let body = toml::to_string(&FileData {
        schema_version: SCHEMA_VERSION,
        correction: list.to_vec(),
    })
    // strings and enums always serialize
    .unwrap_or_default();
    format!("{HEADER}{body}")
}

/// Reads a file's text: every correction, or the first problem with its
/// line and column.
pub fn parse(path: &Path, src: &str) -> Result<Vec<Correction>, String> {
    let at = |line: usize, col: usize, msg: &str| format!("{}:{line}:{col}: {msg}", path.display());
    let data: FileData = toml::from_str(src).map_err(|e| {
        let (l, c) = e.span().map(|s| line_col(src, s.start)).unwrap_or((0, 0));
        at(l, c, e.message().trim())
    })?;
    if data.schema_version != SCHEMA_VERSION {
        return Err(at(
            0,
            0,
            &format!(
                "schema_version {} is not the one this liseuse writes ({SCHEMA_VERSION})",
                data.schema_version
            ),
        ));
    }
    for (i, c) in data.correction.iter().enumerate() {
        if let Some(p) = c.problem() {
            return Err(at(0, 0, &format!("correction {}: {p}", i + 1)));
        }
    }
    Ok(data.correction)
}

/// Reads the file at `path`: `Ok(None)` when there is none.
fn read(path: &Path) -> Result<Option<Vec<Correction>>, String> {
    let bytes = match read_bytes(path) {
        Ok(Some(b)) => b,
        Ok(None) => return Ok(None),
        Err(ReadError::TooLarge { bytes, .. }) => {
            return Err(format!("{} is too large ({bytes} bytes)", path.display()));
        }
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let src =
        std::str::from_utf8(&bytes).map_err(|_| format!("{}: invalid UTF-8", path.display()))?;
    parse(path, src).map(Some)
}

/// The corrections file of a corpus.
#[derive(Debug)]
pub struct CorrectionFile {
    path: PathBuf,
    /// The corrections as last read or written (for the merge).
    base: Corrections,
    /// Why the file is not written (it exists and did not parse).
    problem: Option<String>,
    /// Why the last save failed (a lock held, a full disk), until one
    /// succeeds: corrections made that are only in memory.
    failed: Option<String>,
    lock_wait: Duration,
}

impl CorrectionFile {
    /// Opens the file (a missing one is no corrections). Never fails: a
    /// file that cannot be read or parsed gives no corrections, and is
    /// never written ([`CorrectionFile::problem`] says why).
    pub fn open(path: impl Into<PathBuf>) -> (CorrectionFile, Corrections) {
        let path = store::resolve_links(&path.into());
        let (list, problem) = match read(&path) {
            Ok(l) => (l.unwrap_or_default(), None),
            Err(p) => (Vec::new(), Some(p)),
        };
        let base = Corrections::new(list);
        let file = CorrectionFile {
            path,
            base: base.clone(),
            problem,
            failed: None,
            lock_wait: store::LOCK_WAIT,
        };
        (file, base)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why the file is not written, if it is not.
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// How long a save waits for another instance's lock.
    pub fn set_lock_wait(&mut self, wait: Duration) {
        self.lock_wait = wait;
    }

    /// Saves `current`: what changed since the file was read is merged
    /// into what the file holds now (another instance may have written
    /// it), then written atomically under the lock. After a merge,
    /// `current` holds the merged corrections. On error nothing changes.
    pub fn save(&mut self, current: &mut Corrections) -> Result<(), String> {
        let r = self.write(current);
        // a file that cannot be written at all was said at the start; a
        // failed write of a good one leaves corrections to save
        self.failed = r.as_ref().err().filter(|_| self.problem.is_none()).cloned();
        r
    }

    /// Why corrections made are not saved yet (the last save failed).
    pub fn failed(&self) -> Option<&str> {
        self.failed.as_deref()
    }

    fn write(&mut self, current: &mut Corrections) -> Result<(), String> {
        if let Some(p) = &self.problem {
            return Err(format!("{p}; corrections kept for this session only"));
        }
        let why = |e: StoreError| match e {
            StoreError::Io { action, source, .. } => {
                format!("could not {action} {}: {source}", self.path.display())
            }
            StoreError::Locked { .. } => "locked by another liseuse".to_string(),
            StoreError::BadLock { what, .. } => format!("the lock file is {what}"),
        };
        let _lock = Lock::acquire(&self.path, self.lock_wait).map_err(why)?;
        let on_disk = match read(&self.path) {
            Ok(l) => Corrections::new(l.unwrap_or_default()),
            Err(p) => {
                self.problem = Some(p.clone());
                return Err(format!("{p}; it will not be written"));
            }
        };
        let merged = merge(&self.base, current, on_disk);
        store::write_atomic(&self.path, to_toml(merged.list()).as_bytes()).map_err(why)?;
        self.base = merged.clone();
        *current = merged;
        Ok(())
    }
}

/// `theirs` with the changes from `base` to `ours` made to it.
fn merge(base: &Corrections, ours: &Corrections, mut theirs: Corrections) -> Corrections {
    let keys: HashSet<_> = base
        .list()
        .iter()
        .chain(ours.list())
        .map(|c| (c.kind, c.name.clone()))
        .collect();
    let mut set: Vec<&Correction> = Vec::new();
    for (kind, name) in keys {
        let (b, o) = (base.get(kind, &name), ours.get(kind, &name));
        if b == o {
            continue;
        }
        match o {
            Some(c) => set.push(c),
            None => {
                theirs.remove(kind, &name);
            }
        }
    }
    // in the order we made them
    for c in ours.list().iter().filter(|c| set.contains(c)) {
        theirs.set(c.clone());
    }
    theirs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::corrections::Action;
    use crate::model::entities::EntityKind;

    #[test]
    fn a_file_round_trips_and_reads_as_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let (mut f, mut c) = CorrectionFile::open(&path);
        assert!(c.is_empty() && f.problem().is_none());
        c.set(Correction::new(
            Action::Reject,
            EntityKind::Place,
            "Physics",
        ));
        c.set(
            Correction::new(Action::Merge, EntityKind::Organization, "Mail.Ru")
                .to("Mail.ru Group")
                .to_kind(EntityKind::Organization),
        );
        f.save(&mut c).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# liseuse entity corrections"), "{text}");
        assert!(
            text.contains(
                "[[correction]]\naction = \"reject\"\nkind = \"place\"\nname = \"Physics\""
            ),
            "{text}"
        );
        let (_, again) = CorrectionFile::open(&path);
        assert_eq!(again, c);
    }

    #[test]
    fn a_file_that_does_not_parse_is_never_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let bad = "schema_version = 1\n[[correction]]\naction = \"explode\"\n";
        std::fs::write(&path, bad).unwrap();
        let (mut f, mut c) = CorrectionFile::open(&path);
        let p = f.problem().unwrap().to_string();
        assert!(p.contains(":3:"), "{p}");
        c.set(Correction::new(Action::Reject, EntityKind::Place, "X"));
        assert!(f.save(&mut c).is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), bad);
    }

    #[test]
    fn two_instances_merge_their_corrections() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let (mut f1, mut c1) = CorrectionFile::open(&path);
        let (mut f2, mut c2) = CorrectionFile::open(&path);
        c1.set(Correction::new(Action::Reject, EntityKind::Place, "A"));
        f1.save(&mut c1).unwrap();
        c2.set(Correction::new(Action::Reject, EntityKind::Place, "B"));
        f2.save(&mut c2).unwrap();
        assert_eq!(c2.len(), 2, "{c2:?}");
        // the first removes its own; the second's stays
        c1.remove(EntityKind::Place, "A");
        f1.save(&mut c1).unwrap();
        let (_, now) = CorrectionFile::open(&path);
        assert_eq!(now.list().len(), 1);
        assert_eq!(now.list()[0].name, "B");
    }
}

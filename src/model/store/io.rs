//! Reading, locking, merging and atomically writing the annotation file.

use super::format::{self, Problem};
use super::recovery;
use crate::model::annotation::{Annotation, AnnotationSet};
use crate::model::safe_open::{self, ReadError};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs::{self, File, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use std::{fmt, thread};

/// How long a save waits for another instance's lock by default (the
/// commands that print; the reader sets a short wait with
/// [`Store::set_lock_wait`] and retries later, so that a held lock never
/// freezes the screen).
pub const LOCK_WAIT: Duration = Duration::from_secs(5);

/// Annotation files larger than this are neither read nor written (about
/// 100,000 annotations): the store goes read-only and saves to the
/// recovery file, so a huge or hostile file cannot exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

fn too_large_reason(path: &Path, bytes: u64) -> String {
    format!(
        "{} is too large ({} MiB, limit {} MiB): it will not be read nor written",
        path.display(),
        bytes / (1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// Why a save failed. The annotations stay in memory either way.
#[derive(Debug)]
pub enum StoreError {
    /// A file operation failed (disk full, read-only folder, …).
    Io {
        path: PathBuf,
        action: &'static str,
        source: io::Error,
    },
    /// Another instance held the lock for too long.
    Locked { path: PathBuf },
    /// The lock file is not a regular file (a symbolic link, a FIFO…).
    BadLock { path: PathBuf, what: String },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Io {
                path,
                action,
                source,
            } => write!(
                f,
                "could not {action} {}: {source}; annotations kept in memory, will retry on the next change",
                path.display()
            ),
            StoreError::Locked { path } => write!(
                f,
                "{} is locked by another liseuse; annotations kept in memory, will retry",
                path.display()
            ),
            StoreError::BadLock { path, what } => write!(
                f,
                "the lock file {} is {what}, not a regular file (remove it); annotations kept in memory, will retry",
                path.display()
            ),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io { source, .. } => Some(source),
            StoreError::Locked { .. } | StoreError::BadLock { .. } => None,
        }
    }
}

fn io_err(path: &Path, action: &'static str) -> impl FnOnce(io::Error) -> StoreError {
    let path = path.to_path_buf();
    move |source| StoreError::Io {
        path,
        action,
        source,
    }
}

/// Where a successful save went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// The annotation file itself.
    File(PathBuf),
    /// The recovery file (the annotation file is read-only: it did not parse).
    Recovery(PathBuf),
}

/// Why the store does not write its file, and where it writes instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOnly {
    pub reason: String,
    pub recovery: PathBuf,
}

impl fmt::Display for ReadOnly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}; new annotations are saved to {}",
            self.reason,
            self.recovery.display()
        )
    }
}

/// The annotation file of one corpus.
#[derive(Debug)]
pub struct Store {
    /// The file written: a symbolic link given as the path is resolved
    /// to its target, so that saves write through it.
    path: PathBuf,
    /// SHA-256 of the file as last read or written (None: no file).
    seen: Option<[u8; 32]>,
    read_only: Option<ReadOnly>,
    /// Whether the recovery file of `read_only` was created by us.
    recovery_created: bool,
    problems: Vec<Problem>,
    pending: bool,
    /// The last save error, until a save succeeds.
    last_error: Option<String>,
    /// Why an existing file could not be read at all (a folder, a FIFO,
    /// too large, permissions): the commands that print fail on it.
    unreadable: Option<String>,
    lock_wait: Duration,
}

fn hash(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

/// The file's bytes, or None when it does not exist. Never blocks on a
/// FIFO or device, and never reads more than [`MAX_FILE_BYTES`] + 1.
pub(crate) fn read_bytes(path: &Path) -> Result<Option<Vec<u8>>, ReadError> {
    match safe_open::read_capped(path, MAX_FILE_BYTES) {
        Ok(b) => Ok(Some(b)),
        Err(ReadError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Follows the symbolic links of `path`'s last component (up to 40), so
/// that a linked annotation file is written through to its target (which
/// may not exist yet).
pub fn resolve_links(path: &Path) -> PathBuf {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => match fs::read_link(&p) {
                Ok(t) if t.is_absolute() => p = t,
                Ok(t) => p = folder(&p).join(t),
                Err(_) => break,
            },
            _ => break,
        }
    }
    p
}

/// `dir/NAME.suffix` for `dir/NAME`.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to `path` atomically: temp file in the same folder,
/// write, fsync, rename, fsync the folder.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_mode(path, bytes, true)
}

/// Like [`write_atomic`], for a file that must not exist yet (a recovery
/// file): the temp file is linked without replacing anything, and an
/// existing file is an error.
pub fn write_atomic_new(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_mode(path, bytes, false)
}

fn write_atomic_mode(path: &Path, bytes: &[u8], replace: bool) -> Result<(), StoreError> {
    let dir = folder(path);
    fs::create_dir_all(&dir).map_err(io_err(&dir, "create the folder"))?;
    let prefix = format!(
        ".{}.",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    let mut tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(io_err(&dir, "create a temporary file in"))?;
    // Keep the permissions of the file being replaced (new files: 0600).
    if let Ok(meta) = fs::metadata(path) {
        let _ = tmp.as_file().set_permissions(meta.permissions());
    }
    tmp.write_all(bytes).map_err(io_err(path, "write"))?;
    tmp.as_file().sync_all().map_err(io_err(path, "sync"))?;
    if replace {
        tmp.persist(path)
            .map_err(|e| io_err(path, "replace")(e.error))?;
    } else {
        tmp.persist_noclobber(path)
            .map_err(|e| io_err(path, "create")(e.error))?;
    }
    // Make the rename itself durable.
    File::open(&dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(&dir, "sync the folder"))?;
    Ok(())
}

/// Removes the temporary files a killed instance left behind. Only called
/// under the lock: every write of the file happens under it, so any temp
/// file of ours present then is stale.
fn remove_stale_temps(path: &Path) {
    let prefix = format!(
        ".{}.",
        path.file_name().unwrap_or_default().to_string_lossy()
    );
    let Ok(entries) = fs::read_dir(folder(path)) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(&prefix) && name.ends_with(".tmp") {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// Holds the lock file until dropped.
pub(crate) struct Lock(File);

impl Lock {
    pub(crate) fn acquire(path: &Path, wait: Duration) -> Result<Lock, StoreError> {
        let lock_path = sibling(path, ".lock");
        let file = safe_open::open_lock_file(&lock_path).map_err(|e| match e {
            ReadError::NotRegular(what) => StoreError::BadLock {
                path: lock_path.clone(),
                what: format!("a {what}"),
            },
            ReadError::Io(e) => io_err(&lock_path, "open the lock file")(e),
            other => io_err(&lock_path, "open the lock file")(io::Error::other(other.to_string())),
        })?;
        let t0 = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(Lock(file)),
                Err(TryLockError::WouldBlock) if t0.elapsed() < wait => {
                    thread::sleep(Duration::from_millis(2))
                }
                Err(TryLockError::WouldBlock) => {
                    return Err(StoreError::Locked { path: lock_path });
                }
                Err(TryLockError::Error(e)) => return Err(io_err(&lock_path, "lock")(e)),
            }
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

impl Store {
    /// Opens the annotation file at `path` (a missing file is an empty
    /// set). Never fails: problems are in [`Store::problems`], and a file
    /// that did not parse or could not be read makes the store read-only.
    pub fn open(path: impl Into<PathBuf>) -> (Store, AnnotationSet) {
        let path = resolve_links(&path.into());
        let mut store = Store {
            path,
            seen: None,
            read_only: None,
            recovery_created: false,
            problems: Vec::new(),
            pending: false,
            last_error: None,
            unreadable: None,
            lock_wait: LOCK_WAIT,
        };
        let bytes = match read_bytes(&store.path) {
            Ok(Some(b)) => b,
            Ok(None) => return (store, AnnotationSet::new()),
            Err(ReadError::TooLarge { bytes, .. }) => {
                let reason = too_large_reason(&store.path, bytes);
                store.unreadable = Some(reason.clone());
                store.go_read_only(reason);
                return (store, AnnotationSet::new());
            }
            Err(e) => {
                let reason = format!("cannot read {}: {e}", store.path.display());
                store.unreadable = Some(reason.clone());
                store.go_read_only(reason);
                return (store, AnnotationSet::new());
            }
        };
        store.seen = Some(hash(&bytes));
        let parsed = match std::str::from_utf8(&bytes) {
            Ok(src) => format::parse(&store.path, src),
            Err(e) => {
                let (line, column) =
                    format::line_col(&String::from_utf8_lossy(&bytes), e.valid_up_to());
                format::Parsed {
                    items: Vec::new(),
                    problems: vec![Problem {
                        path: store.path.clone(),
                        line,
                        column,
                        message: "invalid UTF-8".into(),
                    }],
                    fatal: true,
                }
            }
        };
        if !parsed.problems.is_empty() {
            let n = parsed.problems.len();
            let first = parsed.problems[0].to_string();
            store.problems = parsed.problems;
            store.go_read_only(format!(
                "{n} problem(s) in the file, first: {first}; it will not be written"
            ));
        }
        (store, AnnotationSet::from_loaded(parsed.items))
    }

    fn go_read_only(&mut self, reason: String) {
        // One recovery file per instance, named so that no other can
        // collide with it (pid and nanoseconds).
        let recovery = recovery::beside(&self.path);
        self.recovery_created = false;
        self.read_only = Some(ReadOnly { reason, recovery });
    }

    /// How long a save waits for another instance's lock (then it fails
    /// with [`StoreError::Locked`] and the caller retries later).
    pub fn set_lock_wait(&mut self, wait: Duration) {
        self.lock_wait = wait;
    }

    /// Why the file exists but could not be read at all (a folder, a
    /// FIFO, too large, no permission). A missing file is not an error.
    pub fn unreadable(&self) -> Option<&str> {
        self.unreadable.as_deref()
    }

    /// The last save error, until a save succeeds.
    pub fn last_error(&self) -> Option<&str> {
        self.last_error.as_deref()
    }

    /// Writes all of `set` to a new recovery file (state folder first):
    /// the way out when the annotation file cannot be written and the
    /// reader must end. Returns where it went.
    pub fn save_to_recovery(&self, set: &AnnotationSet) -> Result<PathBuf, StoreError> {
        recovery::write_new(&self.path, &format::to_toml(set.items().values()))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What was wrong in the file when it was read (file:line:column).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// Set when the file is not written (and where saves go instead).
    pub fn read_only(&self) -> Option<&ReadOnly> {
        self.read_only.as_ref()
    }

    /// True after a failed save, until a save succeeds.
    pub fn is_pending(&self) -> bool {
        self.pending
    }

    /// Saves `set`: merges with the file if another instance changed it,
    /// then writes atomically under the lock. After a merge, `set` holds the
    /// merged annotations. On error nothing in `set` changes.
    pub fn save(&mut self, set: &mut AnnotationSet) -> Result<Saved, StoreError> {
        let r = self.save_inner(set);
        self.pending = r.is_err();
        self.last_error = r.as_ref().err().map(|e| match e {
            StoreError::Io { action, source, .. } => format!("could not {action}: {source}"),
            StoreError::Locked { .. } => "locked by another liseuse".to_string(),
            StoreError::BadLock { what, .. } => format!("the lock file is {what}"),
        });
        r
    }

    /// Retries a failed save (same as [`Store::save`]).
    pub fn retry(&mut self, set: &mut AnnotationSet) -> Result<Saved, StoreError> {
        self.save(set)
    }

    fn save_inner(&mut self, set: &mut AnnotationSet) -> Result<Saved, StoreError> {
        if let Some(ro) = &self.read_only {
            let recovery = ro.recovery.clone();
            let text = format::to_toml(set.items().values());
            if self.recovery_created {
                write_atomic(&recovery, text.as_bytes())?;
                return Ok(Saved::Recovery(recovery));
            }
            // First write: a new file, beside the annotation file, else in
            // the state folder (the annotation folder may be read-only).
            let recovery = match write_atomic_new(&recovery, text.as_bytes()) {
                Ok(()) => recovery,
                Err(_) => {
                    let other = recovery::in_state_dir(&self.path);
                    write_atomic_new(&other, text.as_bytes())?;
                    other
                }
            };
            self.recovery_created = true;
            if let Some(ro) = &mut self.read_only {
                ro.recovery = recovery.clone();
            }
            return Ok(Saved::Recovery(recovery));
        }
        let dir = folder(&self.path);
        fs::create_dir_all(&dir).map_err(io_err(&dir, "create the folder"))?;
        let _lock = Lock::acquire(&self.path, self.lock_wait)?;
        remove_stale_temps(&self.path);
        let on_disk = match read_bytes(&self.path) {
            Ok(b) => b,
            Err(ReadError::TooLarge { bytes, .. }) => {
                self.go_read_only(too_large_reason(&self.path, bytes));
                return self.save_inner(set);
            }
            Err(ReadError::NotRegular(what)) => {
                self.go_read_only(format!(
                    "{} is a {what}, not a regular file; it will not be written",
                    self.path.display()
                ));
                return self.save_inner(set);
            }
            Err(ReadError::Io(e)) => return Err(io_err(&self.path, "read")(e)),
            Err(ReadError::NotFound) => None,
        };
        let disk_hash = on_disk.as_deref().map(hash);
        let merged = if disk_hash == self.seen {
            set.items().clone()
        } else {
            let theirs = match on_disk.as_deref().map(std::str::from_utf8) {
                None => format::Parsed::default(),
                Some(Ok(src)) => format::parse(&self.path, src),
                Some(Err(_)) => format::Parsed {
                    fatal: true,
                    ..Default::default()
                },
            };
            if theirs.fatal || !theirs.problems.is_empty() {
                self.problems = theirs.problems;
                self.go_read_only(format!(
                    "{} changed on disk and no longer parses; it will not be written",
                    self.path.display()
                ));
                return self.save_inner(set);
            }
            merge(theirs.items, set)
        };
        let text = format::to_toml(merged.values());
        write_atomic(&self.path, text.as_bytes())?;
        self.seen = Some(hash(text.as_bytes()));
        set.replace_saved(merged);
        Ok(Saved::File(self.path.clone()))
    }
}

/// Theirs, with our touched ids on top (ours win; our deletions stay).
fn merge(theirs: Vec<Annotation>, ours: &AnnotationSet) -> BTreeMap<String, Annotation> {
    let mut out: BTreeMap<String, Annotation> =
        theirs.into_iter().map(|a| (a.id.clone(), a)).collect();
    for id in ours.touched() {
        match ours.get(id) {
            Some(a) => out.insert(id.clone(), a.clone()),
            None => out.remove(id),
        };
    }
    out
}

//! Recovery files: where annotations go when the annotation file cannot
//! take them (it did not parse, is too large, or a save failed when the
//! reader had to end).
//!
//! Names never collide: `STEM.recovered-<UTC time>-<pid>-<nanoseconds>.toml`,
//! created with `O_EXCL` semantics (a temp file linked without replacing).
//! Two places: beside the annotation file, and the state folder
//! (`$XDG_STATE_HOME/liseuse/`, default `~/.local/state/liseuse/`), where
//! the name also carries a hash of the annotation file's path:
//! `STEM-<8 hex>.recovered-….toml`. [`list`] finds both.

use super::io::{StoreError, write_atomic_new};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// `$XDG_STATE_HOME/liseuse`, else `~/.local/state/liseuse`, else the
/// system's temporary folder.
pub fn state_dir() -> PathBuf {
    let nonempty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    if let Some(d) = nonempty("XDG_STATE_HOME") {
        return PathBuf::from(d).join("liseuse");
    }
    match nonempty("HOME") {
        Some(h) => PathBuf::from(h).join(".local/state/liseuse"),
        None => std::env::temp_dir().join("liseuse-state"),
    }
}

/// The annotation file's name without `.toml`.
fn stem(path: &Path) -> String {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name.strip_suffix(".toml").unwrap_or(&name).to_string()
}

/// A short hash of the annotation file's absolute path, so that recovery
/// files of different corpora in the state folder are told apart.
fn path_tag(path: &Path) -> String {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let h = Sha256::digest(abs.as_os_str().as_encoded_bytes());
    h[..4].iter().map(|b| format!("{b:02x}")).collect()
}

/// `<time>-<pid>-<nanoseconds>`, different at every call in this process
/// (a counter breaks ties within a nanosecond).
fn unique_stamp() -> String {
    static SEQ: AtomicU64 = AtomicU64::new(0);
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let time = crate::model::annotation::now_rfc3339().replace([':', '-'], "");
    let seq = SEQ.fetch_add(1, Ordering::Relaxed);
    let nanos = now.as_nanos() as u64 + seq;
    format!("{time}-{}-{nanos}", std::process::id())
}

/// A new recovery path beside the annotation file.
pub fn beside(path: &Path) -> PathBuf {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    dir.join(format!("{}.recovered-{}.toml", stem(path), unique_stamp()))
}

/// A new recovery path in the state folder.
pub fn in_state_dir(path: &Path) -> PathBuf {
    let s = stem(path);
    let s = s.trim_start_matches('.');
    state_dir().join(format!(
        "{s}-{}.recovered-{}.toml",
        path_tag(path),
        unique_stamp()
    ))
}

/// Writes `text` to a new recovery file for the annotation file at `path`:
/// in the state folder, else beside the file, else the temporary folder.
/// Returns where it went, or the last error.
pub fn write_new(path: &Path, text: &str) -> Result<PathBuf, StoreError> {
    let header = format!(
        "# liseuse recovery file for {}\n# Merge it back: liseuse annotations --merge THIS_FILE --annotations {}\n",
        path.display(),
        path.display()
    );
    let body = format!("{header}{text}");
    let tmp_place = std::env::temp_dir().join(
        in_state_dir(path)
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_default(),
    );
    let mut last = None;
    for target in [in_state_dir(path), beside(path), tmp_place] {
        match write_atomic_new(&target, body.as_bytes()) {
            Ok(()) => return Ok(target),
            Err(e) => last = Some(e),
        }
    }
    Err(last.expect("three places were tried"))
}

/// The recovery files of the annotation file at `path`, oldest first:
/// beside it and in the state folder.
pub fn list(path: &Path) -> Vec<PathBuf> {
    let s = stem(path);
    let beside_prefix = format!("{s}.recovered-");
    let state_prefix = format!(
        "{}-{}.recovered-",
        s.trim_start_matches('.'),
        path_tag(path)
    );
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut out = Vec::new();
    for (folder, prefix) in [(dir, beside_prefix), (state_dir(), state_prefix)] {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(&prefix) && name.ends_with(".toml") {
                out.push(e.path());
            }
        }
    }
    out.sort_by_key(|p| {
        std::fs::metadata(p)
            .and_then(|m| m.modified())
            .unwrap_or(UNIX_EPOCH)
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stamps_are_unique() {
        let a: std::collections::HashSet<String> = (0..1000).map(|_| unique_stamp()).collect();
        assert_eq!(a.len(), 1000);
    }
}

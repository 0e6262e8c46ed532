//! The annotation file: where it lives, how it is read and written, and how
//! nothing in it is ever lost.
//!
//! # Location
//!
//! [`default_path`]: the nearest `.liseuse-annotations.toml` in the folder
//! given (for a single file, the file's folder) or any folder above it, as
//! git finds its repository ([`discover`]); when there is none,
//! `<folder>/.liseuse-annotations.toml`. With several paths, the first one
//! decides; with no path (the embedded
//! sample articles), `$XDG_DATA_HOME/liseuse/seeds-annotations.toml`, or
//! `~/.local/share/liseuse/seeds-annotations.toml`. `--annotations FILE`
//! overrides it.
//!
//! # Format (schema 1)
//!
//! ```toml
//! # liseuse annotations. …
//! schema_version = 1
//!
//! [[annotation]]
//! id = "3f9c0a1b2c3d4e5f"        # stable, 16 hex digits
//! article = "eco/alibaba.txt"    # path relative to the corpus root
//! article_sha256 = "…"           # SHA-256 of the text it was made on
//! quote = "un nouveau poids lourd du e-commerce"
//! prefix = "La Russie crée "     # up to 32 chars before the quote
//! suffix = " avec\u00a0Alibaba"  # up to 32 chars after it
//! start = 15                     # offsets in Unicode chars, end exclusive
//! end = 50
//! note = "À suivre."
//! tags = ["russie", "e-commerce"]
//! label = "yellow"               # yellow, green, blue, pink, purple
//! created = "2026-11-22T21:50:00Z"
//! updated = "2026-11-22T21:50:00Z"
//!
//! [[annotation]]                 # an article-level note: kind = "article",
//! id = "…"                       # empty quote, start = end = 0
//! kind = "article"
//! …
//! ```
//!
//! Entries are sorted by article, then start, then id, so that a diff of
//! two versions shows only what changed. `kind` is omitted for highlights.
//! Unknown keys are refused (rewriting would drop them).
//!
//! # Safety
//!
//! * Every save writes a temporary file in the same folder, fsyncs it,
//!   renames it over the file and fsyncs the folder: a crash leaves the
//!   previous or the new version, never a mix.
//! * A lock file (`NAME.lock`, beside it) is held during read-merge-write.
//!   When the file changed on disk since it was read, the save merges by
//!   `id`: ours win for ids changed here since the last load/save (deletions
//!   included), theirs are kept for the others.
//! * A file that does not parse, even in part, is never written: the store
//!   becomes read-only for it, says why (file:line:column), and saves go to
//!   a recovery file of this instance ([`recovery`]: unique names, never
//!   replaced). Good entries of a partly bad file still load.
//! * A failed write (disk full, read-only folder, lock held) is an error;
//!   the changes stay in memory, [`Store::is_pending`] says so and the next
//!   save retries. [`Store::save_to_recovery`] is the way out when the
//!   process must end.
//! * A file over [`MAX_FILE_BYTES`] (64 MiB) is not read (it could exhaust
//!   memory) and never written: the store is read-only for it, as for a
//!   file that does not parse. Every open is non-blocking and checked to
//!   be a regular file ([`crate::model::safe_open`]); the lock file is never
//!   followed through a symbolic link.
//! * A symbolic link given as the path is resolved: the target is locked
//!   and written, the link stays.

pub mod discover;
mod format;
mod io;
pub mod recovery;

pub use format::{Problem, SCHEMA_VERSION, line_col, parse, to_toml};
pub use io::{
    LOCK_WAIT, MAX_FILE_BYTES, ReadOnly, Saved, Store, StoreError, resolve_links, write_atomic,
    write_atomic_new,
};
pub(crate) use io::{Lock, read_bytes};

use std::path::{Path, PathBuf};

/// The file name used next to a corpus.
pub const FILE_NAME: &str = ".liseuse-annotations.toml";
/// The file name used for the embedded sample articles.
pub const SEEDS_FILE_NAME: &str = "seeds-annotations.toml";

/// Where the annotations of a corpus opened with `corpus_paths` live (see
/// the module documentation).
pub fn default_path(corpus_paths: &[PathBuf]) -> PathBuf {
    match corpus_paths.first() {
        None => data_dir().join(SEEDS_FILE_NAME),
        Some(p) => match discover::nearest(p) {
            Some(found) => found.file,
            None if p.is_dir() => p.join(FILE_NAME),
            None => parent_dir(p).join(FILE_NAME),
        },
    }
}

/// The folder holding `p` (`.` for a bare file name).
fn parent_dir(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `$XDG_DATA_HOME/liseuse`, else `~/.local/share/liseuse`, else
/// `./.liseuse` when there is no home.
pub fn data_dir() -> PathBuf {
    let nonempty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    if let Some(d) = nonempty("XDG_DATA_HOME") {
        return PathBuf::from(d).join("liseuse");
    }
    match nonempty("HOME") {
        Some(h) => PathBuf::from(h).join(".local/share/liseuse"),
        None => PathBuf::from(".liseuse"),
    }
}

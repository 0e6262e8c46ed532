//! Finding the annotation file the way git finds its repository: the
//! nearest `.liseuse-annotations.toml` in the given folder or any folder
//! above it, up to the filesystem root.
//!
//! When the file is found above the folder given (`liseuse sub/folder`
//! with the file in `.`), articles are named relative to the file's
//! folder (`sub/folder/a.txt`), so that they keep the identity their
//! annotations were made with when the parent folder was opened.

use super::FILE_NAME;
use std::path::{Path, PathBuf};

/// Where the nearest annotation file was found for a corpus path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The annotation file.
    pub file: PathBuf,
    /// The folder the search started from, relative to the file's folder
    /// (empty when the file is in that folder itself).
    pub below: PathBuf,
}

/// The folder a corpus path stands for: itself for a folder, its parent
/// for a file (`.` for a bare file name).
pub fn start_folder(p: &Path) -> PathBuf {
    if p.is_dir() {
        return p.to_path_buf();
    }
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The nearest annotation file at or above the folder of `p`, if any.
/// The search walks the canonical path (symbolic links resolved) and stops
/// at the filesystem root.
pub fn nearest(p: &Path) -> Option<Found> {
    let start = start_folder(p);
    let here = start.join(FILE_NAME);
    if here.symlink_metadata().is_ok() {
        return Some(Found {
            file: here,
            below: PathBuf::new(),
        });
    }
    let canonical = std::fs::canonicalize(&start).ok()?;
    for dir in canonical.ancestors().skip(1) {
        let candidate = dir.join(FILE_NAME);
        if candidate.symlink_metadata().is_ok() {
            let below = canonical.strip_prefix(dir).ok()?.to_path_buf();
            return Some(Found {
                file: candidate,
                below,
            });
        }
    }
    None
}

/// What to put before the names of a single root's articles so that they
/// are relative to the annotation file's folder (see the module
/// documentation): `sub/folder/`, or nothing.
pub fn article_prefix(paths: &[PathBuf]) -> Option<PathBuf> {
    let [root] = paths else { return None };
    if root.as_os_str() == crate::model::safe_open::STDIN {
        return None;
    }
    nearest(root)
        .map(|f| f.below)
        .filter(|b| !b.as_os_str().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_file_above_and_says_how_far() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join("x.txt"), "text").unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "schema_version = 1\n").unwrap();
        let f = nearest(&sub).unwrap();
        assert_eq!(
            f.file,
            std::fs::canonicalize(dir.path()).unwrap().join(FILE_NAME)
        );
        assert_eq!(f.below, PathBuf::from("a/b"));
        let f = nearest(&sub.join("x.txt")).unwrap();
        assert_eq!(f.below, PathBuf::from("a/b"));
        assert_eq!(
            article_prefix(std::slice::from_ref(&sub)),
            Some(PathBuf::from("a/b"))
        );
        // in the folder itself: no prefix
        assert_eq!(article_prefix(&[dir.path().to_path_buf()]), None);
        // several roots keep their own names
        assert_eq!(
            article_prefix(&[sub.clone(), dir.path().to_path_buf()]),
            None
        );
    }

    #[test]
    fn the_nearest_wins() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "").unwrap();
        std::fs::write(dir.path().join("a").join(FILE_NAME), "").unwrap();
        let f = nearest(&sub).unwrap();
        assert_eq!(f.below, PathBuf::from("b"));
        assert!(f.file.ends_with(format!("a/{FILE_NAME}")));
    }
}

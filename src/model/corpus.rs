//! The corpus: finding article files, reading them safely, and the embedded
//! sample articles.
//!
//! Reading never fails as a whole: a file that can't be read becomes a
//! [`Skipped`] entry with a reason, shown in the status line and with
//! `--verbose`.

use super::article::Article;
use super::convert::{self, Format};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// Limits that keep a hostile folder from exhausting memory.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Larger files are skipped (default 16 MiB).
    pub max_file_bytes: u64,
    /// At most this many articles are read (default 1,000,000).
    pub max_files: usize,
    /// Folders deeper than this are not entered (default 64).
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 16 * 1024 * 1024,
            max_files: 1_000_000,
            max_depth: 64,
        }
    }
}

/// Why a file was not loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    Unreadable(String),
    Binary,
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    TooManyFiles {
        limit: usize,
    },
    /// A folder at the depth limit: what is inside it was not read.
    TooDeep {
        limit: usize,
    },
    NotFound,
    /// The file is of a known format but its content is not (a `.xml`
    /// that is not a feed).
    Invalid(String),
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::Unreadable(e) => write!(f, "unreadable: {e}"),
            SkipReason::Binary => write!(f, "binary data (NUL bytes)"),
            SkipReason::TooLarge { bytes, limit } => write!(
                f,
                "too large: {} MiB (limit {} MiB)",
                bytes / (1024 * 1024),
                limit / (1024 * 1024)
            ),
            SkipReason::TooManyFiles { limit } => {
                write!(f, "more than {limit} articles: the rest were not read")
            }
            SkipReason::TooDeep { limit } => {
                write!(f, "folder not entered: deeper than {limit} levels")
            }
            SkipReason::NotFound => write!(f, "no such file or folder"),
            SkipReason::Invalid(e) => write!(f, "{e}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: SkipReason,
}

/// A file to read, with the name annotations will use for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub path: PathBuf,
    pub rel: String,
}

/// The articles embedded in the binary (the `seeds/` folder).
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "000_df083515a8b5fbdb.txt",
        include_str!("../../seeds/000_df083515a8b5fbdb.txt"),
    ),
    (
        "001_ce7d39c38e2b23fc.txt",
        include_str!("../../seeds/001_ce7d39c38e2b23fc.txt"),
    ),
    (
        "002_82da0d9092e609fe.txt",
        include_str!("../../seeds/002_82da0d9092e609fe.txt"),
    ),
    (
        "003_584646a08022283d.txt",
        include_str!("../../seeds/003_584646a08022283d.txt"),
    ),
    (
        "004_60eba718d1712206.txt",
        include_str!("../../seeds/004_60eba718d1712206.txt"),
    ),
];

/// The embedded sample articles, with entities (through the same steps
/// as files on disk).
pub fn embedded() -> Vec<Article> {
    EMBEDDED
        .iter()
        .flat_map(|(name, text)| {
            let path = PathBuf::from("seeds").join(name);
            analyse_bytes(&path, name, Format::Text, text.as_bytes().to_vec())
                .unwrap_or_default()
                .into_iter()
                .map(|(a, _)| a)
        })
        .collect()
}

fn is_article_file(p: &Path) -> bool {
    Format::of_path(p).is_some()
}

/// A file's identity on disk: (device, inode).
fn file_id(m: &fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (m.dev(), m.ino())
}

/// A path as an article identity: `/`-separated components, valid UTF-8
/// kept as is, each byte of invalid UTF-8 written `%XX`, so that two names
/// that differ only in invalid bytes stay different.
fn path_id(p: &Path) -> String {
    let mut out = String::new();
    for c in p.components() {
        let part = match c {
            std::path::Component::CurDir => continue,
            std::path::Component::RootDir => {
                out.push('/');
                continue;
            }
            other => other.as_os_str(),
        };
        if !out.is_empty() && !out.ends_with('/') {
            out.push('/');
        }
        for chunk in part.as_encoded_bytes().utf8_chunks() {
            out.push_str(chunk.valid());
            for b in chunk.invalid() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// The identity of `path` found under `root`: relative to the root; with
/// several roots, the root as given comes first (`r1/a.txt`), so that two
/// roots holding `a.txt` do not collide.
fn article_id(root: &Path, path: &Path, several: bool) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    if several {
        path_id(&root.join(rel))
    } else {
        path_id(rel)
    }
}

/// Lists the article files under `paths` (files as given, folders
/// recursively, `.txt` and `.md`), sorted by path within each folder.
/// Unreadable folders and folders below the depth limit are reported, not
/// fatal. `on_found` is called with each source in order, as soon as the
/// folder given it was in is listed, so that a caller can start reading
/// before the listing of several roots ends.
///
/// Each folder is walked unsorted and its files sorted once at the end, by
/// path with `/` below every other byte ([`walk_key`]): the order of a walk sorted by
/// name in each folder, without comparing names through `Path` at every
/// step (a sorted walk spent 110 ms of 140 sorting 100,000 names).
///
/// Symbolic links: a path given on the command line is followed (file or
/// folder); inside a folder, a link to an article file is followed only
/// when the file lies inside one of the given folders; links to folders
/// are not followed (they can point anywhere, `/` or `/proc/*/cwd`, and
/// make cycles); both are reported. Folders already entered (same device
/// and inode, e.g. through a bind mount) are not entered again, and a file
/// reached twice (a path given twice, a folder inside another given one, a
/// hard link) is listed once.
///
/// Identity ([`Source::rel`]): the path relative to its root; with several
/// roots, prefixed by the root as given. A single root below the folder of
/// the nearest annotation file above it is named from that folder
/// (`sub/folder/a.txt`, see [`super::store::discover`]).
pub fn scan(paths: &[PathBuf], limits: Limits, on_found: impl FnMut(Source)) -> Vec<Skipped> {
    scan_folders(paths, limits, on_found).0
}

/// The folders a listing entered, each with its metadata as taken while
/// listing, and when the listing started (ns since the epoch): while
/// every folder keeps its modification time, and that time is clearly
/// older than the start, no name was added, removed or renamed in any of
/// them, and the same listing would come out (see `cache::quick`).
#[derive(Debug, Default)]
pub struct Folders {
    pub started_ns: i64,
    pub folders: Vec<(PathBuf, fs::Metadata)>,
    /// False when a folder's metadata could not be taken: the record
    /// does not stand for the listing.
    pub complete: bool,
}

/// Like [`scan`], with the folders it entered (see [`Folders`]).
pub fn scan_folders(
    paths: &[PathBuf],
    limits: Limits,
    mut on_found: impl FnMut(Source),
) -> (Vec<Skipped>, Folders) {
    let mut listed = Folders {
        started_ns: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as i64)
            .unwrap_or(0),
        folders: Vec::new(),
        complete: true,
    };
    let skipped = scan_into(paths, limits, &mut on_found, &mut listed);
    (skipped, listed)
}

fn scan_into(
    paths: &[PathBuf],
    limits: Limits,
    mut on_found: impl FnMut(Source),
    listed: &mut Folders,
) -> Vec<Skipped> {
    let mut skipped = Vec::new();
    // The roots, each once (by device and inode).
    let mut roots: Vec<(&PathBuf, fs::Metadata)> = Vec::new();
    let mut root_ids = std::collections::HashSet::new();
    for root in paths {
        if root.as_os_str() == STDIN {
            on_found(Source {
                path: root.clone(),
                rel: "stdin".to_string(),
            });
            continue;
        }
        match fs::metadata(root) {
            Ok(m) => {
                if root_ids.insert(file_id(&m)) {
                    roots.push((root, m));
                }
            }
            Err(e) => {
                let reason = if e.kind() == std::io::ErrorKind::NotFound {
                    SkipReason::NotFound
                } else {
                    SkipReason::Unreadable(e.to_string())
                };
                skipped.push(Skipped {
                    path: root.clone(),
                    reason,
                });
            }
        }
    }
    let several = roots.len() > 1;
    // one root below the folder of its annotation file: names relative to
    // that folder (see `store::discover`)
    let prefix = match roots.as_slice() {
        [(root, _)] if paths.len() == 1 => {
            super::store::discover::article_prefix(&[(*root).clone()])
        }
        _ => None,
    };
    let named = |id: String| match &prefix {
        Some(p) => format!("{}/{id}", path_id(p)),
        None => id,
    };
    let inside: Vec<PathBuf> = roots
        .iter()
        .filter(|(_, m)| m.is_dir())
        .filter_map(|(r, _)| fs::canonicalize(r).ok())
        .collect();
    let mut files = super::entities::FxSet::default();
    let mut ids = super::entities::FxSet::default();
    let mut count = 0usize;
    // Emits a file once; false when the file limit is reached.
    let mut emit = |path: &Path, file: (u64, u64), id: String, skipped: &mut Vec<Skipped>| {
        if !files.insert(file) {
            return true;
        }
        if count >= limits.max_files {
            skipped.push(Skipped {
                path: path.to_path_buf(),
                reason: SkipReason::TooManyFiles {
                    limit: limits.max_files,
                },
            });
            return false;
        }
        count += 1;
        // Distinct paths give distinct ids; should an escaped name still
        // equal another one, a suffix keeps them apart.
        let mut rel = id.clone();
        let mut n = 2;
        while !ids.insert(rel.clone()) {
            rel = format!("{id}#{n}");
            n += 1;
        }
        on_found(Source {
            path: path.to_path_buf(),
            rel,
        });
        true
    };
    let not_followed = |path: &Path, why: &str| Skipped {
        path: path.to_path_buf(),
        reason: SkipReason::Unreadable(format!("symbolic link not followed: {why}")),
    };
    for (root, meta) in roots {
        if meta.is_file() {
            let id = if several {
                path_id(root)
            } else {
                root.file_name()
                    .map(|n| path_id(Path::new(n)))
                    .unwrap_or_else(|| path_id(root))
            };
            if !emit(root, file_id(&meta), named(id), &mut skipped) {
                return skipped;
            }
            continue;
        }
        if !meta.is_dir() {
            skipped.push(Skipped {
                path: root.clone(),
                reason: SkipReason::Unreadable("not a regular file nor a folder".into()),
            });
            continue;
        }
        let mut dirs = std::collections::HashSet::new();
        // the device of each folder entered, by depth: a file's identity is
        // its folder's device and the inode its folder entry gives, so
        // that listing needs no stat per file
        let root_dev = {
            use std::os::unix::fs::MetadataExt;
            meta.dev()
        };
        let mut devs: Vec<u64> = Vec::new();
        let mut walker = walkdir::WalkDir::new(root)
            .follow_links(false)
            .max_depth(limits.max_depth)
            .into_iter();
        // this root's files, emitted once sorted (see the docs above)
        let mut found: Vec<(PathBuf, (u64, u64), String)> = Vec::new();
        let first_skipped = skipped.len();
        while let Some(entry) = walker.next() {
            let e = match entry {
                Ok(e) => e,
                Err(e) => {
                    skipped.push(Skipped {
                        path: e
                            .path()
                            .map(Path::to_path_buf)
                            .unwrap_or_else(|| root.clone()),
                        reason: SkipReason::Unreadable(
                            e.io_error()
                                .map(|io| io.to_string())
                                .unwrap_or_else(|| "symbolic link loop".to_string()),
                        ),
                    });
                    continue;
                }
            };
            let ft = e.file_type();
            if ft.is_dir() {
                let m = fs::metadata(e.path());
                match &m {
                    Ok(m) => listed.folders.push((e.path().to_path_buf(), m.clone())),
                    Err(_) => listed.complete = false,
                }
                devs.truncate(e.depth());
                devs.push(m.as_ref().map_or(root_dev, |m| file_id(m).0));
                // a folder seen before (a bind mount of an ancestor…)
                if let Ok(m) = m
                    && !dirs.insert(file_id(&m))
                {
                    skipped.push(Skipped {
                        path: e.path().to_path_buf(),
                        reason: SkipReason::Unreadable("folder entered before (a loop)".into()),
                    });
                    walker.skip_current_dir();
                    continue;
                }
                // walkdir does not enter folders at the limit: say so
                // (once per folder, and only when it is not empty)
                if e.depth() == limits.max_depth
                    && fs::read_dir(e.path()).is_ok_and(|mut d| d.next().is_some())
                {
                    skipped.push(Skipped {
                        path: e.path().to_path_buf(),
                        reason: SkipReason::TooDeep {
                            limit: limits.max_depth,
                        },
                    });
                }
                continue;
            }
            let m = if ft.is_symlink() {
                let target = match fs::canonicalize(e.path()) {
                    Ok(t) => t,
                    Err(err) => {
                        if is_article_file(e.path()) {
                            skipped.push(not_followed(e.path(), &format!("dangling ({err})")));
                        }
                        continue;
                    }
                };
                let Ok(m) = fs::metadata(&target) else {
                    continue;
                };
                if m.is_dir() {
                    let above = e.path().parent().and_then(|p| fs::canonicalize(p).ok());
                    let why = if above.is_some_and(|p| p.starts_with(&target)) {
                        "symbolic link loop (it points to a folder above it)"
                    } else {
                        "it points to a folder"
                    };
                    skipped.push(not_followed(e.path(), why));
                    continue;
                }
                if !is_article_file(e.path()) || !m.is_file() {
                    continue;
                }
                if !inside.iter().any(|r| target.starts_with(r)) {
                    skipped.push(not_followed(
                        e.path(),
                        "its target is outside the given folders",
                    ));
                    continue;
                }
                file_id(&m)
            } else if ft.is_file() && is_article_file(e.path()) {
                use walkdir::DirEntryExt;
                let dev = e
                    .depth()
                    .checked_sub(1)
                    .and_then(|d| devs.get(d))
                    .copied()
                    .unwrap_or(root_dev);
                (dev, e.ino())
            } else {
                continue;
            };
            let id = named(article_id(root, e.path(), several));
            found.push((e.into_path(), m, id));
        }
        found.sort_by_cached_key(|f| walk_key(&f.0));
        skipped[first_skipped..].sort_by_cached_key(|s| walk_key(&s.path));
        for (path, m, id) in found {
            if !emit(&path, m, id, &mut skipped) {
                return skipped;
            }
        }
    }
    skipped
}

/// The key of a path in the order of a depth-first walk that lists each
/// folder sorted by name: its bytes, each `/` made the lowest byte (so
/// that `a/x` comes before `a-b`, as `a` before `a-b`; names hold no NUL).
fn walk_key(p: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    let mut key = p.as_os_str().as_bytes().to_vec();
    for b in &mut key {
        if *b == b'/' {
            *b = 0;
        }
    }
    key
}

/// Decoded file content: the text and whether it was decoded lossily.
pub struct Decoded {
    pub text: String,
    pub lossy: bool,
}

/// Reads one file with the size cap, rejects binary data, decodes UTF-8
/// lossily and drops a leading BOM.
pub fn read_text(path: &Path, limits: Limits) -> Result<Decoded, SkipReason> {
    decode(read_bytes(path, limits)?)
}

pub use super::safe_open::STDIN;

/// Reads one file's bytes with the size cap (`-` is standard input), never
/// blocking on a FIFO or a device (see [`super::safe_open`]).
pub fn read_bytes(path: &Path, limits: Limits) -> Result<Vec<u8>, SkipReason> {
    use std::io::Read;
    if path.as_os_str() == STDIN {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(limits.max_file_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| SkipReason::Unreadable(e.to_string()))?;
        if bytes.len() as u64 > limits.max_file_bytes {
            return Err(SkipReason::TooLarge {
                bytes: bytes.len() as u64,
                limit: limits.max_file_bytes,
            });
        }
        return Ok(bytes);
    }
    use super::safe_open::{ReadError, read_capped};
    read_capped(path, limits.max_file_bytes).map_err(|e| match e {
        ReadError::TooLarge { bytes, limit } => SkipReason::TooLarge { bytes, limit },
        ReadError::NotFound => SkipReason::NotFound,
        e => SkipReason::Unreadable(e.to_string()),
    })
}

/// Decodes file bytes (see [`read_text`]).
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, SkipReason> {
    if memchr::memchr(0, &bytes).is_some() {
        return Err(SkipReason::Binary);
    }
    let (text, lossy) = match String::from_utf8(bytes) {
        Ok(s) => (s, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    };
    let text = match text.strip_prefix('\u{FEFF}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    Ok(Decoded { text, lossy })
}

/// Reads and analyses one file: its articles (one, or a feed's items).
pub fn load_articles(src: &Source, limits: Limits) -> Result<Vec<Article>, Skipped> {
    load_analysed(src, limits).map(|v| v.into_iter().map(|(a, _)| a).collect())
}

/// Like [`load_articles`], with each article's distinct folded words (see
/// [`Article::analysed`]). This is the one way in for articles: read,
/// convert by format, analyse.
pub fn load_analysed(src: &Source, limits: Limits) -> Result<Vec<(Article, String)>, Skipped> {
    let skipped = |reason| Skipped {
        path: src.path.clone(),
        reason,
    };
    let bytes = read_bytes(&src.path, limits).map_err(skipped)?;
    let format = format_of(&src.path, &bytes);
    analyse_bytes(&src.path, &src.rel, format, bytes).map_err(skipped)
}

/// The format of a file: by its name, by its content for standard input.
pub fn format_of(path: &Path, bytes: &[u8]) -> Format {
    if path.as_os_str() == STDIN {
        Format::sniff(bytes)
    } else {
        Format::of_path(path).unwrap_or(Format::Text)
    }
}

/// Converts and analyses a file's bytes in `format`. A feed's items are
/// named `REL#ID`, so that annotations follow the item.
pub fn analyse_bytes(
    path: &Path,
    rel: &str,
    format: Format,
    bytes: Vec<u8>,
) -> Result<Vec<(Article, String)>, SkipReason> {
    match format {
        Format::Text => {
            let d = decode(bytes)?;
            Ok(vec![Article::analysed(
                path.to_path_buf(),
                rel.to_string(),
                d.text,
                d.lossy,
            )])
        }
        Format::Markdown => {
            let d = decode(bytes)?;
            let doc = convert::markdown::convert(&d.text);
            Ok(vec![Article::from_doc(
                path.to_path_buf(),
                rel.to_string(),
                doc,
                d.lossy,
            )])
        }
        Format::Html => {
            if memchr::memchr(0, &bytes).is_some()
                && !bytes.starts_with(&[0xFF, 0xFE])
                && !bytes.starts_with(&[0xFE, 0xFF])
            {
                return Err(SkipReason::Binary);
            }
            let doc = convert::html::convert_page(&bytes);
            Ok(vec![Article::from_doc(
                path.to_path_buf(),
                rel.to_string(),
                doc,
                false,
            )])
        }
        Format::Feed => {
            if memchr::memchr(0, &bytes).is_some() {
                return Err(SkipReason::Binary);
            }
            let docs = convert::feed::convert(&bytes).map_err(|e| SkipReason::Invalid(e.0))?;
            Ok(docs
                .into_iter()
                .map(|doc| {
                    let rel = match &doc.key {
                        Some(k) => format!("{rel}#{k}"),
                        None => rel.to_string(),
                    };
                    Article::from_doc(path.to_path_buf(), rel, doc, false)
                })
                .collect())
        }
    }
}

/// The articles of a batch of loads, in order; the failures go to `skipped`.
pub fn keep_loaded<T>(results: Vec<Result<T, Skipped>>, skipped: &mut Vec<Skipped>) -> Vec<T> {
    let mut articles = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(a) => articles.push(a),
            Err(s) => skipped.push(s),
        }
    }
    articles
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_seeds_have_titles() {
        let arts = embedded();
        assert_eq!(arts.len(), 5);
        let titles: Vec<&str> = arts.iter().map(|a| a.meta.title.as_str()).collect();
        assert_eq!(
            titles[0],
            "Le «Aldi du commerce en ligne» devrait lancer son e-Wallet à la mi-juillet depuis Luxembourg"
        );
        assert!(titles[1].starts_with("La place de marché de l’appli JOOM"));
        assert_eq!(
            titles[2],
            "La Russie crée un nouveau poids lourd du e-commerce avec\u{a0}Alibaba"
        );
        assert_eq!(titles[3], "Alibaba : enfin un concurrent pour Amazon ?");
        assert_eq!(
            titles[4],
            "La solution d'Alibaba pour éviter aux touristes chinois de se faire dévaliser en France"
        );
        assert_eq!(arts[4].meta.source.as_deref(), Some("BFM Business"));
        assert_eq!(arts[0].meta.source.as_deref(), Some("Paperjam"));
    }

    /// A folder is listed as a walk sorted by name in each folder would
    /// list it: a folder's files right after its name, before the names
    /// that extend it (`a` then `a/…` then `a-b`), bytes in order.
    #[test]
    fn scan_lists_nested_folders_in_walk_order() {
        let dir = std::env::temp_dir().join(format!("liseuse-order-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        for rel in [
            "b.txt",
            "a-b/z.txt",
            "a/y.txt",
            "a/sub/x.txt",
            "a.txt",
            "A.txt",
            "é.txt",
            "a/sub-2.txt",
        ] {
            let p = dir.join(rel);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(&p, "Texte.").unwrap();
        }
        let mut rels = Vec::new();
        let skipped = scan(std::slice::from_ref(&dir), Limits::default(), |s| {
            rels.push(s.rel)
        });
        assert!(skipped.is_empty());
        assert_eq!(
            rels,
            [
                "A.txt",
                "a/sub/x.txt",
                "a/sub-2.txt",
                "a/y.txt",
                "a-b/z.txt",
                "a.txt",
                "b.txt",
                "é.txt"
            ]
        );
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn decode_rejects_binary_and_marks_lossy() {
        assert_eq!(decode(b"a\0b".to_vec()).err(), Some(SkipReason::Binary));
        let d = decode(b"caf\xe9".to_vec()).ok().unwrap();
        assert!(d.lossy);
        assert_eq!(d.text, "caf\u{FFFD}");
        let d = decode("\u{FEFF}bom".as_bytes().to_vec()).ok().unwrap();
        assert_eq!(d.text, "bom");
    }
}

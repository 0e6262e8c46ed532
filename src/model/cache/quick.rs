//! A query answered from the stored index alone (`liseuse filter` on an
//! unchanged corpus): no article is read, no cache entry decoded.
//!
//! The stored index names the files it stands for ([`Manifest`]), and
//! how the load that wrote it listed them: the folders it entered, with
//! their stat. While every folder keeps its modification time (a name
//! added, removed or renamed in a folder changes it), the listing is the
//! same and the folders are not listed again; otherwise they are, as a
//! load lists them. Then every file's stat is taken (on every core, from
//! its open folder, while the stored index's hash is checked and the query
//! is answered from the stored listing's paths, given only if they stand;
//! the kernel's path lookups are then nearly all of the time): when the
//! listing has exactly the manifest's names, in order, and every file's
//! size, modification time, inode, device and format are those recorded,
//! the index is the corpus's. As in a load, an entry whose file was
//! modified in the tick it was read ("racy git") is not trusted on its
//! stat: then, and whenever anything else differs (a file added, changed
//! or gone, other entity corrections, a file skipped, a query the index
//! alone cannot answer), [`filter`] gives `None` and the caller takes the
//! long way, which brings the cache up to date for the next time.
//!
//! Only the words the query names are decoded from the stored index
//! ([`Index::from_bytes_for`]); the query is then evaluated by the same
//! code as the filter bar's.

use super::manifest::{FilesRef, Listing, Manifest, RowRef, SkippedFile};
use super::snapshot;
use super::{format_code, place, settled};
use crate::model::convert::Format;
use crate::model::corpus::{self, Limits, Source};
use crate::model::corrections::Corrections;
use crate::model::index::Index;
use crate::model::query::{self, EvalCache, Evaluator, Query};
use rayon::prelude::*;
use std::collections::HashMap;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// The answer from the stored index: the articles that matched, and the
/// files that are skipped as the last load skipped them (path, why).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub hits: Hits,
    pub skipped: Vec<(PathBuf, String)>,
    /// Whether the folders were listed again (their stored listing did
    /// not stand), or only each folder's and file's stat taken.
    pub relisted: bool,
}

/// The articles that matched, in list order, kept in one buffer (a query
/// can match 100,000 of them; one allocation each was a tenth of the
/// answer's time).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Hits {
    bytes: Vec<u8>,
    /// Where each hit's path ends in `bytes`, and its item id's end if it
    /// has one (the id follows the path).
    ends: Vec<(usize, Option<usize>)>,
}

/// One article that matched: its file and, for a feed's item, the item's
/// id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit<'a> {
    pub path: &'a Path,
    pub item: Option<&'a str>,
}

impl Hits {
    fn with_capacity(hits: usize) -> Hits {
        Hits {
            bytes: Vec::with_capacity(hits * 32),
            ends: Vec::with_capacity(hits),
        }
    }

    fn push(&mut self, path: &[u8], item: Option<&str>) {
        self.bytes.extend_from_slice(path);
        let path_end = self.bytes.len();
        let item_end = item.map(|id| {
            self.bytes.extend_from_slice(id.as_bytes());
            self.bytes.len()
        });
        self.ends.push((path_end, item_end));
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = Hit<'_>> {
        let mut start = 0;
        self.ends.iter().map(move |&(path_end, item_end)| {
            let path = Path::new(OsStr::from_bytes(&self.bytes[start..path_end]));
            // an item id was pushed as a str, so its bytes are one
            let item =
                item_end.and_then(|end| std::str::from_utf8(&self.bytes[path_end..end]).ok());
            start = item_end.unwrap_or(path_end);
            Hit { path, item }
        })
    }
}

/// The articles of the corpus at `paths` that match `query`, in list
/// order, from the stored index alone; `None` when it cannot tell (see the
/// module docs). `corrections` are the reader's current ones.
pub fn filter(
    paths: &[PathBuf],
    limits: Limits,
    query: &Query,
    corrections: &Corrections,
) -> Option<Answer> {
    let wanted = query.index_words()?;
    let dir = place::cache_dir()?;
    let corpus = place::corpus_name(paths)?;
    let stored = snapshot::path_for(&place::cache_file(&dir, paths)?);
    // the answer is worked out while the stored index's hash is checked,
    // and given only if it holds
    let answer = snapshot::with_parts(&stored, &corpus, |parts| {
        if parts.corrections.digest() != corrections.digest() {
            return None;
        }
        // the stored listing first, if it stands for a listing of the
        // folders now; then each listed file's stat is taken while the
        // rows and the index are decoded
        let manifest = Manifest::for_query(parts.manifest)?;
        let listed = manifest
            .listing
            .as_ref()
            .and_then(|(l, files)| stored_listing(l, *files, paths, limits));
        // when the load skipped nothing, the rows' files are the listed
        // ones if they are unchanged: the answer is worked out from their
        // paths while the stats are taken, and given only if they stand
        let row_paths: Option<Vec<&[u8]>> = listed
            .as_ref()
            .filter(|files| manifest.skipped.is_empty() && files.len() == manifest.rows.len())
            .map(|files| files.iter().map(|&(_, path)| path).collect());
        let (seen, decoded) = rayon::join(
            || listed.as_ref().map(|files| stat_all(files)),
            || {
                let rows = manifest.rows.read()?;
                let index = Index::from_bytes_for(parts.index, &wanted)?;
                let articles: usize = rows.iter().map(|r| r.articles as usize).sum();
                if index.len() as usize != articles {
                    return None;
                }
                let stored = Stored {
                    rows: &rows,
                    skipped: &manifest.skipped,
                };
                let early = row_paths
                    .as_ref()
                    .and_then(|p| hits(query, stored, &index, p));
                Some((rows, index, early))
            },
        );
        let (rows, index, early) = decoded?;
        let stored = Stored {
            rows: &rows,
            skipped: &manifest.skipped,
        };
        let scanned;
        let (files, skipped, relisted) = match listed.as_deref().zip(seen) {
            // nothing skipped: each listed file is its row's, and the
            // answer worked out from their paths holds if they all stand
            Some((files, seen)) if let Some(row_paths) = row_paths => {
                if !all_stand(files, &seen, stored.rows, limits) {
                    return None;
                }
                if let Some(hits) = early {
                    return Some(Answer {
                        hits,
                        skipped: Vec::new(),
                        relisted: false,
                    });
                }
                (row_paths, Vec::new(), false)
            }
            Some((files, seen)) => {
                let listed: Vec<Listed> = files
                    .iter()
                    .zip(&seen)
                    .map(|(&(rel, path), &seen)| Listed { rel, path, seen })
                    .collect();
                let (files, skipped) = unchanged(&listed, stored, limits)?;
                (files, skipped, false)
            }
            // the stored listing does not stand: the folders are listed
            // again
            None => {
                scanned = listing(paths, limits)?;
                let listed: Vec<Listed> = scanned
                    .iter()
                    .map(|(s, seen)| Listed {
                        rel: &s.rel,
                        path: s.path.as_os_str().as_encoded_bytes(),
                        seen: *seen,
                    })
                    .collect();
                let (files, skipped) = unchanged(&listed, stored, limits)?;
                (files, skipped, true)
            }
        };
        let hits = hits(query, stored, &index, &files)?;
        Some(Answer {
            hits,
            skipped,
            relisted,
        })
    });
    answer.ok()??
}

/// What the stored manifest says of the files: its rows, and the files
/// the load skipped.
#[derive(Clone, Copy)]
struct Stored<'a> {
    rows: &'a [RowRef<'a>],
    skipped: &'a [SkippedFile],
}

/// The articles that match `query` in the stored `index`, each row's file
/// being at `files` (in order).
fn hits(query: &Query, stored: Stored<'_>, index: &Index, files: &[&[u8]]) -> Option<Hits> {
    let matched = query::eval(
        query,
        &mut Evaluator {
            index,
            articles: &[],
            facts: &HashMap::new(),
            reading: &[],
            cache: &mut EvalCache::default(),
        },
    );
    // article ids are numbered file after file, in listing order
    let mut hits = Hits::with_capacity(matched.count());
    let mut ids = matched.ones().peekable();
    let mut first = 0u32;
    for (path, row) in files.iter().zip(stored.rows) {
        let end = first + row.articles;
        let mut items = row.items();
        let mut next = first;
        while let Some(id) = ids.next_if(|&id| id < end) {
            let item = items.nth((id - next) as usize)?;
            next = id + 1;
            hits.push(path, item);
        }
        first = end;
    }
    Some(hits)
}

/// A file listed: its name (`Source::rel`), its path, its stat (`None`
/// when it could not be had).
struct Listed<'a> {
    rel: &'a str,
    path: &'a [u8],
    seen: Option<Seen>,
}

/// What a query needs of a file's stat: whether it is a regular file
/// (after links), and its [`Stat`](super::Stat).
#[derive(Debug, Clone, Copy)]
struct Seen {
    file: bool,
    stat: super::Stat,
}

impl Seen {
    fn of(m: &std::fs::Metadata) -> Seen {
        Seen {
            file: m.is_file(),
            stat: super::Stat::of(m),
        }
    }
}

/// The files of the stored `listing` (its `stored_files`), if it stands
/// for a listing of the folders now: made from the same `paths` in the
/// same folder, with the same `limits`, and every folder it entered
/// unchanged since and not changed in the tick the listing started. A
/// folder's modification time changes whenever a name in it is added,
/// removed or renamed (git's untracked cache relies on the same), so the
/// folders need not be listed again.
fn stored_listing<'a>(
    listing: &Listing,
    stored_files: FilesRef<'a>,
    paths: &[PathBuf],
    limits: Limits,
) -> Option<Vec<(&'a str, &'a [u8])>> {
    let same = listing.limits == Listing::limits_of(limits)
        && *listing.given == *Listing::given(paths)
        && listing.trusted()
        && listing.folders.par_iter().all(|(path, st)| {
            std::fs::metadata(Path::new(OsStr::from_bytes(path)))
                .is_ok_and(|m| m.is_dir() && super::Stat::of(&m) == *st)
        });
    if !same {
        return None;
    }
    // a name that is not text ends the files early: listed again
    let files: Vec<(&str, &[u8])> = stored_files.iter().collect();
    (files.len() == stored_files.len()).then_some(files)
}

/// The stat of each of the listed `files` (`None` when it cannot be had),
/// on every core, each taken from its open folder (the path is not looked
/// up again from `/` for each file).
fn stat_all(files: &[(&str, &[u8])]) -> Vec<Option<Seen>> {
    files
        .par_iter()
        .map_init(Folder::default, |folder, &(_, path)| folder.stat(path))
        .collect()
}

/// Whether each of the listed `files`, `seen` as it is now, is the row
/// of `rows` at its place, unchanged and not racy (what [`unchanged`] says
/// when the load skipped nothing), on every core.
fn all_stand(
    files: &[(&str, &[u8])],
    seen: &[Option<Seen>],
    rows: &[RowRef<'_>],
    limits: Limits,
) -> bool {
    files.len() == rows.len()
        && seen.len() == files.len()
        && (files, seen, rows)
            .into_par_iter()
            .all(|(&(rel, path), &seen, row)| {
                rel.as_bytes() == row.name && row_stands(seen, path, row, limits)
            })
}

/// The folder a thread last opened to stat files in: each thread opens
/// the folders it needs itself (files come folder by folder), as a folder
/// shared by both threads would have its reference count bounced between
/// the cores at every stat.
#[derive(Default)]
struct Folder<'a> {
    path: Option<&'a [u8]>,
    open: Option<std::fs::File>,
}

impl<'a> Folder<'a> {
    /// The stat of the file at `path` (`None` when it cannot be had), from
    /// its open folder.
    fn stat(&mut self, path: &'a [u8]) -> Option<Seen> {
        let (dir, name) = match memchr::memrchr(b'/', path) {
            Some(0) => (&path[..1], &path[1..]),
            Some(i) => (&path[..i], &path[i + 1..]),
            None => (&b"."[..], path),
        };
        if self.path != Some(dir) {
            self.open = std::fs::File::open(Path::new(OsStr::from_bytes(dir))).ok();
            self.path = Some(dir);
        }
        stat_at(self.open.as_ref()?, name)
    }
}

/// The stat of the file `name` in the open folder `dir`, following a
/// symbolic link as [`std::fs::metadata`] does.
fn stat_at(dir: &std::fs::File, name: &[u8]) -> Option<Seen> {
    use std::os::fd::AsRawFd;
    // the name NUL-terminated, on the stack unless it is long (no file
    // name holds a NUL)
    if memchr::memchr(0, name).is_some() {
        return None;
    }
    let mut short = [0u8; 256];
    let long;
    let name: &std::ffi::CStr = if name.len() < short.len() {
        short[..name.len()].copy_from_slice(name);
        std::ffi::CStr::from_bytes_until_nul(&short[..=name.len()]).ok()?
    } else {
        long = std::ffi::CString::new(name).ok()?;
        &long
    };
    let mut st = std::mem::MaybeUninit::<libc::stat>::uninit();
    // SAFETY: `dir` is an open folder, `name` a NUL-terminated string and
    // `st` a buffer of the size fstatat writes; it is read only after
    // fstatat reported success.
    let st = unsafe {
        if libc::fstatat(dir.as_raw_fd(), name.as_ptr(), st.as_mut_ptr(), 0) != 0 {
            return None;
        }
        st.assume_init()
    };
    Some(Seen {
        file: st.st_mode & libc::S_IFMT == libc::S_IFREG,
        stat: super::Stat {
            size: st.st_size as u64,
            mtime_ns: (st.st_mtime as i64)
                .saturating_mul(1_000_000_000)
                .saturating_add(st.st_mtime_nsec as i64),
            ino: st.st_ino as u64,
            dev: st.st_dev as u64,
        },
    })
}

/// The files a load of `paths` would read, each with its metadata (`None`
/// when it cannot be had); `None` if anything would be skipped.
fn listing(paths: &[PathBuf], limits: Limits) -> Option<Vec<(Source, Option<Seen>)>> {
    let mut sources = Vec::new();
    let skipped = corpus::scan(paths, limits, |s| sources.push(s));
    if !skipped.is_empty() {
        return None;
    }
    Some(
        sources
            .into_par_iter()
            .map(|s| {
                let m = std::fs::metadata(&s.path).ok();
                (s, m.as_ref().map(Seen::of))
            })
            .collect(),
    )
}

/// Files skipped: path, why.
type Skips = Vec<(PathBuf, String)>;

/// Whether the listed files are the manifest's, unchanged and not racy:
/// each one of its rows, in order, or one of the files it says were
/// skipped, with the same stat, taken clearly after its last change. Gives
/// the listed file of each row, in order, and the skipped files (path,
/// why).
fn unchanged<'s>(
    listed: &[Listed<'s>],
    stored: Stored<'_>,
    limits: Limits,
) -> Option<(Vec<&'s [u8]>, Skips)> {
    if listed.len() != stored.rows.len() + stored.skipped.len() {
        return None;
    }
    // which listed file each row stands for (the skipped ones in between)
    let skipped: HashMap<&[u8], &SkippedFile> = stored
        .skipped
        .iter()
        .map(|f| (f.path.as_ref(), f))
        .collect();
    let mut paired = Vec::with_capacity(stored.rows.len());
    let mut skips = Vec::new();
    let mut rows = stored.rows.iter();
    let mut next = rows.next();
    for file in listed {
        if let Some(row) = next
            && file.rel.as_bytes() == row.name
        {
            paired.push((file, row));
            next = rows.next();
            continue;
        }
        let f = skipped.get(file.path)?;
        let still = file
            .seen
            .as_ref()
            .is_some_and(|m| m.file && m.stat == f.stat && settled(f.stat.mtime_ns, f.seen_ns));
        if !still {
            return None;
        }
        skips.push((
            PathBuf::from(OsStr::from_bytes(file.path)),
            f.why.to_string(),
        ));
    }
    let same = next.is_none()
        && paired
            .par_iter()
            .all(|(file, row)| row_stands(file.seen, file.path, row, limits));
    same.then(|| {
        let rows = paired.into_iter().map(|(file, _)| file.path).collect();
        (rows, skips)
    })
}

/// Whether the file at `path`, with its stat `seen` (`None` when it could
/// not be had), is the one `row` stands for, unchanged and read clearly
/// after its last change: a regular file of the same stat and format,
/// within the size limit.
fn row_stands(seen: Option<Seen>, path: &[u8], row: &RowRef<'_>, limits: Limits) -> bool {
    let Some(seen) = seen else {
        return false;
    };
    let name = memchr::memrchr(b'/', path).map_or(path, |i| &path[i + 1..]);
    let format = Format::of_name(name).unwrap_or(Format::Text);
    seen.file
        && seen.stat.size <= limits.max_file_bytes
        && seen.stat == row.stat
        && format_code(format) == row.format
        && settled(row.stat.mtime_ns, row.seen_ns)
}

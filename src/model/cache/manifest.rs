//! What a stored index stands for, file by file: each file's name, its
//! stat and format and when it was seen (as its cache entry has them), and
//! its articles (a feed item's id). With it a query can be answered from
//! the stored index alone, once the listing and every file's stat are
//! found unchanged (see [`super::quick`]), without reading the cache file.
//!
//! It also lists the files the load skipped (binary, too large, a `.xml`
//! that is not a feed…) with their stat, so that an unchanged folder that
//! holds such a file can still be answered this way.
//!
//! ```text
//! rows (u32), each: name (u32 length + bytes), size, mtime (ns), inode,
//! device, seen (ns) (u64 each), format (u8), articles (u32), each: has
//! an item id (u8), the id (u32 length + bytes) if so;
//! skipped files (u32), each: path (u32 length + bytes), size, mtime (ns),
//! inode, device, seen (ns) (u64 each), why (u32 length + bytes);
//! listing (u8: 0 none, 1 then): started (ns), max files, max depth, max
//! file bytes (u64 each), folders (u32), each: path (u32 length + bytes),
//! size, mtime (ns), inode, device (u64 each); files (u32), each: name
//! (u32 length + bytes), path (u32 length + bytes)
//! ```
//!
//! The listing is how the load found the files: the folders it entered,
//! as they were, and every file it listed, in order. While no folder
//! changed, the files are those, and a query need not list the folders
//! again (see [`super::quick`]).
//!
//! A load that cannot tell which articles came from which file writes an
//! empty manifest (no rows for a corpus with articles): the stored index
//! then serves the reader as before, and queries go the long way.

use super::file::{Entry, Stat};
use super::settled;
use crate::model::Article;
use crate::model::bytes::{Reader, Writer};
use crate::model::corpus::{Folders, Limits, Source};
use std::path::PathBuf;

/// One file of a stored index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub name: Box<str>,
    pub stat: Stat,
    pub seen_ns: i64,
    pub format: u8,
    /// Its articles' item ids (`None`: not a feed item), one per article.
    pub items: Vec<Option<Box<str>>>,
}

/// A file the load skipped, as it was then: its path (as listed), its
/// stat, and a moment before it was read. While its stat is the same (and
/// was not taken in the tick of a change), it would be skipped again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedFile {
    pub path: Box<[u8]>,
    pub stat: Stat,
    pub seen_ns: i64,
    /// Why it was skipped, as the load said it.
    pub why: Box<str>,
}

/// The files of a stored index, in listing order (their articles numbered
/// in that order from 0), the files skipped, and how they were listed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    pub rows: Vec<Row>,
    pub skipped: Vec<SkippedFile>,
    pub listing: Option<Listing>,
}

/// How a load listed its files (see the module docs): `None` of it is
/// kept when the listing skipped anything or a folder's stat failed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// When the listing started (ns since the epoch).
    pub started_ns: i64,
    /// The paths it was given and the folder it ran in ([`Listing::given`]):
    /// the files' paths are spelled from them.
    pub given: Box<[u8]>,
    /// The limits it was made with: files, depth, file bytes.
    pub limits: [u64; 3],
    /// Every folder it entered, with its stat then.
    pub folders: Vec<(Box<[u8]>, Stat)>,
    /// Every file it listed, in order: name (`Source::rel`) and path.
    pub files: Files,
}

/// [`Files`] being listed.
#[derive(Default)]
pub struct FilesBuilder {
    w: Writer,
    count: usize,
}

impl FilesBuilder {
    pub fn push(&mut self, name: &str, path: &[u8]) {
        self.w.str(name);
        self.w.bytes(path);
        self.count += 1;
    }

    pub fn push_source(&mut self, s: &Source) {
        self.push(&s.rel, s.path.as_os_str().as_encoded_bytes());
    }

    pub fn done(self) -> Files {
        Files {
            count: self.count,
            raw: self.w.buf.into(),
        }
    }
}

/// The files of a [`Listing`], kept as their encoding (names and paths,
/// each as u32 length + bytes), in one allocation rather than two per
/// file: a query decodes 100,000 of them before it can answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Files {
    count: usize,
    raw: Box<[u8]>,
}

impl Files {
    pub fn of<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Files {
        let mut out = FilesBuilder::default();
        for (name, path) in files {
            out.push(name, path);
        }
        out.done()
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Each file's name and path, in order; a name that is not UTF-8 ends
    /// the list early (its caller then finds fewer files than
    /// [`Files::len`]).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        FilesRef {
            count: self.count,
            raw: &self.raw,
        }
        .iter()
    }
}

/// The files of a stored [`Listing`] borrowed from its bytes (a query
/// reads them once and keeps none).
#[derive(Debug, Clone, Copy)]
pub struct FilesRef<'a> {
    count: usize,
    raw: &'a [u8],
}

impl<'a> FilesRef<'a> {
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// As [`Files::iter`].
    pub fn iter(&self) -> impl Iterator<Item = (&'a str, &'a [u8])> + use<'a> {
        let mut r = Reader::new(self.raw);
        std::iter::from_fn(move || Some((r.str()?, r.bytes()?)))
    }

    fn to_files(self) -> Files {
        Files {
            count: self.count,
            raw: self.raw.into(),
        }
    }

    /// `count` files at `r`, their lengths checked (their names are
    /// checked as text once, by [`FilesRef::iter`]).
    fn read(r: &mut Reader<'a>, count: usize) -> Option<FilesRef<'a>> {
        let start = r.at;
        for _ in 0..count {
            r.bytes()?;
            r.bytes()?;
        }
        Some(FilesRef {
            count,
            raw: &r.buf[start..r.at],
        })
    }
}

impl Listing {
    /// The listing of a scan that found `sources` and entered `folders`
    /// with `limits`, and skipped nothing if `clean`; `None` when it does
    /// not stand for the listing: a folder's stat failed, or the scan
    /// skipped something (a query must list the folders again to say
    /// what).
    pub fn of(
        paths: &[PathBuf],
        folders: &Folders,
        sources: &[Source],
        limits: Limits,
        clean: bool,
    ) -> Option<Listing> {
        let mut files = FilesBuilder::default();
        for s in sources {
            files.push_source(s);
        }
        Listing::with_files(paths, folders, files.done(), limits, clean)
    }

    /// Like [`Listing::of`], with the files already listed.
    pub fn with_files(
        paths: &[PathBuf],
        folders: &Folders,
        files: Files,
        limits: Limits,
        clean: bool,
    ) -> Option<Listing> {
        (clean && folders.complete).then(|| Listing {
            started_ns: folders.started_ns,
            given: Listing::given(paths),
            limits: Listing::limits_of(limits),
            folders: folders
                .folders
                .iter()
                .map(|(p, m)| (p.as_os_str().as_encoded_bytes().into(), Stat::of(m)))
                .collect(),
            files,
        })
    }

    /// The paths as given, each ended by a NUL, then the current folder:
    /// a listing for the same corpus given otherwise (`./corpus` and
    /// `corpus`, or from another folder) spells its paths otherwise.
    pub fn given(paths: &[PathBuf]) -> Box<[u8]> {
        let mut key = Vec::new();
        for p in paths {
            key.extend_from_slice(p.as_os_str().as_encoded_bytes());
            key.push(0);
        }
        if let Ok(cwd) = std::env::current_dir() {
            key.extend_from_slice(cwd.as_os_str().as_encoded_bytes());
        }
        key.into()
    }

    pub fn limits_of(l: Limits) -> [u64; 3] {
        [l.max_files as u64, l.max_depth as u64, l.max_file_bytes]
    }

    /// Whether the folders of `self` are those of `other`, each with the
    /// same stat, and no folder was changed in the tick the listing
    /// started (then its stat cannot tell a later change).
    pub fn folders_stand(&self, other: &Listing) -> bool {
        self.given == other.given
            && self.limits == other.limits
            && self.folders == other.folders
            && self.trusted()
    }

    /// Whether every folder's modification time is clearly older than the
    /// start of the listing ("racy git", for folders).
    pub fn trusted(&self) -> bool {
        self.folders
            .iter()
            .all(|(_, st)| settled(st.mtime_ns, self.started_ns))
    }

    fn write(&self, w: &mut Writer) {
        w.u64(self.started_ns as u64);
        w.bytes(&self.given);
        for v in self.limits {
            w.u64(v);
        }
        w.u32(self.folders.len() as u32);
        for (path, st) in &self.folders {
            w.bytes(path);
            for v in st.words() {
                w.u64(v);
            }
        }
        w.u32(self.files.len() as u32);
        w.buf.extend_from_slice(&self.files.raw);
    }

    /// The listing at `r`, without its files, and its files borrowed.
    fn read<'a>(r: &mut Reader<'a>, len: usize) -> Option<(Listing, FilesRef<'a>)> {
        let started_ns = r.u64()? as i64;
        let given = r.bytes()?.into();
        let limits = [r.u64()?, r.u64()?, r.u64()?];
        let n = r.u32()? as usize;
        let mut folders = Vec::with_capacity(n.min(len / 36));
        for _ in 0..n {
            folders.push((r.bytes()?.into(), Stat::read_from(r)?));
        }
        let count = r.u32()? as usize;
        let files = FilesRef::read(r, count)?;
        let listing = Listing {
            started_ns,
            given,
            limits,
            folders,
            files: Files::default(),
        };
        Some((listing, files))
    }
}

/// A file as its cache entry gives it, before its articles are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub name: Box<str>,
    pub entry: Entry,
    pub articles: u32,
}

impl Manifest {
    /// The manifest of `files` (the cache entries an index was built from,
    /// in order) and `articles` (the document's, in the same order); empty
    /// when they do not line up: counts that differ, or an article whose
    /// name is not its file's.
    pub fn of(
        files: &[Pending],
        articles: &[Article],
        skipped: Vec<SkippedFile>,
        listing: Option<Listing>,
    ) -> Manifest {
        let total: u64 = files.iter().map(|f| f.articles as u64).sum();
        if total != articles.len() as u64 {
            return Manifest::default();
        }
        let mut rows = Vec::with_capacity(files.len());
        let mut next = articles.iter();
        for f in files {
            let mut items = Vec::with_capacity(f.articles as usize);
            for a in next.by_ref().take(f.articles as usize) {
                let own = a.rel.strip_prefix(&*f.name);
                if !own.is_some_and(|rest| rest.is_empty() || rest.starts_with('#')) {
                    return Manifest::default();
                }
                items.push(a.item.clone());
            }
            rows.push(Row {
                name: f.name.clone(),
                stat: f.entry.stat,
                seen_ns: f.entry.seen_ns,
                format: f.entry.format,
                items,
            });
        }
        Manifest {
            rows,
            skipped,
            listing,
        }
    }

    /// The number of articles of all rows.
    pub fn articles(&self) -> usize {
        self.rows.iter().map(|r| r.items.len()).sum()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.u32(self.rows.len() as u32);
        // the rows' length in bytes, filled in after them: a query finds
        // the listing without walking 100,000 rows first
        let rows_at = w.buf.len();
        w.u64(0);
        for r in &self.rows {
            w.str(&r.name);
            for v in r.stat.words().into_iter().chain([r.seen_ns as u64]) {
                w.u64(v);
            }
            w.u8(r.format);
            w.u32(r.items.len() as u32);
            for item in &r.items {
                match item {
                    Some(id) => {
                        w.u8(1);
                        w.str(id);
                    }
                    None => w.u8(0),
                }
            }
        }
        let rows_len = (w.buf.len() - rows_at - 8) as u64;
        w.buf[rows_at..rows_at + 8].copy_from_slice(&rows_len.to_le_bytes());
        w.u32(self.skipped.len() as u32);
        for f in &self.skipped {
            w.bytes(&f.path);
            for v in f.stat.words().into_iter().chain([f.seen_ns as u64]) {
                w.u64(v);
            }
            w.str(&f.why);
        }
        match &self.listing {
            Some(l) => {
                w.u8(1);
                l.write(&mut w);
            }
            None => w.u8(0),
        }
        w.buf
    }

    /// The manifest [`Manifest::to_bytes`] wrote; `None` if the bytes do
    /// not hold exactly one.
    pub fn from_bytes(buf: &[u8]) -> Option<Manifest> {
        let q = Manifest::for_query(buf)?;
        let mut rows = Vec::with_capacity(q.rows.count.min(buf.len() / 48));
        for row in q.rows.read()? {
            let items: Vec<Option<Box<str>>> = row.items().map(|i| i.map(Into::into)).collect();
            if items.len() != row.articles as usize {
                return None;
            }
            rows.push(Row {
                name: std::str::from_utf8(row.name).ok()?.into(),
                stat: row.stat,
                seen_ns: row.seen_ns,
                format: row.format,
                items,
            });
        }
        let listing = q.listing.map(|(mut l, files)| {
            l.files = files.to_files();
            l
        });
        Some(Manifest {
            rows,
            skipped: q.skipped,
            listing,
        })
    }

    /// The files skipped that [`Manifest::to_bytes`] wrote, and its
    /// listing without the listed files, its rows read past without being
    /// kept (a load whose stored index stands needs only these); `None` if
    /// the bytes do not hold exactly one manifest.
    pub fn skipped_and_listing(buf: &[u8]) -> Option<(Vec<SkippedFile>, Option<Listing>)> {
        let q = Manifest::for_query(buf)?;
        // the rows are checked whole, as a query would find them
        q.rows.check().then_some(())?;
        Some((q.skipped, q.listing.map(|(l, _)| l)))
    }

    /// What a query reads of the manifest [`Manifest::to_bytes`] wrote,
    /// borrowed where it can be: the rows are not read yet
    /// ([`RowsRef::read`]); `None` if the bytes do not hold one manifest
    /// (as far as this reads them). The rows' names are not checked as
    /// text (they are compared, never shown), the listed files' names are
    /// by [`FilesRef::iter`].
    pub fn for_query(buf: &[u8]) -> Option<ForQuery<'_>> {
        let mut r = Reader::new(buf);
        let count = r.u32()? as usize;
        let len = usize::try_from(r.u64()?).ok()?;
        let rows = RowsRef {
            count,
            raw: r.take(len)?,
        };
        let skipped = read_skipped(&mut r, buf.len())?;
        let listing = read_listing(&mut r, buf.len())?;
        r.at_end().then_some(ForQuery {
            rows,
            skipped,
            listing,
        })
    }
}

/// What a query reads of a stored manifest (see [`Manifest::for_query`]).
pub struct ForQuery<'a> {
    pub rows: RowsRef<'a>,
    pub skipped: Vec<SkippedFile>,
    /// The stored listing, without its files, and its files.
    pub listing: Option<(Listing, FilesRef<'a>)>,
}

/// The rows of a stored manifest, not read yet.
#[derive(Debug, Clone, Copy)]
pub struct RowsRef<'a> {
    count: usize,
    raw: &'a [u8],
}

impl<'a> RowsRef<'a> {
    /// The rows, borrowed; `None` unless the bytes hold exactly as many
    /// as the manifest says.
    pub fn read(&self) -> Option<Vec<RowRef<'a>>> {
        let mut r = Reader::new(self.raw);
        let mut rows = Vec::with_capacity(self.count.min(self.raw.len() / 48));
        for _ in 0..self.count {
            rows.push(RowRef::read(&mut r)?);
        }
        r.at_end().then_some(rows)
    }

    /// Whether [`RowsRef::read`] would read them, without keeping them.
    pub fn check(&self) -> bool {
        let mut r = Reader::new(self.raw);
        (0..self.count).all(|_| RowRef::read(&mut r).is_some()) && r.at_end()
    }

    /// How many rows the manifest says it holds.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

/// A row of a stored manifest as its bytes hold it, read without copying
/// (a query reads 100,000 of them before it can answer, and keeps none).
#[derive(Debug, Clone, Copy)]
pub struct RowRef<'a> {
    /// The file's name ([`Source::rel`]), as bytes: compared, never shown.
    pub name: &'a [u8],
    pub stat: Stat,
    pub seen_ns: i64,
    pub format: u8,
    /// How many articles the file gave.
    pub articles: u32,
    /// Their item ids, as written (see [`RowRef::items`]).
    ids: &'a [u8],
}

impl<'a> RowRef<'a> {
    /// The row at `r`, its articles checked to hold as many as it says
    /// (its name is not checked as text).
    fn read(r: &mut Reader<'a>) -> Option<RowRef<'a>> {
        let name = r.bytes()?;
        let stat = Stat::read_from(r)?;
        let seen_ns = r.u64()? as i64;
        let format = r.u8()?;
        let articles = r.u32()?;
        let start = r.at;
        for _ in 0..articles {
            match r.u8()? {
                0 => {}
                1 => {
                    r.bytes()?;
                }
                _ => return None,
            }
        }
        Some(RowRef {
            name,
            stat,
            seen_ns,
            format,
            articles,
            ids: &r.buf[start..r.at],
        })
    }

    /// Each article's item id (`None` for a plain file's single article),
    /// in order; an id that is not UTF-8 ends the list early, and the
    /// caller then finds fewer items than [`RowRef::articles`].
    pub fn items(&self) -> impl Iterator<Item = Option<&'a str>> {
        let mut r = Reader::new(self.ids);
        std::iter::from_fn(move || match r.u8()? {
            0 => Some(None),
            _ => Some(Some(r.str()?)),
        })
    }
}

/// The listing after the skipped files: `Some(None)` when there is none.
fn read_listing<'a>(r: &mut Reader<'a>, len: usize) -> Option<Option<(Listing, FilesRef<'a>)>> {
    match r.u8()? {
        0 => Some(None),
        1 => Listing::read(r, len).map(Some),
        _ => None,
    }
}

fn read_skipped(r: &mut Reader, len: usize) -> Option<Vec<SkippedFile>> {
    let n = r.u32()? as usize;
    let mut skipped = Vec::with_capacity(n.min(len / 44));
    for _ in 0..n {
        skipped.push(SkippedFile {
            path: r.bytes()?.into(),
            stat: Stat::read_from(r)?,
            seen_ns: r.u64()? as i64,
            why: r.str()?.into(),
        });
    }
    Some(skipped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::corpus;

    fn pending(name: &str, articles: u32) -> Pending {
        Pending {
            name: name.into(),
            entry: Entry {
                stat: Stat {
                    size: 10,
                    mtime_ns: 1_000,
                    ino: 7,
                    dev: 1,
                },
                seen_ns: 9_000_000_000,
                hash: 0,
                format: 0,
                data: 0..0,
                raw: 0..0,
            },
            articles,
        }
    }

    #[test]
    fn a_manifest_reads_back_and_refuses_articles_that_do_not_line_up() {
        let mut arts = corpus::embedded();
        let files: Vec<Pending> = arts.iter().map(|a| pending(&a.rel, 1)).collect();
        arts[1].item = Some("item-2".into());
        let skipped = vec![SkippedFile {
            path: b"dir/binary.txt"[..].into(),
            stat: files[0].entry.stat,
            seen_ns: 5,
            why: "binary data (NUL bytes)".into(),
        }];
        let listing = Listing {
            started_ns: 9_000_000_000,
            given: b"dir\0/home"[..].into(),
            limits: [10, 2, 100],
            folders: vec![(b"dir"[..].into(), files[0].entry.stat)],
            files: Files::of([("a.txt", &b"dir/a.txt"[..])]),
        };
        let m = Manifest::of(&files, &arts, skipped, Some(listing.clone()));
        assert_eq!(m.rows.len(), 5);
        assert_eq!(m.articles(), 5);
        assert_eq!(m.rows[1].items, [Some("item-2".into())]);
        let back = Manifest::from_bytes(&m.to_bytes()).expect("reads back");
        assert_eq!(back, m);
        assert_eq!(back.listing.as_ref(), Some(&listing));
        let bytes = m.to_bytes();
        let (skipped, listed) = Manifest::skipped_and_listing(&bytes).unwrap();
        let folders_only = Listing {
            files: Files::default(),
            ..listing.clone()
        };
        assert_eq!((skipped.len(), listed), (1, Some(folders_only.clone())));
        // the rows and files as a query borrows them: the same names,
        // stats, articles
        let q = Manifest::for_query(&bytes).expect("reads");
        let (l, listed) = q.listing.expect("a listing");
        assert_eq!((q.skipped.len(), l), (1, folders_only));
        assert!(listed.iter().eq(listing.files.iter()));
        let rows = q.rows.read().expect("rows read");
        assert_eq!(rows.len(), m.rows.len());
        for (r, row) in rows.iter().zip(&m.rows) {
            assert_eq!(r.name, row.name.as_bytes());
            assert_eq!(
                (r.stat, r.seen_ns, r.format),
                (row.stat, row.seen_ns, row.format)
            );
            let items: Vec<Option<Box<str>>> = r.items().map(|i| i.map(Into::into)).collect();
            assert_eq!((r.articles as usize, &items), (row.items.len(), &row.items));
        }
        assert!(Manifest::for_query(&bytes[..20]).is_none());
        // the rows' length in bytes (after their count) must be theirs
        let mut bad = bytes.clone();
        bad[4] ^= 1;
        assert!(Manifest::from_bytes(&bad).is_none());
        assert!(Manifest::skipped_and_listing(&bad).is_none());
        // a listed name that is not text ends the files early
        let odd = Files::of([("a.txt", &b"dir/a.txt"[..])]);
        let mut raw = odd.raw.to_vec();
        raw[4] = 0xff;
        let odd = Files {
            count: 1,
            raw: raw.into(),
        };
        assert_eq!((odd.len(), odd.iter().count()), (1, 0));
        assert!(Manifest::from_bytes(&bytes[..bytes.len() - 1]).is_none());
        // one article too many for the files, or under another file's name
        assert_eq!(back.skipped[0].path.as_ref(), b"dir/binary.txt");
        assert!(
            Manifest::of(&files[..4], &arts, Vec::new(), None)
                .rows
                .is_empty()
        );
        let mut swapped = files.clone();
        swapped.swap(0, 1);
        assert!(
            Manifest::of(&swapped, &arts, Vec::new(), None)
                .rows
                .is_empty()
        );
    }

    #[test]
    fn a_listing_stands_while_its_folders_do_and_were_not_changed_as_it_started() {
        let st = |mtime_ns| Stat {
            size: 4096,
            mtime_ns,
            ino: 3,
            dev: 1,
        };
        let then = Listing {
            started_ns: 10_000_000_000,
            given: b"dir\0/home"[..].into(),
            limits: [10, 2, 100],
            folders: vec![(b"dir"[..].into(), st(1_000))],
            files: Files::default(),
        };
        let mut now = then.clone();
        now.started_ns = 20_000_000_000;
        assert!(then.folders_stand(&now));
        now.folders[0].1 = st(15_000_000_000);
        assert!(!then.folders_stand(&now), "a folder changed");
        let mut racy = then.clone();
        racy.folders[0].1 = st(9_000_000_000);
        assert!(!racy.trusted(), "changed in the tick the listing started");
        assert!(!racy.folders_stand(&racy.clone()));
        let mut other = then.clone();
        other.limits[1] = 3;
        assert!(!then.folders_stand(&other), "other limits");
        let mut elsewhere = then.clone();
        elsewhere.given = b"./dir\0/home"[..].into();
        assert!(!then.folders_stand(&elsewhere), "given otherwise");
    }
}

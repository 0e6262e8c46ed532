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
//! inode, device, seen (ns) (u64 each), why (u32 length + bytes)
//! ```
//!
//! A load that cannot tell which articles came from which file writes an
//! empty manifest (no rows for a corpus with articles): the stored index
//! then serves the reader as before, and queries go the long way.

use super::file::{Entry, Stat};
use crate::model::Article;
use crate::model::bytes::{Reader, Writer};

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
/// in that order from 0), and the files skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Manifest {
    pub rows: Vec<Row>,
    pub skipped: Vec<SkippedFile>,
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
    pub fn of(files: &[Pending], articles: &[Article], skipped: Vec<SkippedFile>) -> Manifest {
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
        Manifest { rows, skipped }
    }

    /// The number of articles of all rows.
    pub fn articles(&self) -> usize {
        self.rows.iter().map(|r| r.items.len()).sum()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.u32(self.rows.len() as u32);
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
        w.u32(self.skipped.len() as u32);
        for f in &self.skipped {
            w.bytes(&f.path);
            for v in f.stat.words().into_iter().chain([f.seen_ns as u64]) {
                w.u64(v);
            }
            w.str(&f.why);
        }
        w.buf
    }

    /// The manifest [`Manifest::to_bytes`] wrote; `None` if the bytes do
    /// not hold exactly one.
    pub fn from_bytes(buf: &[u8]) -> Option<Manifest> {
        let mut r = Reader::new(buf);
        let n = r.u32()? as usize;
        let mut rows = Vec::with_capacity(n.min(buf.len() / 48));
        for _ in 0..n {
            let name = r.str()?.into();
            let stat = Stat::read_from(&mut r)?;
            let seen_ns = r.u64()? as i64;
            let format = r.u8()?;
            let count = r.u32()? as usize;
            let mut items = Vec::with_capacity(count.min(buf.len()));
            for _ in 0..count {
                items.push(match r.u8()? {
                    0 => None,
                    1 => Some(r.str()?.into()),
                    _ => return None,
                });
            }
            rows.push(Row {
                name,
                stat,
                seen_ns,
                format,
                items,
            });
        }
        let skipped = read_skipped(&mut r, buf.len())?;
        r.at_end().then_some(Manifest { rows, skipped })
    }

    /// The files skipped that [`Manifest::to_bytes`] wrote, its rows read
    /// past without being kept (a load whose stored index stands needs
    /// only these); `None` if the bytes do not hold exactly one manifest.
    pub fn skipped_from_bytes(buf: &[u8]) -> Option<Vec<SkippedFile>> {
        let mut r = Reader::new(buf);
        for _ in 0..r.u32()? {
            r.str()?;
            Stat::read_from(&mut r)?;
            r.u64()?;
            r.u8()?;
            for _ in 0..r.u32()? {
                match r.u8()? {
                    0 => {}
                    1 => {
                        r.str()?;
                    }
                    _ => return None,
                }
            }
        }
        let skipped = read_skipped(&mut r, buf.len())?;
        r.at_end().then_some(skipped)
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
        let m = Manifest::of(&files, &arts, skipped);
        assert_eq!(m.rows.len(), 5);
        assert_eq!(m.articles(), 5);
        assert_eq!(m.rows[1].items, [Some("item-2".into())]);
        let back = Manifest::from_bytes(&m.to_bytes()).expect("reads back");
        assert_eq!(back, m);
        let bytes = m.to_bytes();
        assert!(Manifest::from_bytes(&bytes[..bytes.len() - 1]).is_none());
        // one article too many for the files, or under another file's name
        assert_eq!(back.skipped[0].path.as_ref(), b"dir/binary.txt");
        assert!(Manifest::of(&files[..4], &arts, Vec::new()).rows.is_empty());
        let mut swapped = files.clone();
        swapped.swap(0, 1);
        assert!(Manifest::of(&swapped, &arts, Vec::new()).rows.is_empty());
    }
}

//! A query answered from the stored index alone (`liseuse filter` on an
//! unchanged corpus): no article is read, no cache entry decoded.
//!
//! The stored index names the files it stands for ([`Manifest`]). The
//! folders are listed as a load lists them and every file's stat is taken
//! (in parallel, while the stored index is read and checked): when the
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

use super::manifest::{Manifest, SkippedFile};
use super::snapshot;
use super::{GRANULARITY_NS, format_code, place};
use crate::model::convert::Format;
use crate::model::corpus::{self, Limits, Source};
use crate::model::corrections::Corrections;
use crate::model::index::Index;
use crate::model::query::{self, EvalCache, Evaluator, Query};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;

/// The answer from the stored index: the articles that matched, and the
/// files that are skipped as the last load skipped them (path, why).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub hits: Vec<Hit>,
    pub skipped: Vec<(PathBuf, String)>,
}

/// One article that matched: its file and, for a feed's item, the item's
/// id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub path: PathBuf,
    pub item: Option<Box<str>>,
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
    let (listing, stored) = rayon::join(
        || listing(paths, limits),
        || {
            snapshot::with_parts(&stored, &corpus, |parts| {
                if parts.corrections.digest() != corrections.digest() {
                    return None;
                }
                let manifest = Manifest::from_bytes(parts.manifest)?;
                let index = Index::from_bytes_for(parts.index, &wanted)?;
                (index.len() as usize == manifest.articles()).then_some((manifest, index))
            })
        },
    );
    let (manifest, index) = stored.ok()???;
    let sources = listing?;
    let (rows, skipped) = unchanged(&sources, &manifest, limits)?;
    let matched = query::eval(
        query,
        &mut Evaluator {
            index: &index,
            articles: &[],
            facts: &HashMap::new(),
            reading: &[],
            cache: &mut EvalCache::default(),
        },
    );
    // article ids are numbered file after file, in listing order
    let mut hits = Vec::with_capacity(matched.count());
    let mut ids = matched.ones().peekable();
    let mut first = 0u32;
    for (src, row) in rows.into_iter().zip(&manifest.rows) {
        let end = first + row.items.len() as u32;
        while let Some(id) = ids.next_if(|&id| id < end) {
            hits.push(Hit {
                path: src.path.clone(),
                item: row.items[(id - first) as usize].clone(),
            });
        }
        first = end;
    }
    Some(Answer { hits, skipped })
}

/// The files a load of `paths` would read, each with its metadata (`None`
/// when it cannot be had); `None` if anything would be skipped.
fn listing(paths: &[PathBuf], limits: Limits) -> Option<Vec<(Source, Option<std::fs::Metadata>)>> {
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
                (s, m)
            })
            .collect(),
    )
}

/// Whether the listed files are the manifest's, unchanged and not racy:
/// each one of its rows, in order, or one of the files it says were
/// skipped, with the same stat, taken clearly after its last change. Gives
/// the listed file of each row, in order, and the skipped files (path,
/// why).
#[allow(clippy::type_complexity)]
fn unchanged<'s>(
    sources: &'s [(Source, Option<std::fs::Metadata>)],
    manifest: &Manifest,
    limits: Limits,
) -> Option<(Vec<&'s Source>, Vec<(PathBuf, String)>)> {
    if sources.len() != manifest.rows.len() + manifest.skipped.len() {
        return None;
    }
    // which listed file each row stands for (the skipped ones in between)
    let skipped: HashMap<&[u8], &SkippedFile> = manifest
        .skipped
        .iter()
        .map(|f| (f.path.as_ref(), f))
        .collect();
    let mut paired = Vec::with_capacity(manifest.rows.len());
    let mut skips = Vec::new();
    let mut rows = manifest.rows.iter();
    let mut next = rows.next();
    for (src, meta) in sources {
        if let Some(row) = next
            && *src.rel == *row.name
        {
            paired.push(((src, meta), row));
            next = rows.next();
            continue;
        }
        let f = skipped.get(src.path.as_os_str().as_encoded_bytes())?;
        let still = meta.as_ref().is_some_and(|m| {
            m.is_file()
                && super::Stat::of(m) == f.stat
                && f.stat.mtime_ns < f.seen_ns - GRANULARITY_NS
        });
        if !still {
            return None;
        }
        skips.push((src.path.clone(), f.why.to_string()));
    }
    let same = next.is_none()
        && paired.par_iter().all(|((src, meta), row)| {
            let Some(meta) = meta else {
                return false;
            };
            let format = Format::of_path(&src.path).unwrap_or(Format::Text);
            meta.is_file()
                && meta.len() <= limits.max_file_bytes
                && super::Stat::of(meta) == row.stat
                && format_code(format) == row.format
                && row.stat.mtime_ns < row.seen_ns - GRANULARITY_NS
        });
    same.then(|| {
        let rows = paired.into_iter().map(|((src, _), _)| src).collect();
        (rows, skips)
    })
}

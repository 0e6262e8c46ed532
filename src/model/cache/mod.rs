//! The analysis cache: what the analysis derived from each file (metadata,
//! paragraphs, structure, entities, the words the index is built from),
//! kept on disk per corpus and reused while the file is unchanged.
//!
//! Change detection follows git's index: a file is unchanged when its
//! size, modification time (ns), inode and device are those recorded. A
//! file modified in the same timestamp tick as it was read ("racy git")
//! could have the same stat and other content: such an entry is used only
//! after the file's content hash matches. Plain-text files are re-read for
//! their text anyway (the cache does not store it), so their hash is always
//! checked.
//!
//! The cache is derived data and never trusted: a file that is truncated,
//! corrupt, of another version or build, or for another corpus is ignored
//! and rebuilt (one line says why, [`Session::note`]); temporary files
//! left by a process that died while writing are never read. A new cache
//! is written only when something changed, atomically, after loading.
//!
//! One way in: [`Session::analyse`] wraps [`corpus::load_analysed`], and
//! every loader (the reader's background loader, the printing commands)
//! goes through it.

pub mod entry;
pub mod file;
pub mod manifest;
pub mod place;
pub mod quick;
pub mod snapshot;

use super::Article;
use super::convert::Format;
use super::corpus::{self, Limits, Skipped, Source};
use super::corrections::Corrections;
use super::index::Index;
use crate::model::bytes::Reader;
use crate::model::lazy_text::ReadText;
use entry::TextFrom;
use file::{CacheFile, Entry, Stat};
use manifest::{Listing, Manifest, Pending, SkippedFile};
use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::Mutex;
use std::thread::JoinHandle;

/// How far apart two instants must be for a file's modification time to
/// be trusted as older than the moment it was read: the coarsest
/// timestamps of common file systems (FAT keeps two seconds).
const GRANULARITY_NS: i64 = 2_000_000_000;

/// Whether a modification time `mtime_ns` is clearly older than the
/// moment `seen_ns` it was read (by [`GRANULARITY_NS`]): a file seen so
/// is not racy, its stat can stand for its content.
fn settled(mtime_ns: i64, seen_ns: i64) -> bool {
    mtime_ns < seen_ns.saturating_sub(GRANULARITY_NS)
}

/// Now, in ns since the epoch.
pub fn now_ns() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as i64)
        .unwrap_or(0)
}

fn format_code(f: Format) -> u8 {
    match f {
        Format::Text => 0,
        Format::Markdown => 1,
        Format::Html => 2,
        Format::Feed => 3,
    }
}

/// What a load through the cache gives of each file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Want {
    /// The articles with their distinct words (to build the index from).
    Words,
    /// The articles, without their words (a stored index has them), the
    /// text of an unchanged plain-text file read when first needed.
    Later,
}

/// One file's part of the next cache file.
pub enum Record {
    /// The entry of the current cache file, unchanged.
    Kept(Range<usize>),
    /// A new entry, encoded.
    New(Vec<u8>),
    /// The entry of the current cache file, unchanged but for the time it
    /// was seen (a racy entry checked by content), encoded.
    Renewed(Vec<u8>),
}

/// One file loaded through the cache.
pub struct Outcome {
    pub result: Result<Vec<(Article, String)>, Skipped>,
    pub record: Option<Record>,
    /// The cache file had an entry for this file (used or not).
    pub known: bool,
}

impl Outcome {
    /// Whether the file came from its cache entry, unchanged.
    pub fn kept(&self) -> bool {
        matches!(self.record, Some(Record::Kept(_) | Record::Renewed(_)))
    }
}

/// The records of a load, in listing order, and what came from where.
#[derive(Default)]
pub struct Updates {
    records: Vec<Record>,
    /// Files whose entry was used.
    pub reused: usize,
    /// Files analysed (new, changed, or no usable entry).
    pub analysed: usize,
    /// Files the cache file had an entry for.
    pub known: usize,
    /// Files whose entry was used and seen again (see [`Record::Renewed`]).
    renewed: usize,
}

impl Updates {
    /// Takes note of a file's outcome; gives back its articles.
    pub fn add(&mut self, o: Outcome) -> Result<Vec<(Article, String)>, Skipped> {
        self.known += o.known as usize;
        self.record(o.record);
        o.result
    }

    fn record(&mut self, record: Option<Record>) {
        match &record {
            Some(Record::Kept(_)) => self.reused += 1,
            Some(Record::Renewed(_)) => {
                self.reused += 1;
                self.renewed += 1;
            }
            Some(Record::New(_)) => self.analysed += 1,
            None => return,
        }
        self.records.extend(record);
    }
}

/// The cache of one load: the current cache file, if any was usable, and
/// where the next one goes.
#[derive(Default)]
pub struct Session {
    /// The cache file; `None`: no caching (`--no-cache`, standard input,
    /// no cache folder).
    file: Option<PathBuf>,
    corpus: String,
    old: Option<CacheFile>,
    /// The files skipped by the load that stored the index read by
    /// [`Session::stored_index`], as it recorded them.
    stored_skipped: std::sync::OnceLock<Vec<SkippedFile>>,
    /// The listing of the load that stored that index, if it kept one.
    stored_listing: std::sync::OnceLock<Option<Listing>>,
    note: Option<String>,
    /// When the session was opened, before any file was read (ns since
    /// the epoch; 0 when off).
    opened_ns: i64,
}

impl Session {
    /// No caching: every file is analysed, nothing is written.
    pub fn off() -> Session {
        Session::default()
    }

    /// The cache of the corpus at `paths` (`enabled` false: none). Reads
    /// and checks the current cache file; a file that fails a check is
    /// ignored, and [`Session::note`] says why.
    pub fn open(paths: &[PathBuf], enabled: bool) -> Session {
        let opened_ns = now_ns();
        let (Some(dir), Some(corpus)) = (
            place::cache_dir().filter(|_| enabled),
            place::corpus_name(paths),
        ) else {
            return Session::off();
        };
        let Some(path) = place::cache_file(&dir, paths) else {
            return Session::off();
        };
        let (old, note) = match file::read(&path, &corpus) {
            Ok(old) => (old, None),
            Err(why) => (None, Some(format!("cache rebuilt: {why}"))),
        };
        Session {
            file: Some(path),
            corpus,
            old,
            stored_skipped: Default::default(),
            stored_listing: Default::default(),
            note,
            opened_ns,
        }
    }

    /// Why the cache file was not used, when there was one.
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// Whether a cache file was read and is being used.
    pub fn has_cache(&self) -> bool {
        self.old.is_some()
    }

    /// What a load did with the cache, when it matters to say: some files
    /// analysed while others came from the cache.
    pub fn summary(&self, up: &Updates) -> Option<String> {
        let old = self.old.as_ref()?;
        let gone = old.entries.len().saturating_sub(up.known);
        (up.analysed > 0 || gone > 0).then(|| {
            format!(
                "cache: {} analysed, {} from cache, {} gone",
                up.analysed, up.reused, gone
            )
        })
    }

    /// Loads one file: from its cache entry when the file is unchanged,
    /// else read and analysed (see the module docs).
    pub fn analyse(&self, src: &Source, limits: Limits) -> Outcome {
        self.analyse_with(src, limits, Want::Words)
    }

    /// Like [`Session::analyse`], giving what `want` says.
    pub fn analyse_with(&self, src: &Source, limits: Limits, want: Want) -> Outcome {
        let words = want == Want::Words;
        let known = self
            .old
            .as_ref()
            .is_some_and(|o| o.entries.contains_key(src.rel.as_str()));
        let plain = |src: &Source| Outcome {
            result: corpus::load_analysed(src, limits),
            record: None,
            known,
        };
        if self.file.is_none() || src.path.as_os_str() == corpus::STDIN {
            return plain(src);
        }
        let seen_ns = now_ns();
        let Ok(meta) = std::fs::metadata(&src.path) else {
            return plain(src);
        };
        if !meta.is_file() || meta.len() > limits.max_file_bytes {
            return plain(src);
        }
        let stat = Stat::of(&meta);
        let format = Format::of_path(&src.path).unwrap_or(Format::Text);
        let code = format_code(format);
        let old = self
            .old
            .as_ref()
            .and_then(|o| Some((o, o.entries.get(src.rel.as_str())?)))
            .filter(|(_, e)| e.stat == stat && e.format == code);
        let mut bytes = None;
        if let Some((o, e)) = old {
            let data = &o.buf[e.data.clone()];
            let racy = !settled(e.stat.mtime_ns, e.seen_ns);
            let hit = if format == Format::Text && want == Want::Later && !racy {
                // unchanged by its stat: read when first needed, checked then
                let path = src.path.clone();
                let read: ReadText = Arc::new(move || {
                    let b = corpus::read_bytes(&path, limits).ok()?;
                    corpus::decode(b).ok().map(|d| d.text)
                });
                entry::decode(data, src, TextFrom::Later(read), false)
            } else if format == Format::Text {
                // the text is re-read: checked against the hash always
                match corpus::read_bytes(&src.path, limits) {
                    Ok(b) if xxh3(&b) == e.hash => corpus::decode(b)
                        .ok()
                        .and_then(|d| entry::decode(data, src, TextFrom::File(d.text), words)),
                    Ok(b) => {
                        bytes = Some(b);
                        None
                    }
                    Err(_) => None,
                }
            } else if racy {
                match corpus::read_bytes(&src.path, limits) {
                    Ok(b) if xxh3(&b) == e.hash => entry::decode(data, src, TextFrom::Entry, words),
                    Ok(b) => {
                        bytes = Some(b);
                        None
                    }
                    Err(_) => None,
                }
            } else {
                entry::decode(data, src, TextFrom::Entry, words)
            };
            if let Some(articles) = hit {
                // a racy entry whose content was checked: seen again now,
                // it need not be checked next time (and a stored index may
                // stand for it), once its time is clearly past
                let record = if racy && settled(stat.mtime_ns, seen_ns) {
                    let renewed = Entry {
                        seen_ns,
                        ..e.clone()
                    };
                    Record::Renewed(file::encode_entry(&src.rel, &renewed, data))
                } else {
                    Record::Kept(e.raw.clone())
                };
                return Outcome {
                    result: Ok(articles),
                    record: Some(record),
                    known,
                };
            }
        }
        let bytes = match bytes {
            Some(b) => b,
            None => match corpus::read_bytes(&src.path, limits) {
                Ok(b) => b,
                Err(reason) => {
                    return Outcome {
                        result: Err(Skipped {
                            path: src.path.clone(),
                            reason,
                        }),
                        record: None,
                        known,
                    };
                }
            },
        };
        let hash = xxh3(&bytes);
        let result =
            corpus::analyse_bytes(&src.path, &src.rel, format, bytes).map_err(|reason| Skipped {
                path: src.path.clone(),
                reason,
            });
        let record = result.as_ref().ok().map(|analysed| {
            let data = entry::encode(analysed, format != Format::Text);
            let e = Entry {
                stat,
                seen_ns,
                hash,
                format: code,
                data: 0..0,
                raw: 0..0,
            };
            Record::New(file::encode_entry(&src.rel, &e, &data))
        });
        Outcome {
            result,
            record,
            known,
        }
    }

    /// Whether the load recorded in `up` changed anything the cache file
    /// holds (new or changed files, files gone, no usable cache file).
    pub fn changed(&self, up: &Updates) -> bool {
        match &self.old {
            None => true,
            Some(o) => up.analysed > 0 || up.renewed > 0 || up.reused != o.entries.len(),
        }
    }

    /// Writes the next cache file when something changed. Errors are
    /// returned, not fatal: the cache is an optimisation.
    pub fn save(self, up: Updates) -> std::io::Result<bool> {
        let Some(path) = &self.file else {
            return Ok(false);
        };
        if !self.changed(&up) {
            return Ok(false);
        }
        file::write(path, &self.corpus, &self.parts(&up))?;
        if let Some(dir) = path.parent() {
            file::remove_stale_temps(dir);
        }
        Ok(true)
    }

    /// The entries of the next cache file, in order.
    fn parts<'a>(&'a self, up: &'a Updates) -> Vec<&'a [u8]> {
        let buf: &[u8] = self.old.as_ref().map_or(&[], |o| &o.buf);
        up.records
            .iter()
            .map(|r| match r {
                Record::Kept(range) => &buf[range.clone()],
                Record::New(v) | Record::Renewed(v) => v.as_slice(),
            })
            .collect()
    }

    /// The index stored for the current cache file (see [`snapshot`]),
    /// with the entity corrections it was built with: what
    /// [`Session::old_articles`] numbers. `Ok(None)`: none, or stored for
    /// other entries; `Err`: a stored index was there but damaged, and why.
    pub fn stored_index(&self) -> Result<Option<(Index, Corrections)>, String> {
        let (Some(path), Some(old)) = (&self.file, &self.old) else {
            return Ok(None);
        };
        let stored = snapshot::read(&snapshot::path_for(path), &self.corpus, old.payload_hash)
            .map_err(|why| format!("stored index rebuilt: {why}"))?;
        Ok(stored.map(|st| {
            let _ = self.stored_skipped.set(st.skipped);
            let _ = self.stored_listing.set(st.listing);
            (st.index, st.corrections)
        }))
    }

    /// Where the articles of the current cache file's entries are in the
    /// index built from it: by file name, the first one's id and their
    /// number (entries in the file's order, each holding the number of its
    /// articles first).
    pub fn old_articles(&self) -> HashMap<&str, (u32, u32)> {
        let Some(old) = &self.old else {
            return HashMap::new();
        };
        let mut entries: Vec<(&str, &Entry)> = old.entries.iter().map(|(k, e)| (&**k, e)).collect();
        entries.sort_unstable_by_key(|(_, e)| e.raw.start);
        let mut next = 0u32;
        entries
            .into_iter()
            .map(|(name, e)| {
                let n = entry::article_count(&old.buf[e.data.clone()]).unwrap_or(0);
                let first = next;
                next += n;
                (name, (first, n))
            })
            .collect()
    }

    /// Where the index of this load is to be stored, and for which cache
    /// file, with how the load listed its files (`listing`, see
    /// [`Listing::of`]). `None`: no caching, or the stored index `stands`
    /// as it is and no file changed.
    pub fn index_target(
        &self,
        up: &Updates,
        stands: bool,
        skipped: &[Skipped],
        listing: Option<Listing>,
    ) -> Option<IndexTarget> {
        let skipped = self.skipped_files(skipped);
        if stands
            && !self.changed(up)
            && self.skipped_stand(&skipped)
            && self.listing_stands(listing.as_ref())
        {
            return None;
        }
        let path = self.file.as_ref()?;
        let parts = self.parts(up);
        let entries = match &self.old {
            Some(o) if !self.changed(up) => o.payload_hash,
            _ => file::payload_hash(&parts),
        };
        // the files the index stands for (an entry that does not read back,
        // which cannot be, leaves the manifest empty)
        let files = parts
            .iter()
            .map(|raw| {
                let (name, entry) = file::entry(&mut Reader::new(raw))?;
                let articles = entry::article_count(&raw[entry.data.clone()])?;
                Some(Pending {
                    name,
                    entry,
                    articles,
                })
            })
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default();
        Some(IndexTarget {
            path: snapshot::path_for(path),
            corpus: self.corpus.clone(),
            entries,
            files,
            skipped,
            listing,
        })
    }

    /// Whether the listing stored with the index is this load's, folder
    /// for folder, and can be trusted: if not (a folder changed, for a
    /// file that is no article, or was changed in the tick it was listed),
    /// the stored index is written again with this listing, or `liseuse
    /// filter` would list the folders every time.
    fn listing_stands(&self, now: Option<&Listing>) -> bool {
        let Some(then) = self.stored_listing.get() else {
            return true;
        };
        match (then, now) {
            // folders changed in the tick this listing started: storing
            // it would not help
            (_, Some(now)) if !now.trusted() => true,
            (Some(then), Some(now)) => then.folders_stand(now),
            (None, None) => true,
            _ => false,
        }
    }

    /// Whether the files skipped now are those the stored index recorded,
    /// as they were then and not taken in the tick of a change: if not
    /// (one changed but is still skipped, or was racy), the stored index
    /// is written again, or `liseuse filter` would never answer from it.
    fn skipped_stand(&self, now: &[SkippedFile]) -> bool {
        let Some(then) = self.stored_skipped.get() else {
            return true;
        };
        let then: HashMap<&[u8], &SkippedFile> = then.iter().map(|f| (&*f.path, f)).collect();
        then.len() == now.len()
            && now.iter().all(|f| {
                then.get(&*f.path).is_some_and(|was| {
                    was.stat == f.stat && settled(was.stat.mtime_ns, was.seen_ns)
                })
            })
    }

    /// The files the load skipped for what they hold (binary, too large,
    /// unreadable, not a feed), with their stat now and the moment the
    /// session opened, before any was read: a file changed since has a
    /// later modification time, and is not taken as skipped again.
    fn skipped_files(&self, skipped: &[Skipped]) -> Vec<SkippedFile> {
        use corpus::SkipReason;
        skipped
            .iter()
            .filter(|s| {
                matches!(
                    s.reason,
                    SkipReason::Binary
                        | SkipReason::TooLarge { .. }
                        | SkipReason::Invalid(_)
                        | SkipReason::Unreadable(_)
                )
            })
            .filter_map(|s| {
                let meta = std::fs::metadata(&s.path).ok().filter(|m| m.is_file())?;
                Some(SkippedFile {
                    path: s.path.as_os_str().as_encoded_bytes().into(),
                    stat: Stat::of(&meta),
                    seen_ns: self.opened_ns,
                    why: s.reason.to_string().into(),
                })
            })
            .collect()
    }

    /// Like [`Session::save`], on a thread of its own; [`wait_for_writes`]
    /// waits for it (before the process exits).
    pub fn save_in_background(self, up: Updates) {
        if self.file.is_none() || !self.changed(&up) {
            return;
        }
        let h = std::thread::Builder::new()
            .name("liseuse-cache".into())
            .spawn(move || {
                if let Err(e) = self.save(up) {
                    write_failed(&e);
                }
            });
        if let Ok(h) = h {
            WRITERS.lock().unwrap_or_else(|e| e.into_inner()).push(h);
        }
    }
}

static WRITERS: Mutex<Vec<JoinHandle<()>>> = Mutex::new(Vec::new());

/// Why the last background write of the cache failed, until it is told
/// ([`take_write_problem`]); the flag spares the lock when nothing failed
/// (the reader asks between keys).
static WRITE_PROBLEM: Mutex<Option<String>> = Mutex::new(None);
static WRITE_FAILED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn write_failed(e: &std::io::Error) {
    *WRITE_PROBLEM.lock().unwrap_or_else(|e| e.into_inner()) = Some(format!(
        "cache not written ({e}): the next start analyses again"
    ));
    WRITE_FAILED.store(true, std::sync::atomic::Ordering::Release);
}

/// Why a background write of the cache failed since last asked, if one
/// did (full disk, read-only folder): nothing is lost, but every start
/// analyses again until it can be written.
pub fn take_write_problem() -> Option<String> {
    if !WRITE_FAILED.swap(false, std::sync::atomic::Ordering::Acquire) {
        return None;
    }
    WRITE_PROBLEM
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
}

/// Where an index built by a load is to be stored (see [`snapshot`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexTarget {
    path: PathBuf,
    corpus: String,
    /// The payload hash of the cache file written by the same load.
    entries: u64,
    /// Its entries, in order.
    files: Vec<Pending>,
    /// The files the load skipped.
    skipped: Vec<SkippedFile>,
    /// How it listed them.
    listing: Option<Listing>,
}

impl IndexTarget {
    /// Stores `index`, built with `corrections` from `articles`: encoded
    /// here, written on a thread of its own ([`wait_for_writes`] waits for
    /// it).
    pub fn save_in_background(
        mut self,
        index: &Index,
        corrections: &Corrections,
        articles: &[Article],
    ) {
        let skipped = std::mem::take(&mut self.skipped);
        let manifest = Manifest::of(&self.files, articles, skipped, self.listing.take());
        let payload = snapshot::payload(corrections, &manifest, index);
        let h = std::thread::Builder::new()
            .name("liseuse-index".into())
            .spawn(move || {
                if let Err(e) = snapshot::write(&self.path, &self.corpus, self.entries, &payload) {
                    write_failed(&e);
                }
            });
        if let Ok(h) = h {
            WRITERS.lock().unwrap_or_else(|e| e.into_inner()).push(h);
        }
    }
}

/// Waits for the cache files being written in the background.
pub fn wait_for_writes() {
    let handles = std::mem::take(&mut *WRITERS.lock().unwrap_or_else(|e| e.into_inner()));
    for h in handles {
        let _ = h.join();
    }
}

/// The content hash of a file: xxh3, a fast non-cryptographic hash (some
/// 10 GB/s; it guards against accidental change, not against an attacker
/// who could write the cache itself).
fn xxh3(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

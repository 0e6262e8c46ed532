//! Background loading: the corpus is listed on one thread and read and
//! analysed on all cores, in batches sent back in listing order, so the
//! first frame never waits for the corpus.

use super::article::Article;
use super::cache::manifest::{FilesBuilder, Listing};
use super::cache::{IndexTarget, Session, Updates, Want};
use super::corpus::{self, Limits, Skipped, Source};
use super::corrections::Corrections;
use super::document::Document;
use super::index::{BatchTerms, Index, Renumbering};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::thread;

/// What the loader reports, in order.
#[derive(Debug)]
pub enum LoadEvent {
    /// This many article files have been found so far.
    Found(usize),
    /// The next articles, in listing order, with their index terms
    /// (computed and grouped on the loader's workers).
    Articles(Vec<Article>, BatchTerms),
    /// Every article, with the index stored for them (an unchanged
    /// corpus: see [`super::cache::snapshot`]); sent alone, instead of
    /// batches.
    Indexed(Vec<Article>, Box<Index>),
    /// Files that could not be loaded.
    Skipped(Vec<Skipped>),
    /// Where to store the index once everything is loaded (and the
    /// corrections applied): the stored one was missing or stale.
    StoreIndex(IndexTarget),
    /// Something to tell about the load (the cache was rebuilt, and why;
    /// how many files were analysed).
    Note(String),
    /// Everything has been read.
    Done,
}

/// Loads everything under `paths` at once (for commands that print): the
/// same steps as the background loader (find, read, convert, analyse once,
/// index the words of that pass), on all cores, in slices. No cache.
pub fn load_document(paths: &[PathBuf], limits: Limits) -> Document {
    load_document_with(paths, limits, Session::off(), &Corrections::default())
}

/// Like [`load_document`], through the analysis cache `cache`: unchanged
/// files come from it, and a new cache file is written in the background
/// when something changed (see [`super::cache::wait_for_writes`]). Why a
/// cache file was rebuilt is in [`Document::notes`]. The reader's entity
/// `corrections` are applied to every article.
pub fn load_document_with(
    paths: &[PathBuf],
    limits: Limits,
    cache: Session,
    corrections: &Corrections,
) -> Document {
    load_document_counted(paths, limits, cache, corrections).0
}

/// Like [`load_document_with`], with the files taken from the cache and
/// the files analysed (`stats --timings` reports them).
pub fn load_document_counted(
    paths: &[PathBuf],
    limits: Limits,
    cache: Session,
    corrections: &Corrections,
) -> (Document, (usize, usize)) {
    let mut doc = Document::default();
    let mut sources = Vec::new();
    let (mut skipped, folders) = corpus::scan_folders(paths, limits, |s| sources.push(s));
    let listing = Listing::of(paths, &folders, &sources, limits, skipped.is_empty());
    let mut notes: Vec<String> = cache.note().map(str::to_string).into_iter().collect();
    let mut updates = Updates::default();
    let stored = match cache.stored_index() {
        Ok(stored) => stored,
        Err(why) => {
            notes.push(why);
            None
        }
    };
    let stands = match stored {
        Some(stored) => {
            let (articles, index, stands) = load_for_index(
                &cache,
                &sources,
                limits,
                corrections,
                stored,
                &mut updates,
                &mut skipped,
            );
            doc.add_prebuilt(articles, index);
            stands
        }
        None => {
            for chunk in sources.chunks(4 * BATCH) {
                let analysed = load_slice(
                    &cache,
                    chunk,
                    (limits, Want::Words),
                    corrections,
                    &mut updates,
                    &mut skipped,
                );
                let (arts, grouped) = BatchTerms::of_analysed(analysed);
                doc.add_indexed(arts, grouped);
            }
            false
        }
    };
    doc.corrections_loaded(corrections);
    if let Some(target) = cache.index_target(&updates, stands, &skipped, listing) {
        target.save_in_background(doc.index(), corrections, &doc.articles);
    }
    let counts = (updates.reused, updates.analysed);
    cache.save_in_background(updates);
    doc.skipped = skipped;
    doc.notes = notes;
    (doc, counts)
}

/// Loads a slice of the listing through `cache`, on all cores: the
/// articles, with their index words if `want` says so, corrected; files
/// that fail go to `skipped`.
fn load_slice(
    cache: &Session,
    chunk: &[Source],
    (limits, want): (Limits, Want),
    corrections: &Corrections,
    updates: &mut Updates,
    skipped: &mut Vec<Skipped>,
) -> Vec<(Article, String)> {
    let loaded: Vec<_> = chunk
        .par_iter()
        .map(|s| cache.analyse_with(s, limits, want))
        .collect();
    let results = loaded.into_iter().map(|o| updates.add(o)).collect();
    let mut analysed: Vec<_> = corpus::keep_loaded(results, skipped)
        .into_iter()
        .flatten()
        .collect();
    correct(&mut analysed, corrections);
    analysed
}

/// Loads the whole listing for the `index` stored with the cache file
/// (from [`Session::stored_index`], with the corrections it was built
/// with): the files that did not change come
/// from their cache entries without their words, the texts of plain-text
/// files read when first needed; the others are analysed. The stored index
/// is renumbered for the files gone and changed, and the analysed articles
/// are merged in ([`Index::updated`]). `None` for the index if it cannot
/// stand for the listing (then the articles must be indexed from their
/// text). The articles come back corrected, and whether the stored index
/// stands as it is (nothing to store again unless files changed).
fn load_for_index(
    cache: &Session,
    sources: &[Source],
    limits: Limits,
    corrections: &Corrections,
    (index, built_with): (Index, Corrections),
    updates: &mut Updates,
    skipped: &mut Vec<Skipped>,
) -> (Vec<Article>, Option<Index>, bool) {
    let old = cache.old_articles();
    // it must number the cache file's articles
    let numbered: u64 = old.values().map(|&(_, n)| n as u64).sum();
    // every article of the listing in order (`None`: a fresh one, in
    // `fresh`), and where the kept ones were in the stored index
    let mut slots: Vec<Option<Article>> = Vec::with_capacity(sources.len());
    let mut fresh: Vec<(Article, String)> = Vec::new();
    let mut r = Renumbering {
        old_to_new: vec![None; index.len() as usize],
        fresh: Vec::new(),
        len: 0,
    };
    let mut fits = numbered == index.len() as u64;
    for chunk in sources.chunks(4 * BATCH) {
        let loaded: Vec<_> = chunk
            .par_iter()
            .map(|s| cache.analyse_with(s, limits, Want::Later))
            .collect();
        for (src, o) in chunk.iter().zip(loaded) {
            let kept = o.kept();
            let Ok(articles) = updates.add(o).map_err(|s| skipped.push(s)) else {
                continue;
            };
            let before = old.get(src.rel.as_str()).copied();
            match before {
                Some((first, n)) if kept && n as usize == articles.len() => {
                    for (k, (a, _)) in articles.into_iter().enumerate() {
                        if let Some(slot) = r.old_to_new.get_mut(first as usize + k) {
                            *slot = Some(slots.len() as u32);
                        } else {
                            fits = false;
                        }
                        slots.push(Some(a));
                    }
                }
                _ if kept => {
                    // an entry the stored index does not number as it is
                    fits = false;
                    slots.extend(articles.into_iter().map(|(a, _)| Some(a)));
                }
                _ => {
                    for a in articles {
                        r.fresh.push(slots.len() as u32);
                        slots.push(None);
                        fresh.push(a);
                    }
                }
            }
        }
    }
    r.len = slots.len() as u32;
    correct(&mut fresh, corrections);
    let (fresh, terms) = BatchTerms::of_analysed(fresh);
    for (&at, a) in r.fresh.iter().zip(fresh) {
        slots[at as usize] = Some(a);
    }
    let mut articles: Vec<Article> = slots.into_iter().flatten().collect();
    if !fits || articles.len() != r.len as usize || !r.is_valid() {
        let mut analysed: Vec<(Article, String)> =
            articles.into_iter().map(|a| (a, String::new())).collect();
        correct(&mut analysed, corrections);
        return (analysed.into_iter().map(|(a, _)| a).collect(), None, false);
    }
    let unchanged = r.fresh.is_empty()
        && r.len == index.len()
        && r.old_to_new
            .iter()
            .enumerate()
            .all(|(i, n)| *n == Some(i as u32));
    let mut index = if unchanged {
        index
    } else {
        index.updated(&r, terms)
    };
    correct_indexed(
        &mut articles,
        &mut index,
        &built_with,
        corrections,
        &r.fresh,
    );
    (
        articles,
        Some(index),
        built_with.digest() == corrections.digest(),
    )
}

/// Gives the articles of a stored `index` the entity `corrections`. The
/// index holds the entities as `built_with` corrected them (and the
/// `fresh` articles' as `corrections` do): only the articles whose words
/// hold a name of either can change, only their texts are read, and the
/// entity parts of the index are brought to `corrections` for those whose
/// mentions differ from what it holds.
fn correct_indexed(
    articles: &mut [Article],
    index: &mut Index,
    built_with: &Corrections,
    corrections: &Corrections,
    fresh: &[u32],
) {
    use super::index::{Bitset, IndexPart};
    let same = built_with.digest() == corrections.digest();
    if corrections.is_empty() && built_with.is_empty() {
        return;
    }
    let n = articles.len() as u32;
    let mut set = Bitset::new(n);
    for c in corrections
        .list()
        .iter()
        .chain(if same { &[] } else { built_with.list() })
    {
        let mut all: Option<Bitset> = None;
        for w in super::text::folded_words(&c.name) {
            let mut one = Bitset::new(n);
            index.exact_into(IndexPart::Body, &w, &mut one);
            match &mut all {
                Some(b) => b.and_with(&one),
                None => all = Some(one),
            }
        }
        // a name without words: any article may hold it
        set.or_with(&all.unwrap_or_else(|| Bitset::full(n)));
    }
    let changed: Vec<(u32, super::entities::Entities)> = articles
        .par_iter_mut()
        .enumerate()
        .filter(|(i, _)| set.contains(*i as u32))
        .filter_map(|(i, a)| {
            let i = i as u32;
            // what the index holds for it
            let held = (!same && fresh.binary_search(&i).is_err()).then(|| {
                let base = a.uncorrected.as_deref().unwrap_or(&a.entities);
                built_with
                    .apply(&a.text, base)
                    .unwrap_or_else(|| base.clone())
            });
            corrections.correct(a);
            held.filter(|h| *h != a.entities).map(|h| (i, h))
        })
        .collect();
    if !changed.is_empty() {
        index.update_entities(articles, &changed);
    }
}

/// The articles under `paths`, read and analysed as [`load_document`]
/// does, without an index. No cache.
pub fn load_articles(paths: &[PathBuf], limits: Limits) -> (Vec<Article>, Vec<Skipped>) {
    let (articles, skipped, _) =
        load_articles_with(paths, limits, Session::off(), &Corrections::default());
    (articles, skipped)
}

/// The articles under `paths` through the analysis cache, as
/// [`load_document_with`] reads them, for the commands that need no index
/// (`entities`, `annotations`); the files skipped, and what the cache has
/// to say.
pub fn load_articles_with(
    paths: &[PathBuf],
    limits: Limits,
    cache: Session,
    corrections: &Corrections,
) -> (Vec<Article>, Vec<Skipped>, Vec<String>) {
    let mut articles = Vec::new();
    let (skipped, notes) = analyse_all(paths, limits, cache, corrections, |analysed| {
        articles.extend(analysed.into_iter().map(|(a, _)| a));
    });
    (articles, skipped, notes)
}

/// Finds, reads and analyses every file under `paths` through `cache`, on
/// all cores, in slices: `each` gets a slice's articles with their index
/// words, corrected by `corrections`. Returns the files skipped and what
/// the cache has to say.
fn analyse_all(
    paths: &[PathBuf],
    limits: Limits,
    cache: Session,
    corrections: &Corrections,
    mut each: impl FnMut(Vec<(Article, String)>),
) -> (Vec<Skipped>, Vec<String>) {
    let mut sources = Vec::new();
    let mut skipped = corpus::scan(paths, limits, |s| sources.push(s));
    let notes = cache.note().map(str::to_string).into_iter().collect();
    let mut updates = Updates::default();
    for chunk in sources.chunks(4 * BATCH) {
        each(load_slice(
            &cache,
            chunk,
            (limits, Want::Later),
            corrections,
            &mut updates,
            &mut skipped,
        ));
    }
    cache.save_in_background(updates);
    (skipped, notes)
}

/// Applies the reader's entity corrections to freshly analysed articles
/// (after the cache took the extractor's output), on all cores.
fn correct(analysed: &mut [(Article, String)], corrections: &Corrections) {
    if !corrections.is_empty() {
        analysed.par_iter_mut().for_each(|(a, _)| {
            corrections.correct(a);
        });
    }
}

/// A running background load.
pub struct Loader {
    rx: Receiver<LoadEvent>,
    done: bool,
}

const BATCH: usize = 512;

impl Loader {
    /// Starts loading `paths` in the background (no cache).
    pub fn spawn(paths: Vec<PathBuf>, limits: Limits) -> Loader {
        Loader::spawn_with(paths, limits, false, Corrections::default())
    }

    /// Starts loading `paths` in the background, through the analysis
    /// cache when `cached`, with the reader's entity `corrections` (see
    /// [`load_document_with`]).
    pub fn spawn_with(
        paths: Vec<PathBuf>,
        limits: Limits,
        cached: bool,
        corrections: Corrections,
    ) -> Loader {
        let cache_paths = paths.clone();
        let (tx, rx) = mpsc::channel();
        let (src_tx, src_rx) = mpsc::channel::<Vec<Source>>();
        let scan_tx = tx.clone();
        // the scan's listing, set before the last sources are sent
        let listing: Arc<Mutex<Option<Listing>>> = Arc::default();
        let scan_listing = listing.clone();
        thread::Builder::new()
            .name("liseuse-scan".into())
            .spawn(move || {
                let mut batch = Vec::with_capacity(64);
                let mut found = 0usize;
                let mut batch_size = 64;
                // what the stored index keeps of the listing
                let mut all = FilesBuilder::default();
                let (skipped, folders) = corpus::scan_folders(&paths, limits, |s| {
                    if cached {
                        all.push_source(&s);
                    }
                    batch.push(s);
                    found += 1;
                    if batch.len() >= batch_size {
                        let _ = scan_tx.send(LoadEvent::Found(found));
                        let _ = src_tx.send(std::mem::take(&mut batch));
                        batch_size = BATCH;
                    }
                });
                if cached {
                    let listing = Listing::with_files(
                        &paths,
                        &folders,
                        all.done(),
                        limits,
                        skipped.is_empty(),
                    );
                    *scan_listing.lock().unwrap_or_else(|e| e.into_inner()) = listing;
                }
                if !batch.is_empty() {
                    let _ = src_tx.send(batch);
                }
                let _ = scan_tx.send(LoadEvent::Found(found));
                if !skipped.is_empty() {
                    let _ = scan_tx.send(LoadEvent::Skipped(skipped));
                }
            })
            .expect("spawn scanning thread");
        thread::Builder::new()
            .name("liseuse-read".into())
            .spawn(move || {
                let cache = Session::open(&cache_paths, cached);
                if let Some(n) = cache.note() {
                    let _ = tx.send(LoadEvent::Note(n.to_string()));
                }
                let mut updates = Updates::default();
                // the files skipped for what they hold, for the stored index
                let mut unread: Vec<Skipped> = Vec::new();
                // a stored index stands for the whole listing: wait for it
                let mut listed: Box<dyn Iterator<Item = Vec<Source>>> =
                    Box::new(src_rx.into_iter());
                let mut stands = false;
                let stored = cache.stored_index().unwrap_or_else(|why| {
                    let _ = tx.send(LoadEvent::Note(why));
                    None
                });
                if let Some(stored) = stored {
                    let all: Vec<Source> = listed.flatten().collect();
                    listed = Box::new(std::iter::empty());
                    let mut skipped = Vec::new();
                    let (arts, index, as_is) = load_for_index(
                        &cache,
                        &all,
                        limits,
                        &corrections,
                        stored,
                        &mut updates,
                        &mut skipped,
                    );
                    stands = as_is;
                    unread.extend(skipped.iter().cloned());
                    if !skipped.is_empty() && tx.send(LoadEvent::Skipped(skipped)).is_err() {
                        return;
                    }
                    let event = match index {
                        Some(index) => LoadEvent::Indexed(arts, Box::new(index)),
                        None => {
                            let terms = BatchTerms::of(&arts);
                            LoadEvent::Articles(arts, terms)
                        }
                    };
                    if tx.send(event).is_err() {
                        return;
                    }
                }
                for sources in listed {
                    let mut skipped = Vec::new();
                    let analysed = load_slice(
                        &cache,
                        &sources,
                        (limits, Want::Words),
                        &corrections,
                        &mut updates,
                        &mut skipped,
                    );
                    let (arts, grouped) = BatchTerms::of_analysed(analysed);
                    unread.extend(skipped.iter().cloned());
                    if !skipped.is_empty() && tx.send(LoadEvent::Skipped(skipped)).is_err() {
                        return;
                    }
                    if tx.send(LoadEvent::Articles(arts, grouped)).is_err() {
                        return;
                    }
                }
                if let Some(n) = cache.summary(&updates) {
                    let _ = tx.send(LoadEvent::Note(n));
                }
                let listing = listing.lock().unwrap_or_else(|e| e.into_inner()).take();
                if let Some(target) = cache.index_target(&updates, stands, &unread, listing) {
                    let _ = tx.send(LoadEvent::StoreIndex(target));
                }
                // the writer is registered before the reader hears that
                // loading is done: a reader that quits at once still waits
                // for it (`wait_for_writes`), so the cache is not lost
                cache.save_in_background(updates);
                let _ = tx.send(LoadEvent::Done);
            })
            .expect("spawn reading thread");
        Loader { rx, done: false }
    }

    /// The events that have arrived since the last call, without waiting.
    pub fn poll(&mut self) -> Vec<LoadEvent> {
        let mut out = Vec::new();
        loop {
            match self.rx.try_recv() {
                Ok(LoadEvent::Done) => {
                    self.done = true;
                    out.push(LoadEvent::Done);
                    break;
                }
                Ok(e) => out.push(e),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    if !self.done {
                        self.done = true;
                        out.push(LoadEvent::Done);
                    }
                    break;
                }
            }
        }
        out
    }

    /// Waits for the next event (`None` once everything was delivered).
    pub fn recv(&mut self) -> Option<LoadEvent> {
        if self.done {
            return None;
        }
        match self.rx.recv() {
            Ok(LoadEvent::Done) | Err(_) => {
                self.done = true;
                Some(LoadEvent::Done)
            }
            Ok(e) => Some(e),
        }
    }

    pub fn is_done(&self) -> bool {
        self.done
    }
}

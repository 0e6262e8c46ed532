//! Background loading: the corpus is listed on one thread and read and
//! analysed on all cores, in batches sent back in listing order, so the
//! first frame never waits for the corpus.

use super::article::Article;
use super::corpus::{self, Limits, Skipped, Source};
use super::document::Document;
use super::index::BatchTerms;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread;

/// What the loader reports, in order.
#[derive(Debug)]
pub enum LoadEvent {
    /// This many article files have been found so far.
    Found(usize),
    /// The next articles, in listing order, with their index terms
    /// (computed and grouped on the loader's workers).
    Articles(Vec<Article>, BatchTerms),
    /// Files that could not be loaded.
    Skipped(Vec<Skipped>),
    /// Everything has been read.
    Done,
}

/// Loads everything under `paths` at once (for commands that print): the
/// same steps as the background loader (find, read, convert, analyse once,
/// index the words of that pass), on all cores, in slices.
pub fn load_document(paths: &[PathBuf], limits: Limits) -> Document {
    let mut sources = Vec::new();
    let mut skipped = corpus::scan(paths, limits, |s| sources.push(s));
    let mut doc = Document::default();
    for chunk in sources.chunks(4 * BATCH) {
        let loaded: Vec<_> = chunk
            .par_iter()
            .map(|s| corpus::load_analysed(s, limits))
            .collect();
        let analysed = corpus::keep_loaded(loaded, &mut skipped)
            .into_iter()
            .flatten()
            .collect();
        let (arts, grouped) = BatchTerms::of_analysed(analysed);
        doc.add_indexed(arts, grouped);
    }
    doc.skipped = skipped;
    doc
}

/// A running background load.
pub struct Loader {
    rx: Receiver<LoadEvent>,
    done: bool,
}

const BATCH: usize = 512;

impl Loader {
    /// Starts loading `paths` in the background.
    pub fn spawn(paths: Vec<PathBuf>, limits: Limits) -> Loader {
        let (tx, rx) = mpsc::channel();
        let (src_tx, src_rx) = mpsc::channel::<Vec<Source>>();
        let scan_tx = tx.clone();
        thread::Builder::new()
            .name("liseuse-scan".into())
            .spawn(move || {
                let mut batch = Vec::with_capacity(64);
                let mut found = 0usize;
                let mut batch_size = 64;
                let skipped = corpus::scan(&paths, limits, |s| {
                    batch.push(s);
                    found += 1;
                    if batch.len() >= batch_size {
                        let _ = scan_tx.send(LoadEvent::Found(found));
                        let _ = src_tx.send(std::mem::take(&mut batch));
                        batch_size = BATCH;
                    }
                });
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
                for sources in src_rx {
                    let loaded: Vec<_> = sources
                        .par_iter()
                        .map(|s| corpus::load_analysed(s, limits))
                        .collect();
                    let mut skipped = Vec::new();
                    let analysed = corpus::keep_loaded(loaded, &mut skipped)
                        .into_iter()
                        .flatten()
                        .collect();
                    let (arts, grouped) = BatchTerms::of_analysed(analysed);
                    if !skipped.is_empty() && tx.send(LoadEvent::Skipped(skipped)).is_err() {
                        return;
                    }
                    if tx.send(LoadEvent::Articles(arts, grouped)).is_err() {
                        return;
                    }
                }
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

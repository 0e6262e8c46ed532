//! `liseuse stats [PATH...] [--json] [--timings] [--top N]`: the corpus at
//! a glance (articles, words, languages, entities per kind, the entities
//! mentioned by the most articles) and, with `--timings`, the time of each
//! loading phase and the peak memory.
//!
//! The phases run one after the other here (the reader overlaps them), so
//! that each is timed alone: scan (listing the files), read (reading and
//! decoding), analyse (metadata, paragraphs, and the one tokenizer pass for
//! language, word count, entities and index words), index (the index terms
//! of each part, the search index and the entity table).

use super::CorpusArgs;
use crate::model::corpus::{self, Skipped};
use crate::model::corrections::Corrections;
use crate::model::entities::EntityKind;
use crate::model::index::BatchTerms;
use crate::model::{Article, Document, document::Scope};
use clap::Args;
use rayon::prelude::*;
use serde_json::json;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// One JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// The time of each loading phase and the peak memory.
    #[arg(long)]
    pub timings: bool,
    /// How many top entities to list.
    #[arg(long, default_value_t = 15, value_name = "N")]
    pub top: usize,
}

/// How long each phase took.
#[derive(Debug, Default, Clone, Copy)]
pub struct Timings {
    pub scan: Duration,
    pub read: Duration,
    pub analyse: Duration,
    pub index: Duration,
    /// Through the analysis cache: files from the cache and files
    /// analysed (then `read` covers the whole load: listing, reading,
    /// checking and decoding the cache entries and the stored index,
    /// analysing the files that needed it and indexing them; the other
    /// phases are zero).
    pub cached: Option<(usize, usize)>,
}

impl Timings {
    pub fn total(&self) -> Duration {
        self.scan + self.read + self.analyse + self.index
    }
}

/// Loads the corpus phase by phase, timing each, with the reader's
/// entity corrections (`corrections`) applied.
pub fn load_timed(args: &CorpusArgs, corrections: &Corrections) -> (Document, Timings) {
    let mut t = Timings::default();
    let limits = args.limits();
    if !args.paths.is_empty() && !args.no_cache {
        return load_cached_timed(args, corrections);
    }
    let (decoded, mut skipped) = if args.paths.is_empty() {
        let t0 = Instant::now();
        let d: Vec<_> = corpus::EMBEDDED
            .iter()
            .map(|(name, text)| {
                let path = std::path::PathBuf::from("seeds").join(name);
                (path, name.to_string(), text.as_bytes().to_vec())
            })
            .collect();
        t.read = t0.elapsed();
        (d, Vec::new())
    } else {
        let t0 = Instant::now();
        let mut sources = Vec::new();
        let mut skipped = corpus::scan(&args.paths, limits, |s| sources.push(s));
        t.scan = t0.elapsed();
        let t0 = Instant::now();
        let read: Vec<Result<_, Skipped>> = sources
            .into_par_iter()
            .map(|s| match corpus::read_bytes(&s.path, limits) {
                Ok(d) => Ok((s.path, s.rel, d)),
                Err(reason) => Err(Skipped {
                    path: s.path,
                    reason,
                }),
            })
            .collect();
        t.read = t0.elapsed();
        (corpus::keep_loaded(read, &mut skipped), skipped)
    };
    let t0 = Instant::now();
    let converted: Vec<Result<Vec<(Article, String)>, Skipped>> = decoded
        .into_par_iter()
        .map(|(path, rel, bytes)| {
            let format = corpus::format_of(&path, &bytes);
            corpus::analyse_bytes(&path, &rel, format, bytes)
                .map_err(|reason| Skipped { path, reason })
        })
        .collect();
    let analysed: Vec<(Article, String)> = corpus::keep_loaded(converted, &mut skipped)
        .into_iter()
        .flatten()
        .collect();
    t.analyse = t0.elapsed();
    let t0 = Instant::now();
    let mut doc = index_in_slices(analysed, std::mem::take(&mut skipped));
    t.index = t0.elapsed();
    doc.apply_corrections(corrections);
    (doc, t)
}

/// Like [`load_timed`], through the analysis cache and the stored index,
/// as the reader and the other commands load (see [`Timings::cached`]):
/// the phases are not apart, so the whole load is counted as `read`.
fn load_cached_timed(args: &CorpusArgs, corrections: &Corrections) -> (Document, Timings) {
    let t0 = Instant::now();
    let (doc, counts) = crate::model::loader::load_document_counted(
        &args.paths,
        args.limits(),
        args.cache(),
        corrections,
    );
    for n in &doc.notes {
        eprintln!("liseuse: {n}");
    }
    let t = Timings {
        read: t0.elapsed(),
        cached: Some(counts),
        ..Timings::default()
    };
    (doc, t)
}

/// Builds the document from analysed articles, a slice at a time as the
/// loader does.
fn index_in_slices(analysed: Vec<(Article, String)>, skipped: Vec<Skipped>) -> Document {
    let mut doc = Document::new(Vec::new(), skipped);
    let mut rest = analysed.into_iter();
    loop {
        let chunk: Vec<(Article, String)> = rest.by_ref().take(4096).collect();
        if chunk.is_empty() {
            break;
        }
        let (articles, grouped) = BatchTerms::of_analysed(chunk);
        doc.add_indexed(articles, grouped);
    }
    doc
}

/// The peak resident memory of this process, in bytes (Linux; `None`
/// elsewhere).
pub fn peak_rss() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

pub fn run(args: &StatsArgs) -> Result<(), String> {
    args.corpus.check_paths()?;
    let (doc, t) = load_timed(&args.corpus, &args.corpus.corrections());
    super::report_skipped(&doc.skipped);
    let n = doc.articles.len();
    let bytes: usize = doc.articles.iter().map(|a| a.text.len()).sum();
    let words: u64 = doc.articles.iter().map(|a| a.word_count as u64).sum();
    let mut langs: BTreeMap<&str, usize> = BTreeMap::new();
    let mut mentions: BTreeMap<&str, usize> = BTreeMap::new();
    for a in &doc.articles {
        *langs.entry(a.lang.code()).or_default() += 1;
        for m in &a.entities {
            *mentions.entry(m.kind.name()).or_default() += 1;
        }
    }
    let distinct: BTreeMap<&str, usize> = EntityKind::ALL
        .iter()
        .map(|&k| (k.name(), doc.index().entities.count_of_kind(k)))
        .collect();
    let top = doc.entity_counts(Scope::Corpus, args.top);
    let peak = peak_rss();
    if args.json {
        let mut v = json!({
            "articles": n,
            "skipped": doc.skipped.len(),
            "bytes": bytes,
            "words": words,
            "languages": langs,
            "mentions": mentions,
            "distinct_entities": distinct,
            "top_entities": top.iter().map(|e| json!({
                "kind": e.kind.name(), "canonical": e.canonical, "articles": e.articles,
            })).collect::<Vec<_>>(),
        });
        if args.timings {
            v["timings_ms"] = json!({
                "scan": ms(t.scan), "read": ms(t.read), "analyse": ms(t.analyse),
                "index": ms(t.index), "total": ms(t.total()),
            });
            if let Some((reused, analysed)) = t.cached {
                v["cache"] = json!({ "reused": reused, "analysed": analysed });
            }
            v["peak_rss_bytes"] = json!(peak);
            let m = doc.memory();
            v["model_bytes"] = json!({
                "texts": m.texts, "articles": m.articles, "mentions": m.mentions,
                "names": m.names, "index": m.index, "entity_table": m.entities,
                "total": m.total(),
            });
        }
        println!("{v}");
        return Ok(());
    }
    println!(
        "{n} articles ({} skipped), {} words, {:.1} MB",
        doc.skipped.len(),
        words,
        bytes as f64 / 1e6
    );
    let langs: Vec<String> = langs.iter().map(|(l, c)| format!("{l} {c}")).collect();
    println!("languages: {}", langs.join(", "));
    println!();
    println!("{:<14} {:>10} {:>10}", "entities", "mentions", "distinct");
    for k in EntityKind::ALL {
        println!(
            "{:<14} {:>10} {:>10}",
            k.name(),
            mentions.get(k.name()).copied().unwrap_or(0),
            distinct[k.name()]
        );
    }
    println!();
    println!("top entities (articles that mention them):");
    for e in &top {
        println!(
            "  {:>7}  {:<13} {}",
            e.articles,
            e.kind.name(),
            crate::sanitize::clean(&e.canonical)
        );
    }
    if args.timings {
        println!();
        println!(
            "timings: scan {} ms, read {} ms, analyse {} ms, index {} ms, total {} ms ({} threads)",
            ms(t.scan),
            ms(t.read),
            ms(t.analyse),
            ms(t.index),
            ms(t.total()),
            rayon::current_num_threads()
        );
        if let Some((reused, analysed)) = t.cached {
            println!(
                "cache: {reused} files from the cache, {analysed} analysed (read = the whole load through the cache)"
            );
        }
        if let Some(p) = peak {
            println!(
                "peak memory: {:.0} MB ({:.2}x the corpus bytes)",
                p as f64 / 1e6,
                p as f64 / bytes.max(1) as f64
            );
        }
        let m = doc.memory();
        let mb = |b: usize| b as f64 / 1e6;
        println!(
            "model memory: {:.0} MB: texts {:.0}, articles {:.0}, mentions {:.0}, names {:.0}, index {:.0}, entity table {:.0}",
            mb(m.total()),
            mb(m.texts),
            mb(m.articles),
            mb(m.mentions),
            mb(m.names),
            mb(m.index),
            mb(m.entities)
        );
    }
    Ok(())
}

fn ms(d: Duration) -> u128 {
    d.as_millis()
}

//! Issue 16, defect 6: long queries on generated corpora (see
//! `support/corpus.rs`): 100 OR-ed two-word phrases and 5,000 OR-ed words,
//! both taken from the corpus itself, evaluated from scratch (the filter
//! is cleared between runs).
//!
//! `cargo bench --bench query -- --warm-up-time 1 --measurement-time 3`
//! (sizes from `LISEUSE_BENCH_SIZES`, default `10000`). Under `cargo test`
//! (no `--bench` argument) it runs once on 300 articles.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use liseuse::model::{Document, corpus};
use std::hint::black_box;

fn sizes() -> Vec<u64> {
    if !std::env::args().any(|a| a == "--bench") {
        return vec![300];
    }
    std::env::var("LISEUSE_BENCH_SIZES")
        .unwrap_or_else(|_| "10000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect()
}

/// Up to `phrases` distinct pairs of consecutive words (every 37th pair,
/// words of 3 letters or more) and up to `words` distinct words, from the
/// articles in order.
fn mine(doc: &Document, phrases: usize, words: usize) -> (Vec<String>, Vec<String>) {
    let (mut ps, mut ws) = (Vec::new(), Vec::new());
    let (mut seen_p, mut seen_w) = (
        std::collections::HashSet::new(),
        std::collections::HashSet::new(),
    );
    for a in &doc.articles {
        let t: Vec<String> = a
            .text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() > 2)
            .map(str::to_lowercase)
            .collect();
        for (i, pair) in t.windows(2).enumerate() {
            if i % 37 == 0 && ps.len() < phrases && seen_p.insert(pair.to_vec()) {
                ps.push(format!("\"{} {}\"", pair[0], pair[1]));
            }
        }
        for w in t {
            if ws.len() < words && seen_w.insert(w.clone()) {
                ws.push(w);
            }
        }
        if ps.len() >= phrases && ws.len() >= words {
            break;
        }
    }
    (ps, ws)
}

fn long_queries(c: &mut Criterion) {
    for n in sizes() {
        let dir = support::corpus::ensure(n);
        let (articles, _) =
            liseuse::model::loader::load_articles(&[dir], corpus::Limits::default());
        let mut doc = Document::new(articles, Vec::new());
        let (ps, ws) = mine(&doc, 100, 5000);
        let mut g = c.benchmark_group(format!("query_{n}"));
        g.sample_size(10);
        for (name, q) in [
            (format!("{}_or_phrases", ps.len()), ps.join(" OR ")),
            (format!("{}_or_words", ws.len()), ws.join(" OR ")),
        ] {
            doc.set_filter(&q);
            eprintln!("{n} articles, {name}: {} match", doc.visible.len());
            g.bench_function(&name, |b| {
                b.iter(|| {
                    doc.set_filter("");
                    doc.set_filter(&q);
                    black_box(doc.visible.len())
                })
            });
        }
        g.finish();
    }
}

criterion_group!(benches, long_queries);
criterion_main!(benches);

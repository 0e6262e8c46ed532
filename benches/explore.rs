//! The corpus views on generated corpora (dated articles, see
//! `support/corpus.rs`): the concordance's first screen (40 lines, list
//! order, with their contexts) and the whole concordance sorted by the
//! right-hand word, the collocates (span 5), their first estimate (as the
//! reader's pane first shows them) and the monthly timeline.
//!
//! `cargo bench --bench explore` (sizes from `LISEUSE_BENCH_SIZES`, default
//! `10000`; `LISEUSE_BENCH_SIZES=10000,100000` for the target
//! size). Corpora are generated once under `target/bench-corpora/`. Under
//! `cargo test` (no `--bench` argument) it runs once on 300 articles.

mod support;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use liseuse::model::explore::{self, HitSort, Period};
use liseuse::model::{Document, corpus};
use std::hint::black_box;

/// A frequent word and a rarer one of the generated text.
const QUERIES: [&str; 2] = ["commerce", "ligne"];

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

fn views(c: &mut Criterion) {
    for n in sizes() {
        let dir = support::corpus::ensure(n);
        let (articles, _) =
            liseuse::model::loader::load_articles(&[dir], corpus::Limits::default());
        let mut doc = Document::new(articles, Vec::new());
        let all = doc.visible.len();
        let mut g = c.benchmark_group(format!("explore_{n}"));
        g.sample_size(10);
        for q in QUERIES {
            doc.set_filter(q);
            let query = doc.filter.query.clone();
            let hits = explore::hits(&doc, &query).count();
            let t = explore::timeline(&doc, Period::Month);
            eprintln!(
                "{n} articles, `{q}`: {} match, {hits} hits; timeline {} months, {} undated",
                doc.visible.len(),
                t.bins.len(),
                t.undated
            );
            g.bench_function(BenchmarkId::new("kwic_first_screen", q), |b| {
                b.iter(|| {
                    let lines: Vec<explore::Context> = explore::hits(&doc, &query)
                        .take(40)
                        .map(|h| explore::context(&doc, &h, 50))
                        .collect();
                    black_box(lines)
                })
            });
            g.bench_function(BenchmarkId::new("kwic_all_sorted_right", q), |b| {
                b.iter(|| {
                    let mut lines: Vec<explore::Hit> = explore::hits(&doc, &query).collect();
                    explore::sort_hits(&doc, &mut lines, HitSort::Right);
                    black_box(lines.len())
                })
            });
            g.bench_function(BenchmarkId::new("collocates_span5", q), |b| {
                b.iter(|| black_box(explore::collocates(&doc, &query, 5, 2).words.len()))
            });
            // what the reader's pane first shows: the collocates of an
            // even sample of the filtered articles, ranked
            g.bench_function(BenchmarkId::new("collocates_estimate", q), |b| {
                b.iter(|| {
                    let mut job = explore::CollocatesJob::new(query.clone(), 5, 2);
                    job.step(&doc, liseuse::state::collocates::ESTIMATE_FROM);
                    black_box(job.ranked(&doc).words.len())
                })
            });
            g.bench_function(BenchmarkId::new("timeline_month", q), |b| {
                b.iter(|| black_box(explore::timeline(&doc, Period::Month).bins.len()))
            });
        }
        doc.set_filter("");
        let t = explore::timeline(&doc, Period::Year);
        eprintln!(
            "{n} articles ({all}): by year {:?}, {} undated",
            t.bins
                .iter()
                .map(|b| (b.1.as_str(), b.2))
                .collect::<Vec<_>>(),
            t.undated
        );
        g.finish();
    }
}

criterion_group!(benches, views);
criterion_main!(benches);

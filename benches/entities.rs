//! Entity extraction throughput on one core, in MB/s (criterion reports
//! bytes per second): `cargo bench --bench entities`.

mod support;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use liseuse::model::article::detect_lang;
use liseuse::model::entities::extract;
use std::hint::black_box;

fn extraction(c: &mut Criterion) {
    let generator = support::corpus::Generator::from_seeds();
    let articles: Vec<(String, _)> = (0..2_000)
        .map(|i| {
            let t = generator.article(i);
            let lang = detect_lang(&t);
            (t, lang)
        })
        .collect();
    let bytes: usize = articles.iter().map(|(t, _)| t.len()).sum();
    let mut g = c.benchmark_group("entities");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("extract_2000_generated_articles", |b| {
        b.iter(|| {
            let mut n = 0;
            for (t, lang) in &articles {
                n += extract(black_box(t), *lang).len();
            }
            n
        })
    });
    let seeds: Vec<&str> = liseuse::model::corpus::EMBEDDED
        .iter()
        .map(|(_, t)| *t)
        .collect();
    let seed_bytes: usize = seeds.iter().map(|t| t.len()).sum();
    g.throughput(Throughput::Bytes(seed_bytes as u64));
    g.bench_function("extract_the_five_seeds", |b| {
        b.iter(|| {
            seeds
                .iter()
                .map(|t| extract(black_box(t), detect_lang(t)).len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);

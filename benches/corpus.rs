//! The reader on generated corpora of 1,000, 10,000 and 100,000 articles:
//! time to first frame, time until fully loaded, extracted and indexed,
//! per-keystroke latency (update + redraw, p50 and p99) while typing
//! `alibaba` and `alibaba -amazon title:chine|russie`, and peak RSS.
//!
//! `cargo bench --bench corpus` (sizes from `LISEUSE_BENCH_SIZES`, default
//! `1000,10000,100000`; corpora are generated once under
//! `target/bench-corpora/`). Each size runs the real binary, `liseuse
//! replay --timings`, in its own process, so peak memory is that size's
//! alone. Prints a table and writes `target/bench-corpora/results.json`.
//!
//! Under `cargo test` (no `--bench` argument) it runs once on 300 articles
//! as a smoke test.

mod support;

use serde_json::Value;
use std::path::Path;
use std::process::Command;

const QUERIES: [&str; 2] = ["alibaba", "alibaba -amazon title:chine|russie"];

/// Median and 99th percentile, in milliseconds.
fn percentiles(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(|a, b| a.total_cmp(b));
    let at = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.99))
}

struct Run {
    first_frame_ms: f64,
    loaded_ms: f64,
    articles: u64,
    peak_rss_mb: f64,
    /// Per query: the keystroke times (ms) while typing it.
    keys: Vec<Vec<f64>>,
}

/// Plays every query `reps` times (typed letter by letter, then Esc).
fn run(dir: &Path, reps: usize) -> Run {
    let mut script = String::new();
    for q in QUERIES {
        for _ in 0..reps {
            script.push('/');
            script.push_str(&q.replace(' ', "<Space>"));
            script.push_str("<Esc>");
        }
    }
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // what a first open costs: every file analysed (the analysis
        // cache's reopen is measured by benches/cache.rs)
        .args(["replay", "--no-cache", "--timings", "--keys", &script])
        .arg(dir)
        .output()
        .expect("run liseuse replay");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut r = Run {
        first_frame_ms: 0.0,
        loaded_ms: 0.0,
        articles: 0,
        peak_rss_mb: 0.0,
        keys: vec![Vec::new(); QUERIES.len()],
    };
    let mut q = 0usize;
    let mut typed = 0usize;
    for line in String::from_utf8_lossy(&out.stderr).lines() {
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        if let Some(us) = v["first_frame_us"].as_f64() {
            r.first_frame_ms = us / 1e3;
        } else if let Some(us) = v["loaded_us"].as_f64() {
            r.loaded_ms = us / 1e3;
            r.articles = v["articles"].as_u64().unwrap_or(0);
        } else if let Some(b) = v["peak_rss_bytes"].as_f64() {
            r.peak_rss_mb = b / 1e6;
        } else if let Some(key) = v["key"].as_str() {
            let ms = (v["update_us"].as_f64().unwrap() + v["render_us"].as_f64().unwrap()) / 1e3;
            match key {
                "/" => {}
                "<Esc>" => {
                    typed += 1;
                    if typed == reps {
                        q += 1;
                        typed = 0;
                    }
                }
                _ => r.keys[q.min(QUERIES.len() - 1)].push(ms),
            }
        }
    }
    r
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let sizes: Vec<u64> = if bench {
        std::env::var("LISEUSE_BENCH_SIZES")
            .unwrap_or_else(|_| "1000,10000,100000".into())
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect()
    } else {
        vec![300]
    };
    let reps = if bench { 20 } else { 1 };
    let mut results = Vec::new();
    println!(
        "{:>8} {:>8} {:>11} {:>10} {:>10} {:>24} {:>24}",
        "articles",
        "MB",
        "1st frame",
        "loaded",
        "peak RSS",
        "'alibaba' p50/p99",
        "'alibaba -amazon …' p50/p99"
    );
    for n in sizes {
        let dir = support::corpus::ensure(n);
        let bytes: u64 = std::fs::read_dir(&dir)
            .unwrap()
            .flatten()
            .filter_map(|e| e.metadata().ok())
            .map(|m| m.len())
            .sum();
        let r = run(&dir, reps);
        assert_eq!(r.articles, n, "every generated article is loaded");
        let (a50, a99) = percentiles(r.keys[0].clone());
        let (b50, b99) = percentiles(r.keys[1].clone());
        println!(
            "{:>8} {:>8.1} {:>8.1} ms {:>7.0} ms {:>7.0} MB {:>12.2} / {:>6.2} ms {:>12.2} / {:>6.2} ms",
            n,
            bytes as f64 / 1e6,
            r.first_frame_ms,
            r.loaded_ms,
            r.peak_rss_mb,
            a50,
            a99,
            b50,
            b99
        );
        results.push(serde_json::json!({
            "articles": n, "bytes": bytes, "first_frame_ms": r.first_frame_ms,
            "loaded_ms": r.loaded_ms, "peak_rss_mb": r.peak_rss_mb,
            "rss_per_corpus_byte": r.peak_rss_mb * 1e6 / bytes as f64,
            "keystroke_ms": {
                QUERIES[0]: {"p50": a50, "p99": a99, "samples": r.keys[0].len()},
                QUERIES[1]: {"p50": b50, "p99": b99, "samples": r.keys[1].len()},
            },
        }));
    }
    if bench {
        let out = support::corpus::corpus_dir(0).with_file_name("results.json");
        std::fs::write(&out, serde_json::to_string_pretty(&results).unwrap()).unwrap();
        println!("written to {}", out.display());
    }
}

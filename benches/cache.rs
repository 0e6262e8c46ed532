//! Issue 13, part 5: reopening a corpus through the analysis cache, on
//! generated corpora (see `support/corpus.rs`). For each size, with the
//! real binary in its own process and its own cache folder:
//!
//! - `no cache`: `liseuse replay --no-cache` until fully loaded, indexed,
//!   entities included (what every start cost before the cache);
//! - `cold`: the first open, with no cache file yet (it is written in the
//!   background after loading; the process's wall time includes waiting
//!   for it);
//! - `warm`: the next open, nothing changed;
//! - `100 touched`: after setting the modification time of 100 files;
//! - the cache file's size beside the corpus's;
//! - `liseuse filter alibaba DIR` on the unchanged corpus beside
//!   `rg -i -l alibaba DIR` (or `grep -r -i -l` when ripgrep is missing).
//!
//! `cargo bench --bench cache` (sizes from `LISEUSE_BENCH_SIZES`, default
//! `1000,10000`; `LISEUSE_BENCH_SIZES=1000,10000,100000` for the issue's
//! targets). Under `cargo test` it runs once on 300 articles.

mod support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

/// Runs the binary with `args` and the cache in `cache_home`: the time
/// until loaded (from `replay --timings`, 0 for other commands) and the
/// process's wall time.
fn liseuse(cache_home: &Path, args: &[&str]) -> (Duration, Duration) {
    let t0 = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        .args(args)
        .env("XDG_CACHE_HOME", cache_home)
        .output()
        .expect("run liseuse");
    let wall = t0.elapsed();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let loaded = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find_map(|v| v["loaded_us"].as_u64())
        .map_or(Duration::ZERO, Duration::from_micros);
    (loaded, wall)
}

fn replay(cache_home: &Path, dir: &Path, extra: &[&str]) -> (Duration, Duration) {
    let d = dir.display().to_string();
    let mut args = vec!["replay", "--timings", "--keys", "q", &d];
    args.extend_from_slice(extra);
    liseuse(cache_home, &args)
}

/// The best wall time of `runs` runs of a command.
fn best_of(runs: usize, mut f: impl FnMut() -> Duration) -> Duration {
    (0..runs).map(|_| f()).min().unwrap_or_default()
}

fn dir_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum()
        })
        .unwrap_or(0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let bench = std::env::args().any(|a| a == "--bench");
    let sizes: Vec<u64> = if bench {
        std::env::var("LISEUSE_BENCH_SIZES")
            .unwrap_or_else(|_| "1000,10000".into())
            .split(',')
            .filter_map(|s| s.trim().parse().ok())
            .collect()
    } else {
        vec![300]
    };
    let runs = if bench { 3 } else { 1 };
    let rg = Command::new("rg").arg("--version").output().is_ok();
    let searcher = if rg { "rg -i -l" } else { "grep -ril" };
    println!(
        "{:>8} {:>8} {:>10} {:>10} {:>10} {:>12} {:>10} {:>8} {:>10} {:>12}",
        "articles",
        "MB",
        "no cache",
        "cold",
        "warm",
        "100 touched",
        "cache MB",
        "ratio",
        "filter",
        searcher
    );
    let mut results = Vec::new();
    for n in sizes {
        let dir = support::corpus::ensure(n);
        let d = dir.display().to_string();
        let bytes = dir_bytes(&dir);
        let home = support::corpus::corpus_dir(n).with_file_name(format!("cache-home-{n}"));
        let cache_dir = home.join("liseuse");
        let _ = std::fs::remove_dir_all(&cache_dir);
        // warm the page cache, as the targets assume
        replay(&home, &dir, &["--no-cache"]);
        let no_cache = best_of(runs, || replay(&home, &dir, &["--no-cache"]).0);
        let mut cold_wall = Duration::ZERO;
        let cold = best_of(runs, || {
            let _ = std::fs::remove_dir_all(&cache_dir);
            let (loaded, wall) = replay(&home, &dir, &[]);
            cold_wall = wall;
            loaded
        });
        let warm = best_of(runs, || replay(&home, &dir, &[]).0);
        // on the unchanged corpus (before files are touched: a file read in
        // the second it was modified is not trusted on its stat, and filter
        // then takes the long way)
        let filter = best_of(runs, || liseuse(&home, &["filter", "alibaba", &d]).1);
        let touched = best_of(runs, || {
            let now = SystemTime::now();
            for e in std::fs::read_dir(&dir).unwrap().flatten().take(100) {
                let f = std::fs::File::options().write(true).open(e.path()).unwrap();
                f.set_modified(now).unwrap();
            }
            replay(&home, &dir, &[]).0
        });
        let cache_bytes = dir_bytes(&cache_dir);
        let search = best_of(runs, || {
            let t0 = Instant::now();
            let mut c = if rg {
                let mut c = Command::new("rg");
                c.args(["-i", "-l", "alibaba"]);
                c
            } else {
                let mut c = Command::new("grep");
                c.args(["-r", "-i", "-l", "alibaba"]);
                c
            };
            c.arg(&dir).output().expect("run the searcher");
            t0.elapsed()
        });
        println!(
            "{:>8} {:>8.1} {:>7.0} ms {:>7.0} ms {:>7.0} ms {:>9.0} ms {:>10.1} {:>7.0}% {:>7.0} ms {:>9.0} ms",
            n,
            bytes as f64 / 1e6,
            ms(no_cache),
            ms(cold),
            ms(warm),
            ms(touched),
            cache_bytes as f64 / 1e6,
            100.0 * cache_bytes as f64 / bytes as f64,
            ms(filter),
            ms(search)
        );
        results.push(serde_json::json!({
            "articles": n, "bytes": bytes, "no_cache_loaded_ms": ms(no_cache),
            "cold_loaded_ms": ms(cold), "cold_wall_ms": ms(cold_wall),
            "warm_loaded_ms": ms(warm), "touched_100_loaded_ms": ms(touched),
            "cache_bytes": cache_bytes, "filter_ms": ms(filter),
            "searcher": searcher, "searcher_ms": ms(search),
        }));
    }
    if bench {
        let out = support::corpus::corpus_dir(0).with_file_name("cache-results.json");
        std::fs::write(&out, serde_json::to_string_pretty(&results).unwrap()).unwrap();
        println!("written to {}", out.display());
    }
}

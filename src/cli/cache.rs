//! `liseuse cache [PATH...] [--clear]`: where the analysis cache files are
//! and how large they are, or (`--clear`) removing them. With paths, only
//! the cache file of that corpus.

use crate::model::cache::{file, place, snapshot};
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct CacheArgs {
    /// The corpus whose cache file to show or remove (default: all).
    pub paths: Vec<PathBuf>,
    /// Remove the cache files (they are rebuilt on the next load).
    #[arg(long)]
    pub clear: bool,
}

pub fn run(args: &CacheArgs) -> Result<(), String> {
    let Some(dir) = place::cache_dir() else {
        return Err("no cache folder: neither XDG_CACHE_HOME nor HOME is set".into());
    };
    let clean = |p: &std::path::Path| crate::sanitize::clean(&p.display().to_string()).into_owned();
    let files: Vec<(PathBuf, u64)> = if args.paths.is_empty() {
        place::list(&dir)
    } else {
        let Some(f) = place::cache_file(&dir, &args.paths) else {
            return Err(
                "no cache for these paths (standard input, or a path that does not exist)".into(),
            );
        };
        // the corpus's cache file, its stored index, and their left-over
        // temporary files
        let names: Vec<String> = [f.clone(), snapshot::path_for(&f)]
            .iter()
            .map(|p| {
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        place::list(&dir)
            .into_iter()
            .filter(|(p, _)| {
                let n = p.file_name().unwrap_or_default().to_string_lossy();
                names.iter().any(|name| {
                    *n == **name || (place::is_temp_name(&n) && n.starts_with(&format!(".{name}.")))
                })
            })
            .collect()
    };
    if args.clear {
        let mut freed = 0u64;
        for (p, size) in &files {
            std::fs::remove_file(p).map_err(|e| format!("{}: {e}", clean(p)))?;
            freed += size;
        }
        println!(
            "removed {} cache file{} ({}) from {}",
            files.len(),
            if files.len() == 1 { "" } else { "s" },
            human(freed),
            clean(&dir)
        );
        return Ok(());
    }
    println!("cache folder: {}", clean(&dir));
    if files.is_empty() {
        println!("no cache files");
        return Ok(());
    }
    let mut total = 0u64;
    for (p, size) in &files {
        total += size;
        let name = p.file_name().unwrap_or_default().to_string_lossy();
        let what = if place::is_temp_name(&name) {
            "left by an interrupted write".to_string()
        } else {
            let index = if name.ends_with(".index") {
                " (stored index)"
            } else {
                ""
            };
            match file::corpus_of(p) {
                Some(c) => c.lines().collect::<Vec<_>>().join(", ") + index,
                None => "not readable: will be rebuilt".to_string(),
            }
        };
        println!(
            "{:>10}  {}  {}",
            human(*size),
            clean(p),
            crate::sanitize::clean(&what)
        );
    }
    println!("{:>10}  total", human(total));
    Ok(())
}

/// Bytes for people: `512 B`, `3.4 KB`, `120.0 MB`.
fn human(b: u64) -> String {
    match b {
        0..1000 => format!("{b} B"),
        1000..1_000_000 => format!("{:.1} KB", b as f64 / 1e3),
        1_000_000..1_000_000_000 => format!("{:.1} MB", b as f64 / 1e6),
        _ => format!("{:.2} GB", b as f64 / 1e9),
    }
}

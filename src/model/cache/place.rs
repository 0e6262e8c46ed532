//! Where the analysis cache lives: one file per corpus under
//! `$XDG_CACHE_HOME/liseuse/` (default `~/.cache/liseuse/`), named from a
//! hash of the corpus's folders as absolute, canonical paths, so that
//! `corpus`, `./corpus/` and `/home/me/corpus` share one cache.

use std::path::{Path, PathBuf};

/// `$XDG_CACHE_HOME/liseuse`, else `~/.cache/liseuse`; `None` when
/// neither is set (then nothing is cached).
pub fn cache_dir() -> Option<PathBuf> {
    let nonempty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    if let Some(d) = nonempty("XDG_CACHE_HOME").map(PathBuf::from)
        && d.is_absolute()
    {
        return Some(d.join("liseuse"));
    }
    nonempty("HOME").map(|h| PathBuf::from(h).join(".cache/liseuse"))
}

/// The corpus as the cache names it: its roots, canonical, one a line.
/// `None` for standard input or a root that cannot be resolved.
pub fn corpus_name(paths: &[PathBuf]) -> Option<String> {
    let mut out = String::new();
    for p in paths {
        if p.as_os_str() == super::super::corpus::STDIN {
            return None;
        }
        let c = std::fs::canonicalize(p).ok()?;
        out.push_str(&c.to_string_lossy());
        out.push('\n');
    }
    (!out.is_empty()).then_some(out)
}

/// The cache file of the corpus at `paths` (see the module docs).
pub fn cache_file(dir: &Path, paths: &[PathBuf]) -> Option<PathBuf> {
    let name = corpus_name(paths)?;
    let hash = xxhash_rust::xxh3::xxh3_64(name.as_bytes());
    Some(dir.join(format!("corpus-{hash:016x}.cache")))
}

/// Is this a name the cache writes (a cache file, a stored index, or a
/// temporary file)?
pub fn is_cache_name(name: &str) -> bool {
    name.starts_with("corpus-") && (name.ends_with(".cache") || name.ends_with(".index"))
        || is_temp_name(name)
}

/// Temporary files are `.corpus-HASH.cache.PID.NANOS.tmp`: never read,
/// renamed over the cache file once complete.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(".corpus-") && name.ends_with(".tmp")
}

/// The temporary file for writing `file`: unique per process and call.
pub fn temp_for(file: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    let n = N.fetch_add(1, Ordering::Relaxed);
    file.with_file_name(format!(
        ".{name}.{}.{}.{n}.tmp",
        std::process::id(),
        super::now_ns()
    ))
}

/// The cache's files in `dir` (cache files and left-over temporary
/// ones), sorted, with their sizes.
pub fn list(dir: &Path) -> Vec<(PathBuf, u64)> {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<(PathBuf, u64)> = rd
        .flatten()
        .filter(|e| is_cache_name(&e.file_name().to_string_lossy()))
        .filter_map(|e| Some((e.path(), e.metadata().ok()?.len())))
        .collect();
    out.sort();
    out
}

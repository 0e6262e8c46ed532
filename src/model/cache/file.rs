//! The cache file format. Everything is little-endian.
//!
//! ```text
//! header   magic "LISEUSE" 0xCA, format version (u32),
//!          stamp (u32 length + bytes: program version, analysis version,
//!          build), corpus name (u32 length + bytes),
//!          entry count (u64), payload length (u64), payload xxh3 (u64)
//! payload  entries, each:
//!          name (u32 length + bytes: the article's name, `Source::rel`),
//!          size, mtime (ns), inode, device, seen (ns), content xxh3,
//!          format (u8), data (u32 length + postcard bytes, see `entry`)
//! ```
//!
//! A file is used only if every field checks out: magic, version and stamp
//! equal, lengths within the file, the payload's hash right, every entry
//! well formed. Anything else is a reason to rebuild ([`Rejected`]).

use crate::model::bytes::Reader;
use std::collections::HashMap;
use std::fmt;
use std::io::Write;
use std::ops::Range;
use std::path::Path;

const MAGIC: &[u8; 8] = b"LISEUSE\xCA";
/// Bumped whenever the layout of the file or of an entry's data changes.
pub const FORMAT_VERSION: u32 = 6;
/// Bumped whenever the analysis (metadata, paragraphs, entities, words)
/// gives different results for the same file.
pub const ANALYSIS_VERSION: u32 = 2;

/// What the program that wrote a cache must share with the one reading
/// it: the version, the analysis version and the build (the executable's
/// size and modification time: a rebuilt program may analyse differently).
pub fn stamp() -> String {
    let build = std::env::current_exe()
        .and_then(std::fs::metadata)
        .map(|m| {
            use std::os::unix::fs::MetadataExt;
            format!("{}-{}.{}", m.len(), m.mtime(), m.mtime_nsec())
        })
        .unwrap_or_default();
    format!(
        "liseuse {} analysis {ANALYSIS_VERSION} build {build}",
        env!("CARGO_PKG_VERSION")
    )
}

/// Why a cache file was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejected {
    Unreadable(String),
    NotACache,
    Truncated,
    OtherVersion,
    OtherCorpus,
    Corrupt,
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rejected::Unreadable(e) => write!(f, "unreadable ({e})"),
            Rejected::NotACache => write!(f, "not a liseuse cache"),
            Rejected::Truncated => write!(f, "truncated"),
            Rejected::OtherVersion => write!(f, "written by another version"),
            Rejected::OtherCorpus => write!(f, "written for another corpus"),
            Rejected::Corrupt => write!(f, "corrupt (checksum mismatch)"),
        }
    }
}

/// How a file was when its entry was written: what change detection
/// compares, as git's index does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub size: u64,
    pub mtime_ns: i64,
    pub ino: u64,
    pub dev: u64,
}

impl Stat {
    /// The four values as the files store them, in order.
    pub fn words(&self) -> [u64; 4] {
        [self.size, self.mtime_ns as u64, self.ino, self.dev]
    }

    /// The stat [`Stat::words`] wrote at `r`.
    pub fn read_from(r: &mut Reader) -> Option<Stat> {
        Some(Stat {
            size: r.u64()?,
            mtime_ns: r.u64()? as i64,
            ino: r.u64()?,
            dev: r.u64()?,
        })
    }

    pub fn of(m: &std::fs::Metadata) -> Stat {
        use std::os::unix::fs::MetadataExt;
        Stat {
            size: m.len(),
            mtime_ns: m.mtime().saturating_mul(1_000_000_000) + m.mtime_nsec(),
            ino: m.ino(),
            dev: m.dev(),
        }
    }
}

/// One entry of a cache file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub stat: Stat,
    /// When the file was about to be read for this entry (ns since the
    /// epoch): a file modified after it, or in the same timestamp tick,
    /// cannot be told unchanged by its stat alone ("racy git").
    pub seen_ns: i64,
    /// xxh3 of the file's bytes.
    pub hash: u64,
    pub format: u8,
    /// The entry's data (see `entry`), in the file's buffer.
    pub data: Range<usize>,
    /// The whole entry, in the file's buffer (copied as is when the next
    /// cache is written).
    pub raw: Range<usize>,
}

/// A cache file read and checked: its bytes and entries by name.
pub struct CacheFile {
    pub buf: Vec<u8>,
    pub entries: HashMap<Box<str>, Entry>,
    /// The xxh3 of its payload (every entry, in order): what a stored
    /// index built from exactly these entries names (see `snapshot`).
    pub payload_hash: u64,
}

/// The xxh3 of a payload made of `entries` in order, as the header holds.
pub fn payload_hash(entries: &[&[u8]]) -> u64 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    for e in entries {
        hasher.update(e);
    }
    hasher.digest()
}

/// Reads and checks the cache file at `path` written for `corpus`.
/// `Ok(None)`: there is none.
pub fn read(path: &Path, corpus: &str) -> Result<Option<CacheFile>, Rejected> {
    let buf = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Rejected::Unreadable(e.to_string())),
    };
    parse(buf, corpus).map(Some)
}

/// The corpus a cache file (or stored index) was written for (its
/// folders, one a line),
/// from its header; `None` if it is not a readable cache file.
pub fn corpus_of(path: &Path) -> Option<String> {
    use std::io::Read;
    let mut head = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(1 << 16)
        .read_to_end(&mut head)
        .ok()?;
    let mut r = Reader { buf: &head, at: 0 };
    // a cache file or a stored index (they share the header's start)
    (r.take(MAGIC.len())?.starts_with(b"LISEUSE")).then_some(())?;
    r.u32()?;
    r.bytes()?;
    String::from_utf8(r.bytes()?.to_vec()).ok()
}

/// Reads and checks the start of a header the program's files share:
/// `magic`, the format `version`, the program's stamp, the `corpus`.
pub fn check_head<'a>(
    buf: &'a [u8],
    magic: &[u8],
    version: u32,
    corpus: &str,
) -> Result<Reader<'a>, Rejected> {
    let mut r = Reader::new(buf);
    match r.take(magic.len()) {
        Some(m) if m == magic => {}
        Some(_) => return Err(Rejected::NotACache),
        None if magic.starts_with(buf) => return Err(Rejected::Truncated),
        None => return Err(Rejected::NotACache),
    }
    let v = r.u32().ok_or(Rejected::Truncated)?;
    let stamp_bytes = r.bytes().ok_or(Rejected::Truncated)?;
    if v != version || stamp_bytes != stamp().as_bytes() {
        return Err(Rejected::OtherVersion);
    }
    if r.bytes().ok_or(Rejected::Truncated)? != corpus.as_bytes() {
        return Err(Rejected::OtherCorpus);
    }
    Ok(r)
}

/// Reads a payload's length and xxh3 at `r`, and checks that the rest of
/// the file is that payload: gives it, and its hash (`r` is left at its
/// start).
pub fn check_payload<'a>(r: &mut Reader<'a>) -> Result<(&'a [u8], u64), Rejected> {
    let (payload, hash) = payload_unchecked(r)?;
    if xxhash_rust::xxh3::xxh3_64(payload) != hash {
        return Err(Rejected::Corrupt);
    }
    Ok((payload, hash))
}

/// Like [`check_payload`], the hash left for the caller to check: the
/// payload and the hash it should have.
pub fn payload_unchecked<'a>(r: &mut Reader<'a>) -> Result<(&'a [u8], u64), Rejected> {
    let len = r.u64().ok_or(Rejected::Truncated)? as usize;
    let hash = r.u64().ok_or(Rejected::Truncated)?;
    let payload = &r.buf[r.at..];
    match payload.len().cmp(&len) {
        std::cmp::Ordering::Less => Err(Rejected::Truncated),
        std::cmp::Ordering::Greater => Err(Rejected::Corrupt),
        std::cmp::Ordering::Equal => Ok((payload, hash)),
    }
}

/// Checks a cache file's bytes (see the module docs).
pub fn parse(buf: Vec<u8>, corpus: &str) -> Result<CacheFile, Rejected> {
    let mut r = check_head(&buf, MAGIC, FORMAT_VERSION, corpus)?;
    let count = r.u64().ok_or(Rejected::Truncated)?;
    let (_, hash) = check_payload(&mut r)?;
    let mut entries = HashMap::with_capacity(count.min(10_000_000) as usize);
    for _ in 0..count {
        let (name, e) = entry(&mut r).ok_or(Rejected::Corrupt)?;
        entries.insert(name, e);
    }
    if r.at != buf.len() {
        return Err(Rejected::Corrupt);
    }
    Ok(CacheFile {
        buf,
        entries,
        payload_hash: hash,
    })
}

/// Reads one entry at `r` (see the module docs); its ranges are in `r`'s
/// buffer.
pub fn entry(r: &mut Reader) -> Option<(Box<str>, Entry)> {
    let start = r.at;
    let name = std::str::from_utf8(r.bytes()?).ok()?.into();
    let stat = Stat::read_from(r)?;
    let seen_ns = r.u64()? as i64;
    let hash = r.u64()?;
    let format = r.u8()?;
    let n = r.u32()? as usize;
    let data = r.at..r.at.checked_add(n)?;
    r.take(n)?;
    let raw = start..r.at;
    Some((
        name,
        Entry {
            stat,
            seen_ns,
            hash,
            format,
            data,
            raw,
        },
    ))
}

/// Encodes one entry (see the module docs).
pub fn encode_entry(name: &str, e: &Entry, data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(name.len() + data.len() + 64);
    out.extend_from_slice(&(name.len() as u32).to_le_bytes());
    out.extend_from_slice(name.as_bytes());
    for v in e.stat.words().into_iter().chain([e.seen_ns as u64, e.hash]) {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.push(e.format);
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out.extend_from_slice(data);
    out
}

/// Writes a cache file atomically: a temporary file unique to this process
/// and call, written in full and synced, then renamed over `path` (two
/// processes writing at once: the last rename wins, each file whole).
pub fn write(path: &Path, corpus: &str, entries: &[&[u8]]) -> std::io::Result<()> {
    let len: u64 = entries.iter().map(|e| e.len() as u64).sum();
    let mut head = Vec::with_capacity(256);
    head.extend_from_slice(MAGIC);
    head.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    for s in [stamp().as_bytes(), corpus.as_bytes()] {
        head.extend_from_slice(&(s.len() as u32).to_le_bytes());
        head.extend_from_slice(s);
    }
    head.extend_from_slice(&(entries.len() as u64).to_le_bytes());
    head.extend_from_slice(&len.to_le_bytes());
    head.extend_from_slice(&payload_hash(entries).to_le_bytes());
    let mut parts = Vec::with_capacity(entries.len() + 1);
    parts.push(head.as_slice());
    parts.extend_from_slice(entries);
    write_parts(path, &parts)
}

/// Writes `parts` end to end as the file at `path`, atomically: a
/// temporary file unique to this process and call, written in full and
/// synced, then renamed over `path`, and the folder synced (two processes
/// writing at once: the last rename wins, each file whole).
pub fn write_parts(path: &Path, parts: &[&[u8]]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = super::place::temp_for(path);
    let result = (|| {
        let f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        let mut w = std::io::BufWriter::with_capacity(1 << 20, f);
        for p in parts {
            w.write_all(p)?;
        }
        let f = w.into_inner().map_err(|e| e.into_error())?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Removes temporary files left in `dir` by processes that died while
/// writing (older than ten minutes: a live writer takes seconds).
pub fn remove_stale_temps(dir: &Path) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        if !super::place::is_temp_name(&e.file_name().to_string_lossy()) {
            continue;
        }
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 600);
        if old {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

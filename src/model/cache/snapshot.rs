//! The stored index: the index built over a corpus, kept beside its cache
//! file (`corpus-HASH.index`), so that when nothing changed the next start
//! reads it instead of building it again from every article's words, the
//! larger part of a reopen.
//!
//! It stands for exactly one cache file: its header names that file's
//! payload hash (every entry, in listing order), and its payload starts
//! with the entity corrections it was built with. Files added, changed or
//! gone since are renumbered and merged in (`index::update`); other
//! corrections are applied to the articles they touch. A new one is then
//! stored. Like the cache it is
//! derived data: truncated, corrupt or foreign files are ignored with a
//! note, and it is written atomically, the last writer winning.
//!
//! ```text
//! magic "LISEUSE" 0xCB, format version (u32), stamp (u32 length + bytes),
//! corpus name (u32 length + bytes), cache payload hash (u64), payload
//! length (u64), payload xxh3 (u64), payload (the corrections' TOML as
//! u32 length + bytes, the manifest as u32 length + bytes, see
//! `manifest`, then the index, see `index::persist`)
//! ```

use super::file::{self, Rejected, stamp};
use super::manifest::{Listing, Manifest, SkippedFile};
use crate::model::bytes::{Reader, Writer};
use crate::model::corrections::{Corrections, file as corrections_file};
use crate::model::index::Index;
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"LISEUSE\xCB";
/// Bumped whenever the layout of the header or of the index changes.
pub const FORMAT_VERSION: u32 = 8;

/// The stored index beside the cache file `cache`.
pub fn path_for(cache: &Path) -> PathBuf {
    cache.with_extension("index")
}

/// The payload of a stored index: the entity corrections it was built
/// with (their file's TOML), the files it stands for (see [`Manifest`]),
/// then the index (see [`Index::to_bytes`]).
pub fn payload(corrections: &Corrections, manifest: &Manifest, index: &Index) -> Vec<u8> {
    let mut w = Writer::default();
    w.str(&corrections_file::to_toml(corrections.list()));
    w.bytes(&manifest.to_bytes());
    index.write_to(&mut w);
    w.buf
}

/// Writes `payload` (from [`payload`]) as the stored index at `path` for
/// `corpus`, built from the cache file whose payload hash is `entries`.
pub fn write(path: &Path, corpus: &str, entries: u64, payload: &[u8]) -> std::io::Result<()> {
    let mut w = Writer::default();
    w.buf.extend_from_slice(MAGIC);
    w.u32(FORMAT_VERSION);
    w.str(&stamp());
    w.str(corpus);
    w.u64(entries);
    w.u64(payload.len() as u64);
    w.u64(xxhash_rust::xxh3::xxh3_64(payload));
    file::write_parts(path, &[&w.buf, payload])
}

/// The stored index at `path` for `corpus`, with the corrections it was
/// built with, the files its load skipped and its listing, if it was built from the
/// cache file whose payload hash is `entries`. `Ok(None)`: there is none,
/// or it was built from other entries (expected after a change; nothing
/// to say).
pub fn read(path: &Path, corpus: &str, entries: u64) -> Result<Option<Stored>, Rejected> {
    let buf = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Rejected::Unreadable(e.to_string())),
    };
    let mut r = file::check_head(&buf, MAGIC, FORMAT_VERSION, corpus)?;
    if r.u64().ok_or(Rejected::Truncated)? != entries {
        return Ok(None);
    }
    let (payload, _) = file::check_payload(&mut r)?;
    let parts = Parts::of(path, payload)?;
    let (skipped, listing) =
        Manifest::skipped_and_listing(parts.manifest).ok_or(Rejected::Corrupt)?;
    let index = Index::from_bytes(parts.index).ok_or(Rejected::Corrupt)?;
    Ok(Some(Stored {
        index,
        corrections: parts.corrections,
        skipped,
        listing,
    }))
}

/// A stored index read back whole, with what its manifest says of the
/// load that wrote it.
pub struct Stored {
    pub index: Index,
    pub corrections: Corrections,
    pub skipped: Vec<SkippedFile>,
    pub listing: Option<Listing>,
}

/// The parts of a stored index's payload, checked but for the index.
pub struct Parts<'a> {
    pub corrections: Corrections,
    /// The manifest's bytes (see [`Manifest::from_bytes`]).
    pub manifest: &'a [u8],
    /// The index's bytes (see [`Index::from_bytes`]).
    pub index: &'a [u8],
}

impl<'a> Parts<'a> {
    fn of(path: &Path, payload: &'a [u8]) -> Result<Parts<'a>, Rejected> {
        let mut p = Reader::new(payload);
        let toml = p.str().ok_or(Rejected::Corrupt)?;
        let list = corrections_file::parse(path, toml).map_err(|_| Rejected::Corrupt)?;
        let manifest = p.bytes().ok_or(Rejected::Corrupt)?;
        Ok(Parts {
            corrections: Corrections::new(list),
            manifest,
            index: &payload[p.at..],
        })
    }
}

/// The stored index at `path` for `corpus`, whatever cache file it was
/// built from (its manifest says which files it stands for), as bytes
/// checked whole: `f` gets its parts. `Ok(None)`: there is none.
///
/// The file is mapped, not read: a query needs a few of its pages
/// decoded, and reading 85 MB (at 100,000 articles) into fresh memory
/// cost more than the rest of the answer (the copy and a page fault per
/// 4 KiB, which also stalled the thread listing the folders). The
/// mapping is safe from our own writers, which replace the file by a
/// rename and never change it in place.
pub fn with_parts<T: Send>(
    path: &Path,
    corpus: &str,
    f: impl FnOnce(Parts<'_>) -> T + Send,
) -> Result<Option<T>, Rejected> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Rejected::Unreadable(e.to_string())),
    };
    // SAFETY: liseuse writes stored indexes whole to a temporary file and
    // renames it over this one, so the mapped file is never changed while
    // mapped; only another program truncating it in place could fault.
    let map =
        unsafe { memmap2::Mmap::map(&file) }.map_err(|e| Rejected::Unreadable(e.to_string()))?;
    let buf: &[u8] = &map;
    let mut r = file::check_head(buf, MAGIC, FORMAT_VERSION, corpus)?;
    r.u64().ok_or(Rejected::Truncated)?;
    // the payload's hash is checked on one core while `f` works on the
    // other (every read of the payload is bounds-checked): its result is
    // given only if the hash holds
    let (payload, hash) = file::payload_unchecked(&mut r)?;
    let (sound, out) = rayon::join(
        || xxhash_rust::xxh3::xxh3_64(payload) == hash,
        || Parts::of(path, payload).map(f),
    );
    if !sound {
        return Err(Rejected::Corrupt);
    }
    out.map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::corpus;
    use crate::model::corrections::{Action, Correction};
    use crate::model::entities::EntityKind;
    use crate::model::index::BatchTerms;

    fn index() -> Index {
        let mut ix = Index::default();
        ix.add_batch(BatchTerms::of(&corpus::embedded()));
        ix
    }

    #[test]
    fn read_back_only_for_its_entries_and_corpus_and_never_when_damaged() {
        let dir = std::env::temp_dir().join(format!("liseuse-snap-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join("corpus-1.index");
        assert!(matches!(read(&path, "c\n", 1), Ok(None)), "none yet");
        let ix = index();
        let fixes = Corrections::new([Correction::new(
            Action::Reject,
            EntityKind::Organization,
            "Joom",
        )]);
        write(&path, "c\n", 1, &payload(&fixes, &Manifest::default(), &ix)).unwrap();
        let back = read(&path, "c\n", 1).unwrap().expect("same entries");
        assert!(back.skipped.is_empty());
        assert!(back.listing.is_none());
        assert_eq!(back.index.len(), ix.len());
        assert_eq!(back.corrections.digest(), fixes.digest());
        assert!(matches!(read(&path, "c\n", 2), Ok(None)));
        assert_eq!(read(&path, "d\n", 1).err(), Some(Rejected::OtherCorpus));
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 10]).unwrap();
        assert_eq!(read(&path, "c\n", 1).err(), Some(Rejected::Truncated));
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 0x55;
        std::fs::write(&path, &flipped).unwrap();
        assert_eq!(read(&path, "c\n", 1).err(), Some(Rejected::Corrupt));
        std::fs::write(&path, b"hello").unwrap();
        assert_eq!(read(&path, "c\n", 1).err(), Some(Rejected::NotACache));
        let _ = std::fs::remove_dir_all(&dir);
    }
}

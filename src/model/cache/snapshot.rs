//! The stored index: the index built over a corpus, kept beside its cache
//! file (`corpus-HASH.index`), so that when nothing changed the next start
//! reads it instead of building it again from every article's words, the
//! larger part of a reopen.
//!
//! It stands for exactly one cache file and one set of entity corrections:
//! its header names the cache file's payload hash (every entry, in listing
//! order) and the corrections' digest. It is used only when both match and
//! every file of the listing is in that cache file, in the same order, with
//! the same stat (not racy): then the articles are the ones it indexed.
//! Anything else (a file added, changed, gone; other corrections) means the
//! index is built as before and a new one stored. Like the cache it is
//! derived data: truncated, corrupt or foreign files are ignored with a
//! note, and it is written atomically, the last writer winning.
//!
//! ```text
//! magic "LISEUSE" 0xCB, format version (u32), stamp (u32 length + bytes),
//! corpus name (u32 length + bytes), cache payload hash (u64), corrections
//! digest (u64), payload length (u64), payload xxh3 (u64), payload (the
//! index, see `index::persist`)
//! ```

use super::file::{self, Rejected, stamp};
use crate::model::bytes::Writer;
use crate::model::index::Index;
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"LISEUSE\xCB";
/// Bumped whenever the layout of the header or of the index changes.
pub const FORMAT_VERSION: u32 = 1;

/// What a stored index was built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The cache file's payload hash ([`file::CacheFile::payload_hash`]).
    pub entries: u64,
    /// The entity corrections applied ([`crate::model::corrections::Corrections::digest`]).
    pub corrections: u64,
}

/// The stored index beside the cache file `cache`.
pub fn path_for(cache: &Path) -> PathBuf {
    cache.with_extension("index")
}

/// Writes `payload` (an index's [`Index::to_bytes`]) as the stored index
/// at `path` for `corpus` and `key`.
pub fn write(path: &Path, corpus: &str, key: Key, payload: &[u8]) -> std::io::Result<()> {
    let mut w = Writer::default();
    w.buf.extend_from_slice(MAGIC);
    w.u32(FORMAT_VERSION);
    w.str(&stamp());
    w.str(corpus);
    w.u64(key.entries);
    w.u64(key.corrections);
    w.u64(payload.len() as u64);
    w.u64(xxhash_rust::xxh3::xxh3_64(payload));
    file::write_parts(path, &[&w.buf, payload])
}

/// The stored index at `path` for `corpus`, if it was built for `key`.
/// `Ok(None)`: there is none, or it was built for other entries or other
/// corrections (expected after a change; nothing to say).
pub fn read(path: &Path, corpus: &str, key: Key) -> Result<Option<Index>, Rejected> {
    let buf = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Rejected::Unreadable(e.to_string())),
    };
    let mut r = file::check_head(&buf, MAGIC, FORMAT_VERSION, corpus)?;
    let entries = r.u64().ok_or(Rejected::Truncated)?;
    let corrections = r.u64().ok_or(Rejected::Truncated)?;
    if (Key {
        entries,
        corrections,
    }) != key
    {
        return Ok(None);
    }
    let (payload, _) = file::check_payload(&mut r)?;
    Index::from_bytes(payload)
        .map(Some)
        .ok_or(Rejected::Corrupt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::corpus;
    use crate::model::index::BatchTerms;

    fn index() -> Index {
        let mut ix = Index::default();
        ix.add_batch(BatchTerms::of(&corpus::embedded()));
        ix
    }

    #[test]
    fn read_back_only_for_its_key_and_corpus_and_never_when_damaged() {
        let dir = std::env::temp_dir().join(format!("liseuse-snap-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join("corpus-1.index");
        let key = Key {
            entries: 1,
            corrections: 2,
        };
        assert!(matches!(read(&path, "c\n", key), Ok(None)), "none yet");
        let ix = index();
        write(&path, "c\n", key, &ix.to_bytes()).unwrap();
        let back = read(&path, "c\n", key).unwrap().expect("same key");
        assert_eq!(back.len(), ix.len());
        let other = Key {
            corrections: 3,
            ..key
        };
        assert!(matches!(read(&path, "c\n", other), Ok(None)));
        assert_eq!(read(&path, "d\n", key).err(), Some(Rejected::OtherCorpus));
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 10]).unwrap();
        assert_eq!(read(&path, "c\n", key).err(), Some(Rejected::Truncated));
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 0x55;
        std::fs::write(&path, &flipped).unwrap();
        assert_eq!(read(&path, "c\n", key).err(), Some(Rejected::Corrupt));
        std::fs::write(&path, b"hello").unwrap();
        assert_eq!(read(&path, "c\n", key).err(), Some(Rejected::NotACache));
        let _ = std::fs::remove_dir_all(&dir);
    }
}

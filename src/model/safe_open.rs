//! Opening files without trusting what they are: every file liseuse reads
//! (articles, the annotation file, config, themes) and the lock it writes
//! goes through here.
//!
//! * The open is non-blocking (`O_NONBLOCK`), so a FIFO or a device where a
//!   file is expected cannot block the process before anything is checked.
//! * `fstat` on the open descriptor (not the path: no race) must say
//!   "regular file", else the file is refused ([`ReadError::NotRegular`]).
//! * Reading stops at `cap + 1` bytes whatever the reported size says (a
//!   file that grows, or `/proc` files reporting 0), and more than `cap`
//!   is [`ReadError::TooLarge`].

/// The path that stands for standard input (`liseuse -`, `cat note.md |
/// liseuse -`).
pub const STDIN: &str = "-";

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// No such file (or a parent is not a folder).
    NotFound,
    /// A folder, FIFO, socket or device: `what` says which.
    NotRegular(&'static str),
    /// More than the cap: `bytes` is what was seen (at least cap + 1).
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    Io(io::Error),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotFound => write!(f, "no such file"),
            ReadError::NotRegular(what) => write!(f, "not a regular file (a {what})"),
            ReadError::TooLarge { bytes, limit } => write!(
                f,
                "too large ({} bytes or more, limit {limit} bytes)",
                bytes
            ),
            ReadError::Io(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ReadError {}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        if matches!(
            e.kind(),
            io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
        ) {
            ReadError::NotFound
        } else {
            ReadError::Io(e)
        }
    }
}

/// What kind of non-regular file `ft` is.
fn kind_name(ft: std::fs::FileType) -> &'static str {
    if ft.is_dir() {
        "folder"
    } else if ft.is_fifo() {
        "FIFO"
    } else if ft.is_socket() {
        "socket"
    } else if ft.is_char_device() {
        "character device"
    } else if ft.is_block_device() {
        "block device"
    } else {
        "special file"
    }
}

/// Fails unless the open `file` is a regular file; returns its size.
pub fn check_regular(file: &File) -> Result<u64, ReadError> {
    let meta = file.metadata()?;
    if !meta.file_type().is_file() {
        return Err(ReadError::NotRegular(kind_name(meta.file_type())));
    }
    Ok(meta.len())
}

/// Opens `path` for reading without blocking (follows symbolic links) and
/// checks that it is a regular file.
pub fn open_regular(path: &Path) -> Result<(File, u64), ReadError> {
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
        .map_err(|e| {
            // O_NONBLOCK on a FIFO opened for reading succeeds; ENXIO and
            // friends come from devices and sockets.
            if e.raw_os_error() == Some(libc::ENXIO) {
                ReadError::NotRegular("device or socket")
            } else {
                ReadError::from(e)
            }
        })?;
    let len = check_regular(&file)?;
    Ok((file, len))
}

/// Reads a regular file of at most `cap` bytes (see the module docs).
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let (file, len) = open_regular(path)?;
    if len > cap {
        return Err(ReadError::TooLarge {
            bytes: len,
            limit: cap,
        });
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge {
            bytes: bytes.len() as u64,
            limit: cap,
        });
    }
    Ok(bytes)
}

/// Like [`read_capped`], as UTF-8 text (invalid UTF-8 is an I/O error of
/// kind `InvalidData`).
pub fn read_to_string_capped(path: &Path, cap: u64) -> Result<String, ReadError> {
    let bytes = read_capped(path, cap)?;
    String::from_utf8(bytes).map_err(|e| {
        ReadError::Io(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
        ))
    })
}

/// Opens (creating it, mode 0600) a lock file for writing: never through a
/// symbolic link (`O_NOFOLLOW`: a dangling link would otherwise create a
/// file wherever it points), never blocking, and only a regular file.
pub fn open_lock_file(path: &Path) -> Result<File, ReadError> {
    let file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
        .map_err(|e| match e.raw_os_error() {
            Some(libc::ELOOP) => ReadError::NotRegular("symbolic link"),
            Some(libc::ENXIO) => ReadError::NotRegular("FIFO or device"),
            _ => ReadError::Io(e),
        })?;
    check_regular(&file)?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifo_and_devices_are_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("f.toml");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(matches!(
            read_capped(&fifo, 10),
            Err(ReadError::NotRegular("FIFO"))
        ));
        assert!(open_lock_file(&fifo).is_err());
        assert!(matches!(
            read_capped(Path::new("/dev/zero"), 10),
            Err(ReadError::NotRegular(_))
        ));
        assert!(matches!(
            read_capped(dir.path(), 10),
            Err(ReadError::NotRegular("folder"))
        ));
        let f = dir.path().join("big");
        std::fs::write(&f, [b'x'; 11]).unwrap();
        assert!(matches!(
            read_capped(&f, 10),
            Err(ReadError::TooLarge { .. })
        ));
        assert_eq!(read_capped(&f, 11).unwrap().len(), 11);
    }

    #[test]
    fn a_lock_symlink_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere");
        let link = dir.path().join("x.lock");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(matches!(
            open_lock_file(&link),
            Err(ReadError::NotRegular("symbolic link"))
        ));
        assert!(!target.exists());
    }
}

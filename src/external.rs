//! Leaving the reader for the source: the system opener for an article's
//! URL or file, `$EDITOR` for its file, and the terminal's clipboard
//! (OSC 52). Programs are started directly, never through a shell, so no
//! text from an article is ever interpreted as a command.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The opener: `$BROWSER` when set (its first word the program, the rest
/// arguments), else `xdg-open` (`open` on macOS).
fn opener() -> Vec<String> {
    if let Some(b) = std::env::var_os("BROWSER").map(|b| b.to_string_lossy().into_owned())
        && let Some(words) = split_words(&b)
    {
        return words;
    }
    if cfg!(target_os = "macos") {
        vec!["open".into()]
    } else {
        vec!["xdg-open".into()]
    }
}

/// A command line split on whitespace (no shell: quotes are not
/// interpreted); `None` when empty.
fn split_words(s: &str) -> Option<Vec<String>> {
    let w: Vec<String> = s.split_whitespace().map(str::to_string).collect();
    (!w.is_empty()).then_some(w)
}

/// Whether `target` may be handed to the opener: a web or mail address,
/// or a file that exists. Anything else (`javascript:`, `file:` to
/// elsewhere, options starting with `-`) is refused.
pub fn openable(target: &str) -> bool {
    let l = target.to_ascii_lowercase();
    if target.starts_with('-') {
        return false;
    }
    l.starts_with("http://")
        || l.starts_with("https://")
        || l.starts_with("mailto:")
        || Path::new(target).is_file()
}

/// Starts the opener on `target` in the background, its output discarded.
pub fn open(target: &str) -> Result<String, String> {
    if !openable(target) {
        return Err(format!(
            "not opened: {target} is not a web address or a file"
        ));
    }
    let mut cmd = opener();
    let program = cmd.remove(0);
    Command::new(&program)
        .args(cmd)
        .arg(target)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(|_| format!("opened with {program}"))
        .map_err(|e| format!("could not start {program}: {e}"))
}

/// The editor: `$VISUAL`, `$EDITOR`, else `vi`.
pub fn editor() -> Vec<String> {
    for var in ["VISUAL", "EDITOR"] {
        if let Some(v) = std::env::var_os(var)
            && let Some(w) = split_words(&v.to_string_lossy())
        {
            return w;
        }
    }
    vec!["vi".into()]
}

/// Runs the editor on `path` and waits for it (the caller has handed it
/// the terminal).
pub fn edit(path: &Path) -> Result<(), String> {
    let mut cmd = editor();
    let program = cmd.remove(0);
    let status = Command::new(&program)
        .args(cmd)
        .arg(path)
        .status()
        .map_err(|e| format!("could not start {program}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{program} exited with {status}"))
    }
}

/// The OSC 52 sequence that puts `text` on the terminal's clipboard.
/// Control characters are dropped first, so the text cannot end the
/// sequence early.
pub fn osc52(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    format!("\x1b]52;c;{}\x07", base64(clean.as_bytes()))
}

/// Writes the OSC 52 sequence for `text` to the terminal.
pub fn copy(text: &str) -> Result<String, String> {
    let mut out = std::io::stdout();
    out.write_all(osc52(text).as_bytes())
        .and_then(|_| out.flush())
        .map_err(|e| format!("could not copy: {e}"))?;
    Ok(format!("copied {} chars", text.chars().count()))
}

fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for c in bytes.chunks(3) {
        let n = (c[0] as u32) << 16
            | (*c.get(1).unwrap_or(&0) as u32) << 8
            | *c.get(2).unwrap_or(&0) as u32;
        out.push(A[(n >> 18) as usize & 63] as char);
        out.push(A[(n >> 12) as usize & 63] as char);
        out.push(if c.len() > 1 {
            A[(n >> 6) as usize & 63] as char
        } else {
            '='
        });
        out.push(if c.len() > 2 {
            A[n as usize & 63] as char
        } else {
            '='
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_is_base64_without_controls() {
        assert_eq!(osc52("Man"), "\x1b]52;c;TWFu\x07");
        assert_eq!(osc52("Ma"), "\x1b]52;c;TWE=\x07");
        assert_eq!(osc52("a\x07\x1b]b"), osc52("a]b"));
    }

    #[test]
    fn only_addresses_and_files_are_opened() {
        assert!(openable("https://example.org/a"));
        assert!(!openable("javascript:alert(1)"));
        assert!(!openable("--help"));
        assert!(!openable("/no/such/file"));
        assert!(openable(file!()) || !Path::new(file!()).exists());
    }
}

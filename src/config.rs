//! The user's configuration: `$XDG_CONFIG_HOME/liseuse/config.toml`
//! (default `~/.config/liseuse/config.toml`).
//!
//! ```toml
//! clipboard = true          # `y` copies through the terminal (OSC 52); off by default
//! theme = "light"          # default theme (built-in name, user theme, or path)
//! [keys.list]              # contexts: common, list, reader, sidebar, filter, help
//! "x" = "open"             # key (vim notation) = action name, or "none"
//! ```

use crate::keymap::Keymap;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

#[derive(Debug, Default)]
pub struct Config {
    pub theme: Option<String>,
    pub keymap: Keymap,
    /// `y` may put text on the clipboard through the terminal (OSC 52).
    pub clipboard: bool,
    /// Where the file was (or would be).
    pub path: Option<PathBuf>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    theme: Option<String>,
    #[serde(default)]
    clipboard: bool,
    #[serde(default)]
    keys: BTreeMap<String, BTreeMap<String, Spanned<String>>>,
}

/// The liseuse configuration folder.
pub fn config_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .map(|d| d.join("liseuse"))
}

/// The user data folder (annotations of the embedded seeds live there).
pub fn data_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .map(|d| d.join("liseuse"))
}

impl Config {
    /// Loads the config file if it exists. A missing file is the default
    /// config; a broken one is an error naming the file and line.
    pub fn load(dir: Option<&Path>) -> Result<Config, String> {
        let Some(dir) = dir else {
            return Ok(Config::default());
        };
        let path = dir.join("config.toml");
        use crate::model::safe_open::{ReadError, read_to_string_capped};
        // 1 MiB: a config is a few lines; a FIFO or device is refused.
        match read_to_string_capped(&path, 1024 * 1024) {
            Ok(src) => Config::parse(&path, &src),
            Err(ReadError::NotFound) => Ok(Config {
                path: Some(path),
                ..Config::default()
            }),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    pub fn parse(path: &Path, src: &str) -> Result<Config, String> {
        let line_of = |byte: usize| src[..byte.min(src.len())].matches('\n').count() + 1;
        let file: ConfigFile = toml::from_str(src).map_err(|e| {
            let at = e
                .span()
                .map(|s| format!(", line {}", line_of(s.start)))
                .unwrap_or_default();
            format!("{}{at}: {}", path.display(), e.message().trim())
        })?;
        let mut keymap = Keymap::default();
        for (ctx, binds) in &file.keys {
            for (key, action) in binds {
                keymap.bind(ctx, key, action.get_ref()).map_err(|e| {
                    format!(
                        "{}, line {}: {e}",
                        path.display(),
                        line_of(action.span().start)
                    )
                })?;
            }
        }
        Ok(Config {
            theme: file.theme,
            clipboard: file.clipboard,
            keymap,
            path: Some(path.to_path_buf()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::Action;
    use crate::keymap::Context;
    use crate::keys::Key;

    #[test]
    fn binds_keys_and_reports_lines() {
        let p = Path::new("config.toml");
        let c = Config::parse(p, "theme = \"light\"\n[keys.list]\n\"x\" = \"open\"\n").unwrap();
        assert_eq!(c.theme.as_deref(), Some("light"));
        assert_eq!(
            c.keymap.lookup(Context::List, Key::char('x')),
            Some(Action::Open)
        );
        let e = Config::parse(p, "[keys.list]\n\"x\" = \"open\"\n\"y\" = \"jump\"\n").unwrap_err();
        assert_eq!(
            e,
            "config.toml, line 3: unknown action \"jump\" (see the help overlay, `?`, for names)"
        );
        let e = Config::parse(p, "[keys.list]\n\"y\" = \"toggle-hepl\"\n").unwrap_err();
        assert_eq!(
            e,
            "config.toml, line 2: unknown action \"toggle-hepl\"; did you mean \"toggle_help\"? \
             (the help overlay, `?`, lists every name)"
        );
        let e = Config::parse(p, "[keys.list]\n\"<Nope>\" = \"open\"\n").unwrap_err();
        assert!(
            e.starts_with("config.toml, line 2: unknown key name"),
            "{e}"
        );
        assert!(
            Config::parse(p, "colour = 1\n")
                .unwrap_err()
                .contains("line 1")
        );
    }
}

//! Themes: `themes/*.toml` (embedded) and user themes in
//! `$XDG_CONFIG_HOME/liseuse/themes/`, resolved to ratatui styles by slot
//! name (`list.selected`, `entity.person`).
//!
//! A theme file has a `[palette]` of named colours and a `[styles]` table
//! with one entry per slot: `{ fg, bg, modifiers }`. A lookup falls back
//! along the dots (`list.selected.unfocused` → `list.selected` → `list`).

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

/// The themes shipped in the binary, in cycling order.
pub const BUILTIN: &[(&str, &str)] = &[
    ("default", include_str!("../themes/default.toml")),
    ("light", include_str!("../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../themes/high-contrast.toml"),
    ),
];

/// Every slot the UI draws with. Each built-in theme defines all of them
/// (a test checks it).
pub const SLOTS: &[&str] = &[
    "screen",
    "border",
    "border.focus",
    "pane.title",
    "pane.title.focus",
    "list.item",
    "list.meta",
    "list.selected",
    "list.selected.unfocused",
    "reader.text",
    "reader.title",
    "reader.meta",
    "reader.cursor",
    "reader.selection",
    "reader.position",
    "reader.heading",
    "reader.subheading",
    "reader.emphasis",
    "reader.strong",
    "reader.code",
    "reader.quote",
    "reader.link",
    "filter.prompt",
    "filter.text",
    "filter.placeholder",
    "filter.count",
    "filter.error",
    "match",
    "entity.person",
    "entity.organization",
    "entity.place",
    "entity.date",
    "entity.money",
    "entity.percent",
    "entity.quantity",
    "entity.mention",
    "sidebar.heading",
    "sidebar.count",
    "sidebar.detail",
    "annotation.yellow",
    "annotation.green",
    "annotation.blue",
    "annotation.pink",
    "annotation.purple",
    "annotation.marker",
    "status",
    "status.key",
    "status.message",
    "status.error",
    "help.border",
    "help.key",
    "help.name",
    "help.text",
    "help.heading",
];

/// The annotation label colours a theme provides (`annotation.<label>`).
pub const LABELS: &[&str] = &["yellow", "green", "blue", "pink", "purple"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    name: Option<String>,
    #[serde(default)]
    palette: BTreeMap<String, String>,
    #[serde(default)]
    styles: BTreeMap<String, StyleSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StyleSpec {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    modifiers: Vec<String>,
}

/// A theme that could not be loaded: the file, the line, the key and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeError {
    pub file: String,
    pub line: Option<usize>,
    pub key: Option<String>,
    pub message: String,
}

impl fmt::Display for ThemeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "theme {}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ", line {l}")?;
        }
        if let Some(k) = &self.key {
            write!(f, ", key \"{k}\"")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// A resolved theme.
#[derive(Debug, Clone)]
pub struct Theme {
    pub name: String,
    styles: HashMap<String, Style>,
}

impl Theme {
    /// Parses a theme file's text. `file` names it in errors; `no_color`
    /// drops colours (keeping modifiers, and reversing what had a
    /// background, so selections stay visible).
    pub fn parse(file: &str, src: &str, no_color: bool) -> Result<Theme, ThemeError> {
        let err = |line, key: Option<String>, message: String| ThemeError {
            file: file.to_string(),
            line,
            key,
            message,
        };
        let tf: ThemeFile = toml::from_str(src).map_err(|e| {
            let line = e.span().map(|s| line_of(src, s.start));
            err(line, None, e.message().to_string())
        })?;
        let mut styles = HashMap::new();
        for (slot, spec) in &tf.styles {
            let at = |key: &str| find_line(src, slot, key);
            let mut style = Style::default();
            let color = |v: &str, key: &str| -> Result<Color, ThemeError> {
                resolve_color(v, &tf.palette).ok_or_else(|| {
                    err(
                        at(key),
                        Some(format!("{slot}.{key}")),
                        format!("unknown colour \"{v}\" (not in [palette], not #rrggbb, not a colour name)"),
                    )
                })
            };
            if !no_color {
                if let Some(fg) = &spec.fg {
                    style = style.fg(color(fg, "fg")?);
                }
                if let Some(bg) = &spec.bg {
                    style = style.bg(color(bg, "bg")?);
                }
            } else if spec.bg.is_some() && slot != "screen" {
                style = style.add_modifier(Modifier::REVERSED);
            }
            for m in &spec.modifiers {
                let md = match m.as_str() {
                    "bold" => Modifier::BOLD,
                    "italic" => Modifier::ITALIC,
                    "underlined" | "underline" => Modifier::UNDERLINED,
                    "reversed" => Modifier::REVERSED,
                    "dim" => Modifier::DIM,
                    "crossed_out" => Modifier::CROSSED_OUT,
                    other => {
                        return Err(err(
                            at("modifiers"),
                            Some(format!("{slot}.modifiers")),
                            format!("unknown modifier \"{other}\""),
                        ));
                    }
                };
                style = style.add_modifier(md);
            }
            styles.insert(slot.clone(), style);
        }
        Ok(Theme {
            name: tf.name.unwrap_or_else(|| file.to_string()),
            styles,
        })
    }

    /// A built-in theme by name.
    pub fn builtin(name: &str, no_color: bool) -> Option<Theme> {
        BUILTIN.iter().find(|(n, _)| *n == name).map(|(n, src)| {
            Theme::parse(&format!("themes/{n}.toml"), src, no_color).expect("built-in themes parse")
        })
    }

    /// The default theme (always available).
    pub fn fallback(no_color: bool) -> Theme {
        Theme::builtin("default", no_color).expect("default theme is built in")
    }

    /// Loads a theme by name or path: a path to a file; else a user theme
    /// `<config>/themes/NAME.toml` (which wins over a built-in of the same
    /// name); else a built-in.
    pub fn load(
        spec: &str,
        config_dir: Option<&Path>,
        no_color: bool,
    ) -> Result<Theme, ThemeError> {
        let as_path = PathBuf::from(spec);
        let user = config_dir.map(|d| d.join("themes").join(format!("{spec}.toml")));
        let file = if spec.ends_with(".toml") || spec.contains('/') {
            Some(as_path)
        } else {
            user.filter(|p| p.is_file())
        };
        if let Some(path) = file {
            // 1 MiB: a theme is a few lines; a FIFO or device is refused.
            let src = crate::model::safe_open::read_to_string_capped(&path, 1024 * 1024).map_err(
                |e| ThemeError {
                    file: path.display().to_string(),
                    line: None,
                    key: None,
                    message: e.to_string(),
                },
            )?;
            return Theme::parse(&path.display().to_string(), &src, no_color);
        }
        Theme::builtin(spec, no_color).ok_or_else(|| ThemeError {
            file: spec.to_string(),
            line: None,
            key: None,
            message: format!(
                "no such theme (built in: {})",
                BUILTIN
                    .iter()
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        })
    }

    /// The style of a slot, falling back along the dots.
    pub fn get(&self, slot: &str) -> Style {
        let mut s = slot;
        loop {
            if let Some(st) = self.styles.get(s) {
                return *st;
            }
            match s.rfind('.') {
                Some(i) => s = &s[..i],
                None => return Style::default(),
            }
        }
    }

    /// Whether the theme defines `slot` itself (no fallback).
    pub fn defines(&self, slot: &str) -> bool {
        self.styles.contains_key(slot)
    }
}

fn line_of(src: &str, byte: usize) -> usize {
    src[..byte.min(src.len())].matches('\n').count() + 1
}

/// The line of `"slot" = { key = ... }` in the source, for error messages
/// (the slot quoted, single-quoted or bare, as TOML allows).
fn find_line(src: &str, slot: &str, key: &str) -> Option<usize> {
    let (double, single) = (format!("\"{slot}\""), format!("'{slot}'"));
    let defines = |l: &str| {
        let l = l.trim_start();
        [double.as_str(), single.as_str(), slot].iter().any(|k| {
            l.strip_prefix(k)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
    };
    src.lines()
        .position(|l| defines(l) && l.contains(key))
        .or_else(|| src.lines().position(defines))
        .map(|i| i + 1)
}

fn resolve_color(v: &str, palette: &BTreeMap<String, String>) -> Option<Color> {
    if let Some(p) = palette.get(v) {
        return parse_color(p);
    }
    parse_color(v)
}

fn parse_color(v: &str) -> Option<Color> {
    if let Some(hex) = v.strip_prefix('#') {
        if hex.len() != 6 {
            return None;
        }
        let n = u32::from_str_radix(hex, 16).ok()?;
        return Some(Color::Rgb((n >> 16) as u8, (n >> 8) as u8, n as u8));
    }
    Some(match v {
        "reset" => Color::Reset,
        "black" => Color::Black,
        "red" => Color::Red,
        "green" => Color::Green,
        "yellow" => Color::Yellow,
        "blue" => Color::Blue,
        "magenta" => Color::Magenta,
        "cyan" => Color::Cyan,
        "gray" => Color::Gray,
        "dark_gray" => Color::DarkGray,
        "light_red" => Color::LightRed,
        "light_green" => Color::LightGreen,
        "light_yellow" => Color::LightYellow,
        "light_blue" => Color::LightBlue,
        "light_magenta" => Color::LightMagenta,
        "light_cyan" => Color::LightCyan,
        "white" => Color::White,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_theme_defines_every_slot() {
        for (name, src) in BUILTIN {
            let t = Theme::parse(name, src, false).unwrap();
            for slot in SLOTS {
                assert!(t.defines(slot), "theme {name} lacks slot {slot}");
            }
        }
    }

    #[test]
    fn errors_name_file_line_and_key() {
        let src = "name = \"x\"\n[styles]\n\"border\" = { fg = \"nope\" }\n";
        let e = Theme::parse("x.toml", src, false).unwrap_err();
        assert_eq!(e.line, Some(3));
        assert_eq!(e.key.as_deref(), Some("border.fg"));
        assert!(e.to_string().contains("x.toml, line 3"));
        let e = Theme::parse("y.toml", "[styles\n", false).unwrap_err();
        assert_eq!(e.line, Some(1));
        // a bare or single-quoted slot name (found by the theme_loader fuzz
        // property: the error had no line)
        for slot in ["border", "'border'"] {
            let src = format!(
                "name = \"x\"\n[styles]\n\"border.focus\" = {{}}\n{slot} = {{ fg = \"x\" }}\n"
            );
            let e = Theme::parse("z.toml", &src, false).unwrap_err();
            assert_eq!(e.line, Some(4), "{src}");
        }
    }

    #[test]
    fn no_color_keeps_selection_visible() {
        let t = Theme::fallback(true);
        let s = t.get("list.selected");
        assert_eq!(s.fg, None);
        assert!(s.add_modifier.contains(Modifier::REVERSED));
        assert_eq!(t.get("list.selected.nothing"), s);
    }
}

//! Key notation, vim style: `j`, `G`, `<Enter>`, `<Esc>`, `<Tab>`,
//! `<S-Tab>`, `<C-d>`, `<Down>`, `<Space>`, `<PageDown>`, `<F1>`. Used by
//! the keymap (config file), the help overlay and `liseuse replay`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with its modifiers, as the keymap sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn new(code: KeyCode, mods: KeyModifiers) -> Key {
        // Shift is implied by the character itself for printable keys
        let mods = match code {
            KeyCode::Char(_) => mods - KeyModifiers::SHIFT,
            KeyCode::BackTab => mods - KeyModifiers::SHIFT,
            _ => mods,
        };
        Key { code, mods }
    }

    pub fn char(c: char) -> Key {
        Key::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    pub fn from_event(e: &KeyEvent) -> Key {
        Key::new(e.code, e.modifiers)
    }

    pub fn to_event(self) -> KeyEvent {
        KeyEvent::new(self.code, self.mods)
    }
}

const NAMED: &[(&str, KeyCode)] = &[
    ("Enter", KeyCode::Enter),
    ("CR", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Tab", KeyCode::Tab),
    ("BS", KeyCode::Backspace),
    ("Backspace", KeyCode::Backspace),
    ("Del", KeyCode::Delete),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("PageUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
    ("Space", KeyCode::Char(' ')),
    ("lt", KeyCode::Char('<')),
    ("Bar", KeyCode::Char('|')),
];

/// Parses one key (`j`, `<C-d>`, `<S-Tab>`).
pub fn parse_key(s: &str) -> Result<Key, String> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => return Ok(Key::char(c)),
        (None, _) => return Err("empty key".into()),
        _ => {}
    }
    let inner = s
        .strip_prefix('<')
        .and_then(|r| r.strip_suffix('>'))
        .ok_or_else(|| {
            format!("unknown key \"{s}\" (write one character, or a name like <Enter>, <C-d>)")
        })?;
    let mut mods = KeyModifiers::NONE;
    let mut rest = inner;
    while let Some((m, r)) = rest.split_once('-') {
        if r.is_empty() {
            break;
        }
        match m {
            "C" | "c" => mods |= KeyModifiers::CONTROL,
            "S" | "s" => mods |= KeyModifiers::SHIFT,
            "A" | "a" | "M" | "m" => mods |= KeyModifiers::ALT,
            _ => return Err(format!("unknown modifier \"{m}\" in \"{s}\" (C, S, A)")),
        }
        rest = r;
    }
    let code = if let Some((_, c)) = NAMED.iter().find(|(n, _)| n.eq_ignore_ascii_case(rest)) {
        *c
    } else if let Some(n) = rest
        .strip_prefix(['F', 'f'])
        .and_then(|n| n.parse::<u8>().ok())
    {
        KeyCode::F(n)
    } else {
        let mut cs = rest.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => return Err(format!("unknown key name \"{rest}\" in \"{s}\"")),
        }
    };
    if code == KeyCode::Tab && mods.contains(KeyModifiers::SHIFT) {
        return Ok(Key::new(KeyCode::BackTab, mods - KeyModifiers::SHIFT));
    }
    Ok(Key::new(code, mods))
}

/// Parses a key script: `/alibaba<Enter>jj<C-d>` into keys.
pub fn parse_keys(s: &str) -> Result<Vec<Key>, String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '<'
            && let Some(end) = rest.find('>')
            && end > 1
            && let Ok(k) = parse_key(&rest[..=end])
        {
            out.push(k);
            rest = &rest[end + 1..];
            continue;
        }
        out.push(Key::char(c));
        rest = &rest[c.len_utf8()..];
    }
    Ok(out)
}

/// The notation of a key, for the help overlay and status hints.
pub fn format_key(k: Key) -> String {
    let mut mods = String::new();
    if k.mods.contains(KeyModifiers::CONTROL) {
        mods.push_str("C-");
    }
    if k.mods.contains(KeyModifiers::ALT) {
        mods.push_str("A-");
    }
    if k.mods.contains(KeyModifiers::SHIFT) {
        mods.push_str("S-");
    }
    let name = match k.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char('<') => "lt".to_string(),
        KeyCode::Char(c) if mods.is_empty() => return c.to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::BackTab => return format!("<{mods}S-Tab>"),
        KeyCode::F(n) => format!("F{n}"),
        code => NAMED
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(n, _)| n.to_string())
            .unwrap_or_else(|| format!("{code:?}")),
    };
    format!("<{mods}{name}>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats_vim_notation() {
        for s in [
            "j",
            "G",
            "<Enter>",
            "<Esc>",
            "<Tab>",
            "<S-Tab>",
            "<C-d>",
            "<Down>",
            "<Space>",
            "<PageDown>",
            "<C-r>",
            "?",
            "/",
        ] {
            let k = parse_key(s).unwrap();
            assert_eq!(format_key(k), s, "round trip of {s}");
        }
        assert!(parse_key("<Nope>").is_err());
        assert!(parse_key("jj").is_err());
    }

    #[test]
    fn parses_scripts() {
        let ks = parse_keys("/ali<Enter><C-d>x<y").unwrap();
        let shown: Vec<String> = ks.into_iter().map(format_key).collect();
        assert_eq!(
            shown,
            ["/", "a", "l", "i", "<Enter>", "<C-d>", "x", "<lt>", "y"]
        );
    }
}

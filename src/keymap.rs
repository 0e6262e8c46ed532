//! Keys to actions, per context, with a common fallback. Defaults are
//! built in; `config.toml` can rebind any key in any context:
//!
//! ```toml
//! [keys.list]
//! "x" = "open"
//! [keys.common]
//! "<C-q>" = "quit"
//! ```

use crate::action::Action;
use crate::keys::{Key, format_key, parse_key};
use crate::state::Room;
use std::collections::HashMap;

/// Where a key is pressed. Text-input contexts (the filter bar) see their
/// bindings first and pass other keys to the text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    Common,
    List,
    Reader,
    Sidebar,
    Filter,
    Help,
    /// The annotation editor (a text-input context).
    Editor,
    /// The annotation list overlay.
    Annotations,
    /// The concordance pane.
    Concordance,
}

impl Context {
    pub const ALL: [Context; 9] = [
        Context::Common,
        Context::List,
        Context::Reader,
        Context::Sidebar,
        Context::Filter,
        Context::Editor,
        Context::Annotations,
        Context::Concordance,
        Context::Help,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Context::Common => "common",
            Context::List => "list",
            Context::Reader => "reader",
            Context::Sidebar => "sidebar",
            Context::Filter => "filter",
            Context::Help => "help",
            Context::Editor => "editor",
            Context::Annotations => "annotations",
            Context::Concordance => "concordance",
        }
    }

    pub fn from_name(s: &str) -> Option<Context> {
        Context::ALL.into_iter().find(|c| c.name() == s)
    }

    /// The context of the room that has the keys: the timeline shares
    /// the sidebar's bindings, the collocates the concordance's.
    pub fn of(room: Room) -> Context {
        match room {
            Room::Help | Room::Problems => Context::Help,
            Room::Editor => Context::Editor,
            Room::Annotations => Context::Annotations,
            Room::Concordance | Room::Collocates => Context::Concordance,
            Room::Filter => Context::Filter,
            Room::List => Context::List,
            Room::Reader => Context::Reader,
            Room::Sidebar | Room::Timeline => Context::Sidebar,
        }
    }

    /// Contexts that fall back to the common bindings.
    fn uses_common(self) -> bool {
        !matches!(
            self,
            Context::Filter | Context::Help | Context::Editor | Context::Annotations
        )
    }
}

use Action as A;
use Context as C;

const DEFAULTS: &[(Context, &str, Action)] = &[
    (C::Common, "q", A::Quit),
    (C::Common, "?", A::ToggleHelp),
    (C::Common, "<Tab>", A::FocusNext),
    (C::Common, "<S-Tab>", A::FocusPrev),
    (C::Common, "/", A::FocusFilter),
    (C::Common, "j", A::Down),
    (C::Common, "<Down>", A::Down),
    (C::Common, "k", A::Up),
    (C::Common, "<Up>", A::Up),
    (C::Common, "g", A::Top),
    (C::Common, "<Home>", A::Top),
    (C::Common, "G", A::Bottom),
    (C::Common, "<End>", A::Bottom),
    (C::Common, "<C-d>", A::HalfPageDown),
    (C::Common, "<C-u>", A::HalfPageUp),
    (C::Common, "<PageDown>", A::PageDown),
    (C::Common, "<Space>", A::PageDown),
    (C::Common, "<PageUp>", A::PageUp),
    (C::Common, "s", A::CycleSort),
    (C::Common, "T", A::CycleTheme),
    (C::Common, "<Esc>", A::Back),
    (C::Common, "n", A::NextHit),
    (C::Common, "N", A::PrevHit),
    (C::Common, "<C-c>", A::Quit),
    (C::List, "<Enter>", A::Open),
    (C::List, "l", A::Open),
    (C::List, "<Right>", A::Open),
    (C::Reader, "<Left>", A::Back),
    (C::Reader, "w", A::WordNext),
    (C::Reader, "b", A::WordBack),
    (C::Reader, "e", A::WordEnd),
    (C::Reader, ")", A::SentenceNext),
    (C::Reader, "(", A::SentencePrev),
    (C::Reader, "}", A::ParagraphNext),
    (C::Reader, "{", A::ParagraphPrev),
    (C::Reader, "0", A::LineStart),
    (C::Reader, "$", A::LineEnd),
    (C::Reader, "v", A::ToggleSelect),
    (C::Reader, "a", A::Annotate),
    (C::Reader, "h", A::Highlight),
    (C::Reader, "m", A::ArticleNote),
    (C::Common, "A", A::AnnotationList),
    (C::Common, "u", A::Undo),
    (C::Common, "<C-r>", A::Redo),
    (C::Editor, "<C-s>", A::EditorSave),
    (C::Editor, "<Esc>", A::Back),
    (C::Editor, "<Tab>", A::EditorNextField),
    (C::Editor, "<S-Tab>", A::EditorPrevField),
    (C::Editor, "<C-c>", A::Back),
    (C::Annotations, "j", A::Down),
    (C::Annotations, "<Down>", A::Down),
    (C::Annotations, "k", A::Up),
    (C::Annotations, "<Up>", A::Up),
    (C::Annotations, "g", A::Top),
    (C::Annotations, "G", A::Bottom),
    (C::Annotations, "<Enter>", A::Open),
    (C::Annotations, "e", A::EditAnnotation),
    (C::Annotations, "d", A::DeleteAnnotation),
    (C::Annotations, "r", A::Reattach),
    (C::Annotations, "<Tab>", A::ToggleAll),
    (C::Annotations, "u", A::Undo),
    (C::Annotations, "<C-r>", A::Redo),
    (C::Annotations, "<Esc>", A::Back),
    (C::Annotations, "A", A::Back),
    (C::Annotations, "q", A::Back),
    (C::Annotations, "?", A::ToggleHelp),
    (C::List, "o", A::OpenSource),
    (C::Reader, "o", A::OpenSource),
    (C::List, "E", A::EditSource),
    (C::Reader, "E", A::EditSource),
    (C::Reader, "y", A::Copy),
    (C::Sidebar, "<Enter>", A::FilterByEntity),
    (C::Sidebar, "S", A::ToggleScope),
    (C::Sidebar, "]", A::NextMention),
    (C::Sidebar, "[", A::PrevMention),
    (C::Sidebar, "d", A::RejectEntity),
    (C::Sidebar, "t", A::RetypeEntity),
    (C::Sidebar, "r", A::RenameEntity),
    (C::Sidebar, "m", A::MergeEntity),
    (C::Sidebar, "u", A::UndoCorrection),
    (C::Reader, "D", A::DeclareEntity),
    (C::Reader, "]", A::NextMention),
    (C::Reader, "[", A::PrevMention),
    (C::Filter, "<Esc>", A::ClearFilter),
    (C::Common, "K", A::Concordance),
    (C::Common, "V", A::Timeline),
    (C::Common, "C", A::Collocates),
    (C::Common, "!", A::Problems),
    (C::Common, "x", A::ToggleRead),
    (C::Common, "*", A::ToggleStar),
    (C::Concordance, "<Enter>", A::Open),
    (C::Concordance, "q", A::Back),
    (C::Filter, "<Enter>", A::AcceptFilter),
    (C::Filter, "<Tab>", A::AcceptFilter),
    (C::Filter, "<Up>", A::HistoryPrev),
    (C::Filter, "<Down>", A::HistoryNext),
    (C::Filter, "<C-c>", A::Quit),
    (C::Help, "<Esc>", A::ToggleHelp),
    (C::Help, "?", A::ToggleHelp),
    (C::Help, "q", A::ToggleHelp),
    (C::Help, "j", A::Down),
    (C::Help, "<Down>", A::Down),
    (C::Help, "k", A::Up),
    (C::Help, "<Up>", A::Up),
    (C::Help, "g", A::Top),
    (C::Help, "<Home>", A::Top),
    (C::Help, "G", A::Bottom),
    (C::Help, "<End>", A::Bottom),
    (C::Help, "<Space>", A::PageDown),
    (C::Help, "<PageDown>", A::PageDown),
    (C::Help, "<PageUp>", A::PageUp),
    (C::Help, "<C-d>", A::HalfPageDown),
    (C::Help, "<C-u>", A::HalfPageUp),
    (C::Help, "<C-c>", A::Quit),
];

#[derive(Debug, Clone)]
pub struct Keymap {
    /// (context, key) → (action, rank): the rank orders keys in hints and
    /// help (defaults in their listed order, user keys after).
    map: HashMap<(Context, Key), (Action, usize)>,
}

impl Default for Keymap {
    fn default() -> Self {
        let mut map = HashMap::new();
        for (rank, &(ctx, k, a)) in DEFAULTS.iter().enumerate() {
            map.insert((ctx, parse_key(k).expect("default keys parse")), (a, rank));
        }
        Keymap { map }
    }
}

impl Keymap {
    /// The action of `key` in `ctx` (falling back to common bindings).
    pub fn lookup(&self, ctx: Context, key: Key) -> Option<Action> {
        self.map.get(&(ctx, key)).map(|e| e.0).or_else(|| {
            ctx.uses_common()
                .then(|| self.map.get(&(Context::Common, key)).map(|e| e.0))
                .flatten()
        })
    }

    /// Binds a key (from the config file); `"none"` unbinds it.
    pub fn bind(&mut self, ctx: &str, key: &str, action: &str) -> Result<(), String> {
        let c = Context::from_name(ctx).ok_or_else(|| {
            format!(
                "unknown key context \"{ctx}\" (one of: {})",
                Context::ALL.map(Context::name).join(", ")
            )
        })?;
        let k = parse_key(key)?;
        if action == "none" {
            self.map.remove(&(c, k));
            return Ok(());
        }
        let a = Action::from_name(action).ok_or_else(|| unknown_action(action))?;
        let rank = DEFAULTS.len() + self.map.len();
        self.map.insert((c, k), (a, rank));
        Ok(())
    }

    /// The keys bound to `action` in `ctx` only, sorted for display.
    pub fn keys_for(&self, ctx: Context, action: Action) -> Vec<String> {
        let mut ks: Vec<(usize, String)> = self
            .map
            .iter()
            .filter(|((c, _), (a, _))| *c == ctx && *a == action)
            .map(|((_, k), (_, rank))| (*rank, format_key(*k)))
            .collect();
        ks.sort();
        ks.into_iter().map(|(_, k)| k).collect()
    }

    /// The first key for an action as seen from `ctx`, for status hints.
    pub fn hint(&self, ctx: Context, action: Action) -> Option<String> {
        self.keys_for(ctx, action)
            .into_iter()
            .next()
            .or_else(|| self.keys_for(Context::Common, action).into_iter().next())
    }

    /// Help rows: per context, every action bound there with its keys.
    pub fn help_rows(&self) -> Vec<(Context, Vec<(String, Action)>)> {
        Context::ALL
            .iter()
            .map(|&ctx| {
                let rows = Action::ALL
                    .iter()
                    .filter_map(|&a| {
                        let ks = self.keys_for(ctx, a);
                        (!ks.is_empty()).then(|| (ks.join(" "), a))
                    })
                    .collect();
                (ctx, rows)
            })
            .filter(|(_, rows): &(Context, Vec<_>)| !rows.is_empty())
            .collect()
    }
}

/// The error for an action name that does not exist, with the closest
/// real names (by edit distance, or containing what was typed).
fn unknown_action(name: &str) -> String {
    let typed = name.to_lowercase().replace('-', "_");
    let mut near: Vec<(usize, &str)> = Action::ALL
        .iter()
        .map(|a| a.name())
        .filter_map(|n| {
            let d = edit_distance(&typed, n);
            let close = d <= (n.len().max(typed.len()) / 4).max(1);
            let inside = typed.len() >= 3 && (n.contains(&typed) || typed.contains(n));
            (close || inside).then_some((if close { d } else { d + 100 }, n))
        })
        .collect();
    near.sort();
    let near: Vec<String> = near
        .iter()
        .take(3)
        .map(|(_, n)| format!("\"{n}\""))
        .collect();
    if near.is_empty() {
        format!("unknown action \"{name}\" (see the help overlay, `?`, for names)")
    } else {
        format!(
            "unknown action \"{name}\"; did you mean {}? (the help overlay, `?`, lists every name)",
            near.join(" or ")
        )
    }
}

/// Edit distance between two strings, by chars, counting a swap of two
/// neighbours as one edit (optimal string alignment).
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contexts_fall_back_to_common_but_filter_does_not() {
        let km = Keymap::default();
        assert_eq!(km.lookup(C::List, Key::char('j')), Some(A::Down));
        assert_eq!(km.lookup(C::Filter, Key::char('j')), None);
        assert_eq!(
            km.lookup(C::Filter, parse_key("<Esc>").unwrap()),
            Some(A::ClearFilter)
        );
    }

    #[test]
    fn rebinding_and_errors() {
        let mut km = Keymap::default();
        km.bind("list", "x", "open").unwrap();
        assert_eq!(km.lookup(C::List, Key::char('x')), Some(A::Open));
        km.bind("common", "q", "none").unwrap();
        assert_eq!(km.lookup(C::List, Key::char('q')), None);
        assert!(
            km.bind("list", "x", "fly")
                .unwrap_err()
                .contains("unknown action \"fly\"")
        );
        assert!(
            km.bind("nowhere", "x", "open")
                .unwrap_err()
                .contains("context")
        );
        assert!(km.bind("list", "<Nope>", "open").is_err());
    }

    #[test]
    fn an_unknown_action_suggests_the_closest_names() {
        let mut km = Keymap::default();
        let e = km.bind("list", "x", "opne").unwrap_err();
        assert!(e.contains("did you mean \"open\""), "{e}");
        let e = km.bind("list", "x", "half_page").unwrap_err();
        assert!(e.contains("\"half_page_down\""), "{e}");
        assert!(e.contains("\"half_page_up\""), "{e}");
        let e = km.bind("list", "x", "page-down").unwrap_err();
        assert!(e.contains("did you mean \"page_down\""), "{e}");
        let e = km.bind("list", "x", "zzzzzzzzzz").unwrap_err();
        assert!(!e.contains("did you mean"), "{e}");
    }
}

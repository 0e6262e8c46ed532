//! The entity corrections room's state: the corrections in force, their
//! undo history, and the question being asked (which kind? which name?).
//! Changed by [`crate::update::fixing`]; drawn by the sidebar (what a
//! correction made) and the status line (the question).

use crate::model::corrections::Corrections;
use crate::model::entities::EntityKind;

/// How many corrections `u` can undo.
pub const UNDO_DEPTH: usize = 100;

#[derive(Debug, Default)]
pub struct Fixing {
    /// Every correction, applied to the document.
    pub corrections: Corrections,
    /// The corrections before each change, most recent last.
    pub undo: Vec<Corrections>,
    /// The question being asked, if any (it takes the keys).
    pub prompt: Option<FixPrompt>,
    /// The entity marked to be merged into the next one chosen.
    pub merge_from: Option<(EntityKind, String)>,
    /// The corrections changed while the corpus was still loading: they
    /// are applied again to the whole corpus when it is loaded.
    pub during_load: bool,
    /// A change waits to be saved by the run loop.
    pub pending_save: bool,
}

/// A question of the corrections room.
#[derive(Debug, Clone, PartialEq)]
pub enum FixPrompt {
    /// Which kind: for an entity (`from` its kind: a retype) or for a
    /// selection (`from` None: a declaration).
    Kind {
        name: String,
        from: Option<EntityKind>,
    },
    /// The new name of an entity, being typed.
    Rename {
        kind: EntityKind,
        name: String,
        input: String,
    },
}

/// The keys of the kind question, in [`EntityKind::ALL`] order.
pub const KIND_KEYS: [char; 7] = ['p', 'o', 'l', 'd', 'm', '%', 'q'];

impl FixPrompt {
    /// The question, for the status line.
    pub fn question(&self) -> String {
        match self {
            FixPrompt::Kind { name, from } => {
                let kinds: Vec<String> = EntityKind::ALL
                    .iter()
                    .zip(KIND_KEYS)
                    .filter(|(k, _)| Some(**k) != *from)
                    .map(|(k, c)| format!("{c} {}", k.name()))
                    .collect();
                let what = match from {
                    Some(k) => format!("“{name}” ({}) is in fact", k.name()),
                    None => format!("declare “{name}” an entity:"),
                };
                format!("{what} {} · Esc cancel", kinds.join(" · "))
            }
            FixPrompt::Rename { name, input, .. } => {
                format!("rename “{name}” to: {input}▏ · Enter ok · Esc cancel")
            }
        }
    }
}

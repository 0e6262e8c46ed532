//! The entity corrections room: the sidebar's keys that correct an entity
//! (not an entity, another kind, another name, the same as another), the
//! reader's key that declares a selection an entity, the questions they
//! ask, and undo. A correction applies at once to the whole corpus.

use super::{Effect, info};
use crate::action::Action;
use crate::model::corrections::{Action as Fix, Correction, Corrections};
use crate::model::entities::EntityKind;
use crate::state::fixing::{FixPrompt, KIND_KEYS, UNDO_DEPTH};
use crate::state::{AppState, Focus, Message, Outcome};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Handles the room's actions; false when `action` is not one of them.
pub fn action(s: &mut AppState, action: Action) -> bool {
    match (s.view.focus, action) {
        (Focus::Sidebar, Action::RejectEntity) => {
            if let Some((kind, name)) = selected(s) {
                commit(s, Correction::new(Fix::Reject, kind, &name));
            }
        }
        (Focus::Sidebar, Action::RetypeEntity) => {
            if let Some((kind, name)) = selected(s) {
                s.fixing.prompt = Some(FixPrompt::Kind {
                    name,
                    from: Some(kind),
                });
            }
        }
        (Focus::Sidebar, Action::RenameEntity) => {
            if let Some((kind, name)) = selected(s) {
                s.fixing.prompt = Some(FixPrompt::Rename {
                    kind,
                    input: name.clone(),
                    name,
                });
            }
        }
        (Focus::Sidebar, Action::MergeEntity) => merge(s),
        (Focus::Sidebar, Action::Back) if s.fixing.merge_from.is_some() => {
            s.fixing.merge_from = None;
            s.view.status.message = Some(info("merge cancelled".into()));
        }
        (Focus::Sidebar, Action::UndoCorrection) => undo(s),
        (Focus::Reader, Action::DeclareEntity) => declare(s),
        _ => return false,
    }
    let save = take_save(s).into_iter().map(Outcome::Run);
    s.view.queue.extend(save);
    true
}

/// The sidebar's selected entity, or a message saying there is none.
fn selected(s: &mut AppState) -> Option<(EntityKind, String)> {
    let got = s.selected_entity().map(|r| (r.kind, r.canonical.clone()));
    if got.is_none() {
        s.view.status.message = Some(info("no entity selected".into()));
    }
    got
}

/// `m`: marks the selected entity, or merges the marked one into it.
fn merge(s: &mut AppState) {
    let Some((kind, name)) = selected(s) else {
        return;
    };
    let fold = crate::model::text::fold;
    match s.fixing.merge_from.take() {
        Some((k, n)) if (k, fold(&n)) != (kind, fold(&name)) => {
            commit(
                s,
                Correction::new(Fix::Merge, k, &n).to(&name).to_kind(kind),
            );
        }
        _ => {
            s.view.status.message = Some(info(format!(
                "merge “{name}” into…: select the other entity and press m again (Esc cancels)"
            )));
            s.fixing.merge_from = Some((kind, name));
        }
    }
}

/// `D` in the reader: asks the kind of the selection (or of the word under
/// the cursor).
fn declare(s: &mut AppState) {
    let open = s.view.reader.open;
    // the reader's cursor starts at the first paragraph, as its motions do
    let cur = s
        .view
        .reader
        .cursor
        .or_else(|| open.and_then(|a| s.doc.article(a).paragraphs.first().map(|p| p.0)));
    let (Some(a), Some(cur)) = (open, cur) else {
        s.view.status.message = Some(info(
            "open an article and select a name (v) to declare it an entity".into(),
        ));
        return;
    };
    let (c0, c1) = s.selection_chars(a, cur as usize);
    let text = &s.doc.article(a).text;
    let name: String = text.chars().skip(c0).take(c1 - c0).collect();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() || name.chars().count() > 200 {
        s.view.status.message = Some(info("select a name (v, then move) to declare it".into()));
        return;
    }
    s.fixing.prompt = Some(FixPrompt::Kind { name, from: None });
}

/// A key while a question is asked.
pub fn prompt_key(s: &mut AppState, ev: KeyEvent) -> Vec<Effect> {
    let Some(prompt) = s.fixing.prompt.take() else {
        return Vec::new();
    };
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    match (prompt, ev.code) {
        (_, KeyCode::Esc) => s.view.status.message = Some(info("cancelled".into())),
        (_, KeyCode::Char('c')) if ctrl => s.view.status.message = Some(info("cancelled".into())),
        (FixPrompt::Kind { name, from }, KeyCode::Char(c)) => {
            let digit = c.to_digit(10).and_then(|d| (d as usize).checked_sub(1));
            let kind = KIND_KEYS
                .iter()
                .position(|&k| k == c)
                .or(digit)
                .and_then(|i| EntityKind::ALL.get(i).copied());
            match (kind, from) {
                (Some(k), Some(old)) if k != old => {
                    commit(s, Correction::new(Fix::Retype, old, &name).to_kind(k))
                }
                (Some(k), None) => commit(s, Correction::new(Fix::Declare, k, &name)),
                // another key: the question stays
                _ => s.fixing.prompt = Some(FixPrompt::Kind { name, from }),
            }
        }
        (FixPrompt::Rename { kind, name, input }, KeyCode::Enter) => {
            let to = input.trim();
            if to.is_empty() || to == name {
                s.view.status.message = Some(info("name unchanged".into()));
            } else {
                commit(s, Correction::new(Fix::Rename, kind, &name).to(to));
            }
        }
        (
            FixPrompt::Rename {
                kind,
                name,
                mut input,
            },
            code,
        ) => {
            match code {
                KeyCode::Backspace => {
                    input.pop();
                }
                KeyCode::Char('u') if ctrl => input.clear(),
                KeyCode::Char(c) if !ctrl && !c.is_control() && input.chars().count() < 200 => {
                    input.push(c)
                }
                _ => {}
            }
            s.fixing.prompt = Some(FixPrompt::Rename { kind, name, input });
        }
        (p, _) => s.fixing.prompt = Some(p),
    }
    s.refresh();
    take_save(s)
}

/// The save a change asks for, if any.
pub fn take_save(s: &mut AppState) -> Vec<Effect> {
    if std::mem::take(&mut s.fixing.pending_save) {
        vec![Effect::SaveCorrections]
    } else {
        Vec::new()
    }
}

/// Makes a correction: applied to every article, remembered for undo,
/// saved by the run loop.
fn commit(s: &mut AppState, c: Correction) {
    let said = c.describe();
    let before = s.fixing.corrections.clone();
    s.fixing.corrections.set(c);
    push_undo(s, before);
    let n = apply(s);
    s.view.status.message = Some(Message {
        text: format!(
            "{said} · {n} article{} changed · u in the sidebar undoes",
            if n == 1 { "" } else { "s" }
        ),
        error: false,
    });
}

fn push_undo(s: &mut AppState, before: Corrections) {
    s.fixing.undo.push(before);
    if s.fixing.undo.len() > UNDO_DEPTH {
        s.fixing.undo.remove(0);
    }
}

/// `u` in the sidebar: the corrections as they were before the last one.
fn undo(s: &mut AppState) {
    let Some(before) = s.fixing.undo.pop() else {
        s.view.status.message = Some(info("no entity correction to undo".into()));
        return;
    };
    s.fixing.corrections = before;
    let n = apply(s);
    s.view.status.message = Some(info(format!(
        "correction undone · {n} article{} changed",
        if n == 1 { "" } else { "s" }
    )));
}

/// Applies the corrections to the document and drops what the views
/// derived from the old entities. Returns how many articles changed.
pub fn apply(s: &mut AppState) -> usize {
    apply_to(s, false)
}

/// [`apply`], looking at every article when `everywhere` (some were
/// loaded with other corrections).
pub fn apply_to(s: &mut AppState, everywhere: bool) -> usize {
    let n = if everywhere {
        s.doc.apply_corrections_everywhere(&s.fixing.corrections)
    } else {
        s.doc.apply_corrections(&s.fixing.corrections)
    };
    if !s.view.status.progress.done {
        s.fixing.during_load = true;
    }
    s.fixing.pending_save = true;
    forget_entities(s);
    n
}

/// The sidebar rows, co-occurrences and marks are computed again.
pub fn forget_entities(s: &mut AppState) {
    s.view.sidebar.key = None;
    s.view.sidebar.cooccur_key = None;
    s.view.sidebar.cooccur_cache.1.clear();
    s.view.reader.marks_key = None;
}

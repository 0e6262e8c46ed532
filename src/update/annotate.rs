//! Annotation changes: the note editor, highlights, the annotation list,
//! undo and redo. Every change returns [`Effect::SaveAnnotations`].

use super::{Effect, info, open_article};
use crate::action::Action;
use crate::annotating::{self, AnnList, EditTarget, Editor, Field};
use crate::model::annotation::{Annotation, Kind, LABELS};
use crate::model::text::CharMap;
use crate::state::{AppState, Message, Outcome};
use crossterm::event::{KeyCode, KeyEvent};

/// Starts annotating chars `start..end` of article `a`: a highlight at
/// once (`h`), or the editor (`a`).
pub fn start(s: &mut AppState, a: u32, start: usize, end: usize, plain: bool) {
    if start >= end {
        s.view.status.message = Some(info("nothing selected".into()));
        return;
    }
    if plain {
        let art = s.doc.article(a);
        let n = Annotation::highlight(&art.rel, &art.text, start, end);
        s.notes.add(n);
        changed(s, "highlighted");
        return;
    }
    let art = s.doc.article(a);
    let map = CharMap::new(&art.text);
    let quote = art.text[map.byte_of(&art.text, start)..map.byte_of(&art.text, end)].to_string();
    let target = EditTarget::New {
        article: a,
        start,
        end,
    };
    open_editor(s, target, quote, None);
}

/// Opens the editor on `target`: its draft if Esc left one, else fresh.
fn open_editor(s: &mut AppState, target: EditTarget, quote: String, existing: Option<&Annotation>) {
    s.view.editor.cancelled = None;
    let ed = match s.view.editor.drafts.remove(&target) {
        Some(draft) => {
            s.view.status.message = Some(info("your draft is back (Esc keeps it again)".into()));
            draft
        }
        None => Editor::new(target, quote, existing),
    };
    s.view.editor.current = Some(ed);
}

/// Opens the editor on the article-level note of `a`.
pub fn start_article_note(s: &mut AppState, a: u32) {
    let art = s.doc.article(a);
    let existing = s.notes.article_note(&art.rel);
    let title = format!("note on “{}”", art.meta.title);
    let existing = existing.cloned();
    open_editor(s, EditTarget::ArticleNote(a), title, existing.as_ref());
}

/// Marks the annotation set changed: facts for the filter, a message, and
/// a save for the run loop.
fn changed(s: &mut AppState, what: &str) {
    s.view.editor.cancelled = None;
    s.refresh_facts();
    s.view.status.message = Some(info(format!(
        "{what} · saved to {}",
        s.view.annotations.file.as_deref().unwrap_or("memory")
    )));
    s.view.queue.push(Outcome::Run(Effect::SaveAnnotations));
}

/// An action while the editor is open.
pub fn editor_action(s: &mut AppState, action: Action, queue: &mut Vec<Outcome>) {
    let Some(ed) = &mut s.view.editor.current else {
        return;
    };
    match action {
        Action::Back => {
            let ed = s.view.editor.current.take().expect("editor is open");
            if ed.changed() {
                // typed text is never lost: keep it for the next time
                s.view.editor.cancelled = Some(ed.target.clone());
                s.view.editor.drafts.insert(ed.target.clone(), ed);
                s.view.status.message = Some(info(
                    "draft kept: u reopens it, as does editing the same passage again".into(),
                ));
            } else {
                s.view.status.message = Some(info("annotation cancelled".into()));
            }
        }
        Action::EditorNextField => ed.next_field(true),
        Action::EditorPrevField => ed.next_field(false),
        Action::EditorSave => {
            let ed = s.view.editor.current.take().expect("editor is open");
            save_editor(s, ed);
        }
        Action::Quit => queue.push(Outcome::Run(Effect::Quit)),
        _ => {}
    }
}

fn save_editor(s: &mut AppState, ed: Editor) {
    s.view.editor.drafts.remove(&ed.target);
    let note = ed.note_text();
    let tags = ed.tag_list();
    let label = LABELS[ed.label % LABELS.len()].to_string();
    match ed.target {
        EditTarget::New {
            article,
            start,
            end,
        } => {
            let art = s.doc.article(article);
            let mut n = Annotation::highlight(&art.rel, &art.text, start, end);
            n.note = note;
            n.tags = tags;
            n.label = label;
            s.notes.add(n);
            changed(s, "annotation added");
        }
        EditTarget::Existing(id) => {
            s.notes.edit(&id, |n| {
                n.note = note;
                n.tags = tags;
                n.label = label;
            });
            changed(s, "annotation updated");
        }
        EditTarget::ArticleNote(a) => {
            let art = s.doc.article(a);
            let (rel, text) = (art.rel.clone(), art.text.clone());
            s.notes.set_article_note(&rel, &text, &note);
            changed(s, "article note saved");
        }
    }
}

/// A key typed into the editor (after the editor keymap declined it).
pub fn editor_input(s: &mut AppState, key: KeyEvent) {
    let Some(ed) = &mut s.view.editor.current else {
        return;
    };
    match ed.field {
        Field::Note => {
            ed.note.input(key);
        }
        Field::Tags => {
            if key.code != KeyCode::Enter {
                ed.tags.input(key);
            }
        }
        Field::Label => match key.code {
            KeyCode::Left | KeyCode::Char('h') => {
                ed.label = (ed.label + LABELS.len() - 1) % LABELS.len()
            }
            KeyCode::Right | KeyCode::Char('l') | KeyCode::Char(' ') => {
                ed.label = (ed.label + 1) % LABELS.len()
            }
            _ => {}
        },
    }
}

/// Opens the annotation list on the current article.
pub fn open_list(s: &mut AppState) {
    s.view.annotations.list = Some(AnnList {
        all: s.current().is_none(),
        sel: 0,
    });
}

/// An action while the list is open; false when the list does not take it.
pub fn list_action(s: &mut AppState, action: Action, queue: &mut Vec<Outcome>) -> bool {
    let rows = s.view.annotations.rows.clone();
    let Some(list) = &mut s.view.annotations.list else {
        return false;
    };
    let n = rows.len();
    let sel = list.sel.min(n.saturating_sub(1));
    match action {
        Action::Down => list.sel = (sel + 1).min(n.saturating_sub(1)),
        Action::Up => list.sel = sel.saturating_sub(1),
        Action::Top => list.sel = 0,
        Action::Bottom => list.sel = n.saturating_sub(1),
        Action::ToggleAll => {
            list.all = !list.all;
            list.sel = 0;
        }
        Action::Back | Action::AnnotationList => s.view.annotations.list = None,
        Action::Open => {
            if let Some(r) = rows.get(sel) {
                jump_to(s, r);
            }
        }
        Action::EditAnnotation => {
            if let Some(r) = rows.get(sel)
                && let Some(n) = s.notes.get(&r.id)
            {
                let target = match (n.kind, r.article) {
                    (Kind::Article, Some(a)) => EditTarget::ArticleNote(a),
                    _ => EditTarget::Existing(r.id.clone()),
                };
                let quote = if n.kind == Kind::Article {
                    "article note".into()
                } else {
                    n.quote.clone()
                };
                let n = n.clone();
                open_editor(s, target, quote, Some(&n));
                s.view.annotations.list = None;
            }
        }
        Action::DeleteAnnotation => {
            if let Some(r) = rows.get(sel) {
                s.notes.delete(&r.id);
                changed(s, "annotation deleted (u undoes)");
            }
        }
        Action::Reattach => reattach(s, rows.get(sel)),
        Action::Undo | Action::Redo => undo(s, action == Action::Undo),
        Action::Quit => queue.push(Outcome::Run(Effect::Quit)),
        Action::ToggleHelp => return false,
        _ => {}
    }
    true
}

fn jump_to(s: &mut AppState, r: &annotating::AnnRow) {
    let Some(a) = r.article else {
        s.view.status.message = Some(Message {
            text: "this annotation's article is not in the corpus".into(),
            error: true,
        });
        return;
    };
    s.view.annotations.list = None;
    if let Some(i) = s.doc.visible.iter().position(|&v| v == a) {
        s.view.list.sel = i;
    }
    open_article(s, a);
    s.refresh();
    let text = &s.doc.article(a).text;
    let b = CharMap::new(text).byte_of(text, r.anchor.start) as u32;
    s.view.reader.cursor = Some(b);
    s.follow_cursor();
    s.view.status.message = Some(info(format!("annotation {} ({})", r.id, r.anchor.status)));
}

fn reattach(s: &mut AppState, row: Option<&annotating::AnnRow>) {
    let (Some(r), Some(a), Some(cur)) = (row, s.view.reader.open, s.view.reader.cursor) else {
        s.view.status.message = Some(info(
            "select a passage in the reader first (v), then r here".into(),
        ));
        return;
    };
    if s.view.reader.select_from.is_none() {
        s.view.status.message = Some(info(
            "select a passage in the reader first (v), then r here".into(),
        ));
        return;
    }
    let (start, end) = s.selection_chars(a, cur as usize);
    let art = s.doc.article(a);
    let (rel, text) = (art.rel.clone(), art.text.clone());
    let id = r.id.clone();
    s.notes.edit(&id, |n| {
        n.article = rel;
        n.attach(&text, start, end);
    });
    s.view.reader.select_from = None;
    changed(s, "annotation re-attached");
}

pub fn undo(s: &mut AppState, undo: bool) {
    // the last step was Esc in the editor: undoing it reopens the draft
    if undo
        && let Some(target) = s.view.editor.cancelled.take()
        && let Some(ed) = s.view.editor.drafts.remove(&target)
    {
        s.view.editor.current = Some(ed);
        s.view.status.message = Some(info("draft reopened".into()));
        return;
    }
    let r = if undo { s.notes.undo() } else { s.notes.redo() };
    match r {
        Some(_) => {
            changed(s, if undo { "undone" } else { "redone" });
        }
        None => {
            s.view.status.message = Some(info(if undo {
                "nothing to undo".into()
            } else {
                "nothing to redo".into()
            }))
        }
    }
}

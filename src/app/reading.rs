//! The reading state in the reader: attaching articles as they load,
//! bringing the last session back, marking articles read when they are
//! opened, the read and star keys, and saving (debounced, written on a
//! background thread; synchronously when the reader ends).
//!
//! The model and the file format are in [`crate::model::reading`].

use super::App;
use crate::action::Action;
use crate::model::SortKey;
use crate::model::reading::file::{self, StateFile};
use crate::model::reading::{Position, ReadingState, Seen};
use crate::state::{AppState, Focus, Message};
use std::path::PathBuf;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long after a change the state is written (changes in between are
/// written together).
pub const SAVE_AFTER: Duration = Duration::from_secs(2);

/// The session to bring back once its articles have loaded.
#[derive(Debug, Clone)]
struct Pending {
    selected: Option<String>,
    open: Option<String>,
    focus: Focus,
}

type Writer = JoinHandle<(StateFile, Result<Option<String>, String>)>;

/// The reading state of the reader's corpus and its file.
pub struct Reading {
    pub state: ReadingState,
    file: Option<StateFile>,
    writer: Option<Writer>,
    pending: Option<Pending>,
    /// The article last marked read by being opened.
    marked: Option<u32>,
    dirty: bool,
    last_save: Instant,
    finished: bool,
}

impl Reading {
    /// Opens the state of the corpus at `paths` (the message says what
    /// was wrong with the file, if anything).
    pub fn open(paths: &[PathBuf]) -> (Reading, Option<String>) {
        Reading::open_at(file::path_for(paths))
    }

    /// Opens the state file at `path`.
    pub fn open_at(path: PathBuf) -> (Reading, Option<String>) {
        let o = StateFile::open(path);
        let message = o.message.or_else(|| o.file.disabled().map(str::to_string));
        (
            Reading {
                state: o.state,
                file: Some(o.file),
                writer: None,
                pending: None,
                marked: None,
                dirty: false,
                last_save: Instant::now(),
                finished: false,
            },
            message,
        )
    }

    pub fn path(&self) -> Option<&std::path::Path> {
        self.file.as_ref().map(StateFile::path)
    }
}

fn focus_name(f: Focus) -> &'static str {
    match f {
        Focus::Reader => "reader",
        Focus::Sidebar => "sidebar",
        Focus::List | Focus::Filter => "list",
    }
}

fn focus_named(s: &str) -> Focus {
    match s {
        "reader" => Focus::Reader,
        "sidebar" => Focus::Sidebar,
        _ => Focus::List,
    }
}

fn sort_named(s: &str) -> SortKey {
    match s {
        "title" => SortKey::Title,
        "date" => SortKey::Date,
        "length" => SortKey::Length,
        _ => SortKey::Path,
    }
}

/// Char offset of byte `b` of `text` (clamped).
fn chars_of(text: &str, b: u32) -> u32 {
    let b = (b as usize).min(text.len());
    text.char_indices().take_while(|&(i, _)| i < b).count() as u32
}

/// Byte offset of char `c` of `text`, if it is inside it.
fn byte_of(text: &str, c: u32) -> Option<u32> {
    text.char_indices().nth(c as usize).map(|(i, _)| i as u32)
}

impl App {
    /// Attaches a reading state: the filter, sort, history and theme of
    /// the last session come back at once; the selected and open article
    /// (at its place) and the focus as soon as they have loaded.
    /// `theme` is the saved theme, loaded by the caller (None: keep).
    pub fn attach_reading(&mut self, r: Reading, theme: Option<crate::theme::Theme>) {
        let session = r.state.session.clone();
        let s = &mut self.state;
        s.view.filter.history = session.history.clone();
        if let Some(sort) = session.sort.as_deref() {
            s.doc.set_sort(sort_named(sort));
        }
        if !session.filter.is_empty() {
            s.view.filter.set_text(&session.filter);
            s.doc.set_filter(&session.filter);
        }
        if let Some(t) = theme {
            self.state.view.theme_index = crate::theme::BUILTIN
                .iter()
                .position(|(n, _)| *n == t.name)
                .unwrap_or(self.state.view.theme_index);
            self.theme = t;
        }
        self.state.view.reading_marks = true;
        let mut r = r;
        r.pending = (session.selected.is_some() || session.open.is_some()).then(|| Pending {
            selected: session.selected,
            open: session.open,
            focus: session.focus.as_deref().map_or(Focus::List, focus_named),
        });
        self.reading = Some(r);
        self.reading_sync();
        self.state.refresh();
    }

    /// Attaches the articles loaded since the last call, sets their flags,
    /// brings the session back when its articles are there, and says what
    /// changed since the last visit once loading is complete.
    pub fn reading_sync(&mut self) {
        let Some(r) = &mut self.reading else { return };
        let s = &mut self.state;
        let from = r.state.attached();
        let n = s.doc.articles.len();
        if from < n {
            let mut flags = Vec::with_capacity(n - from);
            for i in from..n {
                let a = &s.doc.articles[i];
                r.state.attach(&a.rel, a.text.fingerprint());
                flags.push(r.state.flags(i as u32));
            }
            s.doc.set_reading_flags(from as u32, &flags);
            r.dirty = true;
            if let Some(p) = &r.pending {
                restore(r, s, p.clone(), from);
            }
        }
        if s.view.status.progress.done && !r.finished {
            r.finished = true;
            r.pending = None;
            let ch = r.state.finish();
            if r.state.had_previous() && s.view.status.message.is_none() {
                let text = match ch.summary() {
                    Some(t) => format!("since the last visit: {t}"),
                    None => "nothing new since the last visit".to_string(),
                };
                s.view.status.message = Some(Message { text, error: false });
            }
            r.dirty = true;
        }
    }

    /// A key came: the session is no longer brought back over what the
    /// user does; an article opened in the reader is marked read.
    pub fn reading_after_key(&mut self) {
        let Some(r) = &mut self.reading else { return };
        r.pending = None;
        r.dirty = true;
        let s = &mut self.state;
        match (s.view.focus, s.view.reader.open) {
            (Focus::Reader, Some(a)) if r.marked != Some(a) => {
                r.marked = Some(a);
                r.state.opened(a, crate::model::annotation::now_rfc3339());
                s.doc.set_reading_flags(a, &[r.state.flags(a)]);
            }
            (Focus::Reader, _) => {}
            _ => r.marked = None,
        }
    }

    /// `x` (read / unread) and `*` (star) on the open article in the
    /// reader, else the selected one.
    pub fn reading_toggle(&mut self, action: Action) {
        let s = &mut self.state;
        let target = match s.view.focus {
            Focus::Reader => s.view.reader.open,
            _ => s.selected(),
        };
        let Some(a) = target else { return };
        let Some(r) = &mut self.reading else {
            s.view.status.message = Some(Message {
                text: "no reading state (started with --no-state)".into(),
                error: true,
            });
            return;
        };
        let text = if action == Action::ToggleStar {
            if r.state.toggle_star(a) {
                "starred"
            } else {
                "star removed"
            }
        } else {
            let read = r.state.flags(a) & crate::model::reading::flags::READ == 0;
            r.state.set_read(a, read);
            if read { "marked read" } else { "marked unread" }
        };
        s.doc.set_reading_flags(a, &[r.state.flags(a)]);
        s.view.status.message = Some(Message {
            text: text.into(),
            error: false,
        });
        r.dirty = true;
        s.refresh();
    }

    /// Writes the state in the background when it changed and
    /// [`SAVE_AFTER`] has passed; collects a finished write.
    pub fn reading_tick(&mut self) {
        self.reading_sync();
        let Some(r) = &mut self.reading else { return };
        if r.writer.as_ref().is_some_and(|w| w.is_finished()) {
            let w = r.writer.take().expect("checked");
            collect(r, &mut self.state, w);
        }
        if r.dirty && r.writer.is_none() && r.last_save.elapsed() >= SAVE_AFTER {
            let text = snapshot(r, &self.state, &self.theme.name);
            if let Some(mut f) = r.file.take() {
                r.dirty = false;
                r.last_save = Instant::now();
                r.writer = std::thread::Builder::new()
                    .name("liseuse-state".into())
                    .spawn(move || {
                        let res = f.write(&text);
                        (f, res)
                    })
                    .ok();
            }
        }
    }

    /// Writes the state now (quit, SIGTERM, SIGHUP); problems go to the
    /// exit report.
    pub fn reading_flush(&mut self) {
        let Some(r) = &mut self.reading else { return };
        if let Some(w) = r.writer.take() {
            collect(r, &mut self.state, w);
        }
        let text = snapshot(r, &self.state, &self.theme.name);
        if let Some(f) = &mut r.file
            && let Err(e) = f.write(&text)
        {
            self.exit
                .lines
                .push(format!("reading state not saved: {e}"));
        }
    }
}

/// Takes back the file from a finished background write and reports a
/// failure in the status line.
fn collect(r: &mut Reading, s: &mut AppState, w: Writer) {
    match w.join() {
        Ok((f, res)) => {
            r.file = Some(f);
            match res {
                Ok(None) => {}
                Ok(Some(said)) => {
                    s.view.status.message = Some(Message {
                        text: said,
                        error: true,
                    })
                }
                Err(e) => {
                    r.dirty = true;
                    s.view.status.message = Some(Message {
                        text: format!("reading state not saved: {e}"),
                        error: true,
                    })
                }
            }
        }
        Err(_) => {
            s.view.status.message = Some(Message {
                text: "reading state not saved: the writer failed".into(),
                error: true,
            })
        }
    }
}

/// The session and positions of the reader, put into the state, as file
/// text.
fn snapshot(r: &mut Reading, s: &AppState, theme: &str) -> String {
    let doc = &s.doc;
    let rel = |a: u32| doc.articles.get(a as usize).map(|x| x.rel.clone());
    let mut places: Vec<(u32, crate::state::ReadingPlace)> = s
        .view
        .reader
        .positions
        .iter()
        .map(|(&a, &p)| (a, p))
        .collect();
    if let Some(a) = s.view.reader.open {
        places.push((a, (s.view.reader.anchor, s.view.reader.cursor)));
    }
    for (a, (anchor, cursor)) in places {
        let Some(art) = doc.articles.get(a as usize) else {
            continue;
        };
        let text = &art.text;
        let p = Position {
            paragraph: anchor.map(|(p, _)| p),
            offset: anchor.map(|(_, off)| chars_of(text, off)),
            cursor: cursor.map(|c| chars_of(text, c)),
        };
        // an article only previewed keeps no place
        let at_top = p.paragraph.unwrap_or(0) == 0
            && p.offset.unwrap_or(0) == 0
            && p.cursor.unwrap_or(0) == 0;
        if !at_top || r.state.position(a).is_some() {
            r.state.set_position(a, Some(p));
        }
    }
    let mut session = r.state.session.clone();
    session.filter = doc.filter.input.clone();
    session.selected = s.selected().and_then(rel);
    session.open = s.view.reader.open.and_then(rel);
    session.sort = Some(doc.sort.name().to_string());
    session.focus = Some(focus_name(s.view.focus).to_string());
    session.theme = Some(theme.to_string());
    session.history = Vec::new();
    for q in &s.view.filter.history {
        ReadingState::push_history(&mut session.history, q);
    }
    r.state.session = session;
    let complete = s.view.status.progress.done;
    let entries = r.state.entries_to_save(complete);
    let now = crate::model::annotation::now_rfc3339();
    file::to_toml(Some(&now), &r.state.session, &entries)
}

/// Brings the session back for the articles attached from `from` on.
fn restore(r: &mut Reading, s: &mut AppState, p: Pending, from: usize) {
    let n = s.doc.articles.len();
    let find = |name: &Option<String>| {
        let name = name.as_deref()?;
        (from..n)
            .find(|&i| s.doc.articles[i].rel == name)
            .map(|i| i as u32)
    };
    let (sel, open) = (find(&p.selected), find(&p.open));
    if sel.is_none() && open.is_none() {
        return;
    }
    if let Some(a) = open.or(sel) {
        let want = sel.unwrap_or(a);
        if let Some(i) = s.doc.visible.iter().position(|&v| v == want) {
            s.view.list.sel = i;
        }
        // the list shows another result until the filter's evaluation ends
        if s.doc.filtering() {
            s.view.list.select_after = Some(want);
        }
    }
    if let Some(a) = open {
        // shown afresh, at the restored place
        if s.view.reader.open == Some(a) {
            s.view.reader.open = None;
            s.view.reader.wrap = None;
        }
        // the place it was left, if it is still inside the text
        if r.state.seen(a) == Some(Seen::Same)
            && let Some(pos) = r.state.position(a)
        {
            let art = s.doc.article(a);
            let anchor = match (pos.paragraph, pos.offset) {
                (Some(pi), Some(off)) if (pi as usize) < art.paragraphs.len() => {
                    byte_of(&art.text, off).map(|b| (pi, b))
                }
                _ => None,
            };
            let cursor = pos.cursor.and_then(|c| byte_of(&art.text, c));
            s.view.reader.positions.insert(a, (anchor, cursor));
        }
        if p.focus == Focus::Reader {
            r.marked = Some(a);
            crate::update::open_article(s, a);
        }
    }
    if p.focus != Focus::Reader {
        s.view.focus = p.focus;
    }
    // done once the open article (or, without one, the selected) is back
    if open.is_some() || p.open.is_none() {
        r.pending = None;
    }
    s.refresh();
    // before the first frame there is no list height to scroll by
    if s.view.panes.area.height > 0 {
        crate::update::keep_visible(s);
    }
}

//! The run loop: event → action → update → effects → draw. Generic over
//! the ratatui backend, so `liseuse replay` and the tests drive the same
//! loop on a `TestBackend`.

pub mod reading;

use crate::keymap::{Context, Keymap};
use crate::keys::Key;
use crate::model::corrections::file::CorrectionFile;
use crate::model::loader::{LoadEvent, Loader};
use crate::model::store::{Saved, Store, resolve_links};
use crate::state::{AppState, Focus, Message};
use crate::theme::{BUILTIN, Theme};
use crate::ui::{self, Ctx};
use crate::update::{self, Effect};
use crossterm::event::{self, Event, KeyEvent, KeyEventKind};
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a save in the reader waits for another instance's lock before
/// it gives up and retries later (the screen never freezes longer).
pub const UI_LOCK_WAIT: Duration = Duration::from_millis(150);
/// How often a failed save is retried while nothing else happens.
pub const RETRY_EVERY: Duration = Duration::from_secs(2);
/// How long the last save before exiting waits for the lock.
const EXIT_LOCK_WAIT: Duration = Duration::from_millis(1000);

/// The work a filter evaluation does between two looks at the clock
/// (index look-ups or articles checked: a phrase's check may read texts
/// not yet in memory, a fraction of a millisecond each).
pub const FILTER_STEP: usize = 8;
/// How long the work between keys runs between two looks at the keys:
/// the filter evaluation first, then the open corpus views, all within
/// this one slice (each unit of work may overrun it by its own length).
pub const SLICE: Duration = Duration::from_millis(4);

/// What the process should say and return once the terminal is restored.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ExitReport {
    /// Lines for stderr.
    pub lines: Vec<String>,
    /// 0, or 1 when annotation changes could not be kept anywhere (or the
    /// user chose to drop them).
    pub code: i32,
}

/// The app: state plus what views need (theme, keymap) and the loader.
pub struct App {
    pub state: AppState,
    pub keymap: Keymap,
    pub theme: Theme,
    pub no_color: bool,
    pub loader: Option<Loader>,
    /// The annotation file (None: annotations live in memory only).
    pub store: Option<Store>,
    /// The entity corrections file, beside the annotation file (None:
    /// corrections live in memory only).
    pub fixes: Option<CorrectionFile>,
    /// Test-only: panic on the first key (`LISEUSE_TEST_PANIC=1`), to
    /// prove the terminal is restored.
    pub panic_on_key: bool,
    /// `y` may write the clipboard (OSC 52): off unless the config says
    /// `clipboard = true`.
    pub clipboard: bool,
    /// An article to edit once the terminal can be handed over.
    pending_edit: Option<u32>,
    /// What to print and return after the terminal is restored.
    pub exit: ExitReport,
    /// The reading state (None: `--no-state`, replay and tests).
    pub reading: Option<reading::Reading>,
    /// The user chose "quit anyway": the unsaved changes are dropped.
    discard: bool,
    last_retry: Instant,
    /// The unsaved annotations as TOML while a save is failing, for the
    /// hang-up watchdog (which ends the process if the loop is stuck).
    snapshot: Arc<Mutex<Option<String>>>,
}

impl App {
    /// The keymap context of the room that has the keys.
    pub fn context(&self) -> Context {
        Context::of(self.state.view.room())
    }

    /// Handles one key press; returns whether to quit.
    pub fn handle_key(&mut self, ev: KeyEvent) -> bool {
        if self.panic_on_key {
            panic!("test panic requested by LISEUSE_TEST_PANIC");
        }
        if self.state.view.status.quit_prompt.is_some() {
            return self.quit_prompt_key(ev);
        }
        if self.state.fixing.prompt.is_some() {
            let fx = update::fixing::prompt_key(&mut self.state, ev);
            return self.apply(fx);
        }
        let ctx = self.context();
        match self.keymap.lookup(ctx, Key::from_event(&ev)) {
            Some(a @ (crate::action::Action::ToggleRead | crate::action::Action::ToggleStar)) => {
                self.reading_toggle(a);
                false
            }
            Some(action) => {
                let fx = update::update(&mut self.state, action);
                let quit = self.apply(fx);
                self.reading_after_key();
                quit
            }
            None if ctx == Context::Filter => {
                update::filter_input(&mut self.state, ev);
                false
            }
            None if ctx == Context::Editor => {
                update::editor_input(&mut self.state, ev);
                false
            }
            None => false,
        }
    }

    fn apply(&mut self, fx: Vec<Effect>) -> bool {
        let mut quit = false;
        for e in fx {
            match e {
                Effect::Quit => quit = self.request_quit(),
                Effect::SaveAnnotations => self.save(),
                Effect::SaveCorrections => self.save_corrections(),
                Effect::OpenExternal(t) => {
                    self.state.view.status.message = Some(outcome(crate::external::open(&t)))
                }
                Effect::Copy(text) => {
                    self.state.view.status.message = Some(outcome(if self.clipboard {
                        crate::external::copy(&text)
                    } else {
                        Err("copying is off: add `clipboard = true` to config.toml".into())
                    }))
                }
                Effect::EditArticle(a) => self.pending_edit = Some(a),
                Effect::NextTheme => {
                    let v = &mut self.state.view;
                    v.theme_index = (v.theme_index + 1) % BUILTIN.len();
                    self.theme = Theme::builtin(BUILTIN[v.theme_index].0, self.no_color)
                        .unwrap_or_else(|| Theme::fallback(self.no_color));
                    v.status.message = Some(crate::state::Message {
                        text: format!("theme: {}", self.theme.name),
                        error: false,
                    });
                }
            }
        }
        quit
    }

    /// Saves the annotations; a failure becomes the persistent "N changes
    /// not saved" state of the status line, retried on the next change and
    /// every [`RETRY_EVERY`] (the annotations stay in memory).
    pub fn save(&mut self) {
        let Some(store) = &mut self.store else { return };
        let was_pending = store.is_pending();
        match store.save(&mut self.state.notes) {
            // a retry that went through replaces the error it follows
            Ok(Saved::File(p)) if was_pending => {
                self.state.view.status.message = Some(Message {
                    text: format!("annotations saved to {}", p.display()),
                    error: false,
                })
            }
            Ok(Saved::File(_)) => {}
            Ok(Saved::Recovery(p)) => {
                let why = store
                    .read_only()
                    .map(|ro| ro.reason.clone())
                    .unwrap_or_default();
                self.state.view.status.message = Some(Message {
                    text: format!(
                        "annotation file not written ({why}): saved to {}",
                        p.display()
                    ),
                    error: true,
                })
            }
            Err(e) => {
                self.state.view.status.message = Some(Message {
                    text: e.to_string(),
                    error: true,
                })
            }
        }
        self.last_retry = Instant::now();
        self.refresh_unsaved();
        self.state.refresh_facts();
    }

    /// Saves the entity corrections; a failure is said in the status line
    /// (the corrections stay in force, and the next change retries).
    pub fn save_corrections(&mut self) {
        let Some(file) = &mut self.fixes else { return };
        let before = self.state.fixing.corrections.clone();
        match file.save(&mut self.state.fixing.corrections) {
            // another instance's corrections were merged in: apply them too
            Ok(()) if self.state.fixing.corrections != before => {
                update::fixing::apply(&mut self.state);
                self.state.fixing.pending_save = false;
            }
            Ok(()) => {}
            Err(e) => {
                self.state.view.status.message = Some(Message {
                    text: format!(
                        "entity corrections not saved: {}",
                        crate::sanitize::clean(&e)
                    ),
                    error: true,
                })
            }
        }
    }

    /// How many annotation changes are not saved (0 when none).
    pub fn unsaved_count(&self) -> usize {
        match &self.store {
            Some(st) if st.is_pending() => self.state.notes.touched().len().max(1),
            _ => 0,
        }
    }

    /// Sets the status line's unsaved state and the watchdog's snapshot
    /// from the store.
    fn refresh_unsaved(&mut self) {
        let n = self.unsaved_count();
        let text = (n > 0).then(|| {
            let why = self
                .store
                .as_ref()
                .and_then(|s| s.last_error())
                .unwrap_or("the save failed");
            format!(
                "{n} change{} not saved: {why}",
                if n == 1 { "" } else { "s" }
            )
        });
        if text.is_none() {
            self.state.view.status.quit_prompt = None;
        }
        self.state.view.status.unsaved = text;
        let snap = (n > 0).then(|| crate::model::store::to_toml(self.state.notes.sorted()));
        if let Ok(mut g) = self.snapshot.lock() {
            *g = snap;
        }
    }

    /// Retries a failed save when [`RETRY_EVERY`] has passed; returns
    /// whether it tried.
    pub fn retry_if_due(&mut self) -> bool {
        if self.unsaved_count() > 0 && self.last_retry.elapsed() >= RETRY_EVERY {
            self.save();
            return true;
        }
        false
    }

    /// `q`: quits at once when everything is saved; else retries, and if
    /// that fails asks what to do.
    /// Why entity corrections made are not saved yet, if they are not.
    fn corrections_unsaved(&self) -> Option<&str> {
        self.fixes.as_ref().and_then(CorrectionFile::failed)
    }

    /// Whether anything made in this session is not saved yet.
    fn anything_unsaved(&self) -> bool {
        self.unsaved_count() > 0 || self.corrections_unsaved().is_some()
    }

    /// Saves what is not saved yet (annotations, entity corrections).
    fn save_all(&mut self) {
        if self.unsaved_count() > 0 {
            self.save();
        }
        if self.corrections_unsaved().is_some() {
            self.save_corrections();
        }
    }

    fn request_quit(&mut self) -> bool {
        if !self.anything_unsaved() {
            return true;
        }
        self.save_all();
        if !self.anything_unsaved() {
            return true;
        }
        self.ask_before_quitting(None);
        false
    }

    fn ask_before_quitting(&mut self, problem: Option<String>) {
        let n = self.unsaved_count();
        let why = self
            .store
            .as_ref()
            .and_then(|s| s.last_error())
            .unwrap_or("the save failed");
        let mut q = if n > 0 {
            format!(
                "{n} change{} not saved ({why}): r retry · s save elsewhere · Q quit and lose {} · Esc stay",
                if n == 1 { "" } else { "s" },
                if n == 1 { "it" } else { "them" }
            )
        } else {
            "r retry · Q quit and lose them · Esc stay".to_string()
        };
        if let Some(why) = self.corrections_unsaved() {
            q = format!("entity corrections not saved ({why}) · {q}");
        }
        if let Some(p) = problem {
            q = format!("{p} · {q}");
        }
        self.state.view.status.quit_prompt = Some(q);
    }

    /// A key while the quit question is shown; returns whether to quit.
    fn quit_prompt_key(&mut self, ev: KeyEvent) -> bool {
        use crossterm::event::KeyCode;
        match ev.code {
            KeyCode::Char('r') => {
                self.save_all();
                if !self.anything_unsaved() {
                    return true;
                }
                self.ask_before_quitting(None);
            }
            KeyCode::Char('s') if self.unsaved_count() > 0 => match self.write_recovery() {
                Ok(()) => return true,
                Err(e) => self.ask_before_quitting(Some(e)),
            },
            KeyCode::Char('Q') => {
                let n = self.unsaved_count();
                self.discard = true;
                self.exit.code = 1;
                if n > 0 {
                    self.exit.lines.push(format!(
                        "{n} annotation change{} not saved: you chose to quit without them",
                        if n == 1 { " was" } else { "s were" }
                    ));
                }
                if self.corrections_unsaved().is_some() {
                    self.exit.lines.push(
                        "entity corrections were not saved: you chose to quit without them".into(),
                    );
                }
                return true;
            }
            KeyCode::Esc => self.state.view.status.quit_prompt = None,
            _ => {}
        }
        false
    }

    /// Entity corrections that still cannot be saved go to stderr, the
    /// last place left, as the TOML their file would hold; the exit status
    /// says so.
    fn report_unsaved_corrections(&mut self) {
        let (Some(why), Some(f)) = (self.corrections_unsaved(), &self.fixes) else {
            return;
        };
        let line = format!(
            "entity corrections not saved ({why}); put this in {} to keep them:\n{}",
            f.path().display(),
            crate::model::corrections::file::to_toml(self.state.fixing.corrections.list())
        );
        self.exit.code = 1;
        self.exit.lines.push(line);
    }

    /// Writes every annotation to a new recovery file (state folder first)
    /// and records it for the exit report.
    fn write_recovery(&mut self) -> Result<(), String> {
        let Some(store) = &self.store else {
            return Ok(());
        };
        let n = self.unsaved_count();
        match store.save_to_recovery(&self.state.notes) {
            Ok(p) => {
                self.discard = true;
                self.exit.lines.push(format!(
                    "{n} unsaved annotation change{} written to {} (with all the others); \
                     merge it back with: liseuse annotations --merge {} --annotations {}",
                    if n == 1 { "" } else { "s" },
                    p.display(),
                    p.display(),
                    store.path().display()
                ));
                Ok(())
            }
            Err(e) => Err(format!("could not write a recovery file: {e}")),
        }
    }

    /// Before the process ends (quit, SIGTERM, SIGHUP): a note being typed
    /// is kept as if saved, a failed save is retried, and what still cannot
    /// be saved goes to a recovery file in the state folder. The outcome is
    /// in [`App::exit`].
    pub fn flush(&mut self) {
        if let Some(ed) = &self.state.view.editor.current
            && (!ed.note_text().trim().is_empty() || !ed.tag_list().is_empty())
        {
            let fx = update::update(&mut self.state, crate::action::Action::EditorSave);
            self.apply(fx.into_iter().filter(|e| *e != Effect::Quit).collect());
        }
        if !self.discard && self.corrections_unsaved().is_some() {
            if let Some(f) = &mut self.fixes {
                f.set_lock_wait(EXIT_LOCK_WAIT);
            }
            self.save_corrections();
            self.report_unsaved_corrections();
        }
        if self.discard || self.unsaved_count() == 0 {
            return;
        }
        if let Some(store) = &mut self.store {
            store.set_lock_wait(EXIT_LOCK_WAIT);
        }
        self.save();
        if self.unsaved_count() == 0 {
            return;
        }
        if let Err(e) = self.write_recovery() {
            // Nowhere to write: the annotations go to stderr, the last
            // place left, and the exit status says so.
            self.exit.code = 1;
            self.exit.lines.push(format!(
                "{e}; the unsaved annotations follow, as TOML:\n{}",
                crate::model::store::to_toml(self.state.notes.sorted())
            ));
        }
    }
    /// Delivers what the loader has sent; returns whether anything came.
    pub fn pump_loader(&mut self) -> bool {
        let Some(l) = &mut self.loader else {
            return false;
        };
        let events = l.poll();
        let any = !events.is_empty();
        for e in events {
            update::loaded(&mut self.state, e);
        }
        if self.loader.as_ref().is_some_and(Loader::is_done) {
            self.loader = None;
        }
        any
    }

    /// Waits until the loader has delivered everything.
    pub fn finish_loading(&mut self) {
        if let Some(mut l) = self.loader.take() {
            while let Some(e) = l.recv() {
                let done = matches!(e, LoadEvent::Done);
                update::loaded(&mut self.state, e);
                if done {
                    break;
                }
            }
        }
        self.reading_sync();
    }

    pub fn draw<B: Backend>(&mut self, terminal: &mut Terminal<B>) -> Result<(), B::Error> {
        let size = terminal.size()?;
        if self.state.view.panes.area.width != size.width
            || self.state.view.panes.area.height != size.height
        {
            update::resize(&mut self.state, size.width, size.height);
        }
        let ctx = Ctx {
            theme: &self.theme,
            keymap: &self.keymap,
        };
        if let Some(h) = self.state.view.help {
            // G scrolls to "far below": keep it at the last page, so k
            // moves up from what is shown
            let max = ui::help::max_scroll(self.state.view.panes.area, &ctx);
            self.state.view.help = Some(h.min(max));
        }
        terminal.draw(|f| ui::render(f, &self.state, &ctx))?;
        Ok(())
    }

    /// The interactive loop on a real terminal.
    pub fn run<B: Backend>(&mut self, terminal: &mut Terminal<B>) -> std::io::Result<()>
    where
        B::Error: Into<std::io::Error>,
    {
        // SIGTERM and SIGHUP end the loop cleanly: annotations are saved
        // and the terminal restored by the caller.
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
            signal_hook::flag::register(sig, stop.clone())?;
        }
        let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let target = self.store.as_ref().map(|s| s.path().to_path_buf());
        spawn_hangup_watchdog(stop.clone(), done.clone(), self.snapshot.clone(), target);
        // the filter is evaluated between keys, never blocking them
        self.state.doc.background = true;
        let r = self.run_until(terminal, &stop);
        self.flush();
        self.reading_flush();
        done.store(true, std::sync::atomic::Ordering::SeqCst);
        r
    }

    fn run_until<B: Backend>(
        &mut self,
        terminal: &mut Terminal<B>,
        stop: &std::sync::atomic::AtomicBool,
    ) -> std::io::Result<()>
    where
        B::Error: Into<std::io::Error>,
    {
        let mut dirty = true;
        loop {
            if stop.load(std::sync::atomic::Ordering::Relaxed) {
                return Ok(());
            }
            if self.pump_loader() {
                dirty = true;
            }
            // a cache that could not be written (full disk, read-only
            // folder) is said once in the status line
            if let Some(why) = crate::model::cache::take_write_problem() {
                update::loaded(&mut self.state, LoadEvent::Note(why));
                dirty = true;
            }
            self.reading_tick();
            if let Some(a) = self.pending_edit.take() {
                self.edit_article(a, terminal);
                dirty = true;
            }
            if self.retry_if_due() {
                dirty = true;
            }
            if self.background_step() {
                dirty = true;
            }
            if dirty {
                self.draw(terminal).map_err(Into::into)?;
                dirty = false;
            }
            let wait = if self.background_pending() {
                0
            } else if self.loader.is_some() {
                30
            } else {
                250
            };
            if !event::poll(Duration::from_millis(wait))? {
                continue;
            }
            // handle every pending event before drawing again
            loop {
                match event::read()? {
                    Event::Key(k) if k.kind == KeyEventKind::Press && self.handle_key(k) => {
                        return Ok(());
                    }
                    Event::Paste(p) if self.state.view.focus == Focus::Filter => {
                        update::filter_paste(&mut self.state, &p);
                    }
                    Event::Paste(p) if self.state.view.editor.current.is_some() => {
                        for c in p.chars().filter(|c| !c.is_control() || *c == '\n') {
                            let code = if c == '\n' {
                                crossterm::event::KeyCode::Enter
                            } else {
                                crossterm::event::KeyCode::Char(c)
                            };
                            update::editor_input(&mut self.state, KeyEvent::from(code));
                        }
                    }
                    Event::Resize(w, h) => update::resize(&mut self.state, w, h),
                    Event::Mouse(m) => update::mouse(&mut self.state, m),
                    _ => {}
                }
                dirty = true;
                if !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
    }
}

impl App {
    /// One slice of the work done between keys: a filter evaluation runs
    /// a few milliseconds at a time, and so do the counts and scans of the
    /// open corpus views, so that a key that comes meanwhile is handled at
    /// once (a new query drops the stale work). Returns whether the screen
    /// changed.
    pub fn background_step(&mut self) -> bool {
        let until = std::time::Instant::now() + SLICE;
        let left = || until.saturating_duration_since(std::time::Instant::now());
        let mut changed = false;
        while self.state.doc.filtering() && !changed {
            changed = update::filter_step(&mut self.state, FILTER_STEP);
            if left().is_zero() {
                break;
            }
        }
        // the views wait for the filter's result; the concordance's first
        // screen comes first, and it shares what is left of the slice with
        // a collocates count, so that neither starves the other
        if !left().is_zero() {
            let share = if update::collocates::counting(&self.state) {
                left() / 2
            } else {
                left()
            };
            changed |= update::concordance::step(&mut self.state, share);
        }
        if !left().is_zero() {
            changed |= update::collocates::step(&mut self.state, left());
        }
        changed
    }

    /// Whether work between keys is under way (the loop comes back to it
    /// at once).
    pub fn background_pending(&self) -> bool {
        self.state.doc.filtering()
            || update::collocates::counting(&self.state)
            || update::concordance::pending(&self.state)
    }
}

/// A message for the status line: what was done, or why it was not.
fn outcome(r: Result<String, String>) -> Message {
    match r {
        Ok(text) => Message { text, error: false },
        Err(text) => Message { text, error: true },
    }
}

impl App {
    /// Hands the terminal to `$EDITOR` on article `a`'s file, takes it
    /// back, and reloads the file's articles.
    fn edit_article<B: Backend>(&mut self, a: u32, terminal: &mut Terminal<B>) {
        use crossterm::{cursor, execute, terminal as term};
        let path = self.state.doc.article(a).path.clone();
        let mut out = std::io::stdout();
        let _ = execute!(out, term::LeaveAlternateScreen, cursor::Show);
        let _ = term::disable_raw_mode();
        let r = crate::external::edit(&path);
        let _ = term::enable_raw_mode();
        let _ = execute!(out, term::EnterAlternateScreen, cursor::Hide);
        let _ = terminal.clear();
        self.state.view.status.message = Some(match r.and_then(|()| self.reload(&path)) {
            Ok(n) => Message {
                text: format!(
                    "reloaded {n} article(s) from {}",
                    crate::sanitize::clean(&path.display().to_string())
                ),
                error: false,
            },
            Err(e) => Message {
                text: e,
                error: true,
            },
        });
    }

    /// Reads `path` again and replaces its articles (matched by name) in
    /// place; annotations re-anchor on the new text. Returns how many.
    pub fn reload(&mut self, path: &std::path::Path) -> Result<usize, String> {
        let doc = &mut self.state.doc;
        let Some(first) = doc.articles.iter().position(|x| x.path == path) else {
            return Ok(0);
        };
        let rel = doc.articles[first].rel.clone();
        let file_rel = match &doc.articles[first].item {
            Some(id) => rel
                .strip_suffix(&format!("#{id}"))
                .unwrap_or(&rel)
                .to_string(),
            None => rel,
        };
        let src = crate::model::corpus::Source {
            path: path.to_path_buf(),
            rel: file_rel,
        };
        let fresh =
            crate::model::corpus::load_articles(&src, crate::model::corpus::Limits::default())
                .map_err(|s| format!("could not reload: {}", s.reason))?;
        // the reading cursor is a byte offset: keep it as a char offset
        let open = self.state.view.reader.open;
        let cursor_chars = open.zip(self.state.view.reader.cursor).map(|(a, c)| {
            let t = &doc.articles[a as usize].text;
            t.char_indices()
                .take_while(|&(i, _)| i < c as usize)
                .count()
        });
        let mut n = 0;
        for new in fresh {
            if let Some(old) = doc
                .articles
                .iter_mut()
                .find(|x| x.path == path && x.rel == new.rel)
            {
                *old = new;
                n += 1;
            }
        }
        if let (Some(a), Some(chars)) = (open, cursor_chars) {
            let t = &doc.articles[a as usize].text;
            let b = t.char_indices().nth(chars).map_or(t.len(), |(i, _)| i);
            // past the end: the last char
            let b = if b == t.len() {
                t.char_indices().last().map_or(0, |(i, _)| i)
            } else {
                b
            };
            self.state.view.reader.cursor = Some(b as u32);
            self.state.view.reader.select_from = None;
        }
        self.state.view.annotations.anchors.clear();
        self.state.view.reader.wrap = None;
        self.state.view.reader.marks_key = None;
        self.state.refresh();
        Ok(n)
    }
}

/// When the terminal goes away (SIGHUP, e.g. a closed window or a killed
/// tmux session), crossterm 0.29 can spin inside `event::poll` forever on
/// the dead tty (crossterm issue #793), so the loop never sees the signal.
/// Annotations are saved on every change, so once a signal came and the
/// loop has not ended within a grace period, this thread ends the process
/// rather than let it burn a core as an orphan; annotations whose save
/// failed (`snapshot`) are first written to a recovery file.
fn spawn_hangup_watchdog(
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    done: std::sync::Arc<std::sync::atomic::AtomicBool>,
    snapshot: Arc<Mutex<Option<String>>>,
    target: Option<std::path::PathBuf>,
) {
    use std::sync::atomic::Ordering;
    let _ = std::thread::Builder::new()
        .name("liseuse-hangup".into())
        .spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                if done.load(Ordering::SeqCst) {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            for _ in 0..30 {
                std::thread::sleep(Duration::from_millis(100));
                if done.load(Ordering::SeqCst) {
                    return;
                }
            }
            let pending = snapshot.lock().ok().and_then(|g| g.clone());
            let (Some(text), Some(target)) = (pending, target) else {
                std::process::exit(0);
            };
            match crate::model::store::recovery::write_new(&target, &text) {
                Ok(p) => {
                    eprintln!(
                        "liseuse: unsaved annotations written to {}; merge them back with: \
                         liseuse annotations --merge {} --annotations {}",
                        p.display(),
                        p.display(),
                        target.display()
                    );
                    std::process::exit(0);
                }
                Err(e) => {
                    eprintln!("liseuse: could not write the unsaved annotations ({e}):\n{text}");
                    std::process::exit(1);
                }
            }
        });
}

/// Builds the app for a corpus: the embedded seeds when `paths` is empty
/// (loaded at once), else a background loader.
pub fn build(
    paths: Vec<std::path::PathBuf>,
    limits: crate::model::corpus::Limits,
    theme: Theme,
    keymap: Keymap,
    no_color: bool,
) -> App {
    build_with(paths, limits, theme, keymap, no_color, None)
}

/// Like [`build`], with annotations kept in `annotations` (a TOML file;
/// `None`: in memory only, as in `replay` and tests).
pub fn build_with(
    paths: Vec<std::path::PathBuf>,
    limits: crate::model::corpus::Limits,
    theme: Theme,
    keymap: Keymap,
    no_color: bool,
    annotations: Option<std::path::PathBuf>,
) -> App {
    build_cached(paths, limits, theme, keymap, no_color, annotations, false)
}

/// Like [`build_with`], loading through the analysis cache when `cached`
/// (see [`crate::model::cache`]).
pub fn build_cached(
    paths: Vec<std::path::PathBuf>,
    limits: crate::model::corpus::Limits,
    theme: Theme,
    keymap: Keymap,
    no_color: bool,
    annotations: Option<std::path::PathBuf>,
    cached: bool,
) -> App {
    use crate::model::corrections::file;
    use crate::model::{Document, corpus};
    // the corrections first: the loader applies them as it goes
    let (fixes, corrections) = match &annotations {
        Some(path) => {
            let (mut f, c) = CorrectionFile::open(file::beside(&resolve_links(path)));
            f.set_lock_wait(UI_LOCK_WAIT);
            (Some(f), c)
        }
        None => (None, Default::default()),
    };
    let (mut doc, loader) = if paths.is_empty() {
        (Document::new(corpus::embedded(), Vec::new()), None)
    } else {
        (
            Document::default(),
            Some(Loader::spawn_with(
                paths,
                limits,
                cached,
                corrections.clone(),
            )),
        )
    };
    if loader.is_none() {
        doc.apply_corrections(&corrections);
    } else {
        doc.corrections_loaded(&corrections);
    }
    let mut state = AppState::new(doc);
    state.fixing.corrections = corrections;
    if let Some(p) = fixes.as_ref().and_then(CorrectionFile::problem) {
        state.view.status.message = Some(Message {
            text: format!(
                "entity corrections will not be saved: {}",
                crate::sanitize::clean(p)
            ),
            error: true,
        });
    }
    state.view.status.progress.done = loader.is_none();
    state.view.theme_index = BUILTIN
        .iter()
        .position(|(n, _)| *n == theme.name)
        .unwrap_or(0);
    let store = annotations.map(|path| {
        let (mut store, set) = Store::open(path);
        store.set_lock_wait(UI_LOCK_WAIT);
        state.notes = set;
        state.view.annotations.file = Some(store.path().display().to_string());
        if let Some(ro) = store.read_only() {
            state.view.status.message = Some(Message {
                text: format!(
                    "{}; new annotations go to {}",
                    ro.reason,
                    ro.recovery.display()
                ),
                error: true,
            });
        } else if let Some(p) = store.problems().first() {
            state.view.status.message = Some(Message {
                text: format!(
                    "{} problem(s) in {}: {p}",
                    store.problems().len(),
                    store.path().display()
                ),
                error: true,
            });
        }
        state.refresh_facts();
        store
    });
    App {
        state,
        keymap,
        theme,
        no_color,
        loader,
        store,
        fixes,
        panic_on_key: false,
        clipboard: false,
        pending_edit: None,
        exit: ExitReport::default(),
        reading: None,
        discard: false,
        last_retry: Instant::now(),
        snapshot: Arc::new(Mutex::new(None)),
    }
}

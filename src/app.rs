//! The run loop: event → action → update → effects → draw. Generic over
//! the ratatui backend, so `liseuse replay` and the tests drive the same
//! loop on a `TestBackend`.

use crate::keymap::{Context, Keymap};
use crate::keys::Key;
use crate::model::loader::{LoadEvent, Loader};
use crate::state::{AppState, Focus};
use crate::theme::{BUILTIN, Theme};
use crate::ui::{self, Ctx};
use crate::update::{self, Effect};
use crossterm::event::{self, Event, KeyEvent, KeyEventKind};
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::time::Duration;

/// The app: state plus what views need (theme, keymap) and the loader.
pub struct App {
    pub state: AppState,
    pub keymap: Keymap,
    pub theme: Theme,
    pub no_color: bool,
    pub loader: Option<Loader>,
}

impl App {
    /// The keymap context of the current focus.
    pub fn context(&self) -> Context {
        if self.state.view.help.is_some() {
            return Context::Help;
        }
        match self.state.view.focus {
            Focus::List => Context::List,
            Focus::Reader => Context::Reader,
            Focus::Sidebar => Context::Sidebar,
            Focus::Filter => Context::Filter,
        }
    }

    /// Handles one key press; returns whether to quit.
    pub fn handle_key(&mut self, ev: KeyEvent) -> bool {
        let ctx = self.context();
        match self.keymap.lookup(ctx, Key::from_event(&ev)) {
            Some(action) => {
                let fx = update::update(&mut self.state, action);
                self.apply(fx)
            }
            None if ctx == Context::Filter => {
                update::filter_input(&mut self.state, ev);
                false
            }
            None => false,
        }
    }

    fn apply(&mut self, fx: Vec<Effect>) -> bool {
        let mut quit = false;
        for e in fx {
            match e {
                Effect::Quit => quit = true,
                Effect::NextTheme => {
                    let v = &mut self.state.view;
                    v.theme_index = (v.theme_index + 1) % BUILTIN.len();
                    self.theme = Theme::builtin(BUILTIN[v.theme_index].0, self.no_color)
                        .unwrap_or_else(|| Theme::fallback(self.no_color));
                    v.message = Some(crate::state::Message {
                        text: format!("theme: {}", self.theme.name),
                        error: false,
                    });
                }
            }
        }
        quit
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
        terminal.draw(|f| ui::render(f, &self.state, &ctx))?;
        Ok(())
    }

    /// The interactive loop on a real terminal.
    pub fn run<B: Backend>(&mut self, terminal: &mut Terminal<B>) -> std::io::Result<()>
    where
        B::Error: Into<std::io::Error>,
    {
        let mut dirty = true;
        loop {
            if self.pump_loader() {
                dirty = true;
            }
            if dirty {
                self.draw(terminal).map_err(Into::into)?;
                dirty = false;
            }
            let wait = if self.loader.is_some() { 30 } else { 500 };
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
                    Event::Resize(w, h) => update::resize(&mut self.state, w, h),
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

/// Builds the app for a corpus: the embedded seeds when `paths` is empty
/// (loaded at once), else a background loader.
pub fn build(
    paths: Vec<std::path::PathBuf>,
    limits: crate::model::corpus::Limits,
    theme: Theme,
    keymap: Keymap,
    no_color: bool,
) -> App {
    use crate::model::{Document, corpus};
    let (doc, loader) = if paths.is_empty() {
        (Document::new(corpus::embedded(), Vec::new()), None)
    } else {
        (Document::default(), Some(Loader::spawn(paths, limits)))
    };
    let mut state = AppState::new(doc);
    state.view.progress.done = loader.is_none();
    state.view.theme_index = BUILTIN
        .iter()
        .position(|(n, _)| *n == theme.name)
        .unwrap_or(0);
    App {
        state,
        keymap,
        theme,
        no_color,
        loader,
    }
}

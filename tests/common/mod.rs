//! Helpers shared by the integration tests: an app on the embedded seeds,
//! driven by a key script, drawn on a TestBackend.
#![allow(dead_code)]

use liseuse::app::{self, App};
use liseuse::keymap::Keymap;
use liseuse::keys::parse_keys;
use liseuse::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The app on the embedded sample articles.
pub fn seeds_app() -> App {
    app::build(
        Vec::new(),
        Default::default(),
        Theme::fallback(false),
        Keymap::default(),
        false,
    )
}

/// The app on `paths`, loaded to the end.
pub fn app_on(paths: Vec<std::path::PathBuf>, limits: liseuse::model::corpus::Limits) -> App {
    let mut app = app::build(
        paths,
        limits,
        Theme::fallback(false),
        Keymap::default(),
        false,
    );
    app.finish_loading();
    app
}

/// Plays `keys` (vim notation) on `app`, drawing after each key like the
/// real loop; returns whether a key asked to quit.
pub fn play(app: &mut App, term: &mut Terminal<TestBackend>, keys: &str) -> bool {
    for k in parse_keys(keys).unwrap() {
        if app.handle_key(k.to_event()) {
            return true;
        }
        app.draw(term).unwrap();
    }
    false
}

pub fn terminal(w: u16, h: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(w, h)).unwrap()
}

/// The screen as text.
pub fn screen(term: &Terminal<TestBackend>) -> String {
    liseuse::cli::replay::buffer_text(term.backend().buffer())
}

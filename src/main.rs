use clap::Parser;
use liseuse::cli::{self, Cli, Command};
use liseuse::config::{Config, config_dir};
use liseuse::theme::Theme;

fn main() {
    // a bug in the entity rules costs one article its entities, quietly
    // counted and reported, not the whole load
    liseuse::model::entities::quiet_isolated_panics();
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(Command::Entities(a)) => cli::entities::run(a),
        Some(Command::Filter(a)) => cli::filter::run(a),
        Some(Command::Replay(a)) => cli::replay::run(a),
        Some(Command::Annotations(a)) => cli::annotations::run(a),
        Some(Command::Stats(a)) => cli::stats::run(a),
        Some(Command::Kwic(a)) => cli::kwic::run(a),
        Some(Command::Timeline(a)) => cli::timeline::run(a),
        Some(Command::Collocates(a)) => cli::collocates::run(a),
        Some(Command::Cache(a)) => cli::cache::run(a),
        None => interactive(&cli),
    };
    // a cache file being written in the background is finished first
    liseuse::model::cache::wait_for_writes();
    if let Some(why) = liseuse::model::cache::take_write_problem() {
        eprintln!("liseuse: {}", liseuse::sanitize::clean(&why));
    }
    // a bug in the entity rules that cost articles their entities
    // (already in the reader's status line; said here for every command)
    if let Some(line) = liseuse::model::entities::failures_line() {
        eprintln!("liseuse: {line}");
    }
    if let Err(e) = result {
        eprintln!("liseuse: {e}");
        std::process::exit(1);
    }
}

/// The reader: config and theme first (errors are reported and the
/// defaults used), then the terminal.
fn interactive(cli: &Cli) -> Result<(), String> {
    cli.corpus.check_paths()?;
    cli::need_terminal(
        cli.corpus
            .paths
            .iter()
            .any(|p| p.as_os_str() == liseuse::model::corpus::STDIN),
    )?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dir = config_dir();
    let mut warnings = Vec::new();
    let config = Config::load(dir.as_deref()).unwrap_or_else(|e| {
        warnings.push(e);
        Config::default()
    });
    let spec = cli
        .theme
        .clone()
        .or(config.theme.clone())
        .unwrap_or_else(|| "default".into());
    let theme = Theme::load(&spec, dir.as_deref(), no_color).unwrap_or_else(|e| {
        warnings.push(format!("{e}; using the default theme"));
        Theme::fallback(no_color)
    });
    let annotations = cli
        .annotations
        .clone()
        .unwrap_or_else(|| liseuse::model::store::default_path(&cli.corpus.paths));
    let mut app = liseuse::app::build_cached(
        cli.corpus.paths.clone(),
        cli.corpus.limits(),
        theme,
        config.keymap,
        no_color,
        Some(annotations),
        !cli.corpus.no_cache,
    );
    app.clipboard = config.clipboard;
    if !cli.no_state {
        let (reading, problem) = liseuse::reading::Reading::open(&cli.corpus.paths);
        // the last session's theme, unless one was asked for
        let saved = reading.state.session.theme.clone();
        let theme = saved
            .filter(|_| cli.theme.is_none())
            .and_then(|t| Theme::load(&t, dir.as_deref(), no_color).ok());
        app.attach_reading(reading, theme);
        warnings.extend(problem);
    }
    app.panic_on_key = std::env::var_os("LISEUSE_TEST_PANIC").is_some_and(|v| v == "1");
    if let Some(w) = warnings.first() {
        app.state.view.status.message = Some(liseuse::state::Message {
            text: w.clone(),
            error: true,
        });
    }
    for w in &warnings {
        eprintln!("liseuse: {w}");
    }
    let mouse = cli.mouse;
    let result = ratatui::run(|terminal| {
        // (over the hook that restores the terminal: a caught panic in
        // the background loader must leave the reader's screen alone)
        liseuse::model::entities::quiet_isolated_panics();
        use crossterm::event::{
            DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
        };
        let _ = crossterm::execute!(std::io::stdout(), EnableBracketedPaste);
        if mouse {
            let _ = crossterm::execute!(std::io::stdout(), EnableMouseCapture);
        }
        let r = app.run(terminal);
        let _ = crossterm::execute!(
            std::io::stdout(),
            DisableBracketedPaste,
            DisableMouseCapture
        );
        r
    });
    if cli.verbose {
        cli::report_skipped(&app.state.doc.skipped);
    }
    // After the terminal is restored: what happened to unsaved annotations.
    for line in &app.exit.lines {
        eprintln!("liseuse: {line}");
    }
    result.map_err(|e| e.to_string())?;
    if app.exit.code != 0 {
        liseuse::model::cache::wait_for_writes();
        std::process::exit(app.exit.code);
    }
    Ok(())
}

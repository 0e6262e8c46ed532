//! `liseuse replay --keys KEYS [--size WxH] [--timings] [PATH...]`: runs the
//! real app on a virtual terminal (ratatui's `TestBackend`), plays a key
//! script in vim notation once loading is complete, and prints the final
//! screen as plain text. With `--timings`, JSON lines on stderr: the first
//! frame (`{"first_frame_us":…}`, drawn before the corpus is read), the end
//! of loading (`{"loaded_us":…,"articles":…}`), one line per key
//! (`{"key":"a","update_us":123,"render_us":456}`), and the peak memory
//! (`{"peak_rss_bytes":…}`).

use super::CorpusArgs;
use crate::app;
use crate::keys::{format_key, parse_keys};
use clap::Args;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use std::time::Instant;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// Keys to play, vim notation: j, G, <Enter>, <Esc>, <Tab>, <S-Tab>,
    /// <C-d>, <Down>, <Space>; other characters are typed as they are.
    #[arg(long)]
    pub keys: String,
    /// Virtual terminal size.
    #[arg(long, default_value = "120x40", value_parser = parse_size)]
    pub size: (u16, u16),
    /// Print per-key update and render times (JSON lines on stderr).
    #[arg(long)]
    pub timings: bool,
    /// Play the keys as the reader gets them: the filter, the concordance
    /// and the collocates work between keys, a slice at a time (each slice
    /// timed with `--timings`: `{"step_us":…}`), instead of at once inside
    /// the key that asked for them.
    #[arg(long)]
    pub live: bool,
    /// Theme name or path.
    #[arg(long)]
    pub theme: Option<String>,
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("size \"{s}\" should be WIDTHxHEIGHT, e.g. 120x40"))?;
    let w = w.parse().map_err(|_| format!("bad width in \"{s}\""))?;
    let h = h.parse().map_err(|_| format!("bad height in \"{s}\""))?;
    Ok((w, h))
}

/// What [`replay`] measures, as it happens.
pub enum Timing {
    /// From the start of the app to its first frame.
    FirstFrame(u128),
    /// From the start of the app to the end of loading.
    Loaded { us: u128, articles: usize },
    /// One key: its update and its redraw, in microseconds.
    Key {
        key: String,
        update_us: u128,
        render_us: u128,
    },
    /// One slice of work between keys (`--live`), with its redraw when it
    /// changed the screen, in microseconds: a key that comes meanwhile
    /// waits at most that long.
    Step { us: u128 },
}

/// Runs a script and returns the final screen as text (one line per row).
pub fn replay(args: &ReplayArgs, mut on_timing: impl FnMut(Timing)) -> Result<String, String> {
    let keys = parse_keys(&args.keys)?;
    let start = Instant::now();
    let theme = crate::theme::Theme::load(args.theme.as_deref().unwrap_or("default"), None, true)
        .map_err(|e| e.to_string())?;
    let mut app = app::build_cached(
        args.corpus.paths.clone(),
        args.corpus.limits(),
        theme,
        crate::keymap::Keymap::default(),
        true,
        None,
        !args.corpus.no_cache,
    );
    let (w, h) = args.size;
    let mut term = Terminal::new(TestBackend::new(w, h)).map_err(|e| e.to_string())?;
    app.draw(&mut term).map_err(|e| e.to_string())?;
    on_timing(Timing::FirstFrame(start.elapsed().as_micros()));
    app.finish_loading();
    on_timing(Timing::Loaded {
        us: start.elapsed().as_micros(),
        articles: app.state.doc.articles.len(),
    });
    app.draw(&mut term).map_err(|e| e.to_string())?;
    app.state.doc.background = args.live;
    for k in keys {
        let t0 = Instant::now();
        let quit = app.handle_key(k.to_event());
        let t1 = Instant::now();
        app.draw(&mut term).map_err(|e| e.to_string())?;
        let t2 = Instant::now();
        on_timing(Timing::Key {
            key: format_key(k),
            update_us: (t1 - t0).as_micros(),
            render_us: (t2 - t1).as_micros(),
        });
        if quit {
            break;
        }
        // the loop's work between keys, until there is none
        while args.live && app.background_pending() {
            let t = Instant::now();
            if app.background_step() {
                app.draw(&mut term).map_err(|e| e.to_string())?;
            }
            on_timing(Timing::Step {
                us: t.elapsed().as_micros(),
            });
        }
    }
    Ok(buffer_text(term.backend().buffer()))
}

/// The text of a buffer, one line per row, trailing spaces trimmed.
pub fn buffer_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0usize;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = sym.width().saturating_sub(1);
            line.push_str(sym);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

pub fn run(args: &ReplayArgs) -> Result<(), String> {
    args.corpus.check_paths()?;
    let timings = args.timings;
    let screen = replay(args, |t| {
        if !timings {
            return;
        }
        let line = match t {
            Timing::FirstFrame(us) => serde_json::json!({ "first_frame_us": us }),
            Timing::Loaded { us, articles } => {
                serde_json::json!({ "loaded_us": us, "articles": articles })
            }
            Timing::Key {
                key,
                update_us,
                render_us,
            } => serde_json::json!({"key": key, "update_us": update_us, "render_us": render_us}),
            Timing::Step { us } => serde_json::json!({ "step_us": us }),
        };
        eprintln!("{line}");
    })?;
    print!("{screen}");
    if timings {
        eprintln!(
            "{}",
            serde_json::json!({ "peak_rss_bytes": super::stats::peak_rss() })
        );
    }
    Ok(())
}

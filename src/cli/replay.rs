//! `liseuse replay --keys KEYS [--size WxH] [--timings] [PATH...]`: runs the
//! real app on a virtual terminal (ratatui's `TestBackend`), plays a key
//! script in vim notation once loading is complete, and prints the final
//! screen as plain text. With `--timings`, one JSON line per key on stderr:
//! `{"key":"a","update_us":123,"render_us":456}`.

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

/// Runs a script and returns the final screen as text (one line per row).
pub fn replay(
    args: &ReplayArgs,
    mut on_timing: impl FnMut(String, u128, u128),
) -> Result<String, String> {
    let keys = parse_keys(&args.keys)?;
    let theme = crate::theme::Theme::load(args.theme.as_deref().unwrap_or("default"), None, true)
        .map_err(|e| e.to_string())?;
    let mut app = app::build(
        args.corpus.paths.clone(),
        args.corpus.limits(),
        theme,
        crate::keymap::Keymap::default(),
        true,
    );
    app.finish_loading();
    let (w, h) = args.size;
    let mut term = Terminal::new(TestBackend::new(w, h)).map_err(|e| e.to_string())?;
    app.draw(&mut term).map_err(|e| e.to_string())?;
    for k in keys {
        let t0 = Instant::now();
        let quit = app.handle_key(k.to_event());
        let t1 = Instant::now();
        app.draw(&mut term).map_err(|e| e.to_string())?;
        let t2 = Instant::now();
        on_timing(format_key(k), (t1 - t0).as_micros(), (t2 - t1).as_micros());
        if quit {
            break;
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
    let timings = args.timings;
    let screen = replay(args, |key, u, r| {
        if timings {
            eprintln!(
                "{}",
                serde_json::json!({"key": key, "update_us": u, "render_us": r})
            );
        }
    })?;
    print!("{screen}");
    Ok(())
}

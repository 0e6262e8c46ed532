//! Terminal safety: any size from 1x1 up, random keys between resizes, and
//! rapid resizes never panic; below the minimum the screen says so; a panic
//! or SIGTERM/SIGHUP gives the terminal back in a usable state (tmux).

mod common;
#[path = "common/tmux.rs"]
mod tmux;

use common::*;
use liseuse::keys::parse_key;
use liseuse::ui::layout::{self, MIN_HEIGHT, MIN_WIDTH};
use proptest::prelude::*;
use ratatui::layout::Rect;
use std::time::{Duration, Instant};

/// Real keymap keys (no quit), with annotation, filter and overlay keys.
const KEYS: &[&str] = &[
    "j",
    "k",
    "g",
    "G",
    "<Enter>",
    "<Tab>",
    "<S-Tab>",
    "<Esc>",
    "<C-d>",
    "<C-u>",
    "<PageDown>",
    "<PageUp>",
    "<Space>",
    "/",
    "a",
    "l",
    "i",
    "<BS>",
    "w",
    "b",
    "e",
    "(",
    ")",
    "{",
    "}",
    "0",
    "$",
    "v",
    "h",
    "m",
    "A",
    "u",
    "<C-r>",
    "<C-s>",
    "?",
    "n",
    "N",
    "s",
    "T",
    "S",
    "[",
    "]",
    "<Left>",
    "<Right>",
    "<Up>",
    "<Down>",
    "d",
    "r",
    "x",
    "é",
    "日",
];

#[derive(Debug, Clone)]
enum Op {
    Key(usize),
    Resize(u16, u16),
}

fn size() -> impl Strategy<Value = (u16, u16)> {
    prop_oneof![
        (1u16..=20, 1u16..=5),
        (1u16..=60, 1u16..=14),
        (1u16..=300, 1u16..=100),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..KEYS.len()).prop_map(Op::Key),
        1 => size().prop_map(|(w, h)| Op::Resize(w, h)),
    ]
}

/// The text the screen shows below the minimum size.
fn too_small_text(w: u16, h: u16) -> String {
    format!("terminal too small ({w}x{h}): liseuse needs {MIN_WIDTH}x{MIN_HEIGHT}")
}

/// Checks what a frame of size `w`x`h` shows: the one message below the
/// minimum, the panes above it.
fn check_screen(term: &ratatui::Terminal<ratatui::backend::TestBackend>, w: u16, h: u16) {
    let s = screen(term);
    if w < MIN_WIDTH || h < MIN_HEIGHT {
        // what fits of the message, wrapped at spaces, nothing else
        let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        let msg = too_small_text(w, h);
        let msg_compact: String = msg.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(
            !compact.is_empty() && msg_compact.starts_with(&compact),
            "{w}x{h}:\n{s}"
        );
        if w as usize >= "terminal too small".len() && h >= 4 {
            let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(flat, msg, "{w}x{h}: the whole message fits:\n{s}");
        }
    } else {
        // the panes (overlays leave the status line visible)
        let last = s.lines().last().unwrap_or_default();
        assert!(
            !s.contains("terminal too small") && last.contains("5 articles"),
            "{w}x{h}:\n{s}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn any_size_and_keys_never_panic(start in size(), ops in prop::collection::vec(op(), 1..40)) {
        let mut app = seeds_app();
        let mut term = terminal(start.0, start.1);
        app.draw(&mut term).unwrap();
        check_screen(&term, start.0, start.1);
        let (mut w, mut h) = start;
        for o in ops {
            match o {
                Op::Key(i) => {
                    let k = parse_key(KEYS[i]).unwrap();
                    prop_assert!(!app.handle_key(k.to_event()), "{} does not quit", KEYS[i]);
                }
                Op::Resize(nw, nh) => {
                    term.backend_mut().resize(nw, nh);
                    (w, h) = (nw, nh);
                }
            }
            app.draw(&mut term).unwrap();
            check_screen(&term, w, h);
        }
    }
}

#[test]
fn rapid_resizes_on_one_app() {
    let mut app = seeds_app();
    let mut term = terminal(120, 40);
    play(&mut app, &mut term, "jj<Enter><Tab>}}wwve");
    let mut x: u32 = 7;
    let t0 = Instant::now();
    for i in 0..600 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let (w, h) = match i % 4 {
            0 => (1 + (x % 20) as u16, 1 + (x >> 8) as u16 % 5),
            1 => (1 + (x % 300) as u16, 1 + (x >> 8) as u16 % 100),
            2 => (MIN_WIDTH + (x % 3) as u16, MIN_HEIGHT + (x >> 8) as u16 % 2),
            _ => (40 + (x % 160) as u16, 8 + (x >> 8) as u16 % 50),
        };
        term.backend_mut().resize(w, h);
        app.draw(&mut term).unwrap();
        check_screen(&term, w, h);
        if i % 50 == 0 {
            play(&mut app, &mut term, "<C-d>w");
        }
    }
    eprintln!("600 resizes in {:?}", t0.elapsed());
    // the reading position survives: back to the first size, the article
    // is still open with the cursor where it was
    term.backend_mut().resize(120, 40);
    app.draw(&mut term).unwrap();
    assert!(app.state.view.reader.open.is_some());
    assert!(app.state.view.reader.cursor.is_some());
}

#[test]
fn huge_sizes_lay_out() {
    // widths where `width * 30` no longer fits in a u16
    for (w, h) in [(2185u16, 10u16), (5000, 12), (u16::MAX, 10), (60, u16::MAX)] {
        let p = layout::layout(Rect::new(0, 0, w, h));
        assert!(!p.too_small);
        assert!(
            p.list.width <= 48 && p.sidebar.width <= 40,
            "{w}x{h}: {p:?}"
        );
        assert_eq!(
            p.list.width + p.reader.width + p.sidebar.width,
            w,
            "{w}x{h}: {p:?}"
        );
    }
    let mut app = seeds_app();
    let mut term = terminal(3000, 12);
    play(&mut app, &mut term, "<Enter><Tab>G");
    check_screen(&term, 3000, 12);
}

#[test]
fn too_small_says_what_is_needed() {
    let mut app = seeds_app();
    for (w, h) in [(1u16, 1u16), (20, 5), (49, 30), (120, 9), (30, 3), (45, 1)] {
        let mut term = terminal(w, h);
        app.draw(&mut term).unwrap();
        check_screen(&term, w, h);
    }
    // 20x5: the whole message, wrapped
    let mut term = terminal(20, 5);
    app.draw(&mut term).unwrap();
    let s = screen(&term);
    assert!(s.contains("50x10"), "the needed size is shown:\n{s}");
}

// ---- the terminal after a panic or a signal (real binary, in tmux) ----

fn seeds_copy(dir: &std::path::Path) -> String {
    let corpus = dir.join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for e in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, corpus.join(p.file_name().unwrap())).unwrap();
    }
    corpus.display().to_string()
}

/// After the program ended: the shell printed its status and the terminal
/// is out of the alternate screen, in cooked mode with echo.
fn check_restored(sh: &tmux::Shell, exit: &str) -> String {
    let s = sh.wait_for(":END", 15);
    let result = s.lines().find(|l| l.contains(":END")).unwrap();
    assert_eq!(
        result,
        format!("RESULT:{exit}:icanon echo :END"),
        "exit status {exit}, canonical mode and echo restored:\n{s}"
    );
    assert_eq!(sh.var("alternate_on"), "0", "left the alternate screen");
    // the shell still takes commands
    sh.line("echo still-$((40+2))");
    sh.wait_for("still-42", 5);
    s
}

#[test]
fn a_panic_restores_the_terminal() {
    let sh = tmux::Shell::start("panic", 100, 30);
    let line = tmux::command_line("RUST_BACKTRACE=0 LISEUSE_TEST_PANIC=1", "", &sh.pidfile());
    sh.line(&line);
    sh.wait_for("5 articles", 15);
    assert_eq!(
        sh.var("alternate_on"),
        "1",
        "the reader is on the alternate screen"
    );
    sh.send(&["j"]);
    let s = check_restored(&sh, "101");
    assert!(
        s.contains("test panic requested by LISEUSE_TEST_PANIC"),
        "the panic message is shown:\n{s}"
    );
}

fn signal_saves_and_restores(sig: &str) {
    let sh = tmux::Shell::start(&format!("sig{sig}"), 120, 40);
    let corpus = seeds_copy(sh.dir.path());
    let line = tmux::command_line("", &corpus, &sh.pidfile());
    sh.line(&line);
    sh.wait_for("5 articles", 15);
    let pid = sh.program_pid();
    // a highlight on the first word: saved on change
    sh.send(&["Enter"]);
    sh.wait_for("min · fr", 10);
    sh.send(&["h"]);
    sh.wait_for("1 notes", 10);
    tmux::kill(pid, sig);
    check_restored(&sh, "0");
    let saved =
        std::fs::read_to_string(std::path::Path::new(&corpus).join(".liseuse-annotations.toml"))
            .unwrap();
    assert!(saved.contains("[[annotation]]"), "{saved}");
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_saves_and_restores("TERM");
}

#[test]
fn sighup_restores_the_terminal() {
    signal_saves_and_restores("HUP");
}

#[test]
fn a_tiny_real_terminal_shows_the_message() {
    let sh = tmux::Shell::start("tiny", 30, 6);
    let line = tmux::command_line("", "", &sh.pidfile());
    sh.line(&line);
    let t0 = Instant::now();
    loop {
        let s = sh.capture(false);
        let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if flat.contains("terminal too small (30x6): liseuse needs 50x10") {
            break;
        }
        assert!(t0.elapsed() < Duration::from_secs(15), "{s}");
        std::thread::sleep(Duration::from_millis(50));
    }
    sh.send(&["q"]);
    check_restored(&sh, "0");
}

//! The reading state (issue 13, part 3): what comes back after a restart,
//! `is:` filters, moves and renames, a broken state file, a killed writer,
//! and the real binary in tmux.

mod common;
#[path = "common/tmux.rs"]
mod tmux;

use common::{app_on, play, screen, terminal};
use liseuse::app::App;
use liseuse::model::reading::file::{self, StateFile};
use liseuse::reading::Reading;
use liseuse::state::Focus;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A folder with a copy of the five seeds.
fn seeds_copy(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    fs::create_dir_all(&corpus).unwrap();
    for e in fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), corpus.join(e.file_name())).unwrap();
    }
    corpus
}

/// The app on `corpus` with its reading state in `state`; the message
/// the state gave, if any.
fn open(corpus: &Path, state: &Path) -> (App, Option<String>) {
    let mut app = app_on(vec![corpus.to_path_buf()], Default::default());
    let (r, msg) = Reading::open_at(state.to_path_buf());
    app.attach_reading(r, None);
    (app, msg)
}

fn rel_of(app: &App, a: u32) -> String {
    app.state.doc.article(a).rel.clone()
}

fn visible_rels(app: &App) -> Vec<String> {
    app.state
        .doc
        .visible
        .iter()
        .map(|&a| rel_of(app, a))
        .collect()
}

fn filter(app: &mut App, q: &str) -> Vec<String> {
    app.state.doc.set_filter(q);
    visible_rels(app)
}

#[test]
fn the_session_comes_back_after_quit_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = seeds_copy(dir.path());
    let state = dir.path().join("state.toml");
    let mut term = terminal(120, 40);
    let (mut app, msg) = open(&corpus, &state);
    assert_eq!(msg, None);
    app.draw(&mut term).unwrap();
    // sort by title, filter, then read the third article halfway down
    play(&mut app, &mut term, "s/alibaba<Enter>jj<Enter><C-d><C-d>");
    let open_rel = rel_of(&app, app.state.view.reader.open.unwrap());
    let top = app.state.view.reader.top;
    assert!(top > 0);
    let before = screen(&term);
    app.reading_flush();
    assert!(app.exit.lines.is_empty(), "{:?}", app.exit.lines);
    let text = fs::read_to_string(&state).unwrap();
    assert!(text.contains("filter = \"alibaba\""), "{text}");
    assert!(text.contains("sort = \"title\""), "{text}");

    let (mut again, _) = open(&corpus, &state);
    let mut term2 = terminal(120, 40);
    again.draw(&mut term2).unwrap();
    assert_eq!(
        rel_of(&again, again.state.view.reader.open.unwrap()),
        open_rel
    );
    assert_eq!(again.state.view.focus, Focus::Reader);
    assert_eq!(again.state.view.reader.top, top);
    assert_eq!(again.state.doc.filter.input, "alibaba");
    assert_eq!(again.state.doc.sort.name(), "title");
    assert_eq!(again.state.view.filter.history, ["alibaba"]);
    // the same screen, but for the status line
    let strip = |s: &str| s.lines().take(38).collect::<Vec<_>>().join("\n");
    assert_eq!(strip(&screen(&term2)), strip(&before));
}

/// In the reader the filter is evaluated between keys: a session brought
/// back while its filter is still evaluated selects, once the result is
/// in, the article it left selected (not the first of the list).
#[test]
fn the_selection_comes_back_when_the_filter_is_evaluated_between_keys() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = seeds_copy(dir.path());
    let state = dir.path().join("state.toml");
    let mut term = terminal(120, 40);
    let (mut app, _) = open(&corpus, &state);
    app.draw(&mut term).unwrap();
    play(&mut app, &mut term, "/a<Enter>jj<Enter>");
    let open_rel = rel_of(&app, app.state.view.reader.open.unwrap());
    assert_eq!(app.state.view.list.sel, 2);
    app.reading_flush();

    // as the reader starts: the state first, then the articles arrive
    let mut again = liseuse::app::build(
        vec![corpus.clone()],
        Default::default(),
        liseuse::theme::Theme::fallback(false),
        liseuse::keymap::Keymap::default(),
        false,
    );
    again.state.doc.background = true;
    let (r, _) = Reading::open_at(state.clone());
    again.attach_reading(r, None);
    again.finish_loading();
    let mut steps = 0;
    while again.background_pending() {
        again.background_step();
        steps += 1;
        assert!(steps < 10_000);
    }
    assert_eq!(again.state.doc.filter.input, "a");
    let selected = again.state.selected().map(|a| rel_of(&again, a));
    assert_eq!(selected.as_deref(), Some(open_rel.as_str()));
    assert_eq!(again.state.view.list.sel, 2);
}

#[test]
fn read_starred_and_new_filters() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = seeds_copy(dir.path());
    let state = dir.path().join("state.toml");
    let mut term = terminal(120, 40);
    let (mut app, _) = open(&corpus, &state);
    app.draw(&mut term).unwrap();
    // open the first (read), star the second from the list, open and
    // mark unread the third
    play(&mut app, &mut term, "<Enter><Esc>j*j<Enter>x<Esc>");
    let all = visible_rels(&app);
    assert_eq!(filter(&mut app, "is:read"), [all[0].clone()]);
    assert_eq!(filter(&mut app, "is:starred"), [all[1].clone()]);
    assert_eq!(filter(&mut app, "is:unread").len(), 4);
    assert_eq!(filter(&mut app, "-is:unread is:read"), [all[0].clone()]);
    // first visit: nothing is new
    assert!(filter(&mut app, "is:new").is_empty());
    // the list marks: the starred article, and the unread ones
    app.state.doc.set_filter("");
    app.draw(&mut term).unwrap();
    let shown = screen(&term);
    assert!(shown.contains("★"), "{shown}");
    assert_eq!(shown.matches('•').count(), 4, "{shown}");
    app.reading_flush();

    // change one, add one, remove one: new since the last visit
    let names: Vec<PathBuf> = {
        let mut v: Vec<PathBuf> = fs::read_dir(&corpus)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        v.sort();
        v
    };
    fs::write(&names[3], "Un autre texte.\n\nTout à fait changé.").unwrap();
    fs::write(
        corpus.join("zz-new.txt"),
        "Un nouvel article.\n\nIl est court.",
    )
    .unwrap();
    fs::remove_file(&names[4]).unwrap();
    let (mut again, _) = open(&corpus, &state);
    let status = again.state.view.status.message.clone().unwrap().text;
    assert_eq!(status, "since the last visit: 1 new, 1 changed, 1 gone");
    let mut newer = filter(&mut again, "is:new");
    newer.sort();
    assert_eq!(newer, [rel_of_path(&names[3]), "zz-new.txt".to_string()]);
    assert_eq!(filter(&mut again, "is:starred"), [all[1].clone()]);
    assert_eq!(filter(&mut again, "is:read"), [all[0].clone()]);
    let text = fs::read_to_string(&state).unwrap();
    assert!(
        text.contains(&rel_of_path(&names[4])),
        "gone entries stay until the next save"
    );
    again.reading_flush();
    let text = fs::read_to_string(&state).unwrap();
    assert!(!text.contains(&rel_of_path(&names[4])), "{text}");
}

fn rel_of_path(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

#[test]
fn a_moved_or_renamed_article_keeps_its_state() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = seeds_copy(dir.path());
    let state = dir.path().join("state.toml");
    let mut term = terminal(120, 40);
    let (mut app, _) = open(&corpus, &state);
    app.draw(&mut term).unwrap();
    play(&mut app, &mut term, "jj<Enter>*<C-d>");
    let rel = rel_of(&app, app.state.view.reader.open.unwrap());
    app.reading_flush();
    fs::create_dir_all(corpus.join("moved")).unwrap();
    fs::rename(corpus.join(&rel), corpus.join("moved/renamed.txt")).unwrap();
    let (mut again, _) = open(&corpus, &state);
    assert_eq!(
        again.state.view.status.message.as_ref().unwrap().text,
        "since the last visit: 1 moved"
    );
    assert_eq!(filter(&mut again, "is:starred"), ["moved/renamed.txt"]);
    assert_eq!(filter(&mut again, "is:read"), ["moved/renamed.txt"]);
    assert!(filter(&mut again, "is:new").is_empty());
}

#[test]
fn a_broken_state_file_is_set_aside_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = seeds_copy(dir.path());
    let state = dir.path().join("state.toml");
    let broken = "schema_version = 1\n[session\nfilter = \"x\"\n";
    fs::write(&state, broken).unwrap();
    let (mut app, msg) = open(&corpus, &state);
    let msg = msg.expect("the reader says so");
    assert!(
        msg.contains("did not parse") && msg.contains("set aside"),
        "{msg}"
    );
    let aside: Vec<PathBuf> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".broken-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(fs::read_to_string(&aside[0]).unwrap(), broken);
    app.reading_flush();
    assert!(file::parse(&fs::read_to_string(&state).unwrap()).is_ok());

    // broken while the reader runs: set aside again before writing
    fs::write(&state, "not = [toml").unwrap();
    let mut term = terminal(120, 40);
    app.draw(&mut term).unwrap();
    play(&mut app, &mut term, "*");
    app.reading_flush();
    let kept = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".broken-"))
        .filter(|p| fs::read_to_string(p).unwrap() == "not = [toml")
        .count();
    assert_eq!(kept, 1);
    assert!(file::parse(&fs::read_to_string(&state).unwrap()).is_ok());
}

#[test]
fn a_broken_file_that_cannot_be_moved_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("ro");
    fs::create_dir_all(&sub).unwrap();
    let state = sub.join("state.toml");
    fs::write(&state, "garbage = ").unwrap();
    let mut perms = fs::metadata(&sub).unwrap().permissions();
    use std::os::unix::fs::PermissionsExt;
    perms.set_mode(0o555);
    fs::set_permissions(&sub, perms.clone()).unwrap();
    let o = StateFile::open(state.clone());
    perms.set_mode(0o755);
    // root can write anywhere: then the file was moved, which is fine too
    if fs::read_to_string(&state).is_ok_and(|t| t == "garbage = ") {
        let mut f = o.file;
        assert!(f.write("schema_version = 1\n").is_err());
        assert_eq!(fs::read_to_string(&state).unwrap(), "garbage = ");
    }
    fs::set_permissions(&sub, perms).unwrap();
}

const CHILD_ENV: &str = "LISEUSE_STATE_CRASH_CHILD";

/// The state number `k` as a file: `k` entries, each saying `k`.
fn state_text(k: u64) -> String {
    let entries: Vec<liseuse::model::reading::Entry> = (0..k % 50 + 1)
        .map(|i| liseuse::model::reading::Entry {
            file: format!("a{i}.txt"),
            fingerprint: format!("{k:016x}"),
            read: true,
            starred: false,
            position: None,
            opened: None,
        })
        .collect();
    let session = liseuse::model::reading::Session {
        filter: format!("state {k}"),
        ..Default::default()
    };
    file::to_toml(None, &session, &entries)
}

#[test]
#[ignore = "child process of a_killed_writer_leaves_the_old_or_the_new_file"]
fn state_writer_child() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let mut f = StateFile::open(PathBuf::from(path)).file;
    for k in 1.. {
        f.write(&state_text(k)).unwrap();
        println!("{k}");
    }
}

#[test]
fn a_killed_writer_leaves_the_old_or_the_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.toml");
    let mut last = 0u64;
    for round in 0..60u64 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--ignored", "--exact", "state_writer_child", "--nocapture"])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        let mut reported = 0u64;
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            if let Ok(k) = line.trim().parse::<u64>() {
                reported = k;
                if k > round % 7 {
                    break;
                }
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
        let text = fs::read_to_string(&path).unwrap();
        let parsed = file::parse(&text).expect("a killed writer leaves a file that parses");
        let k: u64 = parsed
            .session
            .filter
            .trim_start_matches("state ")
            .parse()
            .unwrap();
        // a state reported saved is never lost; the writer may have saved
        // more before the kill landed (it runs while the lines are read)
        assert!(k >= reported, "state {k} after {reported} reported");
        assert_eq!(text, state_text(k), "a whole state, never a mix");
        let o = StateFile::open(path.clone());
        assert!(o.message.is_none());
        last = k;
    }
    assert!(last > 0);
}

#[test]
fn the_real_binary_comes_back_to_the_same_article_at_the_same_place() {
    let sh = tmux::Shell::start("state", 120, 40);
    let corpus = seeds_copy(sh.dir.path());
    let run = tmux::command_line("", &corpus.display().to_string(), &sh.pidfile());
    sh.line(&run);
    sh.wait_for("5 articles", 20);
    sh.send(&["j", "j", "Enter"]);
    sh.send(&["C-d", "C-d"]);
    sh.send(&["*"]);
    let before = sh.wait_for("starred", 10);
    sh.send(&["q"]);
    sh.wait_for("END", 10);
    let state_dir = sh.dir.path().join("liseuse");
    let files: Vec<PathBuf> = fs::read_dir(&state_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(
        files[0]
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("corpus-")
    );
    sh.line("clear");
    sh.line(&run);
    let after = sh.wait_for("since the last visit", 20);
    // the same reading pane (the percentage and the article) as before
    let pane = |s: &str| -> Vec<String> {
        s.lines()
            .skip(3)
            .take(30)
            .map(|l| l.chars().skip(36).take(60).collect())
            .collect()
    };
    assert_eq!(
        pane(&after),
        pane(&before),
        "before:\n{before}\nafter:\n{after}"
    );
    assert!(after.contains('★'), "{after}");
    sh.send(&["q"]);
}

#[test]
fn no_state_starts_afresh_and_writes_nothing() {
    let sh = tmux::Shell::start("nostate", 100, 30);
    let corpus = seeds_copy(sh.dir.path());
    let run = tmux::command_line(
        "",
        &format!("--no-state {}", corpus.display()),
        &sh.pidfile(),
    );
    sh.line(&run);
    sh.wait_for("5 articles", 20);
    sh.send(&["Enter"]);
    sh.send(&["q"]);
    sh.wait_for("END", 10);
    assert!(!sh.dir.path().join("liseuse").exists());
}

#[test]
fn the_filter_command_reads_the_state() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = seeds_copy(dir.path());
    let state_home = dir.path().join("state");
    let state = state_home
        .join("liseuse")
        .join(file::file_name(std::slice::from_ref(&corpus)));
    let mut term = terminal(120, 40);
    let (mut app, _) = open(&corpus, &state);
    app.draw(&mut term).unwrap();
    play(&mut app, &mut term, "j*");
    app.reading_flush();
    let starred = corpus.join(rel_of(&app, app.state.doc.visible[1]));
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .args(["filter", "is:starred", corpus.to_str().unwrap()])
        .env("XDG_STATE_HOME", &state_home)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        starred.to_str().unwrap()
    );
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .args(["filter", "is:unread", corpus.to_str().unwrap()])
        .env("XDG_STATE_HOME", &state_home)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 5);
}

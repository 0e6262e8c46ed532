//! Nothing acknowledged is lost when saves fail (issue 16, defect 1): the
//! status line keeps "N changes not saved" until a save succeeds, `q` asks,
//! SIGTERM writes a recovery file and says so, a held lock does not freeze
//! the screen.

mod common;

use common::{play, screen, terminal};
use liseuse::app::{self, App};
use liseuse::keymap::Keymap;
use liseuse::model::corpus::Limits;
use liseuse::theme::Theme;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn app_with_file(path: &Path) -> App {
    app::build_with(
        Vec::new(),
        Limits::default(),
        Theme::fallback(false),
        Keymap::default(),
        false,
        Some(path.to_path_buf()),
    )
}

#[test]
fn a_held_lock_keeps_changes_visible_does_not_freeze_and_quit_asks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    // another instance holds the lock
    let other = fs::File::create(dir.path().join("notes.toml.lock")).unwrap();
    other.lock().unwrap();

    let mut app = app_with_file(&path);
    let mut term = terminal(120, 40);
    app.draw(&mut term).unwrap();
    let t0 = Instant::now();
    assert!(!play(&mut app, &mut term, "<Enter>h"));
    let took = t0.elapsed();
    assert!(
        took < Duration::from_secs(1),
        "a held lock froze the screen for {took:?}"
    );
    let s = screen(&term);
    assert!(
        s.contains("1 change not saved: locked by another liseuse"),
        "{s}"
    );
    // it stays: other keys do not clear it
    play(&mut app, &mut term, "jjk");
    assert!(
        screen(&term).contains("1 change not saved"),
        "{}",
        screen(&term)
    );
    // a second change counts
    play(&mut app, &mut term, "wh");
    assert!(
        screen(&term).contains("2 changes not saved"),
        "{}",
        screen(&term)
    );

    // q asks instead of quitting
    assert!(!play(&mut app, &mut term, "q"), "q must not quit");
    let s = screen(&term);
    assert!(
        s.contains("r retry") && s.contains("s save elsewhere") && s.contains("Q quit"),
        "{s}"
    );
    // Esc: back to reading, still unsaved
    assert!(!play(&mut app, &mut term, "<Esc>"));
    assert!(screen(&term).contains("2 changes not saved"));
    assert!(!path.exists());

    // the other instance lets go; q retries, saves and quits
    other.unlock().unwrap();
    assert!(play(&mut app, &mut term, "q"), "saved, so q quits");
    assert_eq!(app.exit.code, 0);
    let saved = fs::read_to_string(&path).unwrap();
    assert_eq!(
        saved.lines().filter(|l| *l == "[[annotation]]").count(),
        2,
        "{saved}"
    );
}

#[test]
fn quit_anyway_is_an_error_exit_and_retry_clears_the_state() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    let other = fs::File::create(dir.path().join("notes.toml.lock")).unwrap();
    other.lock().unwrap();
    let mut app = app_with_file(&path);
    let mut term = terminal(120, 40);
    play(&mut app, &mut term, "<Enter>h");
    assert!(!play(&mut app, &mut term, "q"));
    // r while still locked: the question stays
    assert!(!play(&mut app, &mut term, "r"));
    assert!(screen(&term).contains("r retry"), "{}", screen(&term));
    assert!(play(&mut app, &mut term, "Q"));
    assert_eq!(app.exit.code, 1, "dropping changes is not a success");
    assert!(
        app.exit
            .lines
            .iter()
            .any(|l| l.contains("1 annotation change was not saved")),
        "{:?}",
        app.exit.lines
    );
}

#[test]
fn a_save_that_goes_through_at_last_replaces_the_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    let other = fs::File::create(dir.path().join("notes.toml.lock")).unwrap();
    other.lock().unwrap();
    let mut app = app_with_file(&path);
    let mut term = terminal(120, 40);
    play(&mut app, &mut term, "<Enter>h");
    assert!(screen(&term).contains("locked by another liseuse"));
    other.unlock().unwrap();
    // the next change saves both, and the status line says so
    play(&mut app, &mut term, "wh");
    let s = screen(&term);
    assert!(s.contains("annotations saved to"), "{s}");
    assert!(!s.contains("not saved") && !s.contains("locked"), "{s}");
    assert!(path.exists());
}

/// A full disk (a 64 KiB tmpfs, filled): the failure is shown and stays.
/// Needs root for the mount; skipped with a message otherwise.
#[test]
fn a_full_disk_is_a_persistent_state_then_saves_when_space_returns() {
    let dir = tempfile::tempdir().unwrap();
    let mnt = dir.path().join("mnt");
    fs::create_dir(&mnt).unwrap();
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&mnt)
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("SKIPPED: cannot mount a tmpfs here (not root?)");
        return;
    }
    struct Unmount(PathBuf);
    impl Drop for Unmount {
        fn drop(&mut self) {
            let _ = Command::new("umount").arg(&self.0).status();
        }
    }
    let _guard = Unmount(mnt.clone());
    let path = mnt.join("notes.toml");
    // fill it
    let filler = mnt.join("filler");
    {
        use std::io::Write;
        let mut f = fs::File::create(&filler).unwrap();
        while f.write_all(&[b'x'; 4096]).is_ok() {}
    }
    let mut app = app_with_file(&path);
    let mut term = terminal(120, 40);
    play(&mut app, &mut term, "<Enter>h");
    let s = screen(&term);
    assert!(s.contains("1 change not saved"), "{s}");
    play(&mut app, &mut term, "jj");
    assert!(screen(&term).contains("1 change not saved"));
    assert!(!play(&mut app, &mut term, "q"), "q asks");
    fs::remove_file(&filler).unwrap();
    assert!(
        play(&mut app, &mut term, "r"),
        "space is back: saved, quits"
    );
    assert!(
        fs::read_to_string(&path)
            .unwrap()
            .contains("[[annotation]]")
    );
}

fn seeds_copy(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    fs::create_dir(&corpus).unwrap();
    for e in fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, corpus.join(p.file_name().unwrap())).unwrap();
    }
    corpus
}

/// The pid of the liseuse whose command line holds `needle`.
fn pid_of(needle: &str) -> Option<u32> {
    for e in fs::read_dir("/proc").ok()?.flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(cmd) = fs::read(format!("/proc/{pid}/cmdline")) else {
            continue;
        };
        let cmd = String::from_utf8_lossy(&cmd);
        let mut args = cmd.split('\0');
        // the binary itself, not the shell that started it
        if args.next().is_some_and(|a0| a0.ends_with("/liseuse")) && args.any(|a| a == needle) {
            return Some(pid);
        }
    }
    None
}

fn tmux(socket: &str, args: &[&str]) -> String {
    let out = Command::new("tmux")
        .args(["-L", socket])
        .args(args)
        .output()
        .expect("tmux is needed (apt-get install tmux)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn wait_for(socket: &str, what: &str) -> String {
    let t0 = Instant::now();
    loop {
        let s = tmux(socket, &["capture-pane", "-p", "-t", "0"]);
        if s.contains(what) {
            return s;
        }
        assert!(
            t0.elapsed() < Duration::from_secs(10),
            "screen never showed {what:?}:\n{s}"
        );
        sleep(Duration::from_millis(50));
    }
}

/// SIGTERM with a failing save and a note being typed: both reach a
/// recovery file in the state folder, stderr says where, exit status 0.
#[test]
fn sigterm_with_unsaved_changes_writes_a_recovery_file_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = seeds_copy(dir.path());
    let state = dir.path().join("state");
    let err = dir.path().join("stderr");
    let rc = dir.path().join("rc");
    let lock = fs::File::create(corpus.join(".liseuse-annotations.toml.lock")).unwrap();
    lock.lock().unwrap();
    let socket = format!("liseuse-sigterm-{}", std::process::id());
    let cmd = format!(
        "XDG_STATE_HOME={} XDG_CONFIG_HOME={} XDG_CACHE_HOME={} {} {} 2>{}; echo $? > {}; sleep 5",
        state.display(),
        dir.path().display(),
        dir.path().join("cache").display(),
        env!("CARGO_BIN_EXE_liseuse"),
        corpus.display(),
        err.display(),
        rc.display()
    );
    tmux(
        &socket,
        &[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            "120",
            "-y",
            "40",
            &cmd,
        ],
    );
    struct Kill(String);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = Command::new("tmux")
                .args(["-L", &self.0, "kill-server"])
                .status();
        }
    }
    let _k = Kill(socket.clone());
    wait_for(&socket, "5 articles");
    for k in ["Enter", "h"] {
        tmux(&socket, &["send-keys", "-t", "0", k]);
        sleep(Duration::from_millis(100));
    }
    wait_for(&socket, "1 change not saved");
    for k in ["w", "a", "-l", "typed when SIGTERM came"] {
        tmux(&socket, &["send-keys", "-t", "0", k]);
        sleep(Duration::from_millis(100));
    }
    wait_for(&socket, "typed when SIGTERM came");
    let pid = pid_of(&corpus.display().to_string()).expect("the liseuse process");
    Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    let t0 = Instant::now();
    while fs::read_to_string(&rc)
        .unwrap_or_default()
        .trim()
        .is_empty()
        && t0.elapsed() < Duration::from_secs(10)
    {
        sleep(Duration::from_millis(50));
    }
    let code = fs::read_to_string(&rc).unwrap_or_default();
    let stderr = fs::read_to_string(&err).unwrap_or_default();
    assert_eq!(code.trim(), "0", "stderr: {stderr}");
    assert!(
        stderr.contains("written to") && stderr.contains(&state.display().to_string()),
        "{stderr}"
    );
    let all: Vec<PathBuf> = fs::read_dir(state.join("liseuse"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    // beside the recovery file, the reading state, saved on SIGTERM too
    let (files, reading): (Vec<PathBuf>, Vec<PathBuf>) = all
        .into_iter()
        .partition(|p| p.to_string_lossy().contains(".recovered-"));
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(reading.len(), 1, "{reading:?}");
    let saved = fs::read_to_string(&reading[0]).unwrap();
    assert!(saved.contains("read = true"), "{saved}");
    let rec = fs::read_to_string(&files[0]).unwrap();
    assert_eq!(
        rec.lines().filter(|l| *l == "[[annotation]]").count(),
        2,
        "{rec}"
    );
    assert!(rec.contains("typed when SIGTERM came"), "{rec}");
    assert!(stderr.contains("--merge"), "{stderr}");

    // and it merges back once the lock is free
    drop(lock);
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .args(["annotations", "--merge"])
        .arg(&files[0])
        .arg("--annotations")
        .arg(corpus.join(".liseuse-annotations.toml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let merged = fs::read_to_string(corpus.join(".liseuse-annotations.toml")).unwrap();
    assert!(merged.contains("typed when SIGTERM came"), "{merged}");
}

//! The annotation file at the edges (issue 16, defects 2, 3, 8 and 9):
//! FIFOs and devices where files are expected, recovery files that never
//! collide, a symlinked annotation file, a dangling lock link, and the
//! commands that print failing loudly on an unreadable annotation file.

use liseuse::model::annotation::Annotation;
use liseuse::model::corpus::{Limits, SkipReason, read_text};
use liseuse::model::store::{Saved, Store, StoreError};
use std::fs;
use std::path::Path;
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

const TEXT: &str = "Le commerce en ligne devrait lancer son e-Wallet à la mi-juillet.";

fn ann(note: &str) -> Annotation {
    let mut a = Annotation::highlight("a.txt", TEXT, 3, 11);
    a.note = note.into();
    a
}

fn mkfifo(p: &Path) {
    let ok = Command::new("mkfifo").arg(p).status().unwrap().success();
    assert!(ok, "mkfifo");
}

/// Runs `f` on a thread; fails if it takes longer than `secs`.
fn within<T: Send + 'static>(secs: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(secs))
        .expect("blocked: did not finish in time")
}

fn liseuse(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .args(args)
        .env(
            "XDG_STATE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("edges-state"),
        )
        .output()
        .unwrap()
}

#[test]
fn a_fifo_as_the_annotation_file_does_not_block_and_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    mkfifo(&path);
    let p = path.clone();
    let (unreadable, ro) = within(5, move || {
        let (st, set) = Store::open(&p);
        assert!(set.is_empty());
        (st.unreadable().map(str::to_string), st.read_only().cloned())
    });
    let why = unreadable.expect("reported as unreadable");
    assert!(why.contains("FIFO"), "{why}");
    assert!(ro.is_some(), "never written");
    // the command fails at once, non-zero, with the reason
    let p = path.display().to_string();
    let out = within(10, move || {
        liseuse(&["annotations", "--format", "csv", "--annotations", &p])
    });
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("FIFO"));
}

#[test]
fn a_link_to_dev_zero_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
    let p = path.display().to_string();
    let out = within(10, move || liseuse(&["annotations", "--annotations", &p]));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a regular file"), "{err}");
}

#[test]
fn a_fifo_as_the_lock_fails_the_save_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    mkfifo(&dir.path().join("notes.toml.lock"));
    let p = path.clone();
    let (err, kept) = within(5, move || {
        let (mut st, mut set) = Store::open(&p);
        let id = set.add(ann("kept"));
        let e = st.save(&mut set).unwrap_err();
        (e.to_string(), set.get(&id).is_some() && st.is_pending())
    });
    assert!(err.contains("not a regular file"), "{err}");
    assert!(kept);
}

#[test]
fn fifo_and_device_articles_are_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("a.txt");
    mkfifo(&fifo);
    let r = within(5, move || read_text(&fifo, Limits::default()).err());
    assert!(
        matches!(r, Some(SkipReason::Unreadable(ref e)) if e.contains("FIFO")),
        "{r:?}"
    );
    let r = within(5, || {
        read_text(Path::new("/dev/zero"), Limits::default()).err()
    });
    assert!(matches!(r, Some(SkipReason::Unreadable(_))), "{r:?}");
    // and the reader's stats on a folder holding a FIFO article ends
    let d = dir.path().display().to_string();
    let out = within(20, move || liseuse(&["stats", &d]));
    assert!(out.status.success(), "{out:?}");
}

/// Two instances on a file that does not parse, started within the same
/// second: each keeps its own recovery file.
#[test]
fn recovery_files_of_two_instances_never_collide() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    fs::write(&path, "this is = not [toml").unwrap();
    let (mut s1, mut a) = Store::open(&path);
    let (mut s2, mut b) = Store::open(&path);
    a.add(ann("from one"));
    b.add(ann("from two"));
    let (Saved::Recovery(r1), Saved::Recovery(r2)) =
        (s1.save(&mut a).unwrap(), s2.save(&mut b).unwrap())
    else {
        panic!("both go to recovery files");
    };
    assert_ne!(r1, r2);
    assert!(fs::read_to_string(&r1).unwrap().contains("from one"));
    assert!(fs::read_to_string(&r2).unwrap().contains("from two"));
    // later saves of one instance go to its own file
    a.add(ann("one again"));
    assert_eq!(s1.save(&mut a).unwrap(), Saved::Recovery(r1.clone()));
    assert!(fs::read_to_string(&r2).unwrap().contains("from two"));

    // `liseuse annotations` lists them with how to merge them back
    let p = path.display().to_string();
    let out = liseuse(&["annotations", "--annotations", &p]);
    let err = String::from_utf8_lossy(&out.stderr);
    let n1 = r1.file_name().unwrap().to_string_lossy().into_owned();
    let n2 = r2.file_name().unwrap().to_string_lossy().into_owned();
    assert!(err.contains("2 recovery files"), "{err}");
    assert!(err.contains(&n1) && err.contains(&n2), "{err}");
    assert!(err.contains("--merge"), "{err}");
}

/// `--annotations link.toml` pointing at a synced file: saves write the
/// target, the link stays a link, and both ways in share one lock.
#[test]
fn a_symlinked_annotation_file_is_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let synced = dir.path().join("sync");
    fs::create_dir(&synced).unwrap();
    let target = synced.join("notes.toml");
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&target, &link).unwrap();

    let (mut st, mut set) = Store::open(&link);
    let id = set.add(ann("through the link"));
    st.save(&mut set).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(&target)
            .unwrap()
            .contains("through the link")
    );
    assert!(
        synced.join("notes.toml.lock").exists(),
        "lock beside the target"
    );
    // an instance through the real path sees it and its edit is merged
    let (mut st2, mut set2) = Store::open(&target);
    set2.edit(&id, |a| a.note = "edited via the target".into());
    st2.save(&mut set2).unwrap();
    set.add(ann("second via link"));
    st.save(&mut set).unwrap();
    let text = fs::read_to_string(&target).unwrap();
    assert!(
        text.contains("edited via the target") && text.contains("second via link"),
        "{text}"
    );
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_dangling_lock_link_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    let elsewhere = dir.path().join("elsewhere-created");
    std::os::unix::fs::symlink(&elsewhere, dir.path().join("notes.toml.lock")).unwrap();
    let (mut st, mut set) = Store::open(&path);
    set.add(ann("x"));
    let e = st.save(&mut set).unwrap_err();
    assert!(matches!(e, StoreError::BadLock { .. }), "{e}");
    assert!(e.to_string().contains("symbolic link"), "{e}");
    assert!(!elsewhere.exists(), "nothing created where the link points");
}

#[test]
fn unreadable_annotation_files_fail_the_printing_commands() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("c");
    fs::create_dir(&corpus).unwrap();
    fs::write(corpus.join("a.txt"), TEXT).unwrap();
    let c = corpus.display().to_string();
    // a folder
    let as_dir = dir.path().join("dir.toml");
    fs::create_dir(&as_dir).unwrap();
    // too large (sparse: 65 MiB of nothing)
    let big = dir.path().join("big.toml");
    fs::File::create(&big)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    for (f, says) in [(&as_dir, "folder"), (&big, "too large")] {
        let f = f.display().to_string();
        for args in [
            vec!["annotations", "--format", "csv", "--annotations", &f, &c],
            vec!["filter", "has:annotation", &c, "--annotations", &f],
        ] {
            let out = liseuse(&args);
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(!out.status.success(), "{args:?} must fail: {err}");
            assert!(err.contains(says), "{args:?}: {err}");
            assert!(!err.contains("did not parse"), "{err}");
        }
    }
    // the reader says "too large", not "did not parse"
    let t0 = Instant::now();
    let mut app = liseuse::app::build_with(
        Vec::new(),
        Limits::default(),
        liseuse::theme::Theme::fallback(false),
        liseuse::keymap::Keymap::default(),
        false,
        Some(big.clone()),
    );
    assert!(t0.elapsed() < Duration::from_secs(5));
    app.state.notes.add(ann("n"));
    app.save();
    let msg = app.state.view.status.message.clone().unwrap().text;
    assert!(
        msg.contains("too large") && !msg.contains("did not parse"),
        "{msg}"
    );
}

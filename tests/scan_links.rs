//! Walking the given paths (issue 16, defects 5 and 7): which symbolic
//! links are followed, cycles, and article identities that cannot collide.

use liseuse::model::corpus::{Limits, Source, scan};
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::symlink;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn sources(paths: &[PathBuf]) -> (Vec<Source>, Vec<String>) {
    let mut v = Vec::new();
    let skipped = scan(paths, Limits::default(), |s| v.push(s));
    let why = skipped
        .iter()
        .map(|s| format!("{}: {}", s.path.display(), s.reason))
        .collect();
    (v, why)
}

fn rels(v: &[Source]) -> Vec<String> {
    v.iter().map(|s| s.rel.clone()).collect()
}

#[test]
fn a_link_to_the_root_folder_is_not_followed_and_stats_finish() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Un article.").unwrap();
    symlink("/", dir.path().join("root")).unwrap();
    symlink("/proc", dir.path().join("proc")).unwrap();
    let (v, why) = sources(&[dir.path().to_path_buf()]);
    assert_eq!(rels(&v), ["a.txt"]);
    assert!(
        why.iter()
            .any(|w| w.contains("root") && w.contains("points to a folder")),
        "{why:?}"
    );
    let t0 = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .arg("stats")
        .arg(dir.path())
        .output()
        .unwrap();
    let took = t0.elapsed();
    assert!(out.status.success(), "{out:?}");
    assert!(took < Duration::from_secs(10), "stats took {took:?}");
    eprintln!("stats on a folder with a link to / took {took:?}");
}

#[test]
fn links_given_on_the_command_line_and_to_files_inside_are_followed() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    let outside = dir.path().join("outside");
    fs::create_dir_all(tree.join("data")).unwrap();
    fs::create_dir_all(&outside).unwrap();
    fs::write(tree.join("data/b.dat"), "B inside.").unwrap();
    fs::write(outside.join("c.txt"), "C outside.").unwrap();
    symlink(tree.join("data/b.dat"), tree.join("b.txt")).unwrap();
    symlink(outside.join("c.txt"), tree.join("c.txt")).unwrap();
    symlink(&outside, tree.join("out")).unwrap();
    let (v, why) = sources(std::slice::from_ref(&tree));
    assert_eq!(rels(&v), ["b.txt"], "{why:?}");
    assert!(
        why.iter()
            .any(|w| w.contains("c.txt") && w.contains("outside")),
        "{why:?}"
    );
    // a link given on the command line is followed
    let given = dir.path().join("given");
    symlink(&outside, &given).unwrap();
    let (v, _) = sources(&[given]);
    assert_eq!(rels(&v), ["c.txt"]);
}

#[test]
fn two_roots_with_the_same_names_do_not_collide_and_a_path_given_twice_counts_once() {
    let dir = tempfile::tempdir().unwrap();
    let (r1, r2) = (dir.path().join("r1"), dir.path().join("r2"));
    for r in [&r1, &r2] {
        fs::create_dir(r).unwrap();
        fs::write(r.join("a.txt"), format!("dans {}", r.display())).unwrap();
    }
    let (v, _) = sources(&[r1.clone(), r2.clone()]);
    let ids = rels(&v);
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
    assert!(
        ids[0].ends_with("r1/a.txt") && ids[1].ends_with("r2/a.txt"),
        "{ids:?}"
    );
    // the same folder twice, or a folder and a file inside it: once each
    let (v, _) = sources(&[r1.clone(), r1.clone()]);
    assert_eq!(
        rels(&v),
        ["a.txt"],
        "one root left: the plain relative name"
    );
    let (v, _) = sources(&[r1.clone(), r1.join("a.txt"), dir.path().join("./r1/")]);
    assert_eq!(v.len(), 1, "{:?}", rels(&v));
}

#[test]
fn invalid_utf8_names_do_not_collide() {
    let dir = tempfile::tempdir().unwrap();
    for b in [0xffu8, 0xfe] {
        let bytes = [b'a', b, b'.', b't', b'x', b't'];
        let name = std::ffi::OsStr::from_bytes(&bytes);
        fs::write(dir.path().join(name), "texte").unwrap();
    }
    let (v, _) = sources(&[dir.path().to_path_buf()]);
    let ids = rels(&v);
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1], "{ids:?}");
    assert!(ids.iter().all(|i| !i.contains('\u{FFFD}')), "{ids:?}");
}

/// A folder that contains itself through a bind mount: entered once.
#[test]
fn a_bind_mount_cycle_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let top = dir.path().join("top");
    let inner = top.join("inner");
    fs::create_dir_all(&inner).unwrap();
    fs::write(top.join("a.txt"), "x").unwrap();
    let ok = Command::new("mount")
        .args(["--bind"])
        .arg(&top)
        .arg(&inner)
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("SKIPPED: cannot bind-mount here (not root?)");
        return;
    }
    let (v, why) = sources(std::slice::from_ref(&top));
    let _ = Command::new("umount").arg(&inner).status();
    assert_eq!(rels(&v), ["a.txt"], "{why:?}");
    assert!(why.iter().any(|w| w.contains("loop")), "{why:?}");
}

//! Crash safety: a child process saving in a loop is killed with SIGKILL
//! at random moments, 1,000 times; after every kill the file parses and
//! holds the last state the child reported saved, or the one after it.
//!
//! The child is this test binary itself, re-run with an environment
//! variable on the hidden `#[ignore]` test `crash_child`.

use liseuse::model::annotation::{Annotation, AnnotationSet};
use liseuse::model::store::Store;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHILD_ENV: &str = "LISEUSE_CRASH_CHILD_FILE";
const TEXT: &str = "Un texte «\u{a0}court\u{a0}» pour les essais de plantage, avec des accents.";
const KILLS: usize = 1000;

/// The state number a set holds (0 for an empty set), after checking that
/// it is a complete state: x0..x2 all carry the same number, and `y`
/// exists exactly when it is odd.
fn state_of(set: &AnnotationSet) -> u64 {
    if set.is_empty() {
        return 0;
    }
    let k: u64 = set.get("x0").expect("x0").note.parse().expect("number");
    for id in ["x1", "x2"] {
        assert_eq!(set.get(id).expect(id).note, k.to_string(), "torn state");
    }
    assert_eq!(set.get("y").is_some(), k % 2 == 1, "y in state {k}");
    assert_eq!(set.len(), 3 + (k % 2) as usize);
    k
}

fn set_state(set: &mut AnnotationSet, k: u64) {
    for (i, id) in ["x0", "x1", "x2"].iter().enumerate() {
        if set.get(id).is_none() {
            let mut a = Annotation::highlight("essai.txt", TEXT, i * 5, i * 5 + 4);
            a.id = id.to_string();
            set.add(a);
        }
        set.edit(id, |a| a.note = k.to_string());
    }
    if k % 2 == 1 {
        let mut a = Annotation::highlight("essai.txt", TEXT, 20, 30);
        a.id = "y".into();
        a.note = "x".repeat((k % 97) as usize * 40);
        set.add(a);
    } else {
        set.delete("y");
    }
}

#[test]
#[ignore = "child process of crash_test_sigkill_1000_times"]
fn crash_child() {
    let Some(path) = std::env::var_os(CHILD_ENV) else {
        return;
    };
    let (mut st, mut set) = Store::open(&path);
    assert!(st.problems().is_empty(), "{:?}", st.problems());
    let mut k = state_of(&set);
    let mut out = std::io::stdout();
    writeln!(out, "READY {k}").unwrap();
    loop {
        k += 1;
        set_state(&mut set, k);
        st.save(&mut set).unwrap();
        writeln!(out, "SAVED {k}").unwrap();
    }
}

fn check_file(path: &Path) -> Option<u64> {
    if !path.exists() {
        return None;
    }
    let (st, set) = Store::open(path);
    assert!(
        st.problems().is_empty(),
        "after a kill: {:?}",
        st.problems()
    );
    Some(state_of(&set))
}

#[test]
fn crash_test_sigkill_1000_times() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.toml");
    let exe = std::env::current_exe().unwrap();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15
        ^ std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos() as u64;
    let mut last_done: Option<u64> = None;
    let t0 = Instant::now();
    let mut torn_candidates = 0;
    for round in 0..KILLS {
        let mut child = Command::new(&exe)
            .args(["crash_child", "--exact", "--nocapture", "--ignored"])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        loop {
            line.clear();
            assert!(reader.read_line(&mut line).unwrap() > 0, "child died early");
            if line.starts_with("READY") {
                break;
            }
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_micros(seed % 4000));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let mut rest = String::new();
        reader.read_to_string(&mut rest).unwrap();
        if let Some(k) = rest
            .lines()
            .filter_map(|l| l.strip_prefix("SAVED "))
            .filter_map(|n| n.trim().parse::<u64>().ok())
            .next_back()
        {
            last_done = Some(k);
        }
        let on_disk = check_file(&path);
        match (last_done, on_disk) {
            (None, None) => {}
            (None, Some(k)) => assert_eq!(k, 1, "round {round}"),
            (Some(_), None) => panic!("round {round}: the file vanished"),
            (Some(done), Some(k)) => {
                assert!(
                    k == done || k == done + 1,
                    "round {round}: file holds state {k}, last reported {done}"
                );
                if k == done + 1 {
                    torn_candidates += 1;
                }
            }
        }
        last_done = on_disk.or(last_done);
    }
    // Kills leave temporary files; the next save under the lock removes them.
    let (mut st, mut set) = Store::open(&path);
    set_state(&mut set, last_done.unwrap_or(0) + 1);
    st.save(&mut set).unwrap();
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        ["crash.toml", "crash.toml.lock"],
        "leftovers: {names:?}"
    );
    let saved = last_done.unwrap_or(0);
    eprintln!(
        "{KILLS} kills in {:.1?}: {saved} states saved, {torn_candidates} kills between rename and report",
        t0.elapsed()
    );
    assert!(saved >= 100, "too few saves ({saved}) to test anything");
}

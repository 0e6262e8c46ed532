//! Nothing lost: corrupt files, bad entries, two instances, failed writes.

use liseuse::model::annotation::{Annotation, AnnotationSet};
use liseuse::model::store::{Saved, Store, StoreError};
use std::fs;

const TEXT: &str =
    "Le «\u{a0}Aldi du commerce en ligne\u{a0}» devrait lancer son e-Wallet à la mi-juillet.";

fn ann(start: usize, end: usize, note: &str) -> Annotation {
    let mut a = Annotation::highlight("a.txt", TEXT, start, end);
    a.note = note.into();
    a
}

fn saved_file(n: usize) -> (tempfile::TempDir, std::path::PathBuf, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    let (mut st, mut set) = Store::open(&path);
    let ids = (0..n)
        .map(|i| set.add(ann(i, i + 4, &format!("n{i}"))))
        .collect();
    st.save(&mut set).unwrap();
    (dir, path, ids)
}

#[test]
fn broken_toml_loads_nothing_reports_line_and_column_and_saves_to_recovery() {
    let (dir, path, _) = saved_file(2);
    let mut text = fs::read_to_string(&path).unwrap();
    // Break the syntax on a known line: an unterminated string.
    text = text.replacen("note = \"n1\"", "note = \"n1", 1);
    fs::write(&path, &text).unwrap();
    let line = text.lines().position(|l| l == "note = \"n1").unwrap() + 1;
    let original = fs::read(&path).unwrap();

    let (mut st, mut set) = Store::open(&path);
    assert!(set.is_empty());
    let p = &st.problems()[0];
    assert_eq!(p.path, path);
    assert_eq!(p.line, line, "{p}");
    assert!(p.column >= 1, "{p}");
    assert!(
        p.to_string()
            .starts_with(&format!("{}:{line}:", path.display())),
        "{p}"
    );
    let ro = st.read_only().expect("read-only").clone();
    assert!(ro.reason.contains("will not be written"), "{}", ro.reason);
    assert!(
        ro.to_string()
            .contains(&format!("saved to {}", ro.recovery.display())),
        "{ro}"
    );

    let id = set.add(ann(3, 7, "new while broken"));
    let saved = st.save(&mut set).unwrap();
    assert_eq!(saved, Saved::Recovery(ro.recovery.clone()));
    assert_eq!(ro.recovery.parent(), Some(dir.path()));
    let name = ro
        .recovery
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(
        name.starts_with("notes.recovered-") && name.ends_with(".toml"),
        "{name}"
    );
    assert_eq!(
        fs::read(&path).unwrap(),
        original,
        "original must stay byte for byte"
    );
    let (_, rec) = Store::open(&ro.recovery);
    assert_eq!(rec.get(&id).unwrap().note, "new while broken");
}

#[test]
fn one_bad_entry_does_not_hide_the_good_ones() {
    let (_dir, path, ids) = saved_file(3);
    let text = fs::read_to_string(&path).unwrap();
    // Second entry: a string where a number belongs.
    let bad_start = text.match_indices("\n[[annotation]]").nth(1).unwrap().0 + 1;
    let (head, tail) = text.split_at(bad_start);
    let tail = tail.replacen("start = 1\n", "start = \"one\"\n", 1);
    let text = format!("{head}{tail}");
    fs::write(&path, &text).unwrap();
    let header_line = text[..bad_start].matches('\n').count() + 1;

    let (mut st, mut set) = Store::open(&path);
    assert_eq!(set.len(), 2);
    assert!(set.get(&ids[0]).is_some() && set.get(&ids[2]).is_some());
    assert_eq!(st.problems().len(), 1);
    let p = &st.problems()[0];
    assert_eq!(p.line, header_line, "{p}");
    assert!(
        p.message.contains("annotation #2") && p.message.contains(&ids[1]),
        "{p}"
    );
    // Read-only: rewriting would drop the bad entry.
    assert!(st.read_only().is_some());
    set.delete(&ids[0]);
    assert!(matches!(st.save(&mut set).unwrap(), Saved::Recovery(_)));
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn newer_schema_and_unknown_keys_are_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.toml");
    fs::write(&path, "schema_version = 2\n").unwrap();
    let (st, _) = Store::open(&path);
    assert!(st.read_only().is_some());
    assert!(st.problems()[0].message.contains("newer"));
    fs::write(
        &path,
        "schema_version = 1\n[[annotation]]\nid = \"x\"\narticle = \"a\"\ncolour = \"red\"\n",
    )
    .unwrap();
    let (st, set) = Store::open(&path);
    assert!(set.is_empty());
    assert!(
        st.problems()[0].message.contains("colour"),
        "{}",
        st.problems()[0]
    );
    assert_eq!(st.problems()[0].line, 2);
}

#[test]
fn two_instances_merge_by_id() {
    let (_dir, path, ids) = saved_file(3);
    let (mut st1, mut s1) = Store::open(&path);
    let (mut st2, mut s2) = Store::open(&path);
    let a1 = s1.add(ann(10, 14, "from one"));
    s1.edit(&ids[0], |a| a.note = "edited by one".into());
    s1.delete(&ids[2]);
    st1.save(&mut s1).unwrap();
    let a2 = s2.add(ann(20, 24, "from two"));
    s2.edit(&ids[1], |a| a.note = "edited by two".into());
    st2.save(&mut s2).unwrap();
    // Instance two saw one's changes through the merge.
    assert_eq!(s2.len(), 4);
    let (_, disk) = Store::open(&path);
    assert_eq!(disk.get(&a1).unwrap().note, "from one");
    assert_eq!(disk.get(&a2).unwrap().note, "from two");
    assert_eq!(disk.get(&ids[0]).unwrap().note, "edited by one");
    assert_eq!(disk.get(&ids[1]).unwrap().note, "edited by two");
    assert!(disk.get(&ids[2]).is_none(), "a deletion stays deleted");
    // Instance one saves again: it keeps two's work.
    s1.edit(&a1, |a| a.label = "blue".into());
    st1.save(&mut s1).unwrap();
    let (_, disk) = Store::open(&path);
    assert_eq!(disk.len(), 4);
    assert_eq!(disk.get(&ids[1]).unwrap().note, "edited by two");
    assert_eq!(disk.get(&a1).unwrap().label, "blue");
}

#[test]
fn concurrent_threads_each_add_and_all_survive() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    let handles: Vec<_> = (0..4)
        .map(|t| {
            let path = path.clone();
            std::thread::spawn(move || {
                let (mut st, mut set) = Store::open(&path);
                let mut ids = Vec::new();
                for i in 0..10 {
                    ids.push(set.add(ann(i, i + 3, &format!("t{t} i{i}"))));
                    st.save(&mut set).unwrap();
                }
                ids
            })
        })
        .collect();
    let ids: Vec<String> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    let (st, disk) = Store::open(&path);
    assert!(st.problems().is_empty());
    assert_eq!(disk.len(), 40);
    assert!(ids.iter().all(|id| disk.get(id).is_some()));
}

/// Tests run as root here, where chmod does not stop writes; a folder path
/// that is really a file fails for root too.
#[test]
fn failed_write_keeps_data_in_memory_and_retries() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("sub");
    fs::write(&blocker, "a file where the folder should be").unwrap();
    let path = blocker.join("notes.toml");
    let (mut st, mut set) = Store::open(&path);
    let id = set.add(ann(0, 2, "keep me"));
    let err = st.save(&mut set).unwrap_err();
    assert!(matches!(err, StoreError::Io { .. }));
    let msg = err.to_string();
    assert!(
        msg.contains("sub") && msg.contains("kept in memory"),
        "{msg}"
    );
    assert!(st.is_pending());
    assert_eq!(set.get(&id).unwrap().note, "keep me");
    // Fix the problem; the retry writes everything.
    fs::remove_file(&blocker).unwrap();
    fs::create_dir(&blocker).unwrap();
    assert_eq!(st.retry(&mut set).unwrap(), Saved::File(path.clone()));
    assert!(!st.is_pending());
    let (_, disk) = Store::open(&path);
    assert_eq!(disk.get(&id).unwrap().note, "keep me");
}

#[test]
fn file_deleted_behind_our_back_is_recreated_with_ours() {
    let (_dir, path, ids) = saved_file(2);
    let (mut st, mut set) = Store::open(&path);
    fs::remove_file(&path).unwrap();
    set.edit(&ids[0], |a| a.note = "x".into());
    st.save(&mut set).unwrap();
    let (_, disk): (Store, AnnotationSet) = Store::open(&path);
    // The other instance deleted the file: untouched ids go with it, ours stay.
    assert_eq!(disk.len(), 1);
    assert_eq!(disk.get(&ids[0]).unwrap().note, "x");
}

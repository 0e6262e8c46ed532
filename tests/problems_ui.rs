//! The problems overlay: `!` lists every file of the corpus that could not
//! be read, with its reason; Esc closes it. The status line names only the
//! first skipped file, so before this overlay the others were visible only
//! on the command line (`--verbose`).

mod common;
use common::*;
use liseuse::model::corpus::Limits;
use std::fs;

#[test]
fn bang_lists_every_file_not_read_and_esc_closes_the_list() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("article.txt"),
        "Un titre\n\nLe géant chinois Alibaba ouvre un entrepôt.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("scan.md"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0",
    )
    .unwrap();
    fs::write(
        dir.path().join("notes.txt"),
        b"\0\0\0binary\0\0 with nuls\0",
    )
    .unwrap();
    let mut a = app_on(vec![dir.path().to_path_buf()], Limits::default());
    a.finish_loading();
    assert_eq!(a.state.doc.articles.len(), 1);
    assert_eq!(a.state.doc.skipped.len(), 2, "{:?}", a.state.doc.skipped);
    let mut t = terminal(120, 30);
    a.draw(&mut t).unwrap();
    let s = screen(&t);
    assert!(
        s.contains("2 skipped (!)"),
        "the status line says how to list them:\n{s}"
    );
    assert!(!s.contains("Files not read"), "{s}");

    play(&mut a, &mut t, "!");
    let s = screen(&t);
    assert!(s.contains("Files not read · 2"), "{s}");
    for name in ["scan.md", "notes.txt"] {
        let row = s
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} is listed:\n{s}"));
        let reason = a
            .state
            .doc
            .skipped
            .iter()
            .find(|k| k.path.ends_with(name))
            .unwrap()
            .reason
            .to_string();
        assert!(
            row.contains(&reason),
            "{name}'s row gives its reason {reason:?}: {row}"
        );
    }
    // it takes the keys: j moves its selection, not the article list's
    play(&mut a, &mut t, "j");
    assert_eq!(a.state.view.problems.as_ref().map(|p| p.sel), Some(1));
    assert_eq!(a.state.view.list.sel, 0);

    play(&mut a, &mut t, "<Esc>");
    let s = screen(&t);
    assert!(!s.contains("Files not read"), "Esc closes it:\n{s}");
    assert!(s.contains("Un titre"), "{s}");
}

#[test]
fn a_corpus_read_whole_says_so() {
    let mut a = seeds_app();
    a.finish_loading();
    let mut t = terminal(120, 30);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "!");
    let s = screen(&t);
    assert!(s.contains("Files not read · 0"), "{s}");
    assert!(s.contains("every file of the corpus was read"), "{s}");
    play(&mut a, &mut t, "q");
}

//! Annotations are found wherever the corpus is opened from (issue 13,
//! part 4): the nearest `.liseuse-annotations.toml` at or above the given
//! folder, with articles named from that file's folder.

mod common;

use liseuse::model::annotation::Annotation;
use liseuse::model::store::{self, FILE_NAME};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const TEXT: &str = "La Russie crée un nouveau poids lourd du e-commerce.\n\nAvec Alibaba.";

/// `top/` holds the annotation file, annotated `top/sub/folder/a.txt`
/// and a plain `top/sub/folder/b.txt`.
fn corpus(dir: &Path) -> PathBuf {
    let top = dir.join("top");
    let folder = top.join("sub/folder");
    fs::create_dir_all(&folder).unwrap();
    fs::write(folder.join("a.txt"), TEXT).unwrap();
    fs::write(folder.join("b.txt"), "Un autre article.\n\nSans note.").unwrap();
    let mut a = Annotation::highlight("sub/folder/a.txt", TEXT, 10, 15);
    a.note = "à relire".into();
    fs::write(top.join(FILE_NAME), store::to_toml([&a])).unwrap();
    top
}

fn run(args: &[&str]) -> (String, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code(),
    )
}

#[test]
fn filter_has_annotation_finds_them_from_a_subfolder_and_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let top = corpus(dir.path());
    let folder = top.join("sub/folder");
    let a = folder.join("a.txt");
    for from in [&top, &folder, &a] {
        let (out, err, code) = run(&["filter", "has:annotation", from.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{err}");
        assert_eq!(
            out.lines().collect::<Vec<_>>(),
            [a.to_str().unwrap()],
            "from {from:?}"
        );
    }
    let (out, _, _) = run(&["filter", "note:relire", folder.to_str().unwrap()]);
    assert_eq!(out.trim(), a.to_str().unwrap());
}

#[test]
fn the_annotation_list_anchors_them_from_a_subfolder() {
    let dir = tempfile::tempdir().unwrap();
    let top = corpus(dir.path());
    let (out, err, code) = run(&[
        "annotations",
        "--format",
        "json",
        top.join("sub/folder").to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("à relire"), "{out}");
    assert!(out.contains("exact"), "{out}");
}

#[test]
fn the_reader_shows_them_on_a_single_file() {
    let dir = tempfile::tempdir().unwrap();
    let top = corpus(dir.path());
    let file = top.join("sub/folder/a.txt");
    let path = store::default_path(std::slice::from_ref(&file));
    assert_eq!(
        path,
        fs::canonicalize(&top).unwrap().join(FILE_NAME),
        "the nearest file above"
    );
    let mut app = liseuse::app::build_with(
        vec![file],
        Default::default(),
        liseuse::theme::Theme::fallback(false),
        Default::default(),
        false,
        Some(path),
    );
    app.finish_loading();
    assert_eq!(app.state.doc.article(0).rel, "sub/folder/a.txt");
    app.state.doc.set_filter("has:annotation");
    assert_eq!(app.state.doc.visible, [0]);
    // drawn as a highlight in the reader
    let mut term = common::terminal(100, 30);
    app.draw(&mut term).unwrap();
    common::play(&mut app, &mut term, "A");
    let screen = common::screen(&term);
    assert!(screen.contains("à relire"), "{screen}");
}

#[test]
fn without_a_file_above_the_default_stays() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("plain");
    fs::create_dir_all(&folder).unwrap();
    fs::write(folder.join("a.txt"), TEXT).unwrap();
    assert_eq!(
        store::default_path(std::slice::from_ref(&folder)),
        folder.join(FILE_NAME)
    );
    let mut app = common::app_on(vec![folder], Default::default());
    app.finish_loading();
    assert_eq!(app.state.doc.article(0).rel, "a.txt");
}

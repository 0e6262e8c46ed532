//! `liseuse annotations`: what a user sees in each format.

use liseuse::model::annotation::{Annotation, AnnotationSet};
use liseuse::model::store::Store;
use std::fs;
use std::path::Path;
use std::process::Command;

const ARTICLE: &str = "Titre: Alibaba : enfin un concurrent pour Amazon ?\n\
Source: BFM Business\n\
Le géant chinois s’attaque au marché «\u{a0}européen\u{a0}», dit-il, avec \"prudence\".\n\
Un second paragraphe, qui sera supprimé.\n";

fn run(args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .arg("annotations")
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.success(),
    )
}

fn span(text: &str, needle: &str) -> (usize, usize) {
    let s = text[..text.find(needle).unwrap()].chars().count();
    (s, s + needle.chars().count())
}

/// A corpus folder with one article, three highlights (one to be
/// orphaned) and an article note, in the default annotation file.
fn corpus() -> (tempfile::TempDir, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let art = dir.path().join("alibaba.txt");
    fs::write(&art, ARTICLE).unwrap();
    let (mut st, mut set) = Store::open(dir.path().join(".liseuse-annotations.toml"));
    let mut ids = Vec::new();
    let mut add = |set: &mut AnnotationSet, needle: &str, note: &str, tags: &[&str]| {
        let (s, e) = span(ARTICLE, needle);
        let mut a = Annotation::highlight("alibaba.txt", ARTICLE, s, e);
        a.note = note.into();
        a.tags = tags.iter().map(|t| t.to_string()).collect();
        ids.push(set.add(a));
    };
    add(
        &mut set,
        "marché «\u{a0}européen\u{a0}», dit-il",
        "Note, avec virgule",
        &["europe", "chine"],
    );
    add(&mut set, "avec \"prudence\"", "ligne 1\nligne 2", &[]);
    add(
        &mut set,
        "Un second paragraphe, qui sera supprimé.",
        "",
        &[],
    );
    set.set_article_note("alibaba.txt", ARTICLE, "À relire.");
    st.save(&mut set).unwrap();
    // The article changes: the last paragraph goes, a line is inserted.
    let changed = ARTICLE
        .replace("Un second paragraphe, qui sera supprimé.\n", "")
        .replace("Le géant", "Mise à jour.\nLe géant");
    fs::write(&art, changed).unwrap();
    (dir, ids)
}

fn path(d: &Path) -> &str {
    d.to_str().unwrap()
}

#[test]
fn markdown_groups_by_article_with_status() {
    let (dir, ids) = corpus();
    let (out, err, ok) = run(&[path(dir.path())]);
    assert!(ok, "{err}");
    assert!(
        out.starts_with(
            "# Annotations\n\n## Alibaba : enfin un concurrent pour Amazon ?\n\n`alibaba.txt`\n"
        ),
        "{out}"
    );
    assert!(out.contains("**Article note:** À relire.\n"), "{out}");
    assert!(out.contains("> marché «\u{a0}européen\u{a0}», dit-il\n\nNote, avec virgule\n\n*#europe #chine · yellow · moved at "), "{out}");
    assert!(out.contains("ligne 1\nligne 2\n"), "{out}");
    let (s, e) = span(ARTICLE, "Un second paragraphe, qui sera supprimé.");
    assert!(
        out.contains(&format!("orphan at {s}–{e} · id {}*", ids[2])),
        "{out}"
    );
}

#[test]
fn json_has_status_and_current_offsets() {
    let (dir, _) = corpus();
    let (out, err, ok) = run(&[path(dir.path()), "--format", "json"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = v.as_array().unwrap();
    assert_eq!(items.len(), 4);
    let statuses: Vec<&str> = items
        .iter()
        .map(|i| i["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["exact", "moved", "moved", "orphan"]);
    let shifted = "Mise à jour.\n".chars().count() as u64;
    let first = &items[1];
    assert_eq!(
        first["current_start"].as_u64().unwrap(),
        first["start"].as_u64().unwrap() + shifted
    );
    assert_eq!(first["current_quote"], first["quote"]);
    assert_eq!(
        first["title"],
        "Alibaba : enfin un concurrent pour Amazon ?"
    );
    assert_eq!(items[0]["kind"], "article");
}

#[test]
fn csv_quotes_fields_and_uses_the_import_columns() {
    let (dir, _) = corpus();
    let file = dir.path().join(".liseuse-annotations.toml");
    let elsewhere = tempfile::tempdir().unwrap();
    let moved = elsewhere.path().join("mine.toml");
    fs::copy(&file, &moved).unwrap();
    let (out, err, ok) = run(&[
        path(dir.path()),
        "--annotations",
        moved.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    assert!(ok, "{err}");
    let lines: Vec<&str> = out.split("\r\n").collect();
    assert_eq!(lines[0], "Highlight,Title,Author,URL,Note,Location");
    assert_eq!(
        lines[1],
        format!(
            "\"marché «\u{a0}européen\u{a0}», dit-il\",Alibaba : enfin un concurrent pour Amazon ?,BFM Business,,\".europe .chine Note, avec virgule\",{}",
            span(ARTICLE, "marché").0 + "Mise à jour.\n".chars().count()
        )
    );
    assert!(
        lines[2].starts_with("\"avec \"\"prudence\"\"\",Alibaba"),
        "{}",
        lines[2]
    );
    assert!(lines[2].contains(",\"ligne 1\nligne 2\","), "{}", lines[2]);
    assert_eq!(
        lines.len(),
        5,
        "3 highlights, header, trailing empty: {out}"
    );
}

#[test]
fn corrupt_file_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Du texte.\n").unwrap();
    let file = dir.path().join(".liseuse-annotations.toml");
    fs::write(&file, "schema_version = 1\n[[annotation]\n").unwrap();
    let (out, err, ok) = run(&[path(dir.path())]);
    assert!(ok);
    assert!(err.contains(&format!("{}:2:", file.display())), "{err}");
    assert!(out.contains("No annotations."), "{out}");
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        "schema_version = 1\n[[annotation]\n"
    );
}

//! The annotation file: round trip, stable order, set operations, merge of
//! two instances, corrupt files and failed writes.

use liseuse::model::annotation::{Annotation, AnnotationSet, Kind};
use liseuse::model::store::{self, Saved, Store, parse, to_toml};
use std::fs;
use std::path::PathBuf;

const TEXT: &str = "La Russie crée un nouveau poids lourd du e-commerce avec\u{a0}Alibaba. \
Le «\u{a0}Aldi du commerce en ligne\u{a0}» devrait lancer son e-Wallet.";

fn ann(article: &str, start: usize, end: usize, note: &str) -> Annotation {
    let mut a = Annotation::highlight(article, TEXT, start, end);
    a.note = note.to_string();
    a.tags = vec!["russie".into(), "e-commerce".into()];
    a
}

#[test]
fn round_trip_keeps_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.toml");
    let (mut st, mut set) = Store::open(&path);
    assert!(set.is_empty() && st.problems().is_empty());
    let a = ann(
        "b.txt",
        15,
        46,
        "multi\nline \"note\" with 'quotes' and «\u{a0}guillemets\u{a0}»",
    );
    let id = set.add(a.clone());
    set.set_article_note("b.txt", TEXT, "Article-level note");
    assert_eq!(st.save(&mut set).unwrap(), Saved::File(path.clone()));
    let (st2, set2) = Store::open(&path);
    assert!(st2.problems().is_empty(), "{:?}", st2.problems());
    assert_eq!(set2.get(&id), Some(&a));
    assert_eq!(set2.len(), 2);
    let note = set2.article_note("b.txt").unwrap();
    assert_eq!(note.kind, Kind::Article);
    assert_eq!(note.note, "Article-level note");
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("schema_version = 1\n"), "{text}");
    assert!(text.contains("[[annotation]]"), "{text}");
    assert!(text.contains("kind = \"article\""), "{text}");
    assert_eq!(a.quote, "un nouveau poids lourd du e-com");
    assert_eq!(a.prefix, "La Russie crée ");
}

#[test]
fn file_order_is_article_then_start_then_id_and_stable() {
    let items = vec![
        ann("z.txt", 5, 9, ""),
        ann("a.txt", 30, 35, ""),
        ann("a.txt", 2, 6, ""),
    ];
    let t1 = to_toml(items.iter());
    let t2 = to_toml(items.iter().rev());
    assert_eq!(t1, t2, "order must not depend on the input order");
    let parsed = parse(&PathBuf::from("x"), &t1);
    let keys: Vec<(String, usize)> = parsed
        .items
        .iter()
        .map(|a| (a.article.clone(), a.start))
        .collect();
    assert_eq!(
        keys,
        vec![
            ("a.txt".into(), 2),
            ("a.txt".into(), 30),
            ("z.txt".into(), 5)
        ]
    );
    // One edit changes only that entry's lines.
    let mut edited = items.clone();
    edited[0].note = "changed".into();
    let t3 = to_toml(edited.iter());
    let changed: Vec<(&str, &str)> = t1.lines().zip(t3.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(changed, vec![("note = \"\"", "note = \"changed\"")]);
}

#[test]
fn undo_redo_every_kind_of_change() {
    let mut set = AnnotationSet::new();
    let id = set.add(ann("a.txt", 0, 9, "first"));
    assert!(set.edit(&id, |a| a.note = "second".into()));
    assert!(set.reattach(&id, 18, 25, TEXT));
    assert_eq!(set.get(&id).unwrap().quote, "nouveau");
    set.delete(&id);
    assert!(set.get(&id).is_none());
    assert_eq!(set.undo().as_deref(), Some(id.as_str()));
    assert_eq!(set.get(&id).unwrap().quote, "nouveau");
    set.undo();
    assert_eq!(set.get(&id).unwrap().quote, "La Russie");
    assert_eq!(set.get(&id).unwrap().note, "second");
    set.undo();
    assert_eq!(set.get(&id).unwrap().note, "first");
    set.undo();
    assert!(set.is_empty());
    assert!(set.undo().is_none());
    set.redo();
    set.redo();
    assert_eq!(set.get(&id).unwrap().note, "second");
    // A new change clears the redo history.
    set.edit(&id, |a| a.label = "green".into());
    assert!(!set.can_redo());
}

#[test]
fn default_paths() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("x.txt");
    fs::write(&f, "hi").unwrap();
    assert_eq!(
        store::default_path(&[dir.path().to_path_buf()]),
        dir.path().join(".liseuse-annotations.toml")
    );
    assert_eq!(
        store::default_path(&[f]),
        dir.path().join(".liseuse-annotations.toml")
    );
    let seeds = store::default_path(&[]);
    assert!(
        seeds.ends_with("liseuse/seeds-annotations.toml"),
        "{}",
        seeds.display()
    );
}

#[test]
fn awkward_strings_survive_the_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("w.toml");
    let (mut st, mut set) = Store::open(&path);
    let nasty = [
        "\nstarts with a newline",
        "ends with a newline\n",
        "crlf\r\nline",
        "lone \r carriage return",
        "triple \"\"\" quotes and ''' apostrophes",
        "back\\slash \\n not an escape",
        "tab\there, nul \u{0} and bell \u{7}",
        "  leading and trailing spaces  ",
        "«\u{a0}fine\u{202f}» — “curly” ’ \u{200b}zero width",
        "",
    ];
    let mut ids = Vec::new();
    for (i, s) in nasty.iter().enumerate() {
        let mut a = ann("n.txt", i, i + 3, s);
        a.prefix = s.to_string();
        a.suffix = s.to_string();
        a.quote = s.to_string();
        a.tags = vec![s.to_string()];
        ids.push((set.add(a.clone()), a));
    }
    st.save(&mut set).unwrap();
    let (st2, back) = Store::open(&path);
    assert!(st2.problems().is_empty(), "{:?}", st2.problems());
    for (id, a) in &ids {
        assert_eq!(back.get(id), Some(a));
    }
}

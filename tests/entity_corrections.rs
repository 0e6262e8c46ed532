//! Corrections a reader makes to the entities (issue 14, part 3), as a
//! person makes them: in the sidebar, mark a junk entity "not an entity",
//! give another its right kind, merge two spellings, rename one; in the
//! reader, declare a new one from a selection. They apply at once to the
//! whole corpus (sidebar, entity filters), are saved beside the annotation
//! file, hold after a reopen, show in `liseuse entities --json`, and undo.

mod common;

use common::{play, screen, terminal};
use liseuse::app::{self, App};
use liseuse::model::entities::EntityKind;
use liseuse::state::{Focus, Scope};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

// what the extractor gets wrong here: "Procurement" is no organization,
// the Tenderloin is a place, "Morgan Stanley Inc." is the same bank,
// "Petit Atelier du Kerbrat" is one name, not "Petit Atelier" and "Kerbrat"
// (each named twice in its article: a name said once with nothing for it
// is dropped by the extractor already)
const A: &str = "Bank news\n\nDispatch\n\nMorgan Stanley hired Jane Doe in London on Monday. \
Morgan Stanley said the Petit Atelier du Kerbrat deal closed. Jane Doe met Mail.Ru executives. \
Its Procurement unit agreed. The Procurement unit signed. Shelters in the Tenderloin opened. \
The Tenderloin was calm. The Petit Atelier du Kerbrat grew.\n";
const B: &str = "More news\n\nMorgan Stanley Inc. and MAIL.RU shares rose. \
The Petit Atelier du Kerbrat is in Brest.\n";

fn corpus() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("news");
    fs::create_dir_all(&corpus).unwrap();
    fs::write(corpus.join("a.txt"), A).unwrap();
    fs::write(corpus.join("b.txt"), B).unwrap();
    (dir, corpus)
}

fn open(corpus: &Path) -> App {
    let mut app = app::build_with(
        vec![corpus.to_path_buf()],
        Default::default(),
        liseuse::theme::Theme::fallback(false),
        Default::default(),
        false,
        Some(corpus.join(".liseuse-annotations.toml")),
    );
    app.finish_loading();
    app
}

/// The sidebar's rows: (kind, name, count).
fn rows(app: &App) -> Vec<(EntityKind, String, usize)> {
    app.state
        .view
        .sidebar
        .rows
        .iter()
        .map(|r| (r.kind, r.canonical.clone(), r.count))
        .collect()
}

fn has(app: &App, kind: EntityKind, name: &str) -> Option<usize> {
    rows(app)
        .into_iter()
        .find(|(k, n, _)| *k == kind && n == name)
        .map(|r| r.2)
}

/// Focuses the sidebar, counting over the whole corpus.
fn corpus_sidebar(app: &mut App, term: &mut Terminal<TestBackend>) {
    for _ in 0..4 {
        if app.state.view.focus == Focus::Sidebar {
            break;
        }
        play(app, term, "<Tab>");
    }
    assert_eq!(app.state.view.focus, Focus::Sidebar);
    for _ in 0..3 {
        if app.state.view.sidebar.scope == Scope::Corpus {
            break;
        }
        play(app, term, "S");
    }
    assert_eq!(app.state.view.sidebar.scope, Scope::Corpus);
}

/// Moves the sidebar's selection to an entity, with the keys.
fn select(app: &mut App, term: &mut Terminal<TestBackend>, kind: EntityKind, name: &str) {
    let i = rows(app)
        .iter()
        .position(|(k, n, _)| *k == kind && n == name)
        .unwrap_or_else(|| panic!("{name} not listed: {:?}", rows(app)));
    play(app, term, "g");
    for _ in 0..i {
        play(app, term, "j");
    }
    let sel = app.state.selected_entity().unwrap();
    assert_eq!((sel.kind, sel.canonical.as_str()), (kind, name));
}

#[test]
fn four_corrections_hold_across_the_corpus_and_a_reopen() {
    use EntityKind::{Organization as Org, Person};
    let (_dir, corpus) = corpus();
    let mut app = open(&corpus);
    let mut term = terminal(140, 40);
    app.draw(&mut term).unwrap();
    corpus_sidebar(&mut app, &mut term);
    // the extractor's mistakes are there to begin with
    assert!(has(&app, Org, "Procurement").is_some(), "{:?}", rows(&app));
    assert_eq!(has(&app, Org, "Tenderloin"), Some(1));
    assert!(has(&app, Org, "Kerbrat").is_some());

    // not an entity
    select(&mut app, &mut term, Org, "Procurement");
    play(&mut app, &mut term, "d");
    assert!(screen(&term).contains("“Procurement” is not an entity"));
    assert_eq!(has(&app, Org, "Procurement"), None);

    // another kind: the question lists the kinds; l is place
    select(&mut app, &mut term, Org, "Tenderloin");
    play(&mut app, &mut term, "t");
    assert!(screen(&term).contains("l place"), "{}", screen(&term));
    play(&mut app, &mut term, "l");
    assert_eq!(has(&app, Org, "Tenderloin"), None);
    assert_eq!(has(&app, EntityKind::Place, "Tenderloin"), Some(1));

    // merge two spellings: m on one, m on the other
    select(&mut app, &mut term, Org, "Morgan Stanley Inc.");
    play(&mut app, &mut term, "m");
    assert!(screen(&term).contains("press m again"), "{}", screen(&term));
    select(&mut app, &mut term, Org, "Morgan Stanley");
    play(&mut app, &mut term, "m");
    assert_eq!(has(&app, Org, "Morgan Stanley Inc."), None);
    assert_eq!(
        has(&app, Org, "Morgan Stanley"),
        Some(2),
        "{:?}",
        rows(&app)
    );
    // the detail line says what was done, and the row is marked
    let s = screen(&term);
    assert!(s.contains("✎ Morgan Stanley"), "{s}");

    // rename (both spellings of Mail.Ru are one entity)
    select(&mut app, &mut term, Org, "Mail.Ru");
    play(&mut app, &mut term, "r<C-u>Mail.ru Group<Enter>");
    assert_eq!(has(&app, Org, "Mail.ru Group"), Some(2), "{:?}", rows(&app));

    // declare from a selection in the reader: find it, select four words
    play(&mut app, &mut term, "/\"Petit Atelier du Kerbrat\"<Enter>");
    for _ in 0..4 {
        if app.state.view.focus == Focus::Reader {
            break;
        }
        play(&mut app, &mut term, "<Tab>");
    }
    play(&mut app, &mut term, "nveeeeD");
    let s = screen(&term);
    assert!(
        s.contains("declare “Petit Atelier du Kerbrat” an entity"),
        "{s}"
    );
    play(&mut app, &mut term, "o");
    play(&mut app, &mut term, "<Esc>/<C-u><Enter>");
    corpus_sidebar(&mut app, &mut term);
    assert_eq!(has(&app, Org, "Petit Atelier du Kerbrat"), Some(2));
    assert_eq!(has(&app, Org, "Kerbrat"), None, "{:?}", rows(&app));

    // the entity filter fields see them at once
    app.state.doc.set_filter("org:\"Petit Atelier du Kerbrat\"");
    assert_eq!(app.state.doc.visible.len(), 2);
    app.state.doc.set_filter("person:stanley");
    assert!(app.state.doc.visible.is_empty());
    app.state.doc.set_filter("");

    // saved, human-readable, beside the annotation file
    let file = fs::read_to_string(corpus.join(".liseuse-entities.toml")).unwrap();
    for action in ["reject", "retype", "merge", "rename", "declare"] {
        assert!(
            file.contains(&format!("action = \"{action}\"")),
            "{action}: {file}"
        );
    }

    // quit and reopen: all hold
    drop(app);
    let mut app = open(&corpus);
    let mut term = terminal(140, 40);
    app.draw(&mut term).unwrap();
    corpus_sidebar(&mut app, &mut term);
    assert_eq!(has(&app, Org, "Procurement"), None);
    assert_eq!(has(&app, Org, "Morgan Stanley"), Some(2));
    assert_eq!(has(&app, Org, "Mail.ru Group"), Some(2));
    assert_eq!(has(&app, Org, "Petit Atelier du Kerbrat"), Some(2));

    // `liseuse entities --json` reflects them, saying which were corrected
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        .args(["entities", "--json"])
        .arg(&corpus)
        .env("XDG_CACHE_HOME", corpus.parent().unwrap().join("cache"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let of = |name: &str| -> Vec<&serde_json::Value> {
        lines.iter().filter(|v| v["canonical"] == name).collect()
    };
    assert!(of("Procurement").is_empty());
    let ms = of("Morgan Stanley");
    assert_eq!(ms.len(), 3, "{ms:?}");
    assert!(ms.iter().all(|v| v["kind"] == "organization"));
    assert!(ms.iter().any(|v| v["correction"] == "merge"));
    let t = of("Tenderloin");
    assert!(
        t.len() == 2
            && t.iter()
                .all(|v| v["kind"] == "place" && v["correction"] == "retype"),
        "{t:?}"
    );
    let declared = of("Petit Atelier du Kerbrat");
    assert_eq!(declared.len(), 3);
    assert!(declared.iter().all(|v| v["correction"] == "declare"));
    assert!(
        declared
            .iter()
            .all(|v| v["text"] == "Petit Atelier du Kerbrat")
    );

    // u in the sidebar undoes this session's corrections, last first
    play(&mut app, &mut term, "u");
    assert!(screen(&term).contains("no entity correction to undo"));
    select(&mut app, &mut term, Person, "Jane Doe");
    play(&mut app, &mut term, "d");
    assert_eq!(has(&app, Person, "Jane Doe"), None);
    play(&mut app, &mut term, "u");
    assert_eq!(has(&app, Person, "Jane Doe"), Some(1));
    let file = fs::read_to_string(corpus.join(".liseuse-entities.toml")).unwrap();
    assert!(!file.contains("Jane Doe"), "{file}");
    assert!(file.contains("Petit Atelier du Kerbrat"), "{file}");
}

#[test]
fn a_corrections_file_that_does_not_parse_is_said_and_kept() {
    let (_dir, corpus) = corpus();
    let path = corpus.join(".liseuse-entities.toml");
    let bad = "schema_version = 1\n[[correction]]\naction = \"reject\"\nkind = \"organisation\"\nname = \"X\"\n";
    fs::write(&path, bad).unwrap();
    let mut app = open(&corpus);
    let mut term = terminal(140, 40);
    app.draw(&mut term).unwrap();
    let s = screen(&term);
    assert!(s.contains("entity corrections will not be saved"), "{s}");
    corpus_sidebar(&mut app, &mut term);
    select(&mut app, &mut term, EntityKind::Organization, "Procurement");
    play(&mut app, &mut term, "d");
    // applied for the session, never written over the file
    assert_eq!(has(&app, EntityKind::Organization, "Procurement"), None);
    assert!(screen(&term).contains("entity corrections not saved"));
    assert_eq!(fs::read_to_string(&path).unwrap(), bad);
}

/// The index a correction updates in place answers as the one built with
/// the correction from the start, and undoing gives the plain one back.
#[test]
fn a_correction_in_place_indexes_as_one_made_before_loading() {
    use EntityKind::{Organization as Org, Person, Place};
    use liseuse::model::cache::Session;
    use liseuse::model::corrections::{Action, Correction, Corrections};
    use liseuse::model::document::Scope as DocScope;
    use liseuse::model::loader::{load_document, load_document_with};
    use liseuse::model::text::fold;
    use std::collections::BTreeMap;

    let (_dir, corpus) = corpus();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for e in fs::read_dir(&seeds).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), corpus.join(e.file_name())).unwrap();
    }
    let c = Corrections::new([
        Correction::new(Action::Reject, Org, "Procurement"),
        Correction::new(Action::Retype, Org, "Tenderloin").to_kind(Place),
        Correction::new(Action::Merge, Org, "Morgan Stanley Inc.")
            .to("Morgan Stanley")
            .to_kind(Org),
        Correction::new(Action::Rename, Org, "Joom").to("Joom Group"),
        Correction::new(Action::Retype, Place, "Russie").to_kind(Org),
        Correction::new(Action::Declare, Org, "Petit Atelier du Kerbrat"),
    ]);
    let paths = [corpus.clone()];
    let counts = |d: &liseuse::model::Document| -> BTreeMap<(EntityKind, String), u32> {
        d.entity_counts(DocScope::Corpus, usize::MAX)
            .into_iter()
            .map(|e| ((e.kind, fold(&e.canonical)), e.articles))
            .collect()
    };
    let field = |k: EntityKind| match k {
        Person => "person",
        Org => "org",
        Place => "place",
        EntityKind::Date => "date",
        EntityKind::Money => "money",
        EntityKind::Percent => "percent",
        EntityKind::Quantity => "quantity",
    };
    let same = |a: &mut liseuse::model::Document, b: &mut liseuse::model::Document| {
        assert_eq!(counts(a), counts(b));
        let mut queries: Vec<String> = counts(b)
            .keys()
            .chain(counts(a).keys())
            .filter(|(_, n)| !n.contains('"'))
            .map(|(k, n)| format!("{}:\"{n}\"", field(*k)))
            .collect();
        queries
            .extend(["org:port", "person:stanley", "place:russie", "org:joom"].map(String::from));
        for q in queries {
            a.set_filter(&q);
            b.set_filter(&q);
            assert_eq!(a.visible, b.visible, "{q}");
        }
    };
    let mut live = load_document(&paths, Default::default());
    // made one after the other, as a reader does
    let first = Corrections::new(c.list()[..3].iter().cloned());
    assert!(live.apply_corrections(&first) > 0);
    assert!(live.apply_corrections(&c) > 0);
    let mut fresh = load_document_with(&paths, Default::default(), Session::off(), &c);
    same(&mut live, &mut fresh);
    // undone: the extractor's entities again
    live.apply_corrections(&Corrections::default());
    let mut plain = load_document(&paths, Default::default());
    same(&mut live, &mut plain);
}

/// A correction made while another liseuse holds the file's lock is not
/// lost at quit: `q` asks (retry, or quit and lose it), `r` saves once
/// the lock is free; quitting anyway is an error exit that says so.
#[test]
fn a_correction_not_saved_for_a_held_lock_makes_quit_ask() {
    use EntityKind::Organization as Org;
    for give_up in [false, true] {
        let (_dir, corpus) = corpus();
        let file = corpus.join(".liseuse-entities.toml");
        let other = fs::File::create(corpus.join(".liseuse-entities.toml.lock")).unwrap();
        other.lock().unwrap();
        let mut app = open(&corpus);
        let mut term = terminal(140, 40);
        app.draw(&mut term).unwrap();
        corpus_sidebar(&mut app, &mut term);
        select(&mut app, &mut term, Org, "Procurement");
        play(&mut app, &mut term, "d");
        assert!(
            screen(&term).contains("entity corrections not saved: locked by another liseuse"),
            "{}",
            screen(&term)
        );
        assert!(!play(&mut app, &mut term, "q"), "q must not quit");
        let s = screen(&term);
        assert!(
            s.contains("entity corrections not saved") && s.contains("r retry"),
            "{s}"
        );
        // still locked: r asks again
        assert!(!play(&mut app, &mut term, "r"));
        assert!(!file.exists());
        if give_up {
            assert!(play(&mut app, &mut term, "Q"));
            assert_eq!(app.exit.code, 1);
            assert!(
                app.exit
                    .lines
                    .iter()
                    .any(|l| l.contains("entity corrections were not saved")),
                "{:?}",
                app.exit.lines
            );
            assert!(!file.exists());
        } else {
            other.unlock().unwrap();
            assert!(play(&mut app, &mut term, "r"), "saved, so r quits");
            assert_eq!(app.exit.code, 0);
            let saved = fs::read_to_string(&file).unwrap();
            assert!(saved.contains("name = \"Procurement\""), "{saved}");
        }
    }
}

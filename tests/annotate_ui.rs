//! Scenario tests of annotating from the keyboard: keys in, annotations
//! (and the file) out.

mod common;
use common::*;
use liseuse::app;
use liseuse::keymap::Keymap;
use liseuse::model::anchor::Status;
use liseuse::theme::Theme;

fn app_with_file(path: &std::path::Path) -> app::App {
    app::build_with(
        Vec::new(),
        Default::default(),
        Theme::fallback(false),
        Keymap::default(),
        false,
        Some(path.to_path_buf()),
    )
}

#[test]
fn select_annotate_tag_and_save() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.toml");
    let mut a = app_with_file(&file);
    let mut t = terminal(120, 40);
    a.draw(&mut t).unwrap();
    // open 000, three words on ("commerce"), select to the end of the word
    play(&mut a, &mut t, "<Enter>wwwvea");
    assert!(screen(&t).contains("New annotation"));
    play(
        &mut a,
        &mut t,
        "Le modèle<Tab>prix, russie<Tab><Right><C-s>",
    );
    let notes = a.state.notes.sorted();
    assert_eq!(notes.len(), 1);
    let n = notes[0];
    assert_eq!(n.quote, "commerce");
    assert_eq!(n.note, "Le modèle");
    assert_eq!(n.tags, ["prix", "russie"]);
    assert_eq!(n.label, "green");
    assert_eq!(n.article, "000_df083515a8b5fbdb.txt");
    assert_eq!(
        (n.start, n.end),
        (12, 20),
        "char offsets of the first “commerce”"
    );
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("quote = \"commerce\""), "{saved}");
    assert!(saved.contains("tags = [\"prix\", \"russie\"]"), "{saved}");
    // the filter sees tags and notes
    play(&mut a, &mut t, "/tag:russie<Enter>");
    assert_eq!(a.state.doc.visible.len(), 1);
    play(&mut a, &mut t, "<Esc>");
}

#[test]
fn highlight_undo_redo_and_delete_from_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.toml");
    let mut a = app_with_file(&file);
    let mut t = terminal(120, 40);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "<Enter>)v)h");
    assert_eq!(a.state.notes.len(), 1);
    let quote = a.state.notes.sorted()[0].quote.clone();
    assert!(quote.starts_with("(Photo"), "{quote:?}");
    play(&mut a, &mut t, "u");
    assert_eq!(a.state.notes.len(), 0);
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(
        !after.contains("quote ="),
        "undo saved the file without it:\n{after}"
    );
    play(&mut a, &mut t, "<C-r>");
    assert_eq!(a.state.notes.len(), 1);
    play(&mut a, &mut t, "A");
    let s = screen(&t);
    assert!(s.contains("Annotations · this article · 1"), "{s}");
    assert!(s.contains("exact"));
    play(&mut a, &mut t, "d");
    assert_eq!(a.state.notes.len(), 0);
    play(&mut a, &mut t, "u<Esc>");
    assert_eq!(a.state.notes.len(), 1);
    assert!(a.state.view.annotations.list.is_none());
}

#[test]
fn reopening_finds_the_annotation_and_jumps_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.toml");
    {
        let mut a = app_with_file(&file);
        let mut t = terminal(120, 40);
        a.draw(&mut t).unwrap();
        play(&mut a, &mut t, "jjjj<Enter>}}}}vea<C-s>");
        assert_eq!(a.state.notes.len(), 1);
    }
    let mut a = app_with_file(&file);
    let mut t = terminal(120, 40);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "A<Tab>");
    let s = screen(&t);
    assert!(s.contains("Annotations · all articles · 1"), "{s}");
    play(&mut a, &mut t, "<Enter>");
    assert_eq!(a.state.view.reader.open, Some(4));
    let rows = liseuse::annotating::rows(
        &a.state.doc,
        &a.state.notes,
        &mut a.state.view.annotations.anchors,
        None,
    );
    assert_eq!(rows[0].anchor.status, Status::Exact);
    let s = screen(&t);
    assert!(
        s.contains('▍'),
        "a margin marker shows the annotated line:\n{s}"
    );
}

#[test]
fn article_note_and_esc_cancels() {
    let mut a = seeds_app();
    let mut t = terminal(100, 30);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "<Enter>vwwa<Esc>");
    assert_eq!(a.state.notes.len(), 0, "Esc cancels the editor");
    play(&mut a, &mut t, "mÀ relire<C-s>");
    let n = a
        .state
        .notes
        .article_note("000_df083515a8b5fbdb.txt")
        .unwrap();
    assert_eq!(n.note, "À relire");
    play(&mut a, &mut t, "/has:note<Enter>");
    assert_eq!(a.state.doc.visible.len(), 1);
}

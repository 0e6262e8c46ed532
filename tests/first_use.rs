//! The rough edges a first-time user hits (issue 11, part 3), each tried
//! as a person would: keys in, what the screen (or a file) shows out.

mod common;
use common::*;

use liseuse::state::Focus;
use ratatui::style::Color;

#[test]
fn help_scrolls_with_g_gg_space_and_pages_and_names_actions() {
    let mut app = seeds_app();
    let mut t = terminal(120, 30);
    play(&mut app, &mut t, "?");
    let top = screen(&t);
    assert!(top.contains("common keys"), "{top}");
    // each key's action name, as config.toml spells it
    assert!(top.contains("half_page_down"), "{top}");
    assert!(top.contains("toggle_help"), "{top}");
    play(&mut app, &mut t, "G");
    let bottom = screen(&t);
    assert!(
        bottom.contains("entities    person: org: place:"),
        "G shows the end of the help:\n{bottom}"
    );
    assert!(!bottom.contains("common keys"), "{bottom}");
    play(&mut app, &mut t, "k");
    assert_ne!(screen(&t), bottom, "k after G scrolls up at once");
    play(&mut app, &mut t, "g");
    assert_eq!(screen(&t), top, "g goes back to the top");
    play(&mut app, &mut t, "<Space>");
    let page = screen(&t);
    assert!(!page.contains("common keys"), "Space scrolls a page");
    play(&mut app, &mut t, "<PageUp>");
    assert_eq!(screen(&t), top, "PgUp scrolls back");
    play(&mut app, &mut t, "<PageDown>");
    assert_eq!(screen(&t), page, "PgDn is Space");
    play(&mut app, &mut t, "<Esc>");
    assert!(app.state.view.help.is_none());
}

/// Every cell of the screen has a background colour set by the theme.
fn assert_painted(t: &ratatui::Terminal<ratatui::backend::TestBackend>, what: &str) {
    let buf = t.backend().buffer();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            assert!(
                c.bg != Color::Reset,
                "{what}: cell ({x},{y}) {:?} has the terminal's background\n{}",
                c.symbol(),
                screen(t)
            );
        }
    }
}

#[test]
fn every_theme_paints_its_background_on_every_screen() {
    for (name, _) in liseuse::theme::BUILTIN {
        let mut app = seeds_app();
        app.theme = liseuse::theme::Theme::builtin(name, false).unwrap();
        let mut t = terminal(120, 40);
        app.draw(&mut t).unwrap();
        assert_painted(&t, &format!("{name}: list"));
        play(&mut app, &mut t, "<Enter>");
        assert_painted(&t, &format!("{name}: reader"));
        play(&mut app, &mut t, "a");
        assert_painted(&t, &format!("{name}: note editor"));
        play(&mut app, &mut t, "<Esc>A");
        assert_painted(&t, &format!("{name}: annotation list"));
        play(&mut app, &mut t, "<Esc>?");
        assert_painted(&t, &format!("{name}: help"));
        play(&mut app, &mut t, "<Esc>/alibaba");
        assert_painted(&t, &format!("{name}: filter"));
        let mut small = terminal(20, 5);
        app.draw(&mut small).unwrap();
        assert_painted(&small, &format!("{name}: too small"));
    }
}

#[test]
fn filter_bar_edits_the_line_as_a_shell_does() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    play(&mut app, &mut t, "/alibaba russie");
    assert_eq!(app.state.doc.filter.input, "alibaba russie");
    play(&mut app, &mut t, "<C-w>");
    assert_eq!(app.state.doc.filter.input, "alibaba ", "C-w deletes a word");
    play(&mut app, &mut t, "chine<C-a>-");
    assert_eq!(app.state.doc.filter.input, "-alibaba chine", "C-a: start");
    play(&mut app, &mut t, "<C-e> x");
    assert_eq!(app.state.doc.filter.input, "-alibaba chine x", "C-e: end");
    play(&mut app, &mut t, "<Left><Left><C-u>");
    assert_eq!(
        app.state.doc.filter.input, " x",
        "C-u clears to the start of the line"
    );
    assert!(screen(&t).contains("/  x"), "{}", screen(&t));
    play(&mut app, &mut t, "<C-e><C-u>");
    assert_eq!(app.state.doc.filter.input, "");
    assert_eq!(app.state.doc.visible.len(), 5);
    assert_eq!(app.state.view.focus, Focus::Filter);
}

#[test]
fn sidebar_scope_keeps_the_selected_entity() {
    // 002's third entity is "Mail.Ru", spelt "Mail.ru" in the corpus counts
    for (keys, name) in [
        ("j<Enter><Tab>jjj", None),
        ("jj<Enter><Tab>jj", Some("Mail.Ru")),
    ] {
        scope_keeps(keys, name);
    }
}

fn scope_keeps(keys: &str, name: Option<&str>) {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    app.draw(&mut t).unwrap();
    play(&mut app, &mut t, keys);
    assert_eq!(app.state.view.focus, Focus::Sidebar);
    let picked = app.state.selected_entity().unwrap().canonical.clone();
    assert_ne!(app.state.view.sidebar.sel, 0);
    if let Some(n) = name {
        assert_eq!(picked, n);
    }
    for scope in ["filtered", "corpus", "article"] {
        play(&mut app, &mut t, "S");
        assert!(screen(&t).contains(&format!("entities: {scope} scope")));
        let now = app.state.selected_entity().unwrap();
        assert_eq!(
            now.canonical.to_lowercase(),
            picked.to_lowercase(),
            "S ({scope}) keeps {picked}"
        );
        let head: String = now.canonical.chars().take(8).collect();
        assert!(screen(&t).contains(&head), "{}", screen(&t));
    }
}

/// The reading pane's text as shown (inside its frame).
fn reader_text(
    app: &liseuse::app::App,
    t: &ratatui::Terminal<ratatui::backend::TestBackend>,
) -> String {
    let r = app.state.view.panes.reader;
    let s = screen(t);
    s.lines()
        .skip(r.y as usize + 1)
        .take(r.height.saturating_sub(2) as usize)
        .map(|l| {
            l.chars()
                .skip(r.x as usize + 1)
                .take(r.width.saturating_sub(2) as usize)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn title(app: &liseuse::app::App, sel: usize) -> String {
    let a = app.state.doc.visible[sel];
    app.state
        .doc
        .article(a)
        .meta
        .title
        .chars()
        .take(30)
        .collect()
}

#[test]
fn the_reader_previews_the_selected_article_and_enter_focuses_it() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    app.draw(&mut t).unwrap();
    let first = title(&app, 0);
    assert!(
        reader_text(&app, &t).contains(&first),
        "the first article is shown at once:\n{}",
        screen(&t)
    );
    assert!(!screen(&t).contains("Press"));
    play(&mut app, &mut t, "jj");
    let third = title(&app, 2);
    let shown = reader_text(&app, &t);
    assert!(shown.contains(&third), "j j previews the third:\n{shown}");
    assert!(!shown.contains(&first));
    assert_eq!(app.state.view.focus, Focus::List, "the list keeps the keys");
    play(&mut app, &mut t, "<Enter>");
    assert_eq!(app.state.view.focus, Focus::Reader);
    assert_eq!(app.state.view.reader.open, app.state.selected());
    assert!(reader_text(&app, &t).contains(&third));
    // typing a filter previews its first result
    play(&mut app, &mut t, "<Esc>/joom");
    let top = title(&app, 0);
    assert!(reader_text(&app, &t).contains(&top), "{}", screen(&t));
    play(&mut app, &mut t, "zzzzq");
    assert!(reader_text(&app, &t).contains("No article matches the filter."));
}

#[test]
fn each_article_keeps_its_reading_position_in_a_session() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    app.draw(&mut t).unwrap();
    play(&mut app, &mut t, "<Enter><C-d><C-d>");
    let top = app.state.view.reader.top;
    assert!(top > 0);
    let cursor = app.state.view.reader.cursor;
    let there = reader_text(&app, &t);
    // leave it, read another one, come back
    play(&mut app, &mut t, "<Esc>jj<Enter><C-d>");
    assert_ne!(reader_text(&app, &t), there);
    play(&mut app, &mut t, "<Esc>kk");
    assert_eq!(
        reader_text(&app, &t),
        there,
        "the preview is where it was left"
    );
    play(&mut app, &mut t, "<Enter>");
    assert_eq!(app.state.view.reader.top, top);
    assert_eq!(app.state.view.reader.cursor, cursor, "and so is the cursor");
    assert_eq!(reader_text(&app, &t), there);
    // the other one too
    play(&mut app, &mut t, "<Esc>jj");
    assert!(app.state.view.reader.top > 0);
}

#[test]
fn esc_in_the_note_editor_keeps_the_draft_and_u_reopens_it() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    app.draw(&mut t).unwrap();
    // the word under the cursor ("commerce"), a note and a tag, then Esc
    play(&mut app, &mut t, "<Enter>wwwa");
    assert!(screen(&t).contains("New annotation"));
    play(&mut app, &mut t, "Le modèle à suivre<Tab>prix<Esc>");
    assert!(app.state.view.editor.current.is_none());
    assert_eq!(app.state.notes.len(), 0, "nothing saved");
    assert!(screen(&t).contains("draft kept"), "{}", screen(&t));
    // u undoes the Esc: the editor is back with what was typed
    play(&mut app, &mut t, "u");
    let s = screen(&t);
    assert!(s.contains("New annotation"), "{s}");
    assert!(s.contains("Le modèle à suivre"), "{s}");
    assert!(s.contains("prix"), "{s}");
    // Esc again, then the same passage again: the draft again
    play(&mut app, &mut t, "<Esc>a");
    assert!(screen(&t).contains("Le modèle à suivre"), "{}", screen(&t));
    // its own undo history came with it (C-u in the text undoes)
    play(&mut app, &mut t, "<S-Tab><S-Tab> fin<C-u>");
    let ed = app.state.view.editor.current.as_ref().unwrap();
    assert_eq!(ed.note_text(), "Le modèle à suivre");
    play(&mut app, &mut t, "<C-s>");
    let n = &app.state.notes.sorted()[0].clone();
    assert_eq!(n.quote, "commerce");
    assert_eq!(n.note, "Le modèle à suivre");
    assert_eq!(n.tags, ["prix"]);
    assert!(
        app.state.view.editor.drafts.is_empty(),
        "saving ends the draft"
    );
    // an untouched editor is simply closed
    play(&mut app, &mut t, "m<Esc>");
    assert!(
        screen(&t).contains("annotation cancelled"),
        "{}",
        screen(&t)
    );
    assert!(app.state.view.editor.drafts.is_empty());
}

#[test]
fn editing_a_note_puts_the_cursor_at_its_end() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    app.draw(&mut t).unwrap();
    play(&mut app, &mut t, "<Enter>wwwaLe modèle<C-s>");
    assert_eq!(app.state.notes.sorted()[0].note, "Le modèle");
    play(&mut app, &mut t, "Ae, puis la suite<C-s>");
    assert_eq!(app.state.notes.sorted()[0].note, "Le modèle, puis la suite");
}

/// The articles (paths) the filter bar shows for `query`, typed as a user.
fn typed(query: &str) -> Vec<String> {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    play(&mut app, &mut t, &format!("/{query}<Enter>"));
    assert!(!screen(&t).contains("bad query"), "{query}: {}", screen(&t));
    let shown = format!("{}/5", app.state.doc.visible.len());
    assert!(
        screen(&t).contains(&shown),
        "{query}: the bar shows {shown}"
    );
    app.state
        .doc
        .visible
        .iter()
        .map(|&i| app.state.doc.article(i).rel.clone())
        .collect()
}

#[test]
fn upper_case_or_and_not_are_operators() {
    assert_eq!(typed("amazon OR joom"), typed("amazon|joom"));
    assert_ne!(typed("amazon OR joom"), typed("amazon joom"));
    assert_eq!(typed("NOT amazon"), typed("-amazon"));
    assert_ne!(typed("NOT amazon"), typed("amazon"));
    assert_eq!(typed("alibaba AND russie"), typed("alibaba russie"));
    assert_eq!(
        typed("title:alibaba OR russie"),
        typed("title:alibaba|russie")
    );
    assert_eq!(typed("NOT amazon|joom"), typed("-amazon|joom"));
    // lower case stays a word (French "or")
    assert_eq!(typed("amazon or"), typed("amazon or"));
    assert_ne!(typed("amazon or joom"), typed("amazon|joom"));
    // while typing, a trailing operator changes nothing yet
    assert_eq!(typed("amazon OR"), typed("amazon"));
    // two fields cannot share an OR: the bar says why
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    play(&mut app, &mut t, "/amazon OR title:chine");
    assert!(
        screen(&t).contains("OR joins terms of one field"),
        "{}",
        screen(&t)
    );
}

#[test]
fn a_quote_mark_asks_for_the_whole_word() {
    let prefix = typed("chinois");
    let whole = typed("'chinois");
    assert!(!whole.is_empty());
    assert!(whole.len() < prefix.len(), "{whole:?} {prefix:?}");
    let seeds = liseuse::model::corpus::embedded();
    for a in &seeds {
        let words: Vec<String> = liseuse::model::text::folded_words(&a.text);
        let has = words.iter().any(|w| w == "chinois");
        assert_eq!(whole.contains(&a.rel), has, "{}", a.rel);
    }
    // a prefix of a word is no whole word
    assert!(typed("'chin").is_empty());
    assert_eq!(typed("'\"le géant\""), typed("\"le géant\""));
}

#[test]
fn source_finds_bylines_and_datelines_and_old_dates_stay_whole() {
    let dir = tempfile::tempdir().unwrap();
    let body = "\n\nLe texte de l'article, avec des phrases entières. Et une autre encore.\n";
    std::fs::write(
        dir.path().join("guardian.txt"),
        format!("Une usine ouvre ses portes en Chine\nBy Staff Reporter, The Guardian{body}"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("figaro.txt"),
        format!("Le Figaro — 23 mai 1885\nLes rues de Paris la nuit{body}"),
    )
    .unwrap();
    let mut app = app_on(vec![dir.path().to_path_buf()], Default::default());
    let mut t = terminal(120, 40);
    app.draw(&mut t).unwrap();
    for (q, file) in [
        ("source:guardian", "guardian.txt"),
        ("source:figaro", "figaro.txt"),
    ] {
        play(&mut app, &mut t, &format!("/{q}"));
        let shown: Vec<&str> = app
            .state
            .doc
            .visible
            .iter()
            .map(|&i| app.state.doc.article(i).rel.as_str())
            .collect();
        assert_eq!(shown, [file], "{q}");
        // the reader's metadata line names the source
        assert!(
            reader_text(&app, &t).contains(if file == "figaro.txt" {
                "Le Figaro · 23 mai 1885"
            } else {
                "The Guardian"
            }),
            "{}",
            screen(&t)
        );
        play(&mut app, &mut t, "<Esc>");
    }
    // the entity sidebar has the whole old date
    play(&mut app, &mut t, "/figaro<Enter>");
    let s = screen(&t);
    assert!(s.contains("23 mai 1885"), "{s}");
    let figaro = app.state.selected().unwrap();
    let art = app.state.doc.article(figaro);
    let dates: Vec<&str> = art
        .entities
        .iter()
        .filter(|m| m.kind == liseuse::model::EntityKind::Date)
        .map(|m| art.canonical(m))
        .collect();
    assert!(dates.iter().any(|d| d.contains("1885")), "{dates:?}");
}

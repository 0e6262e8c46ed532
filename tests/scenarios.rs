//! Scenario tests: a start state, a key script, the expected model state.

mod common;
use common::*;
use liseuse::model::SortKey;
use liseuse::state::Focus;

#[test]
fn filter_narrows_the_list_as_you_type_and_esc_clears() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    app.draw(&mut t).unwrap();
    assert_eq!(app.state.doc.visible.len(), 5);
    play(&mut app, &mut t, "/ali");
    assert_eq!(app.state.view.focus, Focus::Filter);
    assert_eq!(
        app.state.doc.visible.len(),
        4,
        "ali starts Alibaba, AliExpress, Alipay; 000 has none"
    );
    play(&mut app, &mut t, "baba");
    let names: Vec<&str> = app
        .state
        .doc
        .visible
        .iter()
        .map(|&i| app.state.doc.article(i).rel.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "001_ce7d39c38e2b23fc.txt",
            "002_82da0d9092e609fe.txt",
            "003_584646a08022283d.txt",
            "004_60eba718d1712206.txt"
        ]
    );
    play(&mut app, &mut t, "<Esc>");
    assert_eq!(app.state.doc.visible.len(), 5);
    assert_eq!(app.state.doc.filter.input, "");
    assert_eq!(app.state.view.focus, Focus::List);
}

#[test]
fn accents_and_case_are_ignored() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    play(&mut app, &mut t, "/ETATS<Enter>");
    assert_eq!(
        app.state.view.focus,
        Focus::List,
        "Enter keeps the filter and goes back to the list"
    );
    assert_eq!(app.state.doc.visible.len(), 3);
    assert_eq!(app.state.view.filter.history, ["ETATS"]);
}

#[test]
fn moving_opening_and_scrolling() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    app.draw(&mut t).unwrap();
    play(&mut app, &mut t, "jj");
    assert_eq!(app.state.view.list.sel, 2);
    play(&mut app, &mut t, "G");
    assert_eq!(app.state.view.list.sel, 4);
    play(&mut app, &mut t, "gk");
    assert_eq!(app.state.view.list.sel, 0, "k at the top stays at the top");
    play(&mut app, &mut t, "<Enter>");
    assert_eq!(app.state.view.reader.open, Some(0));
    assert_eq!(app.state.view.focus, Focus::Reader);
    play(&mut app, &mut t, "<C-d>");
    let half = app.state.view.panes.reader_height() as usize / 2;
    assert_eq!(app.state.view.reader.top, half);
    play(&mut app, &mut t, "G");
    let (total, h) = app.state.reader_extent();
    assert_eq!(app.state.view.reader.top, total - h);
    play(&mut app, &mut t, "<C-u>g");
    assert_eq!(app.state.view.reader.top, 0);
    play(&mut app, &mut t, "<Tab>");
    assert_eq!(app.state.view.focus, Focus::Sidebar);
    play(&mut app, &mut t, "<S-Tab><S-Tab>");
    assert_eq!(app.state.view.focus, Focus::List);
}

#[test]
fn sort_cycles_and_keeps_the_selection() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    app.draw(&mut t).unwrap();
    play(&mut app, &mut t, "jj");
    let sel = app.state.selected();
    play(&mut app, &mut t, "s");
    assert_eq!(app.state.doc.sort, SortKey::Title);
    assert_eq!(app.state.selected(), sel);
    let titles: Vec<String> = app
        .state
        .doc
        .visible
        .iter()
        .map(|&i| app.state.doc.article(i).meta.title.clone())
        .collect();
    let mut sorted = titles.clone();
    sorted.sort_by_key(|t| liseuse::model::text::fold(t));
    assert_eq!(titles, sorted);
    play(&mut app, &mut t, "ss");
    assert_eq!(app.state.doc.sort, SortKey::Length);
    let words: Vec<u32> = app
        .state
        .doc
        .visible
        .iter()
        .map(|&i| app.state.doc.article(i).word_count)
        .collect();
    assert!(words.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn resize_keeps_the_reading_position() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    app.draw(&mut t).unwrap();
    play(&mut app, &mut t, "<Enter>jjjjjjjjjj");
    let anchor = app.state.view.reader.anchor;
    let mut small = terminal(80, 24);
    app.draw(&mut small).unwrap();
    assert_eq!(
        app.state.view.reader.anchor, anchor,
        "same paragraph and offset after a resize"
    );
    let mut big = terminal(200, 60);
    app.draw(&mut big).unwrap();
    assert!(app.state.view.reader.top > 0);
}

#[test]
fn help_overlay_lists_the_real_keys_and_q_quits() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    play(&mut app, &mut t, "?");
    let s = screen(&t);
    assert!(s.contains("Help"), "{s}");
    assert!(s.contains("Quit liseuse."));
    assert!(s.contains("<C-d>"));
    play(&mut app, &mut t, "<Esc>");
    assert!(app.state.view.help.is_none());
    assert!(play(&mut app, &mut t, "q"));
}

#[test]
fn theme_cycles() {
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    play(&mut app, &mut t, "T");
    assert_eq!(app.theme.name, "light");
    play(&mut app, &mut t, "TT");
    assert_eq!(app.theme.name, "default");
}

#[test]
fn mouse_wheel_click_and_drag() {
    use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let ev = |kind, column, row| MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    app.draw(&mut t).unwrap();
    let list = app.state.view.panes.list;
    // the third article's title row
    liseuse::update::mouse(
        &mut app.state,
        ev(
            MouseEventKind::Down(MouseButton::Left),
            list.x + 3,
            list.y + 1 + 4,
        ),
    );
    assert_eq!(app.state.view.list.sel, 2);
    assert_eq!(app.state.view.reader.open, Some(2));
    let r = app.state.view.panes.reader;
    liseuse::update::mouse(
        &mut app.state,
        ev(MouseEventKind::ScrollDown, r.x + 5, r.y + 5),
    );
    assert_eq!(app.state.view.reader.top, 3);
    let top = app.state.view.reader.top;
    let text_line = app.state.view.reader.wrap.as_ref().unwrap().lines[top..]
        .iter()
        .position(|l| matches!(l.kind, liseuse::state::LineKind::Text(_)))
        .unwrap() as u16;
    let y = r.y + 1 + text_line;
    liseuse::update::mouse(
        &mut app.state,
        ev(MouseEventKind::Down(MouseButton::Left), r.x + 2, y),
    );
    liseuse::update::mouse(
        &mut app.state,
        ev(MouseEventKind::Drag(MouseButton::Left), r.x + 12, y),
    );
    assert_eq!(app.state.view.focus, Focus::Reader);
    assert!(app.state.view.reader.select_from.is_some());
    assert!(app.state.view.reader.cursor > app.state.view.reader.select_from);
}

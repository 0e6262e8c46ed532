//! Whole-screen snapshots at three sizes, and the screen below the minimum.

mod common;
use common::*;

fn shot(w: u16, h: u16, keys: &str) -> String {
    let mut app = seeds_app();
    let mut t = terminal(w, h);
    app.draw(&mut t).unwrap();
    play(&mut app, &mut t, keys);
    app.draw(&mut t).unwrap();
    screen(&t)
}

#[test]
fn snapshot_80x24_list() {
    insta::assert_snapshot!(shot(80, 24, ""));
}

#[test]
fn snapshot_120x40_reading() {
    insta::assert_snapshot!(shot(120, 40, "jjj<Enter>"));
}

#[test]
fn snapshot_200x60_filtered() {
    insta::assert_snapshot!(shot(200, 60, "/alibaba<Enter><Enter>"));
}

#[test]
fn tiny_terminals_show_one_line() {
    for (w, h) in [(1, 1), (20, 5), (49, 30), (120, 9)] {
        let s = shot(w, h, "jj<Enter>");
        assert!(
            s.starts_with("terminal too small") || w < 20,
            "{w}x{h}: {s}"
        );
    }
}

#[test]
fn no_line_of_the_reader_starts_with_french_closing_punctuation() {
    for w in [60, 80, 100, 120, 200] {
        for art in 0..5 {
            let keys = format!("{}<Enter>", "j".repeat(art));
            let mut app = seeds_app();
            let mut t = terminal(w, 400);
            app.draw(&mut t).unwrap();
            play(&mut app, &mut t, &keys);
            let wrap = app.state.view.reader.wrap.as_ref().unwrap();
            let text = &app.state.doc.article(art as u32).text;
            for l in &wrap.lines {
                if let liseuse::state::LineKind::Text(_) = l.kind {
                    let line = &text[l.span.start as usize..l.span.end as usize];
                    assert!(
                        !line.starts_with([':', ';', '!', '?', '»']),
                        "width {w}, article {art}: {line:?}"
                    );
                }
            }
        }
    }
}

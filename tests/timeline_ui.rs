//! Selecting a bar of the timeline narrows the filter to its period: with
//! the sidebar focused, `k`/`j` move between periods and Enter adds
//! `published:PERIOD` to the filter.

mod common;
use common::*;
use liseuse::state::Focus;

fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("a.txt", "Date: 2019-03-04\n\nJoom ouvre."),
        ("b.txt", "Date: 2019-03-20\n\nJoom recrute."),
        ("c.txt", "Date: 2019-05-02\n\nJoom et Wish."),
        ("d.txt", "Sans date.\n\nJoom encore."),
        ("e.txt", "Date: 2019-03-08\n\nRien à voir."),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

fn focus_sidebar(
    a: &mut liseuse::app::App,
    t: &mut ratatui::Terminal<ratatui::backend::TestBackend>,
) {
    for _ in 0..4 {
        if a.state.view.focus == Focus::Sidebar {
            return;
        }
        play(a, t, "<Tab>");
    }
    assert_eq!(a.state.view.focus, Focus::Sidebar);
}

#[test]
fn enter_on_a_month_narrows_the_filter_to_it() {
    let dir = corpus();
    let mut a = app_on(vec![dir.path().to_path_buf()], Default::default());
    let mut t = terminal(140, 30);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "/joom<Enter>V");
    focus_sidebar(&mut a, &mut t);
    let s = screen(&t);
    assert!(s.contains("Enter narrow"), "{s}");
    // from the latest month (2019-05) up two: 2019-03
    play(&mut a, &mut t, "kk<Enter>");
    assert_eq!(a.state.doc.filter.input, "joom published:2019-03");
    let rels: Vec<&str> = a
        .state
        .doc
        .visible
        .iter()
        .map(|&i| a.state.doc.article(i).rel.as_str())
        .collect();
    assert_eq!(rels, ["a.txt", "b.txt"]);
    let s = screen(&t);
    assert!(s.contains("joom published:2019-03"), "{s}");
    // the timeline now holds that month alone
    assert!(!s.contains("2019-05"), "{s}");
}

#[test]
fn by_week_the_filter_gets_the_week_s_days() {
    let dir = corpus();
    let mut a = app_on(vec![dir.path().to_path_buf()], Default::default());
    let mut t = terminal(140, 30);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "/joom<Enter>VV");
    assert!(screen(&t).contains("Timeline · week"));
    focus_sidebar(&mut a, &mut t);
    // g: the first week, 2019-W10 (4 to 10 March)
    play(&mut a, &mut t, "g<Enter>");
    assert_eq!(
        a.state.doc.filter.input,
        "joom published:2019-03-04..2019-03-10"
    );
    let rels: Vec<&str> = a
        .state
        .doc
        .visible
        .iter()
        .map(|&i| a.state.doc.article(i).rel.as_str())
        .collect();
    assert_eq!(rels, ["a.txt"]);
}

#[test]
fn the_seeds_timeline_of_joom_shows_the_month_its_text_dates_it_to() {
    // the seeds state no date; the Joompay article names 22 June 2016 and
    // "mardi 25 juin" (a Tuesday in 2019)
    let seeds = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"));
    let mut a = app_on(vec![seeds], Default::default());
    let mut t = terminal(140, 30);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "/joom<Enter>V");
    let s = screen(&t);
    assert!(s.contains("Timeline · month"), "{s}");
    assert!(s.contains("2019-06"), "{s}");
    assert!(s.contains("1 ≈ estimated"), "{s}");
    // the other Joom article names years only
    assert!(s.contains("1 by year only"), "{s}");
    assert!(!s.contains("No dated article"), "{s}");
    // the list and the reader say the date is a guess
    assert!(s.contains("≈ 2019-06"), "{s}");
    focus_sidebar(&mut a, &mut t);
    play(&mut a, &mut t, "<Enter>");
    assert_eq!(a.state.doc.filter.input, "joom published:2019-06");
    assert_eq!(a.state.doc.visible.len(), 1);
}

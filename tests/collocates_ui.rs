//! The collocates pane from the keyboard: `/chat`, `C` lists the words
//! found near "chat" with their counts, strongest first; while the filter
//! is being typed the pane keeps its words and says they are out of date;
//! Enter adds the selected word to the filter.

mod common;
use common::*;

fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        (
            "a.txt",
            "Le chat noir dort. Le chat noir mange. Un oiseau vole. Le chien court.",
        ),
        (
            "b.txt",
            "Le chat noir joue. La maison est grande. Le jardin est beau. Le vent souffle.",
        ),
        ("c.txt", "Un arbre pousse. Le chien aboie. La pluie tombe."),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

/// The row of the screen that starts (after the pane's border) with `word`.
fn row_of<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    s.lines().find(|l| {
        l.split(['│', '┃'])
            .any(|cell| cell.trim_start().starts_with(&format!("{word} ")))
    })
}

#[test]
fn collocates_of_the_filter_listed_with_counts_and_added_on_enter() {
    let dir = corpus();
    let mut a = app_on(vec![dir.path().to_path_buf()], Default::default());
    let mut t = terminal(140, 30);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "C");
    assert!(screen(&t).contains("type / and a word"), "{}", screen(&t));
    play(&mut a, &mut t, "/chat<Enter>");
    let s = screen(&t);
    assert!(s.contains("Collocates"), "{s}");
    assert!(s.contains("of 3 hits"), "{s}");
    // "noir" follows each of the three hits: it comes first, 3 near, 0/3
    let c = a.state.view.collocates.as_ref().unwrap();
    assert_eq!(c.words.words[0].word, "noir");
    let row = row_of(&s, "noir").unwrap_or_else(|| panic!("no noir row in\n{s}"));
    let nums: Vec<&str> = row
        .split(|ch: char| ch.is_whitespace() || ch == '│' || ch == '┃')
        .filter(|x| !x.is_empty())
        .collect();
    let at = nums.iter().position(|x| *x == "noir").unwrap();
    assert_eq!(&nums[at + 1..at + 4], ["3", "0/3", "3"], "{row}");

    // typing a new filter does not recompute them: marked out of date
    play(&mut a, &mut t, "/");
    play(&mut a, &mut t, "<C-u>chien");
    let s = screen(&t);
    assert!(s.contains("updates on Enter"), "{s}");
    assert_eq!(
        a.state.view.collocates.as_ref().unwrap().words.words[0].word,
        "noir"
    );
    play(&mut a, &mut t, "<Esc>");

    // back on chat, Enter adds the selected collocate to the filter
    play(&mut a, &mut t, "/chat<Enter>");
    assert!(!screen(&t).contains("updates on Enter"));
    play(&mut a, &mut t, "<Enter>");
    assert_eq!(a.state.doc.filter.input.trim(), "chat noir");
    assert!(screen(&t).contains("chat noir"));
    assert!(a.state.view.collocates.is_some());
    // C again closes the pane: the reader is back
    play(&mut a, &mut t, "C");
    assert!(a.state.view.collocates.is_none());
    assert!(!screen(&t).contains("Collocates"));
}

/// In the reader (`background`), the collocates are counted a slice at a
/// time between keys: the pane says "counting…" until the count is done,
/// then shows what the one-go count (the CLI's) gives; a filter changed
/// meanwhile drops the count under way for one of the new filter.
#[test]
fn collocates_are_counted_between_keys_and_a_new_filter_drops_the_old_count() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..400 {
        let text = if i % 2 == 0 {
            format!("Le chat noir dort {i}. Un oiseau vole. Le chien brun court.")
        } else {
            format!("Le chien brun joue {i}. Le chat noir mange. La pluie tombe.")
        };
        std::fs::write(dir.path().join(format!("a{i:03}.txt")), text).unwrap();
    }
    let mut a = app_on(vec![dir.path().to_path_buf()], Default::default());
    a.state.doc.background = true;
    let mut t = terminal(140, 30);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "/chat<Enter>");
    while liseuse::update::filter_step(&mut a.state, 64) {}
    play(&mut a, &mut t, "C");
    assert!(screen(&t).contains("counting… 0%"), "{}", screen(&t));
    assert!(liseuse::update::collocates::counting(&a.state));
    // one short step does not count 400 articles
    liseuse::update::collocates::step(&mut a.state, std::time::Duration::ZERO);
    a.draw(&mut t).unwrap();
    assert!(screen(&t).contains("counting… "), "{}", screen(&t));

    // a new filter: the count under way is dropped, one for it starts
    play(&mut a, &mut t, "/<C-u>chien<Enter>");
    while liseuse::update::filter_step(&mut a.state, 64) {}
    let mut steps = 0;
    while liseuse::update::collocates::counting(&a.state) {
        liseuse::update::collocates::step(&mut a.state, std::time::Duration::ZERO);
        a.state.refresh();
        steps += 1;
        assert!(steps < 1000, "the count does not end");
    }
    assert!(steps > 1, "400 articles counted in {steps} step(s)");
    a.draw(&mut t).unwrap();
    let s = screen(&t);
    assert!(!s.contains("counting…"), "{s}");
    let got = &a.state.view.collocates.as_ref().unwrap().words;
    let q = liseuse::model::query::parse("chien").unwrap();
    let want = liseuse::model::explore::collocates(&a.state.doc, &q, 5, 2);
    assert_eq!(got, &want);
    assert_eq!(got.hits, 400, "{s}");
    assert_eq!(got.words[0].word, "brun", "{s}");
    assert!(row_of(&s, "brun").is_some(), "{s}");
}

/// While a long count goes on, the pane shows the words of the articles
/// counted so far, an even sample of the filtered ones, and says it is an
/// estimate; the end replaces it with the exact count.
#[test]
fn a_long_count_shows_an_estimate_from_a_spread_sample_first() {
    let dir = tempfile::tempdir().unwrap();
    // the collocate differs between the first and the second half of the
    // list: a sample taken from the top of the list only would rank
    // "rouge" first, an even one ranks both
    for i in 0..1200 {
        let colour = if i < 600 { "rouge" } else { "vert" };
        let text = format!("Article {i}. Le drapeau {colour} flotte sur la ville. La pluie tombe.");
        std::fs::write(dir.path().join(format!("a{i:04}.txt")), text).unwrap();
    }
    let mut a = app_on(vec![dir.path().to_path_buf()], Default::default());
    a.state.doc.background = true;
    let mut t = terminal(140, 30);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "/drapeau<Enter>");
    while liseuse::update::filter_step(&mut a.state, 64) {}
    play(&mut a, &mut t, "C");
    let mut steps = 0;
    let estimate = loop {
        liseuse::update::collocates::step(&mut a.state, std::time::Duration::ZERO);
        steps += 1;
        let c = a.state.view.collocates.as_ref().unwrap();
        if c.estimate.is_some() {
            break c.words.clone();
        }
        assert!(steps < 100, "no estimate after {steps} steps");
    };
    a.draw(&mut t).unwrap();
    let s = screen(&t);
    assert!(s.contains("estimate from 256 of 1200 articles"), "{s}");
    let words: Vec<&str> = estimate.words.iter().map(|w| w.word.as_str()).collect();
    assert!(
        words.contains(&"rouge") && words.contains(&"vert"),
        "the sample spans the list: {words:?}"
    );
    let (r, v) = (
        estimate
            .words
            .iter()
            .find(|w| w.word == "rouge")
            .unwrap()
            .count,
        estimate
            .words
            .iter()
            .find(|w| w.word == "vert")
            .unwrap()
            .count,
    );
    assert!(
        r.abs_diff(v) * 10 <= r + v,
        "rouge {r}, vert {v}: an even sample"
    );
    while liseuse::update::collocates::counting(&a.state) {
        liseuse::update::collocates::step(&mut a.state, std::time::Duration::ZERO);
    }
    a.draw(&mut t).unwrap();
    let s = screen(&t);
    assert!(!s.contains("estimate"), "{s}");
    let got = &a.state.view.collocates.as_ref().unwrap().words;
    let q = liseuse::model::query::parse("drapeau").unwrap();
    assert_eq!(
        got,
        &liseuse::model::explore::collocates(&a.state.doc, &q, 5, 2)
    );
    assert_eq!(got.hits, 1200);
}

//! Issue 16, defect 6: a long query never blocks typing. The reader
//! evaluates the filter a little at a time between keys; a key that comes
//! meanwhile is handled at once and drops the stale evaluation; the list
//! says "filtering…" until the result is in, and the result is the one the
//! synchronous evaluation (the CLI's) gives. Many OR-ed phrases match the
//! articles the reference scan finds.

mod common;

use common::{play, screen, seeds_app, terminal};
use liseuse::model::query::parse;
use liseuse::model::{Document, corpus};
use liseuse::update;

/// Two-word phrases of the sample articles (every 23rd pair of words).
fn phrases(take: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, t) in corpus::EMBEDDED {
        let words: Vec<&str> = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() > 2)
            .collect();
        for w in words.windows(2).step_by(23) {
            let p = format!("\"{} {}\"", w[0], w[1]);
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out.truncate(take);
    out
}

/// The articles the filter shows for `q`, evaluated at once.
fn sync_visible(q: &str) -> Vec<u32> {
    let mut d = Document::new(corpus::embedded(), Vec::new());
    d.set_filter(q);
    assert!(!d.filtering());
    d.visible.clone()
}

#[test]
fn a_key_typed_during_a_long_evaluation_is_handled_at_once() {
    let mut app = seeds_app();
    app.state.doc.background = true;
    let mut term = terminal(120, 30);
    app.draw(&mut term).unwrap();
    let all = app.state.doc.visible.clone();
    assert!(all.len() > 3);
    play(&mut app, &mut term, "/");
    let q = phrases(40).join(" OR ");
    update::filter_paste(&mut app.state, &q);
    app.draw(&mut term).unwrap();
    // the paste returned before the evaluation ran: the list still shows
    // every article, and says it is filtering
    assert!(app.state.doc.filtering());
    assert_eq!(app.state.doc.visible, all);
    assert!(screen(&term).contains("filtering…"), "{}", screen(&term));
    // one step does not finish 40 phrases
    assert!(!update::filter_step(&mut app.state, 1));
    assert!(app.state.doc.filtering());

    // a key now is shown at once; the stale evaluation is dropped for one
    // of the new query
    play(&mut app, &mut term, " -zz");
    let typed = format!("{q} -zz");
    assert!(screen(&term).contains("-zz"), "{}", screen(&term));
    assert_eq!(app.state.doc.pending_query(), Some(&parse(&typed).unwrap()));
    assert_eq!(app.state.doc.visible, all);

    // run it in small steps: the result is the synchronous one
    let mut steps = 0;
    while !update::filter_step(&mut app.state, 8) {
        steps += 1;
        assert!(steps < 100_000, "the evaluation does not end");
    }
    assert!(steps > 1, "a 40-phrase query took {steps} steps of 8");
    assert!(!app.state.doc.filtering());
    let want = sync_visible(&typed);
    assert!(!want.is_empty() && want.len() < all.len(), "{}", want.len());
    assert_eq!(app.state.doc.visible, want);
    app.draw(&mut term).unwrap();
    let shown = screen(&term);
    assert!(!shown.contains("filtering…"), "{shown}");
    assert!(
        shown.contains(&format!("Articles 1/{}", want.len())),
        "{shown}"
    );
}

#[test]
fn a_new_query_replaces_the_pending_evaluation() {
    let mut d = Document::new(corpus::embedded(), Vec::new());
    d.background = true;
    let all = d.visible.clone();
    let (a, b) = (phrases(30).join(" OR "), phrases(8).join(" OR "));
    d.set_filter(&a);
    d.filter_step(1);
    assert_eq!(d.pending_query(), Some(&parse(&a).unwrap()));
    d.set_filter(&b);
    assert_eq!(d.pending_query(), Some(&parse(&b).unwrap()));
    assert_eq!(d.visible, all, "nothing shown before the evaluation ends");
    while !d.filter_step(3) {}
    assert_eq!(d.pending_query(), None);
    assert_eq!(d.visible, sync_visible(&b));
    // the corpus growing during an evaluation starts it over on all
    d.set_filter(&a);
    d.filter_step(2);
    d.add_articles(corpus::embedded());
    while !d.filter_step(5) {}
    let twice: Vec<u32> = sync_visible(&a)
        .iter()
        .flat_map(|&i| [i, i + all.len() as u32])
        .collect();
    let mut twice = twice;
    twice.sort();
    assert_eq!(d.visible, twice);
}

/// Many OR-ed phrases (checked together), few (each cached), phrases
/// after another clause (checked only where it matched), negated, in a
/// field: the articles the reference scan of each article finds.
#[test]
fn or_ed_phrases_match_what_the_scan_matches() {
    let docs = corpus::embedded();
    let mut d = Document::new(docs.clone(), Vec::new());
    let many = phrases(200);
    assert!(many.len() > 60, "{}", many.len());
    let queries = [
        many.join(" OR "),
        many[..5].join(" OR "),
        format!("commerce {}", many[..40].join(" OR ")),
        format!("-{}", many[10..30].join("|-")),
        format!("-({})", many[..3].join("|")).replace(['(', ')'], ""),
        format!("title:{}", many.join("|title:").replace("|title:", "|")),
        format!("{} {}", many[3], many[4]),
        "\"e commerce\" OR \"la ch\" OR 'chine OR \"de l\"".to_string(),
    ];
    for q in &queries {
        let parsed = parse(q).unwrap_or_else(|e| panic!("{q}: {e:?}"));
        let want: Vec<u32> = (0..docs.len() as u32)
            .filter(|&i| parsed.matches(&docs[i as usize]))
            .collect();
        // twice: the second time from the cache
        for _ in 0..2 {
            d.set_filter("");
            d.set_filter(q);
            assert_eq!(d.visible, want, "{q}");
        }
    }
}

/// The filter's result comes after `Enter` gave the keys back to the
/// sidebar: the reading pane shows the list's selection, not the "no
/// article" of the last result (nor a stale article it left out).
#[test]
fn a_result_that_comes_after_enter_is_previewed() {
    let mut app = seeds_app();
    app.state.doc.background = true;
    let mut term = terminal(120, 40);
    app.draw(&mut term).unwrap();
    let finish = |app: &mut liseuse::app::App| {
        let mut steps = 0;
        while app.state.doc.filtering() {
            update::filter_step(&mut app.state, 8);
            steps += 1;
            assert!(steps < 100_000, "the evaluation does not end");
        }
    };
    play(&mut app, &mut term, "/zzzz<Enter>");
    finish(&mut app);
    play(&mut app, &mut term, "<Tab><Tab>");
    assert_eq!(app.state.view.focus, liseuse::state::Focus::Sidebar);
    play(&mut app, &mut term, "/<C-u>alibaba<Enter>");
    assert_eq!(app.state.view.focus, liseuse::state::Focus::Sidebar);
    finish(&mut app);
    app.draw(&mut term).unwrap();
    let first = app.state.doc.visible[0];
    assert_eq!(app.state.view.reader.open, Some(first), "{}", screen(&term));
    let shown = screen(&term);
    assert!(!shown.contains("No article matches"), "{shown}");
    let title = &app.state.doc.article(first).meta.title;
    let head: String = title.chars().take(20).collect();
    assert!(shown.contains(&head), "{head}:\n{shown}");
}

//! The README's own examples, run on the sample articles: every query of
//! the filter table must parse and find what its row says, and the screen
//! diagram must show the real count. README and behaviour cannot drift.

mod common;
use common::*;
use liseuse::model::annotation::{Annotation, AnnotationSet};
use liseuse::model::{Document, corpus, query};

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

/// The code spans of a markdown table cell, `\|` unescaped.
fn code_spans(cell: &str) -> Vec<String> {
    cell.split('`')
        .skip(1)
        .step_by(2)
        .map(|s| s.replace("\\|", "|"))
        .collect()
}

/// (queries, description) of each row of the filter language table.
fn filter_table(md: &str) -> Vec<(Vec<String>, String)> {
    query_table(md, "### The filter language")
}

/// (queries, description) of each row of the first table of queries
/// after `heading`.
fn query_table(md: &str, heading: &str) -> Vec<(Vec<String>, String)> {
    let section = md.split(heading).nth(1).expect("README has the section");
    let table = section
        .split("\n\n")
        .find(|p| p.starts_with("| query"))
        .unwrap();
    table
        .lines()
        .skip(2)
        .map(|row| {
            // split on unescaped pipes
            let cells: Vec<&str> = row.split(" | ").collect();
            let first = cells[0].trim_start_matches("| ");
            let what = cells[1..].join(" | ");
            (code_spans(first), what.trim_end_matches(" |").to_string())
        })
        .collect()
}

/// The seeds, with one annotation's facts (tag `russie`, note `À relire`)
/// on the first, as if annotated in the reader.
fn seeds() -> Document {
    let mut d = Document::new(corpus::embedded(), Vec::new());
    let mut note = Annotation::highlight(&d.article(0).rel, &d.article(0).text, 0, 7);
    note.tags = vec!["russie".into()];
    note.note = "À relire".into();
    let mut set = AnnotationSet::new();
    set.add(note);
    d.set_annotations(&set);
    d
}

fn run(d: &mut Document, q: &str) -> Vec<u32> {
    d.set_filter(q);
    assert_eq!(d.filter.error, None, "README example {q:?} does not parse");
    d.visible.clone()
}

#[test]
fn every_filter_example_of_the_readme_finds_articles_in_the_seeds() {
    let md = readme();
    let rows = filter_table(&md);
    assert!(rows.len() >= 8, "{rows:?}");
    let mut d = seeds();
    let all = d.articles.len();
    let mut n = 0;
    for (queries, what) in &rows {
        assert!(!queries.is_empty(), "a row without an example: {what}");
        for q in queries {
            n += 1;
            let found = run(&mut d, q);
            assert!(
                !found.is_empty(),
                "README example `{q}` ({what}) matches no sample article"
            );
            // the index and the reference scan agree on it
            let parsed = query::parse(q).unwrap();
            let scanned: Vec<u32> = (0..all as u32)
                .filter(|&i| {
                    let f = d.annotation_facts(i).cloned().unwrap_or_default();
                    parsed.matches_with(d.article(i), &f)
                })
                .collect();
            let mut sorted = found.clone();
            sorted.sort();
            assert_eq!(sorted, scanned, "{q}");
            // "without it": exactly the articles the positive term misses
            if let Some(pos) = q.strip_prefix(['-', '!']).or(q.strip_prefix("NOT ")) {
                let with = run(&mut d, pos);
                assert_eq!(
                    found.len() + with.len(),
                    all,
                    "{q} is the complement of {pos}"
                );
                assert!(found.iter().all(|a| !with.contains(a)), "{q}");
            }
        }
    }
    assert!(n >= 20, "only {n} examples found in the README table");
}

#[test]
fn the_phrase_example_is_a_phrase_of_the_seeds() {
    // the row promises consecutive words: the example must be one of them
    let md = readme();
    let rows = filter_table(&md);
    let phrase = rows
        .iter()
        .flat_map(|(q, _)| q.iter())
        .find(|q| q.starts_with('"'))
        .expect("a phrase example");
    let words = liseuse::model::text::folded_words(phrase.trim_matches('"'));
    assert!(words.len() >= 2);
    let in_text = corpus::embedded().iter().any(|a| {
        let f = liseuse::model::text::folded_words(&a.text);
        f.windows(words.len()).any(|w| w == words.as_slice())
    });
    assert!(in_text, "{phrase} is not in the sample articles as written");
}

#[test]
fn the_screen_diagram_shows_the_real_count() {
    let md = readme();
    let line = md
        .lines()
        .find(|l| l.starts_with("│/ "))
        .expect("the diagram's filter line");
    let inner = line.trim_start_matches("│/ ").trim_end_matches('│').trim();
    let (query, count) = inner.rsplit_once(' ').unwrap();
    let query = query.trim();
    let mut app = seeds_app();
    let mut t = terminal(120, 40);
    play(&mut app, &mut t, &format!("/{query}"));
    let (shown, all) = count.split_once('/').unwrap();
    assert_eq!(app.state.doc.visible.len().to_string(), shown, "`{query}`");
    assert_eq!(app.state.doc.articles.len().to_string(), all);
    let bar = screen(&t).lines().nth(1).unwrap().to_string();
    assert!(bar.contains(&format!("/ {query}")), "{bar}");
    assert!(bar.contains(count), "the filter bar reads {count}: {bar}");
}

#[test]
fn every_formats_example_of_the_readme_finds_test_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats");
    let mut d = liseuse::model::loader::load_document(&[dir], corpus::Limits::default());
    let all = d.articles.len();
    let rows = query_table(&readme(), "### Formats");
    assert!(rows.len() >= 2, "{rows:?}");
    for (queries, what) in &rows {
        for q in queries {
            let found = run(&mut d, q);
            assert!(
                !found.is_empty(),
                "README example `{q}` ({what}) matches no test file"
            );
            assert!(
                found.len() < all,
                "README example `{q}` matches every test file"
            );
        }
    }
}

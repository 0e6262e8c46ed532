//! Properties of the filter language on random small French-looking
//! articles and random queries: the indexed evaluation (what the list
//! shows) agrees with the reference scan, more terms never widen the
//! result, `a|b` is a union, `-a` a complement, and nothing panics.

use liseuse::model::annotation::{Annotation, AnnotationSet};
use liseuse::model::query::{self, Part};
use liseuse::model::{Article, Document, SortKey};
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Words with accents, ligatures, case and punctuation variants, so that
/// folding, prefixes and phrases meet each other.
const WORDS: &[&str] = &[
    "Alibaba",
    "alibaba",
    "ALIBABA",
    "Ali",
    "États",
    "Etats",
    "Unis",
    "e",
    "commerce",
    "cœur",
    "coeur",
    "Œuvre",
    "oeuvre",
    "géant",
    "geant",
    "chinois",
    "Chine",
    "Russie",
    "l",
    "d",
    "Mail",
    "ru",
    "45",
    "000",
    "Straße",
    "strasse",
    "Łódź",
    "Ærø",
    "Amazon",
    "ama",
    "Joom",
    "JOOM",
    "the",
    "and",
    "le",
    "la",
    "Me\u{301}dia",
];

const SEPS: &[&str] = &[
    " ",
    " ",
    " ",
    "-",
    "\u{a0}",
    "\u{202f}",
    ". ",
    "’",
    "'",
    ", ",
    " «\u{a0}",
    "\u{a0}» ",
    "\n",
    "\n\n",
    " : ",
];

const FIELDS: &[&str] = &[
    "", "", "", "title:", "source:", "file:", "org:", "place:", "person:", "entity:", "tag:",
    "note:",
];

fn text_of(parts: &[(usize, usize)]) -> String {
    let mut s = String::new();
    for &(w, sep) in parts {
        s.push_str(WORDS[w % WORDS.len()]);
        s.push_str(SEPS[sep % SEPS.len()]);
    }
    s
}

/// A random article: an optional title header, an optional source header,
/// and a body of vocabulary words.
fn article_text() -> impl Strategy<Value = String> {
    (
        prop::option::of(prop::collection::vec((0..99usize, 0..3usize), 1..5)),
        prop::option::of(prop::collection::vec((0..99usize, 0..1usize), 1..3)),
        prop::collection::vec((0..99usize, 0..99usize), 0..40),
    )
        .prop_map(|(title, source, body)| {
            let mut s = String::new();
            if let Some(t) = title {
                s.push_str("Titre: ");
                s.push_str(text_of(&t).trim_end());
                s.push('\n');
            }
            if let Some(t) = source {
                s.push_str("Source: ");
                s.push_str(text_of(&t).trim_end());
                s.push('\n');
            }
            s.push_str(&text_of(&body));
            s
        })
}

/// The tags and notes of an article's annotations.
type Facts = (Vec<String>, Vec<String>);

/// An article's text and its annotation facts.
type Spec = (String, Facts);

/// Annotation facts of an article: some tags and notes, or none.
fn facts() -> impl Strategy<Value = Facts> {
    let piece = prop::collection::vec((0..99usize, 0..99usize), 1..4).prop_map(|p| text_of(&p));
    prop_oneof![
        2 => Just((Vec::new(), Vec::new())),
        1 => (
            prop::collection::vec(piece.clone(), 0..3),
            prop::collection::vec(piece, 0..2)
        ),
    ]
}

fn corpus() -> impl Strategy<Value = Vec<Spec>> {
    prop::collection::vec((article_text(), facts()), 1..7)
}

/// The path of article `i`.
fn rel_of(i: usize) -> String {
    format!(
        "{:03}_{}.txt",
        i,
        if i.is_multiple_of(2) {
            "chine"
        } else {
            "russie"
        }
    )
}

/// The articles of `arts`, numbered from `first`.
fn articles(arts: &[Spec], first: usize) -> Vec<Article> {
    arts.iter()
        .enumerate()
        .map(|(i, (t, _))| {
            let rel = rel_of(first + i);
            Article::new(PathBuf::from(&rel), rel, t.clone(), false)
        })
        .collect()
}

/// Annotates every article of `all` (numbered from 0) with its tags and
/// notes: a highlight with the tags and the first note, then one per
/// further note.
fn set_facts(d: &mut Document, all: &[Spec]) {
    let mut set = AnnotationSet::new();
    for (i, (_, (tags, notes))) in all.iter().enumerate() {
        if tags.is_empty() && notes.is_empty() {
            continue;
        }
        let rel = rel_of(i);
        let mut first = Annotation::highlight(&rel, "texte", 0, 5);
        first.tags = tags.clone();
        first.note = notes.first().cloned().unwrap_or_default();
        set.add(first);
        for n in notes.iter().skip(1) {
            let mut a = Annotation::highlight(&rel, "texte", 0, 5);
            a.note = n.clone();
            set.add(a);
        }
    }
    d.set_annotations(&set);
}

fn document(arts: &[Spec]) -> Document {
    let mut d = Document::new(articles(arts, 0), Vec::new());
    set_facts(&mut d, arts);
    d
}

/// One alternative: a prefix of a word (maybe with its punctuation), or a
/// quoted phrase of two or three words whose last may be cut; a leading
/// `'` asks for whole words.
fn alternative() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["", "", "", "'"]),
        prefix_or_phrase(),
    )
        .prop_map(|(q, a)| format!("{q}{a}"))
}

fn prefix_or_phrase() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => (0..99usize).prop_map(|w| WORDS[w % WORDS.len()].to_string()),
        4 => (0..99usize, 1..5usize).prop_map(|(w, n)| {
            WORDS[w % WORDS.len()].chars().take(n).collect::<String>()
        }),
        1 => (0..99usize, 0..99usize).prop_map(|(a, b)| {
            format!("{}-{}", WORDS[a % WORDS.len()], WORDS[b % WORDS.len()])
        }),
        1 => (prop::collection::vec((0..99usize, 0..99usize), 2..4), 1..6usize).prop_map(
            |(p, cut)| {
                let mut s = text_of(&p);
                // drop the last separator, then maybe cut the last word
                let last = s.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
                s.truncate(last);
                let keep = s.chars().count().saturating_sub(cut % 3);
                let s: String = s.chars().take(keep.max(1)).collect();
                format!("\"{}\"", s.replace('"', ""))
            }
        ),
    ]
}

/// A positive term: an optional field and one to three alternatives (or
/// a `lang:` / `has:` term).
fn term() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => (0..99usize, prop::collection::vec(alternative(), 1..4))
            .prop_map(|(f, alts)| format!("{}{}", FIELDS[f % FIELDS.len()], alts.join("|"))),
        1 => prop::sample::select(vec!["lang:fr", "lang:en", "lang:f", "lang:fr|en"])
            .prop_map(String::from),
        1 => prop::sample::select(vec!["has:note", "has:tag", "has:annotation", "has:n"])
            .prop_map(String::from),
    ]
}

/// A term, maybe negated.
fn clause() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["", "", "", "-", "!", "NOT "]),
        term(),
    )
        .prop_map(|(n, t)| format!("{n}{t}"))
}

fn query_text() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(clause(), 1..4),
        prop::sample::select(vec![" ", " ", " AND "]),
    )
        .prop_map(|(c, and)| c.join(and))
}

/// What the list shows for `q` (which must parse).
fn shown(d: &mut Document, q: &str) -> BTreeSet<u32> {
    d.set_filter(q);
    assert_eq!(d.filter.error, None, "{q:?} should parse");
    d.visible.iter().copied().collect()
}

/// What the reference scan finds for `q`.
fn scanned(d: &Document, q: &str) -> BTreeSet<u32> {
    let q = query::parse(q).unwrap();
    (0..d.articles.len() as u32)
        .filter(|&i| {
            let f = d.annotation_facts(i).cloned().unwrap_or_default();
            q.matches_with(d.article(i), &f)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn the_index_agrees_with_the_scan(arts in corpus(), qs in prop::collection::vec(query_text(), 1..5)) {
        let mut d = document(&arts);
        // several queries on one document, as while typing: the cache of
        // the evaluator must not change answers
        for q in &qs {
            prop_assert_eq!(shown(&mut d, q), scanned(&d, q), "query {:?}", q);
        }
        // whatever the list order, the same articles
        let want = scanned(&d, &qs[0]);
        for sort in [SortKey::Title, SortKey::Date, SortKey::Length, SortKey::Path] {
            d.set_sort(sort);
            prop_assert_eq!(shown(&mut d, &qs[0]), want.clone(), "{:?} by {:?}", qs[0], sort);
        }
        // and every prefix of the last query, keystroke by keystroke
        let last = qs.last().unwrap();
        let chars: Vec<char> = last.chars().collect();
        for n in 0..=chars.len() {
            let q: String = chars[..n].iter().collect();
            if query::parse(&q).is_ok() {
                prop_assert_eq!(shown(&mut d, &q), scanned(&d, &q), "query {:?}", q);
            }
        }
    }

    #[test]
    fn articles_loaded_later_are_filtered_too(arts in corpus(), more in corpus(), q in query_text()) {
        // as with the loader: the filter is typed while batches arrive
        let mut d = document(&arts);
        prop_assert_eq!(shown(&mut d, &q), scanned(&d, &q));
        d.add_articles(articles(&more, arts.len()));
        let all: Vec<Spec> = arts.iter().chain(&more).cloned().collect();
        set_facts(&mut d, &all);
        let now: BTreeSet<u32> = d.visible.iter().copied().collect();
        prop_assert_eq!(now, scanned(&d, &q), "query {:?}", q);
    }

    #[test]
    fn a_further_term_never_widens_the_result(arts in corpus(), q in query_text(), t in clause()) {
        let mut d = document(&arts);
        let before = shown(&mut d, &q);
        let after = shown(&mut d, &format!("{q} {t}"));
        prop_assert!(after.is_subset(&before), "{:?} then {:?}: {:?} ⊄ {:?}", q, t, after, before);
        let after = shown(&mut d, &format!("{t} {q}"));
        prop_assert!(after.is_subset(&before));
    }

    #[test]
    fn alternatives_are_a_union(
        arts in corpus(),
        f in 0..99usize,
        a in alternative(),
        b in alternative(),
    ) {
        let f = FIELDS[f % FIELDS.len()];
        let mut d = document(&arts);
        let sa = shown(&mut d, &format!("{f}{a}"));
        let sb = shown(&mut d, &format!("{f}{b}"));
        let both = shown(&mut d, &format!("{f}{a}|{b}"));
        prop_assert_eq!(both, sa.union(&sb).copied().collect::<BTreeSet<u32>>());
    }

    #[test]
    fn negation_is_the_complement(arts in corpus(), t in term()) {
        let mut d = document(&arts);
        let all: BTreeSet<u32> = (0..d.articles.len() as u32).collect();
        let pos = shown(&mut d, &t);
        let rest: BTreeSet<u32> = all.difference(&pos).copied().collect();
        prop_assert_eq!(shown(&mut d, &format!("-{t}")), rest.clone());
        prop_assert_eq!(shown(&mut d, &format!("!{t}")), rest);
    }

    #[test]
    fn parsing_never_panics(s in ".{0,40}", t in "[-!|:\" a-zA-Zé’\u{a0}\u{301}]{0,30}") {
        let _ = query::parse(&s);
        if let Ok(q) = query::parse(&t) {
            // a parsed query can be highlighted on any text without panic,
            // with ranges on char boundaries, sorted and disjoint
            for text in [s.as_str(), t.as_str(), "Le géant chinois l’e-commerce"] {
                let r = q.highlights(Part::Body, text);
                for w in r.windows(2) {
                    prop_assert!(w[0].end < w[1].start);
                }
                for x in r {
                    prop_assert!(x.start < x.end && x.end <= text.len());
                    prop_assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
                }
            }
        }
        if let Err(e) = query::parse(&t) {
            prop_assert!(e.at <= t.chars().count());
        }
    }
}

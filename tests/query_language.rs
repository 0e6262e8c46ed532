//! The filter language, rule by rule (README, "The filter language"): small
//! hand-made articles, mostly French, and the embedded seeds. Each test
//! says which articles a user sees listed for a query.
//!
//! Every listing is also checked against the reference scan
//! ([`Query::matches_with`]), so a rule that holds in the list holds in
//! both engines.

use liseuse::model::annotation::{Annotation, AnnotationSet};
use liseuse::model::entities::EntityKind;
use liseuse::model::query::{self, AnnotationFacts, Part, Query};
use liseuse::model::{Article, Document};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn article(rel: &str, text: &str) -> Article {
    Article::new(PathBuf::from(rel), rel.to_string(), text.to_string(), false)
}

/// A document of articles named by their `rel`.
fn doc(articles: &[(&str, &str)]) -> Document {
    Document::new(
        articles.iter().map(|(r, t)| article(r, t)).collect(),
        Vec::new(),
    )
}

/// The `rel`s the list shows for `input` (which must parse), after
/// checking that the reference scan agrees.
fn listed(d: &mut Document, input: &str) -> Vec<String> {
    d.set_filter(input);
    assert_eq!(d.filter.error, None, "query {input:?} should parse");
    let q = query::parse(input).unwrap();
    let shown: Vec<u32> = d.visible.clone();
    let scanned: Vec<u32> = (0..d.articles.len() as u32)
        .filter(|&i| {
            let facts = d.annotation_facts(i).cloned().unwrap_or_default();
            q.matches_with(d.article(i), &facts)
        })
        .collect();
    assert_eq!(shown, scanned, "index and scan disagree on {input:?}");
    shown.iter().map(|&i| d.article(i).rel.clone()).collect()
}

fn names(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// Asserts the list for each query.
fn expect(d: &mut Document, cases: &[(&str, &[&str])]) {
    for (q, want) in cases {
        assert_eq!(listed(d, q), names(want), "query {q:?}");
    }
}

// ---- folding ---------------------------------------------------------

#[test]
fn case_and_accents_are_ignored() {
    let mut d = doc(&[
        ("usa", "Les ÉTATS-UNIS et l’Élysée ont signé."),
        ("plain", "Les etats unis et l'elysee ont signe."),
        ("other", "Le Royaume-Uni et la Chine."),
    ]);
    expect(
        &mut d,
        &[
            ("etats", &["usa", "plain"]),
            ("États", &["usa", "plain"]),
            ("ÉTATS", &["usa", "plain"]),
            ("elysee", &["usa", "plain"]),
            ("ÉLYSÉE", &["usa", "plain"]),
            ("signé", &["usa", "plain"]),
            ("royaume", &["other"]),
            ("CHINE", &["other"]),
        ],
    );
}

#[test]
fn decomposed_accents_fold_like_composed_ones() {
    // "Médiamétrie" written with combining acute accents (NFD)
    let mut d = doc(&[
        ("nfd", "Selon Me\u{301}diame\u{301}trie, l’audience baisse."),
        ("nfc", "Selon Médiamétrie, l’audience baisse."),
        ("none", "Selon l’Insee, l’audience baisse."),
    ]);
    expect(
        &mut d,
        &[
            ("médiamétrie", &["nfd", "nfc"]),
            ("mediametrie", &["nfd", "nfc"]),
            ("Me\u{301}diame\u{301}", &["nfd", "nfc"]),
        ],
    );
}

#[test]
fn ligatures_and_special_letters_fold() {
    let mut d = doc(&[
        (
            "lig",
            "Un cœur d’Œuvre à Ærø, la Straße de Łódź et l’Øresund.",
        ),
        (
            "flat",
            "Un coeur d'oeuvre a Aero, la strasse de Lodz et l'oresund.",
        ),
        ("none", "Un corps de métier à Oslo."),
    ]);
    expect(
        &mut d,
        &[
            ("coeur", &["lig", "flat"]),
            ("cœur", &["lig", "flat"]),
            ("OEUVRE", &["lig", "flat"]),
            ("œuvre", &["lig", "flat"]),
            ("aero", &["lig", "flat"]),
            ("Ærø", &["lig", "flat"]),
            ("strasse", &["lig", "flat"]),
            ("straße", &["lig", "flat"]),
            ("lodz", &["lig", "flat"]),
            ("łódź", &["lig", "flat"]),
            ("oresund", &["lig", "flat"]),
            ("øre", &["lig", "flat"]),
            // a ligature is two letters: `oe` is a prefix of `œuvre`
            ("oe", &["lig", "flat"]),
        ],
    );
}

#[test]
fn curly_and_straight_apostrophes_are_the_same() {
    let mut d = doc(&[
        ("curly", "Aujourd’hui, l’entreprise s’installe à Windhof."),
        (
            "straight",
            "Aujourd'hui, l'entreprise s'installe a Windhof.",
        ),
        ("neither", "Demain, une entreprise s installe ailleurs."),
    ]);
    expect(
        &mut d,
        &[
            ("aujourd'hui", &["curly", "straight"]),
            ("aujourd’hui", &["curly", "straight"]),
            ("\"l'entreprise\"", &["curly", "straight"]),
            ("l’entreprise", &["curly", "straight"]),
            ("\"s’installe\"", &["curly", "straight", "neither"]),
            // the word after an apostrophe is a word of its own
            ("entreprise", &["curly", "straight", "neither"]),
            ("installe", &["curly", "straight", "neither"]),
        ],
    );
}

#[test]
fn the_modifier_letter_apostrophe_is_an_apostrophe_too() {
    let mut d = doc(&[
        ("modifier", "Lʼentreprise sʼinstalle."),
        ("curly", "L’entreprise s’installe."),
    ]);
    expect(
        &mut d,
        &[
            ("entreprise", &["modifier", "curly"]),
            ("l'entreprise", &["modifier", "curly"]),
            ("lʼentreprise", &["modifier", "curly"]),
        ],
    );
}

#[test]
fn lone_combining_marks_are_not_words() {
    // a stray accent between spaces, as a broken NFD conversion leaves it
    let mut d = doc(&[("stray", "Le \u{301} géant chinois."), ("none", "« — »")]);
    expect(
        &mut d,
        &[
            ("\"le géant\"", &["stray"]),
            ("\"le \u{301} géant\"", &["stray"]),
            // nothing left to match: like the empty query
            ("\u{301}", &["stray", "none"]),
            ("-\u{301}", &["stray", "none"]),
            ("\"\u{301}\" geant", &["stray"]),
        ],
    );
}

#[test]
fn every_kind_of_space_is_a_space() {
    let mut d = doc(&[
        (
            "nbsp",
            "Le «\u{a0}e\u{a0}commerce\u{a0}» pèse 45\u{202f}% des ventes.",
        ),
        ("thin", "Le e\u{202f}commerce pèse 45\u{2009}% des ventes."),
        ("ascii", "Le e commerce pèse 45 % des ventes."),
        ("glued", "Le ecommerce pèse 45% des ventes."),
    ]);
    expect(
        &mut d,
        &[
            ("\"e commerce\"", &["nbsp", "thin", "ascii"]),
            ("\"e\u{a0}commerce\"", &["nbsp", "thin", "ascii"]),
            ("\"e\u{202f}commerce pèse\"", &["nbsp", "thin", "ascii"]),
            ("\"pèse 45 des\"", &["nbsp", "thin", "ascii", "glued"]),
            // a no-break space in the query separates two terms
            ("ecommerce\u{a0}45", &["glued"]),
            ("\u{202f}commerce\u{a0}", &["nbsp", "thin", "ascii"]),
        ],
    );
}

#[test]
fn words_are_runs_of_letters_and_digits() {
    let mut d = doc(&[
        (
            "a",
            "Le «Aldi du commerce en ligne» vend 40.000 objets sur Mail.Ru.",
        ),
        ("b", "Italie : Alibaba et l’e-commerce."),
    ]);
    expect(
        &mut d,
        &[
            ("aldi", &["a"]),
            ("000", &["a"]),
            ("40", &["a"]),
            ("ru", &["a"]),
            ("commerce", &["a", "b"]),
            // a term matches the start of a word, never its middle
            ("baba", &[]),
            ("talie", &[]),
            ("ommerce", &[]),
            ("000objets", &[]),
        ],
    );
}

// ---- terms -----------------------------------------------------------

#[test]
fn a_term_matches_words_that_start_with_it() {
    let mut d = doc(&[
        ("alibaba", "Alibaba s’attaque aux États-Unis."),
        ("aliexpress", "AliExpress livre la Russie."),
        ("italie", "L’Italie et la Russie."),
    ]);
    expect(
        &mut d,
        &[
            ("ali", &["alibaba", "aliexpress"]),
            ("Ali", &["alibaba", "aliexpress"]),
            ("alibaba", &["alibaba"]),
            ("alibabas", &[]),
            ("etats", &["alibaba"]),
            ("etats-unis", &["alibaba"]),
            ("italie", &["italie"]),
            ("r", &["aliexpress", "italie"]),
            ("ru", &["aliexpress", "italie"]),
            ("russie", &["aliexpress", "italie"]),
        ],
    );
}

#[test]
fn several_terms_must_all_match() {
    let mut d = doc(&[
        ("both", "Alibaba défie Amazon en Russie."),
        ("alibaba", "Alibaba en Chine."),
        ("amazon", "Amazon en Europe."),
    ]);
    expect(
        &mut d,
        &[
            ("alibaba amazon", &["both"]),
            ("amazon alibaba", &["both"]),
            ("ali ama russie", &["both"]),
            ("alibaba   en", &["both", "alibaba"]),
            ("alibaba europe", &[]),
        ],
    );
}

// ---- phrases ---------------------------------------------------------

#[test]
fn a_phrase_matches_consecutive_words_the_last_a_prefix() {
    let mut d = doc(&[
        ("exact", "Le géant chinois Alibaba arrive."),
        ("apart", "Le géant américain et le marché chinois."),
        ("reversed", "Chinois, le géant ? Non."),
        ("punct", "C’est le géant (chinois) du web."),
    ]);
    expect(
        &mut d,
        &[
            ("\"le géant chinois\"", &["exact", "punct"]),
            ("\"LE GEANT CHINOIS\"", &["exact", "punct"]),
            ("\"le géant ch\"", &["exact", "punct"]),
            ("\"le géant\"", &["exact", "apart", "reversed", "punct"]),
            // only the last word may be a prefix
            ("\"le gé chinois\"", &[]),
            ("\"géant chinois alibaba\"", &["exact"]),
            ("\"chinois le géant\"", &["reversed"]),
            ("\"géant américain\"", &["apart"]),
            ("\"marché chinois\"", &["apart"]),
            // a phrase and a term
            ("\"le géant\" alibaba", &["exact"]),
        ],
    );
}

#[test]
fn long_phrases_match_all_their_words() {
    let words: Vec<String> = (0..80).map(|i| format!("mot{i}")).collect();
    let all = words.join(" ");
    let first = words[..64].join(" ");
    let mut d = doc(&[("all", &all), ("first64", &first)]);
    let q70 = format!("\"{}\"", words[..70].join(" "));
    let q64 = format!("\"{}\"", words[..64].join(" "));
    let late = format!("\"{}\"", words[10..80].join(" "));
    let wrong = format!("\"{} mot0\"", words[..69].join(" "));
    expect(
        &mut d,
        &[
            (&q70, &["all"]),
            (&q64, &["all", "first64"]),
            (&late, &["all"]),
            (&wrong, &[]),
        ],
    );
}

#[test]
fn a_term_with_punctuation_is_the_phrase_of_its_words() {
    let mut d = doc(&[
        ("elision", "Le leader russe de l’e-commerce."),
        ("spaced", "Le e commerce progresse."),
        ("upper", "Le E-COMMERCE progresse."),
        ("glued", "L’ecommerce progresse."),
        ("alone", "Le commerce électronique."),
        ("mailru", "MegaFon, Mail.Ru et VKontakte."),
        ("mail", "Un mail de Russie."),
    ]);
    expect(
        &mut d,
        &[
            ("e-commerce", &["elision", "spaced", "upper"]),
            ("\"e commerce\"", &["elision", "spaced", "upper"]),
            ("e-comm", &["elision", "spaced", "upper"]),
            ("l'e-commerce", &["elision"]),
            ("mail.ru", &["mailru"]),
            ("Mail.Ru", &["mailru"]),
            ("\"mail ru\"", &["mailru"]),
            ("mail", &["mailru", "mail"]),
            ("mail.r", &["mailru"]),
        ],
    );
}

// ---- negation and alternatives ---------------------------------------

#[test]
fn negation_excludes_articles() {
    let mut d = doc(&[
        ("both", "Alibaba défie Amazon."),
        ("alibaba", "Alibaba en Russie."),
        ("amazon", "Amazon en Europe."),
        ("none", "Joom en France."),
    ]);
    expect(
        &mut d,
        &[
            ("-amazon", &["alibaba", "none"]),
            ("!amazon", &["alibaba", "none"]),
            ("alibaba -amazon", &["alibaba"]),
            ("-amazon alibaba", &["alibaba"]),
            ("alibaba !amazon", &["alibaba"]),
            ("-ama", &["alibaba", "none"]),
            ("-\"défie amazon\"", &["alibaba", "amazon", "none"]),
            ("-e-commerce", &["both", "alibaba", "amazon", "none"]),
            ("-alibaba -amazon", &["none"]),
        ],
    );
}

#[test]
fn alternatives_and_negated_alternatives() {
    let mut d = doc(&[
        ("both", "Alibaba défie Amazon."),
        ("alibaba", "Alibaba en Russie."),
        ("amazon", "Amazon en Europe."),
        ("none", "Joom en France."),
    ]);
    expect(
        &mut d,
        &[
            ("amazon|alibaba", &["both", "alibaba", "amazon"]),
            ("amazon|joom", &["both", "amazon", "none"]),
            (
                "amazon|alibaba|joom",
                &["both", "alibaba", "amazon", "none"],
            ),
            // negation applies to the whole term: neither
            ("-amazon|alibaba", &["none"]),
            ("!amazon|alibaba", &["none"]),
            ("-amazon|joom", &["alibaba"]),
            ("\"en russie\"|\"en france\"", &["alibaba", "none"]),
            ("amazon|alibaba en", &["alibaba", "amazon"]),
            ("russie|europe|france -joom", &["alibaba", "amazon"]),
        ],
    );
}

// ---- fields ----------------------------------------------------------

fn fielded() -> Document {
    doc(&[
        (
            "003_chine.txt",
            "Titre: La Chine et le géant Alibaba\nSource: BFM Business\n\
             Le marché russe s’ouvre. Amazon observe.\n",
        ),
        (
            "eco/004_russie.txt",
            "Titre: Le marché russe\nSource: Les Échos\n\
             La Chine, partenaire de la Russie, et le géant Alibaba.\n",
        ),
        (
            "en/010_usa.txt",
            "Title: Amazon and the giant of China\nSource: The Verge\n\
             The market is open and it is growing for the giant from China.\n",
        ),
    ])
}

#[test]
fn title_field_looks_at_the_title_only() {
    let mut d = fielded();
    expect(
        &mut d,
        &[
            ("chine", &["003_chine.txt", "eco/004_russie.txt"]),
            ("title:chine", &["003_chine.txt"]),
            ("TITLE:Chine", &["003_chine.txt"]),
            ("title:\"géant alibaba\"", &["003_chine.txt"]),
            ("title:russe", &["eco/004_russie.txt"]),
            ("-title:chine", &["eco/004_russie.txt", "en/010_usa.txt"]),
            (
                "title:china|russe",
                &["eco/004_russie.txt", "en/010_usa.txt"],
            ),
            ("title:amazon", &["en/010_usa.txt"]),
        ],
    );
}

#[test]
fn source_file_and_lang_fields() {
    let mut d = fielded();
    expect(
        &mut d,
        &[
            ("source:bfm", &["003_chine.txt"]),
            ("source:echos", &["eco/004_russie.txt"]),
            ("source:\"les échos\"", &["eco/004_russie.txt"]),
            ("source:verge|bfm", &["003_chine.txt", "en/010_usa.txt"]),
            ("file:003", &["003_chine.txt"]),
            ("file:eco", &["eco/004_russie.txt"]),
            ("file:russie.txt", &["eco/004_russie.txt"]),
            (
                "file:txt",
                &["003_chine.txt", "eco/004_russie.txt", "en/010_usa.txt"],
            ),
            ("lang:fr", &["003_chine.txt", "eco/004_russie.txt"]),
            ("lang:en", &["en/010_usa.txt"]),
            ("-lang:fr", &["en/010_usa.txt"]),
            ("lang:fr giant", &[]),
            ("lang:en giant", &["en/010_usa.txt"]),
        ],
    );
}

/// An article with hand-placed entity mentions (char offsets found from
/// the surfaces), so that entity fields are tested apart from extraction.
fn with_entities(rel: &str, text: &str, mentions: &[(EntityKind, &str, &str)]) -> Article {
    let mut a = Article::without_entities(PathBuf::from(rel), rel.into(), text.into(), false);
    for &(kind, surface, canonical) in mentions {
        let b = text.find(surface).expect("surface in text");
        let start = text[..b].chars().count() as u32;
        let end = start + surface.chars().count() as u32;
        a.entities
            .push(text, kind, start, end, canonical, "test", None);
    }
    a
}

fn entity_doc() -> Document {
    use EntityKind::*;
    Document::new(
        vec![
            with_entities(
                "joom",
                "JOOM, rival de Wish, vise la Russie dès le 13 juillet : 10 millions de dollars.",
                &[
                    (Organization, "JOOM", "Joom"),
                    (Organization, "Wish", "Wish"),
                    (Place, "Russie", "Russie"),
                    (Date, "13 juillet", "13 juillet"),
                    (Money, "10 millions de dollars", "10000000 USD"),
                ],
            ),
            with_entities(
                "ma",
                "M. Ma, fondateur d’Alibaba, parle de la Russie : 45\u{202f}% du marché, 3 tonnes.",
                &[
                    (Person, "Ma", "Jack Ma"),
                    (Organization, "Alibaba", "Alibaba Group"),
                    (Percent, "45\u{202f}%", "45 %"),
                    (Quantity, "3 tonnes", "3 tonnes"),
                ],
            ),
            with_entities(
                "wish",
                "Wish, basé aux États-Unis, écrit à M. Joom.",
                &[
                    (Organization, "Wish", "Wish"),
                    (Place, "États-Unis", "États-Unis"),
                    (Person, "Joom", "Joom"),
                ],
            ),
        ],
        Vec::new(),
    )
}

#[test]
fn entity_fields_look_at_surfaces_and_canonical_names() {
    let mut d = entity_doc();
    expect(
        &mut d,
        &[
            ("org:joom", &["joom"]),
            ("org:JOOM", &["joom"]),
            ("org:joom|wish", &["joom", "wish"]),
            ("person:joom", &["wish"]),
            ("person:ma", &["ma"]),
            // the canonical name counts, though the text only says "Ma"
            ("person:jack", &["ma"]),
            ("person:\"jack ma\"", &["ma"]),
            ("jack", &[]),
            ("org:\"alibaba group\"", &["ma"]),
            ("place:russie", &["joom"]),
            ("-place:russie", &["ma", "wish"]),
            ("place:etats-unis", &["wish"]),
            ("place:états", &["wish"]),
            ("russie -place:russie", &["ma"]),
            ("date:juillet", &["joom"]),
            ("date:13", &["joom"]),
            ("money:dollars", &["joom"]),
            ("money:usd", &["joom"]),
            ("percent:45", &["ma"]),
            ("quantity:tonnes", &["ma"]),
            ("entity:joom", &["joom", "wish"]),
            ("entity:russie|tonnes", &["joom", "ma"]),
            ("entity:fondateur", &[]),
            ("organisation:wish -person:joom", &["joom"]),
        ],
    );
}

#[test]
fn entity_fields_on_the_seeds() {
    // what a reader of the seeds knows: JOOM and Wish are companies that
    // articles 000 and 001 talk about; Jack Ma is named in 004
    let mut d = Document::new(liseuse::model::corpus::embedded(), Vec::new());
    let short =
        |v: Vec<String>| -> Vec<String> { v.into_iter().map(|r| r[..3].to_string()).collect() };
    let l = short(listed(&mut d, "org:joom|wish"));
    assert_eq!(l, ["000", "001"]);
    let l = short(listed(&mut d, "person:jack"));
    assert_eq!(l, ["004"]);
    let l = short(listed(&mut d, "org:alibaba"));
    assert!(
        l.contains(&"002".to_string()) && l.contains(&"004".to_string()),
        "{l:?}"
    );
}

#[test]
fn annotation_fields() {
    let mut d = doc(&[
        ("a", "Alibaba en Russie."),
        ("b", "Amazon en Europe."),
        ("c", "Joom en France."),
        ("d", "Wish aux États-Unis."),
    ]);
    let mut set = AnnotationSet::new();
    annotate(&mut set, "a", &["russie", "e-commerce"], "");
    annotate(&mut set, "b", &[], "À relire avant lundi.");
    let c = annotate(&mut set, "c", &["Chine"], "Chiffres à vérifier");
    d.set_annotations(&set);
    expect(
        &mut d,
        &[
            ("tag:russie", &["a"]),
            ("tag:rus", &["a"]),
            ("tag:e-commerce", &["a"]),
            ("tag:chine|russie", &["a", "c"]),
            ("-tag:russie", &["b", "c", "d"]),
            ("note:relire", &["b"]),
            ("note:verifier", &["c"]),
            ("note:\"à relire\"", &["b"]),
            ("has:note", &["b", "c"]),
            ("has:annotation", &["a", "b", "c"]),
            ("has:tag", &["a", "c"]),
            ("-has:annotation", &["d"]),
            ("-has:note europe|russie", &["a"]),
        ],
    );
    // the list follows changes of the annotations, and a bare highlight
    // is an annotation without a note
    listed(&mut d, "has:note");
    annotate(&mut set, "d", &[], "Note");
    d.set_annotations(&set);
    assert_eq!(d.visible.len(), 3, "the list follows at once");
    assert_eq!(listed(&mut d, "has:note"), names(&["b", "c", "d"]));
    set.delete(&c);
    annotate(&mut set, "c", &[], "");
    d.set_annotations(&set);
    assert_eq!(listed(&mut d, "has:note"), names(&["b", "d"]));
    assert_eq!(
        listed(&mut d, "has:annotation"),
        names(&["a", "b", "c", "d"])
    );
    assert_eq!(listed(&mut d, "tag:chine"), names(&[]));
}

/// Adds a highlight of article `rel` with these tags and note; its id.
fn annotate(set: &mut AnnotationSet, rel: &str, tags: &[&str], note: &str) -> String {
    let mut a = Annotation::highlight(rel, "texte", 0, 5);
    a.tags = tags.iter().map(|t| t.to_string()).collect();
    a.note = note.to_string();
    set.add(a)
}

// ---- errors and the empty query --------------------------------------

#[test]
fn an_unclosed_quote_is_an_error_and_the_list_stays() {
    let mut d = doc(&[
        ("geant", "Le géant chinois Alibaba."),
        ("autre", "Amazon en Europe."),
    ]);
    assert_eq!(listed(&mut d, "géant"), names(&["geant"]));
    d.set_filter("géant \"le géant");
    let e = d.filter.error.clone().expect("an error");
    assert!(e.message.contains("quote"), "{}", e.message);
    // the quote is char 6 (é is one char, two bytes)
    assert_eq!(e.at, 6);
    assert_eq!(d.visible, [0], "the list keeps the last result");
    assert_eq!(d.filter.input, "géant \"le géant");
    // closing the quote clears the error
    assert_eq!(listed(&mut d, "géant \"le géant\" amazon"), names(&[]));
    assert_eq!(d.filter.error, None);
    assert!(query::parse("\"").is_err());
    assert!(query::parse("a|\"b").is_err());
    assert!(query::parse("title:\"la chine").is_err());
}

#[test]
fn an_unknown_field_is_an_error_and_the_list_stays() {
    let mut d = doc(&[("a", "Alibaba."), ("b", "Amazon.")]);
    assert_eq!(listed(&mut d, "amazon"), names(&["b"]));
    d.set_filter("amazon writer:dupont");
    let e = d.filter.error.clone().expect("an error");
    assert!(e.message.contains("writer"), "{}", e.message);
    assert_eq!(e.at, 7);
    assert_eq!(d.visible, [1]);
    d.set_filter("é -writer:x");
    assert_eq!(d.filter.error.as_ref().map(|e| e.at), Some(3));
    assert_eq!(d.visible, [1]);
    assert!(query::parse("has:rien").is_err());
    // `published:` takes dates only, and says so
    let e = query::parse("published:note").unwrap_err();
    assert!(e.message.contains("2021-03..2021-06"), "{}", e.message);
    assert!(query::parse("published:2021-03..2021-06").is_ok());
    // `is:` takes reading states only
    let e = query::parse("is:note").unwrap_err();
    assert!(
        e.message.contains("unread, read, starred or new"),
        "{}",
        e.message
    );
    assert!(query::parse("IS:unread -is:starred").is_ok());
    // known fields, in any case, parse
    for f in query::FIELD_NAMES
        .iter()
        .filter(|f| !["published", "is"].contains(*f))
    {
        assert!(query::parse(&format!("{f}:note")).is_ok(), "{f}");
        assert!(
            query::parse(&format!("-{}:note", f.to_uppercase())).is_ok(),
            "{f}"
        );
    }
}

#[test]
fn the_empty_query_matches_every_article() {
    let mut d = doc(&[("a", "Alibaba."), ("b", "Amazon."), ("c", "")]);
    let all = names(&["a", "b", "c"]);
    assert_eq!(listed(&mut d, "alibaba"), names(&["a"]));
    assert_eq!(listed(&mut d, ""), all);
    assert_eq!(listed(&mut d, "   "), all);
    assert_eq!(listed(&mut d, "\u{a0}\u{202f}\t"), all);
    assert!(Query::default().is_empty());
    assert!(query::parse("").unwrap().is_empty());
    assert!(
        (0..3).all(|i| Query::default().matches_with(d.article(i), &AnnotationFacts::default()))
    );
}

// ---- the seeds -------------------------------------------------------

fn seeds_listed(input: &str) -> BTreeSet<String> {
    let mut d = Document::new(liseuse::model::corpus::embedded(), Vec::new());
    listed(&mut d, input)
        .into_iter()
        .map(|r| r[..3].to_string())
        .collect()
}

fn set(v: &[&str]) -> BTreeSet<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn seeds_etats_unis() {
    // 000 and 004 write "États-Unis", 001 writes "Etats-Unis"
    assert_eq!(seeds_listed("etats-unis"), set(&["000", "001", "004"]));
    assert_eq!(seeds_listed("États-Unis"), set(&["000", "001", "004"]));
    assert_eq!(seeds_listed("\"etats unis\""), set(&["000", "001", "004"]));
}

#[test]
fn seeds_alibaba_without_amazon() {
    // Alibaba: 001 to 004; Amazon: 000, 001, 003, 004
    assert_eq!(seeds_listed("alibaba"), set(&["001", "002", "003", "004"]));
    assert_eq!(seeds_listed("amazon"), set(&["000", "001", "003", "004"]));
    assert_eq!(seeds_listed("alibaba -amazon"), set(&["002"]));
    assert_eq!(seeds_listed("alibaba !amazon"), set(&["002"]));
    assert_eq!(seeds_listed("-alibaba|amazon"), set(&[]));
    // 000 names "Mail.ru", 002 "Mail.Ru"
    assert_eq!(seeds_listed("mail.ru"), set(&["000", "002"]));
    assert_eq!(seeds_listed("\"jack ma\""), set(&["004"]));
}

#[test]
fn seeds_fields() {
    // the titles the list shows: 002 "La Russie crée un nouveau poids lourd
    // du e-commerce avec Alibaba", 003 "Alibaba : enfin un concurrent pour
    // Amazon ?", 004 "La solution d'Alibaba pour éviter aux touristes…"
    assert_eq!(seeds_listed("title:russie"), set(&["002"]));
    assert_eq!(seeds_listed("title:alibaba"), set(&["002", "003", "004"]));
    assert_eq!(seeds_listed("russie -title:russie"), set(&["000", "001"]));
    // 004 opens with "BFM Business", 000 credits "(Photo: Paperjam)"
    assert_eq!(seeds_listed("source:bfm"), set(&["004"]));
    assert_eq!(seeds_listed("file:003|004"), set(&["003", "004"]));
    assert_eq!(
        seeds_listed("lang:fr"),
        set(&["000", "001", "002", "003", "004"])
    );
    assert_eq!(seeds_listed("lang:en"), set(&[]));
    // "Jacques Ma" in 003, "Jack Ma" in 004
    assert_eq!(seeds_listed("person:ma"), set(&["003", "004"]));
}

// ---- highlights ------------------------------------------------------

/// The highlighted pieces of `text` for `input`, with their char ranges.
/// [`Query::highlights`] gives byte ranges (its documented contract, which
/// the list and the reader rely on); they are converted here.
fn highlighted(input: &str, part: Part, text: &str) -> Vec<(String, (usize, usize))> {
    let q = query::parse(input).unwrap();
    q.highlights(part, text)
        .into_iter()
        .map(|r| {
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            let s = text[..r.start].chars().count();
            let e = text[..r.end].chars().count();
            (text[r].to_string(), (s, e))
        })
        .collect()
}

fn pieces(v: &[(String, (usize, usize))]) -> Vec<&str> {
    v.iter().map(|(s, _)| s.as_str()).collect()
}

#[test]
fn highlights_cover_the_matched_words() {
    let t = "Les États-Unis et l’e-commerce : le géant chinois Alibaba s’y attaque.";
    let h = highlighted("etats", Part::Body, t);
    // "États" is chars 4..9 (bytes 4..10)
    assert_eq!(h, [("États".to_string(), (4, 9))]);
    // the raw ranges are bytes: the list (ui/list.rs) and the reader
    // (state/reader.rs) index the text with them
    let q = query::parse("etats").unwrap();
    assert_eq!(
        q.highlights(Part::Body, t),
        vec![std::ops::Range { start: 4, end: 10 }]
    );
    assert_eq!(
        pieces(&highlighted("etats-unis", Part::Body, t)),
        ["États-Unis"]
    );
    assert_eq!(
        pieces(&highlighted("e-commerce", Part::Body, t)),
        ["e-commerce"]
    );
    assert_eq!(pieces(&highlighted("ali", Part::Body, t)), ["Alibaba"]);
    assert_eq!(
        pieces(&highlighted("\"le géant ch\"", Part::Body, t)),
        ["le géant chinois"]
    );
    assert_eq!(
        pieces(&highlighted("géant alibaba", Part::Body, t)),
        ["géant", "Alibaba"]
    );
    assert_eq!(
        pieces(&highlighted("amazon|alibaba -etats", Part::Body, t)),
        ["Alibaba"]
    );
    let h = highlighted("\"géant chinois\"", Part::Body, t);
    let (s, e) = h[0].1;
    assert_eq!(
        t.chars().skip(s).take(e - s).collect::<String>(),
        "géant chinois"
    );
    assert_eq!((s, e), (36, 49));
    // the apostrophe is not part of a hit
    assert_eq!(pieces(&highlighted("y", Part::Body, t)), ["y"]);
    assert!(highlighted("-alibaba", Part::Body, t).is_empty());
    assert!(highlighted("", Part::Body, t).is_empty());
}

#[test]
fn highlights_follow_the_fields() {
    let title = "Alibaba : le géant chinois défie Amazon";
    assert_eq!(
        pieces(&highlighted("title:géant", Part::Title, title)),
        ["géant"]
    );
    assert!(highlighted("title:géant", Part::Body, title).is_empty());
    assert_eq!(
        pieces(&highlighted("amazon", Part::Title, title)),
        ["Amazon"]
    );
    assert!(highlighted("source:bfm", Part::Title, "BFM Business").is_empty());
    assert_eq!(
        pieces(&highlighted("source:bfm", Part::Source, "BFM Business")),
        ["BFM"]
    );
    assert!(highlighted("lang:fr", Part::Body, "fr fr").is_empty());
    assert!(highlighted("has:note", Part::Note, "note").is_empty());
    assert_eq!(
        pieces(&highlighted("note:relire", Part::Note, "À relire")),
        ["relire"]
    );
    assert_eq!(
        pieces(&highlighted("tag:rus", Part::Tag, "russie")),
        ["russie"]
    );
}

#[test]
fn highlights_in_french_text_with_special_letters_and_spaces() {
    let t = "«\u{a0}Œuvres\u{a0}» de Łódź\u{202f}: 45\u{202f}% du cœur de l’Ærø.";
    let h = highlighted("oeuvres lodz coeur aero 45", Part::Body, t);
    assert_eq!(pieces(&h), ["Œuvres", "Łódź", "45", "cœur", "Ærø"]);
    let chars: Vec<(usize, usize)> = h.iter().map(|(_, r)| *r).collect();
    assert_eq!(chars, [(2, 8), (14, 18), (21, 23), (29, 33), (39, 42)]);
    // neighbouring hits merge into one range
    // ("de l" also matches "de Łódź": its last word is a prefix)
    let h = highlighted("\"de l\" l'ærø", Part::Body, t);
    assert_eq!(pieces(&h), ["de Łódź", "de l’Ærø"]);
}

/// The highlighted texts of an article's body under a filter.
fn body_hits(d: &mut Document, query: &str, rel: &str) -> Vec<String> {
    d.set_filter(query);
    let a = d
        .articles
        .iter()
        .find(|a| a.rel == rel)
        .expect("article in the document");
    d.filter
        .query
        .body_highlights(a, &liseuse::model::text::CharMap::new(&a.text))
        .into_iter()
        .map(|r| a.text[r].to_string())
        .collect()
}

#[test]
fn entity_fields_highlight_their_mentions_only() {
    let mut d = entity_doc();
    // "ma" starts "marché" too, but only the person is a person
    assert_eq!(body_hits(&mut d, "person:ma", "ma"), ["Ma"]);
    assert_eq!(body_hits(&mut d, "ma", "ma"), ["Ma", "marché"]);
    // matched through the canonical name alone: the mention is lit whole
    assert_eq!(body_hits(&mut d, "person:jack", "ma"), ["Ma"]);
    assert_eq!(
        body_hits(&mut d, "org:\"alibaba group\"", "ma"),
        ["Alibaba"]
    );
    // any kind, and several clauses
    assert_eq!(
        body_hits(&mut d, "entity:alibaba percent:45", "ma"),
        ["Alibaba", "45"]
    );
    // "Russie" is in this text, but not as a mention
    assert!(body_hits(&mut d, "place:russie", "ma").is_empty());
    assert_eq!(body_hits(&mut d, "place:russie", "joom"), ["Russie"]);
    assert!(body_hits(&mut d, "-person:ma", "wish").is_empty());
}

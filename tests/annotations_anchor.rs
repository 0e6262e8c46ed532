//! Re-anchoring fixtures on French text (no-break spaces, curly quotes and
//! apostrophes): unchanged, moved, edited by up to 10%, duplicated,
//! deleted; and the time it takes on a 1 MB article.

use liseuse::model::anchor::{Anchor, Anchorer, Status, anchor};
use liseuse::model::annotation::Annotation;
use std::time::Instant;

const P1: &str = "La Russie crée un nouveau poids lourd du e-commerce avec\u{a0}Alibaba. \
Le groupe chinois s’allie au fonds souverain russe et à l’opérateur MegaFon.\n";
const P2: &str = "Le «\u{a0}Aldi du commerce en ligne\u{a0}» devrait lancer son e-Wallet à la \
mi-juillet depuis Luxembourg, a-t-on appris auprès de la direction\u{a0}: «\u{a0}Nous \
sommes prêts\u{202f}!\u{a0}» assure-t-elle.\n";
const P3: &str = "Les touristes chinois, cibles privilégiées des pickpockets à Paris, \
pourront payer avec leur téléphone dans les grands magasins du boulevard Haussmann.\n";
const QUOTE: &str = "«\u{a0}Aldi du commerce en ligne\u{a0}» devrait lancer son e-Wallet à la \
mi-juillet depuis Luxembourg";

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// A highlight of QUOTE in `text`.
fn highlight(text: &str) -> Annotation {
    let b = text.find(QUOTE).unwrap();
    let s = chars(&text[..b]);
    let a = Annotation::highlight("a.txt", text, s, s + chars(QUOTE));
    assert_eq!(a.quote, QUOTE);
    a
}

fn original() -> String {
    format!("{P1}{P2}{P3}")
}

fn at(text: &str, a: Anchor) -> String {
    text.chars().skip(a.start).take(a.end - a.start).collect()
}

#[test]
fn unchanged_text_is_exact() {
    let t = original();
    let a = highlight(&t);
    let r = anchor(&a, &t);
    assert_eq!(
        r,
        Anchor {
            status: Status::Exact,
            start: a.start,
            end: a.end
        }
    );
    assert_eq!(at(&t, r), QUOTE);
}

#[test]
fn passage_moved_by_an_inserted_paragraph() {
    let a = highlight(&original());
    let inserted = "Mise à jour\u{a0}: l’article a été complété le 3\u{a0}juillet.\n";
    let t = format!("{inserted}{P1}{P3}{P2}");
    let r = anchor(&a, &t);
    assert_eq!(r.status, Status::Moved);
    assert_eq!(at(&t, r), QUOTE);
    let expected = chars(inserted) + chars(P1) + chars(P3) + chars("Le ");
    assert_eq!((r.start, r.end), (expected, expected + chars(QUOTE)));
}

#[test]
fn passage_edited_by_up_to_ten_percent_is_fuzzy() {
    let a = highlight(&original());
    // 9 of 92 chars changed: NBSP → space (x2), curly → straight, a word.
    let edited = "\"Aldi du commerce en ligne\" devrait lancer son eWallet à la \
mi-juillet depuis le Luxembourg";
    let n_changed = 9;
    assert!(n_changed * 10 <= chars(QUOTE));
    let p2 = P2.replace(QUOTE, edited);
    let t = format!("{P1}{p2}{P3}");
    let r = anchor(&a, &t);
    assert_eq!(r.status, Status::Fuzzy);
    assert_eq!(at(&t, r), edited);
}

#[test]
fn apostrophe_straightened_in_a_moved_passage() {
    let t0 = original();
    let q = "Le groupe chinois s’allie au fonds souverain russe et à l’opérateur MegaFon";
    let s = chars(&t0[..t0.find(q).unwrap()]);
    let a = Annotation::highlight("a.txt", &t0, s, s + chars(q));
    let t = format!("{P3}{}{P2}", P1.replace('’', "'"));
    let r = anchor(&a, &t);
    assert_eq!(r.status, Status::Fuzzy);
    assert_eq!(at(&t, r), q.replace('’', "'"));
}

#[test]
fn duplicated_passage_picks_the_copy_with_matching_context() {
    let t0 = original();
    let a = highlight(&t0);
    // A copy of the sentence is quoted in a new first paragraph (nearer to
    // the old position than the original once it moved down).
    let intro = format!("Rappel\u{a0}: {QUOTE}.\n");
    let filler = "Un paragraphe de plus, sans rapport avec le sujet.\n".repeat(3);
    let t = format!("{intro}{P1}{filler}{P2}{P3}");
    let r = anchor(&a, &t);
    assert_eq!(r.status, Status::Moved);
    let expected = chars(&intro) + chars(P1) + chars(&filler) + chars("Le ");
    assert_eq!(
        r.start, expected,
        "the copy after `Le ` keeps the old context"
    );
    // With no context to tell them apart, the nearest copy wins.
    let mut bare = a.clone();
    bare.prefix.clear();
    bare.suffix.clear();
    let r = anchor(&bare, &t);
    assert_eq!(r.start, chars("Rappel\u{a0}: "));
}

#[test]
fn deleted_passage_is_an_orphan_with_its_stored_offsets() {
    let a = highlight(&original());
    let t = format!("{P1}{P3}");
    let r = anchor(&a, &t);
    assert_eq!(
        r,
        Anchor {
            status: Status::Orphan,
            start: a.start,
            end: a.end
        }
    );
}

#[test]
fn rewritten_beyond_the_threshold_is_an_orphan() {
    let a = highlight(&original());
    let t =
        format!("{P1}Selon la direction, le lancement du portefeuille aura lieu en juillet.\n{P3}");
    assert_eq!(anchor(&a, &t).status, Status::Orphan);
}

#[test]
fn article_notes_always_anchor() {
    let a = Annotation::article_note("a.txt", &original(), "note");
    assert_eq!(anchor(&a, "").status, Status::Exact);
}

/// About 1 MB of varied French text (paragraph number in every line).
fn big_text() -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < 1_000_000 {
        s.push_str(&format!("§{i} {P1}§{i} {P3}"));
        i += 1;
    }
    s
}

#[test]
fn one_megabyte_article_is_fast() {
    let big = big_text();
    let half = big.len() / 2;
    let half = (half..).find(|&b| big.is_char_boundary(b)).unwrap();
    let edited = QUOTE.replace("depuis", "dès");
    let t = format!(
        "{}{}{}",
        &big[..half],
        P2.replace(QUOTE, &edited),
        &big[half..]
    );
    let base = format!("{}{}{}", &big[..half], P2, &big[half..]);
    let a = highlight(&base);
    let anchorer = Anchorer::new(&t);
    let t0 = Instant::now();
    let r = anchorer.anchor(&a);
    let fuzzy = t0.elapsed();
    assert_eq!(r.status, Status::Fuzzy);
    assert_eq!(at(&t, r), edited);
    // An orphan whose pieces are all frequent: the worst case.
    let mut orphan = Annotation::highlight("a.txt", &t, 100, 300);
    orphan.quote = orphan.quote.chars().rev().collect();
    orphan.start += 7;
    orphan.end += 7;
    let t1 = Instant::now();
    let r = anchorer.anchor(&orphan);
    let worst = t1.elapsed();
    assert_eq!(r.status, Status::Orphan);
    eprintln!("1 MB: fuzzy {fuzzy:?}, orphan {worst:?}");
    // Generous bounds: debug build on a shared 2-core machine.
    assert!(fuzzy.as_secs_f64() < 2.0, "fuzzy took {fuzzy:?}");
    assert!(worst.as_secs_f64() < 2.0, "orphan took {worst:?}");
}

/// Random edits (substitutions, deletions, insertions) of 10% of a quote's
/// chars, 200 times: always found as fuzzy, edges within a few chars.
#[test]
fn random_ten_percent_edits_are_found() {
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut rnd = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let t0 = original();
    let a = highlight(&t0);
    let q: Vec<char> = QUOTE.chars().collect();
    for round in 0..200 {
        let mut e = q.clone();
        for _ in 0..q.len() / 10 {
            let i = rnd(e.len());
            match rnd(3) {
                0 => e[i] = 'x',
                1 => {
                    e.remove(i);
                }
                _ => e.insert(i, 'é'),
            }
        }
        let edited: String = e.iter().collect();
        let t = format!("{P3}{P1}{}{P3}", P2.replace(QUOTE, &edited));
        let r = anchor(&a, &t);
        assert_eq!(r.status, Status::Fuzzy, "round {round}: {edited}");
        let start = chars(P3) + chars(P1) + chars("Le ");
        let end = start + e.len();
        assert!(
            r.start.abs_diff(start) <= 3 && r.end.abs_diff(end) <= 3,
            "round {round}: {edited:?} found at {}..{}, expected {start}..{end}",
            r.start,
            r.end
        );
    }
}

#[test]
fn anchor_article_orders_by_current_start_with_orphans_last() {
    use liseuse::model::anchor::anchor_article;
    use liseuse::model::annotation::AnnotationSet;
    let t0 = original();
    let mut set = AnnotationSet::new();
    let gone = set.add(Annotation::highlight("a.txt", &t0, 0, 9)); // "La Russie"
    let quote = set.add(highlight(&t0));
    let p3 = chars(P1) + chars(P2);
    let touristes = set.add(Annotation::highlight("a.txt", &t0, p3 + 4, p3 + 13));
    set.add(Annotation::highlight("other.txt", &t0, 0, 5));
    set.set_article_note("a.txt", &t0, "not a highlight");
    // P3 now comes first and P1 is gone.
    let t = format!("{P3}{P2}");
    let v = anchor_article(&set, "a.txt", &t);
    let got: Vec<(&str, Status)> = v.iter().map(|(a, r)| (a.id.as_str(), r.status)).collect();
    assert_eq!(
        got,
        [
            (touristes.as_str(), Status::Moved),
            (quote.as_str(), Status::Moved),
            (gone.as_str(), Status::Orphan)
        ]
    );
    assert_eq!(v[0].1.start, 4);
}

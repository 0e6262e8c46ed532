//! Re-anchoring a long quote is near-linear (issue 16, defect 4): a whole
//! 115,000-char article highlighted, one char changed in the middle.

use liseuse::model::anchor::{Status, anchor};
use liseuse::model::annotation::Annotation;
use std::time::{Duration, Instant};

/// About `n` chars of varied text (numbered sentences, so that no 32-char
/// piece repeats too often).
fn long_text(n: usize) -> String {
    let words = [
        "la", "Russie", "crée", "un", "nouveau", "poids", "lourd", "du", "commerce", "avec",
        "Alibaba", "et", "Mail.ru", "pour", "vendre", "en", "ligne", "aux", "clients", "chinois",
    ];
    let mut s = String::new();
    let mut i = 0usize;
    while s.chars().count() < n {
        s.push_str(&format!("Phrase {i} : "));
        for j in 0..9 {
            s.push_str(words[(i * 7 + j * 3) % words.len()]);
            s.push(' ');
        }
        s.push_str("— à suivre.\n");
        i += 1;
    }
    s.chars().take(n).collect()
}

fn change_char_at(text: &str, at: usize) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| {
            if i == at {
                if c == 'x' { 'y' } else { 'x' }
            } else {
                c
            }
        })
        .collect()
}

#[test]
fn a_115k_char_quote_with_one_changed_char_reanchors_fast() {
    let n = 115_000;
    let text = long_text(n);
    let a = Annotation::highlight("a.txt", &text, 0, n);
    let changed = change_char_at(&text, n / 2);
    let t0 = Instant::now();
    let r = anchor(&a, &changed);
    let took = t0.elapsed();
    eprintln!("re-anchoring a {n}-char quote with one changed char: {took:?}");
    assert_eq!(r.status, Status::Fuzzy);
    assert_eq!((r.start, r.end), (0, n));
    // debug builds are about 10x slower than release; well under a second there
    assert!(took < Duration::from_secs(1), "{took:?}");
}

#[test]
fn a_long_quote_with_an_insertion_and_a_changed_start_is_found() {
    let text = format!("Avant-propos sans rapport.\n\n{}", long_text(40_000));
    let s = 28;
    let e = s + 30_000;
    let a = Annotation::highlight("a.txt", &text, s, e);
    // change the quote's first chars and insert 200 chars in the middle
    let mut changed: String = text.chars().take(s).collect();
    changed.push_str("XYZ");
    let rest: String = text.chars().skip(s + 3).collect();
    let mid = 15_000;
    let (left, right) = rest.split_at(rest.char_indices().nth(mid).unwrap().0);
    changed.push_str(left);
    changed.push_str(&"inséré ".repeat(28));
    changed.push_str(right);
    let t0 = Instant::now();
    let r = anchor(&a, &changed);
    eprintln!("40,000 chars, 200 inserted: {:?}", t0.elapsed());
    assert_eq!(r.status, Status::Fuzzy);
    assert_eq!(r.start, s);
    assert_eq!(r.end, e + 28 * "inséré ".chars().count());
    assert!(t0.elapsed() < Duration::from_secs(2));
}

#[test]
fn a_long_quote_rewritten_beyond_the_limit_is_an_orphan_quickly() {
    let text = long_text(60_000);
    let a = Annotation::highlight("a.txt", &text, 1000, 50_000);
    let other = long_text(60_000).to_uppercase();
    let t0 = Instant::now();
    let r = anchor(&a, &other);
    assert_eq!(r.status, Status::Orphan);
    assert!(t0.elapsed() < Duration::from_secs(2), "{:?}", t0.elapsed());
}

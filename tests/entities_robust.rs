//! The entity extractor on hostile text: empty, huge, degenerate runs of
//! capitals or digits, mixed scripts. It must not panic, every offset must
//! be valid (in chars, end exclusive) and the time must grow roughly
//! linearly with the input.

use liseuse::model::Lang;
use liseuse::model::entities::{Entities, extract};
use std::time::{Duration, Instant};

/// Checks every mention: `start < end <= chars`, sorted by start, and the
/// canonical name is not empty.
fn check(text: &str, ms: &Entities) {
    let chars: Vec<char> = text.chars().collect();
    let mut prev = 0u32;
    for m in ms.iter() {
        assert!(
            m.start < m.end && m.end as usize <= chars.len(),
            "bad offsets {}..{} (text has {} chars): {m:?}",
            m.start,
            m.end,
            chars.len()
        );
        assert!(m.start >= prev, "mentions not sorted by start: {m:?}");
        prev = m.start;
        let surface: String = chars[m.start as usize..m.end as usize].iter().collect();
        assert!(
            !surface.trim().is_empty(),
            "blank surface at {}..{}: {m:?}",
            m.start,
            m.end
        );
        assert!(
            !ms.canonical(text, m).is_empty(),
            "empty canonical name: {m:?}"
        );
    }
}

fn run(text: &str) -> Entities {
    let mut all = Entities::default();
    for lang in [Lang::French, Lang::English] {
        let ms = extract(text, lang);
        check(text, &ms);
        all = ms;
    }
    all
}

/// The fastest of three runs (less noise on a shared machine).
fn time(text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let t0 = Instant::now();
            let ms = extract(text, Lang::French);
            let d = t0.elapsed();
            check(text, &ms);
            d
        })
        .min()
        .unwrap()
}

/// Compares the time on `make(n)` and `make(4n)`: a linear extractor takes
/// about 4x; a quadratic one 16x. The bound is generous (12x) for noise.
fn roughly_linear(name: &str, make: impl Fn(usize) -> String, n: usize) {
    let small = make(n);
    let large = make(4 * n);
    // warm up (lexicons are built lazily)
    extract("Emmanuel Macron à Paris le 3 mai 2024.", Lang::French);
    let t1 = time(&small);
    let t4 = time(&large);
    let ratio = t4.as_secs_f64() / t1.as_secs_f64().max(1e-6);
    eprintln!(
        "{name}: {} chars in {t1:?}, {} chars in {t4:?} (x{ratio:.1})",
        small.chars().count(),
        large.chars().count()
    );
    assert!(
        ratio < 12.0,
        "{name}: 4x the input took {ratio:.1}x the time ({t1:?} -> {t4:?}): not linear"
    );
}

#[test]
fn empty_and_blank_text() {
    for t in ["", " ", "\n\n\n", "\u{a0}\u{202f}", ".", "-", "\u{FFFD}"] {
        assert!(run(t).is_empty(), "{t:?}");
    }
}

#[test]
fn surfaces_match_the_text_at_char_offsets() {
    // known entities after multi-byte text: offsets must be chars, not bytes
    let text = "日本語の文章 🎉🎉 — Selon Emmanuel Macron, la société Alibaba \
                a levé 3,5 milliards d’euros le 12 mars 2024 à Paris (+12 %).";
    let ms = run(text);
    let chars: Vec<char> = text.chars().collect();
    let surfaces: Vec<String> = ms
        .iter()
        .map(|m| chars[m.start as usize..m.end as usize].iter().collect())
        .collect();
    assert!(
        surfaces.iter().any(|s| s.contains("Macron")),
        "{surfaces:?}"
    );
    assert!(
        surfaces.iter().any(|s| s.contains("Alibaba")),
        "{surfaces:?}"
    );
    assert!(surfaces.iter().any(|s| s.contains("2024")), "{surfaces:?}");
}

#[test]
fn one_huge_paragraph() {
    // ~5 MB in one paragraph (no blank line), real prose with entities
    let seed = "La société Alibaba, dirigée par Jack Ma, a annoncé le 3 mai 2024 \
                à Hangzhou un bénéfice de 4,2 milliards de dollars (+8,5 %). ";
    let text = seed.repeat(5_000_000 / seed.len());
    let t0 = Instant::now();
    let ms = extract(&text, Lang::French);
    eprintln!(
        "5 MB paragraph: {} mentions in {:?}",
        ms.len(),
        t0.elapsed()
    );
    check(&text, &ms);
    assert!(ms.len() > 10_000, "entities are still found: {}", ms.len());
}

#[test]
fn degenerate_runs_do_not_panic() {
    let capitals = (0..10_000)
        .map(|i| format!("Mot{}", i % 97))
        .collect::<Vec<_>>()
        .join(" ");
    let cap_words = "Alpha Beta Gamma Delta Epsilon ".repeat(2_000);
    let upper = "ONU OTAN UE FMI BCE ".repeat(2_000);
    let digits = "7".repeat(1 << 20);
    let seps = "1 234 567,89.0,1'2\u{a0}3\u{202f}4-5/6:7 ".repeat(30_000);
    let money = "12 € 3 $ 4 % 5 km ".repeat(20_000);
    let dates = "1er 2 3 janvier février 2024 2025 ".repeat(10_000);
    let mixed =
        "Москва Αθήνα 東京 القاهرة Paris 😀👍🏽 e\u{301} Z\u{200d}W \u{202e}Nom ".repeat(5_000);
    let hyphens = "Jean-Pierre-Marie-Louis-".repeat(20_000);
    let apostrophes = "L'O'D'A'B'C'".repeat(10_000);
    let controls = "A\u{1b}[2J B\u{7} C\u{9b} D\u{0} E\r\nF\u{85}G ".repeat(5_000);
    for (name, t) in [
        ("10,000 capitalized words", &capitals),
        ("capitalized words", &cap_words),
        ("acronyms", &upper),
        ("1 MB of digits", &digits),
        ("digits with separators", &seps),
        ("money and units", &money),
        ("date words", &dates),
        ("mixed scripts and emoji", &mixed),
        ("one long hyphenated name", &hyphens),
        ("apostrophes", &apostrophes),
        ("control characters", &controls),
    ] {
        let t0 = Instant::now();
        let ms = run(t);
        eprintln!(
            "{name}: {} mentions in {:?} (2 langs)",
            ms.len(),
            t0.elapsed()
        );
    }
}

#[test]
fn time_grows_linearly() {
    roughly_linear(
        "capitalized words",
        |n| {
            (0..n)
                .map(|i| format!("Nom{}", i % 1000))
                .collect::<Vec<_>>()
                .join(" ")
        },
        10_000,
    );
    roughly_linear("digits", |n| "9".repeat(n), 250_000);
    roughly_linear(
        "digits with separators",
        |n| "1 234,5 ".repeat(n / 8),
        200_000,
    );
    roughly_linear(
        "prose",
        |n| {
            "Selon Jack Ma, Alibaba a levé 3 milliards d’euros le 2 mai 2024 à Paris. "
                .repeat(n / 70)
        },
        200_000,
    );
    roughly_linear("apostrophes", |n| "L'O'D'A'B'C'".repeat(n / 12), 25_000);
    // towns beside a match's word in an article about no sport: whether it
    // is one is counted once, not at each town
    roughly_linear(
        "towns beside a match's word",
        |n| "Il a discuté face à Lyon et face à Nantes. ".repeat(n / 45),
        100_000,
    );
    roughly_linear(
        "mixed scripts",
        |n| "Москва 東京 Paris 😀 Ünïcödé ".repeat(n / 25),
        100_000,
    );
}

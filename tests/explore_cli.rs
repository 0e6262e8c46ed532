//! `liseuse kwic`, `timeline` and `collocates`: the real binary on the
//! seeds and on temporary folders; what a user reads on stdout.

use liseuse::model::text::fold;
use serde_json::Value;
use std::fs;
use std::process::Command;
use unicode_width::UnicodeWidthChar;

/// Runs `liseuse ARGS...` from the crate root; stdout, checking success.
fn run(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "liseuse {args:?}: {err}");
    assert_eq!(err, "", "liseuse {args:?}");
    String::from_utf8(out.stdout).unwrap()
}

fn json(args: &[&str]) -> Value {
    serde_json::from_str(&run(args)).unwrap()
}

/// The seed files and their texts.
fn seeds() -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (
                format!("seeds/{}", p.file_name().unwrap().to_string_lossy()),
                fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

/// Occurrences of a word start (case-insensitive, ASCII word) in a text.
fn count_word_starts(text: &str, word: &str) -> usize {
    let lower = text.to_lowercase();
    lower
        .match_indices(word)
        .filter(|(i, _)| {
            !lower[..*i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
        .count()
}

/// The part of a line after its first `cols` terminal columns.
fn after_columns(line: &str, cols: usize) -> &str {
    let mut used = 0;
    for (i, c) in line.char_indices() {
        if used >= cols {
            return &line[i..];
        }
        used += c.width().unwrap_or(0);
    }
    ""
}

#[test]
fn kwic_prints_every_alibaba_of_the_seeds_aligned_on_the_hit() {
    let expected: usize = seeds()
        .iter()
        .map(|(_, t)| count_word_starts(t, "alibaba"))
        .sum();
    assert!(expected > 10);
    for (args, width) in [
        (vec!["kwic", "alibaba"], 40),
        (vec!["kwic", "alibaba", "seeds", "--width", "25"], 25),
    ] {
        let out = run(&args);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), expected, "{args:?}");
        for l in &lines {
            let from_hit = after_columns(l, width);
            assert!(
                from_hit.to_lowercase().starts_with("alibaba"),
                "hit not in column {width}: {l:?}"
            );
            // the path, then the article's date when it has one
            let path = l
                .split_whitespace()
                .rfind(|w| w.starts_with("seeds/"))
                .unwrap();
            let (_, text) = seeds().into_iter().find(|(p, _)| p == path).expect(path);
            assert!(text.contains("Alibaba"));
        }
        // the path column is aligned too
        let path_cols: Vec<usize> = lines
            .iter()
            .map(|l| {
                let i = l.rfind("  seeds/").unwrap();
                l[..i].chars().map(|c| c.width().unwrap_or(0)).sum()
            })
            .collect();
        assert!(path_cols.windows(2).all(|w| w[0] == w[1]), "{path_cols:?}");
    }
}

#[test]
fn kwic_sorts_by_the_word_beside_the_hit() {
    let first_right = |l: &Value| {
        let r = l["right"].as_str().unwrap();
        liseuse::model::text::folded_words(r)
            .into_iter()
            .next()
            .unwrap_or_default()
    };
    let first_left = |l: &Value| {
        let r = l["left"].as_str().unwrap();
        liseuse::model::text::folded_words(r)
            .pop()
            .unwrap_or_default()
    };
    let by_article = json(&["kwic", "alibaba", "--json"]);
    let by_right = json(&["kwic", "alibaba", "--sort", "right", "--json"]);
    let by_left = json(&["kwic", "alibaba", "--sort", "left", "--json"]);
    let rights: Vec<String> = by_right["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(first_right)
        .collect();
    let lefts: Vec<String> = by_left["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(first_left)
        .collect();
    assert!(rights.windows(2).all(|w| w[0] <= w[1]), "{rights:?}");
    assert!(lefts.windows(2).all(|w| w[0] <= w[1]), "{lefts:?}");
    // the same lines, another order
    let key = |v: &Value| {
        let mut k: Vec<(String, u64)> = v["lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["path"].as_str().unwrap().to_string(),
                    l["char_offset"].as_u64().unwrap(),
                )
            })
            .collect();
        k.sort();
        k
    };
    assert_eq!(key(&by_article), key(&by_right));
    assert_ne!(by_article["lines"], by_right["lines"]);
    // article order is the list order (the seeds' path order), text order within
    let order: Vec<(String, u64)> = by_article["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["path"].as_str().unwrap().to_string(),
                l["char_offset"].as_u64().unwrap(),
            )
        })
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn kwic_json_offsets_point_at_the_hit_in_the_file() {
    let v = json(&["kwic", "alibaba", "seeds", "--json"]);
    let lines = v["lines"].as_array().unwrap();
    assert_eq!(v["hits"].as_u64().unwrap() as usize, lines.len());
    let seeds = seeds();
    for l in lines {
        let path = l["path"].as_str().unwrap();
        let text = &seeds.iter().find(|(p, _)| p == path).unwrap().1;
        let hit = l["hit"].as_str().unwrap();
        assert_eq!(fold(hit), "alibaba");
        let at = l["char_offset"].as_u64().unwrap() as usize;
        let found: String = text.chars().skip(at).take(hit.chars().count()).collect();
        assert_eq!(found, hit);
        assert_eq!(
            &text[l["byte_offset"].as_u64().unwrap() as usize..][..hit.len()],
            hit
        );
    }
}

/// A folder of dated articles (and undated ones), some about Joom.
fn dated_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("a.txt", "Date: 2019-03-04\n\nJoom ouvre en France."),
        ("b.txt", "Date: 2019-03-20\n\nJoom recrute."),
        ("c.txt", "Publié le 12 mars 2019\n\nLe site Joom grandit."),
        ("d.txt", "Date: 2019-05-02\n\nJoom et Wish."),
        ("e.txt", "Date: 2019-04-10\n\nAmazon seul, sans l'autre."),
        ("f.txt", "Sans date.\n\nJoom encore."),
    ];
    for (name, text) in files {
        fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[test]
fn timeline_counts_articles_per_month_with_empty_months_and_undated_apart() {
    let dir = dated_folder();
    let p = dir.path().to_str().unwrap();
    let out = run(&["timeline", "joom", p]);
    let rows: Vec<Vec<&str>> = out
        .lines()
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows[0][..2], ["2019-03", "3"]);
    assert_eq!(rows[1], ["2019-04", "0"]);
    assert_eq!(rows[2][..2], ["2019-05", "1"]);
    assert_eq!(rows[3], ["undated", "1"]);
    assert_eq!(rows.len(), 4);
    // bars proportional: March's is three times May's
    let (march, may) = (rows[0][2].chars().count(), rows[2][2].chars().count());
    assert!((march as f64 / may as f64 - 3.0).abs() < 0.2, "{out}");
    let v = json(&["timeline", "joom", p, "--by", "year", "--json"]);
    assert_eq!(
        v["periods"],
        serde_json::json!([{"period": "2019", "articles": 4}])
    );
    assert_eq!(
        (v["undated"].as_u64(), v["articles"].as_u64()),
        (Some(1), Some(5))
    );
    let v = json(&["timeline", "joom", p, "--by", "week", "--json"]);
    let weeks: Vec<(&str, u64)> = v["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["period"].as_str().unwrap(),
                x["articles"].as_u64().unwrap(),
            )
        })
        .collect();
    // 4 March 2019 is in ISO week 10, 12 and 20 March in 11 and 12, 2 May in 18
    assert_eq!(weeks.first(), Some(&("2019-W10", 1)));
    assert_eq!(weeks.last(), Some(&("2019-W18", 1)));
    assert_eq!(weeks.len(), 9);
    assert_eq!(weeks.iter().map(|w| w.1).sum::<u64>(), 4);
}

#[test]
fn timeline_of_joom_on_the_seeds_counts_its_two_articles() {
    let v = json(&["timeline", "joom", "--json"]);
    let expected = seeds()
        .iter()
        .filter(|(_, t)| count_word_starts(t, "joom") > 0)
        .count();
    let dated: u64 = v["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["articles"].as_u64().unwrap())
        .sum();
    let total = dated + v["undated"].as_u64().unwrap() + v["imprecise"].as_u64().unwrap();
    assert_eq!(total as usize, expected);
    assert_eq!(v["articles"].as_u64().unwrap() as usize, expected);
}

#[test]
fn articles_that_state_no_date_are_dated_by_the_dates_they_mention() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        // 25 June was a Tuesday in 2019, the first such year from 2016
        (
            "a.txt",
            "Joom lance son portefeuille.\n\nLa société luxembourgeoise, créée le 22 juin \
             2016 à Riga, a répondu à nos questions mardi 25 juin, après la publication.",
        ),
        (
            "b.txt",
            "Date: 2019-03-04\n\nJoom ouvre en France, comme en mai 2017.",
        ),
        ("c.txt", "Joom vise 2040.\n\nAucune autre date."),
        ("d.txt", "Joom, depuis 2016 et 2017.\n\nRien de plus."),
        // a date the file states stays, even one that is no day
        ("e.txt", "Date: au printemps\n\nJoom, comme en mai 2017."),
    ] {
        fs::write(dir.path().join(name), text).unwrap();
    }
    let p = dir.path().to_str().unwrap();
    let v = json(&["timeline", "joom", p, "--json"]);
    assert_eq!(
        v["periods"].as_array().unwrap().first(),
        Some(&serde_json::json!({"period": "2019-03", "articles": 1}))
    );
    assert_eq!(
        v["periods"].as_array().unwrap().last(),
        Some(&serde_json::json!({"period": "2019-06", "articles": 1}))
    );
    // a.txt is estimated; d.txt names years only; c.txt only a year to
    // come; e.txt states a date that is no day
    assert_eq!(
        (
            v["estimated"].as_u64(),
            v["imprecise"].as_u64(),
            v["undated"].as_u64()
        ),
        (Some(1), Some(1), Some(2))
    );
    let out = run(&["timeline", "joom", p, "--by", "year"]);
    assert!(out.lines().any(|l| l.starts_with("2017 ")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("estimated  2")), "{out}");
    // the concordance's margin marks the guess
    let out = run(&["kwic", "lance", p]);
    assert!(out.trim_end().ends_with("a.txt ≈ 2019-06"), "{out}");
    let v = json(&["kwic", "ouvre", p, "--json"]);
    assert_eq!(v["lines"][0]["date"], "2019-03-04");
    assert_eq!(v["lines"][0]["date_estimated"], false);
}

#[test]
fn collocates_of_alibaba_list_its_neighbours_with_counts() {
    let out = run(&["collocates", "alibaba"]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("word") && lines[0].contains("count"));
    assert!(lines.len() > 5, "{out}");
    let v = json(&["collocates", "alibaba", "--json"]);
    let words = v["collocates"].as_array().unwrap();
    assert_eq!(words.len(), lines.len() - 2);
    let kwic = json(&["kwic", "alibaba", "--json"]);
    assert_eq!(v["hits"], kwic["hits"]);
    let g2: Vec<f64> = words
        .iter()
        .map(|w| w["log_likelihood"].as_f64().unwrap())
        .collect();
    assert!(g2.windows(2).all(|w| w[0] >= w[1]));
    for w in words {
        let (c, l, r, f) = (
            w["count"].as_u64().unwrap(),
            w["left"].as_u64().unwrap(),
            w["right"].as_u64().unwrap(),
            w["frequency"].as_u64().unwrap(),
        );
        assert!(c >= 2 && c == l + r && c <= f, "{w}");
    }
    // every word right after a hit at least twice is a neighbour with at
    // least that count (span 5 covers it), unless it is as common elsewhere
    let mut next: std::collections::HashMap<String, u64> = Default::default();
    for l in kwic["lines"].as_array().unwrap() {
        if let Some(w) = liseuse::model::text::folded_words(l["right"].as_str().unwrap())
            .into_iter()
            .next()
        {
            *next.entry(w).or_default() += 1;
        }
    }
    let (top, n) = next
        .iter()
        .max_by_key(|(w, n)| (**n, std::cmp::Reverse((*w).clone())))
        .unwrap();
    let found = words
        .iter()
        .find(|w| w["folded"] == top.as_str())
        .unwrap_or_else(|| panic!("{top} not in {out}"));
    assert!(found["count"].as_u64().unwrap() >= *n);
    // the span narrows the windows
    let narrow = json(&["collocates", "alibaba", "--span", "1", "--json"]);
    assert!(narrow["window_tokens"].as_u64() < v["window_tokens"].as_u64());
}

#[test]
fn a_bad_query_is_an_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .args(["kwic", "\"alibaba"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad query"));
}

//! The concordance pane on the seeds, from the keyboard: `/alibaba`, `K`
//! shows every hit aligned; `s` cycles the order; Enter opens the article
//! with the reader's cursor on the hit; the pane follows the filter.

mod common;
use common::*;
use liseuse::model::text::{fold, folded_words};
use liseuse::state::Focus;

/// Occurrences of `word` at a word start in the embedded seeds.
fn seed_count(word: &str) -> usize {
    liseuse::model::corpus::EMBEDDED
        .iter()
        .map(|(_, t)| {
            let lower = t.to_lowercase();
            lower
                .match_indices(word)
                .filter(|(i, _)| {
                    !lower[..*i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                })
                .count()
        })
        .sum()
}

/// The rows of the reader's area (between the list and the sidebar) that
/// hold `word`: (column of the word in chars, the row's text).
fn pane_rows(
    t: &ratatui::Terminal<ratatui::backend::TestBackend>,
    word: &str,
) -> Vec<(usize, String)> {
    let area = t.backend().buffer().area;
    let panes = liseuse::ui::layout::layout(area);
    let r = panes.reader;
    let buf = t.backend().buffer();
    let mut out = Vec::new();
    for y in r.y + 1..r.y + r.height - 1 {
        let row: String = (r.x + 1..r.x + r.width - 1)
            .map(|x| buf[(x, y)].symbol().chars().next().unwrap_or(' '))
            .collect();
        if let Some(b) = row.find(word) {
            out.push((row[..b].chars().count(), row));
        }
    }
    out
}

#[test]
fn alibaba_in_context_aligned_sorted_and_opened_at_the_hit() {
    let mut a = seeds_app();
    a.finish_loading();
    let mut t = terminal(140, 40);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "/alibaba<Enter>K");
    let n = seed_count("alibaba");
    let s = screen(&t);
    assert!(
        s.contains(&format!("Concordance · {n} hits · by article")),
        "{s}"
    );
    let rows = pane_rows(&t, "Alibaba");
    assert!(rows.len() >= 20.min(n), "{s}");
    // the hit column: where most rows have it (a row may hold another
    // "Alibaba" in its left context, never one that is not at the column)
    let mut cols: Vec<usize> = rows.iter().map(|r| r.0).collect();
    cols.sort();
    let col = cols[cols.len() / 2];
    let at_col = |row: &str| row.chars().skip(col).take(7).collect::<String>();
    assert!(
        rows.iter().all(|r| at_col(&r.1) == "Alibaba"),
        "not aligned:\n{s}"
    );
    // the hit is drawn with the theme's match style
    let theme = liseuse::theme::Theme::fallback(false);
    let r = liseuse::ui::layout::layout(t.backend().buffer().area).reader;
    let y = (r.y + 1..r.y + r.height - 1)
        .find(|&y| {
            let x = r.x + 1 + col as u16;
            t.backend().buffer()[(x, y)].symbol() == "A"
        })
        .unwrap();
    let cell = &t.backend().buffer()[(r.x + 1 + col as u16, y)];
    assert_eq!(Some(cell.bg), theme.get("match").bg);

    // s: by left word, then by right word
    play(&mut a, &mut t, "s");
    assert!(screen(&t).contains("by left"));
    play(&mut a, &mut t, "s");
    assert!(screen(&t).contains("by right"));
    let rights: Vec<String> = pane_rows(&t, "Alibaba")
        .iter()
        .map(|(_, row)| {
            let after: String = row.chars().skip(col + "Alibaba".len()).collect();
            folded_words(&after).into_iter().next().unwrap_or_default()
        })
        .collect();
    assert!(rights.windows(2).all(|w| w[0] <= w[1]), "{rights:?}");

    // Enter on the third line opens its article, the cursor on the hit
    play(&mut a, &mut t, "jj");
    let hit = a
        .state
        .view
        .concordance
        .as_ref()
        .unwrap()
        .selected()
        .cloned()
        .unwrap();
    play(&mut a, &mut t, "<Enter>");
    assert!(a.state.view.concordance.is_none());
    assert_eq!(a.state.view.reader.open, Some(hit.article));
    assert_eq!(a.state.view.focus, Focus::Reader);
    let cur = a.state.view.reader.cursor.unwrap() as usize;
    assert_eq!(cur, hit.bytes.start);
    let text = &a.state.doc.article(hit.article).text;
    assert_eq!(fold(&text[cur..cur + "alibaba".len()]), "alibaba");
    assert!(screen(&t).contains("Reader"));
}

#[test]
fn the_pane_follows_the_filter() {
    let mut a = seeds_app();
    a.finish_loading();
    let mut t = terminal(120, 40);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "K");
    assert!(screen(&t).contains("type / and a word"));
    play(&mut a, &mut t, "/amazon");
    // typing in the filter bar: the pane is still there, with amazon's hits
    let n = seed_count("amazon");
    assert!(
        screen(&t).contains(&format!("Concordance · {n} hits")),
        "{}",
        screen(&t)
    );
    play(&mut a, &mut t, "<Enter>");
    assert!(!pane_rows(&t, "Amazon").is_empty());
    play(&mut a, &mut t, "<Esc>");
    assert!(a.state.view.concordance.is_none());
}

/// In the reader (filter evaluated between keys) a key typed in the
/// filter bar never scans the articles for the concordance: the pane is
/// filled between keys, a slice at a time, and ends with the lines the
/// at-once fill gives.
#[test]
fn the_pane_is_filled_between_keys_not_on_the_keystroke() {
    let mut at_once = seeds_app();
    at_once.finish_loading();
    let mut t0 = terminal(120, 40);
    play(&mut at_once, &mut t0, "K/amazon");
    let want = at_once
        .state
        .view
        .concordance
        .as_ref()
        .unwrap()
        .lines
        .clone();
    assert_eq!(want.len(), seed_count("amazon"));

    let mut a = seeds_app();
    a.finish_loading();
    a.state.doc.background = true;
    let mut t = terminal(120, 40);
    play(&mut a, &mut t, "K/amazon");
    let c = a.state.view.concordance.as_ref().unwrap();
    assert!(c.lines.is_empty(), "scanned on the keystroke");
    assert!(a.background_pending());
    let mut steps = 0;
    while a.background_pending() {
        a.background_step();
        steps += 1;
        assert!(steps < 10_000, "the work between keys never ends");
    }
    a.draw(&mut t).unwrap();
    assert_eq!(a.state.view.concordance.as_ref().unwrap().lines, want);
    let n = want.len();
    assert!(
        screen(&t).contains(&format!("Concordance · {n} hits")),
        "{}",
        screen(&t)
    );
}

#[test]
fn the_timeline_replaces_the_sidebar_and_cycles_its_period() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("a.txt", "Date: 2019-03-04\n\nJoom ouvre."),
        ("b.txt", "Date: 2019-03-20\n\nJoom recrute."),
        ("c.txt", "Date: 2019-05-02\n\nJoom et Wish."),
        ("d.txt", "Sans date.\n\nJoom encore."),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let mut a = app_on(vec![dir.path().to_path_buf()], Default::default());
    let mut t = terminal(140, 30);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "/joom<Enter>V");
    let s = screen(&t);
    assert!(s.contains("Timeline · month"), "{s}");
    assert!(s.contains("1 undated"), "{s}");
    for label in ["2019-03", "2019-04", "2019-05"] {
        assert!(s.contains(label), "{label} in\n{s}");
    }
    play(&mut a, &mut t, "V");
    assert!(screen(&t).contains("2019-W10"));
    play(&mut a, &mut t, "V");
    assert!(screen(&t).contains("Timeline · year"));
    play(&mut a, &mut t, "V");
    assert!(!screen(&t).contains("Timeline"));
}

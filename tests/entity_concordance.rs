//! The concordance of the entity selected in the sidebar: `K` with the
//! sidebar focused lists that entity's mentions (not the filter's hits),
//! aligned, across the filtered articles; the filter is left as it was.

mod common;
use common::*;
use liseuse::state::Focus;

#[test]
fn k_in_the_sidebar_shows_the_selected_entity_in_context() {
    let mut a = seeds_app();
    a.finish_loading();
    let mut t = terminal(140, 40);
    a.draw(&mut t).unwrap();
    play(&mut a, &mut t, "/alibaba<Enter>");
    for _ in 0..4 {
        if a.state.view.focus == Focus::Sidebar {
            break;
        }
        play(&mut a, &mut t, "<Tab>");
    }
    assert_eq!(a.state.view.focus, Focus::Sidebar);
    let at = a
        .state
        .view
        .sidebar
        .rows
        .iter()
        .position(|r| r.canonical == "Alibaba")
        .unwrap_or_else(|| panic!("no Alibaba in the sidebar:\n{}", screen(&t)));
    for _ in 0..at {
        play(&mut a, &mut t, "j");
    }
    assert_eq!(a.state.selected_entity().unwrap().canonical, "Alibaba");
    play(&mut a, &mut t, "K");
    let s = screen(&t);
    let c = a.state.view.concordance.as_ref().expect("the pane is open");
    let n = c.lines.len();
    assert!(n > 0, "{s}");
    let more = if c.complete { "" } else { "+" };
    let title = s
        .lines()
        .find(|l| l.contains("Concordance · "))
        .unwrap_or_else(|| panic!("{s}"));
    assert!(
        title.contains(&format!("Concordance · {n}{more} hits of "))
            && title.contains(":\"Alibaba\""),
        "{title}"
    );
    // the filter is unchanged
    assert_eq!(a.state.doc.filter.input, "alibaba");
    // every line's hit is a mention of Alibaba, aliases ("Ali Baba") too
    for h in &c.lines {
        let text = &a.state.doc.article(h.article).text;
        let hit: String = text[h.bytes.clone()]
            .to_lowercase()
            .split_whitespace()
            .collect();
        assert!(hit.contains("alibaba"), "{:?}", &text[h.bytes.clone()]);
    }
    // Enter opens the article at the first mention
    let first = c.lines[0].clone();
    play(&mut a, &mut t, "<Enter>");
    assert_eq!(a.state.view.reader.open, Some(first.article));
    assert_eq!(a.state.view.reader.cursor, Some(first.bytes.start as u32));
}

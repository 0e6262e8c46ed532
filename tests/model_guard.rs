//! The document model stays pure: nothing in src/model names the terminal.

#[test]
fn model_knows_nothing_of_the_terminal() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/model");
    let mut stack = vec![root];
    let mut checked = 0;
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let src = std::fs::read_to_string(&p).unwrap();
                for bad in ["ratatui", "crossterm", "tui_textarea"] {
                    assert!(!src.contains(bad), "{} names {bad}", p.display());
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 5, "found only {checked} model files");
}

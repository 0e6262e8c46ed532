//! Reading-pane frame time for a 1 MB article, at the top, in the middle
//! and at the end: `cargo bench --bench frame`. The wrap is cached per
//! width, so a frame draws only the visible lines.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use liseuse::app::{self, App};
use liseuse::keymap::Keymap;
use liseuse::keys::parse_keys;
use liseuse::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn play(app: &mut App, term: &mut Terminal<TestBackend>, keys: &str) {
    for k in parse_keys(keys).unwrap() {
        app.handle_key(k.to_event());
        app.draw(term).unwrap();
    }
}

fn frames(c: &mut Criterion) {
    let g = support::corpus::Generator::from_seeds();
    let mut text = String::new();
    let mut i = 0;
    while text.len() < 1_000_000 {
        text.push_str(&g.article(i));
        text.push('\n');
        i += 1;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("big.txt"), &text).unwrap();
    let mut app = app::build(
        vec![dir.path().to_path_buf()],
        Default::default(),
        Theme::fallback(false),
        Keymap::default(),
        false,
    );
    app.finish_loading();
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    app.draw(&mut term).unwrap();
    play(&mut app, &mut term, "<Enter>");
    let mut group = c.benchmark_group("reader_frame_1mb");
    group.bench_function("top", |b| b.iter(|| app.draw(&mut term).unwrap()));
    // about the middle: half pages of 18 lines
    let lines = text.len() / 110;
    let half_pages = lines / 2 / 18;
    play(&mut app, &mut term, &"<C-d>".repeat(half_pages));
    group.bench_function("middle", |b| b.iter(|| app.draw(&mut term).unwrap()));
    play(&mut app, &mut term, "G");
    group.bench_function("end", |b| b.iter(|| app.draw(&mut term).unwrap()));
    // a resize re-wraps once; then frames are cheap again
    group.bench_function("resize_then_draw", |b| {
        let mut w = 100u16;
        b.iter(|| {
            w = if w == 100 { 120 } else { 100 };
            term.backend_mut().resize(w, 40);
            app.draw(&mut term).unwrap();
        })
    });
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);

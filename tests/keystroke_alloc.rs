//! Typing a filter allocates nothing the size of the corpus: once warm,
//! no keystroke allocates a block as large as a set of the corpus's
//! articles (one bit each) or a count per entity. A global allocator
//! records every allocation of that size while a query is typed.

mod common;

use liseuse::app;
use liseuse::keys::parse_keys;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

struct Counting;

static WATCH: AtomicBool = AtomicBool::new(false);
static LARGE: AtomicUsize = AtomicUsize::new(0);
static THRESHOLD: AtomicUsize = AtomicUsize::new(usize::MAX);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        if WATCH.load(Ordering::Relaxed) && l.size() >= THRESHOLD.load(Ordering::Relaxed) {
            LARGE.fetch_add(1, Ordering::Relaxed);
        }
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        if WATCH.load(Ordering::Relaxed) && new >= THRESHOLD.load(Ordering::Relaxed) {
            LARGE.fetch_add(1, Ordering::Relaxed);
        }
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

#[test]
fn typing_a_filter_allocates_nothing_the_size_of_the_corpus() {
    const N: usize = 40_000;
    let dir = tempfile::tempdir().unwrap();
    let places = ["Paris", "Moscou", "Pékin", "Londres", "Berlin"];
    for i in 0..N {
        let text = format!(
            "Note {i}\n\nAlibaba et Amazon à {}. La société Vendix{i} SA a vendu {} produits.\n",
            places[i % places.len()],
            i % 97
        );
        std::fs::write(dir.path().join(format!("a{i:05}.txt")), text).unwrap();
    }
    let mut app = common::app_on(vec![dir.path().to_path_buf()], Default::default());
    assert_eq!(app.state.doc.articles.len(), N);
    let typing = parse_keys("/alibaba<Space>-amazon<Space>moscou<Esc>").unwrap();
    let play = |app: &mut app::App| {
        for k in &typing {
            app.handle_key(k.to_event());
        }
    };
    // warm: the sets and counts have their memory
    play(&mut app);
    play(&mut app);
    // a set of N articles is N/8 bytes; a count per entity 4 bytes each
    THRESHOLD.store(N / 8, Ordering::Relaxed);
    LARGE.store(0, Ordering::Relaxed);
    WATCH.store(true, Ordering::Relaxed);
    play(&mut app);
    WATCH.store(false, Ordering::Relaxed);
    assert_eq!(
        LARGE.load(Ordering::Relaxed),
        0,
        "allocations of {} bytes or more while typing a query",
        N / 8
    );
    // and the filter did filter
    for k in &parse_keys("/vendix39999").unwrap() {
        app.handle_key(k.to_event());
    }
    assert_eq!(app.state.doc.visible.len(), 1);
}

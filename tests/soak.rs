//! Long sessions: many random keys from the real keymap (filter typing,
//! annotating with a note, undo/redo, overlays, resizes) on the seeds and
//! on a generated corpus, drawing after every key. Nothing may panic, the
//! state must stay consistent, the annotation file must stay readable and
//! in step with memory, and memory must stay bounded.
//!
//! `LISEUSE_SOAK_KEYS` (default 1,500) sets the number of keys,
//! `LISEUSE_SOAK_ARTICLES` (default 500) the size of the generated
//! corpus. RSS at start and end is printed (run with `--nocapture`).

mod common;
use common::*;
use liseuse::app::{self, App};
use liseuse::keymap::Keymap;
use liseuse::keys::parse_keys;
use liseuse::model::corpus::{self, Limits};
use liseuse::model::store::Store;
use liseuse::theme::Theme;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

/// Resident set size of this process, in KiB.
fn rss_kib() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

/// xorshift64*: deterministic, seedable from the environment.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// The sentences of the embedded seeds.
fn seed_sentences() -> Vec<String> {
    let mut out = Vec::new();
    for a in corpus::embedded() {
        for &(s, e) in &a.paragraphs {
            let p = &a.text[s as usize..e as usize];
            for sent in p.split_inclusive(['.', '!', '?']) {
                let sent = sent.trim();
                if sent.chars().count() > 20 {
                    out.push(sent.to_string());
                }
            }
        }
    }
    out
}

/// Writes `n` articles recombined from the seeds' sentences into `dir`
/// (in sub-folders of 500): a title, a source line, 3 to 8 paragraphs.
fn generate(dir: &Path, n: usize, rng: &mut Rng) {
    let sentences = seed_sentences();
    assert!(sentences.len() > 50, "{} sentences", sentences.len());
    for i in 0..n {
        let sub = dir.join(format!("lot{:03}", i / 500));
        if i % 500 == 0 {
            std::fs::create_dir_all(&sub).unwrap();
        }
        let mut text = rng.pick(&sentences).trim_end_matches('.').to_string();
        text.push_str("\n\nSource : Généré · 2024-0");
        text.push_str(&format!("{}-1{}\n\n", 1 + i % 9, i % 10));
        for _ in 0..3 + rng.below(6) {
            for k in 0..2 + rng.below(4) {
                if k > 0 {
                    text.push(' ');
                }
                let sent: &String = rng.pick(&sentences);
                text.push_str(sent);
            }
            text.push_str("\n\n");
        }
        std::fs::write(sub.join(format!("{i:05}.txt")), text).unwrap();
    }
}

/// Words to type in the filter: real ones, field queries, broken syntax.
const QUERIES: &[&str] = &[
    "alibaba",
    "russie -amazon",
    "\"le géant",
    "org:joom|wish",
    "person:",
    "title:chine",
    "(((",
    "-",
    "tag:x",
    "has:note",
    "é|",
    "\"",
    "zzzz",
];

/// Weighted actions: (weight, keys). `@note`, `@filter` are macros.
const WEIGHTED: &[(u32, &str)] = &[
    (10, "j"),
    (5, "k"),
    (4, "<Enter>"),
    (4, "<Tab>"),
    (2, "<S-Tab>"),
    (2, "G"),
    (2, "g"),
    (2, "<C-d>"),
    (1, "<C-u>"),
    (1, "<PageDown>"),
    (5, "w"),
    (2, "b"),
    (2, "e"),
    (2, "}"),
    (1, "{"),
    (1, ")"),
    (1, "("),
    (1, "$"),
    (1, "0"),
    (3, "v"),
    (2, "@note"),
    (1, "h"),
    (1, "m"),
    (2, "u"),
    (1, "<C-r>"),
    (1, "A"),
    (1, "d"),
    (1, "r"),
    (1, "e"),
    (1, "?"),
    (3, "@filter"),
    (3, "<Esc>"),
    (1, "n"),
    (1, "N"),
    (1, "s"),
    (1, "T"),
    (1, "S"),
    (1, "]"),
    (1, "["),
    (1, "@resize"),
];

struct Soak {
    app: App,
    term: ratatui::Terminal<ratatui::backend::TestBackend>,
    rng: Rng,
    keys: usize,
    quits: usize,
    update: std::time::Duration,
    draw: std::time::Duration,
}

impl Soak {
    fn press(&mut self, keys: &str) {
        for k in parse_keys(keys).unwrap() {
            let t0 = Instant::now();
            if self.app.handle_key(k.to_event()) {
                // no key of the set quits: count it as a failure
                self.quits += 1;
            }
            let t1 = Instant::now();
            self.app.draw(&mut self.term).unwrap();
            self.update += t1 - t0;
            self.draw += t1.elapsed();
            self.keys += 1;
        }
    }

    fn step(&mut self) {
        let total: u32 = WEIGHTED.iter().map(|w| w.0).sum();
        let mut r = (self.rng.next() % total as u64) as u32;
        let mut choice = WEIGHTED[0].1;
        for &(w, k) in WEIGHTED {
            if r < w {
                choice = k;
                break;
            }
            r -= w;
        }
        match choice {
            "@note" => {
                // open an article, move, maybe select, annotate: note
                // text, tags, save (or cancel)
                self.press("<Esc><Esc><Enter>");
                for _ in 0..self.rng.below(30) {
                    self.press("w");
                }
                if self.rng.below(2) == 0 {
                    self.press("ve");
                }
                self.press("a");
                let words = ["note", "à relire", "ok", "«cité»", "日本"];
                let note = (0..1 + self.rng.below(4))
                    .map(|_| *self.rng.pick(&words))
                    .collect::<Vec<_>>()
                    .join(" ");
                self.press(&note.replace(' ', "<Space>"));
                self.press("<Tab>");
                let tags = *self.rng.pick(&["tag", "russie", "<BS>", "a,<Space>b"]);
                self.press(tags);
                let end = *self.rng.pick(&["<C-s>", "<C-s>", "<C-s>", "<Esc>"]);
                self.press(end);
            }
            "@filter" => {
                self.press("/");
                let q = self.rng.pick(QUERIES).replace(' ', "<Space>");
                self.press(&q.replace('|', "<Bar>"));
                let end = *self
                    .rng
                    .pick(&["<Enter>", "<Enter>", "<Esc>", "<Up><Enter>"]);
                self.press(end);
            }
            "@resize" => {
                let w = 40 + self.rng.below(180) as u16;
                let h = 8 + self.rng.below(50) as u16;
                self.term.backend_mut().resize(w, h);
                self.app.draw(&mut self.term).unwrap();
            }
            k => self.press(k),
        }
    }

    /// The state invariants views rely on.
    fn check(&self) {
        let s = &self.app.state;
        let v = &s.view;
        assert!(
            v.list.sel < s.doc.visible.len().max(1),
            "selection {} of {}",
            v.list.sel,
            s.doc.visible.len()
        );
        if let Some(a) = v.reader.open {
            assert!((a as usize) < s.doc.articles.len());
            let text = &s.doc.article(a).text;
            if let Some(c) = v.reader.cursor {
                assert!(
                    text.is_char_boundary(c as usize),
                    "cursor {c} inside a char"
                );
            }
        }
        let (total, _) = s.reader_extent();
        assert!(
            v.reader.top <= total,
            "reader top {} of {total}",
            v.reader.top
        );
    }
}

fn soak(name: &str, paths: Vec<PathBuf>, seed: u64) {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("soak-annotations.toml");
    let n = env_usize("LISEUSE_SOAK_KEYS", 1_500);
    let t0 = Instant::now();
    let mut app = app::build_with(
        paths,
        Limits::default(),
        Theme::fallback(false),
        Keymap::default(),
        false,
        Some(notes.clone()),
    );
    app.finish_loading();
    let articles = app.state.doc.articles.len();
    let mut s = Soak {
        app,
        term: terminal(120, 40),
        rng: Rng((seed ^ env_usize("LISEUSE_SOAK_SEED", 0) as u64) | 1),
        keys: 0,
        quits: 0,
        update: Default::default(),
        draw: Default::default(),
    };
    s.app.draw(&mut s.term).unwrap();
    let rss0 = rss_kib();
    let loaded = t0.elapsed();
    let t1 = Instant::now();
    let mut peak = rss0;
    while s.keys < n {
        s.step();
        if s.keys % 256 < 8 {
            s.check();
            peak = peak.max(rss_kib());
        }
    }
    s.check();
    let rss1 = rss_kib();
    eprintln!(
        "soak {name}: {articles} articles loaded in {loaded:?}; {} keys in {:?}; \
         (update {:?}, draw {:?}); {} annotations; RSS start {} MiB, peak {} MiB, end {} MiB",
        s.keys,
        t1.elapsed(),
        s.update,
        s.draw,
        s.app.state.notes.len(),
        rss0 / 1024,
        peak / 1024,
        rss1 / 1024
    );
    assert_eq!(s.quits, 0, "no key of the set quits");
    assert!(
        rss1 < rss0 + 200 * 1024,
        "RSS grew from {rss0} KiB to {rss1} KiB"
    );
    // the file on disk is readable and holds what memory holds
    s.app.flush();
    if notes.exists() {
        let (store, set) = Store::open(&notes);
        assert!(store.problems().is_empty(), "{:?}", store.problems());
        assert!(store.read_only().is_none());
        assert_eq!(
            set.len(),
            s.app.state.notes.len(),
            "the file and memory agree"
        );
    } else {
        assert!(s.app.state.notes.is_empty(), "annotations were saved");
    }
}

#[test]
fn soak_on_the_seeds() {
    soak("seeds", Vec::new(), 0x5eed);
}

#[test]
fn soak_on_a_generated_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let n = env_usize("LISEUSE_SOAK_ARTICLES", 500);
    let mut rng = Rng(0xc0ffee);
    let t0 = Instant::now();
    generate(dir.path(), n, &mut rng);
    eprintln!("generated {n} articles in {:?}", t0.elapsed());
    soak("generated", vec![dir.path().to_path_buf()], 0xabcdef);
}

//! Converter throughput in MB/s of input (criterion reports bytes per
//! second), and loading 10,000 saved pages against the same articles as
//! `.txt`: `cargo bench --bench converters` (`LISEUSE_BENCH_PAGES` sets the
//! number of articles; under `cargo test`, 200).
//!
//! The pages are shaped like real news pages: head with meta tags and
//! JSON-LD, scripts, a cookie banner, a menu, a sidebar of links, comments
//! and a footer around the story.

mod support;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use liseuse::model::convert::{self, Format};
use liseuse::model::corpus::Limits;
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::PathBuf;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A saved news page around the article `text` (title on its first line).
pub fn page(text: &str, i: u64) -> String {
    let mut parts = text.split("\n\n");
    let title = escape(parts.next().unwrap_or("").trim());
    let mut h = String::with_capacity(text.len() * 2 + 4000);
    let _ = write!(
        h,
        r#"<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title} - Le Quotidien</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Le Quotidien">
<meta name="author" content="Rédaction"><meta property="article:published_time" content="2021-0{m}-1{d}T08:00:00+02:00">
<link rel="stylesheet" href="/s.css"><script>window.dataLayer=[];function t(){{document.cookie='a=1'}}</script>
<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{title}","datePublished":"2021-0{m}-1{d}"}}</script>
</head><body><div id="cookie-banner">Nous utilisons des cookies. <button>Accepter</button></div>
<header class="site-header"><nav><ul><li><a href="/a">Politique</a></li><li><a href="/b">Économie</a></li><li><a href="/c">Sport</a></li><li><a href="/d">Culture</a></li></ul></nav></header>
<main><article><h1>{title}</h1><p class="byline">Par <a rel="author" href="/r">Rédaction</a></p>
<div class="share"><a href="/s1">Partager</a> <a href="/s2">Tweeter</a></div>"#,
        m = 1 + i % 9,
        d = i % 10
    );
    for p in parts {
        let _ = writeln!(h, "<p>{}</p>", escape(p.trim()));
    }
    h.push_str(r#"<aside class="related"><h3>À lire aussi</h3><ul><li><a href="/x">Un autre article</a></li><li><a href="/y">Encore un</a></li></ul></aside>
</article><section class="comments"><h2>Commentaires</h2><div class="comment"><p>Très intéressant, merci pour cet article.</p></div></section></main>
<aside class="sidebar"><h2>Les plus lus</h2><ol><li><a href="/1">Premier</a></li><li><a href="/2">Deuxième</a></li><li><a href="/3">Troisième</a></li></ol></aside>
<footer><p>© Le Quotidien</p><a href="/m">Mentions légales</a></footer><script>t();</script></body></html>"#);
    h
}

/// The article as a Markdown note with front matter and some formatting.
fn markdown(text: &str, i: u64) -> String {
    let mut parts = text.split("\n\n");
    let title = parts.next().unwrap_or("").trim().replace('"', "'");
    let mut m = format!(
        "---\ntitle: \"{title}\"\nauthor: Rédaction\ndate: 2021-03-{:02}\ntags: [veille, économie]\n---\n\n# {title}\n\n",
        1 + i % 28
    );
    for (n, p) in parts.enumerate() {
        if n % 3 == 1 {
            let _ = write!(m, "> {}\n\n", p.trim());
        } else {
            let _ = write!(
                m,
                "{} *[source](https://example.org/{i}/{n})*\n\n",
                p.trim()
            );
        }
    }
    m
}

fn feed(texts: &[String]) -> String {
    let mut f = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Fil</title>"#,
    );
    for (i, t) in texts.iter().enumerate() {
        let mut parts = t.split("\n\n");
        let title = escape(parts.next().unwrap_or("").trim());
        let body: String = parts.map(|p| format!("<p>{}</p>", p.trim())).collect();
        let _ = write!(
            f,
            "<item><title>{title}</title><guid>id-{i}</guid><pubDate>Tue, 02 Mar 2021 10:00:00 +0100</pubDate><description>{}</description></item>",
            escape(&body)
        );
    }
    f.push_str("</channel></rss>");
    f
}

fn converters(c: &mut Criterion) {
    let generator = support::corpus::Generator::from_seeds();
    let texts: Vec<String> = (0..500).map(|i| generator.article(i)).collect();
    let pages: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| page(t, i as u64))
        .collect();
    let notes: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| markdown(t, i as u64))
        .collect();
    let feeds: Vec<String> = texts.chunks(50).map(feed).collect();
    let mut g = c.benchmark_group("convert");
    g.sample_size(10);
    for (name, format, inputs) in [
        ("html_500_pages", Format::Html, &pages),
        ("markdown_500_notes", Format::Markdown, &notes),
        ("rss_10_feeds_of_50", Format::Feed, &feeds),
    ] {
        let bytes: usize = inputs.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                inputs
                    .iter()
                    .map(|x| {
                        convert::convert(format, black_box(x.as_bytes())).map_or(0, |d| d.len())
                    })
                    .sum::<usize>()
            })
        });
    }
    g.finish();
}

/// 10,000 articles written as `.txt` and as saved pages, once.
fn folders(n: u64) -> (PathBuf, PathBuf) {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("pages-{n}"));
    let (txt, html) = (root.join("txt"), root.join("html"));
    let marker = root.join(".generated");
    if !marker.exists() {
        let generator = support::corpus::Generator::from_seeds();
        std::fs::create_dir_all(&txt).unwrap();
        std::fs::create_dir_all(&html).unwrap();
        for i in 0..n {
            let t = generator.article(i);
            std::fs::write(txt.join(format!("a{i:07}.txt")), &t).unwrap();
            std::fs::write(html.join(format!("a{i:07}.html")), page(&t, i)).unwrap();
        }
        std::fs::write(&marker, "").unwrap();
    }
    (txt, html)
}

fn load_pages(c: &mut Criterion) {
    // under `cargo test` (no `--bench`), a smoke run on 200 articles
    let bench = std::env::args().any(|a| a == "--bench");
    let n: u64 = std::env::var("LISEUSE_BENCH_PAGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if bench { 10_000 } else { 200 });
    let (txt, html) = folders(n);
    let mut g = c.benchmark_group(format!("load_{n}"));
    g.sample_size(10);
    for (name, dir) in [("txt", &txt), ("html", &html)] {
        g.bench_function(name, |b| {
            b.iter(|| {
                let (arts, skipped) = liseuse::model::loader::load_articles(
                    std::slice::from_ref(dir),
                    Limits::default(),
                );
                assert!(skipped.is_empty());
                arts.len()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, converters, load_pages);
criterion_main!(benches);

//! Collocates: the words found most characteristically within a few words
//! of the filter's hits, in the filtered articles.
//!
//! # The measure: log-likelihood (Dunning's G²)
//!
//! Each word `w` gets a 2×2 table over the tokens of the filtered
//! articles: inside a window (at most `span` words left or right of a hit,
//! the hit's own words excluded) or outside, and `w` or not:
//!
//! | | `w` | other words |
//! |---|---|---|
//! | in a window | `a` | `W - a` |
//! | elsewhere | `f - a` | `N - W - (f - a)` |
//!
//! with `f` the frequency of `w` in the filtered articles, `W` the tokens in
//! windows and `N` all the tokens. G² = 2 Σ O ln(O/E), E from the margins.
//! This is the log-likelihood AntConc uses by default for collocates. We
//! choose it over mutual information because MI rewards rare words: a word
//! seen once, next to the hit, gets the highest MI of all, which on a small
//! filtered corpus (a few articles, as the filter makes them) fills the
//! list with hapaxes; G² grows with the evidence (Dunning 1993), so a word
//! seen four times near the hit and rarely elsewhere comes first. Only
//! words more frequent in the windows than elsewhere (attraction) are kept.
//!
//! A token near two hits is counted once, so `a <= f` always holds.
//!
//! The frequencies are those of the index: `f` is the number of times the
//! counted articles have `w` by its posting list and counts (see
//! [`crate::model::index`]), `N` the sum of their word counts
//! ([`Article::word_count`]), both as they were when the articles were
//! analysed. (An article whose file changed or went since it was analysed
//! and cached reads as spaces: it has no hit, and still counts its words
//! as analysed in `N` and `f`.) A word that folds to nothing (a lone
//! combining mark) has no posting list: its `f` is counted in the texts.
//!
//! # Cost
//!
//! Per filtered article, its hits are found (a scan of its text), then
//! only the words around them are tokenized: from each hit, `span + 1`
//! words back and forth, neighbouring hits' stretches joined, which gives
//! exactly the tokens a whole-text tokenization gives there (a word is a
//! maximal run of word characters). Then `f` is looked up for the words
//! seen at least `min_count` times near a hit only, on all cores. At
//! 100,000 articles this replaced a tokenization of every filtered article
//! (5.9 s for `marché`, 74,000 articles, on this 2-core machine).

use crate::model::entities::{FxMap, hash_str};
use crate::model::index::Bitset;
use crate::model::query::Query;
use crate::model::text;
use crate::model::{Article, Document};
use rayon::prelude::*;
use std::ops::Range;

/// One collocate.
#[derive(Debug, Clone, PartialEq)]
pub struct Collocate {
    /// The word as first seen near a hit (its case and accents).
    pub word: String,
    /// Its folded form (what the filter would match).
    pub folded: String,
    /// Occurrences within the span of a hit.
    pub count: u32,
    /// Of which to the left of the hit / to the right.
    pub left: u32,
    pub right: u32,
    /// Occurrences in the filtered articles.
    pub frequency: u64,
    /// Dunning's log-likelihood G².
    pub g2: f64,
}

/// The collocates of the hits, and what they were measured against.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Collocates {
    pub span: usize,
    /// Hits (concordance lines) seen.
    pub hits: u64,
    /// Tokens in windows (`W`).
    pub window_tokens: u64,
    /// Tokens in the filtered articles (`N`).
    pub corpus_tokens: u64,
    /// Highest G² first (then most frequent near the hits, then by word).
    pub words: Vec<Collocate>,
}

/// A word near the hits: counts, and where it was first seen (list
/// position, article, byte range) for its surface.
#[derive(Clone)]
struct Near {
    first: (usize, u32, u32, u32),
    left: u32,
    right: u32,
}

/// What one worker counted. Words are keyed by the 64-bit hash of their
/// folded form (as the index dedupes them): no string is allocated per
/// token; a collision (about 1e-10 across a 100,000-word vocabulary) would
/// merge two words' counts.
#[derive(Default)]
struct Counts {
    hits: u64,
    window: u64,
    tokens: u64,
    near: FxMap<u64, Near>,
}

impl Counts {
    fn merge(mut self, other: Counts) -> Counts {
        let (mut big, small) = if self.near.len() >= other.near.len() {
            (std::mem::take(&mut self), other)
        } else {
            (other, self)
        };
        big.hits += small.hits;
        big.window += small.window;
        big.tokens += small.tokens;
        for (w, n) in small.near {
            match big.near.entry(w) {
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(n);
                }
                std::collections::hash_map::Entry::Occupied(mut e) => {
                    let e = e.get_mut();
                    e.left += n.left;
                    e.right += n.right;
                    if n.first < e.first {
                        e.first = n.first;
                    }
                }
            }
        }
        big
    }
}

/// Per-worker scratch space, reused from one article to the next.
#[derive(Default)]
struct Scratch {
    buf: String,
    spans: Vec<(u32, u32)>,
    side: Vec<u8>,
}

/// The collocates of `query`'s hits within `span` words, over the articles
/// `doc` shows; those seen fewer than `min_count` times near a hit are
/// left out.
pub fn collocates(doc: &Document, query: &Query, span: usize, min_count: u32) -> Collocates {
    let mut job = CollocatesJob::new(query.clone(), span, min_count);
    job.step(doc, usize::MAX);
    job.finish(doc)
}

/// The collocates counted a slice of the filtered articles at a time, so
/// that the reader can count them between keys (74,000 of 100,000
/// articles take 0.7 s, their texts read): [`CollocatesJob::step`] until it says done, then
/// [`CollocatesJob::finish`]. The articles shown must not change meanwhile
/// (the reader drops the job when the filter or the corpus changes).
pub struct CollocatesJob {
    query: Query,
    span: usize,
    min_count: u32,
    /// Position in `doc.visible` of the next article to count.
    next: usize,
    counts: Counts,
    /// The articles counted so far (ids), what `f` is measured in.
    counted: Bitset,
}

impl CollocatesJob {
    pub fn new(query: Query, span: usize, min_count: u32) -> CollocatesJob {
        CollocatesJob {
            query,
            span,
            min_count,
            next: 0,
            counts: Counts::default(),
            counted: Bitset::new(0),
        }
    }

    /// Articles counted so far, of those shown.
    pub fn progress(&self, doc: &Document) -> (usize, usize) {
        (self.next.min(doc.visible.len()), doc.visible.len())
    }

    /// Counts up to `max` more of the shown articles (on all cores);
    /// returns whether every one is counted.
    pub fn step(&mut self, doc: &Document, max: usize) -> bool {
        // the document is not `Sync` (caches), its articles are
        let (articles, visible) = (&doc.articles, &doc.visible);
        let n = visible.len();
        let from = self.next.min(n);
        let to = from.saturating_add(max).min(n);
        let (query, span) = (&self.query, self.span);
        let order = Order::new(n);
        let part = (from..to)
            .into_par_iter()
            .with_min_len(16)
            .fold(
                || (Counts::default(), Scratch::default()),
                |(mut c, mut s), k| {
                    let pos = order.position(k);
                    let i = visible[pos];
                    let a = &articles[i as usize];
                    count_article(&mut c, &mut s, a, pos, i, query, span);
                    (c, s)
                },
            )
            .map(|(c, _)| c)
            .reduce(Counts::default, Counts::merge);
        self.counts = std::mem::take(&mut self.counts).merge(part);
        if self.counted.universe() != articles.len() as u32 {
            self.counted.resize(articles.len() as u32);
        }
        for k in from..to {
            self.counted.insert(visible[order.position(k)]);
        }
        self.next = to;
        to == doc.visible.len()
    }

    /// The collocates of every shown article, once [`CollocatesJob::step`]
    /// said done.
    pub fn finish(self, doc: &Document) -> Collocates {
        self.ranked(doc)
    }

    /// The collocates of the articles counted so far. The articles are
    /// counted in an order spread over the whole list, so before the end
    /// this is an estimate from an even sample of the filtered articles
    /// (counts and G² of the sample, not scaled); at the end, the result.
    pub fn ranked(&self, doc: &Document) -> Collocates {
        let articles = &doc.articles;
        let (span, min_count, all) = (self.span, self.min_count, &self.counts);
        let (big_w, big_n) = (all.window as f64, all.tokens as f64);
        // the words seen often enough near the hits, with their surface
        let near: Vec<(String, &Near)> = all
            .near
            .values()
            .filter(|n| n.left + n.right >= min_count)
            .map(|n| {
                let (_, id, s, e) = n.first;
                (
                    articles[id as usize].text[s as usize..e as usize].to_string(),
                    n,
                )
            })
            .collect();
        let frequencies = frequencies(doc, &self.counted, near.iter().map(|(w, _)| w.as_str()));
        let mut words: Vec<Collocate> = near
            .into_iter()
            .zip(frequencies)
            .filter_map(|((word, n), (folded, f))| {
                let count = n.left + n.right;
                let a = count as f64;
                let attracted = a * big_n > f as f64 * big_w;
                attracted.then(|| Collocate {
                    g2: g2(a, big_w - a, f as f64 - a, big_n - big_w - (f as f64 - a)),
                    folded,
                    word,
                    count,
                    left: n.left,
                    right: n.right,
                    frequency: f,
                })
            })
            .collect();
        words.sort_by(|x, y| {
            y.g2.total_cmp(&x.g2)
                .then(y.count.cmp(&x.count))
                .then_with(|| x.folded.cmp(&y.folded))
        });
        Collocates {
            span,
            hits: all.hits,
            window_tokens: all.window,
            corpus_tokens: all.tokens,
            words,
        }
    }
}

/// Each word's folded form and its frequency in the articles of `among`
/// (by the index, on all cores), in order.
fn frequencies<'a>(
    doc: &Document,
    among: &Bitset,
    words: impl Iterator<Item = &'a str>,
) -> Vec<(String, u64)> {
    let words: Vec<String> = words.map(text::fold).collect();
    let f = doc.index().body_occurrences(&words, among);
    let mut out: Vec<(String, u64)> = words.into_iter().zip(f).collect();
    // a word that folds to nothing is no term of the index
    if let Some(blank) = out.iter_mut().find(|(w, _)| w.is_empty()) {
        blank.1 = blank_occurrences(doc, among);
    }
    out
}

/// The words that fold to nothing in the articles of `among`, counted in
/// their texts (they are no term of the index; a lone combining mark).
fn blank_occurrences(doc: &Document, among: &Bitset) -> u64 {
    let articles = &doc.articles;
    let ids: Vec<u32> = among.ones().collect();
    ids.into_par_iter()
        .map(|i| {
            let t = articles[i as usize].text.as_str();
            let mut buf = String::new();
            text::words(t)
                .filter(|w| {
                    buf.clear();
                    for ch in t[w.start..w.end].chars() {
                        text::fold_char_into(ch, &mut buf);
                    }
                    buf.is_empty()
                })
                .count() as u64
        })
        .sum()
}

/// A step through a list of `n` positions: the integer nearest to
/// `n / φ` (the golden ratio) that is coprime with `n`. Multiples of
/// `1/φ` modulo 1 are the most evenly spread sequence there is, so every
/// first slice of the order samples the whole list.
fn stride(n: usize) -> usize {
    if n <= 2 {
        return 1;
    }
    let gcd = |mut a: usize, mut b: usize| {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a
    };
    let mut st = ((n as f64) * 0.618_033_988_749_895).round() as usize;
    while gcd(st, n) != 1 {
        st += 1;
    }
    st
}

/// The order the list's `n` positions are counted in: runs of [`RUN`]
/// neighbours (their articles lie close in memory), the runs taken
/// `k · stride mod runs` ([`stride`]) so that any first slice samples the
/// whole list; the few positions after the last whole run come last.
struct Order {
    runs: usize,
    stride: usize,
}

/// Neighbouring positions counted together.
const RUN: usize = 16;

impl Order {
    fn new(n: usize) -> Order {
        let runs = n / RUN;
        Order {
            runs,
            stride: stride(runs),
        }
    }

    /// The `k`-th position counted.
    fn position(&self, k: usize) -> usize {
        if k >= self.runs * RUN {
            return k;
        }
        let run = ((k / RUN) as u64 * self.stride as u64 % self.runs as u64) as usize;
        run * RUN + k % RUN
    }
}

/// Counts one article (at list position `pos`, id `id`) into `c`.
fn count_article(
    c: &mut Counts,
    s: &mut Scratch,
    a: &Article,
    pos: usize,
    id: u32,
    query: &Query,
    span: usize,
) {
    let t = a.text.as_str();
    let hits = query.body_hits(a);
    c.hits += hits.len() as u64;
    c.tokens += a.word_count as u64;
    let mut rest = hits.as_slice();
    while !rest.is_empty() {
        let (stretch, n) = stretch(t, rest, span);
        count_stretch(c, s, t, stretch, &rest[..n], (pos, id), span);
        rest = &rest[n..];
    }
}

/// The stretch of `t` whose words are all those within `span` words of
/// the first hit of `hits` (ascending) and of those after it whose own
/// stretch it meets, and how many hits it holds: it begins at a word's
/// start `span + 1` words back from the hit (or the text's start) and ends
/// at a word's end `span + 1` words on, so the words in it are the text's.
fn stretch(t: &str, hits: &[Range<usize>], span: usize) -> (Range<usize>, usize) {
    let start = words_back(t, hits[0].start, span + 1);
    let mut end = words_on(t, hits[0].end, span + 1);
    let mut n = 1;
    while let Some(h) = hits.get(n) {
        if words_back(t, h.start, span + 1) >= end {
            break;
        }
        end = end.max(words_on(t, h.end, span + 1));
        n += 1;
    }
    (start..end, n)
}

/// The start of the `n`-th word (a run of word characters) back from byte
/// `at` (the word `at` is inside is the first), or 0.
fn words_back(t: &str, mut at: usize, n: usize) -> usize {
    for _ in 0..n {
        let before = |at: usize| t[..at].chars().next_back();
        while let Some(c) = before(at).filter(|&c| !text::is_word_char(c)) {
            at -= c.len_utf8();
        }
        while let Some(c) = before(at).filter(|&c| text::is_word_char(c)) {
            at -= c.len_utf8();
        }
        if at == 0 {
            break;
        }
    }
    at
}

/// The end of the `n`-th word on from byte `at` (the word `at` is inside
/// is the first), or the text's end.
fn words_on(t: &str, mut at: usize, n: usize) -> usize {
    for _ in 0..n {
        let after = |at: usize| t[at..].chars().next();
        while let Some(c) = after(at).filter(|&c| !text::is_word_char(c)) {
            at += c.len_utf8();
        }
        while let Some(c) = after(at).filter(|&c| text::is_word_char(c)) {
            at += c.len_utf8();
        }
        if at == t.len() {
            break;
        }
    }
    at
}

/// Counts the words near `hits` in `stretch` of `t` ([`stretch`]) into
/// `c`; `at` is the article's list position and id.
fn count_stretch(
    c: &mut Counts,
    s: &mut Scratch,
    t: &str,
    stretch: Range<usize>,
    hits: &[Range<usize>],
    at: (usize, u32),
    span: usize,
) {
    let base = stretch.start;
    s.spans.clear();
    s.spans
        .extend(text::words(&t[stretch]).map(|w| ((base + w.start) as u32, (base + w.end) as u32)));
    let spans = &s.spans;
    // per token: 0 outside windows, 1 left of a hit, 2 right of one, 3 in a hit
    s.side.clear();
    s.side.resize(spans.len(), 0);
    let side = &mut s.side;
    let mut k = 0; // first token not before the current hit
    for h in hits {
        while k < spans.len() && (spans[k].1 as usize) <= h.start {
            k += 1;
        }
        let first_in = k;
        let mut after = k;
        while after < spans.len() && (spans[after].0 as usize) < h.end {
            side[after] = 3;
            after += 1;
        }
        for x in side[first_in.saturating_sub(span)..first_in].iter_mut() {
            if *x == 0 {
                *x = 1;
            }
        }
        let to = (after + span).min(spans.len());
        for x in side[after..to].iter_mut() {
            if *x == 0 {
                *x = 2;
            }
        }
    }
    for (j, &sd) in side.iter().enumerate() {
        if sd == 0 || sd == 3 {
            continue;
        }
        c.window += 1;
        let (from, to) = spans[j];
        s.buf.clear();
        for ch in t[from as usize..to as usize].chars() {
            text::fold_char_into(ch, &mut s.buf);
        }
        let first = (at.0, at.1, from, to);
        let e = c.near.entry(hash_str(&s.buf)).or_insert(Near {
            first,
            left: 0,
            right: 0,
        });
        // articles are not counted in list order: keep the earliest
        if first < e.first {
            e.first = first;
        }
        if sd == 1 {
            e.left += 1;
        } else {
            e.right += 1;
        }
    }
}

/// Dunning's G² of a 2×2 table of observed counts.
fn g2(o11: f64, o12: f64, o21: f64, o22: f64) -> f64 {
    let n = o11 + o12 + o21 + o22;
    let (r1, r2, c1, c2) = (o11 + o12, o21 + o22, o11 + o21, o12 + o22);
    let term = |o: f64, e: f64| {
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    2.0 * (term(o11, r1 * c1 / n)
        + term(o12, r1 * c2 / n)
        + term(o21, r2 * c1 / n)
        + term(o22, r2 * c2 / n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn the_counting_order_visits_every_position_once_and_spreads() {
        for n in [1usize, 2, 3, 5, 17, 64, 7919, 7919 * 2, 10_007, 86_527] {
            let order = Order::new(n);
            let mut seen = vec![false; n];
            for k in 0..n {
                let p = order.position(k);
                assert!(!seen[p], "n {n}: position {p} twice");
                seen[p] = true;
            }
            // the first 5% of the order touches every tenth of the list
            if n >= 10_000 {
                let tenths: std::collections::BTreeSet<usize> =
                    (0..n / 20).map(|k| order.position(k) * 10 / n).collect();
                assert_eq!(tenths.len(), 10, "n {n}");
            }
        }
    }

    /// The collocates as first defined: every filtered article tokenized
    /// whole, `f` and `N` counted in the texts.
    fn by_whole_texts(doc: &Document, query: &Query, span: usize, min: u32) -> Collocates {
        let mut freq: FxMap<String, u64> = FxMap::default();
        let mut near: FxMap<String, (u32, u32, String)> = FxMap::default();
        let (mut hits, mut window, mut tokens) = (0, 0, 0);
        for &i in &doc.visible {
            let a = &doc.articles[i as usize];
            let t = a.text.as_str();
            let hs = query.body_highlights(a, &text::CharMap::new(t));
            let spans: Vec<_> = text::words(t).collect();
            for w in &spans {
                *freq.entry(text::fold(&t[w.start..w.end])).or_default() += 1;
            }
            hits += hs.len() as u64;
            tokens += spans.len() as u64;
            // the side of each token: the nearest rule of the definition
            for (j, w) in spans.iter().enumerate() {
                let in_hit = |h: &Range<usize>| w.start < h.end && w.end > h.start;
                if hs.iter().any(in_hit) {
                    continue;
                }
                let before = |h: &Range<usize>| {
                    let first = spans
                        .iter()
                        .position(|x| x.end > h.start)
                        .unwrap_or(spans.len());
                    j < first && first - j <= span
                };
                let after = |h: &Range<usize>| {
                    let next = spans
                        .iter()
                        .position(|x| x.start >= h.end)
                        .unwrap_or(spans.len());
                    j >= next && j - next < span
                };
                let side = if hs.iter().any(after) {
                    2
                } else if hs.iter().any(before) {
                    1
                } else {
                    continue;
                };
                window += 1;
                let e = near.entry(text::fold(&t[w.start..w.end])).or_insert((
                    0,
                    0,
                    t[w.start..w.end].to_string(),
                ));
                if side == 1 {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
        }
        let (big_w, big_n) = (window as f64, tokens as f64);
        let mut words: Vec<Collocate> = near
            .into_iter()
            .filter_map(|(folded, (left, right, word))| {
                let count = left + right;
                let f = freq[&folded];
                let a = count as f64;
                (count >= min && a * big_n > f as f64 * big_w).then(|| Collocate {
                    g2: g2(a, big_w - a, f as f64 - a, big_n - big_w - (f as f64 - a)),
                    folded,
                    word,
                    count,
                    left,
                    right,
                    frequency: f,
                })
            })
            .collect();
        words.sort_by(|x, y| {
            y.g2.total_cmp(&x.g2)
                .then(y.count.cmp(&x.count))
                .then_with(|| x.folded.cmp(&y.folded))
        });
        Collocates {
            span,
            hits,
            window_tokens: window,
            corpus_tokens: tokens,
            words,
        }
    }

    /// Counting near the hits only, with the index's frequencies, gives
    /// what tokenizing every filtered article whole gives.
    #[test]
    fn the_index_and_the_hits_neighbourhoods_give_the_whole_texts_result() {
        let mut articles = crate::model::corpus::embedded();
        let odd = "chat chat. Un chat\u{301} noir, le chat-chat \u{301} \u{301} chat; \
                   l'ŒUVRE du chat: chat chat chat! Chatons et chats, fin chat";
        articles.push(Article::new(
            "x.txt".into(),
            "x.txt".into(),
            odd.into(),
            false,
        ));
        let mut d = Document::new(articles, Vec::new());
        for (filter, spans) in [
            ("chat", &[1, 2, 5][..]),
            ("alibaba", &[1, 5, 10]),
            ("joom", &[5]),
            ("march", &[3, 5]),
            ("\"commerce en ligne\"", &[2, 5]),
            ("org:alibaba", &[5]),
            ("chine -alibaba", &[4]),
        ] {
            d.set_filter(filter);
            let q = d.filter.query.clone();
            for &span in spans {
                for min in [1, 2] {
                    let want = by_whole_texts(&d, &q, span, min);
                    assert!(want.hits > 0, "{filter}");
                    // words first seen in another article may have another surface
                    let got = collocates(&d, &q, span, min);
                    let key = |c: &Collocates| {
                        let w: Vec<_> = c
                            .words
                            .iter()
                            .map(|w| (w.folded.clone(), w.count, w.left, w.right, w.frequency))
                            .collect();
                        (c.hits, c.window_tokens, c.corpus_tokens, w)
                    };
                    assert_eq!(key(&got), key(&want), "{filter} span {span} min {min}");
                    for (g, w) in got.words.iter().zip(&want.words) {
                        assert!((g.g2 - w.g2).abs() < 1e-9);
                    }
                }
            }
        }
    }

    #[test]
    fn g2_of_a_known_table() {
        // independent: 0
        assert!(g2(10.0, 90.0, 100.0, 900.0).abs() < 1e-9);
        // Dunning-style check against a hand computation
        let v = g2(10.0, 0.0, 0.0, 10.0);
        assert!((v - 2.0 * 20.0 * 2f64.ln()).abs() < 1e-9);
    }

    #[test]
    fn the_word_beside_the_hit_comes_first() {
        let text = "le chat noir dort. le chat noir mange. un oiseau vole. le chien court. \
                    le jardin est grand. un arbre pousse. la maison est belle.";
        let a = Article::new(PathBuf::from("a.txt"), "a.txt".into(), text.into(), false);
        let mut d = Document::new(vec![a], Vec::new());
        d.set_filter("chat");
        let q = d.filter.query.clone();
        let c = collocates(&d, &q, 1, 1);
        assert_eq!(c.hits, 2);
        assert_eq!(c.window_tokens, 4);
        let top = &c.words[0];
        assert_eq!(
            (top.word.as_str(), top.count, top.left, top.right),
            ("noir", 2, 0, 2)
        );
        // "le" is beside the hit twice but everywhere else too
        let le = c.words.iter().position(|w| w.folded == "le").unwrap();
        assert!(le > 0);
    }
}

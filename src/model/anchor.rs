//! Re-anchoring: finding where an annotation's quote is in the current
//! text of its article, which may have changed since.
//!
//! In order: the stored position still holds the quote → [`Status::Exact`];
//! the quote occurs elsewhere → [`Status::Moved`] (the occurrence whose
//! context agrees best with the stored prefix/suffix, then the nearest);
//! an approximate match within [`MAX_ERROR_RATE`] edits → [`Status::Fuzzy`];
//! else [`Status::Orphan`] (kept, listed, re-attachable; never dropped).
//!
//! The approximate search is bounded so that a 1 MB article stays fast:
//! candidate positions come from exact matches of quote pieces (by the
//! pigeonhole principle, with k edits one of k+1 pieces is intact) and of
//! the context, then each candidate cluster is scored with an edit
//! distance computed in a diagonal band.

use super::annotation::{Annotation, Kind};
use super::text::CharMap;
use memchr::memmem;
use serde::Serialize;
use std::fmt;

/// The largest share of a quote's chars that may differ in a fuzzy match.
pub const MAX_ERROR_RATE: f64 = 0.15;
/// Pieces (and context) occurring more often than this are too common to
/// seed candidates.
const MAX_HITS_PER_PIECE: usize = 2000;
/// At most this many pieces are searched.
const MAX_PIECES: usize = 40;
/// At most this many candidate clusters are scored.
const MAX_CLUSTERS: usize = 64;
/// How far [`Anchorer::refine`] moves the edges of a fuzzy match.
const EDGE_SLACK: usize = 3;
/// At most this many exact occurrences are considered.
const MAX_OCCURRENCES: usize = 10_000;

/// How an annotation was found in the current text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Exact,
    Moved,
    Fuzzy,
    Orphan,
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Status::Exact => "exact",
            Status::Moved => "moved",
            Status::Fuzzy => "fuzzy",
            Status::Orphan => "orphan",
        })
    }
}

/// Where an annotation is now: char offsets into the current text (for an
/// orphan, the stored offsets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Anchor {
    pub status: Status,
    pub start: usize,
    pub end: usize,
}

/// Anchors annotations in one text (build once per article).
pub struct Anchorer<'t> {
    text: &'t str,
    map: CharMap,
}

/// Anchors one annotation in `text` (see [`Anchorer`] for many).
pub fn anchor(a: &Annotation, text: &str) -> Anchor {
    Anchorer::new(text).anchor(a)
}

/// Number of equal chars at the end of `a` and `b`.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

impl<'t> Anchorer<'t> {
    pub fn new(text: &'t str) -> Self {
        Anchorer {
            text,
            map: CharMap::new(text),
        }
    }

    fn slice(&self, start: usize, end: usize) -> &'t str {
        &self.text[self.map.byte_of(self.text, start)..self.map.byte_of(self.text, end)]
    }

    /// How well the text around chars `s..e` agrees with the stored
    /// context: matching chars on both sides (0..=64).
    fn context_score(&self, a: &Annotation, s: usize, e: usize) -> usize {
        let n = self.map.len_chars();
        let before = self.slice(s.saturating_sub(a.prefix.chars().count()), s);
        let after = self.slice(e.min(n), (e + a.suffix.chars().count()).min(n));
        common_suffix(before, &a.prefix) + common_prefix(after, &a.suffix)
    }

    /// Char offsets of the exact occurrences of `needle` (at most `cap`;
    /// None when there are more).
    fn occurrences(&self, needle: &str, cap: usize) -> Option<Vec<usize>> {
        let mut out = Vec::new();
        for b in memmem::find_iter(self.text.as_bytes(), needle.as_bytes()) {
            if out.len() == cap {
                return None;
            }
            out.push(self.map.char_of(self.text, b));
        }
        Some(out)
    }

    pub fn anchor(&self, a: &Annotation) -> Anchor {
        let n = self.map.len_chars();
        if a.kind == Kind::Article || a.quote.is_empty() {
            return Anchor {
                status: Status::Exact,
                start: 0,
                end: 0,
            };
        }
        let m = a.quote.chars().count();
        if a.end <= n && a.start + m == a.end && self.slice(a.start, a.end) == a.quote {
            return Anchor {
                status: Status::Exact,
                start: a.start,
                end: a.end,
            };
        }
        let occ: Vec<usize> = memmem::find_iter(self.text.as_bytes(), a.quote.as_bytes())
            .take(MAX_OCCURRENCES)
            .map(|b| self.map.char_of(self.text, b))
            .collect();
        if let Some(&s) = occ.iter().max_by_key(|&&s| {
            (
                self.context_score(a, s, s + m),
                std::cmp::Reverse(s.abs_diff(a.start)),
            )
        }) {
            return Anchor {
                status: Status::Moved,
                start: s,
                end: s + m,
            };
        }
        match self.fuzzy(a) {
            Some((start, end)) => Anchor {
                status: Status::Fuzzy,
                start,
                end,
            },
            None => Anchor {
                status: Status::Orphan,
                start: a.start,
                end: a.end,
            },
        }
    }

    /// Candidate quote starts, with how many seeds voted for each.
    fn candidates(&self, a: &Annotation, q: &[char], k: usize) -> Vec<(usize, usize)> {
        let m = q.len();
        let pieces = (k + 1).min(m / 3).clamp(1, MAX_PIECES);
        let len = m / pieces;
        let mut starts = Vec::new();
        for p in 0..pieces {
            let off = p * len;
            let piece: String = q[off..off + len].iter().collect();
            if let Some(hits) = self.occurrences(&piece, MAX_HITS_PER_PIECE) {
                starts.extend(hits.into_iter().filter_map(|c| c.checked_sub(off)));
            }
        }
        // The context: the quote starts where the prefix ends, and ends
        // where the suffix starts.
        let pre: Vec<char> = a.prefix.chars().collect();
        let tail: String = pre[pre.len().saturating_sub(16)..].iter().collect();
        if tail.chars().count() >= 8
            && let Some(hits) = self.occurrences(&tail, MAX_HITS_PER_PIECE)
        {
            starts.extend(hits.into_iter().map(|c| c + tail.chars().count()));
        }
        let head: String = a.suffix.chars().take(16).collect();
        if head.chars().count() >= 8
            && let Some(hits) = self.occurrences(&head, MAX_HITS_PER_PIECE)
        {
            starts.extend(hits.into_iter().filter_map(|c| c.checked_sub(m)));
        }
        starts.sort_unstable();
        // Clusters of starts within k of each other: (first start, votes).
        let mut clusters: Vec<(usize, usize, usize)> = Vec::new();
        for s in starts {
            match clusters.last_mut() {
                Some((_, hi, votes)) if s <= *hi + k => {
                    *hi = s;
                    *votes += 1;
                }
                _ => clusters.push((s, s, 1)),
            }
        }
        clusters.sort_by_key(|&(lo, _, votes)| (std::cmp::Reverse(votes), lo.abs_diff(a.start)));
        clusters.truncate(MAX_CLUSTERS);
        clusters.into_iter().map(|(lo, hi, _)| (lo, hi)).collect()
    }

    /// Edit distance leaves the edges of a match ambiguous (a changed
    /// first char can be a substitution or a deletion): moves each edge by
    /// up to [`EDGE_SLACK`] chars where the stored context then agrees
    /// better with the text.
    fn refine(&self, a: &Annotation, s: usize, e: usize) -> (usize, usize) {
        let n = self.map.len_chars();
        let pre = a.prefix.chars().count();
        let suf = a.suffix.chars().count();
        let before = |s: usize| common_suffix(self.slice(s.saturating_sub(pre), s), &a.prefix);
        let after = |e: usize| common_prefix(self.slice(e, (e + suf).min(n)), &a.suffix);
        let range = |x: usize, lo: usize, hi: usize| {
            (x.saturating_sub(EDGE_SLACK).max(lo)..=(x + EDGE_SLACK).min(hi)).collect::<Vec<_>>()
        };
        let s2 = range(s, 0, e.saturating_sub(1))
            .into_iter()
            .max_by_key(|&x| (before(x), std::cmp::Reverse(x.abs_diff(s))))
            .filter(|&x| before(x) > before(s))
            .unwrap_or(s);
        let e2 = range(e, s2 + 1, n)
            .into_iter()
            .max_by_key(|&x| (after(x), std::cmp::Reverse(x.abs_diff(e))))
            .filter(|&x| after(x) > after(e))
            .unwrap_or(e);
        (s2, e2)
    }

    /// The best approximate match of the quote, as char offsets.
    fn fuzzy(&self, a: &Annotation) -> Option<(usize, usize)> {
        let q: Vec<char> = a.quote.chars().collect();
        let m = q.len();
        let k = (m as f64 * MAX_ERROR_RATE).floor() as usize;
        if k == 0 {
            return None;
        }
        let n = self.map.len_chars();
        let mut best: Option<(f64, usize, usize)> = None;
        for (lo, hi) in self.candidates(a, &q, k) {
            let dlo = lo.saturating_sub(k);
            let dhi = (hi + k).min(n);
            let wend = (dhi + m + k).min(n);
            let window: Vec<char> = self.slice(dlo, wend).chars().collect();
            let Some((cost, s, e)) = banded_match(&q, &window, dhi - dlo, k) else {
                continue;
            };
            let (s, e) = self.refine(a, dlo + s, dlo + e);
            let ctx = self.context_score(a, s, e) as f64 / 64.0;
            let near = 1.0 - s.abs_diff(a.start) as f64 / n.max(1) as f64;
            let score = 4.0 * (1.0 - cost as f64 / m as f64) + ctx + 0.25 * near;
            if best.is_none_or(|(b, _, _)| score > b) {
                best = Some((score, s, e));
            }
        }
        best.map(|(_, s, e)| (s, e))
    }
}

/// Approximate match of `q` in `t` starting at a text position in
/// `0..=band` (± the edits): the least edit distance, at most `k`, with its
/// start and end in `t`. Dynamic programming over diagonals `d = j - i`
/// in `0..=band + k`, so the cost is O(|q| × (band + k)).
fn banded_match(q: &[char], t: &[char], band: usize, k: usize) -> Option<(usize, usize, usize)> {
    let width = band + k + 1;
    const INF: usize = usize::MAX / 2;
    // (cost, start) per diagonal, for the previous and current row.
    let mut prev: Vec<(usize, usize)> = (0..width)
        .map(|d| if d <= t.len() { (0, d) } else { (INF, 0) })
        .collect();
    let mut cur = vec![(INF, 0); width];
    for i in 1..=q.len() {
        for d in 0..width {
            let j = i + d;
            if j > t.len() {
                cur[d] = (INF, 0);
                continue;
            }
            // substitution or match: from (i-1, j-1), same diagonal
            // On equal cost the later start wins: the shortest match.
            let better =
                |x: (usize, usize), y: (usize, usize)| x.0 < y.0 || (x.0 == y.0 && x.1 > y.1);
            let (c, s) = prev[d];
            let mut best = (c + usize::from(q[i - 1] != t[j - 1]), s);
            // quote char missing from the text: from (i-1, j), diagonal d+1
            if d + 1 < width && better((prev[d + 1].0 + 1, prev[d + 1].1), best) {
                best = (prev[d + 1].0 + 1, prev[d + 1].1);
            }
            // extra text char: from (i, j-1), diagonal d-1
            if d > 0 && better((cur[d - 1].0 + 1, cur[d - 1].1), best) {
                best = (cur[d - 1].0 + 1, cur[d - 1].1);
            }
            cur[d] = best;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let m = q.len();
    (0..width)
        .filter(|&d| prev[d].0 <= k)
        .min_by_key(|&d| (prev[d].0, m + d - prev[d].1))
        .map(|d| (prev[d].0, prev[d].1, m + d))
}

/// The highlights of `article` (path relative to the corpus root) anchored
/// in its current `text`, by current start; orphans last, in stored order.
pub fn anchor_article<'a>(
    set: &'a super::annotation::AnnotationSet,
    article: &str,
    text: &str,
) -> Vec<(&'a Annotation, Anchor)> {
    let anchorer = Anchorer::new(text);
    let mut v: Vec<(&Annotation, Anchor)> = set
        .for_article(article)
        .into_iter()
        .map(|a| (a, anchorer.anchor(a)))
        .collect();
    v.sort_by_key(|(a, r)| (r.status == Status::Orphan, r.start, a.id.clone()));
    v
}

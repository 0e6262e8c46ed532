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
/// Quotes longer than this are re-anchored on fingerprints of their ends
/// (see [`Anchorer::fuzzy_long`]), in time linear in the quote.
const LONG_QUOTE: usize = 512;
/// The length of the quote's start and end fingerprints.
const FINGERPRINT: usize = 32;
/// How far a long quote's alignment may drift from its diagonal beyond the
/// length difference the fingerprints show.
const DRIFT_SLACK: usize = 64;
/// At most this many cells of dynamic programming per long-quote
/// candidate (a few tens of milliseconds).
const MAX_CELLS: usize = 40_000_000;
/// At most this many long-quote candidates are verified.
const MAX_LONG_CANDIDATES: usize = 8;

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
        if m > LONG_QUOTE {
            return self.fuzzy_long(a, &q, k);
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

/// Where a long quote may start and end in the text (one may be unknown).
type Ends = (Option<usize>, Option<usize>);

impl Anchorer<'_> {
    /// A long quote, as Hypothesis's text-quote selector does: where it
    /// starts (an exact copy of its first [`FINGERPRINT`] chars, or of the
    /// end of the stored prefix) and where it ends (its last chars, or the
    /// start of the suffix) give a few candidate places; each is verified
    /// with an edit distance in a narrow band around its diagonal, so the
    /// cost is linear in the quote (at most [`MAX_CELLS`] per candidate),
    /// not quadratic. A quote changed beyond what the band can follow is
    /// an orphan: kept, listed, re-attachable.
    fn fuzzy_long(&self, a: &Annotation, q: &[char], k: usize) -> Option<(usize, usize)> {
        let m = q.len();
        let n = self.map.len_chars();
        let count = |s: &str| s.chars().count();
        let head: String = q[..FINGERPRINT].iter().collect();
        let tail: String = q[m - FINGERPRINT..].iter().collect();
        // Places where the quote may start and end, with votes: its own
        // fingerprint and the stored context agreeing count twice.
        let mut starts: Vec<usize> = Vec::new();
        let mut ends: Vec<usize> = Vec::new();
        if let Some(h) = self.occurrences(&head, MAX_HITS_PER_PIECE) {
            starts.extend(h);
        }
        let pre: Vec<char> = a.prefix.chars().collect();
        let pre_tail: String = pre[pre.len().saturating_sub(16)..].iter().collect();
        if count(&pre_tail) >= 8
            && let Some(h) = self.occurrences(&pre_tail, MAX_HITS_PER_PIECE)
        {
            starts.extend(h.into_iter().map(|c| c + count(&pre_tail)));
        }
        if let Some(h) = self.occurrences(&tail, MAX_HITS_PER_PIECE) {
            ends.extend(h.into_iter().map(|c| c + FINGERPRINT));
        }
        let suf_head: String = a.suffix.chars().take(16).collect();
        if count(&suf_head) >= 8
            && let Some(h) = self.occurrences(&suf_head, MAX_HITS_PER_PIECE)
        {
            ends.extend(h);
        }
        let votes = |mut v: Vec<usize>| -> Vec<(usize, usize)> {
            v.sort_unstable();
            let mut out: Vec<(usize, usize)> = Vec::new();
            for x in v {
                match out.last_mut() {
                    Some((y, n)) if *y == x => *n += 1,
                    _ => out.push((x, 1)),
                }
            }
            out
        };
        let starts = votes(starts);
        let ends = votes(ends);
        // Candidates: a start and an end about the quote's length apart
        // (the three best ends per start), else one side only; by votes,
        // then nearness to the stored place.
        let mut cands: Vec<(usize, Ends)> = Vec::new();
        let mut paired_ends = std::collections::HashSet::new();
        for &(s, sv) in &starts {
            let lo = (s + m).saturating_sub(k);
            let i = ends.partition_point(|&(e, _)| e < lo);
            let mut near: Vec<(usize, usize)> = ends[i..]
                .iter()
                .take_while(|&&(e, _)| e <= s + m + k)
                .copied()
                .collect();
            near.sort_by_key(|&(e, ev)| (std::cmp::Reverse(ev), e.abs_diff(s + m)));
            for &(e, ev) in near.iter().take(3) {
                paired_ends.insert(e);
                cands.push((sv + ev + 1, (Some(s), Some(e))));
            }
            if near.is_empty() {
                cands.push((sv, (Some(s), None)));
            }
        }
        for &(e, ev) in &ends {
            if !paired_ends.contains(&e) {
                cands.push((ev, (None, Some(e))));
            }
        }
        let guess = |c: &Ends| match *c {
            (Some(s), _) => s,
            (None, Some(e)) => e.saturating_sub(m),
            (None, None) => usize::MAX,
        };
        cands.sort_by_key(|(v, c)| (std::cmp::Reverse(*v), guess(c).abs_diff(a.start)));
        cands.truncate(MAX_LONG_CANDIDATES);
        let mut best: Option<(f64, usize, usize)> = None;
        for (_, c) in cands {
            let Some((cost, ms, me)) = self.verify_long(q, k, c) else {
                continue;
            };
            let (ms, me) = self.refine(a, ms, me);
            let ctx = self.context_score(a, ms, me) as f64 / 64.0;
            let near = 1.0 - ms.abs_diff(a.start) as f64 / n.max(1) as f64;
            let score = 4.0 * (1.0 - cost as f64 / m as f64) + ctx + 0.25 * near;
            if best.is_none_or(|(b, _, _)| score > b) {
                best = Some((score, ms, me));
            }
            // Both ends found and verified: the best-voted place wins.
            if c.0.is_some() && c.1.is_some() {
                break;
            }
        }
        best.map(|(_, s, e)| (s, e))
    }

    /// The edit distance of a long quote at a candidate place (at most
    /// `k`), with the match's start and end. The common start and end of
    /// quote and text are skipped in linear time; only what lies between
    /// is aligned, in a band of [`DRIFT_SLACK`] around the length
    /// difference (at most [`MAX_CELLS`] cells).
    fn verify_long(&self, q: &[char], k: usize, c: Ends) -> Option<(usize, usize, usize)> {
        let m = q.len();
        let n = self.map.len_chars();
        let band = |qlen: usize, tlen: usize| {
            (qlen.abs_diff(tlen) + DRIFT_SLACK).min(MAX_CELLS / (2 * qlen.max(1) + 1))
        };
        match c {
            (Some(s), Some(e)) if e > s => {
                let t: Vec<char> = self.slice(s, e).chars().collect();
                let p = q.iter().zip(&t).take_while(|(x, y)| x == y).count();
                let room = m.min(t.len()) - p;
                let x = q[p..]
                    .iter()
                    .rev()
                    .zip(t[p..].iter().rev())
                    .take(room)
                    .take_while(|(x, y)| x == y)
                    .count();
                let (qm, tm) = (&q[p..m - x], &t[p..t.len() - x]);
                let d = band(qm.len(), tm.len());
                let (cost, _) = banded_from_start(qm, tm, d, false, k)?;
                (cost <= k).then_some((cost, s, e))
            }
            (Some(s), _) => {
                let t: Vec<char> = self.slice(s, (s + m + k).min(n)).chars().collect();
                let p = q.iter().zip(&t).take_while(|(x, y)| x == y).count();
                let (qm, tm) = (&q[p..], &t[p..]);
                let d = band(0, 0);
                let (cost, end) = banded_from_start(qm, tm, d, true, k)?;
                (cost <= k).then_some((cost, s, s + p + end))
            }
            (None, Some(e)) => {
                let lo = e.saturating_sub(m + k);
                let mut t: Vec<char> = self.slice(lo, e).chars().collect();
                t.reverse();
                let qr: Vec<char> = q.iter().rev().copied().collect();
                let p = qr.iter().zip(&t).take_while(|(x, y)| x == y).count();
                let d = band(0, 0);
                let (cost, end) = banded_from_start(&qr[p..], &t[p..], d, true, k)?;
                (cost <= k).then_some((cost, e - p - end, e))
            }
            (None, None) => None,
        }
    }
}

/// The edit distance of `q` against `t`, both aligned from their first
/// chars, the path within `d` of the main diagonal; with `end_free`, `t`
/// may end anywhere (the best end is returned), else at its end. Returns
/// (cost, end in `t`), or None past `k` edits. O(|q| × (2d + 1)) time,
/// O(d) memory.
fn banded_from_start(
    q: &[char],
    t: &[char],
    d: usize,
    end_free: bool,
    k: usize,
) -> Option<(usize, usize)> {
    const INF: usize = usize::MAX / 2;
    let w = 2 * d + 1;
    // cell (i, j) is at offset j + d - i of row i
    let col = |i: usize, off: usize| (i + off).checked_sub(d).filter(|&j| j <= t.len());
    let mut prev: Vec<usize> = (0..w).map(|off| col(0, off).unwrap_or(INF)).collect();
    let mut cur = vec![INF; w];
    for i in 1..=q.len() {
        for off in 0..w {
            let Some(j) = col(i, off) else {
                cur[off] = INF;
                continue;
            };
            let mut best = INF;
            if j >= 1 {
                best = prev[off] + usize::from(q[i - 1] != t[j - 1]);
            }
            if off + 1 < w {
                best = best.min(prev[off + 1] + 1);
            }
            if off >= 1 {
                best = best.min(cur[off - 1] + 1);
            }
            cur[off] = best;
        }
        // costs never decrease down the rows: past `k`, give up
        if cur.iter().all(|&c| c > k) {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let m = q.len();
    if end_free {
        (0..w)
            .filter_map(|off| col(m, off).map(|j| (prev[off], j)))
            .filter(|&(c, _)| c < INF)
            .min()
    } else {
        let off = (t.len() + d).checked_sub(m).filter(|&o| o < w)?;
        (prev[off] < INF).then_some((prev[off], t.len()))
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

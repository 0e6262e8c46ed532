//! Canonical names across one article: case variants (`JOOM`/`Joom`),
//! surname alone → the full name seen earlier, acronym ↔ long form, a site
//! name ↔ its brand (`Alibaba.com`/`Alibaba`), spaced ↔ joined spellings
//! (`Ali Baba`/`Alibaba`). Mentions of one name also get one kind, by a
//! vote weighted by how sure each mention's rule was.

use super::{EntityKind, Found, FxMap};
use crate::model::text::{fold_char_into, is_space};

fn is_name(k: EntityKind) -> bool {
    matches!(
        k,
        EntityKind::Person | EntityKind::Organization | EntityKind::Place
    )
}

/// Folded key of a surface: folded, runs of spaces collapsed to one, none
/// at the ends (one pass, one allocation).
fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    key_into(s, &mut out);
    out
}

/// Appends the key of `s` to `out` (see [`key`]).
fn key_into(s: &str, out: &mut String) {
    let start = out.len();
    let mut space = false;
    for c in s.chars() {
        if is_space(c) {
            space = out.len() > start;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        fold_char_into(c, out);
    }
}

/// Gives each mention its canonical name (same order as `found`), and
/// unifies the kinds of the mentions of one name. The names are slices of
/// the text or of the acronym pairs' long forms: nothing is copied.
pub fn resolve<'a>(
    text: &'a str,
    found: &mut [Found],
    pairs: &'a [(String, String)],
) -> Vec<&'a str> {
    let surf = |f: &Found| &text[f.start as usize..f.end as usize];
    // every key in one buffer, not one String each
    let mut buf = String::with_capacity(found.iter().map(|f| (f.end - f.start) as usize).sum());
    let mut ends = Vec::with_capacity(found.len());
    for f in found.iter() {
        key_into(surf(f), &mut buf);
        ends.push(buf.len());
    }
    let keys: Vec<&str> = ends
        .iter()
        .scan(0, |s, &e| {
            let k = &buf[*s..e];
            *s = e;
            Some(k)
        })
        .collect();
    let mut exists: FxMap<&str, usize> =
        FxMap::with_capacity_and_hasher(found.len(), Default::default());
    for (i, (f, k)) in found.iter().zip(&keys).enumerate() {
        if is_name(f.kind) {
            exists.entry(k).or_insert(i);
        }
    }
    // joined forms of multiword keys, and persons' surnames
    let mut joined: FxMap<&str, String> = FxMap::default();
    let mut surname: FxMap<&str, &str> = FxMap::default();
    for (f, &k) in found.iter().zip(&keys) {
        if !is_name(f.kind) {
            continue;
        }
        if f.kind == EntityKind::Person
            && k.contains(' ')
            && let Some(last) = k.rsplit(' ').next()
        {
            surname.entry(last).or_insert(k);
        }
    }
    // (the joined form is built in one buffer, and copied when it exists)
    let mut j = String::new();
    for &k in keys.iter() {
        if !k.contains([' ', '-']) || joined.contains_key(k) {
            continue;
        }
        j.clear();
        k.split([' ', '-']).for_each(|part| j.push_str(part));
        if exists.contains_key(j.as_str()) {
            joined.insert(k, j.clone());
        }
    }
    let acr: FxMap<&str, String> = pairs.iter().map(|(a, l)| (a.as_str(), key(l))).collect();
    // group key of each mention
    let group: Vec<&str> = found
        .iter()
        .zip(&keys)
        .map(|(f, &k)| {
            if !is_name(f.kind) {
                return k;
            }
            if let Some(l) = acr.get(k) {
                return l.as_str();
            }
            if let Some(j) = joined.get(k) {
                return j.as_str();
            }
            if let Some((base, _tld)) = k.rsplit_once('.')
                && exists.contains_key(base)
            {
                return base;
            }
            if !k.contains(' ')
                && let Some(full) = surname.get(k)
            {
                return full;
            }
            k
        })
        .collect();
    // vote kinds per group
    // votes of the cues, and the count of bare capitalized mentions
    // (confidence 0), which only count when no cue is stronger than weak:
    // one "President X" outweighs six bare "X", one "in X" does not
    let mut votes: FxMap<&str, [u32; 7]> =
        FxMap::with_capacity_and_hasher(found.len(), Default::default());
    for (f, g) in found.iter().zip(&group) {
        let slot = match f.kind {
            EntityKind::Person => 0,
            EntityKind::Organization => 1,
            EntityKind::Place => 2,
            _ => continue,
        };
        // [votes by kind, bare mentions by kind, strongest single cue]
        let v = votes.entry(g).or_default();
        if f.conf == 0 {
            v[slot + 3] += 1;
        } else {
            v[slot] += f.conf as u32;
            v[6] = v[6].max(f.conf as u32);
        }
    }
    for v in votes.values_mut() {
        if v[6] <= 1 {
            for k in 0..3 {
                v[k] += v[k + 3];
            }
        }
    }
    let mut best_surface: FxMap<&str, (usize, usize)> =
        FxMap::with_capacity_and_hasher(found.len(), Default::default()); // (index, score)
    for (i, f) in found.iter().enumerate() {
        if !is_name(f.kind) {
            continue;
        }
        let s = surf(f);
        let score = s.chars().count()
            + usize::from(keys[i] == group[i]) * 4000
            + usize::from(!s.chars().all(|c| !c.is_lowercase())) * 1000
            + usize::from(!s.contains('.')) * 2000;
        let e = best_surface.entry(group[i]).or_insert((i, score));
        if score > e.1 {
            *e = (i, score);
        }
    }
    let pair_keys: Vec<String> = pairs.iter().map(|(a, _)| key(a)).collect();
    let mut canon: Vec<&'a str> = Vec::with_capacity(found.len());
    for i in 0..found.len() {
        let f = &found[i];
        if !is_name(f.kind) {
            canon.push(surf(f));
            continue;
        }
        let g = group[i];
        let v = votes.get(g).copied().unwrap_or_default();
        let kind = if v[..3] == [0, 0, 0] {
            f.kind
        } else if v[0] >= v[1] && v[0] >= v[2] {
            EntityKind::Person
        } else if v[2] > v[1] {
            EntityKind::Place
        } else {
            EntityKind::Organization
        };
        let c: &'a str = if let Some(p) = pair_keys.iter().position(|a| *a == keys[i]) {
            pairs[p].1.as_str()
        } else {
            best_surface
                .get(g)
                .map(|&(j, _)| surf(&found[j]))
                .unwrap_or_else(|| surf(f))
        };
        canon.push(c);
        found[i].kind = kind;
    }
    canon
}

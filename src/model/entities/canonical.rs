//! Canonical names across one article: case variants (`JOOM`/`Joom`),
//! surname alone → the full name seen earlier, acronym ↔ long form, a site
//! name ↔ its brand (`Alibaba.com`/`Alibaba`), spaced ↔ joined spellings
//! (`Ali Baba`/`Alibaba`). Mentions of one name also get one kind, by a
//! vote weighted by how sure each mention's rule was.

use super::{EntityKind, Found, FxMap, gazetteer};
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
    let bytes = s.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // a run of ASCII chars that are no space, copied and lowercased
        // whole (as `fold_char_into` folds each)
        let run = at;
        while at < bytes.len() && bytes[at].is_ascii() && !matches!(bytes[at], b' ' | b'\t'..=b'\r')
        {
            at += 1;
        }
        if at > run {
            if space {
                out.push(' ');
                space = false;
            }
            let from = out.len();
            out.push_str(&s[run..at]);
            out[from..].make_ascii_lowercase();
            continue;
        }
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        at += c.len_utf8();
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

/// The key of a company's name without its legal form ("mozido, inc."
/// gives "mozido", "acme holdings plc" "acme holdings"), if it has one
/// and something is left.
fn without_legal_form(k: &str) -> Option<&str> {
    const FORMS: [&str; 22] = [
        "inc.",
        "inc",
        "corp.",
        "corp",
        "corporation",
        "incorporated",
        "co.",
        "ltd.",
        "ltd",
        "limited",
        "llc",
        "l.l.c.",
        "plc",
        "lp",
        "l.p.",
        "llp",
        "ag",
        "s.a.",
        "sa",
        "gmbh",
        "n.v.",
        "nv",
    ];
    let (rest, last) = k.rsplit_once(' ')?;
    if !FORMS.contains(&last) {
        return None;
    }
    let base = rest.trim_end_matches([',', ' ']);
    (!base.is_empty()).then_some(base)
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
    // each distinct key (and acronym long form) gets a number, hashed
    // once: the tables below are vectors indexed by it, not maps keyed by
    // strings hashed and compared again at each look-up
    let acr_keys: Vec<String> = pairs.iter().map(|(_, l)| key(l)).collect();
    let mut ids: FxMap<&str, u32> =
        FxMap::with_capacity_and_hasher(found.len() + pairs.len(), Default::default());
    let mut count = 0u32;
    let mut intern = |k| {
        *ids.entry(k).or_insert_with(|| {
            count += 1;
            count - 1
        })
    };
    let key_id: Vec<u32> = keys.iter().map(|&k| intern(k)).collect();
    // the acronyms' long forms, by the id of the acronym written as a key
    // (the last pair wins, as when collected into a map)
    let acr_long: Vec<(&str, u32)> = pairs
        .iter()
        .zip(&acr_keys)
        .map(|((a, _), l)| (a.as_str(), intern(l.as_str())))
        .collect();
    let n_ids = count as usize;
    const NONE: u32 = u32::MAX;
    let mut acr = vec![NONE; n_ids];
    for &(a, l) in &acr_long {
        if let Some(&id) = ids.get(a) {
            acr[id as usize] = l;
        }
    }
    // whether a name mention has the key
    let mut exists = vec![false; n_ids];
    for (f, &id) in found.iter().zip(&key_id) {
        if is_name(f.kind) {
            exists[id as usize] = true;
        }
    }
    let exists_str = |s: &str| ids.get(s).is_some_and(|&id| exists[id as usize]);
    // joined forms of multiword keys, and persons' surnames (only a
    // surname that is itself a key is ever looked up)
    let mut surname = vec![NONE; n_ids];
    for (f, (&k, &id)) in found.iter().zip(keys.iter().zip(&key_id)) {
        if f.kind == EntityKind::Person
            && k.contains(' ')
            && let Some(last) = k.rsplit(' ').next()
            && let Some(&l) = ids.get(last)
            && surname[l as usize] == NONE
        {
            surname[l as usize] = id;
        }
    }
    // a person's first word that is no given name, place or company: a
    // family name written first ("Shen Guofang", then "Shen said"; "Kim
    // Jong-un", "Lien Chan"), looked up when the word is no one's surname
    // (two words, neither a given name, the first in capitals only at its
    // start; the word alone found by no rule but its capital: not "AFP"
    // or "Alibaba" before a name the extractor joined to them)
    let mut cued = vec![false; n_ids];
    for (f, &id) in found.iter().zip(&key_id) {
        cued[id as usize] |= f.conf > 0;
    }
    let mut family_first = vec![NONE; n_ids];
    for (f, (&k, &id)) in found.iter().zip(keys.iter().zip(&key_id)) {
        if f.kind == EntityKind::Person
            && let Some((first, last)) = k.split_once(' ')
            && !last.contains(' ')
            && let Some(&l) = ids.get(first)
            && family_first[l as usize] == NONE
            && surname[l as usize] == NONE
            && !cued[l as usize]
            && !surf(f).chars().nth(1).is_some_and(char::is_uppercase)
            && gazetteer::place(first).is_none()
            && !gazetteer::company(first)
        {
            family_first[l as usize] = id;
        }
    }
    // (the joined form is built in one buffer; each key is tried once)
    let mut joined = vec![NONE; n_ids];
    let mut tried = vec![false; n_ids];
    let mut j = String::new();
    for (&k, &id) in keys.iter().zip(&key_id) {
        if tried[id as usize] || !k.contains([' ', '-']) {
            continue;
        }
        tried[id as usize] = true;
        j.clear();
        k.split([' ', '-']).for_each(|part| j.push_str(part));
        if let Some(&jid) = ids.get(j.as_str())
            && exists[jid as usize]
        {
            joined[id as usize] = jid;
        }
    }
    // a company named with its legal form ("Mozido, Inc.", "Apple Inc.")
    // is the company of its name alone ("Mozido", "Apple"): the name
    // alone joins its group, which stays an organization
    let mut legal_base = vec![NONE; n_ids];
    let mut legal = vec![false; n_ids];
    for (f, (&k, &id)) in found.iter().zip(keys.iter().zip(&key_id)) {
        if f.kind == EntityKind::Organization
            && f.conf > 0
            && let Some(base) = without_legal_form(k)
            && let Some(&b) = ids.get(base)
            && exists[b as usize]
            && legal_base[b as usize] == NONE
        {
            legal_base[b as usize] = id;
            legal[id as usize] = true;
        }
    }
    // group of each mention
    let group: Vec<u32> = found
        .iter()
        .zip(keys.iter().zip(&key_id))
        .map(|(f, (&k, &id))| {
            if !is_name(f.kind) {
                return id;
            }
            let i = id as usize;
            if acr[i] != NONE {
                return acr[i];
            }
            if joined[i] != NONE {
                return joined[i];
            }
            if let Some((base, _tld)) = k.rsplit_once('.')
                && exists_str(base)
            {
                return ids[base];
            }
            if !k.contains(' ') && surname[i] != NONE {
                return surname[i];
            }
            if !k.contains(' ') && family_first[i] != NONE {
                return family_first[i];
            }
            if legal_base[i] != NONE {
                return legal_base[i];
            }
            id
        })
        .collect();
    // vote kinds per group
    // votes of the cues, and the count of bare capitalized mentions
    // (confidence 0), which only count when no cue is stronger than weak:
    // one "President X" outweighs six bare "X", one "in X" four
    // a word that names a person alone ("Gordon said")
    let mut person_alone = vec![false; n_ids];
    for (f, (&k, &id)) in found.iter().zip(keys.iter().zip(&key_id)) {
        if f.kind == EntityKind::Person && !k.contains(' ') {
            person_alone[id as usize] = true;
        }
    }
    // a town named as a team in a match's result ("Saran" after "face à"
    // in a match report) is the club in all of its article's mentions:
    // the town's list outvotes no result
    let mut team = vec![false; n_ids];
    for (f, &g) in found.iter().zip(&group) {
        if f.rule == "team-result" {
            team[g as usize] = true;
        }
    }
    let mut votes: Vec<[u32; 7]> = vec![[0; 7]; n_ids];
    for (((f, &g), &id), k) in found.iter().zip(&group).zip(&key_id).zip(&keys) {
        // a surname alone that only the long list of towns knows ("Bush"
        // after "Helen Bush") gives no vote against the person named in
        // full: the list of towns is weak evidence, the full name strong
        // (nor one a city bears: "Jeff Kingston" … "Kingston said")
        // (a country's name is no surname's: "Can Taiwan…", "Jordan")
        if f.kind == EntityKind::Place
            && f.rule.starts_with("gazetteer")
            && f.te == f.ts + 1
            && surname[id as usize] == g
            && (f.rule == "gazetteer-town"
                || gazetteer::place(k).is_some_and(|p| p == gazetteer::PlaceKind::City))
        {
            continue;
        }
        // an organization of two or three words that capitals alone or a
        // weak cue gave, ending in the word that names a person alone or
        // in a person's surname, is a person ("Jefferey Gordon" … "Gordon
        // said"; "Brittany Abbass Liberty" beside "Michael Liberty")
        // (the words before it no common word or country: not "Andean
        // Community Wagner", "France Alibaba")
        let of_a_person = || {
            f.conf <= super::names::WEAK
                && (1..=2).contains(&k.matches(' ').count())
                && k.rsplit_once(' ').is_some_and(|(before, l)| {
                    ids.get(l)
                        .is_some_and(|&l| person_alone[l as usize] || surname[l as usize] != NONE)
                        && before.split(' ').all(|w| {
                            !gazetteer::common_word(w)
                                && !gazetteer::shared_word(w)
                                && gazetteer::place(w) != Some(gazetteer::PlaceKind::Country)
                        })
                })
        };
        // (a bare word that is the surname of a person named in full
        // votes for that person: "al-Megrahi" eight times after "Mohammed
        // al-Megrahi" is no organization)
        let bare_surname = f.conf == 0 && !k.contains(' ') && surname[id as usize] == g;
        let slot = match f.kind {
            EntityKind::Person => 0,
            EntityKind::Organization if bare_surname || of_a_person() => 0,
            EntityKind::Organization => 1,
            EntityKind::Place => 2,
            _ => continue,
        };
        // [votes by kind, bare mentions by kind, strongest single cue]
        let v = &mut votes[g as usize];
        if f.conf == 0 {
            v[slot + 3] += 1;
        } else {
            v[slot] += f.conf as u32;
            v[6] = v[6].max(f.conf as u32);
        }
    }
    for v in votes.iter_mut() {
        if v[6] <= 1 {
            // (a weak cue still outweighs a few bare mentions: two "in
            // Zorvek" and five bare "Zorvek" make a place, not the
            // organization that bare capitals default to)
            for k in 0..3 {
                v[k] = v[k] * 4 + v[k + 3];
            }
        }
    }
    // (index, score) of the best surface of each group
    let mut best_surface: Vec<Option<(usize, usize)>> = vec![None; n_ids];
    for (i, f) in found.iter().enumerate() {
        if !is_name(f.kind) {
            continue;
        }
        let s = surf(f);
        let score = s.chars().count()
            + usize::from(key_id[i] == group[i]) * 4000
            + usize::from(!s.chars().all(|c| !c.is_lowercase())) * 1000
            + usize::from(!s.contains('.')) * 2000;
        let e = best_surface[group[i] as usize].get_or_insert((i, score));
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
        let v = votes[group[i] as usize];
        let kind = if legal[group[i] as usize] || team[group[i] as usize] {
            EntityKind::Organization
        } else if v[..3] == [0, 0, 0] {
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
            best_surface[group[i] as usize]
                .map(|(j, _)| surf(&found[j]))
                .unwrap_or_else(|| surf(f))
        };
        canon.push(c);
        found[i].kind = kind;
    }
    canon
}

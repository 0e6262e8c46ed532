//! Dates: weekdays, `13 juillet`, `22 juin 2016`, `mardi 25 juin`,
//! `September 5, 2018`, `septembre 2015`, bare years, `mi-juillet`,
//! `fin avril`, `début de l’année 2019`, ranges (`d’avril à juin 2017`),
//! quarters (`T1 2019`, `Q3 2018`).

use super::lexicon::{CLOSED, DATE_MOD, MONTH, OF, RANGE, WEEKDAY};
use super::tokens::{CAP, LOWER, ONE, Tk, Tokens};
use super::{EntityKind, Found};

fn is_year(t: &Tokens, i: usize) -> bool {
    let tok = &t.toks[i];
    if tok.kind != Tk::Num || tok.len() != 4 {
        return false;
    }
    let v: u32 = t.surf(i).parse().unwrap_or(0);
    if !crate::model::calendar::plausible_year(v) {
        return false;
    }
    // not part of a longer number ("2019,5", "2019.000") or an amount
    match t.toks.get(i + 1) {
        Some(n) if n.gap == 0 && matches!(n.kind, Tk::Punct(',') | Tk::Punct('.')) => t
            .toks
            .get(i + 2)
            .is_none_or(|m| m.kind != Tk::Num || m.gap != 0),
        Some(n) if matches!(n.kind, Tk::Punct('%') | Tk::Punct('€') | Tk::Punct('$')) => false,
        Some(n) if n.kind == Tk::Word && n.lex.flags & super::lexicon::CURRENCY != 0 => false,
        _ => !matches!(
            i.checked_sub(1).map(|p| t.toks[p].kind),
            Some(Tk::Punct('$')) | Some(Tk::Punct('€')) | Some(Tk::Punct('£'))
        ),
    }
}

/// A year-like number that counts things: "1500 nurses", "plus de 2000
/// blessés" (a plural noun follows, and no year preposition comes before).
pub fn counted_number(t: &Tokens, i: usize) -> bool {
    let Some(n) = t.toks.get(i + 1) else {
        return false;
    };
    let f = t.fold(i + 1);
    let plural = n.kind == Tk::Word
        && n.has(LOWER)
        && n.gap & ONE != 0
        && n.lex.flags & (CLOSED | MONTH | OF) == 0
        && f.len() > 3
        && (f.ends_with('s') || f.ends_with('x'));
    if !plural {
        return false;
    }
    let prev = |d: usize| i.checked_sub(d).map(|p| t.fold(p)).unwrap_or("");
    match prev(1) {
        "de" | "d" => matches!(prev(2), "plus" | "moins" | "pres" | "environ" | "quelque"),
        "en" | "in" | "since" | "depuis" | "du" | "of" | "from" | "to" | "until" | "au" | "a"
        | "by" | "fin" | "debut" | "mi" | "ete" | "printemps" | "automne" | "hiver" | "the"
        | "l" | "le" | "year" | "annee" | "during" | "pendant" | "after" | "before" | "avant"
        | "apres" => false,
        _ => true,
    }
}

fn is_day(t: &Tokens, i: usize) -> bool {
    let tok = &t.toks[i];
    match tok.kind {
        Tk::Num => {
            tok.len() <= 2
                && t.surf(i)
                    .parse::<u32>()
                    .is_ok_and(|d| (1..=31).contains(&d))
        }
        Tk::Word => {
            matches!(t.fold(i), "1er" | "1re" | "1st" | "2nd" | "3rd" | "premier") || {
                let f = t.fold(i);
                f.ends_with("th")
                    && f.len() <= 4
                    && f[..f.len() - 2]
                        .parse::<u32>()
                        .is_ok_and(|d| (4..=31).contains(&d))
            }
        }
        _ => false,
    }
}

/// A month token usable here: French months are lowercase words, English
/// ones capitalized; an ambiguous one (`May`, `mars`) needs a day or year.
fn is_month(t: &Tokens, i: usize, with_number: bool) -> bool {
    let tok = &t.toks[i];
    if tok.kind != Tk::Word || tok.lex.flags & MONTH == 0 {
        return false;
    }
    let f = t.fold(i);
    let english = matches!(
        f,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "oct"
            | "nov"
            | "dec"
    ) && !matches!(f, "avril");
    if f.len() <= 3 && !with_number {
        return false;
    }
    if english && !tok.has(CAP) {
        return false;
    }
    if matches!(f, "may" | "mars" | "mai" | "march") && !with_number {
        return !t.sentence_initial(i) && (f != "mars" || !tok.has(CAP));
    }
    true
}

fn at(t: &Tokens, i: usize, flag: u32) -> bool {
    t.toks.get(i).is_some_and(|x| x.lex.flags & flag != 0)
}

/// Skips an apostrophe token at `i` (after `d`, `l`).
fn skip_apos(t: &Tokens, i: usize) -> usize {
    match t.toks.get(i).map(|x| x.kind) {
        Some(Tk::Punct('\'')) | Some(Tk::Punct('’')) => i + 1,
        _ => i,
    }
}

/// Month [year] at `i` → end.
fn month_year(t: &Tokens, i: usize) -> Option<usize> {
    if i >= t.len()
        || !(is_month(t, i, false) || is_month(t, i, true) && i + 1 < t.len() && is_year(t, i + 1))
    {
        return None;
    }
    Some(if i + 1 < t.len() && is_year(t, i + 1) {
        i + 2
    } else {
        i + 1
    })
}

/// The date starting at token `i`, as (end token, rule).
fn date_at(t: &Tokens, i: usize) -> Option<(usize, &'static str)> {
    let n = t.len();
    let tok = &t.toks[i];
    // ranges: d'avril à juin 2017, from April to June 2017
    if tok.kind == Tk::Word && matches!(t.fold(i), "d" | "de" | "from" | "du") {
        let m = skip_apos(t, i + 1);
        if m < n
            && is_month(t, m, true)
            && let Some(e1) = month_year(t, m)
            && e1 < n
            && at(t, e1, RANGE)
            && let Some(e2) = month_year(t, e1 + 1)
        {
            return Some((e2, "date-range"));
        }
    }
    if tok.kind == Tk::Word {
        let f = t.fold(i);
        // mi-juillet, mid-2019
        if let Some(rest) = f.strip_prefix("mi-").or_else(|| f.strip_prefix("mid-")) {
            let l = super::lexicon::lookup(rest);
            let year = rest.len() == 4
                && rest
                    .parse::<u32>()
                    .is_ok_and(crate::model::calendar::plausible_year);
            if l.flags & MONTH != 0 || year {
                let e = if i + 1 < n && is_year(t, i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                return Some((e, "date-mid"));
            }
        }
        if tok.lex.flags & DATE_MOD != 0 {
            // fin avril, début mars 2019, early June
            if let Some(e) = month_year(t, i + 1).filter(|_| is_month(t, i + 1, true)) {
                return Some((e, "date-part-month"));
            }
            // fin 2019
            if i + 1 < n && is_year(t, i + 1) {
                return Some((i + 2, "date-part-year"));
            }
            // début de l'année 2019, end of 2019
            if at(t, i + 1, OF) {
                let mut k = i + 2;
                if k < n && matches!(t.fold(k), "l" | "the") {
                    k = skip_apos(t, k + 1);
                }
                if k < n && matches!(t.fold(k), "annee" | "year" | "mois" | "month") {
                    k += 1;
                }
                if k < n && is_year(t, k) {
                    return Some((k + 1, "date-part-year"));
                }
                if k < n
                    && is_month(t, k, true)
                    && let Some(e) = month_year(t, k)
                {
                    return Some((e, "date-part-month"));
                }
            }
        }
        // quarters: T1 2019, Q3 2018
        // (bytes, not str slices: a 2-byte word may be one non-ASCII char)
        if let [b't' | b'q', b'1'..=b'4'] = f.as_bytes()
            && i + 1 < n
            && is_year(t, i + 1)
        {
            return Some((i + 2, "date-quarter"));
        }
    }
    // [weekday] [day] month [year]
    let mut k = i;
    let weekday = tok.kind == Tk::Word && tok.lex.flags & WEEKDAY != 0;
    if weekday {
        k += 1;
        if k < n && t.toks[k].kind == Tk::Punct(',') {
            k += 1;
        }
    }
    if k < n && is_day(t, k) && k + 1 < n && is_month(t, k + 1, true) {
        let e = if k + 2 < n && is_year(t, k + 2) {
            k + 3
        } else {
            k + 2
        };
        return Some((e, "date-day-month"));
    }
    // English: [weekday,] Month day[, year]
    if k + 1 < n
        && is_month(t, k, true)
        && t.toks[k].has(CAP)
        && is_day(t, k + 1)
        && !at(t, k + 2, super::lexicon::SCALE)
    {
        let mut e = k + 2;
        if e + 1 < n && t.toks[e].kind == Tk::Punct(',') && is_year(t, e + 1) {
            e += 2;
        } else if e < n && is_year(t, e) {
            e += 1;
        }
        return Some((e, "date-month-day"));
    }
    if weekday {
        return Some((i + 1, "date-weekday"));
    }
    if let Some(e) = month_year(t, i) {
        return Some((
            e,
            if e > i + 1 {
                "date-month-year"
            } else {
                "date-month"
            },
        ));
    }
    // a bare number is a year only when modern (not "1500 salariés") and
    // not counting something ("2000 emplois")
    if is_year(t, i)
        && !counted_number(t, i)
        && t.surf(i)
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2099).contains(&y))
    {
        return Some((i + 1, "date-year"));
    }
    None
}

/// Finds the dates of a text; marks their tokens as used.
pub fn find(t: &Tokens, used: &mut [bool], out: &mut Vec<Found>) {
    let mut i = 0;
    while i < t.len() {
        if used[i] {
            i += 1;
            continue;
        }
        let tok = &t.toks[i];
        let cheap = match tok.kind {
            Tk::Num => true,
            Tk::Word => {
                tok.lex.flags & (MONTH | WEEKDAY | DATE_MOD | OF) != 0
                    || t.fold(i).starts_with("mi")
                    || t.fold(i).len() == 2
            }
            _ => false,
        };
        if cheap && let Some((e, rule)) = date_at(t, i) {
            let e = e.min(t.len());
            used[i..e].iter_mut().for_each(|u| *u = true);
            out.push(Found::new(t, i, e, EntityKind::Date, rule, None));
            i = e;
            continue;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::{EntityKind, extract};
    use crate::model::Lang;

    #[test]
    fn quarters_and_two_byte_words() {
        let ms = extract("Ventes du T3 2019 en hausse.", Lang::French);
        assert!(
            ms.iter()
                .any(|m| m.kind == EntityKind::Date && m.rule() == "date-quarter")
        );
        // found by the article_loader fuzzer: a 2-byte word that is one
        // char (NKo letter) was cut inside the char
        let _ = extract("ߍ 2019", Lang::French);
        let _ = extract("é 2019 ß 2020", Lang::English);
    }
}

//! Dates: weekdays, `13 juillet`, `22 juin 2016`, `mardi 25 juin`,
//! `September 5, 2018`, `septembre 2015`, bare years, `mi-juillet`,
//! `fin avril`, `début de l’année 2019`, ranges (`d’avril à juin 2017`),
//! quarters (`T1 2019`, `Q3 2018`).

use super::lexicon::{CLOSED, DATE_MOD, MONTH, OF, PERIOD, RANGE, WEEKDAY};
use super::tokens::{ALLCAPS, CAP, DIGIT, LOWER, NL, ONE, Tk, Tokens};
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
        // (but "in 1999 dollars", "(1999 dollars)": constant money of a
        // year)
        Some(n) if n.kind == Tk::Word && n.lex.flags & super::lexicon::CURRENCY != 0 => {
            n.has(LOWER)
                && i.checked_sub(1).is_some_and(|p| {
                    t.toks[p].kind == Tk::Word && matches!(t.fold(p), "in" | "en")
                        || t.toks[p].kind == Tk::Punct('(')
                            && t.toks.get(i + 2).is_some_and(|x| x.kind == Tk::Punct(')'))
                })
                && t.toks
                    .get(i + 2)
                    .is_none_or(|x| matches!(x.kind, Tk::Punct(_)))
        }
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
    // "(1999 dollars)": the year of constant money
    if n.lex.flags & super::lexicon::CURRENCY != 0
        && i.checked_sub(1)
            .is_some_and(|p| t.toks[p].kind == Tk::Punct('('))
        && t.toks.get(i + 2).is_some_and(|x| x.kind == Tk::Punct(')'))
    {
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
            matches!(t.fold(i), "1er" | "1re" | "premier") || {
                // "1st", "22nd", "23rd", "28th", "31st": the suffix its
                // number takes in English
                let f = t.fold(i);
                f.is_ascii()
                    && f.len() >= 3
                    && f.len() <= 4
                    && f[..f.len() - 2].parse::<u32>().is_ok_and(|d| {
                        (1..=31).contains(&d) && &f[f.len() - 2..] == english_ordinal_suffix(d)
                    })
            }
        }
        _ => false,
    }
}

/// The letters English writes after a day's number ("1st", "22nd", "13th").
fn english_ordinal_suffix(d: u32) -> &'static str {
    match (d % 10, d % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
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
            | "sep"
            | "oct"
            | "nov"
            | "dec"
    ) && !matches!(f, "avril");
    // "in May", "since May", "late May": the month after a preposition
    // or a date modifier, with no name nor possessive after it (not "in
    // May Day", "trust in May's plan")
    if f == "may"
        && !with_number
        && tok.has(CAP)
        && i > 0
        && t.toks[i - 1].kind == Tk::Word
        && matches!(
            t.fold(i - 1),
            "in" | "since"
                | "between"
                | "until"
                | "till"
                | "by"
                | "from"
                | "during"
                | "early"
                | "late"
                | "mid"
                | "last"
                | "next"
                | "through"
        )
        && t.toks.get(i + 1).is_none_or(|n| {
            !(n.kind == Tk::Word && n.has(CAP) || matches!(n.kind, Tk::Punct('\'' | '’')))
        })
    {
        return true;
    }
    // abbreviations and "May" (Theresa May) only with a number; French
    // "mai" has no other sense
    if f.len() <= 3 && !with_number && f != "mai" {
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
    } else if i + 2 < t.len()
        && t.toks[i].has(CAP)
        && is_month(t, i, true)
        && t.toks[i + 1].kind == Tk::Punct(',')
        && t.toks[i + 2].gap & NL == 0
        && is_year(t, i + 2)
        // (not a count: "By April, 2000 soldiers had left")
        && t.toks.get(i + 3).is_none_or(|x| {
            !(x.kind == Tk::Word && x.has(LOWER) && t.fold(i + 3).ends_with('s'))
        })
    {
        // "in July, 2005": an English month and its year after a comma
        i + 3
    } else {
        i + 1
    })
}

/// Whether `d` is four digits that make a plausible year ("2019").
fn year_digits(d: &str) -> bool {
    d.len() == 4
        && d.bytes().all(|b| b.is_ascii_digit())
        && d.parse::<u32>()
            .is_ok_and(crate::model::calendar::plausible_year)
}

/// A decade at `i`: "1990s", "80s" (after an apostrophe or "the"),
/// "mid-1990s", "années 1970", "années 80", "années 2000": the token
/// after it.
fn decade_at(t: &Tokens, i: usize) -> Option<usize> {
    let tok = t.toks.get(i)?;
    if tok.kind != Tk::Word {
        return None;
    }
    let f = t.fold(i);
    let f = f.strip_prefix("mid-").unwrap_or(f);
    let round = |d: &str, len: usize| {
        d.len() == len && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit())
    };
    if let Some(d) = f.strip_suffix('s')
        && f != "annees"
    {
        let year = round(d, 4) && year_digits(d);
        // ("the 80s", "'80s": not "80s" alone, a count or a model)
        let short = round(d, 2)
            && i.checked_sub(1).is_some_and(|p| {
                matches!(t.toks[p].kind, Tk::Punct('\'') | Tk::Punct('’')) || t.fold(p) == "the"
            });
        return (year || short).then_some(i + 1);
    }
    if f == "annees" {
        let k = i + 1;
        let n = t.toks.get(k)?;
        let d = t.surf(k);
        let year =
            n.kind == Tk::Num && n.gap & NL == 0 && (round(d, 2) || round(d, 4) && year_digits(d));
        return year.then_some(k + 1);
    }
    None
}

/// A fiscal year at `i`: "FY2021", "FY21", "FY 2022", "fiscal 2019",
/// "fiscal year 2020": the token after it.
fn fiscal_year(t: &Tokens, i: usize) -> Option<usize> {
    let tok = t.toks.get(i)?;
    if tok.kind != Tk::Word {
        return None;
    }
    let f = t.fold(i);
    if let Some(d) = f.strip_prefix("fy")
        && tok.has(CAP)
        && (d.len() == 2 && d.bytes().all(|b| b.is_ascii_digit()) || year_digits(d))
    {
        return Some(i + 1);
    }
    let mut k = i + 1;
    match f {
        "fy" if tok.has(ALLCAPS) => {}
        "fiscal" => {
            if k < t.len() && t.fold(k) == "year" {
                k += 1;
            }
        }
        _ => return None,
    }
    (k < t.len() && is_year(t, k) && t.toks[k].gap & NL == 0).then_some(k + 1)
}

/// For a day number at `i` followed by "et"/"and"/"ou"/"or" and another
/// day number, where that other day starts.
fn shared_month(t: &Tokens, i: usize) -> Option<usize> {
    let day = |k: usize| {
        t.toks.get(k).is_some_and(|d| {
            d.kind == Tk::Num
                && t.surf(k)
                    .parse::<u32>()
                    .is_ok_and(|n| (1..=31).contains(&n))
        })
    };
    let joined = |k: usize| {
        t.toks
            .get(k)
            .is_some_and(|w| w.kind == Tk::Word && matches!(t.fold(k), "et" | "and" | "ou" | "or"))
    };
    // the day first: most tokens are no number
    if !day(i) {
        return None;
    }
    // "4, 5, 6, 7 et 9 août": a list of days
    let mut k = i;
    while k - i < 24
        && t.toks
            .get(k + 1)
            .is_some_and(|c| c.kind == Tk::Punct(',') && c.gap == 0)
        && day(k + 2)
    {
        k += 2;
    }
    (joined(k + 1) && day(k + 2)).then_some(k + 2)
}

/// The end of a date whose month is at `m`: after its year if one follows
/// ("15 May 2012", "15 May, 2012"; not "15 May, 2012 5" of a list).
fn after_year(t: &Tokens, m: usize) -> usize {
    let n = t.len();
    if m + 1 < n && is_year(t, m + 1) {
        m + 2
    } else if m + 2 < n
        && t.toks[m + 1].kind == Tk::Punct(',')
        && t.toks[m + 1].gap == 0
        && is_year(t, m + 2)
        && t.toks.get(m + 3).is_none_or(|x| x.kind != Tk::Num)
    {
        m + 3
    } else {
        m + 1
    }
}

/// An ordinal of a quarter or half at `i` ("troisième", "third", "3e",
/// "3ème", "1er"): the token after it.
fn ordinal(t: &Tokens, i: usize) -> Option<usize> {
    let tok = t.toks.get(i)?;
    match tok.kind {
        Tk::Word => matches!(
            t.fold(i),
            "premier"
                | "premiere"
                | "deuxieme"
                | "second"
                | "seconde"
                | "troisieme"
                | "quatrieme"
                | "dernier"
                | "first"
                | "third"
                | "fourth"
                | "last"
                | "1er"
                | "1re"
                | "2e"
                | "3e"
                | "4e"
                | "2eme"
                | "3eme"
                | "4eme"
                | "1st"
                | "2nd"
                | "3rd"
                | "4th"
        )
        .then_some(i + 1),
        Tk::Num if tok.len() == 1 && matches!(t.surf(i), "1" | "2" | "3" | "4") => {
            let suf = t.toks.get(i + 1)?;
            (suf.kind == Tk::Word
                && suf.gap == 0
                && matches!(
                    t.fold(i + 1),
                    "er" | "re" | "e" | "eme" | "st" | "nd" | "rd" | "th"
                ))
            .then_some(i + 2)
        }
        _ => None,
    }
}

/// A year after a period at `k` ("2020", "of 2020", "de l'année 2020",
/// "fiscal 2020"): the token after it.
fn year_after(t: &Tokens, mut k: usize) -> Option<usize> {
    let n = t.len();
    if k < n && matches!(t.fold(k), "of" | "de" | "d" | "du") {
        k = skip_apos(t, k + 1);
        if k < n && matches!(t.fold(k), "l" | "the") {
            k = skip_apos(t, k + 1);
        }
        if k < n && matches!(t.fold(k), "annee" | "year" | "exercice" | "fiscal") {
            k += 1;
        }
    }
    (k < n && is_year(t, k)).then_some(k + 1)
}

/// A year followed by the end of a season or fiscal year: "2017/18",
/// "2017-18", "2017-2018", or a range of two years written with a spaced
/// dash, "2000 - 2050" (the token after it).
fn year_span(t: &Tokens, i: usize) -> usize {
    let n = t.len();
    let glued = |k: usize| t.toks[k].gap == 0;
    let spaced_range = i + 2 < n
        && matches!(t.toks[i + 1].kind, Tk::Punct('-') | Tk::Punct('–'))
        && !glued(i + 1)
        && !glued(i + 2)
        && t.toks[i + 2].gap & NL == 0
        && is_year(t, i + 2);
    if i + 2 < n
        && (matches!(t.toks[i + 1].kind, Tk::Punct('/' | '-' | '–'))
            && glued(i + 1)
            && glued(i + 2)
            && t.toks[i + 2].kind == Tk::Num
            && (t.toks[i + 2].len() == 2 || is_year(t, i + 2))
            || spaced_range)
        && t.toks
            .get(i + 3)
            .is_none_or(|x| x.kind != Tk::Num || x.gap & NL != 0)
    {
        i + 3
    } else {
        i + 1
    }
}

/// The date starting at token `i`, as (end token, rule).
/// A date in figures at `i`: "12/03/2021", "10/1/2008", "3/12/21" (day and
/// month in either order, a valid day and month), "10.9.2011" (day first,
/// a year of four figures) or ISO "2021-03-12": its end. ("3/5", a
/// fraction, has no year.)
fn numeric_date(t: &Tokens, i: usize) -> Option<usize> {
    if i + 4 >= t.len() || t.toks[i].kind != Tk::Num {
        return None;
    }
    let glued = (i + 1..i + 5).all(|k| t.toks[k].gap == 0)
        && t.toks
            .get(i + 5)
            .is_none_or(|x| x.gap != 0 || matches!(x.kind, Tk::Punct(_)));
    let num = |k: usize| (t.toks[k].kind == Tk::Num).then(|| t.surf(k));
    let sep = t.toks[i + 1].kind;
    if !glued || t.toks[i + 3].kind != sep || !matches!(sep, Tk::Punct('/' | '-' | '.')) {
        return None;
    }
    let (a, b, c) = (num(i)?, num(i + 2)?, num(i + 4)?);
    let v = |x: &str| x.parse::<u32>().unwrap_or(0);
    let day_month = |d: &str, m: &str| {
        (1..=2).contains(&d.len())
            && (1..=2).contains(&m.len())
            && (1..=31).contains(&v(d))
            && (1..=12).contains(&v(m))
    };
    let year = |y: &str| y.len() == 4 && (1800..=2100).contains(&v(y));
    let ok = if sep == Tk::Punct('/') {
        (day_month(a, b) || day_month(b, a)) && (year(c) || c.len() == 2)
    } else if sep == Tk::Punct('.') {
        // (not a version's numbers: a four-figure year last)
        day_month(a, b) && year(c)
    } else {
        year(a) && b.len() == 2 && c.len() == 2 && day_month(c, b)
    };
    ok.then_some(i + 5)
}

fn date_at(t: &Tokens, i: usize) -> Option<(usize, &'static str)> {
    let n = t.len();
    let tok = &t.toks[i];
    if let Some(e) = numeric_date(t, i) {
        return Some((e, "date-numeric"));
    }
    // quarters and halves of a year: "troisième trimestre 2020", "third
    // quarter of 2020", "premier semestre de l'année 2021", "3e trimestre
    // 2019", "first-quarter 2021" (without a year: no named unit, no date)
    if let Some(k) = ordinal(t, i).filter(|&k| k < n) {
        if matches!(
            t.fold(k),
            "trimestre" | "semestre" | "quarter" | "half" | "moitie"
        ) && let Some(e) = year_after(t, k + 1)
        {
            return Some((e, "date-quarter"));
        }
        // a part of a month, a decade or a year: "deuxième quinzaine
        // d'août", "la deuxième partie des années 1970", "the second week
        // of March", "first half of the 1990s"
        if k + 1 < n
            && matches!(
                t.fold(k),
                "quinzaine"
                    | "semaine"
                    | "partie"
                    | "moitie"
                    | "week"
                    | "fortnight"
                    | "half"
                    | "part"
            )
            && matches!(t.fold(k + 1), "de" | "d" | "du" | "des" | "of")
        {
            let mut m = skip_apos(t, k + 2);
            if m < n && matches!(t.fold(m), "the" | "l") {
                m = skip_apos(t, m + 1);
            }
            if let Some(e) = month_year(t, m)
                .filter(|_| is_month(t, m, true))
                .or_else(|| decade_at(t, m))
            {
                return Some((e, "date-part-month"));
            }
        }
    }
    // decades: "the 1990s", "les années 1970", "early 2000s"
    if let Some(e) = decade_at(t, i) {
        return Some((e, "date-decade"));
    }
    if tok.kind == Tk::Word
        && matches!(
            t.fold(i),
            "first-quarter"
                | "second-quarter"
                | "third-quarter"
                | "fourth-quarter"
                | "first-half"
                | "second-half"
        )
        && let Some(e) = year_after(t, i + 1)
    {
        return Some((e, "date-quarter"));
    }
    // seasons of a year: "printemps 2012", "summer 2019"
    if tok.kind == Tk::Word
        && matches!(
            t.fold(i),
            "printemps"
                | "ete"
                | "automne"
                | "hiver"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
        )
        && let Some(e) = year_after(t, i + 1)
    {
        return Some((e, "date-season"));
    }
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
        // (and "end-2026", "end-June", as business English writes it)
        if let Some(rest) = f
            .strip_prefix("mi-")
            .or_else(|| f.strip_prefix("mid-"))
            .or_else(|| f.strip_prefix("end-"))
        {
            let l = super::lexicon::lookup(rest);
            if l.flags & MONTH != 0 || year_digits(rest) {
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
            // early in 2016, late in June
            if i + 2 < n && matches!(t.fold(i), "early" | "late") && t.fold(i + 1) == "in" {
                if is_year(t, i + 2) {
                    return Some((i + 3, "date-part-year"));
                }
                if let Some(e) = month_year(t, i + 2).filter(|_| is_month(t, i + 2, true)) {
                    return Some((e, "date-part-month"));
                }
            }
            // early 1990s, fin des années 1990
            if let Some(e) = decade_at(t, i + 1) {
                return Some((e, "date-decade"));
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
                // "end of the third quarter of 2026": the part of a quarter
                if k < n
                    && let Some((e, "date-quarter")) = date_at(t, k)
                {
                    return Some((e, "date-quarter"));
                }
                // "début de l'été 2022", "end of the summer of 2019": the
                // part of a season with its year
                if k + 1 < n
                    && matches!(
                        t.fold(k),
                        "ete"
                            | "hiver"
                            | "printemps"
                            | "automne"
                            | "summer"
                            | "winter"
                            | "spring"
                            | "autumn"
                    )
                {
                    let y = if at(t, k + 1, OF) { k + 2 } else { k + 1 };
                    if y < n && is_year(t, y) {
                        return Some((y + 1, "date-part-season"));
                    }
                }
                if k < n && matches!(t.fold(k), "annee" | "year" | "mois" | "month") {
                    k += 1;
                    // "fin du mois de juin", "début du mois d'avril", "end
                    // of the month of May 2005" (an English month needs
                    // its year)
                    if k + 1 < n
                        && matches!(t.fold(k - 1), "mois" | "month")
                        && at(t, k, OF)
                        && skip_apos(t, k + 1) < n
                        && is_month(t, skip_apos(t, k + 1), true)
                    {
                        k = skip_apos(t, k + 1);
                    }
                }
                if k < n && is_year(t, k) {
                    return Some((k + 1, "date-part-year"));
                }
                if let Some(e) = decade_at(t, k) {
                    return Some((e, "date-decade"));
                }
                if k < n
                    && is_month(t, k, true)
                    && let Some(e) = month_year(t, k)
                {
                    return Some((e, "date-part-month"));
                }
            }
        }
        // quarters and halves: T1 2019, Q3 2018, H1 2024, S2 2023, Q3
        // FY2023
        // (bytes, not str slices: a 2-byte word may be one non-ASCII char)
        if let [b't' | b'q', b'1'..=b'4'] | [b'h' | b's', b'1' | b'2'] = f.as_bytes()
            && i + 1 < n
        {
            if is_year(t, i + 1) {
                return Some((i + 2, "date-quarter"));
            }
            if let Some(e) = fiscal_year(t, i + 1) {
                return Some((e, "date-quarter"));
            }
        }
        if let Some(e) = fiscal_year(t, i) {
            return Some((e, "date-fiscal"));
        }
    }
    // "the September quarter", "the June half": a quarter named by its
    // last month, as Australian and fiscal reports write it
    if tok.kind == Tk::Word
        && is_month(t, i, true)
        && t.fold(i).len() > 3
        && t.toks
            .get(i + 1)
            .is_some_and(|x| x.kind == Tk::Word && x.has(LOWER))
        && matches!(t.fold(i + 1), "quarter" | "half")
    {
        return Some((year_after(t, i + 2).unwrap_or(i + 2), "date-quarter"));
    }
    // [weekday] [day] month [year]
    let mut k = i;
    let weekday = tok.kind == Tk::Word && tok.lex.flags & WEEKDAY != 0;
    // (a weekday ending a line is a date of its own: "until Friday\n\nMay 2")
    if weekday && t.toks.get(k + 1).is_some_and(|x| x.gap & NL == 0) {
        k += 1;
        if k < n && t.toks[k].kind == Tk::Punct(',') {
            k += 1;
        }
    }
    // "1er janvier" (the ordinal's letters are a token of their own)
    // ("1 er avril": some typesetting puts a space before the letters)
    let day_end = if k + 1 < n
        && t.toks[k].kind == Tk::Num
        && (t.toks[k + 1].gap == 0
            || t.surf(k) == "1"
                && t.toks[k + 1].gap & NL == 0
                && matches!(t.fold(k + 1), "er" | "re"))
        && matches!(t.fold(k + 1), "er" | "re" | "st" | "nd" | "rd" | "th")
    {
        k + 2
    } else if k + 2 < n
        && t.toks[k].kind == Tk::Num
        && t.toks[k + 1].kind == Tk::Punct('-')
        && t.toks[k + 1].gap == 0
        && t.toks[k + 2].gap == 0
        && t.toks[k + 2].has(CAP)
    {
        // "le 14-Juillet", "le 11-Septembre": a day named by its date
        k + 2
    } else if k + 2 < n
        && t.toks[k].kind == Tk::Word
        && t.toks[k].has(DIGIT)
        && t.fold(k + 1) == "of"
        && is_day(t, k)
        && is_month(t, k + 2, true)
    {
        // "the 3rd of March": an English ordinal day "of" its month
        k + 2
    } else {
        k + 1
    };
    // "5-7 juin", "12–14 March 2019": days that share a month
    let dash_glued = |d: usize| {
        d + 1 < n
            && matches!(t.toks[d].kind, Tk::Punct('-' | '–'))
            && t.toks[d].gap == 0
            && t.toks[d + 1].gap == 0
    };
    // ("9 - 11 May, 2012": spaced, on one line)
    let dash_spaced = |d: usize| {
        d + 1 < n
            && matches!(t.toks[d].kind, Tk::Punct('-' | '–'))
            && t.toks[d].gap & NL == 0
            && t.toks[d + 1].gap & NL == 0
    };
    if k + 3 < n
        && t.toks[k].kind == Tk::Num
        && (dash_glued(k + 1) || dash_spaced(k + 1))
        && is_day(t, k)
        && is_day(t, k + 2)
        && is_month(t, k + 3, true)
    {
        // ("9 - 11 May, 2012")
        return Some((after_year(t, k + 3), "date-range"));
    }
    if k < n && is_day(t, k) && day_end < n && is_month(t, day_end, true) {
        return Some((after_year(t, day_end), "date-day-month"));
    }
    // "Nov. 4, 2019": an abbreviated month's full stop
    let abbr_dot = k + 2 < n
        && t.toks[k + 1].kind == Tk::Punct('.')
        && t.toks[k + 1].gap == 0
        && t.toks[k + 2].gap & NL == 0
        && t.fold(k).len() <= 4;
    let k_day = if abbr_dot { k + 2 } else { k + 1 };
    // ("Sept. 7": AP's September, not the French seven)
    let sept = abbr_dot && t.surf(k) == "Sept";
    // English: [weekday,] Month day[, year]
    if k_day < n
        && (is_month(t, k, true) || sept)
        && t.toks[k].has(CAP)
        && is_day(t, k_day)
        && !at(t, k_day + 1, super::lexicon::SCALE)
    {
        let mut e = k_day + 1;
        // "May 2, 3, and 4": a list of days sharing the month
        let mut l = e;
        while l + 1 < n
            && t.toks[l].kind == Tk::Punct(',')
            && t.toks[l + 1].kind == Tk::Num
            && is_day(t, l + 1)
            && l - e < 24
        {
            l += 2;
        }
        let listed = l > e
            && l + 1 < n
            && t.toks[l].kind == Tk::Punct(',')
            && matches!(t.fold(l + 1), "and" | "or")
            && l + 2 < n
            && t.toks[l + 2].kind == Tk::Num
            && is_day(t, l + 2);
        // "June 5-7"
        if listed {
            e = l + 3;
        } else if dash_glued(e) && is_day(t, e + 1) {
            e += 2;
        } else if e + 1 < n
            && t.toks[e].kind == Tk::Word
            && matches!(t.fold(e), "and" | "or")
            && t.toks[e + 1].kind == Tk::Num
            && is_day(t, e + 1)
            && t.toks.get(e + 2).is_none_or(|x| {
                matches!(x.kind, Tk::Punct(_))
                    || is_year(t, e + 2)
                    || x.kind == Tk::Word && x.lex.flags & CLOSED != 0
            })
        {
            // "December 1 and 2, 2004", "Dec. 20 or 21": days that share
            // a month
            e += 2;
        }
        if e + 1 < n && t.toks[e].kind == Tk::Punct(',') && is_year(t, e + 1) {
            e += 2;
        } else if e < n && is_year(t, e) {
            e += 1;
        }
        return Some((e, "date-month-day"));
    }
    if weekday {
        let weekday_word = |m: usize| {
            t.toks
                .get(m)
                .is_some_and(|z| z.kind == Tk::Word && z.lex.flags & WEEKDAY != 0)
        };
        // "le samedi 11, …": a French weekday and its day, the month
        // understood (not a count: "lundi 6 blessés")
        if k == i + 1
            && k < n
            && t.toks[k].gap & NL == 0
            && t.toks[k].gap != 0
            && matches!(
                t.fold(i),
                "lundi" | "mardi" | "mercredi" | "jeudi" | "vendredi" | "samedi" | "dimanche"
            )
            && is_day(t, k)
            // (then a stop, or another day: "samedi 11 et dimanche 12",
            // "dimanche 14 à lundi 15"; not a score or a count: "mardi 3 à
            // 0", "lundi 5 des 12 suspects")
            && t.toks.get(k + 1).is_none_or(|x| {
                matches!(x.kind, Tk::Punct(',' | '.' | ';' | ':' | ')' | '!' | '?'))
                    // ("le lundi 6 avec Roch Voisine", "samedi 11 à Lorient",
                    // "dimanche 14 à lundi 15")
                    || x.kind == Tk::Word
                        && matches!(
                            t.fold(k + 1),
                            "avec" | "dans" | "pour" | "en" | "lors" | "chez" | "apres" | "avant"
                                | "puis" | "a" | "au" | "aux"
                        )
                        && t.toks.get(k + 2).is_none_or(|y| y.kind != Tk::Num)
                    // ("samedi 11 et dimanche 12", "… et le dimanche 12")
                    || x.kind == Tk::Word
                        && matches!(t.fold(k + 1), "et" | "ou")
                        && (weekday_word(k + 2)
                            || k + 3 < n
                                && matches!(t.fold(k + 2), "le" | "du")
                                && weekday_word(k + 3))
            })
        {
            // "dimanche 14 à lundi 15 octobre": a range
            if k + 2 < n
                && matches!(t.fold(k + 1), "a" | "au")
                && let Some((e, rule)) = date_at(t, k + 2)
                && (rule.starts_with("date-weekday-day")
                    || rule == "date-day-month" && weekday_word(k + 2))
            {
                return Some((e, "date-range"));
            }
            return Some((k + 1, "date-weekday-day"));
        }
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
        return Some((year_span(t, i), "date-year"));
    }
    None
}

/// A range of two dates opened by "between"/"entre"/"from"/"du"/"de" at `i`
/// ("between April and June", "entre mars 2011 et mai 2012", "from 2004 to
/// 2009", "between May and June of 2008", "du 3 mars au 9 avril 2024", "de
/// 1949 à 1952"):
/// one date, as its end token (the caller leaves "from", "du" and "de"
/// out of the mention).
fn opened_range(t: &Tokens, i: usize, used: &[bool]) -> Option<usize> {
    let opener = t.fold(i);
    if !matches!(opener, "between" | "entre" | "from" | "du" | "de") || t.toks[i].kind != Tk::Word {
        return None;
    }
    // "entre le 13 octobre 2012 et le 20 janvier 2013": each date with
    // its article
    let le = |k: usize| {
        opener == "entre"
            && t.toks.get(k).is_some_and(|x| x.kind == Tk::Word)
            && t.fold(k) == "le"
            && t.toks.get(k + 1).is_some_and(|x| x.kind == Tk::Num)
    };
    let first = if le(i + 1) { i + 2 } else { i + 1 };
    if used.get(first).is_none_or(|u| *u) {
        return None;
    }
    // "du 22 au 24 juin 2012", "between 3 and 5 June": a bare day, then
    // the date it shares the month with
    // (read once: "de", among the commonest French words, opens no date
    // most of the time)
    let first_date = date_at(t, first);
    let e1 = match first_date {
        Some((e1, _)) => e1,
        None if is_day(t, first) => first + 1,
        None => return None,
    };
    let bare_day = first_date.is_none();
    // ("de 1949 à 1952", "de mars à juin": two dates, no bare day, "de 3
    // à 5 jours" is no date; no weekday, "la nuit de vendredi à samedi"
    // is the night's)
    if opener == "de" && (bare_day || first_date.is_some_and(|(_, r)| r.contains("weekday"))) {
        return None;
    }
    let joined = t.toks.get(e1).is_some_and(|w| {
        w.kind == Tk::Word
            && match opener {
                "from" => matches!(t.fold(e1), "to" | "until" | "through" | "till"),
                "du" => t.fold(e1) == "au",
                "de" => t.surf(e1) == "à",
                _ => matches!(t.fold(e1), "and" | "et"),
            }
    });
    let second = if first > i + 1 && le(e1 + 1) {
        e1 + 2
    } else {
        e1 + 1
    };
    if !joined || used.get(second).is_none_or(|u| *u) {
        return None;
    }
    if bare_day {
        let (e2, rule) = date_at(t, second)?;
        return rule.starts_with("date-day").then_some(e2);
    }
    let e2 = date_at(t, second)
        .map(|(e, _)| e)
        .or_else(|| paired_month(t, second))?;
    Some(year_after_month(t, e2))
}

/// A month at `k` that a range or a coordination has announced, short
/// names included ("between March and May"): its end token, with its year.
fn paired_month(t: &Tokens, k: usize) -> Option<usize> {
    if k >= t.len() || !is_month(t, k, true) || t.fold(k).len() < 3 {
        return None;
    }
    Some(if k + 1 < t.len() && is_year(t, k + 1) {
        k + 2
    } else {
        k + 1
    })
}

/// Two months joined by "and"/"et"/"or"/"ou" at `i`, the second with its
/// year or not ("October and November", "mai et juin 2012"): one date, as
/// its end token.
fn coordinated_months(t: &Tokens, i: usize, used: &[bool]) -> Option<usize> {
    if !is_month(t, i, false) || i + 1 < t.len() && is_year(t, i + 1) {
        return None;
    }
    let joined = t
        .toks
        .get(i + 1)
        .is_some_and(|w| w.kind == Tk::Word && matches!(t.fold(i + 1), "and" | "et" | "or" | "ou"));
    if !joined || used.get(i + 2).is_none_or(|u| *u) {
        return None;
    }
    Some(year_after_month(t, paired_month(t, i + 2)?))
}

/// Two years joined by "and"/"et"/"or"/"ou" at `i` ("in 2012 and 2013"):
/// one date, as its end token. Not the last two of a list ("2002, 2003,
/// 2009 et 2010" are four dates).
fn coordinated_years(t: &Tokens, i: usize, used: &[bool]) -> Option<usize> {
    let listed = i > 0 && t.toks[i - 1].kind == Tk::Punct(',');
    let joined = t
        .toks
        .get(i + 1)
        .is_some_and(|w| w.kind == Tk::Word && matches!(t.fold(i + 1), "and" | "et" | "or" | "ou"));
    (!listed && joined && is_year(t, i) && i + 2 < t.len() && !used[i + 2] && is_year(t, i + 2))
        .then_some(i + 3)
}

/// Two decades joined by "and"/"or" at `i` ("the 1970s and 1980s", "the
/// 1990s and early 2000s"): one date, as its end token.
fn coordinated_decades(t: &Tokens, i: usize, used: &[bool]) -> Option<usize> {
    if i > 0 && t.toks[i - 1].kind == Tk::Punct(',') {
        return None;
    }
    let c = decade_at(t, i)?;
    let joined = t
        .toks
        .get(c)
        .is_some_and(|w| w.kind == Tk::Word && matches!(t.fold(c), "and" | "et" | "or" | "ou"));
    let mut k = c + 1;
    if !joined || k >= t.len() || used[k] {
        return None;
    }
    if t.toks[k].lex.flags & DATE_MOD != 0 {
        k += 1;
    }
    (k < t.len() && !used[k]).then(|| decade_at(t, k)).flatten()
}

/// Two weekdays joined by "à"/"au"/"to"/"through" at `i` ("la nuit de
/// vendredi à samedi", "Friday to Sunday"): one date, as its end token.
fn weekday_range(t: &Tokens, i: usize, used: &[bool]) -> Option<usize> {
    (at(t, i, WEEKDAY)
        && t.toks.get(i + 1).is_some_and(|w| {
            w.kind == Tk::Word && matches!(t.fold(i + 1), "a" | "au" | "to" | "through")
        })
        && i + 2 < t.len()
        && !used[i + 2]
        && at(t, i + 2, WEEKDAY))
    .then_some(i + 3)
}

/// A date ending with a bare month at `e - 1` followed by "of 2007": where
/// it ends with the year.
fn year_after_month(t: &Tokens, e: usize) -> usize {
    let month_last = e > 0 && t.toks[e - 1].lex.flags & MONTH != 0;
    match year_after(t, e) {
        Some(y) if month_last && matches!(t.fold(e), "of" | "de") => y,
        _ => e,
    }
}

/// A word of two bytes that [`date_at`] may read as a date's start, when
/// none of the lexicon's flags that [`find`] tests says so: a quarter
/// ("T1", "Q3", "H1") or an ordinal ("2e") has a digit; "de", "du" open a
/// range of months ("de mars à mai 2019"). Any other two-letter word
/// ("la", "in", "et") starts none: [`date_at`] is not asked (most tokens
/// of a text are such words).
fn two_letters_opening_a_date(t: &Tokens, i: usize) -> bool {
    let f = t.fold(i);
    f.len() == 2 && (t.toks[i].has(DIGIT) || matches!(f, "de" | "du"))
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
                let f = t.fold(i);
                tok.lex.flags & (MONTH | WEEKDAY | DATE_MOD | OF) != 0
                    || f.starts_with("mi")
                    || f.starts_with("end-")
                    || tok.has(DIGIT) && f.ends_with('s')
                    // "15th May": a day's English ordinal
                    || tok.has(DIGIT) && is_day(t, i)
                    || matches!(f, "annees" | "fiscal")
                    || f == "sept" && tok.has(CAP)
                    || f.starts_with("fy")
                    || two_letters_opening_a_date(t, i)
                    || tok.lex.flags & PERIOD != 0
            }
            _ => false,
        };
        // "9 et 10 juillet", "16 and 17 June": days that share a month
        let shared = shared_month(t, i)
            .filter(|&next| !used[next])
            .and_then(|next| date_at(t, next))
            .filter(|(_, rule)| rule.starts_with("date-day"));
        let range = if tok.kind == Tk::Word && tok.lex.flags & CLOSED != 0 {
            opened_range(t, i, used).map(|e| (e, "date-range"))
        } else if cheap {
            coordinated_months(t, i, used)
                .or_else(|| coordinated_years(t, i, used))
                .or_else(|| coordinated_decades(t, i, used))
                .or_else(|| weekday_range(t, i, used))
                .map(|e| (e, "date-range"))
        } else {
            None
        };
        if let Some((e, rule)) = range
            .or(shared)
            .or_else(|| if cheap { date_at(t, i) } else { None })
        {
            // (a relative word is no part of it: "mai dernier", "last
            // Friday", "June last year" give the month or the day alone,
            // the minimal span the blind sets label)
            let e = e.min(t.len());
            let mut s = i;
            // "du 6 au 10 mars", "de 1996 à 2001", "from 2001 to 2003":
            // the range's opening preposition is no part of it (the blind
            // sets label "6 au 10 mars", "2001 to 2003"; "between" stays,
            // as they label)
            if rule == "date-range"
                && t.toks[i].kind == Tk::Word
                && matches!(t.fold(i), "du" | "de" | "from")
                && i + 1 < e
            {
                s = i + 1;
            }
            // "between 7-9 December", "from 1976-78": a range in figures
            // keeps its opening preposition, as one in words does
            if s > 0
                && !used[s - 1]
                && t.toks[s - 1].kind == Tk::Word
                && matches!(t.fold(s - 1), "between" | "from")
                && (s..e)
                    .any(|k| matches!(t.toks[k].kind, Tk::Punct('-' | '–')) && t.toks[k].gap == 0)
                // (days of a month leave "from" out: "from April 9-15",
                // "from 28-30 March" give "April 9-15", "28-30 March")
                && (t.fold(s - 1) == "between"
                    || (s..e).all(|k| t.toks[k].lex.flags & MONTH == 0))
            {
                s -= 1;
            }
            // "the '70s": a short decade keeps its apostrophe
            if rule == "date-decade"
                && s == i
                && s > 0
                && !used[s - 1]
                && matches!(t.toks[s - 1].kind, Tk::Punct('\'' | '’'))
                && t.toks[s].gap == 0
                && t.toks[s].kind == Tk::Word
                && t.fold(s).len() == 3
            {
                s -= 1;
            }
            used[s..e].iter_mut().for_each(|u| *u = true);
            out.push(Found::new(t, s, e, EntityKind::Date, rule, None));
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

    /// The date surfaces of `text`.
    fn dates(text: &str, lang: Lang) -> Vec<String> {
        let es = extract(text, lang);
        let map = crate::model::text::CharMap::new(text);
        es.iter()
            .filter(|m| m.kind == EntityKind::Date)
            .map(|m| {
                text[map.byte_of(text, m.start as usize)..map.byte_of(text, m.end as usize)]
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn two_coordinated_years_and_a_weekday_range_are_one_date() {
        assert_eq!(
            dates(
                "Sales fell in 2015 and 2016, and again in 2019.",
                Lang::English
            ),
            ["2015 and 2016", "2019"]
        );
        assert_eq!(
            dates(
                "Dans la nuit de jeudi à vendredi, après 1998, 1999 et 2004, il a gagné.",
                Lang::French
            ),
            ["jeudi à vendredi", "1998", "1999", "2004"]
        );
    }

    #[test]
    fn a_french_day_range_opened_by_du_is_one_date() {
        // (without its "du", as the blind sets since fresh13 label it)
        assert_eq!(
            dates(
                "Le salon se tiendra du 3 mars au 9 avril 2031, puis le 2 mai.",
                Lang::French
            ),
            ["3 mars au 9 avril 2031", "2 mai"]
        );
    }

    #[test]
    fn shared_months_belong_to_the_date_and_relative_words_do_not() {
        let fr = dates(
            "Les 9 et 10 juillet, puis en mai dernier et mardi prochain, il a plu.",
            Lang::French,
        );
        for d in ["9 et 10 juillet", "mai", "mardi"] {
            assert!(fr.iter().any(|x| x == d), "{d}: {fr:?}");
        }
        assert!(
            !fr.iter()
                .any(|x| x.contains("dernier") || x.contains("prochain")),
            "{fr:?}"
        );
        let en = dates("On 16 and 17 June the talks went on.", Lang::English);
        assert!(en.iter().any(|x| x == "16 and 17 June"), "{en:?}");
    }

    #[test]
    fn relative_words_stay_out_and_early_in_a_year_stays_in() {
        let got = dates(
            "Sales fell in October last year and rose on Tuesday next week and last Friday; the plant opened early in 2019 and closed late in March.",
            Lang::English,
        );
        for d in [
            "October",
            "Tuesday",
            "Friday",
            "early in 2019",
            "late in March",
        ] {
            assert!(got.contains(&d.to_string()), "{d}: {got:?}");
        }
        assert!(
            !got.iter().any(|d| d.contains("last") || d.contains("next")),
            "{got:?}"
        );
        let got = dates(
            "Les ventes ont chuté en octobre dernier, au début de 2019.",
            Lang::French,
        );
        assert!(got.contains(&"octobre".to_string()), "{got:?}");
    }

    #[test]
    fn may_after_a_preposition_is_a_month_but_not_a_name() {
        let en = dates(
            "In May, the minister resigned. Trust in May's plan fell as Theresa May spoke.",
            Lang::English,
        );
        assert_eq!(en, vec!["May".to_string()], "{en:?}");
    }

    #[test]
    fn quarters_halves_seasons_and_ordinal_days() {
        let fr = dates(
            "Au troisième trimestre 2020, puis au 3e trimestre 2021 et au premier semestre de \
             l'année 2022. Le 1er janvier 2022, au printemps 2012, saison 2017/18.",
            Lang::French,
        );
        for d in [
            "troisième trimestre 2020",
            "3e trimestre 2021",
            "premier semestre de l'année 2022",
            "1er janvier 2022",
            "printemps 2012",
            "2017/18",
        ] {
            assert!(fr.contains(&d.to_string()), "{d}: {fr:?}");
        }
        let en = dates(
            "In the third quarter of 2020 and first-quarter 2021, on Nov. 4, 2019, in summer 2018.",
            Lang::English,
        );
        for d in [
            "third quarter of 2020",
            "first-quarter 2021",
            "Nov. 4, 2019",
            "summer 2018",
        ] {
            assert!(en.contains(&d.to_string()), "{d}: {en:?}");
        }
        // a quarter with no year names no unit: no date
        let none = dates("Le premier trimestre de son exercice décalé.", Lang::French);
        assert!(none.is_empty(), "{none:?}");
    }

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

    #[test]
    fn decades_and_parts_of_a_month() {
        let fr = dates(
            "Dans la deuxième partie des années 1970, puis les années 80, et fin des années \
             1990. Il fera chaud pendant la deuxième quinzaine d’août.",
            Lang::French,
        );
        assert_eq!(
            fr,
            [
                "deuxième partie des années 1970",
                "années 80",
                "fin des années 1990",
                "deuxième quinzaine d’août"
            ]
        );
        let en = dates(
            "In the 1990s and the '80s, the early 2000s, the second week of March. He owns 80s \
             records.",
            Lang::English,
        );
        assert_eq!(en, ["1990s", "'80s", "early 2000s", "second week of March"]);
    }

    #[test]
    fn day_ranges_and_days_named_by_their_date() {
        let fr = dates(
            "Le salon a lieu les 5-7 juin, puis les 12–14 mars 2020. Le 14-Juillet approche.",
            Lang::French,
        );
        assert_eq!(fr, ["5-7 juin", "12–14 mars 2020", "14-Juillet"]);
        let en = dates("The event runs June 5-7, 2019. A 2-1 win.", Lang::English);
        assert_eq!(en, ["June 5-7, 2019"]);
    }

    #[test]
    fn fiscal_years() {
        let en = dates(
            "Revenue for FY2021 and FY 2022 rose, and Q3 FY2023 too, as in fiscal year 2020 \
             and fiscal 2019. Fiscal policy matters.",
            Lang::English,
        );
        assert_eq!(
            en,
            [
                "FY2021",
                "FY 2022",
                "Q3 FY2023",
                "fiscal year 2020",
                "fiscal 2019"
            ]
        );
    }
}

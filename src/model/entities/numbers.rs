//! French and English number grammar: digit groups (`40.000`, `4 000`,
//! `50,18`, `1,000.5`), number words (`quatre`, `vingt-cinq`, `two`),
//! scales (`3 milliards 600 millions`, `un demi-milliard`, `16 millions 400
//! mille`) and approximations (`une quinzaine`).

use super::lexicon::{self, APPROX, CLOSED, CURRENCY, NUMWORD, SCALE, TIME_UNIT};
use super::tokens::{CAP, DIGIT, LOWER, NL, ONE, SP, Tk, Tokens};
use crate::model::lang::Lang;

/// A number read at some token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    /// First token after the number.
    pub end: usize,
    pub value: f64,
    /// Written with digits (not words).
    pub digits: bool,
    /// A bare 4-digit number that reads as a year (1000..=2100).
    pub year_like: bool,
    /// Has a scale or approximation word (`millions`, `quinzaine`).
    pub scaled: bool,
    /// The last scale word had a glued `de` (`millionsde`).
    pub glued_of: bool,
    /// Written with a glued scale letter (`20m`, `3bn`): money only, as
    /// `20m` alone may be metres.
    pub glued_scale: bool,
}

/// `3bn`, `20m`, `05m`: (digits value, digit count, scale).
pub fn digits_scale(s: &str) -> Option<(f64, usize, f64)> {
    let d = s.bytes().take_while(|b| b.is_ascii_digit()).count();
    if d == 0 || d == s.len() {
        return None;
    }
    let scale = super::measures::glued_scale(&s[d..].to_ascii_lowercase())?;
    Some((digits_value(&s[..d]), d, scale))
}

fn digits_value(s: &str) -> f64 {
    s.parse::<f64>().unwrap_or(0.0)
}

/// Reads a number at token `i`, or `None`.
pub fn parse(t: &Tokens, i: usize, lang: Lang) -> Option<Number> {
    let toks = &t.toks;
    let tok = toks.get(i)?;
    let mut glued_scale = None;
    let (mut j, mut value, digits, year_like) = match tok.kind {
        Tk::Num => {
            let first = t.surf(i);
            let mut value = digits_value(first);
            let mut j = i + 1;
            let mut groups = 0;
            let mut decimal = false;
            // thousands groups with a space
            if first.len() <= 3 {
                while j < toks.len()
                    && toks[j].kind == Tk::Num
                    && toks[j].gap & ONE != 0
                    && toks[j].len() == 3
                    && groups < 6
                {
                    value = value * 1000.0 + digits_value(t.surf(j));
                    j += 1;
                    groups += 1;
                }
            }
            // dot or comma groups and decimals
            while j + 1 < toks.len()
                && toks[j].gap == 0
                && toks[j + 1].gap == 0
                && (toks[j + 1].kind == Tk::Num
                    || toks[j + 1].kind == Tk::Word && digits_scale(t.surf(j + 1)).is_some())
                && matches!(toks[j].kind, Tk::Punct('.') | Tk::Punct(','))
            {
                let sep = if toks[j].kind == Tk::Punct('.') {
                    '.'
                } else {
                    ','
                };
                let next = t.surf(j + 1);
                let thousands = groups == 0 && first.len() <= 3 || groups > 0;
                let is_group = next.len() == 3
                    && thousands
                    && !decimal
                    && match sep {
                        '.' => lang != Lang::English,
                        _ => lang == Lang::English,
                    };
                if is_group {
                    value = value * 1000.0 + digits_value(next);
                    groups += 1;
                } else if !decimal && toks[j + 1].kind == Tk::Word {
                    // "20.05m": decimals with a glued scale
                    let Some((v, n, sc)) = digits_scale(next) else {
                        break;
                    };
                    value += v / 10f64.powi(n.min(300) as i32);
                    glued_scale = Some(sc);
                    j += 2;
                    break;
                } else if !decimal {
                    let frac = digits_value(next) / 10f64.powi(next.len().min(300) as i32);
                    value += frac;
                    decimal = true;
                } else {
                    break;
                }
                j += 2;
            }
            let year_like =
                groups == 0 && !decimal && first.len() == 4 && (1000.0..=2100.0).contains(&value);
            (j, value, true, year_like)
        }
        Tk::Word if tok.has(super::tokens::DIGIT) => {
            let (v, _, sc) = digits_scale(t.surf(i))?;
            glued_scale = Some(sc);
            (i + 1, v, true, false)
        }
        Tk::Word if tok.lex.flags & NUMWORD != 0 || tok.has(super::tokens::HYPHEN) => {
            let (v, j) = word_number(t, i, lang)?;
            (j, v, false, false)
        }
        // "mille emplois": the scale alone is the number
        Tk::Word if t.fold(i) == "mille" && !tok.has(super::tokens::CAP) => (i, 1.0, false, false),
        // "half a million dollars", "half a dozen"
        Tk::Word if t.fold(i) == "half" && lang != Lang::French => {
            let a = toks.get(i + 1)?;
            let n = toks.get(i + 2)?;
            if a.kind != Tk::Word
                || !matches!(t.fold(i + 1), "a" | "an")
                || n.lex.flags & (SCALE | APPROX) == 0
            {
                return None;
            }
            (i + 2, 0.5, false, false)
        }
        Tk::Word if matches!(t.fold(i), "a" | "an") && lang != Lang::French => {
            // "a billion", "a dozen"
            let n = toks.get(i + 1)?;
            if n.lex.flags & (SCALE | APPROX) == 0 {
                return None;
            }
            (i + 1, 1.0, false, false)
        }
        _ => return None,
    };
    let mut scaled = false;
    let mut glued_of = false;
    let mut last_scale = f64::INFINITY;
    let mut base = 0.0;
    while let Some(n) = toks.get(j) {
        // (a scale word on the next line is no part of it)
        if n.kind != Tk::Word || n.gap & NL != 0 {
            break;
        }
        let f = t.fold(j);
        let (sv, glued) = if n.lex.flags & (SCALE | APPROX) != 0 {
            (n.lex.val, false)
        } else if let Some(stem) = f.strip_suffix("de") {
            let l = lexicon::lookup(stem);
            if l.flags & SCALE != 0 {
                (l.val, true)
            } else {
                break;
            }
        } else {
            break;
        };
        if sv >= last_scale {
            break;
        }
        value *= sv;
        scaled = true;
        last_scale = sv;
        j += 1;
        if glued {
            glued_of = true;
            break;
        }
        // "3 milliards 600 millions": a smaller number and scale follow
        if let Some(next) = toks.get(j)
            && next.kind == Tk::Num
            && let Some(m) = toks.get(j + 1)
            && m.kind == Tk::Word
            && m.lex.flags & SCALE != 0
            && m.lex.val < sv
        {
            base += value;
            value = digits_value(t.surf(j));
            j += 1;
            continue;
        }
        break;
    }
    value += base;
    if let Some(sc) = glued_scale {
        value *= sc;
        scaled = true;
    }
    // an article is no count, but "une seule femme", "un seul médecin"
    // stresses one
    let stressed = j == i + 1
        && toks
            .get(j)
            .is_some_and(|n| n.kind == Tk::Word && matches!(t.fold(j), "seul" | "seule"));
    let counted = stressed || lang == Lang::English && counted_one(t, i);
    if !digits && !scaled && matches!(t.fold(i), "un" | "une" | "one" | "a" | "an") && !counted {
        return None;
    }
    Some(Number {
        end: j,
        value,
        digits,
        year_like: year_like && !scaled,
        scaled,
        glued_of,
        glued_scale: glued_scale.is_some(),
    })
}

/// English "one" at `i` counting what follows ("one controller and one
/// supervisor", "one vote"), not a pronoun or a determiner's word ("no
/// one", "the one", "one of", "one another", "One could"): no determiner
/// before it and a plain lower-case word after it, one space away (the
/// head's own tests follow in the quantity rules).
fn counted_one(t: &Tokens, i: usize) -> bool {
    if t.fold(i) != "one" {
        return false;
    }
    let before = i.checked_sub(1).is_some_and(|p| {
        t.toks[p].kind == Tk::Word
            && matches!(
                t.fold(p),
                "the"
                    | "no"
                    | "any"
                    | "every"
                    | "each"
                    | "this"
                    | "that"
                    | "which"
                    | "what"
                    | "such"
                    | "another"
                    | "a"
                    | "an"
                    | "some"
                    | "at"
                    | "than"
                    | "as"
                    | "s"
            )
    });
    let after = t.toks.get(i + 1).is_some_and(|n| {
        n.kind == Tk::Word
            && n.has(LOWER)
            && !n.has(CAP | DIGIT)
            && n.gap & (SP | NL) == SP
            && n.lex.flags & (CLOSED | NUMWORD | CURRENCY | TIME_UNIT) == 0
            // (a verb after the pronoun: "one gets", "one invests")
            && (!t.fold(i + 1).ends_with('s') || t.fold(i + 1).ends_with("ss"))
            && !matches!(
                t.fold(i + 1),
                "another"
                    | "more"
                    | "thing"
                    | "way"
                    | "time"
                    | "point"
                    | "side"
                    | "hand"
                    | "could"
                    | "would"
                    | "should"
                    | "must"
                    | "might"
                    | "may"
                    | "can"
                    | "will"
                    | "cannot"
                    | "needs"
                    | "wonders"
                    | "said"
                    | "says"
                    | "made"
                    | "told"
                    | "went"
                    | "came"
                    | "took"
                    | "got"
                    | "goes"
                    | "out"
                    | "added"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "night"
            )
            // (an abstract noun counts nothing: "on one occasion", "one
            // scenario", "one instance")
            && ![
                "tion", "sion", "ance", "ence", "ity", "ment", "ness", "ario", "ing", "ed",
            ]
            .iter()
            .any(|x| t.fold(i + 1).ends_with(x))
    });
    // (the counted noun is that word: an adjective before another is
    // left alone, "one senior official")
    let ends = t.toks.get(i + 2).is_none_or(|n| {
        n.kind != Tk::Word || n.gap & (SP | NL) != SP || n.lex.flags & CLOSED != 0 || n.has(CAP)
    });
    !before && after && ends
}

/// A number written in words, possibly hyphenated (`vingt-cinq`,
/// `quatre-vingts`, `twenty-one`), as (value, end token).
fn word_number(t: &Tokens, i: usize, lang: Lang) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut cur = 0.0;
    let mut j = i;
    let mut any = false;
    // French number words that are English words ("seize control", "Sept.
    // 3", "a cent") count in French only
    if lang == Lang::English && matches!(t.fold(i), "seize" | "sept" | "cent" | "cents" | "une") {
        return None;
    }
    while j < t.toks.len() && t.toks[j].kind == Tk::Word && j - i < 6 {
        if j > i && t.toks[j].lex.flags & NUMWORD == 0 {
            break;
        }
        let f = t.fold(j);
        // English "four cents" is money, not the French "quatre cents"
        if j > i && lang == Lang::English && matches!(f, "cent" | "cents") {
            break;
        }
        let mut ok = true;
        for part in f.split('-') {
            if part == "et" || part == "and" {
                continue;
            }
            let l = lexicon::lookup(part);
            if l.flags & NUMWORD == 0 {
                ok = false;
                break;
            }
            if l.val == 100.0 {
                cur = if cur == 0.0 { 100.0 } else { cur * 100.0 };
            } else if cur > 0.0 && cur % 100.0 == 0.0 || cur >= 20.0 && l.val < 10.0 {
                cur += l.val;
            } else if cur > 0.0 && l.val == 20.0 {
                cur *= 20.0; // quatre-vingts
            } else {
                cur += l.val;
            }
        }
        if !ok {
            break;
        }
        any = true;
        j += 1;
        if t.toks[j - 1].lex.flags & NUMWORD != 0 && matches!(f, "un" | "une" | "one") {
            break;
        }
    }
    total += cur;
    if any { Some((total, j)) } else { None }
}

//! Money, percentages and quantities: a number (see [`super::numbers`])
//! with a currency, a percent sign or word, or a head noun.

use super::lexicon::{
    self, APPROX, CLOSED, CURRENCY, DEFINITE, MONTH, NOT_HEAD, NUMWORD, OF, PERCENT_WORD, PERIOD,
    PRE_ADJ, RANGE, RANK, TIME_UNIT, TITLE, WEEKDAY,
};
use super::numbers::{self, Number};
use super::tokens::{ALLCAPS, CAP, DIGIT, DOT, LOWER, NL, SP, Tk, Tokens};
use super::{EntityKind, Found};
use crate::model::lang::Lang;

fn apos(t: &Tokens, i: usize) -> bool {
    matches!(
        t.toks.get(i).map(|x| x.kind),
        Some(Tk::Punct('\'')) | Some(Tk::Punct('’'))
    )
}

/// After `de`/`d’`/`of` at `i`: the next content token.
fn after_of(t: &Tokens, i: usize) -> Option<usize> {
    let tok = t.toks.get(i)?;
    if tok.kind != Tk::Word || tok.lex.flags & OF == 0 || matches!(t.fold(i), "des" | "du") {
        return None;
    }
    Some(if apos(t, i + 1) { i + 2 } else { i + 1 })
}

/// Whether "pounds" at `i` weighs something: "pounds of propane" (not of
/// money: "pounds of their own money", "pounds of savings"), or "weighing
/// 600 pounds each" (not "fined 100 pounds each").
fn pounds_of_weight(t: &Tokens, i: usize) -> bool {
    let word = |k: usize| t.toks.get(k).is_some_and(|x| x.kind == Tk::Word);
    if !word(i + 1) {
        return false;
    }
    match t.fold(i + 1) {
        "of" => {
            word(i + 2)
                && t.toks[i + 2].has(LOWER)
                && t.toks[i + 2].lex.flags & CLOSED == 0
                && !matches!(
                    t.fold(i + 2),
                    "sterling"
                        | "money"
                        | "savings"
                        | "cash"
                        | "funding"
                        | "income"
                        | "tax"
                        | "taxpayers"
                        | "revenue"
                        | "compensation"
                        | "damages"
                        | "debt"
                        | "public"
                        | "their"
                        | "his"
                        | "her"
                        | "its"
                        | "our"
                        | "my"
                        | "your"
                )
        }
        "each" => (i.saturating_sub(4)..i)
            .any(|k| word(k) && matches!(t.fold(k), "weighing" | "weigh" | "weighs" | "weighed")),
        _ => false,
    }
}

/// A currency word or symbol at `i`: (end, code).
fn currency_at(t: &Tokens, i: usize, scaled: bool) -> Option<(usize, &'static str)> {
    let tok = t.toks.get(i)?;
    match tok.kind {
        Tk::Punct(c) => lexicon::symbol_currency(c).map(|code| {
            // "68,65 $US", "12 $ CA", "71,50 $ américains": the country
            // after the dollar's sign
            let code = if c == '$' {
                match t.toks.get(i + 1).map(|n| (n, t.fold(i + 1))) {
                    Some((n, "us" | "americains")) if n.kind == Tk::Word && n.gap & NL == 0 => {
                        return (i + 2, "USD");
                    }
                    Some((n, "ca" | "can" | "canadiens"))
                        if n.kind == Tk::Word && n.gap & NL == 0 =>
                    {
                        return (i + 2, "CAD");
                    }
                    _ => code,
                }
            } else {
                code
            };
            (i + 1, code)
        }),
        // "US dollars", "U.S. dollars", "Canadian dollars", "Hong Kong
        // dollars"
        Tk::Word
            if matches!(
                t.fold(i),
                "us" | "u.s" | "canadian" | "australian" | "american"
            ) && dollars_after(t, i).is_some() =>
        {
            let code = match t.fold(i) {
                "canadian" => "CAD",
                "australian" => "AUD",
                _ => "USD",
            };
            dollars_after(t, i).map(|j| (j + 1, code))
        }
        // "Swedish kronor", "Danish kroner", "Egyptian pounds": a people's
        // adjective and a currency's word
        Tk::Word
            if t.toks.get(i + 1).is_some_and(|n| {
                n.kind == Tk::Word && n.lex.flags & CURRENCY != 0 && n.gap & NL == 0
            }) && super::names::nationality(t.fold(i)) =>
        {
            let (base, _) = lexicon::CURRENCIES[t.toks[i + 1].lex.cur as usize];
            if base.is_empty() || matches!(base, "CENT" | "GBX") {
                return None;
            }
            Some((i + 2, national_currency(t.fold(i)).unwrap_or(base)))
        }
        // "10 million Korean won": the won with its people's adjective
        // only ("won" alone is a verb)
        Tk::Word
            if t.fold(i) == "korean"
                && t.toks
                    .get(i + 1)
                    .is_some_and(|n| n.kind == Tk::Word && n.gap & NL == 0)
                && t.fold(i + 1) == "won" =>
        {
            Some((i + 2, "KRW"))
        }
        // "couronnes suédoises", "couronne danoise": the crown is a
        // currency with its people's adjective only
        Tk::Word if matches!(t.fold(i), "couronne" | "couronnes") => {
            let code = match t.toks.get(i + 1).map(|_| t.fold(i + 1))? {
                "suedoise" | "suedoises" => "SEK",
                "norvegienne" | "norvegiennes" => "NOK",
                "danoise" | "danoises" => "DKK",
                "islandaise" | "islandaises" => "ISK",
                "tcheque" | "tcheques" => "CZK",
                _ => return None,
            };
            Some((i + 2, code))
        }
        Tk::Word if tok.lex.flags & CURRENCY != 0 => {
            let (code, _) = lexicon::CURRENCIES[tok.lex.cur as usize];
            let f = t.fold(i);
            let next = t.toks.get(i + 1).map(|_| t.fold(i + 1)).unwrap_or("");
            if matches!(f, "livre" | "livres") && next != "sterling" && !scaled {
                return None;
            }
            // "18,000 pounds of propane", "weighing 600 pounds each": a
            // weight
            if matches!(f, "pound" | "pounds") && !scaled && pounds_of_weight(t, i) {
                return None;
            }
            if matches!(f, "cent" | "cents") && tok.has(CAP) {
                return None;
            }
            let mut e = i + 1;
            let mut code = code;
            if matches!(
                next,
                "sterling"
                    | "americains"
                    | "us"
                    | "canadiens"
                    | "australiens"
                    | "suisses"
                    | "hongkongais"
            ) {
                e += 1;
                // ("dollars canadiens" are no US dollars)
                code = match next {
                    "canadiens" => "CAD",
                    "australiens" => "AUD",
                    "hongkongais" => "HKD",
                    _ => code,
                };
            }
            Some((e, code))
        }
        _ => None,
    }
}

/// The code of a currency named by its people's adjective, when the
/// currency's word alone would say another ("Danish kroner" are not
/// Norwegian, "Egyptian pounds" not British).
fn national_currency(adjective: &str) -> Option<&'static str> {
    Some(match adjective {
        "canadian" => "CAD",
        "australian" => "AUD",
        "danish" => "DKK",
        "swedish" => "SEK",
        "norwegian" => "NOK",
        "egyptian" => "EGP",
        "lebanese" => "LBP",
        "syrian" => "SYP",
        "singaporean" => "SGD",
        "taiwanese" => "TWD",
        "jamaican" => "JMD",
        "namibian" => "NAD",
        "zimbabwean" => "ZWL",
        "liberian" => "LRD",
        "argentine" | "argentinian" => "ARS",
        "chilean" => "CLP",
        "colombian" => "COP",
        "philippine" => "PHP",
        "cuban" => "CUP",
        "tunisian" => "TND",
        "algerian" => "DZD",
        "iraqi" => "IQD",
        "jordanian" => "JOD",
        "kuwaiti" => "KWD",
        "libyan" => "LYD",
        "pakistani" => "PKR",
        "sri" => "LKR",
        "nepalese" | "nepali" => "NPR",
        "indonesian" => "IDR",
        "ugandan" => "UGX",
        "tanzanian" => "TZS",
        "icelandic" => "ISK",
        "irish" => "IEP",
        "guinean" => "GNF",
        "cypriot" => "CYP",
        "czech" => "CZK",
        _ => return None,
    })
}

/// A scale abbreviation: "m", "bn", "Md"… → its value.
pub fn glued_scale(f: &str) -> Option<f64> {
    match f {
        "k" => Some(1e3),
        "m" | "mn" | "mio" => Some(1e6),
        "bn" | "md" | "mds" | "mrd" | "mrds" => Some(1e9),
        _ => None,
    }
}

/// A percent sign or word at `i` → end.
fn percent_at(t: &Tokens, i: usize) -> Option<usize> {
    let tok = t.toks.get(i)?;
    if tok.kind == Tk::Punct('%') {
        return Some(i + 1);
    }
    if tok.kind != Tk::Word {
        return None;
    }
    if tok.lex.flags & PERCENT_WORD != 0 {
        return Some(i + 1);
    }
    let f = t.fold(i);
    let word_at = |k: usize, w: &[&str]| {
        t.toks.get(k).is_some_and(|x| x.kind == Tk::Word) && w.contains(&t.fold(k))
    };
    if matches!(f, "pour" | "per") && t.toks.get(i + 1).is_some() && t.fold(i + 1) == "cent" {
        return Some(i + 2);
    }
    // "0.5 percentage point", "1,6 point de pourcentage": a difference of
    // two percentages
    if f == "percentage" && word_at(i + 1, &["point", "points"]) {
        return Some(i + 2);
    }
    if matches!(f, "point" | "points")
        && word_at(i + 1, &["de"])
        && word_at(i + 2, &["pourcentage"])
    {
        return Some(i + 3);
    }
    None
}

/// A fraction written with digits at `i`, glued: "1/4", "1-1/4" (a whole
/// number, a hyphen, then the fraction) → (end, value).
fn fraction_at(t: &Tokens, i: usize) -> Option<(usize, f64)> {
    let num = |k: usize| {
        t.toks
            .get(k)
            .filter(|x| x.kind == Tk::Num && (k == i || x.gap == 0))
            .and_then(|_| t.surf(k).parse::<u32>().ok())
            .map(f64::from)
    };
    let punct = |k: usize, cs: &[char]| {
        t.toks
            .get(k)
            .is_some_and(|x| x.gap == 0 && matches!(x.kind, Tk::Punct(c) if cs.contains(&c)))
    };
    let whole = num(i)?;
    if punct(i + 1, &['/']) {
        let (a, b) = (whole, num(i + 2)?);
        return (b > a && b <= 16.0 && !punct(i + 3, &['/'])).then_some((i + 3, a / b));
    }
    if punct(i + 1, &['-', '\u{2011}', '\u{2010}']) && punct(i + 3, &['/']) {
        let (a, b) = (num(i + 2)?, num(i + 4)?);
        return (b > a && b <= 16.0 && !punct(i + 5, &['/'])).then_some((i + 5, whole + a / b));
    }
    None
}

/// A percentage with a fraction at `i`: "1/4 percent", "1-1/4 percent",
/// and a range that ends with one, "0 to 1/4 percent", "1/2 to 3/4
/// percent" → (end, value of the last number).
fn fraction_percent(t: &Tokens, i: usize) -> Option<(usize, f64)> {
    let first = fraction_at(t, i);
    // the range's second number: a fraction, or a whole one after a
    // fraction ("1/2 to 1 percent")
    let after = first.map_or(i + 1, |(e, _)| e);
    let ranged = t
        .toks
        .get(after)
        .is_some_and(|x| x.kind == Tk::Word && matches!(t.fold(after), "to" | "a"));
    let last = ranged
        .then(|| {
            fraction_at(t, after + 1).or_else(|| {
                first?;
                t.toks.get(after + 1).filter(|x| x.kind == Tk::Num)?;
                Some((after + 2, t.surf(after + 1).parse::<f64>().ok()?))
            })
        })
        .flatten();
    let (e, v) = last.or(first)?;
    percent_at(t, e).map(|end| (end, v))
}

/// A percent written in words with no digits: "one percent", "un pour
/// cent", "half a percent", "a fifth of a percent": (end token, value).
fn percent_in_words(t: &Tokens, i: usize) -> Option<(usize, f64)> {
    const FRACTIONS: [(&str, f64); 5] = [
        ("half", 0.5),
        ("third", 1.0 / 3.0),
        ("quarter", 0.25),
        ("fifth", 0.2),
        ("tenth", 0.1),
    ];
    let word = |k: usize, ws: &[&str]| {
        t.toks
            .get(k)
            .is_some_and(|x| x.kind == Tk::Word && ws.contains(&t.fold(k)))
    };
    let fraction = |k: usize| {
        t.toks
            .get(k)
            .filter(|x| x.kind == Tk::Word)
            .and_then(|_| FRACTIONS.iter().find(|(w, _)| *w == t.fold(k)))
            .map(|(_, v)| *v)
    };
    if !matches!(
        t.fold(i),
        "one" | "un" | "une" | "a" | "an" | "half" | "third" | "quarter" | "fifth" | "tenth"
    ) {
        return None;
    }
    let mut k = i;
    if word(k, &["one", "un", "une"]) && fraction(k + 1).is_none() {
        return percent_at(t, k + 1).map(|e| (e, 1.0));
    }
    if word(k, &["a", "an", "one"]) {
        k += 1;
    }
    let value = fraction(k)?;
    k += 1;
    if word(k, &["of"]) {
        k += 1;
    }
    if !word(k, &["a", "one"]) {
        return None;
    }
    percent_at(t, k + 1).map(|e| (e, value))
}

/// Whether the number at `i` is a rank or sits in a definite or
/// possessive phrase (`numéro 2`, `les deux hommes`, `les 20
/// départements`, `its 15 member states`, `the nation’s 92,000 claims`,
/// `all seven astronauts`), so it isn't a quantity. A
/// scaled amount stays one (`les 10 millions de produits`).
fn excluded_before(t: &Tokens, i: usize, digits: bool, scaled: bool) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let prev = &t.toks[p];
    // "art. 102 al. 2 CP", "al. 1 let. a": a law's article or paragraph
    if prev.kind == Tk::Punct('.') && p > 0 && matches!(t.fold(p - 1), "art" | "al" | "let" | "ch")
    {
        return true;
    }
    let flags = if digits && scaled {
        RANK
    } else {
        RANK | DEFINITE
    };
    if prev.kind == Tk::Word
        && prev.lex.flags & flags != 0
        && !(digits && prev.lex.flags & RANK == 0 && t.fold(p) == "des")
    {
        return true;
    }
    // "10 des 17 ministères", "22 of the 27 states": the second number
    // counts the whole a part is taken from
    let part = match t.fold(p) {
        _ if prev.kind != Tk::Word => None,
        "des" => p.checked_sub(1),
        "the" if p > 0 && t.fold(p - 1) == "of" => p.checked_sub(2),
        _ => None,
    };
    let whole_of_part = part.is_some_and(|q| t.toks[q].kind == Tk::Num);
    // "the nation's 92,000 asylum claims": a possessive is definite
    let possessive = prev.kind == Tk::Word && t.fold(p) == "s" && p > 0 && apos(t, p - 1);
    // "the other two camps" (not "and other 15 shells")
    let the_other = t.fold(p) == "other" && p > 0 && t.toks[p - 1].lex.flags & DEFINITE != 0;
    // "Flight 17 shot down", "Super Bowl 50 halftime", "Chapter 11
    // bankruptcy": a number that ends a name; "2:08 left": a clock's
    // minutes
    // (not before a plural or a unit: "gave Ruutel 68 votes", "rolled
    // his Subaru 6.5 km")
    let counted = || {
        let mut j = i + 1;
        while j < t.len()
            && t.toks[j].gap == 0
            && matches!(t.toks[j].kind, Tk::Num | Tk::Punct('.' | ','))
        {
            j += 1;
        }
        t.toks.get(j).is_some_and(|w| {
            let f = t.fold(j);
            w.kind == Tk::Word && (f.ends_with('s') || f.len() <= 3)
        })
    };
    let name_number = digits
        && prev.kind == Tk::Word
        && prev.has(CAP)
        && !prev.has(ALLCAPS)
        && prev.lex.flags & (MONTH | WEEKDAY | TITLE | CURRENCY | NUMWORD | CLOSED | APPROX) == 0
        && !matches!(
            t.fold(p),
            "almost"
                | "nearly"
                | "about"
                | "some"
                | "over"
                | "around"
                | "roughly"
                | "only"
                | "just"
                | "another"
                | "every"
                | "approximately"
                | "environ"
                | "presque"
        )
        && t.toks[i].gap & (SP | NL) == SP
        && !t.sentence_initial(p)
        && !counted();
    let minutes = prev.kind == Tk::Punct(':')
        && prev.gap == 0
        && t.toks[i].gap == 0
        && p > 0
        && t.toks[p - 1].kind == Tk::Num;
    prev.kind == Tk::Punct('#')
        || whole_of_part
        || possessive
        || the_other
        || name_number
        || minutes
}

/// The head noun of a quantity after a number ending at `j`.
fn head_noun(t: &Tokens, num: &Number, j: usize, lang: Lang) -> Option<usize> {
    let mut k = j;
    let mut after_de = num.glued_of;
    // "16 000 000 d'habitants": a digit number of millions takes "de"
    // like a scaled one
    let big = num.digits && num.value >= 1e6 && !num.year_like;
    if !after_de
        && (num.scaled || !num.digits || big)
        && let Some(n) = after_of(t, k)
    {
        k = n;
        after_de = true;
    }
    if !num.scaled && !big && after_de && !num.glued_of {
        return None;
    }
    // "on three separate occasions", "à deux reprises": how often, no
    // count
    if (k..(k + 3).min(t.len()))
        .any(|w| t.toks[w].kind == Tk::Word && matches!(t.fold(w), "occasions" | "reprises"))
        // "Rule 13a-1 thereunder": a rule's number
        || t.toks.get(k).is_some_and(|x| x.kind == Tk::Word && t.fold(k) == "thereunder")
    {
        return None;
    }
    let mut adjs = 0;
    while let Some(tok) = t.toks.get(k) {
        if tok.kind != Tk::Word || tok.has(super::tokens::DIGIT) {
            return None;
        }
        // a street's number: "6 rue Pierre-Dupont", "12 avenue Foch"
        if adjs == 0
            && matches!(
                t.fold(k),
                "rue" | "avenue" | "boulevard" | "impasse" | "allee" | "quai" | "chemin"
            )
        {
            return None;
        }
        let f = tok.lex.flags;
        if f & PRE_ADJ != 0
            && adjs < 2
            && t.toks
                .get(k + 1)
                .is_some_and(|n| n.kind == Tk::Word && n.gap != 0)
        {
            adjs += 1;
            k += 1;
            continue;
        }
        // a word in -ly: an adjective before the counted noun ("20
        // monthly subscriptions", "five seriously injured people"), an
        // adverb otherwise, with nothing counted ("Internet Explorer 9
        // daily", "406.50 partly")
        if tok.has(LOWER) && t.fold(k).len() > 4 && t.fold(k).ends_with("ly") {
            let noun_after = t
                .toks
                .get(k + 1)
                .is_some_and(|n| n.kind == Tk::Word && n.has(LOWER) && n.gap & (SP | NL) == SP);
            if adjs < 2 && noun_after {
                adjs += 1;
                k += 1;
                continue;
            }
            return None;
        }
        // an English participle before a plural noun: "4,208 affected
        // consumers", "seven affiliated entities", "500 arrested
        // protestors" (not "two hundred years")
        if lang == Lang::English
            && adjs < 2
            && tok.has(LOWER)
            && !tok.has(CAP)
            && t.fold(k).len() > 4
            && t.fold(k).ends_with("ed")
            && t.fold(k) != "hundred"
            && t.toks.get(k + 1).is_some_and(|n| {
                n.kind == Tk::Word
                    && n.has(LOWER)
                    && !n.has(CAP)
                    && n.gap & (SP | NL) == SP
                    && t.fold(k + 1).ends_with('s')
            })
        {
            adjs += 1;
            k += 1;
            continue;
        }
        // a people's name in the plural is what is counted: "deux
        // Polonais", "trois Britanniques convertis", "two Americans" (not
        // "two Swiss banks", "345 Muslim pilgrims": adjectives)
        if tok.has(CAP) && !tok.has(ALLCAPS) && !after_de && adjs == 0 {
            let fk = t.fold(k);
            if fk.ends_with('s') && !fk.ends_with("ss") && super::names::nationality(fk) {
                return Some(k + 1);
            }
            // a common noun in the plural, capitalized in a title or for
            // the country's states: "2,000 Jobs", "32 States", "130
            // Countries", "Three Directors" (not a name's next word:
            // "Windows 10 Pro")
            if lang == Lang::English
                && fk.ends_with('s')
                && !fk.ends_with("ss")
                && super::gazetteer::common_word(fk)
                && super::gazetteer::place(fk).is_none()
                && t.toks
                    .get(k + 1)
                    .is_none_or(|x| !(x.kind == Tk::Word && x.has(CAP) && x.gap & NL == 0))
            {
                return Some(k + 1);
            }
        }
        // an abbreviation in the plural: "197 MPs", "16 more MPs"
        if !after_de && super::names::plural_abbreviation(t.surf(k)) {
            return Some(k + 1);
        }
        // an acronym or a capitalized modifier before a plural head:
        // "3,000 NHS workers", "345 Muslim pilgrims", "five Danish players";
        // a name of two or three words too: "28,000 Andy Warhol
        // photographs", "800 National Health Service staff", "148 million
        // U.S. customers" (annotation is flat: the quantity holds the name)
        let cap_mod = |m: usize| {
            t.toks.get(m).is_some_and(|x| {
                x.kind == Tk::Word
                    && (x.has(ALLCAPS) || x.has(CAP) && t.fold(m).len() > 3 || x.has(DOT))
                    && x.gap & (SP | NL) == SP
                    && x.lex.flags & (CLOSED | TITLE | MONTH | WEEKDAY) == 0
            })
        };
        // (where the plural head after them ends, if any)
        let mods_end = if after_de {
            None
        } else {
            let mut m = k;
            let mut end = None;
            for _ in 0..3 {
                if !cap_mod(m) {
                    break;
                }
                let mut next = m + 1;
                // "U.S. customers": the initials' final point
                if t.toks[m].has(DOT)
                    && t.toks
                        .get(next)
                        .is_some_and(|p| p.kind == Tk::Punct('.') && p.gap == 0)
                {
                    next += 1;
                }
                if plural_noun(t, next) {
                    end = Some(next + 1);
                    break;
                }
                m = next;
            }
            end
        };
        let acronym_mod = mods_end.is_some();
        let ok_shape = tok.has(LOWER) || after_de && tok.has(CAP) || acronym_mod;
        // ("18,000 pounds of propane", "weighing 600 pounds each": a
        // weight, which the money rules leave)
        let weight = matches!(t.fold(k), "pound" | "pounds") && pounds_of_weight(t, k);
        let f = if weight { f & !CURRENCY } else { f };
        if !ok_shape
            || f & (CLOSED | NOT_HEAD | TIME_UNIT | MONTH | CURRENCY | PERCENT_WORD | RANK | PERIOD)
                != 0
            || t.fold(k).len() < 2
            // clock times: "3 p.m."
            || matches!(t.fold(k), "a.m" | "p.m")
        {
            return None;
        }
        if let Some(end) = mods_end {
            return Some(end);
        }
        let fk = t.fold(k);
        // "five trading days", "two consecutive quarters", "deux longues
        // années": a word before a unit of time counts the time, a
        // duration; "107 killed": a past participle is no head
        if t.toks
            .get(k + 1)
            .is_some_and(|n| n.kind == Tk::Word && n.lex.flags & TIME_UNIT != 0)
            // (a compound adjective is none: "20 cannabis-related
            // entities", "five state-owned banks")
            // ("five died": a four-letter past tense too)
            || f == 0
                && fk.len() >= 4
                && fk.ends_with("ed")
                && !fk.ends_with("eed")
                && !(fk.contains('-') && plural_noun(t, k + 1))
        {
            return None;
        }
        // three-word heads, two singular modifiers and a plural: "83
        // independent investment advisers", "two pan-democratic veteran
        // politicians"
        // (no word of the lexicon, no past participle: "500 gained eight
        // points" is no head)
        // (a word that heads an institution is a modifier too: "two high
        // court judges")
        // (nor an occupation's: "five disaster victim identification
        // specialists"; a singular in -ss is no plural: "mass", "glass")
        let modifier = |m: usize, f: &str| {
            t.toks[m].lex.flags
                & !(lexicon::ORG_HEAD
                    | lexicon::ORG_SUFFIX
                    | lexicon::STOPCAP
                    | lexicon::OCCUPATION)
                == 0
                && f.len() > 3
                && (!f.ends_with('s') || f.ends_with("ss"))
                && !f.ends_with("ed")
        };
        if modifier(k, fk)
            && plain_word_after(t, k + 1).is_some_and(|f| modifier(k + 1, f))
            && plural_noun(t, k + 2)
        {
            return Some(k + 3);
        }
        // four-word heads, and a plural noun used as a modifier right before
        // the head: "two mobile biological weapon labs", "18 financial
        // services companies"
        let noun_modifier = |m: usize| {
            plain_word_after(t, m).is_some_and(|f| {
                t.toks[m].lex.flags & !(lexicon::ORG_HEAD | lexicon::ORG_SUFFIX | lexicon::STOPCAP)
                    == 0
                    && f.len() > 3
                    && !f.ends_with("ed")
            }) && plural_noun(t, m + 1)
        };
        if modifier(k, fk)
            && plain_word_after(t, k + 1).is_some_and(|f| modifier(k + 1, f))
            && plain_word_after(t, k + 2).is_some_and(|f| modifier(k + 2, f))
            && plural_noun(t, k + 3)
        {
            return Some(k + 4);
        }
        // (not French, noun first: "104 drapeaux flottants hissés")
        if modifier(k, fk) && !fk.ends_with('x') && fk.is_ascii() && noun_modifier(k + 1) {
            return Some(k + 3);
        }
        // two-word heads: "job losses", "basis points", "rescue teams",
        // "mètres carrés"
        if matches!(
            t.toks.get(k + 1).map(|_| t.fold(k + 1)),
            Some("carre" | "carres" | "cube" | "cubes")
        ) || (!fk.ends_with('s') || fk.ends_with("ss") || fk == "basis") && plural_noun(t, k + 1)
        {
            return Some(k + 2);
        }
        // a plural noun as a modifier, then the plural head: "six forensics
        // experts", "20 sales representatives"
        if lang == Lang::English
            && f == 0
            && fk.len() > 4
            // (not a unit's: "100 metres hurdles")
            && !matches!(
                fk,
                "metres" | "meters" | "kilometres" | "kilometers" | "miles" | "yards" | "inches"
                    | "pounds" | "tonnes" | "litres" | "liters" | "hours" | "minutes"
                    | "seconds" | "points" | "dollars" | "euros" | "degrees"
            )
            && fk.is_ascii()
            && fk.ends_with('s')
            && !fk.ends_with("ss")
            && plural_noun(t, k + 1)
        {
            return Some(k + 2);
        }
        // "240,000 square meter(s)", "50 cubic feet": an area's or a
        // volume's unit, also in the singular of a compound adjective
        if matches!(fk, "square" | "cubic")
            && matches!(
                t.toks.get(k + 1).map(|_| t.fold(k + 1)),
                Some(
                    "meter"
                        | "meters"
                        | "metre"
                        | "metres"
                        | "kilometer"
                        | "kilometers"
                        | "kilometre"
                        | "kilometres"
                        | "mile"
                        | "miles"
                        | "foot"
                        | "feet"
                        | "yard"
                        | "yards"
                        | "inch"
                        | "inches"
                        | "km"
                        | "m"
                        | "ft"
                        | "mi"
                )
            )
        {
            return Some(k + 2);
        }
        // the rates' unit: "a 25 basis point cut", "50 points de base"
        let word_at = |m: usize, w: &str| {
            t.toks
                .get(m)
                .is_some_and(|x| x.kind == Tk::Word && x.gap != 0 && t.fold(m) == w)
        };
        if fk == "basis" && word_at(k + 1, "point") {
            return Some(k + 2);
        }
        if matches!(fk, "points" | "point") && word_at(k + 1, "de") && word_at(k + 2, "base") {
            return Some(k + 3);
        }
        // units named with an adjective: "masses solaires", "milles
        // nautiques", "unités astronomiques" (not "produits cosmétiques":
        // things counted keep their adjectives out)
        if matches!(fk, "masses" | "milles" | "unites" | "rayons" | "degres")
            && plural_adjective(t, k + 1)
        {
            return Some(k + 2);
        }
        // a unit per unit: "km/h", "m/s"
        if fk.len() <= 3
            && let Some(end) = per_unit(t, k + 1)
        {
            return Some(end);
        }
        return Some(noun_complement(t, k).unwrap_or(k + 1));
    }
    None
}

/// Where an English count's head ends when the head found at `j..e` ends
/// on no plural: its modifiers go on, joined by commas, "and", hyphens or
/// an acronym in brackets, to the plural they qualify ("500 new,
/// good-quality, union manufacturing jobs", "eight wind and solar power
/// purchase agreements", "250,000 new electric vehicle (EV) chargers",
/// "2,900 low- and zero- emission transit buses"). `e` when no plural
/// comes within eight words (two plurals joined by "and" stay apart: "1500
/// nurses and midwives" counts the nurses, as the sets label it).
fn long_head(t: &Tokens, j: usize, e: usize) -> usize {
    if e <= j {
        return e;
    }
    let last = t.fold(e - 1);
    if plural_noun_word(last) {
        return e;
    }
    let lower = |m: usize| {
        t.toks.get(m).is_some_and(|x| {
            x.kind == Tk::Word
                && x.has(LOWER)
                && !x.has(CAP)
                && x.lex.flags & (TIME_UNIT | MONTH | CURRENCY | PERCENT_WORD) == 0
        })
    };
    let mut m = j;
    let mut words = 0;
    while m < t.len() && words < 8 {
        let x = &t.toks[m];
        match x.kind {
            Tk::Word if lower(m) => {
                let f = t.fold(m);
                if matches!(f, "and" | "or") {
                    // (a verb may follow: "one man and seized weapons",
                    // "one plant and owns warehouses")
                    if words == 0
                        || !lower(m + 1)
                        || t.fold(m + 1).ends_with("ed")
                        || plural_noun(t, m + 1)
                    {
                        return e;
                    }
                } else if x.lex.flags & CLOSED != 0 || f.ends_with("ly") {
                    return e;
                } else if plural_noun(t, m) {
                    // (not right after a comma: "one voice, stands")
                    if m > 0 && t.toks[m - 1].kind == Tk::Punct(',') {
                        return e;
                    }
                    return (m + 1).max(e);
                }
                words += 1;
                m += 1;
            }
            // "new, good-quality, union": a comma between modifiers
            Tk::Punct(',') if words > 0 && lower(m + 1) => m += 1,
            // "low- and zero-": a hyphen left open
            Tk::Punct('-') if words > 0 && x.gap == 0 => m += 1,
            // "vehicle (EV) chargers"
            Tk::Punct('(')
                if words > 0
                    && t.toks
                        .get(m + 1)
                        .is_some_and(|a| a.kind == Tk::Word && a.has(ALLCAPS))
                    && t.toks.get(m + 2).is_some_and(|c| c.kind == Tk::Punct(')')) =>
            {
                m += 3
            }
            _ => return e,
        }
    }
    e
}

/// Whether a folded word reads as a plural noun ("security personnel",
/// "hospital staff" too).
fn plural_noun_word(f: &str) -> bool {
    f.len() > 3 && f.ends_with('s') && !f.ends_with("ss") && !f.ends_with("ous") && f.is_ascii()
        || irregular_plural(f)
}

/// A French count above one takes a plural: a lone lower-case head word
/// at `j` (`e` is one past it) without the plural's s, x or z is a verb
/// or another noun phrase's word ("huit donnent une avance", "Ubuntu
/// 12.10 sort", "France 24 victime de"), not what is counted. Short
/// words (units: "km", "kg") are let be.
fn singular_head(t: &Tokens, j: usize, e: usize) -> bool {
    // (a compound's first word takes the plural: "années-lumière")
    let f = t.fold(j).split('-').next().unwrap_or_default();
    e == j + 1
        && t.toks[j].has(LOWER)
        && f.chars().count() > 3
        && !(f.ends_with('s') || f.ends_with('x') || f.ends_with('z'))
}

/// An English count above one takes a plural too: a lone lower-case head
/// word at `j` (`e` is one past it) in the singular modifies what comes
/// after it ("a 300 vote difference", "a four night trip", "a 1 in 37
/// chance") or is no noun at all ("Rule 10b-5 thereunder", "19 off", "20
/// rejecting"). Nouns the same in both numbers ("893 staff", "200
/// aircraft", "20 dead") and singular units ("70 meter", "13271 lb") are
/// let be.
fn english_singular_head(t: &Tokens, j: usize, e: usize) -> bool {
    let f = t.fold(j);
    e == j + 1
        && t.toks[j].has(LOWER)
        && f.is_ascii()
        && !plural_noun_word(f)
        && !f.ends_with('s')
        // ("25,000 linemen", "700 m.p.h.")
        && !f.ends_with("men")
        && !f.contains('.')
        // (short units: "5 mg", "40 kW", "12 oz"; not "19 off", "12 up",
        // "twelve die")
        && !matches!(
            f,
            "mg" | "kg" | "km" | "cm" | "mm" | "ml" | "cl" | "dl" | "oz" | "lb" | "lbs" | "kw"
                | "mw" | "gw" | "kwh" | "mwh" | "gwh" | "twh" | "bbl" | "hz" | "khz" | "mhz"
                | "ghz" | "kb" | "mb" | "gb" | "tb" | "g" | "l" | "t" | "yd" | "in" | "sq"
                | "ha" | "cc" | "hp" | "bhp" | "kt" | "nm" | "tev" | "gev" | "mev" | "ev"
        )
        && !matches!(
            f,
            "staff" | "crew" | "personnel" | "people" | "police" | "aircraft" | "spacecraft"
                | "cattle" | "sheep" | "deer" | "fish" | "livestock" | "offspring" | "dead"
                | "injured" | "wounded" | "homeless" | "elderly" | "faithful" | "clergy"
                | "infantry" | "militia" | "youth" | "head" | "magnitude" | "feet" | "foot"
                | "meter" | "metre" | "kilometer" | "kilometre" | "mile" | "inch" | "yard"
                | "pound" | "ton" | "tonne" | "gallon" | "litre" | "liter" | "acre" | "hectare"
                | "degree" | "knot" | "km" | "kg" | "lb" | "mph" | "kph" | "rpm" | "cm" | "mm"
                | "m" | "ft" | "mi" | "hundred" | "thousand" | "million" | "billion" | "dozen"
                | "trillion" | "gram" | "ounce" | "barrel" | "calorie" | "watt" | "kilowatt"
                | "megawatt" | "gigawatt" | "media" | "criteria" | "data" | "bacteria"
                | "phenomena" | "percent"
        )
}

/// Where "magnitude" or "magnitude of" before a number at `start` begins.
fn magnitude_before(t: &Tokens, start: usize, used: &[bool]) -> Option<usize> {
    let word = |k: usize, w: &str| !used[k] && t.toks[k].kind == Tk::Word && t.fold(k) == w;
    let p = start.checked_sub(1)?;
    if word(p, "magnitude") {
        return Some(p);
    }
    let q = p.checked_sub(1)?;
    (word(p, "of") && word(q, "magnitude")).then_some(q)
}

/// The folded word at `k` when it is a plain lower-case word one space
/// after the previous token: no function word, time unit, month, currency
/// or "of", nor a word that never heads a noun phrase.
fn plain_word_after<'t>(t: &'t Tokens, k: usize) -> Option<&'t str> {
    let n = t.toks.get(k)?;
    (n.kind == Tk::Word
        && n.has(LOWER)
        && n.gap & super::tokens::ONE != 0
        && n.lex.flags & (CLOSED | NOT_HEAD | TIME_UNIT | MONTH | CURRENCY | OF) == 0)
        .then(|| t.fold(k))
}

/// A French plural adjective at `k`, one space after the head noun
/// ("solaires", "nautiques", "astronomiques").
fn plural_adjective(t: &Tokens, k: usize) -> bool {
    plain_word_after(t, k).is_some_and(|f| {
        f.len() > 5
            && [
                "iques", "aires", "ales", "aux", "elles", "iennes", "ifs", "ives",
            ]
            .iter()
            .any(|x| f.ends_with(x))
    })
}

/// "/h", "/s" glued after a unit at `k`: the end of "km/h", "m/s".
fn per_unit(t: &Tokens, k: usize) -> Option<usize> {
    let slash = t.toks.get(k)?;
    let unit = t.toks.get(k + 1)?;
    (slash.kind == Tk::Punct('/')
        && slash.gap == 0
        && unit.kind == Tk::Word
        && unit.gap == 0
        && matches!(t.fold(k + 1), "h" | "s" | "min" | "an" | "j"))
    .then_some(k + 2)
}

/// A plural head noun at `k` completed by "d’" and a bare singular noun
/// that forms a compound with it ("membres d’équipage", "secrétaires
/// d’État", "chefs d’entreprise"): the end of the compound. A place
/// after "d’" ("pays d’Europe") is no complement.
fn noun_complement(t: &Tokens, k: usize) -> Option<usize> {
    let head = t.fold(k);
    // (a unit takes none: "2 millimètres d'épaisseur", "10 tonnes d'acier"
    // count the millimetres and the tonnes)
    let unit = [
        "metres", "litres", "grammes", "tonnes", "hectares", "kilos", "degres",
    ]
    .iter()
    .any(|u| head.ends_with(u));
    if unit
        || !(head.ends_with('s') || head.ends_with('x'))
        || k + 2 >= t.len()
        || t.fold(k + 1) != "d"
        || !apos(t, k + 2)
    {
        return None;
    }
    let c = k + 3;
    let tok = t.toks.get(c)?;
    let f = t.fold(c);
    let common = tok.has(LOWER) || tok.has(CAP) && tok.lex.flags & lexicon::STOPCAP != 0;
    (tok.kind == Tk::Word
        && common
        && tok.lex.flags & (CLOSED | NOT_HEAD | TIME_UNIT | MONTH | CURRENCY) == 0
        && !f.ends_with('s')
        && !f.ends_with('x')
        && f.chars().count() > 2
        && super::gazetteer::place(f).is_none())
    .then_some(c + 1)
}

/// An English-looking plural noun at `k` (one space before it): the
/// second word of a two-word head.
fn plural_noun(t: &Tokens, k: usize) -> bool {
    plain_word_after(t, k).is_some_and(plural_noun_word)
}

/// A bare plural count word that approximates a number ("hundreds",
/// "des dizaines", "milliers"): its value.
fn approx_plural(f: &str) -> Option<f64> {
    Some(match f {
        "dozens" | "dizaines" | "douzaines" | "tens" => 10.0,
        "hundreds" | "centaines" => 100.0,
        "thousands" | "milliers" => 1e3,
        "millions" => 1e6,
        "billions" | "milliards" => 1e9,
        "trillions" => 1e12,
        _ => return None,
    })
}

/// An irregular English plural that heads a count ("thousands of people").
fn irregular_plural(f: &str) -> bool {
    matches!(
        f,
        "people"
            | "children"
            | "men"
            | "women"
            | "police"
            | "personnel"
            | "staff"
            | "gens"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "cattle"
            | "livestock"
    )
}

/// "hundreds of [adjectives] things", "plusieurs dizaines de civils",
/// "hundreds of thousands of people" at `i` (the count word): the span
/// (start, end) and value. The head is the first plural word within
/// three plain lower-case words after "of"/"de"; none (as in "hundreds of
/// homeless and…") gives no quantity.
fn approx_count(t: &Tokens, i: usize) -> Option<(usize, usize, f64)> {
    let tok = &t.toks[i];
    if tok.kind != Tk::Word || !(tok.has(LOWER) || tok.has(CAP) && !tok.has(ALLCAPS)) {
        return None;
    }
    // (every count word ends with an "s")
    let f = t.fold(i);
    if !f.ends_with('s') {
        return None;
    }
    let mut value = approx_plural(f)?;
    let mut start = i;
    if let Some(p) = i.checked_sub(1).filter(|_| tok.gap & NL == 0) {
        match t.fold(p) {
            "plusieurs" | "quelques" | "several" | "many" => start = p,
            // definite: "the thousands of outfits", "les milliers de…"
            "the" | "these" | "those" | "les" | "ces" | "their" | "leurs" | "of" => return None,
            _ if t.toks[p].kind == Tk::Num || t.toks[p].lex.flags & lexicon::NUMWORD != 0 => {
                return None;
            }
            _ => {}
        }
    }
    let mut k = after_of(t, i + 1)?;
    // "hundreds of thousands of people", "des dizaines de milliers de…"
    if let Some(v) = t.toks.get(k).and_then(|_| approx_plural(t.fold(k)))
        && t.toks[k].has(LOWER)
        && let Some(n) = after_of(t, k + 1)
    {
        value *= v;
        k = n;
    }
    for h in k..(k + 3).min(t.len()) {
        let w = &t.toks[h];
        // "des centaines de Tibétains": a people counted
        let people = h == k
            && w.kind == Tk::Word
            && w.has(CAP)
            && !w.has(ALLCAPS)
            && t.fold(h).ends_with('s')
            && super::names::nationality(t.fold(h));
        if people {
            return Some((start, h + 1, value));
        }
        if w.kind != Tk::Word
            || !w.has(LOWER)
            || w.lex.flags & (CLOSED | NOT_HEAD | TIME_UNIT | MONTH | CURRENCY | OF | PERCENT_WORD)
                != 0
        {
            return None;
        }
        let f = t.fold(h);
        let plural = f.len() > 2
            && (f.ends_with('s') && !f.ends_with("ss") && !f.ends_with("ous")
                || f.ends_with('x') && !f.ends_with("ex"));
        if plural || irregular_plural(f) {
            return Some((start, h + 1, value));
        }
    }
    None
}

/// A number glued to a unit of length, mass, speed, area or power at `i`
/// ("36,000ft", "12.5km", "5kg", "503knts", "2,500MW"): its end, value and
/// unit. ("2.7m", "40k" are scales; a bare "m" is left out: metres or
/// millions.)
fn glued_unit(t: &Tokens, i: usize) -> Option<(usize, f64, &'static str)> {
    const UNITS: [&str; 22] = [
        "km", "ft", "mi", "kg", "lb", "lbs", "mph", "kph", "kmh", "knts", "kts", "cm", "mm", "ha",
        "mw", "gw", "kw", "kwh", "mwh", "gwh", "twh", "km2",
    ];
    let glued = |k: usize| t.toks.get(k).is_some_and(|x| x.gap == 0);
    // the number's groups and decimals before the word that carries the unit
    let mut k = i;
    let mut digits = String::new();
    if t.toks[i].kind == Tk::Num {
        digits.push_str(t.surf(i));
        k = i + 1;
        while glued(k)
            && matches!(t.toks[k].kind, Tk::Punct(',' | '.'))
            && glued(k + 1)
            && t.toks.get(k + 1).is_some_and(|x| x.kind == Tk::Num)
        {
            let sep = t.toks[k].kind;
            let next = t.surf(k + 1);
            if sep == Tk::Punct(',') && next.len() == 3 {
                digits.push_str(next);
            } else {
                digits.push('.');
                digits.push_str(next);
            }
            k += 2;
        }
        if glued(k) && t.toks[k].kind == Tk::Word {
            // "10km" read as a number and a word
        } else if glued(k) && matches!(t.toks[k].kind, Tk::Punct(',' | '.')) && glued(k + 1) {
            let sep = t.toks[k].kind;
            k += 1;
            let w = t.toks.get(k)?;
            if w.kind != Tk::Word || !w.has(DIGIT) {
                return None;
            }
            let lead = t.surf(k).bytes().take_while(u8::is_ascii_digit).count();
            if sep == Tk::Punct('.') || lead != 3 {
                digits.push('.');
            }
        } else {
            return None;
        }
    } else if !t.toks[i].has(DIGIT) {
        return None;
    }
    let w = t.surf(k);
    let lead = w.bytes().take_while(u8::is_ascii_digit).count();
    if lead == 0 && k == i {
        return None;
    }
    digits.push_str(&w[..lead]);
    let unit = w[lead..].to_ascii_lowercase();
    let unit = UNITS.iter().find(|u| **u == unit)?;
    let value = digits.parse::<f64>().ok()?;
    // "144km/h": a speed, the hour glued after the slash
    if matches!(*unit, "km" | "mi")
        && glued(k + 1)
        && t.toks[k + 1].kind == Tk::Punct('/')
        && glued(k + 2)
        && t.toks[k + 2].kind == Tk::Word
        && t.fold(k + 2) == "h"
    {
        let speed = if *unit == "km" { "km/h" } else { "mi/h" };
        return Some((k + 3, value, speed));
    }
    Some((k + 1, value, unit))
}

/// A temperature after a number ending at `j`: "38,7°C", "40 °C",
/// "1000°", "38 degrés C": its end.
fn temperature(t: &Tokens, j: usize) -> Option<usize> {
    let tok = t.toks.get(j)?;
    let scale = |k: usize| {
        t.toks.get(k).is_some_and(|n| {
            n.kind == Tk::Word
                && (n.has(CAP) && matches!(t.fold(k), "c" | "f")
                    || matches!(t.fold(k), "celsius" | "fahrenheit"))
        })
    };
    match tok.kind {
        // ("0°c": the scale glued after the sign, in either case)
        Tk::Punct('°') => Some(
            if t.toks.get(j + 1).is_some_and(|n| {
                n.gap == 0
                    && n.kind == Tk::Word
                    && matches!(t.fold(j + 1), "c" | "f" | "celsius" | "fahrenheit")
            }) {
                j + 2
            } else {
                j + 1
            },
        ),
        // "°C" read as one word
        Tk::Word if matches!(t.surf(j), "°C" | "°F") => Some(j + 1),
        Tk::Word if matches!(t.fold(j), "degres" | "degrees" | "degre" | "degree") => {
            Some(if scale(j + 1) { j + 2 } else { j + 1 })
        }
        _ => None,
    }
}

/// "-3.16%", "(+2.5%)", "-20°C": a sign glued to the number at `start`,
/// not a dash between two numbers ("2-3%") nor inside a word ("COVID-19");
/// where it is.
fn glued_sign(t: &Tokens, used: &[bool], start: usize) -> Option<usize> {
    start.checked_sub(1).filter(|&p| {
        matches!(t.toks[p].kind, Tk::Punct('-' | '+' | '−'))
            && !used[p]
            && t.toks[start].gap == 0
            && (p == 0 || t.toks[p].gap != 0 || matches!(t.toks[p - 1].kind, Tk::Punct('(' | '[')))
            && p.checked_sub(1).is_none_or(|q| t.toks[q].kind != Tk::Num)
    })
}

/// A unit abbreviation written in capitals or mixed case after a number
/// ("4 Go", "125 GeV", "2 GWh", "8 GB").
fn cased_unit(t: &Tokens, j: usize) -> bool {
    let Some(tok) = t.toks.get(j) else {
        return false;
    };
    tok.kind == Tk::Word
        && matches!(
            t.surf(j),
            "Go" | "Mo"
                | "Ko"
                | "To"
                | "GB"
                | "MB"
                | "KB"
                | "TB"
                | "keV"
                | "MeV"
                | "GeV"
                | "TeV"
                | "kHz"
                | "MHz"
                | "GHz"
                | "Hz"
                | "kW"
                | "MW"
                | "GW"
                | "kWh"
                | "MWh"
                | "GWh"
                | "TWh"
        )
}

/// Finds money, percentages and quantities; marks their tokens as used.
pub fn find(t: &Tokens, lang: Lang, used: &mut [bool], out: &mut Vec<Found>) {
    let n = t.len();
    // a percent in words ends with a percent sign or word (see
    // [`percent_at`]) at most five tokens after its first ("a fifth of a
    // pour cent"): the next such mark after `i` is kept at hand
    let mark = |k: usize| {
        let x = &t.toks[k];
        x.kind == Tk::Punct('%')
            || x.lex.flags & PERCENT_WORD != 0
            || x.lex.flags & lexicon::NUMWORD != 0 && t.fold(k) == "cent"
    };
    let mut next_mark = 0;
    let mut i = 0;
    while i < n {
        let tok = &t.toks[i];
        if next_mark <= i {
            next_mark = (i + 1..n).find(|&k| mark(k)).unwrap_or(usize::MAX);
        }
        if next_mark <= i + 5
            && !used[i]
            && tok.kind == Tk::Word
            && tok.len() <= 7
            && let Some((e, v)) = percent_in_words(t, i)
            && !used[i..e].iter().any(|u| *u)
        {
            push(
                t,
                used,
                out,
                i,
                e,
                EntityKind::Percent,
                "percent-words",
                Some((v, "%")),
            );
            i = e;
            continue;
        }
        // "K500 million", "R2 billion", "N1.5 trillion": a currency's
        // letter glued to the amount, then a scale word (the kwacha, the
        // rand, the naira)
        if !used[i]
            && tok.kind == Tk::Word
            && tok.has(CAP)
            && tok.has(DIGIT)
            && let Some((e, value, code)) = letter_amount(t, i)
            && !used[i..e].iter().any(|u| *u)
        {
            push(
                t,
                used,
                out,
                i,
                e,
                EntityKind::Money,
                "money-letter",
                Some((value, code)),
            );
            i = e;
            continue;
        }
        // "several million dollars", "plusieurs millions de dollars",
        // "several thousand dollars": a vague count of a scale of money,
        // its quantifier in it
        if !used[i]
            && tok.kind == Tk::Word
            && matches!(t.fold(i), "several" | "plusieurs")
            && t.toks.get(i + 1).is_some_and(|x| {
                x.kind == Tk::Word
                    && (matches!(t.fold(i + 1), "thousand" | "million" | "billion")
                        || approx_plural(t.fold(i + 1)).is_some_and(|v| v >= 1e3))
            })
            && let Some((e, code)) = Some(after_of(t, i + 2).unwrap_or(i + 2))
                .filter(|&k| t.toks.get(k).is_some_and(|x| x.kind == Tk::Word))
                .and_then(|k| currency_at(t, k, true))
            && !used[i..e].iter().any(|u| *u)
        {
            let scale = match t.fold(i + 1) {
                "thousand" | "thousands" | "milliers" => 1e3,
                "billion" | "billions" | "milliards" => 1e9,
                _ => 1e6,
            };
            push(
                t,
                used,
                out,
                i,
                e,
                EntityKind::Money,
                "money-vague",
                Some((scale, code)),
            );
            i = e;
            continue;
        }
        // "millions of dollars", "des milliards d'euros", "thousands of
        // dollars": a vague sum of money (its large scale word, then its
        // currency)
        if !used[i]
            && tok.kind == Tk::Word
            && tok.has(LOWER)
            && let Some(v) = approx_plural(t.fold(i)).filter(|v| *v >= 1e3)
            && let Some(k) = after_of(t, i + 1)
            // (the text may end after "of": "sued by thousands of")
            && t.toks.get(k).is_some_and(|x| x.kind == Tk::Word)
            && let Some((e, code)) = currency_at(t, k, true)
            && !used[i..e].iter().any(|u| *u)
            // (not definite: "the millions of dollars it lost")
            && !i.checked_sub(1).is_some_and(|p| {
                matches!(t.fold(p), "the" | "these" | "those" | "les" | "ces" | "their" | "leurs")
            })
        {
            push(
                t,
                used,
                out,
                i,
                e,
                EntityKind::Money,
                "money-vague",
                Some((v, code)),
            );
            i = e;
            continue;
        }
        if !used[i]
            && tok.kind == Tk::Word
            && let Some((s, e, v)) = approx_count(t, i)
            && !used[s..e].iter().any(|u| *u)
        {
            let head = t.fold(e - 1).to_string();
            push(
                t,
                used,
                out,
                s,
                e,
                EntityKind::Quantity,
                "quantity-approx",
                Some((v, &head)),
            );
            i = e;
            continue;
        }
        // "36,000ft", "10km", "5kg", "503knts": a number glued to its unit
        if !used[i]
            && (tok.kind == Tk::Num || tok.kind == Tk::Word && tok.has(DIGIT))
            && let Some((e, value, unit)) = glued_unit(t, i)
            && !used[i..e].iter().any(|u| *u)
            && !excluded_before(t, i, true, false)
        {
            push(
                t,
                used,
                out,
                i,
                e,
                EntityKind::Quantity,
                "quantity-unit",
                Some((value, unit)),
            );
            i = e;
            continue;
        }
        // "1/4 percent", "1-1/4 percent", "0 to 1/4 percent", "1/2 to 3/4
        // percent": fractions of a percent, as central banks write rates
        if !used[i]
            && tok.kind == Tk::Num
            && let Some((e, v)) = fraction_percent(t, i)
            && !used[i..e].iter().any(|u| *u)
        {
            push(
                t,
                used,
                out,
                i,
                e,
                EntityKind::Percent,
                "percent-fraction",
                Some((v, "%")),
            );
            i = e;
            continue;
        }
        if used[i]
            || !(tok.kind == Tk::Num
                || tok.kind == Tk::Word && tok.lex.flags & (lexicon::NUMWORD | lexicon::SCALE) != 0
                // "Cinquante-cinq", "twenty-one"
                || tok.kind == Tk::Word
                    && tok.has(super::tokens::HYPHEN)
                    && t.fold(i).split('-').next().is_some_and(|p| {
                        lexicon::lookup(p).flags & lexicon::NUMWORD != 0
                    })
                || tok.kind == Tk::Word
                    && tok.has(super::tokens::DIGIT)
                    && numbers::digits_scale(t.surf(i)).is_some()
                || tok.kind == Tk::Word && matches!(t.fold(i), "a" | "an" | "half"))
        {
            i += 1;
            continue;
        }
        let Some(num) = numbers::parse(t, i, lang) else {
            i += 1;
            continue;
        };
        let mut start = i;
        let mut j = num.end;
        if used[i..j.min(n)].iter().any(|u| *u) {
            i += 1;
            continue;
        }
        // a match's score is no quantity: "a 2-1 win", "3-0 samedi"
        if let Some(end) = score_at(t, i, j) {
            i = end;
            continue;
        }
        // a range: 45 à 49%, 3 à 4 milliards d'euros; coordinated numbers
        // sharing a unit or a head noun: 1.5 and 3 percent, two or three goals
        let mut value = num;
        let coordinated = |k: usize| {
            t.toks[k].kind == Tk::Word && matches!(t.fold(k), "and" | "et" | "or" | "ou")
        };
        // "¥100 and 2,000 yen", "CHF 100 et 30 centimes": an amount with
        // its currency before it, then another with its own after it, are
        // two amounts, not a range
        // symbol before: $94.8 billion, € 5
        let sym_before = i.checked_sub(1).and_then(|p| match t.toks[p].kind {
            Tk::Punct(c) if !used[p] => lexicon::symbol_currency(c),
            _ => None,
        });
        let currency_before = sym_before.is_some()
            || i.checked_sub(1).is_some_and(|p| {
                let w = &t.toks[p];
                w.kind == Tk::Word && w.has(ALLCAPS) && w.lex.flags & CURRENCY != 0
            });
        if j + 1 < n
            // (French "à", not the English article: "756.55 a 6 point gain")
            && (t.toks[j].kind == Tk::Word
                && t.toks[j].lex.flags & RANGE != 0
                && (t.fold(j) != "a" || t.surf(j) == "à")
                || coordinated(j)
                || matches!(t.toks[j].kind, Tk::Punct('-') | Tk::Punct('–')))
            && let Some(hi) = numbers::parse(t, j + 1, lang)
            // (AP style writes one to nine in words: "nine to 12 months")
            && (hi.digits == num.digits || !num.digits && hi.digits && t.toks[j].kind == Tk::Word)
            && !(currency_before && currency_at(t, hi.end, hi.scaled).is_some())
            // ("$126,815 or 0.28% of it": an amount and a share)
            && !(currency_before && percent_at(t, hi.end).is_some())
            && (percent_at(t, hi.end).is_some()
                || hi.digits && temperature(t, hi.end).is_some()
                || !hi.year_like && head_noun(t, &hi, hi.end, lang).is_some()
                || currency_at(t, hi.end, hi.scaled).is_some()
                || after_of(t, hi.end).is_some_and(|k| currency_at(t, k, hi.scaled).is_some()))
        {
            j = hi.end;
            value = hi;
        }
        if let Some(code) = sym_before.filter(|_| num.digits) {
            start = i - 1;
            // "US$5", "C$3", "USD$23 billion", and "US $2.6 billion" (the
            // country's capitals or the currency's code spaced from the
            // symbol)
            let dollar_code = |f: &str| matches!(f, "usd" | "cad" | "aud" | "nzd" | "hkd" | "sgd");
            let spaced_us = start > 0
                && t.toks[start - 1].has(ALLCAPS)
                && (matches!(t.fold(start - 1), "us" | "nz" | "hk" | "au" | "ca")
                    || dollar_code(t.fold(start - 1)));
            if start > 0
                && (t.toks[start].gap == 0 || spaced_us)
                && (matches!(
                    t.fold(start - 1),
                    "us" | "c" | "a" | "hk" | "ca" | "au" | "nz" | "s" | "r"
                ) || t.toks[start - 1].has(ALLCAPS) && dollar_code(t.fold(start - 1)))
                && t.toks[start - 1].kind == Tk::Word
            {
                start -= 1;
            }
            push(
                t,
                used,
                out,
                start,
                j,
                EntityKind::Money,
                "money-symbol",
                Some((value.value, code)),
            );
            i = j;
            continue;
        }
        // "$US 8.75 million", "$A 40": the dollar's sign, its country's
        // letters glued to it, then the amount
        if num.digits
            && i >= 2
            && !used[i - 2]
            && !used[i - 1]
            && t.toks[i - 2].kind == Tk::Punct('$')
            && t.toks[i - 1].kind == Tk::Word
            && t.toks[i - 1].gap == 0
            // (one capital letter: "$A 40", "$C 100 million")
            && (t.toks[i - 1].has(ALLCAPS) || t.surf(i - 1).len() == 1 && t.toks[i - 1].has(CAP))
            && t.toks[i].gap & NL == 0
        {
            let code = match t.fold(i - 1) {
                "us" => Some("USD"),
                "a" | "au" => Some("AUD"),
                "c" | "ca" | "can" => Some("CAD"),
                "nz" => Some("NZD"),
                "hk" => Some("HKD"),
                _ => None,
            };
            if let Some(code) = code {
                push(
                    t,
                    used,
                    out,
                    i - 2,
                    j,
                    EntityKind::Money,
                    "money-symbol",
                    Some((value.value, code)),
                );
                i = j;
                continue;
            }
        }
        // a currency code before the number: "USD 16 billion", "EUR 5"
        // (and India's "Rs 500 crore", "Rs. 2,000")
        // (the codes written in title case: "Rs 500 crore", "Ksh 2
        // billion", "Rp 5 trillion")
        let code_in_title_case = |k: usize| {
            t.toks[k].kind == Tk::Word && matches!(t.surf(k), "Rs" | "Ksh" | "KSh" | "Kshs" | "Rp")
        };
        let code_at = if i > 0
            && !used[i - 1]
            && t.toks[i - 1].kind == Tk::Word
            && (t.toks[i - 1].has(ALLCAPS) || code_in_title_case(i - 1))
            && t.toks[i - 1].lex.flags & CURRENCY != 0
        {
            Some(i - 1)
        } else if i > 1
            && t.toks[i - 1].kind == Tk::Punct('.')
            && t.toks[i - 1].gap == 0
            && !used[i - 2]
            && code_in_title_case(i - 2)
        {
            Some(i - 2)
        } else {
            None
        };
        if num.digits
            && let Some(c) = code_at
        {
            let (code, _) = lexicon::CURRENCIES[t.toks[c].lex.cur as usize];
            // "Rs 128.40 or 9 per cent": the amount is the first number,
            // the percentage after "or" is its own
            let mut j = if percent_at(t, j).is_some() {
                num.end
            } else {
                j
            };
            // a range after the code: "USD 2.65-2.80"
            if j == num.end
                && t.toks.get(j).is_some_and(|d| {
                    d.gap == 0 && matches!(d.kind, Tk::Punct('-') | Tk::Punct('–'))
                })
                && t.toks.get(j + 1).is_some_and(|x| x.gap == 0)
                && let Some(hi) = numbers::parse(t, j + 1, lang).filter(|hi| hi.digits)
            {
                j = hi.end;
            }
            push(
                t,
                used,
                out,
                c,
                j,
                EntityKind::Money,
                "money-code",
                Some((value.value, code)),
            );
            i = j;
            continue;
        }
        // a scale letter glued to a symbol: "92,3 M€", "1,2 Md€"
        if let Some(sc) = t
            .toks
            .get(j)
            .filter(|w| w.kind == Tk::Word)
            .and_then(|_| glued_scale(t.fold(j)))
            && let Some(code) = t.toks.get(j + 1).and_then(|p| match p.kind {
                Tk::Punct(c) if p.gap == 0 => lexicon::symbol_currency(c),
                _ => None,
            })
        {
            push(
                t,
                used,
                out,
                start,
                j + 2,
                EntityKind::Money,
                "money",
                Some((value.value * sc, code)),
            );
            i = j + 2;
            continue;
        }
        // "perdant ainsi 1,92 point", "en hausse de 0,1 point": in French, a
        // decimal number of points beside percentages is a difference of
        // two percentages
        let points = lang == Lang::French
            && value.digits
            && value.value.fract() != 0.0
            && t.toks.get(j).is_some_and(|x| x.kind == Tk::Word)
            && matches!(t.fold(j), "point" | "points")
            // (not "points de base": basis points are counted)
            && !(t.toks.get(j + 2).is_some_and(|x| x.kind == Tk::Word)
                && t.fold(j + 1) == "de"
                && t.fold(j + 2) == "base")
            && (i.saturating_sub(24)..(j + 12).min(n)).any(|k| t.toks[k].kind == Tk::Punct('%'));
        if let Some(e) = percent_at(t, j).or(points.then_some(j + 1)) {
            let sign = glued_sign(t, used, start);
            let negative = sign.is_some_and(|p| t.toks[p].kind != Tk::Punct('+'));
            push(
                t,
                used,
                out,
                sign.unwrap_or(start),
                e,
                EntityKind::Percent,
                "percent",
                Some((if negative { -value.value } else { value.value }, "%")),
            );
            i = e;
            continue;
        }
        let cur = currency_at(t, j, value.scaled).or_else(|| {
            let k = after_of(t, j).filter(|_| value.scaled)?;
            currency_at(t, k, true)
        });
        if let Some((e, code)) = cur {
            push(
                t,
                used,
                out,
                start,
                e,
                EntityKind::Money,
                "money",
                Some((value.value, code)),
            );
            i = e;
            continue;
        }
        if num.glued_scale {
            // "2.7m people", "40k jobs": a count of a plural noun (not "a
            // 3m wall", metres)
            if num.digits
                && j < n
                && plural_noun(t, j)
                && !excluded_before(t, i, true, false)
                && !used[j]
            {
                let head = t.fold(j).to_string();
                push(
                    t,
                    used,
                    out,
                    i,
                    j + 1,
                    EntityKind::Quantity,
                    "quantity",
                    Some((num.value, &head)),
                );
                i = j + 1;
                continue;
            }
            i = j.max(i + 1);
            continue;
        }
        if num.digits
            && (!num.year_like
                || t.toks
                    .get(j)
                    .is_some_and(|x| x.kind == Tk::Punct('°') && x.gap == 0))
            && !excluded_before(t, i, true, false)
            && let Some((e, degrees)) = temperature(t, j)
                .map(|e| (e, true))
                .or_else(|| cased_unit(t, j).then_some((j + 1, false)))
        {
            let unit = t.surf(e - 1).to_string();
            // "-20°C", "−6,3 °C": a temperature below zero keeps its sign
            let sign = degrees
                .then(|| glued_sign(t, used, start))
                .flatten()
                .filter(|&p| t.toks[p].kind != Tk::Punct('+'));
            push(
                t,
                used,
                out,
                sign.unwrap_or(start),
                e,
                EntityKind::Quantity,
                "quantity-unit",
                Some((
                    if sign.is_some() {
                        -value.value
                    } else {
                        value.value
                    },
                    &unit,
                )),
            );
            i = e;
            continue;
        }
        // "a magnitude 6.6 aftershock", "a magnitude of 4.1": an
        // earthquake's magnitude is a quantity, its word first ("9.0
        // magnitude" has it last)
        if lang == Lang::English
            && num.digits
            && !value.scaled
            && let Some(m) = magnitude_before(t, start, used)
        {
            push(
                t,
                used,
                out,
                m,
                j,
                EntityKind::Quantity,
                "quantity",
                Some((value.value, "magnitude")),
            );
            i = j;
            continue;
        }
        // (a number with decimals before a singular noun counts nothing:
        // "a 9.0 earthquake", "a 6.6 aftershock"; "0.19 square miles" does)
        // (written with decimals: "9.0" has none in its value)
        let decimal = lang == Lang::English
            && num.digits
            && !value.scaled
            && j > i
            && t.text[t.toks[i].start as usize..t.toks[j - 1].end as usize].contains('.');
        if (!num.year_like || super::dates::counted_number(t, i))
            && !excluded_before(t, i, num.digits, value.scaled)
            && let Some(e) = head_noun(t, &value, j, lang)
                .map(|e| if lang == Lang::English && value.value != 1.0 { long_head(t, j, e) } else { e })
            && !(decimal && e == j + 1 && !t.fold(j).ends_with('s') && t.fold(j) != "magnitude")
            // "une croissance à deux chiffres" is a size, not a count
            && !(matches!(t.fold(e - 1), "chiffre" | "chiffres")
                && i.checked_sub(1).is_some_and(|p| t.fold(p) == "a"))
            && !(lang == Lang::French && value.value >= 2.0 && singular_head(t, j, e))
            && !(lang == Lang::English && value.value >= 2.0 && english_singular_head(t, j, e))
        {
            let head = t.fold(e - 1).to_string();
            let e = head_tail(t, e, lang);
            push(
                t,
                used,
                out,
                start,
                e,
                EntityKind::Quantity,
                "quantity",
                Some((value.value, &head)),
            );
            i = e;
            continue;
        }
        i = j.max(i + 1);
    }
}

/// What a quantity's head ending at `e` keeps after it: the final stop of
/// a dotted unit ("700 m.p.h."), and in English a rate per unit of time
/// ("5.4 centimeters per second"). The new end.
fn head_tail(t: &Tokens, e: usize, lang: Lang) -> usize {
    let glued_stop = t.toks[e - 1].has(DOT)
        && t.toks[e - 1].has(LOWER)
        && t.toks
            .get(e)
            .is_some_and(|x| x.kind == Tk::Punct('.') && x.gap == 0);
    if glued_stop {
        return e + 1;
    }
    // a ratio of units glued to the unit: "50 µg/L", "40 µg/m3", "2 mg/kg"
    let ratio = t
        .toks
        .get(e)
        .is_some_and(|x| x.kind == Tk::Punct('/') && x.gap == 0)
        && t.toks.get(e + 1).is_some_and(|x| {
            x.kind == Tk::Word && x.gap == 0 && (1..=3).contains(&t.surf(e + 1).chars().count())
        })
        && t.toks
            .get(e + 2)
            .is_none_or(|x| x.gap != 0 || !matches!(x.kind, Tk::Word | Tk::Num));
    if ratio {
        return e + 2;
    }
    let per = lang == Lang::English
        && t.toks
            .get(e)
            .is_some_and(|x| x.kind == Tk::Word && x.gap & (SP | NL) == SP && t.fold(e) == "per")
        && t.toks.get(e + 1).is_some_and(|x| {
            x.kind == Tk::Word
                && x.gap & (SP | NL) == SP
                && x.lex.flags & TIME_UNIT != 0
                && !t.fold(e + 1).ends_with('s')
        });
    if per { e + 2 } else { e }
}

#[allow(clippy::too_many_arguments)]
fn push(
    t: &Tokens,
    used: &mut [bool],
    out: &mut Vec<Found>,
    s: usize,
    e: usize,
    kind: EntityKind,
    rule: &'static str,
    value: Option<(f64, &str)>,
) {
    used[s..e].iter_mut().for_each(|u| *u = true);
    out.push(Found::new(
        t,
        s,
        e,
        kind,
        rule,
        value.map(|(v, u)| (v, u.to_string())),
    ));
}

/// The end of a match's score that starts with the number `i..j`: two
/// numbers of at most two digits glued by a hyphen or a dash ("2-1",
/// "3–0"), the second not above the first (a range goes up: "3-5
/// people"), or before a word of a result ("a 1-2 defeat").
fn score_at(t: &Tokens, i: usize, j: usize) -> Option<usize> {
    if j != i + 1 || !dashed_pair(t, i) {
        return None;
    }
    let lo: u32 = t.surf(i).parse().ok()?;
    let hi: u32 = t.surf(j + 1).parse().ok()?;
    // (not a longer run: "12-06-1996", "2-1-0")
    if t.toks
        .get(j + 2)
        .is_some_and(|x| x.gap == 0 && matches!(x.kind, Tk::Punct('-') | Tk::Punct('–')))
    {
        return None;
    }
    let result = t.toks.get(j + 2).is_some_and(|x| x.kind == Tk::Word)
        && matches!(
            t.fold(j + 2),
            "win"
                | "victory"
                | "defeat"
                | "loss"
                | "draw"
                | "lead"
                | "victoire"
                | "defaite"
                | "succes"
        );
    (hi <= lo || result).then_some(j + 2)
}

/// Whether tokens `k`, `k + 1`, `k + 2` are two numbers of at most two
/// digits glued by a hyphen or a dash ("2-1", "3–0"): what a score looks
/// like (also read by the team rule in [`super::names`]).
pub(super) fn dashed_pair(t: &Tokens, k: usize) -> bool {
    let small = |k: usize| {
        t.toks
            .get(k)
            .is_some_and(|x| x.kind == Tk::Num && t.surf(k).len() <= 2)
    };
    small(k)
        && t.toks
            .get(k + 1)
            .is_some_and(|d| matches!(d.kind, Tk::Punct('-') | Tk::Punct('–')) && d.gap == 0)
        && small(k + 2)
        && t.toks[k + 2].gap == 0
}

/// The word "dollar(s)" after a country's word at `i` ("US dollars"),
/// past the full stop of "U.S." ("U.S. dollars"): its index.
fn dollars_after(t: &Tokens, i: usize) -> Option<usize> {
    let mut j = i + 1;
    if t.fold(i) == "u.s"
        && t.toks
            .get(j)
            .is_some_and(|x| x.kind == Tk::Punct('.') && x.gap == 0)
    {
        j += 1;
    }
    let n = t.toks.get(j)?;
    (n.kind == Tk::Word
        && n.gap & super::tokens::NL == 0
        && matches!(t.fold(j), "dollar" | "dollars"))
    .then_some(j)
}

/// "K500 million", "K1.2 billion", "R2 billion", "N500 million": a
/// currency's letter glued to an amount at `i`, then a scale word: where
/// the amount ends, its value and the currency (Zambia's kwacha, South
/// Africa's rand, Nigeria's naira).
fn letter_amount(t: &Tokens, i: usize) -> Option<(usize, f64, &'static str)> {
    let surf = t.surf(i);
    let code = match surf.as_bytes().first()? {
        b'K' => "ZMW",
        b'R' => "ZAR",
        b'N' => "NGN",
        _ => return None,
    };
    let digits = &surf[1..];
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let mut number = digits.to_string();
    let mut k = i + 1;
    // "K1" "." "2": the decimals as tokens of their own
    if !digits.contains('.')
        && k + 1 < t.len()
        && t.toks[k].kind == Tk::Punct('.')
        && t.toks[k].gap == 0
        && t.toks[k + 1].gap == 0
        && t.surf(k + 1).bytes().all(|b| b.is_ascii_digit())
    {
        number = format!("{digits}.{}", t.surf(k + 1));
        k += 2;
    }
    let value: f64 = number.parse().ok()?;
    let scale = match t.toks.get(k).filter(|x| x.gap & super::tokens::NL == 0) {
        Some(x) if x.kind == Tk::Word => match t.fold(k) {
            "million" | "millions" | "mn" => 1e6,
            "billion" | "billions" | "bn" => 1e9,
            "trillion" | "trillions" => 1e12,
            _ => return None,
        },
        _ => return None,
    };
    Some((k + 1, value * scale, code))
}

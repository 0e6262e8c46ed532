//! What a French institution is of, in lower case: "Autorité des marchés
//! financiers", "Centre national de la recherche scientifique", "Institut
//! national de la statistique et des études économiques", "Commission
//! nationale de l'informatique et des libertés". French writes these names
//! with one capital, so the name goes on after its head and adjectives
//! through "de"/"du"/"des"/"d'" complements, their nouns and the
//! adjectives that agree with them.
//!
//! An adjective is told by its ending ("-ique", "-ier", "-al", "-aire",
//! "-if", "-ien"…), less the verbs of the same ending that news writes
//! after a name ("la Cour des comptes critique", "indique", "signale");
//! after a plural noun it must be plural too ("des marchés financiers"),
//! which leaves out a verb in the singular. A complement whose noun
//! points at a place, a group or a time ("le Conseil constitutionnel du
//! pays", "de la région", "de l'époque") is not part of the name.

use super::gazetteer;
use super::lexicon::{CLOSED, CURRENCY, MONTH, NUMWORD, TIME_UNIT, WEEKDAY};
use super::names::is_apos;
use super::tokens::{ALLCAPS, CAP, DIGIT, DOT, LOWER, NL, SP, Tk, Tokens};

/// Adjectives' endings (folded: no accents).
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ique", "iques", "ier", "iers", "iere", "ieres", "al", "ale", "ales", "aux", "el", "elle",
    "els", "elles", "aire", "aires", "if", "ifs", "ive", "ives", "ain", "aine", "ains", "aines",
    "een", "eenne", "eens", "eennes", "ien", "ienne", "iens", "iennes", "ais", "aise", "aises",
    "eux", "euse", "euses", "iste", "istes", "oire", "oires",
];

/// Verbs (third person) with an adjective's ending.
pub(super) const VERBS: &[&str] = &[
    "indique",
    "explique",
    "critique",
    "applique",
    "communique",
    "revendique",
    "replique",
    "fabrique",
    "pratique",
    "implique",
    "complique",
    "dedique",
    "multiplique",
    "signale",
    "installe",
    "egale",
    "appelle",
    "rappelle",
    "interpelle",
    "renouvelle",
    "arrive",
    "suive",
    "vive",
    "prive",
    "active",
    "motive",
    "derive",
    "ravive",
    "apaise",
    "insiste",
    "existe",
    "resiste",
    "assiste",
    "persiste",
    "subsiste",
    "tienne",
    "vienne",
    "devienne",
    "obtienne",
    "soutienne",
    "revienne",
    "eclaire",
    "declare",
];

/// Nouns of a complement that say where, which group or when, not what
/// the institution is of.
const DEICTIC: &[&str] = &[
    "pays",
    "region",
    "regions",
    "ville",
    "villes",
    "groupe",
    "gouvernement",
    "parti",
    "royaume",
    "territoire",
    "departement",
    "commune",
    "continent",
    "monde",
    "epoque",
    "annee",
    "semaine",
    "moment",
    "passe",
    "entreprise",
    "societe",
    "president",
    "presidente",
    "capitale",
    "province",
    "etat",
    "union",
    "zone",
    "quartier",
    "matin",
    "soir",
    "veille",
    "lendemain",
];

/// Whether token `k` is taken by another name (`used` may be shorter
/// than the tokens, or empty: then none is).
fn taken(used: &[bool], k: usize) -> bool {
    used.get(k).copied().unwrap_or(false)
}

fn plural(f: &str) -> bool {
    f.ends_with('s') || f.ends_with('x')
}

/// A plain lower-case word at `k` (more than three letters, no digit, no
/// function word, month, weekday, unit of time, number or currency).
fn plain(t: &Tokens, k: usize) -> bool {
    t.toks.get(k).is_some_and(|w| {
        w.kind == Tk::Word
            && w.has(LOWER)
            && !w.has(CAP | DIGIT)
            && w.gap & NL == 0
            && w.lex.flags & (CLOSED | TIME_UNIT | MONTH | WEEKDAY | NUMWORD | CURRENCY) == 0
            && t.fold(k).chars().count() > 3
    })
}

/// Whether the word at `k` is, by its ending, an adjective that agrees
/// with the noun `noun` (folded).
fn agreeing_adjective(t: &Tokens, k: usize, noun: &str) -> bool {
    if !plain(t, k) || t.toks[k].gap & (SP | NL) != SP {
        return false;
    }
    let f = t.fold(k);
    // (a masculine adjective in "-ais" or "-eux" is the same in the
    // singular and the plural: "Parti du peuple pakistanais")
    // (not the nouns of those endings: "jeux", "lieux", "frais")
    let invariable = (f.ends_with("ais") || f.ends_with("eux"))
        && !matches!(
            f,
            "jeux"
                | "enjeux"
                | "lieux"
                | "mieux"
                | "feux"
                | "voeux"
                | "cheveux"
                | "neveux"
                | "delais"
                | "frais"
                | "palais"
                | "relais"
                | "marais"
                | "rabais"
        );
    ADJECTIVE_ENDINGS.iter().any(|e| f.ends_with(e))
        && !VERBS.contains(&f)
        && (plural(f) == plural(noun) || invariable)
}

/// The end of a plain noun at `k` and the (at most two) adjectives that
/// agree with it; `None` if `k` is no such noun, or a deictic one.
pub(super) fn noun_phrase(t: &Tokens, k: usize, used: &[bool]) -> Option<usize> {
    if !plain(t, k) || taken(used, k) {
        return None;
    }
    // an adjective before the noun: "Tribunal de grande instance",
    // "Conseil de haute sécurité"
    if matches!(
        t.fold(k),
        "grande" | "grand" | "haute" | "haut" | "petite" | "petit"
    ) && t.toks.get(k + 1).is_some_and(|x| x.gap & NL == 0)
        && plain(t, k + 1)
        && !taken(used, k + 1)
    {
        return noun_phrase(t, k + 1, used);
    }
    let noun = t.fold(k);
    if DEICTIC.contains(&noun) {
        return None;
    }
    let mut end = k + 1;
    while end < k + 3 && !taken(used, end) && agreeing_adjective(t, end, noun) {
        end += 1;
    }
    Some(end)
}

/// One complement at `j`: "de"/"du"/"des"/"d'"/"de la"/"de l'" and a noun
/// phrase ([`noun_phrase`]); its end.
fn complement(t: &Tokens, j: usize, used: &[bool]) -> Option<usize> {
    let de = t.toks.get(j)?;
    if de.kind != Tk::Word || !de.has(LOWER) || de.gap & NL != 0 {
        return None;
    }
    let next = |d: usize| t.toks.get(j + d).map(|_| t.fold(j + d));
    let k = match (t.fold(j), next(1)) {
        ("d", _) if is_apos(t, j + 1) => j + 2,
        ("de", Some("la")) => j + 2,
        ("de", Some("l")) if is_apos(t, j + 2) => j + 3,
        ("de" | "du" | "des", _) => j + 1,
        _ => return None,
    };
    if (j..k).any(|m| taken(used, m)) {
        return None;
    }
    if k > j + 1 && rights_holder(t, k) && !taken(used, k) {
        return Some(k + 1);
    }
    // a portfolio's word capitalized after its article ("Office fédéral de
    // la Justice", "ministère de l'Intérieur"): a common word, alone
    if k > j + 1 && capitalized_noun(t, k) && !taken(used, k) {
        // (and the adjectives that agree with it: "de l'Énergie atomique")
        let noun = t.fold(k);
        let mut end = k + 1;
        while end < k + 3 && !taken(used, end) && agreeing_adjective(t, end, noun) {
            end += 1;
        }
        return Some(end);
    }
    noun_phrase(t, k, used)
}

/// A capitalized noun at `k` after an article (no place's, common given
/// name's or company's), the last capitalized word of its run: "la Justice",
/// "l'Énergie", "la Magistrature".
fn capitalized_noun(t: &Tokens, k: usize) -> bool {
    let Some(x) = t.toks.get(k) else {
        return false;
    };
    let f = t.fold(k);
    x.kind == Tk::Word
        && x.has(CAP)
        && !x.has(ALLCAPS | DIGIT | DOT)
        && x.gap & NL == 0
        && x.lex.flags & (CLOSED | MONTH | WEEKDAY) == 0
        && gazetteer::place(f).is_none()
        && !gazetteer::given_name(f)
        && !gazetteer::company(f)
        && !t
            .toks
            .get(k + 1)
            .is_some_and(|n| n.kind == Tk::Word && n.has(CAP) && n.gap & NL == 0)
}

/// "(droits) de l'Homme", "de l'Enfant", "de la Femme": after the article,
/// a noun often capitalized.
pub(super) fn rights_holder(t: &Tokens, k: usize) -> bool {
    t.toks
        .get(k)
        .is_some_and(|x| x.kind == Tk::Word && x.gap & NL == 0)
        && matches!(t.fold(k), "homme" | "enfant" | "femme")
}

/// The complements of an institution's name from `j` (right after its
/// head and adjectives): one, then more joined by "et" or following on
/// (three at most); the end of the last. `None` when there is none.
pub(super) fn complements(t: &Tokens, j: usize, used: &[bool]) -> Option<usize> {
    let mut end = complement(t, j, used)?;
    for _ in 0..2 {
        let and = t.toks.get(end).is_some_and(|x| x.kind == Tk::Word) && t.fold(end) == "et";
        match if and {
            complement(t, end + 1, used)
        } else {
            complement(t, end, used)
        } {
            Some(e) => end = e,
            None => break,
        }
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::entities::tokens::Tokens;

    fn ends(text: &str, from: &str) -> Option<String> {
        let t = Tokens::new(text);
        let j = (0..t.len()).find(|&k| t.surf(k) == from)?;
        let end = complements(&t, j, &[])?;
        let last = &t.toks[end - 1];
        Some(text[t.toks[j].start as usize..last.end as usize].to_string())
    }

    #[test]
    fn complements_take_their_nouns_and_agreeing_adjectives() {
        let cases = [
            (
                "le Centre national de la recherche scientifique a dit",
                "de",
                Some("de la recherche scientifique"),
            ),
            (
                "l'Institut national de la statistique et des études économiques (Insee)",
                "de",
                Some("de la statistique et des études économiques"),
            ),
            (
                "la Commission nationale de l'informatique et des libertés sanctionne",
                "de",
                Some("de l'informatique et des libertés"),
            ),
            (
                "l'Agence nationale de sécurité du médicament",
                "de",
                Some("de sécurité du médicament"),
            ),
            (
                "l'Office national des forêts gère",
                "des",
                Some("des forêts"),
            ),
            // a verb in the singular after a plural noun
            (
                "la Cour des comptes critique le budget",
                "des",
                Some("des comptes"),
            ),
            ("la Cour des comptes indique", "des", Some("des comptes")),
            (
                "le Parti du peuple pakistanais a gagné",
                "du",
                Some("du peuple pakistanais"),
            ),
            (
                "l'Autorité des marchés financiers",
                "des",
                Some("des marchés financiers"),
            ),
            ("le Conseil constitutionnel du pays a tranché", "du", None),
            ("la Commission européenne de l'époque", "de", None),
            ("le Conseil national de Marine Le Pen", "de", None),
            ("l'Assemblée nationale de mardi", "de", None),
        ];
        for (text, from, want) in cases {
            assert_eq!(ends(text, from).as_deref(), want, "{text}");
        }
    }
}

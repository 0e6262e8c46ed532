//! People, organizations and places: capitalized sequences (with particles,
//! acronyms, dotted and inner-caps names), gazetteer spans, acronym
//! definitions `Long Form (LF)`, sentence-initial disambiguation, and cue
//! words before and after.

use super::complement;
use super::gazetteer::{self, PlaceKind};
use super::inline::HashSet64;
use super::lexicon;
use super::lexicon::{
    CLOSED, MONTH, NUMWORD, OCCUPATION, OF, ORG_CUE, ORG_HEAD, ORG_SUFFIX, PARTICLE,
    PERSON_CUE_AFTER, PLACE_CUE, PLACE_CUE_STRONG, STOPCAP, TIME_UNIT, TITLE, WEEKDAY,
};
use super::tokens::{ALLCAPS, CAP, DIGIT, DOT, HYPHEN, INNERCAP, LOWER, NL, ONE, SP, Tk, Tokens};
use super::{EntityKind, Found, FxSet, hash_bytes, hash_str};
use std::sync::LazyLock;

/// Top-level domains that make a dotted lowercase word a site name.
const TLDS: &[&str] = &[
    "com", "net", "org", "fr", "ru", "io", "co", "uk", "de", "cn", "be", "ch", "lu", "eu", "info",
    "it", "es", "jp", "ai", "app", "tv",
];

/// How sure a classification is, for voting across mentions.
pub const STRONG: u8 = 3;
pub const MEDIUM: u8 = 2;
pub const WEAK: u8 = 1;

/// Article-wide facts used by the sentence-initial rules.
pub struct Seen {
    lower: HashSet64,
    capmid: HashSet64,
    /// The hashes of capitalized words seen where a noun stands: before a
    /// stop, a function word or a verb ("Tanshui is", "of Tanshui."); such
    /// a word, unless a known people's adjective, is a name where its
    /// ending alone would make an adjective of it ("Tanshui residents")
    named: HashSet64,
    /// The hashes of storms' names: a capitalized word right after a
    /// word for a storm (and at most one lower-case adjective): "l'ouragan
    /// Sandy", "l'ouragan meurtrier Sandy", "Hurricane Katrina", "Typhoon
    /// Haiyan". A storm is an event, no entity, wherever the article
    /// names it ("Sandy a influencé son choix").
    storms: Vec<u64>,
    /// How many lower-case words of a match or a club the article has, up
    /// to six ([`about_sport`]'s count with clubs), read once when a rule
    /// first asks.
    sport_words: std::cell::OnceCell<usize>,
}

/// Words for a storm, folded.
const STORM_CUES: [&str; 10] = [
    "hurricane",
    "typhoon",
    "cyclone",
    "storm",
    "ouragan",
    "tempete",
    "typhon",
    "hurricanes",
    "ouragans",
    "cyclones",
];

impl Seen {
    pub fn new(t: &Tokens) -> Seen {
        let mut lower = HashSet64::for_at_most(t.len());
        let mut capmid = HashSet64::for_at_most(t.len());
        let mut named = HashSet64::for_at_most(t.len());
        let mut storms = Vec::new();
        for (i, tok) in t.toks.iter().enumerate() {
            if tok.kind != Tk::Word {
                continue;
            }
            if tok.has(LOWER) && !tok.has(INNERCAP | DOT) {
                lower.insert(t.hash(i));
            } else if tok.has(CAP) && !t.sentence_initial(i) {
                capmid.insert(t.hash(i));
            }
            if tok.has(CAP) && !tok.has(ALLCAPS) && noun_before(t, i + 1) {
                named.insert(t.hash(i));
            }
            if (5..=10).contains(&tok.len())
                && STORM_CUES.contains(&t.fold(i))
                && let Some(k) = storm_name_after(t, i)
            {
                storms.push(t.hash(k));
            }
        }
        Seen {
            lower,
            capmid,
            named,
            storms,
            sport_words: std::cell::OnceCell::new(),
        }
    }

    /// Whether the article has at least `n` (at most six) lower-case words
    /// of a match or a club: [`about_sport`] with clubs, counted once per
    /// article (a rule asks it for every name beside a match's word).
    fn about_sport(&self, t: &Tokens, n: usize) -> bool {
        debug_assert!(n <= 6);
        *self.sport_words.get_or_init(|| sport_words(t, 6, true)) >= n
    }

    /// Whether every word of `s..e` names a storm or says it is one
    /// ("Sandy", "Hurricane Sandy", "Tropical Storm Noel").
    fn storm(&self, t: &Tokens, s: usize, e: usize) -> bool {
        let mut named = false;
        for k in word_idx(t, s, e) {
            if self.storms.contains(&t.hash(k)) {
                named = true;
            } else if !STORM_CUES.contains(&t.fold(k)) && t.fold(k) != "tropical" {
                return false;
            }
        }
        named
    }

    /// Whether a folded word occurs in lowercase (also as singular/plural).
    pub fn lower(&self, f: &str) -> bool {
        self.lower.contains(hash_str(f))
            || f.strip_suffix('s')
                .is_some_and(|s| self.lower.contains(hash_str(s)))
            || self.lower.contains(hash_with_s(f))
    }

    pub fn capmid(&self, f: &str) -> bool {
        self.capmid.contains(hash_str(f))
    }

    /// Whether the word at `k` is seen somewhere where a noun stands.
    fn named(&self, t: &Tokens, k: usize) -> bool {
        self.named.contains(t.hash(k))
    }
}

/// Whether the token at `k` follows a noun, not an adjective: the text's
/// end, a stop or other punctuation (not a hyphen or an apostrophe), a
/// function word or a verb ("Tanshui is", "in Tanshui.", "Tanshui and").
fn noun_before(t: &Tokens, k: usize) -> bool {
    let Some(n) = t.toks.get(k) else {
        return true;
    };
    match n.kind {
        Tk::Punct(c) => !matches!(c, '-' | '\'' | '’' | '‑'),
        Tk::Num => false,
        Tk::Word => n.gap & SP != 0 && (n.lex.flags & CLOSED != 0 || verb_after_name(t.fold(k))),
    }
}

/// Words that follow a name, never a people's adjective: verbs of
/// saying and being, and adverbs of time ("Tanshui was", "Tanshui last
/// week").
fn verb_after_name(f: &str) -> bool {
    matches!(
        f,
        "said"
            | "says"
            | "told"
            | "is"
            | "was"
            | "has"
            | "had"
            | "will"
            | "would"
            | "added"
            | "announced"
            | "reported"
            | "wrote"
            | "who"
            | "which"
            | "last"
            | "next"
            | "yesterday"
            | "today"
            | "became"
            | "remains"
            | "remained"
    )
}

/// The capitalized word that a storm's word at `i` names, right after it
/// or after one lower-case adjective ("l'ouragan meurtrier Sandy").
fn storm_name_after(t: &Tokens, i: usize) -> Option<usize> {
    let name = |k: usize| {
        t.toks.get(k).is_some_and(|x| {
            x.kind == Tk::Word
                && x.has(CAP)
                && !x.has(ALLCAPS | DIGIT)
                && x.gap & (SP | NL) == SP
                && x.lex.flags & (CLOSED | MONTH | WEEKDAY) == 0
        })
    };
    let adjective = t.toks.get(i + 1).is_some_and(|x| {
        x.kind == Tk::Word
            && x.has(LOWER)
            && !x.has(CAP)
            && x.gap & (SP | NL) == SP
            && x.lex.flags & CLOSED == 0
    });
    // "un deuxième typhon, Damrey, est attendu": the name between commas
    let comma = |k: usize| t.toks.get(k).is_some_and(|x| x.kind == Tk::Punct(','));
    if name(i + 1) {
        Some(i + 1)
    } else if name(i + 2) && (adjective || comma(i + 1) && comma(i + 3)) {
        Some(i + 2)
    } else {
        None
    }
}

/// The [`hash_str`] of `f` followed by an `s`, without building it (on
/// the stack when short).
fn hash_with_s(f: &str) -> u64 {
    let mut buf = [0u8; 32];
    match buf.get_mut(..f.len() + 1) {
        Some(b) => {
            b[..f.len()].copy_from_slice(f.as_bytes());
            b[f.len()] = b's';
            hash_bytes(b)
        }
        None => hash_str(&format!("{f}s")),
    }
}

/// A word that can be part of a name. Most tokens (punctuation, words in
/// lower case) are told apart by their shape alone, without the call of
/// [`shaped_name_word`]: a word with no capital, hyphen or dot is none.
/// (Always inlined: the compiler left it a call from the scan of every
/// token in [`sequences`].)
#[inline(always)]
fn name_word(t: &Tokens, i: usize) -> bool {
    let tok = &t.toks[i];
    tok.kind == Tk::Word && tok.has(CAP | INNERCAP | HYPHEN | DOT) && shaped_name_word(t, i)
}

/// The letters of an order or an honour written after a person's name
/// ("Carol Schwartz AO", "Danny Gilbert AM", "Sir John Smith KBE",
/// "Jane Roe QC"): no part of the name.
fn honour(t: &Tokens, j: usize) -> bool {
    matches!(
        t.surf(j),
        "AO" | "AC"
            | "AM"
            | "OAM"
            | "PSM"
            | "APM"
            | "OBE"
            | "CBE"
            | "MBE"
            | "KBE"
            | "DBE"
            | "GBE"
            | "QC"
            | "KC"
            | "FRS"
    ) && t.toks.get(j + 1).is_none_or(|n| n.kind != Tk::Num)
}

/// "Jan Smit", "Jan Koum": "Jan" without its abbreviation's dot and before
/// a capitalized word is the given name, not January ("Jan. 5", "Jan 5").
fn given_jan(t: &Tokens, i: usize) -> bool {
    t.fold(i) == "jan"
        && t.toks[i].has(CAP)
        && t.toks.get(i + 1).is_some_and(|n| {
            n.kind == Tk::Word
                && n.has(CAP)
                && n.gap & (SP | NL) == SP
                && n.lex.flags & (MONTH | WEEKDAY | CLOSED) == 0
        })
}

/// [`name_word`] for a word with a capital, a hyphen or a dot.
fn shaped_name_word(t: &Tokens, i: usize) -> bool {
    let tok = &t.toks[i];
    if tok.kind != Tk::Word
        || tok.lex.flags & (MONTH | WEEKDAY) != 0 && !tok.has(ALLCAPS) && !given_jan(t, i)
    {
        return false;
    }
    // "T-shirt", "X-ray", "E-mail": a letter glued to a lowercase noun
    // names a thing ("a NASA T-shirt"; not "T-Mobile")
    if tok.has(HYPHEN)
        && let [_, b'-', c, ..] = t.surf(i).as_bytes()
        && c.is_ascii_lowercase()
    {
        return false;
    }
    if tok.has(CAP) || tok.has(INNERCAP) {
        return true;
    }
    if tok.has(HYPHEN) && arabic_article(t.surf(i)) {
        return true;
    }
    // (alone: "then-Costa Rican" is no name)
    if tok.has(HYPHEN)
        && time_prefixed(t, i).is_some()
        && t.toks
            .get(i + 1)
            .is_none_or(|n| n.kind != Tk::Word || !n.has(CAP))
        // (nor after a name's word: "in Paris ex-Renault plants")
        && (i == 0
            || t.toks[i - 1].kind != Tk::Word
            || !t.toks[i - 1].has(CAP)
            || t.toks[i - 1].lex.flags & lexicon::CLOSED != 0)
    {
        return true;
    }
    tok.has(DOT) && TLDS.contains(&t.fold(i).rsplit('.').next().unwrap_or(""))
}

/// A name after a prefix of time ("then-Compaq", "ex-Enron"): the
/// prefix and the name, if the word is one (not "then-President": a
/// word the lexicon knows).
pub(super) fn time_prefixed<'t>(t: &'t Tokens, i: usize) -> Option<(&'t str, &'t str)> {
    let (prefix, rest) = t.surf(i).split_once('-')?;
    (matches!(prefix, "then" | "Then" | "ex" | "Ex")
        && rest.starts_with(char::is_uppercase)
        && !rest.contains('-')
        && t.fold(i)
            .split_once('-')
            .is_some_and(|(_, folded)| lexicon::lookup(folded).flags == 0))
    .then_some((prefix, rest))
}

/// An Arabic article glued to a capitalized name ("al-Amr", "el-Sisi"):
/// part of a name, though it starts in lower case.
fn arabic_article(surf: &str) -> bool {
    // (its first letter may be a capital: "Al-Qaeda" opening a sentence)
    let b = surf.as_bytes();
    [
        "al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-",
    ]
    .iter()
    .any(|a| {
        b.first()
            .is_some_and(|&c| c == a.as_bytes()[0] || c == a.as_bytes()[0].to_ascii_uppercase())
            && surf[1..]
                .strip_prefix(&a[1..])
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
    })
}

/// Whether `s..e` is two to five names ending in a family name with its
/// Arabic article ("Hessa al-Jaber", "Hind Abdul Rahman al-Muftah"): the
/// names before it capitalized words no list gives another sense to, the
/// first no word of a group's or a place's name.
fn arabic_family_name(t: &Tokens, s: usize, e: usize) -> bool {
    let words: Vec<usize> = word_idx(t, s, e).collect();
    let Some((&last, names)) = words.split_last() else {
        return false;
    };
    (1..=4).contains(&names.len())
        && t.toks[last].has(HYPHEN)
        && t.surf(last).starts_with(['a', 'e'])
        && arabic_article(t.surf(last))
        && !matches!(
            t.fold(names[0]),
            "jabhat"
                | "jaysh"
                | "jund"
                | "faylaq"
                | "fatah"
                | "nahr"
                | "maarat"
                | "haram"
                | "khor"
                | "asharq"
                | "ansar"
                | "harakat"
                | "kataib"
                | "hayat"
                | "hizb"
                | "jaish"
                | "liwa"
                | "majlis"
                | "dar"
                | "bayt"
                | "beit"
                | "bab"
                | "tahrir"
                | "jamaat"
                | "jamaah"
                | "jemaah"
                | "ahrar"
                | "saraya"
                | "asaib"
                | "tanzim"
                | "ras"
                | "tell"
                | "tal"
                | "deir"
                | "bir"
                | "wadi"
                | "jebel"
                | "jabal"
                | "sharm"
                | "ain"
                | "umm"
                | "kafr"
                | "khan"
                | "qasr"
                | "jisr"
                | "bani"
                | "beni"
                | "madinat"
                | "masjid"
                | "mosque"
                | "university"
                | "hotel"
                | "bank"
                | "the"
                | "le"
                | "la"
                | "les"
        )
        // (a paper's name opens with the article too: "Al-Masry al-Youm",
        // "Al-Quds al-Arabi")
        && !arabic_article(t.surf(names[0]))
        && names.iter().all(|&w| {
            let x = &t.toks[w];
            x.kind == Tk::Word
                && x.has(CAP)
                && !x.has(ALLCAPS | DIGIT | DOT)
                && x.lex.flags
                    & (ORG_HEAD | ORG_SUFFIX | ORG_CUE | TITLE | CLOSED | MONTH | WEEKDAY)
                    == 0
                && !gazetteer::common_word(t.fold(w))
                && !gazetteer::shared_word(t.fold(w))
                && gazetteer::place(t.fold(w)).is_none()
                && !gazetteer::company(t.fold(w))
                && !nationality(t.fold(w))
        })
}

pub(super) fn is_apos(t: &Tokens, i: usize) -> bool {
    matches!(
        t.toks.get(i).map(|x| x.kind),
        Some(Tk::Punct('\'')) | Some(Tk::Punct('’'))
    )
}

/// Finds `Long Form (LF)`; returns org mentions and marks them used, and
/// records (acronym, long form) pairs.
pub fn acronym_definitions(
    t: &Tokens,
    used: &mut [bool],
    out: &mut Vec<Found>,
    pairs: &mut Vec<(String, String)>,
) {
    let n = t.len();
    for p in 1..n.saturating_sub(2) {
        if t.toks[p].kind != Tk::Punct('(')
            || !(t.toks[p + 1].has(ALLCAPS) || title_case_acronym(t, p + 1))
            || t.toks[p + 2].kind != Tk::Punct(')')
            || used[p + 1]
        {
            continue;
        }
        let acr = t.fold(p + 1);
        let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.len() < 2 || letters.len() > 8 {
            continue;
        }
        // (a possessive's "'s" ends no name: "the Commodity Futures Trading
        // Commission's (CFTC) office")
        let end = if p >= 3 && t.fold(p - 1) == "s" && is_apos(t, p - 2) && t.toks[p - 2].gap == 0 {
            p - 2
        } else if p >= 2
            && matches!(t.toks[p - 1].kind, Tk::Punct('\'' | '’' | '"' | '”' | '»'))
            && t.toks[p - 1].gap == 0
        {
            // (a closing quote ends it: "the 'People's Movement Against
            // Nuclear Energy' (PMANE)")
            p - 1
        } else {
            p
        };
        // walk back over words; content words' initials must spell the
        // acronym; failing that, function words' too ("Department of
        // Defense (DOD)", "Ministry of Defence (MoD)")
        let walk = |function_letters: bool| {
            let mut k = letters.len();
            let mut s = end;
            while s > 0 && end - s < 16 {
                s -= 1;
                let tok = &t.toks[s];
                if !used[s]
                    && glued_stop(t, s)
                    && s > 0
                    && t.toks[s - 1].kind == Tk::Word
                    && t.toks[s - 1].has(DOT)
                {
                    // dotted initials spell the acronym's first letters:
                    // "U.S. Department of Agriculture (USDA)"
                    let dotted: Vec<char> = t
                        .fold(s - 1)
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .collect();
                    if used[s - 1] || dotted.len() > k || letters[k - dotted.len()..k] != dotted[..]
                    {
                        break;
                    }
                    k -= dotted.len();
                    s -= 1;
                    if k == 0 {
                        return Some(s);
                    }
                    continue;
                }
                if used[s] || tok.kind != Tk::Word && !is_apos(t, s) && tok.kind != Tk::Punct('-') {
                    break;
                }
                if tok.kind != Tk::Word {
                    continue;
                }
                let f = t.fold(s);
                let function = tok.lex.flags & (CLOSED | PARTICLE) != 0 && f.len() <= 3;
                // a capitalized article opens the name when it gives the
                // acronym's first letter: "Les Républicains (LR)", "La France
                // insoumise (LFI)"
                let article = k == 1
                    && tok.has(CAP)
                    && matches!(f, "le" | "la" | "les" | "the")
                    && f.starts_with(letters[0]);
                if function
                    && !article
                    && !(function_letters && k > 1 && f.starts_with(letters[k - 1]))
                {
                    continue;
                }
                // the name's last word may give the acronym's last two to
                // four letters: "direction interministérielle du numérique
                // (DINUM)"
                let tail = if k == letters.len() {
                    (2..=4.min(k - 1)).rev().find(|&m| {
                        let end: String = letters[k - m..k].iter().collect();
                        f.starts_with(&end)
                    })
                } else {
                    None
                };
                if let Some(m) = tail {
                    k -= m;
                    continue;
                }
                if k == 0 || !f.starts_with(letters[k - 1]) {
                    break;
                }
                k -= 1;
                if k == 0 {
                    return Some(s);
                }
            }
            None
        };
        // (a person's title spelled is no body: "the Minister of Finance
        // (MOF)")
        let found = walk(false)
            .or_else(|| walk(true))
            .filter(|&s| t.toks[s].lex.flags & TITLE == 0)
            .map(|s| {
                // an office's head before an acronym of its field is the
                // name's: "the Department of Health and Human Services (HHS)"
                if s >= 2
                    && matches!(t.fold(s - 1), "of" | "for")
                    && t.toks[s - 1].kind == Tk::Word
                    && !used[s - 2]
                    && t.toks[s - 2].kind == Tk::Word
                    && t.toks[s - 2].has(CAP)
                    && t.toks[s - 2].lex.flags & ORG_HEAD != 0
                {
                    s - 2
                } else {
                    s
                }
            });
        // (a body's head word in lower case opens it too: "la commission
        // d'orientation stratégique (COS)", "l'instance nationale
        // partenariale (INP)")
        if let Some(s) =
            found.filter(|&s| t.toks[s].has(CAP) || public_body_head(t, s, letters.len()))
        {
            // a law's, a treaty's or a prize's name and its short form are
            // no organization's ("Clean Water Act (CWA)"): neither is
            // listed, nor the short form wherever it is used alone
            if NOT_NAME_ENDS.contains(&t.fold(end - 1)) {
                used[s..p].iter_mut().for_each(|u| *u = true);
                let acr = acr.to_string();
                for (i, u) in used.iter_mut().enumerate() {
                    if t.toks[i].kind == Tk::Word && t.fold(i) == acr {
                        *u = true;
                    }
                }
                continue;
            }
            // (a capitalized word or two of the same run before the words
            // the letters spell are the name's too: "the U.S.
            // International Development Finance Corporation (DFC)"; not
            // a title, nor a common word opening the sentence)
            let first = s;
            let mut s = s;
            // (not before a name the list knows whole: "The South African
            // African National Congress (ANC)")
            let mut known = String::new();
            t.key(first, end, &mut known);
            // (a country's name before it stays: "United States
            // Environmental Protection Agency (EPA)")
            let adjective_before = first > 0 && nationality(t.fold(first - 1));
            let reach = if adjective_before && gazetteer::known_organization(&known) {
                0
            } else {
                2
            };
            for _ in 0..reach {
                if s == 0 || t.toks[s].gap & (SP | NL) != SP {
                    break;
                }
                // (a country's name ends the run: "United States
                // International …")
                if s < first
                    && let Some(b) = country_before(t, s)
                {
                    s = b;
                    break;
                }
                let k = s - 1;
                let x = &t.toks[k];
                if used[k]
                    || x.kind != Tk::Word
                    || !x.has(CAP)
                    || x.has(ALLCAPS | DOT | DIGIT)
                    || x.lex.flags & (CLOSED | TITLE) != 0
                    || t.sentence_initial(k)
                        && (gazetteer::common_word(t.fold(k)) || gazetteer::shared_word(t.fold(k)))
                    || country_initials(t.fold(k))
                {
                    break;
                }
                s = k;
            }
            // (not from the middle of a longer run, unless a country's
            // name opens it: "United States International Development
            // Finance Corporation")
            if s < first
                && s > 0
                && t.toks[s].gap & (SP | NL) == SP
                && t.toks[s - 1].kind == Tk::Word
                && t.toks[s - 1].has(CAP)
                && !country_initials(t.fold(s - 1))
                && t.toks[s - 1].lex.flags & CLOSED == 0
            {
                s = country_before(t, s).unwrap_or(first);
            }
            // (a country's initials before it are the name's: "the U.S.
            // Commodity Futures Trading Commission (CFTC)")
            let initials = |k: usize| {
                !used[k]
                    && t.toks[k].kind == Tk::Word
                    && t.toks[k].has(CAP)
                    && country_initials(t.fold(k))
            };
            let s = if s == 0 || t.toks[s].gap & (SP | NL) != SP {
                s
            } else if initials(s - 1) && !t.toks[s - 1].has(DOT) {
                s - 1
            } else if s > 1
                && t.toks[s - 1].kind == Tk::Punct('.')
                && glued_stop(t, s - 1)
                && initials(s - 2)
            {
                s - 2
            } else {
                s
            };
            let mut key = String::new();
            t.key(s, end, &mut key);
            if gazetteer::place(&key).is_some() {
                // a state's long name and its initials are places: "the
                // Republic of Korea (ROK)", "Democratic Republic of the
                // Congo (DRC)"
                used[s..p].iter_mut().for_each(|u| *u = true);
                used[p + 1] = true;
                out.push(strong(t, s, end, EntityKind::Place, "long-form-place"));
                out.push(strong(
                    t,
                    p + 1,
                    p + 2,
                    EntityKind::Place,
                    "long-form-place",
                ));
                continue;
            }
            if matches!(t.fold(end - 1), "government" | "administration") && t.toks[s].has(DOT) {
                // "the U.S. Government (USG)": a state's, no name
                continue;
            }
            let long = &t.text[t.toks[s].start as usize..t.toks[end - 1].end as usize];
            pairs.push((acr.to_string(), long.to_string()));
            used[s..p].iter_mut().for_each(|u| *u = true);
            out.push(strong(t, s, end, EntityKind::Organization, "long-form"));
            // the acronym the long form spells is the organization's too,
            // listed apart: not a ticker in brackets ("Forces armées
            // révolutionnaires de Colombie (FARC)"), nor, written as a
            // word, a sentence's first word after the bracket ("(Ufip)");
            // after a listed company it is its ticker ("Morgan Stanley
            // (MS)"), left to the tickers' rule
            if !t.toks[p + 1].has(ALLCAPS) || !gazetteer::company(&key) {
                used[p + 1] = true;
                out.push(strong(
                    t,
                    p + 1,
                    p + 2,
                    EntityKind::Organization,
                    "long-form",
                ));
            }
        }
    }
}

/// Whether the lower-case word at `s` opens a public body's name that an
/// acronym of `letters` letters defines: "la direction interministérielle
/// du numérique (DINUM)", "la commission d'orientation stratégique (COS)",
/// "le service national de renseignement (SNR)". Only a public body's head
/// word, and three letters or more: a company's form or a generic term is
/// no body ("société anonyme (SA)", "conseil de surveillance (CS)",
/// "bank holding company (BHC)", "groupe de travail (GT)").
fn public_body_head(t: &Tokens, s: usize, letters: usize) -> bool {
    letters >= 3
        && t.toks[s].kind == Tk::Word
        && matches!(
            t.fold(s),
            "direction"
                | "commission"
                | "agence"
                | "conseil"
                | "service"
                | "mutualite"
                | "instance"
                | "secretariat"
                | "mission"
                | "delegation"
                | "inspection"
                | "office"
                | "autorite"
                | "institut"
                | "observatoire"
                | "caisse"
                | "ministere"
                | "groupement"
                | "haut"
                | "haute"
        )
}

/// An acronym written as a word ("Ufip", "Medef", "Unesco"): a capital
/// then three to five lowercase letters, no word of the lexicon, no place
/// and no given name (its long form must still spell it).
fn title_case_acronym(t: &Tokens, i: usize) -> bool {
    let tok = &t.toks[i];
    let f = t.fold(i);
    tok.kind == Tk::Word
        && tok.has(CAP)
        && !tok.has(DOT | DIGIT | HYPHEN | INNERCAP)
        && (4..=6).contains(&f.len())
        && f.bytes().all(|c| c.is_ascii_lowercase())
        && tok.lex.flags == 0
        && gazetteer::place(f).is_none()
        && !gazetteer::any_given_name(f)
}

/// The listed place that `s..e` is, whole: its key in the lists, or the
/// longest place read from `s` ("Republic of Korea") ending at `e`.
fn listed_place(t: &Tokens, s: usize, e: usize) -> Option<PlaceKind> {
    let mut k = String::new();
    t.key(s, e, &mut k);
    gazetteer::place(&k)
        .or_else(|| gazetteer_at(t, s, &mut k).and_then(|(end, p)| (end == e).then_some(p)))
}

/// Longest gazetteer place starting at `i` (capitalized), as end token.
fn gazetteer_at(t: &Tokens, i: usize, key: &mut String) -> Option<(usize, PlaceKind)> {
    if !t.toks[i].has(CAP) {
        return None;
    }
    let max = gazetteer::GAZ.max_words;
    // "St. Louis", "Mt. Everest": the abbreviation read in full
    if let Some(full) = abbreviated_saint(t, i)
        && i + 2 < t.len()
        && t.toks[i + 2].has(CAP)
    {
        let mut best = None;
        let mut j = i + 2;
        while j < t.len() && j - i - 2 < max && t.toks[j].kind == Tk::Word {
            // "St. John's": the possessive read with the name
            if j + 2 < t.len()
                && matches!(t.toks[j + 1].kind, Tk::Punct('\'' | '’'))
                && t.toks[j + 2].gap == 0
                && t.toks[j + 1].gap == 0
                && t.fold(j + 2) == "s"
            {
                j += 2;
            }
            j += 1;
            t.key(i + 2, j, key);
            let spaced = format!("{full} {key}");
            let dashed = format!("{full}-{}", key.replace(' ', "-"));
            if let Some(k) = gazetteer::place(&spaced).or_else(|| gazetteer::place(&dashed)) {
                best = Some((j, k));
            }
            if !gazetteer::begins_place(&spaced) && !gazetteer::begins_place(&dashed) {
                break;
            }
        }
        if best.is_some() {
            return best;
        }
    }
    // "Republic of Korea", "République de Corée": a state's formal style
    // before a country the lists know by its short name
    // (and "République d'Irlande", "République de Tchétchénie": elided,
    // or before a region)
    if i + 2 < t.len()
        && matches!(
            t.fold(i),
            "republic" | "kingdom" | "principality" | "republique" | "royaume" | "principaute"
        )
        && t.toks[i + 1].lex.flags & OF != 0
    {
        let at = if t.fold(i + 1) == "d" && is_apos(t, i + 2) {
            i + 3
        } else {
            i + 2
        };
        if at < t.len()
            && t.toks[at].has(CAP)
            && let Some((j, PlaceKind::Country | PlaceKind::Region)) = gazetteer_run(t, at, key)
        {
            return Some((j, PlaceKind::Country));
        }
    }
    let best = gazetteer_run(t, i, key);
    // "l'Irlande du Nord", "le Caucase du Nord", "l'Afrique de l'Ouest": a
    // country's or region's part named by a point of the compass
    match best {
        Some((j, k @ (PlaceKind::Country | PlaceKind::Area | PlaceKind::Region))) => {
            Some((compass_complement(t, j).unwrap_or(j), k))
        }
        _ => best,
    }
}

/// A French street's lower-case head word (folded) before its name: "rue
/// Oberkampf", "avenue Gustave Eiffel" (a square, "place", needs more care
/// and is read by its callers).
fn street_word(f: &str) -> bool {
    matches!(
        f,
        "rue" | "boulevard" | "avenue" | "impasse" | "canal" | "esplanade" | "allee"
    )
}

/// "rue de la Loi", "place de la République", "rue du Dries", "avenue
/// d'Italie": a French street or square named by a complement, before the
/// name at `s`; where it starts (its lower-case head).
fn street_of(t: &Tokens, s: usize) -> Option<usize> {
    let word = |k: usize, w: &str| lower_word(t, k) && t.fold(k) == w;
    let de = match s {
        s if s >= 3 && word(s - 3, "de") && word(s - 2, "l") && is_apos(t, s - 1) => s - 3,
        s if s >= 2 && word(s - 2, "de") && word(s - 1, "la") => s - 2,
        s if s >= 2 && word(s - 2, "d") && is_apos(t, s - 1) => s - 2,
        s if s >= 1 && (word(s - 1, "du") || word(s - 1, "des") || word(s - 1, "de")) => s - 1,
        _ => return None,
    };
    let head = de.checked_sub(1)?;
    let f = t.fold(head);
    let with_article = de + 1 < s && t.fold(de) == "de";
    // (the head may be capitalized: "l'Avenue des Champs-Élysées", "le
    // Bassin de la Villette")
    // (a capitalized basin is a place's own name, "le Bassin de la
    // Villette"; "le bassin du Tarvanquir" is the river's)
    let capitalized = t.toks[head].has(CAP) && !t.toks[head].has(ALLCAPS);
    let ok = t.toks[head].kind == Tk::Word
        && (t.toks[head].has(LOWER) || capitalized && (street_word(f) || f == "bassin"))
        && t.toks[head].gap & NL == 0
        && (de..=s).all(|k| t.toks[k].gap & NL == 0)
        && match f {
            f if street_word(f) || f == "quai" || capitalized && f == "bassin" => true,
            // (a square only with its article, and not "à la place de",
            // instead of: "la place de la Bastille"; nor a country's or a
            // region's standing: "la place de la France dans le monde")
            "place" => {
                with_article
                    && !(head >= 2 && word(head - 1, "la") && t.fold(head - 2) == "a")
                    && !matches!(
                        gazetteer::place(t.fold(s)),
                        Some(PlaceKind::Country | PlaceKind::Area | PlaceKind::Region)
                    )
            }
            _ => false,
        };
    ok.then_some(head)
}

/// "du Nord", "du Sud-Est", "de l'Ouest" at `j`, capitalized: the end.
fn compass_complement(t: &Tokens, j: usize) -> Option<usize> {
    let word = |k: usize| {
        t.toks
            .get(k)
            .is_some_and(|x| x.kind == Tk::Word && x.gap & NL == 0)
    };
    let k = match t.toks.get(j).map(|_| t.fold(j)) {
        Some("du") if word(j) && t.toks[j].has(LOWER) => j + 1,
        Some("de") if word(j) && word(j + 1) && t.fold(j + 1) == "l" && is_apos(t, j + 2) => j + 3,
        _ => return None,
    };
    let point = |m: usize| word(m) && t.toks[m].has(CAP) && french_compass_point(t.fold(m));
    // ("du Nord"/"du Sud" only; "de l'Est"/"de l'Ouest")
    let ok = point(k)
        && (t.fold(j) == "du") == matches!(t.fold(k).split('-').next(), Some("nord" | "sud"));
    // (not a name going on: "l'Afrique du Sud Telecom")
    (ok && !t
        .toks
        .get(k + 1)
        .is_some_and(|x| x.kind == Tk::Word && x.has(CAP) && x.gap & NL == 0))
    .then_some(k + 1)
}

/// The longest run of words from `i` that the gazetteer knows as a place.
fn gazetteer_run(t: &Tokens, i: usize, key: &mut String) -> Option<(usize, PlaceKind)> {
    let max = gazetteer::GAZ.max_words;
    let mut best = None;
    let mut words = 0;
    let mut j = i;
    while j < t.len() && words < max {
        let tok = &t.toks[j];
        if j > i && tok.gap & NL != 0 {
            break;
        }
        match tok.kind {
            Tk::Word => {
                words += 1;
                j += 1;
                let key = span_key(t, i, j, key);
                // "au Mans", "du Havre", "aux Sables-d'Olonne": the town's
                // article merged into the preposition before it
                // (not inside a name: "l'Atelier du Port", "la Nuit du Port")
                let merged = || {
                    let inside = i >= 2 && t.toks[i - 2].kind == Tk::Word && t.toks[i - 2].has(CAP);
                    let art = match (i > 0 && t.toks[i - 1].has(LOWER) && !inside)
                        .then(|| t.fold(i - 1))
                    {
                        Some("au" | "du") => "le",
                        Some("aux" | "des") => "les",
                        _ => return None,
                    };
                    gazetteer::place(&format!("{art} {key}"))
                };
                if let Some(k) = gazetteer::place(key).or_else(merged) {
                    // a one-word city that is also a given name (Vladimir) is
                    // left to the person rules
                    // (a town's name capitalizes every word but its
                    // particles: "La défense", "Le passage" are common
                    // nouns, not the communes)
                    let lower_inside = words > 1
                        && k == PlaceKind::Town
                        && (i + 1..j).any(|w| {
                            let x = &t.toks[w];
                            x.kind == Tk::Word
                                && x.has(LOWER)
                                && x.lex.flags & (PARTICLE | CLOSED) == 0
                        });
                    let given_city =
                        words == 1 && k == PlaceKind::City && gazetteer::given_name(key);
                    if !given_city && !lower_inside {
                        best = Some((j, k));
                    }
                }
                if !gazetteer::begins_place(key) {
                    break;
                }
            }
            Tk::Punct('-' | '–' | '\'' | '’') if j > i => j += 1,
            _ => break,
        }
    }
    best
}

/// The key of the tokens `i..j` (see [`Tokens::key`]): a single word's is
/// its folded form, with no copy.
fn span_key<'k>(t: &'k Tokens, i: usize, j: usize, buf: &'k mut String) -> &'k str {
    if j == i + 1 && t.toks[i].kind == Tk::Word {
        return t.fold(i);
    }
    t.key(i, j, buf);
    buf
}

/// Whether `i` is a social network's name before the word for a page,
/// a group or an account on it ("Facebook page", "Twitter account").
fn platform_page(t: &Tokens, i: usize) -> bool {
    i + 1 < t.len()
        && t.toks[i].has(CAP)
        && matches!(
            t.fold(i),
            "facebook"
                | "twitter"
                | "youtube"
                | "instagram"
                | "tiktok"
                | "telegram"
                | "vkontakte"
                | "linkedin"
        )
        && t.toks[i + 1].kind == Tk::Word
        && t.toks[i + 1].gap & (SP | NL) == SP
        && matches!(
            t.fold(i + 1),
            "page"
                | "pages"
                | "group"
                | "groups"
                | "account"
                | "accounts"
                | "profile"
                | "channel"
                | "feed"
        )
}

/// Whether `s..e` is two to four capitalized words of two to four
/// letters that no list knows ("Aung San Suu Kyi", "Png Eng Huat"), or a
/// French article that opens no sentence and one such word ("Le Pen", "Le
/// Toux").
fn short_syllable_name(t: &Tokens, s: usize, e: usize) -> bool {
    let words: Vec<usize> = word_idx(t, s, e).collect();
    if !(2..=4).contains(&words.len()) {
        return false;
    }
    let short = |k: usize| {
        let x = &t.toks[k];
        let f = t.fold(k);
        x.kind == Tk::Word
            && x.has(CAP)
            && !x.has(ALLCAPS | DIGIT | DOT | HYPHEN)
            && x.lex.flags == 0
            && (2..=4).contains(&f.len())
            && f.bytes().all(|b| b.is_ascii_lowercase())
            && !gazetteer::common_word(f)
            && !gazetteer::shared_word(f)
            && !gazetteer::company(f)
            && !gazetteer::known_organization(f)
            && gazetteer::place(f).is_none()
    };
    let article = words.len() == 2
        && matches!(t.surf(words[0]), "Le" | "La")
        && !t.sentence_initial(words[0]);
    (article || short(words[0])) && words[1..].iter().all(|&k| short(k))
}

/// Whether a word is shaped like a surname with a glued particle:
/// "LaVelle", "McDonald", "MacArthur", "DeSantis", "DiCaprio", "VanDyke",
/// "O'Neill" (its inner capital then is no evidence of a brand).
fn surname_particle_caps(w: &str) -> bool {
    [
        "Mc", "Mac", "La", "Le", "De", "Di", "Da", "Du", "Van", "Von",
    ]
    .iter()
    .any(|p| {
        w.strip_prefix(p).is_some_and(|rest| {
            let mut cs = rest.chars();
            cs.next().is_some_and(char::is_uppercase)
                && cs.clone().count() >= 2
                && cs.all(char::is_lowercase)
        })
    })
}

/// The full word of an abbreviation at `i` followed by its full stop:
/// "St." -> "saint", "Ste." -> "sainte", "Mt." -> "mount", "Ft." -> "fort".
fn abbreviated_saint(t: &Tokens, i: usize) -> Option<&'static str> {
    let full = match t.fold(i) {
        "st" => "saint",
        "ste" => "sainte",
        "mt" => "mount",
        "ft" => "fort",
        _ => return None,
    };
    glued_stop(t, i + 1).then_some(full)
}

/// Whether `s` is one char ("J", "É"), told without counting them all.
fn single_char(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// Whether token `i` is a full stop glued to the token before it ("Inc.",
/// "St.", "U.S.").
fn glued_stop(t: &Tokens, i: usize) -> bool {
    t.toks
        .get(i)
        .is_some_and(|d| d.kind == Tk::Punct('.') && d.gap == 0)
}

/// A hyphenated qualifier at `i` ("London-based", "Polish-born",
/// "NASDAQ-listed"): `Some` with the place before the hyphen as a mention
/// if it is one, `None` when the word is no such qualifier.
fn qualifier(t: &Tokens, i: usize) -> Option<Option<Found>> {
    let (head, _) = qualifier_parts(t.surf(i))?;
    if head.is_empty() || gazetteer::place(&gazetteer::key_of(head)).is_none() {
        return Some(None);
    }
    let mut f = Found::new(t, i, i + 1, EntityKind::Place, "place-based", None);
    f.end = f.start + head.len() as u32;
    f.conf = STRONG;
    Some(Some(f))
}

/// A word of two places joined by a hyphen ("Paris-Berlin",
/// "Perpignan-Villefranche-Vernet-les-Bains"): the two halves and their
/// kinds, split at the first hyphen where both are places (the first one
/// of the lists, the second, when it holds hyphens itself, a town even of
/// the long list).
fn hyphen_places(surf: &str) -> Option<(&str, &str, PlaceKind, PlaceKind)> {
    // (a name of a few hyphens only: each split is looked up, and a run of
    // thousands of hyphenated words names no two places)
    if surf.len() > 80 {
        return None;
    }
    surf.match_indices('-').find_map(|(p, _)| {
        let (a, b) = (&surf[..p], &surf[p + 1..]);
        if a.is_empty() || !b.starts_with(char::is_uppercase) {
            return None;
        }
        let pa = gazetteer::place(&gazetteer::key_of(a))?;
        let kb = gazetteer::key_of(b);
        let pb = gazetteer::place(&kb).or_else(|| {
            (b.contains('-') && pa != PlaceKind::Town && gazetteer::small_place(&kb))
                .then_some(PlaceKind::Town)
        })?;
        Some((a, b, pa, pb))
    })
}

/// A hyphenated qualifier's head and tail ("London", "based"), if the
/// word is one.
fn qualifier_parts(surf: &str) -> Option<(&str, &str)> {
    let (head, tail) = surf.rsplit_once('-')?;
    QUALIFIER_TAILS
        .contains(&crate::model::text::fold(tail).as_str())
        .then_some((head, tail))
}

/// The company before a qualifier's hyphen at `i` ("NASDAQ-listed",
/// "Google-owned"): an acronym or a listed company's name; not before
/// "-like".
fn qualified_company(t: &Tokens, i: usize) -> Option<Found> {
    let (head, tail) = qualifier_parts(t.surf(i))?;
    let acronym = head.chars().count() >= 2 && head.chars().all(|c| c.is_ascii_uppercase());
    if tail.eq_ignore_ascii_case("like")
        || !(acronym || gazetteer::company(&gazetteer::key_of(head)))
        || nationality(&crate::model::text::fold(head))
    {
        return None;
    }
    let mut f = Found::new(
        t,
        i,
        i + 1,
        EntityKind::Organization,
        "company-qualifier",
        None,
    );
    f.end = f.start + head.len() as u32;
    f.conf = MEDIUM;
    Some(f)
}

/// A place of several words whose last one is a qualifier ("San
/// Francisco-based", "New York-area"): the place, without the qualifier.
fn place_qualified(t: &Tokens, first: usize, last: usize) -> Option<Found> {
    if last > first + 3 || !t.toks[last].has(HYPHEN) {
        return None;
    }
    let (head, tail) = qualifier_parts(t.surf(last))?;
    if head.is_empty() {
        return None;
    }
    let mut f = Found::new(t, first, last + 1, EntityKind::Place, "place-based", None);
    f.end -= (tail.len() + 1) as u32;
    let name = &t.text[f.start as usize..f.end as usize];
    gazetteer::place(&gazetteer::key_of(name))?;
    f.conf = STRONG;
    Some(f)
}

/// One capitalized sequence: token range and the word positions in it.
struct Seq {
    s: usize,
    e: usize,
    /// end of a gazetteer place covering the whole sequence
    place: Option<PlaceKind>,
    /// contains a gazetteer place that is not the whole sequence
    has_place: bool,
}

/// Builds the raw capitalized sequences.
fn sequences(t: &Tokens, used: &[bool]) -> Vec<Seq> {
    let n = t.len();
    let mut out = Vec::new();
    let mut key = String::new();
    // the units of the sequence being read, one buffer for all of them
    let mut parts: Vec<(usize, usize, Option<PlaceKind>)> = Vec::new();
    let mut i = 0;
    while i < n {
        if used[i] || !name_word(t, i) {
            i += 1;
            continue;
        }
        // "the NGO Human Rights Watch", "the Greek NGO Hellenic League
        // for Human Rights", "l'ONG Amnesty International": the kind of
        // body is no part of its name
        let kind_of_body = |k: usize| {
            t.toks.get(k).is_some_and(|x| x.has(ALLCAPS))
                && matches!(t.fold(k), "ngo" | "ngos" | "ong")
                && t.toks.get(k + 1).is_some_and(|x| x.gap & (SP | NL) == SP)
                && k + 1 < n
                && name_word(t, k + 1)
                && !used[k + 1]
        };
        let mut k = i;
        if t.fold(k) == "the" {
            k += 1;
        }
        if k < n && nationality(t.fold(k)) && t.toks.get(k + 1).is_some_and(|x| x.gap & NL == 0) {
            k += 1;
        }
        if kind_of_body(k) {
            i = k + 1;
            continue;
        }
        let s = i;
        parts.clear();
        let mut j = i;
        loop {
            // one unit: a gazetteer span, initials "J." or a name word
            let (ue, pk) = match gazetteer_at(t, j, &mut key) {
                Some((e, k)) if !used[j..e].iter().any(|u| *u) => (e, Some(k)),
                _ => {
                    let tok = &t.toks[j];
                    if let Some(e) = compound_initials(t, j).filter(|&e| e == j + 5) {
                        (e, None)
                    } else if tok.has(CAP)
                        && (single_char(t.fold(j)) || matches!(t.fold(j), "st" | "mt" | "ft"))
                        && glued_stop(t, j + 1)
                    {
                        (j + 2, None)
                    } else {
                        (j + 1, None)
                    }
                }
            };
            parts.push((j, ue, pk));
            j = ue;
            if j >= n || t.toks[j].gap & NL != 0 || used[j] {
                break;
            }
            let next = &t.toks[j];
            // "the Zambian People's Pact Facebook page", "the Sagar-Runi
            // Facebook Page": a platform's page is no part of the name
            // before it, nor of the platform's
            if platform_page(t, j) || platform_page(t, parts[parts.len() - 1].0) {
                break;
            }
            // "à France Info Jacques Witkowski": a known body, then a
            // person's given name and surname
            if next.gap & (SP | NL) == SP
                && parts.len() <= 6
                && gazetteer::given_name(t.fold(j))
                && t.toks
                    .get(j + 1)
                    .is_some_and(|x| x.gap & (SP | NL) == SP && x.has(CAP))
                && {
                    t.key(s, j, &mut key);
                    gazetteer::known_organization(&key)
                }
            {
                break;
            }
            if next.gap & SP != 0 && name_word(t, j) && !(parts.len() >= 2 && honour(t, j)) {
                continue;
            }
            // "Theresa May", "Brian May": a month's word right after a
            // common given name, alone or after a title, is a surname (not
            // "May 5")
            if next.gap & (SP | NL) == SP
                && next.kind == Tk::Word
                && next.lex.flags & MONTH != 0
                && next.has(CAP)
                && !next.has(ALLCAPS)
                && {
                    // (or after a title: "Prime Minister Theresa May")
                    let (g, ge, gp) = parts[parts.len() - 1];
                    ge == g + 1
                        && gp.is_none()
                        && gazetteer::given_name(t.fold(g))
                        && (parts.len() == 1
                            || t.toks[parts[parts.len() - 2].0].lex.flags & TITLE != 0)
                }
                && t.toks.get(j + 1).is_none_or(|x| x.kind != Tk::Num)
            {
                continue;
            }
            // "O'Brien", "Ben O'Keeffe": an Irish "O'" is part of the
            // name; so is an Italian or French "D'" or "L'" after a given
            // name ("Massimo D'Alema", "Anne L'Huillier")
            let left = parts[parts.len() - 1].0;
            if (irish_o(t, left, j) || parts.len() == 2 && given_then_elided(t, parts[0], left, j))
                && !used[j + 1]
            {
                j += 1;
                continue;
            }
            // "Standard and Poor's", as the index is also spelled
            if next.kind == Tk::Word
                && t.fold(j) == "and"
                && t.fold(parts[parts.len() - 1].0) == "standard"
                && j + 1 < n
                && t.fold(j + 1) == "poor"
                && !used[j + 1]
            {
                j += 1;
                continue;
            }
            if next.kind == Tk::Punct('&')
                && j + 1 < n
                && name_word(t, j + 1)
                && !used[j + 1]
                // (not between two people's names: "Alexander Ovechkin &
                // Alexander Semin")
                && !(parts.len() >= 2
                    && gazetteer::given_name(t.fold(s))
                    && gazetteer::given_name(t.fold(j + 1))
                    && t.toks.get(j + 2).is_some_and(|x| x.gap & (SP | NL) == SP && x.has(CAP)))
            {
                j += 1;
                continue;
            }
            // "Union of Rationalist Atheists and Agnostics": an institution's
            // name whose last plural is paired with another by "and"
            if paired_plural(t, s, parts[parts.len() - 1].0, j, used) {
                j += 1;
                continue;
            }
            // "Korean People's Army", "People's Bank of China"; and a listed
            // company whose name ends in "'s" goes on into the capitalized
            // words after it: "Moody's Investors Service"
            if is_apos(t, j)
                && next.gap == 0
                && j + 2 < n
                && t.toks[j + 1].kind == Tk::Word
                && t.fold(j + 1) == "s"
                && !used[j + 2]
                && t.toks[j + 2].gap & (SP | NL) == SP
                && name_word(t, j + 2)
                && (t.fold(parts[parts.len() - 1].0) == "people" || {
                    t.key(s, j + 2, &mut key);
                    gazetteer::company(&key)
                })
            {
                j += 2;
                continue;
            }
            // "Kurdistan Workers' Party", "National Farmers' Union": a
            // plural's possessive before a body's word
            if is_apos(t, j)
                && next.gap == 0
                && j + 1 < n
                && !used[j + 1]
                && t.toks[parts[parts.len() - 1].0].has(CAP)
                && t.fold(parts[parts.len() - 1].0).len() > 3
                && t.fold(parts[parts.len() - 1].0).ends_with('s')
                && t.toks[j + 1].gap & (SP | NL) == SP
                && name_word(t, j + 1)
                && t.toks[j + 1].lex.flags & ORG_HEAD != 0
                // (not a party's members' chamber: "the Democrats' House
                // majority")
                && !matches!(
                    t.fold(j + 1),
                    "house" | "senate" | "chamber" | "parliament" | "assembly" | "congress"
                )
                && !matches!(
                    t.fold(parts[parts.len() - 1].0),
                    "democrats" | "republicans" | "conservatives" | "liberals" | "socialists"
                )
                // (not a body's own name: "the United Nations' Committee
                // Against Torture" is two)
                && {
                    t.key(s, j, &mut key);
                    !gazetteer::known_organization(&key) && gazetteer::place(&key).is_none()
                }
            {
                j += 1;
                continue;
            }
            // "University of North Carolina at Chapel Hill": a campus
            if parts.len() >= 2
                && t.fold(parts[0].0) == "university"
                && t.toks[parts[0].0].has(CAP)
                && next.kind == Tk::Word
                && t.fold(j) == "at"
                && next.has(LOWER)
                && j + 1 < n
                && !used[j + 1]
                && t.toks[j + 1].gap & (SP | NL) == SP
                && name_word(t, j + 1)
            {
                j += 1;
                continue;
            }
            if let Some(skip) = head_connector(t, parts[parts.len() - 1].0, j, used) {
                j += skip;
                continue;
            }
            if country_initials_before_head(t, parts[parts.len() - 1].0, j, used) {
                j += 1;
                continue;
            }
            // (after a leading "The" or a country's initials: "The
            // Securities and Exchange Commission", "U.S. Food and Drug
            // Administration")
            let last = parts[parts.len() - 1];
            // ("The U.S. Food and Drug…" at a sentence's start: two)
            let leads = parts.iter().take(2).take_while(|p| lead_in(t, p.0)).count();
            // (or after an institution's adjective: "the National Air and
            // Space Museum")
            let adjective = parts.len() == leads + 2 && opening_adjective(t, parts[leads].0);
            if (parts.len() == leads.min(parts.len() - 1) + 1 || adjective)
                && (and_before_head(t, last.0, j, last.2.is_some(), adjective, used)
                    || !adjective && couple_before_head(t, last.0, j, used))
            {
                j += 1;
                continue;
            }
            // (also after a sentence's capitalized article: "La Ligue des
            // droits de l'homme a…")
            let head = match parts.len() {
                2 if t.sentence_initial(s)
                    && matches!(t.fold(s), "le" | "la" | "les" | "l" | "the") =>
                {
                    Some(parts[1].0)
                }
                1 => Some(s),
                _ => None,
            };
            if let Some(head) = head
                && let Some(end) = head_lower_complement(t, head, j, used)
            {
                j = end;
                break;
            }
            // particles: de, du, des, d’, von, van...
            if next.kind == Tk::Word && next.lex.flags & PARTICLE != 0 && next.has(LOWER) {
                let mut k = j + 1;
                if is_apos(t, k) {
                    k += 1;
                } else if k < n
                    && t.toks[k].kind == Tk::Word
                    && (t.toks[k].lex.flags & PARTICLE != 0
                        // "Oscar de la Renta", "Jean de la Fontaine": "de
                        // la" after a lone given name ("Ignacio de los
                        // Reyes")
                        || matches!(t.fold(k), "la" | "los" | "las")
                            && t.fold(j) == "de"
                            && parts.len() == 1
                            && gazetteer::given_name(t.fold(s)))
                    && t.toks[k].has(LOWER)
                {
                    k += 1; // von der, de la
                } else if k + 1 < n
                    && (t.toks[parts[parts.len() - 1].0].lex.flags & ORG_HEAD != 0
                        || office_holder(t, s, parts[parts.len() - 1].0))
                    && t.toks[parts[parts.len() - 1].0].has(CAP)
                    && t.toks[k].kind == Tk::Word
                    && t.toks[k].has(LOWER)
                {
                    // an institution's head, then "of the", "de l'": "the
                    // Organisation of the Islamic Conference", "le Musée
                    // de l'Homme"
                    if t.fold(j) == "of"
                        && t.fold(k) == "the"
                        && t.toks.get(k + 1).is_some_and(|x| !x.has(DOT | ALLCAPS))
                    {
                        k += 1;
                    } else if t.fold(j) == "de" && t.fold(k) == "l" && is_apos(t, k + 1) {
                        k += 2;
                    } else if t.fold(j) == "de"
                        && t.fold(k) == "la"
                        && t.toks.get(k + 1).is_some_and(|x| x.has(CAP))
                    {
                        // "le Ministère de la Culture"
                        k += 1;
                    }
                }
                if k < n && !used[k] && name_word(t, k) && t.toks[k].gap & NL == 0 {
                    let left = parts[parts.len() - 1].0;
                    let lf = t.toks[left].lex.flags;
                    let pf = t.fold(j);
                    let noble = !matches!(pf, "de" | "du" | "des" | "d" | "of");
                    // (a person's name takes no "of": "Ann Lee of the
                    // Green Party" is a person and a party; a saint's does:
                    // "St. Francis of Assisi")
                    let person_of =
                        pf != "of" || abbreviated_saint(t, s).is_some() || t.fold(s) == "saint";
                    // (an institution's name goes on after its "for" or
                    // "on": "Council for the Welfare of Immigrants")
                    let head_before = pf == "of"
                        && (s..j).any(|h| {
                            t.toks[h].has(CAP)
                                && t.toks[h].lex.flags & ORG_HEAD != 0
                                && (h..j).any(|c| matches!(t.fold(c), "for" | "on"))
                        });
                    if lf & ORG_HEAD != 0
                        || office_holder(t, s, left)
                        || head_before
                        // "Laboratory Corporation of America Holdings",
                        // "Woodbridge Group of Companies, LLC": a company's
                        // word, "of", and a company's name
                        || pf == "of" && lf & ORG_SUFFIX != 0 && company_tail(t, k, used)
                        || noble
                        || person_of && gazetteer::given_name(t.fold(s)) && parts.len() == 1
                        || person_of && gazetteer::given_name(t.fold(left)) && t.toks[left].has(CAP)
                        // "Valéry Giscard d'Estaing": a given name, a
                        // surname, then "de" and a name that is no place
                        // nor company ("Jean Dupont de Nantes" is not one
                        // name)
                        || parts.len() == 2
                            && matches!(pf, "de" | "d")
                            && parts[0].1 == parts[0].0 + 1
                            && t.toks[s].has(CAP)
                            && !t.toks[s].has(ALLCAPS)
                            && t.toks[s].lex.flags & (CLOSED | TITLE | PARTICLE) == 0
                            && gazetteer::given_name(t.fold(s))
                            && parts[1].1 == parts[1].0 + 1
                            && !t.toks[left].has(ALLCAPS)
                            && t.toks[left].lex.flags & (CLOSED | TITLE | OCCUPATION | ORG_HEAD) == 0
                            && gazetteer_at(t, k, &mut key).is_none()
                            && !gazetteer::company(t.fold(k))
                            // (nor a club's or a company's: "Paul Pogba de
                            // Juventus FC")
                            && !gazetteer::known_organization(t.fold(k))
                            && t.toks.get(k + 1).is_none_or(|x| {
                                x.gap & NL != 0
                                    || x.lex.flags & ORG_SUFFIX == 0
                                        && !matches!(t.fold(k + 1), "fc" | "cf" | "afc" | "sc")
                            })
                        // "le skipper Kito de Pavant", "the painter Ana de
                        // Sousa": a person's cue before the first word
                        || person_of
                            && parts.len() == 1
                            && pf != "of"
                            && s > 0
                            && t.toks[s - 1].kind == Tk::Word
                            && t.toks[s - 1].has(LOWER)
                            && t.toks[s - 1].lex.flags & (OCCUPATION | TITLE) != 0
                        || parts.len() == 1 && unknown_pair_du(t, left, j, k, used)
                        // "Kito de Pavant est le 2e skipper": a name
                        // with "de" whose role follows
                        || parts.len() == 1
                            && matches!(pf, "de" | "d")
                            && t.toks.get(k + 1).is_some_and(|x| x.gap & NL == 0)
                            && role_after_copula(t, k + 1)
                        // "the Northern District of California": a part
                        // of the place named after it
                        || pf == "of"
                            && parts.len() >= 2
                            && land_feature(t, left)
                            && gazetteer_at(t, k, &mut key).is_some_and(|(pe, _)| {
                                !used[k..pe].iter().any(|u| *u)
                                    && t.toks.get(pe).is_none_or(|x| !name_word(t, pe) || x.gap & SP == 0)
                            })
                    {
                        j = k;
                        continue;
                    }
                }
            }
            break;
        }
        // "Intempéries Au moins…", "Record Le…": a label glued to the
        // next sentence's capitalized article or pronoun; no name ends
        // with one
        while parts.len() > 1 && {
            let (k, ke, pk) = parts[parts.len() - 1];
            ke == k + 1
                && pk.is_none()
                && !t.toks[k].has(ALLCAPS)
                && matches!(
                    t.fold(k),
                    "le" | "la"
                        | "les"
                        | "un"
                        | "une"
                        | "il"
                        | "ils"
                        | "elle"
                        | "elles"
                        | "au"
                        | "aux"
                        | "on"
                        | "nous"
                        | "ce"
                        | "cette"
                        | "the"
                        | "he"
                        | "she"
                        | "it"
                        | "we"
                        | "they"
                        // a sentence's first adverb, conjunction or
                        // preposition ("la France Dans le…", "France
                        // Depuis…", "Australia But…")
                        | "dans"
                        | "depuis"
                        | "en"
                        | "pour"
                        | "selon"
                        | "apres"
                        | "avant"
                        | "mais"
                        | "ainsi"
                        | "alors"
                        | "puis"
                        | "enfin"
                        | "ensuite"
                        | "pourtant"
                        | "cependant"
                        | "pendant"
                        | "malgre"
                        | "quand"
                        | "desormais"
                        | "but"
                        | "and"
                        | "after"
                        | "since"
                        | "when"
                        | "while"
                        | "however"
                        | "meanwhile"
                        | "although"
                        | "this"
                        | "these"
                        | "there"
                )
                || t.fold(k) == "qu" && is_apos(t, k + 1)
        } {
            parts.pop();
            // (and the connectors before it: "Office of the It…")
            j = parts[parts.len() - 1].1;
        }
        let e = j;
        let whole = parts.len() == 1 && parts[0].2.is_some();
        out.push(Seq {
            s,
            e,
            place: if whole { parts[0].2 } else { None },
            has_place: !whole && parts.iter().any(|p| p.2.is_some()),
        });
        i = e.max(i + 1);
    }
    out
}

/// "Securities and Exchange Commission", "Arts et Métiers Conseil": one
/// capitalized word at `left` (a common word, no place, given name,
/// company or head word; after an institution's adjective, any word but a
/// place, given name or head word: "National Air and Space Museum")
/// joined by "and"/"et" at `j` to a run of at most four capitalized words
/// whose last one is an institution's head word: one name. Not "Barclays
/// and Deutsche Bank" (a company on the right).
fn and_before_head(
    t: &Tokens,
    left: usize,
    j: usize,
    place: bool,
    after_adjective: bool,
    used: &[bool],
) -> bool {
    let tok = &t.toks[j];
    let lt = &t.toks[left];
    let lf = t.fold(left);
    if place
        || tok.kind != Tk::Word
        || !tok.has(LOWER)
        || !matches!(t.fold(j), "and" | "et")
        || !lt.has(CAP)
        || lt.has(ALLCAPS | DOT | DIGIT)
        || lt.lex.flags & (ORG_HEAD | CLOSED | TITLE) != 0
        || gazetteer::place(lf).is_some()
        || gazetteer::any_given_name(lf)
        || !after_adjective && gazetteer::company_start(lf)
        // a common word ("Securities", "State"), not a name ("Sberbank
        // and Gazprom Bank" are two banks), unless an institution's
        // adjective came first ("National Science and Technology Museum")
        || !after_adjective && !gazetteer::common_word(lf)
        // (a group of people beside a body: "Students and Harvard
        // University staff", "Farmers and Environment Agency officials")
        || ["ers", "ents", "ists", "ans", "als", "ors", "ats"]
            .iter()
            .any(|x| lf.ends_with(x))
    {
        return false;
    }
    let b = j + 1;
    let ok_word = |m: usize| {
        let x = &t.toks[m];
        !used[m]
            && x.kind == Tk::Word
            && x.has(CAP)
            && !x.has(ALLCAPS)
            && x.gap & (SP | NL) == SP
            && x.lex.flags & TITLE == 0
    };
    if b >= t.len() || !ok_word(b) || gazetteer::company_start(t.fold(b)) {
        return false;
    }
    let f = t.fold(b);
    if gazetteer::place(f).is_some() || gazetteer::any_given_name(f) {
        return false;
    }
    let mut m = b;
    while m + 1 < t.len() && m + 1 - b < 4 && ok_word(m + 1) {
        m += 1;
    }
    // (two parties are two bodies: "Labour and Conservative Party")
    m > b && t.toks[m].lex.flags & ORG_HEAD != 0 && !matches!(t.fold(m), "party" | "parti")
}

/// An adjective that opens an English institution's name, capitalized at
/// `k`: "National", "International", "Federal", "Royal", "Imperial".
fn opening_adjective(t: &Tokens, k: usize) -> bool {
    t.toks[k].kind == Tk::Word
        && t.toks[k].has(CAP)
        && !t.toks[k].has(ALLCAPS)
        && matches!(
            t.fold(k),
            "national" | "international" | "federal" | "royal" | "imperial"
        )
}

/// "Le Cléac'h", "Kerc'hoz": a Breton name's "c'h" (its apostrophe
/// also typed "´"), glued, at the end of the word at `j`: where the word
/// ends. Not an English possessive ("Kennedy's").
fn breton_ch(t: &Tokens, j: usize) -> Option<usize> {
    let apos = t.toks.get(j + 1)?;
    let rest = t.toks.get(j + 2)?;
    (t.fold(j).ends_with('c')
        && matches!(apos.kind, Tk::Punct('\'' | '’' | '´'))
        && apos.gap == 0
        && rest.kind == Tk::Word
        && rest.gap == 0
        && t.fold(j + 2).starts_with('h')
        && !rest.has(CAP))
    .then_some(j + 3)
}

/// "Gordon and Betty Moore Foundation", "Bill & Melinda Gates
/// Foundation": two given names joined at `j` by "and"/"et"/"&", a
/// surname and an institution's head word (at most three capitalized
/// words after the second given name): one name.
fn couple_before_head(t: &Tokens, left: usize, j: usize, used: &[bool]) -> bool {
    let given = |m: usize| {
        t.toks.get(m).is_some_and(|x| {
            !used[m]
                && x.kind == Tk::Word
                && x.has(CAP)
                && !x.has(ALLCAPS | DOT | DIGIT)
                && gazetteer::any_given_name(t.fold(m))
        })
    };
    let joined = t.toks.get(j).is_some_and(|x| {
        x.kind == Tk::Punct('&') || x.kind == Tk::Word && matches!(t.fold(j), "and" | "et")
    });
    if !joined || !given(left) || !given(j + 1) {
        return false;
    }
    let mut m = j + 1;
    while m + 1 < t.len()
        && m - j < 4
        && !used[m + 1]
        && t.toks[m + 1].kind == Tk::Word
        && t.toks[m + 1].has(CAP)
        && !t.toks[m + 1].has(ALLCAPS)
        && t.toks[m + 1].gap & (SP | NL) == SP
    {
        m += 1;
        if t.toks[m].lex.flags & ORG_HEAD != 0 {
            return m > j + 2;
        }
    }
    false
}

/// French compound initials at `k`: "J.-P." (a letter, its stop, a
/// hyphen, a letter, its stop, all glued) or "J-M" (one word of two
/// capitals and a hyphen); their end.
fn compound_initials(t: &Tokens, k: usize) -> Option<usize> {
    let letter = |m: usize| {
        t.toks
            .get(m)
            .is_some_and(|x| x.kind == Tk::Word && x.has(CAP) && single_char(t.fold(m)))
    };
    let glued = |m: usize, c: char| {
        t.toks
            .get(m)
            .is_some_and(|x| x.kind == Tk::Punct(c) && x.gap == 0)
    };
    if letter(k)
        && glued(k + 1, '.')
        && glued(k + 2, '-')
        && letter(k + 3)
        && t.toks[k + 3].gap == 0
        && glued(k + 4, '.')
    {
        return Some(k + 5);
    }
    let w = t.surf(k);
    let mut cs = w.chars();
    let pair = matches!(
        (cs.next(), cs.next(), cs.next(), cs.next()),
        (Some(a), Some('-'), Some(b), None) if a.is_uppercase() && b.is_uppercase()
    );
    (t.toks.get(k).is_some_and(|x| x.kind == Tk::Word) && pair).then_some(k + 1)
}

/// An initial at `k`: a capital letter and its full stop ("F." in
/// "Robert F. Kennedy").
fn initial_at(t: &Tokens, k: usize) -> bool {
    t.toks[k].has(CAP) && single_char(t.fold(k)) && glued_stop(t, k + 1)
}

/// "B. Obama", "K. Tanaka", "L. Ron Hubbard": a given name's initial and
/// its stop, maybe a given name, then a plain capitalized word that no
/// list knows as anything but a name.
/// French compound initials count as one ("J.-P. Raffarin", "J-M
/// Ayrault").
fn initial_and_surname(t: &Tokens, first: usize, last: usize) -> bool {
    let sur = &t.toks[last];
    let initial = initial_at(t, first);
    let compound = |d: usize| last == first + d && compound_initials(t, first) == Some(first + d);
    // "C. J. Anderson", "T. J. Ward": two spaced initials make a person's
    // name whatever the surname is (a town's, a common word)
    if initial
        && last == first + 4
        && initial_at(t, first + 2)
        && t.toks[last].has(CAP)
        && !t.toks[last].has(ALLCAPS | DOT | DIGIT)
        && t.toks[last].lex.flags & (CLOSED | TITLE | ORG_HEAD | ORG_SUFFIX) == 0
        && t.fold(last).chars().count() > 2
    {
        return true;
    }
    (initial
        && (last == first + 2
            || last == first + 3
                && t.toks[first + 2].has(CAP)
                && gazetteer::given_name(t.fold(first + 2)))
        || compound(5)
        || compound(1))
        && sur.has(CAP)
        && !sur.has(ALLCAPS | DOT | DIGIT)
        && sur.lex.flags == 0
        && t.fold(last).chars().count() > 2
        // (a surname may be a town's name or a listed company's first
        // word: "J. Crawley", "A. Stewart", "D. Fulton")
        && gazetteer::place(t.fold(last)).is_none_or(|p| p == PlaceKind::Town)
}

/// "France 2", "France 24", "Europe 1": the public broadcasters named by
/// a country or a continent and a channel's number are organizations,
/// not the place (a score, "France 2, Italie 1", "France 2-1", or a count
/// after it, "France 3 points", is left alone).
fn broadcasters(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let mut numbers = Vec::new();
    for f in &mut out[from..] {
        if f.kind != EntityKind::Place
            || f.te != f.ts + 1
            || !matches!(t.fold(f.ts), "france" | "europe")
        {
            continue;
        }
        let n = f.te;
        let Some(num) = t.toks.get(n) else {
            continue;
        };
        let channel = num.kind == Tk::Num
            && num.gap & (SP | NL | ONE) == SP | ONE
            && matches!(t.surf(n), "1" | "2" | "3" | "4" | "5" | "24");
        let score_or_count = t.toks.get(n + 1).is_some_and(|x| {
            x.gap == 0 && matches!(x.kind, Tk::Punct('-' | '–'))
                || x.kind == Tk::Word
                    && x.has(LOWER)
                    && (x.lex.flags & TIME_UNIT != 0
                        || x.lex.flags & CLOSED == 0 && t.fold(n + 1).ends_with(['s', 'x']))
        }) || t.toks.get(n + 1).is_some_and(|x| x.kind == Tk::Punct(','))
            && t.toks
                .get(n + 2)
                .is_some_and(|y| y.kind == Tk::Word && y.has(CAP));
        if channel && !score_or_count {
            f.kind = EntityKind::Organization;
            f.rule = "broadcaster";
            f.te = n + 1;
            f.end = num.end;
            f.conf = STRONG;
            numbers.push(n);
        }
    }
    if !numbers.is_empty() {
        // the channel's number is no count nor year of its own
        out.retain(|f| {
            !(matches!(f.kind, EntityKind::Quantity | EntityKind::Date)
                && numbers.iter().any(|&n| f.ts <= n && n < f.te))
        });
    }
}

/// A definite article right before token `s` ("la", "le", "l'", "du",
/// "au", "the"), lower case.
fn definite_article_before(t: &Tokens, s: usize) -> bool {
    let Some(p) = article_slot(t, s) else {
        return false;
    };
    let x = &t.toks[p];
    x.kind == Tk::Word
        && x.has(LOWER)
        && matches!(t.fold(p), "la" | "le" | "l" | "du" | "au" | "the")
}

/// Where an article before token `k` would be: right before it, or
/// before its apostrophe ("l'Est").
fn article_slot(t: &Tokens, k: usize) -> Option<usize> {
    let p = k.checked_sub(1)?;
    if is_apos(t, p) {
        p.checked_sub(1)
    } else {
        Some(p)
    }
}

/// Whether a lower-case word is at `k`.
fn lower_word(t: &Tokens, k: usize) -> bool {
    t.toks
        .get(k)
        .is_some_and(|x| x.kind == Tk::Word && x.has(LOWER) && !x.has(CAP))
}

/// Whether a lower-case word that does not start a line is at `k`.
fn lower_word_in_line(t: &Tokens, k: usize) -> bool {
    lower_word(t, k) && t.toks[k].gap & NL == 0
}

/// A point of the compass at `k`, capitalized ("West", "Est", "Nord"),
/// right after "the", "le", "la" or "l'", not a heading ("vers le Nord").
fn compass_area(t: &Tokens, k: usize) -> bool {
    let x = &t.toks[k];
    if x.kind != Tk::Word
        || !x.has(CAP)
        || x.has(ALLCAPS | HYPHEN)
        || !matches!(
            t.fold(k),
            "west" | "east" | "north" | "south" | "ouest" | "est" | "nord" | "sud"
        )
    {
        return false;
    }
    let Some(p) = article_slot(t, k) else {
        return false;
    };
    t.toks.get(p).is_some_and(|a| {
        a.kind == Tk::Word
            && a.has(LOWER)
            && !a.has(CAP)
            && matches!(t.fold(p), "the" | "le" | "la" | "l")
    }) && (p + 1 == k || t.fold(p) == "l")
        // (a heading, not a region: "vers le Nord", "towards the North")
        && !(p >= 1 && matches!(t.fold(p - 1), "vers" | "towards" | "toward" | "cap"))
}

/// A given name at `first`, then one or two initials, or a suffix ("Jr.",
/// "Sr."), or both, around a surname that is no country's or region's
/// name ("Robert F. Kennedy Jr.", "George H. W. Bush", "Robert Kennedy
/// Jr."): a person's name, whatever city or town bears the surname
/// ("Samuel L. Jackson").
fn given_initials_surname(t: &Tokens, first: usize, last: usize) -> bool {
    let words: Vec<usize> = word_idx(t, first, last + 1).collect();
    let Some((&end, inner)) = words.split_last() else {
        return false;
    };
    let suffix = matches!(t.fold(end), "jr" | "sr");
    let (surname, initials) = if suffix {
        match inner.split_last() {
            Some((&s, rest)) => (s, rest),
            None => return false,
        }
    } else {
        (end, inner)
    };
    let initials = &initials[1.min(initials.len())..];
    let sur = &t.toks[surname];
    (suffix || !initials.is_empty())
        && initials.len() <= 2
        && initials.iter().all(|&k| initial_at(t, k))
        && sur.has(CAP)
        && !sur.has(ALLCAPS | DOT | DIGIT)
        && sur.lex.flags & (ORG_HEAD | ORG_SUFFIX | CLOSED | TITLE) == 0
        && t.fold(surname).chars().count() > 2
        && gazetteer::place(t.fold(surname))
            .is_none_or(|p| matches!(p, PlaceKind::Town | PlaceKind::City))
}

/// "S. Korea", "N. Ireland": an initial N, S, E or W and its stop at
/// `first`, then a word at `last` that makes a place's name after the
/// point of the compass the initial stands for.
fn compass_initial_place(t: &Tokens, first: usize, last: usize) -> bool {
    let point = match t.surf(first) {
        "N" => "north",
        "S" => "south",
        "E" => "east",
        "W" => "west",
        _ => return false,
    };
    glued_stop(t, first + 1)
        && t.toks[last].kind == Tk::Word
        && t.toks[last].has(CAP)
        && gazetteer::place(&format!("{point} {}", t.fold(last))).is_some()
}

/// A Chinese or Korean name romanized with a hyphenated given name,
/// surname first: "Kwok Wai-keung", "Shin Hye-sun". The surname is a
/// short plain capitalized word no list knows; the given name is two
/// syllables of letters, the second in lower case.
fn romanized_name(t: &Tokens, first: usize, last: usize) -> bool {
    let syllable = |w: &str, cap: bool| {
        let mut cs = w.chars();
        let Some(c0) = cs.next() else { return false };
        (2..=6).contains(&w.len())
            && if cap {
                c0.is_ascii_uppercase()
            } else {
                c0.is_ascii_lowercase()
            }
            && cs.all(|c| c.is_ascii_lowercase())
    };
    let (sur, given) = (t.surf(first), t.surf(last));
    last == first + 1
        && t.toks[first].lex.flags == 0
        && syllable(sur, true)
        && gazetteer::place(t.fold(first)).is_none()
        && given
            .split_once('-')
            .is_some_and(|(a, b)| syllable(a, true) && syllable(b, false))
}

/// A model code at `e`, one space after a name: letters and digits
/// mixed, in capitals, at most six ("3D", "3DS", "A380", "PS5"); where
/// the name ends with it.
fn model_code_after(t: &Tokens, e: usize) -> Option<usize> {
    let tok = t.toks.get(e)?;
    let w = t.surf(e);
    (tok.kind == Tk::Word
        && tok.gap & (SP | NL) == SP
        && tok.has(DIGIT)
        && w.len() <= 6
        && w.chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
        && w.chars().any(|c| c.is_ascii_uppercase()))
    .then_some(e + 1)
}

/// "l'astronome Michel Mayor", "John Bishop said": a title's word that
/// ends a name right after a given name is a surname.
fn title_as_surname(t: &Tokens, start: usize, k: usize, e: usize) -> bool {
    k > start
        && t.toks[k].has(CAP)
        && !t.toks[k].has(ALLCAPS | DOT)
        && t.fold(k).len() > 3
        && t.toks
            .get(k + 1)
            .is_none_or(|d| d.kind != Tk::Punct('.') || d.gap != 0)
        && word_idx(t, k + 1, e).next().is_none()
        && t.toks[k - 1].kind == Tk::Word
        && t.toks[k - 1].has(CAP)
        && gazetteer::given_name(t.fold(k - 1))
        && gazetteer::place(t.fold(k - 1)).is_none()
}

/// "Carolyn M. Welshhans": an "M." between a given name and another
/// name word is a middle initial, not the French title.
fn middle_initial(t: &Tokens, start: usize, k: usize, e: usize) -> bool {
    k > start
        && t.fold(k) == "m"
        && t.toks
            .get(k + 1)
            .is_some_and(|d| d.kind == Tk::Punct('.') && d.gap == 0)
        && k + 2 < e
        && t.toks[k - 1].kind == Tk::Word
        && t.toks[k - 1].has(CAP)
        && gazetteer::any_given_name(t.fold(k - 1))
        && word_idx(t, k + 2, e).next().is_some()
}

/// "said X chief strategist, Bill Roe", "says X analyst John Roe": a
/// speech verb right before the name at `s..e`, and after it a role in
/// lower case (one to three words, one of them a title or an
/// occupation) before a comma or a capitalized name.
fn said_then_role(t: &Tokens, s: usize, e: usize) -> bool {
    if s == 0 || !matches!(t.fold(s - 1), "said" | "says" | "told") || !t.toks[s - 1].has(LOWER) {
        return false;
    }
    let mut role = false;
    for k in e..(e + 3).min(t.len()) {
        let x = &t.toks[k];
        if x.kind != Tk::Word || !x.has(LOWER) || x.has(CAP) || x.lex.flags & CLOSED != 0 {
            break;
        }
        role |= x.lex.flags & (TITLE | OCCUPATION) != 0 && t.fold(k) != "said";
        let next = t.toks.get(k + 1);
        if role
            && next.is_some_and(|n| {
                n.kind == Tk::Punct(',') || n.kind == Tk::Word && n.has(CAP) && n.gap & NL == 0
            })
        {
            return true;
        }
    }
    false
}

/// Whether a word of family or of a life's events goes with the name at
/// `s..e`: after its possessive, at most two lower-case words between
/// ("Zorvansky's wife", "Kelmuth's late mother", "Obama's presidency"), or
/// before it with "de" ("la veuve de Zorvansky", "les obsèques
/// d'Ostrava").
fn kin_cue(t: &Tokens, s: usize, e: usize) -> bool {
    let english = |f: &str| {
        matches!(
            f,
            "wife"
                | "husband"
                | "widow"
                | "widower"
                | "son"
                | "sons"
                | "daughter"
                | "daughters"
                | "father"
                | "mother"
                | "brother"
                | "parents"
                | "grandson"
                | "granddaughter"
                | "nephew"
                | "niece"
                | "fiancee"
                | "girlfriend"
                | "boyfriend"
                | "funeral"
                | "childhood"
                | "memoir"
                | "memoirs"
        )
    };
    let french = |f: &str| {
        matches!(
            f,
            "femme"
                | "epouse"
                | "mari"
                | "veuve"
                | "veuf"
                | "fils"
                | "fille"
                | "filles"
                | "frere"
                | "soeur"
                | "compagne"
                | "compagnon"
                | "petit-fils"
                | "petite-fille"
                | "neveu"
                | "niece"
                | "obseques"
                | "deces"
                | "enterrement"
                | "funerailles"
        )
    };
    let lower = |k: usize| lower_word(t, k);
    // after the possessive
    if is_apos(t, e)
        && t.toks[e].gap == 0
        && t.toks.get(e + 1).is_some_and(|x| x.gap == 0)
        && t.fold(e + 1) == "s"
    {
        for k in e + 2..(e + 5).min(t.len()) {
            if !lower(k) || t.toks[k].gap & NL != 0 {
                return false;
            }
            if english(t.fold(k)) {
                // (not "X's parent company", "X's sister paper")
                return !(lower(k + 1)
                    && matches!(
                        t.fold(k + 1),
                        "company" | "companies" | "firm" | "paper" | "brand" | "group" | "ship"
                    ));
            }
        }
        return false;
    }
    // before it, with "de" or "d'"
    let of = match s {
        s if s >= 2 && lower(s - 1) && t.fold(s - 1) == "de" => s - 1,
        s if s >= 3 && is_apos(t, s - 1) && lower(s - 2) && t.fold(s - 2) == "d" => s - 2,
        _ => return false,
    };
    of >= 1 && lower(of - 1) && french(t.fold(of - 1))
}

/// Whether the capitalized words `s..e` end in a role's noun ("Team
/// Manager", "Head Coach", "Chief Strategist"): a role written with
/// capitals, no name.
fn role_words(t: &Tokens, s: usize, e: usize) -> bool {
    let Some(last) = word_idx(t, s, e).last() else {
        return false;
    };
    let x = &t.toks[last];
    !x.has(ALLCAPS)
        && (x.lex.flags & (TITLE | OCCUPATION) != 0
            || matches!(t.fold(last), "coach" | "manager" | "strategist" | "officer"))
        && word_idx(t, s, e).all(|w| t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX) == 0)
        // (a firm's or a title's name: "Mercantile & General", "New
        // Scientist magazine")
        && !(s..e).any(|k| t.toks[k].kind == Tk::Punct('&'))
        && t.toks.get(e).is_none_or(|n| {
            !(n.kind == Tk::Word && n.has(LOWER) && n.lex.flags & ORG_CUE != 0)
        })
}

/// The lower-case preposition before the list of capitalized words (and
/// commas, "and", "et") that `s` is in, if the list starts with one.
fn list_preposition(t: &Tokens, s: usize) -> Option<usize> {
    let mut k = s;
    // back over the list: capitalized words, commas, "and"/"et"
    for _ in 0..16 {
        let p = k.checked_sub(1)?;
        let x = &t.toks[p];
        let listed = x.kind == Tk::Punct(',')
            || x.kind == Tk::Word && (x.has(CAP) || matches!(t.fold(p), "and" | "et" | "&"));
        if x.kind == Tk::Word
            && x.has(LOWER)
            && !x.has(CAP)
            && matches!(t.fold(p), "in" | "of" | "en" | "de" | "for")
        {
            return Some(p);
        }
        if !listed || x.gap & NL != 0 {
            return None;
        }
        k = p;
    }
    None
}

/// Whether the capitalized words at `s` are one of a list of fields of
/// study after "Professor in", "degree in", "PhD in", "professeur de"…
/// ("Assistant Professor in Educational Leadership, Sport Studies and
/// Counseling Psychology").
fn field_of_study(t: &Tokens, s: usize) -> bool {
    list_preposition(t, s).is_some_and(|p| {
        t.fold(p) != "for"
            && p >= 1
            && matches!(
                t.fold(p - 1),
                "professor"
                    | "professeur"
                    | "professeure"
                    | "lecturer"
                    | "degree"
                    | "degrees"
                    | "phd"
                    | "doctorate"
                    | "diploma"
                    | "master"
                    | "masters"
                    | "bachelor"
                    | "licence"
                    | "doctorat"
                    | "diplome"
                    | "majored"
                    | "major"
            )
    })
}

/// Whether the capitalized words at `s` name a prize's field ("the Nobel
/// Prize in Physics", "the Pulitzer Prize for Fiction", "the Award for
/// Best Actor").
/// Not a place ("the Nobel Prize in Oslo") nor a person ("the Award for
/// Anne Smith").
fn prize_field(t: &Tokens, s: usize, e: usize) -> bool {
    list_preposition(t, s).is_some_and(|p| {
        matches!(t.fold(p), "in" | "for")
            && p >= 1
            && t.toks[p - 1].has(CAP)
            && matches!(
                t.fold(p - 1),
                "prize" | "prizes" | "award" | "awards" | "medal"
            )
    }) && !gazetteer::any_given_name(t.fold(s))
        && {
            let mut key = String::new();
            t.key(s, e, &mut key);
            gazetteer::place(&key).is_none()
        }
}

/// Whether the name at `s..e` is set off by commas right after a role in
/// lower case and its "of"/"de" complement of at most five words ("the
/// head of NATO, X,", "le patron de la Fnac, X,", "the chief executive of
/// the bank, X,").
fn role_appositive(t: &Tokens, s: usize, e: usize) -> bool {
    let comma = |k: usize| t.toks.get(k).is_some_and(|x| x.kind == Tk::Punct(','));
    let role = |k: usize| {
        let x = &t.toks[k];
        x.kind == Tk::Word
            && x.has(LOWER)
            && !x.has(CAP)
            && (x.lex.flags & (TITLE | OCCUPATION | PERSON_CUE_AFTER) != 0
                || matches!(
                    t.fold(k),
                    "head"
                        | "leader"
                        | "boss"
                        | "owner"
                        | "executive"
                        | "general"
                        | "generale"
                        | "chef"
                        | "dirigeant"
                        | "dirigeante"
                ))
    };
    if s < 4 || !comma(s - 1) || !comma(e) || t.toks[s].gap & NL != 0 {
        return false;
    }
    // where the role's "of" is: the role is right before it, or one word
    // before ("chief executive of")
    let mut of = None;
    for k in (s.saturating_sub(8)..s - 1).rev() {
        // (within the line: no word before a line's start)
        if t.toks[k + 1].gap & NL != 0 {
            return false;
        }
        let x = &t.toks[k];
        match x.kind {
            Tk::Word => {}
            Tk::Punct('\'' | '’') => continue,
            _ => return false,
        }
        let f = t.fold(k);
        if of.is_some_and(|o| o == k + 1 || o == k + 2 && role(k + 1)) && role(k) {
            return true;
        }
        if x.has(LOWER) && !x.has(CAP) && matches!(f, "of" | "de" | "du" | "des" | "d") {
            of = Some(k);
        }
    }
    false
}

/// A sentence's first word that leads into a name without being part of
/// it: a preposition or an adverb ("Despite", "Together", "Soon"), a verb
/// giving an order ("Take", "Ask"), or a
/// common word's "-ing" form that names no place, person or company
/// ("Following", "Visiting"; not "Reading", "Boeing", "Sterling").
fn sentence_lead(f: &str) -> bool {
    matches!(
        f,
        "despite"
            | "together"
            | "soon"
            | "both"
            | "unlike"
            | "amid"
            | "among"
            | "meanwhile"
            | "later"
            | "instead"
            | "perhaps"
            | "besides"
            | "upon"
            | "whereas"
            | "although"
            | "though"
            | "once"
            | "malgre"
            | "ensemble"
            | "bientot"
            | "parmi"
            | "pendant"
            | "depuis"
            | "lorsque"
            | "puis"
            | "ensuite"
            | "alors"
            // a verb giving an order: "Take Obama, for example", "Ask
            // Gorbachev" (not "watch", "imagine": "Watch Dogs", "Imagine
            // Dragons")
            | "take"
            | "ask"
            | "thank"
            | "tell"
            | "let"
            | "consider"
            | "blame"
            | "compare"
    ) || f.len() > 6
        && f.ends_with("ing")
        && gazetteer::common_word(f)
        && gazetteer::place(f).is_none()
        && !gazetteer::any_given_name(f)
        && !gazetteer::company_start(f)
}

/// A word of Arabic shape after "Al": ending in "a", "ah" or "iya", or
/// with a doubled vowel ("qaeda", "jazeera", "shabaab").
fn arabic_name_word(f: &str) -> bool {
    f.len() >= 4 && (f.ends_with('a') || f.ends_with("ah") || f.contains("aa") || f.contains("ee"))
}

/// "Me" (Maître) at `k`, a French lawyer's title before a name ("selon
/// Me Zorvel"): a closed word elsewhere, and a rare given name in the
/// long list. Not "Me Too".
fn maitre(t: &Tokens, k: usize) -> bool {
    t.surf(k) == "Me"
        && t.toks
            .get(k + 1)
            .is_some_and(|n| n.kind == Tk::Word && t.fold(k + 1) != "too")
}

/// "sans frontières" at `e`, after a name of one or two words at `s`
/// ("Reporters sans frontières", "Ingénieurs Sans Frontières"): where the
/// association's name ends.
fn without_borders(t: &Tokens, s: usize, e: usize) -> Option<usize> {
    let words = |k: usize, w: &str| {
        t.toks
            .get(k)
            .is_some_and(|x| x.kind == Tk::Word && x.gap & (SP | NL) == SP && t.fold(k) == w)
    };
    (e - s <= 2 && words(e, "sans") && words(e + 1, "frontieres")).then_some(e + 2)
}

/// Whether the run of name words at `k` (four at most, on one line) ends
/// in a company's word or is followed by a legal form ("America
/// Holdings", "Companies, LLC").
fn company_tail(t: &Tokens, k: usize, used: &[bool]) -> bool {
    let mut end = k;
    while end < k + 4
        && end < t.len()
        && !used[end]
        && name_word(t, end)
        && (end == k || t.toks[end].gap & (SP | NL) == SP)
    {
        end += 1;
    }
    end > k && (t.toks[end - 1].lex.flags & ORG_SUFFIX != 0 || comma_legal_form(t, end).is_some())
}

/// ", Inc." (", Ltd.", ", LLC", ", S.A.") at `e`, right after a company's
/// name: where the name ends with it.
fn comma_legal_form(t: &Tokens, e: usize) -> Option<usize> {
    let comma = t.toks.get(e)?;
    let form = t.toks.get(e + 1)?;
    if comma.kind != Tk::Punct(',')
        || comma.gap != 0
        || form.kind != Tk::Word
        || !form.has(CAP)
        || form.gap & NL != 0
        || !matches!(
            t.fold(e + 1),
            "inc" | "ltd" | "llc" | "plc" | "corp" | "s.a" | "l.p" | "lp" | "llp" | "gmbh" | "ag"
        )
    {
        return None;
    }
    // (the full stop of an abbreviation: "Inc.", not "LLC." ending a
    // sentence)
    let abbreviation = matches!(t.fold(e + 1), "inc" | "ltd" | "corp" | "s.a" | "l.p");
    Some(if abbreviation && glued_stop(t, e + 2) {
        e + 3
    } else {
        e + 2
    })
}

/// A word that may stand before an institution's name without being
/// its first word: "The" opening a sentence, a country's dotted initials
/// ("U.S.").
fn lead_in(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.kind == Tk::Word
        && (matches!(t.fold(k), "the" | "la" | "le" | "les" | "l")
            || tok.has(DOT) && matches!(t.fold(k), "u.s" | "u.k" | "e.u" | "u.n")
            || tok.has(ALLCAPS) && matches!(t.fold(k), "us" | "uk" | "eu"))
}

/// "Cour d'assises", "Bureau d'enquêtes et d'analyses": a capitalized
/// institution's head word at `left`, not opening a sentence, completed
/// by "de"/"d'"/"des"/"du" at `j` and a lower-case plain word (and more such
/// complements joined by "et"): one name; the end of it.
fn head_lower_complement(t: &Tokens, left: usize, j: usize, used: &[bool]) -> Option<usize> {
    let lt = &t.toks[left];
    if !lt.has(CAP) || lt.has(ALLCAPS) || lt.lex.flags & ORG_HEAD == 0 || t.sentence_initial(left) {
        return None;
    }
    // a title's complement: "président du Conseil des ministres" (a
    // candidate's or a spokesman's party keeps its name: "le candidat du
    // Front de gauche")
    let title_before = (1..=3).any(|d| {
        left.checked_sub(d).is_some_and(|p| {
            t.toks[p].kind == Tk::Word && matches!(t.fold(p), "president" | "presidente")
        })
    });
    if title_before {
        return None;
    }
    // the plain lower-case word at `k` ending a complement opened at `j`
    // (none of it taken): the end of the complement
    // (and the adjectives that agree with it: "Autorité des marchés
    // financiers")
    let plain_after = |j: usize, k: usize| -> Option<usize> {
        t.toks.get(k)?;
        if used[j..=k].iter().any(|u| *u) {
            return None;
        }
        complement::noun_phrase(t, k, used)
    };
    // the complement at `j`: "de"/"d'" and a plain lower-case word
    let complement = |j: usize| -> Option<usize> {
        let tok = t.toks.get(j)?;
        if tok.kind != Tk::Word || !tok.has(LOWER) || tok.gap & NL != 0 {
            return None;
        }
        let k = match t.fold(j) {
            "d" if is_apos(t, j + 1) && tok.gap != 0 => j + 2,
            "de" | "des" | "du" if tok.gap != 0 => j + 1,
            _ => return None,
        };
        plain_after(j, k)
    };
    // a complement's own complement with its article: "Conseil des
    // droits de l'homme", "Office des migrations de la jeunesse"
    // (the rights "de l'Homme", "de l'Enfant", "de la Femme" often
    // capitalized)
    let with_article = |j: usize| -> Option<usize> {
        let k = match (t.fold(j), t.toks.get(j + 1).map(|_| t.fold(j + 1))) {
            ("de", Some("l")) if is_apos(t, j + 2) => j + 3,
            ("de", Some("la")) => j + 2,
            _ => return None,
        };
        if complement::rights_holder(t, k) && !used[j..=k].iter().any(|u| *u) {
            return Some(k + 1);
        }
        plain_after(j, k)
    };
    // (or with its article at once: "Autorité de la concurrence")
    let mut end = complement(j).or_else(|| with_article(j))?;
    while end + 1 < t.len() && t.toks[end].kind == Tk::Word {
        if t.fold(end) == "et"
            && let Some(e) = complement(end + 1)
        {
            end = e;
        } else if let Some(e) = with_article(end) {
            end = e;
        } else {
            break;
        }
    }
    // and the place it is of: "Musée des beaux-arts de Montréal"
    Some(of_place(t, end, used).unwrap_or(end))
}

/// "… de Montréal", "… du Québec" at `k` (none of it taken: `used`, or
/// empty when nothing is known taken), ending a name's run: the end of
/// the place an institution is of.
fn of_place(t: &Tokens, k: usize, used: &[bool]) -> Option<usize> {
    if k + 1 >= t.len() {
        return None;
    }
    let taken = |i: usize| used.get(i).copied().unwrap_or(false);
    // (with the place's article: "de la Palestine", "de l'Ontario")
    let p = match (t.fold(k), t.toks.get(k + 1).map(|_| t.fold(k + 1))) {
        ("de", Some("la")) if t.toks[k + 1].has(LOWER) => k + 2,
        ("de", Some("l")) if is_apos(t, k + 2) => k + 3,
        // (elided: "d'Aquitaine", "d'Île-de-France")
        ("d", _) if is_apos(t, k + 1) => k + 2,
        _ => k + 1,
    };
    if p < t.len()
        && lower_word_in_line(t, k)
        && (matches!(t.fold(k), "de" | "du") || t.fold(k) == "d" && p == k + 2)
        && !(k..p).any(taken)
        && t.toks[p].has(CAP)
    {
        let mut key = String::new();
        if let Some((pe, _)) = gazetteer_at(t, p, &mut key)
            && !(p..pe).any(taken)
            && t.toks
                .get(pe)
                .is_none_or(|x| !(x.kind == Tk::Word && x.has(CAP)))
        {
            return Some(pe);
        }
    }
    None
}

/// "Quadrature du Net", "Sables d'Olonne": two capitalized words that no
/// list knows, joined by "du" or "d'" (at `j`), the second one (at `k`)
/// ending the run, are one name: neither is a name alone. Not with a
/// place ("Iju de Lagos"), a given name or a word of the lexicon on either
/// side, nor with "de", "des", "of" (a name and its place or owner).
fn unknown_pair_du(t: &Tokens, left: usize, j: usize, k: usize, used: &[bool]) -> bool {
    let unknown = |w: usize| {
        let tok = &t.toks[w];
        let f = t.fold(w);
        tok.has(CAP)
            && !tok.has(ALLCAPS | DOT | DIGIT | INNERCAP)
            && tok.lex.flags == 0
            && f.chars().count() > 2
            && gazetteer::place(f).is_none()
            && !gazetteer::begins_place(f)
            && !gazetteer::any_given_name(f)
    };
    let n = t.len();
    matches!(t.fold(j), "du" | "d")
        && unknown(left)
        && unknown(k)
        && !t.sentence_initial(left)
        && (k + 1 >= n || used[k + 1] || !name_word(t, k + 1) || t.toks[k + 1].gap & SP == 0)
}

/// "and" at `j` between the last plural of an institution's name `s..j`
/// that has "of", "for" or "on" after its head, and one more plural that
/// ends the run ("Union of Rationalist Atheists and Agnostics"; not "the
/// Bank of England and Barclays").
fn paired_plural(t: &Tokens, s: usize, left: usize, j: usize, used: &[bool]) -> bool {
    let plural = |k: usize| {
        let f = t.fold(k);
        f.len() > 3 && f.ends_with('s') && !f.ends_with("ss") && t.toks[k].lex.flags == 0
    };
    let b = j + 1;
    t.toks[j].kind == Tk::Word
        && t.toks[j].has(LOWER)
        && t.fold(j) == "and"
        && b < t.len()
        && !used[b]
        && t.toks[b].gap & (SP | NL) == SP
        && t.toks[b].has(CAP)
        && !t.toks[b].has(ALLCAPS)
        && (!t
            .toks
            .get(b + 1)
            .is_some_and(|n| n.gap & NL == 0 && name_word(t, b + 1))
            || portfolio_plural(t, b + 1) && portfolio_pair(t, left, b))
        && (s..j)
            .find(|&k| t.toks[k].kind == Tk::Word && t.toks[k].lex.flags & CLOSED == 0)
            .is_some_and(|h| t.toks[h].has(CAP) && t.toks[h].lex.flags & ORG_HEAD != 0)
        && (s..j).any(|k| matches!(t.fold(k), "of" | "for" | "on"))
        && (plural(left) && plural(b) || portfolio_pair(t, left, b))
        && gazetteer::place(t.fold(b)).is_none()
}

/// Whether the capital "D" or "L" at `left`, right after the given name
/// `given` (one word), and the apostrophe at `j` open a surname glued to
/// them ("Massimo D'Alema", "Anne L'Huillier").
fn given_then_elided(
    t: &Tokens,
    given: (usize, usize, Option<PlaceKind>),
    left: usize,
    j: usize,
) -> bool {
    let (g, ge, _) = given;
    ge == g + 1
        && ge == left
        && t.toks[g].has(CAP)
        && !t.toks[g].has(ALLCAPS)
        && gazetteer::given_name(t.fold(g))
        && letter_apostrophe_surname(t, left, j, &["D", "L"])
}

/// Whether the capital "O" at `left` and the apostrophe at `j` open an
/// Irish surname glued to them ("O'Brien", "O’Neill").
fn irish_o(t: &Tokens, left: usize, j: usize) -> bool {
    letter_apostrophe_surname(t, left, j, &["O"])
}

/// Whether the capital at `left`, one of `letters`, and the apostrophe
/// at `j` right after it are glued to a capitalized word after them.
fn letter_apostrophe_surname(t: &Tokens, left: usize, j: usize, letters: &[&str]) -> bool {
    letters.contains(&t.surf(left))
        && left + 1 == j
        && is_apos(t, j)
        && t.toks[j].gap == 0
        && t.toks
            .get(j + 1)
            .is_some_and(|n| n.kind == Tk::Word && n.gap == 0 && n.has(CAP) && !n.has(ALLCAPS))
}

/// The word at `k` ending a run of names as a portfolio's last word
/// ("Health and Human Services", "Housing and Urban Development",
/// "Energy and Natural Resources"): "Services", "Affairs", "Resources",
/// or a common word that heads no institution ("Reserve" in "Federal
/// Reserve" does), no place and no company.
fn portfolio_plural(t: &Tokens, k: usize) -> bool {
    let Some(x) = t.toks.get(k) else {
        return false;
    };
    let f = t.fold(k);
    x.kind == Tk::Word
        && x.has(CAP)
        && !x.has(ALLCAPS | DIGIT | DOT)
        && x.gap & (SP | NL) == SP
        && (matches!(f, "services" | "affairs" | "resources")
            || x.lex.flags & (ORG_HEAD | ORG_SUFFIX | TITLE | CLOSED) == 0
                && gazetteer::common_word(f)
                && gazetteer::place(f).is_none()
                && !gazetteer::company(f))
        && !t
            .toks
            .get(k + 1)
            .is_some_and(|n| n.gap & NL == 0 && name_word(t, k + 1))
}

/// "Office of Management and Budget", "Department of Health and Human
/// Services": two plain words of a portfolio joined by "and" (not a
/// company, a given name, nor another institution after it: "the
/// Department of Justice and Securities and Exchange Commission"), or a
/// plain word and two that end the run ("Urban Development": a given name
/// may open them).
fn portfolio_pair(t: &Tokens, left: usize, b: usize) -> bool {
    let two = portfolio_plural(t, b + 1);
    // (before a portfolio's last word, a company's word may be part of it:
    // "Office of Science and Technology Policy"; a legislature is never
    // one: "the Ministry of Defence and Congress")
    // (a company's word may end the run: "Department of Science and
    // Technology")
    let ends = !t
        .toks
        .get(b + 1)
        .is_some_and(|n| n.gap & NL == 0 && name_word(t, b + 1));
    let plain = |k: usize, named: bool| {
        let f = t.fold(k);
        let suffix_ok = named && two || k == b && ends;
        let flags = t.toks[k].lex.flags & !if suffix_ok { ORG_SUFFIX } else { 0 };
        flags == 0
            && !super::legislature(f)
            && !gazetteer::company(f)
            && (named || !gazetteer::any_given_name(f))
            && gazetteer::place(f).is_none()
    };
    let institution_after = (b + 1..(b + 4).min(t.len()))
        .take_while(|&k| name_word(t, k))
        .any(|k| t.toks[k].lex.flags & (ORG_HEAD | ORG_SUFFIX) != 0 && !(k == b + 1 && two));
    t.toks[left].has(CAP) && plain(left, false) && plain(b, two) && !institution_after
}

/// English "for"/"on" at `j` between an institution's capitalized head
/// word at `left` and a name word ("Institute for Public Policy", "Council
/// on Foreign Affairs"): part of the name.
/// "for the" counts as one ("Federal Service for the Financial Markets"):
/// the tokens to step over.
fn head_connector(t: &Tokens, left: usize, j: usize, used: &[bool]) -> Option<usize> {
    let tok = &t.toks[j];
    // (also a group of people that names itself for its cause:
    // "Taxpayers for Common Sense", "Physicians for Human Rights",
    // "Reporters Without Borders", "Americans for Prosperity")
    let group = |f: &str| {
        matches!(
            f,
            "taxpayers"
                | "physicians"
                | "citizens"
                | "doctors"
                | "lawyers"
                | "scientists"
                | "veterans"
                | "parents"
                | "mothers"
                | "families"
                | "americans"
                | "students"
                | "journalists"
                | "reporters"
                | "engineers"
                | "teachers"
                | "nurses"
                | "economists"
                | "women"
                | "people"
        )
    };
    let connector = tok.kind == Tk::Word
        && tok.has(LOWER)
        && t.toks[left].has(CAP)
        && (matches!(t.fold(j), "for" | "on") && t.toks[left].lex.flags & ORG_HEAD != 0
            || matches!(t.fold(j), "for" | "without" | "against") && group(t.fold(left)));
    if !connector {
        return None;
    }
    let the = j + 1 < t.len() && t.toks[j + 1].kind == Tk::Word && t.fold(j + 1) == "the";
    let k = if the { j + 2 } else { j + 1 };
    (k < t.len()
        && !used[k]
        && !used[j + 1]
        && t.toks[k].gap & NL == 0
        && name_word(t, k)
        && t.toks[k].lex.flags & CLOSED == 0)
        .then_some(k - j)
}

/// A country's dotted initials ("U.S.", "U.K.") whose full stop at `j`
/// stands before a name with an institution's head word: one name ("U.S.
/// Department of Energy", "U.S. Environmental Protection Agency"; "U.K.
/// Treasury" is left alone: no head word).
fn country_initials_before_head(t: &Tokens, left: usize, j: usize, used: &[bool]) -> bool {
    let initials = t.toks[left].has(DOT)
        && t.surf(left)
            .split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    initials
        && left + 1 == j
        && glued_stop(t, j)
        && j + 1 < t.len()
        && !used[j + 1]
        && t.toks[j + 1].gap & (SP | NL) == SP
        && t.toks[j + 1].has(CAP)
        && head_ahead(t, j + 1)
        && {
            // (and the United Nations': "U.N. Food and Agriculture
            // Organization")
            let letters = t.fold(left).replace('.', "");
            gazetteer::place(&letters).is_some() || letters == "un"
        }
}

/// Whether the run of spaced capitalized words from `k` (five at most,
/// no title among them) holds an institution's head word: "Department
/// of…", "Environmental Protection Agency".
fn head_ahead(t: &Tokens, k: usize) -> bool {
    // the initials may end a sentence before a company's name ("in the
    // U.S. Deutsche Bank of Germany lost")
    // (but "U.S. State Department": the head right after the first word,
    // the two no listed company's name)
    if t.toks[k].lex.flags & ORG_HEAD == 0
        && gazetteer::company_start(t.fold(k))
        && (t
            .toks
            .get(k + 1)
            .is_none_or(|x| x.lex.flags & ORG_HEAD == 0 || !x.has(CAP))
            || {
                let mut key = String::new();
                t.key(k, k + 2, &mut key);
                gazetteer::company(&key)
            })
    {
        return false;
    }
    // (an "and" may join two of them: "Food and Drug Administration")
    let and = |m: usize| {
        m > k
            && t.toks[m].kind == Tk::Word
            && matches!(t.fold(m), "and" | "&")
            && t.toks.get(m + 1).is_some_and(|n| n.has(CAP))
    };
    (k..(k + 6).min(t.len()))
        .take_while(|&m| {
            let x = &t.toks[m];
            x.kind == Tk::Word
                && (x.has(CAP) || and(m))
                && x.lex.flags & TITLE == 0
                && (m == k || x.gap & (SP | NL) == SP)
        })
        .any(|m| t.toks[m].lex.flags & ORG_HEAD != 0)
}

/// Word token indices of a range.
fn word_idx<'a>(t: &'a Tokens<'_>, s: usize, e: usize) -> impl Iterator<Item = usize> + 'a {
    (s..e).filter(|&k| t.toks[k].kind == Tk::Word)
}

/// The word tokens of a range, as much as [`classify`] asks of them
/// (without collecting their indices).
struct Words {
    first: Option<usize>,
    second: Option<usize>,
    /// the last word (`first` when there is one word, 0 when none)
    last: usize,
    count: usize,
}

impl Words {
    fn of(t: &Tokens, s: usize, e: usize) -> Words {
        let mut w = Words {
            first: None,
            second: None,
            last: 0,
            count: 0,
        };
        for k in word_idx(t, s, e) {
            match w.count {
                0 => w.first = Some(k),
                1 => w.second = Some(k),
                _ => {}
            }
            w.last = k;
            w.count += 1;
        }
        w
    }
}

/// Finds names; classifies them; pushes mentions.
pub fn find(t: &Tokens, seen: &Seen, used: &mut [bool], out: &mut Vec<Found>) {
    lowercase_institutions(t, used, out);
    lowercase_brands(t, used, out);
    names_in_lower_case(t, used, out);
    roads(t, used, out);
    let first_name = out.len();
    let seqs = match headline_common_words(t, seen, used) {
        Some(mask) => sequences(t, &mask),
        None => sequences(t, used),
    };
    // surfaces of all sequences, to split "Ali Baba Jacques Ma"
    let mut all = HashSet64::for_at_most(seqs.len());
    let mut key = String::new();
    for q in &seqs {
        t.key(q.s, q.e, &mut key);
        all.insert(hash_str(&key));
    }
    // the parts of each sequence, one buffer for all of them
    let mut parts = Vec::new();
    // (the start of a part that [`split`] knows to hold no place)
    let mut no_place = None;
    for q in seqs {
        if title_case_line(t, q.s, q.e) {
            continue;
        }
        split(t, seen, q.s, q.e, &all, &mut key, &mut parts, &mut no_place);
        for &(s, e, title_after) in &parts {
            let place = if s == q.s && e == q.e { q.place } else { None };
            let has_place = q.has_place && place.is_none() && no_place != Some(s);
            let from = out.len();
            classify(t, seen, s, e, place, has_place, title_after, out);
            if no_place == Some(s) {
                // nothing but capitals said what it is: the name after
                // "the President of Brazil" is a person's
                for f in &mut out[from..] {
                    if f.kind == EntityKind::Organization && f.rule == "capitalized" {
                        f.kind = EntityKind::Person;
                        f.rule = "person-after-place";
                    }
                }
            }
        }
    }
    maker_models(t, first_name, used, out);
    governments_of_people(t, first_name, out);
    nations_unies(t, first_name, used, out);
    body_of_the_united_nations(t, first_name, out);
    comma_junior(t, first_name, out);
    crafts_and_moons(t, first_name, out);
    surname_said_again(t, first_name, out);
    listed_like_neighbours(t, first_name, out);
    first_of_a_list(t, first_name, used, out);
    national_teams(t, first_name, out);
    article_of_one_word_names(t, first_name, used, out);
    the_in_mid_sentence(t, first_name, used, out);
    article_place_adjective(t, first_name, out);
    company_named_like_place(t, first_name, out);
    titled_office(t, out);
    broadcasters(t, first_name, out);
    known_names_and_events(t, first_name, out);
    french_national_teams(t, first_name, out);
    family_name_after_a_place(t, first_name, out);
    known_phrases(t, first_name, used, out);
    numbered_series(t, first_name, out);
    things_named_like_bodies(t, first_name, out);
    generic_words_alone(t, first_name, out);
    projects(t, first_name, out);
    headline_verbs(t, first_name, out);
    documents_after_titles(t, first_name, out);
    military_units(t, first_name, out);
    administrations(t, first_name, out);
    country_before_a_body(t, first_name, out);
    bodies_joined_by_and(t, first_name, used, out);
    codes_after_articles(t, first_name, out);
    people_after_title_complements(t, first_name, out);
    ordinals_opening_names(t, first_name, used, out);
    nicknames_inside_names(t, first_name, out);
    strips_and_archipelagos(t, first_name, out);
    elided_surname_tails(t, first_name, out);
    places_listed_after_their_kind(t, first_name, used, out);
    initials_after_bodies(t, first_name, used, out);
    headings_opened_by_a_verb(t, first_name, out);
    people_of_a_country(t, first_name, out);
    bodies_joined_by_et(t, used, out);
    ministries_full_names(t, used, out);
    lowercase_administrations(t, used, out);
    bodies_of_a_place(t, used, out);
    titles_read_as_bodies(t, first_name, out);
    codes_read_as_bodies(t, first_name, out);
    initials_of_a_person(t, first_name, out);
    lone_words_of_lines_in_capitals(t, seen, first_name, out);
    fields_before_and(t, used, out);
    adjectives_after_a_body(t, first_name, used, out);
    states_after_towns(t, first_name, used, out);
    tags_and_handles(t, out);
    for f in out.iter() {
        if matches!(
            f.kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Place
        ) {
            used[f.ts..f.te].iter_mut().for_each(|u| *u = true);
        }
    }
}

/// Organizations known the world over whose names go on in lower case
/// (`data/known_organizations.txt`: "La République en marche", "Cour
/// pénale internationale", "Haut Commissariat des Nations unies pour les
/// réfugiés"), read whole where the capitalized-sequence rules stopped at
/// the first lower-case word; the shorter names they found inside are
/// dropped. A name that starts in lower case ("la cour pénale
/// internationale") needs a body's word first and three words or more,
/// all in lower case, after a definite article (see
/// [`known_phrase_stands`]). A name the rules found longer than the known one
/// (or running across it) is left alone, and so is a known name inside a
/// longer capitalized one ("U.S. Securities and Exchange Commission").
/// And "le candidat des Républicains": the French party, by its role.
fn known_phrases(t: &Tokens, first_name: usize, used: &[bool], out: &mut Vec<Found>) {
    let phrases = &*gazetteer::KNOWN_PHRASES;
    let n = t.len();
    let mut key = String::new();
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let tok = &t.toks[i];
        if tok.kind != Tk::Word || used[i] || !phrases.beginnings.contains(t.fold(i)) {
            i += 1;
            continue;
        }
        // the longest known name from `i`
        let mut best = None;
        let mut j = i + 1;
        loop {
            t.key(i, j, &mut key);
            if !phrases.beginnings.contains(&key) {
                break;
            }
            if j > i + 1 && phrases.names.contains(&key) {
                best = Some(j);
            }
            if j >= n || used[j] || t.toks[j].gap & NL != 0 {
                break;
            }
            j += 1;
        }
        let Some(mut e) = best.filter(|&e| known_phrase_stands(t, i, e)) else {
            i += 1;
            continue;
        };
        // "En marche !": the movement's name holds its mark
        if en_marche(t, i, e) {
            if t.toks.get(e).is_some_and(|x| x.kind == Tk::Punct('!')) {
                e += 1;
            } else {
                i += 1;
                continue;
            }
        }
        found.push((i, e));
        i = e;
    }
    // "le candidat des Républicains", "la primaire des Républicains"
    for (i, _) in used.iter().enumerate().skip(2).filter(|(_, u)| !**u) {
        if t.fold(i) == "republicains"
            && t.toks[i].has(CAP)
            && !t.toks[i].has(ALLCAPS)
            && t.fold(i - 1) == "des"
            && matches!(
                t.fold(i - 2),
                "candidat"
                    | "candidate"
                    | "president"
                    | "presidente"
                    | "chef"
                    | "porte-parole"
                    | "depute"
                    | "deputes"
                    | "senateur"
                    | "senateurs"
                    | "elus"
                    | "militants"
                    | "primaire"
                    | "investiture"
                    | "groupe"
                    | "secretaire"
            )
            && !t
                .toks
                .get(i + 1)
                .is_some_and(|x| x.kind == Tk::Word && x.has(CAP) && x.gap & (SP | NL) == SP)
        {
            found.push((i, i + 1));
        }
    }
    if found.is_empty() {
        return;
    }
    let mut keep = Vec::with_capacity(found.len());
    for &(s, e) in &found {
        // a name found longer, or across the known one, stays; unless it
        // only runs into it from a country's name ("United States
        // Securities" before "and Exchange Commission": the country is
        // the body's, "United States Securities and Exchange
        // Commission") or from a word opening the sentence ("See
        // Securities": the word goes)
        let mut start = s;
        let crosses = out[first_name..].iter().any(|f| {
            if !(f.ts < e
                && s < f.te
                && (f.ts < s || f.te > e)
                && matches!(
                    f.kind,
                    EntityKind::Person | EntityKind::Organization | EntityKind::Place
                ))
            {
                return false;
            }
            let into = f.ts < s && f.te <= e && f.kind == EntityKind::Organization;
            if into && country_before(t, s) == Some(f.ts) {
                start = f.ts;
                return false;
            }
            // (not an article: "The New York Times")
            let opener = into
                && f.ts + 1 == s
                && t.sentence_initial(f.ts)
                && t.toks[f.ts].lex.flags & CLOSED == 0
                && gazetteer::common_word(t.fold(f.ts));
            !opener
        });
        if !crosses {
            // (the country's name that made it stand is the body's)
            // (not a place after its preposition: "In France Securities
            // and Exchange Commission rules")
            if start == s
                && let Some(b) = country_before(t, s)
                && !(b > 0 && t.toks[b - 1].lex.flags & PLACE_CUE != 0)
            {
                start = b;
            }
            keep.push((start, e));
        }
    }
    let mut k = 0;
    out.retain(|f| {
        k += 1;
        k <= first_name || !keep.iter().any(|&(s, e)| s < f.te && f.ts < e && f.te <= e)
    });
    for (s, e) in keep {
        out.push(strong(t, s, e, EntityKind::Organization, "known-phrase"));
    }
}

/// "PT1" to "PT5", "T5, T6 et T7": three codes or more of the same
/// capitals and a number in one article name a series (race categories,
/// lines, models), not organizations ("G7" and "G20" are known bodies).
fn numbered_series(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let code = |f: &Found| -> Option<&str> {
        if f.kind != EntityKind::Organization || f.te != f.ts + 1 {
            return None;
        }
        let s = t.surf(f.ts);
        let letters = s.trim_end_matches(|c: char| c.is_ascii_digit());
        (s.len() - letters.len() <= 2
            && letters.len() < s.len()
            && (1..=4).contains(&letters.len())
            && letters.bytes().all(|b| b.is_ascii_uppercase())
            && !gazetteer::known_organization(t.fold(f.ts)))
        .then_some(letters)
    };
    let mut codes: Vec<(&str, &str)> = Vec::new();
    for f in &out[from..] {
        if let Some(l) = code(f)
            && !codes.contains(&(l, t.surf(f.ts)))
        {
            codes.push((l, t.surf(f.ts)));
        }
    }
    if codes.len() < 3 {
        return;
    }
    let series = |l: &str| codes.iter().filter(|(x, _)| *x == l).count() >= 3;
    let gone: Vec<usize> = (from..out.len())
        .filter(|&i| code(&out[i]).is_some_and(series))
        .collect();
    remove_mentions(out, &gone);
}

/// The last words of capitalized names of things, not bodies: devices,
/// instruments and vehicles ("Global Positioning System", "Flight Data
/// Recorder", "Lunar Thermal Mapper", "Very Large Telescope"), texts
/// ("Exchange Act Rules", "Open Skies Air Transport Agreement"), measures
/// ("Harmonised Index of Consumer Prices", "International Nuclear Event
/// Scale") and award categories ("Original Screenplay", "Film Editing").
/// (Not "Center", "Museum", "Index", "Law", "Order", "Office" or
/// "Programme": those end bodies and stock indices too.)
const THING_HEADS: [&str; 50] = [
    // (a government's programmes and policies: "Indo-Pacific Economic
    // Framework", "Temporary Protected Status", "Child Nutrition Programs",
    // "Major Disaster Declaration", "American Rescue Plan", "Disaster
    // Survivor Assistance Team")
    "framework",
    "declaration",
    "declarations",
    "plan",
    "team",
    "teams",
    "hubs",
    "program",
    "partnership",
    "dialogue",
    "agenda",
    "strategy",
    "status",
    "emergency",
    "deal",
    "assistance",
    "programs",
    "system",
    "systems",
    "recorder",
    "mapper",
    "telescope",
    "rocket",
    "vehicle",
    "spacecraft",
    "satellite",
    "computers",
    "pipeline",
    "zone",
    "rule",
    "rules",
    "act",
    "acts",
    "agreement",
    "treaty",
    "charter",
    "code",
    "alert",
    "prices",
    "scale",
    "score",
    "screenplay",
    "editing",
    "design",
    "cinematography",
    "effects",
    // ("Global Methane Pledge", "Black Sea Grain Initiative", "Exchange Act
    // Section 13(a)")
    "pledge",
    "initiative",
    "initiatives",
    "section",
];

/// Organizations by capitals alone whose last word names a thing
/// ([`THING_HEADS`]): no entity, and neither is one that only a body's
/// word opens ("Exchange Act Rules"). Names the lists know, or that a cue
/// or another strong rule found, stay, and so does a known body's system
/// ("Federal Reserve System").
fn things_named_like_bodies(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let mut key = String::new();
    let gone: Vec<usize> = (from..out.len())
        .filter(|&i| {
            let f = &out[i];
            let last = f.te - 1;
            f.kind == EntityKind::Organization
                && (f.conf < STRONG || f.rule == "org-head")
                && f.te >= f.ts + 2
                && t.toks[f.ts].has(CAP)
                && t.toks[last].kind == Tk::Word
                && t.toks[last].has(CAP)
                && !t.toks[last].has(ALLCAPS)
                && (THING_HEADS.contains(&t.fold(last))
                    // (an insurer's "Health Plan" is a company: "Kaiser
                    // Foundation Health Plan")
                    && !(t.fold(last) == "plan" && t.fold(last - 1) == "health")
                    // ("Bipartisan Infrastructure Law", not "Harvard Law")
                    || t.fold(last) == "law" && f.te >= f.ts + 3)
                && !gazetteer::known_organization(span_key(t, f.ts, f.te, &mut key))
                && !gazetteer::known_organization(span_key(t, f.ts, last, &mut key))
        })
        .collect();
    remove_mentions(out, &gone);
}

/// "the Summit", "the Administration", "Police said", "the
/// Coordinator": a word that names a kind of body, an office or an event,
/// capitalized alone, is no name when nothing but its capital said so (the
/// sets never label these; "Congress", "Senate", "Parliament" are
/// names and stay).
fn generic_words_alone(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let gone: Vec<usize> = (from..out.len())
        .filter(|&i| {
            let f = &out[i];
            f.kind == EntityKind::Organization
                && f.te == f.ts + 1
                && f.conf < STRONG
                && t.toks[f.ts].kind == Tk::Word
                && !t.toks[f.ts].has(ALLCAPS)
                && matches!(
                    t.fold(f.ts),
                    "summit"
                        | "administration"
                        | "coordinator"
                        | "presidents"
                        | "national"
                        | "office"
                        | "government"
                        | "police"
                        | "federal"
                        | "controller"
                )
        })
        .collect();
    remove_mentions(out, &gone);
}

/// "la Grande Assemblée nationale", "le Nouveau Parti socialiste": a
/// French body's name of two capitalized words or more that ends on its
/// head word takes the institutional adjectives after it (the one-word
/// heads take them where they are read, see [`head_with_adjectives`]).
fn adjectives_after_a_body(t: &Tokens, from: usize, used: &[bool], out: &mut [Found]) {
    for i in from..out.len() {
        let f = &out[i];
        let last = f.te - 1;
        // (French heads only: "Communist Party general secretary", "White
        // House national security adviser" take no adjective)
        if f.kind != EntityKind::Organization
            || f.te < f.ts + 2
            || !matches!(
                t.fold(last),
                "assemblee"
                    | "parti"
                    | "conseil"
                    | "mouvement"
                    | "rassemblement"
                    | "cour"
                    | "ligue"
                    | "federation"
                    | "confederation"
            )
            || !t.toks[last].has(CAP)
            || f.te >= t.len()
            || used[f.te]
            || !institution_adjective(t, f.te)
            || t.toks[f.te].gap & (SP | NL) != SP
        {
            continue;
        }
        let mut e = f.te;
        while e < f.te + 2 && e < t.len() && !used[e] && institution_adjective(t, e) {
            e += 1;
        }
        // (not into another mention)
        if out[from..].iter().any(|g| g.ts < e && f.te <= g.ts) {
            continue;
        }
        let f = &mut out[i];
        f.te = e;
        f.end = t.toks[e - 1].end;
    }
}

/// "Project Mandala", and "Mandala" after it: a project is no
/// organization, and neither is its name alone elsewhere in the article.
/// (English only: "Projet Montréal" is a party.)
fn projects(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let mut names: Vec<&str> = Vec::new();
    for f in &out[from..] {
        if f.kind == EntityKind::Organization
            && f.te == f.ts + 2
            && t.fold(f.ts) == "project"
            && t.toks[f.ts].has(CAP)
            && gazetteer::place(t.fold(f.ts + 1)).is_none()
        {
            names.push(t.fold(f.ts + 1));
        }
    }
    if names.is_empty() {
        return;
    }
    let gone: Vec<usize> = (from..out.len())
        .filter(|&i| {
            let f = &out[i];
            f.kind == EntityKind::Organization
                && (f.te == f.ts + 2
                    && t.fold(f.ts) == "project"
                    && names.contains(&t.fold(f.ts + 1))
                    || f.te == f.ts + 1 && names.contains(&t.fold(f.ts)))
        })
        .collect();
    remove_mentions(out, &gone);
}

/// "Boise, ID", "Manassas, VA", "Clay, NY": a US state's postal code after
/// a town's name and a comma is the state.
fn states_after_towns(t: &Tokens, from: usize, used: &[bool], out: &mut Vec<Found>) {
    const CODES: [&str; 51] = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
        "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
        "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
        "VA", "WA", "WV", "WI", "WY", "DC",
    ];
    // (a state's abbreviation found as a place: "Corte Madera,
    // Calif.-based")
    let mut abbreviations: Vec<usize> = out[from..]
        .iter()
        .filter(|f| f.rule == "state-abbreviation")
        .map(|f| f.ts)
        .collect();
    abbreviations.sort_unstable();
    // a code not taken, or an abbreviation found as a place, after a comma
    // on the line
    let code_at = |j: usize| {
        let x = &t.toks[j];
        x.kind == Tk::Word
            && t.toks[j - 1].kind == Tk::Punct(',')
            && x.gap & NL == 0
            && (CODES.contains(&t.surf(j)) && !used[j] || abbreviations.binary_search(&j).is_ok())
    };
    if !(2..t.len()).any(code_at) {
        return;
    }
    // the first mention over each token (one look per code)
    let mut owner: Vec<Option<usize>> = vec![None; t.len()];
    for i in (from..out.len()).rev() {
        for o in &mut owner[out[i].ts..out[i].te.min(t.len())] {
            *o = Some(i);
        }
    }
    for j in 2..t.len() {
        if !code_at(j) {
            continue;
        }
        let town = &t.toks[j - 2];
        if town.kind != Tk::Word || !town.has(CAP) || town.has(ALLCAPS) {
            continue;
        }
        // (not a name going on: "Reston, VA Medical Center")
        if t.toks
            .get(j + 1)
            .is_some_and(|n| n.kind == Tk::Word && n.has(CAP) && n.gap & (SP | NL) == SP)
        {
            continue;
        }
        // (a town found as a place: not "On Monday, VA officials", nor a
        // person's honour, "Tom Molomby, SC"; or a name only capitals or
        // a list made an organization's: "Pomona, CA", "Corte Madera,
        // Calif.")
        let Some(ti) = owner[j - 2] else {
            continue;
        };
        let tf = &mut out[ti];
        if tf.kind == EntityKind::Organization
            && tf.te == j - 1
            && tf.te <= tf.ts + 3
            && matches!(tf.rule, "list" | "capitalized" | "org-with-place")
        {
            tf.kind = EntityKind::Place;
            tf.rule = "town-before-state";
            tf.conf = STRONG;
        } else if tf.kind != EntityKind::Place {
            continue;
        }
        match owner[j] {
            Some(ci) if out[ci].ts == j && out[ci].te == j + 1 => {
                let f = &mut out[ci];
                f.kind = EntityKind::Place;
                f.rule = "state-code";
                f.conf = STRONG;
            }
            Some(_) => {}
            None => {
                owner[j] = Some(out.len());
                out.push(strong(t, j, j + 1, EntityKind::Place, "state-code"));
            }
        }
    }
}

/// "the Biden Administration", "the Biden-Harris Administration", "a
/// Senior Administration official": a government's term by its leader's
/// name, or a rank in it, is no organization ("Food and Drug
/// Administration" is: its words name no person of the article).
fn administrations(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let any = out[from..]
        .iter()
        .any(|f| f.te == f.ts + 2 && t.fold(f.ts + 1) == "administration");
    if !any {
        return;
    }
    let surnames: FxSet<&str> = out[from..]
        .iter()
        .filter(|f| f.kind == EntityKind::Person)
        .map(|f| t.fold(f.te - 1))
        .collect();
    let gone: Vec<usize> = (from..out.len())
        .filter(|&i| {
            let f = &out[i];
            // (a headline may have made it a person's: "Harris
            // Administration Delivers")
            matches!(f.kind, EntityKind::Organization | EntityKind::Person)
                && f.te == f.ts + 2
                && t.fold(f.ts + 1) == "administration"
                && t.toks[f.ts + 1].has(CAP)
                && (administration_rank(t.fold(f.ts))
                    || !t.toks[f.ts].has(ALLCAPS | DIGIT) && leaders(t.fold(f.ts), &surnames))
        })
        .collect();
    // the leaders are persons: "the Biden-Harris Administration" names
    // Biden and Harris
    for &i in &gone {
        let k = out[i].ts;
        if !t.toks[k].has(CAP) || administration_rank(t.fold(k)) {
            continue;
        }
        let surf = t.surf(k);
        let mut at = t.toks[k].start;
        for part in surf.split('-') {
            let end = at + part.len() as u32;
            if part.chars().next().is_some_and(char::is_uppercase) && part.chars().count() > 1 {
                let mut p = Found::new(
                    t,
                    k,
                    k + 1,
                    EntityKind::Person,
                    "administration-leader",
                    None,
                );
                p.start = at;
                p.end = end;
                p.conf = WEAK;
                out.push(p);
            }
            at = end + 1;
        }
    }
    remove_mentions(out, &gone);
}

/// A word before "Administration" that says which or whose rank, not
/// whose: "a Senior Administration official", "the previous
/// Administration".
fn administration_rank(w: &str) -> bool {
    matches!(w, "senior" | "current" | "previous" | "prior" | "former")
}

/// Whether a word before "Administration" names its leaders: a person
/// the article names or a name no list of words holds ("the Biden
/// Administration"; not "the Maritime Administration"), or two joined by
/// a hyphen, one of them such ("the Biden-Harris Administration"), the
/// other no place.
fn leaders(word: &str, surnames: &FxSet<&str>) -> bool {
    let unknown = |w: &str| {
        !gazetteer::common_word(w) && !gazetteer::shared_word(w) && gazetteer::place(w).is_none()
    };
    let parts = || word.split('-');
    let named = |w: &str| surnames.contains(&w) || unknown(w);
    parts().all(named)
        || (parts().count() > 1 && parts().any(named))
            && parts().all(|w| surnames.contains(&w) || gazetteer::place(w).is_none())
}

/// Whether the words before `s` on its line, if any, are in capitals (the
/// nearest one is): a headline's line.
fn caps_line_before(t: &Tokens, s: usize) -> bool {
    let mut k = s;
    while k > 0 && t.toks[k].gap & NL == 0 {
        k -= 1;
        if t.toks[k].kind == Tk::Word {
            return t.toks[k].has(ALLCAPS);
        }
    }
    true
}

/// Whether tokens `s..e` are the two words "en marche".
fn en_marche(t: &Tokens, s: usize, e: usize) -> bool {
    e == s + 2 && t.fold(s) == "en" && t.fold(s + 1) == "marche"
}

/// Whether the known name read at `s..e` stands as a name there: it
/// starts with a capital (after a definite article, three lower-case
/// words or more do too), and no capitalized word runs on before or after
/// it (a longer name).
fn known_phrase_stands(t: &Tokens, s: usize, e: usize) -> bool {
    let words = || (s..e).filter(|&k| t.toks[k].kind == Tk::Word);
    let first = &t.toks[s];
    // the first word that is no article or preposition has its capital
    let content = words().find(|&k| t.toks[k].lex.flags & (CLOSED | OF) == 0);
    // ("En marche !" is the exception: its mark follows, see the caller)
    let capitalized =
        first.has(CAP) && (content.is_some_and(|k| t.toks[k].has(CAP)) || en_marche(t, s, e));
    // (a body's word first: not "l'action contre la faim dans le monde")
    let lower = !first.has(CAP)
        && (first.lex.flags & ORG_HEAD != 0
            || matches!(
                t.fold(s),
                "regie" | "etat-major" | "organisation" | "agence" | "bureau" | "programme"
            ))
        && words().count() >= 3
        && words().all(|k| t.toks[k].has(LOWER))
        && s > 0
        && {
            let mut p = s - 1;
            if is_apos(t, p) && p > 0 {
                p -= 1;
            }
            t.toks[p].kind == Tk::Word
                && matches!(
                    t.fold(p),
                    "la" | "le" | "l" | "les" | "du" | "des" | "au" | "aux" | "the"
                )
        };
    if !capitalized && !lower {
        return false;
    }
    // (a kind of thing, not the name: "instaurer un État islamique")
    if s > 0 && t.toks[s - 1].kind == Tk::Word && matches!(t.fold(s - 1), "un" | "une" | "a" | "an")
    {
        return false;
    }
    // ("le président du Conseil des ministres": Italy's head of government,
    // a title as two sets of three label it)
    if s > 1
        && t.fold(s - 1) == "du"
        && t.fold(s - 2) == "president"
        && t.fold(s) == "conseil"
        && t.toks
            .get(s + 2)
            .is_some_and(|_| t.fold(s + 2) == "ministres")
    {
        return false;
    }
    let runs_on = |k: usize| {
        let x = &t.toks[k];
        x.kind == Tk::Word && x.has(CAP) && x.lex.flags & CLOSED == 0
    };
    let before = s > 0 && t.toks[s].gap & (SP | NL) == SP && runs_on(s - 1);
    let after = e < t.len() && t.toks[e].gap & (SP | NL) == SP && runs_on(e);
    // (a country's name may stand before it: "United States Securities
    // and Exchange Commission", "U.S. Securities and Exchange Commission")
    let country = before && country_before(t, s).is_some();
    // (a sentence's first word is no part of the name: "Hier Debout la
    // France…" is rare; "Mais la France insoumise" has "la")
    (!before || country || t.sentence_initial(s - 1)) && !after
}

/// Whether a folded word is the initials of the United States or the
/// United Kingdom ("U.S.", "US", "UK", "U.K.").
fn country_initials(f: &str) -> bool {
    matches!(f, "u.s" | "us" | "uk" | "u.k")
}

/// Whether a folded lower-case French word ends like an adjective
/// ("-ique", "-ale", "-aux", "-elle", "-ière", "-aire", "-ive", "-ienne"),
/// or in one of `more` endings.
fn adjective_ending(f: &str, more: &[&str]) -> bool {
    [
        "ique", "iques", "ale", "ales", "aux", "elle", "elles", "iere", "ieres", "aire", "aires",
        "ives", "ifs", "ienne", "iennes",
    ]
    .iter()
    .chain(more)
    .any(|x| f.ends_with(x))
}

/// Where a country's name right before `s` starts ("United States",
/// "U.S.", "Cyprus"), if one does.
fn country_before(t: &Tokens, s: usize) -> Option<usize> {
    let mut key = String::new();
    (s.saturating_sub(3)..s).find(|&b| {
        t.toks[b].kind == Tk::Word
            && (b..s).all(|k| t.toks[k].kind == Tk::Word || t.toks[k].kind == Tk::Punct('.'))
            && (b + 1..s).all(|k| t.toks[k].gap & NL == 0)
            && {
                let k = span_key(t, b, s, &mut key);
                gazetteer::place(k) == Some(PlaceKind::Country)
                    || matches!(k, "u.s" | "u.s." | "u.k" | "u.k.")
            }
    })
}

/// "Boeing 777", "Airbus A320-200": a maker's model is named with it (a
/// three-digit number or a letter and digits, then its variant).
fn maker_models(t: &Tokens, first_name: usize, used: &[bool], out: &mut [Found]) {
    for f in &mut out[first_name..] {
        if f.kind != EntityKind::Organization || f.te >= t.len() || used[f.te] {
            continue;
        }
        let maker = f.rule == "gazetteer-company" && f.te == f.ts + 1;
        let model = |k: usize| {
            t.toks.get(k).is_some_and(|x| {
                x.gap & (SP | NL) == SP
                    && (x.kind == Tk::Num && x.len() == 3
                        || x.kind == Tk::Word
                            && x.has(CAP | DIGIT)
                            && x.has(DIGIT)
                            && t.surf(k).starts_with(|c: char| c.is_ascii_uppercase()))
            })
        };
        let te = f.te;
        // (not a score at a line's end: "Honda 178")
        if maker && model(f.te) && t.toks.get(f.te + 1).is_some_and(|x| x.gap & NL == 0) {
            f.te += 1;
        }
        let last = f.te - 1;
        if (t.toks[last].has(DIGIT) || t.toks[last].kind == Tk::Num)
            && f.end == t.toks[last].end
            && f.te + 1 < t.len()
            && t.toks[f.te].kind == Tk::Punct('-')
            && t.toks[f.te].gap == 0
            && t.toks[f.te + 1].gap == 0
            && t.toks[f.te + 1].kind == Tk::Num
            && !used[f.te + 1]
        {
            f.te += 2;
        }
        if f.te != te {
            f.end = t.toks[f.te - 1].end;
        }
    }
}

/// "the Trump Administration", "the Fraser Government": a government
/// named after a person the article names is that person's mention.
fn governments_of_people(t: &Tokens, first_name: usize, out: &mut [Found]) {
    let mut people = HashSet64::for_at_most(out.len() - first_name);
    for f in &out[first_name..] {
        if f.kind == EntityKind::Person && f.te > f.ts {
            people.insert(t.hash(f.te - 1));
        }
    }
    for f in &mut out[first_name..] {
        if f.kind == EntityKind::Organization
            && f.te == f.ts + 2
            && matches!(t.fold(f.ts + 1), "administration" | "government")
            && t.toks[f.ts].has(CAP)
            && people.contains(t.hash(f.ts))
        {
            f.kind = EntityKind::Person;
            f.te = f.ts + 1;
            f.end = t.toks[f.ts].end;
            f.rule = "head-of-government";
        }
    }
}

/// "Organisation des Nations unies", "Haut-Commissariat des Nations
/// unies": the United Nations' lower-case adjective ends the name.
fn nations_unies(t: &Tokens, first_name: usize, used: &[bool], out: &mut [Found]) {
    for f in &mut out[first_name..] {
        if f.kind == EntityKind::Organization
            && f.te < t.len()
            && t.fold(f.te - 1) == "nations"
            && t.toks[f.te].has(LOWER)
            && t.fold(f.te) == "unies"
            && !used[f.te]
        {
            f.te += 1;
            f.end = t.toks[f.te - 1].end;
        }
    }
}

/// Whether words `first..j` name a listed company, for some `j` past
/// the first word and up to `e` ("Bank of America", "General Electric").
fn listed_company_opens(t: &Tokens, first: usize, e: usize) -> bool {
    let mut key = String::new();
    (first + 2..=e).any(|j| {
        t.key(first, j, &mut key);
        gazetteer::company(&key)
    })
}

/// "l'autoroute A51", "sur l'A7", "la RN125", "the A27 road": a road
/// known by its number is a place (not an Airbus, "l'A320", unless the
/// word for a motorway says so).
fn roads(t: &Tokens, used: &mut [bool], out: &mut Vec<Found>) {
    let fold = |k: usize| if k < t.len() { t.fold(k) } else { "" };
    for (i, tok) in t.toks.iter().enumerate().skip(1) {
        if used[i] || tok.kind != Tk::Word || !tok.has(DIGIT) || !tok.has(CAP) {
            continue;
        }
        let surf = t.surf(i);
        let Some(at) = surf.find(|c: char| c.is_ascii_digit()) else {
            continue;
        };
        let (letters, number) = surf.split_at(at);
        if !matches!(letters, "A" | "N" | "RN" | "D" | "RD" | "M")
            || !(1..=3).contains(&number.len())
            || !number.bytes().all(|b| b.is_ascii_digit())
        {
            continue;
        }
        let prev = fold(i - 1);
        let road_word = matches!(
            prev,
            "autoroute" | "route" | "nationale" | "departementale" | "motorway"
        );
        let airbus = letters == "A"
            && matches!(
                number,
                "220"
                    | "300"
                    | "310"
                    | "318"
                    | "319"
                    | "320"
                    | "321"
                    | "330"
                    | "340"
                    | "350"
                    | "380"
            );
        let french = i > 1 && letters == "A" && is_apos(t, i - 1) && fold(i - 2) == "l"
            // (not "la D1", "la D2": divisions of a league)
            || prev == "la"
                && (matches!(letters, "N" | "RN") || matches!(letters, "D" | "RD") && number.len() > 1);
        let english = prev == "the" && matches!(fold(i + 1), "road" | "motorway" | "highway");
        // "les autoroutes sont coupées : A6 (Mâcon), A7, A8…": a motorway's
        // word earlier in the sentence
        let listed = || {
            (i.saturating_sub(200)..i)
                .rev()
                .take_while(|&k| {
                    !matches!(t.toks[k].kind, Tk::Punct('.' | '!' | '?'))
                        && (k + 1 == i || t.toks[k + 1].gap & NL == 0)
                })
                .any(|k| matches!(t.fold(k), "autoroute" | "autoroutes" | "motorways"))
        };
        if road_word || (french || english || letters != "M" && listed()) && !airbus {
            used[i] = true;
            let mut f = Found::new(t, i, i + 1, EntityKind::Place, "road", None);
            f.conf = MEDIUM;
            out.push(f);
        }
    }
}

/// "President Biden Announces New Actions", "Biden-Harris Administration
/// Delivers", "Statement from President Biden Issues": a headline's verb
/// (or "Statement") capitalized after a name is not part of it.
fn headline_verbs(t: &Tokens, from: usize, out: &mut [Found]) {
    for f in &mut out[from..] {
        if !matches!(f.kind, EntityKind::Person | EntityKind::Organization) || f.te < f.ts + 2 {
            continue;
        }
        let verb = (f.ts + 1..f.te).find(|&k| {
            t.toks[k].kind == Tk::Word
                && t.toks[k].has(CAP)
                && !t.toks[k].has(ALLCAPS)
                && t.toks[k - 1].kind == Tk::Word
                && t.toks[k - 1].has(CAP)
                && headline_verb(t.fold(k))
        });
        if let Some(k) = verb {
            f.te = k;
            f.end = t.toks[k - 1].end;
        }
    }
}

/// "the 199th Forward Support Battalion", "the 16th MP Brigade", "the
/// 82nd Airborne Division": a number's ordinal before capitalized words
/// that end on a military unit's word names the unit, ordinal included
/// (whatever the capitals alone made of its words goes).
fn military_units(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let n = t.len();
    let mut units: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k + 1 < n {
        // "199th" in one token or in two ("199" "th")
        let glued = glued_ordinal(t, k).is_some();
        let split = t.toks[k].kind == Tk::Num
            && k + 2 < n
            && t.toks[k + 1].kind == Tk::Word
            && t.toks[k + 1].gap == 0
            && matches!(t.fold(k + 1), "st" | "nd" | "rd" | "th");
        if !glued && !split {
            k += 1;
            continue;
        }
        let first = if glued { k + 1 } else { k + 2 };
        // up to five capitalized words on the same line
        let mut e = first;
        let mut end = None;
        while e < n
            && e < first + 5
            && t.toks[e].kind == Tk::Word
            && t.toks[e].has(CAP)
            && t.toks[e].gap & (SP | NL) == SP
        {
            let f = t.fold(e);
            let words = e - first + 1;
            if matches!(
                f,
                "brigade"
                    | "battalion"
                    | "division"
                    | "regiment"
                    | "squadron"
                    | "wing"
                    | "corps"
                    | "fleet"
                    | "infantry"
                    | "cavalry"
                    | "army"
            ) || words >= 2 && matches!(f, "team" | "group")
            {
                end = Some(e + 1);
            }
            e += 1;
        }
        match end {
            Some(end) => {
                units.push((k, end));
                k = end;
            }
            None => k += 1,
        }
    }
    if units.is_empty() {
        return;
    }
    // (the units are in order and apart: the first that ends after a
    // mention's start is the only one it may meet)
    let gone: Vec<usize> = (from..out.len())
        .filter(|&i| {
            let f = &out[i];
            let at = units.partition_point(|&(_, e)| e <= f.ts);
            units.get(at).is_some_and(|&(s, _)| s < f.te)
        })
        .collect();
    remove_mentions(out, &gone);
    for (s, e) in units {
        out.push(strong(t, s, e, EntityKind::Organization, "military-unit"));
    }
}

/// "Executive Order 14017", "the Executive Branch", "Task Force": a
/// document's or a body's word that a title's word made a person's
/// surname is none.
fn documents_after_titles(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let gone: Vec<usize> = (from..out.len())
        .filter(|&i| {
            let f = &out[i];
            f.kind == EntityKind::Person
                && f.te == f.ts + 1
                && t.toks[f.ts].kind == Tk::Word
                && matches!(
                    t.fold(f.ts),
                    "order" | "orders" | "branch" | "force" | "committee" | "session" | "summary"
                )
        })
        .collect();
    remove_mentions(out, &gone);
}

/// A verb (or "Statement") that headlines capitalize after a name.
fn headline_verb(w: &str) -> bool {
    matches!(
        w,
        "announces"
            | "issues"
            | "delivers"
            | "signs"
            | "launches"
            | "unveils"
            | "releases"
            | "hosts"
            | "meets"
            | "statement"
            | "remarks"
            | "readout"
            | "celebrates"
            | "highlights"
            | "convenes"
            | "welcomes"
            | "travels"
            | "visits"
            | "approves"
            | "declares"
            | "charges"
            | "sues"
            | "settles"
            | "agree"
            | "agrees"
            | "obtains"
            | "seeks"
            | "warns"
            | "takes"
            | "continues"
            | "invests"
            | "urges"
            | "expands"
            | "pledges"
            | "commits"
            | "says"
            | "tells"
            | "asks"
            | "vows"
            | "wins"
            | "loses"
            | "buys"
            | "sells"
            | "acquires"
            | "cuts"
            | "raises"
            | "hikes"
            | "slashes"
            | "boosts"
            | "fines"
            | "bans"
            | "halts"
            | "suspends"
            | "delays"
            | "recalls"
            | "appoints"
            | "hires"
            | "fires"
            | "quits"
            | "resigns"
            | "rejects"
            | "denies"
            | "probes"
            | "defends"
            | "criticizes"
            | "slams"
            | "expects"
            | "reaches"
            | "clinches"
            | "inks"
            | "seals"
            | "completes"
            | "alters"
            | "jumps"
            | "slumps"
            | "tumbles"
            | "soars"
            | "surges"
            | "plunges"
            | "misses"
            | "extends"
            | "mulls"
            | "weighs"
            | "considers"
    )
}

/// "the U.S. Navy", "U.S. International Development Finance Corporation",
/// "UK Border Force": a country's initials just before a body's name open
/// it (not before a listed company's: "U.S. Deutsche Bank").
fn country_before_a_body(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    // a country's initials as a place, a name going on right after them
    let initials = |f: &Found| {
        f.kind == EntityKind::Place
            && country_initials(t.fold(f.ts))
            && t.toks[f.ts].has(CAP)
            && f.te < t.len()
            && t.toks[f.te].gap & (SP | NL) == SP
            && !t.toks[f.te].has(ALLCAPS)
    };
    if !out[from..].iter().any(initials) {
        return;
    }
    let mut gone = Vec::new();
    let mut key = String::new();
    // the organizations by their first token (one look per initials)
    let mut bodies: Vec<(usize, usize)> = (from..out.len())
        .filter(|&j| out[j].kind == EntityKind::Organization)
        .map(|j| (out[j].ts, j))
        .collect();
    bodies.sort_unstable();
    for i in from..out.len() {
        let f = &out[i];
        if !initials(f) {
            continue;
        }
        let (ts, te, start) = (f.ts, f.te, f.start);
        let at = bodies.partition_point(|&(s, _)| s < te);
        let body = bodies[at..]
            .iter()
            .take_while(|&&(s, _)| s == te)
            .map(|&(_, j)| j)
            .find(|&j| {
                let b = &out[j];
                !matches!(
                    b.rule,
                    "gazetteer-company" | "stock-index" | "acronym" | "securities"
                )
                    // (nor a listed company's: "U.S. Apple shares", "UK
                    // Rolls-Royce Holdings bonds")
                    && !gazetteer::company(t.fold(b.ts))
                    && !gazetteer::company(span_key(t, b.ts, b.te, &mut key))
            });
        if let Some(j) = body {
            out[j].ts = ts;
            out[j].start = start;
            gone.push(i);
        }
    }
    remove_mentions(out, &gone);
}

/// An institution's name that goes on after "and" with the common words
/// of its field: "U.S. Department of Health and Human Services", "Puerto
/// Rico Highways and Transportation Authority", "People's Party for
/// Freedom and Democracy", "Department of Agriculture Food and Nutrition
/// Service". The organization found before "and" takes the capitalized
/// run after it (one to three words, the first a common word of the
/// language, no place, person's name, company, people's adjective, title
/// or acronym), when it names a body by its head word and a complement
/// ("Department of", "Party for") or when the run ends on a body's word
/// ("Authority"). A run that is a body on its own ("and Congress", "and
/// the Treasury", "and Harvard", "and Google Cloud") is left apart.
fn bodies_joined_by_and(t: &Tokens, from: usize, used: &[bool], out: &mut Vec<Found>) {
    let n = t.len();
    let and_after = |f: &Found| {
        f.kind == EntityKind::Organization
            && f.te + 1 < n
            && t.toks[f.te].kind == Tk::Word
            && t.toks[f.te].gap & (SP | NL) == SP
            && t.fold(f.te) == "and"
            && t.toks[f.te].has(LOWER)
    };
    if !out[from..].iter().any(and_after) {
        return;
    }
    // the mentions by their first token
    let starts = MentionStarts::new(out, from);
    let word = |m: usize| {
        let x = &t.toks[m];
        x.kind == Tk::Word
            && x.has(CAP)
            && !x.has(ALLCAPS | DIGIT | DOT)
            && x.gap & (SP | NL) == SP
            && x.lex.flags & (TITLE | CLOSED | MONTH | WEEKDAY) == 0
    };
    let mut gone = Vec::new();
    let mut key = String::new();
    for i in from..out.len() {
        // (a name known whole stays as it is: "Bank of England and
        // Treasury Department")
        if !and_after(&out[i])
            || matches!(
                out[i].rule,
                "gazetteer-company" | "acronym" | "known-phrase"
            )
        {
            continue;
        }
        let (ts, te) = (out[i].ts, out[i].te);
        let b = te + 1;
        if !word(b) {
            continue;
        }
        let fb = t.fold(b);
        if !gazetteer::common_word(fb)
            || gazetteer::place(fb).is_some()
            || gazetteer::any_given_name(fb)
            || gazetteer::company_start(fb)
            || gazetteer::known_organization(fb)
            || t.toks[b].lex.flags & ORG_HEAD != 0
            || nationality(fb)
            || opening_adjective(t, b)
            || super::legislature(fb)
        {
            continue;
        }
        let mut e = b + 1;
        while e < n && e - b < 3 && word(e) {
            e += 1;
        }
        // the run ends there: no fourth capitalized word, no name glued on
        if e < n && (word(e) || t.toks[e].gap == 0 && t.toks[e].kind == Tk::Word) {
            continue;
        }
        let head_last = t.toks[e - 1].lex.flags & ORG_HEAD != 0;
        // (a body's word alone is a body of its own: "and Congress"; a
        // title after the run makes it the title's complement: "and
        // Education Secretary Miguel Cardona")
        if e == b + 1 && head_last
            || e < n && t.toks[e].kind == Tk::Word && t.toks[e].lex.flags & TITLE != 0
        {
            continue;
        }
        let head_of = (ts..te.saturating_sub(1)).any(|h| {
            t.toks[h].kind == Tk::Word
                && t.toks[h].has(CAP)
                && t.toks[h].lex.flags & ORG_HEAD != 0
                && matches!(t.fold(h + 1), "of" | "for" | "on")
        });
        let common_last = gazetteer::common_word(t.fold(te - 1))
            && !gazetteer::company(span_key(t, ts, te, &mut key));
        if !(head_of || head_last && common_last) {
            continue;
        }
        // (after "X of Y", a run ending on a body's word in the singular is
        // a body of its own: "Department of Justice and Treasury
        // Department", "Ministry of Defence and Foreign Office"; "and Human
        // Services" goes on)
        if head_of && head_last && !t.fold(e - 1).ends_with('s') {
            continue;
        }
        // the mentions inside the run go (only organizations, or none)
        grow_over(t, &starts, used, out, i, b, e, &mut gone);
    }
    remove_mentions(out, &gone);
}

/// A code's initials after an article's number are the law's, no body:
/// "art. 102 al. 2 CP", "art. 322septies CP", "l'art. 319 al. 1 let. a
/// CPP". An acronym in capitals right after a number (or a letter) that
/// its own "art."/"al."/"let."/"article" opens; not a known body's.
fn codes_after_articles(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let mut gone = Vec::new();
    for (i, f) in out.iter().enumerate().skip(from) {
        if f.kind != EntityKind::Organization
            || f.te != f.ts + 1
            || !t.toks[f.ts].has(ALLCAPS)
            || f.ts == 0
        {
            continue;
        }
        let p = f.ts - 1;
        let prev = &t.toks[p];
        let numbered = prev.kind == Tk::Num
            || prev.kind == Tk::Word && prev.has(DIGIT)
            || prev.kind == Tk::Word && prev.has(LOWER) && t.fold(p).len() == 1;
        // the number's own "art." / "al." / "let." (or "article") right
        // before it; a known body's initials stay ("l'article publié le 3
        // mai 2005 EDF a")
        let reference = p >= 2
            && (t.toks[p - 1].kind == Tk::Punct('.')
                && t.toks[p - 1].gap == 0
                && matches!(t.fold(p - 2), "art" | "al" | "let" | "ch")
                || t.toks[p - 1].kind == Tk::Word
                    && matches!(t.fold(p - 1), "article" | "articles" | "alinea"));
        if numbered
            && reference
            && !gazetteer::known_organization(t.fold(f.ts))
            && !gazetteer::company(t.fold(f.ts))
        {
            gone.push(i);
        }
    }
    remove_mentions(out, &gone);
}

/// "Deputy Secretary of the Treasury Wally Adeyemo", "Senior Director for
/// Africa Dana Banks", "National Security Council Senior Directors Tarun
/// Chhabra": a person named right after a title's complement (or a body
/// and a title) was read as one name with them. An organization that
/// ends on a common given name and one to three more capitalized words
/// (initials too) is split there: the person keeps the end; before it,
/// the title's words go, a complement after "of"/"for" goes (a place
/// stays a place: "Africa"), and a body named before the title stays
/// ("National Security Council").
fn people_after_title_complements(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    // (an initial's full stop too: "Jose W. Fernandez"; an initial that
    // is a function word's letter too: "Travis L. Adkins")
    let name_word = |m: usize| {
        let x = &t.toks[m];
        let initial = single_char(t.fold(m)) && glued_stop(t, m + 1);
        x.kind == Tk::Word
            && x.has(CAP)
            && (!x.has(ALLCAPS) || x.has(DOT) || single_char(t.fold(m)))
            && x.gap & (SP | NL) == SP
            && (x.lex.flags & CLOSED == 0 || initial)
            || x.kind == Tk::Punct('.') && x.gap == 0 && single_char(t.fold(m - 1))
    };
    let titleish = |m: usize| {
        t.toks[m].lex.flags & TITLE != 0
            || matches!(
                t.fold(m),
                "senior"
                    | "deputy"
                    | "principal"
                    | "director"
                    | "directors"
                    | "chief"
                    | "advisor"
                    | "adviser"
                    | "assistant"
                    | "special"
                    | "acting"
                    | "general"
                    | "undersecretary"
                    | "under-secretary"
                    | "secretary"
                    | "administrator"
            )
    };
    let mut gone = Vec::new();
    let mut added = Vec::new();
    let mut key = String::new();
    for (i, f) in out.iter_mut().enumerate().skip(from) {
        if f.kind != EntityKind::Organization
            || f.te < f.ts + 3
            || matches!(
                f.rule,
                "gazetteer-company" | "acronym" | "known-phrase" | "long-form" | "known-name"
            )
        {
            continue;
        }
        let (ts, te) = (f.ts, f.te);
        let Some(k) = (ts + 1..te - 1).find(|&k| {
            te - k <= 4
                && t.toks[k].kind == Tk::Word
                && t.toks[k].has(CAP)
                && !t.toks[k].has(ALLCAPS)
                && gazetteer::any_given_name(t.fold(k))
                // (not a rank, "Directorate General Market Operations", nor
                // a place's second word, "New York Fashion Week")
                && !titleish(k)
                && gazetteer::place(span_key(t, k - 1, k + 1, &mut key)).is_none()
                && !(gazetteer::any_given_name(t.fold(k - 1))
                    && gazetteer::place(t.fold(k - 1)).is_none())
                && (k + 1..te).all(name_word)
                && gazetteer::place(t.fold(te - 1)).is_none()
                // (no body's or company's word at the end: "Mission Trust
                // Fund", "Lockheed Martin Space Systems"; a surname in the
                // plural may be a body's word: "Dana Banks")
                && t.toks[te - 1].lex.flags & ORG_SUFFIX == 0
                && (t.toks[te - 1].lex.flags & ORG_HEAD == 0 || t.fold(te - 1).ends_with('s'))
        }) else {
            continue;
        };
        // the title's words before the person, then the body or complement
        let mut b = k;
        while b > ts && titleish(b - 1) {
            b -= 1;
        }
        // ("Secretary of the Treasury", "Under Secretary for Economic
        // Growth, Energy, and the Environment": back over the
        // complement's words to its "of" or "for")
        let complement = (ts.saturating_sub(12)..ts).rev().find_map(|m| {
            let x = &t.toks[m];
            if x.kind == Tk::Word && matches!(t.fold(m), "of" | "for" | "to") {
                // a title's: "Secretary of", "Director for", "Chief of
                // Mission", "Ambassador to the United States" (not
                // "shares of", "worked for"); "Secretary of State for":
                // back to the title
                if m > 0 && t.toks[m - 1].kind == Tk::Word && titleish(m - 1) {
                    Some(true)
                } else if m > 0 && t.toks[m - 1].kind == Tk::Word && t.toks[m - 1].has(CAP) {
                    None
                } else {
                    Some(false)
                }
            } else if x.kind == Tk::Word && x.has(CAP) && gazetteer::any_given_name(t.fold(m)) {
                // (another person's name: "Wally Adeyemo, National Security
                // Council Senior Directors Tarun Chhabra")
                Some(false)
            } else if x.kind == Tk::Word && (x.has(CAP) || matches!(t.fold(m), "and" | "the"))
                || x.kind == Tk::Punct(',')
            {
                None
            } else {
                Some(false)
            }
        }) == Some(true);
        // (only where a title or a complement says so: "Aston Martin Lagonda" stays)
        if b == k && !complement {
            continue;
        }
        added.push(Found::new(
            t,
            k,
            te,
            EntityKind::Person,
            "person-after-title",
            None,
        ));
        let place = (b > ts)
            .then(|| gazetteer::place(span_key(t, ts, b, &mut key)))
            .flatten();
        if b == ts || complement && place.is_none() {
            gone.push(i);
        } else if complement {
            *f = Found::new(t, ts, b, EntityKind::Place, "place-in-title", None);
        } else {
            f.te = b;
            f.end = t.toks[b - 1].end;
        }
    }
    remove_mentions(out, &gone);
    out.extend(added);
}

/// "20th Century Fox", "21st Century Fox", "the 9th Circuit Court of
/// Appeals": an ordinal written in figures right before an organization's
/// capitals opens its name (a century's, or up to the eleventh, before a
/// name that ends on a body's word; not a date's day).
fn ordinals_opening_names(t: &Tokens, from: usize, used: &[bool], out: &mut [Found]) {
    for f in &mut out[from..] {
        if f.kind != EntityKind::Organization
            || f.ts == 0
            || matches!(f.rule, "acronym" | "gazetteer-company")
            // (a body's word in it, or a century: not "the 10th Apple
            // replied")
            || !((f.ts..f.te).any(|k| t.toks[k].lex.flags & ORG_HEAD != 0)
                || t.fold(f.ts) == "century")
        {
            continue;
        }
        let p = f.ts - 1;
        // (not a date's day: "On May 5th Microsoft said")
        if used[p] || p > 0 && t.toks[p - 1].lex.flags & MONTH != 0 {
            continue;
        }
        if let Some(d) = glued_ordinal(t, p)
            && t.toks[f.ts].gap & (SP | NL) == SP
            // (a court's circuit, a century; not an event's edition: "the
            // 22nd Fan Expo", "the 121st Assembly")
            && (d <= 11 || t.fold(f.ts) == "century")
        {
            f.ts = p;
            f.start = t.toks[p].start;
        }
    }
}

/// `Frank "Greg" Ford`, `Parker H. "Pete" Petit`, "Shaohua (Michael)
/// Yin": a nickname in quotes or brackets between a person's given name
/// and surname is part of the name (as the sets label it); the mentions
/// found inside (the nickname, the surname) go.
fn nicknames_inside_names(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let n = t.len();
    let closing = |open: char| match open {
        '"' => '"',
        '“' => '”',
        '\'' => '\'',
        '‘' => '’',
        '(' => ')',
        _ => '\0',
    };
    let cap_word = |m: usize| {
        m < n
            && t.toks[m].kind == Tk::Word
            && t.toks[m].has(CAP)
            && !t.toks[m].has(ALLCAPS)
            && t.toks[m].lex.flags & (CLOSED | TITLE | MONTH | WEEKDAY) == 0
    };
    let starts = MentionStarts::new(out, from);
    let mut gone = Vec::new();
    for i in from..out.len() {
        let f = &out[i];
        let e = f.te;
        if f.kind != EntityKind::Person || e + 3 >= n {
            continue;
        }
        // (the name so far ends on a given name or an initial: "Frank",
        // "Parker H."; not "Barack Obama", "Susan Collins")
        let last = e - 1;
        let given_end = if t.toks[last].kind == Tk::Punct('.') {
            last > f.ts && single_char(t.fold(last - 1))
        } else {
            gazetteer::any_given_name(t.fold(last)) || single_char(t.fold(last))
        };
        if !given_end {
            continue;
        }
        let Tk::Punct(open) = t.toks[e].kind else {
            continue;
        };
        let close = closing(open);
        // (a nickname in quotes may be in lower case: "Koushik 'koush'
        // Dutta", 'Abhisek "ciwrl" Devkota')
        let quoted_lower = open != '('
            && e + 1 < n
            && t.toks[e + 1].kind == Tk::Word
            && t.toks[e + 1].has(LOWER)
            && t.toks[e + 1].lex.flags & CLOSED == 0;
        if close == '\0'
            || t.toks[e].gap & NL != 0
            || !(cap_word(e + 1) || quoted_lower)
            || t.toks[e + 1].gap != 0
            || t.toks[e + 2].kind != Tk::Punct(close)
            || t.toks[e + 2].gap != 0
            || !cap_word(e + 3)
            || t.toks[e + 3].gap & (SP | NL) != SP
        {
            continue;
        }
        let mut end = e + 4;
        if cap_word(end) && t.toks[end].gap & (SP | NL) == SP && end < e + 5 {
            end += 1;
        }
        // (only names inside: no mention running past the new end)
        let inside = starts.within(e, end);
        // (only what the capitals alone made inside: a place or a body
        // found by its own evidence stays apart)
        if inside.iter().any(|&j| {
            out[j].te > end || out[j].kind != EntityKind::Person && out[j].rule != "capitalized"
        }) {
            continue;
        }
        out[i].te = end;
        out[i].end = t.toks[end - 1].end;
        gone.extend(inside);
    }
    remove_mentions(out, &gone);
}

/// "la bande de Gaza", "l'archipel des Comores": the Gaza strip, or a
/// place after "archipel de", is named with its lower-case word (as the
/// sets label "bande de Gaza").
fn strips_and_archipelagos(t: &Tokens, from: usize, out: &mut [Found]) {
    for f in &mut out[from..] {
        let ts = f.ts;
        if f.kind != EntityKind::Place
            || ts < 2
            || !matches!(t.fold(ts - 1), "de" | "des" | "du")
            // ("une bande de Grenoble" is a gang: the strip is Gaza's)
            || !(t.fold(ts - 2) == "archipel" || t.fold(ts - 2) == "bande" && t.fold(ts) == "gaza")
            || !t.toks[ts - 2].has(LOWER)
            || t.toks[ts - 1].gap & NL != 0
            || t.toks[ts].gap & NL != 0
        {
            continue;
        }
        f.ts = ts - 2;
        f.start = t.toks[ts - 2].start;
    }
}

/// "Selon Giscard d'Estaing", after "Valéry Giscard d'Estaing": a word
/// then "d'" and a capitalized word that end a person's full name in the
/// article are that person's surname again, whatever the capitals alone
/// made of the first word.
fn elided_surname_tails(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let n = t.len();
    // "w d' y" at k: the key of its three words
    let tail = |k: usize| -> Option<(&str, &str)> {
        (k + 3 < n
            && t.toks[k].kind == Tk::Word
            && t.toks[k].has(CAP)
            && t.toks[k + 1].kind == Tk::Word
            && t.fold(k + 1) == "d"
            && t.toks[k + 1].gap & (SP | NL) == SP
            && is_apos(t, k + 2)
            && t.toks[k + 3].kind == Tk::Word
            && t.toks[k + 3].has(CAP)
            && t.toks[k + 3].gap == 0)
            .then(|| (t.fold(k), t.fold(k + 3)))
    };
    let mut full: Vec<(&str, &str)> = out[from..]
        .iter()
        .filter(|f| f.kind == EntityKind::Person && f.te >= f.ts + 5)
        .filter_map(|f| tail(f.te - 4))
        .collect();
    if full.is_empty() {
        return;
    }
    // (sorted: one search per candidate, however many full names)
    full.sort_unstable();
    full.dedup();
    // the mentions by their first token (one look per match)
    let starts = MentionStarts::new(out, from);
    let mut gone = Vec::new();
    for f in out.iter_mut().skip(from) {
        let ts = f.ts;
        if f.te != ts + 1 {
            continue;
        }
        if let Some(key) = tail(ts)
            && full.binary_search(&key).is_ok()
        {
            *f = Found::new(t, ts, ts + 4, EntityKind::Person, "surname-tail", None);
            // (what the capitals made of the tail goes: "Estaing")
            gone.extend(starts.within(ts + 1, ts + 4));
        }
    }
    remove_mentions(out, &gone);
}

/// "les atolls de Rongelap, Ailinginae, Ailuk et Wotje", "the towns of
/// Bethany and Dewey": the capitalized names listed after a plural word
/// for places and "de"/"of" are places, known or not; a name the capitals
/// alone made an organization becomes a place, other mentions stay.
fn places_listed_after_their_kind(t: &Tokens, from: usize, used: &[bool], out: &mut Vec<Found>) {
    let n = t.len();
    let kind_word = |k: usize| {
        t.toks[k].kind == Tk::Word
            && t.toks[k].has(LOWER)
            && matches!(
                t.fold(k),
                "atolls"
                    | "iles"
                    | "villes"
                    | "villages"
                    | "communes"
                    | "provinces"
                    | "regions"
                    | "islands"
                    | "towns"
                    | "cities"
            )
    };
    let name_word = |m: usize| {
        m < n
            && !used[m]
            && t.toks[m].kind == Tk::Word
            && t.toks[m].has(CAP)
            && !t.toks[m].has(ALLCAPS)
            && t.toks[m].gap & NL == 0
            && t.toks[m].lex.flags & (CLOSED | TITLE | MONTH | WEEKDAY) == 0
    };
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for k in 0..n.saturating_sub(2) {
        if !kind_word(k) || !matches!(t.fold(k + 1), "de" | "des" | "d" | "of") {
            continue;
        }
        let mut m = if is_apos(t, k + 2) { k + 3 } else { k + 2 };
        let mut list = Vec::new();
        let mut closed = false;
        loop {
            if !name_word(m) {
                break;
            }
            let s = m;
            while name_word(m) && m < s + 3 {
                m += 1;
            }
            list.push((s, m));
            // "X, Y", "X et Y", "X, and Y"; the name after "and" ends the
            // list ("Kharkiv and Kherson, Zelenskyy said")
            if closed {
                break;
            }
            let mut j = m;
            if j < n && t.toks[j].kind == Tk::Punct(',') {
                j += 1;
            }
            if j < n && matches!(t.fold(j), "et" | "and" | "ou" | "or") {
                j += 1;
                closed = true;
            }
            if j == m {
                break;
            }
            m = j;
        }
        // (a list: two names or more)
        if list.len() >= 2 {
            runs.extend(list);
        }
    }
    if runs.is_empty() {
        return;
    }
    let starts = MentionStarts::new(out, from);
    let mut add = Vec::new();
    for (s, e) in runs {
        let here = starts.within(s, e);
        match here.as_slice() {
            [] => add.push(strong(t, s, e, EntityKind::Place, "listed-place")),
            [j] if out[*j].ts == s
                && out[*j].te == e
                && out[*j].kind == EntityKind::Organization
                && out[*j].rule == "capitalized" =>
            {
                out[*j].kind = EntityKind::Place;
                out[*j].rule = "listed-place";
            }
            _ => {}
        }
    }
    out.extend(add);
}

/// An ordinal written in figures in one token at `k` ("199th", "21st"):
/// its number.
fn glued_ordinal(t: &Tokens, k: usize) -> Option<u32> {
    let x = &t.toks[k];
    if x.kind != Tk::Word || !x.has(DIGIT) {
        return None;
    }
    let f = t.fold(k);
    let digits = f.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (!digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(&f[digits.len()..], "st" | "nd" | "rd" | "th"))
    .then(|| digits.parse().ok())
    .flatten()
}

/// The mentions of `out` from `from` on, by their first token: the passes
/// that grow a mention over the tokens after it find those it swallows
/// with one search each, however many mentions the article has.
struct MentionStarts(Vec<(usize, usize)>);

impl MentionStarts {
    fn new(out: &[Found], from: usize) -> MentionStarts {
        let mut starts: Vec<(usize, usize)> = (from..out.len()).map(|j| (out[j].ts, j)).collect();
        starts.sort_unstable();
        MentionStarts(starts)
    }

    /// The indices of the mentions that start in `s..e`.
    fn within(&self, s: usize, e: usize) -> Vec<usize> {
        let at = self.0.partition_point(|&(x, _)| x < s);
        self.0[at..]
            .iter()
            .take_while(|&&(x, _)| x < e)
            .map(|&(_, j)| j)
            .collect()
    }
}

/// "the Kurdistan Workers Party (PKK)", "New York Mercantile Exchange
/// (NYMEX)", "the Financial Industry Regulatory Authority (FINRA)": the
/// capitals in brackets right after a body's name are its short form even
/// where they do not spell it (a name in another language, letters taken
/// inside words), which [`acronym_definitions`] asks for. Only after a
/// body's head word (a party, an exchange, an authority): after a
/// company's name the capitals are its ticker ("Zoom Video (ZM)",
/// "Morgan Stanley (MS)"); nor a plural ("Suspicious Activity Reports
/// (SARs)"), nor capitals already read.
fn initials_after_bodies(t: &Tokens, from: usize, used: &[bool], out: &mut Vec<Found>) {
    let n = t.len();
    let starts = MentionStarts::new(out, 0);
    let mut key = String::new();
    let mut add = Vec::new();
    for f in &out[from..] {
        let p = f.te;
        if f.kind != EntityKind::Organization
            || p + 2 >= n
            || t.toks[p].kind != Tk::Punct('(')
            || t.toks[p + 2].kind != Tk::Punct(')')
            || !t.toks[p + 1].has(ALLCAPS)
            || t.toks[p + 1].has(DOT)
            || used[p + 1]
            || !starts.within(p + 1, p + 2).is_empty()
        {
            continue;
        }
        t.key(f.ts, f.te, &mut key);
        // (a company's words make the capitals its ticker: "Deutsche Bank
        // AG (DB)", "Credit Suisse Group (CS)"; a country's code is no
        // body: "(UK)")
        if gazetteer::company(&key)
            || !(f.ts..f.te).any(|w| t.toks[w].lex.flags & ORG_HEAD != 0)
            || (f.ts..f.te).any(|w| {
                matches!(
                    t.fold(w),
                    "bank"
                        | "group"
                        | "groupe"
                        | "ag"
                        | "inc"
                        | "corp"
                        | "corporation"
                        | "company"
                        | "holdings"
                        | "holding"
                        | "ltd"
                        | "limited"
                        | "plc"
                        | "llc"
                        | "sa"
                        | "gmbh"
                        | "co"
                        | "bancorp"
                        | "bancorporation"
                        | "bancshares"
                )
            })
            || gazetteer::place(t.fold(p + 1)).is_some()
        {
            continue;
        }
        add.push(strong(
            t,
            p + 1,
            p + 2,
            EntityKind::Organization,
            "initials-after-body",
        ));
    }
    out.extend(add);
}

/// "Strengthening Commercial Engagement:", "Revoking Russia's Status",
/// "Investing in America", "Catalyzing Clean Energy Industries": a
/// capitalized run that opens a sentence or a line with an English verb's
/// "-ing" form, or is that word alone ("the President's Investing in
/// America agenda"), is a heading or a clause, not a body's name, unless it
/// names a body ("Governing Council", "Living School"); a listed company
/// stays ("Boeing" has no verb).
fn headings_opened_by_a_verb(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let mut gone: Vec<usize> = (from..out.len())
        .filter(|&i| {
            let f = &out[i];
            f.kind == EntityKind::Organization
                && matches!(f.rule, "capitalized" | "org-suffix" | "org-with-place")
                && (t.sentence_initial(f.ts) || f.te == f.ts + 1)
                && gazetteer::gerund(t.fold(f.ts))
                && !(f.ts..f.te).any(|w| t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX) != 0)
                // (a company that speaks: "Manning Electric announced",
                // "Breaking Defense reported")
                && !agent_verb_after(t, f.te)
        })
        .collect();
    if gone.is_empty() {
        return;
    }
    // (a person's surname alone is the person's: "Gregory Manning", then
    // "Manning")
    let surnames: std::collections::HashSet<&str> = out
        .iter()
        .filter(|p| p.kind == EntityKind::Person && p.te > p.ts + 1)
        .map(|p| t.fold(p.te - 1))
        .collect();
    gone.retain(|&i| !surnames.contains(t.fold(out[i].ts)));
    remove_mentions(out, &gone);
}

/// "le roi Gyanendra du Népal", "Queen Margrethe of Denmark": a person's
/// name that a title opened and that ends on "de"/"du"/"of" and a country
/// is the person and the country, not a name with a particle ("Charles de
/// Gaulle" keeps his).
fn people_of_a_country(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let mut add = Vec::new();
    for f in &mut out[from..] {
        if f.kind != EntityKind::Person || f.te < f.ts + 3 {
            continue;
        }
        let l = f.te - 1;
        // ("le sultan Qabous d'Oman": the elided particle and its apostrophe)
        let p = if is_apos(t, l - 1) && t.surf(l - 2) == "d" {
            l - 2
        } else {
            l - 1
        };
        if t.toks[p].kind == Tk::Word
            && matches!(t.surf(p), "du" | "de" | "of" | "d")
            && t.toks[l].has(CAP)
            && gazetteer::place(t.fold(l)) == Some(PlaceKind::Country)
        {
            let (rule, conf) = (f.rule, f.conf);
            *f = Found::new(t, f.ts, p, EntityKind::Person, rule, None);
            f.conf = conf;
            add.push(strong(
                t,
                l,
                l + 1,
                EntityKind::Place,
                "country-after-person",
            ));
        }
    }
    out.extend(add);
}

/// "ministère de la Culture et de la Communication", "ministère de
/// l’Intérieur et des Outre-mer", "Direction générale des douanes et des
/// droits indirects", "Institut national de l'information géographique et
/// forestière": a French body's name (its head word, then a complement)
/// goes on after "et" with a second complement ("et de la", "et des",
/// "et du", "et d'") written as the first (a capital after a capital, a
/// lower-case word after a lower-case one: "le ministère de la Santé et
/// des associations" stops), and its adjectives; or with an adjective
/// after an adjective ("géographique et forestière").
fn bodies_joined_by_et(t: &Tokens, used: &[bool], out: &mut Vec<Found>) {
    let n = t.len();
    let word = |k: usize| k < n && t.toks[k].kind == Tk::Word && t.toks[k].gap & (SP | NL) == SP;
    let et_after = |f: &Found| {
        f.kind == EntityKind::Organization && word(f.te) && t.surf(f.te) == "et" && f.te + 1 < n
    };
    if !out.iter().any(et_after) {
        return;
    }
    let adjective = |k: usize| {
        word(k)
            && t.toks[k].has(LOWER)
            && !t.toks[k].has(CAP)
            && adjective_ending(t.fold(k), &["ects", "ecte", "ectes"])
    };
    let starts = MentionStarts::new(out, 0);
    let mut gone = Vec::new();
    for i in 0..out.len() {
        let f = &out[i];
        if !et_after(f) || t.toks[f.ts].lex.flags & ORG_HEAD == 0 {
            continue;
        }
        // the first complement's noun: the word after the name's first
        // "de"/"du"/"des"/"d'" (and its article)
        let Some(of) = (f.ts + 1..f.te).find(|&k| matches!(t.fold(k), "de" | "du" | "des" | "d"))
        else {
            continue;
        };
        let noun = (of + 1..f.te).find(|&k| {
            t.toks[k].kind == Tk::Word && !matches!(t.fold(k), "la" | "le" | "les" | "l")
        });
        let Some(noun) = noun else {
            continue;
        };
        let capital = t.toks[noun].has(CAP);
        let et = f.te;
        let mut e = et + 1;
        if adjective(f.te - 1) && adjective(et + 1) {
            // "géographique et forestière"
            e = et + 2;
        } else {
            // "et de la", "et de l'", "et des", "et du", "et d'"
            match t.fold(e) {
                "des" | "du" if word(e) => e += 1,
                "de" if word(e) && e + 1 < n && matches!(t.fold(e + 1), "la" | "l") => {
                    e += 2;
                    if t.fold(e - 1) == "l" {
                        if !is_apos(t, e) {
                            continue;
                        }
                        e += 1;
                    }
                }
                "d" if is_apos(t, e + 1) => e += 2,
                _ => continue,
            }
            // a field's name in capitals after one in capitals: not a
            // body of its own ("et de la Banque mondiale", "et de
            // l'Assemblée nationale": a body's word, or an adjective in the
            // singular after it; "et de la Fonction publiques" shares its
            // plural with the first)
            if !capital
                || e >= n
                || t.toks[e].kind != Tk::Word
                || !t.toks[e].has(CAP)
                || t.toks[e].has(ALLCAPS | DIGIT)
                || t.toks[e].lex.flags & (ORG_HEAD | ORG_SUFFIX) != 0
                || gazetteer::known_organization(t.fold(e))
            {
                continue;
            }
            e += 1;
            if adjective(e) && !t.fold(e).ends_with(['s', 'x']) {
                continue;
            }
            while e < n && e - et < 8 && adjective(e) {
                e += 1;
            }
        }
        grow_over(t, &starts, used, out, i, et, e, &mut gone);
    }
    remove_mentions(out, &gone);
}

/// A French government's portfolio that names a ministry, folded
/// ("ministère des Solidarités et de la Santé", "de la Cohésion des
/// territoires", "de l'Enseignement supérieur"): those of
/// [`ministry_word`] and more that only a ministry's word names.
fn portfolio_word(f: &str) -> bool {
    ministry_word(f)
        || matches!(
            f,
            "solidarites"
                | "cohesion"
                | "transition"
                | "enseignement"
                | "relance"
                | "alimentation"
                | "jeunesse"
                | "famille"
                | "familles"
                | "enfance"
                | "ville"
                | "mer"
                | "numerique"
                | "fonction"
                | "transformation"
                | "action"
                | "comptes"
                | "collectivites"
                | "territoires"
                | "amenagement"
                | "cooperation"
                | "francophonie"
                | "egalite"
                | "handicap"
                | "autonomie"
                | "memoire"
                | "insertion"
                | "formation"
                | "innovation"
                | "espace"
                | "consommation"
                | "artisanat"
                | "entreprises"
                | "reforme"
                | "decentralisation"
                | "citoyennete"
                | "integration"
                | "developpement"
                | "climat"
                | "peche"
                | "foret"
                | "ruralite"
                | "souverainete"
                | "prevention"
                | "outre-mer"
                | "europe"
                | "sport"
                | "vie"
                | "communication"
                | "finances"
                | "economie"
                | "culture"
                | "environnement"
                | "armees"
                | "industrie"
                | "budget"
                | "emploi"
                | "sports"
                | "ecologie"
                | "immigration"
                | "tourisme"
                | "recherche"
                | "affaires"
        )
}

/// The adjectives of a ministry's portfolios, folded ("de la Transition
/// écologique et solidaire", "de l'Éducation nationale", "des Affaires
/// étrangères", "de la Fonction publiques").
fn portfolio_adjective(f: &str) -> bool {
    matches!(
        f,
        "superieur"
            | "solidaire"
            | "solidaires"
            | "nationale"
            | "national"
            | "publique"
            | "publiques"
            | "etrangeres"
            | "europeennes"
            | "ecologique"
            | "numerique"
            | "territoriale"
            | "territoriales"
            | "sociale"
            | "sociales"
            | "industrielle"
            | "energetique"
            | "alimentaire"
            | "rurale"
            | "associative"
            | "maritime"
            | "urbaine"
            | "durable"
            | "economique"
            | "numeriques"
            | "climatique"
            | "internationale"
            | "olympiques"
            | "paralympiques"
            | "agricole"
            | "exterieur"
            | "civile"
            | "professionnelle"
    )
}

/// "ministère de l'Économie, des Finances et de la Relance", "ministère
/// de l'Éducation nationale, de la Jeunesse et des Sports", "ministère de
/// la Transition écologique et de la Cohésion des territoires": a French
/// ministry's name goes on over its portfolios, each "de la", "de l'",
/// "des", "du" or "d'" and a portfolio (capitalized, or one of
/// [`portfolio_word`] in lower case) with its adjectives, the last joined by
/// "et" (a list of portfolios after commas that ends on no "et" is left
/// out: "du ministère de l'Intérieur, des préfets"). Nothing but
/// organizations, a portfolio's place ("Europe", "Outre-mer") or nothing
/// may have been found over them.
fn ministries_full_names(t: &Tokens, used: &[bool], out: &mut Vec<Found>) {
    let n = t.len();
    let ministry = |f: &Found| {
        f.kind == EntityKind::Organization
            && t.toks[f.ts].kind == Tk::Word
            && t.fold(f.ts) == "ministere"
            && f.te < n
    };
    if !out.iter().any(ministry) {
        return;
    }
    let word = |k: usize| {
        k < n && !used[k] && t.toks[k].kind == Tk::Word && t.toks[k].gap & (SP | NL) == SP
    };
    let adjectives = |mut k: usize| {
        while word(k) && !t.toks[k].has(CAP) && portfolio_adjective(t.fold(k)) {
            k += 1;
        }
        k
    };
    // after "de la", "de l'", "des", "du", "d'" at `k`: the portfolio
    // (in capitals after a first one in capitals, "le ministère de la
    // Santé et des entreprises" stops) and its adjectives; where they end
    let complement = |k: usize, capital: bool| -> Option<usize> {
        if !word(k) {
            return None;
        }
        let j = match t.fold(k) {
            "des" | "du" => k + 1,
            "de" if word(k + 1) && t.fold(k + 1) == "la" => k + 2,
            "de" if k + 2 < n && t.fold(k + 1) == "l" && is_apos(t, k + 2) => k + 3,
            "d" if is_apos(t, k + 1) => k + 2,
            _ => return None,
        };
        if j >= n || used[j] || t.toks[j].kind != Tk::Word || t.toks[j].gap & NL != 0 {
            return None;
        }
        let x = &t.toks[j];
        let f = t.fold(j);
        let field = if x.has(CAP) {
            capital
                && !x.has(ALLCAPS | DIGIT | DOT)
                && x.lex.flags & (ORG_HEAD | ORG_SUFFIX | TITLE) == 0
                && !gazetteer::known_organization(f)
                // (a portfolio that is a given name or a place too:
                // "Santé", "Europe")
                && (portfolio_word(f)
                    || !gazetteer::any_given_name(f) && gazetteer::place(f).is_none())
        } else {
            !capital && portfolio_word(f)
        };
        if !field {
            return None;
        }
        // "de la Cohésion des territoires", "de la Transformation et de
        // la Fonction publiques"
        let mut e = adjectives(j + 1);
        if word(e) && t.fold(e) == "des" && word(e + 1) && t.fold(e + 1) == "territoires" {
            e += 2;
        }
        Some(e)
    };
    let starts = MentionStarts::new(out, 0);
    let mut gone = Vec::new();
    for i in 0..out.len() {
        if !ministry(&out[i]) {
            continue;
        }
        let from = out[i].te;
        // (the first portfolio's case: the name's word after "de", "du",
        // "des" and an article)
        let capital = (out[i].ts + 1..from)
            .find(|&k| {
                t.toks[k].kind == Tk::Word
                    && !matches!(
                        t.fold(k),
                        "de" | "du" | "des" | "d" | "la" | "le" | "les" | "l"
                    )
            })
            .is_some_and(|k| t.toks[k].has(CAP));
        let mut e = adjectives(from);
        // (where the name may end: after its adjectives, or after a
        // portfolio joined by "et")
        let mut end = e;
        // (a name ends on its portfolio after "et": what follows after a
        // comma is a list of other ministries, "le ministère de
        // l'Intérieur et des Outre-mer, de la Justice, …")
        let mut closed = (out[i].ts..from).any(|k| t.toks[k].kind == Tk::Word && t.surf(k) == "et");
        loop {
            let comma = e < n && t.toks[e].kind == Tk::Punct(',') && t.toks[e].gap == 0;
            let et = word(e) && t.surf(e) == "et";
            if !comma && !et || comma && closed {
                break;
            }
            // "de la Transition écologique et solidaire"
            if et
                && e > from
                && word(e + 1)
                && !t.toks[e + 1].has(CAP)
                && portfolio_adjective(t.fold(e - 1))
                && portfolio_adjective(t.fold(e + 1))
            {
                e = adjectives(e + 1);
                end = e;
                continue;
            }
            // (a name is short: at most thirty tokens of portfolios)
            if e - from > 30 {
                break;
            }
            let Some(c) = complement(e + 1, capital) else {
                break;
            };
            e = c;
            if et {
                end = e;
                closed = true;
            }
        }
        if end == from {
            continue;
        }
        let inside = starts.within(from, end);
        if inside.iter().any(|&j| {
            let g = &out[j];
            g.te > end
                || g.kind == EntityKind::Person
                || g.kind == EntityKind::Place && !portfolio_word(t.fold(g.ts))
                || !matches!(
                    g.kind,
                    EntityKind::Organization | EntityKind::Place | EntityKind::Person
                )
        }) {
            continue;
        }
        out[i].te = end;
        out[i].end = t.toks[end - 1].end;
        gone.extend(inside);
    }
    remove_mentions(out, &gone);
}

/// "la direction générale des finances publiques", "le secrétariat
/// général pour la modernisation de l'action publique", "la direction
/// interministérielle du numérique et du système d'information et de
/// communication de l'État", "l'agence nationale de la sécurité des
/// systèmes d'information": a French administration written in lower
/// case after a definite article, its head word qualified as general,
/// interministerial, national, regional, departmental or higher, then
/// its fields, each "de", "du", "des", "de la", "de l'", "d'" or "pour
/// la" and a lower-case noun (or "État") with its adjectives, the fields
/// one after the other or joined by "et" (or by commas before a last
/// "et"). Not a company's management ("la direction générale du
/// groupe"), nor a head and its qualifier alone ("la direction
/// générale"); nothing may have been found over it.
fn lowercase_administrations(t: &Tokens, used: &[bool], out: &mut Vec<Found>) {
    let n = t.len();
    let word = |k: usize| {
        k < n && !used[k] && t.toks[k].kind == Tk::Word && t.toks[k].gap & (SP | NL) == SP
    };
    let lower = |k: usize| word(k) && t.toks[k].has(LOWER) && !t.toks[k].has(CAP);
    // (after an apostrophe too: "l'agence")
    let heads = |k: usize| {
        !used[k]
            && t.toks[k].kind == Tk::Word
            && t.toks[k].has(LOWER)
            && !t.toks[k].has(CAP)
            && matches!(
                t.fold(k),
                "direction"
                    | "secretariat"
                    | "delegation"
                    | "mission"
                    | "inspection"
                    | "commissariat"
                    | "agence"
                    | "conseil"
                    | "office"
                    | "institut"
                    | "centre"
                    | "service"
                    | "caisse"
                    | "commission"
                    | "comite"
                    | "observatoire"
                    | "autorite"
            )
            // (the State's network, not a network of things: "le réseau
            // interministériel de l'État", not "le réseau national de
            // bornes")
            || t.fold(k) == "reseau" && k + 1 < n && t.fold(k + 1) == "interministeriel"
    };
    if !(0..n).any(heads) {
        return;
    }
    let qualifier = |k: usize| {
        lower(k)
            && matches!(
                t.fold(k),
                "generale"
                    | "general"
                    | "interministerielle"
                    | "interministeriel"
                    | "nationale"
                    | "national"
                    | "regionale"
                    | "regional"
                    | "departementale"
                    | "departemental"
                    | "superieur"
                    | "superieure"
                    | "centrale"
                    | "central"
            )
    };
    let adjective = |k: usize| {
        lower(k)
            && t.toks[k].lex.flags & CLOSED == 0
            && adjective_ending(t.fold(k), &["ile", "iles", "ils"])
    };
    // a field's noun: a lower-case word that is no function word, or the
    // State
    // (right after an apostrophe too: "de l'action", "d'information")
    let noun = |k: usize| {
        k < n
            && !used[k]
            && t.toks[k].kind == Tk::Word
            && t.toks[k].gap & NL == 0
            && t.toks[k].lex.flags & CLOSED == 0
            && (t.toks[k].has(LOWER) && !t.toks[k].has(CAP)
                || matches!(t.fold(k), "etat" | "gouvernement") && !t.toks[k].has(ALLCAPS))
    };
    // "de la", "de l'", "des", "du", "d'", "pour la", "pour le", "pour
    // l'" at `k`, then a noun and its adjectives: where they end
    let field = |k: usize| -> Option<usize> {
        if !word(k) {
            return None;
        }
        let mut j = k;
        if t.fold(j) == "pour" {
            j += 1;
            if j >= n || t.toks[j].kind != Tk::Word {
                return None;
            }
            match t.fold(j) {
                "la" | "le" | "les" => j += 1,
                "l" if j + 1 < n && is_apos(t, j + 1) => j += 2,
                _ => return None,
            }
        } else {
            j = match t.fold(k) {
                "des" | "du" => k + 1,
                "de" if word(k + 1) && t.fold(k + 1) == "la" => k + 2,
                "de" if k + 2 < n && t.fold(k + 1) == "l" && is_apos(t, k + 2) => k + 3,
                "de" => k + 1,
                "d" if is_apos(t, k + 1) => k + 2,
                _ => return None,
            };
        }
        if j >= n || used[j] || !noun(j) || t.toks[j].gap & NL != 0 {
            return None;
        }
        let mut e = j + 1;
        while e - j < 4 && adjective(e) {
            e += 1;
        }
        Some(e)
    };
    // (the tokens something was found over, whatever its length)
    let mut covered = vec![false; n];
    for f in out.iter() {
        covered[f.ts..f.te.min(n)].fill(true);
    }
    let mut add = Vec::new();
    let mut i = 1;
    while i + 2 < n {
        if !heads(i) || !qualifier(i + 1) {
            i += 1;
            continue;
        }
        // a definite article before the head ("la", "le", "l'", "du",
        // "au")
        let mut p = i - 1;
        if is_apos(t, p) && p > 0 {
            p -= 1;
        }
        if t.toks[p].kind != Tk::Word || !matches!(t.fold(p), "la" | "le" | "l" | "du" | "au") {
            i += 1;
            continue;
        }
        let Some(mut e) = field(i + 2) else {
            i += 1;
            continue;
        };
        // (a company's or a club's management, not an administration)
        let first = (i + 2..e).find(|&k| noun(k));
        if first.is_some_and(|k| {
            matches!(
                t.fold(k),
                "groupe"
                    | "entreprise"
                    | "societe"
                    | "compagnie"
                    | "firme"
                    | "club"
                    | "parti"
                    | "banque"
                    | "usine"
                    | "journal"
                    | "chaine"
                    | "magasin"
                    | "hopital"
                    | "etablissement"
                    | "festival"
                    | "constructeur"
                    | "operateur"
                    | "laboratoire"
                    | "assureur"
                    | "quotidien"
                    | "universite"
                    | "hotel"
                    | "fabricant"
                    | "distributeur"
                    | "editeur"
                    | "marque"
                    | "enseigne"
                    | "equipe"
                    | "syndicat"
                    | "federation"
                    | "association"
                    | "ecole"
                    | "musee"
                    | "theatre"
                    | "site"
                    | "magazine"
                    | "media"
                    | "television"
                    | "radio"
                    | "reseau"
                    | "filiale"
                    | "maison"
                    | "holding"
                    | "fonds"
            )
        }) {
            i += 1;
            continue;
        }
        // (fields after commas count once a last one is joined by "et";
        // an adjective after "et" too: "de l'information géographique et
        // forestière")
        let mut end = e;
        while e < n && e - i < 24 {
            let comma = t.toks[e].kind == Tk::Punct(',') && t.toks[e].gap == 0;
            let et = word(e) && t.surf(e) == "et";
            if et && adjective(e - 1) && adjective(e + 1) {
                e += 2;
                end = e;
                continue;
            }
            let at = if comma || et { e + 1 } else { e };
            let Some(f) = field(at) else { break };
            e = f;
            if !comma {
                end = e;
            }
        }
        // nothing found over it
        if !(i..end).any(|k| used[k] || covered[k]) {
            add.push(strong(
                t,
                i,
                end,
                EntityKind::Organization,
                "administration-lower",
            ));
        }
        i = end;
    }
    out.extend(add);
}

/// "Cour constitutionnelle du Togo", "Conférence des évêques de France",
/// "Comité d'enquête de la République tchétchène", "Alternative pour
/// l'Allemagne": a French body's name (a capitalized head word, its
/// words) goes on over "de", "du", "de la", "de l'", "d'" or "pour" and
/// the place it is of, found right after it (nothing capitalized after
/// the place; not a lower-case body's seat, "la cour d'appel de Paris",
/// nor a body known under its own name, "la Commission européenne de
/// Bruxelles").
fn bodies_of_a_place(t: &Tokens, used: &[bool], out: &mut Vec<Found>) {
    let n = t.len();
    let word = |k: usize| k < n && !used[k] && t.toks[k].kind == Tk::Word;
    // the place at `k` after the preposition, if one starts there: its
    // index
    let mut at_start: super::FxMap<usize, usize> = super::FxMap::default();
    for (i, f) in out.iter().enumerate() {
        if f.kind == EntityKind::Place {
            at_start.insert(f.ts, i);
        }
    }
    if at_start.is_empty() {
        return;
    }
    let mut gone = Vec::new();
    for i in 0..out.len() {
        let f = &out[i];
        if f.kind != EntityKind::Organization
            || f.te >= n
            || !t.toks[f.ts].has(CAP)
            || t.toks[f.ts].lex.flags & ORG_HEAD == 0
            || !word(f.te)
        {
            continue;
        }
        // (a body known under its own name stays: "la Commission
        // européenne de Bruxelles")
        let mut key = String::new();
        t.key(f.ts, f.te, &mut key);
        if gazetteer::known_organization(&key) || gazetteer::company(&key) {
            continue;
        }
        let e = f.te;
        let k = match t.fold(e) {
            "du" | "pour" => e + 1,
            "de" if word(e + 1) && t.fold(e + 1) == "la" => e + 2,
            "de" if e + 2 < n && t.fold(e + 1) == "l" && is_apos(t, e + 2) => e + 3,
            "de" => e + 1,
            "d" if e + 1 < n && is_apos(t, e + 1) => e + 2,
            _ => continue,
        };
        let Some(&j) = at_start.get(&k) else { continue };
        let p = &out[j];
        let te = p.te;
        // (a party and the country it stands in are two: "le Parti
        // socialiste de France"; a region's party is one: "Parti
        // démocratique du Kurdistan", and so is a country's named with
        // its article: "Parti communiste du Népal")
        if t.fold(f.ts) == "parti"
            && k == e + 1
            && t.fold(e) == "de"
            && gazetteer::place(span_key(t, p.ts, p.te, &mut key)) == Some(PlaceKind::Country)
        {
            continue;
        }
        if te < n
            && t.toks[te].kind == Tk::Word
            && t.toks[te].has(CAP)
            && t.toks[te].gap & (SP | NL) == SP
        {
            continue;
        }
        out[i].te = te;
        out[i].end = t.toks[te - 1].end;
        gone.push(j);
    }
    remove_mentions(out, &gone);
}

/// "FORUM DE L’EMPLOI TECH DE L’ÉTAT : INSCRIPTIONS OUVERTES…": a word
/// left alone on a line in capitals, once its common words are set aside
/// (see `headline_common_words`), is an initialism only if the article
/// writes it in capitals in its running text too ("DINUM"), a list knows
/// it, or it is four letters or less and no word of the article or the
/// dictionaries; else it is a heading's word ("FORUM", written "Forum"
/// below). (The dictionaries have some initials too, "sncf": a heading's
/// initials the text never writes again are lost.)
fn lone_words_of_lines_in_capitals(t: &Tokens, seen: &Seen, from: usize, out: &mut Vec<Found>) {
    let n = t.len();
    // (the line of a token: its bounds, if within a short reach)
    const REACH: usize = 48;
    let line_of = |k: usize| -> Option<(usize, usize)> {
        let mut a = k;
        while a > 0 && t.toks[a].gap & NL == 0 {
            if k - a >= REACH {
                return None;
            }
            a -= 1;
        }
        let mut b = k + 1;
        while b < n && t.toks[b].gap & NL == 0 {
            if b - k >= REACH {
                return None;
            }
            b += 1;
        }
        Some((a, b))
    };
    let lone: Vec<usize> = (from..out.len())
        .filter(|&i| {
            let f = &out[i];
            f.kind == EntityKind::Organization
                && f.te == f.ts + 1
                && f.te <= n
                && t.toks[f.ts].has(ALLCAPS)
                // (not an address: "DEMARCHES-SIMPLIFIEES.FR"; nor a body
                // a list knows: "SNCF : GRÈVE CE WEEK-END")
                && !t.toks[f.ts].has(DOT)
                && !gazetteer::known_organization(t.fold(f.ts))
                && !gazetteer::company(t.fold(f.ts))
                // (short initials no dictionary has stay: "/AP")
                && {
                    let w = t.fold(f.ts);
                    w.chars().nth(4).is_some()
                        || seen.lower(w)
                        || gazetteer::common_word(w)
                        || gazetteer::shared_word(w)
                }
                && line_of(f.ts).is_some_and(|(a, b)| line_in_capitals(t, a, b))
        })
        .collect();
    if lone.is_empty() {
        return;
    }
    // the words in capitals of the lines that have a word in lower case
    let mut running = HashSet64::for_at_most(n);
    let mut a = 0;
    for b in 1..=n {
        if b == n || t.toks[b].gap & NL != 0 {
            if (a..b).any(|k| t.toks[k].kind == Tk::Word && t.toks[k].has(LOWER)) {
                for k in a..b {
                    if t.toks[k].has(ALLCAPS) {
                        running.insert(t.hash(k));
                    }
                }
            }
            a = b;
        }
    }
    let gone: Vec<usize> = lone
        .into_iter()
        .filter(|&i| !running.contains(t.hash(out[i].ts)))
        .collect();
    remove_mentions(out, &gone);
}

/// "#YemenFoodCrisis", "@OmarMash": a hashtag or a handle is a label of
/// a post, not a mention of anyone (the same name written out elsewhere
/// in the article is found there).
fn tags_and_handles(t: &Tokens, out: &mut Vec<Found>) {
    out.retain(|f| {
        !matches!(
            f.kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Place
        ) || f.ts == 0
            || f.ts >= t.len()
            || t.toks[f.ts].gap != 0
            || !matches!(t.toks[f.ts - 1].kind, Tk::Punct('#' | '@'))
    });
}

/// "J. R. R. Tolkien", "S. P. Udayakumar": two or three initials, each
/// with its stop, then one surname, that nothing but capitals named: a
/// person's (not a known company's).
fn initials_of_a_person(t: &Tokens, from: usize, out: &mut [Found]) {
    for f in out[from..].iter_mut() {
        if f.kind != EntityKind::Organization || f.rule != "capitalized" || f.te > t.len() {
            continue;
        }
        let words: Vec<usize> = word_idx(t, f.ts, f.te).collect();
        let Some((&sur, mut initials)) = words.split_last() else {
            continue;
        };
        // (a role opening the sentence is no part of it: "Activist S. P.
        // Udayakumar")
        let role = initials.first().is_some_and(|&k| {
            t.toks[k].lex.flags & (OCCUPATION | TITLE) != 0 && t.fold(k).chars().nth(1).is_some()
        });
        if role {
            initials = &initials[1..];
        }
        let surname = &t.toks[sur];
        if (2..=3).contains(&initials.len())
            && initials.iter().all(|&k| {
                t.toks[k].has(CAP) && t.fold(k).chars().nth(1).is_none() && glued_stop(t, k + 1)
            })
            && surname.has(CAP)
            && !surname.has(ALLCAPS | DOT | DIGIT)
            && surname.lex.flags & (ORG_HEAD | ORG_SUFFIX | CLOSED | TITLE) == 0
            && t.fold(sur).chars().nth(2).is_some()
            && !gazetteer::company_start(t.fold(sur))
        {
            if role {
                let first = words[1];
                f.ts = first;
                f.start = t.toks[first].start;
            }
            f.kind = EntityKind::Person;
            f.rule = "initials";
        }
    }
}

/// "STS-135", "SHA-256", "COP26", "UTC-5", "LR-20456", "AK-47": a
/// series' letters and a number name a space mission, a hash, a climate
/// conference, a time zone, a litigation release or a rifle, not a body
/// (the letters of a group of countries stay: "G7", "G20").
fn codes_read_as_bodies(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let gone: Vec<usize> = (from..out.len())
        .filter(|&i| {
            let f = &out[i];
            if f.kind != EntityKind::Organization {
                return false;
            }
            let Some(text) = t.text.get(f.start as usize..f.end as usize) else {
                return false;
            };
            let letters: String = text
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect::<String>()
                .to_ascii_lowercase();
            let rest = &text[letters.len()..];
            let rest = rest.strip_prefix('-').unwrap_or(rest);
            rest.starts_with(|c: char| c.is_ascii_digit())
                && !rest.contains(' ')
                && matches!(
                    letters.as_str(),
                    "sts" | "sha" | "cop" | "utc" | "gmt" | "usd" | "eur" | "lr" | "slc" | "ak"
                )
        })
        .collect();
    remove_mentions(out, &gone);
}

/// "Principal Deputy National (Security Advisor)", "U.S. Deputy
/// National", "Bahraini Crown Prince", "Special Envoy": a title's words
/// that capitals alone made an organization (two words or more, each a
/// rank or "National", after a place or a people's adjective at most)
/// name nobody, and the title's words before a given name are no part
/// of the person's ("Saudi Crown Prince Mohammed bin Salman"); "His Royal
/// Highness Salman bin Hamad Al Khalifa", "His Majesty King Charles III":
/// the honorific opens a person's name, which is the capitalized rest.
fn titles_read_as_bodies(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let rank = |k: usize| {
        t.toks[k].kind == Tk::Word
            && matches!(
                t.fold(k),
                "deputy"
                    | "principal"
                    | "national"
                    | "senior"
                    | "special"
                    | "assistant"
                    | "chief"
                    | "counsel"
                    | "counsellor"
                    | "envoy"
                    | "undersecretary"
                    | "civilian"
                    | "crown"
                    | "prince"
                    | "princess"
                    | "vice"
                    | "acting"
            )
    };
    let honorific = |k: usize| {
        t.toks[k].kind == Tk::Word && matches!(t.fold(k), "highness" | "majesty" | "excellency")
    };
    let mut gone = Vec::new();
    for (i, f) in out.iter_mut().enumerate().skip(from) {
        if f.kind != EntityKind::Organization || matches!(f.rule, "known-phrase" | "acronym") {
            continue;
        }
        let words: Vec<usize> = word_idx(t, f.ts, f.te).collect();
        if words.is_empty() {
            continue;
        }
        // (a place or a people's adjective first: "U.S.", "Bahraini")
        let lead = words.first().is_some_and(|&k| {
            let f = t.fold(k);
            words.len() > 1
                && !rank(k)
                && (gazetteer::place(f).is_some()
                    || matches!(f, "u.s" | "us")
                    || nationality(f)
                    // ("Saudi", "Bahraini": a people's adjective)
                    || demonym(f)
                    || irregular_demonym(f)
                    || f == "saudi")
        });
        let titles = &words[usize::from(lead)..];
        // (two words at least, or one after a place: "the Crown" alone
        // may be the prosecution)
        let ranks = titles.iter().take_while(|&&k| rank(k)).count();
        if (titles.len() >= 2 || lead && !titles.is_empty()) && ranks == titles.len() {
            gone.push(i);
            continue;
        }
        // two ranks or more, then a given name and the rest of a name
        if ranks >= 2
            && ranks < titles.len()
            && gazetteer::any_given_name(t.fold(titles[ranks]))
            && titles[ranks..].iter().all(|&k| {
                t.toks[k].has(CAP) || matches!(t.fold(k), "bin" | "ben" | "al" | "el" | "ibn")
            })
        {
            let rule = f.rule;
            *f = Found::new(t, titles[ranks], f.te, EntityKind::Person, rule, None);
            continue;
        }
        // the honorific and the words before it ("Royal Highness") go;
        // one to six capitalized words after it are the person
        if let Some(h) = words.iter().position(|&k| honorific(k))
            && h + 2 <= words.len()
            && words.len() - h - 1 <= 6
            && words[h + 1..].iter().all(|&k| {
                t.toks[k].has(CAP) || matches!(t.fold(k), "bin" | "ben" | "al" | "el" | "ibn")
            })
        {
            let mut s = words[h + 1];
            if matches!(
                t.fold(s),
                "king" | "queen" | "prince" | "princess" | "sheikh"
            ) && h + 3 <= words.len()
            {
                s = words[h + 2];
            }
            // ("His Majesty The Queen": a title, no name)
            if matches!(t.fold(s), "the" | "king" | "queen" | "prince" | "princess") {
                gone.push(i);
                continue;
            }
            let rule = f.rule;
            *f = Found::new(t, s, f.te, EntityKind::Person, rule, None);
        }
    }
    remove_mentions(out, &gone);
}

/// "Foreign and Commonwealth Office", "Defence Science and Technology
/// Laboratory": a body's name that ends on its head word and names two
/// fields joined by "and" starts at the first field: the one or two
/// capitalized common words before "and" (no place, person's name or
/// people's adjective; found alone or as an organization of their own) are
/// the name's. Not a body of its own before "and" ("the Department of
/// Justice and Treasury Department").
fn fields_before_and(t: &Tokens, used: &[bool], out: &mut Vec<Found>) {
    let field = |k: usize| {
        let x = &t.toks[k];
        let f = t.fold(k);
        x.kind == Tk::Word
            && x.has(CAP)
            && !x.has(ALLCAPS | DIGIT | DOT)
            && x.lex.flags & (TITLE | CLOSED | ORG_HEAD | MONTH | WEEKDAY) == 0
            && (gazetteer::common_word(f) || gazetteer::shared_word(f))
            // (a plural is a group of people: "Students and Harvard
            // University staff", "Residents and City Council")
            && !f.ends_with('s')
            && gazetteer::place(f).is_none()
            && !gazetteer::any_given_name(f)
            && !nationality(f)
    };
    let and_before = |f: &Found| {
        f.kind == EntityKind::Organization
            && f.ts >= 2
            && t.toks[f.ts - 1].kind == Tk::Word
            && t.surf(f.ts - 1) == "and"
            && t.toks[f.te - 1].lex.flags & ORG_HEAD != 0
            // (two parties are two bodies: "Labour and Conservative Party")
            && !matches!(t.fold(f.te - 1), "party" | "parti")
            && t.toks[f.ts].lex.flags & ORG_HEAD == 0
            && field(f.ts - 2)
    };
    if !out.iter().any(and_before) {
        return;
    }
    let starts = MentionStarts::new(out, 0);
    let mut gone = Vec::new();
    for i in 0..out.len() {
        if !and_before(&out[i]) {
            continue;
        }
        let b = out[i].ts;
        let mut a = b - 2;
        if a > 0 && field(a - 1) && t.toks[a].gap & (SP | NL) == SP {
            a -= 1;
        }
        // (or the organization that capitals alone made of the fields:
        // "Defence Science")
        if let Some(g) = starts
            .within(b.saturating_sub(4), a)
            .into_iter()
            .find(|&g| {
                let g = &out[g];
                g.kind == EntityKind::Organization && g.rule == "capitalized" && g.te == b - 1
            })
        {
            a = out[g].ts;
        }
        // the run starts there: no capitalized word glued before it
        if a > 0
            && t.toks[a - 1].kind == Tk::Word
            && t.toks[a - 1].has(CAP)
            && t.toks[a - 1].lex.flags & CLOSED == 0
            && t.toks[a].gap & NL == 0
        {
            continue;
        }
        // what was found in the run: nothing, or one organization that is
        // the run exactly
        let inside = starts.within(a, b);
        // (mentions are short: one that runs across `a` starts at most
        // sixteen tokens before it)
        let covered = (a..b).any(|m| used[m])
            || starts
                .within(a.saturating_sub(16), a)
                .iter()
                .any(|&g| out[g].te > a);
        if covered
            || inside.iter().any(|&j| {
                out[j].kind != EntityKind::Organization || out[j].ts != a || out[j].te != b - 1
            })
        {
            continue;
        }
        out[i].ts = a;
        out[i].start = t.toks[a].start;
        gone.extend(inside);
    }
    remove_mentions(out, &gone);
}

/// Grows the organization `out[i]` to end at `e` over the tokens `from..e`
/// when what was found there is organizations only (or nothing) and no
/// token there was read before; those mentions go (their indices join
/// `gone`).
#[allow(clippy::too_many_arguments)]
fn grow_over(
    t: &Tokens,
    starts: &MentionStarts,
    used: &[bool],
    out: &mut [Found],
    i: usize,
    from: usize,
    e: usize,
    gone: &mut Vec<usize>,
) {
    let inside = starts.within(from, e);
    if inside
        .iter()
        .any(|&j| out[j].kind != EntityKind::Organization || out[j].te > e)
        || (from..e).any(|m| used[m])
    {
        return;
    }
    out[i].te = e;
    out[i].end = t.toks[e - 1].end;
    gone.extend(inside);
}

/// Removes the mentions at the indices `gone` from `out`.
fn remove_mentions(out: &mut Vec<Found>, gone: &[usize]) {
    if gone.is_empty() {
        return;
    }
    // (a mask: one look per mention however many go)
    let mut drop = vec![false; out.len()];
    for &g in gone {
        if let Some(d) = drop.get_mut(g) {
            *d = true;
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// "Joseph R. Biden, Jr.", "Mario Ritter, Jr.", "Charles Augustus
/// Banks, IV": the generational suffix after a comma belongs to the
/// person's name (not an organization "Jr" of its own).
fn comma_junior(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let n = t.len();
    let mut gone = Vec::new();
    for i in from..out.len() {
        let e = out[i].te;
        if out[i].kind != EntityKind::Person
            || out[i].rule == "regnal-name"
            || e + 1 >= n
            || t.toks[e].kind != Tk::Punct(',')
            || t.toks[e + 1].kind != Tk::Word
            || !matches!(t.surf(e + 1), "Jr" | "Sr" | "II" | "III" | "IV")
        {
            continue;
        }
        // (the abbreviation's stop; a numeral's is the sentence's)
        let dot = e + 2 < n
            && t.toks[e + 2].kind == Tk::Punct('.')
            && t.toks[e + 2].gap == 0
            && matches!(t.surf(e + 1), "Jr" | "Sr");
        let end = if dot { e + 3 } else { e + 2 };
        out[i].te = end;
        out[i].end = t.toks[end - 1].end;
        gone.extend((from..out.len()).filter(|&j| j != i && out[j].ts == e + 1));
    }
    remove_mentions(out, &gone);
}

/// "France Gall … Isabelle Gall", "Paris Jackson … Michael Jackson": a
/// place's name then a word that is the family name of a person of the
/// same article names a person, not an organization of that place.
fn family_name_after_a_place(t: &Tokens, from: usize, out: &mut [Found]) {
    let mut surnames = HashSet64::for_at_most(out.len() - from);
    let mut any = false;
    for f in &out[from..] {
        if f.kind == EntityKind::Person
            && let (Some(first), Some(last)) = (
                word_idx(t, f.ts, f.te).next(),
                word_idx(t, f.ts, f.te).last(),
            )
            && first != last
        {
            surnames.insert(t.hash(last));
            any = true;
        }
    }
    if !any {
        return;
    }
    for f in out[from..].iter_mut() {
        if f.kind != EntityKind::Organization || f.rule != "org-with-place" || f.te != f.ts + 2 {
            continue;
        }
        let (a, b) = (f.ts, f.ts + 1);
        if t.toks[b].kind == Tk::Word
            && t.toks[b].has(CAP)
            && !t.toks[b].has(ALLCAPS)
            && t.toks[b].lex.flags == 0
            && gazetteer::place(t.fold(a)).is_some()
            && surnames.contains(t.hash(b))
        {
            f.kind = EntityKind::Person;
            f.rule = "family-name";
            f.conf = MEDIUM;
        }
    }
}

/// "l'équipe de France", "l'équipe du Brésil", "l'équipe féminine des
/// États-Unis", "les équipes de France de ski": a country's team, named in
/// lower case before it, is one organization with it (and with its
/// sport), not the country.
fn french_national_teams(t: &Tokens, from: usize, out: &mut [Found]) {
    let lower = |k: usize, w: &[&str]| lower_word(t, k) && w.contains(&t.fold(k));
    let mut key = String::new();
    for f in out[from..].iter_mut() {
        // (a country or a group of countries, read as a place or already
        // as its team by a match's report; not a town's research team, "une
        // équipe de Grenoble")
        let team = f.kind == EntityKind::Place
            || f.kind == EntityKind::Organization && f.rule == "national-team";
        if !team || f.ts < 2 {
            continue;
        }
        t.key(f.ts, f.te, &mut key);
        if !matches!(
            gazetteer::place(&key),
            Some(PlaceKind::Country | PlaceKind::Area)
        ) {
            continue;
        }
        // "de"/"du"/"des", or "d'"
        let de = if is_apos(t, f.ts - 1) && f.ts >= 3 && t.fold(f.ts - 2) == "d" {
            f.ts - 2
        } else if lower(f.ts - 1, &["de", "du", "des"]) {
            f.ts - 1
        } else {
            continue;
        };
        let Some(mut head) = de.checked_sub(1) else {
            continue;
        };
        // (an adjective between: "équipe féminine", "équipe nationale")
        if head > 0
            && lower(head, &["feminine", "masculine", "nationale", "olympique"])
            && lower(head - 1, &["equipe", "equipes"])
        {
            head -= 1;
        }
        if !lower(head, &["equipe", "equipes"]) || t.toks[head].gap & NL != 0 {
            continue;
        }
        // and its sport: "de football", "de ski"
        let mut te = f.te;
        if te + 1 < t.len()
            && lower(te, &["de"])
            && lower(
                te + 1,
                &[
                    "football",
                    "rugby",
                    "ski",
                    "handball",
                    "basket",
                    "basketball",
                    "tennis",
                    "volley",
                    "volley-ball",
                    "hockey",
                    "cyclisme",
                    "natation",
                    "athletisme",
                    "judo",
                    "escrime",
                    "biathlon",
                    "gymnastique",
                ],
            )
        {
            te += 2;
        }
        f.ts = head;
        f.te = te;
        f.start = t.toks[head].start;
        f.end = t.toks[te - 1].end;
        f.kind = EntityKind::Organization;
        f.rule = "national-team";
        f.conf = STRONG;
    }
}

/// What the known list ([`gazetteer::known_organization`]) settles: one
/// of its names is an organization, whatever else a rule said ("The
/// Washington Post" after a cue for a person); and the event an
/// organization's acronym runs ("UEFA Euro 2016", "the FIFA World Cup",
/// "NASCAR Cup Series") names the organization alone.
fn known_names_and_events(t: &Tokens, from: usize, out: &mut [Found]) {
    let mut key = String::new();
    for f in out[from..].iter_mut() {
        if f.kind == EntityKind::Person {
            t.key(f.ts, f.te, &mut key);
            if gazetteer::known_organization(&key) {
                f.kind = EntityKind::Organization;
                f.rule = "known-organization";
                f.conf = STRONG;
            }
            continue;
        }
        if f.kind != EntityKind::Organization || f.te < f.ts + 2 {
            continue;
        }
        let a = f.ts;
        let event = |k: usize| {
            matches!(
                t.fold(k),
                "euro"
                    | "cup"
                    | "league"
                    | "championship"
                    | "championships"
                    | "series"
                    | "games"
                    | "finals"
                    | "trophy"
            )
        };
        // (not a place's abbreviation: "US Open Series", "UK Championship")
        let acronym = t.toks[a].kind == Tk::Word
            && t.toks[a].has(ALLCAPS)
            && !t.toks[a].has(DIGIT | DOT)
            && gazetteer::place(t.fold(a)).is_none();
        // (the words after it, two to four in all, right after it)
        let rest = || word_idx(t, a + 1, f.te);
        if acronym
            && t.toks[a + 1].kind == Tk::Word
            && rest().count() <= 3
            && rest().all(|k| t.toks[k].has(CAP))
            && rest().any(event)
        {
            f.te = a + 1;
            f.end = t.toks[a].end;
            f.rule = "organizer";
        }
    }
}

/// The planets and moons of the solar system that news names alone
/// ("Saturn's moon Enceladus", "Jupiter"): celestial bodies, no entities.
/// (Not those that are also common names of people, places or brands:
/// Mars, Venus, Mercury, Earth, Moon, Sun, Io.)
const MOONS_AND_PLANETS: &[&str] = &[
    "jupiter",
    "saturn",
    "saturne",
    "uranus",
    "neptune",
    "pluto",
    "pluton",
    "enceladus",
    "encelade",
    "ganymede",
    "callisto",
    "europa",
    "titan",
    "phobos",
    "deimos",
    "triton",
    "charon",
    "ceres",
    "vesta",
    "bennu",
    "ryugu",
];

/// "the Cassini spacecraft", "NASA's Ingenuity helicopter", "the rover
/// Curiosity", "la sonde Rosetta", "the Psyche mission": a one-word name
/// that a word for a craft follows or precedes is a craft's, and so is
/// every mention of it in the article; a planet or a moon alone
/// ([`MOONS_AND_PLANETS`]) is no entity either. Both are left out (news
/// sets do not list them).
fn crafts_and_moons(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    // (stricter than [`CRAFT_CUES`], which drops only the one mention it
    // cues: here every mention of the name goes, and a rocket, a shuttle
    // or a capsule is often named by its maker, "a SpaceX rocket")
    let craft_after = |w: &str| {
        matches!(
            w,
            "spacecraft" | "probe" | "rover" | "orbiter" | "lander" | "telescope" | "helicopter"
        )
    };
    let craft_before = |w: &str| {
        matches!(
            w,
            "spacecraft"
                | "probe"
                | "rover"
                | "orbiter"
                | "lander"
                | "telescope"
                | "telescopes"
                // ("le télescope spatial Hubble", "les télescopes spatiaux
                // Hubble et Spitzer")
                | "spatial"
                | "spatiaux"
                | "sonde"
                | "astromobile"
        )
    };
    let word_at = |k: usize| lower_word_in_line(t, k).then(|| t.fold(k));
    // (the set sized by the mentions: it never grows)
    let mut crafts = HashSet64::for_at_most(out.len() - from);
    let mut any = false;
    for f in &out[from..] {
        if f.te != f.ts + 1 {
            continue;
        }
        let w = f.ts;
        let x = &t.toks[w];
        if x.kind != Tk::Word || x.has(ALLCAPS | DIGIT) {
            continue;
        }
        let fold = t.fold(w);
        // (no place's, company's, known organization's or lexicon word's
        // name: "the Russia probe", "an Airbus helicopter", "the Senate
        // probe" are theirs)
        let plain = x.lex.flags == 0
            && gazetteer::place(fold).is_none()
            && !gazetteer::company(fold)
            && !gazetteer::known_organization(fold);
        // (a possessive only before "mission": "Cassini's mission")
        let possessive =
            is_apos(t, w + 1) && t.toks.get(w + 2).is_some_and(|_| t.fold(w + 2) == "s");
        let named_craft = plain
            && (word_at(w + 1).is_some_and(|n| craft_after(n) || n == "mission")
                || possessive && word_at(w + 3) == Some("mission")
                || w > 0
                    && word_at(w - 1).is_some_and(craft_before)
                    // ("spatial" after a craft's word only: "le télescope
                    // spatial Hubble", "véhicule spatial Cygnus"; not "le
                    // centre spatial Kennedy")
                    && (!matches!(t.fold(w - 1), "spatial" | "spatiaux")
                        || w > 1
                            && matches!(
                                t.fold(w - 2),
                                "telescope" | "telescopes" | "vehicule" | "vaisseau" | "engin"
                            )));
        if named_craft && f.kind != EntityKind::Person || MOONS_AND_PLANETS.contains(&fold) {
            crafts.insert(t.hash(w));
            any = true;
        }
    }
    if !any {
        return;
    }
    let gone: Vec<usize> = (from..out.len())
        .filter(|&i| {
            let f = &out[i];
            f.te == f.ts + 1 && crafts.contains(t.hash(f.ts))
        })
        .collect();
    remove_mentions(out, &gone);
}

/// "l'Assemblée générale des Nations unies", "le Haut Commissariat des
/// Nations unies": a body of the United Nations is one name with them,
/// not two.
fn body_of_the_united_nations(t: &Tokens, from: usize, out: &mut Vec<Found>) {
    let mut gone = Vec::new();
    let mut starts: Option<super::FxMap<usize, usize>> = None;
    for i in from..out.len() {
        let f = &out[i];
        if f.kind != EntityKind::Organization {
            continue;
        }
        let e = f.te;
        let fold = |k: usize| if k < t.len() { t.fold(k) } else { "" };
        // where the United Nations' name starts after the body's
        // (not "de l'ONU": news sets both ways, the acronym alone)
        if !(fold(e) == "des" && fold(e + 1) == "nations") {
            continue;
        }
        let un = e + 1;
        // (the mention starting there, looked up in a map built once:
        // no scan of every mention for every body)
        let starts = starts.get_or_insert_with(|| {
            let mut m = super::FxMap::default();
            for (j, g) in out.iter().enumerate().skip(from) {
                if g.kind == EntityKind::Organization {
                    m.entry(g.ts).or_insert(j);
                }
            }
            m
        });
        let Some(&j) = starts.get(&un).filter(|&&j| j != i) else {
            continue;
        };
        let (te, end) = (out[j].te, out[j].end);
        let f = &mut out[i];
        f.te = te;
        f.end = end;
        gone.push(j);
    }
    remove_mentions(out, &gone);
}

/// A verb of saying or of a company's acts right after a name at `e`
/// ("Daech a revendiqué", "Mediapart a révélé", "Zentrix announced",
/// "Reuters has learned"): what only a name does, so a sentence's first
/// word before it is one.
fn agent_verb_after(t: &Tokens, e: usize) -> bool {
    const PARTICIPLES: &[&str] = &[
        "annonce",
        "revele",
        "revendique",
        "indique",
        "declare",
        "affirme",
        "confirme",
        "dementi",
        "publie",
        "lance",
        "rachete",
        "acquis",
        "devoile",
        "signe",
        "appris",
        "precise",
        "explique",
        "estime",
        "assure",
        "reagi",
        "condamne",
        "rejete",
        "announced",
        "confirmed",
        "denied",
        "warned",
        "said",
        "learned",
        "launched",
        "agreed",
        "acquired",
        "unveiled",
        "released",
        "posted",
        "filed",
        "told",
        "reported",
        "revealed",
        "rapporte",
    ];
    const PRESENT: &[&str] = &[
        "said",
        "says",
        "reported",
        "reports",
        "revealed",
        "reveals",
        "rapporte",
        "told",
        "announced",
        "announces",
        "confirmed",
        "denied",
        "warned",
        "added",
        "stated",
        "claimed",
        "launched",
        "unveiled",
        "acquired",
        "annonce",
        "affirme",
        "indique",
        "confirme",
        "dement",
        "revele",
        "revendique",
        "publie",
        "devoile",
        "rachete",
        "precise",
        "explique",
    ];
    let word = |k: usize| {
        t.toks
            .get(k)
            .is_some_and(|x| x.kind == Tk::Word && x.has(LOWER) && x.gap & (SP | NL) == SP)
    };
    if !word(e) {
        return false;
    }
    let f = t.fold(e);
    PRESENT.contains(&f)
        || matches!(f, "a" | "has" | "had") && word(e + 1) && PARTICIPLES.contains(&t.fold(e + 1))
}

/// A run of three or more capitalized words with a capitalized
/// preposition, pronoun or auxiliary inside ("Man Charged With Animal
/// Cruelty After Biting His Dog", "Promises Pandemonium For Walt Disney
/// World Guests"): a headline in Title Case, not a name. (Particles such as
/// "De", "Le" in "Charles De Gaulle", "Marine Le Pen" are not among them.)
fn title_case_line(t: &Tokens, s: usize, e: usize) -> bool {
    let n = word_idx(t, s, e).count();
    n >= 3
        && word_idx(t, s, e).skip(1).take(n - 2).any(|k| {
            let x = &t.toks[k];
            x.has(CAP)
                && !x.has(ALLCAPS)
                && matches!(
                    t.fold(k),
                    "with"
                        | "after"
                        | "for"
                        | "to"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "over"
                        | "into"
                        | "from"
                        | "amid"
                        | "as"
                        | "at"
                        | "by"
                        | "on"
                        | "in"
                        | "is"
                        | "are"
                        | "was"
                        | "will"
                        | "be"
                        | "avec"
                        | "apres"
                        | "pour"
                        | "contre"
                )
        })
}

/// A word with no lower-case letter ("UNE", the "D" of "D’AMÉLIORATIONS").
fn in_capitals(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    tok.has(ALLCAPS) || tok.has(CAP) && t.fold(k).chars().nth(1).is_none()
}

/// Whether the tokens `a..b` (a line) are a line in capitals: every word
/// in capitals, two to thirty of them of four letters or more that are no
/// function words.
fn line_in_capitals(t: &Tokens, a: usize, b: usize) -> bool {
    let mut long = 0;
    for k in a..b {
        if t.toks[k].kind != Tk::Word {
            continue;
        }
        if !in_capitals(t, k) {
            return false;
        }
        if t.toks[k].fend - t.toks[k].fstart >= 4 && t.toks[k].lex.flags & lexicon::CLOSED == 0 {
            long += 1;
        }
    }
    (2..=30).contains(&long)
}

/// Whether the word at `k` is part of a name a list knows, two or three
/// words long, within `a..b` ("BANK OF AMERICA", "WELLS FARGO", "CREDIT
/// SUISSE"): a line in capitals keeps it.
fn in_a_listed_name(t: &Tokens, a: usize, b: usize, k: usize, key: &mut String) -> bool {
    for len in 2..=3 {
        for s in k.saturating_sub(len - 1).max(a)..=k {
            let e = s + len;
            if e > b || (s..e).any(|w| t.toks[w].kind != Tk::Word) {
                continue;
            }
            t.key(s, e, key);
            if gazetteer::company(key)
                || gazetteer::known_organization(key)
                || gazetteer::place(key).is_some()
            {
                return true;
            }
        }
    }
    false
}

/// The words of a Title Case line ("Acme Charges Former Director With
/// Fraud Ahead of Merger") that are common words, not names: each is seen
/// in lower case in the article and never capitalized in mid-sentence
/// outside such lines, and no list knows it as a given name or a place.
/// On a line in capitals, the same for the words the article writes in
/// lower case, function words and the dictionaries' common words.
/// `Some` mask (`used` with those words set) when a line has any; `None`
/// (nothing to do, and nothing allocated) for most articles.
fn headline_common_words(t: &Tokens, seen: &Seen, used: &[bool]) -> Option<Vec<bool>> {
    let n = t.len();
    // the lines, as token ranges, that are in Title Case: four to twenty
    // words of four letters or more that are not function words, three
    // quarters of them capitalized
    // (and the lines in capitals, "UNE EXPÉRIENCE UNIQUE : 4 MOIS AU CŒUR
    // DES ADMINISTRATIONS", two words of four letters or more at least,
    // every word in capitals: `true` beside them)
    let mut lines: Vec<(usize, usize, bool)> = Vec::new();
    let mut start = 0;
    for i in 0..=n {
        if i == n || i > start && t.toks[i].gap & NL != 0 {
            let (mut long, mut cap) = (0, 0);
            for k in start..i {
                let tok = &t.toks[k];
                if tok.kind == Tk::Word
                    && tok.fend - tok.fstart >= 4
                    && tok.lex.flags & lexicon::CLOSED == 0
                {
                    long += 1;
                    if tok.has(CAP) {
                        cap += 1;
                    }
                }
            }
            // (a headline: short, no full stop at its end; a sentence
            // full of names is no headline)
            let stop = i > start && matches!(t.toks[i - 1].kind, Tk::Punct('.' | '!' | '?'));
            if line_in_capitals(t, start, i) {
                lines.push((start, i, true));
            } else if (4..=20).contains(&long) && cap * 4 >= long * 3 && !stop {
                lines.push((start, i, false));
            }
            start = i;
        }
    }
    if lines.is_empty() {
        return None;
    }
    // (per token, whether it is on such a line: a lookup, not a scan of
    // the lines, which a list of short capitalized lines makes many)
    let mut on_line = vec![false; n];
    for &(a, b, _) in &lines {
        on_line[a..b].fill(true);
    }
    // capitalized in mid-sentence in the running text
    let mut capmid = HashSet64::for_at_most(n);
    for (k, on) in on_line.iter().enumerate() {
        let tok = &t.toks[k];
        if tok.kind == Tk::Word && tok.has(CAP) && !t.sentence_initial(k) && !on {
            capmid.insert(t.hash(k));
        }
    }
    let mut mask = used.to_vec();
    let mut any = false;
    let mut key = String::new();
    for &(a, b, shouted) in &lines {
        for (k, m) in mask.iter_mut().enumerate().take(b).skip(a) {
            let tok = &t.toks[k];
            let f = t.fold(k);
            // in capitals, a word is a common word when the article or
            // the dictionaries write it so ("DISPOSITIF", "UNE"), or when
            // it is too long for initials and the article never writes it
            // with a capital in mid-sentence ("ADMINISTRATIONS"); not a
            // part of a name a list knows ("BANK OF AMERICA", "GOLDMAN
            // SACHS"), nor a surname after a given name ("JOHN SMITH")
            let common = if shouted {
                in_capitals(t, k)
                    && !tok.has(DOT | DIGIT)
                    && (tok.lex.flags & lexicon::CLOSED != 0
                        || seen.lower(f)
                        || gazetteer::common_word(f)
                        || gazetteer::shared_word(f)
                        || f.chars().nth(5).is_some())
                    && !(k > a
                        && t.toks[k - 1].kind == Tk::Word
                        && gazetteer::given_name(t.fold(k - 1)))
                    && !in_a_listed_name(t, a, b, k, &mut key)
                    // (nor a word that names a place's company: "CREDIT
                    // SUISSE", "AIR FRANCE")
                    && !(tok.lex.flags & lexicon::CLOSED == 0
                        && k + 1 < b
                        && t.toks[k + 1].kind == Tk::Word
                        && gazetteer::place(t.fold(k + 1))
                            .is_some_and(|p| matches!(p, PlaceKind::Country | PlaceKind::City)))
            } else {
                tok.has(CAP)
                    && !tok.has(ALLCAPS | INNERCAP | DOT | DIGIT)
                    && tok.lex.flags & (lexicon::MONTH | lexicon::WEEKDAY) == 0
                    && seen.lower(f)
            };
            // (a function word names nobody: "DES", "DE")
            let closed = tok.lex.flags & lexicon::CLOSED != 0;
            if tok.kind == Tk::Word
                && common
                && !capmid.contains(t.hash(k))
                && (shouted && closed
                    || !gazetteer::any_given_name(f) && gazetteer::place(f).is_none())
            {
                *m = true;
                any = true;
            }
        }
    }
    any.then_some(mask)
}

/// The mention `f` opened one token earlier, at `a` (an article that is
/// its name's), its kind, rule, value and confidence kept.
fn open_with(t: &Tokens, a: usize, f: &mut Found) {
    let conf = f.conf;
    let mut g = Found::new(t, a, f.te, f.kind, f.rule, f.value.take());
    g.conf = conf;
    *f = g;
}

/// "by The Daily Telegraph", "at The Blackstone Group": "The"
/// capitalized in mid-sentence before an organization is its name's
/// first word (not before a place: "in The Netherlands").
fn the_in_mid_sentence(t: &Tokens, from: usize, used: &[bool], out: &mut [Found]) {
    for f in out[from..].iter_mut() {
        if f.kind != EntityKind::Organization || f.ts == 0 {
            continue;
        }
        let a = f.ts - 1;
        if used[a]
            || t.toks[a].kind != Tk::Word
            || t.surf(a) != "The"
            || t.toks[f.ts].gap & (SP | NL) != SP
            || t.sentence_initial(a)
            || t.toks[a].gap & NL != 0
        {
            continue;
        }
        open_with(t, a, f);
    }
}

/// "La Poste", "Le Slip": a capitalized French article in mid-sentence
/// ("de La Poste") before a one-word organization belongs to its name.
fn article_of_one_word_names(t: &Tokens, from: usize, used: &[bool], out: &mut [Found]) {
    for f in out[from..].iter_mut() {
        if f.kind != EntityKind::Organization || f.te != f.ts + 1 || f.ts == 0 {
            continue;
        }
        let a = f.ts - 1;
        let at = &t.toks[a];
        if used[a]
            || at.kind != Tk::Word
            || !matches!(t.surf(a), "La" | "Le" | "Les")
            || t.toks[f.ts].gap & (SP | NL) != SP
            || t.sentence_initial(a)
        {
            continue;
        }
        open_with(t, a, f);
    }
}

/// "fondateur de La France insoumise": a capitalized article in
/// mid-sentence, a place and a lowercase adjective are a party's or a
/// movement's name, not the place.
fn article_place_adjective(t: &Tokens, from: usize, out: &mut [Found]) {
    for f in out[from..].iter_mut() {
        if f.kind != EntityKind::Place || f.te != f.ts + 1 || f.ts == 0 || f.te >= t.len() {
            continue;
        }
        let a = f.ts - 1;
        if t.toks[a].kind != Tk::Word
            || !matches!(t.surf(a), "La" | "Le" | "Les")
            || t.sentence_initial(a)
            || t.toks[f.ts].gap & (SP | NL) != SP
            || !(french_adjective(t, f.te) || t.surf(a) == "La" && feminine_adjective(t, f.te))
        {
            continue;
        }
        *f = strong(t, a, f.te + 1, EntityKind::Organization, "article-name");
    }
}

/// "Toyota Motor Corp (7203.T) … Toyota's outlook": a lone word that is
/// both a place and a listed company names the company when the article
/// names an organization that begins with it.
fn company_named_like_place(t: &Tokens, from: usize, out: &mut [Found]) {
    let lone = |f: &Found| {
        f.kind == EntityKind::Place && f.te == f.ts + 1 && gazetteer::company(t.fold(f.ts))
    };
    if !out[from..].iter().any(lone) {
        return;
    }
    let firsts: Vec<u64> = out[from..]
        .iter()
        .filter(|f| f.kind == EntityKind::Organization && word_idx(t, f.ts, f.te).nth(1).is_some())
        .map(|f| t.hash(f.ts))
        .collect();
    for f in out[from..].iter_mut() {
        if lone(f) && firsts.contains(&t.hash(f.ts)) {
            f.kind = EntityKind::Organization;
            f.rule = "company-of-article";
            f.conf = STRONG;
        }
    }
}

/// A lowercase word in "-e" after a feminine name, as "insoumise" (not a
/// function word, nor a verb in "-ent").
fn feminine_adjective(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    let f = t.fold(k);
    tok.kind == Tk::Word
        && !tok.has(CAP)
        && tok.gap & (SP | NL) == SP
        && tok.lex.flags & CLOSED == 0
        && f.len() > 4
        && f.ends_with('e')
        && !f.ends_with("ent")
}

/// French institutions written in lower case after a definite article:
/// a head and the adjectives that make it one body ("la commission
/// européenne", "le parti socialiste", "la banque centrale européenne",
/// "l'assemblée nationale"); "une banque centrale" is no name.
fn lowercase_institutions(t: &Tokens, used: &mut [bool], out: &mut Vec<Found>) {
    let n = t.len();
    for i in 1..n.saturating_sub(1) {
        let tok = &t.toks[i];
        if tok.kind != Tk::Word || tok.lex.flags & ORG_HEAD == 0 || !tok.has(LOWER) || used[i] {
            continue;
        }
        let mut p = i - 1;
        if is_apos(t, p) && p > 0 {
            p -= 1;
        }
        if t.toks[p].kind != Tk::Word || !matches!(t.fold(p), "la" | "le" | "l" | "du" | "au") {
            continue;
        }
        let head = t.fold(i);
        let adjective = |k: usize, ok: &[&str]| {
            k < n
                && !used[k]
                && t.toks[k].kind == Tk::Word
                && t.toks[k].has(LOWER)
                && t.toks[k].gap & NL == 0
                && ok.contains(&t.fold(k))
        };
        let mut e = i + 1;
        // "l'université américaine de Beyrouth", "l'université de
        // Manchester": a university and the city it is of; "le ministère
        // du travail autrichien", "le ministère des finances": a ministry
        // named by its field in lower case
        if matches!(head, "universite" | "ministere") {
            let end = if head == "universite" {
                let k = if national_adjective(t, e) { e + 1 } else { e };
                of_place(t, k, used)
            } else {
                ministry_field(t, e, used)
            };
            if let Some(pe) = end {
                used[i..pe].iter_mut().for_each(|u| *u = true);
                out.push(strong(
                    t,
                    i,
                    pe,
                    EntityKind::Organization,
                    "institution-lower",
                ));
            }
            continue;
        }
        // "banque centrale européenne", "fonds monétaire international"
        if matches!(head, "banque" | "fonds")
            && adjective(e, &["centrale", "monetaire"])
            && adjective(e + 1, &["europeenne", "international"])
        {
            e += 2;
        } else {
            let ok: &[&str] = match head {
                "commission" | "union" => &["europeenne"],
                "parlement" => &["europeen"],
                "conseil" => &["constitutionnel", "europeen"],
                "banque" => &["mondiale"],
                "cour" => &["supreme", "constitutionnelle"],
                "assemblee" => &["nationale"],
                "parti" => &[
                    "socialiste",
                    "communiste",
                    "ecologiste",
                    "radical",
                    "republicain",
                    "democrate",
                    "conservateur",
                    "travailliste",
                    "populaire",
                ],
                _ => continue,
            };
            if !adjective(e, ok) {
                continue;
            }
            e += 1;
        }
        used[i..e].iter_mut().for_each(|u| *u = true);
        out.push(strong(
            t,
            i,
            e,
            EntityKind::Organization,
            "institution-lower",
        ));
    }
}

/// Where "du travail autrichien", "des finances", "de l'intérieur" ends
/// after a ministry's word at `k - 1`: "de" and a government's field in
/// lower case, then a people's adjective if one follows.
fn ministry_field(t: &Tokens, k: usize, used: &[bool]) -> Option<usize> {
    let n = t.len();
    let word = |j: usize| {
        (j < n && !used[j] && t.toks[j].kind == Tk::Word && t.toks[j].has(LOWER)).then(|| t.fold(j))
    };
    let mut j = match word(k)? {
        "du" | "des" => k + 1,
        "de" if word(k + 1) == Some("l") && k + 2 < n && is_apos(t, k + 2) => k + 3,
        "de" if word(k + 1) == Some("la") => k + 2,
        "de" => k + 1,
        _ => return None,
    };
    // (the field capitalized too: "ministère de la Justice" even where
    // "la justice" is written elsewhere in the article)
    let any_case = |j: usize| {
        (j < n && !used[j] && t.toks[j].kind == Tk::Word && !t.toks[j].has(ALLCAPS))
            .then(|| t.fold(j))
    };
    let field = any_case(j)?;
    // (the portfolios [`ministry_word`] knows, and more that only a
    // ministry's word names: [`portfolio_word`])
    if field == "affaires" && matches!(any_case(j + 1), Some("etrangeres" | "sociales")) {
        j += 2;
    } else if portfolio_word(field) {
        j += 1;
    } else {
        return None;
    }
    if word(j).is_some_and(nationality) && t.toks[j].gap & NL == 0 {
        j += 1;
    }
    Some(j)
}

/// "sur facebook, twitter et skype": the names of online services that
/// are no word of either language, written in lower case, are still the
/// companies' names (not "apple", "orange", "amazon": words too).
fn lowercase_brands(t: &Tokens, used: &mut [bool], out: &mut Vec<Found>) {
    for (i, tok) in t.toks.iter().enumerate() {
        if tok.kind != Tk::Word || !tok.has(LOWER) || tok.has(DOT | HYPHEN) || used[i] {
            continue;
        }
        if matches!(
            t.fold(i),
            "facebook"
                | "twitter"
                | "youtube"
                | "instagram"
                | "skype"
                | "linkedin"
                | "whatsapp"
                | "tiktok"
                | "snapchat"
                | "wikipedia"
                | "netflix"
                | "spotify"
                | "paypal"
                | "airbnb"
        ) {
            used[i] = true;
            out.push(strong(t, i, i + 1, EntityKind::Organization, "brand-lower"));
        }
    }
}

/// Well-known French organizations whose official names write their
/// words after the first in lower case, which no capitalized run
/// finds whole: folded words, each a token (an apostrophe between).
const NAMES_IN_LOWER_CASE: [&[&str]; 10] = [
    &["etat", "islamique"],
    &["freres", "musulmans"],
    &["pole", "emploi"],
    &["parquet", "national", "financier"],
    &["canard", "enchaine"],
    &["sciences", "et", "avenir"],
    &["reseau", "de", "transport", "d", "electricite"],
    &["haute", "autorite", "de", "sante"],
    &[
        "haute",
        "autorite",
        "pour",
        "la",
        "transparence",
        "de",
        "la",
        "vie",
        "publique",
    ],
    &[
        "union",
        "nationale",
        "interprofessionnelle",
        "pour",
        "l",
        "emploi",
        "dans",
        "l",
        "industrie",
        "et",
        "le",
        "commerce",
    ],
];

/// "selon Pôle emploi", "Le Canard enchaîné": a name of
/// [`NAMES_IN_LOWER_CASE`] from its capitalized first word (with the
/// capitalized article before a newspaper's name, which it owns).
fn names_in_lower_case(t: &Tokens, used: &mut [bool], out: &mut Vec<Found>) {
    for i in 0..t.len() {
        let tok = &t.toks[i];
        // (the financial prosecutors' office is written in lower case
        // from its first word)
        if tok.kind != Tk::Word
            || !(tok.has(CAP) || t.fold(i) == "parquet")
            || tok.has(ALLCAPS)
            || used[i]
        {
            continue;
        }
        let f = t.fold(i);
        for name in NAMES_IN_LOWER_CASE {
            if name[0] != f {
                continue;
            }
            // the name's words, skipping the apostrophes between
            let mut k = i;
            let mut ok = true;
            for w in name.iter() {
                while k < t.len() && is_apos(t, k) {
                    k += 1;
                }
                if k >= t.len() || used[k] || t.toks[k].kind != Tk::Word || t.fold(k) != *w {
                    ok = false;
                    break;
                }
                k += 1;
            }
            if !ok {
                continue;
            }
            // (a newspaper owns its article, an institution does not)
            let s = if name[0] == "canard"
                && i > 0
                && !used[i - 1]
                && t.toks[i - 1].kind == Tk::Word
                && matches!(t.surf(i - 1), "Le" | "La")
            {
                i - 1
            } else {
                i
            };
            used[s..k].iter_mut().for_each(|u| *u = true);
            out.push(strong(t, s, k, EntityKind::Organization, "known-name"));
            break;
        }
    }
}

/// "Ubisoft, Microsoft, and PlayStation VR had stands": a sentence's first
/// word, which capitals alone never make a name, is one when it opens a
/// list of organizations (a comma after it, an organization the rules
/// found next, and the list going on after that one). Only the mentions
/// from `from` on are looked at.
fn first_of_a_list(t: &Tokens, from: usize, used: &[bool], out: &mut Vec<Found>) {
    let n = out.len();
    for i in from..n {
        let f = &out[i];
        if f.kind != EntityKind::Organization || f.conf < MEDIUM && f.rule != "capitalized" {
            continue;
        }
        let (ts, te) = (f.ts, f.te);
        if ts < 2 || t.toks[ts - 1].kind != Tk::Punct(',') {
            continue;
        }
        let w = ts - 2;
        let x = &t.toks[w];
        let list_goes_on = t.toks.get(te).is_some_and(|a| {
            a.kind == Tk::Punct(',') || a.kind == Tk::Word && matches!(t.fold(te), "and" | "et")
        });
        if !list_goes_on
            || used[w]
            || x.kind != Tk::Word
            || !x.has(CAP)
            || x.has(ALLCAPS | DIGIT | DOT)
            || x.lex.flags != 0
            || !t.sentence_initial(w)
            || gazetteer::common_word(t.fold(w))
            || gazetteer::any_given_name(t.fold(w))
            || gazetteer::place(t.fold(w)).is_some()
            || out[from..].iter().any(|g| g.ts <= w && w < g.te)
        {
            continue;
        }
        let mut g = Found::new(t, w, w + 1, EntityKind::Organization, "list-first", None);
        g.conf = WEAK;
        out.push(g);
    }
}

/// Names in one list ("with Jean Dupont, Romelu Zorvan and Ana Lopez")
/// are of one kind: a name of plain words that no rule could classify (an
/// organization by default) is a person's when a neighbour in the list is
/// a person's by a cue or a given name. Only the mentions from `from` on
/// are looked at.
fn listed_like_neighbours(t: &Tokens, from: usize, out: &mut [Found]) {
    let names = &mut out[from..];
    // joined by a comma, "and", "et", "or", "ou", or ", and"; or by a
    // semicolon, as lists of names with roles are ("Jerome H. Powell,
    // Chair; Lael Brainard; James Bullard")
    let linked = |a: &Found, b: &Found| {
        a.te < b.ts
            && b.ts - a.te <= 2
            && (a.te..b.ts).all(|k| {
                let x = &t.toks[k];
                x.gap & NL == 0
                    && (matches!(x.kind, Tk::Punct(',' | ';'))
                        || x.kind == Tk::Word && matches!(t.fold(k), "and" | "et" | "or" | "ou"))
            })
    };
    let sure = |f: &Found| f.conf >= MEDIUM && f.kind == EntityKind::Person;
    // a name of two or three plain words ("Romelu Zorvan"; a lone word is
    // as often a company's or a group's)
    let unsure = |f: &Found| {
        f.kind == EntityKind::Organization
            && f.conf == 0
            && (2..=3).contains(&word_idx(t, f.ts, f.te).count())
            && word_idx(t, f.ts, f.te).all(|w| {
                let x = &t.toks[w];
                x.has(CAP) && !x.has(ALLCAPS | DIGIT | DOT) && x.lex.flags == 0
            })
    };
    // "members include Meta, Google and TikTok": a lone word that only a
    // region's or a town's name makes a place, listed between
    // organizations only, is one of them
    let org = |f: &Found| f.kind == EntityKind::Organization;
    // (two organizations joined to it: one on each side, or the next two)
    let joined = |a: usize, b: usize| b < names.len() && linked(&names[a], &names[b]);
    let flips: Vec<usize> = (0..names.len())
        .filter(|&i| {
            let f = &names[i];
            let both = i > 0
                && joined(i - 1, i)
                && joined(i, i + 1)
                && org(&names[i - 1])
                && org(&names[i + 1]);
            let next_two = joined(i, i + 1)
                && joined(i + 1, i + 2)
                && org(&names[i + 1])
                && org(&names[i + 2]);
            // (a lone given name too: "Google, Bing, and Yahoo")
            let lone_given = f.kind == EntityKind::Person && f.rule == "given-name-alone";
            (f.kind == EntityKind::Place
                && f.rule.starts_with("gazetteer")
                && gazetteer::place(t.fold(f.ts)).is_some_and(|p| p != PlaceKind::Country)
                || lone_given)
                && f.te == f.ts + 1
                && (both || next_two)
        })
        .collect();
    for i in flips {
        names[i].kind = EntityKind::Organization;
        names[i].rule = "list";
    }
    // "à Cayenne et Saint-Jean-du-Maroni", "Lyon, Vernaison et Givors": a
    // name with no evidence listed with a place that is sure is a place
    // too (its words capitalized, or the particles of a town's name)
    let sure_place = |f: &Found| f.conf >= MEDIUM && f.kind == EntityKind::Place;
    let unsure_place = |f: &Found| {
        f.kind == EntityKind::Organization
            && f.conf == 0
            && (1..=4).contains(&word_idx(t, f.ts, f.te).count())
            && t.toks[f.ts].has(CAP)
            && word_idx(t, f.ts, f.te).all(|w| {
                let x = &t.toks[w];
                x.has(CAP)
                    && !x.has(ALLCAPS | DIGIT | DOT)
                    && x.lex.flags & (ORG_HEAD | ORG_SUFFIX | TITLE | OCCUPATION | STOPCAP) == 0
                    || !x.has(CAP)
                        && matches!(
                            t.fold(w),
                            "du" | "de" | "des" | "sur" | "en" | "les" | "la" | "le"
                        )
            })
    };
    // the surnames of the people named in full ("Gregory Alan Smith"):
    // "Caldwell and Smith" does not make Smith a town with Caldwell
    let mut surnames = HashSet64::for_at_most(names.len());
    for f in names.iter() {
        if f.kind == EntityKind::Person && f.conf >= MEDIUM && f.te >= f.ts + 2 {
            surnames.insert(t.hash(f.te - 1));
        }
    }
    for i in 0..names.len() {
        let person = unsure(&names[i]);
        if !person && !unsure_place(&names[i]) {
            continue;
        }
        if !person && names[i].te == names[i].ts + 1 && surnames.contains(t.hash(names[i].ts)) {
            continue;
        }
        // (no person's name after "the": "with the Associated Press, Rick
        // Santorum said")
        if person && names[i].ts > 0 && t.fold(names[i].ts - 1) == "the" {
            continue;
        }
        let ok = |f: &Found| if person { sure(f) } else { sure_place(f) };
        // (a place's by a conjunction, not a comma alone: "à Hong Kong,
        // Joom s'est imposé", "told The Huffington Post, US officials")
        let conj =
            |a: &Found, b: &Found| person || (a.te..b.ts).any(|k| t.toks[k].kind == Tk::Word);
        // the nearest sure neighbour before or after, in the same list
        let before = (0..i)
            .rev()
            .find(|&j| names[j].te <= names[i].ts)
            .filter(|&j| {
                linked(&names[j], &names[i]) && conj(&names[j], &names[i]) && ok(&names[j])
            });
        let after = (i + 1..names.len())
            .find(|&j| names[j].ts >= names[i].te)
            .filter(|&j| {
                linked(&names[i], &names[j]) && conj(&names[i], &names[j]) && ok(&names[j])
            });
        if let Some(j) = before.or(after) {
            names[i].kind = names[j].kind;
            names[i].conf = MEDIUM;
            names[i].rule = "list";
        }
    }
}

/// "Shristi Shrestha … Shrestha replaced her": a name of two plain words
/// that no list knows (no given name said it was a person's), whose last
/// word comes back alone while its first never does, is a person's: a
/// surname said again. (A company is shortened to its first word:
/// "Goldman Sachs", then "Goldman".)
fn surname_said_again(t: &Tokens, from: usize, out: &mut [Found]) {
    let names = &mut out[from..];
    let plain = |w: usize| {
        let x = &t.toks[w];
        x.has(CAP)
            && !x.has(ALLCAPS | DIGIT | DOT)
            && x.lex.flags == 0
            && gazetteer::place(t.fold(w)).is_none()
    };
    // the words said alone (one-word persons and organizations), and the
    // first words of organizations' longer names with an institution's
    // word ("Woodbridge Group of Companies"), each hashed once: one pass
    let mut alone = HashSet64::for_at_most(names.len());
    let mut heads_org = HashSet64::for_at_most(names.len());
    for f in names.iter() {
        if f.te == f.ts + 1 && matches!(f.kind, EntityKind::Person | EntityKind::Organization) {
            alone.insert(t.hash(f.ts));
        } else if f.kind == EntityKind::Organization
            && word_idx(t, f.ts + 1, f.te)
                .any(|k| t.toks[k].lex.flags & (ORG_SUFFIX | ORG_HEAD) != 0)
        {
            heads_org.insert(t.hash(f.ts));
        }
    }
    for f in names.iter_mut() {
        if f.kind != EntityKind::Organization || f.conf != 0 || f.rule != "capitalized" {
            continue;
        }
        let mut w = word_idx(t, f.ts, f.te);
        let (Some(a), Some(b), None) = (w.next(), w.next(), w.next()) else {
            continue;
        };
        // (no common or national word: "English Wikipedia", "Rwandan
        // Hutu", "Advertising Meet"; nor the first word of an
        // organization's longer name: "Debtors Woodbridge", then
        // "Woodbridge Group of Companies")
        let (fa, fb) = (t.fold(a), t.fold(b));
        if b == a + 1
            && plain(a)
            && plain(b)
            && alone.contains(t.hash(b))
            && !alone.contains(t.hash(a))
            && !heads_org.contains(t.hash(b))
            && !gazetteer::common_word(fa)
            && !gazetteer::common_word(fb)
            // (nor a word common in both languages: "la Tour Eiffel",
            // then "Eiffel")
            && !gazetteer::shared_word(fa)
            && !nationality(fa)
            && !gazetteer::company(fa)
        {
            f.kind = EntityKind::Person;
            f.conf = MEDIUM;
            f.rule = "surname-again";
        }
    }
}

/// Verbs of a match's result or fixture: the country before them is a
/// team ("Sweden defeated Korea", "la France bat l'Italie").
fn match_verb(f: &str) -> bool {
    matches!(
        f,
        "beat"
            | "beats"
            | "defeated"
            | "defeats"
            | "faced"
            | "faces"
            | "drew"
            | "draws"
            | "edged"
            | "thrashed"
            | "routed"
            | "trounced"
            | "eliminated"
            | "knocked"
            | "outplayed"
            | "bat"
            | "battu"
            | "affronte"
            | "affrontait"
            | "affrontera"
            | "elimine"
            | "domine"
            | "surclasse"
            | "ecrase"
    )
}

/// Words of a match report: goals, penalties, referees, players' posts.
fn sports_word(f: &str) -> bool {
    matches!(
        f,
        "goal"
            | "goals"
            | "scored"
            | "scorer"
            | "scoring"
            | "penalty"
            | "referee"
            | "striker"
            | "midfielder"
            | "goalkeeper"
            | "header"
            | "half-time"
            | "halftime"
            | "equaliser"
            | "equalizer"
            | "match"
            | "tournament"
            | "squad"
            | "fixture"
            | "buts"
            | "buteur"
            | "arbitre"
            | "attaquant"
            | "gardien"
            | "mi-temps"
            | "egalisation"
            | "selectionneur"
            | "tournoi"
            | "matchs"
    )
}

/// Whether the article has at least `n` lower-case words of a match
/// ([`sports_word`]), or with `clubs` of a club too ([`club_word`]): read
/// only when a rule's cue asks, and only up to the `n`th.
fn about_sport(t: &Tokens, n: usize, clubs: bool) -> bool {
    sport_words(t, n, clubs) >= n
}

/// How many lower-case words of a match ([`sports_word`]), or with
/// `clubs` of a club too ([`club_word`]), the article has, counted up to
/// `cap` only.
fn sport_words(t: &Tokens, cap: usize, clubs: bool) -> usize {
    (0..t.len())
        .filter(|&k| {
            let x = &t.toks[k];
            x.kind == Tk::Word && x.has(LOWER) && {
                let f = t.fold(k);
                sports_word(f) || clubs && club_word(f)
            }
        })
        .take(cap)
        .count()
}

/// Words of clubs and their players' moves, folded: with
/// [`sports_word`], what makes an article about a sport.
fn club_word(f: &str) -> bool {
    matches!(
        f,
        "football"
            | "footballeur"
            | "footballeurs"
            | "transfert"
            | "mercato"
            | "entraineur"
            | "championnat"
            | "club"
            | "soccer"
            | "league"
            | "coach"
            | "rugby"
            | "basketball"
            | "playoffs"
    )
}

/// National teams: in a match report (several words of goals, referees,
/// penalties), a country that beats, faces or draws with another, that
/// stands by a score ("Sweden 1 – 0 Korea") or after "against"/"contre"
/// is a team, an organization; every mention of that country in the
/// article is then the team's. Only the mentions from `from` on are looked
/// at; the article is only read for its words when one such cue is found.
fn national_teams(t: &Tokens, from: usize, out: &mut [Found]) {
    let n = t.len();
    let word = |k: usize| t.toks[k].kind == Tk::Word;
    let dash = |k: usize| matches!(t.toks[k].kind, Tk::Punct('-' | '–' | '—' | ':'));
    // a score "1 – 0", "2-1" ending right before `k` or starting at `k`
    let score_at = |k: usize| {
        k + 2 < n && t.toks[k].kind == Tk::Num && dash(k + 1) && t.toks[k + 2].kind == Tk::Num
    };
    let score_before = |k: usize| {
        k >= 3 && t.toks[k - 1].kind == Tk::Num && dash(k - 2) && t.toks[k - 3].kind == Tk::Num
    };
    // past an article or an elided "l'" right before `k`
    let skip_det = |k: usize| {
        let mut k = k;
        if k >= 2 && matches!(t.toks[k - 1].kind, Tk::Punct('\'' | '’')) && t.fold(k - 2) == "l" {
            k -= 2;
        } else if k >= 1 && word(k - 1) && matches!(t.fold(k - 1), "la" | "le" | "les" | "the") {
            k -= 1;
        }
        k
    };
    let cue = |f: &Found| {
        let (s, e) = (f.ts, f.te);
        let verb_after = e < n && word(e) && t.toks[e].has(LOWER) && match_verb(t.fold(e));
        let b = skip_det(s);
        // "defeated debutants Panama": one lowercase word between
        let verb_before = (1..=2).any(|d| {
            b >= d
                && word(b - d)
                && match_verb(t.fold(b - d))
                && (d == 1 || word(b - 1) && t.toks[b - 1].has(LOWER))
        });
        let against = b >= 1
            && word(b - 1)
            && matches!(t.fold(b - 1), "against" | "contre" | "versus" | "vs");
        verb_after || verb_before || against || score_at(e) || score_before(s)
    };
    let mut teams: Vec<String> = Vec::new();
    let mut key = String::new();
    for f in out[from..].iter() {
        if f.kind != EntityKind::Place || !cue(f) {
            continue;
        }
        t.key(f.ts, f.te, &mut key);
        // a country, or a nation of a union or a continent ("England",
        // "Europe" at the Ryder Cup), or a city's club ("Liverpool won
        // 2-0", "Monaco, battu à Lens (2-1)")
        if matches!(
            gazetteer::place(&key),
            Some(PlaceKind::Country | PlaceKind::Area | PlaceKind::City | PlaceKind::Town)
        ) && !teams.contains(&key)
        {
            teams.push(key.clone());
        }
    }
    if teams.is_empty() {
        return;
    }
    if !about_sport(t, 4, false) {
        return;
    }
    for f in out[from..].iter_mut() {
        if f.kind != EntityKind::Place {
            continue;
        }
        t.key(f.ts, f.te, &mut key);
        if teams.contains(&key) {
            f.kind = EntityKind::Organization;
            f.rule = "national-team";
            f.conf = STRONG;
        }
    }
}

/// A word that opens a compound title: "Prime Minister", "Justice Secretary".
fn is_title_modifier(t: &Tokens, k: usize) -> bool {
    t.toks[k].kind == Tk::Word
        && matches!(
            t.fold(k),
            "prime"
                | "first"
                | "municipal"
                | "regional"
                | "associate"
                | "assistant"
                | "senior"
                | "managing"
                | "high"
                | "haut"
                | "haute"
                | "deputy"
                | "vice"
                | "chief"
                | "foreign"
                | "justice"
                | "finance"
                | "interior"
                | "defence"
                | "defense"
                | "health"
                | "education"
                | "home"
                | "former"
                | "current"
                | "incoming"
                | "outgoing"
                | "acting"
                | "state"
                | "attorney"
                | "premier"
                | "premiere"
                | "ancien"
                | "ancienne"
                | "affairs"
                | "trade"
                | "energy"
                | "environment"
                | "transport"
                | "agriculture"
                | "culture"
                | "economy"
                | "immigration"
                | "treasury"
                | "housing"
                | "security"
                | "homeland"
                | "industry"
                | "tourism"
                | "sports"
                | "communications"
                | "development"
                | "employment"
                | "commerce"
                | "budget"
        )
}

/// A nationality, demonym or party adjective used as an adjective or a
/// plural noun ("Canadian company", "Philippine President", "les Croates",
/// "aux Français"): no name of its own.
fn demonym_use(t: &Tokens, seen: &Seen, s: usize, e: usize) -> bool {
    let f = t.fold(s);
    // a word in "-i" or "-an" seen as a noun elsewhere is a name unless a
    // people's adjective the lists know ("Tanshui residents" after
    // "Tanshui is"; "Iraqi officials" whatever the article says)
    if (f.ends_with('i') || f.ends_with("an"))
        && !t.toks[s].has(HYPHEN)
        && seen.named(t, s)
        && !demonym(f)
        && !nationality(f)
    {
        return false;
    }
    let english = ["ian", "ean", "ese", "ish", "an", "ine", "ic", "i", "al"]
        .iter()
        .any(|x| f.ends_with(x));
    let french = [
        "ais", "ois", "ain", "aine", "ains", "aines", "ien", "ienne", "iens", "iennes", "ates",
        "ates", "ins", "ols", "ols", "ands", "ande", "andes",
    ]
    .iter()
    .any(|x| f.ends_with(x));
    let next_lower = t
        .toks
        .get(e)
        .is_some_and(|n| n.kind == Tk::Word && n.has(LOWER) && n.lex.flags & CLOSED == 0)
        && !verb_after_name(t.fold(e))
        && !matches!(t.fold(e), "and" | "or" | "s");
    let next_title = t
        .toks
        .get(e)
        .is_some_and(|n| n.kind == Tk::Word && n.lex.flags & TITLE != 0)
        // ("said" is listed with the titles: it follows a name)
        && !verb_after_name(t.fold(e));
    // "the Democratic and Republican candidates"
    let next_pair = t
        .toks
        .get(e)
        .is_some_and(|n| n.kind == Tk::Word && matches!(t.fold(e), "and" | "or"))
        && t.toks
            .get(e + 1)
            .is_some_and(|n| n.kind == Tk::Word && n.has(CAP))
        && t.toks
            .get(e + 2)
            .is_some_and(|n| n.kind == Tk::Word && n.has(LOWER));
    let next_lower = next_lower || next_pair;
    let prev_plural = s > 0
        && t.toks[s - 1].kind == Tk::Word
        && matches!(t.fold(s - 1), "les" | "des" | "aux" | "the");
    english && (next_lower || next_title) || french && prev_plural && f.ends_with('s')
}

/// The lowercase head of an institution before a name starting at `s`
/// ("ministère de l'Intérieur", "tribunal de Paris", "ministry of
/// Defence"): its token.
fn institution_head(t: &Tokens, s: usize) -> Option<usize> {
    let apos = |k: usize| matches!(t.toks[k].kind, Tk::Punct('\'' | '’'));
    let mut k = s.checked_sub(1)?;
    if apos(k) {
        k = k.checked_sub(1)?;
    }
    if matches!(t.fold(k), "la" | "l" | "le" | "les" | "the") {
        k = k.checked_sub(1)?;
        if apos(k) {
            k = k.checked_sub(1)?;
        }
    }
    if !matches!(t.fold(k), "de" | "du" | "des" | "d" | "of") {
        return None;
    }
    let mut h = k.checked_sub(1)?;
    // "tribunal correctionnel de Nanterre", "conseil municipal de Rennes":
    // the head's adjective; "cour d'appel de Versailles": its complement
    if h > 0
        && lower_word(t, h)
        && matches!(
            t.fold(h),
            "correctionnel"
                | "administratif"
                | "judiciaire"
                | "municipal"
                | "regional"
                | "departemental"
                | "general"
                | "constitutionnel"
        )
    {
        h -= 1;
    } else if h >= 3
        && t.fold(h) == "appel"
        && apos(h - 1)
        && t.fold(h - 2) == "d"
        && t.fold(h - 3) == "cour"
    {
        h -= 3;
    }
    // "département américain de l'Énergie", "ministère russe de la
    // Défense": a people's adjective after the head (and only then
    // "département", which alone is a French territory)
    let national = h > 0 && national_adjective(t, h);
    if national {
        h -= 1;
    }
    let head = &t.toks[h];
    // (not a place's name: "le département français du Nord" is the
    // territory)
    let territory = gazetteer::place(t.fold(s)).is_some() || french_compass_point(t.fold(s));
    let known = (national && !territory || ministry_word(t.fold(s))) && t.fold(h) == "departement"
        || matches!(
            t.fold(h),
            "ministere"
                | "cour"
                | "conseil"
                | "bourse"
                | "secretariat"
                | "prefecture"
                | "mairie"
                | "tribunal"
                | "parquet"
                | "universite"
                | "banque"
                | "caisse"
                | "agence"
                | "commission"
                | "federation"
                | "confederation"
                | "syndicat"
                | "assemblee"
                | "academie"
                | "institut"
                | "observatoire"
                | "musee"
                | "ministry"
                | "department"
                | "university"
        );
    // (a council or a court of a place, not of a body: "le président du
    // conseil du CERN")
    let of_place =
        !matches!(t.fold(h), "conseil" | "cour") || gazetteer::place(t.fold(s)).is_some();
    (known && of_place && head.kind == Tk::Word && head.has(LOWER) && !head.has(CAP)).then_some(h)
}

/// A credit rating's letters: "AA", "BBB", "CCC" (one letter of A, B, C
/// repeated two or three times).
fn credit_rating(surf: &str) -> bool {
    let b = surf.as_bytes();
    (2..=3).contains(&b.len()) && matches!(b[0], b'A' | b'B' | b'C') && b.iter().all(|&c| c == b[0])
}

/// A school's head word (folded), whose name goes on with its town: "Université
/// catholique de Lille", "École normale supérieure de Lyon".
fn school_head(f: &str) -> bool {
    matches!(
        f,
        "universite" | "ecole" | "institut" | "academie" | "college" | "lycee"
    )
}

/// A ministry's portfolio by its one capitalized word (folded): "le
/// département du Trésor", "du Commerce", "de la Défense" name a ministry,
/// not a French département.
fn ministry_word(f: &str) -> bool {
    matches!(
        f,
        "tresor"
            | "commerce"
            | "travail"
            | "energie"
            | "defense"
            | "interieur"
            | "justice"
            | "agriculture"
            | "sante"
            | "education"
            | "logement"
            | "transports"
    )
}

/// Lowercase adjectives that make a capitalized word before them an
/// institution's name (folded; a closed class, no names): "Force
/// ouvrière", "Parlement européen", "Gauche démocratique", "Fonds
/// monétaire international", "Affaires étrangères".
const INSTITUTION_ADJECTIVES: [&str; 60] = [
    "social-democrate",
    "sociale-democrate",
    "chretien-democrate",
    "chretienne-democrate",
    "democrate-chretien",
    "democrate-chretienne",
    "europeen",
    "europeenne",
    "europeens",
    "international",
    "internationale",
    "internationaux",
    "national",
    "nationale",
    "nationaux",
    "ouvrier",
    "ouvriere",
    "democratique",
    "democrate",
    "socialiste",
    "monetaire",
    "communiste",
    "ecologiste",
    "republicain",
    "republicaine",
    "populaire",
    "radical",
    "radicale",
    "federal",
    "federale",
    "constitutionnel",
    "constitutionnelle",
    "mondial",
    "mondiale",
    "general",
    "generale",
    "central",
    "centrale",
    "supreme",
    "unies",
    "unis",
    "liberal",
    "liberale",
    "etrangeres",
    "etrangere",
    "exterieures",
    "sociales",
    "economiques",
    "public",
    "publique",
    "francais",
    "francaise",
    "superieur",
    "superieure",
    "regional",
    "regionale",
    "departemental",
    "departementale",
    "municipal",
    "municipale",
];

/// A church's adjectives ("Église catholique", "Église orthodoxe").
const CHURCH_ADJECTIVES: [&str; 5] = [
    "catholique",
    "orthodoxe",
    "protestante",
    "anglicane",
    "evangelique",
];

/// Whether a folded word is one of [`INSTITUTION_ADJECTIVES`], or two of
/// them joined by a dash ("libéral-démocrate", "national-socialiste",
/// "social-libéral").
fn institution_adjective_word(f: &str) -> bool {
    INSTITUTION_ADJECTIVES.contains(&f)
        || f.split_once('-').is_some_and(|(a, b)| {
            let part = |w: &str| {
                INSTITUTION_ADJECTIVES.contains(&w)
                    || matches!(w, "social" | "sociale" | "chretien" | "chretienne")
            };
            part(a) && part(b)
        })
}

/// Whether token `k` is a lowercase institutional adjective of
/// [`INSTITUTION_ADJECTIVES`].
fn institution_adjective(t: &Tokens, k: usize) -> bool {
    t.toks.get(k).is_some_and(|x| {
        x.kind == Tk::Word
            && x.has(LOWER)
            && x.gap & NL == 0
            && (institution_adjective_word(t.fold(k))
                // (a church's, after "Église" only: "Église catholique";
                // not "la Réforme protestante")
                || CHURCH_ADJECTIVES.contains(&t.fold(k)) && k > 0 && t.fold(k - 1) == "eglise")
            // ("public", "regional" and "municipal", spelled alike in
            // English, and "publique" count only before a complement:
            // "Office public de l'habitat", not "the American public" nor
            // "la Télévision publique", a description)
            && (!matches!(t.fold(k), "public" | "publique" | "regional" | "municipal")
                || t.toks.get(k + 1).is_some_and(|n| n.kind == Tk::Word)
                    && matches!(t.fold(k + 1), "de" | "des" | "du" | "d"))
    })
}

/// Whether token `a` is an adjective of a territory's body ("national",
/// "régional", "départemental", "municipal"…): the territory may follow
/// ("Conseil régional de Bretagne").
fn territorial_adjective(t: &Tokens, a: usize) -> bool {
    let f = t.fold(a);
    [
        "national",
        "regional",
        "departemental",
        "municipal",
        "provincial",
        "territorial",
        "general",
        "communal",
    ]
    .iter()
    .any(|p| f.starts_with(p))
}

/// A one-word capitalized name `s..e` followed by one or two institutional
/// adjectives ("Force ouvrière", "Parlement européen", "Fonds monétaire
/// international"): the end of the organization's name. Places ("Afrique
/// centrale"), given names, titles and function words are left alone.
fn head_with_adjectives(t: &Tokens, s: usize, e: usize) -> Option<usize> {
    let mut words = word_idx(t, s, e);
    let (Some(w), None) = (words.next(), words.next()) else {
        return None;
    };
    let tok = &t.toks[w];
    let head = tok.lex.flags & ORG_HEAD != 0;
    // after an institution's head word, a people's adjective too
    // ("Fédération belge", "Fédération française de football")
    let national = |k: usize| head && national_adjective(t, k);
    let adjective = |k: usize| institution_adjective(t, k) || national(k);
    // ("a British national", "French nationals": a citizen)
    if e < t.len() && nationality(t.fold(w)) && matches!(t.fold(e), "national" | "nationals") {
        return None;
    }
    if !adjective(e)
        || !tok.has(CAP)
        || tok.has(ALLCAPS | DOT | DIGIT)
        || tok.lex.flags & (CLOSED | TITLE) != 0
        || tok.lex.flags & STOPCAP != 0 && !head
        || gazetteer::place(t.fold(w)).is_some()
        || gazetteer::any_given_name(t.fold(w))
        // (a plan is no body: "le Programme national nutrition santé",
        // "le Plan national", "le Pacte européen")
        || matches!(
            t.fold(w),
            "programme" | "program" | "plan" | "projet" | "pacte" | "label"
        )
    {
        return None;
    }
    let mut k = e;
    while k < e + 2 && adjective(k) {
        k += 1;
    }
    // and what the institution is of, in lower case: after a people's
    // adjective "de football", "du secteur financier"; after an
    // institutional one "de la recherche scientifique" (not "le Conseil
    // constitutionnel du pays")
    // (a church's adjective takes none: "l'Église catholique de tenter")
    let church = (e..k).any(|j| CHURCH_ADJECTIVES.contains(&t.fold(j)));
    if (e..k).any(national) {
        k = lowercase_complement(t, k).unwrap_or(k);
    } else if k > e && !church {
        k = complement::complements(t, k, &[]).unwrap_or(k);
    }
    // and the territory it is of: "Assemblée nationale du Québec",
    // "Conseil régional de Bretagne" (not where it sits: "le Parlement
    // européen de Strasbourg")
    let territorial = |a: usize| territorial_adjective(t, a);
    // (a school's town too: "Université catholique de Lille", "École
    // normale supérieure de Lyon")
    if (e..k).any(territorial) || school_head(t.fold(w)) && k > e {
        k = of_place(t, k, &[]).unwrap_or(k);
    }
    (k > e).then_some(k)
}

/// A lowercase people's adjective at `k` ("française", "belge", "suisse").
fn national_adjective(t: &Tokens, k: usize) -> bool {
    t.toks.get(k).is_some_and(|x| {
        // ("sud-coréen", "nord-américain": the half of a people)
        let f = t.fold(k);
        let f = f
            .strip_prefix("sud-")
            .or_else(|| f.strip_prefix("nord-"))
            .unwrap_or(f);
        x.kind == Tk::Word
            && x.has(LOWER)
            && x.gap & NL == 0
            && x.lex.flags & CLOSED == 0
            // (French writes no people's adjective in "-i": "réuni" is a
            // participle, not of Réunion)
            // (but "-ois", "-ais" are: "Parti communiste chinois")
            && (demonym(f)
                && !f.ends_with('i')
                && (!f.ends_with("is") || f.ends_with("ois") || f.ends_with("ais"))
                // ("Parti social-démocrate tchèque")
                || irregular_demonym(f)
                // "coréen", "guinéenne": a country's name in "-ée" and "n"
                || ["n", "ne", "ns", "nes", "nne", "nnes"].iter().any(|x| {
                    f.strip_suffix(x).is_some_and(|stem| {
                        stem.ends_with("ee")
                            && gazetteer::place(stem) == Some(PlaceKind::Country)
                    })
                })
                || matches!(
                    f,
                    "belge"
                        | "belges"
                        | "suisse"
                        | "suisses"
                        | "allemand"
                        | "allemande"
                        | "espagnol"
                        | "espagnole"
                        | "russe"
                        | "grecque"
                        | "turc"
                        | "turque"
                        // peoples and faiths: "Ligue arabe", "Conseil
                        // islamique", "Congrès juif mondial"
                        | "arabe"
                        | "arabes"
                        | "kurde"
                        | "kurdes"
                        | "musulman"
                        | "musulmane"
                        | "musulmans"
                        | "islamique"
                        | "islamiques"
                        | "catholique"
                        | "catholiques"
                        | "protestante"
                        | "juif"
                        | "juive"
                        | "orthodoxe"
                ))
    })
}

/// "de football", "du secteur financier", "des sciences": "de"/"du"/"des"
/// at `k` and one or two plain lowercase words after it, ending before a
/// function word or a stop; the end.
fn lowercase_complement(t: &Tokens, k: usize) -> Option<usize> {
    let plain = |m: usize| {
        t.toks.get(m).is_some_and(|x| {
            x.kind == Tk::Word
                && x.has(LOWER)
                && !x.has(DIGIT | CAP)
                && x.gap & (SP | NL) == SP
                && x.lex.flags & (CLOSED | TIME_UNIT | MONTH) == 0
                && t.fold(m).len() > 2
        })
    };
    let de = t.toks.get(k)?;
    if de.kind != Tk::Word || !matches!(t.fold(k), "de" | "du" | "des") || !plain(k + 1) {
        return None;
    }
    let end = if plain(k + 2) { k + 3 } else { k + 2 };
    // it ends the phrase: a stop, a function word or nothing after it
    let closes = t
        .toks
        .get(end)
        .is_none_or(|x| x.kind != Tk::Word || x.lex.flags & CLOSED != 0);
    closes.then_some(end)
}

/// A lowercase word of the lexicon's [`OCCUPATION`]s right before a name
/// of one to three words ("le général Pinochet", "le banquier Jean
/// Dupont", "goalkeeper Park Ji-ho", "le gouvernement Durand"): the name
/// is a person's.
fn occupation_before(t: &Tokens, s: usize, e: usize) -> bool {
    let Some(mut p) = s.checked_sub(1) else {
        return false;
    };
    // an apposition between commas: "the team's coach, Jane Roe, said"
    if t.toks[p].kind == Tk::Punct(',')
        && p > 0
        && t.toks
            .get(e)
            .is_some_and(|a| matches!(a.kind, Tk::Punct(',' | '.')))
        && (2..=3).contains(&word_idx(t, s, e).count())
        && word_idx(t, s, e).all(|w| {
            let x = &t.toks[w];
            x.has(CAP) && !x.has(ALLCAPS | DOT | DIGIT) && gazetteer::place(t.fold(w)).is_none()
        })
    {
        p -= 1;
        // the title's complement before the comma: "le porte-parole de
        // l'armée de l'air, Pongsak Semachai, a déclaré"
        let role = |k: usize| {
            t.toks[k].kind == Tk::Word
                && t.toks[k].has(LOWER)
                && t.toks[k].lex.flags & (TITLE | OCCUPATION) != 0
        };
        let mut k = p;
        // (not when the complement ends on a body's or a company's word:
        // "le porte-parole de la compagnie, Air Austral, a démenti")
        let body_before =
            t.toks[p].kind == Tk::Word && t.toks[p].lex.flags & (ORG_CUE | ORG_HEAD) != 0;
        while !role(p) && !body_before && k > 0 && p - k < 8 {
            let x = &t.toks[k];
            if !(x.kind == Tk::Word && x.has(LOWER) && !x.has(CAP) || is_apos(t, k)) {
                break;
            }
            if x.kind == Tk::Word && matches!(t.surf(k), "de" | "du" | "des" | "of") && role(k - 1)
            {
                p = k - 1;
            }
            k -= 1;
        }
    }
    // a people's adjective after the cue: "son homologue indien Narendra
    // Modi", "le ministre indien Suresh Prabhu"
    if p > 0
        && t.toks[p].has(LOWER)
        && nationality(t.fold(p))
        && t.toks[p - 1].kind == Tk::Word
        && t.toks[p - 1].has(LOWER)
        && t.toks[p - 1].lex.flags & (OCCUPATION | TITLE) != 0
    {
        p -= 1;
    }
    let cue = &t.toks[p];
    // (a title too, between commas: "her spokesman, Kollin Roe, said")
    let apposed_title = p + 1 < s
        && cue.lex.flags & TITLE != 0
        && !matches!(t.fold(p), "said" | "explique" | "a-t-il");
    // (a party's or a group's leader: "Tory leader Kemi Badenoch", not
    // "the market leader Acme")
    // ("opposition leader Aung San Suu Kyi", "rebel leader Laurent
    // Nkunda": a movement's leader by its common word)
    let party_leader = p + 1 == s
        && t.fold(p) == "leader"
        && p > 0
        && t.toks[p - 1].kind == Tk::Word
        && (t.toks[p - 1].has(CAP)
            || matches!(
                t.fold(p - 1),
                "opposition"
                    | "party"
                    | "rebel"
                    | "union"
                    | "protest"
                    | "militia"
                    | "junta"
                    | "separatist"
                    | "student"
                    | "tribal"
                    | "spiritual"
                    | "religious"
                    | "coup"
                    | "majority"
                    | "minority"
            ));
    // (after a movement's common word, a name that looks a person's:
    // not "the union leader Unite", "protest leader Extinction Rebellion")
    let movement_leader = party_leader && !t.toks[p - 1].has(CAP);
    let person_like = || {
        word_idx(t, s, e).nth(1).is_some()
            && word_idx(t, s, e)
                .all(|w| !gazetteer::common_word(t.fold(w)) && !gazetteer::shared_word(t.fold(w)))
    };
    cue.kind == Tk::Word
        && cue.has(LOWER)
        && (cue.lex.flags & OCCUPATION != 0 || apposed_title || party_leader)
        && (!movement_leader || person_like())
        && word_idx(t, s, e).count() <= if party_leader { 4 } else { 3 }
        && word_idx(t, s, e).all(|w| t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX) == 0)
        // "the six-member Afghan team": a people's adjective is no name
        && word_idx(t, s, e).next().is_none_or(|w| !nationality(t.fold(w)))
        // (a title first is left to the title's rule, outside the name:
        // "l'avocat de l'accusée Me Hugues Roumeau", "Maître" abridged)
        && word_idx(t, s, e)
            .next()
            .is_none_or(|w| t.toks[w].lex.flags & TITLE == 0 && !maitre(t, w))
}

/// Whether the name at `s` is credited in a byline or a credit line:
/// "Editing by X", "Additional reporting by X", "(…, édité par Y)", a
/// line "By X and Y" or "Par X", or the next name of such a list
/// ("Editing by X and Y", "By X, Y and Z").
fn credit_before(t: &Tokens, s: usize) -> bool {
    let Some(p) = s.checked_sub(1) else {
        return false;
    };
    let word = |k: usize| t.toks[k].kind == Tk::Word;
    let and = |k: usize| word(k) && matches!(t.fold(k), "and" | "et");
    if !(and(p) || t.toks[p].kind == Tk::Punct(',')) {
        return credited(t, s);
    }
    // back over the names of the list before to its cue ("by X and Y",
    // "des œuvres de Corot, Degas, Manet et Sisley"), on one line
    let mut sep = p;
    for _ in 0..12 {
        let mut k = sep;
        while k > 0 && sep - k < 4 && word(k - 1) && t.toks[k - 1].has(CAP) {
            k -= 1;
        }
        if k == sep || t.toks[sep].gap & NL != 0 || t.toks[k].gap & NL != 0 {
            return false;
        }
        // "Judges Mutuna and Kajimanga", "Senators Roe, Doe and Poe": a
        // plural title opens a list of persons
        if credited(t, k) || t.toks[k].has(CAP) && k + 1 < sep && plural_title(t.fold(k)) {
            return true;
        }
        match k.checked_sub(1) {
            Some(b) if and(b) || t.toks[b].kind == Tk::Punct(',') => sep = b,
            _ => return false,
        }
    }
    false
}

/// Whether a folded word ends like the surnames of Eastern Europe, the
/// Balkans and the Caucasus ("Karimov", "Trefilov", "Kovalenko",
/// "Kowalski", "Petrović", "Popescu", "Papadopoulos", "Pashinyan",
/// "Saakashvili", "Kobakhidze").
fn slavic_surname(f: &str) -> bool {
    f.chars().count() >= 5
        && [
            "ov", "ova", "ev", "eva", "enko", "sky", "ski", "ska", "vich", "vitch", "ovic", "evic",
            "escu", "poulos", "idis", "akis", "yan", "shvili", "dze",
        ]
        .iter()
        .any(|x| f.ends_with(x))
}

/// Whether a folded word is an influenza A subtype: "h" and a number,
/// "n" and a number ("h7n9", "h1n1").
fn flu_subtype(f: &str) -> bool {
    let Some(rest) = f.strip_prefix('h') else {
        return false;
    };
    let Some((h, n)) = rest.split_once('n') else {
        return false;
    };
    let digits = |x: &str| (1..=2).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
    digits(h) && digits(n)
}

/// A point of the compass in French, folded ("nord", "sud-est").
fn french_compass_point(f: &str) -> bool {
    matches!(
        f,
        "nord" | "sud" | "est" | "ouest" | "nord-est" | "nord-ouest" | "sud-est" | "sud-ouest"
    )
}

/// "dans le sud du Kouzbass", "au nord de Kaboul", "à l'est d'Alep",
/// "north of Kabul": a point of the compass, lower-case, and the name it
/// is a part of (a place's)
fn compass_of(t: &Tokens, s: usize) -> bool {
    let word = |k: usize| t.toks[k].kind == Tk::Word && t.toks[k].has(LOWER);
    let compass = |k: usize| word(k) && french_compass_point(t.fold(k));
    // the preposition before the name: "de", "du", "d'", "of"
    let of = if s >= 2 && is_apos(t, s - 1) && word(s - 2) && t.fold(s - 2) == "d" {
        s - 2
    } else if s >= 1 && word(s - 1) && matches!(t.fold(s - 1), "de" | "du" | "of") {
        s - 1
    } else {
        return false;
    };
    let Some(c) = of.checked_sub(1) else {
        return false;
    };
    if t.fold(of) == "of" {
        return word(c)
            && matches!(
                t.fold(c),
                "north"
                    | "south"
                    | "east"
                    | "west"
                    | "northeast"
                    | "northwest"
                    | "southeast"
                    | "southwest"
            );
    }
    // (after "le", "l'", "au": not the verb, "il est de Lyon")
    compass(c)
        && c >= 1
        && (t.toks[c - 1].kind == Tk::Word && matches!(t.fold(c - 1), "le" | "au")
            || is_apos(t, c - 1) && c >= 2 && t.fold(c - 2) == "l")
}

/// "à proximité de X", "aux abords de X", "non loin de X", "aux environs
/// de X" (or "d'X") before the name at `s`: where it is.
fn near_de(t: &Tokens, s: usize) -> bool {
    let of = if s >= 2 && is_apos(t, s - 1) && t.fold(s - 2) == "d" {
        s - 2
    } else if s >= 1 && t.fold(s - 1) == "de" {
        s - 1
    } else {
        return false;
    };
    let Some(w) = of.checked_sub(1) else {
        return false;
    };
    let word = |k: usize, f: &str| t.toks[k].kind == Tk::Word && t.fold(k) == f;
    match t.fold(w) {
        "proximite" => w >= 1 && word(w - 1, "a"),
        "abords" | "environs" => w >= 1 && word(w - 1, "aux"),
        "loin" => w >= 1 && word(w - 1, "non"),
        _ => false,
    }
}

/// A title of several persons named after it ("Judges X and Y").
fn plural_title(f: &str) -> bool {
    matches!(
        f,
        "judges" | "justices" | "senators" | "sens" | "reps" | "messrs" | "mm" | "drs"
    )
}

/// A work of art or of writing whose author follows: "des œuvres de",
/// "un tableau d'", "paintings by", "the works of" (`cue` is the
/// preposition). Not songs, albums or films: a band's or a studio's as
/// often as a person's.
fn work_of(noun: &str, cue: &str) -> bool {
    match cue {
        "de" | "d" => matches!(
            noun,
            "oeuvre"
                | "oeuvres"
                | "œuvre"
                | "œuvres"
                | "tableau"
                | "tableaux"
                | "toile"
                | "toiles"
                | "peinture"
                | "peintures"
                | "sculpture"
                | "sculptures"
                | "dessins"
                | "gravures"
                | "roman"
                | "romans"
                | "poemes"
                | "portrait"
                | "portraits"
        ),
        "by" => matches!(
            noun,
            "works"
                | "painting"
                | "paintings"
                | "sculptures"
                | "drawings"
                | "novel"
                | "novels"
                | "poems"
                | "portrait"
                | "portraits"
        ),
        "of" => matches!(noun, "works" | "portrait" | "portraits"),
        _ => false,
    }
}

/// Whether a credit's cue is right before `s` (see [`credit_before`]).
fn credited(t: &Tokens, s: usize) -> bool {
    let Some(p) = s.checked_sub(1) else {
        return false;
    };
    if t.toks[s].gap & NL != 0 {
        return false;
    }
    // "d'Auguste Renoir": the elided preposition before its apostrophe
    let (p, f) = if is_apos(t, p) && p > 1 && t.toks[p - 1].kind == Tk::Word {
        (p - 1, t.fold(p - 1))
    } else {
        (p, t.fold(p))
    };
    let tok = &t.toks[p];
    if tok.kind != Tk::Word {
        return false;
    }
    if p > 0
        && t.toks[p - 1].kind == Tk::Word
        && t.toks[p].gap & NL == 0
        && work_of(t.fold(p - 1), f)
    {
        return true;
    }
    if !matches!(f, "by" | "par") {
        return false;
    }
    // a byline: "By X and Y" alone on its line
    if tok.has(CAP) && (p == 0 || tok.gap & NL != 0) {
        return t.toks[s..]
            .iter()
            .enumerate()
            .skip(1)
            .take_while(|(_, x)| x.gap & NL == 0)
            .all(|(k, x)| {
                x.kind == Tk::Word && (x.has(CAP) || matches!(t.fold(s + k), "and" | "et"))
                    || matches!(x.kind, Tk::Punct(',' | '.' | '-'))
            });
    }
    if p == 0 || t.toks[p - 1].kind != Tk::Word {
        return false;
    }
    // (a participle in brackets only: "as reported by Bloomberg", "édité
    // par Gallimard" name no one)
    match t.fold(p - 1) {
        "reporting" | "editing" | "writing" => true,
        "written" | "edited" | "compiled" | "reported" | "edite" | "editee" | "redige"
        | "redigee" | "ecrit" | "ecrite" => {
            let mut k = p - 1;
            while k > 0 && t.toks[k].gap & NL == 0 && p - k < 40 {
                k -= 1;
                match t.toks[k].kind {
                    Tk::Punct('(') => return true,
                    Tk::Punct(')') => return false,
                    _ => {}
                }
            }
            false
        }
        _ => false,
    }
}

/// A given name (simple or compound, "Jean-Philippe") at the first word of
/// `s..e` and at least one more capitalized word after it.
fn given_then_surname(t: &Tokens, s: usize, e: usize) -> bool {
    let mut w = word_idx(t, s, e);
    let (Some(g), Some(n)) = (w.next(), w.next()) else {
        return false;
    };
    let f = t.fold(g);
    let given = gazetteer::given_name(f)
        || f.contains('-')
            && f.split('-')
                .all(|p| p.len() > 1 && gazetteer::given_name(p));
    given && t.toks[g].has(CAP) && !t.toks[g].has(ALLCAPS) && !t.toks[n].has(ALLCAPS)
}

/// Whether the name at `s` follows a minister's or secretary's title and
/// "of", "for", "de", "du", "des" or "de la": it names a portfolio
/// ("Secretary of State", "Minister for Education", "ministre de la
/// Défense").
fn portfolio(t: &Tokens, s: usize) -> bool {
    let word = |k: usize| t.toks[k].kind == Tk::Word;
    let Some(mut k) = s.checked_sub(1) else {
        return false;
    };
    if is_apos(t, k) {
        k = match k.checked_sub(1) {
            Some(k) => k,
            None => return false,
        };
    }
    if word(k) && matches!(t.fold(k), "la" | "l") {
        k = match k.checked_sub(1) {
            Some(k) => k,
            None => return false,
        };
    }
    if !word(k) || !matches!(t.fold(k), "of" | "for" | "de" | "du" | "des") {
        return false;
    }
    k.checked_sub(1).is_some_and(|h| {
        word(h)
            && matches!(
                t.fold(h),
                "minister"
                    | "ministers"
                    | "ministre"
                    | "ministres"
                    | "secretary"
                    | "undersecretary"
                    | "secretaire"
                    | "sous-secretaire"
                    | "commissioner"
                    | "commissaire"
            )
    })
}

/// Whether a comma at `e` and a country or region closing the clause
/// follow a name ("Aceh, Indonesia.", "Irving, Texas, where"): the name
/// is a place in it.
fn country_after(t: &Tokens, s: usize, e: usize) -> bool {
    // a city will do after "in", "at", "near", "from" ("in the Mission,
    // San Francisco")
    let mut p = s;
    if p > 0 && t.toks[p - 1].kind == Tk::Word && t.fold(p - 1) == "the" {
        p -= 1;
    }
    let cue = p > 0
        && t.toks[p - 1].kind == Tk::Word
        && matches!(t.fold(p - 1), "in" | "at" | "near" | "from");
    // "arrivé à Cascais (Portugal)": one word and its country in brackets
    if e == s + 1 && t.toks.get(e).is_some_and(|c| c.kind == Tk::Punct('(')) && e + 1 < t.len() {
        let mut key = String::new();
        return gazetteer_at(t, e + 1, &mut key).is_some_and(|(end, kind)| {
            // (or its département: "Trèbes (Aude)")
            matches!(kind, PlaceKind::Country | PlaceKind::Region)
                && t.toks.get(end).is_some_and(|c| c.kind == Tk::Punct(')'))
        });
    }
    if !t.toks.get(e).is_some_and(|c| c.kind == Tk::Punct(',')) || e + 1 >= t.len() {
        return false;
    }
    // "Quatzenheim, en Alsace", "Villegailhenc, près de Carcassonne",
    // "Chamrousse, non loin de Grenoble", "Trèbes, near Carcassonne"
    let word = |k: usize, w: &[&str]| {
        t.toks.get(k).is_some_and(|x| x.kind == Tk::Word) && w.contains(&t.fold(k))
    };
    let mut k = e + 1;
    let mut near = false;
    if word(k, &["en", "in"]) {
        k += 1;
    } else if word(k, &["near"]) {
        k += 1;
        near = true;
    } else if word(k, &["pres", "loin"]) && word(k + 1, &["de", "d"])
        || word(k, &["non"]) && word(k + 1, &["loin"]) && word(k + 2, &["de", "d"])
    {
        k += if t.fold(k) == "non" { 3 } else { 2 };
        k += usize::from(
            t.toks
                .get(k)
                .is_some_and(|x| matches!(x.kind, Tk::Punct('\'' | '’'))),
        );
        near = true;
    }
    if k >= t.len() {
        return false;
    }
    let mut key = String::new();
    let Some((end, kind)) = gazetteer_at(t, k, &mut key) else {
        return false;
    };
    (matches!(kind, PlaceKind::Country | PlaceKind::Region)
        || kind == PlaceKind::City && (cue || near))
        && t.toks.get(end).is_none_or(|n| {
            n.gap & NL != 0 || matches!(n.kind, Tk::Punct(',' | '.' | ';' | ')' | ':'))
        })
}

/// Whether the name `s..e` follows a one-word city or region and a comma,
/// and closes the clause ("Livorno, Tuscany, to", "Lyon, Rhône."): the
/// region (or country) the place before it is in.
fn region_after_city(t: &Tokens, s: usize, e: usize) -> bool {
    if s < 2 || !t.toks[s - 1].kind.eq(&Tk::Punct(',')) {
        return false;
    }
    let p = s - 2;
    let whole = p == 0 || !name_word(t, p - 1);
    whole
        && t.toks[p].kind == Tk::Word
        && t.toks[p].has(CAP)
        && !t.sentence_initial(p)
        && gazetteer::place(t.fold(p)).is_some_and(|k| k != PlaceKind::Town)
        && t.toks
            .get(e)
            .is_none_or(|n| n.gap & NL != 0 || matches!(n.kind, Tk::Punct(',' | '.' | ';' | ')')))
}

/// Whether "of"/"de" (and an article) comes right before the name at `s`
/// ("members of X", "director of the X").
fn of_before(t: &Tokens, s: usize) -> bool {
    let of = |k: usize| matches!(t.fold(k), "of" | "de" | "des" | "du" | "d");
    s >= 1 && of(s - 1)
        || s >= 2 && matches!(t.fold(s - 1), "the" | "la" | "le" | "les" | "l") && of(s - 2)
        || s >= 3 && is_apos(t, s - 1) && t.fold(s - 2) == "l" && of(s - 3)
}

/// Whether the name ending at `e` is then said to hold a role: "X est le
/// 2e skipper", "X est la nouvelle directrice", "X is a former minister",
/// "X became the first woman…" (a title or an occupation after the verb,
/// an article and at most two lower-case words or an ordinal).
fn role_after_copula(t: &Tokens, e: usize) -> bool {
    let word = |k: usize| lower_word_in_line(t, k);
    if !word(e)
        || !matches!(
            t.fold(e),
            "est" | "etait" | "devient" | "is" | "was" | "becomes" | "became"
        )
    {
        return false;
    }
    let mut k = e + 1;
    if word(k) && matches!(t.fold(k), "le" | "la" | "un" | "une" | "the" | "a" | "an") {
        k += 1;
    } else if word(k) && t.fold(k) == "l" && is_apos(t, k + 1) {
        k += 2;
    } else {
        return false;
    }
    for _ in 0..3 {
        let Some(x) = t.toks.get(k) else {
            return false;
        };
        if x.gap & NL != 0 {
            return false;
        }
        let f = t.fold(k);
        // (a word a company is also called: "Zentrix is a major player",
        // "un acteur majeur", "the majority shareholder", "a member of")
        if word(k) && x.lex.flags & (ORG_CUE | ORG_HEAD) != 0
            || matches!(
                f,
                "player"
                    | "acteur"
                    | "member"
                    | "membre"
                    | "majority"
                    | "minority"
                    | "responsable"
                    | "victim"
                    | "victime"
                    | "partner"
                    | "partenaire"
                    | "leader"
                    | "sister"
            )
        {
            return false;
        }
        if word(k) && x.lex.flags & (TITLE | OCCUPATION) != 0 {
            return true;
        }
        // an ordinal ("2e", "3rd") or a modifier of a person's role
        let ordinal = x.kind == Tk::Num || x.has(DIGIT);
        let modifier = word(k) && role_modifier(f);
        if !(modifier || ordinal) {
            return false;
        }
        k += 1;
    }
    false
}

/// A word that may stand between an article and a person's role ("the
/// former minister", "a principal scientist", "a self-described financial
/// planner", "le nouveau directeur").
fn role_modifier(f: &str) -> bool {
    matches!(
        f,
        "former"
            | "new"
            | "first"
            | "current"
            | "late"
            | "young"
            | "nouveau"
            | "nouvel"
            | "nouvelle"
            | "ancien"
            | "ancienne"
            | "premier"
            | "premiere"
            | "actuel"
            | "actuelle"
            | "futur"
            | "future"
            | "jeune"
            | "seul"
            | "seule"
            | "only"
            | "principal"
            | "senior"
            | "chief"
            | "self-described"
            | "self-styled"
            | "financial"
            | "retired"
            | "local"
            | "prominent"
            | "veteran"
            | "longtime"
            | "well-known"
            | "renowned"
            | "famous"
            | "celebre"
            | "certified"
            | "deputy"
    )
}

/// Whether what follows the name ending at `e` tells a life's events, as
/// only a person's does: "X was born", "X died", "X himself", "X est né",
/// "X est décédé", "X lui-même".
fn life_after(t: &Tokens, e: usize) -> bool {
    let word = |k: usize| lower_word_in_line(t, k);
    if !word(e) {
        return false;
    }
    match t.fold(e) {
        // (not "died down", "died out")
        "died" => !(word(e + 1) && matches!(t.fold(e + 1), "down" | "out" | "off" | "away")),
        "himself" | "herself" => true,
        "lui-meme" | "elle-meme" => true,
        // (not "born out of a merger", "né de la fusion")
        "was" | "is" => {
            word(e + 1)
                && t.fold(e + 1) == "born"
                && !(word(e + 2) && matches!(t.fold(e + 2), "out" | "of" | "from"))
        }
        "est" => {
            word(e + 1)
                && matches!(
                    t.fold(e + 1),
                    "ne" | "nee" | "decede" | "decedee" | "mort" | "morte"
                )
                && !(word(e + 2) && matches!(t.fold(e + 2), "de" | "d" | "du" | "des"))
        }
        _ => false,
    }
}

/// Whether the name ending at `e` speaks of itself as only a person does:
/// "X said he", "X says that she".
fn said_he(t: &Tokens, e: usize) -> bool {
    let word = |k: usize| lower_word_in_line(t, k);
    if !word(e)
        || !matches!(
            t.fold(e),
            "said"
                | "says"
                | "added"
                | "adds"
                | "explained"
                | "insisted"
                | "admitted"
                | "acknowledged"
                | "argued"
                | "claimed"
                | "noted"
                | "stressed"
                | "recalled"
                | "believes"
                | "believed"
                | "thinks"
                | "thought"
                | "hopes"
                | "hoped"
                | "wrote"
                | "writes"
                | "feels"
                | "felt"
                | "knew"
                | "knows"
                | "stated"
                | "confirmed"
                | "denied"
                | "warned"
                | "conceded"
                | "recalls"
                | "remembers"
                | "remembered"
        )
    {
        return false;
    }
    let k = if word(e + 1) && t.fold(e + 1) == "that" {
        e + 2
    } else {
        e + 1
    };
    word(k) && matches!(t.surf(k), "he" | "she")
}

/// An age right after a name at `e`, between commas or in brackets
/// ("John Smith, 42, said", "Marie Dupont (35)"): the name is a person's.
fn age_after(t: &Tokens, e: usize) -> bool {
    let tok = |k: usize| t.toks.get(k);
    let open = tok(e).map(|x| x.kind);
    let close = tok(e + 2).map(|x| x.kind);
    let paired = matches!(
        (open, close),
        (Some(Tk::Punct(',')), Some(Tk::Punct(','))) | (Some(Tk::Punct('(')), Some(Tk::Punct(')')))
    );
    paired
        && tok(e + 1).is_some_and(|n| n.kind == Tk::Num && n.gap & NL == 0)
        && t.surf(e + 1).len() <= 3
        && t.surf(e + 1)
            .parse::<u32>()
            .is_ok_and(|a| (1..=115).contains(&a))
}

/// What a hyphenated qualifier ends with ("London-based", "Polish-born").
const QUALIFIER_TAILS: [&str; 41] = [
    "based",
    "powered",
    "approved",
    "exclusive",
    "branded",
    "sanctioned",
    "certified",
    "focused",
    "majority",
    "born",
    "headquartered",
    "bred",
    "listed",
    "owned",
    "backed",
    "registered",
    "area",
    "led",
    "like",
    "financed",
    "funded",
    "run",
    "made",
    "speaking",
    "related",
    "only",
    "controlled",
    "dominated",
    "sponsored",
    "affiliated",
    "linked",
    "allied",
    "aligned",
    "held",
    "occupied",
    "administered",
    "operated",
    "supported",
    "inspired",
    "style",
    "era",
];

/// Whether token `k` is a lowercase French adjective of the kinds that
/// follow an institution's head ("national", "socialiste",
/// "constitutionnel", "européenne", "supérieur").
fn french_adjective(t: &Tokens, k: usize) -> bool {
    let tok = &t.toks[k];
    if tok.kind != Tk::Word || tok.has(CAP) || tok.gap & SP == 0 || tok.lex.flags & CLOSED != 0 {
        return false;
    }
    let f = t.fold(k);
    f.chars().count() > 4
        && [
            "al", "ale", "aux", "ales", "el", "elle", "iste", "ien", "ienne", "ique", "aire",
            "een", "eenne", "if", "ive", "ain", "aine", "ieur", "ieure",
        ]
        .iter()
        .any(|x| f.ends_with(x))
}

/// Words for works whose title may follow: the title is no entity.
const WORK_CUES: [&str; 24] = [
    // a prize named after its word ("le prix Goncourt", "du prix Nobel")
    "prix",
    "prize",
    "film",
    "films",
    "movie",
    "book",
    "novel",
    "album",
    "song",
    "series",
    "documentary",
    "opera",
    "exhibition",
    "roman",
    "livre",
    "chanson",
    "serie",
    "documentaire",
    "exposition",
    "essai",
    "recueil",
    "bd",
    "manga",
    "podcast",
];

/// Whether the unknown word at `first` opens a short quoted title: the
/// quotation goes on in lower-case words only (two at least, eight at
/// most) and closes before any sentence's end.
fn quoted_title(t: &Tokens, first: usize, e: usize) -> bool {
    let f = t.fold(first);
    if t.toks[first].lex.flags != 0
        || gazetteer::place(f).is_some()
        || gazetteer::company(f)
        || gazetteer::any_given_name(f)
    {
        return false;
    }
    // a title opens with a common noun ("Histoire de…", "Anatomie d'une
    // chute"); a brand quoted as a model does not ("« le Zorblax du
    // commerce en ligne »")
    const NOUN_ENDS: [&str; 12] = [
        "ie", "ion", "te", "ment", "ure", "age", "ence", "ance", "isme", "eur", "oire", "ite",
    ];
    if !(gazetteer::common_word(f) || NOUN_ENDS.iter().any(|end| f.ends_with(end))) {
        return false;
    }
    // the title's second word links it on ("d'une chute", "de la nuit",
    // "et styles"): a name that opens a quoted sentence has a verb there
    let link = (e..(e + 2).min(t.len())).find(|&k| t.toks[k].kind == Tk::Word);
    if !link.is_some_and(|k| {
        matches!(
            t.fold(k),
            "de" | "d" | "du" | "des" | "of" | "a" | "au" | "aux" | "en" | "sur" | "sous" | "et"
        )
    }) {
        return false;
    }
    let mut lower = 0;
    for k in e..(e + 14).min(t.len()) {
        let x = &t.toks[k];
        match x.kind {
            Tk::Punct('»' | '”' | '"') => return (2..=8).contains(&lower),
            Tk::Punct('.' | '!' | '?' | ';' | ':' | '«' | '“') => return false,
            Tk::Word if x.has(CAP) => return false,
            Tk::Word => lower += 1,
            _ => {}
        }
    }
    false
}

/// Words for spacecraft and launchers: the name right after one is the
/// craft's, no entity by the sets' rules ("the probe Juno", "la capsule
/// Orion").
const CRAFT_CUES: [&str; 22] = [
    "shuttle",
    "shuttles",
    "spacecraft",
    "capsule",
    "capsules",
    "rocket",
    "rockets",
    "probe",
    "rover",
    "orbiter",
    "lander",
    "telescope",
    "fusee",
    "fusees",
    "lanceur",
    "lanceurs",
    "sonde",
    "sondes",
    "vaisseau",
    "navette",
    "navettes",
    "telescopes",
];

/// Words written like names that name no entity by the sets' rules:
/// diseases and viruses, and events named by one word.
const NOT_NAMES: [&str; 52] = [
    // groups of people named by a capitalized plural
    "harkis",
    "pieds-noirs",
    "tories",
    "whigs",
    // a prize named alone
    "pulitzer",
    // a party's members, like "Republicans" (a people's word)
    "democrats",
    "democrat",
    // a policy, a currency's area
    "apartheid",
    "eurozone",
    "euroland",
    // the parties of a lawsuit or a bankruptcy named as defined terms
    // ("the Creditors", "the Debtors", "Plaintiffs")
    "creditors",
    "debtors",
    "noteholders",
    "unitholders",
    "shareholders",
    "stockholders",
    "bondholders",
    "plaintiffs",
    "defendants",
    "respondents",
    "claimants",
    "petitioners",
    "covid-19",
    "covid",
    "coronavirus",
    "sars-cov-2",
    "sras",
    "sars",
    "mers",
    "ebola",
    "zika",
    "h1n1",
    "h5n1",
    "vih",
    "hiv",
    "sida",
    "aids",
    "mpox",
    "alzheimer",
    "parkinson",
    "omicron",
    "delta",
    "brexit",
    // a wire photo's label ("FILE - …", "(AP Photo/X, File)")
    "file",
    // academic degrees ("M.Sc.", "Ph.D.")
    "m.sc",
    "b.sc",
    "ph.d",
    "m.phil",
    "d.phil",
    "megxit",
    "frexit",
    "grexit",
];

/// Whether the span's last word is a generational numeral after a name
/// written in lower case ("Pat Huddleston II", "John Smith III").
fn generational_suffix(t: &Tokens, first: usize, last: usize) -> bool {
    last >= first + 2
        && matches!(t.surf(last), "II" | "III" | "IV")
        && !t.toks[last - 1].has(ALLCAPS)
}

/// Last words of a capitalized sequence that make it no entity: laws and
/// treaties ("Clean Air Act"), flags, prizes, festivals, fairs, races and
/// trophies (titles of events), and bylines' roles.
const NOT_NAME_ENDS: [&str; 55] = [
    // a march ("Brussels Pride", "Gay Pride")
    "pride",
    // a vote ("the Iowa Caucus", "the New Hampshire Primary")
    "caucus",
    "caucuses",
    "primary",
    "primaries",
    // a final ("Super Bowl"), a throne ("Chrysanthemum Throne"), an
    // accord ("Paris Climate Accords"), a report ("National Climate
    // Assessment", "Climate Science Special Report"), an air show
    "bowl",
    "throne",
    "accord",
    "accords",
    "report",
    "assessment",
    "assessments",
    "airshow",
    // a document ("Term Sheet", "Fact Sheet", "Memorandum of
    // Understanding")
    "sheet",
    "understanding",
    // a court's papers ("Temporary Restraining Order", "First Amended
    // Complaint", "Final Judgment", "Litigation Release")
    "order",
    "complaint",
    "complaints",
    "judgment",
    "judgement",
    "release",
    "act",
    // a concert tour ("the Eras Tour")
    "tour",
    "fair",
    "fairs",
    "expo",
    "marathon",
    // gatherings named like bodies ("Winter Carnival", "Midwest Magic
    // Jubilee", "British Ring Convention", "Oktoberfest Gala")
    "jubilee",
    "carnival",
    "cavalcade",
    "convention",
    "fest",
    "festivals",
    "gala",
    "parade",
    "regatta",
    "treaty",
    // ("the Comprehensive Security Integration and Prosperity Agreement
    // (C-SIPA)")
    "agreement",
    "agreements",
    "amendment",
    "flag",
    "prize",
    "prizes",
    "award",
    "awards",
    "trophy",
    "trophee",
    "medal",
    "medals",
    "festival",
    "reporter",
    "correspondent",
    "writer",
    "columnist",
    "photographer",
];

/// "U.S. Attorney's Office for the Southern District of Ohio", "Los Angeles
/// Sheriff's office", "the Attorney General's Office": an office named by
/// its holder's title (and the place or country before the title) is one
/// organization, the title's "'s" and all; the pieces found in it (the
/// country, "Los Angeles Sheriff", "Office for the …") give way.
fn titled_office(t: &Tokens, out: &mut Vec<Found>) {
    let n = t.len();
    let word = |k: usize| t.toks[k].kind == Tk::Word;
    for k in 0..n.saturating_sub(3) {
        if !(word(k)
            && t.toks[k].has(CAP)
            && matches!(
                t.fold(k),
                "attorney"
                    | "attorneys"
                    | "sheriff"
                    | "prosecutor"
                    | "comptroller"
                    | "auditor"
                    | "coroner"
                    | "treasurer"
                    | "ombudsman"
                    | "general"
                    // "Public Defender's Office", "the Prime Minister's
                    // Office", "the Governor's Office"
                    | "defender"
                    | "minister"
                    | "president"
                    | "governor"
                    | "mayor"
                    | "chancellor"
                    | "commissioner"
            )
            && is_apos(t, k + 1)
            && t.fold(k + 2) == "s"
            && word(k + 3)
            && matches!(t.fold(k + 3), "office" | "department"))
        {
            continue;
        }
        // the capitalized words before the title: "U.S.", "United States",
        // "Los Angeles", "Attorney" of "Attorney General"
        let mut b = k;
        let mut words = 0;
        while b > 0 && words < 4 && t.toks[b].gap & NL == 0 {
            let p = b - 1;
            if word(p) && t.toks[p].has(CAP) && !matches!(t.fold(p), "the" | "a" | "an") {
                b = p;
            } else if t.toks[p].kind == Tk::Punct('.')
                && t.toks[p].gap & SP == 0
                && p > 0
                && word(p - 1)
                && t.toks[p - 1].has(DOT)
                && t.toks[p - 1].has(CAP)
            {
                b = p - 1;
            } else {
                break;
            }
            words += 1;
        }
        // "general" is a title only after another ("Attorney General")
        if t.fold(k) == "general" && b == k {
            continue;
        }
        let lower_office = !t.toks[k + 3].has(CAP);
        // "the sheriff's office" is a description; "Los Angeles Sheriff's
        // office" a named one
        if lower_office && b == k {
            continue;
        }
        let end = out
            .iter()
            .filter(|f| f.ts == k + 3 && f.kind == EntityKind::Organization)
            .map(|f| f.te)
            .max()
            .unwrap_or(k + 4);
        out.retain(|f| {
            !(matches!(
                f.kind,
                EntityKind::Person | EntityKind::Organization | EntityKind::Place
            ) && f.ts < end
                && f.te > b)
        });
        out.push(strong(t, b, end, EntityKind::Organization, "titled-office"));
    }
}

/// Whether folded `f` is a roman numeral of two letters or more with an
/// I, V or X ("xvii", "iv"), as in "Louis XVII" or "Chapter XI".
fn is_roman_numeral(f: &str) -> bool {
    f.len() >= 2
        && f.bytes().all(|c| b"ivxlcdm".contains(&c))
        && f.bytes().any(|c| b"ivx".contains(&c))
}

/// Whether the word at `w` shortens one of the words `s..e` of an
/// organization's name: its first three letters open one of them ("Fed"
/// for "Réserve fédérale"), not any word ("District Council (Second)").
fn short_form_of(t: &Tokens, s: usize, e: usize, w: usize) -> bool {
    let f = t.fold(w);
    if f.chars().count() < 3 {
        return false;
    }
    let cut = f.char_indices().nth(3).map_or(f.len(), |(c, _)| c);
    (s..e).any(|k| t.fold(k).starts_with(&f[..cut]))
}

/// Minorities' initials, used as an adjective ("the LGBT centre"): no
/// name alone, and no name's last word.
fn minority_initials(f: &str) -> bool {
    matches!(
        f,
        "lgbt" | "lgbtq" | "lgbti" | "lgbtqi" | "lgbtqia" | "lgbtq+"
    )
}

/// Whether `first` is a given name only the US list has and the name's
/// last word at `last` is a word rather than a surname: a common or
/// shared word, or one the article writes in lower case too ("Avian
/// Flu", "Maui Wildfires", "Abbott Nutrition": no person; "Amadou Hott"
/// is one).
fn us_name_before_a_word(t: &Tokens, seen: &Seen, first: &str, last: usize) -> bool {
    let f = t.fold(last);
    gazetteer::us_given_name_only(first)
        && (gazetteer::common_word(f) || gazetteer::shared_word(f) || seen.lower(f))
}

/// Whether `w` is an abbreviation in capitals with a plural "s" ("MPs",
/// "NGOs", "SUVs").
pub(super) fn plural_abbreviation(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && b[b.len() - 1] == b's' && b[..b.len() - 1].iter().all(u8::is_ascii_uppercase)
}

/// Whether folded `f` is a credit rating code ("a3", "baa2", "aa1",
/// "caa3"): one of the rating stems then a digit 1 to 3.
fn is_credit_rating(f: &str) -> bool {
    let Some(stem) = f.strip_suffix(['1', '2', '3']) else {
        return false;
    };
    matches!(stem, "a" | "aa" | "baa" | "ba" | "b" | "caa" | "ca")
}

/// Whether a lone word in capitals at `i` is no organization: a finance
/// or business abbreviation ("EPS", "EBITDA", "IPO", "CEO"), a fiscal
/// period ("FY20", "H1"), a currency code ("USD"), or a stock ticker
/// ("(ZM)", "(NASDAQ: AAPL)").
fn not_an_acronym(t: &Tokens, i: usize) -> bool {
    let f = t.fold(i);
    const COMMON: &[&str] = &[
        "eps", "ebitda", "ebit", "ipo", "etf", "gdp", "pib", "ceo", "cfo", "coo", "cto", "pdg",
        // French earnings per share and gross operating surplus
        "bnpa", "ebe", "dg", "roi", "roe", "cagr", "kpi", "esg", "saas", "b2b", "b2c", "yoy",
        "capex", "opex", "tva", "vat", "pme", "eti", "m&a", "ttc", "ht", "faq", "pdf", "usb",
        "gps", "api", // technical terms and honours after a name ("Jane Roe, QC")
        "html", "http", "https", "url", "vip", "hd", "lcd", "led", "sms", "dvd", "dna", "adn",
        "qc", "kc", "mp", "mep", "phd", "obe", "cbe", "mbe", "potus",
        // French taxes, wages and contracts
        "smic", "isf", "csg", "cdi", "cdd", "hlm", "tgv", "rsa",
        // units ("8 TeV", "a 5 GHz chip", "2 GWh") and clock times and
        // time zones ("3 PM EST")
        "kev", "mev", "gev", "tev", "khz", "mhz", "ghz", "kw", "mw", "gw", "kwh", "mwh", "gwh",
        "twh", "am", "pm", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc",
        "cet", "cest", "bst", "aedt", "aest", "acdt", "acst", "awst", "nzdt", "nzst", "ist", "jst",
        "kst", "hkt", "sgt", "msk", "eet", "eest",
        // more officers' titles and professional titles ("the company's
        // CIO", "a CPA"), and common nouns written short: IQ, GMO/OGM, a
        // stroke (AVC), an abortion (IVG), formats and long-term support
        "cio", "cmo", "ciso", "cso", "cco", "evp", "svp", "cpa", "iq", "gmo", "ogm", "avc", "ivg",
        "lts", "mp3", "mp4", // chemical formulas ("CO2 emissions", "NOx")
        "co2", "h2o", "no2", "so2", "ch4", "n2o", "nh3", "nox", "pm10", "hfc", "hfcs", "cfc",
        "cfcs", // computing's common nouns ("a GPU", "the OS", "an OEM")
        "cpu", "gpu", "os", "rom", "ram", "oem", "ai", "ia", "ev", "vr", "ar", "iot", "ssd", "pc",
        "pcs", // economic figures and fuels ("the PPI rose", "LNG prices"), an
        // agreement in writing (MOU), diseases, explosives, cash machines,
        // attacks and codes that are things, not bodies
        "ppi", "lng", "lpg", "gnl", "mou", "covid", "sars", "hiv", "vih", "tnt", "tatp", "atm",
        "ddos", "qr", "nft", "pcr", "icu", "suv", "vtt", "btp", // laws known by
        // their initials ("the FCPA prohibits"): the acts, not bodies
        "fcpa", "gdpr", "rgpd", "foia", "hipaa", "dmca",
        // information systems and their design ("la DSI", "le SI", "UX"),
        // and function words written in capitals for emphasis ("fichiers
        // lourds ET accès distants", "do NOT")
        "dsi", "si", "ux", "ui", "et", "ou", "mais", "and", "or", "nor", "not", "but",
        // the network's words ("blocked at the DNS and IP level", "ISPs",
        // "a VPN") and French common nouns written short (human
        // resources, headquarters, a ride-hailing car, a housing benefit)
        "dns", "dpi", "ip", "isp", "isps", "vpn", "vpns", "wifi", "lan", "wan", "dsl", "adsl",
        "p2p", "3g", "4g", "5g", "lte", "ssl", "tls", "rh", "qg", "vtc", "apl",
        // a kind of body, not one ("the NGO said", "l'ONG")
        "ngo", "ngos", "ong",
    ];
    if COMMON.contains(&f) {
        return true;
    }
    // "BPA" is French earnings per share only in French ("un BPA de",
    // "par action (BPA)"), not Hong Kong's "Business and Professionals
    // Alliance (BPA)"
    if f == "bpa" {
        return (i.saturating_sub(3)..i).any(|k| {
            matches!(
                t.fold(k),
                "le" | "la" | "un" | "une" | "du" | "de" | "des" | "son" | "sa" | "action"
            )
        });
    }
    let b = f.as_bytes();
    // fiscal periods: FY20, FY2021, H1, Q3 (when no year follows: dates)
    let fiscal = b.len() >= 3 && b.starts_with(b"fy") && b[2..].iter().all(u8::is_ascii_digit)
        || b.len() == 2 && matches!(b[0], b'h' | b'q' | b's' | b't') && b[1].is_ascii_digit();
    if fiscal {
        return true;
    }
    if is_roman_numeral(f) || is_credit_rating(f) {
        return true;
    }
    // model, flight and catalogue numbers: letters then three digits or
    // more ("AF447", "A330", "HD188753")
    let digits = b.iter().rev().take_while(|c| c.is_ascii_digit()).count();
    if digits >= 3 && digits < b.len() && b[..b.len() - digits].iter().all(u8::is_ascii_alphabetic)
    {
        return true;
    }
    // currency codes
    let code = lexicon::lookup(f);
    if code.flags & lexicon::CURRENCY != 0 && f.len() == 3 {
        return true;
    }
    // tickers: "(ZM)", "(NASDAQ: AAPL)", "(AAPL.O)" after a name
    let closes = t
        .toks
        .get(i + 1)
        .is_some_and(|n| matches!(n.kind, Tk::Punct(')') | Tk::Punct('.')));
    if !closes || f.len() > 5 {
        return false;
    }
    let exchange = i > 1
        && t.toks[i - 1].kind == Tk::Punct(':')
        && matches!(
            t.fold(i - 2),
            "nasdaq" | "nyse" | "lse" | "tsx" | "asx" | "euronext" | "amex" | "otc" | "hkex"
        );
    // right after a name whose initials it is not: "Zoom (ZM)", not
    // "European Central Bank (ECB)"
    let after_name = i > 1 && t.toks[i - 1].kind == Tk::Punct('(') && t.toks[i - 2].has(CAP);
    if after_name {
        let mut initials: Vec<char> = Vec::new();
        let mut k = i - 2;
        while initials.len() < 8 && t.toks[k].kind == Tk::Word {
            // (each part of a hyphenated word: "Union Bordeaux-Bègles (UBB)")
            if t.toks[k].has(CAP) {
                for part in t.fold(k).rsplit('-') {
                    initials.extend(part.chars().next());
                }
            }
            if k == 0 {
                break;
            }
            k -= 1;
        }
        initials.reverse();
        let acr: Vec<char> = f.chars().collect();
        // a party after a person's name is no ticker: "Éric Ciotti (LR)",
        // "Olivier Faure (PS)" (but "Morgan Stanley (MS)" is)
        let mut first = i - 2;
        while first > 0
            && t.toks[first - 1].kind == Tk::Word
            && t.toks[first - 1].has(CAP)
            && t.toks[first].gap & NL == 0
        {
            first -= 1;
        }
        let person = gazetteer::given_name(t.fold(first)) && t.toks[first].has(CAP) && {
            let mut key = String::new();
            t.key(first, i - 1, &mut key);
            !gazetteer::company(&key) && t.toks[i - 2].lex.flags & (ORG_SUFFIX | ORG_HEAD) == 0
        };
        // (its initials in another language's order: "National Elections
        // Committee (CNE)")
        let permuted = initials.len() >= acr.len() && acr.len() >= 3 && {
            let mut a = initials[initials.len() - acr.len()..].to_vec();
            let mut b = acr.clone();
            a.sort_unstable();
            b.sort_unstable();
            a == b
        };
        return !(person || initials.len() >= acr.len() && initials.ends_with(&acr) || permuted);
    }
    exchange
}

/// Seats of power that name their institution (folded keys).
const SEATS_OF_POWER: [&str; 12] = [
    "white house",
    "maison blanche",
    "maison-blanche",
    "kremlin",
    "elysee",
    "matignon",
    "pentagon",
    "pentagone",
    "downing street",
    "quai d'orsay",
    "zhongnanhai",
    "blue house",
];

/// The first words of [`SEATS_OF_POWER`].
static SEAT_FIRST_WORDS: LazyLock<FxSet<&'static str>> =
    LazyLock::new(|| first_words(SEATS_OF_POWER.iter(), &[' ', '\'']));

/// Whether a folded word is a demonym: a people's suffix after the
/// beginning (four letters or more) of a country's or continent's name
/// ("canadian", "australiens", "chinese", "francais").
fn demonym(f: &str) -> bool {
    // "sud-africain", "nord-coréen", "néo-zélandaise": a point of the
    // compass or "néo" before a people's word
    if let Some(rest) = ["sud-", "nord-", "neo-", "est-", "ouest-"]
        .iter()
        .find_map(|p| f.strip_prefix(p))
    {
        return demonym(rest)
            || irregular_demonym(rest)
            || rest.starts_with("zeland")
            || ["een", "eenne", "eens", "eennes"].iter().any(|x| {
                rest.strip_suffix(x).is_some_and(|stem| {
                    gazetteer::place(&format!("{stem}ee")) == Some(PlaceKind::Country)
                })
            });
    }
    const SUFFIXES: [&str; 24] = [
        "iennes", "ienne", "iens", "ien", "aises", "aise", "ais", "oises", "oise", "ois", "aines",
        "aine", "ains", "ain", "ians", "ian", "ans", "an", "ese", "ish", "ines", "ine", "is", "i",
    ];
    // a stem the set holds begins with a four-char beginning it also
    // holds: one look-up rules out most words (a stem and its suffix make
    // six chars or more)
    let Some((four, _)) = f.char_indices().nth(4) else {
        return false;
    };
    if !gazetteer::country_begins(&f[..four]) {
        // ("quebecois", "lucernois": a city's or a region's people)
        return region_n(f) || city_people(f);
    }
    SUFFIXES.iter().any(|suf| {
        f.strip_suffix(suf)
            .is_some_and(|stem| stem.chars().count() >= 4 && gazetteer::country_begins(stem))
    }) || in_of_ine(f)
        || region_n(f)
        || city_people(f)
}

/// "montrealais", "lucernois", "marseillaise", "terre-neuviens": the
/// French name of a city's or a region's people, the place's name (less
/// a final "e" or "es", or a doubled last letter) and a suffix. A given
/// name is never one ("Françoise").
fn city_people(f: &str) -> bool {
    const SUFFIXES: [&str; 14] = [
        "iennes", "ienne", "iens", "ien", "aises", "aise", "ais", "oises", "oise", "ois", "aines",
        "aine", "ains", "ain",
    ];
    let Some(suf) = SUFFIXES.iter().find(|suf| f.ends_with(*suf)) else {
        return false;
    };
    let stem = &f[..f.len() - suf.len()];
    if stem.chars().count() < 4 || gazetteer::any_given_name(f) {
        return false;
    }
    let mut k = String::with_capacity(stem.len() + 2);
    let place = |k: &str| gazetteer::place(k).is_some();
    for end in ["", "e", "es"] {
        k.clear();
        k.push_str(stem);
        k.push_str(end);
        if place(&k) {
            return true;
        }
    }
    // "lyonnais": the stem doubles the place's last letter
    let mut cs = stem.chars().rev();
    matches!((cs.next(), cs.next()), (Some(a), Some(b)) if a == b)
        && place(&stem[..stem.len() - stem.chars().last().map_or(0, char::len_utf8)])
}

/// "nevadan", "californians", "virginian": a region's or a country's name
/// and an "n" (the name of five letters or more).
fn region_n(f: &str) -> bool {
    let stem = f.strip_suffix("ns").or_else(|| f.strip_suffix('n'));
    stem.is_some_and(|stem| {
        stem.len() >= 5
            && stem.ends_with('a')
            && matches!(
                gazetteer::place(stem),
                Some(PlaceKind::Region | PlaceKind::Country)
            )
    })
}

/// "philippins", "argentin", "argentines": a country's name in "-ine(s)"
/// whose people are "-in(s)" (the stem alone is no country's beginning
/// of the kind [`demonym`] asks: "Austin" stays a name).
fn in_of_ine(f: &str) -> bool {
    let stem = f
        .strip_suffix("ins")
        .or_else(|| f.strip_suffix("in"))
        .or_else(|| f.strip_suffix("ines"))
        .or_else(|| f.strip_suffix("ine"));
    gazetteer::place(f).is_none()
        && stem.is_some_and(|stem| {
            stem.len() >= 4
                && ["ine", "ines"].iter().any(|end| {
                    matches!(
                        gazetteer::place(&format!("{stem}{end}")),
                        Some(PlaceKind::Country | PlaceKind::Area)
                    )
                })
        })
}

/// Whether a folded word is a nationality adjective: a demonym, or one
/// of the English ones not formed from the country's name ("French",
/// "Dutch", "Swiss", "Spanish").
pub(super) fn nationality(f: &str) -> bool {
    demonym(f)
        || matches!(
            f,
            "french"
                | "dutch"
                | "swiss"
                | "greek"
                | "thai"
                | "spanish"
                | "danish"
                | "polish"
                | "turkish"
                | "finnish"
                | "swedish"
                | "norwegian"
                | "norwegians"
                | "irish"
                | "british"
                | "greeks"
                | "swedes"
                | "danes"
                | "finns"
                | "poles"
                | "turks"
                | "scots"
                | "brits"
                | "britons"
                | "thais"
                | "czechs"
                | "filipinos"
                | "filipino"
                | "portuguese"
                | "welsh"
                | "malagasy"
                | "cypriot"
                | "cypriots"
                | "lao"
                | "slovak"
                | "slovaks"
                | "czech"
                | "uzbek"
                | "uzbeks"
                | "peruvian"
                | "peruvians"
                | "icelandic"
        )
        || irregular_demonym(f)
        || language(f)
}

/// Whether a folded word names a language that no country's name gives
/// ("Arabic", "Hindi", "Swahili", "Mandarin"): a word, no entity.
fn language(f: &str) -> bool {
    matches!(
        f,
        "arabic"
            | "hebrew"
            | "hindi"
            | "urdu"
            | "bengali"
            | "tamil"
            | "mandarin"
            | "cantonese"
            | "swahili"
            | "amharic"
            | "hausa"
            | "yoruba"
            | "tagalog"
            | "farsi"
            | "persian"
            | "catalan"
            | "basque"
            | "quechua"
            | "esperanto"
            | "yiddish"
            | "latin"
    )
}

/// French and English demonyms not formed by a suffix on the country's
/// name, in every gender and number ("Grecs", "Polonaise", "Belges").
fn irregular_demonym(f: &str) -> bool {
    let stem = f
        .strip_suffix("es")
        .or_else(|| f.strip_suffix('s'))
        .or_else(|| f.strip_suffix('e'))
        .unwrap_or(f);
    [f, stem].iter().any(|w| {
        matches!(
            *w,
            "grec"
                | "grecqu"
                // (a stem too short for the suffix rule: "Inde")
                | "indien"
                | "indienn"
                | "indian"
                | "turc"
                | "turqu"
                | "belg"
                | "suiss"
                | "suissess"
                | "russ"
                | "britanniqu"
                | "tchequ"
                | "slovaqu"
                | "bulgar"
                | "serb"
                | "croat"
                | "sloven"
                | "kurd"
                | "arab"
                | "polonais"
                | "allemand"
                | "anglais"
                | "ecossais"
                | "gallois"
                | "irlandais"
                | "neerlandais"
                | "hollandais"
                | "danois"
                | "suedois"
                | "finlandais"
                | "islandais"
                | "norvegien"
                | "espagnol"
                | "portugais"
                | "hongrois"
                | "roumain"
                | "libanais"
                | "senegalais"
                | "congolais"
                | "japonais"
                | "chinois"
                | "pakistanais"
                | "afghan"
                | "ouzbek"
                | "kazakh"
                | "tadjik"
                | "maghrebin"
        )
    })
}

/// "U23", "U20", "U17": an age category of a sport.
fn age_category(w: &str) -> bool {
    w.strip_prefix('U')
        .is_some_and(|n| n.len() == 2 && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a folded word is an elected office or a candidacy, after which
/// a party's acronym names the party ("député LR", "sénateur PS", "maire
/// UDI", "candidate EELV").
fn elected_role(f: &str) -> bool {
    matches!(
        f,
        "depute"
            | "deputee"
            | "deputes"
            | "senateur"
            | "senatrice"
            | "senateurs"
            | "maire"
            | "eurodepute"
            | "eurodeputee"
            | "elu"
            | "elue"
            | "elus"
            | "candidat"
            | "candidate"
            | "conseiller"
            | "conseillere"
    )
}

/// A French competition's or prize's first word, alone before its
/// number or its complement: "la Ligue 1", "le Tour de France", "la
/// Coupe du monde", "la Palme d'or", "le Mondial" (events and prizes are
/// no entities; a place in the complement is found on its own).
fn event_head(t: &Tokens, k: usize) -> bool {
    let next_is = |f: fn(&str) -> bool| {
        t.toks
            .get(k + 1)
            .is_some_and(|n| n.kind == Tk::Word && f(t.fold(k + 1)))
    };
    match t.fold(k) {
        "mondial" | "euro" if t.toks[k].has(CAP) && k > 0 => {
            t.toks[k - 1].kind == Tk::Word && matches!(t.fold(k - 1), "le" | "du" | "au")
        }
        "ligue" | "coupe" | "tour" | "tournoi" | "palme" | "championnat" | "trophee" | "rallye" => {
            t.toks.get(k + 1).is_some_and(|n| n.kind == Tk::Num)
                || next_is(|w| matches!(w, "de" | "du" | "des" | "d"))
                    && (t.fold(k) != "ligue" || !institution_complement(t, k + 1))
        }
        _ => false,
    }
}

/// "la Ligue des champions" is a competition, "la Ligue des droits de
/// l'homme" an institution: a complement naming rights, a cause or a
/// people's defence is the institution's.
fn institution_complement(t: &Tokens, k: usize) -> bool {
    (k + 1..(k + 3).min(t.len())).any(|j| {
        t.toks[j].kind == Tk::Word
            && matches!(
                t.fold(j),
                "droits" | "defense" | "protection" | "lutte" | "contribuables"
            )
    })
}

/// "le garde des Sceaux": the French justice minister's title, not the
/// town of Sceaux.
fn keeper_of_the_seals(t: &Tokens, k: usize) -> bool {
    t.fold(k) == "sceaux"
        && k >= 2
        && t.fold(k - 1) == "des"
        && matches!(t.fold(k - 2), "garde" | "gardes")
}

/// Holidays and named days or years: not entities ("Australia Day",
/// "Thanksgiving", "Nouvel An").
fn holiday(t: &Tokens, s: usize, last: usize) -> bool {
    matches!(
        t.fold(last),
        "day"
            | "eve"
            | "year"
            | "month"
            | "an"
            | "thanksgiving"
            | "christmas"
            | "easter"
            | "ramadan"
            | "hanukkah"
            | "diwali"
            | "hajj"
            | "umrah"
            | "eid"
            | "noel"
            | "paques"
            | "toussaint"
            | "halloween"
            | "pentecote"
            | "pentecost"
            | "ascension"
            | "assomption"
            | "epiphanie"
            | "epiphany"
            | "passover"
            | "yom"
            | "kippour"
            | "kippur"
    ) && (last > s || !matches!(t.fold(last), "day" | "eve" | "year" | "month" | "an"))
}

/// The gods and prophets news names alone (Greek, Roman, Norse,
/// Egyptian and Hindu gods; the Abrahamic names): persons. Not those that
/// are also a planet, a brand, a group or a space programme ("Mars",
/// "Hermès", "Isis", "Apollo", "Ares").
fn deity(f: &str) -> bool {
    matches!(
        f,
        "zeus"
            | "hera"
            | "athena"
            | "athene"
            | "poseidon"
            | "aphrodite"
            | "dionysos"
            | "dionysus"
            | "hades"
            | "demeter"
            | "hephaistos"
            | "hephaestus"
            | "persephone"
            | "odin"
            | "osiris"
            | "anubis"
            | "horus"
            | "krishna"
            | "shiva"
            | "vishnu"
            | "ganesh"
            | "bouddha"
            | "buddha"
            | "allah"
            | "yahweh"
            | "jesus"
            | "satan"
            | "lucifer"
    )
}

/// Names of things the evaluation's conventions leave out, recognisable by
/// their words alone: sports events ("World Cup", "Wimbledon
/// Championships"), storms ("Hurricane Sandy", "the storm Noel"),
/// religions and their faithful ("Islam", "Muslims"), the Sun, the Moon
/// and the planets ("Terre", "Neptune").
fn not_named_entity(t: &Tokens, first: usize, last: usize, single: bool) -> bool {
    let storm = |w: &str| {
        matches!(
            w,
            "hurricane" | "storm" | "typhoon" | "cyclone" | "ouragan" | "tempete" | "typhon"
        )
    };
    if matches!(
        t.fold(last),
        "cup"
            | "cups"
            | "championship"
            | "championships"
            | "olympics"
            | "tournament"
            | "slam"
            | "chelem"
            // meetings and festivals: "the Third South American Summit",
            // "Glastonbury Festival"
            | "summit"
            | "summits"
            | "festival"
    ) && !single
    {
        return true;
    }
    // a flu virus's subtype ("H7N9", "H1N1", "h5n1"): no organization
    if single && flu_subtype(t.fold(first)) {
        return true;
    }
    // an honour after a person's name ("Carol Schwartz AO"); a world war
    if single
        && (first > 0
            && honour(t, first)
            && t.toks[first - 1].kind == Tk::Word
            && t.toks[first - 1].has(CAP)
            || matches!(t.fold(first), "wwi" | "wwii" | "ww1" | "ww2"))
    {
        return true;
    }
    // "Grâce à …" opens a sentence, no one's name; "NDLR" is the editor's
    // note; "U23", "U20": an age category
    if single
        && (t.fold(first) == "grace"
            && t.toks.get(first + 1).is_some_and(|n| {
                n.kind == Tk::Word && matches!(t.fold(first + 1), "a" | "au" | "aux")
            })
            || t.fold(first) == "ndlr"
            || age_category(t.surf(first)))
    {
        return true;
    }
    // a regime by its number: "la Ve République", "the Fifth Republic"
    if last == first + 1 && matches!(t.fold(last), "republique" | "republic") && {
        let n = t.surf(first);
        n.strip_suffix('e')
            .is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b"IVX".contains(&b)))
            || matches!(t.fold(first), "third" | "fourth" | "fifth" | "sixth")
    } {
        return true;
    }
    // a ship by its prefix ("HMAS Parramatta", "USS Enterprise", "MV
    // Filitsa"): a vehicle, no entity
    if !single
        && t.toks[first].has(ALLCAPS)
        && matches!(
            t.surf(first),
            "HMS" | "HMAS" | "HMCS" | "HMNZS" | "USS" | "USNS" | "USCGC" | "MV" | "RMS"
        )
        && t.toks
            .get(first + 1)
            .is_some_and(|x| x.kind == Tk::Word && x.has(CAP))
    {
        return true;
    }
    // French tournaments named by their head ("Coupe de France", "Coupe du
    // Monde", "Championnats d'Europe") and club competitions ("Ligue des
    // champions", "Champions League", "Europa League"): events, no
    // entities
    if !single && matches!(t.fold(first), "coupe" | "championnat" | "championnats")
        || matches!(
            (t.fold(first), t.fold(last)),
            ("champions" | "europa", "league") | ("ligue", "champions" | "europa")
        )
    {
        return true;
    }
    // the Games, alone or named ("Paralympics", "Summer Paralympics", "Jeux
    // olympiques", "Jeux paralympiques")
    if matches!(t.fold(last), "paralympics" | "olympiques" | "paralympiques")
        || single && matches!(t.fold(first), "olympics" | "jeux")
    {
        return true;
    }
    if (first..=last).any(|k| storm(t.fold(k)))
        || first > 0 && t.toks[first - 1].kind == Tk::Word && storm(t.fold(first - 1))
    {
        return true;
    }
    // "le Président-candidat", "the Vice-Chancellor": a title joined to a
    // word by a hyphen, after an article, is a role
    if single
        && first > 0
        && matches!(t.fold(first - 1), "le" | "la" | "l" | "the")
        && t.fold(first).split_once('-').is_some_and(|(head, rest)| {
            !rest.is_empty() && lexicon::lookup(head).flags & TITLE != 0 && head != "said"
        })
    {
        return true;
    }
    single
        && matches!(
            t.fold(first),
            "islam"
                | "christianity"
                | "judaism"
                | "buddhism"
                | "hinduism"
                | "muslim"
                | "muslims"
                | "christians"
                | "jews"
                | "buddhist"
                | "buddhists"
                | "hindus"
                | "sikhs"
                | "catholics"
                | "protestants"
                | "sunni"
                | "sunnis"
                | "shia"
                | "shiite"
                | "shiites"
                | "musulman"
                | "musulmans"
                | "musulmane"
                | "musulmanes"
                | "chretiens"
                | "juifs"
                | "bouddhiste"
                | "bouddhistes"
                | "catholiques"
                | "chiite"
                | "chiites"
                | "sunnite"
                | "sunnites"
                | "terre"
                | "earth"
                | "soleil"
                | "lune"
                | "neptune"
                | "jupiter"
                | "saturne"
                | "saturn"
                | "uranus"
                | "pluton"
                | "pluto"
        )
}

/// Whether a folded word names followers or a doctrine by its suffix
/// ("scientologists", "methodist", "mennonites", "catholicism",
/// "islamophobia", "marxisme"): seven letters or more, not "The Economist" (the caller
/// leaves out a name after a capitalized "The").
fn doctrine_or_follower(f: &str) -> bool {
    // ("Protestant churches": no "-ist" to tell it)
    matches!(
        f,
        "protestant" | "protestants" | "protestante" | "protestantes"
    ) || f.chars().count() >= 7
        && [
            "ist", "ists", "iste", "istes", "ites", "ism", "isms", "isme", "phobia", "phobie",
        ]
        .iter()
        .any(|suf| f.ends_with(suf))
        && !gazetteer::any_given_name(f)
}

/// Whether the name `s..e` is the people of a place: the place's name
/// and "-er(s)" ("New Zealanders", "Icelander", "Londoners").
fn people_of_place(t: &Tokens, s: usize, e: usize) -> bool {
    // (the key ends with the last token's folded form, after a space or
    // punctuation: no key to build unless that ends with "er" or "ers")
    if !(t.toks[e - 1].kind == Tk::Word && t.fold(e - 1).ends_with(['r', 's'])) {
        return false;
    }
    let mut k = String::new();
    t.key(s, e, &mut k);
    let place = |p: &str| {
        p.chars().count() >= 4 && gazetteer::place(p).is_some_and(|p| p != PlaceKind::Town)
    };
    if let Some(stem) = k.strip_suffix("ers").or_else(|| k.strip_suffix("er")) {
        return place(stem);
    }
    // "Texans", "Ohioans", "Floridians", "Bostonians", "Parisiens",
    // "Marseillais": the place and a people's suffix
    if k.contains(' ') {
        return false;
    }
    let one = k.strip_suffix('s').unwrap_or(&k);
    let mut buf = String::new();
    ["ian", "an", "n", "ien", "ais"].iter().any(|suffix| {
        one.strip_suffix(suffix).is_some_and(|stem| {
            ["", "a", "s", "e", "as", "es"].iter().any(|end| {
                buf.clear();
                buf.push_str(stem);
                buf.push_str(end);
                place(&buf)
            })
        })
    })
}

/// The span of a company of `data/companies.txt` whose name holds an
/// apostrophe the name span `s..e` left out: a possessive-looking "'s"
/// after it ("Moody's") or an elided "L'" before it ("L'Oréal").
fn apostrophe_company(t: &Tokens, s: usize, e: usize) -> Option<(usize, usize)> {
    let apos = |k: usize| {
        t.toks
            .get(k)
            .is_some_and(|x| matches!(x.kind, Tk::Punct('\'') | Tk::Punct('’')))
    };
    let mut k = String::new();
    if apos(e) && t.toks.get(e + 1).is_some_and(|x| x.kind == Tk::Word) && t.fold(e + 1) == "s" {
        t.key(s, e + 2, &mut k);
        if gazetteer::company(&k) {
            return Some((s, e + 2));
        }
    }
    if s >= 2 && apos(s - 1) && t.fold(s - 2) == "l" && t.toks[s - 2].has(CAP) {
        t.key(s - 2, e, &mut k);
        if gazetteer::company(&k) {
            return Some((s - 2, e));
        }
    }
    None
}

/// News titles whose words are a common word or a place's name (folded),
/// which name the title only after an article ("the Economist", "au
/// Parisien", "La Croix", "L'Express"); the others ("Financial Times",
/// "Le Figaro") need no list.
const NEWS_TITLES: &[&[&str]] = &[
    &["economist"],
    &["guardian"],
    &["telegraph"],
    &["observer"],
    &["independent"],
    &["parisien"],
    &["liberation"],
    &["croix"],
    &["express"],
    &["point"],
    &["humanite"],
    &["equipe"],
    &["ouest-france"],
    &["monde"],
    &["hollywood", "reporter"],
    &["new", "yorker"],
    &["sud", "ouest"],
    &["echos"],
    &["obs"],
    &["tribune"],
    &["depeche"],
    &["progres"],
    &["telegramme"],
];

/// Whether a lower-case word of the press is right before `k` ("un
/// journaliste du Monde", "avec le partenariat du Monde").
fn press_word_before(t: &Tokens, k: usize) -> bool {
    k.checked_sub(1).is_some_and(|q| {
        lower_word(t, q)
            && matches!(
                t.fold(q),
                "journaliste"
                    | "journalistes"
                    | "partenariat"
                    | "article"
                    | "articles"
                    | "enquete"
                    | "edition"
                    | "site"
                    | "redaction"
                    | "redacteur"
                    | "correspondant"
                    | "correspondante"
                    | "chroniqueur"
                    | "chroniqueuse"
                    | "editorialiste"
                    | "colonnes"
                    | "pages"
                    | "une"
                    | "lecteurs"
                    | "entretien"
                    | "tribune"
                    | "directeur"
                    | "directrice"
                    | "patron"
                    | "supplement"
                    | "envoye"
                    | "envoyee"
                    | "reporter"
                    | "reportage"
            )
    })
}

/// Whether the words ending the name at `s..e` are a news title of
/// [`NEWS_TITLES`], capitalized, right after an article ("the", "le",
/// "la", "l'", "au", "aux"; "Le Monde" has its own rule): where the
/// entity starts (at a capitalized article, which is the title's) and
/// where the title's words start.
fn news_title(t: &Tokens, s: usize, e: usize) -> Option<(usize, usize)> {
    let words: Vec<usize> = word_idx(t, s, e).collect();
    let last = *words.last()?;
    if !NEWS_TITLES
        .iter()
        .any(|title| title.last() == Some(&t.fold(last)))
    {
        return None;
    }
    for title in NEWS_TITLES {
        let n = title.len();
        if words.len() < n {
            continue;
        }
        let at = &words[words.len() - n..];
        if !at
            .iter()
            .zip(title.iter())
            .all(|(&w, f)| t.fold(w) == *f && t.toks[w].has(CAP) && !t.toks[w].has(ALLCAPS))
        {
            continue;
        }
        let b = at[0];
        // (not the start of a longer name: "la Croix de Chamrousse")
        let of_name = t.toks.get(e).is_some_and(|x| {
            x.kind == Tk::Word
                && x.has(LOWER)
                && matches!(t.fold(e), "de" | "du" | "des" | "d" | "of")
        }) && (e + 1..(e + 3).min(t.len()))
            .any(|k| t.toks[k].kind == Tk::Word && t.toks[k].has(CAP));
        if of_name {
            return None;
        }
        // two titles take no article: "à Libération", "selon Ouest-France"
        // (not at a sentence's start; "la Libération" is the event)
        if matches!(title, ["liberation"] | ["ouest-france"]) {
            let bare =
                !t.sentence_initial(b) && t.toks[b].gap & NL == 0 && !definite_article_before(t, b);
            return bare.then_some((b, b));
        }
        // the article: right before, or before an apostrophe ("l'Express")
        let p = article_slot(t, b)?;
        // ("au Monde" is the newspaper; "du Monde", "le Monde" may be the
        // world; "Le Monde" has its own rule)
        if *title == ["monde"] && !(t.fold(p) == "au" && t.toks[p].has(LOWER) && p + 1 == b) {
            // "un journaliste du Monde", "avec le partenariat du Monde":
            // after a word of the press, the newspaper
            let press =
                t.fold(p) == "du" && t.toks[p].has(LOWER) && p + 1 == b && press_word_before(t, p);
            if !press {
                return None;
            }
            return Some((b, b));
        }
        let a = &t.toks[p];
        let article = a.kind == Tk::Word
            && (matches!(t.fold(p), "the" | "le" | "la" | "l" | "au" | "aux")
                // ("Les Echos": the plural article with its title only)
                || t.fold(p) == "les" && *title == ["echos"])
            && (p + 1 == b || t.fold(p) == "l")
            && t.toks[b].gap & NL == 0;
        if !article {
            return None;
        }
        // a capitalized article is the title's ("The Economist", "Le
        // Parisien", "L'Express")
        return Some(if a.has(CAP) { (p, p) } else { (b, b) });
    }
    None
}

/// The major indices of the world's exchanges with their number, by
/// their usual names (folded keys).
const NUMBERED: &[&str] = &[
    "cac 40",
    "sbf 120",
    "ftse 100",
    "ftse 250",
    "dax 30",
    "dax 40",
    "nikkei 225",
    "euro stoxx 50",
    "eurostoxx 50",
    "stoxx 600",
    "stoxx 50",
    "ibex 35",
    "bel 20",
    "aex 25",
    "russell 2000",
    "nasdaq 100",
    "nifty 50",
    "asx 200",
    "smi 20",
    "kospi 200",
    "s&p 500",
    "standard&poor's 500",
];
/// The same, without a number.
const BARE: &[&str] = &[
    "nikkei",
    "dax",
    "nasdaq",
    "dow jones",
    "hang seng",
    "kospi",
    "sensex",
    "bovespa",
    "mdax",
    "tecdax",
    "ftse",
    "cac",
    "stoxx",
    "euro stoxx",
    "topix",
    "nasdaq composite",
    "dow jones industrial average",
    "shanghai composite",
    "merval",
    "ibex",
    "s&p",
    "standard&poor's",
];

/// The first words of [`NUMBERED`] and [`BARE`] (`s` for `s&p 500`): a
/// name starting with none of them is no index.
static INDEX_FIRST_WORDS: LazyLock<FxSet<&'static str>> =
    LazyLock::new(|| first_words(NUMBERED.iter().chain(BARE), &[' ', '&']));

/// The first words of some names, cut at any of `seps`.
fn first_words<'a>(
    names: impl Iterator<Item = &'a &'static str>,
    seps: &[char],
) -> FxSet<&'static str> {
    names.filter_map(|n| n.split(seps).next()).collect()
}

/// Where a stock market index named by words `s..e` ends, its number
/// included ("CAC 40", "FTSE 100"); `None` if it is not one.
fn stock_index(t: &Tokens, s: usize, e: usize) -> Option<usize> {
    // most names start with no index's first word: no key to build
    if !INDEX_FIRST_WORDS.contains(t.fold(s)) {
        return None;
    }
    // "Standard & Poor's 500": the possessive belongs to the name
    let e = if is_apos(t, e)
        && t.toks.get(e + 1).is_some_and(|x| x.kind == Tk::Word)
        && t.fold(e + 1) == "s"
    {
        e + 2
    } else {
        e
    };
    let mut k = String::new();
    t.key(s, e, &mut k);
    // "S&P", "Standard & Poor": spaces around the ampersand vary
    if k.contains('&') {
        k = k.replace(" &", "&").replace("& ", "&");
    }
    if let Some(rest) = k.strip_prefix("standard and poor") {
        k = format!("standard&poor{rest}");
    }
    if t.toks
        .get(e)
        .is_some_and(|n| n.kind == Tk::Num && n.gap & SP != 0)
    {
        let whole = format!("{k} {}", t.fold(e));
        if NUMBERED.contains(&whole.as_str()) {
            return Some(with_index_word(t, e + 1));
        }
    }
    if BARE.contains(&k.as_str()) {
        return Some(with_index_word(t, e));
    }
    // "Hang Seng Index" read as one capitalized run: the name and its word
    // (a run holds no number: only a bare name can stand before it)
    k.strip_suffix(" index")
        .is_some_and(|name| BARE.contains(&name))
        .then_some(e)
}

/// The end of a stock index's name ending at `e`, with its capitalized
/// "Index" when it follows (the official name: "S&P 500 Index"; a
/// lower-case "index" is the common noun).
fn with_index_word(t: &Tokens, e: usize) -> usize {
    let official = t.toks.get(e).is_some_and(|x| {
        x.kind == Tk::Word && x.has(CAP) && x.gap & (SP | NL) == SP && t.fold(e) == "index"
    });
    e + usize::from(official)
}

/// Whether a folded word can start a stock index's name (a cheap test
/// before [`stock_index`]).
fn index_word(f: &str) -> bool {
    INDEX_FIRST_WORDS.contains(f)
}

/// A mention whose rule is sure of its kind.
fn strong(t: &Tokens, ts: usize, te: usize, kind: EntityKind, rule: &'static str) -> Found {
    let mut f = Found::new(t, ts, te, kind, rule, None);
    f.conf = STRONG;
    f
}

/// In an article about a sport, whether the place `s..e` is a club a
/// player joins, leaves, comes from or plays against: "a rejoint Bordeaux",
/// "en provenance d'Auxerre", "face à Lorient", "joined Everton",
/// "against Leeds".
fn team_moved(t: &Tokens, s: usize, e: usize) -> bool {
    if e - s > 3 || s == 0 {
        return false;
    }
    let word = |k: usize, w: &[&str]| {
        t.toks[k].kind == Tk::Word && t.toks[k].has(LOWER) && w.contains(&t.fold(k))
    };
    // past an article or "de", "du", "d'"
    let mut k = s;
    if k >= 2 && is_apos(t, k - 1) && matches!(t.fold(k - 2), "l" | "d") {
        k -= 2;
    } else if word(k - 1, &["la", "le", "les", "du", "de", "au"]) {
        k -= 1;
    }
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    word(
        p,
        &[
            "rejoint",
            "rejoindre",
            "rejoignent",
            "quitte",
            "quitter",
            "provenance",
            "contre",
            "joined",
            "joins",
            "join",
            "against",
            "versus",
            "vs",
        ],
    ) || p >= 1
        && word(p, &["a"])
        // ("Face à Dunkerque, …" opening a sentence)
        && t.toks[p - 1].kind == Tk::Word
        && t.fold(p - 1) == "face"
        || p >= 1 && word(p, &["par"]) && word(p - 1, &["passe"])
}

/// Whether the name `s..e` stands beside a verb or preposition of a match
/// result ("Marseille beat Lyon", "drew with Leeds", "a battu Lyon",
/// "face à Lyon") in a sentence that gives a score ("2-1", "3–0"), or
/// with no score when `need_score` is false: then it names a team, which
/// the rules count as an organization.
fn team_in_result(t: &Tokens, s: usize, e: usize, need_score: bool) -> bool {
    if e - s > 4 {
        return false;
    }
    let word = |k: usize| t.toks.get(k).is_some_and(|x| x.kind == Tk::Word);
    // (past a French article: "ont battu l'Italie", "face à la Suède")
    let past_article = |k: usize| {
        if k >= 2 && is_apos(t, k - 1) && t.fold(k - 2) == "l" {
            k - 2
        } else if k >= 1 && word(k - 1) && matches!(t.fold(k - 1), "la" | "le" | "les") {
            k - 1
        } else {
            k
        }
    };
    let before = |k: usize| {
        let k = past_article(k);
        k >= 1
            && word(k - 1)
            && matches!(
                t.fold(k - 1),
                "beat"
                    | "beats"
                    | "beating"
                    | "defeated"
                    | "defeating"
                    | "edged"
                    | "thrashed"
                    | "routed"
                    | "against"
                    | "over"
                    | "versus"
                    | "vs"
                    | "v"
                    | "contre"
                    | "battu"
                    | "bat"
                    | "devant"
            )
            || k >= 2
                && word(k - 2)
                && matches!(
                    (t.fold(k - 2), t.fold(k - 1)),
                    ("drew" | "draw" | "tie" | "tied", "with")
                        | ("lost" | "loss" | "losing", "to")
                        | ("face", "a" | "au")
                        | ("tete", "a")
                )
    };
    let after = |k: usize| {
        word(k)
            && matches!(
                t.fold(k),
                "beat"
                    | "beats"
                    | "defeated"
                    | "edged"
                    | "thrashed"
                    | "routed"
                    | "drew"
                    | "lost"
                    | "bat"
            )
            || word(k) && t.fold(k) == "a" && word(k + 1) && t.fold(k + 1) == "battu"
            // "Rennes s'impose", "Rennes s'est imposé"
            || word(k)
                && t.fold(k) == "s"
                && word(k + 2)
                && matches!(t.fold(k + 2), "impose" | "est")
    };
    if !before(s) && !after(e) {
        return false;
    }
    // not a player's country ("Korda (Czech Republic) beat", "Gothenburg
    // of Sweden drew")
    if s > 0
        && (t.toks[s - 1].kind == Tk::Punct('(') || matches!(t.fold(s - 1), "of" | "de" | "du"))
        || t.toks.get(e).is_some_and(|x| x.kind == Tk::Punct(')'))
    {
        return false;
    }
    if !need_score {
        return true;
    }
    // a score in the same sentence: two numbers of at most two digits
    // joined by a hyphen or a dash
    let ends = |k: usize| {
        matches!(
            t.toks[k].kind,
            Tk::Punct('.') | Tk::Punct('!') | Tk::Punct('?')
        ) || t.toks[k].gap & NL != 0
    };
    let mut a = s;
    while a > 0 && s - a < 40 && !ends(a) {
        a -= 1;
    }
    let mut b = e;
    while b < t.len() && b - e < 40 && !ends(b) {
        b += 1;
    }
    (a..b.min(t.len()).saturating_sub(2)).any(|k| super::measures::dashed_pair(t, k))
}

/// The last word makes a venue: "Volgograd Arena", "Grand Mosque", "Shinjuku
/// Station", "Carnegie Hall", "Lincoln Memorial",
/// "Hilton Hotel", "Tower Bridge", "Heathrow Airport", "Ramstein Air Base",
/// "Harbor Visitor Complex", "Trump Tower".
fn venue(t: &Tokens, last: usize) -> bool {
    matches!(
        t.fold(last),
        "castle"
            | "stadium"
            | "arena"
            | "airport"
            | "airports"
            | "aeroport"
            | "base"
            | "complex"
            | "tower"
            | "towers"
            | "terminal"
            | "mosque"
            | "cathedral"
            | "stadion"
            | "hotel"
            | "bridge"
            | "station"
            | "hall"
            | "memorial"
    )
}

/// The last word names an administrative area or a natural feature:
/// "South Gippsland Shire", "Orange County", "Permskiy Krai", "Anbar
/// Governorate", "Rift Valley", "Kola Peninsula".
fn land_feature(t: &Tokens, last: usize) -> bool {
    matches!(
        t.fold(last),
        "shire"
            | "county"
            | "township"
            | "prefecture"
            | "oblast"
            | "krai"
            | "kray"
            | "okrug"
            | "governorate"
            | "province"
            | "district"
            | "valley"
            | "island"
            | "islands"
            | "peninsula"
            | "river"
            | "lake"
            | "bay"
            | "coast"
            | "mountains"
            | "peak"
            | "peaks"
            | "desert"
            | "canyon"
            | "gulf"
            | "strait"
            | "sea"
            | "ocean"
            | "crater"
            | "volcano"
            | "glacier"
            | "plateau"
            | "basin"
            | "reef"
            | "strip"
            | "heights"
            | "hills"
            | "highlands"
            | "plains"
            | "plain"
            | "delta"
            | "archipelago"
            | "atoll"
            | "atolls"
            | "creek"
            | "beach"
            | "falls"
            | "cove"
            | "lagoon"
            | "harbor"
            | "harbour"
            | "region"
            | "territory"
    )
}

/// The last word makes a street name: "Golden Gate Ave.", "Jones St.".
fn street(t: &Tokens, last: usize) -> bool {
    matches!(
        t.fold(last),
        "ave" | "st" | "blvd" | "rd" | "street" | "avenue" | "road" | "boulevard" | "lane"
    )
}

/// A lower-case geographic head before a name: "océan Pacifique", "îles
/// Marquises", "lake Victoria". `Some(true)` when the head belongs to the
/// place's span (directly before it), `Some(false)` when "de"/"d’" stands
/// between ("l’île d’Hiva Oa": the place is "Hiva Oa").
fn geo_head(t: &Tokens, s: usize) -> Option<bool> {
    let head = |k: usize| {
        t.toks[k].kind == Tk::Word
            && t.toks[k].has(LOWER)
            && matches!(
                t.fold(k),
                "ocean"
                    | "mer"
                    | "ile"
                    | "iles"
                    | "golfe"
                    | "mont"
                    | "monts"
                    | "lac"
                    | "massif"
                    | "detroit"
                    | "baie"
                    | "cap"
                    | "fleuve"
                    | "riviere"
                    | "vallee"
                    | "grotte"
                    | "pointe"
                    | "plage"
            )
    };
    // a French square or street named by what follows: "la place
    // Tahrir", "rue Oberkampf", "avenue Gustave Eiffel" (not English
    // "took place", "first place")
    let street_head = |k: usize| {
        t.toks[k].kind == Tk::Word
            && t.toks[k].has(LOWER)
            && match t.fold(k) {
                f if street_word(f) => true,
                "place" => {
                    k > 0 && t.toks[k - 1].kind == Tk::Word && {
                        let p = t.fold(k - 1);
                        !p.starts_with("take")
                            && !p.starts_with("took")
                            && !matches!(
                                p,
                                "first"
                                    | "second"
                                    | "third"
                                    | "last"
                                    | "in"
                                    | "into"
                                    | "of"
                                    | "out"
                                    | "its"
                                    | "no"
                                    | "a"
                                    | "the"
                                    | "one"
                                    | "any"
                                    | "some"
                                    | "this"
                                    | "that"
                                    | "s"
                                    // (the verb: "could place Australia in
                                    // breach")
                                    | "could"
                                    | "would"
                                    | "will"
                                    | "to"
                                    | "may"
                                    | "might"
                                    | "should"
                                    | "can"
                                    | "must"
                            )
                    }
                }
                _ => false,
            }
    };
    if s >= 1 && (head(s - 1) || street_head(s - 1)) {
        return Some(true);
    }
    // "the town of Springfield", "la ville de Lyon", "la banlieue d'Ikeja"
    let settlement = |k: usize| {
        t.toks[k].kind == Tk::Word
            && t.toks[k].has(LOWER)
            && matches!(
                t.fold(k),
                "town"
                    | "towns"
                    | "city"
                    | "cities"
                    | "village"
                    | "villages"
                    | "province"
                    | "county"
                    | "district"
                    | "island"
                    | "suburb"
                    | "bassin"
                    | "ville"
                    | "villes"
                    | "commune"
                    | "communes"
                    | "banlieue"
                    | "quartier"
                    | "canton"
                    | "arrondissement"
                    | "localite"
                    | "maire"
                    | "depute-maire"
                    | "mayor"
                    | "region"
                    | "etat"
                    | "state"
                    | "capitale"
                    | "col"
                    | "wilaya"
                    | "gouvernorat"
                    | "governorate"
                    | "municipalite"
                    | "municipality"
                    | "territoire"
                    | "hameau"
                    | "bourg"
                    | "agglomeration"
                    | "township"
                    | "oblast"
                    // "the people of Tanshui", "les habitants de Saulx"
                    | "people"
                    | "residents"
                    | "inhabitants"
                    | "natives"
                    | "villagers"
                    | "habitants"
                    | "villageois"
                    // what is taken, fought, met or signed at a place: "la
                    // prise de Saraqeb", "les accords d'Évian", "the siege of
                    // Sarajevo", "la grotte d'Azass", "le sommet de Montreux"
                    | "prise"
                    | "bataille"
                    | "battle"
                    | "massacre"
                    | "grotte"
                    | "grottes"
                    | "ruines"
                    | "ruins"
                    | "environs"
                    | "outskirts"
                    | "sommet"
                    | "summit"
                    | "accords"
                    | "traite"
                    | "treaty"
                    | "aeroport"
                    | "gare"
            )
            // (English only: "le siège de Renault" is its head office)
            || t.surf(k) == "siege"
    };
    let de =
        |k: usize| t.toks[k].kind == Tk::Word && matches!(t.fold(k), "de" | "du" | "des" | "of");
    // (not an acronym with a number after a meeting's word: "le sommet du
    // G20" is the group's)
    let group = t.toks[s].has(DIGIT) && !t.surf(s).chars().any(char::is_lowercase);
    let head_or_settlement = |k: usize| head(k) || settlement(k) && !group;
    if s >= 2 && de(s - 1) && head_or_settlement(s - 2)
        || s >= 3 && is_apos(t, s - 1) && t.fold(s - 2) == "d" && head_or_settlement(s - 3)
        // "le col de la Loze", "la région de la Ruhr"
        || s >= 3
            && t.toks[s - 1].kind == Tk::Word
            && t.fold(s - 1) == "la"
            && t.fold(s - 2) == "de"
            && head_or_settlement(s - 3)
    {
        return Some(false);
    }
    // "le département du Lot", "du département de Vendée" (not "d'État"),
    // and a settlement's word with its adjective: "la province orientale
    // de Cyrénaïque", "la région autonome de Murcie"
    if s >= 2
        && matches!(t.fold(s - 1), "du" | "de")
        && t.toks[s - 2].kind == Tk::Word
        && t.toks[s - 2].has(LOWER)
        && !t.toks[s - 2].has(CAP)
        && t.fold(s - 2) == "departement"
        && !ministry_word(t.fold(s))
        || s >= 3 && de(s - 1) && french_adjective(t, s - 2) && settlement(s - 3)
    {
        return Some(false);
    }
    None
}

/// Whether the title at `k` names an institution's holder after its
/// head and "of the": "Office of the Comptroller of the Currency", "Office
/// of the Inspector General" are the office's name.
fn office_of_the_title(t: &Tokens, start: usize, k: usize) -> bool {
    k >= start + 3
        && t.fold(k - 1) == "the"
        && t.fold(k - 2) == "of"
        && t.toks[k - 3].has(CAP)
        && t.toks[k - 3].lex.flags & ORG_HEAD != 0
}

/// Whether the word at `k` is an office's title after its head and "of
/// the" ("Office of the Comptroller"), whose own "of the" goes on with
/// the name ("… of the Currency").
fn office_holder(t: &Tokens, start: usize, k: usize) -> bool {
    t.toks[k].lex.flags & TITLE != 0 && office_of_the_title(t, start, k)
}

/// Where the name `start..m` ends once the lower-case connectors and
/// apostrophes before `m` are left out ("Office of the" → "Office"); at
/// least one word stays.
fn before_connectors(t: &Tokens, start: usize, mut m: usize) -> usize {
    while m > start + 1
        && (t.toks[m - 1].kind == Tk::Word && !t.toks[m - 1].has(CAP) || is_apos(t, m - 1))
    {
        m -= 1;
    }
    m
}

/// Splits a sequence at title words (`Apple CEO Tim Cook`) and before a
/// given name whose prefix occurs alone elsewhere. Gives (s, e, followed
/// by a title) in `out` (cleared first: one buffer for all sequences);
/// `no_place` is the start of a part known to hold no place (a person's
/// name after a place's, see [`place_then_person`]).
#[allow(clippy::too_many_arguments)]
fn split(
    t: &Tokens,
    seen: &Seen,
    s: usize,
    e: usize,
    all: &HashSet64,
    key: &mut String,
    out: &mut Vec<(usize, usize, bool)>,
    no_place: &mut Option<usize>,
) {
    out.clear();
    *no_place = None;
    let mut start = s;
    let mut k = s;
    while k < e {
        let tok = &t.toks[k];
        // "West Palm Beach-based Global Digital Solutions": a qualified
        // place of several words, then the name it qualifies; "Raiffeisen
        // Bank International AG Vienna": a legal form ends a company's
        // name, and the place after it is the company's seat
        if k > start
            && k + 1 < e
            && tok.kind == Tk::Word
            && (tok.has(HYPHEN) && qualifier_parts(t.surf(k)).is_some()
                || tok.has(CAP)
                    && matches!(
                        t.fold(k),
                        "ag" | "gmbh" | "inc" | "ltd" | "llc" | "plc" | "llp" | "nv" | "bv"
                    )
                    && t.toks[k + 1].kind == Tk::Word
                    && gazetteer::place(t.fold(k + 1)).is_some()
                    // (a branch named for its town is the company's:
                    // "Deutsche Bank AG London Branch")
                    && word_idx(t, k + 2, e).next().is_none())
        {
            out.push((start, k + 1, false));
            start = k + 1;
            k += 1;
            continue;
        }
        // (a place's second word is no name's start: "the Los Angeles
        // Declaration", not "Los" and "Angeles Declaration")
        if k > start
            && tok.kind == Tk::Word
            && t.toks[k - 1].kind == Tk::Word
            && t.toks[k].gap & (SP | NL) == SP
            && gazetteer::place(span_key(t, k - 1, k + 1, key)).is_some()
        {
            k += 1;
            continue;
        }
        if let Some(end) = compound_title(t, k, e).filter(|_| !office_of_the_title(t, start, k)) {
            // "Chief Financial Officer", "Texas Attorney General", "U.S.
            // District Judge": a job title of several words is no name
            // and parts the name before it from the person after it
            let m = before_connectors(t, start, k);
            if m > start {
                out.push((start, m, true));
            }
            start = end;
            k = end;
            continue;
        }
        // "Democrat Chuck Schumer", "Republican Mitch McConnell": a party's
        // member named before a given name is a label, not the name
        // (two words after it are a name too, "Republican Mitt Romney",
        // when none is an institution's: not "Republican National
        // Committee")
        // (and "Liberal Wilson Tuckey", "Tory Jane Roe": other parties'
        // words before a given name)
        if k == start
            && k + 2 < e
            && tok.kind == Tk::Word
            && (matches!(
                t.fold(k),
                "democrat" | "republican" | "democrats" | "republicans"
            ) && (gazetteer::any_given_name(t.fold(k + 1))
                || e == k + 3
                    && (k + 1..e).all(|w| {
                        t.toks[w].kind == Tk::Word
                            && t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX | CLOSED) == 0
                    }))
                || matches!(
                    t.fold(k),
                    "liberal" | "conservative" | "tory" | "labour" | "socialist" | "nationalist"
                ) && gazetteer::any_given_name(t.fold(k + 1)))
        {
            start = k + 1;
            k += 1;
            continue;
        }
        // "Secretary of State Hillary Clinton": the title's last word
        // opens the run
        if k == start
            && k + 1 < e
            && k >= 2
            && t.fold(k) == "state"
            && t.fold(k - 1) == "of"
            && t.toks[k - 2].lex.flags & TITLE != 0
        {
            start = k + 1;
            k += 1;
            continue;
        }
        if tok.kind == Tk::Word
            && tok.lex.flags & TITLE != 0
            && !gazetteer::given_name(t.fold(k))
            && !listed_company(t, k, e)
            // (a lone title ending the run stays out: "the Office of the
            // Mayor, X" gives "Office")
            && (!office_of_the_title(t, start, k) || k + 1 >= e)
            && !middle_initial(t, start, k, e)
            && !title_as_surname(t, start, k, e)
        {
            // words of a compound title stay out of the name before it:
            // "New Zealand Prime Minister", "Justice Secretary"
            let mut m = k;
            while m > start && is_title_modifier(t, m - 1) {
                m -= 1;
            }
            // (nor do the connectors before the title: "Office of the
            // Mayor" leaves "Office")
            let m = before_connectors(t, start, m);
            if m > start {
                out.push((start, m, true));
            }
            start = k + 1;
            if k + 1 < e && t.toks[k + 1].kind == Tk::Punct('.') {
                start += 1;
            }
        } else if let Some((name, person)) = demonym_then_person(t, seen, start, k, e) {
            // ("le Français" stays out: no entity)
            out.push((name, e, false));
            if person {
                *no_place = Some(name);
            }
            start = e;
            break;
        } else if k > start && place_then_person(t, seen, start, k, e, key) {
            out.push((start, k, false));
            out.push((k, e, false));
            *no_place = Some(k);
            start = e;
            break;
        } else if k > start + 1
            && tok.kind == Tk::Word
            && tok.has(CAP)
            && gazetteer::given_name(t.fold(k))
            && word_idx(t, k + 1, e).next().is_some()
        {
            t.key(start, k, key);
            if all.contains(hash_str(key)) || person_tail(t, seen, start, k, e) {
                out.push((start, k, false));
                start = k;
            }
        } else if k > start && person_tail(t, seen, start, k, e) {
            out.push((start, k, false));
            start = k;
        } else if k > start
            && let Some(place) = company_of_place(t, start, k, e, key)
        {
            out.push((start, k, false));
            out.push((place, e, false));
            start = e;
            break;
        }
        k += 1;
    }
    if start < e {
        out.push((start, e, false));
    }
}

/// Whether the words `s..e` name a war, an event and no entity ("World
/// War II", "Seconde Guerre mondiale", "the Gulf War", "Guerre du Golfe",
/// "Cold War"), or a century in Roman numerals ("XIXe", "du Xe au…").
fn war_or_century(t: &Tokens, s: usize, e: usize) -> bool {
    let mut words = word_idx(t, s, e).filter(|&k| !matches!(t.fold(k), "the" | "la" | "le"));
    let Some(first) = words.next() else {
        return false;
    };
    let last = words.filter(|&k| !roman(t.surf(k))).last().unwrap_or(first);
    let war = |k: usize| matches!(t.fold(k), "war" | "wars" | "guerre" | "guerres");
    // (not an institution named for it: "the War Office")
    let head = word_idx(t, first, e).any(|k| t.toks[k].lex.flags & ORG_HEAD != 0);
    // (anywhere after the first word: "Seconde Guerre Mondiale")
    if !head && (war(first) && !t.sentence_initial(first) || word_idx(t, first + 1, e).any(war)) {
        return true;
    }
    let f = t.surf(last);
    word_idx(t, first, last).all(|k| t.toks[k].lex.flags & CLOSED != 0)
        && ["e", "ème", "eme", "er"].iter().any(|x| {
            f.strip_suffix(x).is_some_and(|n| {
                !n.is_empty() && n.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
            })
        })
}

/// Whether `w` is a Roman numeral in capitals of at most four letters
/// ("II", "IV"), as after a war's or a monarch's name.
fn roman(w: &str) -> bool {
    (1..=4).contains(&w.len()) && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Whether the words from `s` (two or more, to `e` at most) are a listed
/// company's name:
/// "General Motors", "General Electric", whose first word is a title's.
/// (or begin with one: "General Motors and Ford")
fn listed_company(t: &Tokens, s: usize, e: usize) -> bool {
    if e <= s + 1 || !gazetteer::company_start(t.fold(s)) {
        return false;
    }
    let mut k = String::new();
    (s + 2..=e.min(s + 4)).any(|m| {
        t.key(s, m, &mut k);
        gazetteer::company(&k)
    })
}

/// A job title of two words or more at `k`, inside the run ending at `e`
/// ("Chief Financial Officer", "Managing Director", "Attorney General",
/// "Executive Vice President", "District Judge", "Director-General"):
/// where it ends. Words of a title, the last one a title's head; "General"
/// heads one only after another title word ("General Motors" stays).
fn compound_title(t: &Tokens, k: usize, e: usize) -> Option<usize> {
    let word = |w: usize| t.toks[w].kind == Tk::Word && t.toks[w].has(CAP);
    // (a title held before: "then-Prime Minister", "ex-Chief Executive")
    let fold = |w: usize| {
        let f = t.fold(w);
        f.strip_prefix("then-")
            .or_else(|| f.strip_prefix("ex-"))
            .unwrap_or(f)
    };
    let head = |f: &str, prev: Option<&str>| {
        title_head(f)
            // "First Lady", "Prime Minister"
            || f == "lady" && prev == Some("first")
            || f == "minister" && prev == Some("prime")
            || f == "general"
                && prev.is_some_and(|p| {
                    matches!(
                        p,
                        "attorney"
                            | "solicitor"
                            | "surgeon"
                            | "inspector"
                            | "postmaster"
                            | "director"
                            | "secretary"
                            | "governor"
                            | "auditor"
                            | "major"
                            | "brigadier"
                            | "adjutant"
                    )
                })
    };
    let part = |f: &str| {
        matches!(
            f,
            "chief"
                | "first"
                | "prime"
                | "press"
                | "executive"
                | "financial"
                | "operating"
                | "technology"
                | "technical"
                | "information"
                | "marketing"
                | "commercial"
                | "investment"
                | "compliance"
                | "legal"
                | "medical"
                | "managing"
                | "general"
                | "vice"
                | "senior"
                | "deputy"
                | "assistant"
                | "associate"
                | "attorney"
                | "solicitor"
                | "surgeon"
                | "inspector"
                | "postmaster"
                | "auditor"
                | "district"
                | "circuit"
                | "magistrate"
                | "bankruptcy"
                | "appeals"
                | "major"
                | "brigadier"
                | "adjutant"
                | "director"
                | "secretary"
                | "governor"
                | "president"
        )
    };
    // a lone hyphenated title: "Director-General", "Secretary-General"
    if word(k) && t.fold(k).contains('-') && head(fold(k), None) {
        return Some(k + 1);
    }
    if !word(k) || !part(fold(k)) {
        return None;
    }
    let mut prev = k;
    let mut w = k + 1;
    let mut end = None;
    while w < e && word(w) && t.toks[w].gap & SP != 0 {
        let f = t.fold(w);
        if head(f, Some(fold(prev))) {
            end = Some(w + 1);
        }
        if !part(f) && !head(f, Some(fold(prev))) {
            break;
        }
        prev = w;
        w += 1;
    }
    end
}

/// The words that end a compound title (see [`compound_title`]), but
/// "general", which ends one only after another title word.
fn title_head(f: &str) -> bool {
    matches!(
        f,
        "officer"
            | "director"
            | "president"
            | "secretary"
            | "judge"
            | "counsel"
            | "manager"
            | "partner"
            | "editor"
            | "chairman"
            | "chairwoman"
            | "justice"
            | "director-general"
            | "secretary-general"
            | "attorney-general"
    )
}

/// Whether the word before `s` may be the last of a compound title that
/// ends at `s` (a capitalized title's head, or "general"): a cheap test
/// before [`compound_title`] is asked from each of the five words before.
fn title_head_before(t: &Tokens, s: usize) -> bool {
    s > 0 && t.toks[s - 1].kind == Tk::Word && t.toks[s - 1].has(CAP) && {
        let f = t.fold(s - 1);
        title_head(f) || f == "general"
    }
}

/// Whether a person's name starts at `k` and closes the run `start..e`
/// of capitalized words after a name that is not a person's ("WikiLeaks
/// Julian Assange", "Ministry of Health Maria Rossi"): a common given name
/// and one surname end the run, and neither the first nor the last word
/// before them is a given name ("Jean Paul Sartre" stays one name), and
/// neither name is a word the article writes in lower case ("Home Loan
/// Lending").
fn person_tail(t: &Tokens, seen: &Seen, start: usize, k: usize, e: usize) -> bool {
    let tok = &t.toks[k];
    if tok.kind != Tk::Word || !tok.has(CAP) || tok.has(ALLCAPS) {
        return false;
    }
    // (the surname may open with a capitalized particle: "Jean-Yves Le
    // Drian", "Ursula Von Rohr")
    let mut rest = word_idx(t, k + 1, e);
    let surname = match (rest.next(), rest.next(), rest.next()) {
        (Some(w), None, _) => w,
        (Some(p), Some(w), None)
            if t.toks[p].has(CAP)
                && matches!(
                    t.fold(p),
                    "le" | "la" | "de" | "du" | "van" | "von" | "di" | "da"
                ) =>
        {
            w
        }
        _ => return false,
    };
    if !given_or_compound(t.fold(k), gazetteer::given_name) {
        return false;
    }
    let sn = &t.toks[surname];
    if !sn.has(CAP)
        || sn.has(ALLCAPS)
        || sn.lex.flags & (ORG_HEAD | ORG_SUFFIX | CLOSED) != 0
        || seen.lower(t.fold(k))
        || seen.lower(t.fold(surname))
    {
        return false;
    }
    let before = k - 1;
    let first = word_idx(t, start, k).next();
    // (not after a title or "said": "said Luiz Fernando Furlan" is one
    // person)
    let titled = start > 0 && t.toks[start - 1].lex.flags & TITLE != 0;
    !titled
        && t.toks[before].kind == Tk::Word
        && t.toks[before].lex.flags & (PARTICLE | TITLE) == 0
        && !given_or_compound(t.fold(before), gazetteer::any_given_name)
        // (initials in capitals are no given name: "RIA Novosti Jean Roe")
        && first.is_some_and(|f| t.toks[f].has(ALLCAPS) || !given_or_compound(t.fold(f), gazetteer::any_given_name))
}

/// A given name by `given` (the common list or any), or a compound of
/// such names ("Jean-Yves", "Anne-Marie": "Jean-Yves Le Drian" is one
/// person, not "Jean-Yves" and a "Le Drian" that starts with the given
/// name "Le").
fn given_or_compound(f: &str, given: fn(&str) -> bool) -> bool {
    given(f) || f.contains('-') && f.split('-').all(|p| !p.is_empty() && given(p))
}

/// "le Français Redoine Faïd", "l'Allemand Volkswagen", "the Briton
/// Zorvek Kellam": a people's noun after an article (French, where the
/// capital makes it a noun; in English only the nouns that are no
/// adjective), the article before it or in the run, then the one to three
/// capitalized words that end the run: the people's noun is no part of
/// the name. Gives where the name starts, and whether it is two or three
/// words of no place, a person's when only capitals speak.
fn demonym_then_person(
    t: &Tokens,
    seen: &Seen,
    start: usize,
    k: usize,
    e: usize,
) -> Option<(usize, bool)> {
    let tok = &t.toks[k];
    if tok.kind != Tk::Word || !tok.has(CAP) || tok.has(ALLCAPS) {
        return None;
    }
    let noun = t.fold(k);
    let before = if is_apos(t, k.checked_sub(1)?) {
        k.checked_sub(2)?
    } else {
        k.checked_sub(1)?
    };
    // (a head word in "-ais" is no people: "le Palais Royal")
    let french = matches!(t.fold(before), "le" | "la" | "l" | "un" | "une")
        && tok.lex.flags & (ORG_HEAD | ORG_CUE | STOPCAP) == 0;
    let english = t.fold(before) == "the"
        && matches!(
            noun,
            "briton"
                | "frenchman"
                | "frenchwoman"
                | "englishman"
                | "englishwoman"
                | "dutchman"
                | "irishman"
                | "welshman"
                | "scotsman"
                | "spaniard"
        );
    // (nothing but function words between the run's start and the noun)
    if t.toks[before].kind != Tk::Word
        || !(french && nationality(noun) || english)
        || word_idx(t, start, k).any(|w| t.toks[w].lex.flags & CLOSED == 0)
    {
        return None;
    }
    let name = k + 1;
    let words: Vec<usize> = word_idx(t, name, e).collect();
    if !(1..=3).contains(&words.len())
        || words.first() != Some(&name)
        || words.iter().any(|&w| {
            let x = &t.toks[w];
            !x.has(CAP) || x.lex.flags & CLOSED != 0 || nationality(t.fold(w))
        })
    {
        return None;
    }
    let person = words.len() >= 2 && words.iter().all(|&w| plain_name_word(t, seen, w));
    Some((name, person))
}

/// A word that may be part of a person's name that nothing else names: a
/// capital, no acronym, digit, institution's or title's word, never seen
/// in lower case, no country's, region's or city's name.
fn plain_name_word(t: &Tokens, seen: &Seen, w: usize) -> bool {
    let x = &t.toks[w];
    x.has(CAP)
        && !x.has(ALLCAPS | DIGIT)
        && x.lex.flags & (ORG_HEAD | ORG_SUFFIX | CLOSED | TITLE) == 0
        && !seen.lower(t.fold(w))
        && gazetteer::place(t.fold(w)).is_none_or(|p| p == PlaceKind::Town)
}

/// "the President of Brazil Jair Bolsonaro", "le grand rabbin de France
/// Haïm Korsia", "Prime Minister of India Narendra Modi": a place after
/// "of"/"de" (`start..k`, a country, region or city, not a mere town),
/// then the two or three words of a person's name that end the run. The
/// person's first word is a given name (however rare), or the place's
/// "of" follows a title. ("France Gall", one word after the place, is
/// left whole.)
fn place_then_person(
    t: &Tokens,
    seen: &Seen,
    start: usize,
    k: usize,
    e: usize,
    key: &mut String,
) -> bool {
    // the place is what "of"/"de" governs (inside the run after a
    // title: "Governor of New York Andrew Cuomo")
    let connector = |b: usize| {
        let x = &t.toks[b];
        x.kind == Tk::Word && !x.has(CAP) && matches!(t.fold(b), "of" | "de" | "du" | "des")
    };
    let (start, before) = if connector(start) {
        (start + 1, Some(start))
    } else {
        (start, start.checked_sub(1))
    };
    if start >= k {
        return false;
    }
    // (with the place's article: "le président de la Catalogne Carles
    // Puigdemont", "de l'Ohio")
    let article_of = |b: usize| {
        let x = &t.toks[b];
        let la = x.kind == Tk::Word && !x.has(CAP) && t.fold(b) == "la";
        let l = is_apos(t, b) && b > 0 && t.fold(b - 1) == "l";
        let d = if l {
            b.checked_sub(2)
        } else {
            b.checked_sub(1)
        };
        (la || l).then_some(d).flatten().filter(|&d| connector(d))
    };
    let of = match before {
        Some(b) if is_apos(t, b) && b > 0 && t.fold(b - 1) == "d" => Some(b - 1),
        Some(b) if connector(b) => Some(b),
        Some(b) => article_of(b),
        _ => None,
    };
    let Some(of) = of else {
        return false;
    };
    let tok = &t.toks[k];
    if tok.kind != Tk::Word || !tok.has(CAP) || tok.has(ALLCAPS) {
        return false;
    }
    let names: Vec<usize> = word_idx(t, k, e).collect();
    if !(2..=3).contains(&names.len()) || !names.iter().all(|&w| plain_name_word(t, seen, w)) {
        return false;
    }
    let titled = of > 0 && t.toks[of - 1].lex.flags & TITLE != 0;
    // ("la ministre de l'Éducation Najat Vallaud-Belkacem": a ministry's
    // field after a minister's title stands where the place would)
    let field = k == start + 1 && titled && ministry_word(t.fold(start));
    t.key(start, k, key);
    if !field && gazetteer::place(key).is_none_or(|p| p == PlaceKind::Town) {
        return false;
    }
    gazetteer::any_given_name(t.fold(k))
        || compound_given(t.surf(k))
        || titled && !gazetteer::common_word(t.fold(k))
}

/// A listed company's name followed by "of" and a place that ends the run
/// ("Siemens AG of Germany"): where the place starts, the company being
/// `start..of`. A name that starts with an institution's head ("Bank of
/// Japan") is not cut.
fn company_of_place(
    t: &Tokens,
    start: usize,
    k: usize,
    e: usize,
    key: &mut String,
) -> Option<usize> {
    if t.toks[k].kind != Tk::Word || t.fold(k) != "of" || t.toks[start].lex.flags & ORG_HEAD != 0 {
        return None;
    }
    let place = k + 1;
    if place >= e {
        return None;
    }
    t.key(place, e, key);
    gazetteer::place(key)?;
    t.key(start, k, key);
    gazetteer::company(key).then_some(place)
}

#[allow(clippy::too_many_arguments)]
fn classify(
    t: &Tokens,
    seen: &Seen,
    s: usize,
    e: usize,
    place: Option<PlaceKind>,
    has_place: bool,
    title_after: bool,
    out: &mut Vec<Found>,
) {
    let from = out.len();
    classify_span(t, seen, s, e, place, has_place, title_after, out);
    // "Armel Le Cléac'h": the Breton "c'h" ends the name
    for f in &mut out[from..] {
        if f.te > f.ts
            && let Some(end) = breton_ch(t, f.te - 1)
        {
            f.te = end;
            f.end = t.toks[end - 1].end;
        }
    }
    // a person's name has no "&" in it: "Johnson & Johnson", "Ernst &
    // Young" are firms
    for f in &mut out[from..] {
        if f.kind == EntityKind::Person && ampersand_name(t, f.ts, f.te) {
            f.kind = EntityKind::Organization;
            f.rule = "ampersand";
        }
    }
}

/// [`classify`], before its last look at the names it found.
#[allow(clippy::too_many_arguments)]
fn classify_span(
    t: &Tokens,
    seen: &Seen,
    mut s: usize,
    e: usize,
    mut place: Option<PlaceKind>,
    has_place: bool,
    title_after: bool,
    out: &mut Vec<Found>,
) {
    // the name before took this one in ("S&P 500 Index")
    if out.last().is_some_and(|f| f.ts <= s && e <= f.te) {
        return;
    }
    if war_or_century(t, s, e) {
        return;
    }
    // "the Department of La Paz", "Department of Oruro": a country's
    // department named by its town is a place (not "the Department of
    // Justice", nor a country's: "Department of State")
    {
        let w: Vec<usize> = word_idx(t, s, e).collect();
        let d = usize::from(w.len() > 2 && t.fold(w[0]) == "the");
        if w.len() >= d + 3
            && t.fold(w[d]) == "department"
            && t.fold(w[d + 1]) == "of"
            && gazetteer_at(t, w[d + 2], &mut String::new()).is_some_and(|(pe, k)| {
                pe == e && matches!(k, PlaceKind::City | PlaceKind::Town | PlaceKind::Region)
            })
        {
            out.push(strong(t, w[d], e, EntityKind::Place, "department-of-place"));
            return;
        }
    }
    // "the South African African National Congress", "the Greek Communist
    // Party of Greece": a people's adjective before a body the list knows
    // is no part of its name
    let mut k = s;
    if t.toks[k].kind == Tk::Word && t.fold(k) == "the" && k + 1 < e {
        k += 1;
    }
    if t.toks[k].kind == Tk::Word && matches!(t.fold(k), "south" | "north" | "east" | "west") {
        k += 1;
    }
    if k + 1 < e && t.toks[k].kind == Tk::Word && nationality(t.fold(k)) {
        let rest = word_idx(t, k + 1, e).next().unwrap_or(e);
        let mut key = String::new();
        t.key(rest, e, &mut key);
        // (only a body whose own name opens with a people's word, or one
        // named in its own language, "the French Autorité des marchés
        // financiers": not the national societies, "the Palestinian Red
        // Crescent", "the Egyptian Muslim Brotherhood")
        let foreign = [" de ", " des ", " du ", " d'"]
            .iter()
            .any(|w| key.contains(w));
        if rest < e
            && key.contains(' ')
            && (nationality(t.fold(rest)) || foreign)
            && gazetteer::known_organization(&key)
        {
            out.push(strong(t, rest, e, EntityKind::Organization, "known-name"));
            return;
        }
    }
    // "SEC SUES FORMER OFFICERS OF AMERICAN RICE, INC.", "UBS AGREES TO
    // PAY": four capitalized words or more, all in capitals, are a
    // headline's, no name
    if word_idx(t, s, e).nth(3).is_some()
        // (in a line of capitals: not "The complaint names AMERICAN
        // INTERNATIONAL GROUP INC as a defendant")
        && caps_line_before(t, s)
        && word_idx(t, s, e).all(|w| {
            t.toks[w].has(ALLCAPS) || !t.toks[w].has(CAP) && t.toks[w].lex.flags & CLOSED != 0
        })
    {
        let mut key = String::new();
        if !gazetteer::known_organization(span_key(t, s, e, &mut key)) {
            return;
        }
    }
    // "Southern California", "Western North Carolina", "Central Ohio": a
    // compass adjective before a state's, a region's or a country's name
    // names part of it, a place
    if e > s + 1
        && t.toks[s].kind == Tk::Word
        && t.toks[s].has(CAP)
        && t.toks[s + 1].kind == Tk::Word
        && matches!(
            t.fold(s),
            "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "northeastern"
                | "northwestern"
                | "southeastern"
                | "southwestern"
        )
    {
        // (a name the gazetteer holds whole is read as such: "Northern
        // Ireland")
        let mut key = String::new();
        if gazetteer::place(span_key(t, s, e, &mut key)).is_none()
            && gazetteer::place(span_key(t, s + 1, e, &mut key)).is_some_and(|p| {
                matches!(p, PlaceKind::Country | PlaceKind::Region | PlaceKind::Area)
            })
        {
            out.push(strong(t, s, e, EntityKind::Place, "compass-place"));
            return;
        }
    }
    // "Case No. 17-12560", "Paris School District No. 5": the number's
    // abbreviation is no part of a name; what is before it is classified
    // alone
    if let Some(no) = word_idx(t, s, e)
        .last()
        .filter(|&w| matches!(t.fold(w), "no" | "nos") && glued_stop(t, w + 1))
    {
        if word_idx(t, s, no).next().is_some() {
            classify(t, seen, s, no, None, false, false, out);
        }
        return;
    }
    // "Costa Rican", "South Koreans", "Roman Catholic": a people's or a
    // faith's adjective or noun, no entity; and "R&B", "Q&A" (the key is
    // built only when the last word may end one of them)
    let lf = t.fold(e - 1);
    if e <= s + 3
        && (lf.ends_with('n')
            || lf.ends_with("ans")
            || matches!(
                lf,
                "catholic"
                    | "catholics"
                    | "protestant"
                    | "protestants"
                    | "anglican"
                    | "evangelical"
                    | "evangelicals"
                    | "orthodox"
            )
            || (s..e).any(|k| t.toks[k].kind == Tk::Punct('&')))
    {
        let mut k = String::new();
        t.key(s, e, &mut k);
        let country = |stem: &str| gazetteer::place(stem) == Some(PlaceKind::Country);
        let demonym = e == s + 2
            && (k
                .strip_suffix("ans")
                .is_some_and(|x| country(&format!("{x}a")))
                || k.strip_suffix('n').is_some_and(country));
        let faith = matches!(
            k.as_str(),
            "roman catholic"
                | "catholic"
                | "catholics"
                | "protestant"
                | "protestants"
                | "anglican"
                | "evangelical"
                | "evangelicals"
                | "orthodox"
        );
        if demonym || faith || matches!(k.as_str(), "r&b" | "r&d" | "q&a" | "b&b") {
            return;
        }
    }
    // "Brussels LGBT (centre)": initials used as an adjective end no name
    if e > s + 1 && t.toks[e - 1].has(ALLCAPS) && minority_initials(t.fold(e - 1)) {
        classify(t, seen, s, e - 1, None, false, false, out);
        return;
    }
    // "al-Qaeda", "al-Shabaab", "Al-Nusra": an Arabic article and a name,
    // alone (a person's surname is joined to the given name before it,
    // "Bashar al-Assad", and read as his when it comes alone later)
    // (no vote of its own: "al-Megrahi" said eight times after "Mohammed
    // al-Megrahi" is his)
    if e == s + 1 && t.toks[s].has(HYPHEN) && arabic_article(t.surf(s)) {
        let mut f = Found::new(t, s, e, EntityKind::Organization, "capitalized", None);
        f.conf = 0;
        out.push(f);
        return;
    }
    // "Hessa al-Jaber", "Hind Abdul Rahman al-Muftah": names, then a
    // family name with its Arabic article, are a person's, whether or not
    // a list knows the given name (not a group's: "Jabhat al-Nusra",
    // "Ansar al-Sharia"; nor a place's: "Ras al-Khaimah")
    if arabic_family_name(t, s, e) {
        let mut f = Found::new(t, s, e, EntityKind::Person, "arabic-family-name", None);
        f.conf = MEDIUM;
        out.push(f);
        return;
    }
    // "El Tiempo", "Los Pinos": a Spanish article opens a newspaper's, a
    // party's or a group's name, never a person's ("El Niño", "La Niña"
    // are weather)
    if (2..=3).contains(&word_idx(t, s, e).count())
        && t.toks[s].has(CAP)
        && !t.toks[s].has(ALLCAPS)
        && matches!(t.surf(s), "El" | "Los" | "Las")
        && t.toks[s + 1].gap & SP != 0
        && word_idx(t, s, e).all(|w| !t.toks[w].has(HYPHEN))
        && listed_place(t, s, e).is_none()
        && gazetteer_at(t, s, &mut String::new()).is_none()
    {
        if !matches!(t.fold(s + 1), "nino" | "nina") {
            let mut f = Found::new(t, s, e, EntityKind::Organization, "spanish-article", None);
            f.conf = MEDIUM;
            out.push(f);
        }
        return;
    }
    // "Malaysia Airlines Flight 17": the airline, not its flight's name
    if e > s + 1
        && t.fold(e - 1) == "flight"
        && t.toks[e - 1].has(CAP)
        && t.toks.get(e).is_some_and(|x| x.kind == Tk::Num)
    {
        classify(t, seen, s, e - 1, None, false, false, out);
        return;
    }
    // "the Carolina Panthers", "the Denver Broncos": a team named by its
    // town and a plural nickname (a person's name takes no "the")
    let nwords = word_idx(t, s, e).count();
    if (2..=3).contains(&nwords)
        && s > 0
        && t.toks[s - 1].kind == Tk::Word
        && t.toks[s - 1].has(LOWER)
        && t.fold(s - 1) == "the"
        && t.toks[s].has(CAP)
        && {
            let l = &t.toks[e - 1];
            let f = t.fold(e - 1);
            l.kind == Tk::Word
                && l.has(CAP)
                && !l.has(ALLCAPS | DOT | DIGIT)
                && f.len() > 4
                && f.ends_with('s')
                && !f.ends_with("ss")
                && l.lex.flags & (ORG_HEAD | ORG_SUFFIX | TITLE | CLOSED) == 0
                && gazetteer::place(f).is_none()
                && !gazetteer::any_given_name(f)
                && !nationality(f)
                && !NOT_NAME_ENDS.contains(&f)
        }
        && !land_feature(t, e - 1)
        && !matches!(
            t.fold(e - 1),
            "states"
                | "islands"
                | "isles"
                | "mountains"
                | "hills"
                | "awards"
                | "olympics"
                | "games"
                | "championships"
                | "series"
                | "nations"
                | "towers"
        )
        && gazetteer_at(t, s, &mut String::new()).is_some_and(|(pe, _)| pe < e)
        && listed_place(t, s, e).is_none()
    {
        out.push(strong(t, s, e, EntityKind::Organization, "team"));
        return;
    }
    // "Senate Democrats", "House Republicans": a chamber and its party's
    // members (not "Liberal Democrats", "Sweden Democrats": parties)
    if e == s + 2
        && matches!(t.fold(s), "senate" | "house")
        && matches!(t.fold(s + 1), "democrats" | "republicans")
    {
        classify(t, seen, s, s + 1, None, false, false, out);
        return;
    }
    // "Council for the Welfare of Immigrants", "Taxpayers for Common
    // Sense": a name that goes on after its "for" (see [`head_connector`])
    // is an organization's, whatever cue is near ("said Physicians for…")
    if (s + 1..e).any(|k| {
        t.toks[k].kind == Tk::Word
            && t.toks[k].has(LOWER)
            && matches!(t.fold(k), "for" | "without" | "against")
    }) && t.toks[e - 1].has(CAP)
    {
        let st = if t.fold(s) == "the" { s + 1 } else { s };
        out.push(strong(t, st, e, EntityKind::Organization, "org-for"));
        return;
    }
    let s0 = s;
    // a storm is an event, not an entity; nor is the world of a tournament
    // or a journey ("la coupe du Monde", "les championnats du Monde", "le
    // tour du Monde")
    let world_of = e == s + 1
        && t.fold(s) == "monde"
        && s > 0
        && t.toks[s - 1].kind == Tk::Word
        && t.fold(s - 1) == "du"
        && !press_word_before(t, s - 1);
    if seen.storm(t, s, e) || world_of {
        return;
    }
    // "for the West", "l'Est de la Libye", "dans le Sud": a point of the
    // compass, capitalized and alone after a definite article, names a
    // part of the world
    if e == s + 1 && compass_area(t, s) {
        let mut f = Found::new(t, s, e, EntityKind::Place, "compass-area", None);
        f.conf = MEDIUM;
        out.push(f);
        return;
    }
    // « … », ajoute Kouassi. / "…," said Ndiaye. / "…," Moussa told: the
    // name that speaks after a quotation is a person's
    if speaker_after_quote(t, s, e, place) {
        let mut f = Found::new(t, s, e, EntityKind::Person, "speaker", None);
        f.conf = MEDIUM;
        out.push(f);
        return;
    }
    // "Le Monde", capitals both, is the newspaper, not the world
    let le_monde = |k: usize| k > 0 && t.surf(k - 1) == "Le" && t.surf(k) == "Monde";
    if let Some(m) = word_idx(t, s, e).last().filter(|&m| le_monde(m)) {
        if m - 1 > s {
            classify(t, seen, s, m - 1, None, false, false, out);
        }
        out.push(strong(
            t,
            m - 1,
            m + 1,
            EntityKind::Organization,
            "newspaper",
        ));
        return;
    }
    // "Daily Mail", "the Sunday Times", "Daily Mirror": an English
    // newspaper named by its day and a common noun (with "The" when it
    // opens the span: "The Daily Mail")
    // (looked at only when the run holds "Daily" or "Sunday")
    if word_idx(t, s, e)
        .take(2)
        .any(|k| matches!(t.surf(k), "Daily" | "Sunday"))
    {
        let w: Vec<usize> = word_idx(t, s, e).collect();
        let from = usize::from(w.len() == 3 && t.surf(w[0]) == "The");
        if w.len() == from + 2
            && matches!(t.surf(w[from]), "Daily" | "Sunday")
            && t.toks[w[from + 1]].has(CAP)
            && !t.toks[w[from + 1]].has(ALLCAPS)
            && matches!(
                t.fold(w[from + 1]),
                "mail"
                    | "mirror"
                    | "telegraph"
                    | "express"
                    | "star"
                    | "record"
                    | "news"
                    | "times"
                    | "post"
                    | "herald"
                    | "beast"
                    | "caller"
                    | "graphic"
                    | "nation"
                    | "sun"
                    | "sport"
                    | "independent"
            )
        {
            // (a sentence's first "The" is the sentence's)
            let start = if from == 1 && t.sentence_initial(w[0]) {
                w[1]
            } else {
                s
            };
            out.push(strong(t, start, e, EntityKind::Organization, "newspaper"));
            return;
        }
    }
    // "the Economist", "au Parisien", "L'Express", "Ouest-France": a
    // news title named by a common word or a place, after its article
    if let Some((from, m)) = news_title(t, s, e) {
        // (what comes before it in the run is a name of its own)
        let before = m.min(e);
        if before > s && word_idx(t, s, before).next().is_some() {
            classify(t, seen, s, before, None, false, false, out);
        }
        out.push(strong(t, from, e, EntityKind::Organization, "newspaper"));
        return;
    }
    // "Marseille beat Lyon 2-1": a place's name beside a result verb in a
    // sentence that gives a score is the team's
    // (a club by its town only: "La France rejoint l'Uruguay" among the
    // champions is a country)
    // (in an article about a sport: three words of a match or a club at
    // least, read only once a cue is found)
    // (a town in a match report, six words of a match or a club, needs no
    // score in the sentence: "Nantes a su se reprendre face à Créteil")
    if place.is_some()
        && (team_in_result(t, s, e, true)
            || matches!(place, Some(PlaceKind::City | PlaceKind::Town))
                && (team_moved(t, s, e) && seen.about_sport(t, 3)
                    || team_in_result(t, s, e, false) && seen.about_sport(t, 6)))
    {
        out.push(strong(t, s, e, EntityKind::Organization, "team-result"));
        return;
    }
    if dateline_agency(t, s, e) {
        out.push(strong(t, s, e, EntityKind::Organization, "dateline-agency"));
        return;
    }
    // "By JOHN HANNA Associated Press": a byline's name in capitals, then
    // the agency's
    let b = s + usize::from(e > s + 1 && matches!(t.fold(s), "by" | "par"));
    if t.toks[b].has(ALLCAPS) && credit_before(t, b) {
        let k = word_idx(t, b, e).find(|&w| !t.toks[w].has(ALLCAPS));
        if let Some(k) = k.filter(|&k| word_idx(t, b, k).nth(1).is_some()) {
            out.push(strong(t, b, k, EntityKind::Person, "byline"));
            return classify(t, seen, k, e, None, false, title_after, out);
        }
    }
    // "LUDOVIC MARIN / AFP": a photographer's name in capitals before the
    // agency's
    if (2..=3).contains(&word_idx(t, s, e).count())
        && word_idx(t, s, e).all(|w| t.toks[w].has(ALLCAPS) && !t.toks[w].has(DIGIT | DOT))
        && t.toks.get(e).is_some_and(|x| x.kind == Tk::Punct('/'))
        && t.toks
            .get(e + 1)
            .is_some_and(|x| x.kind == Tk::Word && x.has(ALLCAPS))
    {
        out.push(strong(t, s, e, EntityKind::Person, "photo-credit"));
        return;
    }
    // "NYC Russian vodka bars", "the Negative Russian mood": a people's
    // adjective ending the run before a lower-case noun qualifies the noun,
    // not the name
    if e >= s + 2
        && t.toks[e - 1].kind == Tk::Word
        && t.toks[e - 1].has(CAP)
        && !t.toks[e - 1].has(ALLCAPS)
        && t.toks[e - 2].kind == Tk::Word
        && {
            let f = t.fold(e - 1);
            // (not a surname after a given name, "Michael Jordan", nor a
            // country, "Bank of Pakistan")
            !f.ends_with('s')
                && nationality(f)
                && gazetteer::place(f).is_none()
                && !gazetteer::any_given_name(t.fold(e - 2))
        }
        && t.toks.get(e).is_some_and(|n| {
            n.kind == Tk::Word && n.has(LOWER) && !n.has(CAP) && n.gap & (SP | NL) == SP
        })
        && t.toks[e].lex.flags & CLOSED == 0
    {
        // ("South American", "Central African", "Latin American": a
        // compound adjective, no name at all)
        let modifier = |k: usize| {
            matches!(
                t.fold(k),
                "north"
                    | "south"
                    | "east"
                    | "west"
                    | "central"
                    | "latin"
                    | "northern"
                    | "southern"
                    | "eastern"
                    | "western"
                    | "sub-saharan"
                    | "red"
            )
        };
        if word_idx(t, s, e - 1).all(modifier) {
            return;
        }
        return classify(t, seen, s, e - 1, None, false, title_after, out);
    }
    // "(AP Photo/Evan Vucci)": the agency, not a name with "Photo"
    if e == s + 2 && t.toks[s].has(ALLCAPS) && matches!(t.fold(s + 1), "photo" | "photos") {
        return classify(t, seen, s, s + 1, None, false, title_after, out);
    }
    // "rated AA+", "BBB-": a credit rating is no organization
    if e == s + 1 && credit_rating(t.surf(s)) {
        return;
    }
    // "TOPEKA, Kan. (AP)", "in Springfield, Ill., on": a US state's
    // abbreviation after a town
    if e == s + 1 && state_abbreviation(t, s) {
        out.push(strong(t, s, s + 2, EntityKind::Place, "state-abbreviation"));
        return;
    }
    // "Le Stade rennais", "du Stade toulousain": a club named by its town's
    // adjective
    let st = s + usize::from(e == s + 2 && matches!(t.fold(s), "le" | "du" | "au"));
    if e == st + 1
        && t.fold(st) == "stade"
        && t.toks.get(e).is_some_and(|a| {
            let f = t.fold(e);
            a.kind == Tk::Word
                && !a.has(CAP)
                && a.gap & (SP | NL) == SP
                && f.len() > 4
                && ["ais", "ois", "ain", "ien"].iter().any(|x| f.ends_with(x))
        })
    {
        out.push(strong(t, st, e + 1, EntityKind::Organization, "club"));
        return;
    }
    // "la Réserve fédérale américaine (Fed)": a word in brackets right
    // after an organization's name is its short name; after a person's,
    // the party ("Valérie Hayer (Renaissance)")
    if e == s + 1
        && bracketed(t, s, e)
        && t.toks[s].kind == Tk::Word
        && t.toks[s].has(CAP)
        && !t.toks[s].has(ALLCAPS | DIGIT | DOT)
        && out.last().is_some_and(|f| {
            f.te + 1 == s
                && (f.kind == EntityKind::Organization && short_form_of(t, f.ts, f.te, s)
                    || f.kind == EntityKind::Person && !gazetteer::any_given_name(t.fold(s)))
        })
        && gazetteer::place(t.fold(s)).is_none()
    {
        let mut f = Found::new(t, s, e, EntityKind::Organization, "short-name", None);
        f.conf = MEDIUM;
        out.push(f);
        return;
    }
    // leading function words, labels and titles
    // "Force ouvrière", "Parlement européen", "Fonds monétaire
    // international": a capitalized word and the institutional adjectives
    // after it are one organization's name
    // (a lowercase head before it owns both: "ministère des Affaires
    // étrangères", below)
    // (after a sentence's capitalized article: "Le Parlement européen a
    // voté", "Au Parlement européen,"; a head word that is no label
    // takes its adjectives below: "La Réserve fédérale américaine")
    let hs = if e > s + 1
        && t.toks[s].kind == Tk::Word
        && t.toks[s].has(CAP)
        && matches!(t.fold(s), "le" | "la" | "les" | "au" | "aux" | "du" | "des")
        && t.toks[s + 1].lex.flags & (ORG_HEAD | STOPCAP) != ORG_HEAD
    {
        s + 1
    } else if t.toks[s].kind == Tk::Word
        && t.toks[s].has(CAP)
        && t.fold(s) == "l"
        && institution_adjective(t, e)
        && let Some(w) = word_idx(t, s + 1, e).next()
    {
        // "L'Union européenne a voté": the elided article is no part of it
        w
    } else {
        s
    };
    // (not a minister's portfolio: "les ministres des Affaires
    // étrangères")
    // (nor a people's word: "a Nigerian international", a player)
    if let Some(end) = head_with_adjectives(t, hs, e).filter(|_| {
        institution_head(t, hs).is_none() && !portfolio(t, hs) && !nationality(t.fold(hs))
    }) {
        out.push(strong(t, hs, end, EntityKind::Organization, "org-adj"));
        return;
    }
    // "elected to Parliament", "voté par le Parlement": a country's
    // legislature by its common word, capitalized mid-sentence
    if e == s + 1
        && t.toks[s].kind == Tk::Word
        && t.toks[s].has(CAP)
        && !t.toks[s].has(ALLCAPS)
        && !t.sentence_initial(s)
        && super::legislature(t.fold(s))
        // (not a town of that name: "à Douma")
        && !(s > 0 && (t.surf(s - 1) == "à" || matches!(t.fold(s - 1), "in" | "near")))
    {
        out.push(strong(t, s, e, EntityKind::Organization, "legislature"));
        return;
    }
    // "Labour won", "le Labour", "the Labor opposition": Britain's,
    // Australia's or New Zealand's party by its one common word
    let ps = if e == s + 2 && t.fold(s) == "the" {
        s + 1
    } else {
        hs
    };
    // "the Green party", "the Labour party", "leader of the National
    // party": a party named by its capitalized word before a lower-case
    // "party" (not a feast's: "the Christmas party")
    if ps + 1 == e
        && ps > 0
        && t.fold(ps - 1) == "the"
        && t.toks[ps].kind == Tk::Word
        && t.toks[ps].has(CAP)
        && !t.toks[ps].has(ALLCAPS | DIGIT)
        && t.toks[ps].lex.flags & (MONTH | WEEKDAY) == 0
        && t.toks
            .get(e)
            .is_some_and(|x| x.kind == Tk::Word && x.gap & (SP | NL) == SP && x.has(LOWER))
        && t.fold(e) == "party"
        // (a common word: a party's own name goes alone, "the Kadima
        // party" gives "Kadima")
        && (gazetteer::common_word(t.fold(ps)) || gazetteer::shared_word(t.fold(ps)))
        && !nationality(t.fold(ps))
        && !matches!(
            t.fold(ps),
            "christmas"
                | "birthday"
                | "halloween"
                | "tea"
                | "garden"
                | "office"
                | "holiday"
                | "dinner"
                | "house"
                | "block"
                | "pool"
                | "launch"
                | "wedding"
                | "search"
                | "pride"
                | "rescue"
                | "hunting"
                | "working"
                | "stag"
                | "hen"
                | "costume"
                | "cocktail"
                | "welcome"
                | "farewell"
                | "engagement"
                | "retirement"
                | "victory"
                | "third"
                | "boat"
                | "street"
                | "dance"
                | "beach"
                | "new"
                | "year"
        )
    {
        out.push(strong(t, ps, e + 1, EntityKind::Organization, "party-word"));
        return;
    }
    if ps + 1 == e
        && t.toks[ps].kind == Tk::Word
        && t.toks[ps].has(CAP)
        && !t.toks[ps].has(ALLCAPS)
        && matches!(t.fold(ps), "labour" | "labor")
        && t.toks
            .get(e)
            .is_none_or(|x| x.kind != Tk::Punct('\'') && x.kind != Tk::Punct('’'))
    {
        out.push(strong(t, ps, e, EntityKind::Organization, "party-word"));
        return;
    }
    // (not a title ending the line before: "…newspaper editor\nArab
    // countries…")
    let mut titled = s > 0 && t.toks[s - 1].lex.flags & TITLE != 0 && t.toks[s].gap & NL == 0
        // an abbreviated title and its stop ("Dr. X", "Gov. X"), not a
        // sentence's last word ("…, the agency said. The X")
        // (capitalized: not a participle ending a sentence, "…a jugé. Le
        // Parti…")
        || s > 1
            && t.toks[s - 1].kind == Tk::Punct('.')
            && t.toks[s - 2].lex.flags & TITLE != 0
            && t.toks[s - 2].has(CAP)
            && t.fold(s - 2).len() <= 4
            && t.fold(s - 2) != "said"
        || occupation_before(t, s, e)
        // "le président algérien X", "la chancelière allemande X",
        // "l'humoriste français X": a title or an occupation and a
        // nationality
        || s > 1
            && t.toks[s - 1].kind == Tk::Word
            && t.toks[s - 1].has(LOWER)
            && t.toks[s - 2].lex.flags & (TITLE | OCCUPATION) != 0
            && t.toks[s - 2].has(LOWER)
            && nationality(t.fold(s - 1))
        || credit_before(t, s)
        // "29-year-old Tasha Moore"
        || s > 0 && t.toks[s - 1].kind == Tk::Word && t.fold(s - 1).ends_with("year-old")
        || title_head_before(t, s)
            && (s.saturating_sub(5)..s).any(|k| compound_title(t, k, s) == Some(s));
    while s < e && place.is_none() {
        let tok = &t.toks[s];
        if tok.kind != Tk::Word {
            s += 1;
            continue;
        }
        let f = tok.lex.flags;
        // a sentence-initial adverb before a name: "Currently X", "Contrairement à"
        let fw = t.fold(s);
        // "Former Belgian minister…", "First-ever…": no name opens with
        // them; nor with a people's adjective before a title ("Irish
        // Taoiseach Leo Varadkar")
        if s + 1 < e
            && (matches!(fw, "former" | "first-ever" | "then" | "ex")
                || nationality(fw)
                    && !fw.ends_with('s')
                    && t.toks[s + 1].kind == Tk::Word
                    && (t.toks[s + 1].lex.flags & (TITLE | OCCUPATION) != 0
                        // "the German BND": the agency's initials alone
                        || s + 2 == e && t.toks[s + 1].has(ALLCAPS) && !tok.has(ALLCAPS)))
        {
            s += 1;
            continue;
        }
        // a judge's title before a given name ("Justice Sonia Roe",
        // "Justices Brett Roe and…"; not "Justice Department")
        // or before one word that no list knows ("Justice Chisanga",
        // "Judges Mutuna")
        let unknown_surname = |n: usize| {
            let x = &t.toks[n];
            n + 1 == e
                && x.has(CAP)
                && !x.has(ALLCAPS | DIGIT | DOT)
                && x.lex.flags == 0
                && gazetteer::place(t.fold(n)).is_none()
                && !gazetteer::company(t.fold(n))
        };
        if matches!(fw, "justice" | "justices" | "judges")
            && t.toks[s].has(CAP)
            && word_idx(t, s + 1, e).next().is_some_and(|n| {
                gazetteer::any_given_name(t.fold(n))
                    && t.toks[n].has(CAP)
                    && word_idx(t, s + 1, e).nth(1).is_some()
                    || unknown_surname(n)
            })
        {
            titled = true;
            s += 1;
            continue;
        }
        // "Majority Leader Chuck X", "Minority Whip Jo X": the title's
        // second word
        if matches!(fw, "leader" | "whip")
            && s > 0
            && matches!(t.fold(s - 1), "majority" | "minority")
            && word_idx(t, s + 1, e).next().is_some()
        {
            titled = true;
            s += 1;
            continue;
        }
        // "Pilot Iriyanto said", "Motorist Dom Lawson saw": an occupation
        // opening the sentence (or after a people's adjective) before one
        // or two plain capitalized words is a person's title
        if f & OCCUPATION != 0
            && tok.has(CAP)
            && !tok.has(ALLCAPS)
            && (s > s0 || t.sentence_initial(s))
        {
            let rest = || word_idx(t, s + 1, e);
            if (1..=2).contains(&rest().count())
                && rest().all(|w| {
                    let x = &t.toks[w];
                    x.has(CAP)
                        && !x.has(ALLCAPS | DIGIT | DOT)
                        && x.lex.flags & (ORG_HEAD | ORG_SUFFIX | CLOSED | STOPCAP) == 0
                        && gazetteer::place(t.fold(w)).is_none()
                        && !gazetteer::company(t.fold(w))
                })
            {
                titled = true;
                s += 1;
                continue;
            }
        }
        // "Rivals Alphabet Inc and…", "Peer Zentrix Corp": a sentence's
        // first word says what the company is to another
        if s == s0
            && t.sentence_initial(s)
            && matches!(
                fw,
                "rival" | "rivals" | "peer" | "peers" | "competitor" | "competitors"
            )
            && word_idx(t, s + 1, e).next().is_some()
        {
            s += 1;
            continue;
        }
        // a credit line's first word: "(Reportage Claire Dumont, édité par"
        if s == s0
            && matches!(fw, "reportage" | "reporting")
            && s > 0
            && t.toks[s - 1].kind == Tk::Punct('(')
            && word_idx(t, s + 1, e).next().is_some()
        {
            titled = true;
            s += 1;
            continue;
        }
        if t.sentence_initial(s)
            && word_idx(t, s + 1, e).next().is_some()
            && fw.chars().count() > 5
            && (fw.ends_with("ly") || fw.ends_with("ment"))
            && !gazetteer::given_name(fw)
        {
            s += 1;
            continue;
        }
        // "Despite X's efforts", "Following X's advice", "Together X and
        // Y", "Visiting Russia": a sentence's first word that is a
        // preposition or an adverb, or a common word's "-ing" form
        if t.sentence_initial(s)
            && !tok.has(ALLCAPS)
            && word_idx(t, s + 1, e).next().is_some()
            && sentence_lead(fw)
            && !listed_company(t, s, e)
        {
            s += 1;
            continue;
        }
        if f & NUMWORD != 0 && !tok.has(ALLCAPS) && word_idx(t, s + 1, e).next().is_some() {
            s += 1;
            continue;
        }
        // "Polish-born Marie Curie", "NASDAQ-listed Zoom", "London-based
        // Barclays": the compound qualifies the name; its place, if one,
        // is a mention of its own
        if tok.has(HYPHEN)
            && word_idx(t, s + 1, e).next().is_some()
            && let Some(place) = qualifier(t, s)
        {
            // (and its company: "Google-owned YouTube"; a title or "said"
            // before the compound is not the name's: "said NASDAQ-listed
            // Zoom")
            out.extend(place.or_else(|| qualified_company(t, s)));
            titled = false;
            s += 1;
            continue;
        }
        // "la Polonaise Agnieszka Radwanska", "Canadian Serena Smith": a
        // people's name before a given name says who the person is
        // "Afghan Ambassador Hamdullah Mohib": the same before a title
        if nationality(fw)
            && gazetteer::place(fw).is_none()
            && !gazetteer::any_given_name(fw)
            && word_idx(t, s + 1, e).next().is_some_and(|n| {
                (gazetteer::any_given_name(t.fold(n)) || t.toks[n].lex.flags & TITLE != 0)
                    && word_idx(t, n + 1, e).next().is_some()
            })
        {
            s += 1;
            continue;
        }
        // "S&P 500", "the British FTSE 100": a stock index owns its
        // initials; a people's name before it is no part of it
        if index_word(fw) && stock_index(t, s, e).is_some() {
            break;
        }
        if word_idx(t, s + 1, e)
            .next()
            .is_some_and(|n| index_word(t.fold(n)) && stock_index(t, n, e).is_some())
            && nationality(fw)
        {
            s += 1;
            continue;
        }
        // "St. Anthony Foundation": the abbreviation belongs to the name
        if abbreviated_saint(t, s).is_some() && word_idx(t, s + 1, e).next().is_some() {
            break;
        }
        let lone_acr = tok.has(ALLCAPS) && f & (STOPCAP | TITLE) == 0;
        // "AFP Jean-Philippe Magnen": an agency's acronym (a credit or a
        // byline) before a given name and a surname is a name of its own
        if lone_acr && !tok.has(DOT | DIGIT) && given_then_surname(t, s + 1, e) {
            out.push(Found::new(
                t,
                s,
                s + 1,
                EntityKind::Organization,
                "acronym",
                None,
            ));
            s += 1;
            continue;
        }
        // "le candidat Les Républicains Ludovic Fagaut": a party named
        // with its capitalized article, before a given name and a surname,
        // is a name of its own, its article and all
        if s > 0
            && (s == s0 || s == s0 + 1)
            && tok.has(CAP)
            && !tok.has(ALLCAPS)
            && f & (STOPCAP | TITLE) == 0
            && !gazetteer::any_given_name(fw)
            && t.toks[s - 1].kind == Tk::Word
            && t.toks[s - 1].has(CAP)
            && matches!(t.fold(s - 1), "les" | "la" | "le")
            && !t.sentence_initial(s - 1)
            && given_then_surname(t, s + 1, e)
        {
            let mut party = Found::new(
                t,
                s - 1,
                s + 1,
                EntityKind::Organization,
                "party-label",
                None,
            );
            party.conf = MEDIUM;
            out.push(party);
            s += 1;
            continue;
        }
        // "Crédit Mutuel", "Crédit Agricole": a label word that heads an
        // institution stays before another name word
        // (and "Home Office": a label word before a last word that heads
        // an institution)
        let head_first = f & (CLOSED | TITLE) == 0
            && tok.has(CAP)
            && (f & ORG_HEAD != 0 && word_idx(t, s + 1, e).next().is_some()
                || f & STOPCAP != 0
                    && t.toks.get(s + 1).is_some_and(|n| {
                        n.kind == Tk::Word && n.has(CAP) && n.lex.flags & ORG_HEAD != 0
                    })
                    && word_idx(t, s + 2, e).next().is_none()
                // "Internet Explorer", "PC World", "Web Summit": a medium's
                // word before one more word names a product or a title
                || matches!(fw, "internet" | "web" | "pc" | "tv")
                    && word_idx(t, s + 1, e).count() == 1);
        // "Reverend Al Sharpton": after a title, a given name that is
        // also a function word opens the name
        let titled_given = titled
            && f & (TITLE | STOPCAP) == 0
            && tok.has(CAP)
            && !maitre(t, s)
            && gazetteer::any_given_name(t.fold(s))
            && word_idx(t, s + 1, e).next().is_some();
        // "J. Obama", "L. Ron Hubbard": a letter and its stop is an
        // initial, not the elided "j'" or "l'" (but "M." is a title)
        let initial_letter = f & TITLE == 0 && t.fold(s).len() == 1 && glued_stop(t, s + 1);
        // "General Motors", "General Electric": a listed company's name
        // opened by a label or a title's word
        let company_named = f & (STOPCAP | TITLE) != 0 && listed_company(t, s, e);
        // "Biologist Nick Bos tells…", "Linguist Jane Roe": a capitalized
        // occupation before a given name and a surname says who the person
        // is, like a title
        if f & OCCUPATION != 0
            && tok.has(CAP)
            && !tok.has(ALLCAPS)
            && word_idx(t, s + 1, e).next().is_some_and(|n| {
                t.toks[n].has(CAP)
                    && gazetteer::any_given_name(t.fold(n))
                    && word_idx(t, n + 1, e).next().is_some()
            })
        {
            titled = true;
            s += 1;
            continue;
        }
        // "Al Jazeera", "Al Arabiya", "Al Gore": a capitalized "Al" before
        // another name word is the Arabic article or a given name, not
        // the "al" of "et al."
        let arabic_al = fw == "al"
            && tok.has(CAP)
            && !tok.has(ALLCAPS)
            && word_idx(t, s + 1, e).next().is_some();
        if !titled_given
            && !initial_letter
            && !company_named
            && !arabic_al
            && (f & (CLOSED | STOPCAP | TITLE) != 0
                && !lone_acr
                && !head_first
                && !gazetteer::given_name(t.fold(s))
                || f & CLOSED != 0 && t.fold(s).len() <= 3 && !tok.has(ALLCAPS))
        {
            if f & TITLE != 0 || maitre(t, s) {
                titled = true;
            }
            s += 1;
            if s < e && t.toks[s].kind == Tk::Punct('.') {
                s += 1;
            }
            continue;
        }
        break;
    }
    // a word the sequence began with left out ("From Hong Kong's
    // airport"): the rest may be the listed place it held
    if has_place && place.is_none() && !titled && s < e {
        place = listed_place(t, s, e);
    }
    // "Reporters sans frontières", "Médecins Sans Frontières": the
    // associations named "… sans frontières" go on through it
    if s < e
        && let Some(end) = without_borders(t, s, e)
    {
        out.push(strong(
            t,
            s,
            end,
            EntityKind::Organization,
            "sans-frontieres",
        ));
        return;
    }
    let words = Words::of(t, s, e);
    let Some(first) = words.first else { return };
    let last = words.last;
    let ft = &t.toks[first];
    let fold_first = t.fold(first);
    let single = words.count == 1;
    let shaped = ft.has(ALLCAPS | DOT | INNERCAP | DIGIT);
    // "Jean-Luc Mélenchon", "Marie-Claire Dupont": a compound given name
    // ("France Inter", "France Télévisions": the country names a media)
    let given = (gazetteer::given_name(fold_first) && (single || fold_first != "france")
        || fold_first.contains('-')
            && fold_first
                .split('-')
                .all(|p| p.len() > 1 && gazetteer::given_name(p))
        || !single && compound_given(t.surf(first)))
        && !ft.has(ALLCAPS);
    // "U.S.", "U.K.", "E.U.": initials with full stops, the last one
    // included, read without them ("us" is a place)
    if single && ft.has(DOT) {
        let surf = t.surf(first);
        let initials = surf.split('.').count() > 1
            && surf
                .split('.')
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
        // (a bill's number: "H.R. 1424", "H.R.1424")
        if initials && fold_first == "h.r" {
            return;
        }
        if initials {
            let letters: String = fold_first.split('.').collect();
            let end = if glued_stop(t, e) { e + 1 } else { e };
            let place = gazetteer::place(&letters).is_some() || letters == "dc";
            // a legal citation's code: "17 C.F.R. 240.10b-5", "15 U.S.C. §
            // 78j", "E.O. 14024" (a number or a section sign beside it;
            // not "the 2024 U.N. climate summit")
            let beside_number = first > 0 && t.toks[first - 1].kind == Tk::Num
                || t.toks
                    .get(end)
                    .is_some_and(|n| n.gap & NL == 0 && (n.kind == Tk::Num || t.surf(end) == "§"));
            // (and an era's: "A.D. 325")
            if beside_number
                && matches!(
                    letters.as_str(),
                    "cfr" | "usc" | "eo" | "stat" | "ad" | "bc" | "bce"
                )
            {
                return;
            }
            // "K.C. Maurer", "J.R. Tolkien": a person's initials before a
            // surname (not "U.S. Steel": a place's; not "A.P. Moller-Maersk":
            // a compound is more often a company's)
            // (nor the United Nations': "U.N. Food and Agriculture
            // Organization")
            if !place
                && letters != "un"
                && (2..=3).contains(&letters.len())
                && glued_stop(t, e)
                && t.toks.get(end).is_some_and(|n| {
                    n.kind == Tk::Word
                        && n.gap & (SP | NL) == SP
                        && n.has(CAP)
                        && !n.has(ALLCAPS | DOT | DIGIT | HYPHEN)
                        && n.lex.flags & (CLOSED | STOPCAP | TITLE | ORG_HEAD | ORG_SUFFIX) == 0
                        && gazetteer::place(t.fold(end)).is_none()
                        && !gazetteer::company_start(t.fold(end))
                        && !t
                            .toks
                            .get(end + 1)
                            .is_some_and(|x| x.kind == Tk::Word && x.has(CAP) && x.gap & SP != 0)
                })
            {
                out.push(strong(t, first, end + 1, EntityKind::Person, "initials"));
                return;
            }
            let kind = if place {
                EntityKind::Place
            } else {
                EntityKind::Organization
            };
            out.push(strong(t, first, end, kind, "dotted-initials"));
            return;
        }
    }
    // a ticker in brackets ("(HALV.O)", "(VOD.L)") names no company
    if single && ft.has(DOT) && bracketed(t, first, e) && instrument_code(t.surf(first)) {
        return;
    }
    // "Sen. Jane Roe, D-Mass.", "Rep. John Doe (R-Ohio)": a party's label
    if let Some(state) = party_label(t, first, e) {
        out.extend(state);
        return;
    }
    // "(R Minnesota)", "(D Ohio)": the label spaced from its state
    if e > first + 1
        && matches!(t.surf(first), "D" | "R" | "I")
        && first > 0
        && t.toks[first - 1].kind == Tk::Punct('(')
        && t.toks.get(e).is_some_and(|c| c.kind == Tk::Punct(')'))
        && listed_place(t, first + 1, e).is_some()
    {
        out.push(strong(t, first + 1, e, EntityKind::Place, "party-label"));
        return;
    }
    // "M.Blair", "Mme.Roe": a title glued to the surname by its full stop
    if single
        && ft.has(DOT)
        && let Some((title, name)) = t.surf(first).split_once('.')
        && matches!(title, "M" | "Mme" | "Mr" | "Mrs" | "Dr")
        && name.len() > 2
        && name.starts_with(|c: char| c.is_uppercase())
        && name.chars().skip(1).all(|c| c.is_lowercase())
    {
        let mut f = Found::new(t, first, e, EntityKind::Person, "title-glued", None);
        f.start += title.len() as u32 + 1;
        f.conf = MEDIUM;
        out.push(f);
        return;
    }
    // "Paris-Berlin", "Kiev-Moscou": two places joined by a hyphen are two
    // places, not one organization; two areas make one ("Asia-Pacific");
    // the second may have hyphens of its own, a town's ("Perpignan-
    // Villefranche-Vernet-les-Bains": a line's two ends)
    if single
        && place.is_none()
        && let Some((a, b, pa, pb)) = hyphen_places(t.surf(first))
    {
        if pa == PlaceKind::Area && pb == PlaceKind::Area {
            out.push(strong(
                t,
                first,
                first + 1,
                EntityKind::Place,
                "places-joined",
            ));
            return;
        }
        let start = t.toks[first].start;
        for (from, to) in [(0, a.len()), (a.len() + 1, a.len() + 1 + b.len())] {
            let mut f = Found::new(
                t,
                first,
                first + 1,
                EntityKind::Place,
                "places-joined",
                None,
            );
            f.start = start + from as u32;
            f.end = start + to as u32;
            f.conf = STRONG;
            out.push(f);
        }
        return;
    }
    // "la députée LFI Mathilde Panot": an acronym before a person's name
    // is an organization of its own
    if let Some(second) = words.second
        && words.count >= 3
        && ft.has(ALLCAPS)
        && !t.toks[second].has(ALLCAPS)
        && gazetteer::given_name(t.fold(second))
    {
        let mut f = Found::new(
            t,
            first,
            first + 1,
            EntityKind::Organization,
            "acronym",
            None,
        );
        f.conf = MEDIUM;
        out.push(f);
        return classify(t, seen, second, e, None, false, title_after, out);
    }
    // "London-based", "Paris-born": the place before the hyphen
    // the rest of such a word is no name ("Polish-born", "Ponzi-like"),
    // but an acronym or a listed company before it is ("NASDAQ-listed",
    // "Google-owned")
    if single && let Some(q) = qualifier(t, first) {
        if let Some(f) = q {
            out.push(f);
        } else if let Some(f) = qualified_company(t, first) {
            out.push(f);
        }
        return;
    }
    // "then-Compaq", "ex-Enron": a name after a prefix of time is the
    // name alone (not a title: "then-President"), for the mentions of the
    // name elsewhere to decide its kind
    if single
        && ft.has(HYPHEN)
        && let Some((prefix, rest)) = time_prefixed(t, first)
    {
        // (a place stays one: "l'ex-Yougoslavie")
        let kind = if gazetteer::place(&gazetteer::key_of(rest)).is_some() {
            EntityKind::Place
        } else {
            EntityKind::Organization
        };
        let mut f = Found::new(t, first, first + 1, kind, "capitalized", None);
        f.start += prefix.len() as u32 + 1;
        f.conf = 0;
        out.push(f);
        return;
    }
    // "San Francisco-based", "New York-area": the place before the hyphen
    if !single && let Some(f) = place_qualified(t, first, last) {
        out.push(f);
        return;
    }
    // "Parti socialiste", "Rassemblement national", "Assemblée nationale",
    // "Conseil constitutionnel": a French institution's capitalized head
    // and the lowercase adjectives after it are one name
    if single && ft.lex.flags & ORG_HEAD != 0 && !ft.has(ALLCAPS) {
        let mut k = e;
        while k < t.len()
            && k < e + 2
            && (french_adjective(t, k) || national_adjective(t, k) || institution_adjective(t, k))
        {
            k += 1;
        }
        // "La Fédération française de football", "le Centre national de
        // la recherche scientifique": what it is of
        if (e..k).any(|m| national_adjective(t, m)) {
            k = lowercase_complement(t, k).unwrap_or(k);
        } else if k > e {
            k = complement::complements(t, k, &[]).unwrap_or(k);
        }
        // (a school's town: "École normale supérieure de Lyon"; a
        // territory's body: "Le Conseil régional d'Aquitaine")
        if k > e && (school_head(fold_first) || (e..k).any(|a| territorial_adjective(t, a))) {
            k = of_place(t, k, &[]).unwrap_or(k);
        }
        if k > e {
            out.push(strong(
                t,
                first,
                k,
                EntityKind::Organization,
                "org-head-adj",
            ));
            return;
        }
    }
    // "la Commission de l'Union africaine", "l'Institut du Monde arabe":
    // an institution's complement names a body or a place whose lowercase
    // adjectives go with it
    if !single && ft.lex.flags & ORG_HEAD != 0 && !ft.has(ALLCAPS) && last >= first + 2 {
        let of = matches!(t.fold(last - 1), "de" | "du" | "des")
            || is_apos(t, last - 1) && last >= first + 3 && matches!(t.fold(last - 2), "l" | "d");
        let mut k = e;
        while of
            && k < t.len()
            && k < e + 2
            && t.toks[k].gap & NL == 0
            && !complement::VERBS.contains(&t.fold(k))
            // (the State's council is no nation's: "le Conseil d'État
            // français")
            && (french_adjective(t, k) || national_adjective(t, k) && t.fold(last) != "etat")
        {
            k += 1;
        }
        if k > e {
            out.push(strong(
                t,
                first,
                k,
                EntityKind::Organization,
                "org-head-adj",
            ));
            return;
        }
    }
    // the title of a work after the word for it is no entity ("the film
    // Titanic", "le roman Les Misérables", "l'album « Thriller »"), nor is
    // a craft's name after the word for it ("the shuttle Endeavour", "la
    // fusée Ariane 5")
    let cue_at = |k: Option<usize>| {
        k.is_some_and(|k| {
            t.toks[k].kind == Tk::Word
                && t.toks[k].has(LOWER)
                && (WORK_CUES.contains(&t.fold(k)) || CRAFT_CUES.contains(&t.fold(k)))
        })
    };
    let before_quote = s0
        .checked_sub(1)
        .filter(|&p| matches!(t.toks[p].kind, Tk::Punct('«' | '"' | '“' | '‘')));
    if cue_at(s0.checked_sub(1))
        || before_quote.is_some() && cue_at(before_quote.and_then(|p| p.checked_sub(1)))
    {
        return;
    }
    // « Anatomie d'une chute », “The Zone of Interest”: an unknown word
    // opening a short quotation that goes on in lower-case words to its
    // end is a work's title, not a name
    if single && before_quote.is_some() && quoted_title(t, first, e) {
        return;
    }
    // "the Perseverance rover", "the Juno probe": an unknown word named by
    // the craft's kind right after it is the craft's name
    if single
        && t.toks
            .get(e)
            .is_some_and(|n| n.kind == Tk::Word && n.has(LOWER) && CRAFT_CUES.contains(&t.fold(e)))
        && ft.lex.flags == 0
        && !gazetteer::company(fold_first)
        && gazetteer::place(fold_first).is_none()
    {
        return;
    }
    // titles of prizes and events, and bylines' roles, are no entities
    // ("Nobel Prize", "Prix Goncourt", "Staff Reporter"), nor are diseases
    // and a few events named like proper nouns ("Covid-19", "Brexit")
    // a spacecraft or a space programme named with its kind ("Space
    // Shuttle Meridian", "the Mars Rover", "Space Shuttle Program"), not
    // an institution ("Shuttle Operations Center")
    let craft = word_idx(t, first, last + 1).any(|w| {
        matches!(
            t.fold(w),
            "shuttle" | "spacecraft" | "orbiter" | "orbiters" | "rover" | "lander"
        )
    }) && word_idx(t, first, last + 1)
        .all(|w| t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX) == 0);
    // (a name before the lower-case word for a prize is the prize's:
    // "the Nobel prize", "a Pulitzer prize")
    let prize_after = t.toks.get(e).is_some_and(|x| {
        x.kind == Tk::Word && x.has(LOWER) && matches!(t.fold(e), "prize" | "prizes" | "medal")
    });
    let craft_or_prize = craft || prize_after || prize_field(t, first, e);
    let not_name_end = NOT_NAME_ENDS.contains(&t.fold(last));
    // (the place that opens a report's or an accord's name is listed:
    // "Paris Climate Accords")
    if !craft_or_prize
        && not_name_end
        && !single
        && let Some((pe, _)) =
            gazetteer_at(t, first, &mut String::new()).filter(|&(pe, _)| pe <= last)
    {
        out.push(strong(t, first, pe, EntityKind::Place, "place-in-name"));
    }
    if craft_or_prize
        || not_name_end
        || matches!(t.fold(first), "prix" | "prize")
        || t.fold(first) == "grand" && last > first && t.fold(first + 1) == "prix"
        || single && (NOT_NAMES.contains(&fold_first) || minority_initials(fold_first))
        || single && event_head(t, first)
        || single && keeper_of_the_seals(t, first)
    {
        return;
    }
    // (a rating code need not be in capitals: "A3", "Baa2"; nor a fiscal
    // quarter or half: "Q3", "H1"); a plural of an abbreviation ("MPs",
    // "NGOs", "CEOs") is a common noun
    if single
        && (ft.has(ALLCAPS) && not_an_acronym(t, first)
            || plural_abbreviation(t.surf(first))
            || is_credit_rating(fold_first)
            || matches!(
                fold_first.as_bytes(),
                [b'q' | b'h' | b't', b'1'..=b'4'] | [b's', b'1' | b'2']
            )
            || months_joined(fold_first))
    {
        return;
    }
    // units and clock abbreviations in mixed case or in a row ("TeV",
    // "GHz", "PM EST")
    if word_idx(t, s, e).all(|w| t.toks[w].has(ALLCAPS | INNERCAP) && not_an_acronym(t, w)) {
        return;
    }
    if let Some(from) = street_of(t, s) {
        out.push(strong(t, from, e, EntityKind::Place, "street"));
        return;
    }
    // a minister's portfolio ("Minister of Education", "ministre des
    // Finances") and the state itself ("the State", "la République") are
    // no organizations
    if portfolio(t, s0)
        && place.is_none()
        && words.count <= 2
        && word_idx(t, s, e)
            .all(|w| !t.toks[w].has(ALLCAPS) && !gazetteer::any_given_name(t.fold(w)))
        || single && matches!(fold_first, "state" | "republic" | "republique")
    {
        return;
    }
    // "Loi Macron", "la loi Travail", "la loi Evin": a law named by its
    // sponsor or its subject is no entity
    if fold_first == "loi" && words.count >= 2
        || s0 > 0 && t.toks[s0 - 1].kind == Tk::Word && t.surf(s0 - 1) == "loi"
    {
        return;
    }
    // "African-American", "Asian American", "Middle Eastern": an origin
    // of two peoples, or a region's adjective, names no one
    let people_word =
        |w: &str| nationality(w) || w.strip_suffix('s').is_some_and(nationality) || w == "american";
    if words.count <= 2
        && !ft.has(ALLCAPS)
        && (single
            && fold_first
                .split_once('-')
                .is_some_and(|(a, b)| people_word(a) && people_word(b))
            || words.count == 2 && people_word(fold_first) && people_word(t.fold(last))
            || words.count == 2
                && matches!(fold_first, "middle" | "far" | "near")
                && matches!(t.fold(last), "eastern" | "western")
            || words.count == 2
                && matches!(fold_first, "puerto" | "costa")
                && matches!(t.fold(last), "rican" | "ricans"))
    {
        return;
    }
    // "Best Picture", "Best Animated Feature", "Best Supporting Actress":
    // an award's category is no name (a company is: "Best Buy", "Best
    // Products Co.")
    if words.count >= 2
        && fold_first == "best"
        && word_idx(t, s, e).all(|w| t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX) == 0)
        && {
            let mut k = String::new();
            t.key(first, last + 1, &mut k);
            !gazetteer::company(&k)
        }
    {
        return;
    }
    // "the Committee decided", "the Commission", "the Court has": a body
    // named by its head word alone, after "the", stands for a longer name
    // (the committee the article named before), and is no name itself
    if single
        && !ft.has(ALLCAPS)
        && (s == s0 && s0 > 0 && t.toks[s0 - 1].kind == Tk::Word && t.surf(s0 - 1) == "the"
            || s == s0 + 1 && t.toks[s0].kind == Tk::Word && t.surf(s0) == "The")
        && matches!(
            fold_first,
            "committee"
                | "commission"
                | "board"
                | "company"
                | "court"
                | "council"
                | "agency"
                | "bureau"
                | "department"
                | "ministry"
                | "authority"
                | "administration"
                | "government"
                | "panel"
                | "corporation"
                | "division"
                | "tribunal"
        )
    {
        return;
    }
    // "Foreign Affairs minister", "the Trade secretary": a portfolio
    if t.toks.get(e).is_some_and(|a| {
        a.kind == Tk::Word
            && a.has(LOWER)
            && matches!(t.fold(e), "minister" | "ministers" | "secretary")
    }) && word_idx(t, s, e).all(|w| is_title_modifier(t, w))
    {
        return;
    }
    // a word and a letter name a class, a plan, a tournament's group
    // ("Group F", "Protected B", "Plan B", "groupe C"), unless the word
    // is a given name ("Malcolm X")
    if words.count == 2
        && last == first + 1
        && t.toks[last].gap & SP != 0
        && fold_first.len() > 2
        && t.surf(last).len() == 1
        && t.toks[last].has(CAP)
        && !glued_stop(t, last + 1)
        && !gazetteer::any_given_name(fold_first)
    {
        return;
    }
    // a seat of power named for its institution is an organization
    // ("the White House said", "le Kremlin a démenti")
    if SEAT_FIRST_WORDS.contains(fold_first) {
        let mut k = String::new();
        t.key(s, e, &mut k);
        if SEATS_OF_POWER.contains(&k.as_str()) {
            out.push(strong(t, s, e, EntityKind::Organization, "seat-of-power"));
            return;
        }
    }
    if place.is_none() && (single || has_place && s > s0) {
        // a lone word, or the span left after "The", "la", a title…:
        // "The United States" (a whole sequence was looked up already)
        place = listed_place(t, s, e);
    }
    // before/after context
    let before = |d: usize| s.checked_sub(d).map(|p| &t.toks[p]);
    // (within the sentence: "…des lecteurs. Contrairement au…" has none)
    // (and not past another name: "le site de Jababeka David Quentin";
    // a rival may be a person: "son rival Jean Dupont")
    // "l'entreprise de Mark Zuckerberg", "le groupe de Vincent Bolloré":
    // a given name after "de" is the company's owner, not its name
    let owner_de = given
        && s >= 2
        && (t.fold(s - 1) == "de" && t.toks[s - 1].has(LOWER)
            || is_apos(t, s - 1) && s >= 3 && t.fold(s - 2) == "d");
    let org_cue = !owner_de
        && (1..=3)
            .map_while(|d| {
                // (nor across a comma before a given name, or a name set off
                // after a role and its "of": "le PDG du groupe, Jean-Luc Roy",
                // "le président du groupe, Masayoshi Son, qui")
                // (nor past an agent's "par"/"by": "le groupe dirigé par
                // Carlos Tavares" names its head, not the group)
                before(d).filter(|b| {
                    !matches!(b.kind, Tk::Punct('.' | '!' | '?' | ';'))
                        && !b.has(CAP)
                        && (b.kind != Tk::Punct(',') || !given && !role_appositive(t, s, e))
                        && !(b.kind == Tk::Word && matches!(t.fold(s - d), "par" | "by"))
                })
            })
            .zip(1..)
            .any(|(b, d)| {
                b.kind == Tk::Word
                    && b.lex.flags & ORG_CUE != 0
                    && b.has(LOWER)
                    && !(given && matches!(t.fold(s - d), "rival" | "concurrent" | "concurrents"))
            });
    // a word for a company among the three before (not "le site de X")
    let company_cue = org_cue
        && (1..=3.min(s)).any(|d| {
            t.toks[s - d].kind == Tk::Word
                && matches!(
                    t.fold(s - d),
                    "multinationale"
                        | "multinational"
                        | "conglomerat"
                        | "conglomerate"
                        | "fabricant"
                        | "manufacturer"
                        | "carmaker"
                        | "automaker"
                        | "chipmaker"
                        | "societe"
                        | "groupe"
                        | "entreprise"
                        | "firme"
                        | "company"
                        | "firm"
                        | "group"
                        | "constructeur"
                        | "geant"
                        | "giant"
                )
        });
    let place_cue_strong = before(1)
        .is_some_and(|b| b.kind == Tk::Word && b.lex.flags & PLACE_CUE_STRONG != 0)
        // "près de Chamonix", "près d'Orléans": a name with no other
        // evidence after "près de" is a place's
        || s >= 2
            && t.fold(s - 1) == "de"
            && t.toks[s - 2].kind == Tk::Word
            && t.fold(s - 2) == "pres"
        || s >= 3
            && is_apos(t, s - 1)
            && t.fold(s - 2) == "d"
            && t.fold(s - 3) == "pres"
        || before(1).is_some_and(|b| b.kind == Tk::Word && t.fold(s - 1) == "a")
            && before(2).is_some_and(|b| b.lex.flags & PLACE_CUE_STRONG != 0)
        || compass_of(t, s)
        || near_de(t, s);
    let place_cue = before(1).is_some_and(|b| {
        b.kind == Tk::Word
            && b.lex.flags & PLACE_CUE != 0
            && matches!(t.fold(s - 1), "en" | "in" | "near" | "vers")
    })
        // "4 à Homs, 3 à Daraa et 2 à Alep": a count, then where
        || before(1).is_some_and(|b| b.kind == Tk::Word && t.surf(s - 1) == "à")
            && before(2).is_some_and(|b| b.kind == Tk::Num)
        || before(1).is_some_and(|b| b.kind == Tk::Word && t.surf(s - 1) == "à")
        // "à Hilliard, dans la banlieue", "à Villeurbanne.": a town at a
        // clause's end (not "à Renault pour", "à Google de", nor before
        // an apposition: "vendu à Yandex, le moteur de recherche")
        && t.toks.get(e).is_some_and(|a| {
            matches!(a.kind, Tk::Punct(',' | '.' | ';' | '('))
                // (or before a word of time or "où": "il vit à Wendake
                // depuis 2010", "à Kahnawake où elle")
                || a.kind == Tk::Word
                    && a.has(LOWER)
                    && matches!(t.fold(e), "depuis" | "pendant" | "durant" | "jusqu" | "lors")
                || a.kind == Tk::Word && t.surf(e) == "où"
        })
        && !(t.toks.get(e).is_some_and(|a| a.kind == Tk::Punct(','))
            && e + 1 < t.len()
            && matches!(t.fold(e + 1), "le" | "la" | "l" | "les" | "un" | "une" | "son" | "sa"));
    let after = t.toks.get(e);
    // "X, fondateur de", "X, Greens candidate", "X, the party's leader":
    // a role noun after the comma, past at most two capitalized words or
    // determiners
    // (also "X, une journaliste", "X, the company's CFO", "X, a former
    // director": a determiner, "former", a possessor with "'s" before an
    // occupation or a title)
    let role_after = || {
        let mut k = e + 1;
        let end = (e + 7).min(t.len());
        while k < end {
            let b = &t.toks[k];
            if b.kind != Tk::Word {
                return false;
            }
            let f = t.fold(k);
            // ("X, a Thai national": a people's citizen)
            // (not "the Russian national carrier": the word ends it)
            let citizen = matches!(f, "national" | "citizen")
                && b.has(LOWER)
                && k > e + 1
                && nationality(t.fold(k - 1))
                && t.toks
                    .get(k + 1)
                    .is_none_or(|n| n.kind != Tk::Word || t.fold(k + 1) == "who");
            let role = b.lex.flags & (PERSON_CUE_AFTER | OCCUPATION) != 0
                || citizen
                || b.lex.flags & TITLE != 0 && !matches!(f, "said" | "explique" | "a-t-il");
            // (a role in capitals before "at", "of": "X, Senior Scientist at
            // Zentrix")
            // (an occupation only: a title there is often the next
            // person's, "the Archbishop of Canterbury, Rowan Williams")
            let capital_role = b.lex.flags & OCCUPATION != 0
                && b.lex.flags & TITLE == 0
                && b.has(CAP)
                && t.toks.get(k + 1).is_some_and(|x| {
                    x.kind == Tk::Word
                        && x.has(LOWER)
                        && matches!(t.fold(k + 1), "at" | "of" | "for" | "chez")
                });
            if role && (b.has(LOWER) || b.has(ALLCAPS) || capital_role) {
                // "Abou Dhabi, cheikh Mohammed…", "Tesla, CEO Elon Musk":
                // the title is the next person's
                let next_person = b.lex.flags & TITLE != 0
                    && t.toks.get(k + 1).is_some_and(|x| {
                        x.kind == Tk::Word && x.has(CAP) && gazetteer::any_given_name(t.fold(k + 1))
                    });
                return !next_person && (b.has(LOWER) || b.lex.flags & TITLE != 0 || capital_role);
            }
            if b.has(LOWER)
                && is_apos(t, k + 1)
                && t.toks.get(k + 2).is_some_and(|x| x.kind == Tk::Word)
                && t.fold(k + 2) == "s"
            {
                k += 3;
                continue;
            }
            let pass = b.has(CAP) && b.lex.flags & STOPCAP == 0
                || matches!(
                    f,
                    "the"
                        | "a"
                        | "an"
                        | "le"
                        | "la"
                        | "l"
                        | "un"
                        | "une"
                        | "son"
                        | "sa"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "former"
                        | "ancien"
                        | "ancienne"
                )
                || b.has(LOWER) && role_modifier(f)
                // a lower-case word before an occupation's: "film critic",
                // "jeune berger", "oil executive"
                // (not a participle or a quantifier: "including musician
                // X", "various volunteer groups")
                || b.has(LOWER)
                    && b.lex.flags & CLOSED == 0
                    && !f.ends_with("ing")
                    && !matches!(
                        f,
                        "various" | "several" | "many" | "other" | "plusieurs" | "divers"
                            | "diverses" | "autres" | "notamment" | "dont"
                    )
                    // (or two: "public information officer")
                    && {
                        let word = |j: usize, flag: u32| {
                            t.toks.get(j).is_some_and(|x| {
                                x.kind == Tk::Word && x.has(LOWER) && x.lex.flags & flag != 0
                            })
                        };
                        word(k + 1, OCCUPATION)
                            || word(k + 2, OCCUPATION)
                                && !word(k + 1, CLOSED)
                                && t.toks[k + 1].kind == Tk::Word
                                && t.toks[k + 1].has(LOWER)
                    };
            if !pass {
                return false;
            }
            k += 1 + usize::from(f == "l" && is_apos(t, k + 1));
        }
        false
    };
    // "X, head of East Kalimantan's police", "X, chef du service"
    // (not a body's or a company's name: "The Environment Agency, head of
    // the flood response"; nor "chef de file", any group's role)
    // ("X, managing director of the World Bank")
    let role_word = if lower_word_in_line(t, e + 1)
        && t.fold(e + 1) == "managing"
        && lower_word_in_line(t, e + 2)
        && matches!(t.fold(e + 2), "director" | "editor")
    {
        e + 2
    } else {
        e + 1
    };
    let head_of = || {
        lower_word_in_line(t, role_word)
            && matches!(t.fold(role_word), "head" | "chef" | "director" | "editor")
            && lower_word_in_line(t, role_word + 1)
            && matches!(t.fold(role_word + 1), "of" | "de" | "du" | "des")
            && !(t.fold(role_word) == "chef"
                && t.toks
                    .get(role_word + 2)
                    .is_some_and(|_| t.fold(role_word + 2) == "file"))
            && word_idx(t, s, e)
                .all(|w| t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX | ORG_CUE) == 0)
            && !gazetteer::company_start(fold_first)
    };
    let person_after = after.is_some_and(|a| a.kind == Tk::Punct(','))
        && (head_of()
            || t.toks.get(e + 1).is_some_and(|b| {
            b.lex.flags & PERSON_CUE_AFTER != 0
                // ("Zentrix, CEO Elon Musk": the next person's title)
                && !(b.lex.flags & TITLE != 0
                    && t.toks.get(e + 2).is_some_and(|x| {
                        x.kind == Tk::Word
                            && x.has(CAP)
                            && gazetteer::any_given_name(t.fold(e + 2))
                    }))
        })
            || role_after()
            // "Radouane Lakdim, né au Maroc", "X, born in 1950"
            || t.toks.get(e + 1).is_some_and(|b| b.kind == Tk::Word)
                && matches!(t.surf(e + 1), "né" | "née" | "born"))
        || life_after(t, e)
        || role_after_copula(t, e)
        // "Zorvansky, who led the talks": not "members of X, who" nor a
        // team or a group ("Chelsea, who are unbeaten")
        || after.is_some_and(|a| a.kind == Tk::Punct(','))
            && t.toks.get(e + 1).is_some_and(|b| b.kind == Tk::Word)
            && t.surf(e + 1) == "who"
            && t.toks.get(e + 2).is_some_and(|b| {
                b.kind == Tk::Word
                    && !matches!(
                        t.fold(e + 2),
                        "are" | "have" | "were" | "beat" | "lost" | "drew" | "won" | "face"
                            | "faced" | "play" | "played" | "host" | "hosted" | "released"
                            | "finished" | "trail" | "top"
                    )
            })
            && !definite_article_before(t, s)
            && !of_before(t, s)
            && (s..e).all(|k| t.toks[k].lex.flags & (ORG_HEAD | ORG_SUFFIX) == 0)
        || after.is_some_and(|a| a.kind == Tk::Punct(',') || a.kind == Tk::Punct('('))
            && t.toks.get(e + 1).is_some_and(|b| b.kind == Tk::Num)
            && t.toks.get(e + 2).is_some_and(|b| {
                b.lex.flags & TIME_UNIT != 0 && matches!(t.fold(e + 2), "ans" | "years" | "an")
            })
        || age_after(t, e);
    let initial = t.sentence_initial(first);
    // sentence-initial and common words
    let known = place.is_some_and(|p| !(single && p == PlaceKind::Town))
        || shaped
        || given
        || seen.capmid(fold_first)
        // (an organization known the world over: "Bloomberg reported";
        // not a common word's: "Labour costs rose")
        || single
            && gazetteer::known_organization(fold_first)
            && !gazetteer::common_word(fold_first);
    if single {
        let alone_on_line = ft.gap & NL != 0 && t.toks.get(e).is_none_or(|a| a.gap & NL != 0);
        if !shaped && place.is_none() && (seen.lower(fold_first) || alone_on_line) {
            return;
        }
        // "Apple's shares", "Zentrix's chief": a possessive after the
        // word is a name's (not a common word's, "Men's 100 metres",
        // unless a listed company has that name)
        let possessive = is_apos(t, e)
            && t.toks[e].gap == 0
            && t.toks
                .get(e + 1)
                .is_some_and(|x| x.kind == Tk::Word && x.gap == 0 && t.fold(e + 1) == "s")
            && (!gazetteer::common_word(fold_first) || gazetteer::company(fold_first));
        if initial
            && !known
            && !org_cue
            && !titled
            && !title_after
            && !person_after
            && !possessive
            && !moves_by_percent(t, e)
            // ("Airbus a livré", "Shell said": a listed company acting)
            && !(company_acts(t, e, fold_first) && gazetteer::company(fold_first))
            && !(agent_verb_after(t, e)
                && ft.lex.flags == 0
                && !ft.has(HYPHEN)
                && !gazetteer::common_word(fold_first)
                // (not a plural of people: "Traders said", "Eyewitnesses
                // said", "Analysts warned")
                && !["ers", "ists", "ants", "ents", "esses", "ives", "ians"]
                    .iter()
                    .any(|x| fold_first.ends_with(x)))
        {
            return;
        }
        if ft.lex.flags & (CLOSED | STOPCAP) != 0 && !ft.has(ALLCAPS) {
            return;
        }
        if ft.has(ALLCAPS) && ft.lex.flags & (STOPCAP | TITLE) != 0 {
            return;
        }
        // an abbreviated title and its stop ("Maj. John Roe" opening a
        // sentence)
        if ft.lex.flags & TITLE != 0 && fold_first.len() <= 4 && glued_stop(t, e) {
            return;
        }
        // (a number's word, but the United Nations in capitals: "the UN")
        if t.fold(first).chars().count() < 2
            || ft.lex.flags & NUMWORD != 0 && !(ft.has(ALLCAPS) && fold_first == "un")
        {
            return;
        }
        if place.is_none() && !given && !shaped && !titled && demonym_use(t, seen, first, e) {
            return;
        }
        // a people's name used alone: "a Canadian", "les Australiens",
        // "des Grecs"
        // ("the 64-year-old Nevadan": an age is no title)
        let aged = first > 0 && t.fold(first - 1).ends_with("year-old");
        if place.is_none()
            && !given
            && !shaped
            && (!titled || aged)
            && !org_cue
            && nationality(fold_first)
        {
            return;
        }
        // a people's adjective that is also a given name, before a
        // lowercase word: "German two-year Bund yields", not "German Gref"
        if place.is_none()
            && !titled
            && nationality(fold_first)
            && t.toks.get(e).is_some_and(|n| {
                n.kind == Tk::Word && n.has(LOWER) && !n.has(CAP) && n.gap & NL == 0
            })
        {
            return;
        }
        // Brent crude, the oil benchmark ("Brent rose", "le baril de
        // Brent"), not a place after "in" or "of"
        if fold_first == "brent"
            && !before(1)
                .is_some_and(|b| b.kind == Tk::Word && matches!(t.fold(s - 1), "in" | "of"))
        {
            return;
        }
    } else if initial
        && !known
        && seen.lower(fold_first)
        && gazetteer_at(t, first, &mut String::new()).is_none_or(|(end, _)| end <= first + 1)
        // ("Bank of America shares rose" after "bank shares climbed": a
        // listed company's name opening the sentence keeps its first word)
        && !listed_company_opens(t, first, e)
    {
        return classify(t, seen, first + 1, e, None, has_place, title_after, out);
    }
    if place.is_none() && holiday(t, first, last) {
        return;
    }
    // "South Korean", "North African": a compass word and a people's
    // adjective name no one
    if place.is_none()
        && words.count == 2
        && matches!(
            fold_first,
            "north" | "south" | "east" | "west" | "northern" | "southern" | "eastern" | "western"
        )
        && (nationality(t.fold(last)) || {
            // "South Korean": the place "South Korea" and an "n"
            let mut k = String::new();
            t.key(s, e, &mut k);
            k.strip_suffix('n')
                .is_some_and(|p| gazetteer::place(p).is_some())
        })
    {
        return;
    }
    if place.is_none() && not_named_entity(t, first, last, single) {
        return;
    }
    // "Zeus", "Allah", "Jésus": a god or a prophet is named as a person
    if single && place.is_none() && t.toks[first].has(CAP) && deity(fold_first) {
        let mut f = Found::new(t, first, e, EntityKind::Person, "deity", None);
        f.conf = MEDIUM;
        out.push(f);
        return;
    }
    // "Scientologists", "Methodist", "Islamophobia", "New Zealanders":
    // followers, doctrines and the people of a place are no one's name
    if place.is_none()
        && !given
        && !shaped
        && (s0 == s || !t.toks[s0].has(CAP) || t.fold(s0) != "the")
        && (single && doctrine_or_follower(fold_first) || people_of_place(t, s, e))
    {
        return;
    }
    // a legal form alone ("…, Inc." after a name that took it) names no one
    if single
        && matches!(
            fold_first,
            "inc" | "ltd" | "llc" | "plc" | "corp" | "gmbh" | "llp"
        )
    {
        return;
    }
    // a part of a text named by its number ("Section 10(b)", "Article
    // 49.3", "Chapter 11", "Rule 10b-5") is a reference, no name
    if single
        && place.is_none()
        && matches!(
            fold_first,
            "section"
                | "sections"
                | "article"
                | "articles"
                | "chapter"
                | "chapitre"
                | "rule"
                | "rules"
                | "paragraph"
                | "paragraphe"
                | "clause"
                | "annex"
                | "annexe"
                | "amendment"
                | "alinea"
                | "title"
                | "titre"
                | "part"
                | "partie"
        )
        && t.toks.get(e).is_some_and(|n| {
            n.gap & NL == 0 && (n.kind == Tk::Num || n.kind == Tk::Word && n.has(DIGIT))
        })
    {
        return;
    }
    // a line of common words in capitals ("UP NEXT", "BREAKING NEWS",
    // "À LIRE AUSSI") is a heading
    if !single
        && place.is_none()
        && ft.gap & NL != 0
        && t.toks.get(e).is_none_or(|a| a.gap & NL != 0)
        && word_idx(t, s, e).all(|w| {
            t.toks[w].has(ALLCAPS)
                && (t.toks[w].lex.flags & (CLOSED | STOPCAP) != 0
                    || gazetteer::common_word(t.fold(w))
                    || t.fold(w).len() <= 3)
        })
        && word_idx(t, s, e).any(|w| gazetteer::common_word(t.fold(w)))
    {
        return;
    }
    // a common word shouted in capitals ("UNLESS", "ATTENTION") is no
    // acronym; short ones may be ("WHO", "AIDS")
    if single
        && ft.has(ALLCAPS)
        && place.is_none()
        && fold_first.len() >= 5
        && gazetteer::common_word(fold_first)
    {
        return;
    }
    // "Volgograd Arena", "Fisht Stadium": a venue is no entity, the place
    // that names it is
    // ("Kuala Lumpur International Airport", "Amsterdam Airport Schiphol",
    // "Dublin Castle": the place that opens its name)
    let venue_at = if !single && venue(t, last) {
        Some(last)
    } else {
        word_idx(t, s, e).skip(1).find(|&w| {
            venue(t, w)
                && w + 2 == e
                && t.toks[last].has(CAP)
                && t.toks[last].lex.flags & (ORG_HEAD | ORG_SUFFIX) == 0
        })
    };
    if let Some(v) = venue_at {
        let mut k = String::new();
        t.key(s, v, &mut k);
        let from = out.len();
        if gazetteer::place(&k).is_some() {
            out.push(strong(t, s, v, EntityKind::Place, "venue-place"));
        } else if let Some((pe, _)) = gazetteer_at(t, s, &mut k).filter(|&(pe, _)| pe < v)
            && word_idx(t, pe, v).all(|w| matches!(t.fold(w), "international" | "central" | "city"))
        {
            out.push(strong(t, s, pe, EntityKind::Place, "venue-place"));
        }
        // (a venue's word inside a longer name no place opens is left to
        // the rules below: "Palm House Hotel LLLP")
        if v == last || out.len() > from {
            return;
        }
    }
    // (or its part "of" a place: "the Northern District of California")
    let divides = || (s + 1..e).any(|k| t.fold(k) == "of" && land_feature(t, k - 1));
    if !single
        && place.is_none()
        && (land_feature(t, last) || has_place && divides())
        && word_idx(t, s, last).all(|w| t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX) == 0)
    {
        out.push(strong(t, s, e, EntityKind::Place, "land-feature"));
        return;
    }
    // ("38th Street", "7th Avenue": a numbered street, its ordinal first)
    let ordinal_before = s > 0
        && t.toks[s].gap & (SP | NL) == SP
        && t.toks[s - 1].kind == Tk::Word
        && t.toks[s - 1].has(DIGIT)
        && {
            let f = t.fold(s - 1);
            f.len() > 2
                && ["st", "nd", "rd", "th"].iter().any(|x| f.ends_with(x))
                && f[..f.len() - 2].bytes().all(|b| b.is_ascii_digit())
        };
    if (!single || ordinal_before) && place.is_none() && street(t, last) {
        // (an abbreviation's stop: "Main St.", not a sentence's after
        // "Fifth Avenue")
        let abbreviated = matches!(t.fold(last), "ave" | "st" | "blvd" | "rd");
        let end = if abbreviated && glued_stop(t, e) {
            e + 1
        } else {
            e
        };
        let from = if ordinal_before { s - 1 } else { s };
        out.push(strong(
            t,
            from,
            end.min(t.len()),
            EntityKind::Place,
            "street",
        ));
        return;
    }
    // "Cape Canaveral", "Îles Baléares", "Lac Léman", "Mount Kenya": a
    // capitalized geographic word first makes a place (not "Mount Sinai
    // Hospital": a head word of an institution is no place's)
    if !single
        && place.is_none()
        && !org_cue
        && matches!(
            fold_first,
            "ile"
                | "iles"
                | "mont"
                | "monts"
                | "lac"
                | "cap"
                | "golfe"
                | "mer"
                | "ocean"
                | "baie"
                | "cape"
                | "mount"
                | "lake"
                | "gulf"
                | "isle"
                | "isles"
                | "grotte"
                | "pointe"
                | "plage"
                | "punta"
                | "playa"
                | "isla"
                | "lago"
                | "cerro"
        )
        && word_idx(t, s, e).all(|w| t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX) == 0)
    {
        out.push(strong(t, s, e, EntityKind::Place, "geo-first"));
        return;
    }
    if let Some(with_head) = geo_head(t, s) {
        let from = if with_head { s - 1 } else { s };
        out.push(strong(t, from, e, EntityKind::Place, "geo-head"));
        return;
    }
    let initials = word_idx(t, s, e).all(|w| single_char(t.fold(w)))
        && t.toks
            .get(last + 1)
            .is_some_and(|d| d.kind == Tk::Punct('.'));
    let end = if initials { last + 2 } else { e };
    // a stock market index, with its number when it has one ("CAC 40",
    // "FTSE 100", "Nikkei 225", "Dow Jones")
    if !initials && let Some(end) = stock_index(t, s, e) {
        // its number is no quantity ("Nikkei 225 stock index")
        if end > e {
            out.retain(|f| !(f.kind == EntityKind::Quantity && f.ts < end && e < f.te));
        }
        out.push(strong(t, s, end, EntityKind::Organization, "stock-index"));
        return;
    }
    // "Moody's", "L'Oréal": a listed company's name with its apostrophe
    if !initials && let Some((from, to)) = apostrophe_company(t, s, e) {
        out.push(strong(
            t,
            from,
            to,
            EntityKind::Organization,
            "gazetteer-company",
        ));
        return;
    }
    // a company of a major stock index, by its whole name ("Morgan
    // Stanley" is no person; "said Amazon" no person cue), unless a
    // country, city or region has that name; a lone word only mid-sentence
    // "Mme Dupont", "Mr. Ford": a form of address names a person, even
    // one named like a listed company
    let courtesy = s0.checked_sub(1).is_some_and(|p| {
        let p = if t.toks[p].kind == Tk::Punct('.') && p > 0 {
            p - 1
        } else {
            p
        };
        t.toks[p].kind == Tk::Word
            && matches!(
                t.fold(p),
                "m" | "mme"
                    | "mmes"
                    | "mlle"
                    | "mr"
                    | "mrs"
                    | "ms"
                    | "dr"
                    | "pr"
                    | "madame"
                    | "monsieur"
                    | "mademoiselle"
                    | "miss"
            )
    });
    let company = !initials
        && !courtesy
        && !place.is_some_and(|p| p != PlaceKind::Town)
        && (!single || !initial || company_acts(t, e, fold_first))
        && gazetteer::company_start(fold_first)
        && {
            let mut k = String::new();
            t.key(s, e, &mut k);
            gazetteer::company(&k)
        };
    // ", Inc.", ", LLC", ", Ltd." after the name: a company's, whatever
    // the words ("Speedee Brakes, LLC", "Utz Quality Foods, LLC")
    let legal_form_after = !initials
        && comma_legal_form(t, e).is_some()
        && matches!(
            t.fold(e + 1),
            "inc" | "ltd" | "llc" | "plc" | "corp" | "l.p" | "lp" | "llp" | "gmbh"
        );
    let (kind, rule, conf) = if company {
        (EntityKind::Organization, "gazetteer-company", STRONG)
    } else if legal_form_after {
        (EntityKind::Organization, "org-suffix", STRONG)
    } else if place.is_none()
        && !has_place
        && !given
        && words.count <= 3
        // (a sector: "Bank stocks were down")
        && !(single && gazetteer::common_word(fold_first))
        && securities_after(t, e)
    {
        // "trades in Apache shares": a company's (not "Tokyo shares",
        // a place's market)
        (EntityKind::Organization, "securities", MEDIUM)
    } else if initials {
        if words.count < 2 && !titled {
            return;
        }
        (EntityKind::Person, "initials", MEDIUM)
    } else if irish_o(t, first, first + 1) && words.count <= 2 {
        // "O'Brien said": an Irish surname is a person's
        (EntityKind::Person, "irish-surname", MEDIUM)
    } else if let Some(pk) = place.filter(|&p| {
        // (nor before an institution's adjective: "L'Union européenne"
        // is no town of Haute-Garonne)
        !(p == PlaceKind::Town && (titled || company_cue || institution_adjective(t, e)))
    }) {
        // (a town's name after a person's title is a surname: "President
        // Bush", "Senator Lincoln"; after a company's word, a company's:
        // "la multinationale Monsanto")
        if pk == PlaceKind::Town {
            (EntityKind::Place, "gazetteer-town", MEDIUM)
        } else {
            (EntityKind::Place, "gazetteer", STRONG)
        }
    } else if !single && compass_part(t, first, last) {
        // "Kowloon East", "New Territories West", "Pacific Northwest": a
        // place and a point of the compass after it
        (EntityKind::Place, "place-compass", STRONG)
    } else if ft.lex.flags & ORG_HEAD != 0 && !single {
        (EntityKind::Organization, "org-head", STRONG)
    } else if !single
        && (first + 1..last).any(|w| {
            // "Andy Warhol Foundation for the Visual Arts", "the Mary
            // Block Museum of Art": an institution's head word inside the
            // name, with its complement, makes an organization of a name
            // that opens with a person's
            t.toks[w].kind == Tk::Word
                && t.toks[w].has(CAP)
                && t.toks[w].lex.flags & ORG_HEAD != 0
                && t.toks.get(w + 1).is_some_and(|c| {
                    c.kind == Tk::Word
                        && matches!(t.fold(w + 1), "of" | "for" | "de" | "du" | "des")
                })
        })
    {
        (EntityKind::Organization, "org-head-inside", STRONG)
    } else if !given && said_then_role(t, s, e) {
        // "said Bell Curve Trading chief strategist, Bill Roe": the name
        // between "said" and a role is the speaker's employer
        (EntityKind::Organization, "org-before-role", MEDIUM)
    } else if titled && !given && words.count <= 3 && role_words(t, s, e) {
        // "Chief Restructuring Officer": after a title, the rest of a
        // role, no one's name
        return;
    } else if (titled
        // (not a sentence's first word that is a common one: "Toutefois, le
        // patron de l'usine a précisé"; an organization known the world
        // over is settled after, by `known_names_and_events`: "Sur Twitter,
        // le président brésilien Michel Temer")
        || person_after && !(single && initial && gazetteer::common_word(fold_first)))
        // ("said Fox News": no person's name ends on a company's word)
        && (single || given || t.toks[last].lex.flags & ORG_SUFFIX == 0)
        // (nor on a legislature's: "the United States Congress, the
        // president…")
        && (titled || given || !super::legislature(t.fold(last)))
    {
        // (before a mark or "de": "député LR, …", "sénateur PS de l'Ain";
        // not "le candidat DSK a dit", a person by his initials)
        let party_end = t.toks.get(e).is_none_or(|n| {
            matches!(n.kind, Tk::Punct(',' | '.' | ')' | ';' | ':'))
                // (the preposition "à", not the verb "a")
                || n.kind == Tk::Word
                    && matches!(
                        t.surf(e),
                        "de" | "du" | "des" | "d" | "à" | "au" | "aux" | "pour"
                    )
        });
        if single && t.toks[first].has(ALLCAPS) && s > 0 && elected_role(t.fold(s - 1)) && party_end
        {
            // ("député LR", "sénateur PS": the party of the office)
            (EntityKind::Organization, "party-after-role", STRONG)
        } else {
            (EntityKind::Person, "person-cue", STRONG)
        }
    } else if words.count <= 3
        && !shaped
        // (not a city's club: "Manchester United said he")
        && gazetteer::place(fold_first).is_none_or(|p| p == PlaceKind::Town)
        && word_idx(t, s, e).all(|w| t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX) == 0)
        && said_he(t, e)
    {
        (EntityKind::Person, "person-pronoun", MEDIUM)
    } else if title_after {
        // the employer before a title ("NASA Administrator Charles Bolden",
        // "Sears CEO Alan Lacy", "State Department Spokesperson") is named
        // by an acronym, a known company or body, or a body's word; other
        // words there open the title ("National Security Advisor", "Police
        // Superintendent", "Emeritus Professor", "Tory Shadow Health
        // Secretary"): no entity
        let employer = single && ft.has(ALLCAPS)
            || gazetteer::company(fold_first)
            || gazetteer::known_organization(fold_first)
            || word_idx(t, s, e).any(|w| t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX) != 0);
        if !employer {
            return;
        }
        (EntityKind::Organization, "org-before-title", MEDIUM)
    } else if ft.has(DOT) {
        // a web domain ("Alibaba.com") is an organization's name whatever
        // the other mentions suggest
        let domain = t
            .surf(first)
            .rsplit_once('.')
            .is_some_and(|(_, tld)| TLDS.contains(&tld.to_ascii_lowercase().as_str()));
        (
            EntityKind::Organization,
            "dotted",
            if domain { 2 * STRONG } else { STRONG },
        )
    } else if !single
        && t.toks[last].lex.flags & (ORG_SUFFIX | ORG_HEAD) != 0
        // ("Scale AI", "Mistral AI": a company; "Generative AI",
        // "Responsible AI": the technology)
        && !(t.fold(last) == "ai"
            && (words.count != 2
                || t.sentence_initial(first)
                    && (gazetteer::common_word(fold_first) || gazetteer::shared_word(fold_first))
                || ["ive", "ble", "ic", "ed"]
                    .iter()
                    .any(|x| fold_first.ends_with(x))))
    {
        (EntityKind::Organization, "org-suffix", STRONG)
    } else if abbreviated_saint(t, first).is_some_and(|w| w.starts_with("saint"))
        && words
            .second
            .is_some_and(|n| gazetteer::given_name(t.fold(n)))
    {
        // "St. Francis of Assisi": a saint, named like a person
        (EntityKind::Person, "saint", MEDIUM)
    } else if words.count == 2
        && roman(t.surf(last))
        && (given
            || first > 0
                && t.toks[first - 1].kind == Tk::Word
                && matches!(
                    t.fold(first - 1),
                    "king"
                        | "queen"
                        | "pope"
                        | "emperor"
                        | "sultan"
                        | "tsar"
                        | "roi"
                        | "reine"
                        | "pape"
                        | "empereur"
                        | "prince"
                        | "princess"
                        | "princesse"
                ))
    {
        // "Louis XIV", "Elizabeth II", "Benoît XVI": a monarch or a pope
        (EntityKind::Person, "regnal-name", STRONG)
    } else if given && words.count == 2 && !t.toks[last].has(ALLCAPS) && !org_cue {
        (EntityKind::Person, "given-name", STRONG)
    } else if given && !org_cue && place.is_none() && given_initials_surname(t, first, last) {
        // "Robert F. Kennedy Jr.", "George H. W. Bush", "Samuel L.
        // Jackson": a surname that a town also bears
        (EntityKind::Person, "given-initials", STRONG)
    } else if words.count == 2 && !org_cue && place.is_none() && romanized_name(t, first, last) {
        (EntityKind::Person, "romanized-name", MEDIUM)
    } else if last == first + 2 && compass_initial_place(t, first, last) {
        // "S. Korea", "N. Ireland", "S. Africa": a point of the compass
        // abbreviated before a place's name
        (EntityKind::Place, "compass-initial", STRONG)
    } else if (2..=3).contains(&words.count)
        && !org_cue
        && place.is_none()
        && initial_and_surname(t, first, last)
    {
        (EntityKind::Person, "initial-name", MEDIUM)
    } else if has_place
        && words.count == 2
        && t.toks[last].has(DOT)
        && matches!(t.fold(last), "d.c" | "n.y" | "b.c")
        && words
            .first
            .is_some_and(|w| gazetteer::place(t.fold(w)).is_some())
    {
        // "Washington D.C.", "Vancouver B.C.": a city and its state's
        // or province's initials
        (EntityKind::Place, "place-initials", MEDIUM)
    } else if has_place
        && words.count == 2
        && !org_cue
        && !t.toks[last].has(ALLCAPS)
        && gazetteer::any_given_name(fold_first)
        && [first, last].iter().all(|&w| {
            gazetteer::place(t.fold(w)).is_none_or(|p| p == PlaceKind::Town)
                && !gazetteer::common_word(t.fold(w))
        })
        && !us_name_before_a_word(t, seen, fold_first, last)
    {
        // "Jérémie Zimmermann": a given name and a word that only the
        // long list of towns knows, not a common word
        (EntityKind::Person, "given-name-rare", MEDIUM)
    } else if has_place
        && words.count == 2
        && matches!(fold_first, "greater" | "grand")
        && gazetteer::place(t.fold(last)).is_some()
    {
        // "Greater China", "Greater Manchester", "Grand Paris": the area
        // around a place
        (EntityKind::Place, "greater-place", MEDIUM)
    } else if has_place
        && (2..=3).contains(&words.count)
        && nationality(fold_first)
        && (!fold_first.ends_with('s') || fold_first == "swiss")
        && !t.toks[last].has(ALLCAPS)
        && {
            let mut k = String::new();
            t.key(first + 1, e, &mut k);
            gazetteer::place(&k).is_some_and(|p| p != PlaceKind::Town)
        }
    {
        // "Pakistani Kashmir", "Iranian Kurdistan": the part of a place
        // that a people holds
        (EntityKind::Place, "people-s-place", MEDIUM)
    } else if has_place
        && words.count <= 3
        && !org_cue
        && word_idx(t, s, e).all(|w| t.toks[w].lex.flags & (ORG_HEAD | ORG_SUFFIX) == 0)
        && s > 0
        && t.toks[s - 1].kind == Tk::Word
        && (matches!(t.fold(s - 1), "in" | "near" | "from") || t.surf(s - 1) == "à")
        && country_after(t, s, e)
    {
        // "in Eureka Springs, Arkansas": a town named after another place,
        // after "in" (not "at": "at Paris Dauphine, France"), then its
        // state or country
        (EntityKind::Place, "place-of-country", MEDIUM)
    } else if has_place
        && words.count == 2
        && !org_cue
        && t.surf(last) == "City"
        && gazetteer::place(fold_first).is_some()
        && !seen.about_sport(t, 3)
    {
        // "Gaza City", "Quebec City", "Kansas City": a place and "City"
        // (in an article about a sport, a club: "Manchester City")
        (EntityKind::Place, "place-city", MEDIUM)
    } else if has_place
        && words.count == 2
        && !org_cue
        && gazetteer::any_given_name(fold_first)
        && ft.lex.flags & lexicon::CLOSED == 0
        && gazetteer::place(fold_first).is_some_and(|p| p != PlaceKind::Country)
        && !t.toks[last].has(ALLCAPS | DOT | DIGIT)
        && !t.fold(last).ends_with('s')
        && t.toks[last].lex.flags == 0
        && gazetteer::place(t.fold(last)).is_none()
        && !gazetteer::common_word(t.fold(last))
        && !gazetteer::shared_word(t.fold(last))
        && !gazetteer::company(t.fold(last))
    {
        // "Aude Rossigneux", "Sophia Chikirou", "Florence Parly": a given
        // name that is also a town's or a region's (not a country's: "France
        // Culture"), then a word no list knows (not a plural: "Denver
        // Broncos")
        (EntityKind::Person, "given-name-place", MEDIUM)
    } else if has_place
        && matches!(words.count, 3 | 4)
        && !org_cue
        && gazetteer::given_name(fold_first)
        // (a given name that only a small town bears too: "Yves")
        && gazetteer::place(fold_first).is_none_or(|p| p == PlaceKind::Town)
        && word_idx(t, s, e).skip(1).all(|w| {
            // (a generational suffix: "Preston David Pinkett II")
            if w == last && generational_suffix(t, first, last) {
                return true;
            }
            let f = t.fold(w);
            // (a family name's particle: "Yves Pozzo di Borgo"; not after
            // a body's word or one the article writes in lower case: "Ville
            // de Paris")
            if w < last
                && ft.lex.flags & (ORG_HEAD | ORG_CUE | STOPCAP | CLOSED) == 0
                && !seen.lower(fold_first)
                // (a small town's name after it, not a city's: "Ville de
                // Paris")
                && gazetteer::place(t.fold(last)).is_none_or(|p| p == PlaceKind::Town)
                && !t.toks[w].has(CAP)
                && matches!(f, "di" | "da" | "de" | "del" | "della" | "dos" | "van" | "von")
            {
                return true;
            }
            // (a town's name, not a country's: "Fan Expo Canada")
            gazetteer::place(f).is_none_or(|p| !matches!(p, PlaceKind::Country | PlaceKind::Area))
                && t.toks[w].has(CAP)
                && !t.toks[w].has(ALLCAPS | DOT | DIGIT)
                && t.toks[w].lex.flags == 0
                && !gazetteer::common_word(f)
                && !gazetteer::shared_word(f)
                && !gazetteer::company(f)
        })
    {
        // "José Aureliano Valenzuela Román": a common given name and
        // family names, one of which a town's (not "George Washington
        // University": a head; not "Winston Churchill Memorial": a word)
        (EntityKind::Person, "given-names-place", MEDIUM)
    } else if has_place {
        // (weak after a given name: "Ted Kennedy", "Paris Hilton" may be a
        // person that a cue elsewhere names)
        let conf = if words.count == 2 && gazetteer::any_given_name(fold_first) {
            WEAK
        } else {
            MEDIUM
        };
        (EntityKind::Organization, "org-with-place", conf)
    } else if org_cue {
        (EntityKind::Organization, "org-cue", STRONG)
    } else if given
        && !single
        && (!t.toks[last].has(ALLCAPS) || generational_suffix(t, first, last))
    {
        (EntityKind::Person, "given-name", STRONG)
    } else if place_cue_strong {
        (EntityKind::Place, "place-cue", MEDIUM)
    } else if words.count <= 2
        && !shaped
        && !given
        && (country_after(t, s, e) || region_after_city(t, s, e))
    {
        (EntityKind::Place, "place-of-country", MEDIUM)
    } else if place_cue && single && !shaped && !super::legislature(fold_first) {
        // ("in Congress", "au Sénat": the institution)
        (EntityKind::Place, "place-cue", WEAK)
    } else if ft.has(ALLCAPS) && single {
        (EntityKind::Organization, "acronym", MEDIUM)
    } else if ft.has(INNERCAP) && !(single && surname_particle_caps(t.surf(first))) {
        (EntityKind::Organization, "inner-caps", MEDIUM)
    } else if fold_first == "al" && words.count == 2 && arabic_name_word(t.fold(last)) {
        // "Al Jazeera", "Al Qaeda", "Al Arabiya": the Arabic article
        // before a word of Arabic shape names a body or a medium, not
        // "Al Gore"
        (EntityKind::Organization, "arabic-article", MEDIUM)
    } else if !single
        && words.count <= 3
        && gazetteer::any_given_name(fold_first)
        && !t.toks[last].has(ALLCAPS)
        // (not an adjective that some list gives as a name: "Red Cross",
        // "Royal Palm", "Free Software Foundation")
        && !matches!(
            fold_first,
            "red" | "blue" | "black" | "white" | "green" | "golden" | "silver" | "royal" | "free"
        )
        // (nor a rank or a title some list gives as a name, before no
        // given name: "Major Disaster Declaration", "General Services";
        // "Major Garrett" is a person; "Duke", "Dean", "King" are given
        // names often enough: "Duke Ellington")
        && (!matches!(
            fold_first,
            "major" | "general" | "captain" | "sergeant" | "marshal" | "admiral" | "colonel"
                | "bishop" | "judge" | "prince" | "earl" | "lord" | "baron" | "mayor" | "senior"
                | "chief"
        ) || words.second.is_some_and(|w| gazetteer::given_name(t.fold(w))))
        && !us_name_before_a_word(t, seen, fold_first, last)
    {
        // "Serena Williams", "Thibaut Courtois": a rarer given name first
        (EntityKind::Person, "given-name-rare", MEDIUM)
    } else if single
        && given
        && (nationality(fold_first)
            || matches!(
                fold_first,
                "christian" | "catholic" | "protestant" | "baptist"
            ))
        && !person_after
    {
        // "the discoverer was German", "a Christian family": a given name
        // that is also a people's or a faith's adjective, alone, is the
        // adjective
        return;
    } else if single
        && given
        && !shaped
        && fold_first.chars().count() >= 4
        && !definite_article_before(t, s0)
    {
        // "Gloria", "Ahmed": a common given name alone, weak evidence (not
        // a short one, as often a syllable of a longer name: "Ali", "Qi";
        // nor after an article: "la Marine marchande", "the Victoria")
        (EntityKind::Person, "given-name-alone", WEAK)
    } else if single && !shaped && place.is_none() && moves_by_percent(t, e) {
        // (a measure moves too, and names nothing: "Revenue rose 8%")
        if financial_measure(fold_first) {
            return;
        }
        // "Worldline a chuté de 4,3%", "Zentrix fell 3%": a share's move
        (EntityKind::Organization, "stock-move", MEDIUM)
    } else if words.count <= 3 && !shaped && place.is_none() && kin_cue(t, s0, e) {
        // "Zorvansky's wife", "la veuve de Zorvansky": only a person has
        // a family, a funeral or a presidency
        (EntityKind::Person, "kin-cue", MEDIUM)
    } else if words.count <= 3 && !shaped && place.is_none() && role_appositive(t, s0, e) {
        // "the head of NATO, Hoop Scheffer, said", "le patron de la Fnac,
        // Enrique Zorvel, a dit": a name set off by commas after a role
        // and its "of"
        (EntityKind::Person, "role-appositive", MEDIUM)
    } else if quoted_alone(t, s0, e) || subtitle(t, s0) {
        // a quoted name with no evidence: a title, a nickname, a slogan
        // ("their robot "Robogee."", "la vidéo « Collateral Murder »")
        return;
    } else if words.count <= 3 && role_words(t, s0, e) || field_of_study(t, s0) {
        // "the Team Manager of", "named Head Coach": a role written with
        // capitals; "Professor in Educational Leadership, Sport Studies
        // and …": fields of study
        return;
    } else if words.count <= 3
        && !shaped
        && place.is_none()
        && first == s0
        && !definite_article_before(t, s0)
        // (a name before a number is a team in a result or a table, "Raith
        // 0 Motherwell 3", or a craft, "Vostok 1")
        && !t.toks.get(e).is_some_and(|x| x.kind == Tk::Num && x.gap & NL == 0)
        && {
        let mut k = String::new();
        t.key(first, last + 1, &mut k);
        gazetteer::small_place(&k)
    } {
        // "entre les jonctions Bessenbach et Waldaschaff", "Castellane":
        // a small town's name with no other evidence, unless another
        // mention decides (not after an article: "Le Figaro", "the
        // Globe")
        (EntityKind::Place, "small-place", 0)
    } else if single
        && ft.has(HYPHEN)
        && !ft.has(ALLCAPS)
        && ["saint-", "sainte-"].iter().any(|p| {
            fold_first.strip_prefix(p).is_some_and(|r| {
                r.len() > 2 && !r.split('-').next().is_some_and(gazetteer::company_start)
            })
        })
    {
        // "Sainte-Maire", "Saint-Plouvec": a hyphenated saint's name with
        // no other evidence is a town or a parish far more often than a
        // club or a company, unless another mention decides
        (EntityKind::Place, "saint-place", 0)
    } else if (2..=3).contains(&words.count)
        && word_idx(t, s, e).all(|w| {
            let x = &t.toks[w];
            x.has(CAP) && !x.has(ALLCAPS | DIGIT | DOT | INNERCAP) && x.lex.flags == 0
        })
        && slavic_surname(t.fold(last))
        && !slavic_surname(fold_first)
    {
        // "Iouri Sineltchikov", "Alvi Karimov", "Evgueni Trefilov": a
        // surname's ending that names no company, after a first word
        // without it, is a person's, unless another mention decides
        (EntityKind::Person, "surname-shape", 0)
    } else if words.count == 3 && {
        let mut w = word_idx(t, s, e);
        let (a, m, z) = (w.next(), w.next(), w.next());
        let plain = |k: usize| {
            let x = &t.toks[k];
            x.has(CAP)
                && !x.has(ALLCAPS | DIGIT | DOT)
                && x.lex.flags == 0
                && !gazetteer::company(t.fold(k))
                && gazetteer::place(t.fold(k)).is_none()
        };
        a.is_some_and(plain) && z.is_some_and(plain) && m.is_some_and(|m| initial_at(t, m))
    } {
        // "Melissia A. Buckhalter-Honore": a middle initial between two
        // plain words is a person's name, unless another mention decides
        (EntityKind::Person, "middle-initial", 0)
    } else if short_syllable_name(t, s, e) {
        // "Aung San Suu Kyi", "Png Eng Huat", "Le Pen": two to four short
        // words no list knows, the syllables of East and Southeast Asian
        // names, or a French surname's article and the surname, are a
        // person's unless another mention decides
        (EntityKind::Person, "short-words-name", 0)
    } else {
        // no evidence: an organization unless another mention decides
        (EntityKind::Organization, "capitalized", 0)
    };
    // "Inc.", "Corp.", "S.A.", "Martin Luther King Jr.": the abbreviation's
    // full stop is part of the name
    let suffix = match kind {
        EntityKind::Organization => matches!(
            t.fold(last),
            "inc"
                | "corp"
                | "ltd"
                | "co"
                | "plc"
                | "llc"
                | "bros"
                | "a"
                | "sa"
                | "s.a"
                | "ag"
                | "nv"
                | "l.p"
                | "l.l.c"
        ),
        EntityKind::Person => matches!(t.fold(last), "jr" | "sr"),
        EntityKind::Place => matches!(t.fold(last), "d.c" | "n.y" | "b.c"),
        _ => false,
    };
    // (not a sentence's full stop after a form written in capitals
    // without stops: "… et Moteurs SA. Elle a payé", "UBS AG.\n")
    let sentence_stop = matches!(t.surf(last), "SA" | "AG" | "NV")
        && t.toks
            .get(end + 1)
            .is_none_or(|x| x.gap & NL != 0 || x.gap != 0 && x.has(CAP));
    let end = if suffix && !initials && !sentence_stop && glued_stop(t, end) {
        end + 1
    } else {
        end
    };
    // what follows a company's name and belongs to it: a product's model
    // code ("Unity 3D", "Airbus A380"), a legal form after a comma
    // ("Charles Schwab & Co., Inc.", "Acme Holdings, Ltd.")
    let end = if kind == EntityKind::Organization {
        let end = model_code_after(t, end).unwrap_or(end);
        // "Canal+", "Disney+", "Apple TV+": a plus glued to the name, then
        // no word glued to it
        let end = if t
            .toks
            .get(end)
            .is_some_and(|x| x.kind == Tk::Punct('+') && x.gap == 0)
            && t.toks
                .get(end + 1)
                .is_none_or(|x| x.gap != 0 || x.kind != Tk::Word && x.kind != Tk::Num)
        {
            end + 1
        } else {
            end
        };
        if suffix || legal_form_after || t.toks[last].lex.flags & ORG_SUFFIX != 0 {
            // "Merck & Co. Inc.": a second form right after the first
            let end = if suffix
                && end > last + 1
                && t.toks
                    .get(end)
                    .is_some_and(|x| x.kind == Tk::Word && x.gap & (SP | NL) == SP)
                && t.fold(end) == "inc"
                && glued_stop(t, end + 1)
            {
                end + 2
            } else {
                end
            };
            comma_legal_form(t, end).unwrap_or(end)
        } else {
            end
        }
    } else {
        end
    };
    // "le prix Nobel", "le prix Goncourt": a prize is no entity; "le
    // comité Nobel", "l'université Harvard": an institution's lowercase
    // head right before the name owns it
    if !initials && words.count <= 3 && s > 0 && t.toks[s].gap & (SP | NL) == SP {
        let p = &t.toks[s - 1];
        if p.kind == Tk::Word && p.has(LOWER) && !p.has(CAP) {
            match t.fold(s - 1) {
                "prix" => return,
                // (not "la fondation Wikimedia", "l'école Ozar Hatorah",
                // "l'institut Ifop": the name alone)
                "comite" | "universite" | "musee" | "academie"
                    if matches!(kind, EntityKind::Organization | EntityKind::Place) =>
                {
                    out.push(strong(
                        t,
                        s - 1,
                        end,
                        EntityKind::Organization,
                        "institution",
                    ));
                    return;
                }
                _ => {}
            }
        }
    }
    // "ministère de l'Intérieur", "tribunal de Paris": an institution's
    // lowercase head before the name owns it
    if !initials
        && matches!(kind, EntityKind::Organization | EntityKind::Place)
        && let Some(h) = institution_head(t, s)
    {
        // "la cour d'appel de Paris", "le tribunal correctionnel de
        // Bobigny", "le parquet de Louvain", "la mairie de Bègles": a
        // court's, a prosecutor's or a town hall's seat, in lower case, is
        // the town's name (the blind sets leave the body unlisted, and
        // list the town)
        if matches!(
            t.fold(h),
            "cour" | "tribunal" | "parquet" | "mairie" | "prefecture"
        ) && t.fold(h + 1) != "supreme"
        {
            let mut f = Found::new(
                t,
                s,
                end.min(t.len()),
                EntityKind::Place,
                "court-seat",
                None,
            );
            f.conf = MEDIUM;
            out.push(f);
            return;
        }
        // "ministère des Affaires étrangères": its adjectives too
        let mut end = end.min(t.len());
        while end < s + 8 && institution_adjective(t, end) {
            end += 1;
        }
        // and a portfolio's lower-case complement: "ministère russe des
        // Situations d'urgence" (not a place's: "tribunal de Paris")
        if kind == EntityKind::Organization && end == s + 1 {
            end = complement::complements(t, end, &[]).unwrap_or(end);
        }
        // and its people's adjective after it: "ministère de la Défense
        // autrichien"
        if kind == EntityKind::Organization
            && national_adjective(t, end)
            && t.toks[end].gap & (SP | NL) == SP
        {
            end += 1;
        }
        out.push(strong(t, h, end, EntityKind::Organization, "institution"));
        return;
    }
    let from = if kind == EntityKind::Organization
        && (media_with_the(t, s0, s, last) || company_with_the(t, s0, s, last))
    {
        s0
    } else {
        s
    };
    let mut f = Found::new(t, from, end.min(t.len()), kind, rule, None);
    f.conf = conf;
    out.push(f);
}

/// A compound given name whose first part is a given name ("Pierre-Emerick",
/// "Jean-Baptiste", "Marie-Ange"): two capitalized parts of two letters
/// or more.
fn compound_given(surf: &str) -> bool {
    let Some((a, b)) = surf.split_once('-') else {
        return false;
    };
    let cap = |p: &str| {
        p.chars().count() > 1
            && p.chars().next().is_some_and(char::is_uppercase)
            && p.chars().skip(1).all(char::is_lowercase)
    };
    cap(a) && cap(b) && gazetteer::given_name(&crate::model::text::fold(a))
}

/// Two months joined by a hyphen: a quarter's span ("the October-December
/// quarter"), no name.
fn months_joined(f: &str) -> bool {
    f.split_once('-').is_some_and(|(a, b)| {
        [a, b]
            .iter()
            .all(|m| lexicon::lookup(m).flags & MONTH != 0 && m.len() > 2)
    })
}

/// Whether the name ending at `e` is a company's by its securities right
/// after it: "trades in Apache shares", "to trade in Cubist's stock",
/// "Zentrix options".
fn securities_after(t: &Tokens, e: usize) -> bool {
    let security = |k: usize| {
        lower_word_in_line(t, k)
            && matches!(
                t.fold(k),
                "shares" | "share" | "stock" | "stocks" | "securities" | "options" | "warrants"
            )
    };
    // ("Smith shares his view": the verb)
    let verb = lower_word_in_line(t, e)
        && matches!(t.fold(e), "shares" | "share")
        && lower_word_in_line(t, e + 1)
        && matches!(
            t.fold(e + 1),
            "his"
                | "her"
                | "their"
                | "its"
                | "a"
                | "an"
                | "the"
                | "this"
                | "that"
                | "these"
                | "some"
                | "with"
                | "in"
        );
    security(e) && !verb
        || is_apos(t, e)
            && t.toks.get(e).is_some_and(|x| x.gap == 0)
            && t.toks
                .get(e + 1)
                .is_some_and(|x| x.kind == Tk::Word && x.gap == 0)
            && t.fold(e + 1) == "s"
            && security(e + 2)
}

/// Whether the words after a sentence's first word at `e` (folded:
/// `first`) say what only a company does, which makes a listed company of
/// that first word ("Airbus a livré", "Stellantis va supprimer", "Zentrix
/// posted"; not "Total revenue rose", nor a person named like a company:
/// "Fox said"). A verb of speech or of a company's plans counts after a
/// first word that is no common word ("Boeing said", "Ford announced",
/// "Boeing itself employs"; not "Next said"); "is" and "will" never do:
/// "Amazon is the largest rainforest", "Visa will be required".
fn company_acts(t: &Tokens, e: usize, first: &str) -> bool {
    let word = |k: usize| lower_word_in_line(t, k);
    if !word(e) {
        return false;
    }
    match t.surf(e) {
        "posted" | "reported" | "reports" | "delivered" | "shipped" => true,
        "said" | "says" | "announced" | "announces" | "agreed" | "agrees" | "itself" | "plans"
        | "expects" | "employs" | "declined" | "confirmed" | "denied" | "annonce" | "indique"
        | "affirme" | "prévoit" | "emploie" => !gazetteer::common_word(first),
        "a" => {
            word(e + 1)
                && matches!(
                    t.surf(e + 1),
                    "livré"
                        | "publié"
                        | "réalisé"
                        | "enregistré"
                        | "dégagé"
                        | "racheté"
                        | "supprimé"
                )
        }
        "va" => {
            word(e + 1)
                && matches!(
                    t.surf(e + 1),
                    "supprimer" | "racheter" | "fermer" | "investir" | "céder" | "livrer"
                )
        }
        _ => false,
    }
}

/// Whether folded `f` is a measure of a business or an economy that
/// moves by percents as a share does ("Revenue rose 8%", "Sales fell 3%",
/// "Exports dropped 5%"), or any common word.
fn financial_measure(f: &str) -> bool {
    gazetteer::common_word(f)
        || matches!(
            f,
            "revenue"
                | "revenues"
                | "sales"
                | "profit"
                | "profits"
                | "earnings"
                | "exports"
                | "imports"
                | "output"
                | "turnover"
                | "income"
                | "margins"
                | "orders"
                | "deliveries"
                | "production"
                | "spending"
                | "costs"
                | "volumes"
                | "yields"
                | "inflation"
                | "unemployment"
                | "growth"
                | "demand"
                | "ebitda"
                | "ebit"
        )
}

/// Whether a share's move in percent follows the name ending at `e`, in
/// its clause: "Zentrix fell 3%", "Zentrix shares rose 2.1 percent",
/// "Worldline a chuté de 4,3%", "Worldline cédait 1,2%".
fn moves_by_percent(t: &Tokens, e: usize) -> bool {
    let mut k = e;
    let word = |k: usize, w: &[&str]| {
        t.toks
            .get(k)
            .is_some_and(|x| x.kind == Tk::Word && x.has(LOWER) && w.contains(&t.fold(k)))
    };
    if word(k, &["shares", "stock", "share"]) {
        k += 1;
    }
    if word(k, &["a", "has", "was", "had", "avait"]) {
        k += 1;
    }
    const MOVES: &[&str] = &[
        "rose",
        "fell",
        "gained",
        "jumped",
        "climbed",
        "surged",
        "soared",
        "slid",
        "slipped",
        "dropped",
        "declined",
        "tumbled",
        "plunged",
        "sank",
        "lost",
        "added",
        "advanced",
        "rallied",
        "eased",
        "dipped",
        "edged",
        "shed",
        "slumped",
        "rises",
        "falls",
        "gains",
        "gagne",
        "gagnait",
        "perd",
        "perdait",
        "perdu",
        "cede",
        "cedait",
        "recule",
        "reculait",
        "progresse",
        "progressait",
        "grimpe",
        "grimpait",
        "chute",
        "chutait",
        "bondit",
        "bondissait",
        "bondi",
        "pris",
        "prend",
        "prenait",
        "plonge",
        "plongeait",
        "abandonne",
        "abandonnait",
        "avance",
        "avancait",
        "lache",
        "lachait",
        "decroche",
        "decrochait",
    ];
    let verb = t
        .toks
        .get(k)
        .is_some_and(|x| x.kind == Tk::Word && x.has(LOWER) && MOVES.contains(&t.fold(k)));
    verb && (k + 1..(k + 6).min(t.len()))
        .take_while(|&j| !matches!(t.toks[j].kind, Tk::Punct('.' | ';')))
        .any(|j| t.toks[j].kind == Tk::Punct('%') || matches!(t.fold(j), "percent" | "pct"))
}

/// Whether the word at `i` is a US state's abbreviation, with its stop,
/// after a town's name and a comma ("TOPEKA, Kan.", "Springfield, Ill.").
fn state_abbreviation(t: &Tokens, i: usize) -> bool {
    i > 1
        && glued_stop(t, i + 1)
        && t.toks[i - 1].kind == Tk::Punct(',')
        && t.toks[i - 2].kind == Tk::Word
        && t.toks[i - 2].has(CAP)
        && matches!(
            t.surf(i),
            "Ala"
                | "Ariz"
                | "Ark"
                | "Calif"
                | "Colo"
                | "Conn"
                | "Del"
                | "Fla"
                | "Ga"
                | "Ill"
                | "Ind"
                | "Kan"
                | "Kans"
                | "Ky"
                | "La"
                | "Md"
                | "Mass"
                | "Mich"
                | "Minn"
                | "Miss"
                | "Mo"
                | "Mont"
                | "Neb"
                | "Nev"
                | "Okla"
                | "Ore"
                | "Pa"
                | "Tenn"
                | "Vt"
                | "Va"
                | "Wash"
                | "Wis"
                | "Wyo"
        )
}

/// Whether the word `i..e` is alone in brackets ("(HALV.O)").
fn bracketed(t: &Tokens, i: usize, e: usize) -> bool {
    i > 0
        && t.toks[i - 1].kind == Tk::Punct('(')
        && t.toks.get(e).is_some_and(|c| c.kind == Tk::Punct(')'))
}

/// Whether a word is a stock's instrument code: a symbol of two to six
/// capitals or digits, a stop and an exchange's one or two capitals
/// ("HALV.O", "VOD.L", "BRKa.N" no).
fn instrument_code(surf: &str) -> bool {
    surf.split_once('.').is_some_and(|(a, b)| {
        (2..=6).contains(&a.len())
            && a.bytes()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && (1..=2).contains(&b.len())
            && b.bytes().all(|c| c.is_ascii_uppercase())
    })
}

/// A US party's label after a lawmaker's name, at `i` to `e` ("Elizabeth
/// Warren, D-Mass.", "Jim Jordan (R-Ohio)", "Jane Roe, D-Windsor
/// Heights,"): `Some` with the state or town as a place when the list of
/// places knows it, `None` when the words are no such label.
fn party_label(t: &Tokens, i: usize, e: usize) -> Option<Option<Found>> {
    let (party, state) = t.surf(i).split_once('-')?;
    let after = i > 0 && matches!(t.toks[i - 1].kind, Tk::Punct(',' | '('));
    if !after || !matches!(party, "D" | "R" | "I") || !state.starts_with(|c: char| c.is_uppercase())
    {
        return None;
    }
    let closed = t
        .toks
        .get(e)
        .is_none_or(|c| matches!(c.kind, Tk::Punct(',' | ')' | '.' | ';')));
    if e > i + 1 && !closed {
        return None;
    }
    let rest = &t.text[t.toks[i].start as usize + 2..t.toks[e - 1].end as usize];
    if gazetteer::place(&gazetteer::key_of(rest)).is_some() {
        let mut f = Found::new(t, i, e, EntityKind::Place, "party-label", None);
        f.start += 2;
        f.conf = STRONG;
        return Some(Some(f));
    }
    // an abbreviated state ("Mass.", "Calif.", "N.Y."), a town's name
    (e > i + 1 || state.len() <= 5).then_some(None)
}

/// Whether the name `s..e` joins capitalized words by "&" ("Johnson &
/// Johnson", "Ernst & Young", "Marks & Spencer", "Procter & Gamble"): a
/// firm's name, never a person's, even when both sides are surnames. Not
/// two places ("Trinidad & Tobago"), nor the name of a part before it
/// ("S&P" is one word).
fn ampersand_name(t: &Tokens, s: usize, e: usize) -> bool {
    let Some(amp) = (s + 1..e.saturating_sub(1)).find(|&k| t.toks[k].kind == Tk::Punct('&')) else {
        return false;
    };
    let side = |k: usize| {
        let x = &t.toks[k];
        x.kind == Tk::Word && x.has(CAP) && gazetteer::place(t.fold(k)).is_none()
    };
    t.toks[amp].gap & SP != 0 && side(amp - 1) && side(amp + 1) && side(s)
}

/// Verbs that give a quotation's speaker, folded: French present and
/// past participle (after "a"), English past and present.
const SPEECH_VERBS: [&str; 34] = [
    "ajoute",
    "explique",
    "declare",
    "dit",
    "affirme",
    "precise",
    "souligne",
    "estime",
    "raconte",
    "indique",
    "confie",
    "assure",
    "poursuit",
    "conclut",
    "insiste",
    "temoigne",
    "reconnait",
    "martele",
    "commente",
    "regrette",
    "deplore",
    "lance",
    "said",
    "says",
    "added",
    "explained",
    "asked",
    "wrote",
    "told",
    "recalled",
    "insisted",
    "continued",
    "noted",
    "admitted",
];

/// Whether the name `s..e` (one or two plain capitalized words, no
/// company, acronym or place but a small town) is the speaker of a
/// quotation: after it and a verb of saying ("», ajoute Kouassi.", "»,
/// a déclaré Ama Kouassi,", ",\" said Ndiaye."), or right after its close
/// and before such a verb (",\" Moussa told reporters").
fn speaker_after_quote(t: &Tokens, s: usize, e: usize, place: Option<PlaceKind>) -> bool {
    let verb = |k: usize| {
        t.toks.get(k).is_some_and(|x| {
            x.kind == Tk::Word && x.has(LOWER) && SPEECH_VERBS.contains(&t.fold(k))
        })
    };
    let close = |k: usize| {
        t.toks
            .get(k)
            .is_some_and(|x| matches!(x.kind, Tk::Punct('»' | '”' | '"' | ',')))
    };
    let ends = t
        .toks
        .get(e)
        .is_none_or(|x| matches!(x.kind, Tk::Punct('.' | ',' | ';' | ')')) || x.gap & NL != 0);
    // the verb before: ", ajoute X", ", a déclaré X"
    let verb_before = s >= 2
        && ends
        && verb(s - 1)
        && (close(s - 2) || s >= 3 && matches!(t.fold(s - 2), "a" | "avait") && close(s - 3));
    // the speaker between the quotation's close and the verb
    let verb_after = s >= 2
        && verb(e)
        && matches!(t.toks[s - 1].kind, Tk::Punct('”' | '"'))
        && t.toks[s - 2].kind == Tk::Punct(',');
    // (the cue first: most names have none, and the words need no look-up)
    (verb_before || verb_after)
        && (1..=2).contains(&(e - s))
        && matches!(place, None | Some(PlaceKind::Town))
        && (s..e).all(|k| {
            let x = &t.toks[k];
            x.kind == Tk::Word
                && x.has(CAP)
                && !x.has(ALLCAPS | DOT | DIGIT)
                && x.lex.flags & (CLOSED | TITLE | ORG_HEAD | ORG_SUFFIX | MONTH | WEEKDAY) == 0
                && !gazetteer::company(t.fold(k))
        })
}

/// Whether the name `s..e` is a news agency's credit in a dateline: one or
/// two capitalized words in brackets between a line's opening words and a
/// dash ("NEW YORK, March 14 (Reuters) -", "AUSTIN, Texas (AP) —", "PARIS,
/// 12 mars (AFP) -"); neither a sentence's first word nor a ticker.
fn dateline_agency(t: &Tokens, s: usize, e: usize) -> bool {
    if s < 2 || e <= s || e - s > 2 || e + 1 >= t.len() {
        return false;
    }
    let is = |k: usize, c: &[char]| matches!(t.toks[k].kind, Tk::Punct(p) if c.contains(&p));
    if !is(s - 1, &['(']) || !is(e, &[')']) || !is(e + 1, &['-', '–', '—']) {
        return false;
    }
    if (s..e).any(|k| t.toks[k].kind != Tk::Word || !t.toks[k].has(CAP) || t.toks[k].has(DIGIT))
        || (s - 1..=e + 1).any(|k| t.toks[k].gap & NL != 0)
    {
        return false;
    }
    // the line opens with a place in capitals (or a known place), then
    // only places, a date and abbreviations: "SPRINGFIELD, Ill.", "Paris"
    let mut k = s - 1;
    while k > 0 && t.toks[k].gap & NL == 0 {
        k -= 1;
    }
    if s - k > 12 || k == s - 1 || t.toks[k].kind != Tk::Word || !t.toks[k].has(CAP) {
        return false;
    }
    (k..s - 1).all(|w| {
        let tok = &t.toks[w];
        match tok.kind {
            Tk::Word => {
                tok.has(ALLCAPS)
                    || tok.lex.flags & MONTH != 0
                    || glued_stop(t, w + 1)
                    || tok.has(CAP) && gazetteer::place(t.fold(w)).is_some()
            }
            Tk::Num => true,
            Tk::Punct(c) => matches!(c, ',' | '.'),
        }
    })
}

/// Whether the name at `s0` follows a colon glued to a capitalized word in
/// mid-sentence: a work's subtitle ("in Batman: The Animated Series",
/// "played Counter-Strike: Global Offensive"), not a line's label ("Jane
/// Roe: I agree", "Exclusive: Acme to buy").
fn subtitle(t: &Tokens, s0: usize) -> bool {
    if s0 < 2
        || t.toks[s0 - 1].kind != Tk::Punct(':')
        || t.toks[s0 - 1].gap != 0
        || t.toks[s0].gap & NL != 0
    {
        return false;
    }
    // the capitalized run before the colon, in mid-sentence
    let mut p = s0 - 2;
    if t.toks[p].kind != Tk::Word || !t.toks[p].has(CAP) {
        return false;
    }
    while p > 0
        && t.toks[p].gap & NL == 0
        && t.toks[p - 1].kind == Tk::Word
        && t.toks[p - 1].has(CAP)
    {
        p -= 1;
    }
    !t.sentence_initial(p)
}

/// Whether the name `s0..e` fills a quotation: an opening quote right
/// before it and the closing one right after it (past a comma or a full
/// stop), with no word for a company a few words before the quote
/// ("un réseau social nommé “Moï Kroug”" is a company).
fn quoted_alone(t: &Tokens, s0: usize, e: usize) -> bool {
    let Some(open) = s0.checked_sub(1) else {
        return false;
    };
    if !matches!(t.toks[open].kind, Tk::Punct('«' | '"' | '“' | '‘')) {
        return false;
    }
    let mut k = e;
    if t.toks
        .get(k)
        .is_some_and(|x| matches!(x.kind, Tk::Punct('.' | ',')))
    {
        k += 1;
    }
    if !t
        .toks
        .get(k)
        .is_some_and(|x| matches!(x.kind, Tk::Punct('»' | '"' | '”' | '’')))
    {
        return false;
    }
    !company_word_before_quote(t, open)
}

/// Whether a word for a company stands a few words before the opening
/// quote at `open`, in its sentence ("un réseau social nommé “Moï
/// Kroug”", "a start-up called \"Quillora\"").
pub(super) fn company_word_before_quote(t: &Tokens, open: usize) -> bool {
    matches!(t.toks[open].kind, Tk::Punct('«' | '"' | '“' | '‘'))
        && (open.saturating_sub(4)..open)
            .rev()
            .map_while(|p| (!matches!(t.toks[p].kind, Tk::Punct('.' | '!' | '?'))).then_some(p))
            .any(|p| t.toks[p].has(LOWER) && t.toks[p].lex.flags & ORG_CUE != 0)
}

/// Whether a capitalized "The" at `s0`, right before the name at `s`,
/// belongs to a newspaper's name ending with the word at `last` ("The
/// Daily Herald", "The Boston Globe").
fn media_with_the(t: &Tokens, s0: usize, s: usize, last: usize) -> bool {
    // one word after a capitalized "The" in mid-sentence: "according to
    // The Guardian"
    let one_word = last == s && !t.sentence_initial(s0);
    s0 + 1 == s
        && t.toks[s0].has(CAP)
        && t.fold(s0) == "the"
        && (last > s || one_word)
        && matches!(
            t.fold(last),
            "times"
                | "post"
                | "journal"
                | "guardian"
                | "herald"
                | "globe"
                | "tribune"
                | "telegraph"
                | "economist"
                | "observer"
                | "chronicle"
                | "gazette"
                | "examiner"
                | "inquirer"
                | "news"
                | "reporter"
                | "independent"
        )
}

/// Whether the name `first..=last` is a place (by the gazetteer) and a
/// point of the compass after it.
fn compass_part(t: &Tokens, first: usize, last: usize) -> bool {
    matches!(
        t.fold(last),
        "east" | "west" | "north" | "south" | "northeast" | "northwest" | "southeast" | "southwest"
    ) && t.toks[last].has(CAP)
        && !t.toks[last].has(ALLCAPS)
        && {
            let mut k = String::new();
            t.key(first, last, &mut k);
            gazetteer::place(&k).is_some()
        }
}

/// Whether a capitalized "The" at `s0` in mid-sentence, right before the
/// name at `s`, belongs to a company's name ending with its legal form at
/// `last` ("shares of The Valspar Corp.", "The Home Depot Inc."): the
/// capital says the name owns it.
fn company_with_the(t: &Tokens, s0: usize, s: usize, last: usize) -> bool {
    s0 + 1 == s
        && last > s
        && t.toks[s0].has(CAP)
        && t.fold(s0) == "the"
        && !t.sentence_initial(s0)
        && matches!(
            t.fold(last),
            "inc" | "corp" | "co" | "ltd" | "llc" | "plc" | "company" | "corporation"
        )
}

#[cfg(test)]
mod code_tests {
    use super::*;

    #[test]
    fn roman_numerals_and_rating_codes_are_codes() {
        assert!(is_roman_numeral("xvii"));
        assert!(is_roman_numeral("iv"));
        assert!(!is_roman_numeral("dc"));
        assert!(!is_roman_numeral("ibm"));
        assert!(is_credit_rating("a3"));
        assert!(is_credit_rating("baa2"));
        assert!(!is_credit_rating("a4"));
        assert!(!is_credit_rating("bnp"));
    }
}

//! Gazetteers from public data (see `data/README.md`): countries, world
//! areas, regions, large cities, and common given names. Keys are folded
//! (lowercase, no accents) with dashes and apostrophes glued.

use super::inline::{InlineMap, InlineSet};
use super::{FxMap, FxSet};
use crate::model::text::fold;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    Country,
    Area,
    Region,
    City,
    /// A town from the long list (data/admin_places.tsv): weaker evidence,
    /// a place when nothing says otherwise.
    Town,
}

const PLACES: &str = include_str!("data/places.tsv");
const GIVEN: &str = include_str!("data/given_names.txt");
const GIVEN_RARE: &str = include_str!("data/given_names_rare.txt");
const GIVEN_US: &str = include_str!("data/given_names_us.txt");

/// How common a given name is (the values of [`Gazetteer::given`]).
const US_ONLY: u8 = 0;
const RARE: u8 = 1;
const COMMON_NAME: u8 = 2;
const ADMIN: &str = include_str!("data/admin_places.tsv");
const COMPANIES: &str = include_str!("data/companies.txt");
const COMMON: &str = include_str!("data/common_words.txt");
const SHARED: &str = include_str!("data/shared_words.txt");
const SMALL: &str = include_str!("data/small_places.txt");
const KNOWN_ORGS: &str = include_str!("data/known_organizations.txt");
const GERUNDS: &str = include_str!("data/gerunds.txt");

/// Small towns and villages (`data/small_places.txt`), written as keys and
/// sorted by their bytes: split into lines when first asked (no folding,
/// no hashing: 87,000 names cost a millisecond, not a hash set's 70).
static SMALL_PLACES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| SMALL.lines().filter(|l| !l.is_empty()).collect());

/// Whether a key names a small town or a village of
/// `data/small_places.txt`: the weakest evidence there is, for a name
/// nothing else classifies.
pub fn small_place(key: &str) -> bool {
    SMALL_PLACES.binary_search(&key).is_ok()
}

/// The common words of English or French not common in both
/// (`data/common_words.txt`), built when first asked.
static COMMON_WORDS: LazyLock<super::inline::InlineSet> = LazyLock::new(|| {
    super::inline::InlineSet::of(COMMON.lines().filter(|l| !l.is_empty()).map(str::to_string))
});

/// The words common in both English and French that name no person,
/// place, company or brand (`data/shared_words.txt`), built when first
/// asked.
static SHARED_WORDS: LazyLock<super::inline::InlineSet> = LazyLock::new(|| {
    super::inline::InlineSet::of(SHARED.lines().filter(|l| !l.is_empty()).map(str::to_string))
});

/// Organizations known the world over (`data/known_organizations.txt`),
/// by their keys, built when first asked.
static KNOWN_ORGANIZATIONS: LazyLock<super::inline::InlineSet> = LazyLock::new(|| {
    super::inline::InlineSet::of(KNOWN_ORGS.lines().filter(|l| !l.is_empty()).map(key_of))
});

/// The known organizations named in several words ("republique en
/// marche", "cour penale internationale"), with every beginning of their
/// keys, for reading them in the text where the capitalized-sequence rules
/// stop at the first lower-case word.
pub struct KnownPhrases {
    pub names: InlineSet,
    /// The prefixes of those keys that end where a token may (`cour`, `cour
    /// penale`, `conseil d'`): a span whose key is none can't grow into one.
    pub beginnings: InlineSet,
}

pub static KNOWN_PHRASES: LazyLock<KnownPhrases> = LazyLock::new(|| {
    let names: Vec<String> = KNOWN_ORGS
        .lines()
        .map(key_of)
        .filter(|k| k.contains([' ', '\'']))
        .collect();
    let mut beginnings = FxSet::default();
    // (where a token may end: before a space, an apostrophe, a comma or a
    // dash, and after an apostrophe or a dash)
    for k in &names {
        let mut prev = k.chars().next().unwrap_or(' ');
        for (at, c) in k.char_indices().skip(1) {
            if matches!(c, ' ' | '\'' | ',' | '-') || matches!(prev, '\'' | '-') {
                beginnings.insert(k[..at].to_string());
            }
            prev = c;
        }
        beginnings.insert(k.clone());
    }
    KnownPhrases {
        names: InlineSet::of(names),
        beginnings: InlineSet::of(beginnings),
    }
});

/// Whether a key ([`super::tokens::Tokens::key`]) names an organization
/// known the world over ("united nations", "eurostat", "croix-rouge"):
/// evidence enough for a name that nothing else in its article supports.
pub fn known_organization(key: &str) -> bool {
    KNOWN_ORGANIZATIONS.contains(key)
}

/// Folds a gazetteer name the way [`super::tokens::Tokens::key`] folds a
/// token span.
pub fn key_of(name: &str) -> String {
    let f = fold(name).replace('–', "-");
    let mut out = String::with_capacity(f.len());
    for part in f.split_whitespace() {
        if !out.is_empty() && !out.ends_with(['-', '\'']) && !part.starts_with('-') {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

pub struct Gazetteer {
    pub places: InlineMap<PlaceKind>,
    /// Every beginning of a place name that ends before a space, dash or
    /// apostrophe (`hong`, `asie du`, `etats`): a span whose key is neither
    /// a place nor such a beginning can't grow into a place.
    pub beginnings: InlineSet,
    /// Given names: [`COMMON_NAME`] for the common ones
    /// (`data/given_names.txt`), [`RARE`] for the rarer
    /// (`data/given_names_rare.txt`), [`US_ONLY`] for the US names those
    /// two lack (`data/given_names_us.txt`).
    pub given: InlineMap<u8>,
    /// The beginnings (four letters or more) of one-word country and area
    /// names (`cana`, `canad`, `canada`), for demonyms.
    pub country_beginnings: InlineSet,
    /// Companies of the major stock indices, as keys.
    pub companies: InlineSet,
    /// The first words of those keys (a cheap test before the whole key).
    pub company_starts: InlineSet,
    /// The longest place name, in words.
    pub max_words: usize,
}

pub static GAZ: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut places = FxMap::default();
    let mut country_beginnings = FxSet::default();
    let mut max_words = 1;
    for line in PLACES.lines().chain(ADMIN.lines()) {
        let Some((name, code)) = line.split_once('\t') else {
            continue;
        };
        let kind = match code {
            "C" => PlaceKind::Country,
            "K" => PlaceKind::Area,
            "R" | "S" => PlaceKind::Region,
            "T" => PlaceKind::Town,
            _ => PlaceKind::City,
        };
        let k = key_of(name);
        if matches!(kind, PlaceKind::Country | PlaceKind::Area) && !k.contains([' ', '-', '\'']) {
            for (p, _) in k.char_indices().skip(4) {
                country_beginnings.insert(k[..p].to_string());
            }
            country_beginnings.insert(k.clone());
        }
        max_words = max_words.max(k.split([' ', '-', '\'']).count());
        // a country's or a region's hyphenated name as also written with
        // spaces ("Royaume Uni", "Monte Carlo"; not a town's: the long list
        // is weaker evidence)
        // (nor points of the compass: "Sud Ouest" is a newspaper)
        let compass = |w: &str| matches!(w, "nord" | "sud" | "est" | "ouest");
        if kind != PlaceKind::Town && k.contains('-') && !k.split('-').all(compass) {
            places.entry(k.replace('-', " ")).or_insert(kind);
        }
        // and a country's spaced name as also written with hyphens
        // ("Burkina-Faso", "Côte-d'Ivoire", "Sri-Lanka")
        if kind == PlaceKind::Country && k.contains(' ') {
            places.entry(k.replace(' ', "-")).or_insert(kind);
        }
        places.entry(k).or_insert(kind);
    }
    let mut beginnings = FxSet::default();
    for k in places.keys() {
        for (p, c) in k.char_indices() {
            if matches!(c, ' ' | '-' | '\'') && p > 0 {
                beginnings.insert(k[..p].to_string());
            }
        }
    }
    let mut given = FxMap::default();
    for (list, common) in [
        (GIVEN_US, US_ONLY),
        (GIVEN_RARE, RARE),
        (GIVEN, COMMON_NAME),
    ] {
        for line in list.lines() {
            let n = line.trim();
            if !n.is_empty() {
                given.insert(fold(n), common);
            }
        }
    }
    Gazetteer {
        places: InlineMap::new(places),
        beginnings: InlineSet::of(beginnings),
        given: InlineMap::new(given),
        country_beginnings: InlineSet::of(country_beginnings),
        company_starts: InlineSet::of(
            COMPANIES
                .lines()
                .filter_map(|l| key_of(l).split([' ', '-', '\'']).next().map(str::to_string)),
        ),
        companies: InlineSet::of(
            COMPANIES
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(key_of),
        ),
        max_words: max_words.min(6),
    }
});

/// The place kind of a folded key, if it is a known place.
#[inline]
pub fn place(key: &str) -> Option<PlaceKind> {
    GAZ.places.get(key)
}

/// Whether a folded key begins a longer place name.
#[inline]
pub fn begins_place(key: &str) -> bool {
    GAZ.beginnings.contains(key)
}

/// Whether a folded stem (four letters or more) begins a one-word country
/// or area name.
pub fn country_begins(stem: &str) -> bool {
    GAZ.country_beginnings.contains(stem)
}

/// Whether a key names a company of a major stock index
/// (`data/companies.txt`).
pub fn company(key: &str) -> bool {
    GAZ.companies.contains(key)
}

/// Whether a folded word begins a company name of `data/companies.txt`.
pub fn company_start(folded: &str) -> bool {
    GAZ.company_starts.contains(folded)
}

/// Whether a folded word is a common word of English or French that is
/// not common in both (see `data/common_words.txt`).
pub fn common_word(folded: &str) -> bool {
    COMMON_WORDS.contains(folded)
}

/// English verbs' "-ing" forms (`data/gerunds.txt`), sorted: searched, not
/// hashed.
static GERUND_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| GERUNDS.lines().filter(|l| !l.is_empty()).collect());

/// Whether a folded word is an English verb's "-ing" form ("strengthening",
/// "investing"; not "boeing", "beijing", "sterling").
pub fn gerund(folded: &str) -> bool {
    GERUND_WORDS.binary_search(&folded).is_ok()
}

/// Whether a folded word is common in both English and French and names
/// no person, place, company or brand ("commission", "forum", "type"; see
/// `data/shared_words.txt`).
pub fn shared_word(folded: &str) -> bool {
    SHARED_WORDS.contains(folded)
}

/// Whether a folded word is a common given name.
#[inline]
pub fn given_name(folded: &str) -> bool {
    GAZ.given.get(folded) == Some(COMMON_NAME)
}

/// Whether a folded word is a given name of the US list only
/// (`data/given_names_us.txt`): the weakest evidence, which a common word
/// after it outweighs ("Avian Flu", "Abbott Nutrition").
#[inline]
pub fn us_given_name_only(folded: &str) -> bool {
    GAZ.given.get(folded) == Some(US_ONLY)
}

/// Whether a folded word is a given name somewhere, however rare: weak
/// evidence, for a name nothing else classifies.
#[inline]
pub fn any_given_name(folded: &str) -> bool {
    GAZ.given.contains(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_places_are_keys_in_byte_order() {
        let lines: Vec<&str> = SMALL.lines().collect();
        assert!(lines.len() > 50_000, "{} names", lines.len());
        for w in lines.windows(2) {
            assert!(w[0] < w[1], "out of order: {:?} {:?}", w[0], w[1]);
        }
        let bad: Vec<&&str> = lines.iter().filter(|l| key_of(l) != **l).take(10).collect();
        assert!(bad.is_empty(), "not keys: {bad:?}");
        assert!(small_place("castellane"));
        assert!(small_place("weibersbrunn"));
        assert!(!small_place("paris"), "a city of the stronger lists");
        assert!(!small_place("chirac"), "a name famous for something else");
    }
}

//! The calendar words and years both date readers share: the metadata's
//! (`meta.rs`, datelines and bylines) and the entity rules'
//! (`entities/dates.rs`). One table, so that a month one of them knows
//! the other knows too.

/// Month names and their usual abbreviations, folded (lower case, no
/// accents), French and English.
pub const MONTHS: &[(&str, u8)] = &[
    ("janvier", 1),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("decembre", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The month a folded word names (`fevrier`, `march`, `nov`).
pub fn month_number(folded: &str) -> Option<u8> {
    MONTHS.iter().find(|(m, _)| *m == folded).map(|&(_, n)| n)
}

/// Whether a 4-digit number beside a month can be its year: any from
/// 1000 to 2100 (old newspapers are dated 1885). The entity rules use
/// the same range; a bare number alone reads as a year only when modern.
pub fn plausible_year(y: u32) -> bool {
    (1000..=2100).contains(&y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_both_languages_and_abbreviated() {
        assert_eq!(month_number("fevrier"), Some(2));
        assert_eq!(month_number("aout"), Some(8));
        assert_eq!(month_number("december"), Some(12));
        assert_eq!(month_number("nov"), Some(11));
        assert_eq!(month_number("février"), None, "words are folded first");
        assert_eq!(month_number("lundi"), None);
        assert!(plausible_year(1885) && plausible_year(2024) && !plausible_year(999));
    }
}

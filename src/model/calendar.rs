//! The calendar words, years and day arithmetic the date readers share:
//! the metadata's (`meta.rs`, datelines and bylines), the entity rules'
//! (`entities/dates.rs`), the estimated dates' (`estimated_date.rs`) and
//! the timeline's. One table, so that a month one of them knows the
//! others know too.

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

/// Weekday names, folded, French and English; 0 is Monday.
pub const WEEKDAYS: &[(&str, u8)] = &[
    ("lundi", 0),
    ("mardi", 1),
    ("mercredi", 2),
    ("jeudi", 3),
    ("vendredi", 4),
    ("samedi", 5),
    ("dimanche", 6),
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
];

/// The weekday a folded word names, 0 for Monday (`mardi`, `friday`).
pub fn weekday_number(folded: &str) -> Option<u8> {
    WEEKDAYS.iter().find(|(w, _)| *w == folded).map(|&(_, n)| n)
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a number of days since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// The weekday of a number of days since 1970, 0 for Monday.
pub fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7) // 1970-01-01 was a Thursday
}

/// `2019-03-12`, `2019-03`, `2019` from a `yyyymmdd` key (day or month 0
/// when unknown).
pub fn key_label(k: u32) -> String {
    let (y, m, d) = (k / 10000, (k / 100) % 100, k % 100);
    match (m, d) {
        (0, _) => format!("{y}"),
        (_, 0) => format!("{y}-{m:02}"),
        _ => format!("{y}-{m:02}-{d:02}"),
    }
}

/// Today's date (UTC) as a `yyyymmdd` key.
pub fn today_key() -> u32 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (y, m, d) = civil_from_days((secs / 86_400) as i64);
    (y * 10_000 + m * 100 + d) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_of_civil_dates() {
        // 25 June 2019 was a Tuesday, 1 January 2000 a Saturday
        assert_eq!(weekday(days_from_civil(2019, 6, 25)), 1);
        assert_eq!(weekday(days_from_civil(2000, 1, 1)), 5);
        assert_eq!(weekday_number("mardi"), Some(1));
        assert_eq!(weekday_number("sunday"), Some(6));
        assert_eq!(weekday_number("juin"), None);
        for z in [-1000, 0, 18_000, 20_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert!(today_key() > 20260000);
    }

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

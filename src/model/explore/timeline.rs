//! The timeline: how many of the filtered articles fall in each period
//! (year, month or ISO week), by the article's own date
//! (`meta.date_key`, `yyyymmdd` with day or month 0 when the text gives
//! only a month or a year).

use crate::model::Document;
use crate::model::calendar::{civil_from_days, days_from_civil, weekday};

/// The length of a timeline's periods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Period {
    Year,
    #[default]
    Month,
    /// ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first
    /// Thursday).
    Week,
}

impl Period {
    pub const ALL: [Period; 3] = [Period::Year, Period::Month, Period::Week];

    pub fn name(self) -> &'static str {
        match self {
            Period::Year => "year",
            Period::Month => "month",
            Period::Week => "week",
        }
    }

    pub fn from_name(s: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.name() == s)
    }

    pub fn next(self) -> Period {
        match self {
            Period::Year => Period::Month,
            Period::Month => Period::Week,
            Period::Week => Period::Year,
        }
    }

    /// The period of a date key, as a number that grows by one from a
    /// period to the next; `None` when the date is not precise enough
    /// (a year alone for months, a month alone for weeks).
    pub fn ordinal(self, key: u32) -> Option<i64> {
        let (y, m, d) = (
            (key / 10000) as i64,
            ((key / 100) % 100) as i64,
            (key % 100) as i64,
        );
        match self {
            Period::Year => Some(y),
            Period::Month => (m >= 1).then_some(y * 12 + m - 1),
            Period::Week => (m >= 1 && d >= 1).then(|| {
                let (wy, w) = iso_week(y, m, d);
                // the Monday of week 1 of `wy`, in days, over 7, plus w
                monday_of_week1(wy).div_euclid(7) + w - 1
            }),
        }
    }

    /// The label of a period ordinal: `2019`, `2019-03`, `2019-W11`.
    pub fn label(self, ordinal: i64) -> String {
        match self {
            Period::Year => format!("{ordinal}"),
            Period::Month => format!(
                "{}-{:02}",
                ordinal.div_euclid(12),
                ordinal.rem_euclid(12) + 1
            ),
            Period::Week => {
                let monday = ordinal * 7 + monday_of_week1(1970).rem_euclid(7);
                let (y, m, d) = civil_from_days(monday + 3); // its Thursday
                let (wy, w) = iso_week(y, m, d);
                format!("{wy}-W{w:02}")
            }
        }
    }
}

impl Period {
    /// The period of an ordinal as the filter's `published:` takes it:
    /// `2019`, `2019-03`, or a week's Monday to Sunday,
    /// `2019-03-11..2019-03-17`.
    pub fn filter_value(self, ordinal: i64) -> String {
        match self {
            Period::Year | Period::Month => self.label(ordinal),
            Period::Week => {
                let monday = ordinal * 7 + monday_of_week1(1970).rem_euclid(7);
                let day = |d: i64| {
                    let (y, m, d) = civil_from_days(d);
                    format!("{y:04}-{m:02}-{d:02}")
                };
                format!("{}..{}", day(monday), day(monday + 6))
            }
        }
    }
}

/// Articles per period.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Timeline {
    pub by: Period,
    /// Every period from the first dated article's to the last's, empty
    /// ones included: (ordinal, label, articles).
    pub bins: Vec<(i64, String, u32)>,
    /// Articles with no date.
    pub undated: u32,
    /// Articles whose date is too coarse for the period (a year alone by
    /// month, a month alone by week).
    pub imprecise: u32,
    /// Of the articles in bins, those dated by the dates their text
    /// mentions (see [`crate::model::estimated_date`]).
    pub estimated: u32,
}

impl Timeline {
    /// The number of dated articles counted in bins.
    pub fn dated(&self) -> u32 {
        self.bins.iter().map(|b| b.2).sum()
    }
}

/// Longest timeline drawn with its empty periods (beyond, only the
/// periods that have articles are kept).
const MAX_BINS: i64 = 20_000;

/// The timeline of the articles `doc` shows.
pub fn timeline(doc: &Document, by: Period) -> Timeline {
    let mut t = Timeline {
        by,
        ..Timeline::default()
    };
    let mut counts: std::collections::BTreeMap<i64, u32> = Default::default();
    for &i in &doc.visible {
        let meta = &doc.article(i).meta;
        match meta.date_key {
            None => t.undated += 1,
            Some(k) => match by.ordinal(k) {
                Some(o) => {
                    *counts.entry(o).or_default() += 1;
                    t.estimated += u32::from(meta.date_estimated);
                }
                None => t.imprecise += 1,
            },
        }
    }
    let (Some((&lo, _)), Some((&hi, _))) = (counts.first_key_value(), counts.last_key_value())
    else {
        return t;
    };
    if hi - lo < MAX_BINS {
        t.bins = (lo..=hi)
            .map(|o| (o, by.label(o), counts.get(&o).copied().unwrap_or(0)))
            .collect();
    } else {
        t.bins = counts
            .into_iter()
            .map(|(o, n)| (o, by.label(o), n))
            .collect();
    }
    t
}

/// Days since 1970 of the Monday of ISO week 1 of `y`.
fn monday_of_week1(y: i64) -> i64 {
    let jan4 = days_from_civil(y, 1, 4);
    jan4 - weekday(jan4)
}

/// The ISO week-numbering year and week of a date.
fn iso_week(y: i64, m: i64, d: i64) -> (i64, i64) {
    let days = days_from_civil(y, m, d);
    let mut wy = y;
    if days >= monday_of_week1(y + 1) {
        wy = y + 1;
    } else if days < monday_of_week1(y) {
        wy = y - 1;
    }
    (wy, (days - monday_of_week1(wy)) / 7 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_weeks() {
        assert_eq!(iso_week(2019, 3, 12), (2019, 11));
        assert_eq!(iso_week(2021, 1, 3), (2020, 53));
        assert_eq!(iso_week(2018, 12, 31), (2019, 1));
        for key in [20190312, 20210103, 20181231, 20200101, 20261203] {
            let o = Period::Week.ordinal(key).unwrap();
            let (y, m, d) = (
                (key / 10000) as i64,
                ((key / 100) % 100) as i64,
                (key % 100) as i64,
            );
            let (wy, w) = iso_week(y, m, d);
            assert_eq!(Period::Week.label(o), format!("{wy}-W{w:02}"));
            // consecutive weeks have consecutive ordinals
            let next = days_from_civil(y, m, d) + 7;
            let (ny, nm, nd) = civil_from_days(next);
            let nk = (ny * 10000 + nm * 100 + nd) as u32;
            assert_eq!(Period::Week.ordinal(nk), Some(o + 1));
        }
    }

    #[test]
    fn months_and_years() {
        let o = Period::Month.ordinal(20191200).unwrap();
        assert_eq!(Period::Month.label(o), "2019-12");
        assert_eq!(Period::Month.label(o + 1), "2020-01");
        assert_eq!(Period::Month.ordinal(20190000), None);
        assert_eq!(
            Period::Year.label(Period::Year.ordinal(20190000).unwrap()),
            "2019"
        );
        assert_eq!(Period::Week.ordinal(20190300), None);
    }

    #[test]
    fn periods_as_filter_values() {
        let m = Period::Month.ordinal(20190312).unwrap();
        assert_eq!(Period::Month.filter_value(m), "2019-03");
        let y = Period::Year.ordinal(20190312).unwrap();
        assert_eq!(Period::Year.filter_value(y), "2019");
        // 2019-03-12 is a Tuesday of ISO week 11
        let w = Period::Week.ordinal(20190312).unwrap();
        assert_eq!(Period::Week.filter_value(w), "2019-03-11..2019-03-17");
        // a week across the new year
        let w = Period::Week.ordinal(20210103).unwrap();
        assert_eq!(Period::Week.filter_value(w), "2020-12-28..2021-01-03");
    }
}

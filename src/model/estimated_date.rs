//! An article's date guessed from the dates its text mentions, for the
//! articles that state none (no header, dateline, page or feed date).
//!
//! News is written soon after what it reports, so the latest date an
//! article mentions is close to, and rarely after, the day it was written:
//! the same evidence `htmldate`'s extensive search falls back on. The
//! guess is the month of the latest date that names a month and a year,
//! or the latest year when only years are named. A weekday with a day and
//! a month but no year ("mardi 25 juin", "Tuesday, June 25") takes the
//! first year from the latest one the text names where that day was that
//! weekday (25 June was a Tuesday in 2019, the first such year from
//! 2016). Dates after today (months after this one; a weekday's day after
//! today) are plans, not news, and are left out. The guess depends on the
//! day it is made (the analysis, kept in the cache with the article).
//!
//! A guess is kept to the month (or the year): it says when, roughly, and
//! the views mark it as estimated.

use super::calendar::{
    civil_from_days, days_from_civil, month_number, plausible_year, today_key, weekday,
    weekday_number,
};
use super::entities::{Entities, EntityKind};
use super::meta::{Meta, find_date};
use super::text::fold;

/// How many years after the latest year named a weekday's date may fall
/// (a day and month come back on the same weekday within 11 years; 29
/// February within 28, which is past what news leaves unsaid).
const WEEKDAY_YEARS: u32 = 11;

/// What one date mention names.
#[derive(Debug, Default, Clone, Copy)]
struct Named {
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
    weekday: Option<u8>,
}

/// Reads a date mention's words: the last year, the month before it (or
/// the last month), the day before or after the month, a weekday.
fn named(surface: &str) -> Named {
    let mut n = Named::default();
    let mut last_number: Option<u32> = None;
    for w in surface
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
        let suffix = &w[digits.len()..];
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            if digits.len() == 4 && suffix.is_empty() {
                if let Ok(y) = digits.parse::<u32>()
                    && plausible_year(y)
                {
                    n.year = Some(y);
                }
            } else if digits.len() <= 2
                && matches!(suffix, "" | "er" | "st" | "nd" | "rd" | "th")
                && let Ok(d) = digits.parse::<u32>()
                && (1..=31).contains(&d)
            {
                // "25 juin": the day before the month; "June 25": after it
                if n.month.is_some() && n.day.is_none() {
                    n.day = Some(d);
                }
                last_number = Some(d);
            }
            continue;
        }
        let f = fold(w);
        if let Some(m) = month_number(&f) {
            if n.year.is_none() {
                n.month = Some(u32::from(m));
                n.day = last_number.take();
            }
        } else if let Some(d) = weekday_number(&f) {
            n.weekday = Some(d);
        }
    }
    n
}

/// Dates an article that states no date by the dates it mentions (its
/// date entities), marked as estimated: `≈ 2019-06`.
pub fn fill(meta: &mut Meta, text: &str, entities: &Entities) {
    // (a date the file states, even one that cannot be read as a day,
    // stays: "Date: sometime last spring")
    if meta.date_key.is_some() || meta.date.is_some() {
        return;
    }
    let dates = entities
        .iter()
        .filter(|m| m.kind == EntityKind::Date)
        .map(|m| entities.canonical(text, m));
    if let Some(k) = estimate(dates, today_key()) {
        meta.date_key = Some(k);
        meta.date_estimated = true;
        meta.date = meta.date_label();
    }
}

/// The estimated date, as a `yyyymm00` (or `yyyy0000`) key, of a text
/// whose date mentions are `surfaces`; `today` is a `yyyymmdd` key.
pub fn estimate<'a>(surfaces: impl IntoIterator<Item = &'a str>, today: u32) -> Option<u32> {
    let this_month = today / 100 * 100;
    let this_year = today / 10_000;
    let mut month_key: Option<u32> = None; // the latest yyyymm00
    let mut latest_year: Option<u32> = None;
    let mut weekdays: Vec<(u8, u32, u32)> = Vec::new();
    for s in surfaces {
        // ISO dates and the written forms `meta::find_date` reads
        // ("2019-03-12", "12 mars 2019", "March 12, 2019")
        let n = match find_date(s) {
            Some((_, k)) if k / 100 % 100 > 0 => Named {
                year: Some(k / 10_000),
                month: Some(k / 100 % 100),
                ..Named::default()
            },
            _ => named(s),
        };
        match (n.year, n.month) {
            (Some(y), Some(m)) => {
                let k = y * 10_000 + m * 100;
                if k <= this_month {
                    month_key = month_key.max(Some(k));
                    latest_year = latest_year.max(Some(y));
                }
            }
            (Some(y), None) if y <= this_year => latest_year = latest_year.max(Some(y)),
            (None, Some(m)) => {
                if let (Some(wd), Some(d)) = (n.weekday, n.day) {
                    weekdays.push((wd, m, d));
                }
            }
            _ => {}
        }
    }
    if let Some(from) = latest_year {
        for (wd, m, d) in weekdays {
            // (a day the month has that year: no 31 June, 29 February
            // in leap years only)
            let found = (from..=from + WEEKDAY_YEARS).find(|&y| {
                let days = days_from_civil(i64::from(y), i64::from(m), i64::from(d));
                civil_from_days(days) == (i64::from(y), i64::from(m), i64::from(d))
                    && weekday(days) == i64::from(wd)
            });
            // (the day itself not after today)
            if let Some(y) = found.filter(|y| y * 10_000 + m * 100 + d <= today) {
                month_key = month_key.max(Some(y * 10_000 + m * 100));
            }
        }
    }
    match (month_key, latest_year) {
        (Some(k), Some(y)) if y > k / 10_000 => Some(y * 10_000),
        (Some(k), _) => Some(k),
        (None, Some(y)) => Some(y * 10_000),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: u32 = 20261207;

    #[test]
    fn the_latest_month_named_with_its_year() {
        assert_eq!(
            estimate(["22 juin 2016", "septembre 2015", "13 juillet"], TODAY),
            Some(20160600)
        );
        assert_eq!(
            estimate(["d'avril à juin 2017", "2016"], TODAY),
            Some(20170600)
        );
        assert_eq!(
            estimate(["March 3, 2020", "the 1990s", "Monday"], TODAY),
            Some(20200300)
        );
        assert_eq!(estimate(["2019-03-12", "2018"], TODAY), Some(20190300));
    }

    #[test]
    fn years_alone_give_a_year() {
        assert_eq!(estimate(["2016", "2017", "2005"], TODAY), Some(20170000));
        // a later year than the latest month's
        assert_eq!(estimate(["mars 2016", "2018"], TODAY), Some(20180000));
        assert_eq!(estimate(["mars", "13 juillet", "mardi"], TODAY), None);
        assert_eq!(estimate([], TODAY), None);
    }

    #[test]
    fn a_weekday_dates_a_day_without_year() {
        // 25 June 2019 was a Tuesday: the first such year from 2016
        assert_eq!(
            estimate(["22 juin 2016", "mardi 25 juin", "13 juillet"], TODAY),
            Some(20190600)
        );
        assert_eq!(
            estimate(["2016", "Tuesday, June 25"], TODAY),
            Some(20190600)
        );
        assert_eq!(
            estimate(["1er mars 2021", "lundi 1er mars"], TODAY),
            Some(20210300)
        );
        // no year named: the weekday alone says nothing
        assert_eq!(estimate(["mardi 25 juin"], TODAY), None);
        // a day the month lacks is no date: no 31 June, no 29 February in
        // 2021 (the first Monday 29 February from 2019 is in 2044)
        assert_eq!(
            estimate(["2016", "Tuesday, June 31"], TODAY),
            Some(20160000)
        );
        assert_eq!(
            estimate(["2019", "Monday, February 29"], TODAY),
            Some(20190000)
        );
        // a weekday's day after today is a plan: Friday 25 December 2026
        assert_eq!(
            estimate(["2026", "Friday, December 25"], TODAY),
            Some(20260000)
        );
        assert_eq!(
            estimate(["2026", "Friday, December 4"], TODAY),
            Some(20261200)
        );
    }

    #[test]
    fn plans_after_today_are_not_the_date() {
        assert_eq!(
            estimate(["mars 2019", "d'ici 2030", "janvier 2031"], TODAY),
            Some(20190300)
        );
        assert_eq!(estimate(["2040"], TODAY), None);
    }
}

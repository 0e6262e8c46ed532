//! The parser: query text → [`Query`]. One pass over the chars, so that an
//! error can point at the char where it starts.

use super::{Clause, Field, HasWhat, IsWhat, Pattern, Query, QueryError};
use crate::model::entities::EntityKind;
use crate::model::text;

/// The field names the language knows, for error messages.
pub const FIELD_NAMES: &[&str] = &[
    "title",
    "source",
    "file",
    "lang",
    "person",
    "org",
    "place",
    "date",
    "money",
    "percent",
    "quantity",
    "entity",
    "tag",
    "note",
    "has",
    "is",
    "author",
    "site",
    "url",
    "published",
];

fn field_named(name: &str) -> Option<Field> {
    Some(match name {
        "title" | "titre" => Field::Title,
        "source" | "site" => Field::Source,
        "author" | "auteur" | "by" => Field::Author,
        "url" | "link" => Field::Url,
        "published" | "pub" | "publié" | "publie" => Field::Published,
        "file" | "path" => Field::File,
        "lang" | "langue" => Field::Lang,
        "person" | "people" | "personne" => Field::Entity(Some(EntityKind::Person)),
        "org" | "organization" | "organisation" => Field::Entity(Some(EntityKind::Organization)),
        "place" | "lieu" => Field::Entity(Some(EntityKind::Place)),
        "date" => Field::Entity(Some(EntityKind::Date)),
        "money" => Field::Entity(Some(EntityKind::Money)),
        "percent" => Field::Entity(Some(EntityKind::Percent)),
        "quantity" => Field::Entity(Some(EntityKind::Quantity)),
        "entity" => Field::Entity(None),
        "tag" => Field::Tag,
        "note" => Field::Note,
        "has" => Field::Has,
        "is" => Field::Is,
        _ => return None,
    })
}

/// The upper-case operators: `AND` (what juxtaposition already means),
/// `OR` (joins two terms of one field as `a|b` does), `NOT` (as `-`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    And,
    Or,
    Not,
}

/// The operator word at `pos` (alone between spaces), and its length.
fn operator(chars: &[char], pos: usize) -> Option<(Op, usize)> {
    let len = chars[pos..]
        .iter()
        .take_while(|c| !text::is_space(**c))
        .count();
    let word: String = chars[pos..pos + len].iter().collect();
    let op = match word.as_str() {
        "AND" => Op::And,
        "OR" => Op::Or,
        "NOT" => Op::Not,
        _ => return None,
    };
    Some((op, len))
}

/// Parses a query. An empty query matches every article.
pub fn parse(input: &str) -> Result<Query, QueryError> {
    let chars: Vec<char> = input.chars().collect();
    let mut pos = 0usize;
    let mut clauses: Vec<Clause> = Vec::new();
    // the alternatives of the last clause, to merge OR-ed ones once each
    let mut last_alts: std::collections::HashSet<Pattern> = std::collections::HashSet::new();
    // an `OR` waiting for its right-hand term (where it was), a `NOT`
    let mut or_at: Option<usize> = None;
    let mut not = false;
    while pos < chars.len() {
        if text::is_space(chars[pos]) {
            pos += 1;
            continue;
        }
        if let Some((op, len)) = operator(&chars, pos) {
            match op {
                Op::And => {}
                Op::Or => or_at = Some(pos),
                Op::Not => not = !not,
            }
            pos += len;
            continue;
        }
        let mut negated = std::mem::take(&mut not);
        if matches!(chars[pos], '-' | '!') {
            negated = !negated;
            pos += 1;
        }
        let field = match field_prefix(&chars, pos) {
            Some((name, len)) => {
                let f = field_named(&name).ok_or_else(|| QueryError {
                    message: format!(
                        "unknown field `{name}:` (fields: {})",
                        FIELD_NAMES.join(", ")
                    ),
                    at: pos,
                })?;
                pos += len + 1;
                f
            }
            None => Field::Any,
        };
        let value_at = pos;
        let mut values = Vec::new();
        loop {
            let (value, next) = read_alternative(&chars, pos)?;
            values.push(value);
            pos = next;
            if pos < chars.len() && chars[pos] == '|' {
                pos += 1;
            } else {
                break;
            }
        }
        let Some(clause) = clause(negated, field, &values, value_at)? else {
            continue;
        };
        match (or_at.take(), clauses.last_mut()) {
            (Some(at), Some(prev)) => {
                if prev.negated || clause.negated {
                    return Err(QueryError {
                        message: "OR joins terms that are not negated (-a|b means with neither)"
                            .into(),
                        at,
                    });
                }
                if prev.field != clause.field {
                    return Err(QueryError {
                        message: "OR joins terms of one field (title:a|b, or a OR b)".into(),
                        at,
                    });
                }
                // a set beside the list: 5,000 OR-ed words are not
                // compared with each other pairwise
                for p in clause.alts {
                    if last_alts.insert(p.clone()) {
                        prev.alts.push(p);
                    }
                }
            }
            _ => {
                last_alts = clause.alts.iter().cloned().collect();
                clauses.push(clause);
            }
        }
    }
    Ok(Query { clauses })
}

/// `name:` at `pos` (ASCII letters then a colon): the lowercased name and
/// its length in chars.
fn field_prefix(chars: &[char], pos: usize) -> Option<(String, usize)> {
    let len = chars[pos..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if len > 0 && chars.get(pos + len) == Some(&':') {
        let name: String = chars[pos..pos + len].iter().collect();
        Some((name.to_ascii_lowercase(), len))
    } else {
        None
    }
}

/// Reads one alternative: bare chars up to a space or `|`, with quoted
/// segments (which may hold spaces and `|`). Returns it and the next pos.
/// A leading `'` (kept in the value) asks for whole words.
fn read_alternative(chars: &[char], mut pos: usize) -> Result<(String, usize), QueryError> {
    let mut value = String::new();
    if chars.get(pos) == Some(&'\'') {
        value.push('\'');
        pos += 1;
    }
    while pos < chars.len() {
        let c = chars[pos];
        if c == '"' {
            let close = chars[pos + 1..].iter().position(|&c| c == '"');
            let Some(close) = close else {
                return Err(QueryError {
                    message: "unclosed quote".into(),
                    at: pos,
                });
            };
            value.push(' ');
            value.extend(&chars[pos + 1..pos + 1 + close]);
            value.push(' ');
            pos += close + 2;
        } else if c == '|' || text::is_space(c) {
            break;
        } else {
            value.push(c);
            pos += 1;
        }
    }
    Ok((value, pos))
}

/// Builds a clause from its raw alternatives; `None` when nothing is left
/// to match (a field name or a `-` still being typed).
fn clause(
    negated: bool,
    field: Field,
    values: &[String],
    at: usize,
) -> Result<Option<Clause>, QueryError> {
    let mut alts: Vec<Pattern> = Vec::new();
    for v in values {
        if field == Field::Published {
            if v.trim().is_empty() {
                continue;
            }
            let (lo, hi) = date_range(v.trim()).ok_or_else(|| QueryError {
                message: "`published:` takes 2021, 2021-03, 2021-03-04 or a range such as 2021-03..2021-06".into(),
                at,
            })?;
            alts.push(Pattern {
                words: vec![lo.to_string(), hi.to_string()],
                exact: false,
            });
            continue;
        }
        let (exact, v) = match v.strip_prefix('\'') {
            Some(rest) => (true, rest),
            None => (false, v.as_str()),
        };
        // a lone combining mark folds to nothing: it is not a word
        let mut words = text::folded_words(v);
        words.retain(|w| !w.is_empty());
        if words.is_empty() {
            continue;
        }
        match field {
            Field::Has => {
                let what = has_named(&words.join(" ")).ok_or_else(|| QueryError {
                    message: "`has:` takes note, tag or annotation".into(),
                    at,
                })?;
                alts.push(Pattern {
                    words: vec![what.name().to_string()],
                    exact: false,
                });
            }
            Field::Is => {
                let v = words.join(" ");
                let what = IsWhat::ALL
                    .into_iter()
                    .find(|i| i.name().starts_with(&v))
                    .ok_or_else(|| QueryError {
                        message: "`is:` takes unread, read, starred or new".into(),
                        at,
                    })?;
                alts.push(Pattern {
                    words: vec![what.name().to_string()],
                    exact: false,
                });
            }
            _ => alts.push(Pattern { words, exact }),
        }
    }
    alts.dedup();
    if alts.is_empty() {
        return Ok(None);
    }
    Ok(Some(Clause {
        negated,
        field,
        alts,
    }))
}

/// A date or a range of dates as `yyyymmdd` keys, both ends included:
/// `2021` is the whole year, `2021-03` the month, `a..b`, `a..` and `..b`
/// ranges of those.
pub fn date_range(v: &str) -> Option<(u32, u32)> {
    if let Some((a, b)) = v.split_once("..") {
        let lo = if a.is_empty() { 0 } else { date_bounds(a)?.0 };
        let hi = if b.is_empty() {
            u32::MAX
        } else {
            date_bounds(b)?.1
        };
        return (lo <= hi && !(a.is_empty() && b.is_empty())).then_some((lo, hi));
    }
    date_bounds(v)
}

/// The first and last keys of a year, month or day.
fn date_bounds(v: &str) -> Option<(u32, u32)> {
    let parts: Vec<&str> = v.split(['-', '/']).collect();
    let num = |s: &str, len: std::ops::RangeInclusive<usize>| -> Option<u32> {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    match parts.as_slice() {
        [y] => {
            let y = num(y, 4..=4)?;
            Some((y * 10000, y * 10000 + 1299))
        }
        [y, m] => {
            let (y, m) = (num(y, 4..=4)?, num(m, 1..=2)?);
            (1..=12)
                .contains(&m)
                .then_some((y * 10000 + m * 100, y * 10000 + m * 100 + 99))
        }
        [y, m, d] => {
            let (y, m, d) = (num(y, 4..=4)?, num(m, 1..=2)?, num(d, 1..=2)?);
            let k = y * 10000 + m * 100 + d;
            ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((k, k))
        }
        _ => None,
    }
}

/// `has:` values; any prefix of a name (`has:n`) while it is being typed.
fn has_named(v: &str) -> Option<HasWhat> {
    [HasWhat::Note, HasWhat::Tag, HasWhat::Annotation]
        .into_iter()
        .find(|h| h.name().starts_with(v) || v == format!("{}s", h.name()))
}

//! The parser: query text → [`Query`]. One pass over the chars, so that an
//! error can point at the char where it starts.

use super::{Clause, Field, HasWhat, Pattern, Query, QueryError};
use crate::model::entities::EntityKind;
use crate::model::text;

/// The field names the language knows, for error messages.
pub const FIELD_NAMES: &[&str] = &[
    "title", "source", "file", "lang", "person", "org", "place", "date", "money", "percent",
    "quantity", "entity", "tag", "note", "has",
];

fn field_named(name: &str) -> Option<Field> {
    Some(match name {
        "title" | "titre" => Field::Title,
        "source" => Field::Source,
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
        _ => return None,
    })
}

/// Parses a query. An empty query matches every article.
pub fn parse(input: &str) -> Result<Query, QueryError> {
    let chars: Vec<char> = input.chars().collect();
    let mut pos = 0usize;
    let mut clauses = Vec::new();
    while pos < chars.len() {
        if text::is_space(chars[pos]) {
            pos += 1;
            continue;
        }
        let mut negated = false;
        if matches!(chars[pos], '-' | '!') {
            negated = true;
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
        if let Some(clause) = clause(negated, field, &values, value_at)? {
            clauses.push(clause);
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
fn read_alternative(chars: &[char], mut pos: usize) -> Result<(String, usize), QueryError> {
    let mut value = String::new();
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
                });
            }
            _ => alts.push(Pattern { words }),
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

/// `has:` values; any prefix of a name (`has:n`) while it is being typed.
fn has_named(v: &str) -> Option<HasWhat> {
    [HasWhat::Note, HasWhat::Tag, HasWhat::Annotation]
        .into_iter()
        .find(|h| h.name().starts_with(v) || v == format!("{}s", h.name()))
}

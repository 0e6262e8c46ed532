//! The annotation file format: writing (stable order) and lenient reading
//! (entry by entry, every problem with its line and column).

use crate::model::annotation::Annotation;
use serde::Serialize;
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// The schema this version writes and reads.
pub const SCHEMA_VERSION: i64 = 1;

const HEADER: &str = "# liseuse annotations. One [[annotation]] table per highlight or article \
note,\n# sorted by article, start, id. Offsets count Unicode chars. See the README.\n";

/// Something wrong in an annotation file, with where (1-based line and
/// column; 0 when unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.column,
            self.message
        )
    }
}

/// What a file held: the good entries, and the problems. `fatal` when the
/// TOML itself is broken (then `items` is empty).
#[derive(Debug, Default)]
pub struct Parsed {
    pub items: Vec<Annotation>,
    pub problems: Vec<Problem>,
    pub fatal: bool,
}

#[derive(Serialize)]
struct FileOut<'a> {
    schema_version: i64,
    annotation: Vec<&'a Annotation>,
}

/// The file text for `items`, sorted by article, start, id.
pub fn to_toml<'a>(items: impl IntoIterator<Item = &'a Annotation>) -> String {
    let mut annotation: Vec<&Annotation> = items.into_iter().collect();
    annotation.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let body = toml::to_string(&FileOut {
        schema_version: SCHEMA_VERSION,
        annotation,
    })
    // Plain strings, integers and string arrays always serialize.
    .unwrap_or_default();
    format!("{HEADER}{body}")
}

/// 1-based line and column (in chars) of byte offset `at` of `src`.
pub fn line_col(src: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    let before = &src[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line, src[line_start..at].chars().count() + 1)
}

/// Lines (1-based) of the `[[annotation]]` headers, in order.
fn entry_lines(src: &str) -> Vec<usize> {
    src.lines()
        .enumerate()
        .filter(|(_, l)| {
            let t = l.trim_start();
            t.starts_with("[[") && t[2..].trim_start().starts_with("annotation")
        })
        .map(|(i, _)| i + 1)
        .collect()
}

/// Reads a file's text leniently: a TOML syntax error loads nothing; a bad
/// entry is reported and the others load.
pub fn parse(path: &Path, src: &str) -> Parsed {
    let problem = |line, column, message: String| Problem {
        path: path.to_path_buf(),
        line,
        column,
        message,
    };
    let table: toml::Table = match toml::from_str(src) {
        Ok(t) => t,
        Err(e) => {
            let (line, column) = e.span().map(|s| line_col(src, s.start)).unwrap_or((0, 0));
            let msg = e.message().trim().to_string();
            return Parsed {
                items: Vec::new(),
                problems: vec![problem(line, column, msg)],
                fatal: true,
            };
        }
    };
    let mut out = Parsed::default();
    let key_line = |key: &str| {
        src.lines()
            .position(|l| l.trim_start().starts_with(key))
            .map(|i| i + 1)
            .unwrap_or(0)
    };
    for (key, value) in &table {
        match key.as_str() {
            "schema_version" => match value.as_integer() {
                Some(SCHEMA_VERSION) => {}
                Some(v) if v > SCHEMA_VERSION => {
                    out.problems.push(problem(
                        key_line(key),
                        1,
                        format!("schema_version {v} is newer than this liseuse understands ({SCHEMA_VERSION})"),
                    ));
                    out.fatal = true;
                    return out;
                }
                _ => out.problems.push(problem(
                    key_line(key),
                    1,
                    format!("schema_version must be {SCHEMA_VERSION}, found {value}"),
                )),
            },
            "annotation" => {}
            other => out.problems.push(problem(
                key_line(other),
                1,
                format!("unknown key `{other}` (kept in the file; it would be lost on rewrite)"),
            )),
        }
    }
    let entries: &[toml::Value] = match table.get("annotation") {
        None => &[],
        Some(toml::Value::Array(a)) => a,
        Some(_) => {
            out.problems.push(problem(
                key_line("annotation"),
                1,
                "`annotation` must be an array of tables ([[annotation]])".into(),
            ));
            return out;
        }
    };
    let lines = entry_lines(src);
    let mut seen = BTreeSet::new();
    for (i, v) in entries.iter().enumerate() {
        let line = lines.get(i).copied().unwrap_or(0);
        let id = v
            .get("id")
            .and_then(|x| x.as_str())
            .unwrap_or("?")
            .to_string();
        let what = format!("annotation #{} (id {id})", i + 1);
        match v.clone().try_into::<Annotation>() {
            Err(e) => {
                out.problems
                    .push(problem(line, 1, format!("{what}: {}", e.message().trim())))
            }
            Ok(a) if a.id.trim().is_empty() => {
                out.problems
                    .push(problem(line, 1, format!("{what}: empty id")))
            }
            Ok(a) if a.start > a.end => {
                out.problems
                    .push(problem(line, 1, format!("{what}: start > end")))
            }
            Ok(a) if !seen.insert(a.id.clone()) => {
                out.problems
                    .push(problem(line, 1, format!("{what}: duplicate id")))
            }
            Ok(a) => out.items.push(a),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_chars_from_one() {
        let src = "a = 1\nété = «\u{a0}x";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 6), (2, 1));
        let at = src.find('x').unwrap();
        assert_eq!(line_col(src, at), (2, 9));
        // Inside a multi-byte char: rounded down to its start.
        assert_eq!(line_col(src, 7), (2, 1));
    }

    #[test]
    fn syntax_error_position() {
        let p = parse(
            Path::new("f.toml"),
            "schema_version = 1\n\n[[annotation]]\nid = \"x\n",
        );
        assert!(p.fatal && p.items.is_empty());
        // toml points at the end of the line the string runs into.
        assert_eq!((p.problems[0].line, p.problems[0].column), (4, 8));
    }
}

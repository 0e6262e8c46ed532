//! The filter language: parse a query into terms and match articles.
//!
//! This first version knows plain words only: every term must start a word
//! of the article (after folding). The full language lives in the filter
//! issue.

use super::article::Article;
use super::text;

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Folded terms, all required.
    pub terms: Vec<String>,
}

/// A query that could not be parsed, with a message for the filter bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    pub message: String,
    /// Char offset in the query where the problem is.
    pub at: usize,
}

pub fn parse(input: &str) -> Result<Query, QueryError> {
    Ok(Query {
        terms: text::folded_words(input),
    })
}

impl Query {
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether `article` matches (a scan of its text).
    pub fn matches(&self, article: &Article) -> bool {
        if self.terms.is_empty() {
            return true;
        }
        let mut found = vec![false; self.terms.len()];
        for w in text::words(&article.text) {
            let f = text::fold(&article.text[w.start..w.end]);
            for (i, t) in self.terms.iter().enumerate() {
                if !found[i] && f.starts_with(t.as_str()) {
                    found[i] = true;
                }
            }
            if found.iter().all(|&b| b) {
                return true;
            }
        }
        false
    }
}

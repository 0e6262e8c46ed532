//! The document model: the articles, the current filter and its result.
//! Every pane is a view of it. No terminal types here.

use super::article::Article;
use super::corpus::Skipped;
use super::query::{self, Query};

/// The order of the article list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// As listed on disk (path order).
    #[default]
    Path,
    Title,
    /// Newest first; undated articles last.
    Date,
    /// Longest first.
    Length,
}

impl SortKey {
    pub fn next(self) -> SortKey {
        match self {
            SortKey::Path => SortKey::Title,
            SortKey::Title => SortKey::Date,
            SortKey::Date => SortKey::Length,
            SortKey::Length => SortKey::Path,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            SortKey::Path => "path",
            SortKey::Title => "title",
            SortKey::Date => "date",
            SortKey::Length => "length",
        }
    }
}

/// The current filter: what was typed, what it means, what it matched.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub input: String,
    /// The last query that parsed (the list keeps showing its result while
    /// the input has an error).
    pub query: Query,
    pub error: Option<query::QueryError>,
}

#[derive(Debug, Default)]
pub struct Document {
    pub articles: Vec<Article>,
    pub skipped: Vec<Skipped>,
    pub filter: Filter,
    pub sort: SortKey,
    /// Indices into `articles` of the articles that match the filter, in
    /// list order.
    pub visible: Vec<u32>,
}

impl Document {
    pub fn new(articles: Vec<Article>, skipped: Vec<Skipped>) -> Document {
        let mut d = Document {
            articles: Vec::new(),
            skipped,
            ..Default::default()
        };
        d.add_articles(articles);
        d
    }

    /// Appends articles (from a loader batch) and updates the list.
    pub fn add_articles(&mut self, batch: Vec<Article>) {
        let first = self.articles.len();
        self.articles.extend(batch);
        let q = &self.filter.query;
        let new: Vec<u32> = (first..self.articles.len())
            .filter(|&i| q.matches(&self.articles[i]))
            .map(|i| i as u32)
            .collect();
        if self.sort == SortKey::Path {
            self.visible.extend(new);
        } else {
            self.visible.extend(new);
            self.sort_visible();
        }
    }

    /// Sets the filter input; on a parse error the previous result stays.
    pub fn set_filter(&mut self, input: &str) {
        self.filter.input = input.to_string();
        match query::parse(input) {
            Ok(q) => {
                self.filter.error = None;
                if q != self.filter.query {
                    self.filter.query = q;
                    self.refilter();
                }
            }
            Err(e) => self.filter.error = Some(e),
        }
    }

    fn refilter(&mut self) {
        let q = &self.filter.query;
        self.visible = (0..self.articles.len())
            .filter(|&i| q.matches(&self.articles[i]))
            .map(|i| i as u32)
            .collect();
        self.sort_visible();
    }

    pub fn set_sort(&mut self, sort: SortKey) {
        self.sort = sort;
        self.sort_visible();
    }

    fn sort_visible(&mut self) {
        let arts = &self.articles;
        match self.sort {
            SortKey::Path => self.visible.sort_unstable(),
            SortKey::Title => self
                .visible
                .sort_by_cached_key(|&i| super::text::fold(&arts[i as usize].meta.title)),
            SortKey::Date => self
                .visible
                .sort_by_key(|&i| std::cmp::Reverse(arts[i as usize].meta.date_key.unwrap_or(0))),
            SortKey::Length => self
                .visible
                .sort_by_key(|&i| std::cmp::Reverse(arts[i as usize].word_count)),
        }
    }

    pub fn article(&self, i: u32) -> &Article {
        &self.articles[i as usize]
    }
}

//! The document model: the articles, their index, the current filter and
//! its result. Every pane is a view of it. No terminal types here.

use super::annotation::AnnotationSet;
use super::article::Article;
use super::corpus::Skipped;
use super::corrections::Corrections;
use super::entities::EntityKind;
use super::index::{BatchTerms, Bitset, EntityCount, Index, merge_sorted};
use super::query::{self, AnnotationFacts, EvalCache, EvalJob, Evaluator, Query};
use rayon::prelude::*;
use std::cmp::{Ordering, Reverse};
use std::collections::HashMap;

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

/// Which articles an entity aggregate counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// One article.
    Article(u32),
    /// The articles the filter shows.
    Visible,
    /// Every article.
    Corpus,
}

#[derive(Debug, Default)]
pub struct Document {
    pub articles: Vec<Article>,
    pub skipped: Vec<Skipped>,
    /// What the load has to say besides skipped files (the analysis cache
    /// was rebuilt, and why; how many files were analysed).
    pub notes: Vec<String>,
    pub filter: Filter,
    pub sort: SortKey,
    /// Indices into `articles` of the articles that match the filter, in
    /// list order.
    pub visible: Vec<u32>,
    index: Index,
    cache: EvalCache,
    /// The articles that match the filter, as a set.
    matched: Bitset,
    /// Every article in `sort` order (empty for [`SortKey::Path`]).
    order: Vec<u32>,
    /// Folded titles, for the title order (filled on first use).
    title_keys: Vec<Box<str>>,
    /// Annotation facts by article ([`Document::set_annotations`]).
    facts: HashMap<u32, AnnotationFacts>,
    /// Article path → index ([`Document::index_rels`]).
    rels: HashMap<String, u32>,
    /// Reading flags by article ([`super::reading::flags`]), for `is:`.
    reading: Vec<u8>,
    /// The evaluation of the filter under way, when the filter is
    /// evaluated in the background (`visible` still shows the last result).
    job: Option<EvalJob>,
    /// The entity corrections the articles carry.
    corrections: Corrections,
    /// Whether a filter change only starts its evaluation, which
    /// [`Document::filter_step`] runs a little at a time (the reader's run
    /// loop, between keys). Off: the filter is evaluated at once (the CLI).
    pub background: bool,
}

/// Where a document's memory goes (approximate heap bytes).
#[derive(Debug, Clone, Copy, Default)]
pub struct MemoryUse {
    /// The article texts.
    pub texts: usize,
    /// Everything else per article: paths, metadata, paragraphs.
    pub articles: usize,
    /// Entity mentions.
    pub mentions: usize,
    /// Each article's canonical names and amounts.
    pub names: usize,
    /// The word index.
    pub index: usize,
    /// The entity table.
    pub entities: usize,
}

impl MemoryUse {
    pub fn total(&self) -> usize {
        self.texts + self.articles + self.mentions + self.names + self.index + self.entities
    }
}

impl Document {
    /// Where the memory goes (for `stats --timings`).
    pub fn memory(&self) -> MemoryUse {
        let mut m = MemoryUse {
            articles: self.articles.capacity() * std::mem::size_of::<Article>(),
            ..MemoryUse::default()
        };
        for a in &self.articles {
            m.texts += a.text.heap_bytes();
            m.articles += a.path.as_os_str().len()
                + a.rel.capacity()
                + a.meta.title.capacity()
                + a.meta.source.as_ref().map_or(0, String::capacity)
                + a.meta.date.as_ref().map_or(0, String::capacity)
                + a.paragraphs.capacity() * 8;
            let (mentions, names) = a.entities.heap_bytes();
            m.mentions += mentions;
            m.names += names;
        }
        (m.index, m.entities) = self.index.heap_bytes();
        m
    }

    pub fn new(articles: Vec<Article>, skipped: Vec<Skipped>) -> Document {
        let mut d = Document {
            skipped,
            ..Default::default()
        };
        d.add_articles(articles);
        d
    }

    /// Appends articles (from a loader batch), indexes them (on all cores)
    /// and updates the list.
    pub fn add_articles(&mut self, batch: Vec<Article>) {
        let grouped = BatchTerms::of(&batch);
        self.add_indexed(batch, grouped);
    }

    /// Appends articles whose terms were computed and grouped already (by
    /// [`BatchTerms`], e.g. in the loader).
    pub fn add_indexed(&mut self, batch: Vec<Article>, terms: BatchTerms) {
        debug_assert_eq!(batch.len(), terms.len());
        let first = self.articles.len() as u32;
        self.index.add_batch(terms);
        self.articles.extend(batch);
        self.appended(first);
    }

    /// Takes the articles of a whole corpus with the index stored for them
    /// (see [`super::cache::snapshot`]). Indexes them from their text when
    /// the index does not fit (`None`, another length, a document that
    /// holds articles already).
    pub fn add_prebuilt(&mut self, batch: Vec<Article>, index: Option<Index>) {
        match index {
            Some(index) if self.articles.is_empty() && index.len() as usize == batch.len() => {
                self.index = index;
                self.articles = batch;
                self.appended(0);
            }
            _ => self.add_articles(batch),
        }
    }

    /// Sorts and filters articles `first..` in, once indexed.
    fn appended(&mut self, first: u32) {
        let n = self.articles.len() as u32;
        if self.sort != SortKey::Path {
            let mut new: Vec<u32> = (first..n).collect();
            self.extend_title_keys();
            new.sort_by(|&a, &b| self.compare(a, b));
            let old = std::mem::take(&mut self.order);
            self.order = merge_sorted(&old, &new, |a, b| self.compare(a, b));
        }
        self.refilter();
    }

    /// Applies a reader's entity corrections to every article (over the
    /// extractor's mentions), indexes the entities anew when any changed,
    /// and filters again. Returns how many articles changed.
    pub fn apply_corrections(&mut self, c: &Corrections) -> usize {
        // only the articles the change can touch (found through the index)
        let candidates = self.correction_candidates(c);
        self.correct_articles(c, candidates)
    }

    /// Like [`Document::apply_corrections`], looking at every article
    /// (some were loaded with other corrections than the document knows).
    pub fn apply_corrections_everywhere(&mut self, c: &Corrections) -> usize {
        self.correct_articles(c, None)
    }

    fn correct_articles(&mut self, c: &Corrections, only: Option<Bitset>) -> usize {
        let changed: Vec<(u32, super::entities::Entities)> = self
            .articles
            .par_iter_mut()
            .enumerate()
            .filter(|(i, _)| only.as_ref().is_none_or(|b| b.contains(*i as u32)))
            .filter_map(|(i, a)| c.correct(a).map(|old| (i as u32, old)))
            .collect();
        self.corrections = c.clone();
        if !changed.is_empty() {
            self.index.update_entities(&self.articles, &changed);
            self.cache.clear();
            self.refilter();
        }
        changed.len()
    }

    /// The articles a change from the corrections applied to `c` can
    /// touch, ascending: those corrected already, those that mention an
    /// entity whose correction changed, those whose words hold a name
    /// declared anew. `None`: every article (a declared name without words).
    fn correction_candidates(&self, c: &Corrections) -> Option<Bitset> {
        use super::index::IndexPart;
        let n = self.articles.len() as u32;
        let mut set = Bitset::new(n);
        for (i, a) in self.articles.iter().enumerate() {
            if a.uncorrected.is_some() {
                set.insert(i as u32);
            }
        }
        let (keys, declared) = self.corrections.diff(c);
        for (kind, name) in &keys {
            for &a in self.index.entities.articles_of(*kind, name) {
                set.insert(a);
            }
        }
        for name in &declared {
            let words = super::text::folded_words(name);
            let mut all: Option<Bitset> = None;
            for w in &words {
                let mut one = Bitset::new(n);
                self.index.exact_into(IndexPart::Body, w, &mut one);
                match &mut all {
                    Some(b) => b.and_with(&one),
                    None => all = Some(one),
                }
            }
            for a in all?.ones() {
                set.insert(a);
            }
        }
        Some(set)
    }

    /// Records the corrections the articles were loaded with (the loader
    /// applies them as it reads), so that the next change is applied to
    /// the articles it can touch only.
    pub fn corrections_loaded(&mut self, c: &Corrections) {
        self.corrections = c.clone();
    }

    /// The entity corrections the articles (and the index) have.
    pub fn corrections(&self) -> &Corrections {
        &self.corrections
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

    /// Sets what the filter knows of the annotations (`tag:`, `note:`,
    /// `has:`) from the whole annotation set: the facts of every annotated
    /// article are derived here, once per change, and the filter runs again
    /// once if it asks for them and they changed.
    pub fn set_annotations(&mut self, set: &AnnotationSet) {
        self.index_rels();
        let mut facts: HashMap<u32, AnnotationFacts> = HashMap::new();
        for n in set.sorted() {
            if let Some(i) = self.article_by_rel(&n.article) {
                let f = facts.entry(i).or_default();
                f.annotations += 1;
                f.tags.extend(n.tags.iter().cloned());
                if !n.note.trim().is_empty() {
                    f.notes.push(n.note.clone());
                }
            }
        }
        if facts != self.facts {
            self.facts = facts;
            if self.filter.query.uses_annotations() {
                self.refilter();
            }
        }
    }

    /// Brings the path → article table up to date with the articles added
    /// since the last call (it is built only where articles are looked up
    /// by path: annotations).
    pub fn index_rels(&mut self) {
        for i in self.rels.len()..self.articles.len() {
            self.rels.insert(self.articles[i].rel.clone(), i as u32);
        }
    }

    /// The article at this path (relative to the corpus), once
    /// [`Document::index_rels`] has seen it.
    pub fn article_by_rel(&self, rel: &str) -> Option<u32> {
        self.rels.get(rel).copied()
    }

    /// Sets the reading flags of articles `first..` (`is:unread`, …).
    pub fn set_reading_flags(&mut self, first: u32, flags: &[u8]) {
        let end = first as usize + flags.len();
        if self.reading.len() < end {
            self.reading.resize(end, 0);
        }
        let slot = &mut self.reading[first as usize..end];
        if slot == flags {
            return;
        }
        slot.copy_from_slice(flags);
        if self.filter.query.uses_reading() {
            self.refilter();
        }
    }

    /// The reading flags of an article (0 when none were set).
    pub fn reading_flags(&self, article: u32) -> u8 {
        self.reading.get(article as usize).copied().unwrap_or(0)
    }

    /// The annotation facts of an article, if any were set.
    pub fn annotation_facts(&self, article: u32) -> Option<&AnnotationFacts> {
        self.facts.get(&article)
    }

    /// Evaluates any query on the corpus (the filter is not changed).
    pub fn matching(&mut self, q: &Query) -> Bitset {
        query::eval(
            q,
            &mut Evaluator {
                index: &self.index,
                articles: &self.articles,
                facts: &self.facts,
                reading: &self.reading,
                cache: &mut self.cache,
            },
        )
    }

    /// Starts evaluating the filter again (a pending evaluation is dropped:
    /// it is stale); unless [`Document::background`], runs it to the end.
    fn refilter(&mut self) {
        let q = self.filter.query.clone();
        self.job = Some(EvalJob::new(
            &q,
            &mut Evaluator {
                index: &self.index,
                articles: &self.articles,
                facts: &self.facts,
                reading: &self.reading,
                cache: &mut self.cache,
            },
        ));
        if !self.background {
            while !self.filter_step(usize::MAX) {}
        }
    }

    /// Whether an evaluation of the filter is under way (the list shows
    /// the previous result meanwhile).
    pub fn filtering(&self) -> bool {
        self.job.is_some()
    }

    /// The query whose evaluation is under way.
    pub fn pending_query(&self) -> Option<&Query> {
        self.job.as_ref().map(EvalJob::query)
    }

    /// Runs about `budget` units of the pending evaluation (see
    /// [`EvalJob::step`]); returns whether it finished now, so that
    /// `visible` changed.
    pub fn filter_step(&mut self, budget: usize) -> bool {
        let Some(job) = &mut self.job else {
            return false;
        };
        let mut ev = Evaluator {
            index: &self.index,
            articles: &self.articles,
            facts: &self.facts,
            reading: &self.reading,
            cache: &mut self.cache,
        };
        if !job.step(&mut ev, budget) {
            return false;
        }
        let job = self.job.take().expect("checked above");
        let matched = job.into_result(&mut ev);
        // the previous result's memory serves the next evaluation
        let old = std::mem::replace(&mut self.matched, matched);
        self.cache.give(old);
        self.fill_visible();
        true
    }

    fn fill_visible(&mut self) {
        self.visible.clear();
        if self.sort == SortKey::Path {
            self.visible.extend(self.matched.ones());
        } else {
            let m = &self.matched;
            self.visible
                .extend(self.order.iter().copied().filter(|&i| m.contains(i)));
        }
    }

    pub fn set_sort(&mut self, sort: SortKey) {
        if sort == self.sort {
            return;
        }
        self.sort = sort;
        self.order.clear();
        if sort != SortKey::Path {
            self.extend_title_keys();
            let mut all: Vec<u32> = (0..self.articles.len() as u32).collect();
            all.sort_by(|&a, &b| self.compare(a, b));
            self.order = all;
        }
        self.fill_visible();
    }

    fn extend_title_keys(&mut self) {
        if self.sort == SortKey::Title {
            let have = self.title_keys.len();
            let new: Vec<Box<str>> = self.articles[have..]
                .par_iter()
                .map(|a| super::text::fold(&a.meta.title).into_boxed_str())
                .collect();
            self.title_keys.extend(new);
        }
    }

    /// List order of two articles under the current sort (ties by path).
    fn compare(&self, a: u32, b: u32) -> Ordering {
        let (x, y) = (self.article(a), self.article(b));
        let by = match self.sort {
            SortKey::Path => Ordering::Equal,
            SortKey::Title => self.title_keys[a as usize].cmp(&self.title_keys[b as usize]),
            SortKey::Date => {
                Reverse(x.meta.date_key.unwrap_or(0)).cmp(&Reverse(y.meta.date_key.unwrap_or(0)))
            }
            SortKey::Length => Reverse(x.word_count).cmp(&Reverse(y.word_count)),
        };
        by.then(a.cmp(&b))
    }

    pub fn article(&self, i: u32) -> &Article {
        &self.articles[i as usize]
    }

    /// Whether article `i` matches the filter.
    pub fn is_visible(&self, i: u32) -> bool {
        self.matched.contains(i)
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Per entity, the number of articles of `scope` that mention it, most
    /// mentioned first, at most `limit`.
    pub fn entity_counts(&self, scope: Scope, limit: usize) -> Vec<EntityCount> {
        let t = &self.index.entities;
        match scope {
            Scope::Article(i) => t.counts(std::iter::once(i), limit),
            Scope::Visible => t.counts(self.matched.ones(), limit),
            Scope::Corpus => t.counts(0..self.articles.len() as u32, limit),
        }
    }

    /// The entities most often mentioned in the same articles of `scope`
    /// as the given one (for [`Scope::Article`], the whole corpus).
    pub fn cooccurring(
        &self,
        scope: Scope,
        kind: EntityKind,
        canonical: &str,
        limit: usize,
    ) -> Vec<EntityCount> {
        let scope = match scope {
            Scope::Visible => Some(&self.matched),
            Scope::Article(_) | Scope::Corpus => None,
        };
        self.index
            .entities
            .cooccurring(kind, canonical, scope, limit)
    }
}

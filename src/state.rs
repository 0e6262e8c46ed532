//! The application state: the document model plus the view state (focus,
//! selections, scroll positions, overlays) and the caches views read (the
//! wrapped lines of the open article). Changed only by [`crate::update`].

use crate::annotating::{Anchors, AnnList, AnnRow, Editor, label_slot};
use crate::model::anchor::Status;
use crate::model::annotation::AnnotationSet;
use crate::model::document::Scope as DocScope;
use crate::model::entities::EntityKind;
use crate::model::query::Part;
use crate::model::{Document, Lang};
use crate::ui::layout::Panes;
use crate::ui::wrap::{self, Span};
use std::collections::HashMap;
use tui_textarea::TextArea;

/// The pane that has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Reader,
    Sidebar,
    Filter,
}

/// What the entity sidebar counts over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    Article,
    Filtered,
    Corpus,
}

impl Scope {
    pub fn next(self) -> Scope {
        match self {
            Scope::Article => Scope::Filtered,
            Scope::Filtered => Scope::Corpus,
            Scope::Corpus => Scope::Article,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Scope::Article => "article",
            Scope::Filtered => "filtered",
            Scope::Corpus => "corpus",
        }
    }
}

/// A line of the reading pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Part of the title (a range of `meta.title`).
    Title,
    /// The metadata line.
    Meta,
    Blank,
    /// Part of paragraph `n` (a range of the article text).
    Text(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReaderLine {
    pub kind: LineKind,
    pub span: Span,
}

/// The wrapped lines of one article at one width.
#[derive(Debug, Clone, Default)]
pub struct WrapCache {
    pub article: u32,
    pub width: u16,
    pub lines: Vec<ReaderLine>,
}

/// One entity row of the sidebar.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityRow {
    pub kind: EntityKind,
    pub canonical: String,
    /// Mentions in the article, or articles in the filtered set / corpus.
    pub count: usize,
    /// Surfaces seen for it (aliases) and the rule of its first mention.
    pub aliases: Vec<String>,
    pub rule: &'static str,
}

/// What the marks were computed for: article, selected entity, filter.
pub type MarksKey = (u32, Option<(EntityKind, String)>, String, u64);

/// A highlighted range of the open article (bytes into its text) and the
/// theme slot it is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: u32,
    pub end: u32,
    pub slot: &'static str,
}

/// Loading progress for the status line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub found: usize,
    pub done: bool,
}

/// A message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

pub struct ViewState {
    pub focus: Focus,
    /// Where focus returns when the filter bar is left.
    pub before_filter: Focus,
    /// Index into `doc.visible` of the selected article.
    pub list_sel: usize,
    pub list_offset: usize,
    /// The article shown in the reading pane (index into `doc.articles`).
    pub open: Option<u32>,
    /// First reader line shown.
    pub reader_top: usize,
    /// The reader position as (paragraph, char offset), kept across resizes.
    pub reader_anchor: Option<(u32, u32)>,
    pub wrap: Option<WrapCache>,
    pub scope: Scope,
    pub entity_rows: Vec<EntityRow>,
    pub entity_sel: usize,
    pub entity_offset: usize,
    /// (scope, article or visible count) the rows were computed for.
    pub entity_key: Option<(Scope, Option<u32>, usize, String)>,
    /// The entities most often mentioned with the selected one, and the
    /// selection they were computed for.
    pub cooccur: Vec<(EntityKind, String, u32)>,
    pub cooccur_key: Option<(EntityKind, String, Scope, usize)>,
    /// Highlighted byte ranges of the open article's text, sorted.
    pub marks: Vec<Mark>,
    pub marks_key: Option<MarksKey>,
    pub help: Option<usize>,
    /// The reading cursor (byte offset into the open article's text).
    pub cursor: Option<u32>,
    /// Where the selection started (`v`), if selecting.
    pub select_from: Option<u32>,
    pub editor: Option<Editor>,
    pub ann_list: Option<AnnList>,
    /// The rows of the open annotation list.
    pub list_rows: Vec<AnnRow>,
    /// An annotation change waits to be saved by the run loop.
    pub pending_save: bool,
    pub anchors: Anchors,
    /// Articles that have annotation facts in the document.
    pub faceted: Vec<u32>,
    /// Where annotations are saved, for the status line.
    pub annotation_file: Option<String>,
    pub filter: TextArea<'static>,
    pub history: Vec<String>,
    pub history_pos: Option<usize>,
    pub message: Option<Message>,
    pub progress: Progress,
    pub panes: Panes,
    pub theme_index: usize,
    pub quit: bool,
}

impl Default for ViewState {
    fn default() -> Self {
        let mut filter = TextArea::default();
        filter.set_placeholder_text("type / to filter: words, \"phrases\", -not, a|b, field:term");
        ViewState {
            focus: Focus::List,
            before_filter: Focus::List,
            list_sel: 0,
            list_offset: 0,
            open: None,
            reader_top: 0,
            reader_anchor: None,
            wrap: None,
            scope: Scope::Article,
            entity_rows: Vec::new(),
            entity_sel: 0,
            entity_offset: 0,
            entity_key: None,
            cooccur: Vec::new(),
            cooccur_key: None,
            marks: Vec::new(),
            marks_key: None,
            help: None,
            cursor: None,
            select_from: None,
            editor: None,
            ann_list: None,
            list_rows: Vec::new(),
            pending_save: false,
            anchors: Anchors::default(),
            faceted: Vec::new(),
            annotation_file: None,
            filter,
            history: Vec::new(),
            history_pos: None,
            message: None,
            progress: Progress::default(),
            panes: Panes::default(),
            theme_index: 0,
            quit: false,
        }
    }
}

pub struct AppState {
    pub doc: Document,
    /// The user's annotations (saved by the run loop on every change).
    pub notes: AnnotationSet,
    /// Article path (`rel`) → index, to find annotated articles.
    pub rel_index: HashMap<String, u32>,
    pub view: ViewState,
}

/// The widest a reading column gets, for comfort.
pub const READ_WIDTH: u16 = 88;

impl AppState {
    pub fn new(doc: Document) -> AppState {
        let mut s = AppState {
            doc,
            notes: AnnotationSet::new(),
            rel_index: HashMap::new(),
            view: ViewState::default(),
        };
        s.index_rels();
        s.refresh();
        s
    }

    /// Indexes the paths of articles added since the last call, and
    /// refreshes the annotation facts the filter's `tag:`/`note:` use.
    pub fn index_rels(&mut self) {
        let from = self.rel_index.len() as u32;
        for i in from..self.doc.articles.len() as u32 {
            self.rel_index.insert(self.doc.article(i).rel.clone(), i);
        }
        self.refresh_facts();
    }

    /// Sets the annotation facts (tags, notes) of every annotated article.
    pub fn refresh_facts(&mut self) {
        let mut facts: HashMap<u32, (Vec<String>, Vec<String>)> = HashMap::new();
        for n in self.notes.sorted() {
            if let Some(&i) = self.rel_index.get(&n.article) {
                let f = facts.entry(i).or_default();
                f.0.extend(n.tags.iter().cloned());
                f.1.push(n.note.clone());
            }
        }
        let stale: Vec<u32> = self
            .view
            .faceted
            .iter()
            .copied()
            .filter(|i| !facts.contains_key(i))
            .collect();
        for i in stale {
            self.doc.set_annotation_facts(i, Vec::new(), Vec::new());
        }
        self.view.faceted = facts.keys().copied().collect();
        for (i, (tags, notes)) in facts {
            self.doc.set_annotation_facts(i, tags, notes);
        }
    }

    /// The selected article in the list.
    pub fn selected(&self) -> Option<u32> {
        self.doc.visible.get(self.view.list_sel).copied()
    }

    /// The article whose entities the sidebar shows: the open one, else
    /// the selected one.
    pub fn current(&self) -> Option<u32> {
        self.view.open.or_else(|| self.selected())
    }

    /// Recomputes the caches views read, after any change: clamps the list
    /// selection, re-wraps the open article if the width changed, and
    /// recounts the sidebar rows if their inputs changed.
    pub fn refresh(&mut self) {
        let n = self.doc.visible.len();
        if self.view.list_sel >= n {
            self.view.list_sel = n.saturating_sub(1);
        }
        if let Some(o) = self.view.open
            && o as usize >= self.doc.articles.len()
        {
            self.view.open = None;
        }
        self.ensure_wrap();
        self.ensure_entities();
        self.ensure_cooccur();
        self.ensure_marks();
        if let Some(l) = &self.view.ann_list {
            let only = if l.all { None } else { self.current() };
            self.view.list_rows = crate::annotating::rows(
                &self.doc,
                &self.notes,
                &self.rel_index,
                &mut self.view.anchors,
                only,
            );
            if let Some(l) = &mut self.view.ann_list {
                l.sel = l.sel.min(self.view.list_rows.len().saturating_sub(1));
            }
        }
    }

    /// Recomputes the highlighted ranges of the open article: mentions of
    /// the selected entity, then filter hits.
    fn ensure_marks(&mut self) {
        let Some(a) = self.view.open else {
            self.view.marks.clear();
            self.view.marks_key = None;
            return;
        };
        let ent = self
            .selected_entity()
            .map(|r| (r.kind, r.canonical.clone()));
        let key = (
            a,
            ent,
            self.doc.filter.input.clone(),
            self.notes.generation(),
        );
        if self.view.marks_key.as_ref() == Some(&key) {
            return;
        }
        let art = self.doc.article(a);
        let map = crate::model::text::CharMap::new(&art.text);
        let mut marks = Vec::new();
        let anchors = self.view.anchors.of(&self.doc, &self.notes, a);
        for (id, an) in anchors {
            if an.status == Status::Orphan {
                continue;
            }
            let label = self.notes.get(id).map_or("yellow", |n| n.label.as_str());
            marks.push(Mark {
                start: map.byte_of(&art.text, an.start) as u32,
                end: map.byte_of(&art.text, an.end) as u32,
                slot: label_slot(label),
            });
        }
        if let Some((kind, canonical)) = &key.1 {
            for m in art
                .entities
                .iter()
                .filter(|m| m.kind == *kind && &m.canonical == canonical)
            {
                marks.push(Mark {
                    start: map.byte_of(&art.text, m.start as usize) as u32,
                    end: map.byte_of(&art.text, m.end as usize) as u32,
                    slot: "entity.mention",
                });
            }
        }
        let q = &self.doc.filter.query;
        if !q.is_empty() {
            for &(s, e) in &art.paragraphs {
                for r in q.highlights(Part::Body, &art.text[s as usize..e as usize]) {
                    marks.push(Mark {
                        start: s + r.start as u32,
                        end: s + r.end as u32,
                        slot: "match",
                    });
                }
            }
        }
        marks.sort_by_key(|m| (m.start, m.end));
        self.view.marks = marks;
        self.view.marks_key = Some(key);
    }

    /// Text width of the reading pane.
    pub fn reader_width(&self) -> u16 {
        self.view.panes.reader_text_width().clamp(8, READ_WIDTH)
    }

    fn ensure_wrap(&mut self) {
        let Some(a) = self.view.open else {
            self.view.wrap = None;
            return;
        };
        let width = self.reader_width();
        if let Some(w) = &self.view.wrap
            && w.article == a
            && w.width == width
        {
            return;
        }
        let anchor = self.view.reader_anchor;
        let lines = wrap_article(&self.doc, a, width as usize);
        self.view.wrap = Some(WrapCache {
            article: a,
            width,
            lines,
        });
        self.view.reader_top = match anchor {
            Some((p, off)) => self.line_of(p, off),
            None => 0,
        };
        // keep the anchor itself unless the position had to move
        let top = self.view.reader_top;
        self.clamp_reader();
        if self.view.reader_top == top && anchor.is_some() {
            self.view.reader_anchor = anchor;
        }
    }

    /// The reader line that shows paragraph `p` at byte offset `off`.
    pub fn line_of(&self, p: u32, off: u32) -> usize {
        let Some(w) = &self.view.wrap else { return 0 };
        w.lines
            .iter()
            .rposition(
                |l| matches!(l.kind, LineKind::Text(q) if q < p || (q == p && l.span.start <= off)),
            )
            .unwrap_or(0)
    }

    /// Number of reader lines and the visible height.
    pub fn reader_extent(&self) -> (usize, usize) {
        let total = self.view.wrap.as_ref().map_or(0, |w| w.lines.len());
        (total, self.view.panes.reader_height() as usize)
    }

    pub fn clamp_reader(&mut self) {
        let (total, h) = self.reader_extent();
        let max = total.saturating_sub(h.max(1));
        if self.view.reader_top > max {
            self.view.reader_top = max;
        }
        self.view.reader_anchor = self.view.wrap.as_ref().and_then(|w| {
            w.lines[self.view.reader_top..]
                .iter()
                .find_map(|l| match l.kind {
                    LineKind::Text(p) => Some((p, l.span.start)),
                    _ => None,
                })
        });
    }

    fn ensure_entities(&mut self) {
        let cur = self.current();
        let key = (
            self.view.scope,
            if self.view.scope == Scope::Article {
                cur
            } else {
                None
            },
            if self.view.scope == Scope::Corpus {
                self.doc.articles.len()
            } else {
                self.doc.visible.len()
            },
            self.doc.filter.input.clone(),
        );
        if self.view.entity_key.as_ref() == Some(&key) {
            return;
        }
        self.view.entity_rows = match self.view.scope {
            Scope::Article => cur.map(|a| article_rows(&self.doc, a)).unwrap_or_default(),
            Scope::Filtered => corpus_rows(&self.doc, DocScope::Visible),
            Scope::Corpus => corpus_rows(&self.doc, DocScope::Corpus),
        };
        self.view.entity_key = Some(key);
        if self.view.entity_sel >= self.view.entity_rows.len() {
            self.view.entity_sel = 0;
            self.view.entity_offset = 0;
        }
    }

    /// Recomputes the co-occurrence list of the selected entity when the
    /// selection, scope or filter result changed.
    fn ensure_cooccur(&mut self) {
        let Some(row) = self.selected_entity() else {
            self.view.cooccur.clear();
            self.view.cooccur_key = None;
            return;
        };
        let key = (
            row.kind,
            row.canonical.clone(),
            self.view.scope,
            self.doc.visible.len(),
        );
        if self.view.cooccur_key.as_ref() == Some(&key) {
            return;
        }
        let scope = match self.view.scope {
            Scope::Filtered => DocScope::Visible,
            _ => DocScope::Corpus,
        };
        self.view.cooccur = self
            .doc
            .cooccurring(scope, key.0, &key.1, 6)
            .into_iter()
            .filter(|c| !(c.kind == key.0 && c.canonical == key.1))
            .take(5)
            .map(|c| (c.kind, c.canonical, c.articles))
            .collect();
        self.view.cooccur_key = Some(key);
    }

    /// The selected sidebar entity.
    pub fn selected_entity(&self) -> Option<&EntityRow> {
        self.view.entity_rows.get(self.view.entity_sel)
    }

    /// The metadata line of an article: source, date, words, reading time,
    /// language, and a mark when it was decoded lossily.
    pub fn meta_line(&self, a: u32) -> String {
        meta_line(&self.doc, a)
    }
}

pub fn meta_line(doc: &Document, a: u32) -> String {
    let art = doc.article(a);
    let mut parts = Vec::new();
    if let Some(s) = &art.meta.source {
        parts.push(s.clone());
    }
    if let Some(d) = &art.meta.date {
        parts.push(d.clone());
    }
    parts.push(format!("{} words", art.word_count));
    parts.push(format!("{} min", art.reading_minutes()));
    if art.lang != Lang::Unknown {
        parts.push(art.lang.code().to_string());
    }
    if art.lossy {
        parts.push("invalid UTF-8 replaced".to_string());
    }
    parts.push(art.rel.clone());
    parts.join(" · ")
}

fn wrap_article(doc: &Document, a: u32, width: usize) -> Vec<ReaderLine> {
    let art = doc.article(a);
    let mut lines = Vec::new();
    let title = &art.meta.title;
    for span in wrap::wrap(title, 0, title.len(), width) {
        lines.push(ReaderLine {
            kind: LineKind::Title,
            span,
        });
    }
    lines.push(ReaderLine {
        kind: LineKind::Meta,
        span: Span { start: 0, end: 0 },
    });
    for (i, &(s, e)) in art.paragraphs.iter().enumerate() {
        lines.push(ReaderLine {
            kind: LineKind::Blank,
            span: Span { start: s, end: s },
        });
        for span in wrap::wrap(&art.text, s as usize, e as usize, width) {
            lines.push(ReaderLine {
                kind: LineKind::Text(i as u32),
                span,
            });
        }
    }
    lines
}

fn article_rows(doc: &Document, a: u32) -> Vec<EntityRow> {
    let art = doc.article(a);
    let map = crate::model::text::CharMap::new(&art.text);
    let mut rows: Vec<EntityRow> = Vec::new();
    let mut index: HashMap<(EntityKind, &str), usize> = HashMap::new();
    for m in &art.entities {
        let surface = {
            let s = map.byte_of(&art.text, m.start as usize);
            let e = map.byte_of(&art.text, m.end as usize);
            art.text[s..e].to_string()
        };
        match index.get(&(m.kind, m.canonical.as_str())) {
            Some(&i) => {
                rows[i].count += 1;
                if !rows[i].aliases.contains(&surface) {
                    rows[i].aliases.push(surface);
                }
            }
            None => {
                index.insert((m.kind, m.canonical.as_str()), rows.len());
                rows.push(EntityRow {
                    kind: m.kind,
                    canonical: m.canonical.clone(),
                    count: 1,
                    aliases: vec![surface],
                    rule: m.rule,
                });
            }
        }
    }
    rows.sort_by(|x, y| x.kind.cmp(&y.kind).then(y.count.cmp(&x.count)));
    rows
}

/// Per (kind, canonical): the number of articles of the scope that
/// mention it (at most 50 per kind), from the index.
fn corpus_rows(doc: &Document, scope: DocScope) -> Vec<EntityRow> {
    let mut rows: Vec<EntityRow> = doc
        .entity_counts(scope, usize::MAX)
        .into_iter()
        .map(|c| EntityRow {
            kind: c.kind,
            canonical: c.canonical,
            count: c.articles as usize,
            aliases: Vec::new(),
            rule: "",
        })
        .collect();
    // most mentioned first within each kind (a stable sort keeps that order)
    rows.sort_by_key(|r| r.kind);
    let mut per_kind: HashMap<EntityKind, usize> = HashMap::new();
    rows.retain(|r| {
        let n = per_kind.entry(r.kind).or_default();
        *n += 1;
        *n <= 50
    });
    rows
}

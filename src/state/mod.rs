//! The application state: the document model plus the view state (focus,
//! selections, scroll positions, overlays) and the caches views read (the
//! wrapped lines of the open article). Changed only by [`crate::update`].

use crate::annotating::{Anchors, AnnList, AnnRow, Editor, label_slot};
use crate::layout::Panes;
use crate::model::anchor::Status;
use crate::model::annotation::AnnotationSet;
use crate::model::document::Scope as DocScope;
use crate::model::entities::EntityKind;
use crate::model::{Document, Lang};
use crate::wrap::{self, Span};
use std::collections::HashMap;

pub mod collocates;
pub mod concordance;
pub mod filter_bar;
pub mod fixing;
pub mod help;
pub mod list;
pub mod problems;
mod reader;
pub mod room;
mod sidebar;
pub mod timeline;

pub use filter_bar::FilterBar;
pub use list::ListRoom;
pub use room::{Effect, Outcome, Room};

/// The pane that has the keyboard.
/// Co-occurrence lists by entity (kind, canonical name).
pub type CooccurCache = HashMap<(EntityKind, String), Vec<(EntityKind, String, u32)>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
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
    /// Cells drawn before the text (list nesting, quote bars).
    pub indent: u16,
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

/// Where an article was left: the reading anchor (paragraph, offset) and
/// the cursor (byte offset).
pub type ReadingPlace = (Option<(u32, u32)>, Option<u32>);

/// Loading progress for the status line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub found: usize,
    pub done: bool,
    /// Where to store the index once loaded (the stored one was missing
    /// or stale).
    pub store_index: Option<crate::model::cache::IndexTarget>,
}

/// A message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The reading pane: the open article, where it is scrolled to, the
/// cursor and selection, and the caches drawn from (wrapped lines, marks).
#[derive(Debug, Clone, Default)]
pub struct ReaderRoom {
    /// The article shown in the reading pane (index into `doc.articles`).
    pub open: Option<u32>,
    /// First reader line shown.
    pub top: usize,
    /// The reader position as (paragraph, char offset), kept across resizes.
    pub anchor: Option<(u32, u32)>,
    pub wrap: Option<WrapCache>,
    /// The reading cursor (byte offset into the open article's text).
    pub cursor: Option<u32>,
    /// Where each article was left in this session (reading anchor and
    /// cursor), to come back to the same place.
    pub positions: HashMap<u32, ReadingPlace>,
    /// Where the selection started (`v`), if selecting.
    pub select_from: Option<u32>,
    /// Highlighted byte ranges of the open article's text, sorted.
    pub marks: Vec<Mark>,
    pub marks_key: Option<MarksKey>,
}

/// The entity sidebar (and the timeline drawn in its place).
#[derive(Debug, Clone, Default)]
pub struct SidebarRoom {
    pub scope: Scope,
    pub rows: Vec<EntityRow>,
    pub sel: usize,
    pub offset: usize,
    /// (scope, article or visible count) the rows were computed for.
    pub key: Option<(Scope, Option<u32>, usize, String)>,
    /// The entities most often mentioned with the selected one, and the
    /// selection they were computed for.
    pub cooccur: Vec<(EntityKind, String, u32)>,
    pub cooccur_key: Option<(EntityKind, String, Scope, usize)>,
    /// Co-occurrence lists over the whole corpus, by entity, for the corpus
    /// size they were counted at: typing in the filter moves the selection
    /// between articles that share their frequent entities.
    pub cooccur_cache: (usize, CooccurCache),
    /// The timeline's period, when shown (in the sidebar's place).
    pub timeline: Option<crate::model::explore::Period>,
    /// The selected period of the timeline (its ordinal), moved when the
    /// sidebar has the keys; `None`: the latest.
    pub timeline_sel: Option<i64>,
}

/// The note editor, when open, and the drafts Esc kept.
#[derive(Default)]
pub struct EditorRoom {
    pub current: Option<Editor>,
    /// Editors left with Esc after typing, by what they edit: opening the
    /// editor on the same passage (or annotation, or article note) brings
    /// the draft back, with its own undo history.
    pub drafts: HashMap<crate::annotating::EditTarget, Editor>,
    /// The draft the last Esc kept, which `u` reopens.
    pub cancelled: Option<crate::annotating::EditTarget>,
}

/// The annotation list overlay, and where annotations are anchored.
#[derive(Default)]
pub struct AnnotationsRoom {
    pub list: Option<AnnList>,
    /// The rows of the open annotation list.
    pub rows: Vec<AnnRow>,
    pub anchors: Anchors,
    /// Where annotations are saved, for the status line.
    pub file: Option<String>,
}

/// The status line: a message, what is not saved, the quit question and
/// the loading progress.
#[derive(Debug, Clone, Default)]
pub struct StatusLine {
    pub message: Option<Message>,
    /// "N changes not saved: why", kept in the status line until a save
    /// succeeds (set by the run loop).
    pub unsaved: Option<String>,
    /// Quitting with unsaved changes: the question asked (retry, save
    /// elsewhere, quit anyway).
    pub quit_prompt: Option<String>,
    pub progress: Progress,
}

/// What the panes show: one room per pane or overlay, and which has the
/// keyboard.
#[derive(Default)]
pub struct ViewState {
    pub focus: Focus,
    pub list: ListRoom,
    pub filter: FilterBar,
    pub reader: ReaderRoom,
    pub sidebar: SidebarRoom,
    pub editor: EditorRoom,
    pub annotations: AnnotationsRoom,
    /// The help overlay's scroll, when shown.
    pub help: Option<usize>,
    /// The concordance pane, when open (drawn in the reader's place).
    pub concordance: Option<concordance::Concordance>,
    /// The collocates pane, when open (drawn in the reader's place).
    pub collocates: Option<collocates::CollocatesPane>,
    pub status: StatusLine,
    /// The list of files not read, when shown.
    pub problems: Option<problems::ProblemsRoom>,
    /// What the rooms asked of each other during this key, applied by the
    /// router after it ([`crate::update::update`]).
    pub queue: Vec<Outcome>,
    pub panes: Panes,
    pub theme_index: usize,
    pub quit: bool,
    /// A reading state is attached: the list marks unread, starred,
    /// annotated and new articles.
    pub reading_marks: bool,
}

pub struct AppState {
    pub doc: Document,
    /// The user's annotations (saved by the run loop on every change).
    pub notes: AnnotationSet,
    pub view: ViewState,
    /// The reader's entity corrections (saved by the run loop).
    pub fixing: fixing::Fixing,
}

/// The widest a reading column gets, for comfort.
pub const READ_WIDTH: u16 = 88;

impl AppState {
    pub fn new(doc: Document) -> AppState {
        let mut s = AppState {
            doc,
            notes: AnnotationSet::new(),
            view: ViewState::default(),
            fixing: fixing::Fixing::default(),
        };
        s.refresh_facts();
        s.refresh();
        s
    }

    /// Tells the document the annotations, after a change or a batch of
    /// articles (the filter's `tag:`, `note:` and `has:`).
    pub fn refresh_facts(&mut self) {
        self.doc.set_annotations(&self.notes);
    }

    /// The selected article in the list.
    pub fn selected(&self) -> Option<u32> {
        self.doc.visible.get(self.view.list.sel).copied()
    }

    /// The article whose entities the sidebar shows: the open one, else
    /// the selected one.
    pub fn current(&self) -> Option<u32> {
        self.view.reader.open.or_else(|| self.selected())
    }

    /// Recomputes the caches views read, after any change: clamps the list
    /// selection, re-wraps the open article if the width changed, and
    /// recounts the sidebar rows if their inputs changed.
    pub fn refresh(&mut self) {
        let n = self.doc.visible.len();
        if self.view.list.sel >= n {
            self.view.list.sel = n.saturating_sub(1);
        }
        if let Some(o) = self.view.reader.open
            && o as usize >= self.doc.articles.len()
        {
            self.view.reader.open = None;
        }
        // while the list (or the filter bar) has the keys, the reading pane
        // previews the selected article, as a feed reader does
        let previewing = self.view.editor.current.is_none() && self.view.annotations.list.is_none();
        if previewing && matches!(self.view.focus, Focus::List | Focus::Filter) {
            self.show(self.selected());
        } else if previewing
            && self.view.focus != Focus::Reader
            && !self.doc.filtering()
            && self
                .view
                .reader
                .open
                .is_none_or(|o| !self.doc.is_visible(o))
        {
            // the filter's result came after `Enter` gave the keys back to
            // the sidebar (it is evaluated between keys): the reading pane
            // does not stay empty, nor on an article the filter left out
            self.show(self.selected());
        }
        self.ensure_wrap();
        self.ensure_entities();
        self.ensure_cooccur();
        self.ensure_marks();
        if let Some(c) = &mut self.view.concordance {
            c.follow(&self.doc);
        }
        if let Some(c) = &mut self.view.collocates {
            // not while the filter is typed nor while articles arrive
            let busy = self.view.focus == Focus::Filter || !self.view.status.progress.done;
            c.sync(&self.doc, busy);
        }
        if let Some(l) = &self.view.annotations.list {
            let only = if l.all { None } else { self.current() };
            self.view.annotations.rows = crate::annotating::rows(
                &self.doc,
                &self.notes,
                &mut self.view.annotations.anchors,
                only,
            );
            if let Some(l) = &mut self.view.annotations.list {
                l.sel = l
                    .sel
                    .min(self.view.annotations.rows.len().saturating_sub(1));
            }
        }
    }

    /// The metadata line of an article: source, date, words, reading time,
    /// language, and a mark when it was decoded lossily.
    pub fn meta_line(&self, a: u32) -> String {
        meta_line(&self.doc, a)
    }
}

pub use reader::meta_line;

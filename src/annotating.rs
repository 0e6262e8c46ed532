//! View state for annotating: the note editor, the annotation list, and
//! where each annotation of the open article is now (re-anchored).

use crate::model::Document;
use crate::model::anchor::{Anchor, Anchorer, Status};
use crate::model::annotation::{Annotation, AnnotationSet, Kind, LABELS};
use std::collections::HashMap;
use tui_textarea::TextArea;

/// What the editor edits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EditTarget {
    /// A new annotation of chars `start..end` of an article.
    New {
        article: u32,
        start: usize,
        end: usize,
    },
    /// An existing annotation.
    Existing(String),
    /// The article-level note.
    ArticleNote(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Note,
    Tags,
    Label,
}

/// The note editor: a multi-line note, comma-separated tags, a label.
pub struct Editor {
    pub target: EditTarget,
    /// The passage, for the editor's heading.
    pub quote: String,
    pub note: TextArea<'static>,
    pub tags: TextArea<'static>,
    pub label: usize,
    pub field: Field,
    /// Note, tags and label as the editor opened: what "changed" is
    /// measured against (a changed editor is never thrown away by Esc).
    opened: (String, Vec<String>, usize),
}

impl Editor {
    pub fn new(target: EditTarget, quote: String, existing: Option<&Annotation>) -> Editor {
        let mut note = TextArea::new(
            existing
                .map(|a| a.note.lines().map(str::to_string).collect())
                .unwrap_or_default(),
        );
        note.set_wrap_mode(tui_textarea::WrapMode::Word);
        note.set_placeholder_text("your note (Enter for a new line)");
        let mut tags = TextArea::new(vec![
            existing.map(|a| a.tags.join(", ")).unwrap_or_default(),
        ]);
        tags.set_placeholder_text("tags, comma separated");
        let label = existing
            .and_then(|a| LABELS.iter().position(|l| *l == a.label))
            .unwrap_or(0);
        // editing goes on where the text ends
        for t in [&mut note, &mut tags] {
            t.move_cursor(tui_textarea::CursorMove::Bottom);
            t.move_cursor(tui_textarea::CursorMove::End);
        }
        let mut ed = Editor {
            target,
            quote,
            note,
            tags,
            label,
            field: Field::Note,
            opened: (String::new(), Vec::new(), 0),
        };
        ed.opened = (ed.note_text(), ed.tag_list(), ed.label);
        ed
    }

    /// Whether note, tags or label differ from what the editor opened with.
    pub fn changed(&self) -> bool {
        (self.note_text(), self.tag_list(), self.label) != self.opened
    }

    pub fn note_text(&self) -> String {
        self.note.lines().join("\n").trim_end().to_string()
    }

    pub fn tag_list(&self) -> Vec<String> {
        let mut tags: Vec<String> = self
            .tags
            .lines()
            .join(",")
            .split(',')
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        tags.dedup();
        tags
    }

    pub fn next_field(&mut self, forward: bool) {
        let article = matches!(self.target, EditTarget::ArticleNote(_));
        self.field = match (self.field, forward, article) {
            (_, _, true) => Field::Note,
            (Field::Note, true, _) | (Field::Label, false, _) => Field::Tags,
            (Field::Tags, true, _) | (Field::Note, false, _) => Field::Label,
            (Field::Label, true, _) | (Field::Tags, false, _) => Field::Note,
        };
    }
}

/// The annotation list overlay.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnnList {
    /// All articles, or only the open/selected one.
    pub all: bool,
    pub sel: usize,
}

/// One row of the annotation list.
#[derive(Debug, Clone)]
pub struct AnnRow {
    pub id: String,
    pub article: Option<u32>,
    pub anchor: Anchor,
    pub kind: Kind,
}

/// Where the annotations of articles are now, cached per set generation.
#[derive(Debug, Default)]
pub struct Anchors {
    generation: Option<u64>,
    by_article: HashMap<u32, Vec<(String, Anchor)>>,
}

impl Anchors {
    /// Forgets every anchor (an article's text changed).
    pub fn clear(&mut self) {
        self.generation = None;
        self.by_article.clear();
    }

    /// The anchors of article `a` (computed once per set generation).
    pub fn of(&mut self, doc: &Document, set: &AnnotationSet, a: u32) -> &[(String, Anchor)] {
        if self.generation != Some(set.generation()) {
            self.by_article.clear();
            self.generation = Some(set.generation());
        }
        self.by_article.entry(a).or_insert_with(|| {
            let art = doc.article(a);
            let anchorer = Anchorer::new(&art.text);
            set.for_article(&art.rel)
                .into_iter()
                .filter(|n| n.kind == Kind::Highlight)
                .map(|n| (n.id.clone(), anchorer.anchor(n)))
                .collect()
        })
    }

    pub fn peek(&self, set: &AnnotationSet, a: u32) -> Option<&[(String, Anchor)]> {
        if self.generation != Some(set.generation()) {
            return None;
        }
        self.by_article.get(&a).map(Vec::as_slice)
    }
}

/// The rows of the annotation list: every annotation of `articles` (or of
/// the whole set when `None`), in file order, with its anchoring.
pub fn rows(
    doc: &Document,
    set: &AnnotationSet,
    anchors: &mut Anchors,
    only: Option<u32>,
) -> Vec<AnnRow> {
    let mut out = Vec::new();
    for n in set.sorted() {
        let article = doc.article_by_rel(&n.article);
        if only.is_some() && article != only {
            continue;
        }
        let anchor = match (article, n.kind) {
            (_, Kind::Article) => Anchor {
                status: Status::Exact,
                start: 0,
                end: 0,
            },
            (Some(a), _) => anchors
                .of(doc, set, a)
                .iter()
                .find(|(id, _)| *id == n.id)
                .map(|(_, an)| *an)
                .unwrap_or(Anchor {
                    status: Status::Orphan,
                    start: n.start,
                    end: n.end,
                }),
            (None, _) => Anchor {
                status: Status::Orphan,
                start: n.start,
                end: n.end,
            },
        };
        out.push(AnnRow {
            id: n.id.clone(),
            article,
            anchor,
            kind: n.kind,
        });
    }
    out
}

/// The theme slot of a label.
pub fn label_slot(label: &str) -> &'static str {
    match label {
        "green" => "annotation.green",
        "blue" => "annotation.blue",
        "pink" => "annotation.pink",
        "purple" => "annotation.purple",
        _ => "annotation.yellow",
    }
}

//! The entity sidebar's rows (per article, or counted over the filtered
//! articles or the corpus) and the co-occurrence list.

use super::room::{Outcome, moved};
use super::*;
use crate::action::Action;

impl SidebarRoom {
    /// The sidebar's own keys (`page` rows shown): move the selection,
    /// change the scope (the selected entity stays selected if the new
    /// scope lists it), narrow the filter to the selected entity. False
    /// for any other action (the corrections and the mention jumps are
    /// the corrections room's and the reader's).
    pub fn handle(&mut self, page: usize, action: Action, queue: &mut Vec<Outcome>) -> bool {
        if let Some(sel) = moved(self.sel, self.rows.len(), page, action, false) {
            self.sel = sel;
            return true;
        }
        match action {
            Action::ToggleScope => {
                self.scope = self.scope.next();
                queue.push(Outcome::Say(format!(
                    "entities: {} scope",
                    self.scope.label()
                )));
            }
            Action::FilterByEntity => {
                if let Some(row) = self.rows.get(self.sel) {
                    let term = row.filter_term();
                    queue.push(Outcome::AddToFilter(term.clone()));
                    queue.push(Outcome::Say(format!("filter: {term}")));
                }
            }
            _ => return false,
        }
        true
    }
}

impl EntityRow {
    /// The filter term of the entity: `org:"Alibaba"`.
    pub fn filter_term(&self) -> String {
        let field = match self.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "org",
            EntityKind::Place => "place",
            EntityKind::Date => "date",
            EntityKind::Money => "money",
            EntityKind::Percent => "percent",
            EntityKind::Quantity => "quantity",
        };
        format!("{field}:\"{}\"", self.canonical.replace('"', " "))
    }
}

impl AppState {
    pub(super) fn ensure_entities(&mut self) {
        let cur = self.current();
        let key = (
            self.view.sidebar.scope,
            if self.view.sidebar.scope == Scope::Article {
                cur
            } else {
                None
            },
            if self.view.sidebar.scope == Scope::Corpus {
                self.doc.articles.len()
            } else {
                self.doc.visible.len()
            },
            self.doc.filter.input.clone(),
        );
        if self.view.sidebar.key.as_ref() == Some(&key) {
            return;
        }
        // the selected entity stays selected when it is still listed in
        // another scope, or in the same counts over another filter result
        // (another article starts where the previous one was)
        // (compared folded: a name's spelling may differ between one
        // article's count and the corpus's, "Mail.Ru" / "Mail.ru")
        let fold = crate::model::text::fold;
        let was = self.selected_entity().map(|r| (r.kind, fold(&r.canonical)));
        let scope_changed =
            self.view.sidebar.key.as_ref().map(|k| k.0) != Some(self.view.sidebar.scope);
        self.view.sidebar.rows = match self.view.sidebar.scope {
            Scope::Article => cur.map(|a| article_rows(&self.doc, a)).unwrap_or_default(),
            Scope::Filtered => corpus_rows(&self.doc, DocScope::Visible),
            Scope::Corpus => corpus_rows(&self.doc, DocScope::Corpus),
        };
        self.view.sidebar.key = Some(key);
        let recount = scope_changed || self.view.sidebar.scope != Scope::Article;
        let kept = was.filter(|_| recount).and_then(|(kind, name)| {
            self.view
                .sidebar
                .rows
                .iter()
                .position(|r| r.kind == kind && fold(&r.canonical) == name)
        });
        if let Some(i) = kept {
            self.view.sidebar.sel = i;
        } else if scope_changed || self.view.sidebar.sel >= self.view.sidebar.rows.len() {
            self.view.sidebar.sel = 0;
            self.view.sidebar.offset = 0;
        }
    }

    /// Recomputes the co-occurrence list of the selected entity when the
    /// selection, scope or filter result changed.
    pub(super) fn ensure_cooccur(&mut self) {
        let Some(row) = self.selected_entity() else {
            self.view.sidebar.cooccur.clear();
            self.view.sidebar.cooccur_key = None;
            return;
        };
        // the filter result matters only when the list counts it
        let filtered = self.view.sidebar.scope == Scope::Filtered;
        let key = (
            row.kind,
            row.canonical.clone(),
            self.view.sidebar.scope,
            if filtered {
                self.doc.visible.len()
            } else {
                self.doc.articles.len()
            },
        );
        if self.view.sidebar.cooccur_key.as_ref() == Some(&key) {
            return;
        }
        let count = |doc: &Document, scope| -> Vec<(EntityKind, String, u32)> {
            doc.cooccurring(scope, key.0, &key.1, 6)
                .into_iter()
                .filter(|c| !(c.kind == key.0 && c.canonical == key.1))
                .take(5)
                .map(|c| (c.kind, c.canonical, c.articles))
                .collect()
        };
        self.view.sidebar.cooccur = if filtered {
            count(&self.doc, DocScope::Visible)
        } else {
            let (len, cache) = &mut self.view.sidebar.cooccur_cache;
            if *len != self.doc.articles.len() {
                cache.clear();
                *len = self.doc.articles.len();
            }
            cache
                .entry((key.0, key.1.clone()))
                .or_insert_with(|| count(&self.doc, DocScope::Corpus))
                .clone()
        };
        self.view.sidebar.cooccur_key = Some(key);
    }

    /// The selected sidebar entity.
    pub fn selected_entity(&self) -> Option<&EntityRow> {
        self.view.sidebar.rows.get(self.view.sidebar.sel)
    }
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
        match index.get(&(m.kind, art.canonical(m))) {
            Some(&i) => {
                rows[i].count += 1;
                if !rows[i].aliases.contains(&surface) {
                    rows[i].aliases.push(surface);
                }
            }
            None => {
                index.insert((m.kind, art.canonical(m)), rows.len());
                rows.push(EntityRow {
                    kind: m.kind,
                    canonical: art.canonical(m).to_string(),
                    count: 1,
                    aliases: vec![surface],
                    rule: m.rule(),
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

//! Entity aggregates for the sidebar: how many articles of a scope mention
//! each entity, and which entities share articles with a selected one.

use super::Bitset;
use crate::model::entities::EntityKind;
use crate::model::entities::FxMap;

/// An entity (kind and canonical name) and a number of articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityCount {
    pub kind: EntityKind,
    pub canonical: String,
    pub articles: u32,
}

/// Every distinct entity of the corpus, with the articles that mention it.
#[derive(Debug, Default)]
pub struct EntityTable {
    ids: FxMap<(EntityKind, Box<str>), u32>,
    keys: Vec<(EntityKind, Box<str>)>,
    /// Per article, its distinct entity ids, ascending.
    per_article: Vec<Box<[u32]>>,
    /// Per entity, the articles that mention it, ascending.
    postings: Vec<Vec<u32>>,
}

impl EntityTable {
    /// Adds the `len` articles from `first` on, given their entities with,
    /// for each, the batch-local ids (ascending) of the articles that
    /// mention it.
    pub(super) fn add_batch(
        &mut self,
        first: u32,
        len: u32,
        entities: super::batch::Grouped<super::batch::EntityKey>,
    ) {
        debug_assert_eq!(self.per_article.len(), first as usize);
        let mut mine: Vec<Vec<u32>> = vec![Vec::new(); len as usize];
        for (key, ids) in entities {
            let id = match self.ids.get(&key) {
                Some(&id) => id,
                None => {
                    let id = self.keys.len() as u32;
                    self.keys.push(key.clone());
                    self.ids.insert(key, id);
                    self.postings.push(Vec::new());
                    id
                }
            };
            let postings = &mut self.postings[id as usize];
            for &i in &ids {
                postings.push(first + i);
                mine[i as usize].push(id);
            }
        }
        for mut m in mine {
            m.sort_unstable();
            self.per_article.push(m.into_boxed_slice());
        }
    }

    /// Number of distinct entities.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Number of distinct entities of one kind.
    pub fn count_of_kind(&self, kind: EntityKind) -> usize {
        self.keys.iter().filter(|(k, _)| *k == kind).count()
    }

    fn id(&self, kind: EntityKind, canonical: &str) -> Option<u32> {
        self.ids.get(&(kind, Box::from(canonical))).copied()
    }

    /// The articles that mention an entity, ascending.
    pub fn articles_of(&self, kind: EntityKind, canonical: &str) -> &[u32] {
        match self.id(kind, canonical) {
            Some(id) => &self.postings[id as usize],
            None => &[],
        }
    }

    /// Per entity of the articles in `scope`, the number of those articles
    /// that mention it: most mentioned first (ties by kind, then name), at
    /// most `limit`.
    pub fn counts(&self, scope: impl Iterator<Item = u32>, limit: usize) -> Vec<EntityCount> {
        let mut counts = vec![0u32; self.keys.len()];
        for a in scope {
            if let Some(es) = self.per_article.get(a as usize) {
                for &e in es.iter() {
                    counts[e as usize] += 1;
                }
            }
        }
        self.top(counts, None, limit)
    }

    /// The entities most often mentioned in the articles of `scope` (all
    /// articles when `None`) that mention the given one, with the number
    /// of such articles.
    pub fn cooccurring(
        &self,
        kind: EntityKind,
        canonical: &str,
        scope: Option<&Bitset>,
        limit: usize,
    ) -> Vec<EntityCount> {
        let Some(id) = self.id(kind, canonical) else {
            return Vec::new();
        };
        let mut counts = vec![0u32; self.keys.len()];
        for &a in &self.postings[id as usize] {
            if scope.is_some_and(|s| !s.contains(a)) {
                continue;
            }
            for &e in self.per_article[a as usize].iter() {
                counts[e as usize] += 1;
            }
        }
        self.top(counts, Some(id), limit)
    }

    fn top(&self, counts: Vec<u32>, skip: Option<u32>, limit: usize) -> Vec<EntityCount> {
        let mut ids: Vec<u32> = (0..counts.len() as u32)
            .filter(|&e| counts[e as usize] > 0 && Some(e) != skip)
            .collect();
        let by_name = |a: &u32, b: &u32| {
            let (ka, na) = &self.keys[*a as usize];
            let (kb, nb) = &self.keys[*b as usize];
            ka.cmp(kb).then(na.cmp(nb))
        };
        if limit > 0 && ids.len() > limit {
            // the limit-th largest count, found on numbers alone; names are
            // compared only among the entities tied at that count
            ids.select_nth_unstable_by(limit - 1, |a, b| {
                counts[*b as usize].cmp(&counts[*a as usize])
            });
            let threshold = counts[ids[limit - 1] as usize];
            let (mut keep, mut ties): (Vec<u32>, Vec<u32>) = ids
                .into_iter()
                .filter(|&e| counts[e as usize] >= threshold)
                .partition(|&e| counts[e as usize] > threshold);
            let room = limit - keep.len();
            if ties.len() > room {
                ties.select_nth_unstable_by(room.saturating_sub(1), by_name);
                ties.truncate(room);
            }
            keep.extend(ties);
            ids = keep;
        }
        ids.truncate(limit);
        ids.sort_unstable_by(|a, b| {
            counts[*b as usize]
                .cmp(&counts[*a as usize])
                .then_with(|| by_name(a, b))
        });
        ids.into_iter()
            .map(|e| {
                let (kind, name) = &self.keys[e as usize];
                EntityCount {
                    kind: *kind,
                    canonical: name.to_string(),
                    articles: counts[e as usize],
                }
            })
            .collect()
    }
}

//! Entity aggregates for the sidebar: how many articles of a scope mention
//! each entity, and which entities share articles with a selected one.

use super::Bitset;
use crate::model::entities::EntityKind;
use crate::model::entities::FxMap;
use crate::model::text::{fold, fold_char_into};

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
    keys: Keys,
    /// Per article, its distinct entity ids, ascending.
    per_article: Vec<Box<[u32]>>,
    /// Per entity, the articles that mention it, ascending.
    postings: Vec<Articles>,
    tally: std::cell::RefCell<Tally>,
}

/// Ascending article ids. Most entities of a large corpus are mentioned by
/// one article: that one is held inline, without an allocation.
#[derive(Debug)]
enum Articles {
    One(u32),
    Many(Vec<u32>),
}

impl Articles {
    fn push(&mut self, a: u32) {
        match self {
            Articles::One(x) if *x == a => {}
            Articles::One(x) => *self = Articles::Many(vec![*x, a]),
            Articles::Many(v) => v.push(a),
        }
    }

    fn as_slice(&self) -> &[u32] {
        match self {
            Articles::One(x) => std::slice::from_ref(x),
            Articles::Many(v) => v,
        }
    }

    fn heap_bytes(&self) -> usize {
        match self {
            Articles::One(_) => 0,
            Articles::Many(v) => v.capacity() * 4 + 16,
        }
    }
}

/// The (kind, canonical name) of every entity, numbered in order of first
/// mention; each name is stored once, end to end in one string. Names are
/// matched folded (`JOOM` and `Joom` are one entity across the corpus; each
/// article already merges them within itself); the name shown is the first
/// seen, or a later spelling with lowercase letters in place of one in
/// capitals only.
#[derive(Debug, Default)]
struct Keys {
    kinds: Vec<EntityKind>,
    names: String,
    ends: Vec<u32>,
    /// Hash of a key -> the first entity with that hash.
    by_hash: FxMap<u64, u32>,
    /// Entity -> the next entity with the same hash (collisions are rare).
    same_hash: FxMap<u32, u32>,
}

impl Keys {
    fn hash(kind: EntityKind, folded: &str) -> u64 {
        crate::model::entities::hash_str(folded) ^ (kind as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    fn len(&self) -> usize {
        self.kinds.len()
    }

    fn range(&self, id: u32) -> std::ops::Range<usize> {
        let i = id as usize;
        let s = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        s..self.ends[i] as usize
    }

    fn get(&self, id: u32) -> (EntityKind, &str) {
        (self.kinds[id as usize], &self.names[self.range(id)])
    }

    /// Shows `name` for entity `id` instead of a spelling in capitals only
    /// (when it has the same length: names are stored end to end).
    fn prefer(&mut self, id: u32, name: &str) {
        let r = self.range(id);
        let old = &self.names[r.clone()];
        let shouting = |s: &str| !s.chars().any(char::is_lowercase);
        if old != name && old.len() == name.len() && shouting(old) && !shouting(name) {
            self.names.replace_range(r, name);
        }
    }

    fn find(&self, kind: EntityKind, name: &str) -> Option<u32> {
        let folded = fold(name);
        let h = Keys::hash(kind, &folded);
        self.find_hashed(kind, &folded, h, &mut String::new())
    }

    /// `scratch` holds the stored names' folds while they are compared.
    fn find_hashed(
        &self,
        kind: EntityKind,
        folded: &str,
        h: u64,
        scratch: &mut String,
    ) -> Option<u32> {
        let mut id = *self.by_hash.get(&h)?;
        loop {
            let (k, n) = self.get(id);
            if k == kind {
                scratch.clear();
                for c in n.chars() {
                    fold_char_into(c, scratch);
                }
                if scratch == folded {
                    return Some(id);
                }
            }
            id = *self.same_hash.get(&id)?;
        }
    }

    /// The id of a key, added if new.
    #[cfg(test)]
    fn intern(&mut self, kind: EntityKind, name: &str) -> u32 {
        let folded = fold(name);
        let h = Keys::hash(kind, &folded);
        self.intern_hashed(kind, name, &folded, h, &mut String::new())
    }

    /// The id of an entity key (kind, name, folded name), added if new.
    fn intern_key(
        &mut self,
        (kind, name, folded): &super::batch::EntityKey,
        scratch: &mut String,
    ) -> u32 {
        let h = Keys::hash(*kind, folded);
        self.intern_hashed(*kind, name, folded, h, scratch)
    }

    fn intern_hashed(
        &mut self,
        kind: EntityKind,
        name: &str,
        folded: &str,
        h: u64,
        scratch: &mut String,
    ) -> u32 {
        if let Some(id) = self.find_hashed(kind, folded, h, scratch) {
            self.prefer(id, name);
            return id;
        }
        let id = self.kinds.len() as u32;
        self.kinds.push(kind);
        self.names.push_str(name);
        self.ends.push(self.names.len() as u32);
        self.link(h, id);
        id
    }

    /// Makes `id` found by its hash `h` (at the end of the chain of ids
    /// with that hash).
    fn link(&mut self, h: u64, id: u32) {
        match self.by_hash.entry(h) {
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(id);
            }
            std::collections::hash_map::Entry::Occupied(o) => {
                // put it at the end of the chain
                let mut last = *o.get();
                while let Some(&next) = self.same_hash.get(&last) {
                    last = next;
                }
                self.same_hash.insert(last, id);
            }
        }
    }
}

impl EntityTable {
    /// Writes the table for [`EntityTable::read_from`]: the names with
    /// their kinds, and each article's entities (the rest is derived).
    pub(super) fn write_to(&self, w: &mut crate::model::bytes::Writer) {
        let kinds: Vec<u8> = self.keys.kinds.iter().map(|&k| k as u8).collect();
        w.bytes(&kinds);
        w.str(&self.keys.names);
        w.u32s(&self.keys.ends);
        w.u32(self.per_article.len() as u32);
        for ids in &self.per_article {
            w.u32s(ids);
        }
    }

    /// The table [`EntityTable::write_to`] wrote; `None` if the bytes do
    /// not hold one (an id out of range, names cut inside a character).
    pub(super) fn read_from(r: &mut crate::model::bytes::Reader) -> Option<EntityTable> {
        let mut t = EntityTable::default();
        for &k in r.bytes()? {
            t.keys.kinds.push(*EntityKind::ALL.get(k as usize)?);
        }
        let names = r.str()?;
        let ends = r.u32s()?;
        if ends.len() != t.keys.kinds.len() {
            return None;
        }
        let mut start = 0usize;
        let mut scratch = String::new();
        for (id, &end) in ends.iter().enumerate() {
            let name = names.get(start..end as usize)?;
            start = end as usize;
            let kind = t.keys.kinds[id];
            scratch.clear();
            for c in name.chars() {
                fold_char_into(c, &mut scratch);
            }
            let h = Keys::hash(kind, &scratch);
            t.keys.link(h, id as u32);
        }
        t.keys.names = names.to_string();
        t.keys.ends = ends;
        let n = r.u32()? as usize;
        let mut per_article = Vec::with_capacity(n.min(r.buf.len()));
        for _ in 0..n {
            per_article.push(r.u32s()?.into_boxed_slice());
        }
        t.set_articles(per_article).then_some(t)
    }

    /// Sets each article's entity ids (ascending) and derives the
    /// entities' article lists; false if an id is unknown.
    fn set_articles(&mut self, per_article: Vec<Box<[u32]>>) -> bool {
        let known = self.keys.kinds.len();
        self.postings = (0..known).map(|_| Articles::Many(Vec::new())).collect();
        for (a, ids) in per_article.iter().enumerate() {
            for &e in ids.iter() {
                let Some(p) = self.postings.get_mut(e as usize) else {
                    return false;
                };
                if matches!(p, Articles::Many(v) if v.is_empty()) {
                    *p = Articles::One(a as u32);
                } else {
                    p.push(a as u32);
                }
            }
        }
        self.per_article = per_article;
        true
    }

    /// This table renumbered by `map` over `len` articles (see
    /// [`super::update`]), with the fresh articles' entities (each with
    /// their new ids) added.
    pub(super) fn renumbered(
        mut self,
        map: &impl Fn(u32) -> Option<u32>,
        len: u32,
        fresh: super::batch::Grouped<super::batch::EntityKey>,
    ) -> EntityTable {
        let mut per_article: Vec<Vec<u32>> = vec![Vec::new(); len as usize];
        for (i, ids) in std::mem::take(&mut self.per_article)
            .into_iter()
            .enumerate()
        {
            if let Some(n) = map(i as u32) {
                per_article[n as usize] = ids.into_vec();
            }
        }
        let mut scratch = String::new();
        for (key, ids) in fresh {
            let id = self.keys.intern_key(&key, &mut scratch);
            for a in ids {
                per_article[a as usize].push(id);
            }
        }
        // only the fresh articles' lists can be out of order
        let per_article = per_article
            .into_iter()
            .map(|mut v| {
                if !v.windows(2).all(|w| w[0] < w[1]) {
                    v.sort_unstable();
                    v.dedup();
                }
                v.into_boxed_slice()
            })
            .collect();
        self.set_articles(per_article);
        self
    }

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
        // entities that two spellings of the batch fell on (their articles
        // came in two runs: put back in order)
        let mut again: Vec<u32> = Vec::new();
        let mut seen_here: crate::model::entities::FxSet<u32> = Default::default();
        let mut scratch = String::new();
        for (key, ids) in entities {
            let id = self.keys.intern_key(&key, &mut scratch);
            if !seen_here.insert(id) {
                again.push(id);
            }
            for &i in &ids {
                if id as usize == self.postings.len() {
                    self.postings.push(Articles::One(first + i));
                } else {
                    self.postings[id as usize].push(first + i);
                }
                mine[i as usize].push(id);
            }
        }
        for id in again {
            if let Articles::Many(v) = &mut self.postings[id as usize] {
                v.sort_unstable();
                v.dedup();
            }
        }
        for mut m in mine {
            m.sort_unstable();
            m.dedup();
            self.per_article.push(m.into_boxed_slice());
        }
    }

    /// Gives some articles new entities (`changes`: each article's id and
    /// its entities, sorted): each posting list that changes is written
    /// once. An entity no article mentions any more stays known, with no
    /// articles.
    pub(super) fn update(&mut self, changes: Vec<(u32, Vec<super::batch::EntityKey>)>) {
        let mut add: crate::model::entities::FxMap<u32, Vec<u32>> = Default::default();
        let mut remove: crate::model::entities::FxMap<u32, Vec<u32>> = Default::default();
        let mut scratch = String::new();
        for (a, keys) in changes {
            let mut ids: Vec<u32> = keys
                .iter()
                .map(|key| self.keys.intern_key(key, &mut scratch))
                .collect();
            ids.sort_unstable();
            ids.dedup();
            while self.postings.len() < self.keys.len() {
                self.postings.push(Articles::Many(Vec::new()));
            }
            let Some(old) = self.per_article.get(a as usize) else {
                continue;
            };
            for id in old.iter().filter(|i| ids.binary_search(i).is_err()) {
                remove.entry(*id).or_default().push(a);
            }
            for id in ids.iter().filter(|i| old.binary_search(i).is_err()) {
                add.entry(*id).or_default().push(a);
            }
            self.per_article[a as usize] = ids.into_boxed_slice();
        }
        for (id, mut gone) in remove {
            gone.sort_unstable();
            let p = &mut self.postings[id as usize];
            let kept: Vec<u32> = p
                .as_slice()
                .iter()
                .copied()
                .filter(|x| gone.binary_search(x).is_err())
                .collect();
            *p = Articles::Many(kept);
        }
        for (id, came) in add {
            let p = &mut self.postings[id as usize];
            let mut all: Vec<u32> = p.as_slice().to_vec();
            all.extend(came);
            all.sort_unstable();
            all.dedup();
            *p = Articles::Many(all);
        }
    }

    /// Approximate heap bytes.
    pub fn heap_bytes(&self) -> usize {
        let k = &self.keys;
        let keys = k.kinds.capacity()
            + k.names.capacity()
            + k.ends.capacity() * 4
            + (k.by_hash.capacity() + k.same_hash.capacity()) * 13;
        let per_article: usize = self
            .per_article
            .iter()
            .map(|a| a.len() * 4 + 16)
            .sum::<usize>()
            + self.per_article.capacity() * 16;
        let postings: usize = self
            .postings
            .iter()
            .map(Articles::heap_bytes)
            .sum::<usize>()
            + self.postings.capacity() * std::mem::size_of::<Articles>();
        keys + per_article + postings
    }

    /// Number of articles it knows.
    pub fn articles(&self) -> usize {
        self.per_article.len()
    }

    /// Number of distinct entities.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.len() == 0
    }

    /// Number of distinct entities of one kind.
    pub fn count_of_kind(&self, kind: EntityKind) -> usize {
        self.keys
            .kinds
            .iter()
            .zip(&self.postings)
            .filter(|(k, p)| **k == kind && !p.as_slice().is_empty())
            .count()
    }

    fn id(&self, kind: EntityKind, canonical: &str) -> Option<u32> {
        self.keys.find(kind, canonical)
    }

    /// The articles that mention an entity, ascending.
    pub fn articles_of(&self, kind: EntityKind, canonical: &str) -> &[u32] {
        match self.id(kind, canonical) {
            Some(id) => self.postings[id as usize].as_slice(),
            None => &[],
        }
    }

    /// Per entity of the articles in `scope`, the number of those articles
    /// that mention it: most mentioned first (ties by kind, then name), at
    /// most `limit`.
    pub fn counts(&self, scope: impl Iterator<Item = u32>, limit: usize) -> Vec<EntityCount> {
        let mut t = self.tally.borrow_mut();
        t.counts.resize(self.keys.len(), 0);
        for a in scope {
            if let Some(es) = self.per_article.get(a as usize) {
                for &e in es.iter() {
                    t.add(e);
                }
            }
        }
        self.top(&mut t, None, limit)
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
        let mut t = self.tally.borrow_mut();
        t.counts.resize(self.keys.len(), 0);
        for &a in self.postings[id as usize].as_slice() {
            if scope.is_some_and(|s| !s.contains(a)) {
                continue;
            }
            for &e in self.per_article[a as usize].iter() {
                t.add(e);
            }
        }
        self.top(&mut t, Some(id), limit)
    }

    /// The `limit` most counted entities of the tally (ties by kind, then
    /// name), and the tally reset for the next count.
    fn top(&self, t: &mut Tally, skip: Option<u32>, limit: usize) -> Vec<EntityCount> {
        let Tally {
            counts,
            touched,
            ids,
        } = t;
        ids.clear();
        ids.extend(touched.iter().copied().filter(|&e| Some(e) != skip));
        let order = |a: &u32, b: &u32| {
            counts[*b as usize].cmp(&counts[*a as usize]).then_with(|| {
                let (ka, na) = self.keys.get(*a);
                let (kb, nb) = self.keys.get(*b);
                ka.cmp(&kb).then(na.cmp(nb))
            })
        };
        if limit > 0 && ids.len() > limit {
            // the limit-th largest count, found on numbers alone; names are
            // compared only among the entities tied at that count
            ids.select_nth_unstable_by(limit - 1, |a, b| {
                counts[*b as usize].cmp(&counts[*a as usize])
            });
            let threshold = counts[ids[limit - 1] as usize];
            ids.retain(|&e| counts[e as usize] >= threshold);
            if ids.len() > limit {
                ids.select_nth_unstable_by(limit - 1, order);
            }
        }
        ids.truncate(limit);
        ids.sort_unstable_by(order);
        let out = ids
            .iter()
            .map(|&e| {
                let (kind, name) = self.keys.get(e);
                EntityCount {
                    kind,
                    canonical: name.to_string(),
                    articles: counts[e as usize],
                }
            })
            .collect();
        t.reset();
        out
    }
}

/// Scratch space for counting entities, kept between counts: a count per
/// entity (all zero between counts) and the entities counted. Recounting
/// at each keystroke allocates nothing the size of the corpus.
#[derive(Debug, Default)]
struct Tally {
    counts: Vec<u32>,
    touched: Vec<u32>,
    ids: Vec<u32>,
}

impl Tally {
    #[inline]
    fn add(&mut self, e: u32) {
        let c = &mut self.counts[e as usize];
        if *c == 0 {
            self.touched.push(e);
        }
        *c += 1;
    }

    fn reset(&mut self) {
        for &e in &self.touched {
            self.counts[e as usize] = 0;
        }
        self.touched.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_by_kind_and_name_even_when_hashes_collide() {
        let mut k = Keys::default();
        let a = k.intern(EntityKind::Place, "Paris");
        let b = k.intern(EntityKind::Person, "Paris");
        assert_ne!(a, b);
        assert_eq!(k.intern(EntityKind::Place, "Paris"), a);
        assert_eq!(k.find(EntityKind::Person, "Paris"), Some(b));
        assert_eq!(k.find(EntityKind::Place, "Lyon"), None);
        // three names forced onto one hash: each is still its own entity
        let org = EntityKind::Organization;
        let (x, y, z) = (
            k.intern_hashed(org, "X", "x", 7, &mut String::new()),
            k.intern_hashed(org, "Y", "y", 7, &mut String::new()),
            k.intern_hashed(org, "Z", "z", 7, &mut String::new()),
        );
        let s = &mut String::new();
        assert_eq!(k.find_hashed(org, "z", 7, s), Some(z));
        assert_eq!(k.find_hashed(org, "y", 7, s), Some(y));
        assert_eq!(k.intern_hashed(org, "X", "x", 7, s), x);
        assert_eq!(k.find_hashed(org, "w", 7, s), None);
        assert_eq!(k.get(y), (org, "Y"));
        assert_eq!(k.len(), 5);
    }

    #[test]
    fn spellings_of_one_name_are_one_entity_shown_at_its_best() {
        let mut k = Keys::default();
        let org = EntityKind::Organization;
        let a = k.intern(org, "JOOM");
        assert_eq!(k.intern(org, "Joom"), a);
        assert_eq!(k.find(org, "joom"), Some(a));
        assert_eq!(k.get(a), (org, "Joom"));
        // a later spelling in capitals does not replace a better one
        assert_eq!(k.intern(org, "JOOM"), a);
        assert_eq!(k.get(a), (org, "Joom"));
        let e = k.intern(EntityKind::Place, "États-Unis");
        assert_eq!(k.intern(EntityKind::Place, "Etats-Unis"), e);
        assert_eq!(k.get(e).1, "États-Unis");
        assert_eq!(k.len(), 2);
    }

    #[test]
    fn two_spellings_in_one_batch_count_each_article_once_in_order() {
        let org = EntityKind::Organization;
        let mut t = EntityTable::default();
        let key = |n: &str| (org, Box::<str>::from(n), fold(n).into_boxed_str());
        t.add_batch(0, 2, vec![(key("Joom"), vec![1])]);
        // the next batch (articles 2..6): JOOM in 2 and 5, Joom in 3
        t.add_batch(
            2,
            4,
            vec![(key("JOOM"), vec![0, 3]), (key("Joom"), vec![1])],
        );
        assert_eq!(t.articles_of(org, "joom"), &[1, 2, 3, 5]);
        // and within one batch, the runs of two spellings are merged
        let mut u = EntityTable::default();
        u.add_batch(
            0,
            4,
            vec![(key("JOOM"), vec![1, 3]), (key("Joom"), vec![0, 3])],
        );
        assert_eq!(u.articles_of(org, "Joom"), &[0, 1, 3]);
        assert_eq!(u.len(), 1);
        let c = u.counts(0..4, 5);
        assert_eq!((c[0].canonical.as_str(), c[0].articles), ("Joom", 3));
    }
}

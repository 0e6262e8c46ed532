//! An entry's data: what the analysis derived from one file, encoded with
//! postcard (a compact serde format: varints, no field names).
//!
//! The text of a plain-text file is not stored: it is the file's content,
//! re-read (and checked against the entry's hash) when the entry is used,
//! which keeps the cache well under the corpus's size. Converted formats
//! (Markdown, web pages, feeds) keep their display text, since getting it
//! back means converting again.

use crate::model::Article;
use crate::model::article::Lang;
use crate::model::convert::Structure;
use crate::model::corpus::Source;
use crate::model::entities::Entities;
use crate::model::meta::Meta;
use serde::{Deserialize, Serialize};

/// One article as written (borrowing the analysed article).
#[derive(Serialize)]
struct ArticleOut<'a> {
    item: Option<&'a str>,
    text: Option<&'a str>,
    lossy: bool,
    meta: &'a Meta,
    lang: Lang,
    word_count: u32,
    paragraphs: &'a [(u32, u32)],
    entities: &'a Entities,
    structure: Option<&'a Structure>,
    words: &'a str,
}

/// One article as read back (the same fields, owned).
#[derive(Deserialize)]
struct ArticleIn {
    item: Option<String>,
    text: Option<String>,
    lossy: bool,
    meta: Meta,
    lang: Lang,
    word_count: u32,
    paragraphs: Vec<(u32, u32)>,
    entities: Entities,
    structure: Option<Structure>,
    words: String,
}

/// Encodes the articles of one file with their distinct folded words;
/// their text only when `with_text`.
pub fn encode(analysed: &[(Article, String)], with_text: bool) -> Vec<u8> {
    let out: Vec<ArticleOut> = analysed
        .iter()
        .map(|(a, words)| ArticleOut {
            item: a.item.as_deref(),
            text: with_text.then_some(a.text.as_str()),
            lossy: a.lossy,
            meta: &a.meta,
            lang: a.lang,
            word_count: a.word_count,
            paragraphs: &a.paragraphs,
            entities: &a.entities,
            structure: a.structure.as_deref(),
            words,
        })
        .collect();
    postcard::to_stdvec(&out).unwrap_or_default()
}

/// Decodes the articles of `src` from an entry's data. `text` is the
/// file's decoded content for an entry stored without text. `None` when
/// the data does not decode or does not fit the text (then the file is
/// analysed again).
pub fn decode(
    data: &[u8],
    src: &Source,
    mut text: Option<String>,
) -> Option<Vec<(Article, String)>> {
    let stored: Vec<ArticleIn> = postcard::from_bytes(data).ok()?;
    let mut out = Vec::with_capacity(stored.len());
    for a in stored {
        let text = match a.text {
            Some(t) => t,
            None => text.take()?,
        };
        let fits = a.paragraphs.iter().all(|&(s, e)| {
            s <= e
                && text.is_char_boundary(s as usize)
                && text.is_char_boundary(e as usize)
                && (e as usize) <= text.len()
        });
        if !fits {
            return None;
        }
        let rel = match &a.item {
            Some(k) => format!("{}#{k}", src.rel),
            None => src.rel.clone(),
        };
        let article = Article {
            path: src.path.clone(),
            rel,
            text,
            lossy: a.lossy,
            meta: a.meta,
            lang: a.lang,
            word_count: a.word_count,
            paragraphs: a.paragraphs,
            entities: a.entities,
            structure: a.structure.map(Box::new),
            item: a.item.map(String::into_boxed_str),
        };
        out.push((article, a.words));
    }
    Some(out)
}

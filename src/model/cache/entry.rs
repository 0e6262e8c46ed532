//! An entry's data: what the analysis derived from one file, encoded with
//! postcard (a compact serde format: varints, no field names).
//!
//! The text of a plain-text file is not stored: it is the file's content,
//! re-read (and checked against the entry's hash) when the entry is used,
//! which keeps the cache well under the corpus's size. Converted formats
//! (Markdown, web pages, feeds) keep their display text, since getting it
//! back means converting again.
//!
//! The distinct folded words the index is built from are not stored: the
//! index itself is (see `snapshot`), and is brought up to date from the
//! words of the files analysed anew. When no stored index can serve, they
//! are taken from the text again.

use crate::model::Article;
use crate::model::convert::Structure;
use crate::model::corpus::Source;
use crate::model::entities::Entities;
use crate::model::lang::Lang;
use crate::model::lazy_text::{ArticleText, ReadText};
use crate::model::meta::Meta;
use serde::{Deserialize, Serialize};

/// One article as written (borrowing the analysed article).
#[derive(Serialize)]
struct ArticleOut<'a> {
    item: Option<&'a str>,
    text: Option<&'a str>,
    /// The text's length in bytes and its fingerprint (a text not stored
    /// can be read when first needed, and checked).
    text_len: u32,
    fingerprint: u64,
    lossy: bool,
    meta: &'a Meta,
    lang: Lang,
    word_count: u32,
    paragraphs: &'a [(u32, u32)],
    /// The names of the mentions' rules (numbered per process).
    rules: Vec<&'static str>,
    entities: Entities,
    structure: Option<&'a Structure>,
}

/// One article as read back (the same fields, owned).
#[derive(Deserialize)]
struct ArticleIn {
    item: Option<String>,
    text: Option<String>,
    text_len: u32,
    fingerprint: u64,
    lossy: bool,
    meta: Meta,
    lang: Lang,
    word_count: u32,
    paragraphs: Vec<(u32, u32)>,
    rules: Vec<String>,
    entities: Entities,
    structure: Option<Structure>,
}

/// Encodes the articles of one file; their text only when `with_text`.
pub fn encode(analysed: &[(Article, String)], with_text: bool) -> Vec<u8> {
    let out: Vec<ArticleOut> = analysed
        .iter()
        .map(|(a, _)| {
            let (rules, entities) = a.entities.portable();
            ArticleOut {
                item: a.item.as_deref(),
                text: with_text.then_some(a.text.as_str()),
                text_len: a.text.len() as u32,
                fingerprint: a.text.fingerprint(),
                lossy: a.lossy,
                meta: &a.meta,
                lang: a.lang,
                word_count: a.word_count,
                paragraphs: &a.paragraphs,
                rules,
                entities,
                structure: a.structure.as_deref(),
            }
        })
        .collect();
    postcard::to_stdvec(&out).unwrap_or_default()
}

/// The number of articles in an entry's data (postcard writes a
/// sequence's length first, as a varint); `None` if it does not start so.
pub fn article_count(data: &[u8]) -> Option<u32> {
    let mut n = 0u32;
    for (i, &b) in data.iter().take(5).enumerate() {
        n |= ((b & 0x7f) as u32) << (7 * i);
        if b & 0x80 == 0 {
            return Some(n);
        }
    }
    None
}

/// Where the text of an entry stored without it comes from.
pub enum TextFrom {
    /// The entry has it (a converted format).
    Entry,
    /// The file's decoded content, read already.
    File(String),
    /// The file, read when first needed (see [`ArticleText`]).
    Later(ReadText),
}

/// Decodes the articles of `src` from an entry's data, their text from
/// `text` unless the entry holds it. Their distinct words (taken from the
/// text) only when `words` (else empty). `None` when the data does not decode or does not
/// fit the text (then the file is analysed again).
pub fn decode(
    data: &[u8],
    src: &Source,
    text: TextFrom,
    words: bool,
) -> Option<Vec<(Article, String)>> {
    let stored: Vec<ArticleIn> = postcard::from_bytes(data).ok()?;
    let mut given = match text {
        TextFrom::Entry => None,
        other => Some(other),
    };
    let mut out = Vec::with_capacity(stored.len());
    for a in stored {
        let len = a.text_len as usize;
        let text: ArticleText = match (a.text, given.take()) {
            (Some(t), _) | (None, Some(TextFrom::File(t))) => t.into(),
            (None, Some(TextFrom::Later(read))) => ArticleText::lazy(read, len, a.fingerprint),
            (None, _) => return None,
        };
        // a text read is checked now; one read later, when it is
        let fits = if text.is_loaded() {
            text.len() == len
                && a.paragraphs.iter().all(|&(s, e)| {
                    s <= e
                        && text.is_char_boundary(s as usize)
                        && text.is_char_boundary(e as usize)
                        && (e as usize) <= text.len()
                })
        } else {
            a.paragraphs
                .iter()
                .all(|&(s, e)| s <= e && e as usize <= len)
        };
        if !fits {
            return None;
        }
        let words = if words {
            crate::model::index::body_words(&text)
        } else {
            String::new()
        };
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
            entities: a.entities.from_portable(&a.rules),
            structure: a.structure.map(Box::new),
            item: a.item.map(String::into_boxed_str),
            uncorrected: None,
        };
        out.push((article, words));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::entities::analyse;

    fn analysed(text: &str) -> (Article, String) {
        Article::analysed("a.txt".into(), "a.txt".into(), text.to_string(), false)
    }

    /// An entry says how many articles it holds without being decoded,
    /// and decodes to them, with a text given now or read later.
    #[test]
    fn entries_count_their_articles_and_decode_with_a_text_now_or_later() {
        let text = "Titre\n\nAlibaba a ouvert à Paris le 3 mars 2021.";
        let one = vec![analysed(text)];
        let data = encode(&one, false);
        assert_eq!(article_count(&data), Some(1));
        let many: Vec<_> = (0..200).map(|_| analysed(text)).collect();
        assert_eq!(article_count(&encode(&many, true)), Some(200));
        let src = Source {
            path: "a.txt".into(),
            rel: "a.txt".into(),
        };
        let now = decode(&data, &src, TextFrom::File(text.to_string()), true).unwrap();
        assert_eq!(now[0].0.text, text);
        assert_eq!(now[0].1, analyse(text).words);
        let t = text.to_string();
        let later = decode(
            &data,
            &src,
            TextFrom::Later(std::sync::Arc::new(move || Some(t.clone()))),
            false,
        )
        .unwrap();
        assert!(!later[0].0.text.is_loaded());
        assert_eq!(later[0].0.text.fingerprint(), now[0].0.text.fingerprint());
        assert_eq!(later[0].0.text, text);
        // a text that is not the analysed one is refused now
        assert!(decode(&data, &src, TextFrom::File("autre".into()), false).is_none());
        assert!(decode(&data, &src, TextFrom::Entry, false).is_none());
    }
}

//! The keys that leave the reader for the article's source: open its URL
//! or file (`o`), edit its file (`E`), copy the selection (`y`). They only
//! decide what to hand over; [`crate::app`] runs the programs.

use super::{Effect, info};
use crate::state::{AppState, Focus, Message, Outcome};

/// The article the key is about: the open one in the reader, else the
/// selected one in the list.
fn target(s: &AppState) -> Option<u32> {
    match s.view.focus {
        Focus::Reader => s.view.reader.open.or(s.selected()),
        _ => s.selected().or(s.view.reader.open),
    }
}

fn error(text: String) -> Message {
    Message { text, error: true }
}

pub fn open(s: &mut AppState, queue: &mut Vec<Outcome>) {
    let Some(a) = target(s) else { return };
    let art = s.doc.article(a);
    // the link under the cursor first, then the article's address, then its file
    let link = s
        .view
        .reader
        .cursor
        .filter(|_| s.view.focus == Focus::Reader && s.view.reader.open == Some(a))
        .and_then(|c| {
            art.structure
                .as_ref()
                .and_then(|st| st.link_at(c))
                .map(str::to_string)
        });
    let t = link.or_else(|| art.meta.url.clone()).or_else(|| {
        art.path
            .is_file()
            .then(|| art.path.to_string_lossy().into_owned())
    });
    match t {
        Some(t) => queue.push(Outcome::Run(Effect::OpenExternal(t))),
        None => {
            s.view.status.message = Some(error(
                "this article has no address and no file to open".into(),
            ))
        }
    }
}

pub fn edit(s: &mut AppState, queue: &mut Vec<Outcome>) {
    let Some(a) = target(s) else { return };
    if s.doc.article(a).path.is_file() {
        queue.push(Outcome::Run(Effect::EditArticle(a)));
    } else {
        s.view.status.message = Some(error(
            "this article is not a file on disk (the sample articles are built in)".into(),
        ));
    }
}

pub fn copy(s: &mut AppState, queue: &mut Vec<Outcome>) {
    let (Some(a), Some(c)) = (s.view.reader.open, s.view.reader.cursor) else {
        s.view.status.message = Some(info(
            "open an article and move to a passage to copy it".into(),
        ));
        return;
    };
    let art = s.doc.article(a);
    let text = match s.view.reader.select_from {
        Some(f) => {
            let (lo, hi) = (c.min(f) as usize, c.max(f) as usize);
            let hi = art.text[hi..]
                .chars()
                .next()
                .map_or(hi, |ch| hi + ch.len_utf8());
            art.text[lo..hi.min(art.text.len())].to_string()
        }
        None => art
            .paragraphs
            .iter()
            .find(|&&(s0, e)| s0 <= c && c <= e)
            .map(|&(s0, e)| art.text[s0 as usize..e as usize].to_string())
            .unwrap_or_default(),
    };
    if !text.is_empty() {
        queue.push(Outcome::Run(Effect::Copy(text)));
    }
}

//! Views of the whole filtered corpus, as corpus linguists use them
//! (issue 15): the concordance (keyword in context), the timeline (articles
//! per period) and the collocates (the words found most characteristically
//! near the hits). Pure: the reader's panes and the `kwic`, `timeline` and
//! `collocates` commands draw them.
//!
//! The hits are the filter's own: the words the reader highlights in an
//! article ([`crate::model::query::Query::body_highlights`]), in the
//! articles the filter shows, in list order.

pub mod collocates;
pub mod kwic;
pub mod timeline;

pub use collocates::{Collocate, Collocates, CollocatesJob, collocates};
pub use kwic::{Context, Hit, HitSort, Hits, context, fill, fill_upto, hits, sort_hits};
pub use timeline::{Period, Timeline, timeline};

/// `2019-03-12`, `2019-03`, `2019` from a date key.
pub fn date_label(k: u32) -> String {
    let (y, m, d) = (k / 10000, (k / 100) % 100, k % 100);
    match (m, d) {
        (0, _) => format!("{y}"),
        (_, 0) => format!("{y}-{m:02}"),
        _ => format!("{y}-{m:02}-{d:02}"),
    }
}

/// An article's date for the views' margins: its key's label, `≈ 2019-06`
/// when guessed from the dates the text mentions.
pub fn article_date_label(meta: &crate::model::meta::Meta) -> Option<String> {
    let label = date_label(meta.date_key?);
    Some(if meta.date_estimated {
        format!("≈ {label}")
    } else {
        label
    })
}

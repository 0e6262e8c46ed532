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

pub use crate::model::calendar::key_label as date_label;

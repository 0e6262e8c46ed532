//! `liseuse filter QUERY [PATH...]`: the paths of the matching articles, one
//! per line, in list order, with the reader's own engine (the same index
//! and matcher as the filter bar).

use super::CorpusArgs;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct FilterArgs {
    /// The query, in the filter language (see README).
    pub query: String,
    #[command(flatten)]
    pub corpus: CorpusArgs,
}

pub fn run(args: &FilterArgs) -> Result<(), String> {
    // parse first: a bad query should not wait for the corpus
    if let Err(e) = crate::model::query::parse(&args.query) {
        return Err(format!("bad query at char {}: {}", e.at, e.message));
    }
    let mut doc = args.corpus.document();
    super::report_skipped(&doc.skipped);
    doc.set_filter(&args.query);
    let out = std::io::stdout();
    let mut out = out.lock();
    for &i in &doc.visible {
        let path = doc.article(i).path.display().to_string();
        if writeln!(out, "{}", crate::sanitize::clean(&path)).is_err() {
            break;
        }
    }
    Ok(())
}

//! `liseuse filter QUERY [PATH...]`: the paths of the matching articles, one
//! per line, in list order, with the reader's own engine.

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
    let mut doc = args.corpus.document();
    super::report_skipped(&doc.skipped);
    doc.set_filter(&args.query);
    if let Some(e) = &doc.filter.error {
        return Err(format!("bad query at char {}: {}", e.at, e.message));
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    for &i in &doc.visible {
        let a = doc.article(i);
        let shown = a.path.display().to_string();
        if writeln!(out, "{}", crate::sanitize::clean(&shown)).is_err() {
            break;
        }
    }
    Ok(())
}

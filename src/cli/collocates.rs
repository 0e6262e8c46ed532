//! `liseuse collocates QUERY [PATH...]`: the words most characteristic of
//! the hits' neighbourhood (within `--span` words), by log-likelihood
//! against the matching articles (see [`crate::model::explore::collocates`]).

use super::CorpusArgs;
use crate::model::explore;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Args)]
pub struct CollocatesArgs {
    /// The query, in the filter language; its highlighted words are the hits.
    #[arg(allow_hyphen_values = true)]
    pub query: String,
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Words on each side of a hit.
    #[arg(long, default_value_t = 5, value_name = "N")]
    pub span: usize,
    /// Leave out words seen fewer times than this near the hits.
    #[arg(long, default_value_t = 2, value_name = "N")]
    pub min: u32,
    /// Print at most this many words.
    #[arg(long, default_value_t = 30, value_name = "N")]
    pub limit: usize,
    /// One JSON object: the totals and the words.
    #[arg(long)]
    pub json: bool,
    /// The annotation file that `tag:`, `note:` and `has:` read.
    #[arg(long, value_name = "FILE")]
    pub annotations: Option<PathBuf>,
}

pub fn run(args: &CollocatesArgs) -> Result<(), String> {
    let doc =
        super::filter::filtered_document(&args.query, &args.corpus, args.annotations.as_deref())?;
    let q = doc.filter.query.clone();
    let mut c = explore::collocates(&doc, &q, args.span, args.min.max(1));
    c.words.truncate(args.limit);
    let out = std::io::stdout();
    let mut out = out.lock();
    let r = if args.json {
        let words: Vec<serde_json::Value> = c
            .words
            .iter()
            .map(|w| {
                serde_json::json!({
                    "word": crate::sanitize::clean(&w.word),
                    "folded": crate::sanitize::clean(&w.folded),
                    "count": w.count,
                    "left": w.left,
                    "right": w.right,
                    "frequency": w.frequency,
                    "log_likelihood": (w.g2 * 100.0).round() / 100.0,
                })
            })
            .collect();
        writeln!(
            out,
            "{}",
            serde_json::json!({
                "query": crate::sanitize::clean(&args.query),
                "span": c.span,
                "hits": c.hits,
                "window_tokens": c.window_tokens,
                "corpus_tokens": c.corpus_tokens,
                "collocates": words,
            })
        )
    } else {
        print(&mut out, &c)
    };
    match r {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

fn print(out: &mut impl Write, c: &explore::Collocates) -> std::io::Result<()> {
    let words: Vec<String> = c
        .words
        .iter()
        .map(|w| crate::sanitize::clean(&w.word).into_owned())
        .collect();
    let ww = words.iter().map(|w| w.width()).max().unwrap_or(0).max(4);
    writeln!(
        out,
        "{:<ww$}  {:>5}  {:>5}  {:>5}  {:>7}  {:>8}",
        "word", "count", "left", "right", "freq", "G2"
    )?;
    for (w, shown) in c.words.iter().zip(&words) {
        let pad = ww - shown.width();
        writeln!(
            out,
            "{shown}{:pad$}  {:>5}  {:>5}  {:>5}  {:>7}  {:>8.2}",
            "", w.count, w.left, w.right, w.frequency, w.g2
        )?;
    }
    writeln!(
        out,
        "{} hits, span {}, {} words near them, {} in the articles",
        c.hits, c.span, c.window_tokens, c.corpus_tokens
    )
}

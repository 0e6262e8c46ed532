//! `liseuse kwic QUERY [PATH...]`: the concordance of the filter's hits,
//! one line per occurrence, the hit in a fixed column (after `--width`
//! columns of left context), the article's path and date at the edge.

use super::CorpusArgs;
use crate::model::explore::{self, HitSort};
use crate::model::{Article, Document};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Args)]
pub struct KwicArgs {
    /// The query, in the filter language; its highlighted words are the hits.
    #[arg(allow_hyphen_values = true)]
    pub query: String,
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Columns of context on each side of the hit.
    #[arg(long, default_value_t = 40, value_name = "N")]
    pub width: usize,
    /// Order of the lines: article (list order), left or right (the words
    /// beside the hit), date (oldest first).
    #[arg(long, default_value = "article", value_parser = ["article", "left", "right", "date"])]
    pub sort: String,
    /// One JSON object: the query, the number of hits and the lines.
    #[arg(long)]
    pub json: bool,
    /// The annotation file that `tag:`, `note:` and `has:` read.
    #[arg(long, value_name = "FILE")]
    pub annotations: Option<PathBuf>,
}

/// The path printed for an article (a feed item: `FILE#ID`).
pub(crate) fn article_path(a: &Article) -> String {
    match &a.item {
        Some(id) => format!("{}#{id}", a.path.display()),
        None => a.path.display().to_string(),
    }
}

pub fn run(args: &KwicArgs) -> Result<(), String> {
    let sort = HitSort::from_name(&args.sort).unwrap_or_default();
    let doc =
        super::filter::filtered_document(&args.query, &args.corpus, args.annotations.as_deref())?;
    let q = doc.filter.query.clone();
    let mut lines: Vec<explore::Hit> = explore::hits(&doc, &q).collect();
    explore::sort_hits(&doc, &mut lines, sort);
    let out = std::io::stdout();
    let mut out = out.lock();
    let r = if args.json {
        print_json(&mut out, &doc, &lines, args)
    } else {
        print_lines(&mut out, &doc, &lines, args.width)
    };
    // a closed pipe (`| head`) is not an error
    match r {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

fn print_lines(
    out: &mut impl Write,
    doc: &Document,
    lines: &[explore::Hit],
    width: usize,
) -> std::io::Result<()> {
    let ctx: Vec<explore::Context> = lines
        .iter()
        .map(|h| explore::context(doc, h, width))
        .collect();
    let hit_w = ctx.iter().map(|c| c.hit.width()).max().unwrap_or(0);
    for (h, c) in lines.iter().zip(&ctx) {
        let a = doc.article(h.article);
        let pad_left = width.saturating_sub(c.left.width());
        let pad_right = (width + hit_w).saturating_sub(c.hit.width() + c.right.width());
        let date = a.meta.date_label().unwrap_or_default();
        writeln!(
            out,
            "{:pad_left$}{}{}{}{:pad_right$}  {}{}{}",
            "",
            c.left,
            c.hit,
            c.right,
            "",
            crate::sanitize::clean(&article_path(a)),
            if date.is_empty() { "" } else { " " },
            date,
        )?;
    }
    Ok(())
}

fn print_json(
    out: &mut impl Write,
    doc: &Document,
    lines: &[explore::Hit],
    args: &KwicArgs,
) -> std::io::Result<()> {
    let rows: Vec<serde_json::Value> = lines
        .iter()
        .map(|h| {
            let a = doc.article(h.article);
            let c = explore::context(doc, h, args.width);
            serde_json::json!({
                "path": crate::sanitize::clean(&article_path(a)),
                "article": crate::sanitize::clean(&a.rel),
                "title": crate::sanitize::clean(&a.meta.title),
                "date": a.meta.date_key.map(explore::date_label),
                "date_estimated": a.meta.date_estimated,
                "char_offset": h.char_start,
                "byte_offset": h.bytes.start,
                "left": c.left,
                "hit": c.hit,
                "right": c.right,
            })
        })
        .collect();
    let v = serde_json::json!({
        "query": crate::sanitize::clean(&args.query),
        "sort": args.sort,
        "hits": lines.len(),
        "lines": rows,
    });
    writeln!(out, "{v}")
}

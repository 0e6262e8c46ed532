//! `liseuse timeline QUERY [PATH...]`: how many of the matching articles
//! fall in each period, by their own date, with a bar per period; undated
//! articles counted apart.

use super::CorpusArgs;
use crate::model::explore::{self, Period};
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct TimelineArgs {
    /// The query, in the filter language (`""` for every article).
    #[arg(allow_hyphen_values = true)]
    pub query: String,
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// The period: year, month or week (ISO 8601).
    #[arg(long, default_value = "month", value_parser = ["year", "month", "week"])]
    pub by: String,
    /// One JSON object: the periods with their counts, undated, imprecise,
    /// and how many of the articles in the periods are estimated.
    #[arg(long)]
    pub json: bool,
    /// The annotation file that `tag:`, `note:` and `has:` read.
    #[arg(long, value_name = "FILE")]
    pub annotations: Option<PathBuf>,
}

/// Width of the longest bar.
const BAR: u32 = 40;

pub fn run(args: &TimelineArgs) -> Result<(), String> {
    let by = Period::from_name(&args.by).unwrap_or_default();
    let doc =
        super::filter::filtered_document(&args.query, &args.corpus, args.annotations.as_deref())?;
    let t = explore::timeline(&doc, by);
    let out = std::io::stdout();
    let mut out = out.lock();
    let r = if args.json {
        let periods: Vec<serde_json::Value> = t
            .bins
            .iter()
            .map(|(_, label, n)| serde_json::json!({"period": label, "articles": n}))
            .collect();
        writeln!(
            out,
            "{}",
            serde_json::json!({
                "by": by.name(),
                "articles": doc.visible.len(),
                "periods": periods,
                "undated": t.undated,
                "imprecise": t.imprecise,
                "estimated": t.estimated,
            })
        )
    } else {
        print(&mut out, &t)
    };
    match r {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.to_string()),
        _ => Ok(()),
    }
}

fn print(out: &mut impl Write, t: &explore::Timeline) -> std::io::Result<()> {
    let max = t.bins.iter().map(|b| b.2).max().unwrap_or(0).max(1);
    let label_w = t.bins.iter().map(|b| b.1.len()).max().unwrap_or(0).max(9);
    let count_w = t
        .bins
        .iter()
        .map(|b| b.2)
        .chain([t.undated, t.imprecise])
        .max()
        .unwrap_or(0)
        .to_string()
        .len();
    for (_, label, n) in &t.bins {
        // a period with articles gets at least one block
        let len = if *n == 0 { 0 } else { (n * BAR).div_ceil(max) };
        writeln!(
            out,
            "{label:<label_w$}  {n:>count_w$}  {}",
            "█".repeat(len as usize)
        )?;
    }
    if t.imprecise > 0 {
        writeln!(
            out,
            "{:<label_w$}  {:>count_w$}  (dated to the {} only)",
            "imprecise",
            t.imprecise,
            if t.by == explore::Period::Week {
                "month or year"
            } else {
                "year"
            }
        )?;
    }
    writeln!(out, "{:<label_w$}  {:>count_w$}", "undated", t.undated)?;
    if t.estimated > 0 {
        writeln!(
            out,
            "{:<label_w$}  {:>count_w$}  (of those in the periods above: no date stated, guessed from the dates the text mentions)",
            "estimated", t.estimated
        )?;
    }
    Ok(())
}

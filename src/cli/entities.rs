//! `liseuse entities [PATH...] [--json]`: the entity mentions of each
//! article, as a table or as JSON lines.

use super::CorpusArgs;
use crate::model::text::CharMap;
use clap::Args;
use std::io::Write;

#[derive(Debug, Args)]
pub struct EntitiesArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// One JSON object per mention per line.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &EntitiesArgs) -> Result<(), String> {
    args.corpus.check_paths()?;
    let (articles, skipped) = args.corpus.load();
    super::report_skipped(&skipped);
    let out = std::io::stdout();
    let mut out = out.lock();
    for a in &articles {
        let map = CharMap::new(&a.text);
        for m in &a.entities {
            let s = map.byte_of(&a.text, m.start as usize);
            let e = map.byte_of(&a.text, m.end as usize);
            let surface = &a.text[s..e];
            let line = if args.json {
                let mut v = serde_json::json!({
                    "file": a.rel,
                    "kind": m.kind.name(),
                    "text": surface,
                    "canonical": a.canonical(m),
                    "start": m.start,
                    "end": m.end,
                    "rule": m.rule(),
                });
                if let Some(how) = m.correction() {
                    v["correction"] = serde_json::json!(how);
                }
                if let Some(amount) = a.entities.value(&a.text, m) {
                    v["value"] = serde_json::json!(amount.value);
                    v["unit"] = serde_json::json!(amount.unit);
                }
                v.to_string()
            } else {
                format!(
                    "{:<28} {:<12} {:<40} {}",
                    crate::sanitize::clean(&a.rel),
                    m.kind.name(),
                    crate::sanitize::clean(surface),
                    crate::sanitize::clean(a.canonical(m))
                )
            };
            if writeln!(out, "{line}").is_err() {
                return Ok(());
            }
        }
    }
    Ok(())
}

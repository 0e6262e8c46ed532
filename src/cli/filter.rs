//! `liseuse filter QUERY [PATH...]`: the paths of the matching articles, one
//! per line, in list order, with the reader's own engine (the same index
//! and matcher as the filter bar).

use super::CorpusArgs;
use crate::model::cache::quick;
use clap::Args;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct FilterArgs {
    /// The query, in the filter language (see README); it may start with
    /// `-` (`liseuse filter -amazon`).
    #[arg(allow_hyphen_values = true)]
    pub query: String,
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// The annotation file that `tag:`, `note:` and `has:` read [default:
    /// the reader's, see `liseuse annotations --help`].
    #[arg(long, value_name = "FILE")]
    pub annotations: Option<PathBuf>,
}

pub fn run(args: &FilterArgs) -> Result<(), String> {
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out.lock());
    // a feed's items are the file's path and the item's id
    let mut print = |path: &std::path::Path, item: Option<&str>| {
        // a path of printable ASCII needs no cleaning (most do not)
        let bytes = path.as_os_str().as_encoded_bytes();
        if item.is_none() && bytes.iter().all(|b| (b' '..=b'~').contains(b)) {
            return out.write_all(bytes).is_ok() && out.write_all(b"\n").is_ok();
        }
        let line = match (item, path.to_str()) {
            (None, Some(p)) => std::borrow::Cow::Borrowed(p),
            (None, None) => path.display().to_string().into(),
            (Some(id), _) => std::borrow::Cow::Owned(format!("{}#{id}", path.display())),
        };
        let line = crate::sanitize::clean(&line);
        out.write_all(line.as_bytes()).is_ok() && out.write_all(b"\n").is_ok()
    };
    let c = &args.corpus;
    let q = parse(&args.query)?;
    c.check_paths()?;
    let corrections = c.corrections();
    // an unchanged corpus is answered from its stored index alone
    let quick = (!c.no_cache && !c.paths.is_empty())
        .then(|| quick::filter(&c.paths, c.limits(), &q, &corrections))
        .flatten();
    if let Some(answer) = quick {
        for (path, why) in &answer.skipped {
            super::report_skip(path, why);
        }
        for h in answer.hits.iter() {
            if !print(h.path, h.item) {
                break;
            }
        }
        return Ok(());
    }
    let doc = document_for(
        &q,
        args.query.as_str(),
        c,
        &corrections,
        args.annotations.as_deref(),
    )?;
    for &i in &doc.visible {
        let a = doc.article(i);
        if !print(&a.path, a.item.as_deref()) {
            break;
        }
    }
    Ok(())
}

fn parse(query: &str) -> Result<crate::model::query::Query, String> {
    crate::model::query::parse(query)
        .map_err(|e| format!("bad query at char {}: {}", e.at, e.message))
}

/// The document of `corpus` filtered by `query`, with the annotation facts
/// the query needs (`tag:`, `note:`, `has:`); skipped files reported on
/// stderr. Every command that takes a query uses it.
pub fn filtered_document(
    query: &str,
    corpus: &CorpusArgs,
    annotations: Option<&std::path::Path>,
) -> Result<crate::model::Document, String> {
    // parse first: a bad query should not wait for the corpus
    let q = parse(query)?;
    corpus.check_paths()?;
    document_for(&q, query, corpus, &corpus.corrections(), annotations)
}

/// The document of `corpus` loaded with `corrections`, filtered by `q`
/// (parsed from `query`), as [`filtered_document`] gives it.
fn document_for(
    q: &crate::model::query::Query,
    query: &str,
    corpus: &CorpusArgs,
    corrections: &crate::model::corrections::Corrections,
    annotations: Option<&std::path::Path>,
) -> Result<crate::model::Document, String> {
    let mut doc = corpus.document_with(corrections);
    super::report_skipped(&doc.skipped);
    if q.uses_annotations() {
        let set = super::open_annotations(annotations, corpus)?;
        doc.set_annotations(&set);
    }
    if q.uses_reading() {
        reading_flags(&mut doc, &corpus.paths);
    }
    doc.set_filter(query);
    Ok(doc)
}

/// Sets the reader's reading flags (`is:unread`, …) from the corpus's
/// state file, read only; a broken file is reported and ignored.
fn reading_flags(doc: &mut crate::model::Document, paths: &[PathBuf]) {
    use crate::model::reading::file;
    let (mut state, problem) = file::read_only(&file::path_for(paths));
    if let Some(p) = problem {
        eprintln!("liseuse: {}", crate::sanitize::clean(&p));
    }
    let flags: Vec<u8> = (0..doc.articles.len() as u32)
        .map(|i| {
            let a = doc.article(i);
            state.attach(&a.rel, a.text.fingerprint());
            state.flags(i)
        })
        .collect();
    doc.set_reading_flags(0, &flags);
}

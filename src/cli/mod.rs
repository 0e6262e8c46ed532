//! The command line: the interactive reader (no subcommand) and the
//! subcommands that print (entities, filter, stats, annotations, replay).
//! Each subcommand lives in its own file.

pub mod annotations;
pub mod collocates;
pub mod entities;
pub mod filter;
pub mod kwic;
pub mod replay;
pub mod stats;
pub mod timeline;

use crate::model::corpus::{self, Limits, Skipped};
use crate::model::{Article, Document};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "liseuse",
    version,
    about = "A terminal reader for folders of articles: read, filter, annotate.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Theme name (default, light, high-contrast, or a user theme) or path.
    #[arg(long)]
    pub theme: Option<String>,
    /// Enable mouse support (takes the terminal's own selection away).
    #[arg(long)]
    pub mouse: bool,
    /// Print the files that could not be loaded, and why.
    #[arg(long, short)]
    pub verbose: bool,
    /// The annotation file (default: .liseuse-annotations.toml in the
    /// corpus folder; for the sample articles, in the user data folder).
    #[arg(long, value_name = "FILE")]
    pub annotations: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the entities found in the articles.
    Entities(entities::EntitiesArgs),
    /// Print the paths of the articles that match a query.
    Filter(filter::FilterArgs),
    /// Run the reader on a virtual terminal with a key script and print
    /// the final screen.
    Replay(replay::ReplayArgs),
    /// Print the corpus at a glance (articles, words, languages,
    /// entities) and, with --timings, the time of each loading phase.
    Stats(stats::StatsArgs),
    /// Print every annotation with where it is now in its article.
    Annotations(annotations::AnnotationsArgs),
    /// Print the concordance of a query: every hit with its context, aligned.
    Kwic(kwic::KwicArgs),
    /// Print the number of matching articles per year, month or week.
    Timeline(timeline::TimelineArgs),
    /// Print the words found most characteristically near a query's hits.
    Collocates(collocates::CollocatesArgs),
}

/// Where the articles come from, shared by every command.
#[derive(Debug, Clone, Args, Default)]
pub struct CorpusArgs {
    /// Article files (.txt, .md) and folders (read recursively). Without
    /// any, the sample articles embedded in the binary.
    pub paths: Vec<PathBuf>,
    /// Skip files larger than this many MiB.
    #[arg(long, default_value_t = 16, value_name = "MIB")]
    pub max_file_mib: u64,
}

impl CorpusArgs {
    pub fn limits(&self) -> Limits {
        Limits {
            max_file_bytes: self.max_file_mib.saturating_mul(1024 * 1024),
            ..Limits::default()
        }
    }

    /// Loads every article at once (the embedded seeds when no path is given).
    pub fn load(&self) -> (Vec<Article>, Vec<Skipped>) {
        if self.paths.is_empty() {
            (corpus::embedded(), Vec::new())
        } else {
            corpus::load(&self.paths, self.limits())
        }
    }

    pub fn document(&self) -> Document {
        let (a, s) = self.load();
        Document::new(a, s)
    }
}

/// Opens the annotation file of a printing command (`--annotations`, else
/// the reader's default for these paths) and reports its problems on
/// stderr.
pub fn open_annotations(
    explicit: Option<&std::path::Path>,
    corpus: &CorpusArgs,
) -> crate::model::annotation::AnnotationSet {
    let path = explicit
        .map(std::path::Path::to_path_buf)
        .unwrap_or_else(|| crate::model::store::default_path(&corpus.paths));
    let (st, set) = crate::model::store::Store::open(&path);
    for p in st.problems() {
        eprintln!("liseuse: {}", crate::sanitize::clean(&p.to_string()));
    }
    set
}

/// Prints the skipped files on stderr.
pub fn report_skipped(skipped: &[Skipped]) {
    for s in skipped {
        eprintln!(
            "liseuse: skipped {}: {}",
            crate::sanitize::clean(&s.path.display().to_string()),
            s.reason
        );
    }
}

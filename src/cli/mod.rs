//! The command line: the interactive reader (no subcommand) and the
//! subcommands that print (entities, filter, stats, annotations, replay).
//! Each subcommand lives in its own file.

pub mod annotations;
pub mod cache;
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
    /// Start afresh: do not read nor write the reading state (read and
    /// starred articles, places, the last session).
    #[arg(long)]
    pub no_state: bool,
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
    /// Show where the analysis cache files are and how large (--clear:
    /// remove them).
    Cache(cache::CacheArgs),
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
    /// Neither read nor write the analysis cache (in
    /// $XDG_CACHE_HOME/liseuse): analyse every file.
    #[arg(long)]
    pub no_cache: bool,
}

impl CorpusArgs {
    pub fn limits(&self) -> Limits {
        Limits {
            max_file_bytes: self.max_file_mib.saturating_mul(1024 * 1024),
            ..Limits::default()
        }
    }

    /// Every path given exists (a typo must not read as an empty corpus):
    /// the first that does not is an error naming it.
    pub fn check_paths(&self) -> Result<(), String> {
        for p in &self.paths {
            if p.as_os_str() == corpus::STDIN {
                continue;
            }
            if let Err(e) = std::fs::metadata(p) {
                let path = p.display().to_string();
                let shown = crate::sanitize::clean(&path);
                return Err(match e.kind() {
                    std::io::ErrorKind::NotFound => format!("{shown}: no such file or folder"),
                    _ => format!("{shown}: {e}"),
                });
            }
        }
        Ok(())
    }

    /// Loads every article at once (the embedded seeds when no path is
    /// given), through the analysis cache as [`CorpusArgs::document`] does,
    /// without building an index.
    pub fn load(&self) -> (Vec<Article>, Vec<Skipped>) {
        let corrections = self.corrections();
        if self.paths.is_empty() {
            let mut articles = corpus::embedded();
            for a in &mut articles {
                corrections.correct(a);
            }
            return (articles, Vec::new());
        }
        let (articles, skipped, notes) = crate::model::loader::load_articles_with(
            &self.paths,
            self.limits(),
            self.cache(),
            &corrections,
        );
        for n in &notes {
            eprintln!("liseuse: {n}");
        }
        (articles, skipped)
    }

    /// The reader's entity corrections for these paths (the file beside
    /// their annotation file); problems with the file go to stderr.
    pub fn corrections(&self) -> crate::model::corrections::Corrections {
        use crate::model::corrections::file;
        let path = file::beside(&crate::model::store::default_path(&self.paths));
        let (f, c) = file::CorrectionFile::open(path);
        if let Some(p) = f.problem() {
            eprintln!("liseuse: {}", crate::sanitize::clean(p));
        }
        c
    }

    pub fn cache(&self) -> crate::model::cache::Session {
        crate::model::cache::Session::open(&self.paths, !self.no_cache)
    }

    /// The document of these paths, loaded through the analysis cache
    /// (unless `--no-cache`); why a cache was rebuilt goes to stderr.
    pub fn document(&self) -> Document {
        self.document_with(&self.corrections())
    }

    /// Like [`CorpusArgs::document`], with the corrections read already.
    pub fn document_with(&self, corrections: &crate::model::corrections::Corrections) -> Document {
        if self.paths.is_empty() {
            let mut doc = Document::new(corpus::embedded(), Vec::new());
            doc.apply_corrections(corrections);
            doc
        } else {
            let doc = crate::model::loader::load_document_with(
                &self.paths,
                self.limits(),
                self.cache(),
                corrections,
            );
            for n in &doc.notes {
                eprintln!("liseuse: {n}");
            }
            doc
        }
    }
}

/// Opens the annotation file of a printing command (`--annotations`, else
/// the reader's default for these paths) and reports its problems on
/// stderr. A file that exists but cannot be read at all (a folder, a FIFO,
/// too large, no permission) is an error: an empty export would look like
/// "no annotations".
pub fn open_annotations(
    explicit: Option<&std::path::Path>,
    corpus: &CorpusArgs,
) -> Result<crate::model::annotation::AnnotationSet, String> {
    let path = annotation_path(explicit, corpus);
    let (st, set) = crate::model::store::Store::open(&path);
    if let Some(why) = st.unreadable() {
        return Err(crate::sanitize::clean(why).into_owned());
    }
    for p in st.problems() {
        eprintln!("liseuse: {}", crate::sanitize::clean(&p.to_string()));
    }
    Ok(set)
}

/// The annotation file of a printing command.
pub fn annotation_path(explicit: Option<&std::path::Path>, corpus: &CorpusArgs) -> PathBuf {
    explicit
        .map(std::path::Path::to_path_buf)
        .unwrap_or_else(|| crate::model::store::default_path(&corpus.paths))
}

/// The reader draws on a terminal and reads keys from it: without one
/// (`liseuse DIR < /dev/null`, or output into a pipe) it says so instead
/// of failing inside the terminal setup.
pub fn need_terminal(article_on_stdin: bool) -> Result<(), String> {
    use std::io::IsTerminal;
    // `cat note.md | liseuse -`: keys come from the controlling terminal
    // (crossterm reads /dev/tty when standard input is not one)
    let keys = std::io::stdin().is_terminal()
        || (article_on_stdin && std::fs::File::open("/dev/tty").is_ok());
    let missing = match (keys, std::io::stdout().is_terminal()) {
        (true, true) => return Ok(()),
        (false, true) => "standard input is not a terminal",
        (true, false) => "standard output is not a terminal",
        (false, false) => "standard input and output are not a terminal",
    };
    Err(format!(
        "{missing}: the reader needs one to draw and read keys \
         (to print, use `liseuse filter`, `stats`, `entities`, `annotations` or `replay`)"
    ))
}

/// Prints the skipped files on stderr.
pub fn report_skipped(skipped: &[Skipped]) {
    for s in skipped {
        report_skip(&s.path, &s.reason);
    }
}

/// Says on stderr that the file at `path` was skipped, and why.
pub fn report_skip(path: &std::path::Path, why: &dyn std::fmt::Display) {
    eprintln!(
        "liseuse: skipped {}: {why}",
        crate::sanitize::clean(&path.display().to_string())
    );
}

//! `liseuse annotations [PATH...] [--annotations FILE] [--format F]`: every
//! annotation with where it is now in its article (exact, moved, fuzzy,
//! orphan, or missing when the article is not in the corpus).

use super::CorpusArgs;
use crate::model::anchor::{Anchor, Anchorer};
use crate::model::annotation::{Annotation, Kind};
use crate::model::{Article, text::CharMap};
use clap::{Args, ValueEnum};
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Grouped by article: title, quotes, notes, tags, status.
    Markdown,
    /// One JSON array: every stored field plus `status`, `title`,
    /// `current_start`, `current_end`, `current_quote`.
    Json,
    /// `Highlight,Title,Author,URL,Note,Location` (the columns highlight
    /// services import). Tags are appended to the note as `.tag`; article
    /// notes have no highlight and are left out; Location is the current
    /// char offset.
    Csv,
}

#[derive(Debug, Args)]
pub struct AnnotationsArgs {
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// The annotation file [default: .liseuse-annotations.toml in the
    /// corpus folder (or the file's folder); for the sample articles,
    /// $XDG_DATA_HOME/liseuse/seeds-annotations.toml].
    #[arg(long, value_name = "FILE")]
    pub annotations: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// Merge a recovery file back into the annotation file (by id: an
    /// entry missing from the file, or updated later than the file's, is
    /// taken), then rename it to `…toml.merged`. Prints nothing else.
    #[arg(long, value_name = "RECOVERY_FILE")]
    pub merge: Option<PathBuf>,
}

/// One annotation and where it is now.
pub struct Located<'a> {
    pub ann: &'a Annotation,
    pub article: Option<&'a Article>,
    /// None when the article is missing.
    pub anchor: Option<Anchor>,
}

impl Located<'_> {
    pub fn status(&self) -> String {
        self.anchor
            .map(|a| a.status.to_string())
            .unwrap_or_else(|| "missing".into())
    }

    fn title(&self) -> String {
        self.article
            .map(|a| a.meta.title.clone())
            .unwrap_or_else(|| self.ann.article.clone())
    }

    fn current_quote(&self) -> Option<String> {
        let (art, anc) = (self.article?, self.anchor?);
        let map = CharMap::new(&art.text);
        Some(
            art.text[map.byte_of(&art.text, anc.start)..map.byte_of(&art.text, anc.end)]
                .to_string(),
        )
    }

    fn location(&self) -> usize {
        self.anchor.map(|a| a.start).unwrap_or(self.ann.start)
    }
}

/// Anchors every annotation in `anns` (sorted) against `articles`.
pub fn locate<'a>(anns: &[&'a Annotation], articles: &'a [Article]) -> Vec<Located<'a>> {
    let by_rel: HashMap<&str, &Article> = articles.iter().map(|a| (a.rel.as_str(), a)).collect();
    let mut anchorers: HashMap<&str, Anchorer<'a>> = HashMap::new();
    anns.iter()
        .map(|&ann| {
            let article = by_rel.get(ann.article.as_str()).copied();
            let anchor = article.map(|art| {
                anchorers
                    .entry(art.rel.as_str())
                    .or_insert_with(|| Anchorer::new(&art.text))
                    .anchor(ann)
            });
            Located {
                ann,
                article,
                anchor,
            }
        })
        .collect()
}

pub fn run(args: &AnnotationsArgs) -> Result<(), String> {
    args.corpus.check_paths()?;
    let path = super::annotation_path(args.annotations.as_deref(), &args.corpus);
    if let Some(rec) = &args.merge {
        return merge(&path, rec);
    }
    let set = super::open_annotations(args.annotations.as_deref(), &args.corpus)?;
    list_recovery_files(&path);
    let (articles, skipped) = args.corpus.load();
    super::report_skipped(&skipped);
    let anns = set.sorted();
    let located = locate(&anns, &articles);
    let text = match args.format {
        Format::Markdown => markdown(&located),
        Format::Json => json(&located),
        Format::Csv => csv(&located),
    };
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error.
    let _ = out.write_all(text.as_bytes());
    Ok(())
}

/// Tells on stderr about recovery files that hold annotations not (yet)
/// in the annotation file at `path`, and how to merge them back.
fn list_recovery_files(path: &std::path::Path) {
    let found = crate::model::store::recovery::list(path);
    if found.is_empty() {
        return;
    }
    let clean = |p: &std::path::Path| crate::sanitize::clean(&p.display().to_string()).into_owned();
    eprintln!(
        "liseuse: {} recovery file{} hold annotations saved when {} could not be written:",
        found.len(),
        if found.len() == 1 { "" } else { "s" },
        clean(path)
    );
    for f in &found {
        eprintln!("liseuse:   {}", clean(f));
    }
    eprintln!(
        "liseuse: merge one back with: liseuse annotations --merge RECOVERY_FILE --annotations {}",
        clean(path)
    );
}

/// `--merge`: takes the recovery file's entries into the annotation file
/// (missing ids, and entries updated later than the file's), saves under
/// the lock, then renames the recovery file to `….merged`.
fn merge(path: &std::path::Path, rec: &std::path::Path) -> Result<(), String> {
    use crate::model::store::Store;
    let (rs, theirs) = Store::open(rec);
    if let Some(why) = rs.unreadable() {
        return Err(why.to_string());
    }
    if let Some(p) = rs.problems().first() {
        return Err(format!("{p}: fix the recovery file first"));
    }
    let (mut st, mut set) = Store::open(path);
    if let Some(ro) = st.read_only() {
        return Err(format!("{}: nothing merged", ro.reason));
    }
    let mut taken = 0;
    for a in theirs.sorted() {
        let newer = set
            .get(&a.id)
            .is_none_or(|m| a.updated > m.updated && m != a);
        if newer {
            set.add(a.clone());
            taken += 1;
        }
    }
    if taken > 0 {
        st.save(&mut set).map_err(|e| e.to_string())?;
    }
    let mut done = rec.as_os_str().to_os_string();
    done.push(".merged");
    std::fs::rename(rec, &done)
        .map_err(|e| format!("merged, but could not rename {}: {e}", rec.display()))?;
    eprintln!(
        "liseuse: {taken} annotation(s) from {} merged into {} ({} kept as {})",
        rec.display(),
        st.path().display(),
        rec.display(),
        std::path::Path::new(&done).display()
    );
    Ok(())
}

/// Terminal-safe text that keeps its line breaks.
fn clean_lines(s: &str) -> String {
    s.lines()
        .map(|l| crate::sanitize::clean(l).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

fn one_line(s: &str) -> String {
    crate::sanitize::clean(s).into_owned()
}

pub fn markdown(located: &[Located]) -> String {
    let mut out = String::from("# Annotations\n");
    if located.is_empty() {
        out.push_str("\nNo annotations.\n");
    }
    let mut current: Option<&str> = None;
    for l in located {
        if current != Some(l.ann.article.as_str()) {
            current = Some(&l.ann.article);
            out.push_str(&format!("\n## {}\n\n", one_line(&l.title())));
            out.push_str(&format!("`{}`", one_line(&l.ann.article)));
            if l.article.is_none() {
                out.push_str(" (article not found in the corpus)");
            }
            out.push('\n');
        }
        let note = clean_lines(&l.ann.note);
        if l.ann.kind == Kind::Article {
            out.push_str(&format!("\n**Article note:** {note}\n"));
            continue;
        }
        out.push('\n');
        for line in l.ann.quote.lines() {
            out.push_str(&format!("> {}\n", one_line(line)));
        }
        if !note.is_empty() {
            out.push_str(&format!("\n{note}\n"));
        }
        let mut meta = Vec::new();
        if !l.ann.tags.is_empty() {
            let tags: Vec<String> = l
                .ann
                .tags
                .iter()
                .map(|t| format!("#{}", one_line(t)))
                .collect();
            meta.push(tags.join(" "));
        }
        meta.push(one_line(&l.ann.label));
        match l.anchor {
            Some(a) => meta.push(format!("{} at {}–{}", a.status, a.start, a.end)),
            None => meta.push("missing".into()),
        }
        meta.push(format!("id {}", one_line(&l.ann.id)));
        out.push_str(&format!("\n*{}*\n", meta.join(" · ")));
    }
    out
}

pub fn json(located: &[Located]) -> String {
    let items: Vec<serde_json::Value> = located
        .iter()
        .map(|l| {
            let mut v = serde_json::to_value(l.ann).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert(
                    "kind".into(),
                    serde_json::to_value(l.ann.kind).unwrap_or_default(),
                );
                o.insert("status".into(), l.status().into());
                o.insert("title".into(), l.title().into());
                o.insert("current_start".into(), l.anchor.map(|a| a.start).into());
                o.insert("current_end".into(), l.anchor.map(|a| a.end).into());
                o.insert("current_quote".into(), l.current_quote().into());
            }
            v
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&items).unwrap_or_default();
    s.push('\n');
    s
}

/// One CSV field, quoted when needed (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The Note column with the tags as Readwise reads them: its CSV import
/// has no tag column, and its "inline tagging" turns a note that *starts*
/// with `.word` into a tag (docs.readwise.io/readwise/guides/action-tags).
/// So the tags come first, one `.word` each (spaces in a tag become `-`),
/// then the note.
fn readwise_note(tags: &[String], note: &str) -> String {
    let mut out: Vec<String> = tags
        .iter()
        .map(|t| {
            format!(
                ".{}",
                one_line(t).split_whitespace().collect::<Vec<_>>().join("-")
            )
        })
        .filter(|t| t.len() > 1)
        .collect();
    if !note.is_empty() {
        out.push(note.to_string());
    }
    out.join(" ")
}

pub fn csv(located: &[Located]) -> String {
    let mut out = String::from("Highlight,Title,Author,URL,Note,Location\r\n");
    for l in located.iter().filter(|l| l.ann.kind == Kind::Highlight) {
        let note = readwise_note(&l.ann.tags, &clean_lines(&l.ann.note));
        let author = l
            .article
            .and_then(|a| a.meta.source.clone())
            .unwrap_or_default();
        let row = [
            clean_lines(&l.ann.quote),
            one_line(&l.title()),
            one_line(&author),
            String::new(),
            note,
            l.location().to_string(),
        ];
        let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::readwise_note;

    #[test]
    fn tags_lead_the_note_as_readwise_inline_tags() {
        let tags = vec![
            "mots  clés".to_string(),
            "prix".to_string(),
            " ".to_string(),
        ];
        assert_eq!(
            readwise_note(&tags, "À relire"),
            ".mots-clés .prix À relire"
        );
        assert_eq!(readwise_note(&tags, ""), ".mots-clés .prix");
        assert_eq!(readwise_note(&[], "Une note"), "Une note");
    }
}

//! Markdown (CommonMark with tables, strikethrough, task lists and
//! footnotes, as GitHub, Obsidian and pandoc write it) through
//! pulldown-cmark, the parser rustdoc and mdBook use: a pull parser with no
//! recursion on nesting depth, so hostile nesting costs no stack.
//!
//! YAML (`---`) or TOML (`+++`) front matter becomes metadata; headings,
//! lists (with their bullets and numbers), quotes, code (kept as is),
//! tables (drawn as aligned text), emphasis and links become structure;
//! link targets are kept apart from the text; images give their alt text;
//! raw HTML gives its text only.

use super::builder::clean_line;
use super::{BlockKind, Builder, Doc, DocMeta, InlineKind};
use pulldown_cmark::{Alignment, Event, MetadataBlockKind, Options, Parser, Tag, TagEnd};
use unicode_width::UnicodeWidthStr;

pub fn convert(src: &str) -> Doc {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut b = Builder::new();
    let mut meta = DocMeta::default();
    let mut front: Option<(MetadataBlockKind, String)> = None;
    // list numbering: one entry per open list (next number, or None for bullets)
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut quote_depth = 0u8;
    let mut table: Option<Table> = None;
    let mut html_block: Option<String> = None;
    let mut first_h1: Option<String> = None;
    let mut h1_text: Option<String> = None;
    for ev in Parser::new_ext(src, opts) {
        if let Some(t) = table.as_mut() {
            match ev {
                Event::End(TagEnd::Table) => {
                    let t = table.take().unwrap_or_default();
                    b.open(BlockKind::Table);
                    b.raw(&t.draw());
                    b.close();
                }
                Event::Start(Tag::TableRow) | Event::Start(Tag::TableHead) => {
                    t.rows.push(Vec::new())
                }
                Event::End(TagEnd::TableHead) => t.head = t.rows.len(),
                Event::Start(Tag::TableCell) => {
                    if let Some(r) = t.rows.last_mut() {
                        r.push(String::new());
                    }
                }
                Event::Text(s) | Event::Code(s) | Event::InlineMath(s) => t.push(&s),
                Event::SoftBreak | Event::HardBreak => t.push(" "),
                _ => {}
            }
            continue;
        }
        if let Some(h) = html_block.as_mut() {
            match ev {
                Event::Html(s) | Event::Text(s) => {
                    h.push_str(&s);
                    continue;
                }
                Event::End(TagEnd::HtmlBlock) => {
                    let h = html_block.take().unwrap_or_default();
                    super::html::fragment_into(&mut b, &h);
                    continue;
                }
                _ => {
                    html_block = None;
                }
            }
        }
        match ev {
            Event::Start(tag) => match tag {
                Tag::MetadataBlock(kind) => front = Some((kind, String::new())),
                Tag::Paragraph => {
                    if !matches!(top_kind(&lists), Some(BlockKind::ListItem(_))) {
                        b.open(para_kind(quote_depth));
                    } else {
                        b.segment_break();
                    }
                }
                Tag::Heading { level, .. } => {
                    b.open(BlockKind::Heading(level as u8));
                    if level as u8 == 1 && first_h1.is_none() {
                        h1_text = Some(String::new());
                    }
                }
                Tag::BlockQuote(_) => {
                    quote_depth = quote_depth.saturating_add(1);
                    b.open(BlockKind::Quote(quote_depth));
                }
                Tag::CodeBlock(_) => b.open(BlockKind::Code),
                Tag::HtmlBlock => html_block = Some(String::new()),
                Tag::List(start) => lists.push(start),
                Tag::Item => {
                    let depth = lists.len().min(u8::MAX as usize) as u8;
                    let marker = match lists.last_mut() {
                        Some(Some(n)) => {
                            let m = format!("{n}. ");
                            *n += 1;
                            m
                        }
                        _ => "• ".to_string(),
                    };
                    b.open_item(depth, &marker);
                }
                Tag::Table(align) => {
                    table = Some(Table {
                        align,
                        ..Table::default()
                    })
                }
                Tag::Emphasis => b.open_inline(InlineKind::Emphasis),
                Tag::Strong => b.open_inline(InlineKind::Strong),
                Tag::Link { dest_url, .. } => b.open_link(&dest_url),
                Tag::FootnoteDefinition(label) => {
                    b.open(BlockKind::Paragraph);
                    b.text(&format!("[{label}] "));
                }
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::MetadataBlock(_) => {
                    if let Some((kind, body)) = front.take() {
                        front_matter(kind, &body, &mut meta);
                    }
                }
                TagEnd::Paragraph if !matches!(top_kind(&lists), Some(BlockKind::ListItem(_))) => {
                    b.close();
                }
                TagEnd::Heading(_) => {
                    b.close();
                    if let Some(t) = h1_text.take() {
                        first_h1 = Some(t);
                    }
                }
                TagEnd::BlockQuote(_) => {
                    b.close();
                    quote_depth = quote_depth.saturating_sub(1);
                }
                TagEnd::CodeBlock | TagEnd::Item | TagEnd::FootnoteDefinition => b.close(),
                TagEnd::List(_) => {
                    lists.pop();
                }
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link => b.close_inline(),
                _ => {}
            },
            Event::Text(s) => {
                if let Some((_, body)) = front.as_mut() {
                    body.push_str(&s);
                } else if b.in_code() {
                    b.raw(&s);
                } else {
                    if let Some(h) = h1_text.as_mut() {
                        h.push_str(&s);
                    }
                    b.text(&s);
                }
            }
            Event::Code(s) => {
                b.open_inline(InlineKind::Code);
                b.text(&s);
                b.close_inline();
                if let Some(h) = h1_text.as_mut() {
                    h.push_str(&s);
                }
            }
            Event::InlineMath(s) | Event::DisplayMath(s) => b.text(&s),
            Event::SoftBreak => b.text(" "),
            Event::HardBreak => b.line_break(),
            Event::Rule => {
                b.open(BlockKind::Paragraph);
                b.raw("───");
                b.close();
            }
            Event::TaskListMarker(done) => b.text(if done { "[x] " } else { "[ ] " }),
            Event::FootnoteReference(label) => b.text(&format!("[{label}]")),
            Event::Html(_) | Event::InlineHtml(_) => {}
        }
    }
    if meta.title.is_none() {
        meta.title = first_h1.map(|t| clean_line(&t)).filter(|t| !t.is_empty());
    }
    b.into_doc(meta)
}

/// The kind of block the innermost open list or quote gives a paragraph.
fn top_kind(lists: &[Option<u64>]) -> Option<BlockKind> {
    (!lists.is_empty()).then_some(BlockKind::ListItem(lists.len() as u8))
}

fn para_kind(quote_depth: u8) -> BlockKind {
    if quote_depth > 0 {
        BlockKind::Quote(quote_depth)
    } else {
        BlockKind::Paragraph
    }
}

/// A Markdown table being collected: rows of cell texts.
#[derive(Default)]
struct Table {
    align: Vec<Alignment>,
    rows: Vec<Vec<String>>,
    /// Number of header rows.
    head: usize,
}

impl Table {
    fn push(&mut self, s: &str) {
        if let Some(c) = self.rows.last_mut().and_then(|r| r.last_mut()) {
            c.push_str(&clean_line(s));
        }
    }

    fn draw(&self) -> String {
        draw_table(&self.rows, self.head, &self.align)
    }
}

/// Rows of cells as aligned columns separated by bars, with a rule
/// under the `head` first rows.
pub fn draw_table(rows: &[Vec<String>], head: usize, align: &[Alignment]) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0usize; cols];
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.width());
        }
    }
    let mut out = String::new();
    for (ri, r) in rows.iter().enumerate() {
        let mut line = String::new();
        for (i, w) in widths.iter().enumerate() {
            let cell = r.get(i).map_or("", String::as_str);
            let pad = w - cell.width();
            let (l, rt) = match align.get(i) {
                Some(Alignment::Right) => (pad, 0),
                Some(Alignment::Center) => (pad / 2, pad - pad / 2),
                _ => (0, pad),
            };
            if i > 0 {
                line.push_str(" │ ");
            }
            line.push_str(&" ".repeat(l));
            line.push_str(cell);
            line.push_str(&" ".repeat(rt));
        }
        out.push_str(line.trim_end());
        out.push('\n');
        if ri + 1 == head {
            let rule: Vec<String> = widths.iter().map(|w| "─".repeat(*w)).collect();
            out.push_str(&rule.join("─┼─"));
            out.push('\n');
        }
    }
    out.pop();
    out
}

/// Reads YAML or TOML front matter into metadata. A front matter that does
/// not parse is ignored (the article still opens).
fn front_matter(kind: MetadataBlockKind, body: &str, meta: &mut DocMeta) {
    let mut fields: Vec<(String, Vec<String>)> = Vec::new();
    match kind {
        MetadataBlockKind::YamlStyle => {
            let Ok(docs) = yaml_rust2::YamlLoader::load_from_str(body) else {
                return;
            };
            let Some(yaml_rust2::Yaml::Hash(h)) = docs.into_iter().next() else {
                return;
            };
            for (k, v) in h {
                if let Some(k) = k.as_str() {
                    fields.push((k.to_ascii_lowercase(), yaml_values(&v)));
                }
            }
        }
        MetadataBlockKind::PlusesStyle => {
            let Ok(t) = body.parse::<toml::Table>() else {
                return;
            };
            for (k, v) in t {
                fields.push((k.to_ascii_lowercase(), toml_values(&v)));
            }
        }
    }
    apply_fields(&fields, meta);
}

/// Metadata fields by their usual names (Jekyll, Hugo, Obsidian, Zotero
/// and read-it-later exports, pandoc).
pub fn apply_fields(fields: &[(String, Vec<String>)], meta: &mut DocMeta) {
    let first = |v: &[String]| v.first().map(|s| clean_line(s)).filter(|s| !s.is_empty());
    for (k, v) in fields {
        match k.as_str() {
            "title" | "titre" => meta.title = meta.title.take().or(first(v)),
            "author" | "authors" | "auteur" | "creator" | "by" => {
                let names: Vec<String> = v
                    .iter()
                    .map(|s| clean_line(s))
                    .filter(|s| !s.is_empty())
                    .collect();
                if meta.author.is_none() && !names.is_empty() {
                    meta.author = Some(names.join(", "));
                }
            }
            "date" | "published" | "pubdate" | "created" | "date_published"
            | "publication_date" => meta.date = meta.date.take().or(first(v)),
            "source" | "site" | "site_name" | "publication" | "publisher" | "journal" => {
                meta.site = meta.site.take().or(first(v))
            }
            "url" | "link" | "source_url" | "canonical" | "original_url" => {
                meta.url = meta.url.take().or(first(v))
            }
            "tags" | "keywords" | "categories" | "tag" => {
                for t in v {
                    for t in t.split(',') {
                        let t = clean_line(t.trim().trim_start_matches('#'));
                        if !t.is_empty() && !meta.tags.contains(&t) {
                            meta.tags.push(t);
                        }
                    }
                }
            }
            "lang" | "language" => meta.lang = meta.lang.take().or(first(v)),
            _ => {}
        }
    }
}

fn yaml_values(v: &yaml_rust2::Yaml) -> Vec<String> {
    use yaml_rust2::Yaml;
    match v {
        Yaml::String(s) | Yaml::Real(s) => vec![s.clone()],
        Yaml::Integer(i) => vec![i.to_string()],
        Yaml::Boolean(b) => vec![b.to_string()],
        Yaml::Array(a) => a.iter().flat_map(yaml_values).collect(),
        Yaml::Hash(h) => h
            .iter()
            .filter(|(k, _)| k.as_str() == Some("name"))
            .flat_map(|(_, v)| yaml_values(v))
            .collect(),
        _ => Vec::new(),
    }
}

fn toml_values(v: &toml::Value) -> Vec<String> {
    match v {
        toml::Value::String(s) => vec![s.clone()],
        toml::Value::Integer(i) => vec![i.to_string()],
        toml::Value::Float(f) => vec![f.to_string()],
        toml::Value::Boolean(b) => vec![b.to_string()],
        toml::Value::Datetime(d) => vec![d.to_string()],
        toml::Value::Array(a) => a.iter().flat_map(toml_values).collect(),
        toml::Value::Table(t) => t.get("name").map(toml_values).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::convert::BlockKind as K;

    fn blocks(d: &Doc) -> Vec<(K, &str)> {
        let s = d.structure.as_ref().unwrap();
        s.blocks
            .iter()
            .map(|b| (b.kind, &d.text[b.start as usize..b.end as usize]))
            .collect()
    }

    #[test]
    fn front_matter_headings_lists_and_links() {
        let d = convert(
            "---\ntitle: \"Le géant chinois\"\nauthor: [Anne Dupont, Marc Roy]\ndate: 2021-03-04\ntags: [chine, e-commerce]\n---\n\n# Titre\n\nDu **gras**, de l'*italique* et [un lien](https://example.org/a).\n\n- un\n- deux\n  1. trois\n",
        );
        assert_eq!(d.meta.title.as_deref(), Some("Le géant chinois"));
        assert_eq!(d.meta.author.as_deref(), Some("Anne Dupont, Marc Roy"));
        assert_eq!(d.meta.date.as_deref(), Some("2021-03-04"));
        assert_eq!(d.meta.tags, ["chine", "e-commerce"]);
        assert_eq!(
            blocks(&d),
            [
                (K::Heading(1), "Titre"),
                (K::Paragraph, "Du gras, de l'italique et un lien."),
                (K::ListItem(1), "• un"),
                (K::ListItem(1), "• deux"),
                (K::ListItem(2), "1. trois"),
            ]
        );
        let s = d.structure.as_ref().unwrap();
        let link = s
            .inlines
            .iter()
            .find(|r| matches!(r.kind, InlineKind::Link(_)))
            .unwrap();
        assert_eq!(&d.text[link.start as usize..link.end as usize], "un lien");
        assert_eq!(s.link_at(link.start), Some("https://example.org/a"));
        assert!(!d.text.contains("https"), "no URL in the display text");
    }

    #[test]
    fn code_is_kept_and_tables_are_aligned() {
        let d = convert(
            "Avant.\n\n```rust\nfn  main() {\n    x();\n}\n```\n\n| Pays | Part |\n|:-----|-----:|\n| France | 12 % |\n| Chine | 3 % |\n",
        );
        let b = blocks(&d);
        assert_eq!(b[1], (K::Code, "fn  main() {\n    x();\n}"));
        assert_eq!(b[2].0, K::Table);
        assert_eq!(
            b[2].1,
            "Pays   │ Part\n───────┼─────\nFrance │ 12 %\nChine  │  3 %"
        );
    }

    #[test]
    fn toml_front_matter_and_first_heading_as_title() {
        let d = convert("+++\nauthor = \"Zoé\"\n+++\n# Un titre *vif*\n\nTexte.");
        assert_eq!(d.meta.author.as_deref(), Some("Zoé"));
        assert_eq!(d.meta.title.as_deref(), Some("Un titre vif"));
        let d = convert(
            "> cité\n> > encore\n\n![une photo du port](p.jpg)\n\n<div>du <b>html</b></div>\n",
        );
        assert_eq!(
            blocks(&d),
            [
                (K::Quote(1), "cité"),
                (K::Quote(2), "encore"),
                (K::Paragraph, "une photo du port"),
                (K::Paragraph, "du html"),
            ]
        );
    }
}

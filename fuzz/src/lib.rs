//! The properties the fuzz targets check, one function per target.
//!
//! They are shared with the proptest mirrors in `tests/fuzz_properties.rs`
//! (which include this file as a module), so that CI checks the same
//! properties briefly on every run and the fuzzers check them at length.
//! Each function panics when its property does not hold.

use liseuse::model::corpus::{self, SkipReason};
use liseuse::model::entities;
use liseuse::model::query::{self, Field, Part, Query};
use liseuse::model::store;
use liseuse::model::text::CharMap;
use liseuse::model::{Article, Document, Lang};
use liseuse::sanitize;
use liseuse::theme::{SLOTS, Theme};
use std::path::{Path, PathBuf};

/// Chars that must never reach the terminal: C0 controls (tabs and line
/// breaks included: they are drawn as spaces), DEL, C1 controls (ESC and
/// CSI among them), bidi embeddings, overrides, isolates and marks.
pub fn is_unsafe_for_terminal(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}')
}

fn assert_terminal_safe(what: &str, s: &str) {
    let cleaned = sanitize::clean(s);
    if let Some(c) = cleaned.chars().find(|&c| is_unsafe_for_terminal(c)) {
        panic!("sanitized {what} still holds {c:?}: {cleaned:?}");
    }
    assert!(
        sanitize::is_clean(&cleaned),
        "clean({what}) is not clean: {cleaned:?}"
    );
}

/// `article_loader`: arbitrary file bytes go through the loading path
/// (`corpus::decode`, `Article::new`: metadata, language, paragraphs,
/// entities) and the sanitizer without a panic; `decode` refuses exactly
/// the data with NUL bytes and marks exactly invalid UTF-8 as lossy;
/// paragraph ranges are in bounds, on char boundaries and in order; entity
/// mentions are in bounds; word count and language agree with the separate
/// passes; and nothing the views draw (text, paragraphs,
/// title, source, date) holds a control char, DEL, C1 or bidi control
/// after `sanitize::clean` / `display_char`.
pub fn article_loader(data: &[u8]) {
    let decoded = match corpus::decode(data.to_vec()) {
        Err(SkipReason::Binary) => {
            assert!(data.contains(&0), "refused as binary without a NUL byte");
            return;
        }
        Err(other) => panic!("decode refused data for another reason: {other}"),
        Ok(d) => d,
    };
    assert!(!data.contains(&0), "data with NUL bytes was decoded");
    assert_eq!(
        decoded.lossy,
        std::str::from_utf8(data).is_err(),
        "lossy flag"
    );
    let a = Article::new(
        PathBuf::from("fuzz/input.txt"),
        "input.txt".to_string(),
        decoded.text,
        decoded.lossy,
    );
    let text = a.text.as_str();
    // the loader's one tokenizer pass agrees with the separate passes
    assert_eq!(
        a.word_count as usize,
        liseuse::model::text::word_count(text),
        "word count of the one-pass analysis"
    );
    assert_eq!(
        a.lang,
        liseuse::model::article::detect_lang(text),
        "language of the one-pass analysis"
    );
    let mut prev_end = 0usize;
    for (i, &(s, e)) in a.paragraphs.iter().enumerate() {
        let (s, e) = (s as usize, e as usize);
        assert!(
            s <= e && e <= text.len(),
            "paragraph {i} {s}..{e} out of bounds ({})",
            text.len()
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "paragraph {i} {s}..{e} not on char boundaries"
        );
        assert!(s >= prev_end, "paragraph {i} overlaps the previous one");
        prev_end = e;
        assert_terminal_safe("paragraph", a.paragraph(i));
    }
    let n = text.chars().count();
    for m in &a.entities {
        assert!(
            m.start < m.end && m.end as usize <= n,
            "mention {}..{} of {n} chars",
            m.start,
            m.end
        );
    }
    assert_terminal_safe("text", text);
    assert_terminal_safe("title", &a.meta.title);
    if let Some(s) = &a.meta.source {
        assert_terminal_safe("source", s);
    }
    if let Some(d) = &a.meta.date {
        assert_terminal_safe("date", d);
    }
    for c in text.chars() {
        if let Some(d) = sanitize::display_char(c) {
            assert!(!is_unsafe_for_terminal(d), "display_char({c:?}) = {d:?}");
        }
    }
    let _ = a.reading_minutes();
}

/// The small fixed articles the queries run on: French and English, with
/// accents, ligatures, curly apostrophes, no-break spaces, header lines and
/// entities; one is empty. Built once (entity extraction is the slow part).
pub fn query_articles() -> &'static [Article] {
    static ARTICLES: std::sync::OnceLock<Vec<Article>> = std::sync::OnceLock::new();
    ARTICLES.get_or_init(build_query_articles)
}

fn build_query_articles() -> Vec<Article> {
    const TEXTS: &[(&str, &str)] = &[
        (
            "eco/alibaba.txt",
            "Titre: La Russie crée un nouveau poids lourd du e-commerce avec\u{a0}Alibaba\n\
             Source: BFM Business\n\
             Date: 12 juin 2019\n\n\
             Le géant chinois Alibaba, fondé par Jack Ma, s’allie à Mail.ru en Russie. \
             L’investissement atteint 3,6 milliards d’euros, soit 12\u{a0}% du marché.\n\
             Les États-Unis et l’Œuvre regardent «\u{202f}Amazon\u{202f}» de près.\n",
        ),
        (
            "eco/joom.txt",
            "La place de marché de l'appli JOOM arrive au Luxembourg\n\n\
             Joom, basée à Riga, vend 150 tonnes de marchandises par jour.\n\
             Wish et Joom : deux concurrents d’AliExpress.\n",
        ),
        (
            "en/amazon.md",
            "Amazon and Alibaba compete in Europe\n\n\
             The company, based in Seattle, said on March 3, 2020 that sales rose 20 percent \
             to $4.5 billion. Jeff Bezos was in Paris.\n",
        ),
        ("vide.txt", ""),
        (
            "misc/ligatures.txt",
            "Cœur, fiancée, straße et Łódź\n\nœuvre e-mail naïve façade ÉTATS-UNIS",
        ),
    ];
    TEXTS
        .iter()
        .map(|(rel, text)| {
            Article::new(PathBuf::from(rel), rel.to_string(), text.to_string(), false)
        })
        .collect()
}

/// The articles `q` matches by a scan of each one (the reference).
fn scan_result(q: &Query, articles: &[Article]) -> Vec<u32> {
    (0..articles.len() as u32)
        .filter(|&i| q.matches(&articles[i as usize]))
        .collect()
}

fn check_highlights(q: &Query, a: &Article) {
    let parts: [(Part, &str); 4] = [
        (Part::Body, &a.text),
        (Part::Title, &a.meta.title),
        (Part::Source, a.meta.source.as_deref().unwrap_or("")),
        (Part::File, &a.rel),
    ];
    for (part, text) in parts {
        let hs = q.highlights(part, text);
        let mut prev_end = 0usize;
        for (i, r) in hs.iter().enumerate() {
            assert!(
                r.start < r.end && r.end <= text.len(),
                "highlight {r:?} in {part:?} of {} bytes",
                text.len()
            );
            assert!(
                text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
                "highlight {r:?} not on char boundaries"
            );
            assert!(
                i == 0 || r.start > prev_end,
                "highlights not sorted and merged: {hs:?}"
            );
            prev_end = r.end;
        }
    }
    // A matched positive whole-text clause shows somewhere in the body.
    for c in &q.clauses {
        if c.negated || c.field != Field::Any {
            continue;
        }
        let single = Query {
            clauses: vec![c.clone()],
        };
        if single.matches(a) {
            assert!(
                !single.highlights(Part::Body, &a.text).is_empty(),
                "{c:?} matches {} but highlights nothing",
                a.rel
            );
        }
    }
}

/// `query_parser`: any string parses or fails without a panic, an error
/// points inside the query, and a parsed query never holds an empty clause
/// or pattern. Typed one char at a time into a [`Document`] (which uses the
/// index and its incremental cache), every prefix leaves the list equal to
/// the reference scan ([`Query::matches`]) of the last query that parsed.
/// Highlights are in bounds, on char boundaries, sorted and merged, and an
/// article matched by a positive whole-text clause has a highlight.
pub fn query_parser(input: &str) {
    let articles = query_articles();
    let mut doc = Document::new(articles.to_vec(), Vec::new());
    let n_chars = input.chars().count();
    // Every prefix when the query is short (as typed), else just the whole.
    let ends: Vec<usize> = if n_chars <= 128 {
        input
            .char_indices()
            .map(|(i, _)| i)
            .skip(1)
            .chain([input.len()])
            .collect()
    } else {
        vec![input.len()]
    };
    for end in ends {
        let typed = &input[..end];
        let parsed = query::parse(typed);
        doc.set_filter(typed);
        match &parsed {
            Ok(q) => {
                assert!(doc.filter.error.is_none());
                assert_eq!(&doc.filter.query, q);
                for c in &q.clauses {
                    assert!(!c.alts.is_empty(), "empty clause in {q:?}");
                    assert!(
                        c.alts.iter().all(|p| !p.words.is_empty()),
                        "empty pattern in {q:?}"
                    );
                }
            }
            Err(e) => {
                assert!(
                    e.at <= typed.chars().count(),
                    "error at {} past the end of {typed:?}",
                    e.at
                );
                assert_eq!(doc.filter.error.as_ref(), Some(e));
            }
        }
        let q = doc.filter.query.clone();
        let expected = scan_result(&q, articles);
        assert_eq!(
            doc.visible, expected,
            "index and scan disagree on {q:?} (typed {typed:?})"
        );
        for &i in &doc.visible {
            assert!(doc.is_visible(i));
        }
    }
    if let Ok(q) = query::parse(input) {
        for a in articles {
            check_highlights(&q, a);
        }
    }
}

/// `annotation_file`: any text read as an annotation file gives good
/// entries and problems without a panic (a fatal problem loads nothing;
/// problem lines are within the file); the good entries written back with
/// `to_toml` read again with no problem, as the same entries in file order.
pub fn annotation_file(src: &str) {
    let path = Path::new("fuzz-annotations.toml");
    let parsed = store::parse(path, src);
    if parsed.fatal {
        assert!(parsed.items.is_empty(), "fatal but entries loaded");
        assert!(!parsed.problems.is_empty(), "fatal without a problem");
    }
    let lines = src.lines().count() + 1;
    for p in &parsed.problems {
        assert!(p.line <= lines, "problem line {} of {lines}: {p}", p.line);
        assert_eq!(p.path, path);
    }
    let written = store::to_toml(&parsed.items);
    let again = store::parse(path, &written);
    assert!(
        !again.fatal && again.problems.is_empty(),
        "written file does not read back: {:?}\n{written}",
        again.problems
    );
    let mut expected: Vec<_> = parsed.items.iter().collect();
    expected.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let got: Vec<_> = again.items.iter().collect();
    assert_eq!(got, expected, "round trip changed the entries\n{written}");
}

/// `theme_loader`: any text parses as a theme or fails without a panic,
/// with and without colours; an error names the file and a line of it; a
/// theme that loads with colours loads without them too; every slot of a
/// loaded theme resolves.
pub fn theme_loader(src: &str) {
    let file = "fuzz-theme.toml";
    let lines = src.lines().count() + 1;
    let mut ok_with_colour = false;
    for no_color in [false, true] {
        match Theme::parse(file, src, no_color) {
            Ok(t) => {
                ok_with_colour |= !no_color;
                for slot in SLOTS {
                    let _ = t.get(slot);
                }
                let _ = t.get("no.such.slot");
            }
            Err(e) => {
                assert!(
                    !(no_color && ok_with_colour),
                    "loads with colours but not without: {e}"
                );
                assert_eq!(e.file, file);
                let line = e
                    .line
                    .unwrap_or_else(|| panic!("error without a line: {e}"));
                assert!(
                    (1..=lines).contains(&line),
                    "error line {line} of {lines}: {e}"
                );
                assert!(e.to_string().contains(&format!("line {line}")));
            }
        }
    }
}

/// `entity_extractor`: any text, read as French and as English, gives
/// mentions without a panic; they are sorted by start, every one has
/// `start < end <= char count`, and its text (taken through [`CharMap`]
/// as the views and `liseuse entities` take it) is exactly the chars
/// `start..end` of the text.
pub fn entity_extractor(text: &str) {
    let chars: Vec<char> = text.chars().collect();
    let map = CharMap::new(text);
    assert_eq!(map.len_chars(), chars.len());
    for lang in [Lang::French, Lang::English] {
        let ms = entities::extract(text, lang);
        for w in ms.windows(2) {
            assert!(w[0].start <= w[1].start, "mentions not sorted by start");
        }
        for m in &ms {
            let (s, e) = (m.start as usize, m.end as usize);
            assert!(
                s < e && e <= chars.len(),
                "{:?} mention {s}..{e} of {} chars",
                m.kind,
                chars.len()
            );
            let (bs, be) = (map.byte_of(text, s), map.byte_of(text, e));
            let surface = &text[bs..be];
            let expected: String = chars[s..e].iter().collect();
            assert_eq!(surface, expected, "mention {s}..{e} text");
        }
    }
}

/// `convert_html`, `convert_markdown`, `convert_feed`: arbitrary bytes
/// through a converter and the analysis after it without a panic; every
/// block and inline range is in bounds, on char boundaries and in order
/// (blocks never overlap); the display text and the metadata hold no
/// control character but newlines (no escape sequence survives an entity
/// like `&#27;`); link targets are one line; and the article built from it
/// keeps its paragraphs in bounds.
pub fn converter(format: liseuse::model::convert::Format, data: &[u8]) {
    use liseuse::model::convert;
    let Ok(docs) = convert::convert(format, data) else {
        return;
    };
    for doc in docs {
        let text = doc.text.as_str();
        assert!(
            text.chars().all(|c| !c.is_control() || c == '\n'),
            "control char in the display text: {text:?}"
        );
        if let Some(st) = &doc.structure {
            let mut prev = 0usize;
            for b in &st.blocks {
                let (s, e) = (b.start as usize, b.end as usize);
                assert!(
                    s <= e && e <= text.len(),
                    "block {s}..{e} of {}",
                    text.len()
                );
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
                assert!(s >= prev, "blocks overlap or are out of order");
                prev = e;
            }
            for r in &st.inlines {
                let (s, e) = (r.start as usize, r.end as usize);
                assert!(
                    s < e && e <= text.len(),
                    "inline {s}..{e} of {}",
                    text.len()
                );
                assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            }
            for l in &st.links {
                assert!(!l.chars().any(char::is_control), "link target {l:?}");
            }
        }
        let m = &doc.meta;
        for v in [&m.title, &m.author, &m.date, &m.site, &m.url, &m.lang]
            .into_iter()
            .flatten()
            .chain(&m.tags)
        {
            assert!(!v.chars().any(char::is_control), "metadata {v:?}");
        }
        let (a, _) = Article::from_doc(PathBuf::from("fuzz/input"), "input".into(), doc, false);
        for &(s, e) in &a.paragraphs {
            assert!(s <= e && e as usize <= a.text.len());
        }
        assert_terminal_safe("title", &a.meta.title);
    }
}

/// `entity_corrections`: a reader's corrections (of the article's own
/// entities and words, or of any name: `picks` are (action, kind, pick,
/// other name)) applied to an article of any text, and the corrections
/// file read from any text: no panic; the corrected mentions stay sorted,
/// in bounds and equal to their text; undoing every correction gives the
/// extractor's mentions back.
pub fn entity_corrections(text: &str, picks: &[(u8, u8, u16, String)], file: &str) {
    use liseuse::model::corrections::{Action, Correction, Corrections, file as cfile};
    use liseuse::model::entities::EntityKind;
    let _ = cfile::parse(Path::new("x.toml"), file);
    let a0 = Article::new("a.txt".into(), "a.txt".into(), text.to_string(), false);
    let names: Vec<String> = a0
        .entities
        .iter()
        .map(|m| a0.canonical(m).to_string())
        .chain(text.split_whitespace().map(str::to_string))
        .collect();
    let actions = [
        Action::Reject,
        Action::Retype,
        Action::Rename,
        Action::Merge,
        Action::Declare,
    ];
    let mut c = Corrections::default();
    for (act, kind, pick, other) in picks {
        let name = match names.len() {
            0 => other.clone(),
            n => names[*pick as usize % n].clone(),
        };
        let kind = EntityKind::ALL[*kind as usize % 7];
        let action = actions[*act as usize % actions.len()];
        let mut corr = Correction::new(action, kind, &name);
        corr = match action {
            Action::Retype => corr.to_kind(EntityKind::ALL[(kind as usize + 1) % 7]),
            Action::Rename => corr.to(other),
            Action::Merge => corr.to(other).to_kind(EntityKind::ALL[*pick as usize % 7]),
            _ => corr,
        };
        if corr.problem().is_none() {
            c.set(corr);
        }
    }
    let mut a = a0.clone();
    c.correct(&mut a);
    let chars: Vec<char> = text.chars().collect();
    let map = CharMap::new(text);
    for w in a.entities.windows(2) {
        assert!(w[0].start <= w[1].start, "corrected mentions not sorted");
    }
    for m in a.entities.iter() {
        let (s, e) = (m.start as usize, m.end as usize);
        assert!(
            s < e && e <= chars.len(),
            "mention {s}..{e} of {}",
            chars.len()
        );
        let surface = &text[map.byte_of(text, s)..map.byte_of(text, e)];
        assert_eq!(surface, chars[s..e].iter().collect::<String>());
        let _ = a.canonical(m);
    }
    // the file of these corrections reads back as they are
    let again = cfile::parse(Path::new("x.toml"), &cfile::to_toml(c.list()))
        .expect("a file this version wrote parses");
    assert_eq!(Corrections::new(again), c);
    Corrections::default().correct(&mut a);
    assert_eq!(a.entities, a0.entities, "undoing every correction");
    assert!(a.uncorrected.is_none());
}

//! The fuzz targets' properties (`fuzz/`), checked briefly on every test
//! run with proptest: the same functions (`fuzz/src/lib.rs`, included as a
//! module), fed by generators that aim at the interesting inputs (sample
//! articles cut and spliced, control and bidi chars, query and TOML tokens)
//! as well as arbitrary ones. The fuzzers run them for minutes; this file
//! runs 64 to 128 cases per property in a few seconds.

#[path = "../fuzz/src/lib.rs"]
mod props;

use liseuse::model::annotation::{Annotation, Kind};
use liseuse::model::corpus::EMBEDDED;
use liseuse::model::store;
use liseuse::theme::BUILTIN;
use proptest::prelude::*;
use proptest::sample::select;

/// Chars that make text hard: controls, bidi, zero-width, no-break spaces,
/// apostrophes, ligatures, combining marks, digits, currency, quotes.
const AWKWARD: &[char] = &[
    '\0', '\t', '\n', '\r', '\u{1b}', '\u{7}', '\u{7f}', '\u{85}', '\u{9b}', '\u{a0}', '\u{ad}',
    '\u{200b}', '\u{200d}', '\u{200e}', '\u{202e}', '\u{202f}', '\u{2066}', '\u{2069}', '\u{feff}',
    '\u{2019}', '\'', '"', '«', '»', 'œ', 'Œ', 'ß', 'ﬁ', 'É', 'é', '\u{301}', 'İ', 'ı', 'Ł', '€',
    '$', '%', '0', '1', '9', ',', '.', ':', ';', '-', '|', '!', ' ', 'A', 'M', 'a', 'z', '#', '=',
    '[', ']', '{', '}', '\\', '😀',
];

/// Strings mixing arbitrary chars, awkward ones and ASCII words.
fn awkward_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => select(AWKWARD).prop_map(String::from),
            2 => "[A-Z][a-z]{0,8}",
            1 => any::<char>().prop_map(String::from),
        ],
        0..max,
    )
    .prop_map(|v| v.concat())
}

/// A sample article cut at a random char and spliced with `insert`.
fn spliced_seed() -> impl Strategy<Value = String> {
    (
        select(EMBEDDED),
        any::<prop::sample::Index>(),
        awkward_string(24),
    )
        .prop_map(|((_, text), at, insert)| {
            let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            let at = cuts[at.index(cuts.len())];
            let end = (at + 2000).min(text.len());
            let end = (end..=text.len())
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(text.len());
            format!("{}{insert}{}", &text[..at], &text[at..end])
        })
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(128))]

    #[test]
    fn article_loader_arbitrary_bytes(data in prop::collection::vec(any::<u8>(), 0..600)) {
        props::article_loader(&data);
    }

    #[test]
    fn article_loader_awkward_text(text in awkward_string(300), junk in any::<u8>()) {
        let mut bytes = text.into_bytes();
        // sometimes one byte of invalid UTF-8 (or a NUL)
        if junk % 4 == 0 {
            let at = junk as usize % (bytes.len() + 1);
            bytes.insert(at, junk | 0x80);
        }
        props::article_loader(&bytes);
    }

    #[test]
    fn query_parser_tokens(parts in prop::collection::vec(select(&[
        "alibaba", "ali", "russie", "etats", "États-Unis", "e-commerce", "mail.ru", "oeuvre",
        "œ", "l’", "l'", "jack ma", "-", "!", "|", "\"", " ", "\u{a0}", "title:", "source:",
        "file:", "lang:", "fr", "en", "person:", "org:", "place:", "date:", "money:",
        "percent:", "quantity:", "entity:", "tag:", "note:", "has:", "n", "x:", "TITLE:",
        "2019", "3,6", "%", "joom", "wish", "amazon", "Bezos", "le", "de",
    ]), 0..10)) {
        props::query_parser(&parts.concat());
    }

    #[test]
    fn query_parser_arbitrary(q in awkward_string(40)) {
        props::query_parser(&q);
    }

    #[test]
    fn entity_extractor_seeds(text in spliced_seed()) {
        props::entity_extractor(&text);
    }

    #[test]
    fn entity_extractor_awkward(text in awkward_string(200)) {
        props::entity_extractor(&text);
    }

    #[test]
    fn entity_corrections_on_seeds(
        text in spliced_seed(),
        picks in prop::collection::vec((any::<u8>(), any::<u8>(), any::<u16>(), awkward_string(12)), 0..6),
        file in awkward_string(60),
    ) {
        props::entity_corrections(&text, &picks, &file);
    }
}

fn annotation() -> impl Strategy<Value = Annotation> {
    (
        "[0-9a-f]{1,16}|[^\\s]{1,8}",
        any::<bool>(),
        awkward_string(12),
        (awkward_string(12), awkward_string(6), awkward_string(6)),
        (0usize..1_000_000, 0usize..50),
        (
            awkward_string(16),
            prop::collection::vec(awkward_string(6), 0..3),
        ),
        (
            select(&["yellow", "green", "blue", "pink", "purple", ""]),
            awkward_string(4),
        ),
    )
        .prop_map(
            |(
                id,
                article_note,
                article,
                (quote, prefix, suffix),
                (start, len),
                (note, tags),
                (label, created),
            )| {
                Annotation {
                    id,
                    kind: if article_note {
                        Kind::Article
                    } else {
                        Kind::Highlight
                    },
                    article,
                    article_sha256: String::new(),
                    quote,
                    prefix,
                    suffix,
                    start,
                    end: start + len,
                    note,
                    tags,
                    label: label.to_string(),
                    created,
                    updated: String::new(),
                }
            },
        )
}

/// Pieces of annotation files, good and bad.
const TOML_PIECES: &[&str] = &[
    "schema_version = 1\n",
    "schema_version = 2\n",
    "schema_version = \"1\"\n",
    "[[annotation]]\n",
    "[annotation]\n",
    "id = \"a\"\n",
    "id = \"b\"\n",
    "id = \" \"\n",
    "article = \"x.txt\"\n",
    "kind = \"article\"\n",
    "kind = \"other\"\n",
    "start = 3\n",
    "end = 1\n",
    "end = 9\n",
    "start = -1\n",
    "note = \"\"\"\nmulti\n\"\"\"\n",
    "tags = [\"t\", 1]\n",
    "label = 'pink'\n",
    "extra = true\n",
    "quote = \"\\u00e9\\t\"\n",
    "\"quoted key\" = 1\n",
    "[[ annotation ]]\n",
    "a.b = 1\n",
    "# comment\n",
    "=\n",
    "\"\n",
];

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn annotation_file_round_trip(items in prop::collection::vec(annotation(), 0..4)) {
        // a file this version wrote, with awkward strings
        let src = store::to_toml(&items);
        props::annotation_file(&src);
    }

    #[test]
    fn annotation_file_pieces(parts in prop::collection::vec(select(TOML_PIECES), 0..14)) {
        props::annotation_file(&parts.concat());
    }

    #[test]
    fn annotation_file_arbitrary(src in awkward_string(120)) {
        props::annotation_file(&src);
    }

    #[test]
    fn theme_loader_edited_builtin(
        which in select(BUILTIN),
        line in any::<prop::sample::Index>(),
        replacement in prop_oneof![
            Just(String::new()),
            awkward_string(20),
            select(&[
                "[styles]", "[palette]", "border = { fg = \"x\" }",
                "\"border\" = { fg = \"nope\" }", "[styles.border]", "fg = \"#12345g\"",
                "modifiers = [\"blink\"]", "other = 1", "\"list\" = { fg = \"#a\" }",
                "name = 3", "bg = \"+12345\"",
            ]).prop_map(String::from),
        ],
    ) {
        let (_, src) = which;
        let mut lines: Vec<&str> = src.lines().collect();
        let i = line.index(lines.len());
        lines[i] = &replacement;
        props::theme_loader(&lines.join("\n"));
    }

    #[test]
    fn theme_loader_arbitrary(src in awkward_string(80)) {
        props::theme_loader(&src);
    }

    #[test]
    fn convert_html_tag_soup(parts in prop::collection::vec(prop_oneof![
        3 => select(HTML_TOKENS).prop_map(String::from),
        2 => awkward_string(6),
    ], 0..60)) {
        props::converter(liseuse::model::convert::Format::Html, parts.concat().as_bytes());
    }

    #[test]
    fn convert_markdown_soup(parts in prop::collection::vec(prop_oneof![
        3 => select(MARKDOWN_TOKENS).prop_map(String::from),
        2 => awkward_string(6),
    ], 0..60)) {
        props::converter(liseuse::model::convert::Format::Markdown, parts.concat().as_bytes());
    }

    #[test]
    fn convert_feed_soup(parts in prop::collection::vec(prop_oneof![
        3 => select(FEED_TOKENS).prop_map(String::from),
        2 => awkward_string(6),
        1 => select(HTML_TOKENS).prop_map(String::from),
    ], 0..60)) {
        let src = format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>{}</channel></rss>", parts.concat());
        props::converter(liseuse::model::convert::Format::Feed, src.as_bytes());
    }

    #[test]
    fn convert_arbitrary_bytes(data in prop::collection::vec(any::<u8>(), 0..300), which in 0u8..3) {
        use liseuse::model::convert::Format;
        let f = [Format::Html, Format::Markdown, Format::Feed][which as usize];
        props::converter(f, &data);
    }
}

/// Pieces of HTML that matter: blocks, inline styles, links of every kind,
/// entities (control ones too), scripts, tables, furniture, unclosed tags.
const HTML_TOKENS: &[&str] = &[
    "<p>",
    "</p>",
    "<div class=\"comments\">",
    "</div>",
    "<h1>",
    "</h2>",
    "<ul>",
    "<ol start=\"3\">",
    "<li>",
    "</li>",
    "</ul>",
    "<blockquote>",
    "</blockquote>",
    "<pre>",
    "</pre>",
    "<b>",
    "</b>",
    "<em>",
    "</i>",
    "<a href=\"https://x.example/a\">",
    "<a href=\"javascript:alert(1)\">",
    "</a>",
    "<br>",
    "<script>alert(1)</script>",
    "<style>p{}</style>",
    "<table><tr><td>",
    "</td><td>",
    "</tr></table>",
    "<th>",
    "&#27;[2J",
    "&#x7;",
    "&amp;",
    "&nbsp;",
    "&#8238;",
    "<nav>",
    "<footer>",
    "<article>",
    "</article>",
    "<meta charset=\"latin1\">",
    "<title>",
    "</title>",
    "<!--",
    "-->",
    "<code>",
    "</code>",
    "<img alt=\"x\">",
    "<time datetime=\"2021-03-04\">",
    "<",
    ">",
    "\"",
];

const MARKDOWN_TOKENS: &[&str] = &[
    "---\ntitle: \"T\"\n---\n",
    "+++\nauthor = \"A\"\n+++\n",
    "# ",
    "## ",
    "\n",
    "\n\n",
    "- ",
    "  - ",
    "1. ",
    "> ",
    "> > ",
    "**",
    "*",
    "_",
    "`",
    "```\n",
    "[t](https://x.example)",
    "![alt](i.png)",
    "| a | b |\n",
    "|---|---:|\n",
    "<div>",
    "</div>",
    "[^1]",
    "[^1]: note\n",
    "- [x] ",
    "\\",
    "<script>",
    "&#27;",
    "---\n",
];

const FEED_TOKENS: &[&str] = &[
    "<item>",
    "</item>",
    "<title>",
    "</title>",
    "<guid>",
    "</guid>",
    "<link>https://x.example</link>",
    "<description>",
    "</description>",
    "<![CDATA[",
    "]]>",
    "&lt;p&gt;",
    "&lt;/p&gt;",
    "&#27;",
    "<pubDate>Tue, 02 Mar 2021 10:00:00 +0100</pubDate>",
    "<category>c</category>",
    "<author>a</author>",
    "&amp;",
    "<entry>",
    "</entry>",
];

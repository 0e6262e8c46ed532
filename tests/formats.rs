//! Files in the formats people keep articles in: Markdown notes, saved web
//! pages, feeds. What the reader and the commands show of realistic files
//! (tests/fixtures/formats, written for these tests in the shape of real
//! pages and feeds: menus, banners, scripts, comments), and hostile input.

mod common;

use liseuse::model::Article;
use liseuse::model::convert::{self, BlockKind, Format};
use liseuse::model::corpus::Limits;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats")
}

fn load(p: &Path) -> Vec<Article> {
    let (arts, skipped) =
        liseuse::model::loader::load_articles(&[p.to_path_buf()], Limits::default());
    assert!(skipped.is_empty(), "{skipped:?}");
    arts
}

fn by_title<'a>(arts: &'a [Article], title: &str) -> &'a Article {
    arts.iter()
        .find(|a| a.meta.title == title)
        .unwrap_or_else(|| panic!("no article titled {title:?} in {:?}", titles(arts)))
}

fn titles(arts: &[Article]) -> Vec<&str> {
    arts.iter().map(|a| a.meta.title.as_str()).collect()
}

fn blocks(a: &Article) -> Vec<(BlockKind, &str)> {
    (0..a.paragraphs.len())
        .map(|i| (a.block_kind(i), a.paragraph(i)))
        .collect()
}

fn liseuse(args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.success(),
    )
}

#[test]
fn a_folder_of_formats_opens_with_real_titles_authors_and_dates() {
    let arts = load(&fixtures());
    assert_eq!(
        titles(&arts),
        [
            "Alibaba en Russie : notes de lecture",
            "Le fisc britannique enquête sur Amazon",
            "Shipping firm Maersk warns of slowdown",
            "Webb telescope spots earliest galaxy",
            "NASA delays Artemis crewed landing to 2026",
            "La BCE relève ses taux de 0,25 point",
            "Renault va supprimer 2 000 postes en France",
        ]
    );
    let md = &arts[0];
    assert_eq!(md.meta.author.as_deref(), Some("Claire Martin"));
    assert_eq!(md.meta.date.as_deref(), Some("2021-03-04"));
    assert_eq!(md.meta.date_key, Some(20210304));
    assert_eq!(md.meta.tags, ["russie", "e-commerce"]);
    let page = &arts[1];
    assert_eq!(page.meta.author.as_deref(), Some("Julie Bernard"));
    assert_eq!(page.meta.source.as_deref(), Some("Le Quotidien du Soir"));
    assert_eq!(page.meta.date.as_deref(), Some("2023-05-12"));
    assert_eq!(
        page.meta.url.as_deref(),
        Some("https://quotidien.example/eco/2023/05/12/fisc-amazon")
    );
    let divs = &arts[2];
    assert_eq!(divs.meta.author.as_deref(), Some("Tom Hughes"));
    let atom = &arts[3];
    assert_eq!(atom.meta.author.as_deref(), Some("Priya Natarajan"));
    assert_eq!(atom.meta.source.as_deref(), Some("Science Desk"));
    assert_eq!(atom.meta.date_key, Some(20240119));
    assert_eq!(
        atom.rel,
        "science.atom#tag:science.example,2024:webb-galaxy"
    );
    assert_eq!(arts[5].rel, "wire.rss#agence-eco-2023-0915-bce");
    assert_eq!(arts[5].meta.tags, ["Banques centrales"]);
}

#[test]
fn saved_pages_show_their_story_only() {
    let arts = load(&fixtures());
    for (title, first, last) in [
        (
            "Le fisc britannique enquête sur Amazon",
            "L'administration fiscale britannique a ouvert une enquête",
            "s'est creusé de 40 % en cinq ans.",
        ),
        (
            "Shipping firm Maersk warns of slowdown",
            "COPENHAGEN — A.P. Moller-Maersk",
            "its logistics arm kept growing.",
        ),
    ] {
        let a = by_title(&arts, title);
        assert!(a.text.contains(first), "{}", a.text);
        assert!(a.text.trim_end().ends_with(last), "{}", a.text);
        for junk in [
            "cookies",
            "Accepter",
            "Politique",
            "Rechercher",
            "Partager",
            "À lire aussi",
            "Recevez chaque matin",
            "Commentaires",
            "Gégé75",
            "Les plus lus",
            "Mentions légales",
            "Tous droits réservés",
            "document.cookie",
            "dataLayer",
            "track()",
            "privacy",
            "Manage options",
            "Most read",
            "Share on",
            "Advertisement",
            "Copyright",
            "loadAds",
            "font-family",
        ] {
            assert!(!a.text.contains(junk), "{junk:?} in {title}:\n{}", a.text);
        }
    }
    let page = by_title(&arts, "Le fisc britannique enquête sur Amazon");
    let b = blocks(page);
    assert!(
        b.contains(&(BlockKind::Heading(2), "Une pratique ancienne")),
        "{b:?}"
    );
    assert!(
        b.iter()
            .any(|(k, t)| *k == BlockKind::Quote(1)
                && t.starts_with("« Nous payons tous les impôts")),
        "{b:?}"
    );
    // declared Windows-1252, decoded
    let divs = by_title(&arts, "Shipping firm Maersk warns of slowdown");
    assert!(divs.text.contains("Café Oscar"), "{}", divs.text);
    assert!(
        divs.text
            .contains("“We expect a normalisation of the market,”")
    );
}

#[test]
fn markdown_shows_structure_not_markup() {
    let arts = load(&fixtures());
    let md = &arts[0];
    for raw in ["**", "](", "| ---", "title:", "```", "https://"] {
        assert!(!md.text.contains(raw), "{raw:?} in {}", md.text);
    }
    let b = blocks(md);
    assert_eq!(b[0], (BlockKind::Heading(1), "Alibaba en Russie"));
    assert_eq!(b[2], (BlockKind::Heading(2), "Les chiffres"));
    assert_eq!(
        b[3],
        (
            BlockKind::ListItem(1),
            "• Alibaba détient 48 % de la coentreprise ;"
        )
    );
    assert_eq!(
        b[5],
        (BlockKind::ListItem(2), "1. dont une option d'achat ;")
    );
    assert!(
        b.iter()
            .any(|(k, t)| *k == BlockKind::Table && t.contains("Alibaba     │ 48 %"))
    );
    assert!(
        b.iter()
            .any(|(k, t)| *k == BlockKind::Code && *t == "liseuse filter 'alibaba russie' veille/")
    );
    let s = md.structure.as_ref().unwrap();
    let at = md.text.find("l'article de Reuters").unwrap() as u32;
    assert_eq!(
        s.link_at(at),
        Some("https://example.org/reuters/aliexpress")
    );
    // entities and the index see the display text: no URL host as an entity
    assert!(
        md.entities
            .iter()
            .all(|m| !md.canonical(m).contains("example.org"))
    );
}

#[test]
fn each_feed_item_is_an_article_and_scripts_stay_out() {
    let arts = load(&fixtures().join("wire.rss"));
    assert_eq!(arts.len(), 2);
    assert!(
        arts[0]
            .text
            .starts_with("La Banque centrale européenne a relevé jeudi")
    );
    assert!(!arts[0].text.contains("alert"), "{}", arts[0].text);
    assert_eq!(
        arts[1].meta.url.as_deref(),
        Some("https://agence.example/eco/renault-postes")
    );
    let atom = load(&fixtures().join("science.atom"));
    assert_eq!(atom.len(), 2);
    assert!(atom[1].text.starts_with("NASA said on Tuesday"));
}

#[test]
fn filter_fields_on_what_files_state() {
    let dir = fixtures();
    let d = dir.to_str().unwrap();
    let run = |q: &str| {
        let (out, err, ok) = liseuse(&["filter", q, d]);
        assert!(ok, "{err}");
        out.lines()
            .map(|l| l.rsplit('/').next().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(run("author:bernard"), ["page-article.html"]);
    assert_eq!(
        run("site:science"),
        [
            "science.atom#tag:science.example,2024:webb-galaxy",
            "science.atom#tag:science.example,2024:artemis-delay"
        ]
    );
    assert_eq!(
        run("url:renault"),
        ["wire.rss#agence-eco-2023-0916-renault"]
    );
    assert_eq!(run("published:2021"), ["note-obsidian.md"]);
    assert_eq!(
        run("published:2023-05..2023-09-14"),
        ["page-article.html", "wire.rss#agence-eco-2023-0915-bce"]
    );
    // page furniture and markup are not in the index
    assert!(run("cookies").is_empty());
    assert!(run("https").is_empty());
    assert!(run("dataLayer").is_empty());
    let (_, err, ok) = liseuse(&["filter", "published:mars", d]);
    assert!(!ok && err.contains("published:"), "{err}");
}

#[test]
fn standard_input_is_read_and_sniffed() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .args(["filter", "aliexpress", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let md = std::fs::read(fixtures().join("note-obsidian.md")).unwrap();
    child.stdin.take().unwrap().write_all(&md).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "-");
    assert_eq!(Format::sniff(&md), Format::Markdown);
    assert_eq!(Format::sniff(b"<!DOCTYPE html><html>"), Format::Html);
    assert_eq!(Format::sniff(b"<?xml version=\"1.0\"?><rss>"), Format::Feed);
    assert_eq!(Format::sniff(b"Just text."), Format::Text);
}

/// Converts within a time that shows the work is linear (generous: debug
/// builds on a loaded machine).
fn quickly<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let r = f();
    assert!(
        t.elapsed() < Duration::from_secs(20),
        "{what} took {:?}",
        t.elapsed()
    );
    r
}

#[test]
fn hostile_html_is_harmless() {
    let deep = |open: &str, close: &str, n: usize| {
        format!(
            "<html><body>{}<p>deep text, with commas, enough to count</p>{}</body></html>",
            open.repeat(n),
            close.repeat(n)
        )
    };
    for (name, page) in [
        ("divs", deep("<div>", "</div>", 100_000)),
        ("bold", deep("<b>", "</b>", 100_000)),
        ("lists", deep("<ul><li>", "</li></ul>", 50_000)),
        (
            "tables",
            deep("<table><tr><td>", "</td></tr></table>", 20_000),
        ),
        ("unclosed", "<div><span><a href=x>".repeat(50_000)),
    ] {
        let doc = quickly(name, || convert::html::convert_page(page.as_bytes()));
        if name != "unclosed" {
            assert!(doc.text.contains("deep text"), "{name}: {}", doc.text);
        }
    }
    let doc = convert::html::convert_page(
        b"<title>T&#27;[2J&#x1b;]0;x&#7;</title><p>Un &#27;[31mtexte&#27;[0m et <a href='javascript:alert(1)'>un lien</a> \xe9t\xe9 \xe2\x80\xae.</p>",
    );
    assert!(
        doc.text.chars().all(|c| !c.is_control() || c == '\n'),
        "{:?}",
        doc.text
    );
    assert!(!doc.text.contains('\u{202e}'));
    assert!(doc.meta.title.unwrap().chars().all(|c| !c.is_control()));
    assert!(
        doc.structure.unwrap().links.is_empty(),
        "a javascript: link is no link"
    );
    // invalid UTF-8 without a declared charset reads as Windows-1252
    assert!(doc.text.contains("été"), "{}", doc.text);
}

#[test]
fn hostile_markdown_and_feeds_are_harmless() {
    quickly("quotes", || {
        convert::markdown::convert(&format!("{} deep\n", ">".repeat(100_000)))
    });
    quickly("lists", || {
        convert::markdown::convert(
            &(0..3000)
                .map(|i| format!("{}- item\n", "  ".repeat(i)))
                .collect::<String>(),
        )
    });
    quickly("emphasis", || {
        convert::markdown::convert(&"*a **b ".repeat(50_000))
    });
    let bomb = r#"<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">]><rss version="2.0"><channel><title>&g;</title><item><title>&g;</title><description>&g;</description></item></channel></rss>"#;
    match quickly("bomb", || convert::convert(Format::Feed, bomb.as_bytes())) {
        Ok(docs) => assert!(docs.iter().all(|d| d.text.len() < 10_000)),
        Err(e) => assert!(e.0.starts_with("not a feed"), "{e:?}"),
    }
    let items: String = (0..100_000)
        .map(|i| format!("<item><title>Item {i}</title><guid>id-{i}</guid><description>Text {i}.</description></item>"))
        .collect();
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>{items}</channel></rss>"
    );
    let docs = quickly("100,000 items", || {
        convert::convert(Format::Feed, feed.as_bytes()).unwrap()
    });
    assert_eq!(docs.len(), 100_000);
    assert_eq!(docs[99_999].key.as_deref(), Some("id-99999"));
    // not a feed: a clear reason, the rest of the folder still loads
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("sitemap.xml"),
        "<urlset><url><loc>x</loc></url></urlset>",
    )
    .unwrap();
    std::fs::write(dir.path().join("ok.md"), "# Bonjour\n\nTexte.").unwrap();
    let (arts, skipped) =
        liseuse::model::loader::load_articles(&[dir.path().to_path_buf()], Limits::default());
    assert_eq!(arts.len(), 1);
    assert_eq!(skipped.len(), 1);
    assert!(
        skipped[0].reason.to_string().starts_with("not a feed"),
        "{}",
        skipped[0].reason
    );
}

/// Annotates `needle` in the article named `rel` of `dir`, saves, applies
/// `edit` to `file`, and returns the annotation's status and quote as
/// `liseuse annotations --format json` reports them.
fn annotate_then_edit(
    dir: &Path,
    rel: &str,
    needle: &str,
    file: &str,
    edit: impl Fn(&str) -> String,
) -> (String, String) {
    use liseuse::model::annotation::Annotation;
    use liseuse::model::store::Store;
    let arts = load(dir);
    let a = arts
        .iter()
        .find(|a| a.rel == rel)
        .unwrap_or_else(|| panic!("no {rel}"));
    let at = a
        .text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {}", a.text));
    let s = a.text[..at].chars().count();
    let e = s + needle.chars().count();
    let (mut st, mut set) = Store::open(dir.join(".liseuse-annotations.toml"));
    set.add(Annotation::highlight(rel, &a.text, s, e));
    st.save(&mut set).unwrap();
    let path = dir.join(file);
    let src = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(&src)).unwrap();
    let (out, err, ok) = liseuse(&["annotations", dir.to_str().unwrap(), "--format", "json"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let item = &v.as_array().unwrap()[0];
    (
        item["status"].as_str().unwrap().to_string(),
        item["quote"].as_str().unwrap_or_default().to_string(),
    )
}

#[test]
fn annotations_on_feed_items_and_pages_follow_edits() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["wire.rss", "page-article.html"] {
        std::fs::copy(fixtures().join(f), dir.path().join(f)).unwrap();
    }
    // a new item comes first in the feed, and the annotated one gains a sentence
    let (status, quote) = annotate_then_edit(
        dir.path(),
        "wire.rss#agence-eco-2023-0915-bce",
        "Christine Lagarde a laissé entendre",
        "wire.rss",
        |src| {
            src.replace(
                "<item>",
                "<item><title>Nouveau</title><guid>agence-new</guid><description>Tout nouveau.</description></item>\n<item>",
            )
            .replacen("<p>Christine", "<p>Une phrase de plus.</p><p>Christine", 1)
        },
    );
    assert_eq!(status, "moved");
    assert_eq!(quote, "Christine Lagarde a laissé entendre");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixtures().join("page-article.html"),
        dir.path().join("page-article.html"),
    )
    .unwrap();
    let (status, _) = annotate_then_edit(
        dir.path(),
        "page-article.html",
        "Tax Justice UK",
        "page-article.html",
        |src| {
            src.replace("<h2>Une pratique ancienne</h2>", "<h2>Une pratique ancienne</h2><p>Un paragraphe ajouté à la mise à jour de l'article.</p>")
        },
    );
    assert_eq!(status, "moved");
}

#[test]
fn keys_that_leave_for_the_source() {
    use liseuse::action::Action;
    use liseuse::update::{Effect, update};
    let dir = tempfile::tempdir().unwrap();
    for f in ["page-article.html", "note-obsidian.md"] {
        std::fs::copy(fixtures().join(f), dir.path().join(f)).unwrap();
    }
    let mut app = common::app_on(vec![dir.path().to_path_buf()], Limits::default());
    let mut term = common::terminal(120, 40);
    app.draw(&mut term).unwrap();
    // the list is sorted by path: the note first, then the page
    common::play(&mut app, &mut term, "j<Enter>");
    let page = app.state.view.reader.open.expect("an open article");
    assert_eq!(
        app.state.doc.article(page).meta.title,
        "Le fisc britannique enquête sur Amazon"
    );
    // o: the page's canonical address, handed over as it is
    assert_eq!(
        update(&mut app.state, Action::OpenSource),
        [Effect::OpenExternal(
            "https://quotidien.example/eco/2023/05/12/fisc-amazon".into()
        )]
    );
    // E: the file
    assert_eq!(
        update(&mut app.state, Action::EditSource),
        [Effect::EditArticle(page)]
    );
    // y: the paragraph under the cursor; off unless the config allows it
    let fx = update(&mut app.state, Action::Copy);
    assert!(
        matches!(&fx[..], [Effect::Copy(t)] if !t.is_empty()),
        "{fx:?}"
    );
    common::play(&mut app, &mut term, "y");
    assert!(common::screen(&term).contains("copying is off: add `clipboard = true`"));
    // the note: o on its link opens the link
    common::play(&mut app, &mut term, "<Esc>k<Enter>");
    let note = app.state.view.reader.open.unwrap();
    let text = &app.state.doc.article(note).text;
    let at = text.find("l'article de Reuters").unwrap() as u32;
    app.state.view.reader.cursor = Some(at + 3);
    app.draw(&mut term).unwrap();
    assert!(common::screen(&term).contains("→ https://example.org/reuters/aliexpress"));
    assert_eq!(
        update(&mut app.state, Action::OpenSource),
        [Effect::OpenExternal(
            "https://example.org/reuters/aliexpress".into()
        )]
    );
    // an edit on disk, then the reload E does after the editor
    let path = dir.path().join("note-obsidian.md");
    let src = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, src.replace("coentreprise", "joint-venture")).unwrap();
    assert_eq!(app.reload(&path).unwrap(), 1);
    let a = app.state.doc.article(note);
    assert!(a.text.contains("La joint-venture AliExpress Russia"));
    let c = app.state.view.reader.cursor.unwrap() as usize;
    assert!(a.text.is_char_boundary(c));
    app.draw(&mut term).unwrap();
    assert!(common::screen(&term).contains("La joint-venture AliExpress Russia"));
}

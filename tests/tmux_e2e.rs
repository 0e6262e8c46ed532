//! End-to-end runs of the real binary in tmux, as a person would use it:
//! start it, type, read the screen with `capture-pane`.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(name: &str, w: u16, h: u16, args: &str) -> Tmux {
        Tmux::start_with(name, w, h, "", args)
    }

    /// [`Tmux::start`] with `env` (`NAME=value …`) set for the binary.
    fn start_with(name: &str, w: u16, h: u16, env: &str, args: &str) -> Tmux {
        assert!(
            Command::new("tmux").arg("-V").output().is_ok(),
            "tmux is needed for the end-to-end tests (apt-get install tmux; .ci/run does it)"
        );
        let socket = format!("liseuse-{name}-{}", std::process::id());
        let cfg = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{socket}-cfg"));
        std::fs::create_dir_all(&cfg).unwrap();
        let bin = env!("CARGO_BIN_EXE_liseuse");
        let cmd = format!(
            "cd {} && XDG_CONFIG_HOME={} XDG_DATA_HOME={} XDG_STATE_HOME={} XDG_CACHE_HOME={} {env} {bin} {args}",
            env!("CARGO_MANIFEST_DIR"),
            cfg.display(),
            cfg.display(),
            cfg.display(),
            cfg.display()
        );
        let ok = Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null", "new-session", "-d"])
            .args(["-x", &w.to_string(), "-y", &h.to_string(), &cmd])
            .status()
            .unwrap()
            .success();
        assert!(ok, "tmux new-session failed");
        Tmux { socket }
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            Command::new("tmux")
                .args(["-L", &self.socket, "send-keys", "-t", "0", k])
                .status()
                .unwrap();
            sleep(Duration::from_millis(60));
        }
    }

    fn capture(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "capture-pane", "-p", "-t", "0"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until the screen contains `what` (or fails with the screen).
    fn wait_for(&self, what: &str) -> String {
        let t0 = Instant::now();
        loop {
            let s = self.capture();
            if s.contains(what) {
                return s;
            }
            if t0.elapsed() > Duration::from_secs(10) {
                panic!("screen never showed {what:?}:\n{s}");
            }
            sleep(Duration::from_millis(50));
        }
    }

    fn alive(&self) -> bool {
        Command::new("tmux")
            .args(["-L", &self.socket, "has-session"])
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

#[test]
fn open_move_filter_read_and_quit() {
    let t = Tmux::start("main", 120, 40, "seeds");
    let s = t.wait_for("5 articles");
    assert!(s.contains("La Russie crée un nouveau poids"), "{s}");
    assert!(s.contains("Alibaba : enfin un concurrent"), "{s}");
    t.keys(&["j", "j"]);
    let s = t.wait_for("Articles 3/5");
    assert!(s.contains("Articles 3/5"), "{s}");
    t.keys(&["/", "a", "l", "i", "b", "a", "b", "a"]);
    let s = t.wait_for("4/5");
    assert!(
        !s.contains("Le «Aldi du commerce"),
        "000 does not mention Alibaba:\n{s}"
    );
    t.keys(&["Enter", "g", "Enter"]);
    let s = t.wait_for("min · fr");
    assert!(s.contains("JOOM"), "the first match (001) is open:\n{s}");
    for line in s.lines() {
        assert!(
            !line.chars().any(|c| c.is_control()),
            "control char in {line:?}"
        );
    }
    t.keys(&["q"]);
    let t0 = Instant::now();
    while t.alive() && t0.elapsed() < Duration::from_secs(5) {
        sleep(Duration::from_millis(50));
    }
    assert!(!t.alive(), "q quits");
}

#[test]
fn small_and_large_terminals() {
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let t = Tmux::start(&format!("{w}x{h}"), w, h, "seeds");
        let s = t.wait_for("5 articles");
        for pane in ["Filter", "Articles", "Reader", "Entities"] {
            assert!(s.contains(pane), "{w}x{h}: no {pane} pane:\n{s}");
        }
        t.keys(&["Enter"]);
        let s = t.wait_for("min · fr");
        for line in s.lines() {
            let text = line.trim_start_matches(['│', '┃', ' ']);
            assert!(
                !text.starts_with([':', '»', ';', '!', '?']),
                "{w}x{h}: {line}"
            );
        }
    }
    let t = Tmux::start("tiny", 40, 8, "seeds");
    t.wait_for("terminal too small");
}

/// Waits for the program in the session to end (after `q`).
fn wait_exit(t: &Tmux) {
    let t0 = Instant::now();
    while t.alive() && t0.elapsed() < Duration::from_secs(5) {
        sleep(Duration::from_millis(50));
    }
    assert!(!t.alive(), "q quits");
}

/// A copy of the sample articles in `dir/corpus`.
fn seeds_copy(dir: &std::path::Path) -> std::path::PathBuf {
    let corpus = dir.join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for e in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds")).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, corpus.join(p.file_name().unwrap())).unwrap();
    }
    corpus
}

#[test]
fn annotate_quit_reopen_and_survive_an_edit() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = seeds_copy(dir.path());
    let arg = corpus.display().to_string();

    // select "Windhof" (third paragraph), annotate with a note and a tag
    let t = Tmux::start("annot1", 120, 40, &arg);
    t.wait_for("5 articles");
    t.keys(&["Enter", "}", "}"]);
    t.wait_for("Info Paperjam");
    let s = t.capture();
    assert!(s.contains("select"), "reader hints:\n{s}");
    for k in ["w"; 21] {
        t.keys(&[k]);
    }
    t.keys(&["v", "e", "a"]);
    let s = t.wait_for("New annotation");
    assert!(
        s.contains("“Windhof”"),
        "the selection is the word Windhof:\n{s}"
    );
    t.keys(&["-l", "note de test"]);
    t.keys(&["Tab", "-l", "luxembourg", "C-s"]);
    t.wait_for("annotation added");
    t.keys(&["q"]);
    wait_exit(&t);
    drop(t);
    let file = corpus.join(".liseuse-annotations.toml");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("quote = \"Windhof\""), "{saved}");
    assert!(saved.contains("note de test"), "{saved}");

    // again: the note is listed, exact, and the line is marked
    let t = Tmux::start("annot2", 120, 40, &arg);
    t.wait_for("5 articles");
    t.keys(&["A"]);
    let s = t.wait_for("Annotations · this article · 1");
    assert!(
        s.contains("exact") && s.contains("#luxembourg") && s.contains("note de test"),
        "{s}"
    );
    t.keys(&["Enter"]);
    let s = t.wait_for("Windhof");
    assert!(s.contains('▍'), "margin marker on the annotated line:\n{s}");
    t.keys(&["q"]);
    wait_exit(&t);
    drop(t);

    // insert a paragraph above the passage: it is found, moved
    let art = corpus.join("000_df083515a8b5fbdb.txt");
    let text = std::fs::read_to_string(&art).unwrap();
    std::fs::write(
        &art,
        format!("Un paragraphe ajouté en tête, pour déplacer le texte.\n\n{text}"),
    )
    .unwrap();
    let t = Tmux::start("annot3", 120, 40, &arg);
    t.wait_for("5 articles");
    t.keys(&["A"]);
    let s = t.wait_for("Annotations · this article · 1");
    assert!(s.contains("moved") && s.contains("“Windhof”"), "{s}");
    t.keys(&["Escape", "q"]);
    wait_exit(&t);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        saved,
        "reading never rewrites the file"
    );
}

/// Processes whose command line contains `needle` (from /proc).
fn processes_with(needle: &str) -> Vec<u32> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = e.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        if let Ok(cmd) = std::fs::read(e.path().join("cmdline"))
            && String::from_utf8_lossy(&cmd).contains(needle)
            && String::from_utf8_lossy(&cmd).contains("liseuse")
            && !String::from_utf8_lossy(&cmd).contains("tmux")
        {
            out.push(pid);
        }
    }
    out
}

#[test]
fn a_closed_terminal_ends_the_reader() {
    // Killing the tmux server hangs up the reader's terminal: it must exit
    // rather than live on as an orphan spinning on the dead tty.
    let marker = format!("hangup-{}.toml", std::process::id());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(&marker);
    let t = Tmux::start(
        "hangup",
        100,
        30,
        &format!("--annotations {} seeds", file.display()),
    );
    t.wait_for("Articles");
    assert!(!processes_with(&marker).is_empty(), "the reader is running");
    drop(t);
    let t0 = Instant::now();
    while !processes_with(&marker).is_empty() {
        assert!(
            t0.elapsed() < Duration::from_secs(8),
            "the reader outlived its terminal: pids {:?}",
            processes_with(&marker)
        );
        sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_folder_of_notes_pages_and_feeds_reads_as_articles() {
    let t = Tmux::start("formats", 140, 45, "tests/fixtures/formats");
    let s = t.wait_for("7 articles");
    // real titles, authors and sites in the list, a feed item per article
    for want in [
        "Alibaba en Russie : notes de lecture",
        "Claire Martin · Carnet de veille",
        "Le fisc britannique enquête sur Amazon",
        "Julie Bernard · Le Quotidien du Soir",
        "Shipping firm Maersk warns of slowdown",
        "Webb telescope spots earliest galaxy",
        "NASA delays Artemis crewed landing",
        "La BCE relève ses taux",
        "Renault va supprimer",
    ] {
        assert!(s.contains(want), "{want:?} not in the list:\n{s}");
    }
    // the Markdown note: bullets, nested numbers, a quote bar, an aligned table
    t.keys(&["Enter"]);
    let s = t.wait_for("Les chiffres");
    assert!(
        s.contains("• Alibaba détient 48 % de la coentreprise"),
        "{s}"
    );
    assert!(s.contains("  1. dont une option d'achat"), "{s}");
    assert!(s.contains("│ « Nous voulons créer"), "{s}");
    assert!(s.contains("Alibaba     │ 48 %"), "{s}");
    assert!(
        !s.contains("**") && !s.contains("](http"),
        "markup shown raw:\n{s}"
    );
    // the saved page: the story, no furniture
    t.keys(&["Escape", "j", "Enter"]);
    let s = t.wait_for("Une pratique ancienne");
    for junk in [
        "cookies",
        "Commentaires",
        "Les plus lus",
        "Partager",
        "Mentions",
    ] {
        assert!(!s.contains(junk), "{junk:?} on screen:\n{s}");
    }
    t.keys(&[
        "/", "a", "u", "t", "h", "o", "r", ":", "h", "u", "g", "h", "e", "s",
    ]);
    let s = t.wait_for("1/7");
    assert!(s.contains("Shipping firm Maersk"), "{s}");
    t.keys(&["Escape", "q"]);
}

/// Entity corrections in the real binary (issue 14, part 3): rename the
/// first entity of the sidebar and reject the next one, quit, reopen: both
/// hold, and `liseuse entities --json` reflects them.
#[test]
fn correct_entities_quit_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = seeds_copy(dir.path());
    let arg = corpus.display().to_string();
    // the selected entity's whole name, as the rename question shows it
    let selected = |t: &Tmux| -> String {
        t.keys(&["r"]);
        let s = t.wait_for("rename “");
        t.keys(&["Escape"]);
        let at = s.find("rename “").unwrap() + "rename “".len();
        s[at..].split('”').next().unwrap().to_string()
    };

    let t = Tmux::start("fix1", 120, 40, &arg);
    t.wait_for("5 articles");
    t.keys(&["Tab", "Tab"]);
    t.wait_for("not an entity");
    let first = selected(&t);
    t.keys(&["r"]);
    t.wait_for(&format!("rename “{first}” to"));
    t.keys(&["C-u", "-l", "Zed"]);
    t.keys(&["Enter"]);
    t.wait_for(&format!("“{first}” renamed “Zed”"));
    t.keys(&["j"]);
    let second = selected(&t);
    assert_ne!(second, "Zed");
    t.keys(&["d"]);
    t.wait_for(&format!("“{second}” is not an entity"));
    t.keys(&["q"]);
    wait_exit(&t);
    drop(t);
    let file = std::fs::read_to_string(corpus.join(".liseuse-entities.toml")).unwrap();
    assert!(
        file.contains("action = \"rename\"") && file.contains("to = \"Zed\""),
        "{file}"
    );
    assert!(file.contains("action = \"reject\""), "{file}");

    // reopen: the renamed entity is listed, marked; the rejected one is not
    let t = Tmux::start("fix2", 120, 40, &arg);
    t.wait_for("5 articles");
    t.keys(&["Tab", "Tab"]);
    let s = t.wait_for("✎ Zed");
    let sidebar: String = s
        .lines()
        .filter_map(|l| l.rsplit('│').nth(1).or_else(|| l.rsplit('┃').nth(1)))
        .collect::<Vec<_>>()
        .join("\n");
    // (the column is narrow: compare the start of the name)
    let head: String = second.chars().take(10).collect();
    assert!(
        !sidebar.lines().any(|l| l.trim_start().starts_with(&head)),
        "{second} still listed:\n{s}"
    );
    t.keys(&["q"]);
    wait_exit(&t);

    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        .args(["entities", "--json"])
        .arg(&corpus)
        .env("XDG_CACHE_HOME", dir.path().join("cache"))
        .output()
        .unwrap();
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(
        json.lines()
            .any(|l| l.contains("\"canonical\":\"Zed\"") && l.contains("\"correction\":\"rename\"")),
        "{json}"
    );
    assert!(
        !json.contains(&format!("\"canonical\":\"{second}\"")),
        "{second} still found"
    );
}

/// A bug in the entity rules on one article (forced here by the test-only
/// `LISEUSE_TEST_ENTITY_PANIC`) costs that article its entities, not the
/// reader: the screen stays whole, both articles are listed, the status
/// line says what happened, the other article keeps its entities, and the
/// printing command says it too and still succeeds.
#[test]
fn a_bug_in_the_entity_rules_costs_one_article_its_entities() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("entity-panic-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "Premier titre\n\nLe groupe Zentrix a vu Jean Dupont à Paris. BOOMBUG\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Second titre\n\nMarie Curie est née à Varsovie en 1867.\n",
    )
    .unwrap();
    let t = Tmux::start_with(
        "entpanic",
        120,
        30,
        "LISEUSE_TEST_ENTITY_PANIC=BOOMBUG",
        &dir.display().to_string(),
    );
    let s = t.wait_for("could not be read");
    assert!(
        s.contains("the entities of 1 article could not be read"),
        "{s}"
    );
    assert!(
        s.contains("Premier titre") && s.contains("Second titre"),
        "{s}"
    );
    assert!(s.contains("No entities found."), "{s}");
    // the reader still answers: the next article's entities
    t.keys(&["j"]);
    let s = t.wait_for("Varsovie");
    assert!(s.contains("Marie Curie"), "{s}");
    assert!(t.alive());
    t.keys(&["q"]);

    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        .args(["entities", "--no-cache"])
        .arg(&dir)
        .env("LISEUSE_TEST_ENTITY_PANIC", "BOOMBUG")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains("Marie Curie") && !stdout.contains("Zentrix"),
        "{stdout}"
    );
    assert!(
        stderr.contains("the entities of 1 article could not be read (internal error"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked at"), "{stderr}");
}

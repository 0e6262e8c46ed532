//! The analysis cache (issue 13, parts 1, 2 and 5) through the real
//! binary: invalidation (edit, same-size edit in the same second, rename,
//! delete, add), a damaged cache rebuilt with correct results, two
//! instances at once, `--no-cache`, `liseuse cache` and `--clear`.
//! Every test has its own cache folder (XDG_CACHE_HOME).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Env {
    _dir: tempfile::TempDir,
    corpus: PathBuf,
    cache_home: PathBuf,
}

impl Env {
    /// A corpus folder with `files` (name, content) and an empty cache.
    fn new(files: &[(&str, &str)]) -> Env {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        let cache_home = dir.path().join("cache");
        fs::create_dir_all(&corpus).unwrap();
        for (name, text) in files {
            fs::write(corpus.join(name), text).unwrap();
        }
        Env {
            _dir: dir,
            corpus,
            cache_home,
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_liseuse"))
            .args(args)
            .env("XDG_CACHE_HOME", &self.cache_home)
            .env_remove("XDG_STATE_HOME")
            .env("HOME", self.cache_home.parent().unwrap())
            .output()
            .unwrap()
    }

    /// The article names `filter QUERY` prints (relative to the corpus),
    /// and its stderr.
    fn filter(&self, query: &str, extra: &[&str]) -> (Vec<String>, String) {
        let corpus = self.corpus.display().to_string();
        let mut args = vec!["filter", query, &corpus];
        args.extend_from_slice(extra);
        let out = self.run(&args);
        assert!(out.status.success(), "{out:?}");
        let mut names: Vec<String> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                Path::new(l)
                    .strip_prefix(&self.corpus)
                    .unwrap()
                    .display()
                    .to_string()
            })
            .collect();
        names.sort();
        (names, String::from_utf8(out.stderr).unwrap())
    }

    /// (files from the cache, files analysed, articles) of a `stats` run.
    fn stats(&self) -> (u64, u64, u64) {
        let corpus = self.corpus.display().to_string();
        let out = self.run(&["stats", "--json", "--timings", &corpus]);
        assert!(out.status.success(), "{out:?}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        (
            v["cache"]["reused"].as_u64().unwrap(),
            v["cache"]["analysed"].as_u64().unwrap(),
            v["articles"].as_u64().unwrap(),
        )
    }

    /// The corpus's cache file (there is one).
    fn cache_file(&self) -> PathBuf {
        let files: Vec<PathBuf> = fs::read_dir(self.cache_home.join("liseuse"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "cache"))
            .collect();
        assert_eq!(files.len(), 1, "{files:?}");
        files[0].clone()
    }

    /// The stored index beside the cache file (there may be none).
    fn index_file(&self) -> PathBuf {
        self.cache_file().with_extension("index")
    }

    /// Sets every corpus file's modification time an hour back, as files
    /// written before today's start: their cache entries are not racy.
    fn backdate(&self) {
        let past = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for e in fs::read_dir(&self.corpus).unwrap() {
            let p = e.unwrap().path();
            if p.is_file() {
                let f = fs::File::options().write(true).open(&p).unwrap();
                f.set_modified(past).unwrap();
            }
        }
        // the folder too: a listing taken in the tick it changed is
        // stored again once it can be trusted
        fs::File::open(&self.corpus)
            .unwrap()
            .set_modified(past)
            .unwrap();
    }

    /// `entities` on the corpus: every mention, one a line.
    fn entities(&self, extra: &[&str]) -> String {
        let corpus = self.corpus.display().to_string();
        let mut args = vec!["entities", &corpus];
        args.extend_from_slice(extra);
        let out = self.run(&args);
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    }
}

const A: &str = "Alpha\n\nAlibaba opened an office in Paris on 3 March 2021.\n";
const B: &str = "Bravo\n\nAmazon and Jeff Bezos spent 12 million dollars.\n";
const C: &str = "Charlie\n\nLe groupe Carrefour vend à Lyon pour 5 %.\n";

fn three() -> Env {
    Env::new(&[("a.txt", A), ("b.txt", B), ("c.txt", C)])
}

#[test]
fn unchanged_files_come_from_the_cache_with_the_same_results() {
    let mut files: Vec<(String, String)> =
        fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds"))
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                (
                    e.file_name().to_string_lossy().into_owned(),
                    fs::read_to_string(e.path()).unwrap(),
                )
            })
            .collect();
    // converted formats keep their text in the cache: they must round-trip
    files.push((
        "page.md".into(),
        "---\ntitle: Une page\nauthor: Moi\n---\n# Titre\n\nAlibaba à *Paris*, [lien](http://x.y).\n\n- un\n- deux\n".into(),
    ));
    files.push((
        "page.html".into(),
        "<html><head><title>Web</title></head><body><h1>Web</h1><p>Jeff Bezos à Londres le 2 mai 2020.</p></body></html>".into(),
    ));
    let named: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let env = Env::new(&named);
    let fresh = env.entities(&["--no-cache"]);
    assert!(
        !env.cache_home.join("liseuse").exists(),
        "--no-cache wrote a cache"
    );
    let first = env.entities(&[]);
    assert_eq!(first, fresh);
    assert_eq!(env.stats(), (7, 0, 7), "second load: all from the cache");
    let again = env.entities(&[]);
    assert_eq!(again, fresh, "entities from the cache differ");
    // and the rule that found each mention (rules are numbered per process)
    let json = env.entities(&["--json"]);
    assert!(!json.contains("\"rule\":\"?\""), "{json}");
    assert_eq!(json, env.entities(&["--json", "--no-cache"]));
    assert!(fresh.lines().count() > 20);
    let (hits, _) = env.filter("alibaba", &[]);
    assert_eq!(hits.len(), 5, "{hits:?}");
    for q in [
        "title:page OR title:web",
        "paris",
        "person:bezos",
        "lang:fr",
    ] {
        let cached = env.filter(q, &[]).0;
        assert_eq!(cached, env.filter(q, &["--no-cache"]).0, "{q}");
        assert!(!cached.is_empty(), "{q}");
    }
    assert_eq!(
        env.filter("title:page OR title:web", &[]).0,
        ["page.html", "page.md"]
    );
}

#[test]
fn edit_rename_delete_and_add_are_seen() {
    let env = three();
    assert_eq!(env.stats(), (0, 3, 3));
    assert_eq!(env.stats(), (3, 0, 3));
    // edit (another size)
    fs::write(env.corpus.join("a.txt"), format!("{A}Zebra crossing.\n")).unwrap();
    assert_eq!(env.filter("zebra", &[]).0, ["a.txt"]);
    assert_eq!(env.stats(), (3, 0, 3));
    // rename
    fs::rename(env.corpus.join("b.txt"), env.corpus.join("d.txt")).unwrap();
    assert_eq!(env.filter("amazon", &[]).0, ["d.txt"]);
    // delete
    fs::remove_file(env.corpus.join("c.txt")).unwrap();
    assert_eq!(env.filter("carrefour", &[]).0, Vec::<String>::new());
    assert_eq!(env.stats(), (2, 0, 2));
    // add
    fs::write(env.corpus.join("e.txt"), "Echo\n\nCarrefour again.\n").unwrap();
    assert_eq!(env.filter("carrefour", &[]).0, ["e.txt"]);
    assert_eq!(env.stats(), (3, 0, 3));
}

/// git's "racy" case: an edit that keeps the size and the modification
/// time (same second, or a coarse file system) must still be seen.
#[test]
fn same_size_edit_in_the_same_tick_is_seen() {
    for name in ["a.txt", "a.md"] {
        let env = Env::new(&[(name, "Title\n\nThe walrus sings.\n")]);
        assert_eq!(env.filter("walrus", &[]).0, [name]);
        let path = env.corpus.join(name);
        let before = fs::metadata(&path).unwrap();
        // same size, same inode, same mtime
        fs::write(
            &path,
            "Title\n\nThe pelican sings\n"
                .replace("pelican", "penguin")
                .replace("sings\n", "sings."),
        )
        .unwrap();
        let f = fs::File::options().write(true).open(&path).unwrap();
        f.set_modified(before.modified().unwrap()).unwrap();
        drop(f);
        let after = fs::metadata(&path).unwrap();
        assert_eq!(
            after.len(),
            before.len(),
            "{name}: the test needs the same size"
        );
        assert_eq!(after.modified().unwrap(), before.modified().unwrap());
        assert_eq!(
            env.filter("penguin", &[]).0,
            [name],
            "{name}: edit not seen"
        );
        assert_eq!(env.filter("walrus", &[]).0, Vec::<String>::new(), "{name}");
    }
}

/// Damages the cache file in `how`, loads again: the results are right,
/// one line says the cache was rebuilt and why, and the cache works
/// again afterwards.
fn damaged(how: impl Fn(&Path), why: &str) {
    let env = three();
    let want = env.filter("alibaba OR amazon", &[]).0;
    assert_eq!(want, ["a.txt", "b.txt"]);
    let file = env.cache_file();
    how(&file);
    let (got, err) = env.filter("alibaba OR amazon", &[]);
    assert_eq!(got, want, "{why}");
    assert_eq!(
        err.lines().filter(|l| l.contains("cache rebuilt")).count(),
        1,
        "{why}: {err}"
    );
    assert!(err.contains(&format!("cache rebuilt: {why}")), "{err}");
    assert_eq!(env.stats(), (3, 0, 3), "{why}: not rebuilt");
    let (_, err) = env.filter("alibaba", &[]);
    assert!(!err.contains("cache"), "{err}");
}

#[test]
fn truncated_cache_is_rebuilt() {
    damaged(
        |f| {
            let len = fs::metadata(f).unwrap().len();
            fs::File::options()
                .write(true)
                .open(f)
                .unwrap()
                .set_len(len / 2)
                .unwrap();
        },
        "truncated",
    );
    damaged(|f| fs::write(f, b"LISE").unwrap(), "truncated");
}

#[test]
fn corrupt_cache_is_rebuilt() {
    damaged(
        |f| {
            let mut b = fs::read(f).unwrap();
            let n = b.len();
            b[n - 10] ^= 0x55;
            fs::write(f, b).unwrap();
        },
        "corrupt",
    );
    damaged(
        |f| fs::write(f, "not a cache at all").unwrap(),
        "not a liseuse cache",
    );
    damaged(|f| fs::write(f, "").unwrap(), "truncated");
}

#[test]
fn cache_of_another_version_is_rebuilt() {
    damaged(
        |f| {
            let mut b = fs::read(f).unwrap();
            // the format version follows the 8-byte magic
            b[8] = b[8].wrapping_add(1);
            fs::write(f, b).unwrap();
        },
        "written by another version",
    );
    damaged(
        |f| {
            let mut b = fs::read(f).unwrap();
            // the stamp: "liseuse <version> ..."
            let at = b.windows(8).position(|w| w == b"liseuse ").unwrap();
            b[at + 8] = b'9';
            fs::write(f, b).unwrap();
        },
        "written by another version",
    );
}

/// A writer killed before its rename leaves a temporary file: it is never
/// read, and `liseuse cache` shows it.
#[test]
fn file_left_by_a_killed_writer_is_ignored() {
    let env = three();
    let want = env.filter("alibaba", &[]).0;
    let file = env.cache_file();
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let bytes = fs::read(&file).unwrap();
    let temp = file.with_file_name(format!(".{name}.99999.1.0.tmp"));
    fs::write(&temp, &bytes[..bytes.len() / 3]).unwrap();
    fs::remove_file(&file).unwrap();
    let (got, err) = env.filter("alibaba", &[]);
    assert_eq!(got, want);
    assert!(!err.contains("cache"), "{err}");
    let out = env.run(&["cache"]);
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(shown.contains("left by an interrupted write"), "{shown}");
    assert_eq!(env.stats(), (3, 0, 3));
}

#[test]
fn two_instances_at_once_never_corrupt_it() {
    let files: Vec<(String, String)> = (0..300)
        .map(|i| {
            (
                format!("f{i:03}.txt"),
                format!("Article {i}\n\nAlibaba number {i} in Paris.\n"),
            )
        })
        .collect();
    let named: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let env = Env::new(&named);
    let corpus = env.corpus.display().to_string();
    for round in 0..3 {
        // a changed file each round, so that every instance writes
        fs::write(
            env.corpus.join("f000.txt"),
            format!("Round {round}\n\nAlibaba.\n"),
        )
        .unwrap();
        let children: Vec<_> = (0..4)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_liseuse"))
                    .args(["filter", "alibaba", &corpus])
                    .env("XDG_CACHE_HOME", &env.cache_home)
                    .output()
            })
            .collect();
        for c in children {
            let out = c.unwrap();
            assert!(out.status.success());
            assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 300);
            let err = String::from_utf8(out.stderr).unwrap();
            assert!(!err.contains("rebuilt"), "round {round}: {err}");
        }
    }
    // threads: really at the same time
    std::thread::scope(|s| {
        let hs: Vec<_> = (0..4)
            .map(|i| {
                let env = &env;
                s.spawn(move || {
                    fs::write(
                        env.corpus.join(format!("f{:03}.txt", 100 + i)),
                        format!("X{i}\n\nAlibaba.\n"),
                    )
                    .unwrap();
                    env.filter("alibaba", &[])
                })
            })
            .collect();
        for h in hs {
            let (names, err) = h.join().unwrap();
            assert_eq!(names.len(), 300);
            assert!(!err.contains("rebuilt"), "{err}");
        }
    });
    let (reused, analysed, n) = env.stats();
    assert_eq!(n, 300);
    assert_eq!(reused + analysed, 300);
    let (_, err) = env.filter("alibaba", &[]);
    assert!(!err.contains("rebuilt"), "{err}");
}

#[test]
fn no_cache_neither_reads_nor_writes() {
    let env = three();
    env.filter("alibaba", &["--no-cache"]);
    assert!(!env.cache_home.join("liseuse").exists());
    env.filter("alibaba", &[]);
    let file = env.cache_file();
    fs::write(&file, "junk").unwrap();
    let (got, err) = env.filter("alibaba", &["--no-cache"]);
    assert_eq!(got, ["a.txt"]);
    assert!(!err.contains("cache"), "{err}");
    assert_eq!(fs::read(&file).unwrap(), b"junk");
}

#[test]
fn cache_command_shows_and_clears() {
    let env = three();
    let out = env.run(&["cache"]);
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(shown.contains("no cache files"), "{shown}");
    env.filter("alibaba", &[]);
    let file = env.cache_file();
    let size = fs::metadata(&file).unwrap().len();
    let corpus = env.corpus.display().to_string();
    for args in [vec!["cache"], vec!["cache", corpus.as_str()]] {
        let out = env.run(&args);
        assert!(out.status.success());
        let shown = String::from_utf8(out.stdout).unwrap();
        assert!(shown.contains(&file.display().to_string()), "{shown}");
        assert!(
            shown.contains(&format!("{size} B")) || shown.contains("KB"),
            "{shown}"
        );
        let canonical = fs::canonicalize(&env.corpus).unwrap();
        assert!(shown.contains(&canonical.display().to_string()), "{shown}");
    }
    let out = env.run(&["cache", "--clear"]);
    assert!(out.status.success());
    let said = String::from_utf8(out.stdout).unwrap();
    // the cache file and the index stored beside it
    assert!(said.starts_with("removed 2 cache files"), "{said}");
    assert!(!file.exists());
    assert!(!file.with_extension("index").exists());
    // rebuilt silently next time (no cache is not a damaged cache)
    let (got, err) = env.filter("alibaba", &[]);
    assert_eq!(got, ["a.txt"]);
    assert!(err.is_empty(), "{err}");
    assert!(file.exists());
}

/// The reader (`replay` runs the real app) says in its status line why a
/// cache was rebuilt, and how many files were analysed when some changed.
#[test]
fn reader_status_line_says_what_the_cache_did() {
    let env = three();
    let corpus = env.corpus.display().to_string();
    let screen = |env: &Env| {
        let out = env.run(&["replay", "--keys", "", "--size", "140x20", &corpus]);
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let first = screen(&env);
    assert!(!first.contains("cache"), "{first}");
    let file = env.cache_file();
    let mut b = fs::read(&file).unwrap();
    let n = b.len();
    b[n - 3] ^= 1;
    fs::write(&file, b).unwrap();
    let rebuilt = screen(&env);
    assert_eq!(
        rebuilt.matches("cache rebuilt: corrupt").count(),
        1,
        "{rebuilt}"
    );
    fs::write(env.corpus.join("b.txt"), format!("{B}More.\n")).unwrap();
    let changed = screen(&env);
    assert!(
        changed.contains("cache: 1 analysed, 2 from cache, 0 gone"),
        "{changed}"
    );
    let same = screen(&env);
    assert!(!same.contains("cache"), "{same}");
}

/// What `filter` gives for some queries (words, prefixes, phrases,
/// entity fields, titles, negation).
fn answers(env: &Env, extra: &[&str]) -> Vec<Vec<String>> {
    [
        "alibaba",
        "al",
        "a",
        "\"opened an office\"",
        "org:amazon",
        "place:lyon",
        "person:bezos",
        "title:bravo",
        "-paris",
        "zanzibar",
    ]
    .iter()
    .map(|q| env.filter(q, extra).0)
    .collect()
}

/// A corpus that did not change is filtered from the index stored beside
/// its cache (not built again, not written again), with the answers a
/// fresh analysis gives; an edit, an addition or a deletion is seen, and
/// the stored index follows.
#[test]
fn an_unchanged_corpus_is_filtered_from_its_stored_index() {
    let env = three();
    env.backdate();
    let fresh = answers(&env, &["--no-cache"]);
    assert_eq!(fresh[0], ["a.txt"]);
    assert_eq!(fresh[6], ["b.txt"], "person:bezos");
    env.filter("alibaba", &[]);
    let index = env.index_file();
    let stored = fs::read(&index).expect("an index is stored after the first load");
    let when = fs::metadata(&index).unwrap().modified().unwrap();
    assert_eq!(answers(&env, &[]), fresh);
    assert_eq!(fs::read(&index).unwrap(), stored, "used, not rebuilt");
    assert_eq!(fs::metadata(&index).unwrap().modified().unwrap(), when);

    // an edit: the new words are found, the old ones gone
    fs::write(
        env.corpus.join("b.txt"),
        "Bravo\n\nZanzibar and Tanzania traded.\n",
    )
    .unwrap();
    env.backdate();
    let (got, _) = env.filter("zanzibar", &[]);
    assert_eq!(got, ["b.txt"]);
    assert_eq!(env.filter("person:bezos", &[]).0, Vec::<String>::new());
    assert_ne!(fs::read(&index).unwrap(), stored, "stored again");
    let after_edit = answers(&env, &["--no-cache"]);
    assert_eq!(answers(&env, &[]), after_edit);

    // an addition and a deletion
    fs::write(
        env.corpus.join("d.txt"),
        "Delta\n\nAlibaba again, in Zanzibar.\n",
    )
    .unwrap();
    fs::remove_file(env.corpus.join("c.txt")).unwrap();
    env.backdate();
    assert_eq!(env.filter("zanzibar", &[]).0, ["b.txt", "d.txt"]);
    assert_eq!(env.filter("place:lyon", &[]).0, Vec::<String>::new());
    assert_eq!(answers(&env, &[]), answers(&env, &["--no-cache"]));
}

/// A damaged stored index is never used: one line says so, the answers
/// are right, and a good one is stored again.
#[test]
fn a_damaged_stored_index_is_rebuilt_with_one_line() {
    let env = three();
    env.backdate();
    let fresh = answers(&env, &["--no-cache"]);
    env.filter("alibaba", &[]);
    let index = env.index_file();
    let good = fs::read(&index).unwrap();
    let mut bad = good.clone();
    let last = bad.len() - 1;
    bad[last] ^= 0x5a;
    for (damage, why) in [
        (bad, "corrupt"),
        (good[..good.len() / 2].to_vec(), "truncated"),
    ] {
        fs::write(&index, &damage).unwrap();
        let (got, err) = env.filter("alibaba", &[]);
        assert_eq!(got, ["a.txt"]);
        assert!(
            err.contains(&format!("stored index rebuilt: {why}")),
            "{err}"
        );
        assert_eq!(err.lines().count(), 1, "{err}");
        assert_eq!(answers(&env, &[]), fresh);
        // stored again (as the good one but for when its listing started),
        // and used as it is from then on
        let again = fs::read(&index).unwrap();
        assert_eq!(again.len(), good.len(), "stored again");
        assert_eq!(answers(&env, &[]), fresh);
        assert_eq!(fs::read(&index).unwrap(), again, "used, not rebuilt");
    }
}

/// The stored index holds the entities as corrected: with other
/// corrections than the ones it was built with, the articles they touch
/// are corrected again and its entity parts follow, both ways.
#[test]
fn a_stored_index_follows_other_corrections() {
    let env = three();
    env.backdate();
    env.filter("alibaba", &[]);
    assert_eq!(env.filter("person:bezos", &[]).0, ["b.txt"]);
    fs::write(
        env.corpus.join(".liseuse-entities.toml"),
        "schema_version = 1\n[[correction]]\naction = \"reject\"\nkind = \"person\"\nname = \"Jeff Bezos\"\n",
    )
    .unwrap();
    assert_eq!(env.filter("person:bezos", &[]).0, Vec::<String>::new());
    assert_eq!(env.filter("person:bezos", &[]).0, Vec::<String>::new());
    fs::remove_file(env.corpus.join(".liseuse-entities.toml")).unwrap();
    assert_eq!(env.filter("person:bezos", &[]).0, ["b.txt"]);
    // a rename: found under the new name, from the stored index too
    fs::write(
        env.corpus.join(".liseuse-entities.toml"),
        "schema_version = 1\n[[correction]]\naction = \"rename\"\nkind = \"person\"\nname = \"Jeff Bezos\"\nto = \"Jeffrey Preston Bezos\"\n",
    )
    .unwrap();
    for _ in 0..2 {
        assert_eq!(env.filter("person:preston", &[]).0, ["b.txt"]);
        assert_eq!(
            env.filter("person:jeff", &[]).0,
            ["b.txt"],
            "prefix of Jeffrey"
        );
    }
}

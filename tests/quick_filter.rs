//! `liseuse filter` on an unchanged corpus answers from the stored index
//! alone (issue 13, part 2: "should need the index, not a re-read of every
//! article"). The library's answer is checked against a fresh analysis by
//! the real binary, for every format (a feed's items included), and it
//! must step aside (`None`, the long way) whenever it cannot be sure: a
//! file touched, added, removed or renamed, a file read in the tick it was
//! modified ("racy git"), other entity corrections, a query the index
//! alone cannot answer.
//!
//! One test in this file: it sets `XDG_CACHE_HOME` for the process. The
//! binary (`--no-cache`) gives the reference answers; the cache is written
//! by this process (a cache is only read by the build that wrote it).

use liseuse::model::cache::quick::{self, Hit};
use liseuse::model::corpus::Limits;
use liseuse::model::corrections::Corrections;
use liseuse::model::query;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

const FORMATS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/formats");

struct Env {
    _dir: tempfile::TempDir,
    corpus: PathBuf,
    cache_home: PathBuf,
}

impl Env {
    /// What the binary prints for `filter QUERY CORPUS extra…`.
    fn binary(&self, q: &str, extra: &[&str]) -> Vec<String> {
        let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
            .arg("filter")
            .arg(q)
            .arg(&self.corpus)
            .args(extra)
            .env("XDG_CACHE_HOME", &self.cache_home)
            .env_remove("XDG_STATE_HOME")
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect()
    }

    /// A load through the cache, as the reader's (the stored index is
    /// written by this process: a cache is for the build that wrote it).
    fn load(&self) {
        let paths = std::slice::from_ref(&self.corpus);
        liseuse::model::loader::load_document_with(
            paths,
            Limits::default(),
            liseuse::model::cache::Session::open(paths, true),
            &Corrections::default(),
        );
        liseuse::model::cache::wait_for_writes();
    }

    /// The library's answer from the stored index.
    fn answer(&self, q: &str) -> Option<quick::Answer> {
        quick::filter(
            std::slice::from_ref(&self.corpus),
            Limits::default(),
            &query::parse(q).unwrap(),
            &Corrections::default(),
        )
    }

    /// The library's answer from the stored index, as the binary prints it.
    fn quick(&self, q: &str) -> Option<Vec<String>> {
        Some(self.answer(q)?.hits.iter().map(printed).collect())
    }

    /// Whether the library's answer listed the folders again.
    fn relisted(&self, q: &str) -> Option<bool> {
        Some(self.answer(q)?.relisted)
    }

    /// Sets every file's and folder's modification time an hour back
    /// (written before the day's first start: their entries are not
    /// racy, and a stored listing of the folders stands).
    fn backdate(&self) {
        let past = SystemTime::now() - Duration::from_secs(3600);
        for e in walk(&self.corpus) {
            let f = fs::File::options().write(true).open(&e).unwrap();
            f.set_modified(past).unwrap();
        }
        for d in folders(&self.corpus) {
            fs::File::open(&d).unwrap().set_modified(past).unwrap();
        }
    }
}

fn printed(h: Hit) -> String {
    match &h.item {
        Some(id) => format!("{}#{id}", h.path.display()),
        None => h.path.display().to_string(),
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn folders(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(folders(&p));
        }
    }
    out
}

const QUERIES: [&str; 10] = [
    "alibaba",
    "al",
    "-alibaba",
    "org:amazon|carrefour place:lyon|paris",
    "title:bravo",
    "file:sub",
    "person:bezos -zanzibar",
    "zanzibar",
    "lang:en",
    "lang:fr -alibaba",
];

#[test]
fn an_unchanged_corpus_is_filtered_from_its_stored_index_alone() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let cache_home = dir.path().join("cache");
    // SAFETY: the only test of this binary; set before any thread reads it
    unsafe { std::env::set_var("XDG_CACHE_HOME", &cache_home) };
    fs::create_dir_all(corpus.join("sub")).unwrap();
    for (name, text) in [
        (
            "a.txt",
            "Alpha\n\nAlibaba opened an office in Paris on 3 March 2021.\n",
        ),
        (
            "b.txt",
            "Bravo\n\nAmazon and Jeff Bezos spent 12 million dollars.\n",
        ),
        (
            "sub/c.txt",
            "Charlie\n\nLe groupe Carrefour vend à Lyon pour 5 %.\n",
        ),
    ] {
        fs::write(corpus.join(name), text).unwrap();
    }
    for f in ["note-obsidian.md", "page-article.html", "wire.rss"] {
        fs::copy(Path::new(FORMATS).join(f), corpus.join(f)).unwrap();
    }
    let env = Env {
        _dir: dir,
        corpus,
        cache_home,
    };
    env.backdate();
    assert_eq!(env.quick("alibaba"), None, "no stored index yet");
    let fresh: Vec<Vec<String>> = QUERIES
        .iter()
        .map(|q| env.binary(q, &["--no-cache"]))
        .collect();
    assert!(fresh[0].iter().any(|p| p.ends_with("a.txt")), "{fresh:?}");
    assert!(
        fresh[2].iter().any(|p| p.contains("wire.rss#")),
        "{fresh:?}"
    );
    // the first load stores the index; from then on it answers alone
    env.load();
    for (q, want) in QUERIES.iter().zip(&fresh) {
        assert_eq!(env.quick(q).as_ref(), Some(want), "{q}");
    }
    // the folders, unchanged, were not listed again
    assert_eq!(env.relisted("alibaba"), Some(false));
    // a file that is no article added: its folder changed, so the folders
    // are listed again (and the answer is the same); the next load stores
    // the new listing
    fs::write(env.corpus.join("sub/notes.csv"), "a,b\n").unwrap();
    assert_eq!(env.relisted("alibaba"), Some(true));
    assert_eq!(env.quick("alibaba").as_ref(), Some(&fresh[0]));
    env.backdate();
    env.load();
    assert_eq!(env.relisted("alibaba"), Some(false));
    // the same folder given otherwise spells its paths otherwise: listed
    // again, and printed as given
    let spelled = env.corpus.join(".");
    let answer = quick::filter(
        std::slice::from_ref(&spelled),
        Limits::default(),
        &query::parse("alibaba").unwrap(),
        &Corrections::default(),
    )
    .expect("answered");
    assert!(answer.relisted);
    assert!(
        !answer.hits.is_empty() && answer.hits.iter().all(|h| h.path.starts_with(&spelled)),
        "{:?}",
        answer.hits
    );
    // queries the index alone cannot answer go the long way
    for q in ["\"opened an office\"", "has:note", "is:unread", "author:x"] {
        assert_eq!(env.quick(q), None, "{q}");
    }
    // other corrections than the stored index was built with
    let other = Corrections::new([liseuse::model::corrections::Correction::new(
        liseuse::model::corrections::Action::Reject,
        liseuse::model::EntityKind::Person,
        "Jeff Bezos",
    )]);
    let q = query::parse("alibaba").unwrap();
    assert_eq!(
        quick::filter(
            std::slice::from_ref(&env.corpus),
            Limits::default(),
            &q,
            &other
        ),
        None
    );

    // touched, added, removed, renamed: not answered until a load has
    // brought the stored index up to date, then answered right
    let a = env.corpus.join("a.txt");
    let changes: [&dyn Fn(); 4] = [
        &|| fs::write(&a, "Alpha\n\nZanzibar, not Alibaba, this time.\n").unwrap(),
        &|| {
            fs::write(
                env.corpus.join("sub/d.txt"),
                "Delta\n\nAlibaba in Zanzibar.\n",
            )
            .unwrap()
        },
        &|| fs::remove_file(env.corpus.join("b.txt")).unwrap(),
        &|| fs::rename(env.corpus.join("sub/c.txt"), env.corpus.join("sub/e.txt")).unwrap(),
    ];
    for (i, change) in changes.iter().enumerate() {
        change();
        env.backdate();
        assert_eq!(env.quick("alibaba"), None, "change {i}");
        env.load();
        for q in QUERIES {
            assert_eq!(
                env.quick(q),
                Some(env.binary(q, &["--no-cache"])),
                "change {i}: {q}"
            );
        }
    }
    assert_eq!(env.quick("zanzibar").map(|v| v.len()), Some(2));

    // a file written now and read now could change again within the same
    // timestamp tick without its stat showing it: not trusted on its stat
    fs::write(&a, "Alpha\n\nAlibaba again.\n").unwrap();
    env.load();
    assert_eq!(env.quick("alibaba"), None, "racy entry");

    // a file skipped for what it holds (binary) is skipped again while it
    // does not change: the corpus is still answered alone, and the skip is
    // still said
    let blob = env.corpus.join("sub/blob.txt");
    fs::write(&blob, b"\0\x01binary\0").unwrap();
    env.backdate();
    assert_eq!(env.quick("alibaba"), None, "a new file");
    env.load();
    let q = query::parse("alibaba").unwrap();
    let answer = quick::filter(
        std::slice::from_ref(&env.corpus),
        Limits::default(),
        &q,
        &Corrections::default(),
    )
    .expect("answered alone, the binary file skipped");
    assert_eq!(answer.skipped.len(), 1, "{:?}", answer.skipped);
    assert_eq!(answer.skipped[0].0, blob);
    assert!(
        answer.skipped[0].1.contains("binary"),
        "{:?}",
        answer.skipped
    );
    assert_eq!(
        answer.hits.iter().map(printed).collect::<Vec<_>>(),
        env.binary("alibaba", &["--no-cache"])
    );
    // changed but still binary: the next load records it again, and the
    // corpus is answered alone once more (it had kept the long way)
    fs::write(&blob, b"\0\x02still binary\0").unwrap();
    let past = SystemTime::now() - Duration::from_secs(1800);
    let f = fs::File::options().write(true).open(&blob).unwrap();
    f.set_modified(past).unwrap();
    drop(f);
    assert_eq!(env.quick("alibaba"), None, "the skipped file changed");
    env.load();
    let answer = quick::filter(
        std::slice::from_ref(&env.corpus),
        Limits::default(),
        &q,
        &Corrections::default(),
    )
    .expect("answered alone again, the changed binary file skipped");
    assert_eq!(answer.skipped.len(), 1, "{:?}", answer.skipped);
    assert_eq!(
        answer.hits.iter().map(printed).collect::<Vec<_>>(),
        env.binary("alibaba", &["--no-cache"])
    );
    // once it holds text it is read, and found
    fs::write(&blob, "Blob\n\nAlibaba in Zanzibar.\n").unwrap();
    env.backdate();
    assert_eq!(env.quick("alibaba"), None, "the skipped file changed");
    env.load();
    let now = env.binary("alibaba", &["--no-cache"]);
    assert!(now.iter().any(|p| p.ends_with("blob.txt")), "{now:?}");
    assert_eq!(env.quick("alibaba"), Some(now));
}

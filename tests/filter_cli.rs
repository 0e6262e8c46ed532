//! `liseuse filter QUERY [PATH...]`: the real binary on the seeds folder
//! and on a temporary folder; what a user reads on stdout and stderr.

use std::fs;
use std::path::Path;
use std::process::Command;

/// Runs `liseuse filter ARGS...` from the crate root: (stdout lines,
/// stderr, exit code).
fn filter(args: &[&str]) -> (Vec<String>, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("filter")
        .args(args)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    (
        stdout.lines().map(String::from).collect(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code(),
    )
}

fn ok(args: &[&str]) -> Vec<String> {
    let (lines, err, code) = filter(args);
    assert_eq!(code, Some(0), "liseuse filter {args:?}: {err}");
    assert_eq!(err, "", "liseuse filter {args:?}");
    lines
}

const S000: &str = "seeds/000_df083515a8b5fbdb.txt";
const S001: &str = "seeds/001_ce7d39c38e2b23fc.txt";
const S002: &str = "seeds/002_82da0d9092e609fe.txt";
const S003: &str = "seeds/003_584646a08022283d.txt";
const S004: &str = "seeds/004_60eba718d1712206.txt";

#[test]
fn etats_unis_lists_the_three_seeds_that_write_it() {
    // 000 and 004 write "États-Unis", 001 "Etats-Unis"
    assert_eq!(ok(&["etats-unis", "seeds"]), [S000, S001, S004]);
    assert_eq!(ok(&["États-Unis", "seeds"]), [S000, S001, S004]);
}

#[test]
fn alibaba_without_amazon() {
    assert_eq!(ok(&["alibaba", "seeds"]), [S001, S002, S003, S004]);
    assert_eq!(ok(&["alibaba -amazon", "seeds"]), [S002]);
    assert_eq!(ok(&["alibaba !amazon", "seeds"]), [S002]);
    // a query that starts with `-` goes after `--`
    assert_eq!(ok(&["--", "-amazon", "seeds"]), [S002]);
}

#[test]
fn a_query_may_start_with_a_dash() {
    assert_eq!(ok(&["-amazon", "seeds"]), [S002]);
    assert_eq!(ok(&["-place:russie alibaba", "seeds"]), [S003, S004]);
}

#[test]
fn the_empty_query_and_no_match() {
    assert_eq!(ok(&["", "seeds"]), [S000, S001, S002, S003, S004]);
    assert!(ok(&["zzyzx", "seeds"]).is_empty());
}

#[test]
fn without_paths_it_reads_the_embedded_seeds() {
    assert_eq!(ok(&["etats-unis"]), [S000, S001, S004]);
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

#[test]
fn a_folder_of_articles() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "chine/alibaba.txt",
        "Titre: Le géant chinois s’attaque à l’Europe\nSource: Les Échos\n\
         Alibaba vise le marché de l’e-commerce européen.\n",
    );
    write(
        root,
        "russie/joom.md",
        "JOOM, l’appli russe, défie Amazon en France\n\nLe\u{a0}«\u{a0}Aldi\u{a0}» \
         de l'e\u{202f}commerce arrive.\n",
    );
    write(
        root,
        "usa.txt",
        "Amazon and the giant of e-commerce\n\nThe market is growing in the United States.\n",
    );
    write(root, "notes.csv", "e-commerce, not an article\n");
    let p = |rel: &str| root.join(rel).display().to_string();
    let r = root.to_str().unwrap();
    assert_eq!(
        ok(&["e-commerce", r]),
        [p("chine/alibaba.txt"), p("russie/joom.md"), p("usa.txt")]
    );
    assert_eq!(
        ok(&["\"l'e-commerce\"", r]),
        [p("chine/alibaba.txt"), p("russie/joom.md")]
    );
    assert_eq!(ok(&["aldi", r]), [p("russie/joom.md")]);
    assert_eq!(ok(&["title:geant", r]), [p("chine/alibaba.txt")]);
    assert_eq!(ok(&["source:echos", r]), [p("chine/alibaba.txt")]);
    assert_eq!(
        ok(&["file:russie|usa", r]),
        [p("russie/joom.md"), p("usa.txt")]
    );
    assert_eq!(ok(&["lang:en", r]), [p("usa.txt")]);
    assert_eq!(ok(&["amazon !lang:en", r]), [p("russie/joom.md")]);
    // a single file, and two paths
    assert_eq!(ok(&["amazon", &p("usa.txt")]), [p("usa.txt")]);
    assert_eq!(
        ok(&["amazon", &p("usa.txt"), &p("russie")]),
        [p("usa.txt"), p("russie/joom.md")]
    );
}

#[test]
fn annotation_fields_read_the_corpus_annotations() {
    use liseuse::model::annotation::AnnotationSet;
    use liseuse::model::store::Store;
    let dir = tempfile::tempdir().unwrap();
    let text = "Alibaba en Russie.\n";
    write(dir.path(), "a.txt", text);
    write(dir.path(), "b.txt", "Amazon en Europe.\n");
    let (mut st, mut set) = Store::open(dir.path().join(".liseuse-annotations.toml"));
    let set: &mut AnnotationSet = &mut set;
    set.set_article_note("a.txt", text, "À relire.");
    st.save(set).unwrap();
    let a = dir.path().join("a.txt").display().to_string();
    let r = dir.path().to_str().unwrap();
    assert_eq!(ok(&["has:note", r]), std::slice::from_ref(&a));
    assert_eq!(ok(&["note:relire", r]), [a]);
}

#[test]
fn a_bad_query_is_an_error() {
    let (lines, err, code) = filter(&["alibaba \"le géant", "seeds"]);
    assert!(lines.is_empty());
    assert_eq!(code, Some(1));
    assert_eq!(err, "liseuse: bad query at char 8: unclosed quote\n");

    let (lines, err, code) = filter(&["writer:dupont", "seeds"]);
    assert!(lines.is_empty());
    assert_eq!(code, Some(1));
    assert!(
        err.starts_with("liseuse: bad query at char 0: unknown field `writer:`"),
        "{err}"
    );
    assert!(err.contains("title") && err.contains("has"), "{err}");

    let (_, err, code) = filter(&["has:rien"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("has:"), "{err}");
}

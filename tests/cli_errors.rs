//! A first-time user's mistakes on the command line: a path that does not
//! exist, the reader started without a terminal. Each is a clear message
//! on stderr and a non-zero exit, never a panic or a silent empty result.

use std::process::{Command, Stdio};

fn run(args: &[&str]) -> (String, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .env(
            "XDG_DATA_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-errors"),
        )
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn a_path_that_does_not_exist_is_an_error_for_every_command() {
    for cmd in [
        vec!["filter", "alibaba", "no/such/folder"],
        vec!["entities", "no/such/folder"],
        vec!["stats", "no/such/folder"],
        vec!["annotations", "no/such/folder"],
        vec!["replay", "--keys", "j", "no/such/folder"],
        vec!["no/such/folder"],
    ] {
        let (out, err, code) = run(&cmd);
        assert_eq!(code, Some(1), "liseuse {cmd:?}: {err}");
        assert_eq!(
            err, "liseuse: no/such/folder: no such file or folder\n",
            "liseuse {cmd:?}"
        );
        assert_eq!(out, "", "liseuse {cmd:?}");
    }
    // an existing path beside a missing one is still an error
    let (_, err, code) = run(&["filter", "alibaba", "seeds", "seedz"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("seedz: no such file or folder"), "{err}");
}

#[test]
fn the_reader_without_a_terminal_says_so_and_exits_non_zero() {
    // stdin is /dev/null and stdout a pipe, as in `liseuse seeds < /dev/null`
    let (out, err, code) = run(&["seeds"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.starts_with("liseuse: standard input and output are not a terminal"),
        "{err}"
    );
    assert!(
        err.contains("liseuse filter"),
        "points to the printing commands: {err}"
    );
    assert_eq!(out, "");
}

#[test]
fn a_cache_that_cannot_be_written_is_said_and_the_answer_still_given() {
    // the cache's folder cannot be made: a file stands where it would be
    let blocker = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("cache-blocker-{}", std::process::id()));
    std::fs::write(&blocker, b"not a folder").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        .env("XDG_CACHE_HOME", &blocker)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["filter", "alibaba", "seeds"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(stdout.lines().count(), 4, "{stdout}");
    assert!(
        stderr.contains("cache not written") && stderr.contains("the next start analyses again"),
        "{stderr}"
    );
    let _ = std::fs::remove_file(&blocker);
}

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

//! A tmux session running a shell, for end-to-end tests that need to see
//! what is left on the terminal after the program ends (escape sequences,
//! the alternate screen, the terminal modes). Include it with
//! `#[path = "common/tmux.rs"] mod tmux;`.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

pub struct Shell {
    socket: String,
    pub dir: tempfile::TempDir,
}

/// The shell line that runs the binary with `args` (already quoted) so
/// that its pid is in `pidfile`, then prints one line
/// `RESULT:<exit status>:<modes> :END` where the modes are how `stty`
/// shows `icanon` and `echo` (`-icanon`: raw mode was left on). The typed
/// command itself never shows `:END`.
pub fn command_line(env: &str, args: &str, pidfile: &Path) -> String {
    let bin = env!("CARGO_BIN_EXE_liseuse");
    format!(
        "sh -c 'echo $$ > {pid}; exec env XDG_CACHE_HOME={cache} {env} {bin} {args}'; st=$?; \
         m=$(stty -a | tr ' ;' '\\n\\n' | grep -x -e '-\\?icanon' -e '-\\?echo' | tr '\\n' ' '); \
         echo \"RESULT:$st:$m:E\"\"ND\"",
        pid = pidfile.display(),
        // never the user's analysis cache, nor one of another build
        cache = pidfile.with_extension("cache").display()
    )
}

impl Shell {
    /// A `w`x`h` session running `sh`, with its own config and data
    /// folders (in `dir`).
    pub fn start(name: &str, w: u16, h: u16) -> Shell {
        assert!(
            Command::new("tmux").arg("-V").output().is_ok(),
            "tmux is needed for the end-to-end tests (apt-get install tmux; .ci/run does it)"
        );
        let socket = format!("liseuse-{name}-{}", std::process::id());
        let dir = tempfile::tempdir().unwrap();
        let ok = Command::new("tmux")
            .args(["-L", &socket, "-f", "/dev/null", "new-session", "-d"])
            .args(["-x", &w.to_string(), "-y", &h.to_string()])
            .args(["-e", &format!("XDG_CONFIG_HOME={}", dir.path().display())])
            .args(["-e", &format!("XDG_DATA_HOME={}", dir.path().display())])
            .args(["-e", &format!("XDG_STATE_HOME={}", dir.path().display())])
            .args(["-e", "PS1=$ "])
            .arg("sh")
            .status()
            .unwrap()
            .success();
        assert!(ok, "tmux new-session failed");
        Shell { socket, dir }
    }

    /// `tmux set -g NAME VALUE`.
    pub fn set_option(&self, name: &str, value: &str) {
        Command::new("tmux")
            .args(["-L", &self.socket, "set", "-g", name, value])
            .status()
            .unwrap();
    }

    /// The paste buffers (an OSC 52 clipboard write lands there with
    /// `set-clipboard on`).
    pub fn buffers(&self) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "list-buffers"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn pidfile(&self) -> PathBuf {
        self.dir.path().join("pid")
    }

    /// Types a line in the shell.
    pub fn line(&self, text: &str) {
        self.send(&["-l", text]);
        self.send(&["Enter"]);
    }

    /// `tmux send-keys` (key names, or `-l` and literal text).
    pub fn send(&self, keys: &[&str]) {
        Command::new("tmux")
            .args(["-L", &self.socket, "send-keys", "-t", "0"])
            .args(keys)
            .status()
            .unwrap();
        sleep(Duration::from_millis(60));
    }

    /// The pane's text (`escapes`: with `-e`, the attributes as escape
    /// sequences).
    pub fn capture(&self, escapes: bool) -> String {
        let mut cmd = Command::new("tmux");
        cmd.args(["-L", &self.socket, "capture-pane", "-p", "-t", "0"]);
        if escapes {
            cmd.arg("-e");
        }
        let out = cmd.output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// A tmux format variable of the pane (`alternate_on`, `pane_pid`).
    pub fn var(&self, name: &str) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "display-message", "-p", "-t", "0"])
            .arg(format!("#{{{name}}}"))
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until the screen contains `what` (or fails with the screen).
    pub fn wait_for(&self, what: &str, secs: u64) -> String {
        let t0 = Instant::now();
        loop {
            let s = self.capture(false);
            if s.contains(what) {
                return s;
            }
            if t0.elapsed() > Duration::from_secs(secs) {
                panic!("screen never showed {what:?}:\n{s}");
            }
            sleep(Duration::from_millis(50));
        }
    }

    /// The pid the program wrote (waits for it).
    pub fn program_pid(&self) -> i32 {
        let t0 = Instant::now();
        loop {
            if let Ok(s) = std::fs::read_to_string(self.pidfile())
                && let Ok(p) = s.trim().parse()
            {
                return p;
            }
            assert!(t0.elapsed() < Duration::from_secs(10), "no pid file");
            sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Shell {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .status();
    }
}

/// Sends signal `sig` (`TERM`, `HUP`) to `pid` with kill(1).
pub fn kill(pid: i32, sig: &str) {
    let ok = Command::new("kill")
        .args([&format!("-{sig}"), &pid.to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{sig} {pid}");
}

/// The escape sequences in `s` that are not SGR (`ESC[…m`), and any BEL
/// or C1 control.
pub fn non_sgr_escapes(s: &str) -> Vec<String> {
    let mut bad = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\u{1b}' {
            if chars.get(i + 1) == Some(&'[') {
                let mut j = i + 2;
                while j < chars.len()
                    && (chars[j].is_ascii_digit() || chars[j] == ';' || chars[j] == ':')
                {
                    j += 1;
                }
                if chars.get(j) == Some(&'m') {
                    i = j + 1;
                    continue;
                }
            }
            let end = (i + 12).min(chars.len());
            bad.push(chars[i..end].iter().collect());
        } else if c == '\u{7}'
            || ('\u{80}'..='\u{9f}').contains(&c)
            || (c.is_control() && c != '\n')
        {
            bad.push(format!("{c:?}"));
        }
        i += 1;
    }
    bad
}

//! Entity quality on the hand-checked gold of the five seeds, scored by the
//! shared scorer exactly as the README says:
//! `liseuse entities seeds --json | python3 ../shared/eval/score.py -`.
//! Fails below micro F1 0.90 over the seven kinds, or 0.85 on any kind.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

const KINDS: [&str; 7] = [
    "person",
    "organization",
    "place",
    "date",
    "money",
    "percent",
    "quantity",
];

#[test]
fn seeds_score_above_the_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scorer = root.join("../shared/eval/score.py");
    assert!(
        scorer.exists(),
        "the scorer {} is missing: CI runs with ../shared beside the checkout",
        scorer.display()
    );
    let pred = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        .args(["entities", "--json", "seeds"])
        .current_dir(root)
        .output()
        .expect("run liseuse entities");
    assert!(
        pred.status.success(),
        "{}",
        String::from_utf8_lossy(&pred.stderr)
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("score.json");
    let mut py = Command::new("python3")
        .arg(&scorer)
        .arg("-")
        .arg("--json")
        .arg(&out)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs the scorer");
    py.stdin.take().unwrap().write_all(&pred.stdout).unwrap();
    let report = py.wait_with_output().unwrap();
    let table = String::from_utf8_lossy(&report.stdout);
    assert!(report.status.success(), "scorer failed:\n{table}");
    eprintln!("{table}");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let typed = &v["typed"];
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for k in KINDS {
        let s = &typed[k];
        let f1 = s["f1"].as_f64().unwrap_or(0.0);
        assert!(f1 >= 0.85, "{k}: F1 {f1:.3} < 0.85\n{table}");
        tp += s["tp"].as_f64().unwrap();
        fp += s["fp"].as_f64().unwrap();
        fn_ += s["fn"].as_f64().unwrap();
    }
    let micro = 2.0 * tp / (2.0 * tp + fp + fn_);
    assert!(micro >= 0.90, "micro F1 {micro:.3} < 0.90\n{table}");
}

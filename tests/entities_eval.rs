//! Entity quality, scored by the shared scorer exactly as the README says
//! (`liseuse entities --json DIR | python3 ../shared/eval/score.py - [--gold G]`),
//! on two hand-labelled sets:
//! - the five seeds (`seeds/`, gold `../shared/eval/seeds-entities.toml`):
//!   micro F1 >= 0.95 over the seven kinds and >= 0.85 on each kind;
//! - the development set of real Wikinews articles (`tests/eval/dev/`, gold
//!   `tests/eval/dev/entities.toml`, sources and licences in its README):
//!   micro F1 >= 0.92 (the target is 0.90; 0.927 on 2026-12-04),
//!   and no kind below 0.70;
//! - the second set (`tests/eval/heldout/`), labelled without looking at
//!   the extractor's output and scored once before any rule was tuned on
//!   it (0.758): it holds the floor reached since (0.90; 0.909 on
//!   2026-12-04), so that a rule that helps the development set cannot
//!   quietly cost unseen articles;
//! - the fresh set (`tests/eval/fresh/`), labelled the same way and scored
//!   once before any change (0.778), then used to find error classes: it
//!   holds 0.90 (0.908 on 2026-12-04);
//! - fresh2 to fresh108, a hundred and seven later blind sets (see their tests below;
//!   fresh11 and fresh12 are English Wikinews of 2006-2018, fresh13 to
//!   fresh16 mostly French Wikinews of 2016-2018, fresh17 English business
//!   releases of US regulators and French Wikinews, fresh18 central banks,
//!   the White House and French Wikinews, fresh19 VOA, Wikinews and French
//!   Wikinews, fresh20 and fresh21 news from English and French Wikinews
//!   and VOA, fresh22 general news from English Wikinews, VOA and French
//!   Wikinews, fresh23 SEC, Fed and ECB releases and French business
//!   Wikinews, fresh24 general news from English and French Wikinews,
//!   fresh25 SEC releases, English and French business Wikinews, fresh26
//!   general news, fresh27 to fresh29 business and general news from
//!   English and French Wikinews, fresh30, fresh32 and fresh34 English
//!   Wikinews only, fresh31, fresh33, fresh35, fresh36, fresh38, fresh39 and fresh41 to fresh50 French
//!   Wikinews only, fresh37 and fresh40 VOA science and technology stories, fresh51 English
//!   business releases of the Reserve Bank of Australia, the Fed and the SEC,
//!   fresh52 English releases of the RBA, the Fed and the White House, fresh53
//!   fresh54 and fresh56 English White House releases, fresh55 French
//!   Wikinews of 2012, fresh57 English SEC litigation releases, fresh58
//!   and fresh59 English Wikinews of 2004-2005, fresh60 English White
//!   House releases, fresh61 English Wikinews of 2004-2005, fresh62
//!   English White House releases, fresh63 English SEC litigation
//!   releases, fresh64, fresh66 and fresh67 French Wikinews of 2005, fresh65
//!   English VOA Learning English features, fresh68 English White House
//!   releases, fresh69 English SEC litigation releases, fresh70 French
//!   Wikinews of 2005, fresh71 English White House releases, fresh72
//!   English SEC litigation releases, fresh73 French Wikinews of 2005,
//!   fresh74 English White House releases, fresh75 English SEC litigation
//!   releases, fresh76 French government press releases, fresh77 English
//!   FTC press releases, fresh78 French government news and press
//!   releases, fresh79 English GOV.UK news, fresh80 English SEC
//!   litigation releases, fresh81 French government news and press
//!   releases, fresh82 and fresh83 English White House releases,
//!   fresh84 French government news and press releases, fresh85 English
//!   SEC litigation releases, fresh86 and fresh88 French government news
//!   and press releases, fresh87 English White House releases, fresh89
//!   English SEC litigation releases, fresh90 and fresh92 French
//!   government news and press releases, fresh91, fresh93, fresh96,
//!   fresh98, fresh100, fresh101 and fresh105 English Global Voices
//!   general news, fresh94 French Wikinews of 2012, fresh95, fresh97,
//!   fresh99, fresh102, fresh106 and fresh108 French Wikinews of
//!   2016-2018, fresh103 English SEC litigation releases, fresh104 French
//!   government news, fresh107 English White House releases).

use std::io::Write;
use std::path::{Path, PathBuf};
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

/// Per-kind F1 and micro F1 of `liseuse entities --json <dir>` against `gold`
/// (the scorer's default gold when `None`), and the scorer's table.
fn score(dir: &str, gold: Option<PathBuf>) -> (Vec<(&'static str, f64)>, f64, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scorer = root.join("../shared/eval/score.py");
    assert!(
        scorer.exists(),
        "the scorer {} is missing: CI runs with ../shared beside the checkout",
        scorer.display()
    );
    let pred = Command::new(env!("CARGO_BIN_EXE_liseuse"))
        // never the user's analysis cache, nor one of another build
        .env(
            "XDG_CACHE_HOME",
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("test-cache-{}", std::process::id())),
        )
        .args(["entities", "--json", dir])
        .current_dir(root)
        .output()
        .expect("run liseuse entities");
    assert!(
        pred.status.success(),
        "{}",
        String::from_utf8_lossy(&pred.stderr)
    );
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("score.json");
    let mut cmd = Command::new("python3");
    cmd.arg(&scorer).arg("-").arg("--json").arg(&out);
    if let Some(g) = gold {
        cmd.arg("--gold").arg(g);
    }
    let mut py = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs the scorer");
    py.stdin.take().unwrap().write_all(&pred.stdout).unwrap();
    let report = py.wait_with_output().unwrap();
    let table = String::from_utf8_lossy(&report.stdout).into_owned();
    assert!(report.status.success(), "scorer failed:\n{table}");
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let typed = &v["typed"];
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    let mut per_kind = Vec::new();
    for k in KINDS {
        let s = &typed[k];
        per_kind.push((k, s["f1"].as_f64().unwrap_or(0.0)));
        tp += s["tp"].as_f64().unwrap();
        fp += s["fp"].as_f64().unwrap();
        fn_ += s["fn"].as_f64().unwrap();
    }
    let micro = 2.0 * tp / (2.0 * tp + fp + fn_);
    (per_kind, micro, table)
}

#[test]
fn seeds_score_above_the_targets() {
    let (per_kind, micro, table) = score("seeds", None);
    eprintln!("{table}");
    for (k, f1) in per_kind {
        assert!(f1 >= 0.85, "seeds {k}: F1 {f1:.3} < 0.85\n{table}");
    }
    assert!(micro >= 0.95, "seeds micro F1 {micro:.3} < 0.95\n{table}");
}

#[test]
fn development_set_scores_above_the_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold = root.join("tests/eval/dev/entities.toml");
    let (per_kind, micro, table) = score("tests/eval/dev/texts", Some(gold));
    eprintln!("{table}");
    for (k, f1) in per_kind {
        assert!(f1 >= 0.70, "dev set {k}: F1 {f1:.3} < 0.70\n{table}");
    }
    assert!(micro >= 0.92, "dev set micro F1 {micro:.3} < 0.92\n{table}");
}

/// Scores `tests/eval/<set>` against its gold and fails below `floor`.
fn holds_floor(set: &str, name: &str, floor: f64) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold = root.join(format!("tests/eval/{set}/entities.toml"));
    let (_, micro, table) = score(&format!("tests/eval/{set}/texts"), Some(gold));
    eprintln!("{table}");
    assert!(
        micro >= floor,
        "{name} micro F1 {micro:.3} < {floor}\n{table}"
    );
}

#[test]
fn second_set_holds_its_floor() {
    holds_floor("heldout", "second set", 0.90);
}

/// The fourth set (`tests/eval/fresh2/`, 24 articles), labelled before
/// the extractor ever ran on it: 0.816 on its one blind run (2026-12-04),
/// the honest estimate for unseen news. Rules chosen since (some with its
/// errors in view) raised it to 0.902; it holds 0.87.
#[test]
fn fourth_set_holds_its_floor() {
    holds_floor("fresh2", "fourth set", 0.87);
}

#[test]
fn fresh_set_holds_its_floor() {
    holds_floor("fresh", "fresh set", 0.90);
}

/// The fifth set (`tests/eval/fresh3/`, 16 articles, a quarter of them SEC
/// releases rather than Wikinews), labelled before the extractor ever ran
/// on it: 0.772 on its one blind run (2026-12-04, French 0.823, English
/// 0.753). Rules chosen with its errors in view raised it to 0.881; it
/// holds 0.85.
#[test]
fn fifth_set_holds_its_floor() {
    holds_floor("fresh3", "fifth set", 0.85);
}

/// The sixth set (`tests/eval/fresh4/`, 12 articles: French Wikinews, two
/// SEC releases, Wikinews news and interviews from GUM and MEANTIME),
/// labelled before the extractor ever ran on it: 0.779 on its one blind
/// run (2026-12-04, French 0.686, English 0.834; 0.792 after a gold fix of
/// three quantities, see its README). Rules chosen with its errors and
/// fresh3's in view raised it to 0.884; it holds 0.85.
#[test]
fn sixth_set_holds_its_floor() {
    holds_floor("fresh4", "sixth set", 0.85);
}

/// The seventh set (`tests/eval/fresh5/`, 16 articles: French Wikinews,
/// English Wikinews from GUM, two SEC releases), labelled before the
/// extractor ever ran on it: 0.803 on its one blind run (2026-12-05,
/// French 0.773, English 0.821). Rules found on invented wire copy before
/// the set was looked at raised it to 0.813; rules chosen with its errors
/// in view to 0.863; it holds 0.82.
#[test]
fn seventh_set_holds_its_floor() {
    holds_floor("fresh5", "seventh set", 0.82);
}

/// The eighth set (`tests/eval/fresh6/`, 16 articles: French Wikinews
/// general news, eight SEC releases), labelled before the extractor ever
/// ran on it: 0.826 on its one blind run (2026-12-06, French 0.862,
/// English 0.805). Rules chosen with its errors in view raised it to
/// 0.906; it holds 0.87.
#[test]
fn eighth_set_holds_its_floor() {
    holds_floor("fresh6", "eighth set", 0.87);
}

/// The ninth set (`tests/eval/fresh7/`, 15 articles: French Wikinews,
/// English Global Voices general news, two SEC releases), labelled before
/// the extractor ever ran on it and scored once, blind, with the final
/// build of the session that added it: 0.774 (2026-12-06, French 0.797,
/// English 0.751). It holds 0.75: a floor against losing ground on news
/// no rule was written for.
#[test]
fn ninth_set_holds_its_floor() {
    holds_floor("fresh7", "ninth set", 0.75);
}

/// The tenth set (`tests/eval/fresh8/`, 16 articles: French Wikinews
/// general news, English Wikinews business and general news from
/// WikinewsSum), labelled before the extractor ever ran on it and scored
/// once, blind, with the build main held when it arrived: 0.806
/// (2026-12-06, French 0.790, English 0.816). It holds 0.78.
#[test]
fn tenth_set_holds_its_floor() {
    holds_floor("fresh8", "tenth set", 0.78);
}

/// The eleventh set (`tests/eval/fresh9/`, 16 articles: French Wikinews of
/// 2005 from a sentence-per-line corpus, English Wikinews from
/// WikinewsSum; business, justice, politics, sport, science), labelled
/// before the extractor ever ran on it and scored once, blind: 0.863
/// (2026-12-06, French 0.889, English 0.820). It holds 0.83.
#[test]
fn eleventh_set_holds_its_floor() {
    holds_floor("fresh9", "eleventh set", 0.83);
}

/// The twelfth set (`tests/eval/fresh10/`, 16 articles: French Wikinews of
/// 2005, English Wikinews of 2004 and one of 2008; business, politics,
/// justice, science), labelled before the extractor ever ran on it and
/// scored once, blind: 0.816 (2026-12-06, French 0.842, English 0.792).
/// It holds 0.84.
#[test]
fn twelfth_set_holds_its_floor() {
    holds_floor("fresh10", "twelfth set", 0.84);
}

/// The thirteenth set (`tests/eval/fresh11/`, 10 English Wikinews
/// articles of 2009-2018: music, sport, referendum, monarchy, air crashes,
/// corruption, climate, a Pride march, a lawsuit), labelled before the
/// extractor ever ran on it and scored once, blind: 0.768 (2026-12-06). It
/// holds 0.80.
#[test]
fn thirteenth_set_holds_its_floor() {
    holds_floor("fresh11", "thirteenth set", 0.80);
}

/// The fourteenth set (`tests/eval/fresh12/`, 10 English Wikinews
/// articles of 2006-2018: a consumer bureau's complaints, climate, politics,
/// astronomy, an air show crash, fraud, uranium exports, a conference), labelled
/// before the extractor ever ran on it and scored once, blind: 0.870
/// (2026-12-06; 0.880 with the rules written the same day on other sets).
/// It holds 0.85.
#[test]
fn fourteenth_set_holds_its_floor() {
    holds_floor("fresh12", "fourteenth set", 0.85);
}

/// The fifteenth set (`tests/eval/fresh13/`, 8 French Wikinews business
/// articles of 2016-2018 and 3 English ones), labelled before the extractor
/// ever ran on it and scored once, blind: 0.858 (2026-12-06). It holds 0.85.
#[test]
fn fifteenth_set_holds_its_floor() {
    holds_floor("fresh13", "fifteenth set", 0.85);
}

/// The sixteenth set (`tests/eval/fresh14/`, 10 French Wikinews general
/// news of 2016-2018 and 5 English ones), labelled blind and scored once:
/// 0.828 (2026-12-06). It holds 0.82.
#[test]
fn sixteenth_set_holds_its_floor() {
    holds_floor("fresh14", "sixteenth set", 0.82);
}

/// The seventeenth set (`tests/eval/fresh15/`, 10 French Wikinews of
/// 2016-2018, six of them business, and 4 English ones), labelled blind
/// and scored once: 0.830 (2026-12-06). It holds 0.84.
#[test]
fn seventeenth_set_holds_its_floor() {
    holds_floor("fresh15", "seventeenth set", 0.84);
}

/// The eighteenth set (`tests/eval/fresh16/`, 11 French Wikinews of
/// 2016-2018, six business, five general), labelled blind and scored once:
/// 0.889 with the session's first build, 0.900 with the rules written the
/// same day before it arrived (2026-12-06). It holds 0.89.
#[test]
fn eighteenth_set_holds_its_floor() {
    holds_floor("fresh16", "eighteenth set", 0.89);
}

/// The nineteenth set (`tests/eval/fresh17/`, 7 English business and
/// economy releases of the Federal Reserve and the SEC, public domain, and
/// 5 French Wikinews of 2016-2018), labelled blind and scored once: 0.882
/// (English 0.854, French 0.926; 2026-12-06); 0.917 after the rules its
/// errors then suggested. It holds 0.90.
#[test]
fn nineteenth_set_holds_its_floor() {
    holds_floor("fresh17", "nineteenth set", 0.90);
}

/// The twentieth set (`tests/eval/fresh18/`, 7 English releases of the
/// European Central Bank, the Reserve Bank of Australia and the White
/// House, and 8 French Wikinews of 2016-2018, half business), labelled
/// blind and scored once: 0.841 with the session's first build, 0.845
/// with the rules written the same day before it arrived (English 0.803,
/// French 0.871; 2026-12-06); 0.866 after the rules its errors then
/// suggested. It holds 0.85.
#[test]
fn twentieth_set_holds_its_floor() {
    holds_floor("fresh18", "twentieth set", 0.85);
}

/// The twenty-first set (`tests/eval/fresh19/`, 6 English texts: three VOA
/// Learning English science stories, public domain, and three English
/// Wikinews; 6 French Wikinews of 2016-2018, general and business),
/// labelled blind and scored once: 0.857 with the session's first build,
/// 0.864 with the rules written the same day before it arrived (English
/// 0.844, French 0.893; 2026-12-06); 0.881 after the rules its errors
/// then suggested. It holds 0.86.
#[test]
fn twenty_first_set_holds_its_floor() {
    holds_floor("fresh19", "twenty-first set", 0.86);
}

/// The twenty-second set (`tests/eval/fresh20/`, 7 English: five English
/// Wikinews on justice, sport, an accident, the Oscars and French politics,
/// two VOA technology reviews; 7 French Wikinews of 2016-2018, general
/// news; 397 gold surfaces, 124 persons), labelled blind and scored once:
/// 0.796 with the session's first build and with the rules written the
/// same day before it arrived (English 0.804, French 0.780; organization
/// 0.51; 2026-12-06); 0.816 after the rules its errors then suggested.
/// It holds 0.80.
#[test]
fn twenty_second_set_holds_its_floor() {
    holds_floor("fresh20", "twenty-second set", 0.80);
}

/// The twenty-third set (`tests/eval/fresh21/`, 6 English: two VOA
/// Learning English business stories and four English Wikinews on US
/// politics and North Korea; 7 French Wikinews of 2016-2018, four of them
/// business; 352 gold surfaces), labelled blind and scored once: 0.839
/// with the session's first build, 0.846 with all the session's rules,
/// written before it arrived (English 0.827, French 0.880; 2026-12-06).
/// It holds 0.83.
#[test]
fn twenty_third_set_holds_its_floor() {
    holds_floor("fresh21", "twenty-third set", 0.83);
}

/// The twenty-fourth set (`tests/eval/fresh22/`, 7 English: five English
/// Wikinews on justice, sport, Somalia, science and a tsunami in Chile,
/// two VOA stories; 6 French Wikinews of 2016, general news; 356 gold
/// surfaces), labelled blind and scored once: 0.803 with the session's
/// first build and with the rules written the same day before it arrived
/// (English 0.795, French 0.820; organization 0.55; 2026-12-06); 0.830
/// after the rules its errors then suggested. It holds 0.81.
#[test]
fn twenty_fourth_set_holds_its_floor() {
    holds_floor("fresh22", "twenty-fourth set", 0.81);
}

/// The twenty-fifth set (`tests/eval/fresh23/`, 6 English: four SEC
/// enforcement releases, a Fed statement, an ECB survey release; 7 French
/// business Wikinews of 2016-2017; 304 gold surfaces), labelled blind and
/// scored once: 0.893 with the session's first build (English 0.907,
/// French 0.879; organization 0.74; 2026-12-06); 0.909 after the rules its
/// errors then suggested. It holds 0.89.
#[test]
fn twenty_fifth_set_holds_its_floor() {
    holds_floor("fresh23", "twenty-fifth set", 0.89);
}

/// The twenty-sixth set (`tests/eval/fresh24/`, 7 English Wikinews on a
/// football final, Lockerbie, Betancourt, Cleopatra, Fukushima, an
/// exoplanet and the Annapolis conference; 6 French Wikinews of 2017,
/// general news; 326 gold surfaces), labelled blind and scored once: 0.804
/// with the session's first build (English 0.797, French 0.815;
/// organization 0.52; 2026-12-06), 0.811 with the rules written that day
/// before it arrived. It holds 0.80.
#[test]
fn twenty_sixth_set_holds_its_floor() {
    holds_floor("fresh24", "twenty-sixth set", 0.80);
}

/// The twenty-seventh set (`tests/eval/fresh25/`, 6 English: five SEC
/// releases and a Wikinews business story; 7 French business Wikinews of
/// 2016 and 2018; 298 gold surfaces), labelled blind and scored once:
/// 0.841 with the session's first build (English 0.816, French 0.882;
/// organization 0.73; 2026-12-06), 0.842 with the rules written that day
/// before it arrived. It holds 0.83.
#[test]
fn twenty_seventh_set_holds_its_floor() {
    holds_floor("fresh25", "twenty-seventh set", 0.83);
}

/// The twenty-eighth set (`tests/eval/fresh26/`, 7 English Wikinews on
/// football, a Guantánamo appeal, an asteroid, Wikimania, Chile's
/// aftershocks, Anjouan and an interview; 6 French Wikinews of 2016,
/// general news; 376 gold surfaces), labelled blind and scored once: 0.806
/// with the session's first build (English 0.790, French 0.834;
/// organization 0.53; 2026-12-06), 0.816 with the rules written that day
/// before it arrived. It holds 0.80.
#[test]
fn twenty_eighth_set_holds_its_floor() {
    holds_floor("fresh26", "twenty-eighth set", 0.80);
}

/// The twenty-ninth set (`tests/eval/fresh27/`, 7 English Wikinews: three
/// business stories, four general; 6 French Wikinews of 2017-2018, three
/// business, three general; 331 gold surfaces), labelled blind and scored
/// once: 0.842 with the session's first build (English 0.846, French
/// 0.833; organization 0.62; 2026-12-06), 0.850 with the rules written
/// that day before it arrived. It holds 0.83.
#[test]
fn twenty_ninth_set_holds_its_floor() {
    holds_floor("fresh27", "twenty-ninth set", 0.83);
}

/// The thirtieth set (`tests/eval/fresh28/`, 7 English Wikinews: three
/// business and economy stories, four general; 6 French Wikinews of
/// 2016-2017, three business, three general; 319 gold surfaces), labelled
/// blind and scored once: 0.814 with the session's first build (English
/// 0.808, French 0.828; organization 0.61; 2026-12-06), 0.815 with every
/// rule the session wrote before it arrived. It holds 0.81.
#[test]
fn thirtieth_set_holds_its_floor() {
    holds_floor("fresh28", "thirtieth set", 0.81);
}

/// The thirty-first set (`tests/eval/fresh29/`, 7 English Wikinews: three
/// business stories, four general; 6 French Wikinews, three business,
/// three general; 326 gold surfaces), labelled blind and scored once:
/// 0.833 with the session's first build (English 0.817, French 0.861;
/// organization 0.70; 2026-12-06), 0.836 with every rule the session
/// wrote before it arrived. It holds 0.82.
#[test]
fn thirty_first_set_holds_its_floor() {
    holds_floor("fresh29", "thirty-first set", 0.82);
}

/// The thirty-second set (`tests/eval/fresh30/`, 13 English Wikinews of
/// 2005-2009: seven business stories, six general; 225 gold surfaces),
/// labelled blind and scored once: 0.834 with the session's first build
/// (organization 0.68; 2026-12-06), 0.846 with the rule that drops the
/// unsupported capitalized-only organizations (534c516). It holds 0.83.
#[test]
fn thirty_second_set_holds_its_floor() {
    holds_floor("fresh30", "thirty-second set", 0.83);
}

/// The thirty-third set (`tests/eval/fresh31/`, 14 French Wikinews of
/// 2016-2018: seven business stories, seven general; 193 gold surfaces),
/// labelled blind and scored once: 0.896 with the session's first build
/// (organization 0.70; 2026-12-06), 0.901 with the rule that drops the
/// unsupported capitalized-only organizations (534c516). It holds 0.88.
#[test]
fn thirty_third_set_holds_its_floor() {
    holds_floor("fresh31", "thirty-third set", 0.88);
}

/// The thirty-fourth set (`tests/eval/fresh32/`, 14 English Wikinews:
/// seven stock-market reports of 2008-2009, seven general; 369 gold
/// surfaces), labelled blind and scored once: 0.872 with the session's
/// first build (organization 0.77; 2026-12-06), 0.889 with the rules that
/// drop the unsupported capitalized-only organizations (534c516). It holds 0.86.
#[test]
fn thirty_fourth_set_holds_its_floor() {
    holds_floor("fresh32", "thirty-fourth set", 0.86);
}

/// The thirty-fifth set (`tests/eval/fresh33/`, 14 French Wikinews of
/// 2016-2018: seven on public money and commerce, seven general; 317 gold
/// surfaces), labelled blind and scored once: 0.820 with the session's
/// first build (organization 0.70; 2026-12-06), 0.819 with the rules that
/// drop the unsupported capitalized-only organizations. It holds 0.81.
#[test]
fn thirty_fifth_set_holds_its_floor() {
    holds_floor("fresh33", "thirty-fifth set", 0.81);
}

/// The thirty-sixth set (`tests/eval/fresh34/`, 12 English Wikinews:
/// five stock-market reports of 2008-2009 and one on Google, six general;
/// 218 gold surfaces), labelled blind and scored once: 0.855 with the
/// session's first build (organization 0.74; 2026-12-06), 0.862 with the
/// rules that drop the unsupported capitalized-only organizations. It
/// holds 0.84.
#[test]
fn thirty_sixth_set_holds_its_floor() {
    holds_floor("fresh34", "thirty-sixth set", 0.84);
}

/// The thirty-seventh set (`tests/eval/fresh35/`, 14 French Wikinews of
/// 2016-2018, mostly general news: politics, courts, disasters, sport,
/// deaths; 397 gold surfaces), labelled blind and scored once: 0.831 with
/// the session's first build (organization 0.65; 2026-12-06), 0.841 with
/// the rules that drop the unsupported capitalized-only organizations. It
/// holds 0.82.
#[test]
fn thirty_seventh_set_holds_its_floor() {
    holds_floor("fresh35", "thirty-seventh set", 0.82);
}

/// The thirty-eighth set (`tests/eval/fresh36/`, 14 French Wikinews of
/// 2016-2018: economy-adjacent, politics, courts, sport, culture, space;
/// 281 gold surfaces), labelled blind and scored once: 0.855 with the
/// session's first build (organization 0.63; 2026-12-06), 0.860 with the
/// unsupported capitalized-only organizations dropped. It holds 0.84.
#[test]
fn thirty_eighth_set_holds_its_floor() {
    holds_floor("fresh36", "thirty-eighth set", 0.84);
}

/// The thirty-ninth set (`tests/eval/fresh37/`, 9 VOA Learning English
/// stories, mostly space science and companies, and one English Wikinews
/// sports text; 206 gold surfaces), labelled blind and scored once: 0.806
/// with the session's first build (organization 0.59; 2026-12-06), 0.836
/// with the unsupported capitalized-only organizations dropped. It holds
/// 0.82.
#[test]
fn thirty_ninth_set_holds_its_floor() {
    holds_floor("fresh37", "thirty-ninth set", 0.82);
}

/// The fortieth set (`tests/eval/fresh38/`, 14 French Wikinews of
/// 2016-2018: French politics and the economy, international news,
/// courts, sport, an obituary, Mars; 385 gold surfaces, 25 of them
/// motorways in one text), labelled blind and scored once: 0.806 with the
/// session's first build (organization 0.55, place 0.78; 2026-12-06),
/// 0.809 with the day's rules. It holds 0.79.
#[test]
fn fortieth_set_holds_its_floor() {
    holds_floor("fresh38", "fortieth set", 0.79);
}

/// The forty-first set (`tests/eval/fresh39/`, 12 French Wikinews of
/// 2016-2018: Paris, YouTube, Turkey, Kurdistan, Russia, Haiti, South
/// Sudan, Ebola, HIV in the Caribbean, Orlando, a storm, Ukraine; 250 gold
/// surfaces), labelled blind and scored once: 0.841 with the session's
/// first build (person 0.71: YouTube pseudonyms; organization 0.64;
/// 2026-12-06). It holds 0.81.
#[test]
fn forty_first_set_holds_its_floor() {
    holds_floor("fresh39", "forty-first set", 0.81);
}

/// The forty-second set (`tests/eval/fresh40/`, the last 5 VOA Learning
/// English stories of the harvest: Voyager, Earth's electric field,
/// Enceladus, Mars helicopter blades, an Arab orchestra; 96 gold
/// surfaces, one is about a point), labelled blind and scored once: 0.898
/// with the session's first build (organization 0.67: spacecraft and
/// moons; 2026-12-06). It holds 0.85.
#[test]
fn forty_second_set_holds_its_floor() {
    holds_floor("fresh40", "forty-second set", 0.85);
}

/// The forty-third set (`tests/eval/fresh41/`, 13 French Wikinews of
/// 2016-2018: Fillon's savings, Paris, Jo Cox, Dublin Pride, Chechnya,
/// Burma, Pakistan, Chad, Somalia, Fidel Castro, a Mars simulation, the
/// Seine in flood, a cross triathlon; 269 gold surfaces), labelled blind
/// and scored once: 0.868 with the session's first build (organization
/// 0.63, place 0.87; 2026-12-06). It holds 0.84.
#[test]
fn forty_third_set_holds_its_floor() {
    holds_floor("fresh41", "forty-third set", 0.84);
}

/// The forty-fourth set (`tests/eval/fresh42/`, 12 French Wikinews of
/// 2016-2018: transport in Seine-Saint-Denis, a bridge in Kent, freedom of
/// panorama, the Six-Day War, the pope at Auschwitz, a shipwreck, a
/// chemical attack in Syria, Burundi and the ICC, Zika, Canadian
/// citizenship, sled-dog races, Melbourne; 194 gold surfaces), labelled
/// blind and scored once: 0.868 with the session's first build
/// (organization 0.68; 2026-12-06). It holds 0.84.
#[test]
fn forty_fourth_set_holds_its_floor() {
    holds_floor("fresh42", "forty-fourth set", 0.84);
}

/// The forty-fifth set (`tests/eval/fresh43/`, 14 short French Wikinews of
/// 2016-2018: the Paris agreement, birth rates in France and China, two
/// train crashes, bike-to-work day, a COMESA summit, Juncker, Catalonia,
/// UNESCO on Jerusalem, a cancelled summit with North Korea, René Préval's
/// death, floods in the Aude, US nuclear arms; 239 gold surfaces),
/// labelled blind and scored once: 0.904 with the session's first build
/// (organization 0.78, quantity 0.79; 2026-12-06). It holds 0.87.
#[test]
fn forty_fifth_set_holds_its_floor() {
    holds_floor("fresh43", "forty-fifth set", 0.87);
}

/// The forty-sixth set (`tests/eval/fresh44/`, 13 short French Wikinews
/// of 2016-2018: a Gripen crash in Thailand, Jean-Christophe Averty's
/// death, a remixed video, a bomb alert, Macron elected, the coup attempt
/// in Turkey, Dortmund, migrants at sea, Japan's heat, a cold wave in
/// Canada, statues of Trump, the Dakar rally, Olympic handball; 196 gold
/// surfaces), labelled blind and scored once: 0.858 with the session's
/// first build (organization 0.75, quantity 0.80; 2026-12-06). It holds
/// 0.83.
#[test]
fn forty_sixth_set_holds_its_floor() {
    holds_floor("fresh44", "forty-sixth set", 0.83);
}

/// The forty-seventh set (`tests/eval/fresh45/`, 13 French Wikinews of
/// 2016-2018: peacekeepers, Eurovision, Juno, Wikipedia blocked in Turkey,
/// Spicer and the press, a train collision in Iran, a storm, Qatar,
/// Japan's election, Pakistan, Ouagadougou, a trial in Egypt, primates;
/// 219 gold surfaces), labelled blind and scored once: 0.877 with the
/// session's first build (organization 0.66; 2026-12-06). It holds 0.85.
#[test]
fn forty_seventh_set_holds_its_floor() {
    holds_floor("fresh45", "forty-seventh set", 0.85);
}

/// The forty-eighth set (`tests/eval/fresh46/`, 11 short French Wikinews
/// of 2016-2018: an orca, a space freighter, a storm, the Paris metro,
/// Hamon and Mélenchon, torture in Burundi, Mexican wolves, Neanderthals,
/// Deir ez-Zor, Nantes, a triathlon congress; 161 gold surfaces), labelled
/// blind and scored once: 0.917 with the session's first build and the
/// same with all of its rules (it arrived last; 2026-12-06). It holds
/// 0.89.
#[test]
fn forty_eighth_set_holds_its_floor() {
    holds_floor("fresh46", "forty-eighth set", 0.89);
}

/// The forty-ninth set (`tests/eval/fresh47/`, 12 very short French
/// Wikinews of 2016-2018: cannabis in Canada, a region's name, Wikipedia,
/// France Gall, Taiwan, Scotland, an EU ambassador, a Turkish party,
/// Rousseff, a Boeing 747 crash, a cyclone, bird flu; 145 gold surfaces),
/// labelled blind and scored once: 0.905 with the session's first build,
/// 0.912 with all of its rules (it arrived last; 2026-12-06). It holds
/// 0.88.
#[test]
fn forty_ninth_set_holds_its_floor() {
    holds_floor("fresh47", "forty-ninth set", 0.88);
}

/// The fiftieth set (`tests/eval/fresh48/`, 14 short French Wikinews of
/// 2016-2018: the 2017 presidential first round, Trudeau in the Commons,
/// the travel ban, a poached rhinoceros, Abiy Ahmed, al-Nosra, Yemen,
/// Lahore, Mosul, André Brahic, a prehistoric shark, Ironman in Nice,
/// Giscard, the baccalauréat; 206 gold surfaces), labelled blind and
/// scored once: 0.926 with the twenty-third session's first build
/// (2026-12-06). It holds 0.89.
#[test]
fn fiftieth_set_holds_its_floor() {
    holds_floor("fresh48", "fiftieth set", 0.89);
}

/// The fifty-first set (`tests/eval/fresh49/`, 14 French Wikinews of
/// 2016-2018: justice and attacks in France, Deschamps, sabre in Rio, a
/// duathlon, great apes, sea levels, a supernova, a fire near Marseille,
/// Istanbul, Jerusalem, Manchester; 210 gold surfaces), labelled blind and
/// scored once: 0.881 with the twenty-third session's first build
/// (2026-12-06). It holds 0.85.
#[test]
fn fifty_first_set_holds_its_floor() {
    holds_floor("fresh49", "fifty-first set", 0.85);
}

/// The fifty-second set (`tests/eval/fresh50/`, 14 French Wikinews of
/// 2016-2018: Burundi, Netanyahou on Syria, French justice and police,
/// supernovae, Hubble, SoHO, a triathlon calendar, a duathlon; 213 gold
/// surfaces, 47 organizations), labelled blind and scored once: 0.832 with
/// the twenty-third session's first build (2026-12-06). It holds 0.80.
#[test]
fn fifty_second_set_holds_its_floor() {
    holds_floor("fresh50", "fifty-second set", 0.80);
}

/// The fifty-third set (`tests/eval/fresh51/`, 10 English business
/// releases: the Reserve Bank of Australia's projects and appointments,
/// the Fed's crypto-asset guidance, six SEC actions of 2018; 211 gold
/// surfaces, 84 organizations, 19 amounts), labelled blind and scored
/// once: 0.907 with the twenty-third session's first build (2026-12-06).
/// It holds 0.87.
#[test]
fn fifty_third_set_holds_its_floor() {
    holds_floor("fresh51", "fifty-third set", 0.87);
}

/// The fifty-fourth set (`tests/eval/fresh52/`, 12 English business
/// releases: the Reserve Bank of Australia's boards, the bank regulators,
/// ten White House pages of 2022-2024 on plants, chip subsidies, insulin
/// prices and jobs; 156 gold surfaces), labelled blind and scored once:
/// 0.859 with the twenty-third session's first build (2026-12-06). It
/// holds 0.82.
#[test]
fn fifty_fourth_set_holds_its_floor() {
    holds_floor("fresh52", "fifty-fourth set", 0.82);
}

/// The fifty-fifth set (`tests/eval/fresh53/`, 13 English White House
/// releases of 2021-2024: a battery plant, Boeing sales, the Postal
/// Service's fleet, the global minimum tax, trips to the Pacific, Africa
/// and Haiti, hurricanes, the Key Bridge, Ebola, ARPA-H, the Webb
/// telescope; 333 gold surfaces), labelled blind and scored once: 0.838
/// with the twenty-third session's first build (2026-12-06). It holds
/// 0.80.
#[test]
fn fifty_fifth_set_holds_its_floor() {
    holds_floor("fresh53", "fifty-fifth set", 0.80);
}

/// The fifty-sixth set (`tests/eval/fresh54/`, 14 English White House
/// releases of 2021-2024: a wind-tower plant, baby formula flights and
/// makers, trade deals with Africa, the ports envoy, supply chains, June
/// 2022 inflation, meetings with Modi, López Obrador and Lasso, the Maui
/// fires, East Palestine, Hurricane Milton, mpox; 397 gold surfaces),
/// labelled blind and scored once: 0.800 with the twenty-fourth session's
/// first build (2026-12-06). It holds 0.76.
#[test]
fn fifty_sixth_set_holds_its_floor() {
    holds_floor("fresh54", "fifty-sixth set", 0.76);
}

/// The fifty-seventh set (`tests/eval/fresh55/`, 12 French Wikinews
/// articles of 2012: the Forum mondial de la langue française, museums,
/// a storm warning, Wikimedia, the baccalauréat, the American election,
/// a canonisation; 180 gold surfaces), labelled blind and scored once:
/// 0.882 with the twenty-fourth session's first build (2026-12-06), 0.865
/// on the eight texts surely unseen. It holds 0.84.
#[test]
fn fifty_seventh_set_holds_its_floor() {
    holds_floor("fresh55", "fifty-seventh set", 0.84);
}

/// The fifty-eighth set (`tests/eval/fresh56/`, 14 English White House
/// releases of 2021-2024: GM in Michigan, EV chargers, shipbuilders,
/// clean buses, the Columbus workforce hub, a jobs report, rural power
/// co-ops, the petroleum reserve, sanctions on Zimbabwe and Gazprombank,
/// calls with Panama and Japan, the Türkiye earthquakes, Hurricane Helene;
/// 367 gold surfaces), labelled blind and scored once: 0.789 with the
/// twenty-fourth session's first build (2026-12-06), 0.822 with the rules
/// that session wrote before the set arrived. It holds 0.77.
#[test]
fn fifty_eighth_set_holds_its_floor() {
    holds_floor("fresh56", "fifty-eighth set", 0.77);
}

/// The fifty-ninth set (`tests/eval/fresh57/`, 13 English SEC litigation
/// releases of 2002-2011: foreign bribery in Turkey, India, China,
/// Nigeria and Haiti, UBS, a Ponzi scheme, insider trading; 376 gold
/// surfaces), labelled blind and scored once: 0.867 with the twenty-fourth
/// session's first build (2026-12-06). It holds 0.83.
#[test]
fn fifty_ninth_set_holds_its_floor() {
    holds_floor("fresh57", "fifty-ninth set", 0.83);
}

/// The sixtieth set (`tests/eval/fresh58/`, 14 English Wikinews articles
/// of 2004-2005, half business: Time Warner Cable and Sprint, the box
/// office, tsunami donations, Firefox, Loki Torrent, Brazil-Korea trade,
/// Yushchenko, Pinochet, Aceh, the Gregoire recount, Mumbai, NASA; 242
/// gold surfaces), labelled blind and scored once: 0.869 with the
/// twenty-fourth session's first build (2026-12-06). It holds 0.83.
#[test]
fn sixtieth_set_holds_its_floor() {
    holds_floor("fresh58", "sixtieth set", 0.83);
}

/// The sixty-first set (`tests/eval/fresh59/`, 14 English Wikinews
/// articles of 2004-2005, general news: Walt Disney World, a Stockholm
/// blast, USAID in Iraq, Barroso's Commission, Northern Ireland talks,
/// ETA, a recount, an asteroid, cricket; 212 gold surfaces), labelled
/// blind and scored once: 0.754 with the twenty-fourth session's first
/// build (2026-12-06). It holds 0.71.
#[test]
fn sixty_first_set_holds_its_floor() {
    holds_floor("fresh59", "sixty-first set", 0.71);
}

/// The sixty-second set (`tests/eval/fresh60/`, 13 English White House
/// releases of 2021-2024: Microsoft's datacenter in Racine, the Section
/// 301 tariffs, ocean shipping, chips, Silicon Valley Bank, rail labour,
/// drug middlemen, Tshisekedi, Lula, Trudeau, Nicaragua, Fiona, the
/// Mississippi tornadoes; 259 gold surfaces), labelled blind and scored
/// once: 0.855 with the twenty-fifth session's first build (2026-12-07).
/// It holds 0.81.
#[test]
fn sixty_second_set_holds_its_floor() {
    holds_floor("fresh60", "sixty-second set", 0.81);
}

/// The sixty-third set (`tests/eval/fresh61/`, 13 English Wikinews
/// articles of 2004-2005, general news: the School of the Americas, Tom
/// Ridge, Barroso, Mosul, Sudan, the Palestinian election, the tsunami,
/// Kuchma and Yushchenko; 205 gold surfaces), labelled blind and scored
/// once: 0.856 with the twenty-fifth session's first build (2026-12-07).
/// It holds 0.81.
#[test]
fn sixty_third_set_holds_its_floor() {
    holds_floor("fresh61", "sixty-third set", 0.81);
}

/// The sixty-fourth set (`tests/eval/fresh62/`, 14 English White House
/// releases of 2021-2024: Telstra and Digicel, Boeing and Airbus, retail
/// sales, Russia sanctions, Germany, the Czech Republic, Ghana, Nigeria,
/// Honduras, the Philippines, Ecuador, the Lobito Corridor; 295 gold
/// surfaces), labelled blind and scored once: 0.837 with the
/// twenty-fifth session's first build (2026-12-07). It holds 0.80.
#[test]
fn sixty_fourth_set_holds_its_floor() {
    holds_floor("fresh62", "sixty-fourth set", 0.80);
}

/// The sixty-fifth set (`tests/eval/fresh63/`, 14 English SEC litigation
/// releases: Magyar Telekom, MiMedx, Homex, Salix, Aegerion, offering and
/// adviser frauds, insider trading, Biozoom; 469 gold surfaces), labelled
/// blind and scored once: 0.886 with the twenty-fifth session's first
/// build (2026-12-07). It holds 0.84.
#[test]
fn sixty_fifth_set_holds_its_floor() {
    holds_floor("fresh63", "sixty-fifth set", 0.84);
}

/// The sixty-sixth set (`tests/eval/fresh64/`, 12 French Wikinews
/// articles of 2005: China's Boeing order, Apple, the European
/// constitution's referendums, Berlusconi, Syria and Lebanon, Honduras,
/// Ecuador, Bulgaria and Romania; 229 gold surfaces), labelled blind and
/// scored once: 0.873 with the twenty-fifth session's first build
/// (2026-12-07). It holds 0.83.
#[test]
fn sixty_sixth_set_holds_its_floor() {
    holds_floor("fresh64", "sixty-sixth set", 0.83);
}

/// The sixty-seventh set (`tests/eval/fresh65/`, 7 English VOA Learning
/// English stories, the source's last unused news: monkeypox, Memorial
/// Day, Juneteenth, a play, the equinox, Thanksgiving, a pet fish; 182
/// gold surfaces), labelled blind and scored once: 0.768 with the
/// twenty-fifth session's first build (2026-12-07). It holds 0.74.
#[test]
fn sixty_seventh_set_holds_its_floor() {
    holds_floor("fresh65", "sixty-seventh set", 0.74);
}

/// The sixty-eighth set (`tests/eval/fresh66/`, 12 French Wikinews
/// articles of 2005: MSN Search, Berlusconi, Poland, the FPÖ, Lebanon,
/// Israel, Palestinian elections, Togo, Nepal, Somalia, Oklahoma City,
/// the Marshall Islands; 295 gold surfaces), labelled blind and scored
/// once: 0.895 with the twenty-fifth session's first build (2026-12-07).
/// It holds 0.85.
#[test]
fn sixty_eighth_set_holds_its_floor() {
    holds_floor("fresh66", "sixty-eighth set", 0.85);
}

/// The sixty-ninth set (`tests/eval/fresh67/`, 14 French Wikinews
/// articles of 2005: Haider's BZÖ, Paroubek, the British election, Togo,
/// Le Pen, the Conseil constitutionnel, Michel Aoun, Calipari, Margaret
/// Hassan, Chen Shui-bian, malaria, the non-proliferation treaty; 305
/// gold surfaces), labelled blind and scored once: 0.914 with the
/// twenty-fifth session's first build (2026-12-07). It holds 0.87.
#[test]
fn sixty_ninth_set_holds_its_floor() {
    holds_floor("fresh67", "sixty-ninth set", 0.87);
}

/// The seventieth set (`tests/eval/fresh68/`, 13 English White House releases of 2021-2024: Boeing and Air India, small-business funds, jobs and GDP reports, Blue Bird, the PGI investor forum, the US-UK energy partnership, Poland, Kenya, the DRC, Gaza, Uganda, Australia; 240 gold surfaces), labelled blind and
/// scored once: 0.837 with the twenty-fifth session's first build
/// (2026-12-07). It holds 0.81.
#[test]
fn seventieth_set_holds_its_floor() {
    holds_floor("fresh68", "seventieth set", 0.81);
}

/// The seventy-first set (`tests/eval/fresh69/`, 13 English SEC litigation releases: insider trading, Fine Host, Clarent, Citigroup, Greyfield, a Latvian account hijacker, Ponzi schemes, an adviser in Minnesota; 433 gold surfaces), labelled blind and
/// scored once: 0.873 with the twenty-fifth session's first build
/// (2026-12-07). It holds 0.83.
#[test]
fn seventy_first_set_holds_its_floor() {
    holds_floor("fresh69", "seventy-first set", 0.83);
}

/// The seventy-second set (`tests/eval/fresh70/`, 14 French Wikinews articles of 2005: Berlusconi, Fatah and Hamas, Delors, Iran, Nepal, Togo, Sahar-1, Oregon, DVD copying, Sem-Suhner, a strike, Erbil; 199 gold surfaces), labelled blind and
/// scored once: 0.844 with the twenty-fifth session's first build
/// (2026-12-07). It holds 0.81.
#[test]
fn seventy_second_set_holds_its_floor() {
    holds_floor("fresh70", "seventy-second set", 0.81);
}

/// The seventy-third set (`tests/eval/fresh71/`, 14 English White House releases of 2022-2024: jobless claims and factories, third-quarter GDP, Michigan submarine training, the U.S.-EU energy task force, I2U2, Indonesia and PGII, Iran sanctions, Nigeria, African elections, Lula, Costa Rica, Sheinbaum's inauguration, Jamaica, the Columbia River Treaty; 308 gold surfaces), labelled blind and
/// scored once: 0.855 with the twenty-sixth session's first build
/// (2026-12-07). It holds 0.81.
#[test]
fn seventy_third_set_holds_its_floor() {
    holds_floor("fresh71", "seventy-third set", 0.81);
}

/// The seventy-fourth set (`tests/eval/fresh72/`, 12 English SEC litigation releases: El Paso and Oil for Food, Island Pacific, Aerosonic, Sycamore Networks, a false rumor, eHydrogen, Dean Foods-Suiza, an FDA chemist, five California banks, ZeekRewards, Plus Money, a prime bank scheme; 421 gold surfaces), labelled blind and
/// scored once: 0.882 with the twenty-sixth session's first build
/// (2026-12-07). It holds 0.84.
#[test]
fn seventy_fourth_set_holds_its_floor() {
    holds_floor("fresh72", "seventy-fourth set", 0.84);
}

/// The seventy-fifth set (`tests/eval/fresh73/`, 14 French Wikinews articles of 2005: Iraqi turnout, Kyrgyzstan, a UN report on Cuba, Koizumi, Togo, Canal+ and Benedict XVI, Hejmo, women's vote, Romania's EU treaty, Benin refugees, Cairo attacks, the BZÖ, textile prices, Calipari; 188 gold surfaces), labelled blind and
/// scored once: 0.870 with the twenty-sixth session's first build
/// (2026-12-07). It holds 0.83.
#[test]
fn seventy_fifth_set_holds_its_floor() {
    holds_floor("fresh73", "seventy-fifth set", 0.83);
}

/// The seventy-sixth set (`tests/eval/fresh74/`, 13 English White House releases of 2021-2024: TotalEnergies in Iraq, October 2023 prices, the Ohio drug-price ruling, G7 costs on Russia, Norway's critical minerals, Singapore, Guatemala, Zambia, Thailand, Spain, Cambodia, Tashkent, Vietnam; 263 gold surfaces), labelled blind and
/// scored once: 0.793 with the twenty-sixth session's first build
/// (2026-12-07). It holds 0.75.
#[test]
fn seventy_sixth_set_holds_its_floor() {
    holds_floor("fresh74", "seventy-sixth set", 0.75);
}

/// The seventy-seventh set (`tests/eval/fresh75/`, 12 English SEC litigation releases: First Bank Mortgage, Expanets, Escala and Afinsa, MedAssets, Diamondback and Axcan, Pequot and Microsoft, Euro Solar Parks, a fake Fitbit offer, Skin Nuvo, Phoenixsurf, Spangler, a false name in San Antonio; 358 gold surfaces), labelled blind and
/// scored once: 0.938 with the twenty-sixth session's first build
/// (2026-12-07). It holds 0.89.
#[test]
fn seventy_seventh_set_holds_its_floor() {
    holds_floor("fresh75", "seventy-seventh set", 0.89);
}

/// The seventy-eighth set (`tests/eval/fresh76/`, 13 French press releases of the French government's digital directorate, 2018-2024, Licence Ouverte: France-Germany digital sovereignty, DINUM and Orange, open data, FranceConnect, a tech job forum, the transformation fund, the address database, France Identité, Quebec, AI projects, citizen initiatives, Tchap; 323 gold surfaces), labelled blind and
/// scored once: 0.794 with the twenty-sixth session's first build
/// (2026-12-07). It holds 0.75.
#[test]
fn seventy_eighth_set_holds_its_floor() {
    holds_floor("fresh76", "seventy-eighth set", 0.75);
}

/// The seventy-ninth set (`tests/eval/fresh77/`, 13 English FTC press releases of 2025, public domain: Chegg, Sevita, a Nevada tax-relief scam, noncompetes, Blueprint to Wealth, the HSR report, regulations, a student-loan scam, Live Nation and Ticketmaster, Kars-R-Us, Amazon Prime, Omnicom and IPG, student-loan refunds; 260 gold surfaces), labelled blind and
/// scored once: 0.874 with the twenty-sixth session's first build
/// (2026-12-07). It holds 0.83.
#[test]
fn seventy_ninth_set_holds_its_floor() {
    holds_floor("fresh77", "seventy-ninth set", 0.83);
}

/// The eightieth set (`tests/eval/fresh78/`, 11 French news items and press releases of the French government's digital directorate, 2013-2024, Licence Ouverte, none of fresh76's: a Covid aid dashboard, Dataconnexions, demarches-simplifiees.fr, France transfert, the big IT projects, an agents' barometer, EIG posts, a cloud call, a hackathon, the DCANT programme; 247 gold surfaces), labelled blind and
/// scored once: 0.750 with the twenty-sixth session's first build
/// (2026-12-07). It holds 0.71.
#[test]
fn eightieth_set_holds_its_floor() {
    holds_floor("fresh78", "eightieth set", 0.71);
}

/// The eighty-first set (`tests/eval/fresh79/`, 9 English GOV.UK news stories and press releases, Open Government Licence v3.0: a defence research event, drug-driving limits, FRANK adverts, a Christmas message, the King's birthday in Pakistan, a Chevening fellowship, Hague Convention mediation in Tokyo, BN(O) holders in Hong Kong, English tests for visas; 185 gold surfaces), labelled blind and
/// scored once: 0.757 with the twenty-sixth session's first build
/// (2026-12-07). It holds 0.71.
#[test]
fn eighty_first_set_holds_its_floor() {
    holds_floor("fresh79", "eighty-first set", 0.71);
}

/// The eighty-second set (`tests/eval/fresh80/`, 13 English SEC litigation releases: UTStarcom, Kmart and Newell Rubbermaid, GlaxoSmithKline, Tenaris, Life Time Fitness, Weida Communications, Graycort Financial, Yellowstone Partners; 346 gold surfaces), labelled blind and
/// scored once: 0.857 with the twenty-seventh session's first build
/// (2026-12-07). It holds 0.81.
#[test]
fn fresh80_set_holds_its_floor() {
    holds_floor("fresh80", "eighty-second set", 0.81);
}

/// The eighty-third set (`tests/eval/fresh81/`, 12 French press releases and news items of the French government's digital directorate, Licence Ouverte: Henri Verdier chief data officer, Entrepreneurs d'intérêt général, cloud strategy, FranceConnect, La Suite numérique; 233 gold surfaces), labelled blind and
/// scored once: 0.774 with the twenty-seventh session's first build
/// (2026-12-07). It holds 0.73.
#[test]
fn fresh81_set_holds_its_floor() {
    holds_floor("fresh81", "eighty-third set", 0.73);
}

/// The eighty-fourth set (`tests/eval/fresh82/`, 13 English White House releases: junk fees, GDP, CPI, G7 inflation, the U.S.-India space partnership, Ghana and Senegal, Angola, Nigeria, Ecuador, Peru, Bahrain, the Windsor Framework, Japan; 261 gold surfaces), labelled blind and
/// scored once: 0.861 with the twenty-seventh session's first build
/// (2026-12-07). It holds 0.81.
#[test]
fn fresh82_set_holds_its_floor() {
    holds_floor("fresh82", "eighty-fourth set", 0.81);
}

/// The eighty-fifth set (`tests/eval/fresh83/`, 13 English White House releases: CEOs of Flex, Citi and Corning, the Strategic Petroleum Reserve, the December 2022 jobs report, the Major Economies Forum, Sunak, Yoon, Srettha, Argentina, Colombia, Macron, sanctions on banks, AI CEOs, RSV immunization makers; 264 gold surfaces), labelled blind and
/// scored once: 0.834 with the twenty-seventh session's first build
/// (2026-12-07). It holds 0.79.
#[test]
fn fresh83_set_holds_its_floor() {
    holds_floor("fresh83", "eighty-fifth set", 0.79);
}

/// The eighty-sixth set (`tests/eval/fresh84/`, 12 French press releases and news items of the French government's digital directorate, Licence Ouverte: Dataconnexions, AI in the administration, the RGAA, car-pooling, FranceConnect+, the panorama of large IT projects, a job fair; 250 gold surfaces), labelled blind and
/// scored once: 0.768 with the twenty-seventh session's first build
/// (2026-12-07). It holds 0.72.
#[test]
fn fresh84_set_holds_its_floor() {
    holds_floor("fresh84", "eighty-sixth set", 0.72);
}

/// The eighty-seventh set (`tests/eval/fresh85/`, 12 English SEC litigation releases: Enterasys, GlobeTel, Molecular Devices, Petco spread bets, Tecton, Veltex, pre-IPO Facebook shares, Homeland Communications, a church Ponzi scheme, Perimeter Wealth, Rothenberg Ventures, Direct Lending Investments; 340 gold surfaces), labelled blind and
/// scored once: 0.910 with the twenty-seventh session's first build
/// (2026-12-07). It holds 0.87.
#[test]
fn fresh85_set_holds_its_floor() {
    holds_floor("fresh85", "eighty-seventh set", 0.87);
}

/// The eighty-eighth set (`tests/eval/fresh86/`, 12 French press releases and news items of the French government's digital directorate, Licence Ouverte: the RGAA, Super Lachaise, a MOOC with the CNFPT, FranceConnect at 20 million users, France Relance in Rennes, France Chaleur Urbaine, Agora, the AI incubator Alliance; 257 gold surfaces), labelled blind and
/// scored once: 0.796 with the twenty-seventh session's first build
/// (2026-12-07). It holds 0.75.
#[test]
fn fresh86_set_holds_its_floor() {
    holds_floor("fresh86", "eighty-eighth set", 0.75);
}

/// The eighty-ninth set (`tests/eval/fresh87/`, 14 English White House releases: Iran sanctions, the Russian uranium ban, the U.S.-EU Trade and Technology Council, steel and aluminium, EXIM, Q3 2023 GDP, airline leaders, López Obrador, Prayut, Meloni, Boric, Ramaphosa, Banga, Libya's elections; 193 gold surfaces), labelled blind and
/// scored once: 0.873 with the twenty-seventh session's first build
/// (2026-12-07). It holds 0.83.
#[test]
fn fresh87_set_holds_its_floor() {
    holds_floor("fresh87", "eighty-ninth set", 0.83);
}

/// The ninetieth set (`tests/eval/fresh88/`, 11 French press releases and news items of the French government's digital directorate, Licence Ouverte: Kel Quartier, identité numérique, FranceConnect at 10 million users, the 10th IT panorama, the DINUM roadmap 2023, Numérique en commun[s], FAST, beta.gouv.fr, VivaTech 2024; 225 gold surfaces), labelled blind and
/// scored once: 0.748 with the twenty-seventh session's first build
/// (2026-12-07). It holds 0.70.
#[test]
fn fresh88_set_holds_its_floor() {
    holds_floor("fresh88", "ninetieth set", 0.70);
}

/// The ninety-first set (`tests/eval/fresh89/`, 13 English SEC litigation releases: Krispy Kreme, Isilon, Piper Jaffray, Calugar, Reserve Primary Fund, Duncan Capital…; 388 gold surfaces), labelled blind and
/// scored once: 0.856 with the twenty-eighth session's first build
/// (2026-12-07). It holds 0.80.
#[test]
fn fresh89_set_holds_its_floor() {
    holds_floor("fresh89", "ninety-first set", 0.80);
}

/// The ninety-second set (`tests/eval/fresh90/`, 11 French news items and releases of the French government's digital directorate, Licence Ouverte: Dataconnexions, Open Food Facts, le-veilleur.fr, the 4th IT panorama, Tchap, Commando UX, FranceConnect at 30 million users, EU CIOs in Prague; 208 gold surfaces), labelled blind and
/// scored once: 0.769 with the twenty-eighth session's first build
/// (2026-12-07). It holds 0.72.
#[test]
fn fresh90_set_holds_its_floor() {
    holds_floor("fresh90", "ninety-second set", 0.72);
}

/// The ninety-third set (`tests/eval/fresh91/`, 13 English Global Voices posts of May 2012, CC BY 3.0: Kudankulam, Russian governors, Hougang by-election, Sata, Bankia, TIPNIS, Tymoshenko, Pakistan's Twitter block, Rashidi Yekini; 369 gold surfaces), labelled blind and
/// scored once: 0.801 with the twenty-eighth session's first build
/// (2026-12-07). It holds 0.75.
#[test]
fn fresh91_set_holds_its_floor() {
    holds_floor("fresh91", "ninety-third set", 0.75);
}

/// The ninety-fourth set (`tests/eval/fresh92/`, 10 French news items and releases of the French government's digital directorate, Licence Ouverte: the DINSIC review 2017-2018, TECH.GOUV, job forums 2020 and 2022, GouvTech, Café Transfo, FAST, the Déclic barometer, trusted cloud 2024; 156 gold surfaces), labelled blind and
/// scored once: 0.758 with the twenty-eighth session's first build
/// (2026-12-07). It holds 0.71.
#[test]
fn fresh92_set_holds_its_floor() {
    holds_floor("fresh92", "ninety-fourth set", 0.71);
}

/// The ninety-fifth set (`tests/eval/fresh93/`, 13 English Global Voices posts of May 2012, CC BY 3.0: the La Paz transport strike, Zambia's fuel shortages, asylum seekers in Israel, the Sagar-Runi murder, Yerevan's DIY bar, the Turkish scarf case, Khinshtein's tweets, Cadereyta, French-Caribbean ministers, India's Vimeo block, Orchid Island, the WEF in Addis Ababa, the Gulf union; 297 gold surfaces), labelled blind and
/// scored once: 0.814 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.76.
#[test]
fn fresh93_set_holds_its_floor() {
    holds_floor("fresh93", "ninety-fifth set", 0.76);
}

/// The ninety-sixth set (`tests/eval/fresh94/`, 6 French Wikinews articles of 2012 from the Wikinews keyphrase corpus, CC BY 2.5, the last unused ones of that corpus (five of them probably seen in an early error hunt, see its README): Burma's censorship, Russian Wikipedia's strike, typhoons Saola and Damrey, Alpha Centauri Bb, the Lorient festival, Mouss Diouf; 71 gold surfaces), labelled blind and
/// scored once: 0.800 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.74.
#[test]
fn fresh94_set_holds_its_floor() {
    holds_floor("fresh94", "ninety-sixth set", 0.74);
}

/// The ninety-seventh set (`tests/eval/fresh95/`, 13 French Wikinews articles of 2016-2018 from WiNER-fr, CC BY 2.5: EU sanctions on Spain and Portugal, Neymar's transfer, Flamanville, the candidates' transparency, the Champs-Élysées attack, US troops in Żagań, Haitian radios, the Donbass, Deir ez-Zor, Kabul, the Villette knife attack, Saccorhytus, Ironman France; 219 gold surfaces), labelled blind and
/// scored once: 0.865 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.81.
#[test]
fn fresh95_set_holds_its_floor() {
    holds_floor("fresh95", "ninety-seventh set", 0.81);
}

/// The ninety-eighth set (`tests/eval/fresh96/`, 13 English Global Voices posts of May 2012, CC BY 3.0: land deals in Africa, the world hockey championship, Mofaz and Netanyahu, Barillas, police violence in Greece, the Londoño bomb, Akong, Bangladesh's cinemas, Occupy, Serbia's elections, Argentina's dignity law, an Egyptian lawyer in Saudi Arabia, Algeria's elections; 277 gold surfaces), labelled blind and
/// scored once: 0.822 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.77.
#[test]
fn fresh96_set_holds_its_floor() {
    holds_floor("fresh96", "ninety-eighth set", 0.77);
}

/// The ninety-ninth set (`tests/eval/fresh97/`, 13 French Wikinews articles of 2016-2018 from WiNER-fr, CC BY 2.5, twelve of them read and left out by earlier sets but used by none: the nuclear industry's crisis, unemployment in August 2017, prescription of concealed offences, selection in master's degrees, Sassou-Nguesso's re-election, Québec's shadow cabinets, Macron's consultations, Pakistan's army chief, Qatar's Shura council, Tombouctou, Olympique lyonnais, Edgard Pisani, OSIRIS-REx; 211 gold surfaces), labelled blind and
/// scored once: 0.893 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.84.
#[test]
fn fresh97_set_holds_its_floor() {
    holds_floor("fresh97", "ninety-ninth set", 0.84);
}

/// The hundredth set (`tests/eval/fresh98/`, 12 English Global Voices posts of May 2012, CC BY 3.0: Korean monks' gambling, Panama's Labour Day, the Bahamas election, Varlamov in Omsk, the Ustream attack, Mashtots Park, abortions in Goma, Joyce Banda, Argentina's gender identity law, Swiss basic income, Bogotá's Campus Party, Cuba's press freedom day; 217 gold surfaces), labelled blind and
/// scored once: 0.818 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.77.
#[test]
fn fresh98_set_holds_its_floor() {
    holds_floor("fresh98", "hundredth set", 0.77);
}

/// The hundred-and-first set (`tests/eval/fresh99/`, 14 short French Wikinews articles of 2016-2018 from WiNER-fr, CC BY 2.5: Macron's and Sarkozy's candidacies, the Socialist party's members, Philippot leaving the Front national, the 2017 Senate elections, Le Pen's honorary presidency, Burundi's budget, EDF's shops, Siemens-Gamesa's job cuts, a publishing takeover, Schiphol's buses, McCabe, the 2016 economics Nobel, a handball round; 153 gold surfaces), labelled blind and
/// scored once: 0.846 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.80.
#[test]
fn fresh99_set_holds_its_floor() {
    holds_floor("fresh99", "hundred-and-first set", 0.80);
}

/// The hundred-and-second set (`tests/eval/fresh100/`, 13 English Global Voices posts of May 2012, CC BY 3.0: India's and Pakistan's missiles, The Spear and the ANC, Regina Martínez, Falha de São Paulo, the Nessma TV trial, an execution in Mauritania, the Tbilisi march, Korea's beef inspectors, Lady Gaga in Hong Kong, Egypt's posters, Singapore's Internet code, a Ukrainian prison film, Father Garatea; 211 gold surfaces), labelled blind and
/// scored once: 0.769 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.72.
#[test]
fn fresh100_set_holds_its_floor() {
    holds_floor("fresh100", "hundred-and-second set", 0.72);
}

/// The hundred-and-third set (`tests/eval/fresh101/`, 13 English Global Voices posts of May 2012, CC BY 3.0: Carlos Fuentes, Cuban dissidents, the Aché, Uludere, the Oslo Freedom Forum, India's Freedom Fast, Indonesia's mosque loudspeakers, an Iranian cartoonist, Mariano Rivera, Hungary's oligarchs, Maria Rita, Google's Penguin, Abbassiya; 232 gold surfaces), labelled blind and
/// scored once: 0.821 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.77.
#[test]
fn fresh101_set_holds_its_floor() {
    holds_floor("fresh101", "hundred-and-third set", 0.77);
}

/// The hundred-and-fourth set (`tests/eval/fresh102/`, 14 short French Wikinews articles of 2016-2018 from WiNER-fr, CC BY 2.5: Fico and journalists, Péladeau, an Occitanie vice-president convicted, Coulibaly, Xi Jinping's term, the Košice tram, Burundi's prices, Ubisoft, THQ Nordic, Belgian soldiers, the Tihange chain, a letter bomb at the IMF, Georges Prêtre, a handball round; 155 gold surfaces), labelled blind and
/// scored once: 0.809 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.76.
#[test]
fn fresh102_set_holds_its_floor() {
    holds_floor("fresh102", "hundred-and-fourth set", 0.76);
}

/// The hundred-and-fifth set (`tests/eval/fresh103/`, 13 English SEC litigation releases: Friedman's, Advanced Emissions, options backdating at KLA-Tencor and Juniper, Immucor, Art Technology, The Shaw Group, a spam pump and dump, Stinger Systems, Blackout Media, Bravata, U.S. Wind Farming, Van Zyl, National Presto; 349 gold surfaces), labelled blind and
/// scored once: 0.917 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.86.
#[test]
fn fresh103_set_holds_its_floor() {
    holds_floor("fresh103", "hundred-and-fifth set", 0.86);
}

/// The hundred-and-sixth set (`tests/eval/fresh104/`, 6 French news items of the government's digital directorate of 2018-2022, Licence Ouverte: the sixth panorama of large IT projects, designers d'intérêt général, accessibility in the Observatoire, beta.gouv.fr investigations, data sharing by API, the Ara audit tool; 100 gold surfaces), labelled blind and
/// scored once: 0.856 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.80.
#[test]
fn fresh104_set_holds_its_floor() {
    holds_floor("fresh104", "hundred-and-sixth set", 0.80);
}

/// The hundred-and-seventh set (`tests/eval/fresh105/`, 10 English Global Voices posts of May 2012, CC BY 3.0, six of them read and left out by earlier sets but used by none: Barcelona and the ECB, the French election, Mexico's debate, Aymara teachers, Jordan's Article 308, Scarborough Shoal, Brazil's quotas, Bo Xilai, Cuba's bloggers, Russian charity crowdfunding; 201 gold surfaces), labelled blind and
/// scored once: 0.806 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.75.
#[test]
fn fresh105_set_holds_its_floor() {
    holds_floor("fresh105", "hundred-and-seventh set", 0.75);
}

/// The hundred-and-eighth set (`tests/eval/fresh106/`, 14 short French Wikinews articles of 2016-2018 from WiNER-fr, CC BY 2.5: Trump elected, Karimov, Burundi, Aleppo, a Corsican mayor, Kim Jong-nam, the Comac C919, the chemistry Nobel, Amiens, Roger Pingeon, Bobby Heenan, a helicopter collision, a Brussels stabbing, California fires; 155 gold surfaces), labelled blind and
/// scored once: 0.887 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.84.
#[test]
fn fresh106_set_holds_its_floor() {
    holds_floor("fresh106", "hundred-and-eighth set", 0.84);
}

/// The hundred-and-ninth set (`tests/eval/fresh107/`, 12 English White House readouts and statements of 2021-2024: Guyana, Indonesia, Afghanistan, Jordan, Iraq, Slovenia, Burma, Sudan, Haiti, Liberia, Gabon, China; 181 gold surfaces), labelled blind and
/// scored once: 0.897 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.84.
#[test]
fn fresh107_set_holds_its_floor() {
    holds_floor("fresh107", "hundred-and-ninth set", 0.84);
}

/// The hundred-and-tenth set (`tests/eval/fresh108/`, 14 short French Wikinews articles of 2016-2018 from WiNER-fr, CC BY 2.5: Burundi's NGOs, the Canada-US border bill, Bayrou and Macron, Mosul, the GBU-43, Kirkouk, Mogadishu, a drone at Roissy, Chaïm Nissim, hands near Khabarovsk, the first Gilets jaunes Saturday, épée gold at Rio, a Euro 2016 fight, Bud Spencer; 159 gold surfaces), labelled blind and
/// scored once: 0.853 with the twenty-ninth session's first build
/// (2026-12-07). It holds 0.80.
#[test]
fn fresh108_set_holds_its_floor() {
    holds_floor("fresh108", "hundred-and-tenth set", 0.80);
}

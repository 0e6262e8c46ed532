#!/usr/bin/env python3
"""Build tests/eval/fresh18/texts from the stored sources (see ../README.md).

Usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: YoannDupont/WiNER-fr at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked with
             git archive | tar -x --exclude='*.ann'  (the .ann annotation files are never read)
Git snapshots read with `git show` (paths of the local mirrors below).
"""
import os, re, subprocess, sys

MIR = "/work/.mirror"
WH = (MIR + "/brian14708+wh-briefings/repo", "5c9137a24866e36f0b36779655b2c5330a6f7fbc")
TS = (MIR + "/Aayushstha03+ts-tree-diff/repo", "35cfea69db266bcba2ae96f5c206abbc7eee089d")
RW = (MIR + "/riwajp+main-content-extractor/repo", "a67efa09cc1b149813fe21fb252f5d883c3f7dd0")


def show(src, path):
    return subprocess.run(["git", "--git-dir", src[0], "show", f"{src[1]}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def unwrap(body):
    """Join hard-wrapped lines into paragraphs; blank lines separate paragraphs."""
    paras, cur = [], []
    for line in body.split("\n"):
        s = line.strip()
        if re.fullmatch(r"[-=]{3,}", s):      # setext heading underline: the heading is its own paragraph
            s = ""
        if s.startswith("* ") and cur:         # a list item starts a new paragraph
            paras.append(" ".join(cur)); cur = []
        if not s:
            if cur:
                paras.append(" ".join(cur)); cur = []
            continue
        cur.append(s)
    if cur:
        paras.append(" ".join(cur))
    return paras


def md_clean(s):
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)      # links -> their text
    s = s.replace("**", "").replace("\\*", "*")
    s = re.sub(r"\s{2,}", " ", s)
    return s.strip()


def wh(path, title, dateline):
    raw = show(WH, path)
    body = raw.split("\n---\n", 1)[1]
    paras = [md_clean(p) for p in unwrap(body)]
    paras = [p for p in paras if p not in ("\\###", "###")]
    paras = [p for p in paras if not p.startswith("FOR FURTHER INFORMATION MEDIA")]
    paras = [p.replace("\u00a0", " ").rstrip("\\").strip() for p in paras]
    return title + "\n\n" + dateline + "\n" + "\n\n".join(paras) + "\n"


def ecb(src, path, title, dateline, skip_first_lines, cut_at=None):
    raw = show(src, path)
    out = []
    for p in unwrap(raw):
        p = md_clean(p)
        if re.fullmatch(r"[-=]+", p) or not p or p == "***":
            continue
        if cut_at and p.startswith(cut_at):
            break
        if any(p.startswith(x) for x in skip_first_lines):
            continue
        if p.startswith("For media queries") or p.startswith("#### Notes") or p.startswith("#### Related"):
            break
        if p.startswith("* "):
            p = "- " + p[2:].strip()
        out.append(p)
    return title + "\n\n" + dateline + "\n" + "\n\n".join(out) + "\n"


def main():
    outdir, winer = sys.argv[1], sys.argv[2]
    T = {}
    # --- English -------------------------------------------------------------------------------
    T["en01_ecb_monetary_policy_decisions.txt"] = ecb(
        RW, "data/www_ecb_europa_eu_press_pr_date_2025_html_ecb_mp250911_6afb7a9490_en_html.md",
        "Monetary policy decisions", "11 September 2025",
        ["* PRESS RELEASE", "PRESS RELEASE", "Monetary policy decisions", "11 September 2025"])
    T["en02_ecb_dlt_settlement_pontes_appia.txt"] = ecb(
        TS, "outputs/https_www_ecb_europa_eu_press_pr_date_2025_html_ecb_pr250701_f4a98dd9dc_en_html.md",
        "ECB to settle DLT transactions in central bank money with Pontes and Appia", "1 July 2025",
        ["1 July 2025"])
    T["en03_ecb_appoints_principal_counsellor.txt"] = ecb(
        TS, "outputs/https_www_ecb_europa_eu_press_pr_date_2025_html_ecb_pr250725_2_6509f4f965_en_html.md",
        "ECB appoints Isabel Vansteenkiste Principal Counsellor to the President", "25 July 2025",
        ["25 July 2025"])
    T["en04_rba_cash_rate_unchanged.txt"] = ecb(
        TS, "outputs/https_www_rba_gov_au_media_releases_2024_mr_24_27_html.md",
        "Statement by the Reserve Bank Board: Monetary Policy Decision", "10 December 2024",
        ["Media Release", "Number", "Date"],
        cut_at="Sustainably returning inflation to target is the priority.")  # CUT: last section dropped
    d = "statements-releases/2022-04/"
    T["en05_wh_harris_meets_tanzania_president.txt"] = wh(
        d + "2022-04-15-readout-of-vice-president-harriss-meeting-with-president-hassan-of-tanzania.md",
        "Readout of Vice President Harris’s Meeting with President Hassan of Tanzania", "April 15, 2022")
    T["en06_wh_massachusetts_disaster_declaration.txt"] = wh(
        d + "2022-04-18-president-joseph-r-biden-jr-approves-massachusetts-disaster-declaration.md",
        "President Joseph R. Biden, Jr. Approves Massachusetts Disaster Declaration", "April 18, 2022")
    T["en07_wh_sacramento_mass_shooting.txt"] = wh(
        d + "2022-04-03-statement-by-president-joe-biden-on-the-mass-shooting-in-sacramento.md",
        "Statement by President Joe Biden on the Mass Shooting in Sacramento", "April 3, 2022")
    # --- French (WiNER-fr text files, copied; trailing spaces stripped) --------------------------
    fr = {
        "fr01_chomage_hausse_juin_2016.txt": "2016/07/2016_07_26-004.txt",
        "fr02_cfdt_premier_syndicat.txt": "2017/04/2017_04_01-002.txt",
        "fr03_macron_economies_depenses.txt": "2017/02/2017_02_16-001.txt",
        "fr04_baisses_impot_budget_2018.txt": "2017/09/2017_09_27-001.txt",
        "fr05_bresil_emeutes_prisons.txt": "2017/01/2017_01_12-003.txt",
        "fr06_eurovision_2017_portugal.txt": "2017/05/2017_05_14-001.txt",
        "fr07_duathlon_europe_soria.txt": "2017/04/2017_04_30-001.txt",
        "fr08_galaxie_andromede.txt": "2018/02/2018_02_19-001.txt",
    }
    for name, rel in fr.items():
        assert not rel.endswith(".ann")
        with open(os.path.join(winer, rel), encoding="utf-8") as f:
            lines = [l.rstrip() for l in f.read().split("\n")]
        txt = "\n".join(lines).strip("\n") + "\n"
        if name.startswith("fr07"):
            # drop the page's trailing portal/share block ("Évènements du 30 avril 2017",
            # "Partager cet article : Courriel , Facebook , ...")
            txt = txt.split("\nÉvènements du 30 avril 2017")[0].rstrip("\n") + "\n"
        T[name] = txt
    os.makedirs(outdir, exist_ok=True)
    for name, txt in T.items():
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(txt)
        print(name, len(txt.split()))


if __name__ == "__main__":
    main()

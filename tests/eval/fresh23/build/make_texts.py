#!/usr/bin/env python3
"""Build tests/eval/fresh23/texts from the stored sources (see ../README.md).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: YoannDupont/WiNER-fr at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked WITHOUT the .ann files:
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 | tar -x -C WINER_DIR --exclude='*.ann'
Git snapshots (local mirrors below) are read with `git show` only.
"""
import csv, os, re, subprocess, sys

MIR = "/work/.mirror"
SEC = (MIR + "/nsi319+Long-Document-Transformers/repo", "1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b",
       "dataset/legal_dataset.csv")
FED = (MIR + "/vtasca+fed-statement-scraping/repo", "1b6582992d7b2e694e4eba8034c085195368c0e8", "statement.txt")
TS = (MIR + "/Aayushstha03+ts-tree-diff/repo", "35cfea69db266bcba2ae96f5c206abbc7eee089d",
      "outputs/https_www_ecb_europa_eu_press_pr_date_2025_html_ecb_pr250725_2c8aaa2009_en_html.md")


def show(src):
    return subprocess.run(["git", "--git-dir", src[0], "show", f"{src[1]}:{src[2]}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def write(out, name, title, dateline, paras):
    text = title + "\n\n" + (dateline + "\n" if dateline else "") + "\n\n".join(paras) + "\n"
    open(os.path.join(out, name), "w", encoding="utf-8").write(text)


def sec_rows():
    csv.field_size_limit(10 ** 9)
    return {r[0]: r for r in csv.reader(show(SEC).splitlines(True))}


def sec(rows, idx):
    s = rows[idx][2].strip()
    return re.split(r'(?<=[.")])  +', s)                 # two spaces after a sentence = paragraph break


def fomc():
    raw = show(FED)
    raw = re.sub('[\u00c2-\u00f4][\u0080-\u00bf]+',      # undo a double UTF-8 encoding if any
                 lambda m: m.group(0).encode('latin-1').decode('utf-8', 'strict'), raw)
    keep = []
    for p in (p.strip() for p in raw.split('\n\n')):
        if p.startswith('For media inquiries') or p.startswith('Implementation Note'):
            break                                       # page links / contact line dropped
        if p:
            keep.append(p)
    return keep


def ecb_spf():
    raw = show(TS)
    out = []
    for p in raw.split("\n\n"):
        p = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", p).replace("**", "").strip()
        if not p or p == "25 July 2025":
            continue
        if p.startswith("For media queries"):
            break                                       # contact line, notes and links dropped
        if p.startswith("*   "):                          # the bullet list: one line per item
            p = "\n".join("- " + x.strip()[1:].strip() for x in p.split("\n"))
        out.append(p)
    return out


def main(out, winer):
    os.makedirs(out, exist_ok=True)
    rows = sec_rows()
    write(out, "en01_sec_stericycle_insider_trading.txt",
          "SEC charges former Stericycle analyst and his mother with insider trading", "", sec(rows, "74"))
    write(out, "en02_sec_texas_oil_gas_offerings.txt",
          "SEC charges Dallas oil-and-gas company and its CEO over fraudulent offerings", "", sec(rows, "95"))
    write(out, "en03_sec_seethruequity_research.txt",
          "SEC charges stock research firm SeeThruEquity and its co-founders", "", sec(rows, "11"))
    write(out, "en04_sec_mozido_founder_fraud.txt",
          "SEC charges Mozido founder Michael Liberty with defrauding investors", "", sec(rows, "125"))
    write(out, "en05_fed_fomc_july_2019_cut.txt", "Federal Reserve issues FOMC statement", "July 31, 2019", fomc())
    write(out, "en06_ecb_professional_forecasters_q3_2025.txt",
          "Results of the ECB Survey of Professional Forecasters for the third quarter of 2025", "25 July 2025",
          ecb_spf())
    fr = [("2016/09/2016_09_21-001.txt", "fr01_unedic_chomage_2017_2019.txt"),
          ("2017/09/2017_09_09-001.txt", "fr02_chomage_record_juillet_2017.txt"),
          ("2016/12/2016_12_26-002.txt", "fr03_inscrits_chomage_novembre_2016.txt"),
          ("2016/10/2016_10_05-001.txt", "fr04_quebec_greve_taxis_uber.txt"),
          ("2016/10/2016_10_27-001.txt", "fr05_burundi_ue_financement_amisom.txt"),
          ("2016/11/2016_11_07-002.txt", "fr06_burundi_trafic_or.txt"),
          ("2017/09/2017_09_29-001.txt", "fr07_deux_nouveaux_medias.txt")]
    for src, dst in fr:
        lines = [l.rstrip() for l in open(os.path.join(winer, src), encoding="utf-8").read().split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
        open(os.path.join(out, dst), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(*sys.argv[1:3])

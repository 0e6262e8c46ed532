#!/usr/bin/env python3
"""Build tests/eval/fresh25/texts from the stored sources (see ../README.md).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: YoannDupont/WiNER-fr at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked WITHOUT the .ann files:
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2018 | tar -x -C WINER_DIR --exclude='*.ann'
  The SEC csv is read from the local mirror of nsi319/Long-Document-Transformers with `git show` only.
  en01 (AMALGUM_news_amd, en.wikinews) was typed by hand from the token file amalgum/news/xml/AMALGUM_news_amd.xml
  (gucorpling/amalgum, commit ad33923d67196f3fb8f716c80616036c0a111865, read through the file index: the snapshot
  is over the fetch limit) and is kept next to this script as en01_amd_intel.txt; it is copied as it is.
"""
import csv, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEC = ("/work/.mirror/nsi319+Long-Document-Transformers/repo", "1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b",
       "dataset/legal_dataset.csv")


def show(src):
    return subprocess.run(["git", "--git-dir", src[0], "show", f"{src[1]}:{src[2]}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def write(out, name, title, paras):
    text = title + "\n\n" + "\n\n".join(paras) + "\n"
    open(os.path.join(out, name), "w", encoding="utf-8").write(text)


def sec_rows():
    csv.field_size_limit(10 ** 9)
    return {r[0]: r for r in csv.reader(show(SEC).splitlines(True))}


def sec(rows, idx):
    s = rows[idx][2].strip()
    return re.split(r'(?<=[.")])  +', s)                 # two spaces after a sentence = paragraph break


def main(out, winer):
    os.makedirs(out, exist_ok=True)
    shutil.copyfile(os.path.join(HERE, "en01_amd_intel.txt"), os.path.join(out, "en01_wikinews_amd_intel.txt"))
    rows = sec_rows()
    # the SEC rows have no headline: the title lines below were written for this set from the first sentence
    write(out, "en02_sec_curative_biosciences.txt",
          "SEC charges Curative Biosciences and former insiders over disguised share issuances", sec(rows, "88"))
    write(out, "en03_sec_1_global_capital.txt",
          "SEC charges 1 Global Capital and its former CEO with defrauding retail investors", sec(rows, "54"))
    write(out, "en04_sec_giga_app_downloads.txt",
          "SEC charges Giga Entertainment Media and five former officers over bought app downloads", sec(rows, "9"))
    write(out, "en05_sec_akorn_restatement.txt",
          "SEC files settled action against Akorn and two former finance officers", sec(rows, "129"))
    write(out, "en06_sec_blockvest_ico.txt",
          "SEC halts Blockvest initial coin offering falsely claimed to be SEC-approved", sec(rows, "21"))
    fr = [("2016/01/2016_01_25-003.txt", "fr01_google_apple_moteur.txt"),
          ("2016/05/2016_05_02-001.txt", "fr02_oracle_opower_smart_grid.txt"),
          ("2016/06/2016_06_09-002.txt", "fr03_isf_grandes_fortunes.txt"),
          ("2016/06/2016_06_12-008.txt", "fr04_validite_cheques.txt"),
          ("2016/05/2016_05_26-006.txt", "fr05_penurie_essence_raffineries.txt"),
          ("2016/09/2016_09_27-001.txt", "fr06_chomage_aout_2016.txt"),
          ("2018/03/2018_03_08-003.txt", "fr07_frequence_reseau_electrique.txt")]
    for src, dst in fr:
        lines = [l.rstrip() for l in open(os.path.join(winer, src), encoding="utf-8").read().split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
        open(os.path.join(out, dst), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(*sys.argv[1:3])

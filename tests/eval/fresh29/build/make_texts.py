#!/usr/bin/env python3
"""Build the WiNER-fr texts (fr01-fr06) of fresh29.

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files, month folders 07-12 only:
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016/07 ... 2018/12 | tar -x -C WINER_DIR --exclude='*.ann'
The French files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline).
The English texts (en01-en07) were joined and detokenised by hand from the segments of AMALGUM .rs3 files
(GitHub gucorpling/amalgum, folder amalgum/news/rst/, read through the file index); see README.md.
"""
import os, re, sys

FR = [
    ("2016/11/2016_11_24-002.txt", "fr01_chomage_baisse_octobre_2016.txt"),
    ("2017/09/2017_09_12-001.txt", "fr02_mobilisation_ordonnances_travail.txt"),
    ("2017/11/2017_11_16-001.txt", "fr03_insee_chomage_troisieme_trimestre.txt"),
    ("2016/09/2016_09_25-001.txt", "fr04_handball_starligue_premiere_journee.txt"),
    ("2018/08/2018_08_09-002.txt", "fr05_suicide_prison_fleury_merogis.txt"),
    ("2016/12/2016_12_05-002.txt", "fr06_italie_renzi_demission_referendum.txt"),
]

def main(out, winer):
    os.makedirs(out, exist_ok=True)
    for src, dst in FR:
        lines = [l.rstrip() for l in open(os.path.join(winer, src), encoding="utf-8").read().split("\n")]
        text = "\n".join(lines)
        text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
        open(os.path.join(out, dst), "w", encoding="utf-8").write(text)

if __name__ == "__main__":
    main(*sys.argv[1:3])

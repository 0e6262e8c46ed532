#!/usr/bin/env python3
"""Build the WiNER-fr texts (fr01-fr06) of fresh28.

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files and only for the month folders 01-06:
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 | tar -x -C WINER_DIR --exclude='*.ann' --wildcards '*/0[1-6]/*.txt'
The French files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline).
The English texts (en01-en07) were joined and detokenised by hand from the segments of AMALGUM .rs3 files
(GitHub gucorpling/amalgum, folder amalgum/news/rst/, read through the file index); see README.md.
"""
import os, re, sys

FR = [
    ("2016/06/2016_06_12-011.txt", "fr01_greve_eboueurs_loi_travail.txt"),
    ("2016/05/2016_05_26-005.txt", "fr02_cgt_blocage_journaux.txt"),
    ("2017/05/2017_05_13-001.txt", "fr03_cyberattaque_wannacry.txt"),
    ("2016/05/2016_05_28-001.txt", "fr04_nadal_forfait_roland_garros.txt"),
    ("2017/01/2017_01_25-004.txt", "fr05_controles_au_facies_conseil_constitutionnel.txt"),
    ("2016/02/2016_02_02-002.txt", "fr06_australie_debat_republique.txt"),
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

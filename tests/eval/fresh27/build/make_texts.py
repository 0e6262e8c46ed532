#!/usr/bin/env python3
"""Build the WiNER-fr texts (fr01-fr06) of fresh27.

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files:
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2017 2018 | tar -x -C WINER_DIR --exclude='*.ann'
The French files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline).
The English texts (en01-en07) were joined and detokenised by hand from the segments of AMALGUM .rs3 files
(GitHub gucorpling/amalgum, folder amalgum/news/rst/, read through the file index); see README.md.
"""
import os, re, sys

FR = [
    ("2017/01/2017_01_25-005.txt", "fr01_chomage_hausse_decembre_2016.txt"),
    ("2017/04/2017_04_19-004.txt", "fr02_monsanto_tribunal_citoyen.txt"),
    ("2017/04/2017_04_06-002.txt", "fr03_guyane_plan_gouvernemental_rejete.txt"),
    ("2017/04/2017_04_08-003.txt", "fr04_triathlon_wts_gold_coast.txt"),
    ("2018/02/2018_02_15-002.txt", "fr05_lelandais_aveux_maelys.txt"),
    ("2018/03/2018_03_05-001.txt", "fr06_italie_elections_serrees.txt"),
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

#!/usr/bin/env python3
"""Build the WiNER-fr texts (fr01-fr06) of fresh24.

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files:
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2017 | tar -x -C WINER_DIR --exclude='*.ann'
The English texts (en01-en07) were joined and detokenised by hand from the segments of AMALGUM .rs3 files
(GitHub gucorpling/amalgum, folder amalgum/news/rst/, read through the file index); see README.md.
"""
import os, re, sys

FR = [
    ("2017/03/2017_03_05-001.txt", "fr01_deces_raymond_kopa.txt", []),
    ("2017/03/2017_03_22-001.txt", "fr02_le_roux_emplois_fictifs.txt", []),
    ("2017/03/2017_03_17-002.txt", "fr03_cameroun_otages_boko_haram.txt", []),
    ("2017/04/2017_04_02-007.txt", "fr04_colombie_coulee_de_boue_mocoa.txt", []),
    ("2017/04/2017_04_09-001.txt", "fr05_deces_armand_gatti.txt", []),
    # two image captions at the end of the page dropped
    ("2017/02/2017_02_23-001.txt", "fr06_exoplanetes_trappist1.txt",
     ["Comparaison entre le Soleil et la naine ultra-froide TRAPPIST-1.",
      "Système planétaire de TRAPPIST-1, en comparaison avec le système solaire interne."]),
]

def main(out, winer):
    os.makedirs(out, exist_ok=True)
    for src, dst, drop in FR:
        lines = [l.rstrip() for l in open(os.path.join(winer, src), encoding="utf-8").read().split("\n")]
        for d in drop:
            assert d in lines, (src, d)
        text = "\n".join(l for l in lines if l.strip() not in drop)
        text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
        open(os.path.join(out, dst), "w", encoding="utf-8").write(text)

if __name__ == "__main__":
    main(*sys.argv[1:3])

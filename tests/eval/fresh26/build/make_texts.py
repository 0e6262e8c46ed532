#!/usr/bin/env python3
"""Build the WiNER-fr texts (fr01-fr06) of fresh26.

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files:
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 | tar -x -C WINER_DIR --exclude='*.ann'
The English texts (en01-en07) were joined and detokenised by hand from the segments of AMALGUM .rs3 files
(GitHub gucorpling/amalgum, folder amalgum/news/rst/, read through the file index); see README.md.
"""
import os, re, sys

FR = [
    ("2016/06/2016_06_15-001.txt", "fr01_maradona_pele_paris.txt", []),
    ("2016/06/2016_06_12-010.txt", "fr02_affaire_vincent_lambert_tutelle.txt", []),
    ("2016/12/2016_12_06-001.txt", "fr03_cazeneuve_premier_ministre.txt", []),
    ("2016/07/2016_07_04-002.txt", "fr04_deces_roger_dumas.txt", []),
    ("2016/07/2016_07_01-002.txt", "fr05_bramans_electrocution.txt", []),
    # the wiki review banner ("État", a no-break space and a space, "Vérifié") under the title dropped
    ("2016/04/2016_04_10-001.txt", "fr06_pila_vtt_piste_cyclable.txt", ["État\u00a0 Vérifié"]),
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

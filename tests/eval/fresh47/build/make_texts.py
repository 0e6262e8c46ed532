#!/usr/bin/env python3
"""Build the twelve WiNER-fr texts (fr01-fr12) of fresh47 (copied from fresh46's script, itself copied from
fresh45's, fresh44's, fresh43's, fresh42's and fresh41's and modelled on fresh38's and fresh39's).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l' Institut C.D. Howe" and "Bichkek ,"
and the sources' typos stay).
"""
import os, re, sys

FR = [
    # money and institutions: a bill with an amount in dollars (Americas)
    ("2017/04/2017_04_13-003.txt", "fr01_canada_legalisation_marijuana.txt"),
    # institutions and money: a French region's name, an amount in euros
    ("2016/06/2016_06_24-003.txt", "fr02_france_region_auvergne_rhone_alpes.txt"),
    # the web and culture: counts of articles
    ("2018/07/2018_07_08-001.txt", "fr03_wikipedia_deux_millions_articles.txt"),
    ("2018/01/2018_01_07-001.txt", "fr04_musique_deces_france_gall.txt"),
    # elections and diplomacy with percentages (Asia, Europe)
    ("2016/01/2016_01_16-001.txt", "fr05_taiwan_tsai_ing_wen_elue.txt"),
    ("2017/03/2017_03_28-001.txt", "fr06_ecosse_referendum_independance.txt"),
    ("2018/03/2018_03_24-001.txt", "fr07_union_europeenne_ambassadeur_russie.txt"),
    ("2017/10/2017_10_25-001.txt", "fr08_turquie_nouveau_parti_aksener.txt"),
    # courts (Americas)
    ("2016/09/2016_09_01-001.txt", "fr09_bresil_rousseff_destitution.txt"),
    # disasters with figures (Asia, Africa)
    ("2017/01/2017_01_16-002.txt", "fr10_kirghizistan_boeing_747_ecrase.txt"),
    ("2017/03/2017_03_11-005.txt", "fr11_madagascar_cyclone_enawo.txt"),
    # health with a percentage (Asia)
    ("2018/02/2018_02_15-001.txt", "fr12_chine_grippe_aviaire_h7n4.txt"),
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

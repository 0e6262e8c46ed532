#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh35.

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l' Italie" and "Billings ," and the
sources' typos stay, as do fr01's two image captions before the dateline).
"""
import os, re, sys

FR = [
    # business / economy and health
    ("2016/04/2016_04_07-002.txt", "fr01_philippines_vaccin_dengue_sanofi.txt"),
    ("2017/09/2017_09_16-001.txt", "fr02_pakistan_recensement.txt"),
    # politics, elections, justice
    ("2017/01/2017_01_26-001.txt", "fr03_fillon_detournement_fonds_publics.txt"),
    ("2018/07/2018_07_30-001.txt", "fr04_affaire_benalla_senat.txt"),
    ("2017/03/2017_03_08-002.txt", "fr05_affaire_troadec_aveux.txt"),
    # international
    ("2017/02/2017_02_22-003.txt", "fr06_rdc_mort_tshisekedi.txt"),
    ("2017/03/2017_03_26-003.txt", "fr07_etats_unis_trump_obamacare.txt"),
    ("2017/04/2017_04_10-001.txt", "fr08_egypte_eglises_coptes.txt"),
    # disasters
    ("2017/01/2017_01_22-003.txt", "fr09_italie_hotel_rigopiano.txt"),
    ("2017/02/2017_02_05-001.txt", "fr10_france_tempete_leiv.txt"),
    # sport
    ("2016/10/2016_10_13-002.txt", "fr11_handball_quatrieme_journee.txt"),
    ("2016/08/2016_08_13-002.txt", "fr12_rio_football_feminin_quarts.txt"),
    # culture, science
    ("2018/03/2018_03_02-001.txt", "fr13_deces_bud_luckey_pixar.txt"),
    ("2018/06/2018_06_01-001.txt", "fr14_deces_alan_bean.txt"),
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

#!/usr/bin/env python3
"""Build the twelve WiNER-fr texts (fr01-fr12) of fresh42 (copied from fresh41's script, modelled on fresh38's and
fresh39's).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l' Égypte" and "Bobigny ," and the sources'
typos stay, as do fr08's sentence announcing a vote result that WiNER-fr does not give and fr03's
Wikimedia box).
"""
import os, re, sys

FR = [
    # transport and infrastructure, law and the web
    ("2017/02/2017_02_11-002.txt", "fr01_seine_saint_denis_transports_interrompus.txt"),
    ("2017/01/2017_01_21-006.txt", "fr02_angleterre_pont_autoroute_kent.txt"),
    ("2016/01/2016_01_21-002.txt", "fr03_france_liberte_de_panorama.txt"),
    # Middle East: history and diplomacy
    ("2017/06/2017_06_07-001.txt", "fr04_israel_guerre_des_six_jours_50_ans.txt"),
    # Europe: religion, history
    ("2016/07/2016_07_29-003.txt", "fr05_pologne_pape_francois_auschwitz.txt"),
    ("2017/01/2017_01_28-002.txt", "fr06_finistere_naufrage_ymer_centenaire.txt"),
    # Middle East: war
    ("2017/04/2017_04_04-001.txt", "fr07_syrie_attaque_chimique.txt"),
    # Africa
    ("2016/10/2016_10_13-001.txt", "fr08_burundi_retrait_statut_de_rome.txt"),
    # Americas
    ("2016/01/2016_01_21-003.txt", "fr09_bresil_epidemie_zika.txt"),
    ("2016/02/2016_02_25-001.txt", "fr10_canada_loi_citoyennete.txt"),
    ("2016/01/2016_01_07-002.txt", "fr11_alaska_courses_chiens_traineau.txt"),
    # Oceania
    ("2017/01/2017_01_20-004.txt", "fr12_australie_voiture_foule_melbourne.txt"),
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

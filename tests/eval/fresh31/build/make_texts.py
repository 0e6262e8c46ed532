#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh31.

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only, no 2019):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "Eurostat ," and the sources' typos stay).
"""
import os, re, sys

FR = [
    # business / economy
    ("2017/01/2017_01_05-001.txt", "fr01_autriche_chomage_decembre_2016.txt"),
    ("2017/02/2017_02_07-001.txt", "fr02_etats_unis_deregulation_financiere.txt"),
    ("2017/03/2017_03_06-001.txt", "fr03_greve_controleurs_aeriens.txt"),
    ("2018/03/2018_03_30-001.txt", "fr04_greve_sncf_avril_2018.txt"),
    ("2017/02/2017_02_09-001.txt", "fr05_eolien_depasse_charbon_europe.txt"),
    ("2016/02/2016_02_09-002.txt", "fr06_ile_du_prince_edouard_inde_ententes.txt"),
    ("2016/12/2016_12_04-004.txt", "fr07_burundi_decodeurs_chine.txt"),
    # general news
    ("2016/12/2016_12_05-003.txt", "fr08_quebec_valerie_plante_projet_montreal.txt"),
    ("2016/11/2016_11_03-001.txt", "fr09_burundi_mwambutsa_suisse.txt"),
    ("2017/03/2017_03_25-004.txt", "fr10_belgique_anvers_voiture_foule.txt"),
    ("2017/03/2017_03_23-004.txt", "fr11_chili_donation_terres_tompkins.txt"),
    ("2017/02/2017_02_11-001.txt", "fr12_deces_cycliste_walkowiak.txt"),
    ("2018/03/2018_03_10-007.txt", "fr13_deces_john_sulston.txt"),
    ("2017/01/2017_01_24-005.txt", "fr14_gambie_jammeh_caisses_etat.txt"),
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

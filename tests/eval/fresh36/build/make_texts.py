#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh36.

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l' UE" and "Trappes ," and the sources'
typos stay, as do fr01's archive notice, fr12's "Sur le même sujet" list and image line, and fr14's update line).
"""
import os, re, sys

FR = [
    # economy, transports, strikes, industry/environment, digital
    ("2017/01/2017_01_28-004.txt", "fr01_transports_delinquance_ratp.txt"),
    ("2017/04/2017_04_08-004.txt", "fr02_guyane_greve_generale_incidents.txt"),
    ("2018/04/2018_04_18-002.txt", "fr03_chine_cheminee_air_pur.txt"),
    ("2018/06/2018_06_24-003.txt", "fr04_algerie_internet_bloque_examens.txt"),
    # politics: France, Europe, Canada, Afrique
    ("2017/03/2017_03_22-002.txt", "fr05_moscovici_costumes_arnys.txt"),
    ("2017/03/2017_03_25-001.txt", "fr06_europe_traite_de_rome_60_ans.txt"),
    ("2018/06/2018_06_23-002.txt", "fr07_hongrie_loi_stop_soros.txt"),
    ("2018/04/2018_04_17-003.txt", "fr08_canada_diplomates_cuba.txt"),
    ("2016/07/2016_07_08-001.txt", "fr09_benin_resultats_bepc.txt"),
    # justice, faits divers
    ("2017/02/2017_02_08-006.txt", "fr10_conseil_etat_vaccins_obligatoires.txt"),
    ("2016/06/2016_06_12-006.txt", "fr11_nouvelle_caledonie_meurtre_deteix.txt"),
    # sport, culture, science
    ("2016/07/2016_07_14-003.txt", "fr12_tour_de_france_douzieme_etape.txt"),
    ("2016/12/2016_12_27-001.txt", "fr13_deces_carrie_fisher.txt"),
    ("2018/03/2018_03_04-001.txt", "fr14_espace_tiangong1_rentree.txt"),
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

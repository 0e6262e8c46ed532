#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh48 (copied from fresh47's script, itself copied from
fresh46's, fresh45's, fresh44's, fresh43's, fresh42's and fresh41's and modelled on fresh38's and fresh39's).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "( En marche ! )" and "Lahore ," and the
sources' typos stay).
"""
import os, re, sys

FR = [
    # politics with percentages (France, the Americas)
    ("2017/04/2017_04_23-001.txt", "fr01_france_presidentielle_premier_tour.txt"),
    ("2016/05/2016_05_18-002.txt", "fr02_canada_trudeau_bousculade_communes.txt"),
    # courts (the Americas), a poaching case with an amount in euros (France)
    ("2017/03/2017_03_15-002.txt", "fr03_etats_unis_decret_migratoire_bloque.txt"),
    ("2017/03/2017_03_11-002.txt", "fr04_france_rhinoceros_thoiry_braconniers.txt"),
    # international: attacks and arrests (Africa, the Middle East)
    ("2018/06/2018_06_24-001.txt", "fr05_ethiopie_attaque_abiy_ahmed.txt"),
    ("2016/03/2016_03_30-005.txt", "fr06_turquie_arrestation_front_al_nosra.txt"),
    ("2017/01/2017_01_22-001.txt", "fr07_yemen_drones_al_qaida.txt"),
    # disasters with figures (Asia, the Middle East)
    ("2017/02/2017_02_24-003.txt", "fr08_pakistan_explosion_lahore_gaz.txt"),
    ("2017/03/2017_03_30-001.txt", "fr09_irak_mossoul_effondrement_civils.txt"),
    # science
    ("2016/05/2016_05_16-001.txt", "fr10_france_deces_andre_brahic.txt"),
    ("2016/10/2016_10_17-004.txt", "fr11_science_requin_prehistorique.txt"),
    # sport with figures (France)
    ("2017/04/2017_04_20-001.txt", "fr12_triathlon_nice_ironman_70_3.txt"),
    # history and education (France)
    ("2017/01/2017_01_23-006.txt", "fr13_france_giscard_doyen_presidents.txt"),
    ("2016/06/2016_06_15-002.txt", "fr14_france_baccalaureat_philosophie.txt"),
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

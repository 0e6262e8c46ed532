#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh49 (copied from fresh48's script, itself copied from
fresh47's, fresh46's, fresh45's, fresh44's, fresh43's, fresh42's and fresh41's and modelled on fresh38's and
fresh39's).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "d' Istanbul ," and "Jérusalem ," and the
sources' typos stay).
"""
import os, re, sys

FR = [
    # politics and justice (France)
    ("2016/03/2016_03_08-002.txt", "fr01_france_sevran_parents_jihadiste.txt"),
    ("2016/06/2016_06_07-002.txt", "fr02_france_isere_cambrioleur_legitime_defense.txt"),
    ("2017/03/2017_03_12-009.txt", "fr03_france_herault_arrestations_attentat.txt"),
    ("2017/04/2017_04_19-006.txt", "fr04_france_marseille_attentat_dejoue.txt"),
    # sport (France, Brazil, Spain)
    ("2016/06/2016_06_03-001.txt", "fr05_football_deschamps_maison_taguee.txt"),
    ("2016/08/2016_08_08-001.txt", "fr06_rio_sabre_dames_egorian.txt"),
    ("2016/06/2016_06_07-004.txt", "fr07_duathlon_mondiaux_aviles.txt"),
    # science (primatology with a percentage, climate, astronomy)
    ("2016/10/2016_10_24-001.txt", "fr08_science_grands_singes_theorie_esprit.txt"),
    ("2016/02/2016_02_24-001.txt", "fr09_climat_montee_oceans.txt"),
    ("2018/02/2018_02_23-002.txt", "fr10_astronomie_supernova_des16c2nm.txt"),
    # disaster (France)
    ("2016/09/2016_09_05-003.txt", "fr11_france_incendie_marseille.txt"),
    # international: attacks (Turkey, Israel, England)
    ("2016/06/2016_06_28-002.txt", "fr12_turquie_attentat_aeroport_istanbul.txt"),
    ("2017/01/2017_01_08-004.txt", "fr13_israel_attentat_jerusalem.txt"),
    ("2017/05/2017_05_23-002.txt", "fr14_angleterre_attentat_manchester.txt"),
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

#!/usr/bin/env python3
"""Build the twelve WiNER-fr texts (fr01-fr12) of fresh39 (modelled on fresh38's script).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l’ ONU" and "Kirkouk ," and the sources'
typos stay, as does fr02's sentence cut short in WiNER-fr ("poste" with no object, the quoted tweet missing)).
"""
import os, re, sys

FR = [
    # economy, business, media
    ("2017/02/2017_02_10-001.txt", "fr01_paris_tour_eiffel_mur_antiballes.txt"),
    ("2018/08/2018_08_09-001.txt", "fr02_youtube_videastes_accuses.txt"),
    # elections and politics abroad
    ("2017/04/2017_04_19-007.txt", "fr03_turquie_referendum_constitutionnel.txt"),
    ("2017/09/2017_09_28-001.txt", "fr04_kurdistan_irakien_independance.txt"),
    ("2017/01/2017_01_27-001.txt", "fr05_russie_violences_domestiques.txt"),
    # international institutions
    ("2017/04/2017_04_13-001.txt", "fr06_onu_fin_minustah_haiti.txt"),
    ("2017/03/2017_03_29-004.txt", "fr07_soudan_du_sud_humanitaires_tues.txt"),
    # health
    ("2016/01/2016_01_01-002.txt", "fr08_ebola_fin_epidemie_afrique_ouest.txt"),
    ("2018/06/2018_06_24-002.txt", "fr09_caraibes_vih_epidemie.txt"),
    # disasters, faits divers
    ("2016/06/2016_06_12-012.txt", "fr10_etats_unis_fusillade_orlando.txt"),
    ("2017/03/2017_03_11-006.txt", "fr11_france_tempete_zeus.txt"),
    # diplomacy, conflict
    ("2017/10/2017_10_12-001.txt", "fr12_ukraine_negociations_point_mort.txt"),
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

#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh33.

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l' Italie" and "Bruxelles ," and the
sources' typos stay, as do the Wikinews boxes "Page actualisée : ...", "Sur le même sujet ..." and "Vous pouvez
également consulter les articles suivants sur les autres projets Wikimedia : ...").
"""
import os, re, sys

FR = [
    # business / economy
    ("2017/02/2017_02_22-002.txt", "fr01_italie_sanctions_budget_ue.txt"),
    ("2016/06/2016_06_14-003.txt", "fr02_medecins_du_monde_prix_medicaments.txt"),
    ("2017/03/2017_03_12-010.txt", "fr03_business_france_havas_favoritisme.txt"),
    ("2018/12/2018_12_17-001.txt", "fr04_gilets_jaunes_commerce_17_decembre.txt"),
    ("2017/07/2017_07_20-001.txt", "fr05_universite_budget_bacheliers.txt"),
    ("2017/02/2017_02_13-001.txt", "fr06_tabagisme_ventes_cigarettes.txt"),
    ("2016/09/2016_09_22-001.txt", "fr07_rome_jo_2024_couts.txt"),
    # general news
    ("2016/03/2016_03_23-001.txt", "fr08_belgique_attentats_bruxelles.txt"),
    ("2017/05/2017_05_07-001.txt", "fr09_quebec_inondations_forces_armees.txt"),
    ("2016/09/2016_09_01-003.txt", "fr10_gabon_violences_ali_bongo.txt"),
    ("2016/08/2016_08_20-004.txt", "fr11_rio_relais_jamaicain_bolt.txt"),
    ("2016/03/2016_03_13-002.txt", "fr12_suisse_lhc_nouvelle_particule.txt"),
    ("2018/05/2018_05_22-001.txt", "fr13_swaziland_eswatini.txt"),
    ("2017/03/2017_03_12-008.txt", "fr14_deces_pierre_bouteiller.txt"),
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

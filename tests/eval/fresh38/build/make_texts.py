#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh38.

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l’ AFP" and "Bayonne ," and the sources'
typos stay, as do fr01's Wikimedia box and its announced list of closed interchanges that is empty in WiNER-fr,
and fr14's "Lire aussi" line).
"""
import os, re, sys

FR = [
    # economy and French politics
    ("2018/12/2018_12_10-001.txt", "fr01_gilets_jaunes_10_decembre_smic.txt"),
    ("2016/08/2016_08_30-005.txt", "fr02_macron_demission_ministere_economie.txt"),
    ("2017/03/2017_03_25-003.txt", "fr03_fillon_cabinet_noir_conferences.txt"),
    ("2016/12/2016_12_17-005.txt", "fr04_valls_primaire_suppression_49_3.txt"),
    ("2016/03/2016_03_08-001.txt", "fr05_kosciusko_morizet_candidate_primaire.txt"),
    ("2017/03/2017_03_21-002.txt", "fr06_deces_henri_emmanuelli.txt"),
    # international politics and diplomacy
    ("2017/01/2017_01_31-002.txt", "fr07_maroc_reintegre_union_africaine.txt"),
    ("2017/02/2017_02_15-003.txt", "fr08_etats_unis_demission_michael_flynn.txt"),
    ("2017/01/2017_01_28-007.txt", "fr09_ordre_de_malte_demission_festing.txt"),
    # justice, faits divers
    ("2016/07/2016_07_26-006.txt", "fr10_normandie_meurtre_pretre_eglise.txt"),
    ("2017/04/2017_04_06-004.txt", "fr11_alerte_enlevement_clermont_ferrand.txt"),
    # sport, obituary, science
    ("2016/08/2016_08_17-003.txt", "fr12_rio_perche_braz_da_silva_lavillenie.txt"),
    ("2017/02/2017_02_18-002.txt", "fr13_deces_skieur_adrien_duvillard.txt"),
    ("2018/03/2018_03_09-008.txt", "fr14_mars_curiosity_reprend_forages.txt"),
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

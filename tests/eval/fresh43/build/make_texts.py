#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh43 (copied from fresh42's script, itself copied from
fresh41's and modelled on fresh38's and fresh39's).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l' Uttar Pradesh" and "Villalier ," and the
sources' typos stay, as do the dash lines of fr01 and fr14 whose quotations WiNER-fr does not give, fr06's source line and fr02's
spaced digits such as "63 500").
"""
import os, re, sys

FR = [
    # energy and climate, demography and statistics
    ("2016/09/2016_09_03-006.txt", "fr01_chine_etats_unis_accord_de_paris.txt"),
    ("2016/11/2016_11_01-001.txt", "fr02_france_natalite_septembre_2016.txt"),
    ("2016/12/2016_12_21-002.txt", "fr03_chine_natalite_enfant_unique.txt"),
    # transport
    ("2016/11/2016_11_20-005.txt", "fr04_inde_deraillement_train_kanpur.txt"),
    ("2018/12/2018_12_13-002.txt", "fr05_turquie_collision_train_ankara.txt"),
    ("2016/02/2016_02_07-002.txt", "fr06_journee_velo_boulot_hiver.txt"),
    # Africa: a common market summit
    ("2016/10/2016_10_18-002.txt", "fr07_burundi_sommet_comesa_madagascar.txt"),
    # Europe: institutions and politics
    ("2017/02/2017_02_12-001.txt", "fr08_europe_juncker_renonce.txt"),
    ("2017/10/2017_10_11-001.txt", "fr09_espagne_catalogne_independance.txt"),
    # diplomacy
    ("2017/05/2017_05_02-001.txt", "fr10_unesco_resolution_jerusalem.txt"),
    ("2018/05/2018_05_24-001.txt", "fr11_etats_unis_coree_du_nord_sommet_annule.txt"),
    # Americas
    ("2017/03/2017_03_05-003.txt", "fr12_haiti_mort_rene_preval.txt"),
    # disaster with figures
    ("2018/10/2018_10_18-001.txt", "fr13_france_aude_inondations.txt"),
    # defence and its cost (the set's only money amount)
    ("2016/12/2016_12_23-001.txt", "fr14_etats_unis_trump_capacite_nucleaire.txt"),
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

#!/usr/bin/env python3
"""Build the eleven WiNER-fr texts (fr01-fr11) of fresh46 (copied from fresh45's script, itself copied from
fresh44's, fresh43's, fresh42's and fresh41's and modelled on fresh38's and fresh39's).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l' Allemagne" and "Orvault ," and the
sources' typos stay).
"""
import os, re, sys

FR = [
    # companies and animals in captivity: a marine park's orca (Americas)
    ("2017/01/2017_01_12-002.txt", "fr01_etats_unis_orque_tilikum_seaworld.txt"),
    # technology: a company's cargo spacecraft, a mass in tonnes
    ("2016/03/2016_03_24-002.txt", "fr02_espace_cargo_cygnus_orbital_atk.txt"),
    # energy: a storm, homes without electricity, the grid operator
    ("2017/01/2017_01_13-003.txt", "fr03_france_tempete_egon_electricite.txt"),
    # transport: stabbings in the Paris metro
    ("2017/01/2017_01_21-012.txt", "fr04_paris_agressions_metro.txt"),
    # politics and media
    ("2017/02/2017_02_19-001.txt", "fr05_france_hamon_melenchon_alliance.txt"),
    # Africa: human rights
    ("2017/02/2017_02_01-002.txt", "fr06_burundi_torture_muyinga.txt"),
    # science with counts and measures
    ("2017/04/2017_04_25-001.txt", "fr07_etats_unis_loup_du_mexique.txt"),
    ("2016/12/2016_12_31-003.txt", "fr08_belgique_neandertal_cannibalisme.txt"),
    # Middle East with a percentage
    ("2017/01/2017_01_16-001.txt", "fr09_syrie_deir_ez_zor_armee.txt"),
    # France: urban violence
    ("2018/07/2018_07_08-002.txt", "fr10_nantes_violences_fofana.txt"),
    # a sports federation's congress (institutions; Europe)
    ("2017/02/2017_02_20-001.txt", "fr11_triathlon_congres_etu_rome.txt"),
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

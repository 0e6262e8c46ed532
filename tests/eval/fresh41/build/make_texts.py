#!/usr/bin/env python3
"""Build the thirteen WiNER-fr texts (fr01-fr13) of fresh41 (modelled on fresh38's and fresh39's scripts).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l' AFP" and "Mogadiscio ," and the sources'
typos stay, as do fr05's sentence announcing two names that WiNER-fr does not give and fr12's decimal commas lost
in WiNER-fr ("5 78 mètres")).
"""
import os, re, sys

FR = [
    # economy-adjacent, France
    ("2017/04/2017_04_06-001.txt", "fr01_france_fillon_epargne.txt"),
    ("2016/09/2016_09_04-001.txt", "fr02_paris_manifestation_communaute_chinoise.txt"),
    # Europe
    ("2016/06/2016_06_16-002.txt", "fr03_royaume_uni_jo_cox_blessee.txt"),
    ("2018/07/2018_07_04-001.txt", "fr04_irlande_dublin_pride.txt"),
    ("2017/04/2017_04_12-002.txt", "fr05_tchetchenie_persecution_homosexuels.txt"),
    # Asia: courts, terrorism
    ("2018/06/2018_06_25-001.txt", "fr06_birmanie_cpi_rohingya.txt"),
    ("2017/02/2017_02_17-002.txt", "fr07_pakistan_attentat_sanctuaire_soufi.txt"),
    # Africa
    ("2017/03/2017_03_23-002.txt", "fr08_tchad_francais_enleve.txt"),
    ("2016/08/2016_08_30-004.txt", "fr09_somalie_attentat_mogadiscio.txt"),
    # Americas
    ("2016/11/2016_11_26-003.txt", "fr10_cuba_mort_fidel_castro.txt"),
    ("2016/09/2016_09_09-001.txt", "fr11_hawaii_nasa_simulation_mars.txt"),
    # disaster with figures
    ("2018/01/2018_01_28-001.txt", "fr12_paris_crue_seine.txt"),
    # sport
    ("2016/06/2016_06_29-001.txt", "fr13_triathlon_cross_championnats_europe.txt"),
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

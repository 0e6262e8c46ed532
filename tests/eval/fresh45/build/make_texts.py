#!/usr/bin/env python3
"""Build the thirteen WiNER-fr texts (fr01-fr13) of fresh45 (copied from fresh44's script, itself copied from
fresh43's, fresh42's and fresh41's and modelled on fresh38's and fresh39's).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l' Iran" and "Semnan ," and the
sources' typos stay).
"""
import os, re, sys

FR = [
    # money: the UN's peacekeepers and a fund in US dollars (institutions; Americas)
    ("2017/04/2017_04_12-003.txt", "fr01_onu_casques_bleus_crimes_sexuels.txt"),
    # media and money: public television choosing the Eurovision singer, a debt in Swiss francs
    ("2017/02/2017_02_13-002.txt", "fr02_france_eurovision_alma_selectionnee.txt"),
    # technology and money: a space probe's cost
    ("2016/10/2016_10_24-003.txt", "fr03_espace_juno_en_veille.txt"),
    # the web and media
    ("2017/05/2017_05_03-001.txt", "fr04_turquie_wikipedia_articles_exiges.txt"),
    ("2017/01/2017_01_22-006.txt", "fr05_etats_unis_spicer_attaque_medias.txt"),
    # transport and energy
    ("2016/11/2016_11_25-001.txt", "fr06_iran_collision_ferroviaire.txt"),
    ("2018/01/2018_01_02-001.txt", "fr07_france_tempete_carmen_foyers.txt"),
    # diplomacy and elections abroad (Asia)
    ("2017/06/2017_06_06-001.txt", "fr08_qatar_rupture_relations_diplomatiques.txt"),
    ("2017/10/2017_10_22-001.txt", "fr09_japon_elections_legislatives.txt"),
    ("2017/09/2017_09_18-002.txt", "fr10_pakistan_kulsoom_nawaz_elue.txt"),
    # Africa: an attack, a court
    ("2018/03/2018_03_03-003.txt", "fr11_burkina_faso_attaque_ouagadougou.txt"),
    ("2017/10/2017_10_01-001.txt", "fr12_egypte_proces_homosexualite.txt"),
    # science with percentages
    ("2017/01/2017_01_22-004.txt", "fr13_science_singes_extinction.txt"),
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

#!/usr/bin/env python3
"""Build the thirteen WiNER-fr texts (fr01-fr13) of fresh44 (copied from fresh43's script, itself copied from
fresh42's and fresh41's and modelled on fresh38's and fresh39's).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "l' aéroport" and "Songkhla ," and the
sources' typos stay, as do the dash lines of fr03 and fr05 whose quotations WiNER-fr does not give).
"""
import os, re, sys

FR = [
    # money: a fighter jet's price in bahts and US dollars (Asia)
    ("2017/01/2017_01_15-001.txt", "fr01_thailande_gripen_ecrase_hat_yai.txt"),
    # media, radio and television, the web
    ("2017/03/2017_03_12-004.txt", "fr02_france_deces_jean_christophe_averty.txt"),
    ("2016/06/2016_06_12-005.txt", "fr03_france_video_remixee_dord_cazeneuve.txt"),
    # courts and finance: the Parquet national financier evacuated
    ("2017/03/2017_03_21-005.txt", "fr04_france_alerte_bombe_parquet_financier.txt"),
    # elections with percentages
    ("2017/05/2017_05_07-003.txt", "fr05_france_macron_elu_president.txt"),
    # Europe
    ("2016/07/2016_07_15-001.txt", "fr06_turquie_tentative_coup_etat.txt"),
    ("2017/04/2017_04_16-007.txt", "fr07_allemagne_enquete_explosions_dortmund.txt"),
    ("2016/05/2016_05_27-001.txt", "fr08_mediterranee_migrants_secourus.txt"),
    # weather with figures (Asia, Americas)
    ("2018/07/2018_07_21-001.txt", "fr09_japon_canicule_apres_inondations.txt"),
    ("2016/12/2016_12_19-004.txt", "fr10_canada_etats_unis_vague_de_froid.txt"),
    # Americas: culture and sport
    ("2016/08/2016_08_23-002.txt", "fr11_etats_unis_statues_trump_indecline.txt"),
    ("2016/01/2016_01_10-003.txt", "fr12_rallye_dakar_spectateur_tue.txt"),
    ("2016/08/2016_08_20-002.txt", "fr13_rio_handball_finale_feminine.txt"),
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

#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh102 (modelled on fresh99's script, itself copied from
fresh97's, fresh95's, fresh50's and fresh49's).

usage: make_texts.py OUTDIR WINER_GITDIR
  WINER_GITDIR: git dir of WiNER-fr (GitHub YoannDupont/WiNER-fr), e.g. /work/.mirror/YoannDupont+WiNER-fr/repo;
  each text file is read with `git show 0fe35f0d687f27f230b550a09fed1d641a4b1601:PATH` (only the article .txt
  files are read; the .ann annotation files are never read).
Each file is normalised as in fresh49/fresh50/fresh95/fresh97/fresh99 (trailing spaces stripped, runs of blank
lines reduced to one, one final newline). KEEP is the number of blank-line-separated blocks kept (None keeps the
whole file); all fourteen articles are short enough (120-700 words) to be kept whole. Nothing else is dropped,
added or corrected (the WiNER link spaces such as "Plaissan ," and "l' Hérault" and the sources' typos stay).
"""
import os, re, subprocess, sys

COMMIT = "0fe35f0d687f27f230b550a09fed1d641a4b1601"

FR = [
    # (source path, output file, blocks kept or None)
    # politics, justice, diplomacy
    ("2016/11/2016_11_23-002.txt", "fr01_slovaquie_fico_journalistes.txt", None),
    ("2016/05/2016_05_02-002.txt", "fr02_quebec_peladeau_demission.txt", None),
    ("2016/07/2016_07_30-002.txt", "fr03_occitanie_vice_presidente_condamnee.txt", None),
    ("2017/01/2017_01_11-001.txt", "fr04_cote_d_ivoire_coulibaly_premier_ministre.txt", None),
    ("2018/03/2018_03_11-004.txt", "fr05_chine_xi_jinping_president_a_vie.txt", None),
    # economy, business
    ("2016/11/2016_11_24-003.txt", "fr06_slovaquie_kosice_tram_travaux.txt", None),
    ("2017/01/2017_01_13-005.txt", "fr07_burundi_hausse_des_prix.txt", None),
    ("2018/03/2018_03_08-002.txt", "fr08_ubisoft_suite_the_division.txt", None),
    ("2018/04/2018_04_17-002.txt", "fr09_thq_nordic_absent_e3_2018.txt", None),
    # society, protests, culture, sport
    ("2016/11/2016_11_15-002.txt", "fr10_belgique_manifestation_militaires.txt", None),
    ("2017/06/2017_06_26-001.txt", "fr11_belgique_chaine_humaine_nucleaire.txt", None),
    ("2017/03/2017_03_17-001.txt", "fr12_france_fmi_courrier_piege.txt", None),
    ("2017/01/2017_01_08-001.txt", "fr13_france_deces_georges_pretre.txt", None),
    ("2016/11/2016_11_26-001.txt", "fr14_handball_championnat_neuvieme_journee.txt", None),
]


def show(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def main(out, gitdir):
    os.makedirs(out, exist_ok=True)
    for src, dst, keep in FR:
        lines = [l.rstrip() for l in show(gitdir, src).split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        if keep is not None:
            text = "\n\n".join(text.split("\n\n")[:keep])
        open(os.path.join(out, dst), "w", encoding="utf-8").write(text + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])

#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh99 (modelled on fresh97's script, itself copied from
fresh95's, fresh50's and fresh49's).

usage: make_texts.py OUTDIR WINER_GITDIR
  WINER_GITDIR: git dir of WiNER-fr (GitHub YoannDupont/WiNER-fr), e.g. /work/.mirror/YoannDupont+WiNER-fr/repo;
  each text file is read with `git show 0fe35f0d687f27f230b550a09fed1d641a4b1601:PATH` (only the article .txt
  files are read; the .ann annotation files are never read).
Each file is normalised as in fresh49/fresh50/fresh95/fresh97 (trailing spaces stripped, runs of blank lines
reduced to one, one final newline). KEEP is the number of blank-line-separated blocks kept (None keeps the whole
file); all fourteen articles are short enough (120-700 words) to be kept whole. Nothing else is dropped, added or
corrected (the WiNER link spaces such as "Bobigny ," and "l' aéroport" and the sources' typos stay).
"""
import os, re, subprocess, sys

COMMIT = "0fe35f0d687f27f230b550a09fed1d641a4b1601"

FR = [
    # (source path, output file, blocks kept or None)
    # politics and elections
    ("2016/11/2016_11_16-002.txt", "fr01_france_macron_candidature_presidentielle.txt", None),
    ("2016/08/2016_08_22-001.txt", "fr02_france_sarkozy_candidature_presidentielle.txt", None),
    ("2016/12/2016_12_05-001.txt", "fr03_france_parti_socialiste_adherents.txt", None),
    ("2017/09/2017_09_21-002.txt", "fr04_france_philippot_quitte_front_national.txt", None),
    ("2017/09/2017_09_25-001.txt", "fr05_france_senatoriales_2017_lrem.txt", None),
    ("2018/03/2018_03_11-006.txt", "fr06_france_jean_marie_le_pen_president_honneur.txt", None),
    # economy, business
    ("2016/11/2016_11_26-002.txt", "fr07_burundi_recettes_interieures_budget.txt", None),
    ("2017/01/2017_01_18-001.txt", "fr08_france_edf_fermeture_boutiques.txt", None),
    ("2017/11/2017_11_07-001.txt", "fr09_siemens_gamesa_suppressions_emplois.txt", None),
    ("2017/09/2017_09_21-001.txt", "fr10_france_edition_media_participations_la_martiniere.txt", None),
    ("2018/03/2018_03_29-001.txt", "fr11_pays_bas_schiphol_bus_electriques.txt", None),
    # justice, international, science, sport
    ("2018/03/2018_03_17-002.txt", "fr12_etats_unis_fbi_mccabe_limoge.txt", None),
    ("2016/10/2016_10_10-002.txt", "fr13_nobel_economie_hart_holmstrom.txt", None),
    ("2016/10/2016_10_30-004.txt", "fr14_handball_championnat_sixieme_journee.txt", None),
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

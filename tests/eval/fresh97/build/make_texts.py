#!/usr/bin/env python3
"""Build the thirteen WiNER-fr texts (fr01-fr13) of fresh97 (modelled on fresh95's script, itself copied from
fresh50's and fresh49's).

usage: make_texts.py OUTDIR WINER_GITDIR
  WINER_GITDIR: git dir of WiNER-fr (GitHub YoannDupont/WiNER-fr), e.g. /work/.mirror/YoannDupont+WiNER-fr/repo;
  each text file is read with `git show 0fe35f0d687f27f230b550a09fed1d641a4b1601:PATH` (only the article .txt
  files are read; the .ann annotation files are never read).
Each file is normalised as in fresh49/fresh50/fresh95 (trailing spaces stripped, runs of blank lines reduced to
one, one final newline). KEEP is the number of blank-line-separated blocks kept (None keeps the whole file); all
thirteen articles are short enough (150-700 words) to be kept whole. Nothing else is dropped, added or corrected
(the WiNER link spaces such as "Areva ," and "l' Olympique lyonnais" and the sources' typos stay).
"""
import os, re, subprocess, sys

COMMIT = "0fe35f0d687f27f230b550a09fed1d641a4b1601"

FR = [
    # (source path, output file, blocks kept or None)
    # economy, employment, justice, politics, elections
    ("2017/10/2017_10_09-001.txt", "fr01_nucleaire_crise_industrie_mondiale.txt", None),
    ("2017/09/2017_09_26-001.txt", "fr02_france_chomage_hausse_aout_2017.txt", None),
    ("2017/02/2017_02_17-001.txt", "fr03_france_prescription_infractions_occultes.txt", None),
    ("2016/02/2016_02_11-004.txt", "fr04_france_conseil_etat_selection_master.txt", None),
    ("2016/03/2016_03_24-003.txt", "fr05_congo_sassou_nguesso_reelu.txt", None),
    ("2018/10/2018_10_22-001.txt", "fr06_quebec_opposition_cabinet_fantome_caq.txt", None),
    ("2018/02/2018_02_23-001.txt", "fr07_europe_macron_consultations_citoyennes.txt", None),
    # international
    ("2016/12/2016_12_02-001.txt", "fr08_pakistan_nouveau_chef_armee.txt", None),
    ("2017/11/2017_11_13-001.txt", "fr09_qatar_femmes_conseil_choura.txt", None),
    ("2018/04/2018_04_16-001.txt", "fr10_mali_attaque_tombouctou_minusma.txt", None),
    # sport, culture, science
    ("2016/05/2016_05_04-001.txt", "fr11_football_ol_finale_ligue_champions_feminine.txt", None),
    ("2016/06/2016_06_24-004.txt", "fr12_france_deces_edgard_pisani.txt", None),
    ("2016/10/2016_10_01-001.txt", "fr13_espace_osiris_rex_benou.txt", None),
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

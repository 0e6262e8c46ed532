#!/usr/bin/env python3
"""Build the thirteen WiNER-fr texts (fr01-fr13) of fresh95 (modelled on fresh50's script, itself copied from
fresh49's and earlier WiNER sets).

usage: make_texts.py OUTDIR WINER_GITDIR
  WINER_GITDIR: git dir of WiNER-fr (GitHub YoannDupont/WiNER-fr), e.g. /work/.mirror/YoannDupont+WiNER-fr/repo;
  each text file is read with `git show 0fe35f0d687f27f230b550a09fed1d641a4b1601:PATH` (only the article .txt
  files are read; the .ann annotation files are never read).
Each file is normalised as in fresh49/fresh50 (trailing spaces stripped, runs of blank lines reduced to one, one
final newline). Long articles are cut at a paragraph end: KEEP is the number of blank-line-separated blocks kept
(the title line is block 1; the date line and first body paragraph form block 2 as in the source); None keeps the
whole file. Nothing else is dropped, added or corrected (the WiNER link spaces such as "Flamanville ," and "l'
Euro" and the sources' typos stay).
"""
import os, re, subprocess, sys

COMMIT = "0fe35f0d687f27f230b550a09fed1d641a4b1601"

FR = [
    # (source path, output file, blocks kept or None)
    # economy, business, industry, politics, justice
    ("2016/07/2016_07_09-003.txt", "fr01_ue_sanctions_deficit_espagne_portugal.txt", 4),
    ("2017/08/2017_08_05-001.txt", "fr02_football_psg_neymar_222_millions.txt", 6),
    ("2017/02/2017_02_10-003.txt", "fr03_france_flamanville_incident_edf.txt", 8),
    ("2017/03/2017_03_15-001.txt", "fr04_france_candidats_transparence_liberation.txt", 7),
    ("2017/04/2017_04_22-002.txt", "fr05_france_attentat_champs_elysees_policier.txt", 7),
    # international
    ("2017/01/2017_01_21-005.txt", "fr06_pologne_troupes_americaines_zagan.txt", 7),
    ("2017/03/2017_03_24-001.txt", "fr07_haiti_pam_radios_ouragan_matthew.txt", 9),
    ("2016/01/2016_01_31-001.txt", "fr08_ukraine_donbass_accords_minsk.txt", 4),
    ("2016/09/2016_09_19-001.txt", "fr09_syrie_coalition_frappe_deir_ez_zor.txt", 4),
    ("2018/04/2018_04_30-001.txt", "fr10_afghanistan_double_attentat_kaboul.txt", None),
    # society, science, sport
    ("2018/09/2018_09_10-001.txt", "fr11_paris_attaque_couteau_villette.txt", None),
    ("2017/02/2017_02_02-002.txt", "fr12_science_ancetre_prehistorique_chine.txt", 6),
    ("2016/06/2016_06_07-003.txt", "fr13_triathlon_ironman_france_nice.txt", 4),
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

#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh106 (modelled on fresh102's script, itself copied from
fresh99's, fresh97's, fresh95's, fresh50's and fresh49's).

usage: make_texts.py OUTDIR WINER_GITDIR
  WINER_GITDIR: git dir of WiNER-fr (GitHub YoannDupont/WiNER-fr), e.g. /work/.mirror/YoannDupont+WiNER-fr/repo;
  each text file is read with `git show 0fe35f0d687f27f230b550a09fed1d641a4b1601:PATH` (only the article .txt
  files are read; the .ann annotation files are never read).
Each file is normalised as in fresh49/fresh50/fresh95/fresh97/fresh99/fresh102 (trailing spaces stripped, runs of
blank lines reduced to one, one final newline). KEEP is the number of blank-line-separated blocks kept (None keeps
the whole file); all fourteen articles are short enough (120-700 words) to be kept whole. Nothing else is dropped,
added or corrected (the WiNER link spaces such as "Karimov ," and "l' Union européenne" and the sources' typos stay).
"""
import os, re, subprocess, sys

COMMIT = "0fe35f0d687f27f230b550a09fed1d641a4b1601"

FR = [
    # (source path, output file, blocks kept or None)
    # politics, diplomacy, justice
    ("2016/11/2016_11_09-001.txt", "fr01_etats_unis_trump_elu.txt", None),
    ("2016/09/2016_09_02-002.txt", "fr02_ouzbekistan_mort_karimov.txt", None),
    ("2016/12/2016_12_17-003.txt", "fr03_burundi_convocation_ambassadeurs_ue.txt", None),
    ("2016/12/2016_12_19-003.txt", "fr04_onu_observateurs_alep.txt", None),
    ("2016/08/2016_08_30-002.txt", "fr05_corse_maire_accident_104000_euros.txt", None),
    ("2017/02/2017_02_24-004.txt", "fr06_coree_du_nord_kim_jong_nam_vx.txt", None),
    # economy, science
    ("2017/09/2017_09_20-001.txt", "fr07_chine_comac_commandes_c919.txt", None),
    ("2016/10/2016_10_05-002.txt", "fr08_nobel_chimie_machines_moleculaires.txt", None),
    # sport, culture, society
    ("2017/10/2017_10_01-003.txt", "fr09_amiens_losc_barriere_supporteurs.txt", None),
    ("2017/03/2017_03_21-001.txt", "fr10_deces_cycliste_roger_pingeon.txt", None),
    ("2017/09/2017_09_18-001.txt", "fr11_catch_deces_bobby_heenan.txt", None),
    ("2018/02/2018_02_02-002.txt", "fr12_var_collision_helicopteres.txt", None),
    ("2018/09/2018_09_17-001.txt", "fr13_bruxelles_policier_attaque_couteau.txt", None),
    ("2018/11/2018_11_14-001.txt", "fr14_californie_incendies_camp_fire.txt", None),
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

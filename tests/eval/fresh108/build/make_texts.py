#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh108 (modelled on fresh106's script, itself copied from
fresh102's, fresh99's, fresh97's, fresh95's, fresh50's and fresh49's).

usage: make_texts.py OUTDIR WINER_GITDIR
  WINER_GITDIR: git dir of WiNER-fr (GitHub YoannDupont/WiNER-fr), e.g. /work/.mirror/YoannDupont+WiNER-fr/repo;
  each text file is read with `git show 0fe35f0d687f27f230b550a09fed1d641a4b1601:PATH` (only the article .txt
  files are read; the .ann annotation files are never read).
Each file is normalised as in fresh49/fresh50/fresh95/fresh97/fresh99/fresh102/fresh106 (trailing spaces stripped,
runs of blank lines reduced to one, one final newline). KEEP is the number of blank-line-separated blocks kept (None
keeps the whole file); all fourteen articles are short enough (120-700 words) to be kept whole. Nothing else is
dropped, added or corrected (the WiNER link spaces such as "Burundi ." and "l' Euro 2016" and the sources' typos stay).
"""
import os, re, subprocess, sys

COMMIT = "0fe35f0d687f27f230b550a09fed1d641a4b1601"

FR = [
    # (source path, output file, blocks kept or None)
    # politics, diplomacy, justice
    ("2016/10/2016_10_25-003.txt", "fr01_burundi_cinq_ong_radiees.txt", None),
    ("2016/12/2016_12_11-001.txt", "fr02_canada_etats_unis_controles_frontaliers.txt", None),
    ("2017/02/2017_02_22-001.txt", "fr03_france_bayrou_rallie_macron.txt", None),
    # international
    ("2016/10/2016_10_17-001.txt", "fr04_irak_bataille_mossoul.txt", None),
    ("2017/04/2017_04_13-002.txt", "fr05_afghanistan_bombe_gbu_43.txt", None),
    ("2017/10/2017_10_16-001.txt", "fr06_irak_armee_kirkouk.txt", None),
    ("2018/02/2018_02_24-002.txt", "fr07_somalie_attentats_mogadiscio.txt", None),
    # society, transport, faits divers
    ("2016/03/2016_03_04-001.txt", "fr08_roissy_drone_air_france.txt", None),
    ("2017/04/2017_04_16-004.txt", "fr09_suisse_mort_chaim_nissim_creys_malville.txt", None),
    ("2018/03/2018_03_10-005.txt", "fr10_russie_mains_khabarovsk.txt", None),
    ("2018/11/2018_11_17-001.txt", "fr11_france_gilets_jaunes_17_novembre.txt", None),
    # sport, culture
    ("2016/08/2016_08_14-001.txt", "fr12_rio_escrime_epee_equipe_de_france.txt", None),
    ("2016/06/2016_06_12-002.txt", "fr13_euro_2016_bagarre_nice.txt", None),
    ("2016/06/2016_06_28-001.txt", "fr14_deces_bud_spencer.txt", None),
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

#!/usr/bin/env python3
"""Build the fourteen WiNER-fr texts (fr01-fr14) of fresh50 (copied from fresh49's script, itself copied from
fresh48's, fresh47's, fresh46's, fresh45's, fresh44's, fresh43's, fresh42's and fresh41's and modelled on fresh38's
and fresh39's).

usage: make_texts.py OUTDIR WINER_DIR
  WINER_DIR: WiNER-fr (GitHub YoannDupont/WiNER-fr) at 0fe35f0d687f27f230b550a09fed1d641a4b1601, unpacked
  WITHOUT the .ann annotation files (the commit has year folders 2016, 2017 and 2018 only):
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 2016 2017 2018 readme.md license.txt \
          | tar -x -C WINER_DIR --exclude='*.ann'
The files are copied whole (trailing spaces stripped, runs of blank lines reduced to one, one final newline);
nothing is dropped, added or corrected (the WiNER link spaces such as "au Burundi ." and "l' Iran" and the
sources' typos stay).
"""
import os, re, sys

FR = [
    # politics, institutions and diplomacy (Burundi, Israel and Syria)
    ("2016/11/2016_11_24-004.txt", "fr01_burundi_assemblee_eglise_catholique.txt"),
    ("2017/11/2017_11_13-002.txt", "fr02_israel_syrie_netanyahou_golan.txt"),
    # justice, police and rights (Burundi, France)
    ("2016/10/2016_10_24-005.txt", "fr03_burundi_journalistes_arretes_bujumbura.txt"),
    ("2016/10/2016_10_30-001.txt", "fr04_burundi_disparitions_forcees.txt"),
    ("2017/03/2017_03_12-007.txt", "fr05_france_saint_denis_mineurs_mis_en_examen.txt"),
    ("2017/03/2017_03_29-003.txt", "fr06_france_paris_intervention_policiere_mort.txt"),
    ("2016/08/2016_08_03-001.txt", "fr07_paris_eglise_sainte_rita_evacuee.txt"),
    ("2017/02/2017_02_16-002.txt", "fr08_france_lille_interpellation_projet_attentat.txt"),
    # science (astronomy and space)
    ("2018/02/2018_02_22-002.txt", "fr09_astronomie_supernova_sn2016gkg_amateur.txt"),
    ("2018/03/2018_03_10-009.txt", "fr10_astronomie_hubble_wasp39b.txt"),
    ("2018/03/2018_03_08-004.txt", "fr11_astronomie_soho_22_ans.txt"),
    ("2016/04/2016_04_05-001.txt", "fr12_espace_neid_nasa_nsf.txt"),
    # sport (a federation's calendar, a result)
    ("2016/09/2016_09_08-001.txt", "fr13_triathlon_itu_calendrier_wts_2017.txt"),
    ("2016/04/2016_04_18-002.txt", "fr14_duathlon_europe_kalkar.txt"),
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

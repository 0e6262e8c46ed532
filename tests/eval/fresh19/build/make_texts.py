#!/usr/bin/env python3
"""Build the VOA Learning English and WiNER-fr texts of fresh19.

usage: make_texts.py OUTDIR GRAMMAR_APP_GITDIR WINER_DIR
  GRAMMAR_APP_GITDIR: git dir of the snapshot of GitHub 0nguyenlinh123456789-sudo/grammar-app
  WINER_DIR: WiNER-fr unpacked at 0fe35f0 WITHOUT its .ann files
             (git archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 | tar -x --exclude='*.ann')
The three en.wikinews texts (en04-en06) were written out by hand from the AMALGUM .rs3 segments
(see README.md), not by this script.
"""
import json, re, subprocess, sys, os

out, gdir, winer = sys.argv[1:4]
COMMIT = "9b9b7c943fd7c628f729b4ad673348cc21e9f337"
VOA = {
    "voa-doc-7742571": "en01_voa_google_wallet_digital_ids.txt",
    "voa-doc-7854402": "en02_voa_titan_methane_ice.txt",
    "voa-doc-7446472": "en03_voa_nasa_supersonic_jet.txt",
}
data = json.loads(subprocess.run(["git", "--git-dir", gdir, "show", f"{COMMIT}:voa_doc_ung_vien.json"],
                                 capture_output=True, check=True).stdout)
for item in data:
    if item["id"] not in VOA:
        continue
    paras = [p.strip() for p in item["transcript"]]
    # drop a stray glossary entry ("envision v. to picture oneself") left in the transcript
    paras = [p for p in paras if not re.fullmatch(r"[a-z][a-z -]* (n|v|adj|adv)\. .*", p)]
    text = item["title"].strip() + "\n\n" + "\n\n".join(paras) + "\n"
    open(os.path.join(out, VOA[item["id"]]), "w", encoding="utf-8").write(text)

FR = {
    "2017/01/2017_01_24-006.txt": "fr01_gueant_condamne.txt",
    "2016/07/2016_07_06-001.txt": "fr02_tour_de_france_van_avermaet.txt",
    "2016/09/2016_09_02-004.txt": "fr03_festival_deauville.txt",
    "2016/11/2016_11_30-001.txt": "fr04_colombie_avion_football.txt",
    "2018/03/2018_03_09-007.txt": "fr05_valve_nouveaux_jeux.txt",
    "2016/10/2016_10_30-003.txt": "fr06_burundi_recession.txt",
}
for src, name in FR.items():
    lines = [l.rstrip() for l in open(os.path.join(winer, src), encoding="utf-8").read().split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    # keep title + blank line, then start at the dateline ("<date> . –"): drops the "Sur le meme sujet"
    # list of related titles (fr02) and the "Page actualisee" update notice (fr04)
    d = next(i for i, l in enumerate(lines) if l.endswith(". –"))
    lines = lines[:2] + lines[d:]
    open(os.path.join(out, name), "w", encoding="utf-8").write("\n".join(lines) + "\n")

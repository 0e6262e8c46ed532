#!/usr/bin/env python3
"""Build the VOA (en06, en07) and WiNER-fr (fr01-fr07) texts of fresh20 from the source snapshots.

usage: make_texts.py OUTDIR GRAMMAR_APP_GITDIR WINER_DIR

GRAMMAR_APP_GITDIR: git dir of GitHub 0nguyenlinh123456789-sudo/grammar-app (read at commit
9b9b7c943fd7c628f729b4ad673348cc21e9f337, file voa_doc_ung_vien.json).
WINER_DIR: WiNER-fr at 0fe35f0d687f27f230b550a09fed1d641a4b1601 unpacked WITHOUT the .ann files:
  git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 | tar -x --exclude='*.ann'
en01-en05 (Wikinews via AMALGUM .rs3) were detokenised by hand, not by this script (see README).
"""
import json, os, subprocess, sys

out, gitdir, winer = sys.argv[1:4]
COMMIT = "9b9b7c943fd7c628f729b4ad673348cc21e9f337"

VOA = {
    "voa-doc-7907257": "en06_voa_tech_stories_2024.txt",
    "voa-doc-7413386": "en07_voa_tech_stories_2023.txt",
}
raw = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:voa_doc_ung_vien.json"],
                     check=True, capture_output=True).stdout
for it in json.loads(raw):
    if it["id"] in VOA:
        paras = [p.strip() for p in it["transcript"] if p.strip()]
        with open(os.path.join(out, VOA[it["id"]]), "w", encoding="utf-8") as f:
            f.write(it["title"].strip() + "\n\n" + "\n\n".join(paras) + "\n")

WINER = {
    # source file: (target, first line of a trailing part to drop or None)
    "2016/03/2016_03_13-003.txt": ("fr01_handball_coupe_ligue_montpellier.txt", "Annonay"),
    "2017/03/2017_03_15-003.txt": ("fr02_fillon_mis_en_examen.txt", None),
    "2017/01/2017_01_22-005.txt": ("fr03_primaire_socialiste.txt", None),
    "2018/08/2018_08_27-001.txt": ("fr04_festival_angouleme_haiti.txt",
                                   "Sept films ont été choisis pour l'hommage au cinéma haïtien :"),
    "2017/12/2017_12_19-001.txt": ("fr05_accident_millas.txt", None),
    "2016/10/2016_10_17-003.txt": ("fr06_morandini_itele_greve.txt", None),
    "2017/10/2017_10_05-001.txt": ("fr07_macron_gms.txt", None),
}
for src, (dst, cut) in WINER.items():
    lines = [l.rstrip() for l in open(os.path.join(winer, src), encoding="utf-8").read().split("\n")]
    if cut is not None:
        lines = lines[:lines.index(cut)]
    while lines and not lines[-1]:
        lines.pop()
    with open(os.path.join(out, dst), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

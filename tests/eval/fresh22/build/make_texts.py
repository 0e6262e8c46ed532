#!/usr/bin/env python3
"""Build the VOA (en06, en07) and WiNER-fr (fr01-fr06) texts of fresh22.

usage: make_texts.py OUTDIR GRAMMAR_APP_GITDIR WINER_DIR
  GRAMMAR_APP_GITDIR: git dir of 0nguyenlinh123456789-sudo/grammar-app (read at commit 9b9b7c94...)
  WINER_DIR: WiNER-fr at 0fe35f0d..., unpacked WITHOUT the .ann files:
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 | tar -x -C WINER_DIR --exclude='*.ann'
The English Wikinews texts (en01-en05) were joined and detokenised by hand from AMALGUM .rs3 files (see README).
"""
import ast, json, os, re, subprocess, sys

VOA_COMMIT = "9b9b7c943fd7c628f729b4ad673348cc21e9f337"
GLOSS = re.compile(r"^[\w’' -]+ ?— ?(n|v|adj|adv|phrasal verb|idiom|figure of speech)\b")

def voa(gitdir):
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", VOA_COMMIT + ":voa_doc_ung_vien.json"],
                         check=True, capture_output=True).stdout
    return {x["id"]: x for x in json.loads(raw)}

def paras(x):
    t = x["transcript"]
    if isinstance(t, str):
        t = ast.literal_eval(t)
    return [p.strip() for p in t if p.strip() and not GLOSS.match(p.strip())]

def cut(ps, start, end):
    """drop paragraphs from the first one starting with `start` up to (not including) the first one starting
    with `end`"""
    i = next(k for k, p in enumerate(ps) if p.startswith(start))
    j = next(k for k, p in enumerate(ps) if p.startswith(end))
    assert i < j
    return ps[:i] + ps[j:]

def main(out, gitdir, winer):
    os.makedirs(out, exist_ok=True)
    d = voa(gitdir)
    # en06: Pew national-identity report; vocabulary list dropped; CUT (length): the paragraph "Mexico is tied
    # with the highest percentage ..." and the four paragraphs from "Calatan, who was born ..." to "Less than
    # half of people ..." included
    x = d["voa-doc-7496623"]
    ps = paras(x)
    ps = cut(ps, "Mexico is tied with the highest", "Beliefs about the two other aspects")
    ps = cut(ps, "Calatan, who was born", "Christine Huang is a research associate")
    open(os.path.join(out, "en06_voa_national_identity_pew.txt"), "w").write(x["title"] + "\n\n" + "\n\n".join(ps) + "\n")
    # en07: 2024 space year review; CUT (length): the section "Europa Clipper to explore Jupiter’s moon"
    # (heading and three paragraphs)
    x = d["voa-doc-7922471"]
    ps = paras(x)
    ps = cut(ps, "Europa Clipper to explore", "Boeing’s crew flight")
    open(os.path.join(out, "en07_voa_space_year_2024.txt"), "w").write(x["title"] + "\n\n" + "\n\n".join(ps) + "\n")
    # French: WiNER-fr texts (months 01-06 only), whole, trailing spaces stripped
    fr = [("2016/06/2016_06_07-001.txt", "fr01_football_barea_leopards.txt"),
          ("2016/06/2016_06_14-006.txt", "fr02_policiers_tues_magnanville.txt"),
          ("2017/02/2017_02_15-002.txt", "fr03_avalanche_tignes_savoie.txt"),
          ("2017/01/2017_01_20-005.txt", "fr04_valls_gifle_lamballe.txt"),
          ("2017/03/2017_03_21-006.txt", "fr05_tablettes_plougastel_finistere.txt"),
          ("2016/06/2016_06_19-003.txt", "fr06_camion_alcool_saint_denis_reunion.txt")]
    for src, dst in fr:
        lines = [l.rstrip() for l in open(os.path.join(winer, src), encoding="utf-8").read().split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
        open(os.path.join(out, dst), "w", encoding="utf-8").write(text)

if __name__ == "__main__":
    main(*sys.argv[1:4])

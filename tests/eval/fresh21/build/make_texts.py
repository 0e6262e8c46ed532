#!/usr/bin/env python3
"""Build the VOA (en01, en02) and WiNER-fr (fr01-fr07) texts of fresh21.

usage: make_texts.py OUTDIR GRAMMAR_APP_GITDIR WINER_DIR
  GRAMMAR_APP_GITDIR: git dir of 0nguyenlinh123456789-sudo/grammar-app (read at commit 9b9b7c94...)
  WINER_DIR: WiNER-fr at 0fe35f0d..., unpacked WITHOUT the .ann files:
      git --git-dir=... archive 0fe35f0d687f27f230b550a09fed1d641a4b1601 | tar -x -C WINER_DIR --exclude='*.ann'
The English Wikinews texts (en03-en06) were joined and detokenised by hand from AMALGUM .rs3 files (see README).
"""
import ast, json, os, re, subprocess, sys

VOA_COMMIT = "9b9b7c943fd7c628f729b4ad673348cc21e9f337"
GLOSS = re.compile(r"^[\w’' -]+ — (n|v|adj|adv|phrasal verb|idiom)\b")

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
    """drop paragraphs from the one equal to start up to (not including) the one equal to end"""
    i, j = ps.index(start), ps.index(end)
    return ps[:i] + ps[j:]

def main(out, gitdir, winer):
    os.makedirs(out, exist_ok=True)
    d = voa(gitdir)
    # en01: whole story, vocabulary list dropped
    x = d["voa-doc-6560639"]
    ps = paras(x)
    open(os.path.join(out, "en01_voa_vintage_clothing.txt"), "w").write(x["title"] + "\n\n" + "\n\n".join(ps) + "\n")
    # en02: cut (length) from the "How it works" heading to the paragraph introducing The Nature Conservancy
    x = d["voa-doc-7511350"]
    ps = paras(x)
    ps = cut(ps, "How it works", next(p for p in ps if p.startswith("The Nature Conservancy (TNC)")))
    open(os.path.join(out, "en02_voa_virtual_fences.txt"), "w").write(x["title"] + "\n\n" + "\n\n".join(ps) + "\n")
    # French: WiNER-fr texts, trailing spaces stripped; listed lines dropped
    fr = [("2016/11/2016_11_19-001.txt", "fr01_chomage_insee_t3_2016.txt", []),
          ("2016/05/2016_05_12-002.txt", "fr02_quebec_taxis_uberx.txt", []),
          ("2017/11/2017_11_11-001.txt", "fr03_creation_emplois_ralentit.txt", []),
          ("2018/10/2018_10_27-001.txt", "fr04_budget_italie_rejete.txt", []),
          ("2017/03/2017_03_15-005.txt", "fr05_helicoptere_istanbul.txt", []),
          ("2016/10/2016_10_04-001.txt", "fr06_nobel_physique_2016.txt", []),
          ("2017/01/2017_01_17-002.txt", "fr07_tajani_parlement_europeen.txt",
           ["Résultats du deuxième scrutin :", "Résultats du troisième scrutin :"])]
    for src, dst, drop in fr:
        lines = [l.rstrip() for l in open(os.path.join(winer, src), encoding="utf-8").read().split("\n")]
        text = "\n".join(l for l in lines if l.strip() not in drop)
        text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
        open(os.path.join(out, dst), "w", encoding="utf-8").write(text)

if __name__ == "__main__":
    main(*sys.argv[1:4])

#!/usr/bin/env python3
"""Build the texts (en01-en05) of fresh40 from one source.

usage: make_texts.py OUTDIR GRAMMAR_APP_GITDIR
  GRAMMAR_APP_GITDIR: git dir of the GitHub repository 0nguyenlinh123456789-sudo/grammar-app holding commit
      9b9b7c943fd7c628f729b4ad673348cc21e9f337 (e.g. /work/.mirror/0nguyenlinh123456789-sudo+grammar-app/repo);
      the five texts are VOA Learning English stories of its harvest voa_doc_ung_vien.json (fields "id", "title",
      "transcript", ...), the five ids that fresh19-fresh22 and fresh37 did not use (fresh37's README left them for
      a later set).
Changes, all here (same normalisation as fresh37):
  title line = "title" without the site suffix " | VOA Learning English", blank line, the "transcript" paragraphs
  joined by blank lines (section headings such as "Beginnings" kept as their own lines); everything after the
  signature line ("I'm Bryan Lynn.", "I'm Jill Robbins. And I'm Andrew Smith.") is dropped (the comment-system
  notice of en05; the harvest keeps no vocabulary list in the transcript); for length, whole paragraphs are dropped
  (CUTS, each paragraph named by its first words, each must occur exactly once); nothing else.
"""
import ast, json, os, subprocess, sys

VOA_COMMIT = "9b9b7c943fd7c628f729b4ad673348cc21e9f337"
# (id, output file, paragraphs dropped for length: first words of each)
VOA = [
    ("voa-doc-7872624", "en01_voyager_reconnects_nasa.txt", []),
    ("voa-doc-7782117", "en02_earth_electric_field_endurance.txt", []),
    ("voa-doc-7407145", "en03_enceladus_hydrogen_cyanide.txt", []),
    ("voa-doc-7379281", "en04_mars_helicopter_blade_tests.txt", []),
    ("voa-doc-7148741", "en05_national_arab_orchestra.txt",
     ["“So we’re doing this to bring awareness", "He added, “I really love to share who I am",
      "Throughout almost every song, Arabic orchestras", "Ibrahim explained that the arts bring people",
      "“I guess there’s a case to be made"]),
]

def main(out, gitdir):
    os.makedirs(out, exist_ok=True)
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", VOA_COMMIT + ":voa_doc_ung_vien.json"],
                         check=True, capture_output=True).stdout
    docs = {x["id"]: x for x in json.loads(raw)}
    for vid, name, cuts in VOA:
        x = docs[vid]
        t = x["transcript"]
        if isinstance(t, str):
            t = ast.literal_eval(t)
        ps = [p.strip() for p in t if p.strip()]
        sig = next(i for i, p in enumerate(ps) if p.startswith("I’m ") or p.startswith("I'm "))
        ps = ps[:sig + 1]
        for c in cuts:
            hits = [p for p in ps if p.startswith(c)]
            assert len(hits) == 1, (name, c)
            ps.remove(hits[0])
        title = x["title"].replace(" | VOA Learning English", "").strip()
        open(os.path.join(out, name), "w", encoding="utf-8").write(title + "\n\n" + "\n\n".join(ps) + "\n")

if __name__ == "__main__":
    main(*sys.argv[1:3])

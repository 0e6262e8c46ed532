#!/usr/bin/env python3
"""Build the texts (en01-en07) of fresh65 from one source.

usage: make_texts.py OUTDIR GRAMMAR_APP_GITDIR
  GRAMMAR_APP_GITDIR: git dir of the GitHub repository 0nguyenlinh123456789-sudo/grammar-app holding commit
      9b9b7c943fd7c628f729b4ad673348cc21e9f337 (e.g. /work/.mirror/0nguyenlinh123456789-sudo+grammar-app/repo);
      the seven texts are VOA Learning English stories of its harvest voa_doc_ung_vien.json (fields "id", "title",
      "transcript", ...), ids that fresh19-fresh22, fresh37 and fresh40 did not use.
Changes, all here (same normalisation as fresh37/fresh40):
  title line = "title" without the site suffix " | VOA Learning English" (none of the seven carries it), blank
  line, the "transcript" paragraphs joined by blank lines (section headings such as "Memorial Day tradition" kept
  as their own lines); everything after the (first) signature paragraph ("I'm Caty Weaver.", "I'm Ashley Thompson.
  And I'm Mario Ritter, Jr.", "I'm Dan Novak.", ...) is dropped (the comment-system notice of en01, the credit line
  of en02, the vocabulary list of en04, the readers' question of en05); in en06 the second signature paragraph
  "And I'm Ashley Thompson." is kept (it continues the first, as fresh37's two-reader signatures).
  Length: a text longer than 700 words (wc -w of the written file, title included) is CUT AT A PARAGRAPH END: the
  paragraphs are kept in order while the file stays within 700 words, the rest (signature included) is dropped;
  a section heading left last by the cut is dropped too (en07's "Tank friends").
  Nothing else is changed.
"""
import ast, json, os, subprocess, sys

VOA_COMMIT = "9b9b7c943fd7c628f729b4ad673348cc21e9f337"
MAX_WORDS = 700
# (id, output file, extra signature paragraphs kept after the first one)
VOA = [
    ("voa-doc-6677635", "en01_voa_monkeypox_who_emergency.txt", 0),
    ("voa-doc-6587563", "en02_voa_memorial_day_delaware_arlington.txt", 0),
    ("voa-doc-7659251", "en03_voa_juneteenth_history.txt", 0),
    ("voa-doc-6998098", "en04_voa_play_english_iranian_students.txt", 0),
    ("voa-doc-7532255", "en05_voa_vernal_equinox_spring_festivals.txt", 0),
    ("voa-doc-4117570", "en06_voa_thanksgiving_tradition.txt", 1),
    ("voa-doc-6894375", "en07_voa_betta_fish_care.txt", 0),
]

def words(s):
    return len(s.split())

def main(out, gitdir):
    os.makedirs(out, exist_ok=True)
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", VOA_COMMIT + ":voa_doc_ung_vien.json"],
                         check=True, capture_output=True).stdout
    docs = {x["id"]: x for x in json.loads(raw)}
    for vid, name, extra in VOA:
        x = docs[vid]
        t = x["transcript"]
        if isinstance(t, str):
            t = ast.literal_eval(t)
        ps = [" ".join(p.split()) for p in t if p.strip()]
        sig = next(i for i, p in enumerate(ps) if p.startswith("I’m ") or p.startswith("I'm "))
        ps = ps[:sig + 1 + extra]
        title = " ".join(x["title"].replace(" | VOA Learning English", "").split())
        kept, n = [], words(title)
        for p in ps:
            if n + words(p) > MAX_WORDS:
                break
            kept.append(p)
            n += words(p)
        cut = len(kept) < len(ps)
        while cut and not kept[-1].rstrip().endswith((".", "!", "?", "”", '"')):
            n -= words(kept.pop())  # a cut never ends on a section heading
        open(os.path.join(out, name), "w", encoding="utf-8").write(title + "\n\n" + "\n\n".join(kept) + "\n")
        print(name, n, "words", "(cut: %d of %d paragraphs kept, last kept: %r)" % (len(kept), len(ps), kept[-1][:60])
              if cut else "")

if __name__ == "__main__":
    main(*sys.argv[1:3])

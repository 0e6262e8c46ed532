#!/usr/bin/env python3
"""Re-reading aid: list capitalised words and numbers of each text not covered by any gold surface.
usage: uncovered.py entities.toml texts/"""
import os, re, sys, tomllib
KINDS = ["person", "organization", "place", "date", "money", "percent", "quantity"]
g = tomllib.load(open(sys.argv[1], "rb"))
for a in g["article"]:
    text = open(os.path.join(sys.argv[2], a["file"]), encoding="utf-8").read()
    covered = [False] * len(text)
    for k in KINDS:
        for s in a.get(k, []):
            for m in re.finditer(re.escape(s), text):
                for i in range(m.start(), m.end()):
                    covered[i] = True
    out = []
    for m in re.finditer(r"\b(?:[A-ZÀ-ÖØ-Þ][\w’'.&-]*|\d[\d.,  ]*)", text):
        if not any(covered[m.start():m.end()]):
            out.append(m.group().strip())
    print(a["file"], ":", " ".join(sorted(set(out))))

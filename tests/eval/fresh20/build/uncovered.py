#!/usr/bin/env python3
"""Re-reading aid: list capitalised words and numbers of each text not covered by any gold surface.
usage: uncovered.py entities.toml texts/"""
import re, sys, os, tomllib
gold = tomllib.load(open(sys.argv[1], "rb"))
for art in gold["article"]:
    t = open(os.path.join(sys.argv[2], art["file"]), encoding="utf-8").read()
    cov = [False] * len(t)
    for k, v in art.items():
        if k == "file": continue
        for s in v:
            for m in re.finditer(re.escape(s), t):
                for i in range(m.start(), m.end()): cov[i] = True
    out = []
    for m in re.finditer(r"\b(?:[A-ZÀ-Ý][\w’'.-]*|\d[\d.,]*)", t):
        if not any(cov[m.start():m.end()]): out.append(m.group())
    print(art["file"], ":", " ".join(dict.fromkeys(out)))

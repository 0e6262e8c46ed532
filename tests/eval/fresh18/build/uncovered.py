#!/usr/bin/env python3
"""List capitalised words and numbers of each text that no gold surface covers (for a re-reading pass)."""
import re, sys, tomllib, os
gold, texts = sys.argv[1], sys.argv[2]
arts = tomllib.load(open(gold, "rb"))["article"]
for a in arts:
    t = open(os.path.join(texts, a["file"]), encoding="utf-8").read()
    cov = [False] * len(t)
    for k in ("person", "organization", "place", "date", "money", "percent", "quantity"):
        for s in a[k]:
            for m in re.finditer(re.escape(s), t):
                for i in range(m.start(), m.end()):
                    cov[i] = True
    out = []
    for m in re.finditer(r"\b(?:[A-ZÀ-Ý][\w’'\-\.]*|\d[\d ,.½]*)", t):
        if m.start() < len(cov) and not cov[m.start()]:
            out.append(m.group().strip())
    print(a["file"], ":", " | ".join(sorted(set(out))))

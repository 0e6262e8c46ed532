#!/usr/bin/env python3
"""List capitalised words and numbers of each text not covered by a gold surface (a re-reading aid)."""
import re, sys, tomllib, os
gold = tomllib.load(open(sys.argv[1], "rb"))
for art in gold["article"]:
    t = open(os.path.join(sys.argv[2], art["file"]), encoding="utf-8").read()
    cov = [False] * len(t)
    for k in ("person", "organization", "place", "date", "money", "percent", "quantity"):
        for s in art[k]:
            for m in re.finditer(re.escape(s), t):
                for i in range(m.start(), m.end()):
                    cov[i] = True
    miss = sorted({m.group() for m in re.finditer(r"\b[A-ZÀ-Ý0-9][\w’'.-]*", t) if not any(cov[m.start():m.end()])})
    print(art["file"], ":", " ".join(miss))

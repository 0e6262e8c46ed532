#!/usr/bin/env python3
"""Search 45-character slices of every long sentence of our texts in earlier sets and seeds."""
import glob, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
texts = sorted(glob.glob(os.path.join(here, "..", "texts", "*.txt")))
others = [p for p in glob.glob("/work/main/tests/eval/*/texts/*") + glob.glob("/work/shared/**/*", recursive=True)
          + glob.glob("/work/main/seeds/**/*", recursive=True)
          if os.path.isfile(p) and "/fresh18/" not in p and not p.endswith(".jsonl")]
corpus = {}
for p in others:
    try:
        corpus[p] = open(p, encoding="utf-8", errors="ignore").read()
    except Exception:
        pass
hits = 0
for t in texts:
    sents = [s for s in re.split(r"(?<=[.!?])\s+", open(t, encoding="utf-8").read()) if len(s) > 60]
    for s in sents:
        for sl in (s[:45], s[len(s)//2:len(s)//2+45]):
            for p, c in corpus.items():
                if sl in c:
                    hits += 1
                    print(os.path.basename(t), "|", sl, "|", p)
print("files searched:", len(corpus), "hits:", hits)

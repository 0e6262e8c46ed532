#!/usr/bin/env python3
"""Search 45-character slices (start, middle) of every sentence over 60 characters of each text in
earlier sets' texts and the seeds. Run from tests/eval/fresh17/."""
import glob, re, os
corpus = []
for f in glob.glob('../*/texts/*') + glob.glob('/work/shared/seeds/**/*', recursive=True) + glob.glob('/work/main/seeds/**/*', recursive=True):
    if os.path.isfile(f) and '/fresh17/' not in f:
        try: corpus.append((f, open(f, encoding='utf-8', errors='replace').read()))
        except Exception: pass
hits = n = 0
for t in sorted(glob.glob('texts/*.txt')):
    for s in re.split(r'(?<=[.!?])\s+|\n+', open(t, encoding='utf-8').read()):
        if len(s) <= 60: continue
        n += 1
        for sl in (s[:45], s[len(s)//2:len(s)//2+45]):
            for f, c in corpus:
                if sl in c:
                    hits += 1; print('HIT', t, f, repr(sl))
print(len(corpus), 'files searched,', n, 'sentences,', hits, 'hits')

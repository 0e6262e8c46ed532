import glob, re, os
srcs = [f for f in glob.glob('/work/main/tests/eval/*/texts/*') if '/fresh12/' not in f]
srcs += [f for f in glob.glob('/work/main/seeds/**/*', recursive=True) if os.path.isfile(f)]
srcs += [f for f in glob.glob('/tmp/lead/hunt/**/*', recursive=True) if os.path.isfile(f) and not f.endswith('.jsonl')]
corpus = []
for f in srcs:
    try: corpus.append(open(f, errors='ignore').read())
    except Exception: pass
big = '\n'.join(corpus)
norm = re.sub(r'[^a-z0-9]', '', big.lower())
n = hits = 0
for t in sorted(glob.glob('texts/*.txt')):
    text = open(t).read()
    sents = re.split(r'(?<=[.!?"])\s+(?=[A-Z"])|\n\n', text)
    for s in sents:
        s = s.strip()
        if len(s) <= 60: continue
        n += 1
        mid = len(s)//2 - 22
        for sl in (s[:45], s[mid:mid+45]):
            ns = re.sub(r'[^a-z0-9]', '', sl.lower())
            if sl in big or (len(ns) > 25 and ns in norm):
                hits += 1; print('HIT', t, repr(sl))
print(len(srcs), 'files;', n, 'sentences;', hits, 'hits')

# No-reuse check: every sentence over 60 characters of every text, two 45-character slices (start and
# middle), searched as they are and with everything but letters and digits removed, in all earlier sets'
# texts and in /work/main/seeds. (/tmp/lead was NOT searched: the brief forbade looking at it.)
import glob, re, os
srcs = [f for f in glob.glob('/work/main/tests/eval/*/texts/*') if '/fresh16/' not in f]
srcs += [f for f in glob.glob('/work/main/seeds/**/*', recursive=True) if os.path.isfile(f)]
big = '\n'.join(open(f, errors='ignore').read() for f in srcs)
norm = re.sub(r'[^a-z0-9àâäçéèêëîïôöùûüœ]', '', big.lower())
n = hits = 0
for t in sorted(glob.glob('texts/*.txt')):
    text = open(t).read()
    for s in re.split(r'(?<=[.!?"»])\s+(?=[A-ZÀ-Ý"«])|\n+', text):
        s = s.strip()
        if len(s) <= 60: continue
        n += 1
        mid = len(s)//2 - 22
        for sl in (s[:45], s[mid:mid+45]):
            ns = re.sub(r'[^a-z0-9àâäçéèêëîïôöùûüœ]', '', sl.lower())
            if sl in big or (len(ns) > 25 and ns in norm):
                hits += 1; print('HIT', t, repr(sl))
print(len(srcs), 'files;', n, 'sentences;', hits, 'hits')

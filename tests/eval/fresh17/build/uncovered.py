import tomllib, re, sys
g = tomllib.load(open(sys.argv[1], 'rb'))
for a in g['article']:
    t = open('texts/' + a['file']).read()
    cov = [False]*len(t)
    for k in ('person','organization','place','date','money','percent','quantity'):
        for s in a[k]:
            if s not in t: print('MISSING', a['file'], k, s)
            for m in re.finditer(re.escape(s), t):
                for i in range(m.start(), m.end()): cov[i] = True
    out = set()
    for m in re.finditer(r"[A-ZÀ-ÖØ-Þ][\w'.-]*|\d[\d,.:]*", t):
        if not cov[m.start()]: out.add(m.group())
    print('==', a['file'], ' '.join(sorted(out)))

import sys, re
NOSPACE_BEFORE = {',', '.', ';', ':', '?', '!', ')', ']', '%', "'s", "n't", "'re", "'ve", "'d", "'m", "'ll", "'S", '...'}
NOSPACE_AFTER = {'(', '[', '$', 'US$', '£', '€', 'AU$'}
def detok_par(par):
    toks = par.split()
    out = ''
    dq_open = False
    glue_next = False
    for i, t in enumerate(toks):
        if t == '"':
            if not dq_open:
                out += ('' if glue_next or not out else ' ') + '"'
                glue_next = True
                dq_open = True
            else:
                out += '"'
                dq_open = False
                glue_next = False
            continue
        if t == '...' and out.endswith('['):
            out += t; glue_next = True; continue
        sp = not (glue_next or not out or t in NOSPACE_BEFORE)
        out += (' ' if sp else '') + t
        glue_next = t in NOSPACE_AFTER
    return out
src = open(sys.argv[1]).read().strip()
pars = [p.replace('\n', ' ') for p in re.split(r'\n\s*\n', src)]
print('\n\n'.join(detok_par(p) for p in pars))

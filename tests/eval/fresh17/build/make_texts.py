#!/usr/bin/env python3
"""Build fresh17 texts. Run from tests/eval/fresh17/ with:
  make_texts.py FED_MIRROR LEGAL_CSV WINER_DIR
FED_MIRROR: git dir of vtasca/fed-statement-scraping; LEGAL_CSV: dataset/legal_dataset.csv of
nsi319/Long-Document-Transformers @1a04878; WINER_DIR: WiNER-fr @0fe35f0 unpacked without *.ann."""
import csv, subprocess, sys, re, shutil
fed, legal, winer = sys.argv[1:4]
csv.field_size_limit(10**9)

def write(name, title, dateline, paras):
    body = '\n\n'.join(p.strip() for p in paras if p.strip())
    txt = title + '\n\n' + (dateline + '\n\n' if dateline else '') + body + '\n'
    open('texts/' + name, 'w', encoding='utf-8').write(txt)

def fomc(commit):
    raw = subprocess.run(['git', '--git-dir', fed, 'show', commit + ':statement.txt'],
                         capture_output=True).stdout.decode('utf-8')
    # undo the double UTF-8 encoding of non-ASCII characters ("\u00e2\u0080\u0091" -> U+2011)
    raw = re.sub('[\u00c2-\u00f4][\u0080-\u00bf]+',
                 lambda m: m.group(0).encode('latin-1').decode('utf-8', 'strict'), raw)
    paras = [p.strip() for p in raw.split('\n\n')]
    keep = []
    for p in paras:
        if p.startswith('For media inquiries') or p.startswith('Implementation Note'):
            break                                       # contact line and page links dropped
        keep.append(p)
    return keep

write('en01_fed_fomc_emergency_rate_cut.txt', 'Federal Reserve issues FOMC statement',
      'March 15, 2020', fomc('ee1c4ed'))
write('en02_fed_fomc_rate_hike_ukraine.txt', 'Federal Reserve issues FOMC statement',
      'June 15, 2022', fomc('d180e3d'))
shutil.copy('build/en03_us_bancorp.raw', 'texts/en03_fed_us_bancorp_penalty.txt')

rows = {r[0]: r for r in csv.reader(open(legal, encoding='utf-8'))}
def sec(idx):
    s = rows[idx][2].strip()
    return re.split(r'(?<=[.")])  +', s)                 # two spaces after a sentence = paragraph break
write('en04_sec_qualys_insider_tipping.txt',
      'SEC charges former Qualys executive with insider trading', '', sec('53'))
write('en05_sec_axesstel_inflated_revenue.txt',
      'SEC charges Axesstel and executives over inflated revenues', '', sec('87'))
write('en06_sec_emeritus_merger_insider_trading.txt',
      'Former medical distributor executives settle insider trading charges', '', sec('146'))
write('en07_sec_apollo_partner_expenses.txt',
      'SEC charges former Apollo partner with billing personal expenses to clients', '', sec('124'))

for name, src in [('fr01_zone_euro_chomage_jeunes.txt', '2017/01/2017_01_09-002.txt'),
                  ('fr02_crise_de_la_presse.txt', '2017/01/2017_01_05-003.txt'),
                  ('fr03_uber_conflit_chauffeurs.txt', '2016/12/2016_12_20-001.txt'),
                  ('fr04_iron_harvest_kickstarter.txt', '2018/04/2018_04_17-001.txt'),
                  ('fr05_accord_libre_echange_canada_ue.txt', '2016/10/2016_10_30-002.txt')]:
    t = open(winer + '/' + src, encoding='utf-8').read()
    lines = [l.rstrip() for l in t.split('\n')]
    open('texts/' + name, 'w', encoding='utf-8').write('\n'.join(lines).strip('\n') + '\n')

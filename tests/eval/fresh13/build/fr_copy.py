# Copies the chosen WiNER-fr texts (git archive of YoannDupont/WiNER-fr at 0fe35f0, .ann files excluded)
# into texts/, unchanged except trailing whitespace stripped per line and one final newline.
import sys
SRC = sys.argv[1] if len(sys.argv) > 1 else '/tmp/winer'
CHOSEN = [
    ('2017/12/2017_12_14-001', 'fr01_disney_rachete_fox.txt'),
    ('2018/05/2018_05_26-001', 'fr02_adobe_rachete_magento.txt'),
    ('2016/07/2016_07_29-001', 'fr03_croissance_nulle_deuxieme_trimestre.txt'),
    ('2017/01/2017_01_13-004', 'fr04_chine_croissance_exportations.txt'),
    ('2016/01/2016_01_24-003', 'fr05_iran_achat_114_airbus.txt'),
    ('2017/09/2017_09_19-001', 'fr06_nintendo_switch_va_mieux.txt'),
    ('2018/11/2018_11_19-002', 'fr07_ghosn_nissan_dissimulation.txt'),
    ('2017/10/2017_10_19-002', 'fr08_tupperware_ferme_usine.txt'),
]
for src, dst in CHOSEN:
    lines = [l.rstrip() for l in open(f'{SRC}/{src}.txt', encoding='utf-8').read().split('\n')]
    text = '\n'.join(lines).strip('\n') + '\n'
    open(f'texts/{dst}', 'w', encoding='utf-8').write(text)
    print(dst, len(text.split()))

# Copies the chosen WiNER-fr texts (git archive of YoannDupont/WiNER-fr at 0fe35f0, .ann files excluded)
# into texts/, unchanged except trailing whitespace stripped per line and one final newline.
import sys
SRC = sys.argv[1] if len(sys.argv) > 1 else '/tmp/winer16'
CHOSEN = [
    ('2016/02/2016_02_16-002', 'fr01_independent_fin_papier.txt'),
    ('2016/08/2016_08_08-002', 'fr02_facebook_contre_snapchat.txt'),
    ('2017/03/2017_03_21-003', 'fr03_deces_david_rockefeller.txt'),
    ('2018/03/2018_03_06-001', 'fr04_canal_plus_tf1.txt'),
    ('2016/02/2016_02_16-001', 'fr05_air_mediterranee_liquidation.txt'),
    ('2017/04/2017_04_22-003', 'fr06_trump_reforme_fiscale.txt'),
    ('2016/01/2016_01_18-001', 'fr07_tennis_matchs_truques.txt'),
    ('2017/02/2017_02_15-001', 'fr08_luxembourg_accident_train.txt'),
    ('2017/03/2017_03_10-001', 'fr09_coree_sud_destitution.txt'),
    ('2018/02/2018_02_05-001', 'fr10_abdeslam_ayari_requis.txt'),
    ('2016/10/2016_10_03-001', 'fr11_nobel_medecine_ohsumi.txt'),
]
for src, dst in CHOSEN:
    lines = [l.rstrip() for l in open(f'{SRC}/{src}.txt', encoding='utf-8').read().split('\n')]
    text = '\n'.join(lines).strip('\n') + '\n'
    open(f'texts/{dst}', 'w', encoding='utf-8').write(text)
    print(dst, len(text.split()))

# Copies the chosen WiNER-fr texts (git archive of YoannDupont/WiNER-fr at 0fe35f0, .ann files excluded)
# into texts/, unchanged except trailing whitespace stripped per line and one final newline.
import sys
SRC = sys.argv[1] if len(sys.argv) > 1 else '/tmp/winer15'
CHOSEN = [
    ('2016/05/2016_05_04-002', 'fr01_billet_500_euros_bce.txt'),
    ('2016/12/2016_12_29-004', 'fr02_trump_sprint_oneweb_emplois.txt'),
    ('2017/01/2017_01_10-001', 'fr03_areva_aide_etat.txt'),
    ('2017/02/2017_02_01-004', 'fr04_starbucks_refugies.txt'),
    ('2017/03/2017_03_23-003', 'fr05_airbus_enquete_fraude.txt'),
    ('2017/04/2017_04_11-001', 'fr06_united_airlines_passager.txt'),
    ('2018/10/2018_10_29-001', 'fr07_bolsonaro_elu_bresil.txt'),
    ('2018/01/2018_01_18-001', 'fr08_tapisserie_bayeux_pret.txt'),
    ('2017/02/2017_02_11-003', 'fr09_champignon_subaquatique_lille.txt'),
    ('2017/01/2017_01_21-011', 'fr10_rallye_monte_carlo_spectateur.txt'),
]
for src, dst in CHOSEN:
    lines = [l.rstrip() for l in open(f'{SRC}/{src}.txt', encoding='utf-8').read().split('\n')]
    text = '\n'.join(lines).strip('\n') + '\n'
    open(f'texts/{dst}', 'w', encoding='utf-8').write(text)
    print(dst, len(text.split()))

# Copies the chosen WiNER-fr texts (git archive of YoannDupont/WiNER-fr at 0fe35f0, .ann files excluded)
# into texts/, unchanged except trailing whitespace stripped per line and one final newline.
import sys
SRC = sys.argv[1] if len(sys.argv) > 1 else '/tmp/winer14'
CHOSEN = [
    ('2017/09/2017_09_26-002', 'fr01_allemagne_merkel_fragilisee.txt'),
    ('2018/06/2018_06_23-001', 'fr02_colombie_ivan_duque_elu.txt'),
    ('2016/08/2016_08_04-003', 'fr03_football_menez_bordeaux.txt'),
    ('2016/08/2016_08_15-004', 'fr04_rio_bolt_triple_100m.txt'),
    ('2016/03/2016_03_24-001', 'fr05_festival_avignon_2016.txt'),
    ('2016/12/2016_12_08-001', 'fr06_cahuzac_condamne_appel.txt'),
    ('2018/04/2018_04_05-001', 'fr07_nasa_james_webb_reporte.txt'),
    ('2016/03/2016_03_20-001', 'fr08_flydubai_ecrasement_rostov.txt'),
    ('2018/04/2018_04_02-001', 'fr09_accident_bus_belge_baviere.txt'),
    ('2016/08/2016_08_06-002', 'fr10_pokemon_go_recettes.txt'),
]
for src, dst in CHOSEN:
    lines = [l.rstrip() for l in open(f'{SRC}/{src}.txt', encoding='utf-8').read().split('\n')]
    text = '\n'.join(lines).strip('\n') + '\n'
    open(f'texts/{dst}', 'w', encoding='utf-8').write(text)
    print(dst, len(text.split()))

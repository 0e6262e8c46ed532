#!/usr/bin/env python3
"""Build fresh70/texts from the fr.wikinews file of mpk001/RAKE-keywordsExtraction.

usage: make_texts.py OUTDIR RAKE_GITDIR
Reads data/docs/french/frwikinews-test-1000.txt at commit b5aeb0eade7cbecad4a8c89fb4b07da015697a50
(git show; the file itself was last changed in 13e4c14dfafdc4c1a29112637877484b8c05d855). The file holds
1 000 lines of fr.wikinews article text of January-May 2005, one sentence a line, with no titles, no
paragraph breaks and no article boundaries. Each text below is one run of consecutive lines (numbered
from 1), joined with single spaces into one body paragraph, as fresh9, fresh10, fresh64, fresh66 and
fresh67 did. The runs are runs none of fresh9, fresh10, fresh64, fresh66 and fresh67 used. SKIP lists
lines of a run left out: a line opening with a bare URL in brackets (fr09 line 63), lines ending in ':'
whose list the file lost (fr10 lines 179-180, fr11 line 505), and heading lines without a verb (fr13 line
793). Some runs stop before the end of their article (see README.md). The title line is NOT in the
source: it was written for this set (a short headline made of words of the body) and is marked so in
README.md.
"""
import os, subprocess, sys

COMMIT = "b5aeb0eade7cbecad4a8c89fb4b07da015697a50"
PATH = "data/docs/french/frwikinews-test-1000.txt"

# file, first line, last line, lines skipped, title written for this set
RUNS = [
    ("fr01_italie_berlusconi_annonce_demission.txt", 225, 232, [],
     "Italie : Silvio Berlusconi annonce sa démission et entend former un nouveau gouvernement"),
    ("fr02_palestine_municipales_fatah_hamas.txt", 960, 971, [],
     "Élections municipales : le Fatah de Mahmoud Abbas l'emporte en Cisjordanie et à Gaza, le Hamas conteste"),
    ("fr03_hamas_participera_elections_legislatives.txt", 103, 108, [],
     "Le Hamas participera aux élections du Conseil législatif palestinien"),
    ("fr04_delors_nouvelle_consultation_traite.txt", 548, 551, [],
     "Jacques Delors envisage une nouvelle consultation si la France rejette le traité"),
    ("fr05_iran_kharazi_enrichissement_nucleaire.txt", 741, 748, [],
     "Iran : Kamal Kharazi affirme sa détermination à poursuivre l'enrichissement"),
    ("fr06_nepal_levee_assignation_residence.txt", 690, 694, [],
     "Népal : levée de l'assignation à résidence de Madhav Kumar Nepal et d'Amrit Bohara"),
    ("fr07_togo_akitani_bob_autoproclame.txt", 468, 478, [],
     "Togo : le candidat de l'opposition Emmanuel Akitani Bob s'autoproclame président"),
    ("fr08_togo_goethe_institut_lome_incendie.txt", 509, 521, [],
     "Togo : l'institut culturel allemand de Lomé saccagé et incendié"),
    ("fr09_csa_eutelsat_sahar_interdiction.txt", 58, 67, [63],
     "Le CSA ordonne à Eutelsat d'arrêter la diffusion de la télévision iranienne Sahar-1"),
    ("fr10_oregon_cour_supreme_mariages.txt", 178, 186, [179, 180],
     "Oregon : la Cour suprême annule 3 000 mariages homosexuels"),
    ("fr11_cour_appel_paris_dvd_copie_privee.txt", 502, 506, [505],
     "La Cour d'appel de Paris estime que la protection des DVD rend inopérant le droit à la copie privée"),
    ("fr12_sem_suhner_reclassement_roumanie.txt", 453, 461, [],
     "L'entreprise Sem-Suhner licencie 9 personnes et leur propose un reclassement en Roumanie"),
    ("fr13_syndicats_enseignants_greve_16_mai.txt", 792, 799, [793],
     "Journée de solidarité : quatre syndicats enseignants appellent à la grève le 16 mai"),
    ("fr14_irak_attentat_erbil.txt", 784, 791, [],
     "Irak : un attentat-suicide tue environ 50 personnes à Erbil"),
]


def main():
    outdir, gitdir = sys.argv[1], sys.argv[2]
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{PATH}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    lines = raw.split("\n")
    os.makedirs(outdir, exist_ok=True)
    for name, first, last, skip, title in RUNS:
        body = [lines[i - 1].strip() for i in range(first, last + 1) if i not in skip]
        text = title + "\n\n" + " ".join(body) + "\n"
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()

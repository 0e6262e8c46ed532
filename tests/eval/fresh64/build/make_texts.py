#!/usr/bin/env python3
"""Build fresh64/texts from the fr.wikinews file of mpk001/RAKE-keywordsExtraction.

usage: make_texts.py OUTDIR RAKE_GITDIR
Reads data/docs/french/frwikinews-test-1000.txt at commit b5aeb0eade7cbecad4a8c89fb4b07da015697a50
(git show; the file itself was last changed in 13e4c14dfafdc4c1a29112637877484b8c05d855). The file holds
1 000 lines of fr.wikinews article text of January-May 2005, one sentence a line, with no titles, no
paragraph breaks and no article boundaries. Each text below is one run of consecutive lines (numbered
from 1), joined with single spaces into one body paragraph; SKIP lists lines of a run left out (a line
ending in ':' whose list the file lost). The title line is NOT in the source: it was written for this set
(a short headline made of words of the body) and is marked so in README.md.
"""
import os, subprocess, sys

COMMIT = "b5aeb0eade7cbecad4a8c89fb4b07da015697a50"
PATH = "data/docs/french/frwikinews-test-1000.txt"

# file, first line, last line, lines skipped, title written for this set
RUNS = [
    ("fr01_chine_commande_boeing_787.txt", 27, 33, [],
     "La Chine commande 60 Boeing 787"),
    ("fr02_apple_nouveaux_powerbook.txt", 40, 46, [],
     "Apple dévoile de nouveaux PowerBook"),
    ("fr03_sondage_sofres_referendum_oui.txt", 542, 547, [],
     "Référendum sur la constitution européenne : un sondage TNS-Sofres donne le « oui » gagnant"),
    ("fr04_pays_bas_sondages_referendum_non.txt", 384, 391, [387],
     "Pays-Bas : deux sondages annoncent une possible victoire du « non » au référendum"),
    ("fr05_italie_troisieme_gouvernement_berlusconi.txt", 315, 325, [],
     "Italie : Silvio Berlusconi présente son troisième gouvernement"),
    ("fr06_syrie_calendrier_retrait_liban.txt", 109, 114, [],
     "Bachar el-Assad promet un calendrier de retrait des troupes syriennes du Liban"),
    ("fr07_chine_manifestations_manuel_japonais.txt", 166, 177, [],
     "Chine : manifestations contre un manuel scolaire japonais"),
    ("fr08_honduras_maduro_accident_avion.txt", 684, 689, [],
     "Honduras : le président Ricardo Maduro légèrement blessé dans un accident d'avion"),
    ("fr09_nouvelle_zelande_margaret_wilson.txt", 87, 93, [],
     "Nouvelle-Zélande : Margaret Wilson élue présidente de la Chambre des représentants"),
    ("fr10_equateur_destitution_gutierrez.txt", 240, 253, [],
     "Équateur : le président Lucio Guttiérrez destitué par le Congrès national"),
    ("fr11_pakistan_arrestation_al_libbi.txt", 777, 783, [],
     "Pakistan : arrestation d'Abou Faraj al-Libbi"),
    ("fr12_bulgarie_roumanie_traite_adhesion.txt", 409, 420, [],
     "Signature du traité d'adhésion de la Bulgarie et de la Roumanie à l'Union européenne"),
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

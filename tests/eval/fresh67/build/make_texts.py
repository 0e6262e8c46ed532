#!/usr/bin/env python3
"""Build fresh67/texts from the fr.wikinews file of mpk001/RAKE-keywordsExtraction.

usage: make_texts.py OUTDIR RAKE_GITDIR
Reads data/docs/french/frwikinews-test-1000.txt at commit b5aeb0eade7cbecad4a8c89fb4b07da015697a50
(git show; the file itself was last changed in 13e4c14dfafdc4c1a29112637877484b8c05d855). The file holds
1 000 lines of fr.wikinews article text of January-May 2005, one sentence a line, with no titles, no
paragraph breaks and no article boundaries. Each text below is one run of consecutive lines (numbered
from 1), joined with single spaces into one body paragraph, as fresh9, fresh10, fresh64 and fresh66 did.
The runs are runs none of fresh9, fresh10, fresh64 and fresh66 used. SKIP lists lines of a run left out:
a line ending in ':' whose list the file lost (fr06 line 976, fr07 line 886) and two lines that repeat
line 805 (fr14 lines 806-807). Some runs stop before the end of their article (see README.md). The title
line is NOT in the source: it was written for this set (a short headline made of words of the body) and
is marked so in README.md.
"""
import os, subprocess, sys

COMMIT = "b5aeb0eade7cbecad4a8c89fb4b07da015697a50"
PATH = "data/docs/french/frwikinews-test-1000.txt"

# file, first line, last line, lines skipped, title written for this set
RUNS = [
    ("fr01_autriche_haider_quitte_fpo_bzo.txt", 675, 683, [],
     "Autriche : Jörg Haider annonce son départ du FPÖ et la création du BZÖ"),
    ("fr02_tchequie_paroubek_nomme_chef_gouvernement.txt", 401, 408, [],
     "République tchèque : Jiří Paroubek nommé chef du gouvernement après la démission de Stanislav Gross"),
    ("fr03_royaume_uni_elections_blair_favori.txt", 865, 878, [],
     "Élections britanniques : le parti travailliste de Tony Blair grand favori"),
    ("fr04_togo_election_presidentielle_candidats.txt", 301, 314, [],
     "Togo : les Togolais se rendent aux urnes pour élire un nouveau président"),
    ("fr05_le_pen_dement_retraite.txt", 552, 562, [],
     "Jean-Marie Le Pen dément toute intention de « prendre sa retraite »"),
    ("fr06_conseil_constitutionnel_veil_giscard_conge.txt", 973, 985, [976],
     "Conseil constitutionnel : la mise en congé de Valéry Giscard d'Estaing et de Simone Veil suscite la polémique"),
    ("fr07_liban_charges_levees_michel_aoun.txt", 879, 889, [886],
     "Liban : la justice lève les charges contre le général Michel Aoun"),
    ("fr08_italie_conteste_rapport_calipari.txt", 643, 655, [],
     "Affaire Calipari : l'Italie conteste le rapport d'enquête américain"),
    ("fr09_irak_arrestations_enlevement_margaret_hassan.txt", 638, 642, [],
     "Irak : arrestation de suspects de l'enlèvement de Margaret Hassan"),
    ("fr10_irak_allaoui_attaque_kamikaze.txt", 261, 269, [],
     "Irak : Iyad Allaoui échappe à une attaque kamikaze"),
    ("fr11_roumanie_basescu_journalistes_enleves.txt", 293, 300, [],
     "Roumanie : Traian Băsescu promet de tout faire pour libérer les trois journalistes enlevés en Irak"),
    ("fr12_taiwan_chen_shui_bian_dialogue_pekin.txt", 626, 636, [],
     "Taïwan : Chen Shui-bian souhaite ouvrir le dialogue avec Pékin"),
    ("fr13_tnp_reexamen_new_york.txt", 660, 669, [],
     "La réexamination du Traité de non-prolifération nucléaire débute à New York"),
    ("fr14_oms_unicef_rapport_paludisme.txt", 800, 809, [806, 807],
     "L'OMS et l'UNICEF publient le premier Rapport mondial sur le paludisme"),
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

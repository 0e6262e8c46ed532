#!/usr/bin/env python3
"""Build fresh66/texts from the fr.wikinews file of mpk001/RAKE-keywordsExtraction.

usage: make_texts.py OUTDIR RAKE_GITDIR
Reads data/docs/french/frwikinews-test-1000.txt at commit b5aeb0eade7cbecad4a8c89fb4b07da015697a50
(git show; the file itself was last changed in 13e4c14dfafdc4c1a29112637877484b8c05d855). The file holds
1 000 lines of fr.wikinews article text of January-May 2005, one sentence a line, with no titles, no
paragraph breaks and no article boundaries. Each text below is one run of consecutive lines (numbered
from 1), joined with single spaces into one body paragraph, as fresh9, fresh10 and fresh64 did. The runs
are runs none of fresh9, fresh10 and fresh64 used. The title line is NOT in the source: it was written for
this set (a short headline made of words of the body) and is marked so in README.md. No line inside a run
is skipped; fr01 stops before line 52 (a bare URL line), fr06 stops at line 762 (line 763 repeats it).
"""
import os, subprocess, sys

COMMIT = "b5aeb0eade7cbecad4a8c89fb4b07da015697a50"
PATH = "data/docs/french/frwikinews-test-1000.txt"

# file, first line, last line, title written for this set
RUNS = [
    ("fr01_microsoft_msn_search.txt", 47, 51,
     "Microsoft : MSN lance officiellement MSN Search, son nouveau moteur de recherche"),
    ("fr02_italie_confiance_gouvernement_berlusconi.txt", 535, 541,
     "Italie : le Parlement vote la confiance au troisième gouvernement de Silvio Berlusconi"),
    ("fr03_pologne_demission_belka_refusee.txt", 990, 997,
     "Pologne : Aleksander Kwaśniewski refuse la démission de son Premier ministre Marek Belka"),
    ("fr04_autriche_strache_president_fpo.txt", 326, 334,
     "Autriche : Heinz-Christian Strache élu président du FPÖ au congrès de Salzbourg"),
    ("fr05_liban_gouvernement_mikati.txt", 233, 239,
     "Liban : Najib Mikati annonce la formation du nouveau gouvernement"),
    ("fr06_israel_demission_chtcharanski.txt", 749, 762,
     "Israël : Nathan Chtcharanski remet sa démission du gouvernement d'Ariel Sharon"),
    ("fr07_palestine_elections_municipales.txt", 895, 909,
     "Élections municipales palestiniennes en Cisjordanie et dans la bande de Gaza"),
    ("fr08_togo_cour_constitutionnelle_gnassingbe.txt", 764, 776,
     "Togo : la Cour constitutionnelle confirme l'élection de Faure Gnassingbé"),
    ("fr09_nepal_levee_etat_urgence.txt", 576, 586,
     "Népal : le roi Gyanendra lève l'état d'urgence"),
    ("fr10_somalie_attentat_gedi_mogadiscio.txt", 735, 740,
     "Somalie : le Premier ministre Ali Mohamed Gedi sort indemne d'un attentat à Mogadiscio"),
    ("fr11_oklahoma_city_nichols_troisieme_homme.txt", 910, 919,
     "Attentat d'Oklahoma City : Terry Nichols affirme l'existence d'un « troisième homme »"),
    ("fr12_iles_marshall_essais_nucleaires_cancers.txt", 375, 383,
     "Essais nucléaires américains aux îles Marshall : l'Institut national du cancer réévalue le nombre de cancers"),
]


def main():
    outdir, gitdir = sys.argv[1], sys.argv[2]
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{PATH}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    lines = raw.split("\n")
    os.makedirs(outdir, exist_ok=True)
    for name, first, last, title in RUNS:
        body = [lines[i - 1].strip() for i in range(first, last + 1)]
        text = title + "\n\n" + " ".join(body) + "\n"
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()

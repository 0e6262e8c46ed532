#!/usr/bin/env python3
"""Build fresh73/texts from the fr.wikinews file of mpk001/RAKE-keywordsExtraction.

usage: make_texts.py OUTDIR RAKE_GITDIR
Reads data/docs/french/frwikinews-test-1000.txt at commit b5aeb0eade7cbecad4a8c89fb4b07da015697a50
(git show; the file itself was last changed in 13e4c14dfafdc4c1a29112637877484b8c05d855). The file holds
1 000 lines of fr.wikinews article text of January-May 2005, one sentence a line, with no titles, no
paragraph breaks and no article boundaries. Each text below is one run of consecutive lines (numbered
from 1), joined with single spaces into one body paragraph, as fresh9, fresh10, fresh64, fresh66,
fresh67 and fresh70 did. The runs are runs none of fresh9, fresh10, fresh64, fresh66, fresh67 and fresh70
used. SKIP lists lines of a run left out: one line ending in ':' whose list the file lost (fr14 line 721).
The title line is NOT in the source: it was written for this set (a short headline made of words of the
body) and is marked so in README.md.
"""
import os, subprocess, sys

COMMIT = "b5aeb0eade7cbecad4a8c89fb4b07da015697a50"
PATH = "data/docs/french/frwikinews-test-1000.txt"

# file, first line, last line, lines skipped, title written for this set
RUNS = [
    ("fr01_irak_elections_participation.txt", 34, 39, [],
     "Élections irakiennes : 72% des Irakiens inscrits avaient voté deux heures avant la fermeture des bureaux de vote"),
    ("fr02_kirghizistan_changement_pouvoir.txt", 133, 138, [],
     "Kirghizistan : le parlement nomme Kourmankev Bakiev président et Premier ministre par intérim"),
    ("fr03_cuba_chanet_droits_homme.txt", 155, 160, [],
     "Cuba : Christine Chanet demande la libération des prisonniers qui n'ont pas commis d'actes violents"),
    ("fr04_japon_koizumi_excuses_chine.txt", 277, 280, [],
     "Junichiro Koizumi présente ses excuses au peuple chinois"),
    ("fr05_togo_election_presidentielle.txt", 360, 369, [],
     "Togo : les Togolais ont voté pour élire le successeur d'Eyadéma Gnassingbé"),
    ("fr06_canal_plus_guignols_benoit_xvi.txt", 428, 439, [],
     "Canal+ retire une séquence des Guignols de l'Info consacrée au nouveau pape Benoît XVI"),
    ("fr07_pologne_hejmo_ipn.txt", 487, 493, [],
     "Konrad Hejmo dément les accusations de l'IPN"),
    ("fr08_france_vote_des_femmes_1945.txt", 496, 501, [],
     "Il y a 60 ans, les femmes françaises votaient pour la première fois"),
    ("fr09_roumanie_ratification_adhesion_ue.txt", 572, 575, [],
     "Le gouvernement roumain présente un projet de loi de ratification du traité d'adhésion à l'Union européenne"),
    ("fr10_togo_violences_refugies_benin.txt", 587, 599, [],
     "Togo : le seuil des cent morts dépassé, des milliers de Togolais ont fuit au Bénin"),
    ("fr11_egypte_attaques_caire.txt", 609, 617, [],
     "Égypte : deux attaques terroristes contre des touristes étrangers au Caire"),
    ("fr12_autriche_congres_bzo_haider.txt", 670, 674, [],
     "Autriche : Jörg Haider élu président de la BZÖ lors du congrès constitutif de Salzbourg"),
    ("fr13_textile_prix_france_grande_bretagne.txt", 703, 707, [],
     "Textile : les prix ont baissé en Grande-Bretagne, pas en France"),
    ("fr14_italie_calipari_contre_rapport.txt", 717, 723, [721],
     "Le gouvernement italien publie son propre rapport sur la mort de Nicola Calipari"),
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

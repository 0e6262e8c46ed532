#!/usr/bin/env python3
"""Build the twelve French texts (fr01-fr12) of fresh55 from the Wikinews keyphrase corpus (fr.wikinews, 2012).

usage: make_texts.py OUTDIR WIKINEWS_2013_PRE_GITDIR
  WIKINEWS_2013_PRE_GITDIR: git directory of GitHub boudinfl/wikinews-2013-pre (fetched mirror), read at commit
  8ab885018297334ddaa869bbed38bd77cd0276b4; the archive src/WikinewsKeyphraseCorpus-master.zip is read with
  `git show` and ONLY its documents/<id>.html members are opened (no keyphrase/reference file is read).
Each HTML document has <h1> (title) then <p> paragraphs (and, in 45669 and 45764, <ul><li> items). The text is:
the <h1> title line, a blank line, then every <p> (and <li>, written "- item") as one paragraph, paragraphs
separated by one blank line. Tags are removed, HTML entities decoded, runs of white space made one space.
The dateline stays at the start of the first paragraph as the corpus gives it ("27 juin 2012. - ...").
Nothing is dropped, added or corrected (typos such as "lems plus importantes", "pourrais faire basculer",
"la Wikipédia en russe" stay).
"""
import html, io, os, re, subprocess, sys, zipfile

COMMIT = "8ab885018297334ddaa869bbed38bd77cd0276b4"
FR = [
    # Forum mondial de la langue française, Québec, July 2012 (three reports; fresh8's fr08 is a fourth, 44499)
    ("44507", "fr01_quebec_forum_langue_francaise_camfranglais.txt"),
    ("44536", "fr02_quebec_forum_depart_abdou_diouf.txt"),
    ("44550", "fr03_quebec_forum_francophones_des_ameriques.txt"),
    # culture and museums (Quebec)
    ("44388", "fr04_montreal_pointe_a_calliere_etrusques.txt"),
    ("44504", "fr05_pointe_au_pere_spectacle_titanic_empress.txt"),
    # weather (France)
    ("45621", "fr06_meteo_vigilance_orange_corse_var.txt"),
    # Wikimedia, Wikipedia, Wikidata
    ("45669", "fr07_wikimedia_france_education.txt"),
    ("45764", "fr08_envoye_special_reportage_wikipedia.txt"),
    ("45611", "fr12_lancement_wikidata.txt"),
    # education, politics, religion
    ("44570", "fr09_resultats_bac_2012.txt"),
    ("45070", "fr10_obama_raille_romney_ohio.txt"),
    ("45498", "fr11_kateri_tekakwitha_canonisation.txt"),
]

def convert(doc):
    body = doc.split("<body>", 1)[1].split("</body>", 1)[0]
    blocks = []
    for m in re.finditer(r"<(h1|p|li)>(.*?)</\1>", body, re.S):
        s = html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
        s = re.sub(r"\s+", " ", s).strip()
        if s:
            blocks.append("- " + s if m.group(1) == "li" else s)
    return blocks[0] + "\n\n" + "\n\n".join(blocks[1:]) + "\n"

def main(out, gitdir):
    os.makedirs(out, exist_ok=True)
    data = subprocess.run(["git", "--git-dir", gitdir, "show", COMMIT + ":src/WikinewsKeyphraseCorpus-master.zip"],
                          check=True, capture_output=True).stdout
    z = zipfile.ZipFile(io.BytesIO(data))
    for doc_id, dst in FR:
        doc = z.read("WikinewsKeyphraseCorpus-master/documents/%s.html" % doc_id).decode("utf-8")
        open(os.path.join(out, dst), "w", encoding="utf-8").write(convert(doc))

if __name__ == "__main__":
    main(*sys.argv[1:3])

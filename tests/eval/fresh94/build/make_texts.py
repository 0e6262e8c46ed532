#!/usr/bin/env python3
"""Build the six French texts (fr01-fr06) of fresh94 from the Wikinews keyphrase corpus (fr.wikinews, 2012).

usage: make_texts.py OUTDIR WIKINEWS_2013_PRE_GITDIR
  WIKINEWS_2013_PRE_GITDIR: git directory of GitHub boudinfl/wikinews-2013-pre (fetched mirror), read at commit
  8ab885018297334ddaa869bbed38bd77cd0276b4; the archive src/WikinewsKeyphraseCorpus-master.zip is read with
  `git show` and ONLY its documents/<id>.html members are opened (no keyphrase/reference file is read).
Same conversion as fresh55 (this function is copied from its build/make_texts.py): each HTML document has <h1>
(title) then <p> paragraphs; the text is the <h1> title line, a blank line, then every <p> as one paragraph,
paragraphs separated by one blank line. Tags are removed, HTML entities decoded, runs of white space made one
space. The dateline stays at the start of the first paragraph as the corpus gives it ("20 août 2012. - ...").
The corpus documents carry no "Sources", "Voir aussi", interwiki or licence block, so nothing is dropped; nothing
is added or corrected (typos such as "a officiellement abolit", "ont été levé", "thypon", "Tapei", "Shangai",
"Il s'agit pour cause du thypon" stay). No text is cut (all are short).
"""
import html, io, os, re, subprocess, sys, zipfile

COMMIT = "8ab885018297334ddaa869bbed38bd77cd0276b4"
FR = [
    ("44963", "fr01_birmanie_abolition_censure.txt"),
    ("44618", "fr02_wikipedia_russe_greve_projet_de_loi.txt"),
    ("44839", "fr03_asie_est_typhons_saola_damrey.txt"),
    ("45496", "fr04_exoplanete_alpha_centauri_bb.txt"),
    ("44860", "fr05_lorient_festival_interceltique.txt"),
    ("44586", "fr06_deces_mouss_diouf.txt"),
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

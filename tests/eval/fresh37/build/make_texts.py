#!/usr/bin/env python3
"""Build the texts (en01-en10) of fresh37 from two sources.

usage: make_texts.py OUTDIR GRAMMAR_APP_GITDIR ENGLISH_JSON
  GRAMMAR_APP_GITDIR: git dir of the GitHub repository 0nguyenlinh123456789-sudo/grammar-app holding commit
      9b9b7c943fd7c628f729b4ad673348cc21e9f337; nine texts (en01-en09) are VOA Learning English stories of its
      harvest voa_doc_ung_vien.json (fields "id", "title", "transcript", ...), ids that fresh19-fresh22 did not use.
  ENGLISH_JSON: data/english.json of the GitHub repository dimitrakatseli/Wikinews at commit
      06264e6a462ecc27ecd28aa0185be9a70fa0393c, e.g.
      git --git-dir=/work/.mirror/dimitrakatseli+Wikinews/repo show 06264e6a462ecc27ecd28aa0185be9a70fa0393c:data/english.json > english.json
      (a JSON list of 50 en.wikinews articles, fields "bestTitle" and "content"; the harvester removed every {{...}}
      template, replaced [[...]] links by their text, collapsed all whitespace: one paragraph, no dateline).
Changes, all here:
  VOA (en01-en09): title line = "title" without the site suffix " | VOA Learning English", blank line, the
      "transcript" paragraphs joined by blank lines (section headings kept as their own lines); everything after
      the signature line ("I'm Bryan Lynn.", "I'm Gena Bennett.", "I'm Caty Weaver. And I'm Mario Ritter, Jr.")
      is dropped (the vocabulary list "word - n. ..."); for length, whole paragraphs are dropped (CUTS, each
      paragraph named by its first words, each must occur exactly once); nothing else.
  Wikinews harvest (en10): title line = "bestTitle", blank line, the content as one paragraph; the content is cut
      at its first "==" heading ("===Final group standings===" and the table and fixture list after it); the image
      caption the harvester left inline at the start is dropped (REPL); nothing else.
"""
import ast, json, os, subprocess, sys

VOA_COMMIT = "9b9b7c943fd7c628f729b4ad673348cc21e9f337"
# (id, output file, paragraphs dropped for length: first words of each)
VOA = [
    ("voa-doc-7624454", "en01_howe_industries_plasma_rocket.txt", []),
    ("voa-doc-6352213", "en02_covid_year_variants_vaccines.txt",
     ["For example, Malaria is considered endemic", "The way to end a pandemic is to reach herd immunity"]),
    ("voa-doc-7405930", "en03_pew_connected_world_survey.txt", []),
    ("voa-doc-7414703", "en04_space_missions_2023_review.txt", []),
    ("voa-doc-7605113", "en05_nasa_moon_railway_float.txt", []),
    ("voa-doc-7846588", "en06_lunar_trailblazer_moon_water.txt", []),
    ("voa-doc-7713189", "en07_exoplanet_lhs_1140b_ocean.txt", []),
    ("voa-doc-7905637", "en08_ingenuity_helicopter_crash.txt",
     ["NASA explained that Ingenuity’s navigation system plays"]),
    ("voa-doc-7458018", "en09_mars_express_equator_ice.txt",
     ["Earlier data examinations of the MFF area"]),
]
# (row in english.json, output file, [(old, new)] replacements, each old must occur exactly once)
WIKINEWS = [
    (34, "en10_deaf_games_taipei_soccer.txt",
     [("Yinfeng Riverside Park, the main venue for the Invitational Games for the Deaf, Taipei 2008 soccer event. A number",
       "A number")]),
]

def main(out, gitdir, src):
    os.makedirs(out, exist_ok=True)
    raw = subprocess.run(["git", "--git-dir", gitdir, "show", VOA_COMMIT + ":voa_doc_ung_vien.json"],
                         check=True, capture_output=True).stdout
    docs = {x["id"]: x for x in json.loads(raw)}
    for vid, name, cuts in VOA:
        x = docs[vid]
        t = x["transcript"]
        if isinstance(t, str):
            t = ast.literal_eval(t)
        ps = [p.strip() for p in t if p.strip()]
        sig = next(i for i, p in enumerate(ps) if p.startswith("I’m ") or p.startswith("I'm "))
        ps = ps[:sig + 1]
        for c in cuts:
            hits = [p for p in ps if p.startswith(c)]
            assert len(hits) == 1, (name, c)
            ps.remove(hits[0])
        title = x["title"].replace(" | VOA Learning English", "").strip()
        open(os.path.join(out, name), "w", encoding="utf-8").write(title + "\n\n" + "\n\n".join(ps) + "\n")
    rows = json.load(open(src, encoding="utf-8"))
    for idx, name, repl in WIKINEWS:
        title, body = rows[idx]["bestTitle"], rows[idx]["content"]
        i = body.find("==")
        if i >= 0:
            body = body[:i]
        for old, new in repl:
            assert body.count(old) == 1, (name, old)
            body = body.replace(old, new)
        body = body.replace("''", "").strip()
        open(os.path.join(out, name), "w", encoding="utf-8").write(title + "\n\n" + body + "\n")

if __name__ == "__main__":
    main(*sys.argv[1:4])

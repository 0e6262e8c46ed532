#!/usr/bin/env python3
"""Build the texts (en01-en13) of fresh30 from one English Wikinews harvest.

usage: make_texts.py OUTDIR ENGLISH_JSON
  ENGLISH_JSON: data/english.json of the GitHub repository dimitrakatseli/Wikinews at commit
  06264e6a462ecc27ecd28aa0185be9a70fa0393c, e.g.
      git --git-dir=/work/.mirror/dimitrakatseli+Wikinews/repo show 06264e6a462ecc27ecd28aa0185be9a70fa0393c:data/english.json > english.json
  The file is a JSON list of 50 en.wikinews articles (fields "bestTitle" = the page title, "content" = the wikitext
  after the harvester's own cleaning: every {{...}} template removed, [[target|text]] and [[text]] links replaced by
  their text, the text cut before "== Sources ==", all whitespace runs collapsed to one space, so the source has no
  paragraph breaks and no dateline).
Each text here = the page title, a blank line, the content as one paragraph, with only these changes:
  - the content is cut at its first "==" heading left by the harvester ("==Sources==", "==Related news==",
    "== Gallery ==", "==Reference==") and everything after it is dropped;
  - image captions and image sizes that the harvester left at the start or inside the text are dropped (listed
    per text in DROP below, each must occur exactly once);
  - wiki bold/italic marks ''' and '' are removed (markup, not text);
  - nothing else: spelling, punctuation and word order are the source's.
"""
import json, os, sys

# (row index in english.json, output file, strings to drop (exact, with their following space))
TEXTS = [
    (11, "en01_hudsons_bay_company_sold_to_nrdc.txt", ["A Hudson's Bay store in Montreal "]),
    (19, "en02_google_print_authors_lawsuit.txt", ["250px "]),
    (32, "en03_sony_refreshes_vaio_brand.txt", ['The "VAIO Experience 2008" Press Conference in Taiwan. ']),
    (43, "en04_uk_rail_white_paper.txt", ['The "Delivering a Sustainable Railway" white paper Secretary of State for Transport, Ruth Kelly ']),
    (37, "en05_canada_budget_bloc_quebecois.txt", []),
    (17, "en06_world_bank_wolfowitz_security.txt", []),
    (0, "en07_bbc_jam_closure.txt", ["BBC Jam promotional image, with logo. "]),
    (3, "en08_pirates_seize_cargo_ship.txt", []),
    (21, "en09_philippines_tropical_storm.txt", []),
    (26, "en10_iraq_elects_talabani.txt", []),
    (25, "en11_mercury_us_food_chain.txt", []),
    (38, "en12_cricket_australia_india_perth.txt", []),
    (24, "en13_bob_marley_reburial_dispute.txt", ["World locator map with Ethiopia highlighted in green. ",
                                                 " World locator map with Jamaica highlighted in green."]),
]

def main(out, src):
    rows = json.load(open(src, encoding="utf-8"))
    os.makedirs(out, exist_ok=True)
    for idx, name, drops in TEXTS:
        title, body = rows[idx]["bestTitle"], rows[idx]["content"]
        cut = body.find("==")
        if cut >= 0:
            body = body[:cut]
        for d in drops:
            assert body.count(d) == 1, (name, d)
            body = body.replace(d, "")
        body = body.replace("'''", "").replace("''", "").strip()
        open(os.path.join(out, name), "w", encoding="utf-8").write(title + "\n\n" + body + "\n")

if __name__ == "__main__":
    main(*sys.argv[1:3])

#!/usr/bin/env python3
"""Build the texts (en01-en14) of fresh32 from two sources.

usage: make_texts.py OUTDIR TEXTGRAPHX_GIT_DIR ENGLISH_JSON
  TEXTGRAPHX_GIT_DIR: a clone (bare is fine) of the GitHub repository neostrange/textgraphx holding commit
      f7b6f8c (see README.md for the full hash); the seven business texts en01-en07 are the <raw> layer of the NAF
      files of the MEANTIME stock-market sub-corpus in src/textgraphx/datastore/dataset-stocks/. Only the <raw>
      element (the original article text: title, blank line, dateline, blank line, body) is read by this script;
      no other NAF layer (tokens, terms, entities, ...) is opened or parsed.
  ENGLISH_JSON: data/english.json of the GitHub repository dimitrakatseli/Wikinews at commit
      06264e6a462ecc27ecd28aa0185be9a70fa0393c, e.g.
      git --git-dir=/work/.mirror/dimitrakatseli+Wikinews/repo show 06264e6a462ecc27ecd28aa0185be9a70fa0393c:data/english.json > english.json
      (a JSON list of 50 en.wikinews articles, fields "bestTitle" and "content"; the harvester removed every {{...}}
      template, replaced [[...]] links by their text, collapsed all whitespace: one paragraph, no dateline).
Changes, all here:
  MEANTIME (en01-en07): the XML escapes of the <raw> element are decoded ("&amp;" -> "&", the only one present); trailing spaces are stripped, lines holding only
      spaces are removed and runs of blank lines become one blank line; nothing else.
  Wikinews harvest (en08-en14): title line = "bestTitle", blank line, the content as one paragraph; the content is
      cut at its first "==" heading ("==Sources==", "== Earlier stories ==") or at the first "<br>" (en10's
      "new developments" box), the listed image captions and markup are dropped or replaced (REPL, each must occur
      exactly once), and the wiki bold/italic marks ''' and '' are removed; nothing else.
"""
import json, os, re, subprocess, sys
from xml.sax.saxutils import unescape

STOCKS = "src/textgraphx/datastore/dataset-stocks/"
MEANTIME = [
    ("82738_US_stock_markets_tumble.naf", "en01_black_monday_anniversary_stocks.txt"),
    ("121416_US_stock_markets_fall_to_lowest_levels_since_1997.naf", "en02_us_markets_lowest_since_1997.txt"),
    ("114613_Stock_markets_worldwide_continue_to_fall.naf", "en03_markets_continue_to_fall_hbos.txt"),
    ("114719_Markets_down_across_the_world.naf", "en04_dow_jones_below_9000.txt"),
    ("114864_Global_markets_plunge.naf", "en05_global_markets_plunge_charities.txt"),
    ("115711_Asian_stock_markets_slide.naf", "en06_asian_markets_nikkei_low.txt"),
    ("121978_US_stock_markets_reach_12-year_lows.naf", "en07_us_markets_twelve_year_lows.txt"),
]
# (row in english.json, output file, [(old, new)] replacements, each old must occur exactly once)
WIKINEWS = [
    (1, "en08_assam_pipeline_blasts.txt", []),
    (40, "en09_nsa_call_logs_report.txt", []),
    (41, "en10_toronto_school_shooting.txt", [("<noinclude> ", "")]),
    (44, "en11_hurricane_rita_texas_louisiana.txt",
     [("The [http://poly9.viavirtualearth.com/poly9/msnbc-rita/ forecast path] is", "The forecast path is"),
      (" 3-day forecast path.", "")]),
    (45, "en12_stolen_generations_apology.txt", []),
    (48, "en13_avian_flu_duck_hunters.txt", []),
    (49, "en14_independent_jewish_voices.txt", [("''Guardian'''s", "Guardian's")]),
]

def raw_layer(gitdir, path):
    naf = subprocess.run(["git", "--git-dir", gitdir, "show", "HEAD:" + STOCKS + path],
                         check=True, capture_output=True).stdout.decode("utf-8")
    m = re.search(r"<raw>(.*?)</raw>", naf, re.S)
    t = m.group(1).strip()
    if t.startswith("<![CDATA[") and t.endswith("]]>"):
        return t[9:-3]
    assert "<" not in t, path
    return unescape(t, {"&quot;": '"', "&apos;": "'"})

def main(out, gitdir, src):
    os.makedirs(out, exist_ok=True)
    for path, name in MEANTIME:
        t = raw_layer(gitdir, path)
        lines = [l.rstrip() for l in t.strip().split("\n")]
        t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
        open(os.path.join(out, name), "w", encoding="utf-8").write(t.strip() + "\n")
    rows = json.load(open(src, encoding="utf-8"))
    for idx, name, repl in WIKINEWS:
        title, body = rows[idx]["bestTitle"], rows[idx]["content"]
        for cut in ("==", "<br>"):
            i = body.find(cut)
            if i >= 0:
                body = body[:i]
        for old, new in repl:
            assert body.count(old) == 1, (name, old)
            body = body.replace(old, new)
        body = body.replace("'''", "").replace("''", "").strip()
        open(os.path.join(out, name), "w", encoding="utf-8").write(title + "\n\n" + body + "\n")

if __name__ == "__main__":
    main(*sys.argv[1:4])

#!/usr/bin/env python3
"""Build the texts (en01-en12) of fresh34 from two sources.

usage: make_texts.py OUTDIR TEXTGRAPHX_GIT_DIR ENGLISH_JSON
  TEXTGRAPHX_GIT_DIR: a clone (bare is fine) of the GitHub repository neostrange/textgraphx holding commit
      f7b6f8c1ec63c7a3ceac8268078887ac36c1e099 (the snapshot's HEAD); five business texts (en01-en05) are the <raw>
      layer of NAF files of the MEANTIME stock-market sub-corpus (en.wikinews) in
      src/textgraphx/datastore/dataset-stocks/. Only the <raw> element (the original article text) and, for 113330
      whose <raw> has no headline, the title attribute of the header's <fileDesc> are read by this script; no other
      NAF layer (tokens, terms, entities, timex, ...) is opened or parsed.
  ENGLISH_JSON: data/english.json of the GitHub repository dimitrakatseli/Wikinews at commit
      06264e6a462ecc27ecd28aa0185be9a70fa0393c, e.g.
      git --git-dir=/work/.mirror/dimitrakatseli+Wikinews/repo show 06264e6a462ecc27ecd28aa0185be9a70fa0393c:data/english.json > english.json
      (a JSON list of 50 en.wikinews articles, fields "bestTitle" and "content"; the harvester removed every {{...}}
      template, replaced [[...]] links by their text, collapsed all whitespace: one paragraph, no dateline).
Changes, all here:
  MEANTIME (en01-en05): the XML escapes of the <raw> element are decoded ("&amp;" -> "&"); trailing spaces are
      stripped, lines holding only spaces are removed, runs of blank lines become one blank line; for 113330 (no
      headline, no dateline in <raw>) the header's title is put as the title line and no dateline is invented;
      nothing else.
  Wikinews harvest (en06-en12): title line = "bestTitle", blank line, the content as one paragraph; the content is
      cut at its first "==" heading ("==Sources==", "== References ==", "==Related news=="); the image captions and
      image sizes the harvester left inline and an external link without text are dropped (REPL, each old string
      must occur exactly once); the wiki italic marks '' are removed; nothing else.
"""
import json, os, re, subprocess, sys
from xml.sax.saxutils import unescape

DS = "src/textgraphx/datastore/"
# (path under DS, output file, take the title from the header because <raw> has none)
MEANTIME = [
    ("dataset-stocks/115064_Global_markets_surge_in_value.naf", "en01_global_markets_surge_eurogroup.txt", False),
    ("dataset-stocks/115587_Global_stock_markets_plunge.naf", "en02_global_markets_plunge_merval.txt", False),
    ("dataset-stocks/122475_US_stock_markets_have_their_best_week_since_November.naf",
     "en03_us_markets_best_week_citigroup.txt", False),
    ("dataset-stocks/114904_Dow_Jones_recovers_hundreds_of_points,_before_losing_them_in_minutes.naf",
     "en04_dow_jones_swings_cardillo.txt", False),
    ("dataset-stocks/113330_Shares_worldwide_surge_due_to_US_government_plan.naf",
     "en05_shares_surge_treasury_plan.txt", True),
]
# (row in english.json, output file, [(old, new)] replacements, each old must occur exactly once)
WIKINEWS = [
    (6, "en06_google_knol_testing.txt", [("200px ", "")]),
    (9, "en07_expatriate_greeks_athens.txt",
     [("Athens, capital of Greece The first", "The first"),
      (" [http://www.gnl.gr/gnl_en/home_en.htm]", ""),
      ("Zappion Conference Centre Official guests", "Official guests")]),
    (12, "en08_goulburn_water_supply.txt", [("Pejar dam near Goulburn, New South Wales The inland", "The inland")]),
    (15, "en09_mark_vaile_steps_down.txt", []),
    (23, "en10_ferguson_ipswich_row.txt", []),
    (27, "en11_kolkata_necklace_bananas.txt", []),
    (46, "en12_scientology_anonymous_jokela.txt", []),
]

def naf(gitdir, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", "HEAD:" + DS + path],
                          check=True, capture_output=True).stdout.decode("utf-8")

def raw_layer(doc, path):
    t = re.search(r"<raw>(.*?)</raw>", doc, re.S).group(1).strip()
    if t.startswith("<![CDATA[") and t.endswith("]]>"):
        return t[9:-3]
    assert "<" not in t, path
    return unescape(t, {"&quot;": '"', "&apos;": "'"})

def main(out, gitdir, src):
    os.makedirs(out, exist_ok=True)
    for path, name, header_title in MEANTIME:
        doc = naf(gitdir, path)
        t = raw_layer(doc, path)
        lines = [l.rstrip() for l in t.strip().split("\n")]
        t = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        if header_title:
            title = unescape(re.search(r'<fileDesc [^>]*\btitle="([^"]*)"', doc).group(1))
            t = title + "\n\n" + t
        open(os.path.join(out, name), "w", encoding="utf-8").write(t + "\n")
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

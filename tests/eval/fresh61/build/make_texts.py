#!/usr/bin/env python3
"""Build tests/eval/fresh61/texts from the WikinewsSum English files.

usage: make_texts.py OUTDIR ENDATASET_JSON CLEANED_ENDATASET_JSON

The two inputs are `endataset.json` and `cleaned_endataset.json` of GitHub airKlizz/WikinewsSum at commit
1d985031625909c908766812e8a18d0c88116ec8 (`git show 1d98503...:endataset.json`). Rows are numbered from 0 in
file order. Only the `title` and `text` fields are read (never `sources`).

This is fresh59's script (itself fresh58's with "CJ"/"RJ") with this set's recipes and two additions: HTML comments
(`<!-- ... -->`) are removed, and CUTS lists, per row, an exact piece of a rendered paragraph that is removed
(row 32 only: a clause whose distance was lost with a removed template, leaving a hole).

Each text: title line (the row's `title`), blank line, then the paragraphs of the recipe, separated by blank
lines. A recipe item ("R", k) is paragraph k of the row's `text` list in endataset.json (wikitext, rendered
below); ("C", k) is paragraph k of the row's `text` in cleaned_endataset.json split on blank lines (plain text,
used only where endataset.json lost text to its damaged `{{byline|date...` openings or to a table; the
same rendering is applied, which only removes '' / ''' marks there); ("CJ", k) / ("RJ", k) are the same
paragraphs whose line breaks are hard wraps inside sentences, joined with a space (row 49); ("RF", k, X) is
paragraph k of endataset.json from the end of its damaged `{{byline|date` template on (the template swallowed the
paragraph's first letter(s)), with the lost letter(s) X restored as the cleaned_endataset.json copy of the same
paragraph shows them (used where that cleaned copy has holes left by removed `{{w|...}}` links: rows 1, 33, 37;
the script checks that the cleaned copy starts with X + the surviving text). Each line of a
paragraph gives its own paragraph (a line break inside a row's paragraph starts a new one). A `{{date|X}}` template
or a bold '''X''' date paragraph gives the dateline line "X".
"""
import html, json, os, re, sys

# file, row, recipe
RECIPES = [
    ("en01_dod_report_war_on_terror_communication.txt", 49, [("CJ", 0), ("C", 1), ("RJ", 1), ("R", 2), ("R", 3), ("C", 34), ("R", 5), ("C", 116), ("R", 7), ("R", 8), ("R", 9)]),
    ("en02_school_of_the_americas_protest.txt", 36, [("C", 0), ("C", 1), ("R", 1), ("R", 3), ("R", 4), ("R", 5), ("R", 6), ("R", 7)]),
    ("en03_brazil_landless_workers_city_hall.txt", 32, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("R", 3)]),
    ("en04_tom_ridge_resigns_homeland_security.txt", 48, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("R", 4)]),
    ("en05_barroso_portugal_referendum.txt", 59, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("R", 3)]),
    ("en06_dutch_parliament_blasphemy_article.txt", 13, [("C", 0), ("C", 1), ("R", 1)]),
    ("en07_cuba_abu_ghraib_billboards_havana.txt", 69, [("R", 0), ("R", 1), ("R", 2), ("R", 3), ("R", 4)]),
    ("en08_mosul_beheaded_bodies.txt", 34, [("C", 0), ("C", 1), ("R", 1), ("R", 2)]),
    ("en09_sudan_peace_pledge_darfur.txt", 33, [("RF", 1, "A"), ("R", 2)]),
    ("en10_palestinian_election_january_9.txt", 1, [("RF", 0, "N"), ("R", 1), ("R", 2), ("R", 3)]),
    ("en11_tsunami_toll_passes_80000.txt", 84, [("R", 0), ("R", 1), ("R", 2)]),
    ("en12_pope_meets_iraq_ambassador.txt", 9, [("C", 0), ("C", 1)]),
    ("en13_kuchma_yushchenko_revolution.txt", 37, [("RF", 1, "M"), ("R", 2), ("R", 3), ("R", 4), ("R", 5), ("R", 6)]),
]

# row -> exact pieces of rendered paragraphs removed (holes left by templates removed in cleaned_endataset.json)
CUTS = {
    32: [", located at from Belém, Pará"],
}


def strip_files(s):
    # [[File:...|...[[nested]]...]] image links are dropped whole
    while True:
        m = re.search(r"\[\[(?:File|Image):", s)
        if not m:
            return s
        depth, i = 0, m.start()
        while i < len(s):
            if s.startswith("[[", i):
                depth += 1; i += 2; continue
            if s.startswith("]]", i):
                depth -= 1; i += 2
                if depth == 0:
                    break
                continue
            i += 1
        s = s[:m.start()] + s[i:]


def render(p):
    p = strip_files(p)
    p = re.sub(r"<!--.*?-->", "", p)                         # HTML comments
    m = re.fullmatch(r"\s*\{\{date\|([^}]*)\}\}.*", p, re.S)
    if m:
        return m.group(1).strip()
    m = re.fullmatch(r"\s*'''([A-Z][a-z]+ \d{1,2}, \d{4})'''\s*", p)
    if m:
        return m.group(1)
    p = re.sub(r"\{\{w\|[^|{}]*\|([^{}]*)\}\}", r"\1", p)      # {{w|target|shown}} -> shown
    p = re.sub(r"\{\{w\|([^|{}]*)\}\}", r"\1", p)              # {{w|target}} -> target
    p = re.sub(r"\[\[[^\[\]|]*\|([^\[\]]*)\]\]", r"\1", p)     # [[x|y]] -> y
    p = re.sub(r"\[\[([^\[\]|]*)\]\]", r"\1", p)               # [[x]] -> x
    p = re.sub(r"\[https?://[^\s\]]*\s+([^\]]*)\]", r"\1", p)  # [url text] -> text
    p = re.sub(r"\[https?://[^\s\]]*\]", "", p)                # [url] -> nothing
    p = re.sub(r"\{\{[^{}]*\}\}", "", p)                       # other templates
    p = re.sub(r"\{(?:publish|Publish|archive|archived|reviewed)\}\}", "", p)   # broken remnants
    p = p.replace("'''", "").replace("''", "")
    p = html.unescape(p)
    p = re.sub(r"^\* ", "- ", p.strip())
    p = re.sub(r"[ \t\u00a0]+", " ", p).strip()
    return p


def main():
    out, endata, cleaned = sys.argv[1:4]
    raw = [json.loads(l) for l in open(endata, encoding="utf-8")]
    cl = [json.loads(l) for l in open(cleaned, encoding="utf-8")]
    os.makedirs(out, exist_ok=True)
    for fname, row, recipe in RECIPES:
        assert raw[row]["title"] == cl[row]["title"]
        cparas = cl[row]["text"].split("\n\n")
        paras = [raw[row]["title"].strip()]
        for src, k, *extra in recipe:
            if src == "RF":
                damaged = raw[row]["text"][k]
                tail = damaged[re.search(r"\{\{byline\|date", damaged, re.I).end():]
                text = extra[0] + tail
                assert cparas[k + 1].lstrip().startswith(text[:8]), (row, k)
            else:
                text = raw[row]["text"][k] if src in ("R", "RJ") else cparas[k]
            if src in ("CJ", "RJ"):  # hard-wrapped paragraph: join its lines
                text = " ".join(text.split("\n"))
            for line in text.split("\n"):  # a line break inside a paragraph starts a new paragraph
                r = render(line)
                for cut in CUTS.get(row, []):
                    r = r.replace(cut, "")
                if r:
                    paras.append(r)
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")


if __name__ == "__main__":
    main()

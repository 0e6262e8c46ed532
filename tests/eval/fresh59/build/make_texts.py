#!/usr/bin/env python3
"""Build tests/eval/fresh59/texts from the WikinewsSum English files.

usage: make_texts.py OUTDIR ENDATASET_JSON CLEANED_ENDATASET_JSON

The two inputs are `endataset.json` and `cleaned_endataset.json` of GitHub airKlizz/WikinewsSum at commit
1d985031625909c908766812e8a18d0c88116ec8 (`git show 1d98503...:endataset.json`). Rows are numbered from 0 in
file order. Only the `title` and `text` fields are read (never `sources`).

Each text: title line (the row's `title`), blank line, then the paragraphs of the recipe, separated by blank
lines. A recipe item ("R", k) is paragraph k of the row's `text` list in endataset.json (wikitext, rendered
below); ("C", k) is paragraph k of the row's `text` in cleaned_endataset.json split on blank lines (plain text,
used only where endataset.json lost text to its damaged `{{byline|date...` openings or truncated links; the
same rendering is applied, which only removes '' / ''' marks there); ("CJ", k) is the same cleaned paragraph
whose line breaks are hard wraps inside sentences (row 76), joined with a space instead of starting new paragraphs;
("RJ", k) likewise for an endataset.json paragraph (row 76's paragraph 1, hard-wrapped in the source too). Each line of a
paragraph gives its own paragraph (a line break inside a row's paragraph starts a new one). A `{{date|X}}` template or a bold
'''X''' date paragraph gives the dateline line "X".
"""
import html, json, os, re, sys

# file, row, recipe
RECIPES = [
    ("en01_disney_world_revamped_attractions.txt", 10, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("R", 3)]),
    ("en02_stockholm_explosion_book_thief.txt", 61, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("C", 4), ("C", 5)]),
    ("en03_us_army_iraq_school_usaid.txt", 76, [("CJ", 0), ("CJ", 1), ("RJ", 1), ("R", 2)]),
    ("en04_barroso_new_commissioners.txt", 22, [("C", 0), ("C", 1)]),
    ("en05_kostov_resigns_macedonia.txt", 11, [("C", 0), ("C", 1), ("R", 1)]),
    ("en06_ohio_recount_subpoenas.txt", 85, [("C", 0), ("C", 1), ("R", 1)]),
    ("en07_northern_ireland_peace_talks.txt", 46, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("R", 3)]),
    ("en08_thai_origami_cranes.txt", 56, [("C", 0), ("C", 1), ("R", 1)]),
    ("en09_eta_device_almeria.txt", 57, [("R", 0), ("R", 1), ("R", 2), ("R", 3)]),
    ("en10_veteran_sergeant_torture_coverup.txt", 62, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("R", 3), ("R", 4), ("R", 5), ("R", 6)]),
    ("en11_robinho_mother_freed.txt", 70, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("R", 3)]),
    ("en12_connecticut_killer_ross_appeals.txt", 81, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("R", 3), ("R", 4), ("R", 5)]),
    ("en13_asteroid_mn4_safe.txt", 86, [("R", 0), ("R", 1), ("R", 2), ("R", 3), ("R", 4), ("R", 5)]),
    ("en14_australia_nz_cricket_brisbane.txt", 18, [("R", 0), ("R", 1), ("R", 2), ("R", 3)]),
]


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
        for src, k in recipe:
            text = raw[row]["text"][k] if src in ("R", "RJ") else cparas[k]
            if src in ("CJ", "RJ"):  # hard-wrapped paragraph: join its lines
                text = " ".join(text.split("\n"))
            for line in text.split("\n"):  # a line break inside a paragraph starts a new paragraph
                r = render(line)
                if r:
                    paras.append(r)
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build tests/eval/fresh58/texts from the WikinewsSum English files.

usage: make_texts.py OUTDIR ENDATASET_JSON CLEANED_ENDATASET_JSON

The two inputs are `endataset.json` and `cleaned_endataset.json` of GitHub airKlizz/WikinewsSum at commit
1d985031625909c908766812e8a18d0c88116ec8 (`git show 1d98503...:endataset.json`). Rows are numbered from 0 in
file order. Only the `title` and `text` fields are read (never `sources`).

Each text: title line (the row's `title`), blank line, then the paragraphs of the recipe, separated by blank
lines. A recipe item ("R", k) is paragraph k of the row's `text` list in endataset.json (wikitext, rendered
below); ("C", k) is paragraph k of the row's `text` in cleaned_endataset.json split on blank lines (plain text,
used only where endataset.json lost text to its damaged `{{byline|date...` openings or truncated links; the
same rendering is applied, which only removes '' / ''' marks there). Each line of a
paragraph gives its own paragraph (a line break inside a row's paragraph starts a new one). A `{{date|X}}` template or a bold
'''X''' date paragraph gives the dateline line "X".
"""
import html, json, os, re, sys

# file, row, recipe
RECIPES = [
    ("en01_time_warner_sprint_mobile_pact.txt", 83, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("R", 3)]),
    ("en02_fockers_new_year_box_office.txt", 91, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("R", 3)]),
    ("en03_americans_tsunami_donations_companies.txt", 93, [("R", 0), ("R", 1), ("R", 2), ("R", 3), ("R", 4), ("R", 5)]),
    ("en04_firefox_1_0_released_mozilla.txt", 16, [("R", 0), ("R", 1), ("R", 2), ("R", 3), ("C", 4), ("C", 5), ("C", 6), ("C", 7)]),
    ("en05_loki_torrent_sued_by_studios.txt", 89, [("R", 0), ("R", 1), ("R", 2), ("C", 3)]),
    ("en06_ceramtech_hydrogen_electrolysis.txt", 40, [("R", 0), ("R", 1), ("R", 2), ("R", 3), ("R", 4)]),
    ("en07_lula_roh_moo_hyun_brazil_korea.txt", 15, [("R", 0), ("R", 1), ("R", 2), ("R", 3)]),
    ("en08_yushchenko_claims_victory_rerun.txt", 78, [("R", 0), ("R", 1), ("R", 2), ("R", 3), ("R", 4)]),
    ("en09_pinochet_house_arrest.txt", 98, [("R", 0), ("R", 1), ("R", 2), ("R", 3), ("R", 4)]),
    ("en10_un_egeland_tsunami_aid_aceh.txt", 94, [("R", 0), ("R", 1), ("R", 2)]),
    ("en11_gregoire_washington_governor_recount.txt", 88, [("C", 0), ("C", 1), ("R", 1), ("R", 2), ("R", 3), ("R", 4), ("R", 5)]),
    ("en12_mumbai_shanty_demolitions.txt", 75, [("R", 0), ("R", 1), ("R", 2), ("C", 3), ("C", 4)]),
    ("en13_band_aid_20_video_launched.txt", 28, [("R", 0), ("R", 1), ("R", 2), ("R", 3)]),
    ("en14_nasa_shuttle_fuel_tank.txt", 92, [("R", 0), ("R", 1), ("R", 2), ("R", 3)]),
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
    p = re.sub(r"\{(?:publish|archive|archived)\}\}", "", p)   # broken remnants
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
            text = raw[row]["text"][k] if src == "R" else cparas[k]
            for line in text.split("\n"):  # a line break inside a paragraph starts a new paragraph
                r = render(line)
                if r:
                    paras.append(r)
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paras) + "\n")


if __name__ == "__main__":
    main()

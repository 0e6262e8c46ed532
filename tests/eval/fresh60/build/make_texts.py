#!/usr/bin/env python3
"""Build the thirteen English texts (en01-en13) of fresh60 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

Conversion copied unchanged from fresh56's build/make_texts.py (itself fresh52/fresh53/fresh54's): the YAML front
matter is removed; its `title` gives the title line (no-break spaces made plain spaces) and its `date` the
dateline, written "Month D, YYYY" (built from the front matter, not a line of the page body); hard-wrapped lines
are joined into paragraphs, runs of spaces made one, the "###" end mark dropped; links "[text](address)" are
reduced to their text, bold "**" and italic "*...*" marks, "<u>", "</u>", "<sup>", "</sup>" and "<span ...>",
"</span>" tags are removed, "<!-- -->" separator lines are dropped, list items ("-   text") are written "- text";
a markdown hard line break (two final spaces) after a line that ends a bold or italic run ("*") ends a paragraph;
a long page is CUT before the paragraph that starts with the string given as STOP (the text keeps the paragraphs
before it; each cut is at a paragraph end). Added for this set: a paragraph of "<figure> <img ...> </figure>"
markup (en03's chart, no text) is dropped. Nothing else is dropped, added or corrected.
"""
import datetime, os, re, subprocess, sys
import yaml

WH_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"
D = "statements-releases/"

# (path, output file, STOP: the first paragraph dropped, or None to keep the whole page)
WH = [
    (D + "2024-05/2024-05-08-fact-sheet-president-biden-to-highlight-3-3-billion-investment-in-racine-wisconsin-and-how-his-investing-in-america-agenda-is-driving-economic-comebacks-in-communities-across-the-country.md",
     "en01_wh_microsoft_datacenter_racine_wisconsin.txt", "President Biden has acted boldly"),
    (D + "2024-05/2024-05-14-fact-sheet-president-biden-takes-action-to-protect-american-workers-and-businesses-from-chinas-unfair-trade-practices.md",
     "en02_wh_section_301_tariffs_on_china.txt", "American workers continue to face"),
    (D + "2022-02/2022-02-28-fact-sheet-lowering-prices-and-leveling-the-playing-field-in-ocean-shipping.md",
     "en03_wh_ocean_shipping_prices_fmc.txt", "A century ago"),
    (D + "2021-09/2021-09-23-readout-of-biden-administration-convening-to-discuss-and-address-semiconductor-supply-chain.md",
     "en04_wh_semiconductor_supply_chain_convening.txt", "Read more here"),
    (D + "2023-03/2023-03-17-fact-sheet-president-biden-urges-congressional-action-to-strengthen-accountability-for-senior-bank-executives.md",
     "en05_wh_failed_bank_executives_accountability.txt", None),
    (D + "2022-09/2022-09-15-statement-by-president-joe-biden-on-tentative-railway-labor-agreement.md",
     "en06_wh_tentative_railway_labor_agreement.txt", None),
    (D + "2024-03/2024-03-05-readout-of-white-house-roundtable-on-lowering-healthcare-costs-and-bringing-transparency-to-prescription-drug-middlemen.md",
     "en07_wh_prescription_drug_middlemen_roundtable.txt", "The White House Roundtable can be viewed"),
    (D + "2021-10/2021-10-30-readout-of-president-bidens-meeting-with-president-felix-tshisekedi-of-the-democratic-republic-of-the-congo.md",
     "en08_wh_biden_tshisekedi_meeting_g20.txt", None),
    (D + "2023-09/2023-09-20-readout-of-president-bidens-meeting-with-president-luiz-inacio-lula-da-silva-of-brazil.md",
     "en09_wh_biden_lula_meeting_unga.txt", None),
    (D + "2021-11/2021-11-19-readout-of-president-bidens-meeting-with-prime-minister-justin-trudeau-of-canada.md",
     "en10_wh_biden_trudeau_meeting.txt", None),
    (D + "2021-11/2021-11-07-statement-by-president-joseph-r-biden-jr-on-nicaraguas-sham-elections.md",
     "en11_wh_nicaragua_sham_elections.txt", None),
    (D + "2022-09/2022-09-28-fact-sheet-the-biden-administration-continues-to-support-hurricane-fiona-response-efforts-in-puerto-rico.md",
     "en12_wh_hurricane_fiona_puerto_rico_response.txt", "- The U.S. Coast Guard conducted"),
    (D + "2023-03/2023-03-25-statement-from-president-joe-biden-on-devastating-tornado-deaths-in-mississippi.md",
     "en13_wh_mississippi_tornado_deaths.txt", None),
]


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def inline(p):
    p = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", p)       # links -> text
    p = p.replace("**", "").replace("<u>", "").replace("</u>", "")
    p = re.sub(r"</?span[^>]*>", "", p)
    p = re.sub(r"(?<![\w*])\*([^*\n]+?)\*(?![\w*])", r"\1", p)  # italics
    p = re.sub(r"(?<=\w),\*", ",", p)
    p = p.replace("*", "")
    return re.sub(r" {2,}", " ", p).strip()


def wh(raw, stop=None):
    _, fm, body = raw.split("---\n", 2)
    meta = yaml.safe_load(fm)
    title = re.sub(r"\s+", " ", meta["title"].replace("\u00a0", " ")).strip()
    d = datetime.date.fromisoformat(str(meta["date"]))
    dateline = f"{d:%B} {d.day}, {d.year}"
    paras, cur = [], []
    for line in body.replace("\u00a0", " ").split("\n"):
        s = line.strip()
        if s in ("\\###", "\\# \\# \\#", "###", "# # #", "<!-- -->"):
            s = ""
        if re.match(r"^-\s+", s):                           # a list item starts a paragraph
            if cur:
                paras.append(" ".join(cur)); cur = []
            s = "- " + re.sub(r"^-\s+", "", s)
        if not s:
            if cur:
                paras.append(" ".join(cur)); cur = []
            continue
        cur.append(s)
        if line.endswith("  ") and s.endswith("*"):          # hard break after a bold/italic subtitle
            paras.append(" ".join(cur)); cur = []
    if cur:
        paras.append(" ".join(cur))
    paras = [inline(re.sub(r"<sup>([^<]*)</sup>", r"\1", p)) for p in paras]
    paras = [p for p in paras if p and not p.startswith("<figure>")]   # chart image markup (en03)
    if stop:
        cut = [i for i, p in enumerate(paras) if p.startswith(stop)]
        assert cut, stop
        paras = paras[:cut[0]]
    return title + "\n\n" + dateline + "\n\n" + "\n\n".join(paras) + "\n"


def main(outdir, wh_git):
    os.makedirs(outdir, exist_ok=True)
    for path, dst, stop in WH:
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(wh(show(wh_git, WH_COMMIT, path), stop))


if __name__ == "__main__":
    main(*sys.argv[1:3])

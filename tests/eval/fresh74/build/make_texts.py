#!/usr/bin/env python3
"""Build the thirteen English texts (en01-en13) of fresh74 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

As fresh53: the YAML front matter is removed; its `title` gives the title line (no-break spaces and the word
joiner made plain) and its `date` the dateline, written "Month D, YYYY" (built from the front matter, not a line of
the page body); hard-wrapped lines are joined into paragraphs, runs of spaces made one, the "###" / "# # #" end
mark (also written "*\\###*") dropped; links "[text](address)" are reduced to their text, bold "**", italic "*...*", "<u>", "</u>",
"<span ...>", "</span>" and "<sup>" marks are removed, "<!-- -->" separator lines dropped, list items ("-   text")
written "- text". Added for this set: the "•" items of en09 (one line each in the source, the first one after
"joined by:") are written one per paragraph, "• text". A page longer than the set's 700-word limit is cut at the
end of the last whole paragraph that keeps the text (title and dateline included) at or under its LIMIT
(column 3; None = whole page; en06's LIMIT is 670 so that it ends with a whole section, not with the
next section's heading and lead sentence). Nothing else is dropped, added or corrected.
"""
import datetime, os, re, subprocess, sys
import yaml

WH_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"
S = "statements-releases/"
WH = [
    (S + "2023-07/2023-07-11-statement-from-national-security-advisor-jake-sullivanwelcoming-iraqi-progress-toward-energy-self-sufficiency.md",
     "en01_wh_iraq_totalenergies_gas_growth_project.txt", None),
    (S + "2023-11/2023-11-14-statement-from-president-joe-biden-on-the-october-consumer-price-index.md",
     "en02_wh_october_2023_consumer_price_index.txt", None),
    (S + "2023-09/2023-09-29-statement-from-press-secretary-karine-jean-pierre-on-the-southern-district-of-ohios-decision-on-medicare-drug-price-negotiation.md",
     "en03_wh_ohio_court_ruling_medicare_drug_prices.txt", None),
    (S + "2022-03/2022-03-11-fact-sheet-united-states-european-union-and-g7-to-announce-further-economic-costs-on-russia.md",
     "en04_wh_g7_eu_economic_costs_on_russia.txt", 700),
    (S + "2024-04/2024-04-17-joint-statement-from-the-united-states-and-norway-on-cooperation-on-high-standard-market-oriented-trade-of-critical-minerals.md",
     "en05_wh_us_norway_critical_minerals_mou.txt", None),
    (S + "2021-08/2021-08-23-fact-sheet-strengthening-the-u-s-singapore-strategic-partnership.md",
     "en06_wh_us_singapore_strategic_partnership.txt", 670),
    (S + "2024-03/2024-03-25-fact-sheet-vice-president-harris-announces-new-initiatives-to-strengthen-the-u-s-guatemala-relationship-and-address-the-root-causes-of-migration-from-guatemala.md",
     "en07_wh_harris_arevalo_guatemala_initiatives.txt", 700),
    (S + "2023-03/2023-03-30-fact-sheet-vice-president-harris-announces-initiatives-to-advance-the-u-s-partnership-with-zambia.md",
     "en08_wh_harris_zambia_partnership_initiatives.txt", 700),
    (S + "2022-11/2022-11-20-readout-of-vice-president-harriss-roundtable-discussion-with-environmental-and-clean-energy-leaders-in-thailand.md",
     "en09_wh_harris_thailand_clean_energy_roundtable.txt", None),
    (S + "2023-05/2023-05-12-readout-of-president-joe-bidens-meeting-with-president-pedro-sanchez-of-spain.md",
     "en10_wh_biden_sanchez_spain_meeting.txt", None),
    (S + "2022-11/2022-11-12-readout-of-president-joe-bidens-meeting-with-prime-minister-hun-sen-of-cambodia.md",
     "en11_wh_biden_hun_sen_cambodia_meeting.txt", None),
    (S + "2021-07/2021-07-17-statement-by-nsc-spokesperson-emily-horne-on-senior-administration-delegation-trip-to-uzbekistan.md",
     "en12_wh_delegation_tashkent_uzbekistan_conference.txt", None),
    (S + "2024-09/2024-09-25-readout-of-president-joe-bidens-meeting-with-general-secretary-to-lam-of-vietnam.md",
     "en13_wh_biden_to_lam_vietnam_meeting.txt", None),
]


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def inline(p):
    p = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", p)       # links -> text
    p = re.sub(r"</?(?:u|span|sup|strong|em)\b[^>]*>", "", p)
    p = p.replace("**", "")
    p = re.sub(r"(?<![\w*])\*([^*\n]+?)\*(?![\w*])", r"\1", p)  # italics
    p = p.replace("*", "")
    return re.sub(r" {2,}", " ", p).strip()


def wh(raw, limit):
    _, fm, body = raw.split("---\n", 2)
    meta = yaml.safe_load(fm)
    title = re.sub(r"\s+", " ", meta["title"].replace("\u00a0", " ").replace("\u2060", "")).strip()
    d = datetime.date.fromisoformat(str(meta["date"]))
    dateline = f"{d:%B} {d.day}, {d.year}"
    paras, cur = [], []
    body = re.sub(r" •", "\n•", body.replace("\u00a0", " "))
    for line in body.split("\n"):
        s = line.strip()
        if s in ("\\###", "*\\###*", "\\# \\# \\#", "###", "# # #", "<!-- -->"):
            s = ""
        if re.match(r"^-\s+", s) or s.startswith("•"):     # a list item starts a paragraph
            if cur:
                paras.append(" ".join(cur)); cur = []
            s = re.sub(r"^-\s+", "- ", s)
        if not s:
            if cur:
                paras.append(" ".join(cur)); cur = []
            continue
        cur.append(s)
    if cur:
        paras.append(" ".join(cur))
    paras = [inline(p) for p in paras]
    paras = [p for p in paras if p]
    if limit:
        n = len(title.split()) + len(dateline.split())
        kept = []
        for p in paras:
            if n + len(p.split()) > limit:
                break
            kept.append(p); n += len(p.split())
        paras = kept
    return title + "\n\n" + dateline + "\n\n" + "\n\n".join(paras) + "\n"


def main(outdir, wh_git):
    os.makedirs(outdir, exist_ok=True)
    for path, dst, limit in WH:
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(wh(show(wh_git, WH_COMMIT, path), limit))


if __name__ == "__main__":
    main(*sys.argv[1:3])

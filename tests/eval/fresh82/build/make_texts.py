#!/usr/bin/env python3
"""Build the thirteen English texts (en01-en13) of fresh82 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

As fresh74 (same code): the YAML front matter is removed; its `title` gives the title line (no-break spaces and the
word joiner made plain) and its `date` the dateline, written "Month D, YYYY" (built from the front matter, not a
line of the page body); hard-wrapped lines are joined into paragraphs, runs of spaces made one, the "###" /
"# # #" end mark dropped; links "[text](address)" are reduced to their text, bold "**", italic "*...*", "<u>",
"</u>", "<span ...>", "</span>" and "<sup>" marks are removed, "<!-- -->" separator lines dropped, list items
("-   text") written "- text". A page longer than the set's 700-word limit (en01, en04) is cut at the end of the
last whole paragraph that keeps the text (title and dateline included) at or under its LIMIT (column 3; None =
whole page). Nothing else is dropped, added or corrected.
"""
import datetime, os, re, subprocess, sys
import yaml

WH_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"
S = "statements-releases/"
WH = [
    (S + "2023-06/2023-06-15-president-biden-recognizes-actions-by-private-sector-ticketing-and-travel-companies-to-eliminate-hidden-junk-fees-and-provide-millions-of-customers-with-transparent-pricing.md",
     "en01_wh_ticketing_companies_junk_fees_pricing.txt", 700),
    (S + "2022-10/2022-10-27-statement-by-president-biden-on-third-quarter-gdp-report.md",
     "en02_wh_third_quarter_2022_gdp_report.txt", None),
    (S + "2021-12/2021-12-10-statement-by-president-joe-biden-on-todays-consumer-price-index-data.md",
     "en03_wh_november_2021_consumer_price_index.txt", None),
    (S + "2023-06/2023-06-27-cea-apples-to-apfel-recent-inflation-trends-in-the-g7.md",
     "en04_wh_cea_g7_inflation_comparison.txt", 700),
    (S + "2024-12/2024-12-18-fact-sheet-the-united-states-and-india-advance-growing-space-partnership.md",
     "en05_wh_us_india_space_partnership_houston.txt", None),
    (S + "2021-11/2021-11-08-statement-by-nsc-spokesperson-emily-horne-on-deputy-national-security-advisor-daleep-singhs-travel-to-ghana-and-senegal.md",
     "en06_wh_daleep_singh_ghana_senegal_trip.txt", None),
    (S + "2023-11/2023-11-30-readout-of-meeting-between-president-joseph-r-biden-jr-and-president-joao-manuel-goncalves-lourenco-of-angola.md",
     "en07_wh_biden_lourenco_angola_meeting.txt", None),
    (S + "2023-07/2023-07-27-readout-of-vice-president-harriss-call-with-president-tinubu-of-nigeria.md",
     "en08_wh_harris_tinubu_nigeria_call.txt", None),
    (S + "2024-01/2024-01-22-readout-of-president-bidens-special-advisor-for-the-americas-and-southcom-commanders-trip-to-ecuador.md",
     "en09_wh_dodd_richardson_ecuador_trip.txt", None),
    (S + "2024-11/2024-11-15-readout-of-president-joe-bidens-meeting-with-president-dina-boluarte-of-peru.md",
     "en10_wh_biden_boluarte_peru_meeting.txt", None),
    (S + "2023-09/2023-09-13-readout-of-national-security-advisor-jake-sullivans-meeting-with-bahraini-crown-prince-and-prime-minister-salman-bin-hamad-al-khalifa.md",
     "en11_wh_sullivan_bahrain_crown_prince_meeting.txt", None),
    (S + "2023-02/2023-02-27-statement-from-president-joe-biden-on-the-windsor-framework.md",
     "en12_wh_windsor_framework_northern_ireland.txt", None),
    (S + "2022-11/2022-11-13-readout-of-president-joe-bidens-meeting-with-prime-minister-kishida-fumio-of-japan.md",
     "en13_wh_biden_kishida_phnom_penh_meeting.txt", None),
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

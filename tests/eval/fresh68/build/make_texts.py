#!/usr/bin/env python3
"""Build the thirteen English texts (en01-en13) of fresh68 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

As fresh52/fresh53: the YAML front matter is removed; its `title` gives the title line (no-break spaces made plain
spaces) and its `date` the dateline, written "Month D, YYYY" (built from the front matter, not a line of the page
body); hard-wrapped lines are joined into paragraphs, runs of spaces made one, the "###" / "# # #" end mark
dropped; links "[text](address)" are reduced to their text, bold "**" and italic "*...*" marks and "<u>", "</u>"
are removed, "<!-- -->" separator lines dropped, list items ("-   text") written "- text" and numbered items
("1.  text") written "1. text", one per paragraph; markdown backslash escapes ("\\[", "\\$") unescaped.
Added for this set: a long page is cut at a paragraph end, before the paragraph that starts with CUT (the cut
is listed per file below; None = whole page). Nothing else is dropped, added or corrected.
"""
import datetime, os, re, subprocess, sys
import yaml

WH_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"
D = "statements-releases/"

WH = [
    (D + "2023-02/2023-02-15-icymi-biden-boom-continues-another-week-of-massive-private-sector-investments-in-american-manufacturing.md",
     "en01_wh_boeing_ford_texas_instruments_investments.txt", "Read more below"),
    (D + "2024-02/2024-02-15-readout-of-white-house-hosts-convening-to-announce-new-small-businesses-investment-funds.md",
     "en02_wh_small_business_investment_funds_convening.txt", "During the discussion"),
    (D + "2022-11/2022-11-04-statement-by-president-joe-biden-on-the-october-jobs-report.md",
     "en03_wh_october_2022_jobs_report.txt", None),
    (D + "2021-07/2021-07-29-statement-by-press-secretary-jen-psaki-on-q2-gdp-data.md",
     "en04_wh_second_quarter_2021_gdp_data.txt", None),
    (D + "2023-05/2023-05-14-statement-from-president-joe-biden-on-united-steelworkers-vote-in-fort-valley-ga.md",
     "en05_wh_blue_bird_workers_union_vote_georgia.txt", None),
    (D + "2024-09/2024-09-27-readout-of-2024-partnership-for-global-infrastructure-and-investment-pgi-investor-forum.md",
     "en06_wh_pgi_investor_forum_asset_managers.txt", None),
    (D + "2022-12/2022-12-07-us-uk-energy-security-and-affordability-partnership.md",
     "en07_wh_us_uk_energy_security_partnership.txt", "3. Nuclear Cooperation"),
    (D + "2024-03/2024-03-12-readout-of-president-bidens-meeting-with-president-andrzej-duda-and-prime-minister-donald-tusk-of-poland.md",
     "en08_wh_poland_duda_tusk_meeting_apache_loan.txt", None),
    (D + "2021-10/2021-10-14-readout-of-president-bidens-meeting-with-president-uhuru-kenyatta-of-kenya.md",
     "en09_wh_kenya_kenyatta_meeting_vaccines.txt", None),
    (D + "2023-11/2023-11-21-readout-of-director-of-national-intelligence-avril-hainess-travel-to-democratic-republic-of-congo-and-rwanda.md",
     "en10_wh_avril_haines_trip_drc_rwanda.txt", None),
    (D + "2024-03/2024-03-08-joint-statement-from-the-european-commission-the-republic-of-cyprus-the-united-arab-emirates-the-united-kingdom-and-the-united-states-endorsing-the-activation-of-a-maritime-corridor-to-deliver-hum.md",
     "en11_wh_cyprus_gaza_maritime_corridor_statement.txt", None),
    (D + "2024-04/2024-04-04-statement-from-national-security-advisor-jake-sullivan-on-ugandan-court-upholding-the-anti-homosexuality-act.md",
     "en12_wh_uganda_constitutional_court_ruling.txt", None),
    (D + "2024-09/2024-09-20-readout-of-president-bidens-meeting-with-prime-minister-albanese-of-australia-2.md",
     "en13_wh_australia_albanese_meeting_wilmington.txt", None),
]


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def inline(p):
    p = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", p)       # links -> text
    p = p.replace("**", "").replace("<u>", "").replace("</u>", "")
    p = re.sub(r"(?<![\w*])\*([^*\n]+?)\*(?![\w*])", r"\1", p)  # italics
    p = re.sub(r"(?<=\w),\*", ",", p)
    p = p.replace("*", "")
    p = re.sub(r"\\([\[\]$#*_.'\"-])", r"\1", p)        # markdown escapes
    return re.sub(r" {2,}", " ", p).strip()


def wh(raw, cut):
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
        m = re.match(r"^(-|\d+\.)\s+", s)
        if m:                                               # a list item starts a paragraph
            if cur:
                paras.append(" ".join(cur)); cur = []
            s = m.group(1) + " " + s[m.end():]
        if not s:
            if cur:
                paras.append(" ".join(cur)); cur = []
            continue
        cur.append(s)
    if cur:
        paras.append(" ".join(cur))
    paras = [inline(re.sub(r"<sup>([^<]*)</sup>", r"\1", p)) for p in paras]
    paras = [p for p in paras if p]
    if cut:
        i = next(i for i, p in enumerate(paras) if p.startswith(cut))
        paras = paras[:i]
    return title + "\n\n" + dateline + "\n\n" + "\n\n".join(paras) + "\n"


def main(outdir, wh_git):
    os.makedirs(outdir, exist_ok=True)
    for path, dst, cut in WH:
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(wh(show(wh_git, WH_COMMIT, path), cut))


if __name__ == "__main__":
    main(*sys.argv[1:3])

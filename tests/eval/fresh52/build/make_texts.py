#!/usr/bin/env python3
"""Build the twelve English texts (en01-en12) of fresh52 from their source snapshots.

usage: make_texts.py OUTDIR TS_TREE_DIFF_GITDIR WH_BRIEFINGS_GITDIR
  TS_TREE_DIFF_GITDIR: git dir of GitHub Aayushstha03/ts-tree-diff (markdown scrapes of central-bank pages);
      files read with `git show 35cfea69db266bcba2ae96f5c206abbc7eee089d:PATH`.
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

RBA/Fed markdown scrapes (as fresh51): the page labels without values ("Media Release", "Number", "Date"),
setext underlines, "For release at ..." lines, "Last Update" and link-only lines are dropped; links are reduced
to their text, "*   " list items written "- ". The RBA scrape carries neither the release's title nor its date:
en01's title line was WRITTEN FOR THIS SET (not source text), no dateline. The Fed release keeps its own heading
as title, its date line as dateline and its list of issuing agencies as "- " lines; its closing link-only line
("Economic Growth and Regulatory Paperwork Reduction Act (EGRPRA) website") is dropped, the "_Federal Register_"
italics are removed.
White House pages: YAML front matter removed; its `title` gives the title line (no-break spaces made plain
spaces) and its `date` the dateline, written "Month D, YYYY" (built from the front matter, not a line of the
page body); hard-wrapped lines joined into paragraphs, runs of spaces made one, the "###" / "# # #" end mark
dropped, "<sup>st</sup>" written "st". Nothing else is dropped, added or corrected.
"""
import datetime, os, re, subprocess, sys
import yaml

TS_COMMIT = "35cfea69db266bcba2ae96f5c206abbc7eee089d"
WH_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"

RBA_FED = [
    ("outputs/https_www_rba_gov_au_media_releases_2024_mr_24_28_html.md",
     "en01_rba_new_governance_and_monetary_policy_board_members.txt",
     "Reserve Bank of Australia welcomes new members of the Governance Board and the Monetary Policy Board"),
    ("outputs/https_www_federalreserve_gov_newsevents_pressreleases_bcreg20250721a_htm.md",
     "en02_fed_agencies_seek_comment_on_regulatory_burden.txt", None),
]

WH = [
    ("statements-releases/2022-03/2022-03-29-statement-by-president-biden-on-electric-vehicle-and-battery-manufacturing-investments-in-north-carolina.md",
     "en03_wh_vinfast_north_carolina_ev_battery_plant.txt"),
    ("statements-releases/2023-03/2023-03-16-statement-from-president-joe-biden-on-top-three-insulin-producers-lowering-prices.md",
     "en04_wh_insulin_producers_lower_prices.txt"),
    ("statements-releases/2023-12/2023-12-21-statement-from-national-economic-advisor-lael-brainard-on-u-s-steel.md",
     "en05_wh_us_steel_foreign_purchase_scrutiny.txt"),
    ("statements-releases/2024-04/2024-04-08-statement-from-president-joe-biden-on-chips-and-science-act-preliminary-agreement-with-tsmc.md",
     "en06_wh_tsmc_chips_preliminary_agreement_arizona.txt"),
    ("statements-releases/2024-04/2024-04-15-statement-from-president-joe-biden-on-chips-and-science-act-preliminary-agreement-with-samsung.md",
     "en07_wh_samsung_chips_preliminary_agreement_texas.txt"),
    ("statements-releases/2024-12/2024-12-10-statement-from-vice-president-kamala-harris-on-chips-and-science-act-investments-in-micron-technology.md",
     "en08_wh_micron_chips_award_new_york_idaho.txt"),
    ("statements-releases/2024-01/2024-01-04-statement-from-national-economic-advisor-lael-brainard-on-todays-chips-science-act-announcement.md",
     "en09_wh_microchip_technology_chips_terms.txt"),
    ("statements-releases/2022-10/2022-10-28-readout-of-ceo-roundtable-on-mississippi-river-water-levels.md",
     "en10_wh_mississippi_river_low_water_ceo_roundtable.txt"),
    ("statements-releases/2024-09/2024-09-24-statement-from-president-joe-biden-on-chips-and-science-act-final-award-for-polar-semiconductor.md",
     "en11_wh_polar_semiconductor_chips_final_award.txt"),
    ("statements-releases/2022-03/2022-03-04-statement-by-president-biden-on-the-february-jobs-report.md",
     "en12_wh_february_2022_jobs_report.txt"),
]


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def clean_md(md):
    lines = md.replace("\r", "").split("\n")
    out, title, date = [], None, None
    for l in lines:
        s = l.strip().lstrip("\ufeff")
        if not s:
            out.append("")
            continue
        if re.fullmatch(r"-{3,}", s):              # setext underline
            continue
        if s in ("Media Release", "Joint Media Release", "Number", "Date", "Press Release"):
            continue
        if s.startswith("![") or s.startswith("For release at") or s.startswith("For media inquiries") \
                or s.startswith("Last Update"):
            continue
        if re.fullmatch(r"\[[^\]]*\]\([^)]*\)", s):  # link-only line
            continue
        if s.startswith("### "):
            title = s[4:].strip()
            continue
        if date is None and title is None and not out and re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", s):
            date = s
            continue
        s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
        s = s.replace("**", "")
        s = re.sub(r"(?<![\w])_([^_]+)_(?![\w])", r"\1", s)
        s = re.sub(r"^\*\s+", "- ", s)
        out.append(s.strip())
    body = "\n".join(out)
    body = re.sub(r"\n{2,}", "\n\n", body).strip()
    return title, date, body


def wh(raw):
    _, fm, body = raw.split("---\n", 2)
    meta = yaml.safe_load(fm)
    title = re.sub(r"\s+", " ", meta["title"].replace("\u00a0", " ")).strip()
    d = datetime.date.fromisoformat(str(meta["date"]))
    dateline = f"{d:%B} {d.day}, {d.year}"
    paras, cur = [], []
    for line in body.replace("\u00a0", " ").split("\n"):
        s = line.strip()
        if s in ("\\###", "\\# \\# \\#", "###", "# # #"):
            s = ""
        if not s:
            if cur:
                paras.append(" ".join(cur)); cur = []
            continue
        cur.append(s)
    if cur:
        paras.append(" ".join(cur))
    paras = [re.sub(r"<sup>([^<]*)</sup>", r"\1", re.sub(r" {2,}", " ", p)).strip() for p in paras]
    return title + "\n\n" + dateline + "\n\n" + "\n\n".join(paras) + "\n"


def main(outdir, ts_git, wh_git):
    os.makedirs(outdir, exist_ok=True)
    for path, dst, title in RBA_FED:
        t, date, body = clean_md(show(ts_git, TS_COMMIT, path))
        head = title or t
        text = head + "\n\n" + (date + "\n\n" if (date and not title) else "") + body + "\n"
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(text)
    for path, dst in WH:
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(wh(show(wh_git, WH_COMMIT, path)))


if __name__ == "__main__":
    main(*sys.argv[1:4])

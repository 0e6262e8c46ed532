#!/usr/bin/env python3
"""Build the fourteen English texts (en01-en14) of fresh71 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

As fresh52/fresh53/fresh68: the YAML front matter is removed; its `title` gives the title line (no-break spaces made plain
spaces) and its `date` the dateline, written "Month D, YYYY" (built from the front matter, not a line of the page
body); hard-wrapped lines are joined into paragraphs, runs of spaces made one, the "###" / "# # #" end mark
dropped; links "[text](address)" are reduced to their text, bold "**" and italic "*...*" marks and "<u>", "</u>"
are removed, "<!-- -->" separator lines dropped, list items ("-   text") written "- text" and numbered items
("1.  text") written "1. text", one per paragraph; markdown backslash escapes ("\\[", "\\$") unescaped.
As fresh68: a long page is cut at a paragraph end, before the paragraph that starts with CUT (the cut
is listed per file below; None = whole page). Nothing else is dropped, added or corrected.
"""
import datetime, os, re, subprocess, sys
import yaml

WH_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"
D = "statements-releases/"

WH = [
    (D + "2022-06/2022-06-02-statement-from-the-president-on-unemployment-claims-and-manufacturing-progress.md",
     "en01_wh_unemployment_claims_ford_stellantis_investments.txt", None),
    (D + "2024-10/2024-10-30-statement-from-president-joe-biden-on-third-quarter-2024-gdp.md",
     "en02_wh_third_quarter_2024_gdp.txt", None),
    (D + "2024-07/2024-07-22-biden-harris-administration-announces-the-michigan-maritime-manufacturing-m3-initiative.md",
     "en03_wh_michigan_maritime_manufacturing_submarines.txt", "Strengthening America’s Subsurface"),
    (D + "2023-11/2023-11-01-joint-statement-on-u-s-eu-energy-security-task-force-meeting.md",
     "en04_wh_us_eu_energy_security_task_force_lng.txt", None),
    (D + "2022-07/2022-07-14-joint-statement-of-the-leaders-of-india-israel-united-arab-emirates-and-the-united-states-i2u2.md",
     "en05_wh_i2u2_india_israel_uae_food_parks_energy.txt", None),
    (D + "2022-11/2022-11-15-united-states-indonesia-eu-joint-statement-on-partnership-for-global-infrastructure-and-investment.md",
     "en06_wh_indonesia_eu_pgii_energy_transition.txt", "President of the United States of America Joseph R. Biden said:"),
    (D + "2024-04/2024-04-18-statement-from-president-joe-biden-on-iran-sanctions.md",
     "en07_wh_iran_sanctions_after_attack_on_israel.txt", None),
    (D + "2022-09/2022-09-02-readout-of-vice-president-harriss-meeting-with-vice-president-osinbajo-of-nigeria.md",
     "en08_wh_harris_osinbajo_nigeria_elections_aid.txt", None),
    (D + "2022-12/2022-12-15-readout-of-meeting-between-president-joseph-r-biden-jr-and-the-presidents-of-the-democratic-republic-of-the-congo-gabon-liberia-madagascar-nigeria-and-sierra-leone.md",
     "en09_wh_african_presidents_2023_elections.txt", None),
    (D + "2024-11/2024-11-19-readout-of-president-joe-bidens-meeting-with-president-luiz-inacio-lula-da-silva-of-brazil.md",
     "en10_wh_lula_brazil_g20_rio_meeting.txt", None),
    (D + "2023-08/2023-08-29-readout-of-president-joe-bidens-meeting-with-president-rodrigo-chaves-robles-of-costa-rica.md",
     "en11_wh_chaves_costa_rica_meeting.txt", None),
    (D + "2024-10/2024-10-03-readout-of-the-u-s-presidential-delegations-travel-to-mexico-for-the-inauguration-of-claudia-sheinbaum.md",
     "en12_wh_sheinbaum_inauguration_delegation_mexico.txt", None),
    (D + "2022-08/2022-08-08-readout-of-vice-president-harriss-call-with-prime-minister-holness-of-jamaica.md",
     "en13_wh_harris_holness_jamaica_independence_call.txt", None),
    (D + "2024-07/2024-07-11-statement-by-president-joe-biden-on-reaching-an-agreement-in-principle-on-modernization-of-the-columbia-river-treaty-regime.md",
     "en14_wh_columbia_river_treaty_canada.txt", None),
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

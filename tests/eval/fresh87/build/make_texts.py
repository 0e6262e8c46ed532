#!/usr/bin/env python3
"""Build the fourteen English texts (en01-en14) of fresh87 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

As fresh53 (this script is fresh53's with a new page list): the YAML front matter is removed; its `title` gives the title line (no-break spaces made plain
spaces) and its `date` the dateline, written "Month D, YYYY" (built from the front matter, not a line of the
page body); hard-wrapped lines are joined into paragraphs, runs of spaces made one, the "###" / "# # #" end mark
dropped. Added for this set (markup that fresh52's pages did not carry): links "[text](address)" are reduced to
their text, bold "**" and italic "*...*" marks and "<u>", "</u>" are removed, "<!-- -->" separator lines are
dropped, the list items ("-   text") are written "- text". Nothing else is dropped, added or corrected.
"""
import datetime, os, re, subprocess, sys
import yaml

WH_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"

WH = [
    ("statements-releases/2024-10/2024-10-11-statement-from-national-security-advisor-jake-sullivan-on-expansion-of-sanctions-on-iran-following-attack-on-israel.md",
     "en01_wh_iran_sanctions_after_missile_attack_on_israel.txt"),
    ("statements-releases/2023-10/2023-10-26-statement-from-president-joe-biden-on-third-quarter-2023-gdp-report.md",
     "en02_wh_third_quarter_2023_gdp_report.txt"),
    ("statements-releases/2024-01/2024-01-31-readout-of-u-s-eu-trade-and-technology-council-fifth-ministerial-meeting.md",
     "en03_wh_us_eu_trade_and_technology_council_meeting.txt"),
    ("statements-releases/2024-05/2024-05-13-statement-from-national-security-advisor-jake-sullivan-on-the-signing-of-the-prohibiting-russian-uranium-imports-act-into-law.md",
     "en04_wh_russian_uranium_imports_ban_signed.txt"),
    ("statements-releases/2023-01/2023-01-09-readout-of-president-joe-bidens-meeting-with-president-lopez-obrador-of-mexico.md",
     "en05_wh_biden_lopez_obrador_meeting_mexico_city.txt"),
    ("statements-releases/2022-11/2022-11-19-readout-of-vice-president-harriss-meeting-with-prime-minister-prayut-of-thailand.md",
     "en06_wh_harris_prayut_meeting_bangkok.txt"),
    ("statements-releases/2024-03/2024-03-01-readout-of-president-joe-bidens-meeting-with-prime-minister-giorgia-meloni-of-italy.md",
     "en07_wh_biden_meloni_meeting_italy_g7.txt"),
    ("statements-releases/2023-11/2023-11-02-readout-of-president-bidens-meeting-with-president-gabriel-boric-of-chile.md",
     "en08_wh_biden_boric_meeting_chile.txt"),
    ("statements-releases/2022-09/2022-09-16-readout-of-vice-president-harriss-meeting-with-president-cyril-ramaphosa-of-south-africa.md",
     "en09_wh_harris_ramaphosa_meeting_south_africa.txt"),
    ("statements-releases/2023-06/2023-06-05-readout-of-vice-president-harriss-meeting-with-world-bank-president-ajay-banga.md",
     "en10_wh_harris_world_bank_banga_meeting.txt"),
    ("statements-releases/2021-10/2021-10-31-joint-us-eu-statement-on-trade-in-steel-and-aluminum.md",
     "en11_wh_us_eu_steel_aluminum_trade_statement.txt"),
    ("statements-releases/2021-03/2021-03-12-statement-by-national-security-advisor-jake-sullivan-on-supporting-elections-in-libya.md",
     "en12_wh_libya_elections_unity_government.txt"),
    ("statements-releases/2021-02/2021-02-26-readout-of-the-white-houses-meeting-with-airline-leaders.md",
     "en13_wh_meeting_with_airline_leaders.txt"),
    ("statements-releases/2022-04/2022-04-14-statement-by-national-security-advisor-jake-sullivan-and-national-economic-council-director-brian-deese-on-exim-banks-domestic-finance-initiative.md",
     "en14_wh_exim_bank_make_more_in_america.txt"),
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
    return re.sub(r" {2,}", " ", p).strip()


def wh(raw):
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
    if cur:
        paras.append(" ".join(cur))
    paras = [inline(re.sub(r"<sup>([^<]*)</sup>", r"\1", p)) for p in paras]
    paras = [p for p in paras if p]
    return title + "\n\n" + dateline + "\n\n" + "\n\n".join(paras) + "\n"


def main(outdir, wh_git):
    os.makedirs(outdir, exist_ok=True)
    for path, dst in WH:
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(wh(show(wh_git, WH_COMMIT, path)))


if __name__ == "__main__":
    main(*sys.argv[1:3])

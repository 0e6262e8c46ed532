#!/usr/bin/env python3
"""Build the thirteen English texts (en01-en13) of fresh83 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

As fresh52: the YAML front matter is removed; its `title` gives the title line (no-break spaces made plain
spaces) and its `date` the dateline, written "Month D, YYYY" (built from the front matter, not a line of the
page body); hard-wrapped lines are joined into paragraphs, runs of spaces made one, the "###" / "# # #" end mark
dropped. Added for this set (markup that fresh52's pages did not carry): links "[text](address)" are reduced to
their text, bold "**" and italic "*...*" marks and "<u>", "</u>" are removed, "<!-- -->" separator lines are
dropped, the list items ("-   text") are written "- text". Added for fresh83: a line ending in a markdown hard
break (two trailing spaces) ends its paragraph (en01's participant lines), an end mark "\###" at the end of a
paragraph line is dropped (en06), and a page longer than its word limit (third field, en02: 690) is cut at the last
paragraph end within the limit (title and dateline counted). Nothing else is dropped, added or corrected.
"""
import datetime, os, re, subprocess, sys
import yaml

WH_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"

WH = [
    # (path, output file, max words of the text or None)
    ("statements-releases/2024-05/2024-05-07-readout-of-president-joe-bidens-meeting-with-ceos.md",
     "en01_wh_biden_meeting_with_ceos_flex_citi_corning.txt", None),
    ("statements-releases/2022-04/2022-04-21-fact-sheet-biden-administration-responds-to-putins-price-hike-by-awarding-first-barrels-from-historic-strategic-petroleum-reserve-release-deploying-affordable-clean-energy.md",
     "en02_wh_strategic_petroleum_reserve_first_barrels.txt", 690),
    ("statements-releases/2023-01/2023-01-06-statement-by-president-joe-biden-on-the-december-jobs-report.md",
     "en03_wh_december_2022_jobs_report_statement.txt", None),
    ("statements-releases/2021-09/2021-09-17-readout-of-president-bidens-meeting-of-the-major-economies-forum-on-energy-and-climate.md",
     "en04_wh_major_economies_forum_methane_pledge.txt", None),
    ("statements-releases/2023-03/2023-03-13-readout-of-president-joe-bidens-meeting-with-prime-minister-rishi-sunak-of-the-united-kingdom-2.md",
     "en05_wh_biden_sunak_meeting_san_diego.txt", None),
    ("statements-releases/2022-09/2022-09-29-readout-of-vice-president-harriss-meeting-with-president-yoon-of-the-republic-of-korea.md",
     "en06_wh_harris_yoon_meeting_seoul.txt", None),
    ("statements-releases/2024-01/2024-01-26-readout-of-national-security-advisor-jake-sullivans-meetings-with-the-prime-minister-of-the-kingdom-of-thailand-srettha-thavisin-and-deputy-prime-minister-foreign-minister-parnpree-bahiddha-n.md",
     "en07_wh_sullivan_srettha_meeting_bangkok.txt", None),
    ("statements-releases/2021-10/2021-10-22-readout-of-national-security-advisor-jake-sullivans-meeting-with-secretary-for-strategic-affairs-gustavo-beliz-of-argentina.md",
     "en08_wh_sullivan_beliz_argentina_meeting.txt", None),
    ("statements-releases/2022-03/2022-03-10-joint-statement-by-president-joseph-r-biden-jr-of-the-united-states-and-president-ivan-duque-marquez-of-the-republic-of-colombia-u-s-colombia-bicentennial-partnership.md",
     "en09_wh_us_colombia_bicentennial_joint_statement.txt", None),
    ("statements-releases/2021-09/2021-09-22-joint-statement-on-the-phone-call-between-president-biden-and-president-macron.md",
     "en10_wh_biden_macron_call_joint_statement.txt", None),
    ("statements-releases/2023-12/2023-12-22-fact-sheet-biden-administration-expands-u-s-sanctions-authorities-to-target-financial-facilitators-of-russias-war-machine.md",
     "en11_wh_russia_sanctions_financial_facilitators.txt", None),
    ("statements-releases/2023-05/2023-05-04-readout-of-white-house-meeting-with-ceos-on-advancing-responsible-artificial-intelligence-innovation.md",
     "en12_wh_ai_ceos_meeting_openai_anthropic.txt", None),
    ("statements-releases/2023-11/2023-11-28-readout-of-white-house-meeting-with-rsv-immunization-manufacturers.md",
     "en13_wh_rsv_immunization_manufacturers_meeting.txt", None),
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


def wh(raw, maxwords=None):
    _, fm, body = raw.split("---\n", 2)
    meta = yaml.safe_load(fm)
    title = re.sub(r"\s+", " ", meta["title"].replace("\u00a0", " ")).strip()
    d = datetime.date.fromisoformat(str(meta["date"]))
    dateline = f"{d:%B} {d.day}, {d.year}"
    paras, cur = [], []
    for line in body.replace("\u00a0", " ").split("\n"):
        hard = line.endswith("  ") and line.strip() != ""   # markdown hard line break ends the line's paragraph
        s = line.strip()
        s = re.sub(r"\s+\\###$", "", s)                    # an end mark at the end of a paragraph line
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
        if hard:
            paras.append(" ".join(cur)); cur = []
    if cur:
        paras.append(" ".join(cur))
    paras = [inline(re.sub(r"<sup>([^<]*)</sup>", r"\1", p)) for p in paras]
    paras = [p for p in paras if p]
    if maxwords:                                            # cut at a paragraph end
        kept, n = [], len(title.split()) + len(dateline.split())
        for p in paras:
            if n + len(p.split()) > maxwords:
                break
            kept.append(p); n += len(p.split())
        paras = kept
    return title + "\n\n" + dateline + "\n\n" + "\n\n".join(paras) + "\n"


def main(outdir, wh_git):
    os.makedirs(outdir, exist_ok=True)
    for path, dst, maxwords in WH:
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(wh(show(wh_git, WH_COMMIT, path), maxwords))


if __name__ == "__main__":
    main(*sys.argv[1:3])

#!/usr/bin/env python3
"""Build the twelve English texts (en01-en12) of fresh107 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

As fresh53 (this script is fresh87's, itself fresh53's, with a new page list): the YAML front matter is removed; its `title` gives the title line (no-break spaces made plain
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
    ("statements-releases/2022-07/2022-07-27-readout-of-vice-president-harriss-call-with-president-ali-of-guyana.md",
     "en01_wh_harris_call_with_president_ali_of_guyana.txt"),
    ("statements-releases/2021-11/2021-11-01-readout-of-president-joseph-r-biden-jr-s-meeting-with-president-joko-widodo-of-indonesia.md",
     "en02_wh_biden_widodo_meeting_glasgow.txt"),
    ("statements-releases/2021-07/2021-07-23-readout-of-president-joseph-r-biden-jr-call-with-president-ashraf-ghani-of-afghanistan-2.md",
     "en03_wh_biden_call_with_ghani_of_afghanistan.txt"),
    ("statements-releases/2021-07/2021-07-19-readout-of-president-joseph-r-biden-jr-meeting-with-king-abdullah-ii-of-jordan.md",
     "en04_wh_biden_king_abdullah_of_jordan_meeting.txt"),
    ("statements-releases/2024-02/2024-02-16-readout-of-vice-president-harriss-meeting-with-prime-minister-al-sudani-of-iraq.md",
     "en05_wh_harris_al_sudani_of_iraq_meeting.txt"),
    ("statements-releases/2024-10/2024-10-22-readout-of-president-joe-bidens-meeting-with-prime-minister-robert-golob-of-the-republic-of-slovenia.md",
     "en06_wh_biden_golob_of_slovenia_meeting.txt"),
    ("statements-releases/2022-01/2022-01-31-statement-by-president-joe-biden-marking-one-year-since-the-coup-in-burma.md",
     "en07_wh_one_year_since_burma_coup.txt"),
    ("statements-releases/2023-06/2023-06-01-statement-by-jake-sullivan-on-accountability-for-the-ongoing-violence-in-sudan.md",
     "en08_wh_sudan_violence_accountability.txt"),
    ("statements-releases/2023-10/2023-10-02-statement-by-national-security-advisor-jake-sullivan-on-un-security-council-resolution-authorizing-a-multinational-security-support-mission-for-haiti.md",
     "en09_wh_un_security_council_haiti_mission.txt"),
    ("statements-releases/2024-02/2024-02-26-readout-of-vice-president-harriss-call-with-president-boakai-of-liberia.md",
     "en10_wh_harris_call_with_boakai_of_liberia.txt"),
    ("statements-releases/2023-05/2023-05-15-readout-of-apnsa-jake-sullivans-call-with-president-of-gabon-ali-bongo-ondimba.md",
     "en11_wh_sullivan_call_with_bongo_of_gabon.txt"),
    ("statements-releases/2024-04/2024-04-02-readout-of-president-joe-bidens-call-with-president-xi-jinping-of-the-peoples-republic-of-china.md",
     "en12_wh_biden_call_with_xi_jinping_april_2024.txt"),
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

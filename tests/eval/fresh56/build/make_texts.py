#!/usr/bin/env python3
"""Build the fourteen English texts (en01-en14) of fresh56 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

As fresh52/fresh53/fresh54: the YAML front matter is removed; its `title` gives the title line (no-break spaces
made plain spaces) and its `date` the dateline, written "Month D, YYYY" (built from the front matter, not a line of
the page body); hard-wrapped lines are joined into paragraphs, runs of spaces made one, the "###" end mark dropped;
links "[text](address)" are reduced to their text, bold "**" and italic "*...*" marks, "<u>", "</u>", "<sup>",
"</sup>" and "<span ...>", "</span>" tags are removed, "<!-- -->" separator lines are dropped, list items
("-   text") are written "- text". Added for this set: a markdown hard line break (two final spaces) after a
line that ends a bold or italic run ("*") ends a paragraph (en02's italic subtitle); and a long page is CUT before the paragraph that starts with
the string given as STOP (the text keeps the paragraphs before it; each cut is at a paragraph end). Nothing else
is dropped, added or corrected.
"""
import datetime, os, re, subprocess, sys
import yaml

WH_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"
D = "statements-releases/"

# (path, output file, STOP: the first paragraph dropped, or None to keep the whole page)
WH = [
    (D + "2022-01/2022-01-25-statement-by-president-biden-on-general-motors-investment-in-michigan.md",
     "en01_wh_general_motors_ev_investment_michigan.txt", None),
    (D + "2022-06/2022-06-28-fact-sheet-biden-harris-administration-catalyzes-more-than-700-million-in-private-sector-commitments-to-make-ev-charging-more-affordable-and-accessible.md",
     "en02_wh_ev_charger_private_investments.txt", "- Tesla is making"),
    (D + "2024-07/2024-07-29-fact-sheet-white-house-announces-new-private-sector-investments-in-american-maritime-industries-due-to-biden-harris-administration-efforts.md",
     "en03_wh_shipbuilding_private_investments.txt", "Konecranes:"),
    (D + "2024-02/2024-02-08-readout-of-white-house-roundtable-on-clean-bus-manufacturing.md",
     "en04_wh_clean_bus_manufacturing_roundtable.txt", "Speakers"),
    (D + "2023-07/2023-07-12-fact-sheet-biden-harris-administration-launches-workforce-hub-in-columbus-ohio-and-announces-new-commitments-to-help-more-workers-access-good-jobs.md",
     "en05_wh_columbus_ohio_workforce_hub.txt", "Over the coming months"),
    (D + "2024-10/2024-10-04-statement-from-president-joe-biden-on-the-september-jobs-report.md",
     "en06_wh_september_2024_jobs_report.txt", None),
    (D + "2024-09/2024-09-05-fact-sheet-president-biden-visits-westby-wisconsin-announces-7-3-billion-for-clean-affordable-reliable-electricity-for-rural-america-the-largest-investment-in-rural-electrification-since-the-ne.md",
     "en07_wh_rural_electric_cooperatives_westby.txt", "President Biden’s Investing in America Agenda is Lowering Costs"),
    (D + "2021-11/2021-11-23-president-biden-announces-release-from-the-strategic-petroleum-reserve-as-part-of-ongoing-efforts-to-lower-prices-and-address-lack-of-supply-around-the-world.md",
     "en08_wh_strategic_petroleum_reserve_release.txt", "Even as the President is helping"),
    (D + "2024-03/2024-03-04-statement-by-national-security-council-spokesperson-adrienne-watson-on-u-s-sanctions-on-zimbabwean-individuals-and-entities.md",
     "en09_wh_zimbabwe_sanctions_mnangagwa.txt", None),
    (D + "2024-11/2024-11-21-statement-from-national-security-advisor-jake-sullivan-on-further-sanctioning-russias-use-of-the-international-financial-system.md",
     "en10_wh_gazprombank_russia_sanctions.txt", None),
    (D + "2024-08/2024-08-14-readout-of-president-bidens-call-with-president-jose-raul-mulino-of-panama.md",
     "en11_wh_call_with_mulino_of_panama.txt", None),
    (D + "2024-10/2024-10-01-readout-of-president-bidens-call-with-prime-minister-ishiba-of-japan.md",
     "en12_wh_call_with_ishiba_of_japan.txt", None),
    (D + "2023-02/2023-02-10-fact-sheet-the-biden-harris-administrations-response-to-the-earthquakes-in-turkiye-and-syria.md",
     "en13_wh_turkiye_syria_earthquakes_response.txt", "Support available to U.S. Citizens"),
    (D + "2024-10/2024-10-20-fact-sheet-biden-harris-administration-announces-new-actions-to-support-north-carolinas-hurricane-recovery.md",
     "en14_wh_north_carolina_helene_recovery.txt", "Additional actions the Administration"),
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
    paras = [p for p in paras if p]
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

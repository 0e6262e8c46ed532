#!/usr/bin/env python3
"""Build the fourteen English texts (en01-en14) of fresh54 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

As fresh53 (whose conversion is copied unchanged): the YAML front matter is removed; its `title` gives the title
line (no-break spaces made plain spaces) and its `date` the dateline, written "Month D, YYYY" (built from the
front matter, not a line of the page body); hard-wrapped lines are joined into paragraphs, runs of spaces made
one, the "###" / "# # #" end mark dropped; links "[text](address)" are reduced to their text, bold "**" and
italic "*...*" marks and "<u>", "</u>" are removed, "<!-- -->" separator lines are dropped, list items ("-   text")
are written "- text". Added for this set: an autolink "<https://...>" is written as its bare address (en02), and a
page longer than 700 words is cut after its first KEEP paragraphs (title and dateline counted as paragraphs 1
and 2), always at a paragraph end; KEEP is None for a page kept whole. Nothing else is dropped, added or
corrected.
"""
import datetime, os, re, subprocess, sys
import yaml

WH_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"

SR = "statements-releases/"
WH = [  # (path, output file, KEEP paragraphs or None)
    (SR + "2023-10/2023-10-16-president-biden-to-visit-largest-wind-tower-manufacturer-in-the-world-highlight-how-bidenomics-is-driving-record-investments-in-congresswoman-lauren-boeberts-district.md",
     "en01_wh_cs_wind_tower_factory_pueblo_colorado.txt", 17),
    (SR + "2022-06/2022-06-01-president-biden-announces-third-operation-fly-formula-mission.md",
     "en02_wh_fly_formula_united_airlines_kendamil.txt", 8),
    (SR + "2022-05/2022-05-12-readout-of-president-bidens-virtual-meetings-with-retailers-and-infant-formula-manufacturers.md",
     "en03_wh_formula_shortage_walmart_target_reckitt_gerber.txt", None),
    (SR + "2023-07/2023-07-12-fact-sheet-biden-harris-administration-delivers-on-major-trade-and-investment-deals-following-the-2022-u-s-africa-leaders-summit.md",
     "en04_wh_us_africa_trade_and_investment_deals.txt", 10),
    (SR + "2021-08/2021-08-27-white-house-announces-john-d-porcari-as-port-envoy-to-the-biden-harris-administration-supply-chain-disruptions-task-force.md",
     "en05_wh_porcari_port_envoy_supply_chain.txt", 12),
    (SR + "2021-10/2021-10-31-fact-sheet-summit-on-global-supply-chain-resilience-to-address-near-term-bottlenecks-and-tackle-long-term-challenges.md",
     "en06_wh_global_supply_chain_resilience_summit.txt", None),
    (SR + "2022-07/2022-07-13-president-biden-statement-on-cpi-inflation-in-june.md",
     "en07_wh_june_2022_cpi_inflation_statement.txt", None),
    (SR + "2022-05/2022-05-24-readout-of-president-bidens-meeting-with-prime-minister-modi-of-india.md",
     "en08_wh_biden_modi_meeting_tokyo.txt", None),
    (SR + "2021-11/2021-11-19-readout-of-president-bidens-meeting-with-president-andres-manuel-lopez-obrador-of-mexico.md",
     "en09_wh_biden_lopez_obrador_meeting.txt", None),
    (SR + "2022-12/2022-12-19-readout-of-president-bidens-meeting-with-president-guillermo-lasso-of-ecuador.md",
     "en10_wh_biden_lasso_ecuador_meeting.txt", None),
    (SR + "2023-08/2023-08-15-fact-sheet-biden-harris-administrations-response-to-the-maui-wildfires.md",
     "en11_wh_maui_wildfires_response.txt", 19),
    (SR + "2023-09/2023-09-20-fact-sheet-president-biden-issues-executive-order-to-protect-people-in-east-palestine-ohio-and-nearby-communities-and-continue-to-hold-norfolk-southern-accountable.md",
     "en12_wh_east_palestine_norfolk_southern_order.txt", 16),
    (SR + "2024-10/2024-10-10-fact-sheet-biden-harris-administration-supports-life-saving-and-life-sustaining-response-efforts-following-hurricane-milton.md",
     "en13_wh_hurricane_milton_response.txt", None),
    (SR + "2024-09/2024-09-16-readout-of-white-house-convening-on-mpox.md",
     "en14_wh_mpox_clade_i_convening.txt", None),
]


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def inline(p):
    p = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", p)       # links -> text
    p = re.sub(r"<(https?://[^>\s]+)>", r"\1", p)          # autolinks -> address
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


def cut(text, keep):
    if keep is None:
        return text
    return "\n\n".join(text.rstrip("\n").split("\n\n")[:keep]) + "\n"


def main(outdir, wh_git):
    os.makedirs(outdir, exist_ok=True)
    for path, dst, keep in WH:
        text = cut(wh(show(wh_git, WH_COMMIT, path)), keep)
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(*sys.argv[1:3])

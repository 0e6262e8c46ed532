#!/usr/bin/env python3
"""Build the fourteen English texts (en01-en14) of fresh62 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

As fresh52/fresh53 (this is fresh53's script with a cut added): the YAML front matter is removed; its `title`
gives the title line (no-break spaces made plain spaces) and its `date` the dateline, written "Month D, YYYY"
(built from the front matter, not a line of the page body); hard-wrapped lines are joined into paragraphs, runs of
spaces made one, the "###" / "# # #" end mark dropped; links "[text](address)" are reduced to their text, bold
"**" and italic "*...*" marks and "<u>", "</u>", "<sup>" are removed, "<!-- -->" separator lines are dropped, list
items ("-   text") are written "- text". Added for this set: an optional cut at the end of a paragraph (the third
field: the text keeps the paragraphs up to and including the first one that starts with the given words); it is
unused (None for all fourteen pages: every page is whole, 229-674 words with title and dateline). Nothing else is
dropped, added or corrected.
"""
import datetime, os, re, subprocess, sys
import yaml

WH_COMMIT = "737ca03a271adc205c67766074ec8d0070f7ad95"
S = "statements-releases/"

# (path, output file, cut: None or the start of the last paragraph kept)
WH = [
    (S + "2022-11/2022-11-15-united-states-australia-japan-joint-statement-on-cooperation-on-telecommunications-financing.md",
     "en01_wh_telstra_digicel_pacific_telecom_financing.txt", None),
    (S + "2021-06/2021-06-15-fact-sheet-u-s-eu-understanding-on-a-cooperative-framework-for-large-civil-aircraft.md",
     "en02_wh_boeing_airbus_dispute_us_eu_aircraft_deal.txt", None),
    (S + "2021-10/2021-10-15-statement-by-president-joe-biden-on-rising-retail-sales.md",
     "en03_wh_rising_retail_sales_september_2021.txt", None),
    (S + "2022-06/2022-06-02-fact-sheet-united-states-takes-further-actions-to-counter-sanctions-evasion-by-russia.md",
     "en04_wh_russia_sanctions_evasion_yachts_entity_list.txt", None),
    (S + "2024-07/2024-07-17-readout-of-national-security-advisor-jake-sullivans-meeting-to-inaugurate-the-americas-partnership-angel-investor-network.md",
     "en05_wh_americas_partnership_angel_investor_network.txt", None),
    (S + "2023-09/2023-09-28-joint-statement-on-the-second-round-of-u-s-germany-economic-dialogue.md",
     "en06_wh_us_germany_economic_dialogue_kukies_pyle.txt", None),
    (S + "2024-04/2024-04-15-readout-of-president-bidens-meeting-with-prime-minister-petr-fiala-of-the-czech-republic.md",
     "en07_wh_czech_prime_minister_fiala_f35_purchase.txt", None),
    (S + "2023-03/2023-03-27-readout-of-vice-president-kamala-harriss-meeting-with-president-nana-akufo-addo-of-ghana.md",
     "en08_wh_harris_akufo_addo_ghana_accra.txt", None),
    (S + "2021-10/2021-10-21-readout-of-senior-administration-official-travel-to-nigeria-equatorial-guinea-and-mauritania.md",
     "en09_wh_finer_nigeria_equatorial_guinea_mauritania.txt", None),
    (S + "2022-01/2022-01-27-readout-of-vice-president-harriss-meeting-with-president-castro-of-honduras.md",
     "en10_wh_harris_xiomara_castro_honduras.txt", None),
    (S + "2023-11/2023-11-16-readout-of-vice-president-harriss-meeting-with-president-marcos-of-the-philippines-3.md",
     "en11_wh_harris_marcos_philippines_apec.txt", None),
    (S + "2024-02/2024-02-09-statement-from-nsc-spokesperson-adrienne-watson-on-u-s-unwavering-support-for-ecuador.md",
     "en12_wh_ecuador_security_support_los_choneros.txt", None),
    (S + "2023-02/2023-02-23-statement-from-president-joe-biden-on-nigerias-upcoming-election.md",
     "en13_wh_nigeria_election_peace_accord.txt", None),
    (S + "2023-09/2023-09-09-joint-statement-from-the-united-states-and-the-european-union-on-support-for-angola-zambia-and-the-democratic-republic-of-the-congos-commitment-to-further-develop-the-lobito-corridor-and-the.md",
     "en14_wh_lobito_corridor_angola_zambia_drc.txt", None),
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


def wh(raw, cut=None):
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
    if cut:
        i = next(i for i, p in enumerate(paras) if p.startswith(cut))
        paras = paras[:i + 1]
    return title + "\n\n" + dateline + "\n\n" + "\n\n".join(paras) + "\n"


def main(outdir, wh_git):
    os.makedirs(outdir, exist_ok=True)
    for path, dst, cut in WH:
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(wh(show(wh_git, WH_COMMIT, path), cut))


if __name__ == "__main__":
    main(*sys.argv[1:3])

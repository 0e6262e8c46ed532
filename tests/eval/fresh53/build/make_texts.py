#!/usr/bin/env python3
"""Build the thirteen English texts (en01-en13) of fresh53 from their source snapshot.

usage: make_texts.py OUTDIR WH_BRIEFINGS_GITDIR
  WH_BRIEFINGS_GITDIR: git dir of GitHub brian14708/wh-briefings (markdown copies of White House briefing-room
      pages with YAML front matter); files read with `git show 737ca03a271adc205c67766074ec8d0070f7ad95:PATH`.

As fresh52: the YAML front matter is removed; its `title` gives the title line (no-break spaces made plain
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
    ("statements-releases/2022-07/2022-07-13-nec-director-deese-statement-on-panasonic-energy-announcement-in-kansas.md",
     "en01_wh_panasonic_energy_battery_factory_kansas.txt"),
    ("statements-releases/2023-03/2023-03-14-statement-from-white-house-press-secretary-karine-jean-pierre-on-saudi-arabias-historic-purchase-of-boeing-aircraft.md",
     "en02_wh_saudi_arabia_boeing_aircraft_purchase.txt"),
    ("statements-releases/2022-12/2022-12-20-biden-%e2%81%a0harris-administration-announces-historic-investment-to-electrify-u-s-postal-service-fleet.md",
     "en03_wh_postal_service_electric_fleet_investment.txt"),
    ("statements-releases/2021-07/2021-07-01-statement-by-president-joe-biden-on-todays-agreement-of-130-countries-to-support-a-global-minimum-tax-for-the-worlds-largest-corporations.md",
     "en04_wh_global_minimum_tax_130_countries.txt"),
    ("statements-releases/2022-04/2022-04-22-readout-of-senior-administration-travel-to-hawaii-fiji-papua-new-guinea-and-solomon-islands.md",
     "en05_wh_delegation_pacific_islands_solomon_islands.txt"),
    ("statements-releases/2021-10/2021-10-30-readout-of-senior-administration-official-travel-to-djibouti-kenya-niger-and-somalia.md",
     "en06_wh_counterterrorism_trip_east_and_west_africa.txt"),
    ("statements-releases/2024-10/2024-10-16-readout-of-principal-deputy-national-security-advisor-jon-finers-trip-to-haiti.md",
     "en07_wh_jon_finer_trip_to_haiti.txt"),
    ("statements-releases/2021-08/2021-08-31-readout-of-president-bidens-call-with-energy-sector-leaders-on-restoring-power-after-hurricane-ida.md",
     "en08_wh_hurricane_ida_power_restoration_call.txt"),
    ("statements-releases/2022-09/2022-09-28-fact-sheet-the-biden-administrations-preparation-for-hurricane-ian.md",
     "en09_wh_hurricane_ian_preparation_fact_sheet.txt"),
    ("statements-releases/2024-05/2024-05-10-readout-of-white-house-meeting-on-the-ongoing-response-to-the-collapse-of-the-francis-scott-key-bridge-2.md",
     "en10_wh_key_bridge_collapse_response_meeting.txt"),
    ("statements-releases/2021-03/2021-03-05-fact-sheet-the-u-s-response-to-ebola-outbreaks-in-west-and-east-africa.md",
     "en11_wh_ebola_outbreaks_drc_guinea_response.txt"),
    ("statements-releases/2023-08/2023-08-23-as-part-of-president-bidens-unity-agenda-biden-cancer-moonshot-announces-launch-of-arpa-hs-cureit-project-led-by-emory-university-to-develop-new-tools-to-strengthen-the-immune-syste.md",
     "en12_wh_arpa_h_cureit_emory_mrna_project.txt"),
    ("statements-releases/2022-07/2022-07-11-biden-administration-produces-first-full-color-image-from-webb-space-telescope.md",
     "en13_wh_webb_telescope_first_full_color_image.txt"),
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

#!/usr/bin/env python3
"""Build the fourteen English texts (en01-en14) of fresh63 from their source snapshot.

usage: make_texts.py OUTDIR LDT_GITDIR
  LDT_GITDIR: git dir of GitHub nsi319/Long-Document-Transformers; the file read is
      legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv at commit
      1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b (`git show COMMIT:PATH`), column "Actual Summary" (the reference
      text: a U.S. SEC litigation release, flattened to one line), rows by first-column index (the same file as
      fresh57, whose rows 25, 52, 92, 147, 153, 156, 160, 298, 302, 315, 321, 425, 436 are NOT used here).
      The "Generated Summary" column (model output) is NOT used.

Thirteen of the cells (en02-en14) are newer-format releases (2015-2019) with NO headline, NO banner and NO date
line: the body is kept whole and each TITLE LINE below was WRITTEN FOR THIS SET from the release's first sentence
(not source text); no dateline is added (en04's own opening "Washington D.C., October 1, 2018 - " is body text and
stays). One cell (en01, row 68, Litigation Release No. 22213 of December 29, 2011) is in the older sec.gov format:
its banner, release-number line, case captions, all-capital headline and footer ("SEC complaint v. the companies
SEC Complaint v. the executives", "&nbsp;", the sec.gov address, "Home | Previous Page Modified: ...") are dropped,
the title line is written for this set like the others, the DATE of the release-number line is the dateline, and
the sub-headline ("Firm and Its Parent Agree to Pay $95 Million ...") is kept as the first body paragraph.
Cleaning, in this order: HTML entities unescaped (&rsquo; -> ’, &nbsp; -> no-break space); mis-decoded UTF-8
("mojibake": "Â" + no-break space, "Â§", "Ã¡", "Ã³") repaired to the intended characters (no-break space, "§",
"á", "ó"); no-break spaces made plain spaces; en08's end mark "# # #" dropped; the body split into paragraphs
where two or more spaces follow a sentence end (. " ” or, in en01 only, the colon before its list of three
executives), but not after a middle initial (en08's "Scott A.  Thompson"), as fresh4-fresh7, fresh17, fresh23, fresh25, fresh51 and fresh57 did for SEC cells; other runs of
spaces made one space. Nothing else is dropped, added or corrected; no text is cut (all are 230-700 words whole).
"""
import csv, html, io, os, re, subprocess, sys

COMMIT = "1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b"
PATH = "legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv"

# (row, output file, title WRITTEN FOR THIS SET)
SEC = [
    ("68", "en01_sec_magyar_telekom_macedonia_montenegro_bribery.txt",
     "SEC charges Magyar Telekom and three former executives with bribing officials in Macedonia and Montenegro"),
    ("177", "en02_sec_mimedx_revenue_accounting_fraud.txt",
     "SEC charges MiMedx Group and three former executives with revenue fraud"),
    ("69", "en03_sec_homex_mexico_homebuilder_accounting_fraud.txt",
     "SEC charges former Homex officers in $3.3 billion accounting fraud"),
    ("169", "en04_sec_salix_cfo_misleading_analysts.txt",
     "SEC charges Salix Pharmaceuticals and former CFO with misleading analysts and investors"),
    ("331", "en05_sec_ability_inc_spac_shareholder_fraud.txt",
     "SEC charges Ability Inc. and two executives with defrauding SPAC shareholders"),
    ("232", "en06_sec_genovese_willow_creek_hedge_fund_fraud.txt",
     "SEC charges purported New York hedge fund manager with offering and investment adviser fraud"),
    ("71", "en07_sec_karlsson_eastern_metal_offering_fraud.txt",
     "SEC charges Swedish national living in Thailand with online offering fraud"),
    ("146", "en08_sec_colonial_tidewater_signator_maryland_fraud.txt",
     "Three Maryland men and Signator Investors settle SEC fraud charges"),
    ("164", "en09_sec_muroff_idaho_eb5_misappropriation.txt",
     "Idaho man agrees to repay EB-5 investor funds to settle SEC charges"),
    ("504", "en10_sec_atlanta_adviser_gameday_basketball_player.txt",
     "SEC charges Atlanta investment adviser with defrauding former basketball player"),
    ("410", "en11_sec_covidien_oklahoma_executives_insider_trading.txt",
     "SEC charges two Oklahoma oil and gas executives with insider trading in Covidien"),
    ("384", "en12_sec_dreamworks_insider_trading_asset_freeze.txt",
     "SEC freezes accounts holding $29 million from insider trading ahead of DreamWorks acquisition"),
    ("423", "en13_sec_biozoom_stock_manipulation.txt",
     "SEC charges four individuals in Biozoom stock manipulation scheme"),
    ("209", "en14_sec_aegerion_juxtapid_prescriptions.txt",
     "SEC charges Aegerion Pharmaceuticals with misleading investors about Juxtapid prescriptions"),
]

OLD68_START = "Firm and Its Parent Agree to Pay $95 Million to Settle Civil and Criminal Charges"
OLD68_END = "SEC complaint v. the companies"


def fix(s):
    s = html.unescape(s)
    s = re.sub(r"[\u00c2\u00c3][\u0080-\u00bf]", lambda m: m.group().encode("latin-1").decode("utf-8"), s)
    s = s.replace("\u00a0", " ")
    return s


def build(idx, cell, title):
    raw = fix(cell)
    date = None
    colon = False
    if idx == "68":
        m = re.search(r"Litigation Release No\.\s+\d+\s*/\s*([A-Z][a-z]+ \d{1,2}, \d{4})", raw)
        date = m.group(1)
        i = raw.index(OLD68_START)
        raw = raw[i:raw.index(OLD68_END)]
        raw = raw.replace(OLD68_START, OLD68_START + ".", 1)  # marker for the split only, removed below
        colon = True
    body = raw.strip()
    if body.endswith("# # #"):
        body = body[:-5].strip()
    # no break after a middle initial ("Scott A.  Thompson" in en08 stays one name)
    end = r"(?<=[.\"”:])(?<! [A-Z]\.)\s{2,}" if colon else r"(?<=[.\"”])(?<! [A-Z]\.)\s{2,}"
    paras = [re.sub(r" +", " ", p).strip() for p in re.split(end, body)]
    paras = [p for p in paras if p]
    if idx == "68":
        assert paras[0] == OLD68_START + "."
        paras[0] = OLD68_START
    head = title + "\n\n" + (date + "\n\n" if date else "")
    return head + "\n\n".join(paras) + "\n"


def main(outdir, gitdir):
    data = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{PATH}"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    csv.field_size_limit(10**9)
    rows = {r[0]: r for r in csv.reader(io.StringIO(data))}
    assert rows[""][2] == "Actual Summary"
    os.makedirs(outdir, exist_ok=True)
    for idx, dst, title in SEC:
        text = build(idx, rows[idx][2], title)
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(*sys.argv[1:3])

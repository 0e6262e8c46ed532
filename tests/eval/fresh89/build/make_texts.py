#!/usr/bin/env python3
"""Build tests/eval/fresh89/texts/ (en01-en13) from the "Actual Summary" column of
legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv in GitHub nsi319/Long-Document-Transformers,
commit 1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b (U.S. SEC litigation releases, U.S. federal government works,
public domain). Usage: python3 make_texts.py OUTDIR LDT_GITDIR (LDT_GITDIR = a git directory of that repository,
e.g. /work/.mirror/nsi319+Long-Document-Transformers/repo; read with `git show COMMIT:PATH`).
Adapted from fresh85's build/make_texts.py (same cleaning).

Rows are chosen by the CSV's first column (index). Older-format cells (sec.gov pages) carry a banner, a "Litigation
Release No. N / DATE" line, sometimes an "Accounting and Auditing (Enforcement) Release" line, the case caption,
the release's own HEADLINE (and sub-headlines), and a footer ("SEC Complaint ...", "See the Complaint in this
matter.", the sec.gov address, "Home | Previous Page Modified: ..."). The body is taken from its first sentence
(START) up to the footer (END), excluded. The DATE of the release line is the dateline ("Month D, YYYY"). Four
cells (en03 row 460, en04 row 340, en09 row 233, en13 row 48) are newer-format releases with no banner, headline
or date: kept whole, no dateline added. en08 (row 70) is CUT: its body ends before its last paragraph (from
"Finally, the Commission's complaint alleges that the Defendants funneled"), to stay under 700 words (708 whole). Each TITLE LINE
below was WRITTEN FOR THIS SET (not source text) from the release's first sentence.
Cleaning, in this order: HTML entities unescaped; mis-decoded UTF-8 ("Ã©" and the like) repaired (row 340: "Autorité
des Marchés"); no-break spaces and tabs made plain spaces; the body split into paragraphs where two or more spaces
follow a sentence end (. " ” : ; ) ]) but not after a middle initial ("A.  Name"); other runs of spaces made one.
Nothing else is dropped, added or corrected.
"""
import csv, html, io, os, re, subprocess, sys

COMMIT = "1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b"
PATH = "legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv"

# (row, output file, title WRITTEN FOR THIS SET, START of body or None (whole cell), END of body or None)
SEC = [
    ("114", "en01_sec_krispy_kreme_former_executives_earnings_fraud.txt",
     "SEC charges three former executives of Krispy Kreme Doughnuts with an earnings fraud",
     "The Securities and Exchange Commission (\u201cCommission\u201d) announced that on March 4, 2009", "SEC Complaint"),
    ("416", "en02_sec_isilon_systems_former_cfo_side_deals.txt",
     "SEC charges former Isilon Systems CFO Stuart Fuhlendorf with boosting revenue through secret side deals",
     "The Securities and Exchange Commission today filed securities fraud charges", "SEC Complaint v. Fuhlendorf"),
    ("460", "en03_sec_global_digital_solutions_false_press_releases.txt",
     "SEC charges Global Digital Solutions and two former officers over false press releases", None, None),
    ("340", "en04_sec_investment_banker_international_insider_trading.txt",
     "SEC charges an investment banker and a trader in an international insider trading scheme", None, None),
    ("334", "en05_sec_global_industries_unknown_purchasers_asset_freeze.txt",
     "Court freezes assets of unknown purchasers of Global Industries securities before the Technip deal",
     "On September 16, 2011, the U.S. District Court", "SEC Complaint in this matter"),
    ("392", "en06_sec_first_federal_marking_the_close_manipulation.txt",
     "SEC charges Michael Rivers and Thomas Hall in a marking-the-close manipulation scheme",
     "On October 31, 2002, the Commission filed a complaint", "SEC Complaint in this matter"),
    ("509", "en07_sec_security_brokerage_calugar_late_trading.txt",
     "SEC charges Security Brokerage and Daniel Calugar with mutual fund late trading and market timing",
     "On December 22, 2003, the Securities and Exchange Commission filed civil fraud charges",
     "See the Complaint in this matter."),
    ("70", "en08_sec_oversea_chinese_fund_ponzi_scheme.txt",
     "SEC halts a Ponzi scheme run through the Toronto-based Oversea Chinese Fund",
     "On April 3, 2009, the Commission filed an emergency action",
     "Finally, the Commission"),
    ("233", "en09_sec_quest_energy_principals_oil_gas_offering.txt",
     "SEC charges two principals of Quest Energy Management Group with a fraudulent oil and gas offering", None, None),
    ("493", "en10_sec_duncan_capital_crow_undisclosed_control.txt",
     "SEC charges Michael W. Crow, an undisclosed control person of broker-dealer Duncan Capital, and others",
     "On May 15, 2007, the Commission filed a civil injunctive action", "SEC Complaint in this matter"),
    ("420", "en11_sec_reserve_primary_fund_managers_fraud.txt",
     "SEC charges the operators of The Reserve Primary Fund with fraud",
     "On May 5, 2009, the Securities and Exchange Commission filed a civil action", "SEC Complaint"),
    ("82", "en12_sec_hkw_trading_hedge_fund_ponzi_emergency.txt",
     "SEC brings an emergency action against HKW Trading over a Ponzi scheme",
     "The Securities and Exchange Commission (\u201cSEC\u201d or the \u201cCommission\u201d) announced that on June 9, 2005",
     "SEC Complaint in this matter"),
    ("48", "en13_sec_adviser_ikokwu_futuregen_kickbacks.txt",
     "SEC charges investment adviser Ikenna Ikokwu over undisclosed kickbacks from FutureGen", None, None),
]
GLUED = set()


def fix(s):
    s = html.unescape(s)
    s = re.sub(r"[\u00c2\u00c3][\u0080-\u00bf]|\u00e2[\u0080-\u00bf]{2}",
               lambda m: m.group().encode("latin-1").decode("utf-8"), s)
    s = s.replace("\u00a0", " ").replace("\t", " ")
    return s


def build(idx, cell, title, start, end):
    raw = fix(cell)
    if start is None:
        date, body = None, raw.strip()
    else:
        m = re.search(r"Lit(?:igation|\.) Rel(?:ease|\.)? No\.\s*\d+\s*/\s*([A-Z][a-z]+ \d{1,2}, \d{4})", raw, re.I)
        date = m.group(1)
        i = raw.index(start)
        j = raw.index(end, i)
        body = raw[i:j].strip()
    if idx in GLUED:
        body = re.sub(r"(?<=[a-z%)]\.)(?=[A-Z])", "  ", body)
    paras = [re.sub(r" +", " ", p).strip()
             for p in re.split(r"(?<=[.\"”:;)\]])(?<! [A-Z]\.)\s{2,}", body)]
    paras = [p for p in paras if p]
    head = title + "\n\n" + (date + "\n\n" if date else "")
    return head + "\n\n".join(paras) + "\n"


def main(outdir, gitdir):
    data = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{PATH}"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    csv.field_size_limit(10**9)
    rows = {r[0]: r for r in csv.reader(io.StringIO(data))}
    assert rows[""][2] == "Actual Summary"
    os.makedirs(outdir, exist_ok=True)
    for idx, dst, title, start, end in SEC:
        text = build(idx, rows[idx][2], title, start, end)
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(*sys.argv[1:3])

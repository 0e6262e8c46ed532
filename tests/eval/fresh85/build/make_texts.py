#!/usr/bin/env python3
"""Build tests/eval/fresh85/texts/ (en01-en12) from the "Actual Summary" column of
legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv in GitHub nsi319/Long-Document-Transformers,
commit 1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b (U.S. SEC litigation releases, U.S. federal government works,
public domain). Usage: python3 make_texts.py OUTDIR LDT_GITDIR (LDT_GITDIR = a git directory of that repository,
e.g. /work/.mirror/nsi319+Long-Document-Transformers/repo; read with `git show COMMIT:PATH`).

Rows are chosen by the CSV's first column (index). Older-format cells (sec.gov pages) carry a banner, a "Litigation
Release No. N / DATE" line, sometimes an "Accounting and Auditing Enforcement Release" line or "CORRECTED COPY", the
case caption, the release's own HEADLINE, and a footer ("SEC Complaint in this matter", "See Also:", the sec.gov
address, "Home | Previous Page Modified: ..."); en01's body ends with "###". The body is taken from its first
sentence (START) up to the footer or "###" (END), excluded. The DATE of the release line is the dateline
("Month D, YYYY"), except en03 (row 212), whose body opens with its own dateline "Washington, D.C., July 24, 2007 - ":
that dateline is taken as the dateline line (without the dash) and removed from the first sentence. Three cells
(en09 row 221, en11 row 51, en12 row 244) are newer-format releases with no banner, headline or date: kept whole,
no dateline added. Each TITLE LINE below was WRITTEN FOR THIS SET (not source text) from the release's first
sentence.
Cleaning, in this order: HTML entities unescaped; mis-decoded UTF-8 ("â\\x80\\x9c", "Â\\xa0" and the like) repaired
(row 208: its curly quotes, apostrophes and no-break spaces); no-break spaces and tabs made plain spaces; for rows 462 and 208 only, whose cells glue sentences together
("Corp.The", "future.In"), a paragraph break is inserted after a lower-case letter + period (or "%." / ")." ) that is
directly followed by an upper-case letter; the body split into paragraphs where two or more spaces follow a
sentence end (. " ” : ; ) ]) but not after a middle initial ("A.  Name"); other runs of spaces made one. Nothing
else is dropped, added or corrected; no text is cut.
"""
import csv, html, io, os, re, subprocess, sys

COMMIT = "1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b"
PATH = "legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv"

# (row, output file, title WRITTEN FOR THIS SET, START of body or None (whole cell), END of body or None)
SEC = [
    ("223", "en01_sec_enterasys_officers_revenue_inflation.txt",
     "SEC sues ten former officers and employees of Enterasys Networks over inflated revenues",
     "On February 9, 2007 the Securities and Exchange Commission filed", "###"),
    ("63", "en02_sec_globetel_former_ceo_accounting_fraud.txt",
     "SEC charges former GlobeTel Communications CEO Timothy Huff with accounting fraud",
     "On September 8, 2009, the Securities and Exchange Commission", "SEC Complaint"),
    ("212", "en03_sec_mds_employee_molecular_devices_insider_trading.txt",
     "SEC charges a former MDS employee and his wife with insider trading in Molecular Devices",
     "The Securities and Exchange Commission today filed insider trading charges", "SEC Complaint"),
    ("272", "en04_sec_london_trader_petco_spread_bets_insider_trading.txt",
     "SEC charges London trader Taher Suterwalla with insider trading in Petco securities",
     "The Securities and Exchange Commission today announced that it filed an amended", "SEC Complaint"),
    ("27", "en05_sec_stock_promoter_tecton_broker_bribery.txt",
     "SEC charges stock promoter Jason Jadidian in a broker bribery scheme over Tecton stock",
     "The Securities and Exchange Commission announced today that on September 18", "SEC Complaint"),
    ("462", "en06_sec_veltex_former_ceo_pump_and_dump.txt",
     "SEC charges former Veltex CEO Javeed Matin with a pump-and-dump manipulation",
     "The Securities & Exchange Commission announced that it charged", "See Also:"),
    ("354", "en07_sec_praetorian_fund_pre_ipo_shares_fraud.txt",
     "SEC halts the sale of purported pre-IPO Facebook and Groupon shares by The Praetorian Global Fund",
     "The Securities and Exchange Commission announced that on November 17, 2011", "SEC Complaint"),
    ("449", "en08_sec_homeland_communications_offering_fraud_freeze.txt",
     "SEC halts an offering fraud by Deerfield Beach's Homeland Communications Corporation",
     "The Securities and Exchange Commission (\"SEC\") announced that on September 5", "SEC Complaint"),
    ("221", "en09_sec_church_for_the_healthy_self_vietnamese_ponzi.txt",
     "SEC freezes assets in a $25 million Ponzi scheme aimed at Vietnamese investors in Orange County", None, None),
    ("208", "en10_sec_perimeter_wealth_covered_call_program_fraud.txt",
     "SEC charges Kenneth W. Burnt and two related entities over a covered-call trading program",
     "On December 20, 2010 the Securities and Exchange Commission", "See Also:"),
    ("51", "en11_sec_rothenberg_ventures_overcharging_investors.txt",
     "SEC charges Rothenberg Ventures founder with overcharging venture fund investors", None, None),
    ("244", "en12_sec_direct_lending_investments_inflated_returns.txt",
     "SEC charges former Direct Lending Investments CEO Brendan Ross with inflating fund returns", None, None),
]
GLUED = {"462", "208"}


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
        if idx == "212":
            date = re.search(r"(Washington, D\.C\., July 24, 2007) - " + re.escape(start), raw).group(1)
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

#!/usr/bin/env python3
"""Build tests/eval/fresh103/texts/ (en01-en13) from the "Actual Summary" column of
legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv in GitHub nsi319/Long-Document-Transformers,
commit 1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b (U.S. SEC litigation releases, U.S. federal government works,
public domain). Usage: python3 make_texts.py OUTDIR LDT_GITDIR (LDT_GITDIR = a git directory of that repository,
e.g. /work/.mirror/nsi319+Long-Document-Transformers/repo; read with `git show COMMIT:PATH`).
Adapted from fresh89's build/make_texts.py (same cleaning).

Rows are chosen by the CSV's first column (index). Older-format cells (sec.gov pages) carry a banner, a "Litigation
Release No. N / DATE" (or "Lit. Release No.") line, sometimes an "Accounting and Auditing Enforcement Release" line
or an "AAERxxxxxxx -->" stub, the case caption, the release's own HEADLINE (and sub-headlines), and a footer ("SEC
Complaint ...", the sec.gov address, "Home | Previous Page Modified: ..."). The body is taken from its first
sentence (START) up to the footer (END), excluded. The DATE of the release line is the dateline ("Month D, YYYY").
Three cells (en02 row 162, en06 row 40, en12 row 278) are newer-format releases with no banner, headline or date:
kept whole, no dateline added. No text is cut. Each TITLE LINE below was WRITTEN FOR THIS SET (not source text)
from the release's first sentence.
Cleaning, in this order: HTML entities unescaped; mis-decoded UTF-8 repaired (row 8: "Commissionâ\x80\x99s" ->
"Commission’s"; row 278: "Â" + no-break space -> no-break space); no-break spaces and tabs made plain spaces; the
body split into paragraphs where two or more spaces follow a sentence end (. " ” : ; ) ]) but not after a middle
initial ("A.  Name"); other runs of spaces made one. Nothing else is dropped, added or corrected.
"""
import csv, html, io, os, re, subprocess, sys

COMMIT = "1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b"
PATH = "legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv"

# (row, output file, title WRITTEN FOR THIS SET, START of body or None (whole cell), END of body or None)
SEC = [
    ("364", "en01_sec_friedmans_inflated_earnings_settled_action.txt",
     "SEC brings a settled fraud action against Friedman’s Inc. over inflated earnings",
     "The Securities and Exchange Commission announced today that on Monday", "SEC Complaint in this matter"),
    ("162", "en02_sec_advanced_emissions_former_cfo_accounting.txt",
     "SEC charges the former CFO of Advanced Emissions Solutions with accounting violations", None, None),
    ("265", "en03_sec_lisa_berry_kla_juniper_options_backdating.txt",
     "SEC charges former general counsel Lisa Berry with backdating stock options at KLA-Tencor and Juniper Networks",
     "The Securities and Exchange Commission today filed fraud charges against a Bay Area attorney",
     "SEC Complaints in this matter"),
    ("293", "en04_sec_immucor_ceo_milan_hospital_payment.txt",
     "SEC charges Immucor chief executive Gioacchino De Chirico over a payment to a Milan hospital director",
     "The Securities and Exchange Commission today announced the filing of a settled civil action",
     "SEC Complaint in this matter"),
    ("8", "en05_sec_mcvicker_art_technology_insider_trading.txt",
     "SEC charges Joseph McVicker with insider trading in Art Technology Group before the Oracle deal",
     "The Securities and Exchange Commission announced today that it has filed a complaint", "SEC Complaint"),
    ("40", "en06_sec_victory_ho_shaw_group_insider_trading.txt",
     "SEC charges Victory Ho with insider trading in The Shaw Group before its acquisition", None, None),
    ("398", "en07_sec_spam_email_pump_and_dump_penny_stocks.txt",
     "SEC charges three men and three penny stock issuers in a spam e-mail pump and dump scheme",
     "The Securities and Exchange Commission (\"Commission\") on Friday, April 27, 2007",
     "SEC Complaint in this matter"),
    ("325", "en08_sec_murrell_stinger_unregistered_stock_sales.txt",
     "SEC sues F. Douglas Murrell over unregistered sales of Stinger Systems stock",
     "The Securities and Exchange Commission (\"Commission\") announced that on January 30, 2008",
     "SEC Complaint in this matter"),
    ("148", "en09_sec_blackout_media_winick_illegal_spinoffs.txt",
     "SEC charges Blackout Media and Sandy Winick over an illegal stock distribution through spinoffs",
     "The Securities and Exchange Commission today filed a complaint", "SEC Complaint"),
    ("111", "en10_sec_bravata_bbc_equities_real_estate_ponzi.txt",
     "Court freezes the assets of John Bravata and BBC Equities in a real estate fund Ponzi scheme",
     "On July 27, 2009, the Honorable David M. Lawson", "SEC Complaint"),
    ("157", "en11_sec_us_wind_farming_unregistered_shares_tro.txt",
     "Court restrains U.S. Wind Farming and its CEO William Telander in an unregistered stock scheme",
     "The Securities and Exchange Commission announced that on July 25, 2005", "SEC Complaint in this matter"),
    ("278", "en12_sec_adviser_van_zyl_church_members_fraud.txt",
     "SEC charges Georgia investment adviser Dionne Van Zyl with defrauding fellow church members", None, None),
    ("78", "en13_sec_national_presto_unregistered_investment_company.txt",
     "SEC says National Presto Industries operated as an unregistered investment company",
     "The Securities and Exchange Commission announced that on July 29, 2002", "SEC Complaint in this matter"),
]


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

#!/usr/bin/env python3
"""Build the thirteen English texts (en01-en13) of fresh80 from their source snapshot.

usage: make_texts.py OUTDIR LDT_GITDIR
  LDT_GITDIR: git dir of GitHub nsi319/Long-Document-Transformers; the file read is
      legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv at commit
      1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b (`git show COMMIT:PATH`), column "Actual Summary" (the reference
      text: a U.S. SEC litigation release, flattened to one line), rows by first-column index. Rows used by fresh57
      (25, 52, 92, 147, 153, 156, 160, 298, 302, 315, 321, 425, 436), fresh63 (68, 177, 69, 169, 331, 232, 71, 146,
      164, 504, 410, 384, 423, 209), fresh69 (261, 26, 458, 355, 496, 144, 10, 427, 429, 469, 363, 167, 185),
      fresh72 (381, 98, 350, 180, 271, 292, 328, 311, 100, 23, 90, 176) and fresh75 (450, 507, 84, 401, 14, 260,
      142, 61, 289, 307, 159, 481) are NOT used. The "Generated Summary" column (model output) is NOT used.

Ten cells are older-format sec.gov pages (banner, "Litigation Release No. N / DATE" line, sometimes an
"Accounting and Auditing Enforcement Release" line, case caption, headline, body, footer). Their body is taken from
the START string given below (the first words of the release's first body sentence) up to the END string
(exclusive: the footer label "SEC Complaint ...", or the "Contact Persons" block that precedes it in en03, en06 and
en13); banner, release lines, caption, "FOR IMMEDIATE RELEASE", the release's own HEADLINE, contact persons and
footer (link labels, the sec.gov address, "Home | Previous Page Modified: ...") are dropped; the DATE of the release
line is the dateline ("Month D, YYYY"), except en13 (row 387), whose body opens with its own dateline "San
Francisco, September 28, 2006 - ": that dateline is taken as the dateline line (without the dash) and removed from
the first sentence. Three cells (en05 row 136, en10 row 322, en12 row 498) are newer-format releases with no
banner, headline or date line: kept whole, no dateline added. Each TITLE LINE below was WRITTEN FOR THIS SET (not
source text) from the release's first sentence.
Cleaning, in this order: HTML entities unescaped; mis-decoded UTF-8 ("â\\x80\\x99" and the like) repaired if any;
no-break spaces and tabs made plain spaces; the body split into paragraphs where two or more spaces follow a
sentence end (. " ” : ; ) ]) but not after a middle initial ("A.  Name"); other runs of spaces made one. Nothing
else is dropped, added or corrected; no text is cut.
"""
import csv, html, io, os, re, subprocess, sys

COMMIT = "1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b"
PATH = "legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv"

# (row, output file, title WRITTEN FOR THIS SET, START of body or None (whole cell), END of body or None)
SEC = [
    ("335", "en01_sec_utstarcom_executives_false_financial_reports.txt",
     "SEC fines UTStarcom's CEO and former CFO over the company's false financial reports",
     "The Securities and Exchange Commission today filed a settled district", "SEC Complaint"),
    ("288", "en02_sec_kmart_newell_rubbermaid_vendor_allowances.txt",
     "SEC charges two former Kmart executives and two Newell Rubbermaid representatives over vendor allowances",
     "The Securities and Exchange Commission filed settled civil charges", "SEC Complaint"),
    ("91", "en03_sec_swiss_resident_cns_glaxosmithkline_insider_trading.txt",
     "SEC charges Swiss resident Lorenz Kohler with insider trading before the CNS merger",
     "The Commission today announced that it filed a First Amended", "Contact Persons"),
    ("499", "en04_sec_maverick_tube_tenaris_buenos_aires_asset_freeze.txt",
     "SEC freezes $1.1 million of Buenos Aires traders' assets over Maverick Tube options",
     "In an emergency federal court action filed on June 15, 2006", "Contact Persons"),
    ("136", "en05_sec_life_time_fitness_insider_trading_kickbacks.txt",
     "SEC charges former Life Time Fitness executive, a tipper and six traders with insider trading", None, None),
    ("34", "en06_sec_florida_attorney_weida_stock_manipulation.txt",
     "SEC charges Florida attorney L. Daniel Ferrer with manipulating Weida Communications stock",
     "On July 31, 2009, the Securities and Exchange Commission filed", "SEC Complaint"),
    ("443", "en07_sec_offshore_hackers_online_accounts_manipulation.txt",
     "SEC sues three Indian nationals who hijacked online brokerage accounts to manipulate prices",
     "The United States Securities and Exchange Commission today filed", "SEC Complaint"),
    ("236", "en08_sec_stock_loan_sham_finder_fees_kickbacks.txt",
     "SEC charges four defendants over sham finder fees and kickbacks in stock loans",
     "On September 24, 2008, the Securities and Exchange Commission filed a civil injunctive", "SEC Complaint"),
    ("466", "en09_sec_earthly_mineral_solutions_mining_ponzi_scheme.txt",
     "SEC charges two Nevada companies and their officers over a $20 million mining claim Ponzi scheme",
     "On August 9, 2007, the Securities and Exchange Commission filed charges", "SEC Complaint"),
    ("322", "en10_sec_equal_earth_green_energy_offering_fraud.txt",
     "San Diego green energy company Equal Earth and its executives settle offering fraud charges", None, None),
    ("395", "en11_sec_james_asset_advisory_south_florida_ponzi.txt",
     "SEC charges South Florida investment adviser Anthony James with misappropriation and a Ponzi scheme",
     "On September 24, 2008, the Securities and Exchange Commission filed a civil", "SEC Complaint"),
    ("498", "en12_sec_yellowstone_partners_idaho_falls_overbilling.txt",
     "SEC charges Idaho Falls adviser Yellowstone Partners and two former principals with overbilling", None, None),
    ("387", "en13_sec_graycort_financial_short_selling_rule_105.txt",
     "SEC charges San Francisco fund Graycort Financial over unlawful short selling",
     "The Securities and Exchange Commission today filed charges against a San Francisco-based", "Contact Persons"),
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
        if idx == "387":
            date = re.search(r"(San Francisco, September 28, 2006) - " + re.escape(start), raw).group(1)
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

#!/usr/bin/env python3
"""Build the twelve English texts (en01-en12) of fresh72 from their source snapshot.

usage: make_texts.py OUTDIR LDT_GITDIR
  LDT_GITDIR: git dir of GitHub nsi319/Long-Document-Transformers; the file read is
      legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv at commit
      1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b (`git show COMMIT:PATH`), column "Actual Summary" (the reference
      text: a U.S. SEC litigation release, flattened to one line), rows by first-column index. Rows used by fresh57
      (25, 52, 92, 147, 153, 156, 160, 298, 302, 315, 321, 425, 436), fresh63 (68, 177, 69, 169, 331, 232, 71, 146,
      164, 504, 410, 384, 423, 209) and fresh69 (261, 26, 458, 355, 496, 144, 10, 427, 429, 469, 363, 167, 185) are
      NOT used. The "Generated Summary" column (model output) is NOT used.

All twelve cells are older-format sec.gov pages (banner, "Litigation Release No. N / DATE" line, sometimes an
"Accounting and Auditing Enforcement Release" line, case caption, headline, sometimes a sub-headline, body, footer).
The body is taken from the START string given below (the first words of the release's first body sentence) up to
the END string (exclusive: "SEC Complaint ..." footer label; en12: the closing cross-reference "See http://..."
sentence; en07: its closing sentence "The Commission also would like to acknowledge the assistance of the Pacific
Exchange in this matter.", CUT so that the text stays under 700 words); banner, release lines, caption, the release's own HEADLINE AND SUB-HEADLINE, and footer (link labels,
"&nbsp;", the sec.gov address, "Home | Previous Page Modified: ...") are dropped; the DATE of the release line is the
dateline ("Month D, YYYY"). Each TITLE LINE below was WRITTEN FOR THIS SET (not source text) from the release's first
sentence.
Cleaning, in this order: HTML entities unescaped (&nbsp; -> no-break space); mis-decoded UTF-8 ("â\\x80\\x99" and the
like) repaired to the intended characters (’ “ ” —); Windows-1252 characters left as C1 control characters (en01 only:
U+0092, U+0093, U+0094, U+0096) repaired to ’ “ ” –; no-break spaces and tabs made plain spaces; the body split into
paragraphs where two or more spaces follow a sentence end (. " ” :), but not after a middle initial ("A.  Name")
nor after "Nos."; other runs of spaces made one. Nothing else is dropped, added or corrected; no other text is cut.
"""
import csv, html, io, os, re, subprocess, sys

COMMIT = "1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b"
PATH = "legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv"

# (row, output file, title WRITTEN FOR THIS SET, START of body, END of body)
SEC = [
    ("381", "en01_sec_el_paso_oil_for_food_iraq_payments.txt",
     "SEC charges El Paso Corporation over payments to Iraq under the U.N. Oil for Food Program",
     "The Securities and Exchange Commission today filed Foreign Corrupt", "SEC Complaint in this matter"),
    ("98", "en02_sec_island_pacific_revenue_accounting_fraud.txt",
     "SEC charges Retail Pro and three former executives in Island Pacific accounting fraud",
     "Today, the Securities and Exchange Commission filed securities fraud", "SEC Complaint in this matter"),
    ("350", "en03_sec_aerosonic_former_ceo_cfo_financial_fraud.txt",
     "SEC files fraud charges against former Aerosonic CEO and CFO",
     "The Securities and Exchange Commission (SEC) filed fraud charges", "SEC Complaint in this matter"),
    ("180", "en04_sec_sycamore_networks_options_backdating.txt",
     "SEC charges Sycamore Networks and three former officials in options backdating case",
     "The Securities and Exchange Commission today filed a settled civil enforcement", "SEC Complaint in this matter"),
    ("271", "en05_sec_berliner_false_rumor_alliance_data.txt",
     "SEC charges Wall Street trader Paul Berliner with spreading a false rumor",
     "The U.S. Securities and Exchange Commission today filed a settled", "SEC Complaint in this matter"),
    ("292", "en06_sec_welch_ehydrogen_chromocure_press_releases.txt",
     "SEC charges former Mississippi investment adviser over false press releases",
     "On August 31, 2012, the Securities and Exchange Commission filed", "SEC Complaint"),
    ("328", "en07_sec_dean_foods_suiza_merger_insider_trading.txt",
     "SEC charges four individuals with insider trading before the Dean Foods merger",
     "The Securities and Exchange Commission today announced a settled action",
     "The Commission also would like to acknowledge"),
    ("311", "en08_sec_fda_chemist_drug_approval_insider_trading.txt",
     "SEC files amended insider trading complaint against FDA chemist Cheng Yi Liang",
     "On June 2, 2011, the Securities and Exchange Commission filed an amended", "SEC Complaint Chart"),
    ("100", "en09_sec_gallivan_california_banks_insider_trading.txt",
     "SEC charges Robert J. Gallivan with insider trading in five California community banks",
     "The Securities and Exchange Commission (\"Commission\") today filed an insider", "SEC Complaint in this matter"),
    ("23", "en10_sec_zeekrewards_ponzi_pyramid_scheme.txt",
     "SEC sues Rex Venture Group and Paul Burks over ZeekRewards Ponzi and pyramid scheme",
     "On August 17, 2012, the Securities and Exchange Commission filed suit", "SEC Complaint"),
    ("90", "en11_sec_plus_money_san_diego_hedge_fund.txt",
     "SEC halts $30 million hedge fund fraud by San Diego investment adviser",
     "The Securities and Exchange Commission (\"Commission\"), on April 28", "SEC Complaint in this matter"),
    ("176", "en12_sec_international_fiduciary_prime_bank_scheme.txt",
     "SEC files emergency action against International Fiduciary Corp. over prime bank scheme",
     "The U.S. Securities and Exchange Commission yesterday filed", "See http://www.sec.gov/divisions"),
]


def fix(s):
    s = html.unescape(s)
    s = re.sub(r"[\u00c2\u00c3][\u0080-\u00bf]|\u00e2[\u0080-\u00bf]{2}",
               lambda m: m.group().encode("latin-1").decode("utf-8"), s)
    s = re.sub(r"[\u0080-\u009f]", lambda m: m.group().encode("latin-1").decode("cp1252"), s)
    s = s.replace("\u00a0", " ").replace("\t", " ")
    return s


def build(cell, title, start, end):
    raw = fix(cell)
    m = re.search(r"Lit(?:igation|\.) Rel(?:ease|\.)? No\.\s*\d+\s*/\s*([A-Z][a-z]+ \d{1,2}, \d{4})", raw, re.I)
    date = m.group(1)
    i = raw.index(start)
    j = raw.index(end, i)
    body = raw[i:j].strip()
    paras = [re.sub(r" +", " ", p).strip()
             for p in re.split(r"(?<=[.\"”:])(?<! [A-Z]\.)(?<!Nos\.)\s{2,}", body)]
    paras = [p for p in paras if p]
    return title + "\n\n" + date + "\n\n" + "\n\n".join(paras) + "\n"


def main(outdir, gitdir):
    data = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{PATH}"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    csv.field_size_limit(10**9)
    rows = {r[0]: r for r in csv.reader(io.StringIO(data))}
    assert rows[""][2] == "Actual Summary"
    os.makedirs(outdir, exist_ok=True)
    for idx, dst, title, start, end in SEC:
        text = build(rows[idx][2], title, start, end)
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(*sys.argv[1:3])

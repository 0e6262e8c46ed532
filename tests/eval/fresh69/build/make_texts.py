#!/usr/bin/env python3
"""Build the thirteen English texts (en01-en13) of fresh69 from their source snapshot.

usage: make_texts.py OUTDIR LDT_GITDIR
  LDT_GITDIR: git dir of GitHub nsi319/Long-Document-Transformers; the file read is
      legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv at commit
      1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b (`git show COMMIT:PATH`), column "Actual Summary" (the reference
      text: a U.S. SEC litigation release, flattened to one line), rows by first-column index. Rows used by fresh57
      (25, 52, 92, 147, 153, 156, 160, 298, 302, 315, 321, 425, 436) and fresh63 (68, 177, 69, 169, 331, 232, 71, 146,
      164, 504, 410, 384, 423, 209) are NOT used. The "Generated Summary" column (model output) is NOT used.

Eleven cells are older-format sec.gov pages (banner, "Litigation Release No. N / DATE" line, case caption,
headline, sometimes a sub-headline, body, footer). For these, the body is taken from the START string given below
(the first words of the release's first body sentence) up to the END string (exclusive: "SEC Complaint ...",
"Order of Preliminary Injunction", "See Also:"); banner, release line, caption, the all-capital or title-case
HEADLINE AND SUB-HEADLINE, and footer (the link labels, "&nbsp;", the sec.gov address, "Home | Previous Page
Modified: ...") are dropped; the DATE of the release line is the dateline ("Month D, YYYY"). Two cells (en07 row 10,
en08 row 427) are newer-format releases with no banner, headline or date line: kept whole, no dateline added.
Each TITLE LINE below was WRITTEN FOR THIS SET (not source text) from the release's first sentence.
Cleaning, in this order: HTML entities unescaped (&nbsp; -> no-break space); mis-decoded UTF-8 ("â\\x80\\x99" and the
like) repaired to the intended characters (’ “ ” —); no-break spaces and tabs made plain spaces; the body split into
paragraphs where two or more spaces follow a sentence end (. " ”), but not after a middle initial ("A.  Name")
nor after "Nos."; in en04 (row 355) only, whose cell lost its paragraph breaks ("during 2007.The SEC
alleges"), a break is also made where a period is directly followed by a capitalised word; other runs of spaces made one. Nothing else is dropped, added or corrected; no text is cut.
"""
import csv, html, io, os, re, subprocess, sys

COMMIT = "1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b"
PATH = "legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv"

# (row, output file, title WRITTEN FOR THIS SET, START of body or None, END of body or None)
SEC = [
    ("261", "en01_sec_pearson_merger_chinese_citizens_insider_trading.txt",
     "SEC brings new insider trading charges against Chinese citizens over Pearson merger trades",
     "The Securities and Exchange Commission announced that it has filed new charges", "SEC Complaint"),
    ("26", "en02_sec_fine_host_former_cfo_financial_fraud.txt",
     "SEC charges former Fine Host CFO Nelson Barber with financial fraud",
     "On December 27, 2001, the Securities and Exchange Commission filed", "SEC Complaint in this matter"),
    ("458", "en03_sec_clarent_former_ceo_accounting_fraud.txt",
     "SEC files accounting fraud charges against former Clarent Corporation CEO",
     "The Securities and Exchange Commission announced that it has filed financial accounting fraud",
     "SEC Complaint in this matter"),
    ("355", "en04_sec_citigroup_subprime_exposure_disclosures.txt",
     "SEC charges Citigroup with misleading investors about its sub-prime exposure",
     "The Securities and Exchange Commission today charged Citigroup Inc. with misleading", "See Also:"),
    ("496", "en05_sec_bcsc_greyfield_stock_manipulation.txt",
     "SEC and British Columbia regulator charge two Canadians in Greyfield stock manipulation",
     "The Securities and Exchange Commission and the British Columbia Securities Commission (BCSC) today",
     "SEC Complaint in this matter"),
    ("144", "en06_sec_latvian_trader_account_hijacking.txt",
     "SEC charges Latvian trader in brokerage account hijacking scheme",
     "The Securities and Exchange Commission today charged a trader in Latvia", "SEC Complaint in this matter"),
    ("10", "en07_sec_money_doctor_gallagher_ponzi_scheme.txt",
     "SEC charges Texas radio \"Money Doctor\" in $19.6 million Ponzi scheme", None, None),
    ("427", "en08_sec_earl_miller_amish_investors_judgment.txt",
     "Court orders Indiana man to pay over $5.2 million for defrauding Amish investors", None, None),
    ("429", "en09_sec_new_futures_trading_new_hampshire_ponzi.txt",
     "SEC obtains asset freeze against New Hampshire day-trading business in Ponzi scheme",
     "The Securities and Exchange Commission announced that, on November 16, 2011", "SEC Complaint in this matter"),
    ("469", "en10_sec_dominican_republic_resorts_offering_fraud.txt",
     "SEC charges two men in fraudulent offering of Dominican Republic resort investments",
     "The Securities and Exchange Commission charged James B. Catledge", "SEC Complaint"),
    ("363", "en11_sec_minnesota_hedge_fund_adviser_injunction.txt",
     "SEC obtains preliminary injunction in Minnesota hedge fund fraud case",
     "The Securities and Exchange Commission (\"Commission\") announced that on February 25, 2009",
     "Order of Preliminary Injunction"),
    ("167", "en12_sec_welt_benefits_adviser_insider_trading.txt",
     "SEC sues benefits adviser and three others for insider trading",
     "The Securities and Exchange Commission today announced the filing of a settled civil action",
     "SEC Complaint in this matter"),
    ("185", "en13_sec_beaufort_mayor_biotech_insider_trading.txt",
     "SEC charges mayor of Beaufort, S.C., with insider trading in biotech stock",
     "The Securities and Exchange Commission today charged the mayor of Beaufort", "SEC Complaint in this matter"),
]


def fix(s):
    s = html.unescape(s)
    s = re.sub(r"[\u00c2\u00c3][\u0080-\u00bf]|\u00e2[\u0080-\u00bf]{2}",
               lambda m: m.group().encode("latin-1").decode("utf-8"), s)
    s = s.replace("\u00a0", " ").replace("\t", " ")
    return s


def build(cell, title, start, end, jammed=False):
    raw = fix(cell)
    date = None
    if start is not None:
        m = re.search(r"Lit(?:igation|\.) Rel(?:ease|\.)? No\.\s*\d+\s*/\s*([A-Z][a-z]+ \d{1,2}, \d{4})", raw, re.I)
        date = m.group(1)
        i = raw.index(start)
        j = raw.index(end, i)
        raw = raw[i:j]
    body = raw.strip()
    if jammed:  # en04: the source lost its paragraph breaks ("during 2007.The SEC"); a break is made there
        body = re.sub(r"(?<=[a-z0-9][.])(?=[A-Z][a-z]+[ ,])", "  ", body)
    paras = [re.sub(r" +", " ", p).strip()
             for p in re.split(r"(?<=[.\"”])(?<! [A-Z]\.)(?<!Nos\.)\s{2,}", body)]
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
        text = build(rows[idx][2], title, start, end, jammed=(idx == "355"))
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(*sys.argv[1:3])

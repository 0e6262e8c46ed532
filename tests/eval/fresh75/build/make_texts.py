#!/usr/bin/env python3
"""Build the twelve English texts (en01-en12) of fresh75 from their source snapshot.

usage: make_texts.py OUTDIR LDT_GITDIR
  LDT_GITDIR: git dir of GitHub nsi319/Long-Document-Transformers; the file read is
      legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv at commit
      1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b (`git show COMMIT:PATH`), column "Actual Summary" (the reference
      text: a U.S. SEC litigation release, flattened to one line), rows by first-column index. Rows used by fresh57
      (25, 52, 92, 147, 153, 156, 160, 298, 302, 315, 321, 425, 436), fresh63 (68, 177, 69, 169, 331, 232, 71, 146,
      164, 504, 410, 384, 423, 209), fresh69 (261, 26, 458, 355, 496, 144, 10, 427, 429, 469, 363, 167, 185) and
      fresh72 (381, 98, 350, 180, 271, 292, 328, 311, 100, 23, 90, 176) are NOT used. The "Generated Summary"
      column (model output) is NOT used.

Nine cells are older-format sec.gov pages (banner, "Litigation Release No. N / DATE" line, sometimes an
"Accounting and Auditing Enforcement Release" line, case caption, headline, sometimes a sub-headline, body, footer).
Their body is taken from the START string given below (the first words of the release's first body sentence) up to
the END string (exclusive: the footer label "SEC Complaint ...", "See also Complaint ...", "See Also:", or en11's
"# # #" end mark); banner, release lines, caption, the release's own HEADLINE AND SUB-HEADLINE, and footer (link
labels, "&nbsp;", the sec.gov address, "Home | Previous Page Modified: ...") are dropped; the DATE of the release line
is the dateline ("Month D, YYYY"). Three cells (en04 row 401, en09 row 61, en12 row 481) are newer-format releases
with no banner, headline or date line: kept whole, no dateline added. Each TITLE LINE below was WRITTEN FOR THIS SET
(not source text) from the release's first sentence.
Cleaning, in this order: HTML entities unescaped (&nbsp; and &#160; -> no-break space); mis-decoded UTF-8
("â\\x80\\x99" and the like, en11 only) repaired to the intended characters (’ “ ”); no-break spaces and tabs made
plain spaces; en10 only (row 260, whose paragraphs are glued with no space: "2001.The Commission's", "$372,060.Without",
"adviser.On May 27") a paragraph break is put where a sentence-final period is directly followed by a capitalised
word (lower-case letter or digit before the period); the body split into paragraphs where two or more spaces follow
a sentence end (. " ” : ;) but not after a middle initial ("A.  Name"); other runs of spaces made one. Nothing else
is dropped, added or corrected; no text is cut.
"""
import csv, html, io, os, re, subprocess, sys

COMMIT = "1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b"
PATH = "legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv"

# (row, output file, title WRITTEN FOR THIS SET, START of body or None (whole cell), END of body or None)
SEC = [
    ("450", "en01_sec_first_banks_mortgage_president_income_fraud.txt",
     "SEC charges former First Bank Mortgage president Mark Turkcan with fraud",
     "The Securities and Exchange Commission (\"Commission\") announced today", "SEC Complaint"),
    ("507", "en02_sec_expanets_northwestern_officers_fraud.txt",
     "SEC sues two former officers of Expanets, a NorthWestern subsidiary, for financial fraud",
     "The Securities and Exchange Commission yesterday filed actions", "See also Complaint"),
    ("84", "en03_sec_escala_group_afinsa_related_party_fraud.txt",
     "SEC charges Escala Group and its former CEO and CFO over related party deals with Afinsa",
     "The Securities and Exchange Commission today filed a disclosure", "SEC Complaint"),
    ("401", "en04_sec_medassets_chindex_insider_trading_freeze.txt",
     "SEC freezes assets over insider trading ahead of MedAssets and Chindex acquisitions", None, None),
    ("14", "en05_sec_diamondback_scolaro_axcan_insider_trading.txt",
     "SEC files settled insider trading charges against former Diamondback portfolio manager",
     "The Securities and Exchange Commission today filed a settled", "SEC Complaint"),
    ("260", "en06_sec_pequot_samberg_microsoft_insider_trading.txt",
     "SEC charges Pequot Capital Management and Arthur Samberg with insider trading in Microsoft",
     "The Securities and Exchange Commission announced today that on May 27", "See Also:"),
    ("142", "en07_sec_euro_solar_parks_broker_bribery_scheme.txt",
     "SEC charges two stock promoters with a broker bribery scheme in Euro Solar Parks stock",
     "The Securities and Exchange Commission announced that it filed", "SEC Complaint"),
    ("61", "en08_sec_fitbit_fake_tender_offer_manipulation.txt",
     "SEC charges Virginia engineer over a fake tender offer for Fitbit", None, None),
    ("289", "en09_sec_skin_nuvo_investor_fraud.txt",
     "SEC charges three executives of skin care chain Skin Nuvo with fraud",
     "The Securities and Exchange Commission today filed securities fraud", "SEC Complaint in this matter"),
    ("307", "en10_sec_phoenixsurf_internet_ponzi_scheme.txt",
     "SEC charges operators of the Phoenixsurf.com website with an Internet Ponzi scheme",
     "The Securities and Exchange Commission today filed securities fraud", "SEC Complaint in this matter"),
    ("159", "en11_sec_spangler_seattle_adviser_client_funds.txt",
     "SEC charges Seattle financial adviser Mark Spangler with diverting client money",
     "On May 17 2012, the Securities and Exchange Commission charged", "# # #"),
    ("481", "en12_sec_san_antonio_man_false_name_investor_fraud.txt",
     "SEC charges San Antonio man who used a false name to defraud elderly investors", None, None),
]


def fix(s):
    s = html.unescape(s)
    s = re.sub(r"[\u00c2\u00c3][\u0080-\u00bf]|\u00e2[\u0080-\u00bf]{2}",
               lambda m: m.group().encode("latin-1").decode("utf-8"), s)
    s = s.replace("\u00a0", " ").replace("\t", " ")
    return s


def build(idx, cell, title, start, end):
    raw = fix(cell)
    if idx == "260":
        raw = re.sub(r"(?<=[a-z0-9]\.)(?=[A-Z][a-z])", "  ", raw)
    if start is None:
        date, body = None, raw.strip()
    else:
        m = re.search(r"Lit(?:igation|\.) Rel(?:ease|\.)? No\.\s*\d+\s*/\s*([A-Z][a-z]+ \d{1,2}, \d{4})", raw, re.I)
        date = m.group(1)
        i = raw.index(start)
        j = raw.index(end, i)
        body = raw[i:j].strip()
    paras = [re.sub(r" +", " ", p).strip()
             for p in re.split(r"(?<=[.\"”:;])(?<! [A-Z]\.)\s{2,}", body)]
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

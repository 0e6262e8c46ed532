#!/usr/bin/env python3
"""Build the thirteen English texts (en01-en13) of fresh57 from their source snapshot.

usage: make_texts.py OUTDIR LDT_GITDIR
  LDT_GITDIR: git dir of GitHub nsi319/Long-Document-Transformers; the file read is
      legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv at commit
      1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b (`git show COMMIT:PATH`), column "Actual Summary" (the reference
      text: a U.S. SEC litigation release as published on sec.gov, flattened to one line), rows by first-column
      index. The "Generated Summary" column (model output) is NOT used.

Each release cell is: banner ("U.S. SECURITIES AND EXCHANGE COMMISSION"), "Litigation Release No. N / DATE", an
optional "Accounting and Auditing Enforcement Release" line or "AAERxxxxxxx -->" artefact, the case caption
("Securities and Exchange Commission v. ..., Civil Action No. ..."), the release's own HEADLINE (sometimes a
sub-headline), the body, and a footer ("SEC Complaint in this matter", "&nbsp;", the sec.gov address, "Home |
Previous Page Modified: ...").
Kept: the headline as the title line (the source's own words and case, all-capital headlines left in capitals),
the DATE of "Litigation Release No. N / DATE" as the dateline line, a sub-headline as the first body paragraph,
and the body. Dropped: banner, release numbers, AAER line or artefact, case caption, footer, and the trailing
cross-reference sentences named in END below ("See also ...", "For additional information ...", a bracketed
caption). HTML entities are unescaped first (&amp; -> &, &#8217; -> ’, &#8220;/&#8221; -> “ ”, &quot; -> "). The body
is split into paragraphs where two or more spaces follow a sentence end (as fresh4-fresh7, fresh17, fresh23,
fresh25 and fresh51 did for the SEC rows of legal_dataset.csv), other runs of spaces are made one space.
"""
import csv, html, io, os, re, subprocess, sys

COMMIT = "1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b"
PATH = "legal-led-outputs/2700-legal-led-base/eval_results/520-test_results.csv"

# (row, output file, headline, sub-headline or None, text that ends the body (exclusive) )
SEC = [
    ("92", "en01_sec_delta_pine_turkey_fcpa_penalty.txt",
     "Delta & Pine and Turk Deltapine Agree to Pay a $300,000 Penalty to Settle FCPA Charges", None,
     "SEC Complaint in this matter"),
    ("147", "en02_sec_wabtec_indian_railway_payments.txt",
     "SEC Sanctions Westinghouse Air Brake Technologies Corporation for Improper Payments to Indian Government Employees",
     None, "SEC Complaint in this matter"),
    ("156", "en03_sec_schnitzer_steel_executive_china_bribes.txt",
     "SEC Settles Charges Against Former Portland Steel Executive for Anti-Bribery Statute Violations", None,
     "See also:"),
    ("298", "en04_sec_itxc_executives_african_bribery.txt",
     "Former Executives Of ITXC Corp. Settle Foreign Bribery Charges", None, "See also Litigation Release"),
    ("52", "en05_sec_american_rice_haiti_customs_bribes.txt",
     "SEC SUES FORMER OFFICERS OF AMERICAN RICE, INC. FOR AUTHORIZING FOREIGN BRIBES", None, "SEC Complaint"),
    ("153", "en06_sec_ubs_unregistered_cross_border_business.txt",
     "UBS AGREES TO PAY $200 MILLION TO SETTLE SEC CHARGES FOR VIOLATING REGISTRATION REQUIREMENTS", None,
     "SEC Complaint"),
    ("315", "en07_sec_axcess_automation_ponzi_scheme.txt",
     "SEC HALTS $14 MILLION PONZI SCHEME CONDUCTED BY NEVADA-BASED FIRM AND ITS MANAGER", None, "SEC Complaint"),
    ("425", "en08_sec_chattem_call_options_asset_freeze.txt",
     "SECURITIES AND EXCHANGE COMMISSION OBTAINS EMERGENCY ASSET FREEZE AGAINST PURCHASERS OF CALL OPTIONS FOR "
     "CHATTEM, INC. PRIOR TO ACQUISITION ANNOUNCEMENT",
     "Orders Placed Just Days Prior to $1.9 Billion Acquisition Announcement; $4.2 Million Now Frozen",
     "SEC Complaint"),
    ("321", "en09_sec_restoration_hardware_insider_tips.txt",
     "SEC Charges Former Vice President at Restoration Hardware and Three Friends in Insider Trading Scheme", None,
     "SEC Complaint in this matter"),
    ("436", "en10_sec_sjk_hedge_funds_self_dealing.txt",
     "SEC Charges Stanley J. Kowalewski and SJK Investment Management, LLC with Securities Fraud and Court Orders "
     "Entry of Temporary Restraining Order", None, "SEC Complaint"),
    ("25", "en11_sec_del_biaggio_venture_capitalist_fraud.txt",
     "SEC Charges Silicon Valley Venture Capitalist William J. \"Boots\" Del Biaggio III with Defrauding Clients "
     "and Banks out of $65 Million", None, "SEC Complaint in this matter"),
    ("302", "en12_sec_martha_stewart_bacanovic_settlement.txt",
     "Martha Stewart and Peter Bacanovic Agree to Settle SEC Insider Trading Charges", None,
     "[Securities and Exchange Commission v."),
    ("160", "en13_sec_kentucky_businessman_insider_trading.txt",
     "KENTUCKY BUSINESSMAN GARY FORCE AGREES TO PAY OVER $4 MILLION TO SETTLE SEC INSIDER TRADING CHARGES", None,
     "For additional information"),
]


def build(cell, headline, sub, end):
    raw = html.unescape(cell).replace("\u00a0", " ")
    m = re.search(r"Litigation Release No\.\s+\d+\s*/\s*([A-Z][a-z]+ \d{1,2}, \d{4})", raw)
    date = m.group(1)
    i = raw.index(headline) + len(headline)
    body = raw[i:]
    if sub:
        assert body.lstrip().startswith(sub)
    j = body.index(end)
    body = body[:j].strip()
    paras = [re.sub(r" +", " ", p).strip() for p in re.split(r"(?<=[.\"”)])\s{2,}", body)]
    paras = [p for p in paras if p]
    if sub:
        assert paras[0].startswith(sub)
        paras = [sub] + ([paras[0][len(sub):].strip()] if paras[0][len(sub):].strip() else []) + paras[1:]
    return headline + "\n\n" + date + "\n\n" + "\n\n".join(paras) + "\n"


def main(outdir, gitdir):
    data = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{PATH}"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    csv.field_size_limit(10**9)
    rows = {r[0]: r for r in csv.reader(io.StringIO(data))}
    assert rows[""][2] == "Actual Summary"
    os.makedirs(outdir, exist_ok=True)
    for idx, dst, headline, sub, end in SEC:
        text = build(rows[idx][2], headline, sub, end)
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(*sys.argv[1:3])

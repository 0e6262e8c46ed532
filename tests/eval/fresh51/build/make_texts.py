#!/usr/bin/env python3
"""Build the ten English texts (en01-en10) of fresh51 from their source snapshots.

usage: make_texts.py OUTDIR TS_TREE_DIFF_GITDIR LEGAL_CSV
  TS_TREE_DIFF_GITDIR: git dir of GitHub Aayushstha03/ts-tree-diff (markdown scrapes of central-bank pages);
      files read with `git show 35cfea69db266bcba2ae96f5c206abbc7eee089d:PATH`.
  LEGAL_CSV: dataset/legal_dataset.csv of GitHub nsi319/Long-Document-Transformers at
      1a04878f2a29654bca8328ef3b8e9e3c57d1cb8b (SEC releases; the `Summary` column, rows by first-column index).

SEC rows: the Summary cell, two spaces after a sentence turned into a paragraph break (as fresh4-fresh7, fresh17,
fresh23, fresh25); the source has NO headline, so each title line below was WRITTEN FOR THIS SET from the first
sentence (not source text). No dateline (the rows give none).
RBA/Fed markdown scrapes: the page labels without values ("Media Release", "Number", "Date"), logo images,
setext underlines, "For release at ..." lines, the media-contact line, "Last Update" and link-only lines are
dropped; links are reduced to their text, bold/italic marks removed, "*   " list items written "- ", "1.  " items
"1. ". The RBA scrapes carry neither the release's title nor its date: the title lines of en01-en03 were WRITTEN
FOR THIS SET (mr-24-23's two section headings are kept as their own lines in the body). The Fed release keeps its
own heading as title and its date line as dateline. Nothing else is dropped, added or corrected.
"""
import csv, os, re, subprocess, sys

TS_COMMIT = "35cfea69db266bcba2ae96f5c206abbc7eee089d"

RBA_FED = [
    ("outputs/https_www_rba_gov_au_media_releases_2024_mr_24_22_html.md", "en01_rba_bis_project_mandala_cross_border.txt",
     "BIS Innovation Hub and central banks demonstrate Project Mandala for cross-border payment compliance"),
    ("outputs/https_www_rba_gov_au_media_releases_2024_mr_24_23_html.md", "en02_rba_appointments_monetary_policy_future_hub.txt",
     "Reserve Bank of Australia appoints heads of Monetary Policy Strategy and of the Future Hub"),
    ("outputs/https_www_rba_gov_au_media_releases_2024_mr_24_25_html.md", "en03_rba_dfcrc_project_acacia_consultation.txt",
     "RBA and DFCRC seek industry feedback on Project Acacia"),
    ("outputs/https_www_federalreserve_gov_newsevents_pressreleases_bcreg20250424a_htm.md", "en04_fed_withdraws_crypto_guidance.txt",
     None),
]

SEC = [
    ("1", "en05_sec_santa_fe_gold_ceo_misappropriation.txt",
     "SEC charges former Santa Fe Gold CEO with misappropriating investor funds"),
    ("12", "en06_sec_unitedhealth_acquisitions_insider_trading.txt",
     "SEC charges James E. Hengen with insider trading ahead of UnitedHealth acquisitions"),
    ("42", "en07_sec_deal_advisor_china_acquisitions_insider_trading.txt",
     "SEC charges corporate deal advisor with insider trading in two China-based companies"),
    ("71", "en08_sec_new_york_retirement_fund_pay_to_play.txt",
     "SEC charges former broker-dealer managing director in New York State Common Retirement Fund pay-to-play scheme"),
    ("108", "en09_sec_smithfield_foods_insider_trading_thai_citizen.txt",
     "SEC charges Thai citizen with insider trading ahead of Smithfield Foods acquisition"),
    ("149", "en10_sec_quicksilver_stock_transfer_misappropriation.txt",
     "SEC charges Quicksilver Stock Transfer and its president with misappropriating client funds"),
]

def clean_md(md):
    lines = md.replace("\r", "").split("\n")
    out, title, date = [], None, None
    for i, l in enumerate(lines):
        s = l.strip().lstrip("\ufeff")
        if not s:
            out.append("")
            continue
        if re.fullmatch(r"-{3,}", s):              # setext underline
            continue
        if s in ("Media Release", "Joint Media Release", "Number", "Date", "Press Release"):
            continue
        if s.startswith("![") or s.startswith("For release at") or s.startswith("For media inquiries") \
                or s.startswith("Last Update"):
            continue
        if s.startswith("### "):
            title = s[4:].strip()
            continue
        if date is None and title is None and not out and re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", s):
            date = s
            continue
        s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
        s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
        s = s.replace("**", "")
        s = re.sub(r"(?<![\w])_([^_]+)_(?![\w])", r"\1", s)
        s = re.sub(r"^\*\s+", "- ", s)
        s = re.sub(r"^(\d+)\.\s+", r"\1. ", s)
        out.append(s.strip())
    body = "\n".join(out)
    body = re.sub(r"\n{2,}", "\n\n", body).strip()
    return title, date, body

def main(outdir, ts_git, legal_csv):
    os.makedirs(outdir, exist_ok=True)
    for path, dst, title in RBA_FED:
        md = subprocess.run(["git", "--git-dir", ts_git, "show", f"{TS_COMMIT}:{path}"], check=True,
                            capture_output=True).stdout.decode("utf-8")
        t, date, body = clean_md(md)
        head = title or t
        text = head + "\n\n" + (date + "\n\n" if (date and not title) else "") + body + "\n"
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(text)
    csv.field_size_limit(10**9)
    rows = {r[0]: r for r in csv.reader(open(legal_csv, encoding="utf-8"))}
    for idx, dst, title in SEC:
        s = rows[idx][2].strip()
        paras = [p.strip() for p in re.split(r"(?<=[.\"”])  +", s) if p.strip()]
        text = title + "\n\n" + "\n\n".join(paras) + "\n"
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(text)

if __name__ == "__main__":
    main(*sys.argv[1:4])

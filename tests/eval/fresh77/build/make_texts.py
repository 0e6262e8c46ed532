#!/usr/bin/env python3
"""Build fresh77 texts from US FTC press releases (public domain, 17 U.S.C. § 105).

Usage: make_texts.py OUTDIR USAA_FRAUD_PROJECT_GITDIR
Reads data/11-13_ftc_press_releases_scrapy.json and data/ftc_press_releases.jsonl of GitHub
daiviknambiar/usaa-fraud-project at commit 5664125c8bd017321944aed0766574402218f45a with `git show` only.
Text = title line, blank line, dateline (the record's published date, "Month D, YYYY"), blank line, body.
"""
import json, re, subprocess, sys, datetime

COMMIT = "5664125c8bd017321944aed0766574402218f45a"
# (output name, source file, record index)
PICK = [
    ("en01_ftc_chegg_cancellation_settlement", "scrapy", 0),
    ("en02_ftc_sevita_directors_resign", "scrapy", 1),
    ("en03_ftc_nevada_tax_debt_relief_scammers", "scrapy", 2),
    ("en04_ftc_noncompete_workshop", "scrapy", 3),
    ("en05_ftc_blueprint_to_wealth_refunds", "scrapy", 4),
    ("en06_ftc_doj_hsr_annual_report", "scrapy", 5),
    ("en07_ftc_anticompetitive_regulations", "scrapy", 6),
    ("en08_ftc_student_loan_scam_ban", "scrapy", 7),
    ("en09_ftc_live_nation_ticketmaster_suit", "scrapy", 8),
    ("en10_ftc_kars_cancer_charity_scheme", "scrapy", 9),
    ("en11_ftc_amazon_prime_settlement", "scrapy", 10),
    ("en12_ftc_omnicom_ipg_final_order", "scrapy", 11),
    ("en13_ftc_student_loan_refunds", "jsonl", 3),
]
BOILER = ["The Federal Trade Commission works to promote competition",
          "The FTC will never demand money"]

def show(git, path):
    return subprocess.run(["git", "--git-dir", git, "show", f"{COMMIT}:{path}"],
                          capture_output=True, text=True, check=True).stdout

def clean(s):
    s = s.replace("\xa0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r" ([.,;:)’”])", r"\1", s)      # link texts were scraped with spaces around them
    s = re.sub(r"([(“]) ", r"\1", s)
    s = re.sub(r" (’s)\b", r"\1", s)
    # the scraper dropped bulleted lists: drop the lead-in sentence that announced the list
    # (a sentence ending with ":" followed by a new sentence, or at the end of the body)
    while True:
        t = re.sub(r"(?:(?<=[.”] )|^)[^.:“”]*?(?:that|including|include|includes|by|from): (?=[A-Z])", "", s)
        if t == s:
            break
        s = t
    for b in BOILER:
        i = s.find(b)
        if i >= 0:
            s = s[:i].strip()
    return s

def para(s):
    # one paragraph per sentence group is not recoverable: split into paragraphs of about 3 sentences
    sents = re.split(r"(?<![ .][A-Z]\.)(?<=[.!?”])\s+(?=[A-Z“])", s)
    out, cur = [], []
    for x in sents:
        cur.append(x)
        if len(cur) == 3:
            out.append(" ".join(cur)); cur = []
    if cur: out.append(" ".join(cur))
    return out

def main(out, git):
    scrapy = json.loads(show(git, "data/11-13_ftc_press_releases_scrapy.json"))
    jl = [json.loads(l) for l in show(git, "data/ftc_press_releases.jsonl").splitlines() if l.strip()]
    for name, src, idx in PICK:
        if src == "scrapy":
            r = scrapy[idx]; title, body, date = r["title"], r["full_text"], r["published_date"]
        else:
            r = jl[idx]; title, body = r["title"], r["body"]
            date = re.search(r"press-releases/(\d{4})/(\d{2})/", r["url"]).groups()
            date = None  # the jsonl date field is a scrape placeholder: no dateline
        lines = [clean(title), ""]
        if date:
            d = datetime.date.fromisoformat(date[:10])
            lines += [f"{d:%B} {d.day}, {d.year}", ""]
        lines += "\n\n".join(para(clean(body))).split("\n")
        with open(f"{out}/{name}.txt", "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

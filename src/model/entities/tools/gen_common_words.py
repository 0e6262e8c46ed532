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


if __name__ == "__main__":
    main()

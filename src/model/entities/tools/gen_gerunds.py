"""Builds ../data/gerunds.txt: English verbs' "-ing" forms ("strengthening",
"investing", "revoking"), one per line, lower case: the words of
`wordfreq`'s English list that end in "ing", have six letters or more and
a Zipf frequency of 2.5 or more, and whose verb (the word less "ing", or
less "ing" plus "e", or less a doubled consonant and "ing") has a Zipf
frequency of 3.0 or more in English ("boeing": "boe" is not a word;
"beijing", "sterling" and "irving" have no verb either).

The extractor uses it for one decision: a capitalized sequence that opens
a sentence with such a word and names no body ("Strengthening Commercial
Engagement:", "Revoking Russia's Status", "Investing in America") is a
heading or a clause, not an organization.

Source: `wordfreq` 3.1.1 (code Apache-2.0; its word lists CC BY-SA 4.0:
see https://github.com/rspeer/wordfreq); the list generated here shares
that licence.

    pip install wordfreq==3.1.1
    python3 gen_gerunds.py

The build and tests never run Python.
"""

import os

from wordfreq import top_n_list, zipf_frequency

MIN_WORD = 2.5
MIN_VERB = 3.0


def verbs(word):
    stem = word[:-3]
    yield stem
    yield stem + "e"
    if len(stem) > 2 and stem[-1] == stem[-2]:
        yield stem[:-1]


def main():
    out = set()
    for word in top_n_list("en", 200_000):
        if not (word.isascii() and word.isalpha() and word.endswith("ing") and len(word) >= 6):
            continue
        if zipf_frequency(word, "en") < MIN_WORD:
            continue
        if any(zipf_frequency(v, "en") >= MIN_VERB for v in verbs(word)):
            out.add(word)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "gerunds.txt")
    with open(path, "w", encoding="utf-8") as f:
        for word in sorted(out):
            f.write(word + "\n")
    print(len(out), "words")


if __name__ == "__main__":
    main()

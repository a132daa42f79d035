#!/usr/bin/python3.11
"""Generates data/geo/places.tsv, Parley's gazetteer, from GeoNames tables.

Sources (in the shared folder, `../shared` or $PARLEY_SHARED):
  data/world/cities15000.txt          GeoNames populated places with >= 15,000 people
  data/world/admin1CodesASCII.txt     GeoNames first-level divisions (names, feature ids)
  data/world/geonames_countryInfo.tsv GeoNames countries (ISO and FIPS codes, names, population)
  data/ud/en_ewt-ud-*.conllu          only the set of lower-case English word forms, to drop
                                      small places named like ordinary words ("Most", "Police")
and the project's own data/dict/actors/countries.txt, for the CAMEO code of each country
(CAMEO differs from ISO 3166 for a few: Timor-Leste is TMP, Romania ROM...).

Only facts are carried over: names, codes, coordinates, populations and feature ids.
Output, one place a line, tab-separated (format in docs/places.md):
  kind iso2 adm1 feature_id lat lon population name variants alternates [cameo fips]
kind is C (country), A (first-level division) or P (city); `name` is the ASCII name used in
full names; `variants` lists the place's other own spellings (the accented name, English
short names of countries), `alternates` GeoNames' alternate names kept for big cities (a
weaker claim: "Islamabad" is also an old name of Chittagong), both '|'-separated. Country
rows add their CAMEO and FIPS 10-4 codes.

Decisions:
  * cities: feature classes PPL*, without PPLX (parts of a city), PPLH/PPLQ/PPLW
    (historical, abandoned, destroyed); matched by their name and ASCII name; cities of
    500,000 people or more also by their Latin-script alternate names that look like
    English-news spellings (capitalised words, ASCII letters, not all capitals).
  * a one-word name that is also a lower-case English word ("Most", "Split") is kept only
    for places of 200,000 people or more; month and weekday names never.
  * divisions and countries have no coordinates in these tables: they get those of their
    city (>= 15k) nearest the mean position of their cities (a point inside the unit, not
    its centroid), and the summed population of their cities; none when they have none.
"""
import collections
import glob
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("PARLEY_SHARED", os.path.join(ROOT, "..", "shared"))
WORLD = os.path.join(SHARED, "data", "world")
OUT = os.path.join(ROOT, "data", "geo", "places.tsv")

BIG_CITY = 500_000      # alternate names kept from this population on
COMMON_WORD_OK = 200_000
NEVER = {"January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December", "Monday", "Tuesday",
         "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# English short names news uses for countries, beyond GeoNames' own (project's writing).
COUNTRY_EXTRA = {
    "US": ["United States of America", "America", "USA", "U.S.", "U.S.A.", "US"],
    "GB": ["Britain", "Great Britain", "UK", "U.K."],
    "CZ": ["Czech Republic"], "TR": ["Turkey", "Türkiye"], "MM": ["Burma"],
    "CD": ["Democratic Republic of the Congo", "Democratic Republic of Congo", "DRC"],
    "CG": ["Congo-Brazzaville"], "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "TL": ["East Timor", "Timor-Leste"], "CV": ["Cape Verde"], "SZ": ["Swaziland"],
    "MK": ["Macedonia"], "PS": ["Palestine", "Palestinian territories"],
    "KR": ["Republic of Korea"], "KP": ["DPRK"], "VA": ["Vatican"],
    "AE": ["UAE"], "BA": ["Bosnia", "Bosnia-Herzegovina"],
}
LATIN_WORD = re.compile(r"^(?:[A-Z][a-z'’.-]*[a-z.]|de|del|da|do|la|le|el|al|an|am|of|on|upon|"
                        r"sur|am|im|bei|an der|y)$")


def lines(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def common_words():
    words = set()
    for path in glob.glob(os.path.join(SHARED, "data", "ud", "en_ewt-ud-*.conllu")):
        for line in lines(path):
            f = line.split("\t")
            if len(f) > 3 and f[1].isalpha() and f[1].islower():
                words.add(f[1])
    return words


def cameo_codes():
    """Country name -> CAMEO code, from the first name on each countries.txt names line."""
    out = {}
    for line in lines(os.path.join(ROOT, "data", "dict", "actors", "countries.txt")):
        m = re.match(r"^([A-Z]{3})\s+(.*)$", line)
        if m:
            for name in m.group(2).split(" | "):
                out.setdefault(name.strip(), m.group(1))
    return out


def read_countries(codes):
    out = {}
    for line in lines(os.path.join(WORLD, "geonames_countryInfo.tsv")):
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        iso2, iso3, fips, name, pop, gid = f[0], f[1], f[3], f[4], f[7], f[16]
        if not gid:
            continue
        cameo = codes.get(name) or codes.get(fold(name)) or iso3
        out[iso2] = {"iso3": iso3, "fips": fips or iso2, "name": fold(name), "utf8": name,
                     "pop": int(pop or 0), "id": gid, "cameo": cameo}
    return out


def read_admin1():
    out = {}
    for line in lines(os.path.join(WORLD, "admin1CodesASCII.txt")):
        f = line.split("\t")
        if len(f) >= 4 and "." in f[0]:
            out[f[0]] = {"name": f[2], "utf8": f[1], "id": f[3]}
    return out


def latin_alternates(alts):
    for a in alts.split(","):
        a = a.strip()
        if not (3 <= len(a) <= 40) or not a.isascii() or a.isupper():
            continue
        if re.search(r"[0-9(),/]", a):
            continue
        if all(LATIN_WORD.match(w) for w in a.split(" ")) and a[0].isupper():
            yield a


def keep_name(name, pop, common):
    if name in NEVER:
        return False
    if " " not in name and "-" not in name and name.lower() in common:
        return pop >= COMMON_WORD_OK
    return True


def read_cities(common):
    cities = []
    for line in lines(os.path.join(WORLD, "cities15000.txt")):
        f = line.split("\t")
        if f[6] != "P" or f[7] in ("PPLX", "PPLH", "PPLQ", "PPLW"):
            continue
        pop = int(f[14] or 0)
        names = dedupe(n for n in (f[2], f[1]) if keep_name(n, pop, common))
        if not names:
            continue
        alts = list(latin_alternates(f[3])) if pop >= BIG_CITY else []
        alts = [a for a in dedupe(alts) if a not in names and keep_name(a, pop, common)]
        cities.append({"id": f[0], "cc": f[8], "adm1": f[10], "lat": f[4], "lon": f[5],
                       "pop": pop, "name": f[2], "names": names, "alts": alts})
    return cities


def dedupe(xs):
    seen, out = set(), []
    for x in xs:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def inner_point(members):
    """Coordinates of the member city nearest the members' mean position."""
    if not members:
        return "", ""
    lat = sum(float(c["lat"]) for c in members) / len(members)
    lon = sum(float(c["lon"]) for c in members) / len(members)
    best = min(members, key=lambda c: (float(c["lat"]) - lat) ** 2 + (float(c["lon"]) - lon) ** 2)
    return best["lat"], best["lon"]


def row(kind, cc, adm1, fid, lat, lon, pop, name, variants, alternates=(), extra=()):
    variants = [v for v in dedupe(variants) if v != name]
    alternates = [a for a in dedupe(alternates) if a != name and a not in variants]
    return "\t".join([kind, cc, adm1, fid, str(lat), str(lon), str(pop), name,
                      "|".join(variants), "|".join(alternates), *extra])


def main():
    common = common_words()
    countries = read_countries(cameo_codes())
    admin1 = read_admin1()
    cities = read_cities(common)
    by_country = collections.defaultdict(list)
    by_adm1 = collections.defaultdict(list)
    for c in cities:
        by_country[c["cc"]].append(c)
        by_adm1[c["cc"] + "." + c["adm1"]].append(c)
    out = []
    for iso2, c in sorted(countries.items()):
        lat, lon = inner_point(by_country[iso2])
        names = [c["name"], c["utf8"]] + COUNTRY_EXTRA.get(iso2, [])
        out.append(row("C", iso2, "", c["id"], lat, lon, c["pop"], c["name"], names,
                       extra=(c["cameo"], c["fips"])))
    for key, a in sorted(admin1.items()):
        cc, code = key.split(".", 1)
        if cc not in countries:
            continue
        members = by_adm1[key]
        lat, lon = inner_point(members)
        pop = sum(m["pop"] for m in members)
        names = [n for n in (a["name"], a["utf8"]) if keep_name(n, pop, common)]
        if names:
            out.append(row("A", cc, code, a["id"], lat, lon, pop, a["name"], names))
    for c in cities:
        if c["cc"] in countries:
            out.append(row("P", c["cc"], c["adm1"], c["id"], c["lat"], c["lon"], c["pop"],
                           c["name"], c["names"], c["alts"]))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Parley gazetteer. GENERATED by scripts/gen_gazetteer.py -- do not edit.\n"
                "# Source: GeoNames (geonames.org, CC BY 4.0): cities15000, admin1CodesASCII,\n"
                "#   countryInfo. Format: docs/places.md.\n"
                "# kind\tiso2\tadm1\tfeature_id\tlat\tlon\tpopulation\tname\tvariants"
                "\talternates\t[cameo\tfips]\n")
        f.write("\n".join(out) + "\n")
    kinds = collections.Counter(r[0] for r in out)
    print(f"{OUT}: {len(out)} places ({kinds['C']} countries, {kinds['A']} divisions, "
          f"{kinds['P']} cities), {os.path.getsize(OUT)} bytes")


if __name__ == "__main__":
    sys.exit(main())

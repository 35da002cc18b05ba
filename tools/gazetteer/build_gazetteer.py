#!/usr/bin/env python3
"""Builds the gazetteer data shipped in enrich/src/main/resources/io/eventwire/enrich/geo/ from GeoNames.

Usage (from the repository root):
    python3 tools/gazetteer/build_gazetteer.py [--geonames ../shared/data/geonames] [--out enrich/src/main/resources/io/eventwire/enrich/geo]

Reads cities500.txt, admin1CodesASCII.txt and admin2Codes.txt (GeoNames, CC BY 4.0) and writes
  places.tsv.gz   one row per populated place: geonameid, name, asciiname, Latin-script alternate names
                  (deduplicated by a folded key), lat, lon, country, admin1 code, admin2 code, feature code, population
  regions.tsv.gz  admin1 units with a representative point (seat or most populous place), the admin2 names
                  the places refer to, and a representative point per country (median of its places)
The output is deterministic: rebuilding from the same inputs gives byte-identical files.
"""
import argparse
import gzip
import io
import os
import statistics
import sys
import unicodedata
from collections import defaultdict

ATTRIBUTION = "Contains data from GeoNames (geonames.org), CC BY 4.0"
SEAT_CODES = ("PPLA", "PPLC", "PPLG")
MAX_NAME_LENGTH = 60


def is_latin(name):
    """True when every letter of the name is in the Latin script."""
    for ch in name:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def fold(name):
    """Case, diacritic and punctuation insensitive key used only to drop duplicate spellings."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    out = []
    for ch in decomposed:
        if unicodedata.category(ch) == "Mn":
            continue
        if ch.isalnum():
            out.append(ch)
        elif ch in "'`\u2019\u2018\u02bf\u02be\u02bc\u02bb\u00b4":
            continue
        else:
            out.append(" ")
    return " ".join("".join(out).split())


def useful_alternate(name):
    if not name or len(name) > MAX_NAME_LENGTH or "http" in name or not is_latin(name):
        return False
    if not any(ch.isalpha() for ch in name):
        return False
    letters = [ch for ch in name if ch.isalpha()]
    # airport and postal codes such as "DAM", "LHR", "NYC"
    if len(letters) <= 4 and all(ch.isupper() for ch in letters):
        return False
    return True


def read_places(path):
    places = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 19:
                continue
            places.append(c)
    return places


def place_row(c):
    gid, name, ascii_name, alternates = c[0], c[1], c[2], c[3]
    seen = {fold(name), fold(ascii_name)}
    kept = []
    for alt in alternates.split(","):
        alt = alt.strip()
        if not useful_alternate(alt):
            continue
        key = fold(alt)
        if not key or key in seen:
            continue
        seen.add(key)
        kept.append(alt.replace("|", " "))
    ascii_out = ascii_name if fold(ascii_name) != fold(name) or ascii_name != name else ""
    population = c[14] or "0"
    return [gid, name, ascii_out, "|".join(kept), c[4], c[5], c[8], c[10], c[11], c[7], population]


def write_gzip(path, header, rows):
    buf = io.StringIO()
    for line in header:
        buf.write("# " + line + "\n")
    for row in rows:
        buf.write("\t".join(row) + "\n")
    with open(path, "wb") as raw:
        # mtime=0 keeps the output byte-identical between builds
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(buf.getvalue().encode("utf-8"))


def admin1_points(places, admin1_codes):
    """Seat of each admin1 (a PPLA/PPLC/PPLG in it), else its most populous place."""
    best = {}
    for c in places:
        code = c[8] + "." + c[10]
        if code not in admin1_codes:
            continue
        seat = c[7] in SEAT_CODES
        rank = (1 if seat else 0, 1 if c[7] == "PPLA" else 0, int(c[14] or 0))
        if code not in best or rank > best[code][0]:
            best[code] = (rank, c)
    return {code: v[1] for code, v in best.items()}


def default_geonames(root):
    """../shared/data/geonames next to the checkout (or next to the worktree folder)."""
    for up in (os.path.join(root, ".."), os.path.join(root, "..", "..")):
        candidate = os.path.normpath(os.path.join(up, "shared", "data", "geonames"))
        if os.path.isdir(candidate):
            return candidate
    return os.path.normpath(os.path.join(root, "..", "shared", "data", "geonames"))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--geonames", default=default_geonames(root))
    parser.add_argument("--out", default=os.path.join(root, "enrich", "src", "main", "resources", "io", "eventwire", "enrich", "geo"))
    args = parser.parse_args()

    places = read_places(os.path.join(args.geonames, "cities500.txt"))
    places.sort(key=lambda c: int(c[0]))

    admin1 = {}
    with open(os.path.join(args.geonames, "admin1CodesASCII.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 4:
                admin1[c[0]] = c
    admin2 = {}
    with open(os.path.join(args.geonames, "admin2Codes.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) >= 3:
                admin2[c[0]] = c

    place_rows = [place_row(c) for c in places]
    write_gzip(os.path.join(args.out, "places.tsv.gz"), [
        ATTRIBUTION,
        "Built by tools/gazetteer/build_gazetteer.py from GeoNames cities500.txt",
        "geonameid\tname\tasciiname\talternatenames(|)\tlatitude\tlongitude\tcountry\tadmin1\tadmin2\tfeature_code\tpopulation",
    ], place_rows)

    seats = admin1_points(places, admin1)
    region_rows = []
    for code in sorted(admin1):
        c = admin1[code]
        seat = seats.get(code)
        if seat is None:
            continue  # no populated place known in it: no representative point
        region_rows.append(["A1", code, c[1], c[2], c[3], seat[4], seat[5], seat[0]])
    used_admin2 = sorted({c[8] + "." + c[10] + "." + c[11] for c in places if c[11]})
    for code in used_admin2:
        if code in admin2:
            region_rows.append(["A2", code, admin2[code][1]])
    by_country = defaultdict(list)
    for c in places:
        by_country[c[8]].append((float(c[4]), float(c[5])))
    for cc in sorted(by_country):
        points = by_country[cc]
        lat = statistics.median(p[0] for p in points)
        lon = statistics.median(p[1] for p in points)
        region_rows.append(["CC", cc, "%.4f" % lat, "%.4f" % lon])
    write_gzip(os.path.join(args.out, "regions.tsv.gz"), [
        ATTRIBUTION,
        "Built by tools/gazetteer/build_gazetteer.py from GeoNames admin1CodesASCII.txt, admin2Codes.txt, cities500.txt",
        "A1\tcode\tname\tasciiname\tgeonameid\tlatitude\tlongitude\tseat_geonameid  (seat or most populous place)",
        "A2\tcode\tname",
        "CC\tcountry\tlatitude\tlongitude  (median of the country's places)",
    ], region_rows)
    print("places: %d, admin1: %d, countries: %d" % (len(place_rows), sum(1 for r in region_rows if r[0] == "A1"), len(by_country)), file=sys.stderr)


if __name__ == "__main__":
    main()

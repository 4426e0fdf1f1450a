"""Fame, for :mod:`eventwire.stages.geocode`: in an article about the world, a small namesake of a
far larger city or country ("Cairo", Georgia, "Toronto", Ohio) gets no country focus or
admin-area hints, only nearby places and a qualifier."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.records import Place
    from eventwire.stages.toponyms import Mention

LOCAL_KINDS = frozenset({"city", "admin2"})
FAMOUS_RATIO = 100  # a town this many times smaller than a city or country of its name is its namesake


def famous(m: Mention) -> Place | None:
    """The city or country whose own name the mention is when every other town (or county, beside
    a city) of that own name outside its admin1 area has at most 1/``FAMOUS_RATIO`` of its
    population: "Cairo", Egypt, "Toronto", Canada, "Lebanon" the country, but not "Paris" (Paris,
    Texas, is a city)."""
    own = [x.place for x in m.matches if x.primary]
    big = [p for p in own if p.kind in {"city", "country"}]
    if not big:
        return None
    top = max(big, key=lambda p: p.population)
    kinds = {"city"} if top.kind == "country" else LOCAL_KINDS  # a county is "X County", not "Lebanon"
    rivals = [p.population for p in own if p.kind in kinds and not _same_area(p, top)]
    return top if all(n * FAMOUS_RATIO <= top.population for n in rivals) else None


def _same_area(p: Place, q: Place) -> bool:
    return p.country == q.country and (q.kind == "country" or p.admin1 == q.admin1)


def dwarfed(
    p: Place, top: Place | None, focus: Counter[str], own_focus: Counter[str], named: Counter[str] | None = None
) -> bool:
    """Whether ``p`` is a small namesake of the famous place ``top`` (see :func:`famous`) in an
    article about the world: one that names the famous place's country, or other countries than
    the town's at least as often as the town's (``focus`` less what the name itself adds,
    ``own_focus``), or the town's country only by demonyms and nationalities ("an American aid
    worker", "the U.S. embassy in Bogota": ``named`` is the focus from places named as places).
    There the article's country and admin areas do not pick the town ("Cairo airport" in a story
    about flights from Mexico and the US is in Egypt); places named nearby or a qualifier ("Cairo,
    Ga.") still do, and a local story about one country keeps its town ("Palestine", Texas)."""
    if top is None or p.kind not in LOCAL_KINDS or _same_area(p, top):
        return False
    countries = +(focus - own_focus)
    abroad = sum(n for c, n in countries.items() if c != p.country)
    if named is not None and countries[p.country or ""] and not (named - own_focus)[p.country or ""]:
        return True
    return top.country in countries or (abroad > 0 and abroad >= countries[p.country or ""])

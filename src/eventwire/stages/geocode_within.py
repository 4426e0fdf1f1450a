"""Where the text puts a name, and what a name resolves to when the gazetteer has no place there
(used by :mod:`eventwire.stages.geocode`).

- The area named around a name holds it: "Boni in central Mali", "Sona in Burkina Faso's
  Mouhoun region", "Sudan's North Darfur", "Hays district of Hodeidah governorate", as "Paris,
  Texas" does (:func:`holder`). Its country or admin1 area is the name's qualifier: a candidate
  inside it beats any namesake abroad.
- When no candidate lies in that area (a village the gazetteer lacks, so that only a namesake
  abroad or a look-alike name is left), the name is placed at the area itself, precision 2 for a
  town or district of an admin1 area, 3 for a country (:func:`fall_back`); a namesake abroad would
  put the event in the wrong country.
- A tiny town abroad (no known population) in a country the article never names, for a name the
  writer calls a town or village without naming its country, in an article about one other
  country, gives way to that country ("the town of Tawila" in a story about Sudan is not a hamlet
  in Yemen).
- A dateline names a city well known enough to file from (of 100,000 people or more): "DHAKA,
  Aug 5 -" is Dhaka, Bangladesh, whatever villages of India the story names
  (:func:`dateline_city`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from eventwire.records import Place, Toponym
from eventwire.stages.toponyms import DIRECTIONS, Mention, is_area

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.stages.gazetteer import Match


HOLDER_KINDS = frozenset({"country", "admin1"})
POSSESSIVE = frozenset({"'s", "’s"})
MODIFIERS = frozenset({"compound", "amod", "nmod"})
KIND_SUFFIXES = frozenset({"district", "county", "settlement", "admin"})
LOCAL = frozenset({"city", "admin2"})
TINY = 1000  # a town abroad smaller than this (most have no population at all) yields to the focus
DATELINE_POPULATION = 100_000  # a dateline's city known without its state or country
FOCUS_MIN = 2  # mentions of the article's country that make it the country of a name without one


def holder_matches(h: Mention) -> list[Match]:
    """The holder's matches that can hold a place: countries and admin1 areas by their own name,
    or by any name with a kind word ("Hodeidah governorate")."""
    return [x for x in h.matches if x.place.kind in HOLDER_KINDS and (x.primary or h.suffix == "admin")]


def holder(doc: Doc, m: Mention, by_start: dict[int, Mention], by_end: dict[int, Mention]) -> Mention | None:
    """The country or admin1 area the words around ``m`` put it in: "X in (central) Y", "Y's X",
    "X district of Y (governorate)"; None when there is none (a comma's qualifier is found by
    :func:`eventwire.stages.geocode._qualifier`)."""
    i = m.end
    found: Mention | None = None
    if i < len(doc) and doc[i].lower_ == "in":
        j = i + 1
        while j < len(doc) and (doc[j].lower_ == "the" or doc[j].lower_ in DIRECTIONS):
            j += 1
        found = next((by_start[k] for k in range(i + 1, j + 1) if k in by_start), None)
    elif i + 1 < len(doc) and doc[i].lower_ == "of" and m.suffix in KIND_SUFFIXES and m.end > m.core_end:
        found = by_start.get(i + 1)  # "Hays district of Hodeidah governorate"
    if found is None and m.start > 0 and doc[m.start - 1].lower_ in POSSESSIVE:
        found = by_end.get(m.start)  # "Sudan's North Darfur"
    if found is None or found is m or found.core.lower() == m.core.lower() or not found.literal:
        return None  # "in the Sudanese capital": a demonym holds nothing
    if (found.suffix is None and doc[found.core_end - 1].dep_ in MODIFIERS) or not holder_matches(found):
        return None  # "in the Teen category"
    return found


def _inside(p: Place, area: Place) -> bool:
    if p.country != area.country:
        return False
    return area.kind == "country" or (p.admin1 is not None and p.admin1 == area.admin1)


def fall_back(m: Mention, top: Toponym, held_by: Mention | None, resolve: Callable[[Mention], Toponym]) -> Toponym:
    """``top`` or, when it lies outside the area that holds ``m`` and no candidate of ``m`` lies
    inside, that area (see the module's docstring)."""
    if held_by is None or top.place is None or not m.literal or top.place.kind not in LOCAL or is_area(m):
        return top  # "the Indiana, Ill., border": a list of areas
    area = resolve(held_by).place
    if area is None or area.kind not in HOLDER_KINDS or _inside(top.place, area):
        return top
    if any(_inside(x.place, area) for x in m.matches):
        return top
    precision = 3 if area.kind == "country" or m.suffix == "admin" else 2
    why = f"no place of the name in {area.name}, which the text puts it in; {area.name} itself"
    return Toponym(top.start, top.end, top.text, area, precision, why, top.literal)


def focus_fallback(m: Mention, top: Toponym, focus: Counter[str], own: Counter[str], country: Place | None) -> Toponym:
    """``top``, or the article's country (``country``, the most named) when ``top`` is a tiny town
    in a country the article never names and no candidate of ``m`` lies in the article's country."""
    p = top.place
    if p is None or country is None or m.suffix != "settlement" or p.kind != "city" or p.population >= TINY:
        return top  # only "the town of X", "X village": the writer calls it a town and names no country
    counts = focus - own
    if counts[p.country or ""] > 0 or counts[country.country or ""] < FOCUS_MIN:
        return top
    if any(x.place.country == country.country for x in m.matches):
        return top
    why = f"only a tiny namesake in {p.country}, a country the article never names; the article's country"
    return Toponym(top.start, top.end, top.text, country, 3, why, top.literal)


def top_country(focus: Counter[str], own: Counter[str]) -> str | None:
    counts = +(focus - own)
    return counts.most_common(1)[0][0] if counts else None


def dateline_city(famous: Place | None, qualifier: Sequence[Match]) -> Place | None:
    """The place a dateline's unqualified name stands for: the famous city of that name, if any."""
    if famous is None or famous.kind != "city" or famous.population < DATELINE_POPULATION or qualifier:
        return None
    return famous

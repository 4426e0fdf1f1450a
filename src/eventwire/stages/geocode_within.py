"""Where the text puts a name, and what a name resolves to when the gazetteer has no place there
(used by :mod:`eventwire.stages.geocode`).

- The area named around a name holds it: "Boni in central Mali", "the district of Karo, in
  North Sumatra", "Sona in Burkina Faso's Mouhoun region", "Sudan's North Darfur", "Hays district
  of Hodeidah governorate", "the Sahel region of Mali", as "Paris, Texas" does (:func:`holder`).
  Its country or admin1 area is the name's qualifier: a candidate inside it beats any namesake
  abroad.
- When no candidate lies in that area (a village the gazetteer lacks, so that only a namesake
  abroad or a look-alike name is left), the name is placed at the area itself, precision 2 for a
  town or district of an admin1 area, 3 for a country (:func:`fall_back`); a namesake abroad would
  put the event in the wrong country. So is a region of several countries or another country's
  province that the text calls a region of the area ("the Sahel region of Mali").
- An admin1 area named in a name's sentence or the one before is a strong local hint
  (:func:`sentence_admins`).
- A tiny town abroad (no known population) in a country the article never names, for a name the
  writer calls a town or village without naming its country, in an article about one other
  country, gives way to that country ("the town of Tawila" in a story about Sudan is not a hamlet
  in Yemen); so does a city of any size more than ``FAR_KM`` away, on another continent, for a
  name called a village or town ("my village, Kurume" in a story about Cameroon is not Kurume,
  Japan). So does a town of under a million found only under an alternate spelling in a
  country the article never names ("a Malian drone hit Tonka" is not Tonk, India), unless it lies
  just across the border of the article's country ("Israeli tanks entered Jabalia").
- A dateline names a city well known enough to file from (of 100,000 people or more): "DHAKA,
  Aug 5 -" is Dhaka, Bangladesh, whatever villages of India the story names
  (:func:`dateline_city`).
- An area's name before "village" or "town" ("a New Mexico village", "a West Bank town") says
  where the village lies: the area, not a town that has the area's name only as an alternate
  name (:func:`area_before_kind`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from eventwire.records import Place, Toponym, distance_km
from eventwire.stages.gazetteer import normalise
from eventwire.stages.gazetteer_names import admin_norms
from eventwire.stages.toponym_variants import foreign_variant
from eventwire.stages.toponyms import DIRECTIONS, Mention, area_places, is_area

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.stages.gazetteer import Gazetteer, Match


HOLDER_KINDS = frozenset({"country", "admin1"})
POSSESSIVE = frozenset({"'s", "’s"})
MODIFIERS = frozenset({"compound", "amod", "nmod"})
KIND_SUFFIXES = frozenset({"district", "county", "settlement", "admin"})
LOCAL = frozenset({"city", "admin2"})
AREA_PARTS = frozenset({"region", "admin1"})  # "the Sahel region of Mali": held by a country, a part of it
PART_WORDS = frozenset({"region", "province", "district", "area", "part"})
TINY = 1000  # a town abroad smaller than this (most have no population at all) yields to the focus
DATELINE_POPULATION = 100_000  # a dateline's city known without its state or country
FOCUS_MIN = 2  # mentions of the article's country that make it the country of a name without one
BORDER_KM = 150  # a look-alike this close to a town of the article's country is across its border
FAR_KM = 3000  # a "village" this far from the article's country (another continent) is a namesake
VILLAGE_WORDS = frozenset({"village", "town", "hamlet"})


def holder_matches(h: Mention) -> list[Match]:
    """The holder's matches that can hold a place: countries and admin1 areas by their own name,
    or by any name with a kind word ("Hodeidah governorate")."""
    return [x for x in h.matches if x.place.kind in HOLDER_KINDS and (x.primary or h.suffix == "admin")]


def holder(doc: Doc, m: Mention, by_start: dict[int, Mention], by_end: dict[int, Mention]) -> Mention | None:
    """The country or admin1 area the words around ``m`` put it in: "X (,) in (central) Y", "Y's X",
    "X district of Y (governorate)", "X region of Y"; None when there is none (a comma's qualifier is found by
    :func:`eventwire.stages.geocode._qualifier`)."""
    i = m.end
    found: Mention | None = None
    aside = i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "in"
    if aside:
        i += 1  # "the district of Karo, in North Sumatra province", unless a list of "in" phrases
    if i < len(doc) and doc[i].lower_ == "in":
        j = i + 1
        while j < len(doc) and (doc[j].lower_ == "the" or doc[j].lower_ in DIRECTIONS):
            j += 1
        found = next((by_start[k] for k in range(i + 1, j + 1) if k in by_start), None)
    elif i + 1 < len(doc) and doc[i].lower_ == "of" and m.suffix in KIND_SUFFIXES and m.end > m.core_end:
        found = by_start.get(i + 1)  # "Hays district of Hodeidah governorate"
    elif not aside and named_part(doc, m) and m.end == m.core_end:
        found = by_start.get(i + 2)  # "the Sahel region of Mali", the name alone given
    if found is None and m.start > 0 and doc[m.start - 1].lower_ in POSSESSIVE:
        found = by_end.get(m.start)  # "Sudan's North Darfur"
    if found is not None and aside and _more_in(doc, found.end):
        return None  # "fighting in Homs, in Hama and in Idlib"
    if found is None or found is m or found.core.lower() == m.core.lower() or not found.literal:
        return None  # "in the Sudanese capital": a demonym holds nothing
    if (found.suffix is None and doc[found.core_end - 1].dep_ in MODIFIERS) or not holder_matches(found):
        return None  # "in the Teen category"
    return found


def named_part(doc: Doc, m: Mention) -> bool:
    """Whether a kind word calls ``m`` a region or district of the area named after "of" or "in"
    ("the Sahel region of Mali", "the Kurdistan region in Iraq"), not the item of a list."""
    if m.end < len(doc) and doc[m.end].text == ",":
        return False
    if m.suffix in {"admin", "district"} and m.end > m.core_end:
        return True
    i = m.end
    return i + 1 < len(doc) and doc[i].lower_ in PART_WORDS and doc[i + 1].lower_ in {"of", "in"}


def _more_in(doc: Doc, i: int) -> bool:
    """Whether a list of places goes on at token ``i`` ("..., in Hama and in Idlib")."""
    words = [t.lower_ for t in doc[i : i + 2]]
    return bool(words) and (words[0] in {"and", "or"} or words == [",", "in"] or words == [",", "and"])


def _inside(p: Place, area: Place) -> bool:
    if p.country != area.country:
        return False
    return area.kind == "country" or (p.admin1 is not None and p.admin1 == area.admin1)


def fall_back(
    m: Mention, top: Toponym, held_by: Mention | None, resolve: Callable[[Mention], Toponym], part: bool = False
) -> Toponym:
    """``top`` or, when it lies outside the area that holds ``m`` and no candidate of ``m`` lies
    inside, that area (see the module's docstring). An area's name is left alone ("the Indiana,
    Ill., border": a list of areas) unless the text calls it a part of the area that holds it
    (``part``, see :func:`named_part`): a region of several countries, or another country's
    province, stands for its part in that country ("the Sahel region of Mali")."""
    if held_by is None or top.place is None or not m.literal:
        return top
    area_part = part and top.place.kind in AREA_PARTS
    if not area_part and (top.place.kind not in LOCAL or is_area(m)):
        return top
    area = resolve(held_by).place
    if area is None or area.kind not in HOLDER_KINDS or _inside(top.place, area):
        return top
    if area_part and top.place.country == area.country:
        return top  # "the Salinas Valley region of California": a region of that state's country
    if any(_inside(x.place, area) for x in m.matches):
        return top
    precision = 3 if area.kind == "country" or m.suffix == "admin" or area_part else 2
    why = f"no place of the name in {area.name}, which the text puts it in; {area.name} itself"
    return Toponym(top.start, top.end, top.text, area, precision, why, top.literal)


def area_before_kind(m: Mention) -> list[Match]:
    """The candidates of ``m``, or only its own areas (admin1 areas, countries) when the writer puts
    "village" or "town" after a name that is no town's own name: "a New Mexico village" lies in
    the state, not in a town called New Mexico only by an alternate name."""
    if m.suffix != "settlement" or m.end <= m.core_end:
        return m.matches
    own = [x for x in m.matches if x.primary and x.place.kind in HOLDER_KINDS]
    if not own or any(x.primary and x.place.kind == "city" for x in m.matches):
        return m.matches
    return own


def called_village(doc: Doc, m: Mention) -> bool:
    """Whether the writer calls ``m`` a village or town: "the village of X", "X village", "my
    village, X" (not "the city of X": a city abroad may well be meant)."""
    i = m.start
    before = doc[i - 2] if i >= 2 and doc[i - 1].text in {",", "of"} else None
    after = doc[m.core_end] if m.end > m.core_end else None
    return any(t is not None and t.is_lower and t.lower_ in VILLAGE_WORDS for t in (before, after))


def focus_fallback(
    m: Mention,
    top: Toponym,
    focus: Counter[str],
    own: Counter[str],
    country: Place | None,
    gaz: Gazetteer,
    village: bool = False,
) -> Toponym:
    """``top``, or the article's country (``country``, the most named) when ``top`` is a tiny town
    in a country the article never names and no candidate of ``m`` lies in the article's country,
    or a town found only under another spelling in such a country (see
    :func:`eventwire.stages.toponym_variants.foreign_variant`) farther than ``BORDER_KM`` from
    every town of the article's country: a town just across its border is news of it too
    ("Israeli tanks entered Jabalia" is in Gaza)."""
    p = top.place
    if p is None or country is None:
        return top
    counts = focus - own
    if foreign_variant(m.matches, p, counts, country.country) and not gaz.has_town_near(
        country.country or "", p.lat, p.lon, BORDER_KM
    ):
        why = f"found only as another spelling, in {p.country}, which the article never names; the article's country"
        return Toponym(top.start, top.end, top.text, country, 3, why, top.literal)
    if (m.suffix != "settlement" and not village) or p.kind != "city":
        return top  # only "the town of X", "X village": the writer calls it a town and names no country
    far = village and distance_km(p.lat, p.lon, country.lat, country.lon) > FAR_KM
    if p.population >= TINY and not far:
        return top  # a sizeable town near the article's country may be meant; a city far away is not
    if counts[p.country or ""] > 0 or counts[country.country or ""] < (1 if far and len(counts) == 1 else FOCUS_MIN):
        return top  # a city far away yields even to a single mention of the article's only country
    if any(x.place.country == country.country for x in m.matches):
        return top
    size = "a city far away" if p.population >= TINY else "a tiny namesake"
    why = f"only {size} in {p.country}, a country the article never names; the article's country"
    return Toponym(top.start, top.end, top.text, country, 3, why, top.literal)


def unknown_area(doc: Doc, m: Mention, by_start: dict[int, Mention]) -> bool:
    """Whether a comma puts ``m`` in an area the gazetteer does not know, named with its kind word
    ("Dori, Seno province", "X, Foo district"). No candidate is known to lie there, and one found
    only under an alternate name ("Gobernador Mansilla" for "Mansila") is a look-alike elsewhere:
    :meth:`eventwire.stages.geocode.Geocoder` keeps only the candidates of the name's own name."""
    if m.end + 1 >= len(doc) or doc[m.end].text != ",":
        return False
    area = by_start.get(m.end + 1)
    if area is None or area.suffix not in AREA_SUFFIXES or area.end == area.core_end:
        return False
    return not any(x.place.kind in AREA_MATCHES for x in area.matches)  # "Seno province": only towns named Seno


AREA_SUFFIXES = frozenset({"admin", "county", "district"})
AREA_MATCHES = frozenset({"country", "region", "admin1", "admin2"})


def known_candidates(m: Mention, matches: list[Match], unknown: bool, counts: Counter[str]) -> tuple[list[Match], str]:
    """The candidates left for ``m`` and, when none is, why. After an unknown area (``unknown``, see
    :func:`unknown_area`) only places of the name's own name. A province or county the gazetteer
    lacks ("Soum province", when only towns are called Soum) is none of its namesake towns in
    countries the article never names (``counts``: the focus less the name's own share)."""
    if unknown and matches:
        matches = [x for x in matches if x.primary]
        if not matches:
            return [], "only another place's alternate name, and the area named after the comma is unknown"
    province = m.suffix in {"admin", "county"} and m.end > m.core_end
    if province and matches and not any(x.place.kind in AREA_MATCHES for x in matches):
        matches = [x for x in matches if counts[x.place.country or ""] > 0]
        if not matches:
            return [], "no area of the name; its towns lie in countries the article never names"
    return matches, ""


def top_country(focus: Counter[str], own: Counter[str]) -> str | None:
    counts = +(focus - own)
    return counts.most_common(1)[0][0] if counts else None


def dateline_city(famous: Place | None, qualifier: Sequence[Match]) -> Place | None:
    """The place a dateline's unqualified name stands for: the famous city of that name, if any."""
    if famous is None or famous.kind != "city" or famous.population < DATELINE_POPULATION or qualifier:
        return None
    return famous


Admin = tuple[str | None, str | None]


def sentence_admins(doc: Doc, mentions: Sequence[Mention]) -> dict[int, set[Admin]]:
    """For each mention (by ``id``), the (country, admin1) of the admin1 areas that other names
    of its sentence or the one before are the own name of: "swans in Michigan ... near the lake
    in Monroe County" is Michigan's county even when the article names Iowa too."""
    starts = [sent.start for sent in doc.sents] if doc.has_annotation("SENT_START") else [0]
    sent_of = {id(m): bisect_right(starts, m.start) - 1 for m in mentions}
    named: dict[int, list[tuple[str, Admin]]] = {}
    for m in mentions:
        areas = [(m.core.lower(), (a.country, a.admin1)) for a in area_places(m) if _spelt_out(m, a)]
        named.setdefault(sent_of[id(m)], []).extend(areas)
    out = {}
    for m in mentions:
        i, name = sent_of[id(m)], m.core.lower()
        out[id(m)] = {a for n, a in [*named.get(i - 1, []), *named.get(i, [])] if n != name}
    return out


def _spelt_out(m: Mention, area: Place) -> bool:
    """Whether ``m`` names the admin1 area ``area`` by its name ("Tennessee", "Tenn."), not by a
    word that only looks like an abbreviation of it ("the Teen category")."""
    return area.kind == "admin1" and (m.core.endswith(".") or normalise(m.core) in admin_norms(area.name))

"""Lists of place names, as the geocoder reads them (:mod:`eventwire.stages.geocode`): a list
holds names of one kind, so a name listed with countries is a country and one listed with a
state's admin1 areas an admin1 area; a state after a state's comma is the next item of a list
when the list goes on ("Washington, Pennsylvania and California"), not a qualifier."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.stages.toponyms import Mention, area_places

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.records import Place
    from eventwire.stages.gazetteer import Match

LIST_WORDS = frozenset({",", "and", "or", "&"})


def list_goes_on(doc: Doc, q: Mention, by_start: dict[int, Mention], by_end: dict[int, Mention]) -> bool:
    """Whether the place after a comma is followed by another listed area of its own kind."""
    kinds = _listed_areas(q)
    after = [n for n in list_neighbours(doc, q, by_start, by_end) if n.start > q.start]
    return any(kinds & _listed_areas(n) for n in after)


def list_item(doc: Doc, m: Mention, q: Mention, by_start: dict[int, Mention], by_end: dict[int, Mention]) -> bool:
    """Whether ``m`` and the place ``q`` after its comma are two items of a longer list of
    ``q``'s kind rather than a name and its qualifier: "the Kenya, Gulu, Uganda and Sudan teams",
    where a country is listed before ``m`` and another after ``q`` (not "Gulu, Uganda, and
    Sudan", nor "Toledo, Ohio, Erie, Pennsylvania and Buffalo", whose lists go on with towns)."""
    kinds = _listed_areas(q)
    before = [n for n in list_neighbours(doc, m, by_start, by_end) if n.end <= m.start]
    after = [n for n in list_neighbours(doc, q, by_start, by_end) if n.start > q.start]
    return any(kinds & _listed_areas(b) & _listed_areas(a) for b in before for a in after)


def list_neighbours(doc: Doc, m: Mention, by_start: dict[int, Mention], by_end: dict[int, Mention]) -> list[Mention]:
    """The names listed right before and after ``m`` ("Idaho, Delaware and Maine")."""
    out = []
    for gap in (1, 2):
        before = m.start - gap
        if before in by_end and all(doc[i].lower_ in LIST_WORDS for i in range(before, m.start)):
            out.append(by_end[before])
            break
    for gap in (1, 2):
        after = m.end + gap
        if after in by_start and all(doc[i].lower_ in LIST_WORDS for i in range(m.end, after)):
            out.append(by_start[after])
            break
    return out


def _listed_areas(m: Mention) -> set[tuple[str, str | None]]:
    """(kind, country) of the countries, admin1 areas and regions of one country whose own name a
    listed name is (see :func:`area_key`); admin1 areas named like a town in them left out."""
    return {
        area_key(a)
        for a in area_places(m)
        if (a.kind in {"country", "admin1"} or (a.kind == "region" and a.country))
        and not has_namesake_town(m.matches, a)
    }


def area_key(p: Place) -> tuple[str, str | None]:
    """What a list of areas holds: countries, or first-level areas of one country, former ones
    (regions of one country, "Nyanza", "Rift Valley") with today's ("Nairobi")."""
    if p.kind == "country":
        return "country", None
    return ("admin1", p.country) if p.kind == "region" and p.country else (p.kind, p.country)


def has_namesake_town(matches: Sequence[Match], area: Place) -> bool:
    """Whether an admin1 area shares its name with a town in it ("Cairo", "Kisumu"): a list of
    such names is a list of towns as much as of areas."""
    return area.kind == "admin1" and any(
        x.primary and x.place.kind == "city" and (x.place.country, x.place.admin1) == (area.country, area.admin1)
        for x in matches
    )


def list_kinds(neighbours: Sequence[Mention]) -> set[tuple[str, str | None]]:
    """What the names listed beside a name stand for: a list holds names of one kind, so a name
    listed with states is a state ("Colorado, Delaware and Idaho") and one listed with countries
    a country ("Benin, Ghana and Togo"). Countries match whatever their country."""
    return set().union(*map(_listed_areas, neighbours))

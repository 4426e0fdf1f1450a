"""Generic area names, for :mod:`eventwire.stages.geocode`: "Central Province", "the Eastern
Region", "Western" name an area in many countries, so a former area of one country kept as a
region row (Kenya's provinces before 2013, in ``regions.tsv``) is that name only in an article
about its country, or where no other country has an area of that name; elsewhere it would take
the name from every other country's admin1 area of that name (regions are scored as large
areas, see ``toponyms.AREA_POPULATION``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.toponyms import DIRECTIONS

if TYPE_CHECKING:
    from eventwire.stages.gazetteer import Match

GENERIC_WORDS = DIRECTIONS | frozenset(
    {"the", "province", "region", "area", "zone", "state", "district", "department", "division", "territory"}
)


def generic_name(name: str) -> bool:
    """Whether every word of ``name`` is a direction or an area's kind ("North Eastern Province")."""
    words = name.lower().replace("-", " ").split()
    return bool(words) and all(w in GENERIC_WORDS for w in words)


def focus_candidates(name: str, matches: list[Match], focus: str | None) -> list[Match]:
    """The candidates of ``name`` left to rank: all of them, but for a generic name the region rows
    of a single country other than the article's focus country (``focus``) are left out when
    another candidate remains ("North Eastern Province", Kenya's alone, stays)."""
    if not generic_name(name):
        return matches
    kept = [x for x in matches if not (x.place.kind == "region" and x.place.country not in (None, focus))]
    return kept or matches

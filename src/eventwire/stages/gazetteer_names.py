"""The forms of a place's name that the gazetteer indexes (:mod:`gazetteer_build`): normalised
(:func:`eventwire.stages.gazetteer.normalise`), with "Saint" also as "St." and the other way round,
an admin1 area's name without words such as "Province" and with "North" also as "Northern" (and
the other compass points), and US county names as both their sources spell them.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.stages.gazetteer import normalise

__all__ = ["ADMIN_AFFIXES", "admin_norms", "compass_forms", "county_key", "name_forms"]


def name_forms(names: Iterable[str], skip_codes: bool = False) -> set[str]:
    """Normalised forms worth indexing: Latin script only; airport codes ("BGW") left out."""
    out = set()
    for name in names:
        if skip_codes and len(name) <= 4 and name.isupper():
            continue
        norm = normalise(name)
        if norm and norm.isascii() and len(norm) <= 80:
            out |= {norm, " ".join(SAINTS.get(t, t) for t in norm.split())}
    return out


# "Saint-Marc" is also found as "St. Marc", "Port St. Lucie" as "Port Saint Lucie"
SAINTS = {"saint": "st", "st": "saint", "sainte": "ste", "ste": "sainte"}


COMPASS_FORMS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}
COMPASS_FORMS |= {v: k for k, v in COMPASS_FORMS.items()}


def compass_forms(forms: set[str]) -> set[str]:
    """"Southern Darfur" also as "South Darfur", "North Kordofan" as "Northern Kordofan"."""
    out = set()
    for norm in forms:
        first, _, rest = norm.partition(" ")
        if rest and first in COMPASS_FORMS:
            out.add(f"{COMPASS_FORMS[first]} {rest}")
    return out


ADMIN_AFFIXES = frozenset(
    [
        "province",
        "governorate",
        "state",
        "region",
        "prefecture",
        "oblast",
        "department",
        "county",
        "district",
        "parish",
        "borough",
        "census",
        "area",
        "muhafazat",
        "wilayat",
        "of",
    ]
)


def admin_norms(name: str) -> set[str]:
    """The area's name, and the name without words such as "State" or "Muhafazat" ("Borno")."""
    forms = name_forms([name])
    for norm in list(forms):
        words = norm.split()
        while len(words) > 1 and words[-1] in ADMIN_AFFIXES:
            words.pop()
        while len(words) > 1 and words[0] in ADMIN_AFFIXES:
            words.pop(0)
        forms.add(" ".join(words))
    return forms


def county_key(name: str) -> str:
    """A county's name as both sources spell it ("St. Bernard Parish", "Saint Bernard Parish")."""
    return " ".join({"saint": "st", "sainte": "ste"}.get(t, t) for t in normalise(name).split())

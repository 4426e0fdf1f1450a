"""Places the text puts near another: "the village of X near Y", "X, near Y", "X, Y town".

A writer who places an obscure village near a town gives its whereabouts: the village lies within
a short drive of the town. A namesake of the village far from the town (another country's town of
the name, or a minor alternate name of a far-away city) is not the place meant. When a candidate of
the village lies within ``NEAR_KM`` of the town, that candidate stands; when none does, the village
is unknown to the gazetteer and the town stands for it at precision 2, ACLED's convention for an
event "near" a named town. A name followed by a comma and a town called a town ("Barangay San
Jose, Quezon town") is a village or district of that town, and lies near it too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from eventwire.records import Toponym, distance_km

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.records import Place
    from eventwire.stages.toponyms import Mention

NEAR_KM = 100.0
NEAR_WORDS = frozenset({"near"})
TOWN_WORDS = frozenset({"town", "city"})  # "X, Y town": X is a village or district of the town Y
SKIPPED = frozenset({"the", ","})  # "X, near the town of Y" is found by the mention's own start
LOCAL_KINDS = frozenset({"city", "admin2"})
TOWN_KINDS = LOCAL_KINDS  # "near Indiana", "near New York" (the state): near a long border, not a point


def near_mention(doc: Doc, m: Mention, by_start: dict[int, Mention]) -> Mention | None:
    """The mention of the town ``m`` is said to lie near ("X near Y", "X, near the city of Y")."""
    i = m.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
        town = by_start.get(i)
        if town is not None and _town_named(doc, town) and town is not m and town.literal:
            return town  # "Barangay San Jose, Quezon town": a part of that town
    if i >= len(doc) or doc[i].lower_ not in NEAR_WORDS:
        return None
    for j in range(i + 1, min(i + 6, len(doc))):
        if j in by_start:
            y = by_start[j]
            longer = y.end < len(doc) and doc[y.end].is_title  # "near the Golden State Freeway"
            return y if y.literal and y is not m and not longer else None
        if doc[j].is_punct and doc[j].text != ",":
            return None
    return None


def _town_named(doc: Doc, y: Mention) -> bool:
    """Whether ``y`` is a name with the word "town" or "city" after it, in lower case ("Quezon
    town", not "Oklahoma City"), and not an item of a list ("X, Y town and Z")."""
    if y.suffix != "settlement" or y.core_end >= y.end:
        return False
    word = doc[y.core_end]
    listed = y.end < len(doc) and doc[y.end].lower_ in {"and", "or"}
    return word.is_lower and word.lower_ in TOWN_WORDS and not listed


def _near(p: Place, town: Place) -> bool:
    return distance_km(p.lat, p.lon, town.lat, town.lon) <= NEAR_KM


def near_fallback(
    m: Mention,
    top: Toponym,
    near: Mention | None,
    resolve: Callable[[Mention], Toponym],
    precision: Callable[[Place], int],
) -> Toponym:
    """``top``, its namesake near the town ``near`` names, or that town at precision 2 (see the
    module's docstring). Only a local place (a town, a district) is moved: an area's name is left
    alone. ``precision`` gives a namesake near the town its precision."""
    if near is None or top.place is None or not m.literal or top.place.kind not in LOCAL_KINDS:
        return top
    town = resolve(near).place
    if town is None or town.kind not in TOWN_KINDS or _near(top.place, town):
        return top
    close = [x.place for x in m.matches if x.place.kind in LOCAL_KINDS and _near(x.place, town)]
    if close:
        best = max(close, key=lambda p: p.population)
        why = f"the place of the name near {town.name}, which the text puts it near"
        return Toponym(top.start, top.end, top.text, best, precision(best), why, top.literal)
    why = f"no place of the name near {town.name}, which the text puts it near; {town.name} itself"
    return Toponym(top.start, top.end, top.text, town, 2, why, top.literal)

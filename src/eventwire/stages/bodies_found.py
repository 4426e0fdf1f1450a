"""Bodies found at another place on another day are not the toll of the event told before them.

"Gunmen opened fire in the village on Monday night." then "On Wednesday, farmers outside Ruvira
found the bodies of four men." tells a find of its own: the sentence names a day and a place that
the event's sentence does not, so its dead are not passed on to that event (``tolls.follow_up``).
Bodies found the next morning at the scene, or in the same town, stay that event's dead: both the
day and the place must be the sentence's own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.stages.casualties import BODIES, find_counts

if TYPE_CHECKING:
    from spacy.tokens import Span

    from eventwire.stages.when import Draft

_LATER = re.compile(
    r"\b(?:(?:hours|days|weeks)\s+later|the\s+(?:next|following)\s+(?:day|morning|evening|night|week)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def found_elsewhere(sent: Span, target: Draft) -> bool:
    """True when the dead of ``sent`` (a sentence without an event) are only bodies found, and it
    names both a day and a place that ``target``'s sentence does not name."""
    dead = [c for c in find_counts(sent.text) if c.kind == "killed" and c.value > 0]
    if not dead or not all(BODIES.search(c.text) for c in dead):
        return False
    told = target.sent.text.lower()
    own_day = any(m.group(0).lower() not in told for m in _LATER.finditer(sent.text))  # "on Tuesday", "days later"
    own_place = any(e.label_ in _PLACES and e.text.lower() not in told for e in sent.ents)
    return own_day and own_place

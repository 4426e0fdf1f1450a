"""A round-up lead: one sentence that sums the incidents of a day over several places ("Attacks
killed 23 people in four states on Monday", "clashes across the country left 40 dead"). The
incidents told after it, each with a place of its own, are not that lead's mentions: merged into
it they would lose their own record and lend it their figures. Read by stages/dedup.py."""

from __future__ import annotations

import re

from eventwire.records import Event

COUNTED = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|multiple|various|many|different|separate)"
AREAS = (
    r"(?:states|provinces|regions|districts|counties|countries|cities|towns|villages|localities|governorates|"
    r"departments|municipalities|prefectures|areas|communities|parts)"
)
ROUNDUP = re.compile(
    rf"\b(?:in|across|over)\s+(?:at\s+least\s+)?{COUNTED}\s+(?:[A-Za-z-]+\s+){{0,2}}?{AREAS}\b"
    r"|\b(?:across|throughout)\s+the\s+(?:country|nation|region)\b",
    re.IGNORECASE,
)


def roundup(e: Event) -> str:
    """The words that make the record's first mention a round-up over several places ("" else)."""
    found = ROUNDUP.search(e.evidence.text)
    return found.group(0) if found else ""


def roundup_apart(a: Event, b: Event) -> bool:
    """One record is a round-up and the other an incident told with a place of its own ("In
    Plateau State, herders attacked farmers"): two records, not one."""
    return bool((roundup(a) and _own_place(b)) or (roundup(b) and _own_place(a)))


def _own_place(e: Event) -> bool:
    if e.location is None or not e.location.text or e.why.get("place_borrowed"):
        return False
    return not roundup(e)

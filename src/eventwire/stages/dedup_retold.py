"""One event told again: in someone's quoted words, or by the other side of a fight.

A quoted retelling ("'Seven of our citizens were murdered and twenty-three were wounded,' the
president said", after "A bomb exploded at a market ..., killing seven people and wounding 23")
is the incident told before it, not a second one, where the quotation names no place and no day of
its own, gives the same figures and names no other weapon: ``retold_in_quote``. Two mentions of one
armed clash told by either side (the rebels' "killed 14 soldiers", the army's "eight soldiers were
killed") give competing figures: the record takes the lower as its figure and the higher as its high
one, as ``casualties`` does for competing figures in one sentence (``competing_killed``). A killing
told in a participle clause of a device's sentence ("a truck hit a mine ..., killing four soldiers")
is that device's toll, not an attack of its own, where it names no doer of its own and the device
gives no figures: ``device_toll``.
"""

from __future__ import annotations

from typing import Any

from eventwire.records import Event

QUOTES = ('"', "“", "”")
HOW = frozenset(
    {"car_bomb", "suicide_bomb", "ied", "bombing", "grenade", "shelling", "air_strike", "drone_strike", "chemical"}
)  # the classes that name a weapon


def retold_in_quote(a: Event, b: Event) -> bool:
    """``b``, told after ``a`` in quoted words with no place or day of its own, gives ``a``'s
    figures (its dead, and its wounded where it gives them) and names no other weapon: ``a`` told
    again by a speaker."""
    if "mentions" in b.why or a.why.get("background") or a.event_type is None or b.event_type is None:
        return False
    if not b.evidence.text.lstrip().startswith(QUOTES) or b.evidence.start <= a.evidence.start:
        return False
    own_day = not (b.why.get("date_borrowed") or str(b.why.get("date", "")).startswith("no date"))
    if own_day or not b.why.get("place_borrowed") or a.event_date != b.event_date:
        return False
    how = b.why.get("class")
    if how in HOW and how != a.why.get("class"):
        return False
    return a.fatalities is not None and a.fatalities == b.fatalities and b.injured in (None, a.injured)


def competing_killed(a: Event, b: Event) -> tuple[int, int] | None:
    """The lower and higher death toll where the two mentions give different ones, else None."""
    if a.fatalities is None or b.fatalities is None or a.fatalities == b.fatalities:
        return None
    return min(a.fatalities, b.fatalities), max(a.fatalities, b.fatalities)


def competing_why(a: Event, b: Event, low: int, high: int) -> dict[str, Any]:
    """The merged record's ``why["casualties"]``: the words of both tolls, the lower as best."""
    out: dict[str, Any] = dict(a.why.get("casualties") or {})
    words = [w for e in (a, b) for w in ((e.why.get("casualties") or {}).get("killed") or {}).get("words", [])]
    out["killed"] = {"best": low, "high": high, "words": words}
    return out


TOLL_PARTICIPLES = ("killing", "wounding", "injuring")


def device_toll(a: Event, b: Event) -> bool:
    """``b`` is a killing told as a participle ("..., killing four soldiers") in ``a``'s sentence,
    with no doer of its own, and ``a`` a device or strike with no figures: the device's toll."""
    if "mentions" in a.why or "mentions" in b.why or a.evidence.start != b.evidence.start:
        return False
    if a.why.get("class") not in HOW or a.fatalities is not None or a.injured is not None:
        return False
    return (
        b.trigger.lower() in TOLL_PARTICIPLES
        and b.actor1 is None
        and b.event_type in ("Battles", "Violence against civilians")
    )

"""A later mention whose doer is a definite common noun referring back ("The attackers opened
fire from pickup trucks") and that tells no figures of its own tells the incident told just
before it, even where it is coded another type (an ambush coded an armed clash, its shooting an
attack): it adds how it was done, not a second incident."""

from __future__ import annotations

from eventwire.records import Event

VIOLENT = frozenset({"clash", "attack"})  # the classes of fighting and of armed attack
_DEFINITE = ("the ", "these ", "those ")


def doer_told_again(a: Event, b: Event, places_agree: bool) -> bool:
    """``b`` comes after ``a`` in one article, with no figures, no date and no target of its own,
    and its doer is "the" + a common noun for an armed group that ``a``'s doer may be."""
    if b.evidence.start <= a.evidence.start or not places_agree:
        return False
    if any(v is not None for v in (b.fatalities, b.injured)) or b.actor2 is not None:
        return False
    if not b.why.get("date_borrowed") or a.event_date != b.event_date:
        return False
    if a.why.get("class") not in VIOLENT or b.why.get("class") not in VIOLENT:
        return False
    doer, first = b.actor1, a.actor1
    if doer is None or first is None or not (doer.entry or "").startswith("noun:"):
        return False
    if not doer.text.lower().startswith(_DEFINITE):
        return False
    return first.name == doer.name or first.sector == doer.sector == "UAG"

"""One record per event: mentions of the same event in several sentences of an article merge.

Two records are one event when they share the event type and sub-type (or, for statements, the
PLOVER type and both actors; or one is a bare "attack" and the other says how it was done, a
bomb, a grenade, shelling, which then gives the type), their dates agree (equal, or one only known
to the week), their places agree (the same place, within 50 km, or one unknown), and their actors
do not conflict. The merged record keeps the first mention's id and the evidence of the mention
that says most, fills what it lacks from the others, takes the highest casualty figures, and lists
every mention's offsets under ``why.mentions``. Figures merge by how they were told
(``when.figures``): people told only as "shot" are counted among the dead of another mention
("a man was shot ... he died" is killed 1, not also injured 1), the wounded are not, and people
told one more at a time ("another man was wounded") are added.
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.records import Actor, Event, Location, distance_km
from eventwire.stages.when import totals

NEAR_KM = 50.0
FIGURES = ("killed", "wounded", "hit", "more_hurt")
GENERIC_WORDS = frozenset({"attack", "attacks", "attacked", "assault", "assaults"})
SPECIFIC = frozenset(
    {"car_bomb", "suicide_bomb", "ied", "bombing", "grenade", "shelling", "air_strike", "drone_strike", "chemical"}
)


def dedup(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    for ev in events:
        for i, kept in enumerate(merged):
            if same_event(kept, ev):
                merged[i] = merge(kept, ev)
                break
        else:
            merged.append(ev)
    return merged


def same_event(a: Event, b: Event) -> bool:
    if a.article_id != b.article_id or a.plover != b.plover:
        return False
    if a.event_type is None or b.event_type is None:
        return (
            a.event_type == b.event_type
            and _same_actor(a.actor1, b.actor1, strict=True)
            and _same_actor(a.actor2, b.actor2, strict=True)
            and a.event_date == b.event_date
        )
    if (a.event_type, a.sub_event_type) != (b.event_type, b.sub_event_type) and not _settles(a, b):
        return False
    return (
        _dates_agree(a, b)
        and _places_agree(a.location, b.location)
        and _same_actor(a.actor1, b.actor1)
        and _same_actor(a.actor2, b.actor2)
    )


def _generic(e: Event) -> bool:
    """A mention that says only that there was an attack ("the attack took place at 9 pm", "four
    people were killed in the attack", "the attack on the newsman's home")."""
    if e.why.get("class") not in ("attack", "property"):
        return False
    words = re.findall(r"[a-z]+", e.evidence.text.lower())
    return e.trigger.lower() in GENERIC_WORDS or not GENERIC_WORDS.isdisjoint(words)


def _settles(a: Event, b: Event) -> bool:
    """One mention is a bare "attack" and the other says how it was done (a bomb, a grenade,
    shelling): one event, of the specific type."""
    return (_generic(a) and b.why.get("class") in SPECIFIC) or (_generic(b) and a.why.get("class") in SPECIFIC)


def _dates_agree(a: Event, b: Event) -> bool:
    if a.event_date == b.event_date:
        return True
    if a.event_date is None or b.event_date is None:
        return True
    loose = "week" in (a.date_precision, b.date_precision)
    return loose and abs((a.event_date - b.event_date).days) <= 7


def _places_agree(a: Location | None, b: Location | None) -> bool:
    if a is None or b is None or a.geo_precision == 3 or b.geo_precision == 3:
        return a is None or b is None or a.country == b.country
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM


def _same_actor(a: Actor | None, b: Actor | None, strict: bool = False) -> bool:
    if a is None or b is None:
        return not strict or a is b
    return a.name == b.name


def merge(a: Event, b: Event) -> Event:
    """``a`` completed by ``b``. The record keeps ``a``'s id; its evidence is the mention that
    says more (higher confidence: more actors, place, exact date, figures), ``a``'s on a tie."""
    mentions = list(a.why.get("mentions", [[a.evidence.start, a.evidence.end]]))
    mentions.append([b.evidence.start, b.evidence.end])
    figs = {k: (_sum if k == "more_hurt" else _max)(v, _figures(b)[k]) for k, v in _figures(a).items()}
    better_date = b.date_precision == "day" and a.date_precision != "day"
    if _generic(a) and not _generic(b):  # the specific mention gives the type
        a = replace(
            a,
            event_type=b.event_type,
            sub_event_type=b.sub_event_type,
            plover=b.plover,
            cameo=b.cameo,
            why=dict(a.why, **{"class": b.why.get("class"), "typed_by": b.trigger}),
        )
    return replace(
        a,
        event_date=b.event_date if better_date else a.event_date,
        date_precision=b.date_precision if better_date else a.date_precision,
        actor1=a.actor1 or b.actor1,
        actor2=a.actor2 or b.actor2,
        location=_finer(a.location, b.location),
        fatalities=totals(figs)[0],
        injured=totals(figs)[1],
        confidence=max(a.confidence, b.confidence),
        evidence=b.evidence if b.confidence > a.confidence else a.evidence,
        trigger=b.trigger if b.confidence > a.confidence else a.trigger,
        why=dict(a.why, mentions=mentions, **({"figures": figs} if any(v is not None for v in figs.values()) else {})),
    )


def _figures(e: Event) -> dict[str, int | None]:
    """A mention's killed, wounded and hit figures (``when.figures``); a record that does not say
    how its injured figure was told counts it as wounded."""
    figs = e.why.get("figures")
    if isinstance(figs, dict):
        return {k: figs.get(k) for k in FIGURES}
    return {"killed": e.fatalities, "wounded": e.injured, "hit": None, "more_hurt": None}


def _finer(a: Location | None, b: Location | None) -> Location | None:
    if a is None or b is None:
        return a or b
    return b if b.geo_precision < a.geo_precision else a


def _sum(a: int | None, b: int | None) -> int | None:
    return a if b is None else (a or 0) + b


def _max(a: int | None, b: int | None) -> int | None:
    if a is None or b is None:
        return a if b is None else b
    return max(a, b)

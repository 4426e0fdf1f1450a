"""One record per event: mentions of the same event in several sentences of an article merge.

Two records are one event when they share the event type and sub-type (or, for statements, the
PLOVER type and both actors; or one mention tells only that there was an attack, or what was
destroyed, and the other says how it was done, a bomb, a grenade, shelling, which then gives the
type and the trigger pattern: see ``_says_how``), their dates agree (equal, or one only known to
the week), their places agree (the same place, within 50 km, or one unknown; where neither names a
place finer than its country, they must be told within about a paragraph of each other), and
their actors do not conflict ("rebels" and a named rebel group of the same country do not).
Merging repeats until nothing more merges. The merged record keeps the first mention's id and the
evidence of the mention that says most, fills what it lacks from the others, takes the highest
casualty figures, and lists every mention's offsets under ``why.mentions``. Figures merge by how
they were told (``when.figures``): people told only as "shot" are counted among the dead of
another mention ("a man was shot ... he died" is killed 1, not also injured 1), the wounded are
not, and people told one more at a time ("another man was wounded") are added.
"""

from __future__ import annotations

import re
from dataclasses import replace

from eventwire.records import Actor, Event, Location, distance_km
from eventwire.stages.when import totals

NEAR_KM = 50.0
AERIAL = frozenset({"air_strike", "drone_strike"})
BOMBING_ACTS = frozenset({"bombing", "bombings"})
NEAR_CHARS = 600  # about a paragraph of news text
FIGURES = ("killed", "wounded", "hit", "more_hurt")
GENERIC_WORDS = frozenset({"attack", "attacks", "attacked", "assault", "assaults"})
RESULT_WORDS = frozenset({"destroyed", "destroy", "destroys", "damaged", "damage", "damages", "wrecked"})
SPECIFIC = frozenset(
    {"car_bomb", "suicide_bomb", "ied", "bombing", "grenade", "shelling", "air_strike", "drone_strike", "chemical"}
)


def dedup(events: list[Event]) -> list[Event]:
    """Merge mentions of one event; repeated until nothing merges, since a bare "attack" that took
    a specific type from one mention can then join another bare mention of the same event."""
    merged = _pass(events)
    while len(merged) < len(events):
        events, merged = merged, _pass(merged)
    return merged


def _pass(events: list[Event]) -> list[Event]:
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
    if a.article_id != b.article_id or (a.plover != b.plover and not _settles(a, b)):
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
        and (_located(a, b) or _near(a, b))
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


def _bombing_act(e: Event) -> bool:
    """A mention of a bombing that does not say whether the bombs were planted or dropped ("this
    bombing", "the bombings"): the act, not the device."""
    return e.why.get("class") == "bombing" and e.trigger.lower() in BOMBING_ACTS


def _bare_result(e: Event) -> bool:
    """A mention that tells only what was hit, not how: "destroyed a truck", or "attacked the
    barracks" (coded an armed clash for the target it names)."""
    cls, word = e.why.get("class"), e.trigger.lower()
    return (cls == "property" and word in RESULT_WORDS) or (cls == "clash" and word in GENERIC_WORDS)


def _shares_target(a: Event, b: Event) -> bool:
    """What ``a`` was done to is named in ``b``'s sentence ("destroyed a truck" / "the explosion
    wrecked the front of the truck")."""
    words = set(re.findall(r"[a-z]+", b.evidence.text.lower()))
    return any({t, t + "s", t + "es"} & words for t in a.why.get("target") or ())


def _says_how(a: Event, b: Event) -> bool:
    """``b`` says how the event ``a`` reports only barely was done (see ``_settles``). A bare
    "attack" is the bombing told by a mention placed in the same town, or one told close by in the
    text when neither names a town (every mention of an article is in its country), or one that
    names what it hit; a bare "destroyed X" is the bombing that names X or is told close by; a bare
    attack on a base (an armed clash) the bombing that names the base."""
    if b.why.get("class") in AERIAL and _bombing_act(a):
        return _placed(a, b) or _near(a, b)
    if b.why.get("class") not in SPECIFIC:
        return False
    if _generic(a) and (_placed(a, b) or _near(a, b) or _shares_target(a, b)):
        return True
    if not _bare_result(a):
        return False
    damage = a.why.get("class") == "property"  # "an explosion rang out; two cars were destroyed"
    return _shares_target(a, b) or (damage and _near(a, b))


def _located(a: Event, b: Event) -> bool:
    """One of the mentions has a place finer than a country."""
    return any(e.location is not None and e.location.geo_precision < 3 for e in (a, b))


def _placed(a: Event, b: Event) -> bool:
    """Both mentions have a place finer than a country (so that their places agreeing says something)."""
    return all(e.location is not None and e.location.geo_precision < 3 for e in (a, b))


def _near(a: Event, b: Event) -> bool:
    """Some mention of ``a`` is within about a paragraph (NEAR_CHARS) of some mention of ``b``."""
    spans_a = a.why.get("mentions", [[a.evidence.start, a.evidence.end]])
    spans_b = b.why.get("mentions", [[b.evidence.start, b.evidence.end]])
    return any(abs(x[0] - y[1]) < NEAR_CHARS or abs(y[0] - x[1]) < NEAR_CHARS for x in spans_a for y in spans_b)


def _settles(a: Event, b: Event) -> bool:
    """One mention is a bare "attack", or a bare "destroyed X" of a thing the other names, and the
    other says how it was done (a bomb, a grenade, shelling): one event, of the specific type."""
    return _says_how(a, b) or _says_how(b, a)


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
    return a.name == b.name or (not strict and (_names(a, b) or _names(b, a)))


def _generic_actor(a: Actor) -> bool:
    """An actor named only by a common noun ("guerrillas", "the rebels"), not by its name."""
    return bool(a.entry and a.entry.startswith("noun:"))


def _names(general: Actor, named: Actor) -> bool:
    """``named`` is one of those ``general`` stands for: "rebels" in El Salvador and a rebel group
    of El Salvador."""
    return (
        _generic_actor(general)
        and not _generic_actor(named)
        and general.sector == named.sector
        and named.country in (general.country, None)
    )


def _better_actor(a: Actor | None, b: Actor | None) -> Actor | None:
    """The actor of a merged record: the named one where one mention names it and the other only
    describes it."""
    if a is not None and b is not None and _names(a, b):
        return b
    return a or b


def merge(a: Event, b: Event) -> Event:
    """``a`` completed by ``b``. The record keeps ``a``'s id; its evidence is the mention that
    says more (higher confidence: more actors, place, exact date, figures), ``a``'s on a tie."""
    mentions = list(a.why.get("mentions", [[a.evidence.start, a.evidence.end]]))
    mentions.extend(b.why.get("mentions", [[b.evidence.start, b.evidence.end]]))
    figs = {k: (_sum if k == "more_hurt" else _max)(v, _figures(b)[k]) for k, v in _figures(a).items()}
    better_date = b.date_precision == "day" and a.date_precision != "day"
    if _plainer(a, b):  # the mention that says how gives the type
        a = replace(
            a,
            event_type=b.event_type,
            sub_event_type=b.sub_event_type,
            plover=b.plover,
            cameo=b.cameo,
            why=dict(
                a.why,
                **{"class": b.why.get("class"), "typed_by": b.trigger},
                pattern=b.why.get("pattern", a.why.get("pattern")),
            ),
        )
    return replace(
        a,
        event_date=b.event_date if better_date else a.event_date,
        date_precision=b.date_precision if better_date else a.date_precision,
        actor1=_better_actor(a.actor1, b.actor1),
        actor2=_better_actor(a.actor2, b.actor2),
        location=_finer(a.location, b.location),
        fatalities=totals(figs)[0],
        injured=totals(figs)[1],
        confidence=max(a.confidence, b.confidence),
        evidence=b.evidence if b.confidence > a.confidence else a.evidence,
        trigger=b.trigger if b.confidence > a.confidence else a.trigger,
        why=dict(a.why, mentions=mentions, **({"figures": figs} if any(v is not None for v in figs.values()) else {})),
    )


def _sabotage(e: Event) -> bool:
    return e.trigger.lower().startswith("sabotag")


def _plainer(a: Event, b: Event) -> bool:
    """``a`` says only that there was an attack, or what was destroyed, and ``b`` says more; or
    ``a`` tells of a bombing and ``b`` that it came from the air; or ``a`` of sabotage and ``b``
    of the device that did it."""
    if _bombing_act(a) and b.why.get("class") in AERIAL:
        return True
    if _sabotage(a) and b.why.get("class") in SPECIFIC and not _sabotage(b):
        return True  # "the power lines were sabotaged" / "a bomb destroyed the pylon"
    return (_generic(a) or _bare_result(a)) and not (_generic(b) or _bare_result(b))


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

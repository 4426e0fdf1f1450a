"""Merging rules on hand-built records (stages/dedup.py): a statement or political act named again
by a definite noun, and a back-reference whose place was taken from the event told before it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eventwire.records import Actor, Event, Evidence, Location
from eventwire.stages.dedup import dedup

EU = Actor("European Union", None, "IGO")
USA = Actor("Government of the United States", "USA", "GOV")
BELARUS = Actor("Government of Belarus", "BLR", "GOV")
MINSK = Location("Minsk", "BLR", 53.9, 27.57, 1, geonameid=625144)
KUNDUZ = Location("Kunduz", "AFG", 36.73, 68.86, 1, geonameid=1135689)
BAGHLAN = Location("Baghlan", "AFG", 36.13, 68.71, 1, geonameid=1147290)


def sanction(start: int, **kw: object) -> Event:
    base = Event(
        event_id=f"e{start}",
        article_id="a",
        event_date=date(2024, 5, 7),
        date_precision="day",
        event_type=None,
        sub_event_type=None,
        plover="SANCTION",
        cameo="163",
        actor1=EU,
        actor2=BELARUS,
        location=MINSK,
        fatalities=None,
        injured=None,
        evidence=Evidence("s", start, start + 40),
        source=None,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def named_again(start: int, **kw: object) -> Event:
    marks = {"back_reference": "the sanctions", "date_borrowed": True}
    return sanction(start, **{"actor1": None, "actor2": None, "why": marks, **kw})


def test_sanctions_named_again_without_actors_join_the_sanctions() -> None:
    (merged,) = dedup([sanction(0), named_again(60)])
    assert merged.actor1 == EU and merged.actor2 == BELARUS
    assert merged.why["mentions"] == [[0, 40], [60, 100]]


def test_sanctions_named_again_by_another_doer_stay_apart() -> None:
    assert len(dedup([sanction(0), named_again(60, actor1=USA)])) == 2


def test_sanctions_told_again_without_a_definite_noun_stay_apart() -> None:
    assert len(dedup([sanction(0), sanction(60, actor1=None, actor2=None)])) == 2


def strike(start: int, **kw: object) -> Event:
    base = sanction(
        start,
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover="ASSAULT",
        cameo="195",
        actor1=None,
        actor2=None,
        location=KUNDUZ,
        event_date=date(2024, 5, 6),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def the_strike(place_borrowed: bool) -> Event:
    marks: dict[str, object] = {"back_reference": "the air strike", "date_borrowed": True}
    if place_borrowed:
        marks["place_borrowed"] = True
    return strike(200, location=BAGHLAN, event_date=date(2024, 5, 7), fatalities=9, why=marks)


def test_a_back_reference_placed_by_the_event_before_it_joins_the_event_it_names() -> None:
    merged = dedup([strike(0), the_strike(place_borrowed=True)])
    assert len(merged) == 1
    assert merged[0].location == KUNDUZ and merged[0].fatalities == 9


def test_a_back_reference_that_names_its_own_place_stays_apart() -> None:
    assert len(dedup([strike(0), the_strike(place_borrowed=False)])) == 2


def bare_attack(start: int) -> Event:
    """A mention that tells only that there was an attack ("gunmen attacked the post")."""
    return strike(
        start,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        cameo="180",
        trigger="attacked",
        why={"class": "attack"},
    )


def air_strike(start: int, **marks: object) -> Event:
    return strike(start, trigger="air strikes", fatalities=12, why={"class": "air_strike", **marks})


def test_an_air_strike_says_how_a_bare_attack_told_next_to_it_was_done() -> None:
    (merged,) = dedup([bare_attack(0), air_strike(60)])
    assert merged.sub_event_type == "Air/drone strike"


def test_a_retaliatory_air_strike_is_not_how_the_attack_it_answers_was_done() -> None:
    merged = dedup([bare_attack(0), air_strike(60, retaliation="retaliatory air strikes")])
    assert sorted(e.sub_event_type or "" for e in merged) == ["Air/drone strike", "Attack"]


def test_a_bare_attack_told_after_a_retaliatory_strike_may_name_the_strike() -> None:
    (merged,) = dedup([air_strike(0, retaliation="retaliatory air strikes"), bare_attack(60)])
    assert merged.sub_event_type == "Air/drone strike"

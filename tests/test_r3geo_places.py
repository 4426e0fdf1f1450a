"""Tests for all-capitals place names: the name after "the village of" stops at a comma and, as a
single word, must be a known place; a town's name after a determiner before a kind word is the
ordinary word; an area's name before "village" ("a New Mexico village") is the area."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Toponym
from eventwire.stages.gazetteer import Gazetteer
from eventwire.stages.geocode import Geocoder
from eventwire.stages.truecase import Truecaser
from tests.conftest import records

STOPS = {"the", "of", "in", "a", "on", "and", "to", "after"}


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def found(geocoder: Geocoder, nlp: Any, text: str) -> dict[str, Toponym]:
    return {t.text: t for t in geocoder.toponyms(nlp(text))}


def caser(places: set[str], local: set[str] = frozenset()) -> Truecaser:  # type: ignore[assignment]
    def kinds(word: str) -> frozenset[str]:
        return frozenset({"city"} if word in places or word in local else set())

    return Truecaser({"uganda"}, local=local, stops=STOPS, place_kinds=kinds, countries={"uganda"})


def test_capitals_end_a_village_name_at_a_comma() -> None:
    text = "A GRENADE HIT THE VILLAGE OF KISOLON, WITNESSES TOLD REPORTERS IN UGANDA ON FRIDAY."
    out = caser({"kisolon"})(text)
    assert len(out) == len(text)
    assert "village of Kisolon, witnesses told reporters in Uganda" in out
    hyphen = caser(set())("A GRENADE HIT THE VILLAGE OF KOZA-LOPAN IN UGANDA ON FRIDAY, WITNESSES SAID.")
    assert "village of Koza-Lopan in Uganda" in hyphen


def test_capitals_name_one_word_after_the_village_of_only_when_it_is_a_place() -> None:
    plain = caser(set())("FAMILIES RETURNED TO THE TOWN OF ORIGIN AND THE VILLAGE OF FARMERS ON SUNDAY.")
    assert "the town of origin and the village of farmers on" in plain
    named = caser({"kisolon"})("FAMILIES RETURNED TO THE TOWN OF ORIGIN AND THE VILLAGE OF KISOLON ON SUNDAY.")
    assert "the town of origin and the village of Kisolon on" in named


def test_capitals_keep_a_town_word_after_a_determiner_lower_case() -> None:
    out = caser(set(), {"university", "mission", "tame"})(
        "STUDENTS MARCHED IN THE UNIVERSITY TOWN AND A MISSION VILLAGE, AND IN TAME MUNICIPALITY ON SUNDAY."
    )
    assert "in the university town and a mission village" in out
    assert "in Tame municipality" in out
    north = caser(set(), {"tame"})("STUDENTS MARCHED IN NORTHERN TAME MUNICIPALITY ON SUNDAY, THE POLICE SAID.")
    assert "northern Tame municipality" in north


def test_area_name_before_village_is_the_area(world: Geocoder, nlp: Any) -> None:
    t = found(world, nlp, "A flood swept through a New Mexico village on Sunday, officials said.")["New Mexico village"]
    assert t.place is not None and t.place.kind == "admin1" and t.place.name == "New Mexico"


def test_town_name_before_town_is_still_the_town(world: Geocoder, nlp: Any) -> None:
    t = found(world, nlp, "Militants attacked Bama town in Borno state on Sunday, officials said.")["Bama town"]
    assert t.place is not None and t.place.kind == "city" and t.place.country == "NGA"


@pytest.mark.slow
def test_capitals_village_of_a_namesake_stays_in_the_story_country(pipeline: Any) -> None:
    # "Said Police" must not join the village's name: the story's country stays the event's
    text = "GUNMEN SHOT DEAD FOUR FARMERS IN THE VILLAGE OF HOPE, SAID POLICE IN UGANDA ON FRIDAY."
    events = records(pipeline, text, date(2026, 11, 20))
    assert events
    assert all((e.get("location") or {}).get("country") == "UGA" for e in events)

"""Tests for names found before a lower-case "town" ("Sumilao town") and before a bracketed
other name and a kind word ("the Bahri (Khartoum North) district"), and for the near-identical
phrases that stay as they were."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import Toponym
from eventwire.stages.gazetteer import Gazetteer
from eventwire.stages.geocode import Geocoder


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def found(geocoder: Geocoder, nlp: Any, text: str) -> list[Toponym]:
    return geocoder.toponyms(nlp(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Rebels raided Sumilao town before dawn, residents said.",
        "GUNMEN SHELLED SUMILAO TOWN ON MONDAY.",
    ],
)
def test_a_name_before_a_lower_case_town_is_found(world: Geocoder, nlp: Any, text: str) -> None:
    places = [t.place for t in found(world, nlp, text) if t.place is not None]
    assert [(p.name, p.country) for p in places] == [("Sumilao", "PHL")]


@pytest.mark.slow
def test_a_town_word_in_a_longer_name_stays_that_name(world: Geocoder, nlp: Any) -> None:
    names = [t.text for t in found(world, nlp, "Buses from Kansas City reached Mexico City on Sunday.")]
    assert names == ["Kansas City", "Mexico City"]


@pytest.mark.slow
def test_a_name_before_a_bracketed_other_name_and_district_is_found(world: Geocoder, nlp: Any) -> None:
    text = "Gunfire was heard in the Bahri (Khartoum North) district overnight, witnesses said."
    t = [t for t in found(world, nlp, text) if t.place is not None]
    assert [(x.text, x.place.name if x.place else None) for x in t] == [("Bahri", "Khartoum North")]
    assert t[0].precision == 2


@pytest.mark.slow
def test_a_bracketed_other_name_before_a_common_noun_adds_no_place(world: Geocoder, nlp: Any) -> None:
    text = "Gunfire was heard in the Bahri (Khartoum North) market overnight, witnesses said."
    assert [t.text for t in found(world, nlp, text)] == []

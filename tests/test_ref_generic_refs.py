"""Violent words that refer to acts and report none (stages/generic_refs.py, and the list of what a
side does in stages/generic_acts.py): a judgement on acts
told elsewhere, acts named only as what people react to. Each beside a near-identical sentence
that reports an incident. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest

from tests.conftest import VIOLENT_TYPES, extracted, violent_in

pytestmark = pytest.mark.slow

PUBLISHED = date(2022, 9, 14)
violent = partial(violent_in, published=PUBLISHED)
extract = partial(extracted, published=PUBLISHED)


@pytest.mark.parametrize("text", ["Their recent bombings have been more deadly.", "The killings seem random."])
def test_a_judgement_on_acts_is_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text", ["Their bombings on Sunday were more deadly.", "The killings of four traders in Aba seem random."]
)
def test_a_judgement_on_dated_or_counted_acts_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Villagers are protesting the abductions and the shootings.",
        "The scandal diverted attention from the kidnappings.",
        "Police blamed a local gang for the shootings.",
        "The shootings have to stop.",
    ],
)
def test_acts_named_as_what_people_react_to_are_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


def test_the_protest_itself_stays(pipeline: Any) -> None:
    found = extract(pipeline, "Villagers are protesting the abductions and the shootings.")
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers protested the shooting of three teachers by police.",
        "Police blamed a local gang for the shooting of two traders in Onitsha on Friday.",
    ],
)
def test_acts_reacted_to_with_a_doer_place_or_day_stay_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


def test_one_victim_keeps_the_act_and_leaves_the_protest_without_a_toll(pipeline: Any) -> None:
    found = extract(pipeline, "Residents are protesting the killing of the priest.")
    killing = [e for e in found if e.event_type in VIOLENT_TYPES]
    protest = [e for e in found if e.sub_event_type == "Peaceful protest"]
    assert [e.fatalities for e in killing] == [1]
    assert [e.fatalities for e in protest] == [None]


def test_what_a_side_does_with_them_told_in_the_present_is_no_event(pipeline: Any) -> None:
    assert violent(pipeline, "Militiamen seize young men at roadblocks and then torture them.") == []
    assert extract(pipeline, "Militiamen seize young men at roadblocks and then torture them.") == []


@pytest.mark.parametrize(
    "text",
    ["Militiamen seized nine young men at a roadblock and tortured them.", "Soldiers torture detainees in Goma"],
)
def test_what_a_side_did_once_or_a_headline_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "VILLAGERS ARE PROTESTING THE ABDUCTIONS AND THE SHOOTINGS.",
        "THE SCANDAL DIVERTED ATTENTION FROM THE KIDNAPPINGS.",
    ],
)
def test_capitals_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


def test_capitals_event(pipeline: Any) -> None:
    found = violent(pipeline, "A SPATE OF ABDUCTIONS HIT KADUNA ON MONDAY.")
    assert [(e.trigger.lower(), e.event_date) for e in found] == [("abductions", date(2022, 9, 12))]

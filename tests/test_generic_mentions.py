"""Violent words that report no violent act (stages/mentions.py): an attack made in words, a
crime named only as a charge and acts named only in general; a condemned attack told with its own
place and day (stages/reactions.py) and a habit told beside a dated act (stages/habitual.py).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event
from eventwire.stages.mentions import generic_mention

pytestmark = pytest.mark.slow

VIOLENT_TYPES = ("Violence against civilians", "Battles", "Explosions/Remote violence", "Riots")


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2023, 5, 17))))


def violent(pipeline: Any, text: str) -> list[Event]:
    return [e for e in events(pipeline, text) if e.event_type in VIOLENT_TYPES]


@pytest.mark.parametrize(
    "text",
    [
        "The senator attacked the new tax law during a radio interview.",
        "In an open letter, the opposition launched scathing attacks on the finance minister.",
        "The governor attacked the water programme in several speeches.",
    ],
)
def test_an_attack_in_words_is_criticism(pipeline: Any, text: str) -> None:
    found = events(pipeline, text)
    assert not [e for e in found if e.event_type in VIOLENT_TYPES]
    assert "ACCUSE" in [e.plover for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked a police station in Mosul.",
        "Rebels attacked an army convoy near the border.",
        "Gunmen attacked the ministry headquarters in the capital.",
    ],
)
def test_an_attack_on_people_or_buildings_stays_violent(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The town has been the target of deadly rebel attacks.",
        "The army has stepped up the fight against kidnappings.",
        "The border towns are vulnerable to bombings.",
    ],
)
def test_acts_named_in_general_are_no_event(pipeline: Any, text: str) -> None:
    assert not violent(pipeline, text)
    assert not [e for e in events(pipeline, text) if e.sub_event_type and "Abduction" in e.sub_event_type]


@pytest.mark.parametrize(
    "text",
    [
        "The attacks on Monday killed 9 people.",
        "Attacks on two villages killed 9 people.",
        "The attacks in Kano left many dead.",
    ],
)
def test_attacks_with_a_day_a_figure_or_a_place_stay_events(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "She was charged with murder and arson.",
        "The suspect faces three counts of kidnapping.",
        "The brothers were tried for murder last year.",
    ],
)
def test_a_crime_named_as_a_charge_is_no_event(pipeline: Any, text: str) -> None:
    found = events(pipeline, text)
    assert not [e for e in found if e.event_type in VIOLENT_TYPES]
    assert not [e for e in found if e.sub_event_type and "Abduction" in e.sub_event_type]


def test_a_charge_beside_the_act_keeps_the_act(pipeline: Any) -> None:
    found = violent(pipeline, "He was charged with murder after he shot three women on Saturday.")
    assert [e.trigger for e in found] == ["shot"]


def test_a_condemned_bombing_with_its_own_place_and_day_is_an_event(pipeline: Any) -> None:
    found = events(pipeline, "The president condemned the car bombing outside a market in Kabul on Tuesday.")
    assert "ACCUSE" in [e.plover for e in found]
    assert any(e.event_type == "Explosions/Remote violence" for e in found)


def test_a_condemned_bombing_named_alone_is_still_no_event(pipeline: Any) -> None:
    assert not violent(pipeline, "The president condemned the car bombing.")


def test_a_habit_beside_a_dated_act_is_no_event(pipeline: Any) -> None:
    found = events(pipeline, "Protests are frequent in Nairobi, and on Monday police shot dead three demonstrators.")
    assert [e.trigger for e in found] == ["shot dead"]


@pytest.mark.parametrize(
    ("text", "word", "generic"),
    [
        ("Whole villages have suffered for years from the bombings.", "bombings", True),
        ("Farmers in the hills constantly experience their raids.", "raids", True),
        ("A wave of killings in the north has alarmed the government.", "killings", False),
        ("Villages suffered from the bombings on Friday.", "bombings", False),
    ],
)
def test_what_people_go_on_suffering_is_named_in_general(nlp: Any, text: str, word: str, generic: bool) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.lower_ == word)
    assert bool(generic_mention(head)) is generic

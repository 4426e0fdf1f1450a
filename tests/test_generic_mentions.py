"""Violent words that report no violent act (stages/mentions.py): an attack made in words, a
crime named only as a charge and acts named only in general; a condemned attack told with its own
place and day (stages/reactions.py) and a habit told beside a dated act (stages/habitual.py).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest

from eventwire.stages.mentions import attack_in_words, generic_mention
from eventwire.stages.reactions import reacted_to
from eventwire.stages.triggers import CUES
from tests.conftest import VIOLENT_TYPES, extracted, violent_in

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 17)
violent = partial(violent_in, published=PUBLISHED)
events = partial(extracted, published=PUBLISHED)


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


@pytest.mark.parametrize(
    "text",
    [
        "A man attacked the governor with a machete during a campaign speech in Enugu on Friday.",
        "Armed men attacked a radio station during a morning broadcast in Beledweyne.",
        "Soldiers attacked the press near the stadium, beating two photographers.",
        "Militants attacked a church during the Sunday sermon in Kaduna, killing nine.",
    ],
)
def test_an_attack_during_a_speech_or_on_the_press_is_made_with_force(pipeline: Any, text: str) -> None:
    found = events(pipeline, text)
    assert [e for e in found if e.event_type in VIOLENT_TYPES]
    assert "ACCUSE" not in [e.plover for e in found]


@pytest.mark.parametrize(
    ("text", "verbal"),
    [
        ("A youth attacked the governor in a speech in Enugu with a machete.", False),
        ("In an interview, the minister attacked the rebels who killed 12 soldiers.", True),
        ("In a televised speech, the president attacked the opposition, saying 3 people died in its protests.", True),
    ],
)
def test_a_weapon_or_a_casualty_count_of_the_attack_makes_it_no_speech(nlp: Any, text: str, verbal: bool) -> None:
    head = next(t for t in nlp(text) if t.lower_ == "attacked")
    assert bool(attack_in_words(head)) is verbal


def test_a_charge_beside_a_count_of_dead_keeps_the_crime(pipeline: Any) -> None:
    found = violent(
        pipeline, "A herdsman was arrested for murder after three farmers were found dead near Makurdi on Tuesday."
    )
    assert [e.fatalities for e in found] == [3]


def test_a_charge_beside_a_killing_of_its_own_gives_one_record(pipeline: Any) -> None:
    found = violent(pipeline, "A guard was charged with murder after four miners were shot in Obuasi on Sunday.")
    assert [e.trigger for e in found] == ["shot"]


def test_a_condemned_attack_dated_by_the_statement_is_no_second_event(pipeline: Any) -> None:
    text = (
        "Gunmen killed 25 villagers at a mosque in Zaria on Friday. "
        "The governor condemned the attack at the mosque in a statement on Saturday."
    )
    found = [e for e in events(pipeline, text) if e.event_type]
    assert [(e.trigger, e.fatalities) for e in found] == [("killed", 25)]


@pytest.mark.parametrize(
    ("text", "reacted"),
    [
        ("The governor condemned the attack at the mosque in a statement on Saturday.", True),
        ("The governor condemned the attack at the mosque in Zaria on Saturday.", False),
    ],
)
def test_a_day_after_the_statement_is_the_reactions(nlp: Any, text: str, reacted: bool) -> None:
    noun = next(t for t in nlp(text) if t.lower_ == "attack")
    assert reacted_to(noun, CUES) is reacted


def test_a_death_told_beside_a_habit_dates_the_habit(pipeline: Any) -> None:
    text = "Guards often torture inmates at the prison, and on Sunday two inmates were found dead in their cells."
    found = violent(pipeline, text)
    assert [e.fatalities for e in found] == [2]


def test_a_death_with_a_cause_of_its_own_leaves_the_habit_undated(pipeline: Any) -> None:
    assert not violent(pipeline, "Bandits regularly attack the highway, and on Friday a driver died in a crash.")

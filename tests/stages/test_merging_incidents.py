"""Merging across sentences: a toll told at a place away from the event before it is an incident of
its own (stages/incidents.py ``own_incident``), and a statement or political act named again by a
definite noun is the same act (stages/dedup.py); sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 5, 8)


def events(pipeline: Any, text: str) -> list[Any]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=PUBLISHED)))


def violent(pipeline: Any, text: str) -> list[Any]:
    return [e for e in events(pipeline, text) if e.event_type is not None]


def test_a_toll_in_a_town_of_another_province_is_its_own_incident(pipeline: Any) -> None:
    text = (
        "Militants attacked a police station in Afghanistan's Kandahar province before dawn.\n\n"
        "Last month, gunmen killed four farmers near Herat.\n"
    )
    found = violent(pipeline, text)
    assert len(found) == 2
    by_place = {e.location.admin1: e for e in found}
    assert by_place["Kandahar"].fatalities is None
    assert by_place["Herat"].fatalities == 4
    assert by_place["Herat"].event_date == date(2024, 4, 1)


def test_a_toll_in_a_town_of_the_same_province_is_the_toll_of_the_attack(pipeline: Any) -> None:
    text = (
        "Militants attacked a police station in Afghanistan's Kandahar province before dawn.\n\n"
        "Four policemen were killed in Spin Boldak, officials said.\n"
    )
    found = violent(pipeline, text)
    assert len(found) == 1
    assert found[0].fatalities == 4


def test_a_toll_in_another_country_is_its_own_incident(pipeline: Any) -> None:
    text = "Gunmen attacked a village in northern Burkina Faso on Sunday.\n\nGunmen killed five traders near Niamey."
    found = violent(pipeline, text)
    assert len(found) == 2
    by_country = {e.location.country: e for e in found}
    assert by_country["BFA"].fatalities is None
    assert by_country["NER"].fatalities == 5


def test_a_toll_in_the_country_of_the_attack_is_its_toll(pipeline: Any) -> None:
    text = (
        "Gunmen attacked a village in northern Burkina Faso on Sunday.\n\nGunmen killed five villagers in Burkina Faso."
    )
    found = violent(pipeline, text)
    assert len(found) == 1
    assert found[0].fatalities == 5


def sanctions(pipeline: Any, text: str) -> list[Any]:
    return [e for e in events(pipeline, text) if e.plover == "SANCTION"]


def test_sanctions_named_again_by_the_sanctions_are_one_record(pipeline: Any) -> None:
    text = (
        "The European Union imposed sanctions on two Belarusian officials on Tuesday. "
        "A spokesman said the sanctions bar the officials from entering the bloc.\n"
    )
    found = sanctions(pipeline, text)
    assert len(found) == 1
    assert found[0].actor1 is not None and found[0].actor1.name == "European Union"
    assert len(found[0].why["mentions"]) == 2


def test_sanctions_by_another_state_on_another_day_stay_apart(pipeline: Any) -> None:
    text = (
        "The European Union imposed sanctions on two Belarusian officials on Tuesday. "
        "The United States imposed sanctions on the officials on Wednesday.\n"
    )
    assert len(sanctions(pipeline, text)) == 2


def test_a_back_reference_placed_only_by_the_event_before_it_joins_the_event_it_names(pipeline: Any) -> None:
    text = (
        "Army helicopters bombed a bus depot in Kunduz on Monday. Insurgents fired rockets at an army "
        "base in Baghlan on Tuesday. Hospital staff said the bombing killed 9 passengers.\n"
    )
    found = violent(pipeline, text)
    aerial = [e for e in found if e.sub_event_type == "Air/drone strike"]
    assert len(aerial) == 1 and aerial[0].fatalities == 9
    assert aerial[0].location.admin1 == "Kunduz"
    assert len(aerial[0].why["mentions"]) == 2
    assert not any(e.fatalities == 9 for e in found if e is not aerial[0])


def test_a_back_reference_naming_its_own_place_keeps_it(pipeline: Any) -> None:
    text = (
        "Army helicopters bombed a bus depot in Kunduz on Monday. Insurgents fired rockets at an army "
        "base in Baghlan on Tuesday. Hospital staff in Baghlan said the bombing killed 9 soldiers.\n"
    )
    aerial = [e for e in violent(pipeline, text) if e.sub_event_type == "Air/drone strike"]
    assert len(aerial) == 1 and aerial[0].fatalities is None


def heads_and_last(nlp: Any, text: str, words: list[str]) -> tuple[Any, list[Any]]:
    """The last sentence of ``text`` and the first tokens spelled as ``words``, in the order told."""
    doc = nlp(text)
    heads = [next(t for t in doc if t.text == w) for w in words]
    return list(doc.sents)[-1], heads


def test_named_again_finds_the_event_a_definite_noun_names(nlp: Any) -> None:
    from eventwire.stages.incidents import named_again

    text = (
        "The coalition carried out air strikes on the capital on Monday, hours after rebels launched missiles "
        "at an oil terminal. Local television said the strikes hit a market, killing 9 people."
    )
    sent, heads = heads_and_last(nlp, text, ["strikes", "launched"])
    assert named_again(sent, heads) == 0


def test_named_again_is_none_without_a_definite_noun_of_an_event_told(nlp: Any) -> None:
    from eventwire.stages.incidents import named_again

    text = (
        "The coalition carried out air strikes on the capital on Monday, hours after rebels launched missiles "
        "at an oil terminal. Local television said two strikes hit a market, killing 9 people."
    )
    sent, heads = heads_and_last(nlp, text, ["strikes", "launched"])
    assert named_again(sent, heads) is None


@pytest.mark.parametrize(
    ("text", "word", "said"),
    [
        ("The army said it had killed 30 rebels in retaliatory air strikes.", "strikes", "retaliatory air strikes"),
        ("Troops shelled the town in retaliation for the ambush.", "shelled", "retaliation"),
        ("Troops shelled the town on Monday.", "shelled", None),
    ],
)
def test_retaliation_reads_an_act_told_as_a_reply(nlp: Any, text: str, word: str, said: str | None) -> None:
    from eventwire.stages.incidents import retaliation

    head = next(t for t in nlp(text) if t.text == word)
    assert retaliation(head) == said

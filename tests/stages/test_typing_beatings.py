"""Beating protesters or an activist is violence (data/triggers.tsv: beat needs person or
crowd_object; data/cue_words.tsv: person has activist), and sub-types weigh who did what
(stages/subtypes.py): killing outweighs damage, an ambush of civilians is an attack, a crowd that
burns a building riots, armed men who seize weapons loot. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def sub_types(pipeline: Any, text: str) -> list[str | None]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6)))
    return [e.sub_event_type for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police beat demonstrators in Yerevan on Thursday, injuring 12.",
        "Security forces beat protesters with clubs outside the court in Minsk on Monday.",
    ],
)
def test_police_beating_protesters_is_force_against_protesters(pipeline: Any, text: str) -> None:
    assert sub_types(pipeline, text) == ["Excessive force against protesters"]


def test_a_mob_beating_an_activist_to_death_is_mob_violence(pipeline: Any) -> None:
    found = pipeline.extract_article(
        Article(
            id="t",
            text="An opposition activist was beaten to death by a mob in Rajshahi on Sunday.",
            published=date(2024, 3, 6),
        )
    )
    assert [e.sub_event_type for e in found] == ["Mob violence"]
    assert found[0].fatalities == 1


def test_a_team_that_beats_another_is_no_event(pipeline: Any) -> None:
    assert sub_types(pipeline, "Leeds beat Everton in Liverpool on Saturday.") == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Bandits raided the village of Maru on Sunday, torching 40 huts and killing nine villagers.", "Attack"),
        ("Gunmen set fire to 20 houses in the village of Maru on Sunday.", "Looting/property destruction"),
        ("Jihadists killed eight traders in an ambush on a lorry near Fada on Monday.", "Attack"),
        ("Rebels ambushed a police convoy near Beni on Friday, killing five officers.", "Armed clash"),
        ("Angry protesters torched a police station in Kisumu on Tuesday.", "Violent demonstration"),
        ("Separatist fighters seized rifles and ammunition in Bamenda on Monday.", "Looting/property destruction"),
        ("Customs officers seized rifles and ammunition at the port of Mombasa on Monday.", "Disrupted weapons use"),
    ],
)
def test_sub_types_weigh_who_did_what(pipeline: Any, text: str, sub_type: str) -> None:
    assert sub_types(pipeline, text) == [sub_type]

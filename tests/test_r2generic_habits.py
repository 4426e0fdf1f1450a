"""Violence told as what a side does, not as one incident (stages/habitual.py,
stages/generic_acts.py, stages/generic_kinds.py): a list of acts in the simple present, acts
spread over a span of years by a perfect, clauses of "whenever" and "every time", the weapons a
side uses and hostages still held.
Each beside a near-identical sentence that reports an incident. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow

VIOLENT_TYPES = (
    "Violence against civilians",
    "Battles",
    "Explosions/Remote violence",
    "Riots",
    "Strategic developments",
)


def violent(pipeline: Any, text: str) -> list[Event]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 2, 14)))
    return [e for e in found if e.event_type in VIOLENT_TYPES]


@pytest.mark.parametrize(
    "text",
    [
        "Militias abduct farmers in the valley and they torch the homes of villagers who resist.",
        "MILITIAS ABDUCT FARMERS IN THE VALLEY AND THEY TORCH THE HOMES OF VILLAGERS WHO RESIST.",
        "Bandits kill herders in the hills, and they steal the cattle of villagers who refuse to pay.",
    ],
)
def test_a_list_of_present_acts_is_a_pattern(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militias abducted farmers in the valley and they torched the homes of villagers who resisted.",
        "Militias abduct farmers in the valley and they torch the homes of villagers on Sunday.",
        "Bandits kill villagers, torch homes in Katsina",
    ],
)
def test_a_past_dated_or_headline_list_is_events(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) != []


@pytest.mark.parametrize(
    "text",
    [
        "For half a century, insurgents have shelled our towns, burned our schools and abducted our girls.",
        "For decades, pirates have seized our ships, robbed our crews and held our sailors for ransom.",
    ],
)
def test_a_perfect_over_years_is_background_for_every_verb(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


def test_the_same_verbs_with_a_day_are_events(pipeline: Any) -> None:
    text = "Insurgents shelled the town, burned a school and abducted 20 girls near Maiduguri on Saturday."
    assert len(violent(pipeline, text)) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Every time a soldier is shot, the army blames the villagers.",
        "Each time a patrol is ambushed, they blame the farmers.",
        "Whenever the rebels raid a checkpoint, soldiers arrest the young men of the village.",
    ],
)
def test_every_time_and_whenever_clauses_are_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


def test_a_shooting_with_its_day_is_an_event(pipeline: Any) -> None:
    assert violent(pipeline, "A soldier was shot at a checkpoint near Bamenda on Friday, the army said.") != []


def test_the_weapons_a_side_uses_are_no_attack(pipeline: Any) -> None:
    assert violent(pipeline, "The commander said his fighters use roadside bombs and rifles.") == []


def test_weapons_used_in_a_dated_attack_are_an_event(pipeline: Any) -> None:
    assert violent(pipeline, "Militants used roadside bombs against a convoy near Kidal on Monday.") != []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels still hold at least 12 hostages, the mediator says.",
        "The FARC dissidents continue to hold 12 hostages.",
    ],
)
def test_hostages_held_are_no_new_abduction(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


def test_hostages_taken_are_an_abduction(pipeline: Any) -> None:
    assert violent(pipeline, "Gunmen took 12 hostages at a hotel in Bamako on Friday.") != []

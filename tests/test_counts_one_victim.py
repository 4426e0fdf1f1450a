"""One victim named by a person noun or a personal pronoun is one killed (stages/one_victim.py,
casualties.PERSONS). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article
from eventwire.stages.casualties import find_counts


def killed(text: str) -> list[int]:
    return [c.value for c in find_counts(text) if c.kind == "killed"]


def test_a_watchman_or_a_pastor_killed_is_one() -> None:
    assert killed("Robbers killed a watchman at the depot on Sunday.") == [1]
    assert killed("Gunmen shot dead a pastor outside the church.") == [1]
    assert killed("Militants beheaded a herdsman near the well.") == [1]


def test_a_unit_or_a_thing_killed_is_no_person() -> None:
    assert killed("The rebels ambushed a patrol near the ridge and destroyed it.") == []
    assert killed("A farmer found a cobra in his kitchen and killed it.") == []


def test_killed_him_or_her_is_one() -> None:
    assert killed("Kidnappers seized a trader on Monday and later killed him.") == [1]
    assert killed("Two men on a motorcycle shot her dead outside the bank.") == [1]
    assert killed("A mob stoned him to death near the market.") == [1]
    assert killed("Police said her former partner murdered her on Friday.") == [1]


def test_her_before_a_noun_is_the_noun_victim_not_another() -> None:
    assert killed("The attacker killed her brother in the doorway.") == [1]


def test_the_act_threatened_or_done_to_oneself_is_no_victim() -> None:
    assert killed("The gang threatened to kill him if he spoke.") == []
    assert killed("Police said the gunman killed himself.") == []
    assert killed("Gunmen shot him in the leg outside the bank.") == []


def test_a_pronoun_victim_in_capitals(pipeline: Any) -> None:
    text = "KIDNAPPERS SEIZED A TRADER IN KANO ON MONDAY AND LATER KILLED HIM."
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    assert [(e.sub_event_type, e.fatalities) for e in found] == [
        ("Abduction/forced disappearance", None),
        ("Attack", 1),
    ]

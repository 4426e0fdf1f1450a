"""An ambush that also kills soldiers or police is a fight, however many reporters died with them
(stages/subtypes.py _forces_hit), and "execute" is a killing only when people are executed, not a
plan or warrant, and not by a court (triggers.tsv execute: exec_object, judicial). Each rule has a
near-identical real event beside it. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import sub_types

pytestmark = pytest.mark.slow

CLASH = "Armed clash"
ATTACK = "Attack"


def types(pipeline: Any, text: str) -> list[str | None]:
    return sub_types(pipeline, text, date(2024, 5, 14))


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen ambushed a bus carrying reporters and two police escorts near Kaduna on Monday, "
        "killing four reporters and a policeman.",
        "Militants ambushed a convoy of aid workers and soldiers near Gao on Friday, killing two aid workers "
        "and three soldiers.",
    ],
)
def test_an_ambush_that_kills_forces_too_is_a_clash(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == [CLASH]


def test_an_ambush_that_kills_only_reporters_stays_an_attack(pipeline: Any) -> None:
    text = "Gunmen ambushed a bus carrying reporters near Kaduna on Monday, killing four reporters."
    assert types(pipeline, text) == [ATTACK]


@pytest.mark.parametrize(
    "text",
    [
        "Officers executed a warrant at a flat in Leeds on Tuesday.",
        "The rebels executed their plan to take the bridge on Sunday.",
        "The kingdom executed three men sentenced for smuggling heroin on Tuesday.",
        "THE KINGDOM EXECUTED THREE MEN SENTENCED FOR SMUGGLING HEROIN ON TUESDAY.",
    ],
)
def test_execute_without_people_killed_out_of_court_is_no_attack(pipeline: Any, text: str) -> None:
    assert ATTACK not in types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Militants executed four herders near Menaka on Tuesday.",
        "Insurgents executed two policemen in Borno on Sunday.",
    ],
)
def test_people_executed_by_armed_men_are_an_event_of_violence(pipeline: Any, text: str) -> None:
    got = types(pipeline, text)
    assert got and set(got) <= {ATTACK, CLASH}

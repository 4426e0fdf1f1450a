"""Words of violence used figuratively or for words (stages/figurative.py): a blast whose subject
is a feeling, a quarrel or a figure, a killing done to a measure, a rout in a game and a
politician's attack on a person or a body. Each beside a near-identical sentence that reports
force and keeps its event. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest

from tests.conftest import VIOLENT_TYPES, extracted, violent_in

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 17)
violent = partial(violent_in, published=PUBLISHED)
events = partial(extracted, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "A diplomatic crisis exploded between the two neighbours last month.",
        "Public fury exploded in the streets of the port city after the ruling.",
        "Rents exploded in the northern suburbs this year.",
        "A bitter row exploded inside the ruling coalition on Monday.",
        "An explosion of rage greeted the court's decision.",
        "A price explosion hit the housing market last year.",
        "Fury exploded in the port city when the police chief resigned.",
        "PUBLIC FURY EXPLODED IN THE STREETS OF THE PORT CITY AFTER THE RULING.",
    ],
)
def test_a_figurative_blast_is_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A truck bomb exploded in the port city last month.",
        "A device exploded in the streets of the port city after the ruling.",
        "An explosion tore through a fuel depot in the port city.",
        "Tensions exploded into violence, leaving four people dead.",
        "A bitter row exploded and two guards were shot dead on Monday.",
        "A TRUCK BOMB EXPLODED IN THE PORT CITY LAST MONTH.",
    ],
)
def test_a_blast_told_with_force_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


def test_a_blast_set_off_by_another_act_leaves_that_act(pipeline: Any) -> None:
    found = violent(pipeline, "Fury exploded in the port city after soldiers shot three students.")
    assert [e.trigger for e in found] == ["shot"]


@pytest.mark.parametrize(
    "text",
    [
        "The senate killed the spending bill on Thursday.",
        "The reform was killed by the upper house last week.",
        "The pension plan was murdered in committee.",
    ],
)
def test_a_measure_killed_is_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The senator was killed by gunmen on Thursday.",
        "A clerk was killed in the committee room last week.",
    ],
)
def test_a_person_killed_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The visitors were massacred 5-1 in the cup final.",
        "The champions were massacred in the league on Sunday.",
    ],
)
def test_a_rout_in_a_game_is_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A team of vaccinators was massacred in the village on Sunday.",
        "The villagers were massacred on Saturday.",
        "The football team was attacked by gunmen after the match.",
    ],
)
def test_people_massacred_stay_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister's attacks on the judiciary alarmed lawyers.",
        "The attacks of the governing party against the electoral tribunal continued on Monday.",
        "The premier attacked the central bank governor on Monday.",
        "President Ortega attacked the newspapers again this week.",
        "THE INTERIOR MINISTER'S ATTACKS ON THE JUDICIARY ALARMED LAWYERS.",
    ],
)
def test_a_politicians_attack_on_a_person_or_body_is_said(pipeline: Any, text: str) -> None:
    found = events(pipeline, text)
    assert not [e for e in found if e.event_type in VIOLENT_TYPES]
    assert any(e.plover == "ACCUSE" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops attacked the newspaper's offices on Monday.",
        "The governor's bodyguards attacked journalists outside the court.",
        "The minister attacked the mayor with a machete.",
        "The premier attacked the central bank governor on Monday, wounding him.",
        "The ruling party attacked the opposition leader, and two of his aides were injured.",
    ],
)
def test_an_attack_told_with_force_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)

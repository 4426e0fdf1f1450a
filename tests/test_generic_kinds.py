"""Violent words that name a kind of act (stages/generic_kinds.py): a bare plural that is only a
topic of talk or experience, people of a kind told as the ones who get killed, and a side told as
going on doing what it does. Each beside a near-identical sentence that reports an incident.
Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest

from tests.conftest import violent_in

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 5, 17)
violent = partial(violent_in, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "How do you feel about abductions, governor?",
        "The new police chief has years of experience with bombings.",
        "The senators held a long debate on assassinations.",
        "Our party condemns massacres.",
        "At the forum, the mayor spoke about kidnappings and extortion.",
    ],
)
def test_a_bare_plural_topic_is_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Detectives are looking into the abductions in Tulua on Tuesday.",
        "Gunmen abducted four nurses near Tulua on Tuesday.",
        "The senators held a long debate after gunmen assassinated two mayors in Neiva on Sunday.",
    ],
)
def test_a_told_incident_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


def test_a_question_about_a_real_act_stays_an_event(pipeline: Any) -> None:
    assert violent(pipeline, "Who shot the mayor of Neiva?")


@pytest.mark.parametrize(
    "text",
    [
        "We Guatemalans are the ones who are being murdered, not the soldiers of the foreign army.",
        "Many brave reporters have been shot for exposing corruption.",
        "Trade unionists are being threatened and killed.",
    ],
)
def test_people_of_a_kind_as_victims_are_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Three reporters were shot in Neiva on Thursday.",
        "Many farmers were murdered when the gunmen stormed the village.",
        "Two reporters have been shot in Neiva this week.",
        "Many reporters have been killed by the militia.",
    ],
)
def test_named_victims_of_an_incident_stay_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


def test_a_side_going_on_doing_what_it_does_is_no_event(pipeline: Any) -> None:
    assert violent(pipeline, "Nothing is done, so that gangs keep murdering other villagers.") == []


def test_a_side_doing_it_once_stays_an_event(pipeline: Any) -> None:
    assert violent(pipeline, "Gangs murdered four villagers in Tumaco.")


def test_capitals(pipeline: Any) -> None:
    text = (
        "THE NEW POLICE CHIEF HAS YEARS OF EXPERIENCE WITH BOMBINGS.\n\n"
        "MANY BRAVE REPORTERS HAVE BEEN SHOT FOR EXPOSING CORRUPTION.\n\n"
        "GUNMEN ABDUCTED FOUR NURSES NEAR TULUA ON TUESDAY."
    )
    found = violent(pipeline, text)
    assert [e.trigger.lower() for e in found] == ["abducted"]

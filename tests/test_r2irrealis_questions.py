"""Yes/no questions ask about an act and report none (stages/irrealis_plans.py), while a wh-question
asks about an act that happened and the same act told as a statement is kept; a court building is a
place struck ("stormed the courthouse to burn the files": the storming is an event). Sentences
written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow

ACTS = frozenset(
    {"Attack", "Armed clash", "Looting/property destruction", "Abduction/forced disappearance", "Violent demonstration"}
    | {"Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack", "Mob violence"}
    | {"Excessive force against protesters"}
)


def acts(pipeline: Any, text: str) -> list[Event]:
    events = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6)))
    return [e for e in events if e.sub_event_type in ACTS]


@pytest.mark.parametrize(
    "text",
    [
        "Did your fighters kill the two policemen in Garissa?",
        "Q: Did your fighters kill the two policemen in Garissa?",
        "Were your men responsible for the attack on the police station?",
        "Was the army behind the shelling of the market?",
        "DID YOUR FIGHTERS KILL THE TWO POLICEMEN IN GARISSA?",
    ],
)
def test_yes_no_question_reports_no_act(pipeline: Any, text: str) -> None:
    assert acts(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Your fighters killed two policemen in Garissa on Monday.", "killed"),
        ("Who shot the mayor of Kano on Monday?", "shot"),
        ("Why did the rebels burn the school in Kasese?", "burn"),
        ("Was it your unit that killed five soldiers in Garissa on Monday?", "killed"),
        ("Q: Last week, gunmen killed nine soldiers near Mamfe. Were your men responsible?", "killed"),
    ],
)
def test_statement_or_wh_question_keeps_act(pipeline: Any, text: str, trigger: str) -> None:
    assert trigger in [e.trigger for e in acts(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed the courthouse to burn the files.",
        "Gunmen stormed the courthouse in Bunia on Monday.",
        "GUNMEN STORMED THE COURTHOUSE IN BUNIA ON MONDAY.",
    ],
)
def test_storming_a_courthouse_is_an_attack(pipeline: Any, text: str) -> None:
    assert [e.trigger.lower() for e in acts(pipeline, text)] == ["stormed"]


def test_courthouse_visited_is_no_attack(pipeline: Any) -> None:
    assert acts(pipeline, "The judge left the courthouse in Bunia on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The UN expressed concern about the killing of social leaders.",
        "Rights groups voiced alarm over the abduction of journalists.",
        "RIGHTS GROUPS VOICED ALARM OVER THE ABDUCTION OF JOURNALISTS.",
    ],
)
def test_concern_about_a_kind_of_act_is_no_event(pipeline: Any, text: str) -> None:
    assert acts(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The UN expressed concern about the killing of three social leaders in Tame on Sunday.",
        "The UN expressed concern about the killing of a teacher in Tame.",
        "Rights groups voiced alarm over the abduction of two journalists in Goma on Friday.",
        "Gunmen abducted two journalists in Goma on Friday.",
    ],
)
def test_concern_about_one_told_act_keeps_it(pipeline: Any, text: str) -> None:
    assert len(acts(pipeline, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had recorded nine violations since May, including attacks on police posts in Kasese.",
        "THE ARMY SAID IT HAD RECORDED NINE VIOLATIONS SINCE MAY, INCLUDING ATTACKS ON POLICE POSTS IN KASESE.",
        "Rights groups documented 40 abuses such as abductions of children in Ituri.",
    ],
)
def test_kind_listed_among_counted_acts_is_no_event(pipeline: Any, text: str) -> None:
    assert acts(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had recorded nine violations, including the attack on a police post in Kasese on Monday.",
        "The army said it had recorded nine violations, including two attacks on police posts in Kasese.",
        "The army said rebels had attacked a police post in Kasese on Monday.",
    ],
)
def test_one_act_listed_is_kept(pipeline: Any, text: str) -> None:
    assert len(acts(pipeline, text)) == 1


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a finished verb joined to a mission stays an event
        ("Soldiers were sent to recapture the village on Sunday and killed nine rebels.", "killed"),
        ("Police were deployed to Nakuru on Friday to break up the march and shot dead three marchers.", "shot dead"),
        # a mission with a day or a place of its own was carried out
        ("Al-Shabaab dispatched fighters to raid the town of Mandera on Thursday, officials said.", "raid"),
        ("SOLDIERS WERE SENT TO RECAPTURE THE VILLAGE ON SUNDAY AND KILLED NINE REBELS.", "killed"),
    ],
)
def test_mission_carried_out_is_kept(pipeline: Any, text: str, trigger: str) -> None:
    assert trigger in [e.trigger.lower() for e in acts(pipeline, text)]


def test_mission_without_day_or_place_is_no_event(pipeline: Any) -> None:
    assert acts(pipeline, "The three youths were paid to burn down the warehouse.") == []

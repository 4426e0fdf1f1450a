"""Which record a mention joins: a definite back-reference joins the incident told before it, a
background event told "since ..., when" absorbs nothing, and a headline joins the body's record
of the same class and place (stages/incidents.py marks, stages/dedup.py); texts written for the
tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow

BOMB_STORY = (
    "Roadside bomb kills four soldiers near Kandahar\n\n"
    "KANDAHAR, Sept 14 (Reuters) - A roadside bomb struck an army truck near Kandahar on Sunday, "
    "killing four soldiers, officials said.\n\n"
    '"The bomb was hidden under a culvert," a district official said. '
    "The Taliban claimed responsibility for the blast.\n\n"
    "The explosion was the deadliest in the province since June, when a truck bomb killed 30 people."
)


def extract(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2021, 9, 14))))


def starts(e: Event) -> list[int]:
    return [m[0] for m in e.why.get("mentions", [[e.evidence.start, e.evidence.end]])]


def test_back_references_join_the_incident_told_before_them(pipeline: Any) -> None:
    found = extract(pipeline, BOMB_STORY)
    sunday = [e for e in found if e.event_date == date(2021, 9, 12)]
    assert len(sunday) == 1
    for words in ("Roadside bomb kills", '"The bomb was hidden', "The Taliban claimed"):
        assert BOMB_STORY.index(words) in starts(sunday[0])


def test_a_background_event_absorbs_nothing_and_takes_no_claim(pipeline: Any) -> None:
    found = extract(pipeline, BOMB_STORY)
    june = [e for e in found if e.why.get("background")]
    assert len(june) == 1
    assert starts(june[0]) == [BOMB_STORY.index("The explosion was")]
    assert june[0].actor1 is None or "Taliban" not in june[0].actor1.name


def test_a_dated_definite_mention_of_another_day_stays_apart(pipeline: Any) -> None:
    text = (
        "A roadside bomb struck an army truck near Kandahar on Sunday, killing four soldiers.\n\n"
        "The bombing of a police post near Kandahar on Thursday killed two officers."
    )
    found = extract(pipeline, text)
    assert {e.event_date for e in found if e.event_type == "Explosions/Remote violence"} == {
        date(2021, 9, 12),
        date(2021, 9, 9),
    }


HEADLINE_STORY = (
    "Libyan rivals sign ceasefire in Doha\n\n"
    "DOHA, Sept 14 (Reuters) - The two rival factions signed a ceasefire agreement in Doha late on Sunday, "
    "Qatari mediators said.\n\n"
    "In July, the factions signed a prisoner exchange deal in Geneva."
)


def test_a_headline_joins_the_body_record_of_its_class_and_place(pipeline: Any) -> None:
    found = [e for e in extract(pipeline, HEADLINE_STORY) if e.sub_event_type == "Agreement"]
    doha = [e for e in found if e.location is not None and e.location.name == "Doha"]
    assert len(doha) == 1
    assert starts(doha[0])[0] == 0 and doha[0].event_date == date(2021, 9, 12)


def test_two_agreements_in_one_story_stay_two_records(pipeline: Any) -> None:
    found = [e for e in extract(pipeline, HEADLINE_STORY) if e.sub_event_type == "Agreement"]
    assert len(found) == 2
    assert {e.location.name for e in found if e.location is not None} == {"Doha", "Geneva"}

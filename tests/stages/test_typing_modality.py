"""Acts only attempted or only alleged are no events of their own (stages/triggers.py: an
attempt to mediate is no agreement; what someone is accused of is no statement of theirs);
sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.conftest import kept

from eventwire.records import Article

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Kenya were trying to broker a truce between the two factions.",
        "The envoys attempted to reach a deal on the prisoners.",
        "Mediators failed to broker a ceasefire in Tripoli.",
    ],
)
def test_an_attempt_at_an_agreement_is_no_agreement(nlp: Any, text: str) -> None:
    assert not [k for k in kept(nlp, text) if k[1] == "agreement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway and Kenya brokered a truce between the two factions.", ("brokered", "agreement")),
        ("The two factions signed a ceasefire in Addis Ababa on Friday.", ("signed", "agreement")),
    ],
)
def test_an_agreement_reached_is_kept(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in kept(nlp, text)


@pytest.mark.parametrize(
    ("text", "alleged"),
    [
        ("The militia accused the government of violating the ceasefire.", "violating"),
        ("The rebels blamed the army for rejecting the peace plan.", "rejecting"),
        ("The ministry denied that it had rejected the offer.", "rejected"),
    ],
)
def test_what_someone_is_accused_of_is_no_statement(nlp: Any, text: str, alleged: str) -> None:
    found = kept(nlp, text)
    assert alleged not in [t for t, _ in found]
    assert any(c in ("accuse", "reject") and t != alleged for t, c in found)  # the accusation or denial stays


def test_a_relative_clause_under_an_accusation_is_its_own_statement(nlp: Any) -> None:
    found = kept(nlp, "The minister blamed the rebels, who rejected the truce on Monday.")
    assert ("rejected", "reject") in found


def test_a_threat_joined_to_an_accusation_stays(nlp: Any) -> None:
    found = kept(nlp, "The militia accused the army of violating the truce and threatened to respond.")
    assert ("threatened", "threaten") in found
    assert "violating" not in [t for t, _ in found]


def test_an_attempt_to_broker_a_deal_is_coded_as_talks(pipeline: Any) -> None:
    text = "Norway and Kenya were trying to broker a truce in Juba on Monday, diplomats said."
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2021, 9, 14)))
    assert [(e.trigger, e.plover, e.event_type) for e in found] == [("broker", "CONSULT", None)]

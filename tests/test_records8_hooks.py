"""The hooks of the round-8 records rules: a promise to stop an act is no threat (events.py), a toll
"feared" in the passive keeps its attack (triggers.py), "executed two policemen" counts (casualties.py).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def found(pipeline: Any, text: str) -> list[Any]:
    return pipeline.extract_article(Article(id="t", text=text, published=date(2024, 6, 14)))


def test_a_promise_to_stop_an_act_is_no_threat(pipeline: Any) -> None:  # hook 1 (events.py)
    assert [e.plover for e in found(pipeline, "The militia pledged to stop abducting aid workers.")] == ["AGREE"]


def test_a_threat_to_do_the_act_stays_a_threat(pipeline: Any) -> None:
    assert "THREATEN" in [e.plover for e in found(pipeline, "The militia threatened to abduct aid workers.")]


def test_a_toll_feared_in_the_passive_keeps_its_attack(pipeline: Any) -> None:  # hook 2 (triggers.py)
    text = "Up to 15 guards were feared killed in the raid on the depot in Bunia on Tuesday."
    (event,) = [e for e in found(pipeline, text) if e.event_type in ("Battles", "Violence against civilians")]
    assert event.fatalities == 15


def test_an_attack_someone_fears_stays_unreal(pipeline: Any) -> None:
    assert found(pipeline, "Residents of Bunia feared a raid on the depot.") == []


@pytest.mark.parametrize("text,dead", [("Militants executed three captured policemen in Kunar on Friday.", 3),
                                       ("Militants executed two fishermen accused of spying.", 2)])
def test_executed_men_are_counted(pipeline: Any, text: str, dead: int) -> None:  # hook 3 (casualties.py)
    assert [e.fatalities for e in found(pipeline, text)] == [dead]

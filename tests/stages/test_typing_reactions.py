"""Events only reacted to, named as background or left open are no events of their own
(stages/triggers.py: _reacted_to, _background_period, _open_question, _forecast); "be met with
force" is no meeting (data/triggers.tsv: meet; stages/doers.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6))))


def plovers(pipeline: Any, text: str) -> list[str]:
    return [e.plover for e in events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The African Union condemned the attack on a refugee camp near Goma.",
        "The bishops deplored the bombing of the cathedral in Jos.",
    ],
)
def test_an_attack_only_condemned_is_no_new_attack(pipeline: Any, text: str) -> None:
    assert "ASSAULT" not in plovers(pipeline, text)


def test_the_condemnation_itself_is_kept(pipeline: Any) -> None:
    assert plovers(pipeline, "The African Union condemned the attack on a refugee camp near Goma.") == ["ACCUSE"]


def test_a_condemned_killing_with_its_victims_is_still_told(pipeline: Any) -> None:
    for text in (
        "Amnesty condemned the killing of 14 miners in Darfur.",
        "Amnesty condemned the killing of protesters.",
        "The president condemned the attack on soldiers guarding the dam.",
    ):
        found = plovers(pipeline, text)
        assert "ACCUSE" in found and "ASSAULT" in found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The army imposed a night curfew in Jos on Friday after weeks of clashes.", "COERCE"),
        ("The senate approved the budget on Monday despite months of protests.", None),
        ("Schools reopened in Kidal on Monday following days of fighting.", None),
    ],
)
def test_a_period_of_events_named_as_background_is_no_event(pipeline: Any, text: str, kept: str | None) -> None:
    assert plovers(pipeline, text) == ([kept] if kept else [])


def test_a_battle_with_a_day_of_its_own_is_kept(pipeline: Any) -> None:
    assert "ASSAULT" in plovers(pipeline, "Days of clashes between the army and rebels killed 40 people in Bunia.")


@pytest.mark.parametrize(
    "text",
    [
        "Iran did not say whether it would attack Israel.",
        "The rebels have not said whether they plan to attack the capital.",
    ],
)
def test_an_act_left_open_is_no_threat(pipeline: Any, text: str) -> None:
    assert plovers(pipeline, text) == []


def test_an_act_said_to_come_is_a_threat(pipeline: Any) -> None:
    assert plovers(pipeline, "The rebels said they would attack the capital.") == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Economists warned that the port could face new shortages.",
        "If the ceasefire collapses, fighting may spread to Kismayo, aid workers warned.",
    ],
)
def test_a_forecast_is_no_threat(pipeline: Any, text: str) -> None:
    assert "THREATEN" not in plovers(pipeline, text)


def test_a_warning_of_ones_own_act_is_a_threat(pipeline: Any) -> None:
    assert plovers(pipeline, "The militia warned that it could strike the oil fields.") == ["THREATEN"]


def test_met_with_force_is_a_threat_not_a_meeting(pipeline: Any) -> None:
    assert plovers(pipeline, "Any incursion into Abyei will be met with force, the government said.") == ["THREATEN"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The reform was met with criticism in parliament.", None),
        ("The foreign minister met with her Ghanaian counterpart in Accra on Monday.", "CONSULT"),
    ],
)
def test_met_with_is_a_meeting_only_when_active(pipeline: Any, text: str, plover: str | None) -> None:
    assert plovers(pipeline, text) == ([plover] if plover else [])

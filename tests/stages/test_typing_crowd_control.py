"""Police firing tear gas, water cannon or rubber bullets at protesters tells a protest met with
force when the sentence has no trigger of its own (stages/crowd_control.py); a sentence that
names the protest or a riot keeps its own reading. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6))))


@pytest.mark.parametrize(
    "text",
    [
        "Security forces fired teargas at protesters outside the university in Kampala on Monday.",
        "Riot police used water cannon to disperse demonstrators in Tbilisi.",
        "Officers fired rubber bullets and pepper spray at the crowd in Santiago.",
    ],
)
def test_police_firing_on_a_crowd_is_a_protest_met_with_force(pipeline: Any, text: str) -> None:
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Protest with intervention"]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at a burning tyre dump in Kampala.",
        "Police said they might fire tear gas at protesters in Kampala.",
        "Farmers fired rubber bullets at police in the valley.",
    ],
)
def test_no_protest_without_police_a_crowd_or_a_real_act(pipeline: Any, text: str) -> None:
    assert [e.sub_event_type for e in events(pipeline, text)] == []


def test_a_sentence_with_its_own_trigger_keeps_its_reading(pipeline: Any) -> None:
    text = "Rioters torched cars and police fired tear gas at them in Kampala on Monday."
    assert "Protest with intervention" not in [e.sub_event_type for e in events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired water cannon at demonstrators in Dhaka on Monday.",
        "Police detained 30 protesters during a march in Lima on Friday.",
    ],
)
def test_a_protest_with_intervention_names_the_protesters_first(pipeline: Any, text: str) -> None:
    found = [e for e in events(pipeline, text) if e.sub_event_type == "Protest with intervention"]
    assert found and found[0].actor1 is not None and found[0].actor1.sector == "PRO"
    assert found[0].actor2 is not None and found[0].actor2.sector in ("COP", "MIL")

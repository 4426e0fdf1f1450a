"""Storming: an attack on a place's people, the taking of a place, or a crowd breaking in
(stages/subtypes.py, data/triggers.tsv); sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def typed(pipeline: Any, text: str) -> dict[str, str | None]:
    """Trigger text -> sub-event type of each event extracted from ``text``."""
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2021, 9, 14)))
    return {e.trigger: e.sub_event_type for e in found}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen stormed a village near Tillaberi on Friday, killing 17 villagers.", "stormed"),
        ("Soldiers stormed a village in Sagaing on Tuesday, killing 11 civilians.", "stormed"),
        ("Jihadists overran a village in Borno on Sunday, killing 40 farmers.", "overran"),
    ],
)
def test_storming_a_village_and_killing_its_people_is_an_attack(pipeline: Any, text: str, trigger: str) -> None:
    assert typed(pipeline, text).get(trigger) == "Attack"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Islamic State fighters stormed the Kuweires air base on Monday.", "Non-state actor overtakes territory"),
        ("Rebels stormed the town of Bambari on Sunday.", "Non-state actor overtakes territory"),
        (
            "Insurgents stormed an army base near Gao on Monday, killing 14 soldiers.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_storming_a_base_or_a_town_stays_a_taking_of_ground(pipeline: Any, text: str, sub_event_type: str) -> None:
    assert typed(pipeline, text).get("stormed") == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators stormed the parliament building in Colombo on Saturday.",
        "Hundreds of protesters stormed the governor's office in Kassala on Monday.",
    ],
)
def test_a_crowd_storming_a_building_is_a_violent_demonstration(pipeline: Any, text: str) -> None:
    assert typed(pipeline, text).get("stormed") == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "A mob of supporters stormed the election office in Lusaka on Thursday.",
        "An angry mob stormed a police post in Jos on Friday and set it ablaze.",
    ],
)
def test_a_mob_storming_a_building_is_mob_violence(pipeline: Any, text: str) -> None:
    found = typed(pipeline, text)
    assert found.get("stormed") == "Mob violence"
    assert "Violent demonstration" not in found.values()


def test_troops_storming_where_protesters_hide_are_no_riot(pipeline: Any) -> None:
    found = typed(pipeline, "Troops stormed the town of Talbiseh, where protesters were sheltering, on Friday.")
    assert "Violent demonstration" not in found.values()
    assert found.get("stormed") == "Government regains territory"  # the storming itself is still told

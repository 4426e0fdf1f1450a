"""Fights, battles, clashes and killings of things that are no armed side (stages/figurative.py):
a figure that "shot up", a trade killed by prices, an assault on a measure, a fight against a
charge, an illness or a fire, a legal battle and a quarrel between politicians. Each beside a
near-identical sentence that reports force and keeps its event. Sentences written for the tests."""

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
        "Fuel prices shot up last week.",
        "High rents are killing the small shops' trade in the old town.",
        "The deputies launched a fierce assault on the tax reform.",
        "The governor is fighting the extradition order in the high court.",
        "Nurses in the valley are fighting the outbreak with few supplies.",
        "Volunteers battled the wildfire for three days.",
        "The two sisters are locked in a bitter custody battle.",
        "The finance minister clashed with the central bank governor over interest rates.",
        "NURSES IN THE VALLEY ARE FIGHTING THE OUTBREAK WITH FEW SUPPLIES.",
    ],
)
def test_a_contest_without_arms_is_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot up a bar in the old town on Friday.",
        "Gunmen killed two shop owners in the old town on Friday.",
        "The militia launched a fierce assault on the army post.",
        "Soldiers are fighting the insurgents in the valley.",
        "Troops battled the rebels for three days.",
        "The two clans are locked in a bitter battle with machetes and guns.",
        "Supporters of the minister clashed with police over the election result.",
        "SOLDIERS ARE FIGHTING THE INSURGENTS IN THE VALLEY.",
    ],
)
def test_a_contest_of_armed_sides_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)

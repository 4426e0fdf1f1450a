"""An offset measured with a modifier ("more than 30 hours after rebels overran the post") names the
event it counts from as a bare one does: that event is dated back from its host's day, and the host
keeps its own day."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import by_trigger, records

FRIDAY = date(2026, 11, 20)


@pytest.mark.parametrize("measure", ["more than 30 hours", "nearly 30 hours", "30 hours"])
def test_the_event_counted_from_is_dated_back_from_the_host(pipeline: Any, measure: str) -> None:
    text = (
        f"Soldiers retook a border post near Tessit on Monday, {measure} after rebels overran it, "
        "killing nine guards, the army said."
    )
    found = records(pipeline, text, FRIDAY)
    assert by_trigger(found, "overran")["event_date"] == "2026-11-15"


def test_the_host_keeps_its_own_day(pipeline: Any) -> None:
    text = (
        "Soldiers retook a border post near Tessit on Monday, more than 30 hours after rebels overran it, "
        "killing nine guards, the army said."
    )
    found = records(pipeline, text, FRIDAY)
    assert by_trigger(found, "retook")["event_date"] == "2026-11-16"


def test_in_capitals(pipeline: Any) -> None:
    text = (
        "SOLDIERS RETOOK A BORDER POST NEAR TESSIT ON MONDAY, MORE THAN 30 HOURS AFTER REBELS OVERRAN IT, "
        "KILLING NINE GUARDS, THE ARMY SAID."
    )
    found = records(pipeline, text, FRIDAY)
    assert by_trigger(found, "overran")["event_date"] == "2026-11-15"

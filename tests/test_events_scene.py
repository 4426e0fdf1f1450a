"""An event told in a sentence that names no place takes the place named earlier in its paragraph
(before the country in focus); a toll sentence that names another scene (a province its event's
paragraph never named, or another day) is an incident of its own, not that event's toll."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import records

PUBLISHED = date(2026, 10, 14)


@pytest.mark.slow
def test_a_place_named_in_an_earlier_sentence_of_the_paragraph(pipeline: Any) -> None:
    text = (
        "On Monday night, farmers in the Las Palmas district of Hermosillo discovered the bodies of "
        "three men near a canal. The men had been shot in the head."
    )
    found = records(pipeline, text, PUBLISHED)
    assert [e["location"]["name"] for e in found] == ["Hermosillo"]
    assert "earlier in the paragraph" in found[0]["why"]["location"]


@pytest.mark.slow
def test_a_place_of_another_paragraph_is_not_borrowed(pipeline: Any) -> None:
    text = (
        "Mexican officials met in Hermosillo to discuss water rights on Monday.\n\n"
        "Elsewhere, the bodies of three men who had been shot in the head were found by farmers."
    )
    shot = [e for e in records(pipeline, text, PUBLISHED) if e["trigger"] == "shot"]
    assert shot and shot[0]["location"]["name"] != "Hermosillo"


@pytest.mark.slow
def test_a_toll_in_another_province_on_another_day_is_its_own_incident(pipeline: Any) -> None:
    text = (
        "Nigerian police said gunmen opened fire on worshippers at a mosque during Friday prayers.\n\n"
        "Residents said bandits killed five herders in Niger State on June 2."
    )
    found = records(pipeline, text, PUBLISHED)
    assert len(found) == 2
    fire, killed = found
    assert fire["event_date"] == "2026-10-09" and fire["fatalities"] is None
    assert killed["event_date"] == "2026-06-02" and killed["fatalities"] == 5
    assert killed["location"]["name"] == "Niger State"


@pytest.mark.slow
def test_a_toll_on_another_day_is_its_own_incident(pipeline: Any) -> None:
    text = "Gunmen opened fire on a crowded bus on Friday. Gunmen killed three villagers on August 4."
    found = records(pipeline, text, PUBLISHED)
    assert sorted(e["fatalities"] or 0 for e in found) == [0, 3]


@pytest.mark.slow
def test_a_toll_with_no_new_scene_still_restates_its_event(pipeline: Any) -> None:
    text = "Gunmen opened fire on a crowded bus in Kenya on Friday. Four passengers were killed."
    found = records(pipeline, text, PUBLISHED)
    assert len(found) == 1
    assert found[0]["fatalities"] == 4

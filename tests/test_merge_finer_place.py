"""When a headline and its body tell one incident, the merged record keeps the more precise
place; at equal precision a province beats its country ("in Cambodia" and "in Battambang
province" are both precision 3)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Location
from eventwire.stages.dedup import _finer
from tests.conftest import records

COUNTRY = Location(name="Cambodia", country="KHM", lat=13.0, lon=105.0, geo_precision=3)
PROVINCE = Location(name="Battambang", country="KHM", lat=13.0, lon=103.0, geo_precision=3, admin1="Battambang")
ELSEWHERE = Location(name="Sa Kaeo", country="THA", lat=13.8, lon=102.1, geo_precision=3, admin1="Sa Kaeo")
TOWN = Location(name="Pailin", country="KHM", lat=12.85, lon=102.6, geo_precision=1, admin1="Pailin")


def test_a_province_beats_its_country_at_equal_precision() -> None:
    assert _finer(COUNTRY, PROVINCE) is PROVINCE
    assert _finer(PROVINCE, COUNTRY) is PROVINCE


def test_a_province_of_another_country_does_not_replace_the_country() -> None:
    assert _finer(COUNTRY, ELSEWHERE) is COUNTRY


def test_precision_still_decides_first() -> None:
    assert _finer(PROVINCE, TOWN) is TOWN
    assert _finer(None, COUNTRY) is COUNTRY


@pytest.mark.slow
def test_headline_country_and_body_province_merge_to_the_province(pipeline: Any) -> None:
    text = (
        "Landmine kills two farmers in Cambodia\n\n"
        "Two farmers were killed when a landmine exploded in a rice field in Battambang province on Monday.\n"
    )
    found = records(pipeline, text, date(2026, 10, 14))
    assert len(found) == 1
    assert found[0]["location"]["name"] == "Battambang"
    assert found[0]["fatalities"] == 2

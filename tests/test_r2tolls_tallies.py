"""Tallies in a report's summary told like news (stages/period_tolls.py, totals.py): incidents
counted over the report's period with their toll, a toll broken down by kind ("most of them in
air strikes"), thousands killed by plural incidents, a toll compared over a year, thousands held
in the perfect, acts counted in the perfect since a month. Each has a near twin that is one real
event and must still give one. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import kinds, records

pytestmark = pytest.mark.slow

PUBLISHED = date(2025, 10, 9)


def types(pipeline: Any, text: str) -> list[str | None]:
    return kinds(pipeline, text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # incidents counted over the report's period, with their toll
        "The militia carried out 60 raids during the year, killing 500 people.",
        "THE MILITIA CARRIED OUT 60 RAIDS DURING THE YEAR, KILLING 500 PEOPLE.",
        "Insurgents staged 45 ambushes over the reporting period, killing 230 soldiers.",
        # a tally broken down by kind
        "In Chile, the monitors recorded 71 deaths in custody, most of them during demonstrations.",
        "The observatory documented 2,300 civilians killed in Idlib, many of them in barrel bomb attacks.",
        # thousands killed by plural incidents
        "In Mali, ambushes and reprisal raids killed at least 2,400 people, the monitor found.",
        # a toll compared over a period
        "Rebels and soldiers killed more villagers in the past year than in any year of the war, the monitor said.",
        # thousands held, in the perfect
        "In Guatemala, troops have detained thousands of suspected gang members.",
        "IN GUATEMALA, TROOPS HAVE DETAINED THOUSANDS OF SUSPECTED GANG MEMBERS.",
        # acts counted in the perfect since a month
        "Since February, customs officers have seized 800 rifles and arrested 210 smugglers along the border.",
    ],
)
def test_tally_in_a_report_is_no_event(pipeline: Any, text: str) -> None:
    assert types(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "kind", "killed"),
    [
        ("The militia carried out three raids on Tuesday, killing 50 people.", "Attack", 50),
        ("Twelve villagers were killed in Idlib, most of them in an air strike on the market.", "Air/drone strike", 12),
        ("Two bombings killed 1,200 people in Kabul on Monday.", "Remote explosive/landmine/IED", 1200),
        ("Ambushes and raids killed 2,400 people in Mopti on Sunday.", "Attack", 2400),
        ("Rebels killed more than 30 villagers in the past week, the monitor said.", "Attack", 30),
        ("Police detained thousands of protesters in Minsk on Sunday.", "Arrests", None),
        ("Police have detained 1,200 protesters after the rally in the capital.", "Arrests", None),
        ("Since Monday, police have arrested 210 protesters in the capital.", "Arrests", None),
        ("On 3 March, an air strike on a market in Aleppo killed 64 people, the report said.", "Air/drone strike", 64),
        # one coordinated strike, or plural attacks on one place
        ("Twin bombings killed 1,150 people in Kandahar, officials said.", "Remote explosive/landmine/IED", 1150),
        ("Coordinated bombings in Kirkuk killed 1,030 people.", "Remote explosive/landmine/IED", 1030),
        ("Simultaneous attacks on four hamlets in Benue killed 1,300 people.", "Attack", 1300),
        # a round-up in one city, or one dated in its own clause
        ("Police have detained thousands of students in Caracas, a rights group said.", "Arrests", None),
        ("Police have arrested thousands of students in Lagos since the unrest began on Friday.", "Arrests", None),
        # a killing on a day after a count of incidents over a period
        ("Rebels staged three raids in the province over the year, killing 25 soldiers in Beni on Sunday.", None, 25),
    ],
)
def test_near_twin_real_event_is_kept(pipeline: Any, text: str, kind: str | None, killed: int | None) -> None:
    found = records(pipeline, text, PUBLISHED)
    assert any((kind is None or e["sub_event_type"] == kind) and e["fatalities"] == killed for e in found), found


def test_toll_of_plural_incidents_is_not_given_to_another_event(pipeline: Any) -> None:
    # the 1,500 dead are the raids' tally, not the toll of the abuse told in the same sentence
    text = (
        "The inquiry found that in Darfur, militia raids and reprisal attacks killed at least 1,500 people, "
        "and that torture was widespread in North Darfur."
    )
    assert all(e["fatalities"] in (None, 0) for e in records(pipeline, text, PUBLISHED))


def test_report_with_one_dated_strike_keeps_its_toll(pipeline: Any) -> None:
    text = (
        "The rights group documented at least 1,900 civilians killed in the north, most of them in drone strikes. "
        "On 3 March, an air strike on a market in Maaloula killed 64 people."
    )
    found = records(pipeline, text, PUBLISHED)
    assert [e["fatalities"] for e in found] == [64]
    assert found[0]["event_date"] == "2025-03-03"

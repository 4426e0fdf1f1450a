"""Round 3 fixes: a battle or massacre with a toll of a thousand or more told in the simple past is
an event (stages/period_tolls.py, ``era_toll``), people sent from a country keep its nationality
(stages/mishaps.py, ``goods_origin``), a mine a vehicle hit keeps the group that laid it
(stages/mishaps.py, ``laid_by``), and a bare month after "since", or opening a clause told in the
past, is the latest one gone (stages/timex_tense.py, ``counted_since``). Sentences written for the
tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.stages.dates import find_timexes
from tests.conftest import kinds, records

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 10, 8)
LATE = date(2025, 11, 20)  # a date late in the year: January and December are both near it


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen killed 1,800 villagers in the raids on the valley.",
        "The rebels killed 4,000 soldiers in the fighting.",
        "Police killed 1,100 demonstrators during the crackdown.",
        "POLICE KILLED 1,100 DEMONSTRATORS DURING THE CRACKDOWN.",
        "Government troops killed 2,500 insurgents last month.",
        "The militia slaughtered 1,300 farmers after they seized the district.",
        "Army units killed 2,200 protesters.",
    ],
)
def test_a_battle_toll_of_thousands_in_the_simple_past_is_an_event(pipeline: Any, text: str) -> None:
    assert kinds(pipeline, text, PUBLISHED) != [], text


@pytest.mark.parametrize(
    "text",
    [
        "The junta has slaughtered tens of thousands of farmers with total impunity.",
        "The paramilitaries massacred 50,000 Guatemalans.",
        "The militia killed 2500 herders, the cardinal said in his homily.",
    ],
)
def test_the_toll_of_an_era_stays_no_event(pipeline: Any, text: str) -> None:
    assert kinds(pipeline, text, PUBLISHED) == [], text


def countries(pipeline: Any, text: str) -> list[str | None]:
    return [e["actor1"]["country"] for e in records(pipeline, text, PUBLISHED) if e["actor1"]]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Soldiers sent from Niger attacked jihadist fighters near the border on Friday, killing 12.", "NER"),
        ("Troops who came from Uganda killed 14 fighters in the forest on Friday.", "UGA"),
    ],
)
def test_people_sent_from_a_country_keep_its_nationality(pipeline: Any, text: str, country: str) -> None:
    assert country in countries(pipeline, text), text


def test_goods_sent_from_a_country_still_give_no_nationality(pipeline: Any) -> None:
    found = countries(pipeline, "Police seized 40 pistols sent from Honduras on Friday.")
    assert found and all(c in (None, "") for c in found)


def test_the_group_that_planted_a_mine_a_vehicle_hit_is_the_doer(pipeline: Any) -> None:
    text = "Two soldiers died when their truck struck a landmine planted by the ADF near Beni on Friday."
    evs = [e for e in records(pipeline, text, PUBLISHED) if "mine" in e["trigger"].lower()]
    assert evs and evs[0]["actor1"] and "ADF" in (evs[0]["actor1"]["name"] + evs[0]["actor1"]["text"])
    assert evs[0]["actor2"] and evs[0]["actor2"]["name"].startswith("Military Forces")


def test_a_vehicle_that_hit_a_mine_with_no_author_has_no_doer(pipeline: Any) -> None:
    text = "Two soldiers died when their truck struck a landmine near Beni on Friday."
    evs = [e for e in records(pipeline, text, PUBLISHED) if "mine" in e["trigger"].lower()]
    assert evs and evs[0]["actor1"] is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Since January, customs officers have seized 60 rifles.", date(2025, 1, 1)),
        ("In December, police arrested 30 smugglers.", date(2024, 12, 1)),
        ("SINCE JANUARY, CUSTOMS OFFICERS HAVE SEIZED 60 RIFLES.", date(2025, 1, 1)),
        ("Since December 2, the army has seized 60 rifles.", date(2024, 12, 2)),
        ("Customs officers have seized 60 rifles since January.", date(2025, 1, 1)),
    ],
)
def test_a_month_counted_since_or_told_in_the_past_is_behind(text: str, value: date) -> None:
    found = find_timexes(text, LATE)
    assert [t.value for t in found] == [value], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In January, the court will rule on the case.", date(2026, 1, 1)),
        ("The court will rule on the case in December.", date(2025, 12, 1)),
    ],
)
def test_a_month_still_to_come_stays_ahead(text: str, value: date) -> None:
    found = find_timexes(text, LATE)
    assert [t.value for t in found] == [value], text

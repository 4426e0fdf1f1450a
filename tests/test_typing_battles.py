"""Battles told in live blogs and crime stories: front-line assaults and shootouts are armed clashes,
a security-force raid that ends in a shootout is no looting, "seized" a person is an abduction and
"seized" a placed town is territory, a bomb dropped from aircraft is an air strike
(stages/battle_cues.py, stages/subtypes.py, data/triggers.tsv). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 9, 12))))


def subtypes(pipeline: Any, text: str) -> list[str | None]:
    return [e.sub_event_type for e in events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops carried out 30 attacks along the Huliaipole direction on Wednesday.",
        "Enemy forces launched a dozen assaults near the front line east of Siversk yesterday.",
        "Russian units mounted nine attacks on the southern axis overnight, the army said.",
    ],
)
def test_assaults_on_a_front_are_armed_clashes(pipeline: Any, text: str) -> None:
    found = subtypes(pipeline, text)
    assert "Armed clash" in found
    assert "Attack" not in found


def test_an_attack_on_a_sector_of_the_economy_is_no_front(pipeline: Any) -> None:
    found = events(pipeline, "Gunmen attacked nurses in the health sector of Kaduna on Monday, killing two nurses.")
    assert "Armed clash" not in [e.sub_event_type for e in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen shot him dead in front of his home in Uruapan on Sunday.", "Attack"),
        ("GUNMEN SHOT HIM DEAD IN FRONT OF HIS HOME IN URUAPAN ON SUNDAY.", "Attack"),
        ("Two soldiers were shot dead on the front near Kupiansk on Sunday.", "Armed clash"),
    ],
)
def test_in_front_of_a_house_is_no_front_line(pipeline: Any, text: str, expected: str) -> None:
    assert subtypes(pipeline, text)[:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Marines raided a ranch near Reynosa on Tuesday. The gunmen inside fired back and three of them died "
        "in the gunfight.",
        "Police raided a warehouse in Cali on Friday, and a shootout with the gang left two officers wounded.",
    ],
)
def test_a_raid_that_ends_in_a_shootout_is_a_clash(pipeline: Any, text: str) -> None:
    found = subtypes(pipeline, text)
    assert found and found[0] == "Armed clash"
    assert "Looting/property destruction" not in found


def test_gunmen_opening_fire_in_a_shootout_fight(pipeline: Any) -> None:
    found = subtypes(pipeline, "Gunmen opened fire on Thursday in Zamora, and four of them died in the firefight.")
    assert found == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized Tomas Ruiz Vega, 61, outside his bakery in Oaxaca on Friday.",
        "Armed men snatched Laura Ibarra, a teacher at a rural school, in Zacatecas on Monday.",
        "Masked men grabbed Pedro Lima, 44, as he left a bank in Toluca on Sunday.",
    ],
)
def test_seizing_a_named_person_is_an_abduction(pipeline: Any, text: str) -> None:
    found = subtypes(pipeline, text)
    assert "Abduction/forced disappearance" in found
    assert "Non-state actor overtakes territory" not in found


def test_seizing_a_placed_town_is_territory(pipeline: Any) -> None:
    found = subtypes(pipeline, "Insurgents seized Palma in March 2021 and Mocimboa in August 2020.")
    assert "Abduction/forced disappearance" not in found
    assert "Non-state actor overtakes territory" in found


@pytest.mark.parametrize(
    "text",
    [
        "A Russian guided bomb struck a school in Kharkiv on Monday, killing three people.",
        "A glide bomb hit an apartment block in Zaporizhzhia overnight, wounding seven residents.",
    ],
)
def test_bombs_dropped_from_aircraft_are_air_strikes(pipeline: Any, text: str) -> None:
    found = subtypes(pipeline, text)
    assert "Air/drone strike" in found
    assert "Remote explosive/landmine/IED" not in found


def test_a_station_seized_by_a_gang_is_territory(pipeline: Any) -> None:
    found = events(pipeline, "Police retook a station held by bandits in the north of Zamfara on Sunday.")
    assert "Government regains territory" in [e.sub_event_type for e in found]


def test_a_dated_crime_a_court_convicted_for_happened(pipeline: Any) -> None:
    text = (
        "A tribunal on Monday convicted a former rebel leader for the massacre of 30 farmers in Tessit in March 2017."
    )
    found = [e for e in events(pipeline, text) if e.sub_event_type == "Attack"]
    assert found and (found[0].event_date.year, found[0].event_date.month) == (2017, 3)


@pytest.mark.parametrize(
    "text",
    [
        "A tribunal on Monday indicted a former rebel leader for the massacre of 30 farmers in March 2017.",
        "A jury on Tuesday convicted a former guard of the murder of a shopkeeper.",
    ],
)
def test_an_undated_or_unproven_crime_is_no_event(pipeline: Any, text: str) -> None:
    assert "Attack" not in [e.sub_event_type for e in events(pipeline, text)]

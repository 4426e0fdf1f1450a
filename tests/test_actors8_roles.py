"""Who did it and to whom, in every field: a school named after the government is no government,
a private security guard is no policeman, a local councillor is a civilian, a count of the dead
is never the doer, and the armed subject of a clause fought the gunfight it hangs from."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def _first(pipeline: Any, text: str) -> dict[str, Any]:
    evs = pipeline.extract_article(Article(id="t", text=text, published=date(2026, 10, 14)))
    return next(e.to_dict() for e in evs)


def _name(actor: dict[str, Any] | None) -> str | None:
    return actor["name"] if actor else None


def test_a_school_named_for_the_government_is_not_the_government(pipeline: Any) -> None:
    e = _first(
        pipeline, "Gunmen raided the Government Girls College in the town of Bakura on Monday, taking 30 students."
    )
    assert _name(e["actor2"]) != "Government of Nigeria"


def test_a_government_office_is_the_government(pipeline: Any) -> None:
    e = _first(pipeline, "Bandits attacked a government office in Gusau on Monday.")
    assert _name(e["actor2"]) == "Government of Nigeria"


def test_a_security_guard_is_not_the_police(pipeline: Any) -> None:
    e = _first(pipeline, "Gunmen raided a farm in Birnin Gwari on Friday; a security guard was shot dead.")
    assert _name(e["actor2"]) == "Private Security Forces (Nigeria)"


def test_a_prison_guard_is_still_the_police(pipeline: Any) -> None:
    e = _first(pipeline, "Gunmen raided a farm in Birnin Gwari on Friday; a prison guard was shot dead.")
    assert _name(e["actor2"]) == "Police Forces of Nigeria"


def test_a_kidnapped_councillor_is_a_civilian(pipeline: Any) -> None:
    # ACLED codes unarmed officials as civilians (the government only as an associated actor)
    e = _first(pipeline, "Rebels kidnapped a town councillor in Tame on Sunday.")
    assert _name(e["actor2"]) == "Civilians (Colombia)"


def test_a_kidnapped_farmer_is_a_civilian(pipeline: Any) -> None:
    e = _first(pipeline, "Rebels kidnapped a farmer in Tame on Sunday.")
    assert _name(e["actor2"]) == "Civilians (Colombia)"


@pytest.mark.parametrize(
    "text",
    [
        "Four civilians dead in Dilling shelling, medics said on Friday.",
        "FOUR CIVILIANS DEAD IN DILLING SHELLING, MEDICS SAID ON FRIDAY.",
        "Tally of the day: 9 dead in the Kadugli market drone strike; four civilians dead in Dilling shelling.",
    ],
)
def test_the_dead_are_never_the_doer(pipeline: Any, text: str) -> None:
    evs = [e.to_dict() for e in pipeline.extract_article(Article(id="t", text=text, published=date(2026, 10, 14)))]
    shelling = next(e for e in evs if e["trigger"] == "shelling")
    assert shelling["actor1"] is None


def test_a_named_side_still_shells(pipeline: Any) -> None:
    e = _first(pipeline, "RSF fighters shelled Dilling on Friday, medics said.")
    assert _name(e["actor1"]) == "Rapid Support Forces"


def test_the_armed_subject_fought_the_gunfight(pipeline: Any) -> None:
    e = _first(
        pipeline,
        "On Monday, police and soldiers raided a bandit hideout in the Kuyambana forest in Zamfara state"
        " and rescued 12 farmers after a gunfight in which four bandits were killed.",
    )
    assert e["trigger"] == "gunfight"
    assert _name(e["actor1"]) == "Police Forces of Nigeria"
    assert _name(e["actor2"]) == "Unidentified Armed Group (Nigeria)"


def test_the_armed_subject_in_capitals(pipeline: Any) -> None:
    e = _first(
        pipeline,
        "ON MONDAY, POLICE AND SOLDIERS RAIDED A BANDIT HIDEOUT IN ZAMFARA STATE AND RESCUED 12 FARMERS"
        " AFTER A GUNFIGHT IN WHICH FOUR BANDITS WERE KILLED.",
    )
    assert e["actor1"] is not None and e["actor1"]["sector"] == "COP"


def test_residents_who_fled_did_not_fight(pipeline: Any) -> None:
    e = _first(
        pipeline,
        "On Monday, villagers fled the Kuyambana forest in Zamfara state"
        " after a gunfight in which four bandits were killed.",
    )
    assert e["actor1"] is None


def test_soldiers_killed_in_a_gunfight_are_its_victims(pipeline: Any) -> None:
    e = _first(pipeline, "On Monday, two soldiers were killed in a gunfight with bandits in Zamfara state.")
    assert _name(e["actor1"]) == "Unidentified Armed Group (Nigeria)"
    assert _name(e["actor2"]) == "Military Forces of Nigeria"


@pytest.mark.parametrize(
    "text",
    ["RSF drones struck a market in Kadugli on Thursday.", "Jets bombed a hospital in Idlib on Monday."],
)
def test_people_at_a_market_or_hospital_struck_are_civilians(pipeline: Any, text: str) -> None:
    e = _first(pipeline, text)
    assert e["actor2"] is not None and e["actor2"]["sector"] == "CVL"


def test_an_army_depot_struck_is_still_the_military(pipeline: Any) -> None:
    e = _first(pipeline, "RSF drones struck an army depot in Kadugli on Thursday.")
    assert _name(e["actor2"]) == "Military Forces of Sudan"


def test_a_police_school_is_still_the_police(pipeline: Any) -> None:
    e = _first(pipeline, "Troops attacked a police school in Idlib on Monday.")
    assert _name(e["actor2"]) == "Police Forces of Syria"


def _shot_down(pipeline: Any, text: str) -> dict[str, Any]:
    evs = [e.to_dict() for e in pipeline.extract_article(Article(id="t", text=text, published=date(2026, 10, 14)))]
    return next(e for e in evs if e["trigger"] == "shot down")


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's air force said Russia had fired 60 drones and four missiles overnight."
        " Air defence units shot down 52 drones and three missiles, it said on Saturday.",
        "UKRAINE'S AIR FORCE SAID RUSSIA HAD FIRED 60 DRONES AND FOUR MISSILES OVERNIGHT."
        " AIR DEFENCE UNITS SHOT DOWN 52 DRONES AND THREE MISSILES, IT SAID ON SATURDAY.",
    ],
)
def test_the_reporting_air_forces_own_air_defence_shot_them_down(pipeline: Any, text: str) -> None:
    assert _name(_shot_down(pipeline, text)["actor1"]) == "Military Forces of Ukraine"


def test_an_air_force_that_fired_does_not_own_the_air_defence(pipeline: Any) -> None:
    text = (
        "Russia's air force fired 60 drones at Kharkiv overnight."
        " Air defence units shot down 52 drones over the city, officials said on Saturday."
    )
    assert _name(_shot_down(pipeline, text)["actor1"]) == "Military Forces of Ukraine"

"""Mentions that tell two incidents stay two records, and a count of people is not read from a
unit's number (stages/dedup.py ``_other_regions``, stages/coordinated.py ``_unit_number``).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article, Location
from eventwire.stages.dedup import _places_agree


def records(pipeline: Any, text: str) -> list[tuple[str | None, int | None]]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2025, 3, 12)))
    return [((e.location.text if e.location else None), e.fatalities) for e in found]


def _place(name: str, admin1: str, precision: int, lat: float, lon: float) -> Location:
    return Location(name=name, country="UKR", lat=lat, lon=lon, geo_precision=precision, admin1=admin1)


def test_a_region_does_not_agree_with_a_town_of_another_region() -> None:
    region = _place("Sumy", "Sumy", 3, 51.0, 34.0)
    town = _place("Izium", "Kharkivs’ka Oblast’", 1, 49.2, 37.3)
    assert not _places_agree(region, town)


def test_a_region_agrees_with_a_town_inside_it() -> None:
    region = _place("Sumy", "Sumy", 3, 51.0, 34.0)
    town = _place("Konotop", "Sums’ka Oblast’", 1, 51.2, 33.2)
    assert _places_agree(region, town)


def test_strikes_in_two_regions_keep_their_own_tolls(pipeline: Any) -> None:
    text = (
        "In the Sumy region, a drone strike hit a grain depot and set it ablaze. Three drivers were "
        "killed and two were hurt.\n\nIn the Kharkiv region, a Russian missile struck the town of Izium "
        "on Friday night, killing one woman."
    )
    found = records(pipeline, text)
    assert ("Izium", 1) in found
    assert all(k != 1 for place, k in found if place == "Sumy region")


def test_a_numbered_unit_is_not_a_count_of_people(pipeline: Any) -> None:
    text = "Insurgents killed the 14 Battalion commander and four soldiers near Maiduguri on Sunday."
    assert [k for _, k in records(pipeline, text)] == [5]


def test_a_lowercase_unit_noun_after_the_number_is_a_unit(pipeline: Any) -> None:
    text = "Rebels killed the 9 brigade chief and two guards in an ambush on Sunday."
    assert [k for _, k in records(pipeline, text)] == [3]


def test_a_counted_list_after_the_is_still_summed(pipeline: Any) -> None:
    text = "Gunmen killed the three brothers and their mother in Kaduna on Sunday."
    assert [k for _, k in records(pipeline, text)] == [4]


def test_the_doer_named_again_without_figures_joins_the_ambush(pipeline: Any) -> None:
    text = (
        "Bandits ambushed a police patrol near Gusau on Tuesday, killing three officers. "
        "The assailants opened fire from motorcycles near the village of Bungudu."
    )
    assert [k for _, k in records(pipeline, text)] == [3]


def test_an_undefined_doer_with_victims_of_its_own_stays_apart(pipeline: Any) -> None:
    text = (
        "Bandits ambushed a police patrol near Gusau on Tuesday, killing three officers. "
        "Gunmen also shot dead two traders near the village of Bungudu."
    )
    assert len(records(pipeline, text)) == 2

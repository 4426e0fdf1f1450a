"""Tests for country names used as nationalities ("the U.S. consulate", "UK troops", "a
Panama-flagged tanker"), the famous city that a nationality does not give away to a small
namesake, names qualified by an area the gazetteer does not know ("X, Foo province"), names after
a verb of going's "to", a local paper's dateline ("MACON, Georgia -"), and the place that only
says which forces act ("soldiers in Gao shelled positions in Kidal")."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Place, Toponym
from eventwire.stages.event_places import dateline_place
from eventwire.stages.gazetteer import Gazetteer
from eventwire.stages.geocode import Geocoder
from eventwire.stages.geocode_fame import dwarfed

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def found(geocoder: Geocoder, nlp: Any, text: str) -> dict[str, Toponym]:
    return {t.text: t for t in geocoder.toponyms(nlp(text))}


def country(t: Toponym) -> str | None:
    assert t.place is not None
    return t.place.country


# ---------------------------------------------------------------- nationalities


def test_a_country_before_troops_or_aid_workers_is_no_location(world: Geocoder, nlp: Any) -> None:
    top = found(world, nlp, "UK troops and US aid workers were wounded in Basra on Friday.")
    assert top["UK"].literal is False
    assert top["US"].literal is False
    assert top["Basra"].literal is True
    assert country(top["Basra"]) == "IRQ"


def test_a_country_as_a_place_stays_a_location(world: Geocoder, nlp: Any) -> None:
    top = found(world, nlp, "Floods hit the UK and killed three people in the US.")
    assert top["UK"].literal is True
    assert top["US"].literal is True


def test_a_consulate_in_a_capital_is_not_in_a_small_namesake(world: Geocoder, nlp: Any) -> None:
    text = "The U.S. embassy in Cairo was closed after a Canadian tourist and an American student were hurt."
    top = found(world, nlp, text)
    assert country(top["Cairo"]) == "EGY"


def test_a_capital_keeps_a_nationality_beside_it_out_of_its_place() -> None:
    capital = Place(1, "Lima", "city", "PER", "Lima", 0.0, 0.0, 7_000_000)
    namesake = Place(2, "Lima", "city", "USA", "Ohio", 0.0, 0.0, 38_000)
    focus = Counter({"USA": 2, "PER": 1})
    own = Counter({"PER": 1})
    assert dwarfed(namesake, capital, focus, own, named=Counter({"PER": 1}))  # "US" only as a nationality
    assert not dwarfed(namesake, capital, focus, own, named=Counter({"USA": 1, "PER": 1}))  # "Ohio" named


def test_a_flag_state_is_not_the_articles_country(world: Geocoder, nlp: Any) -> None:
    text = "A Panama-flagged cargo ship was hit by a drone off Mokha, and two sailors were hurt."
    top = found(world, nlp, text)
    assert country(top["Mokha"]) == "YEM"


# ---------------------------------------------------------------- "X, Foo province" with Foo unknown


def test_an_alternate_name_does_not_win_against_an_unknown_province(world: Geocoder, nlp: Any) -> None:
    top = found(world, nlp, "Militants overran an army post in Mansilla, Seno province, on Sunday.")
    assert top["Mansilla"].place is None


def test_an_unknown_province_is_no_namesake_town_abroad(world: Geocoder, nlp: Any) -> None:
    top = found(world, nlp, "Militants overran an army post in Soum province on Sunday.")
    assert top["Soum province"].place is None


def test_a_county_with_a_known_area_still_qualifies(world: Geocoder, nlp: Any) -> None:
    top = found(world, nlp, "Police arrested two men in Springfield, Sangamon County, on Friday.")
    assert top["Springfield"].place is not None
    assert top["Springfield"].place.admin1 == "Illinois"


# ---------------------------------------------------------------- "deployed to X"


def test_a_name_after_a_verb_of_going_is_a_place(world: Geocoder, nlp: Any) -> None:
    top = found(world, nlp, "Hundreds of soldiers were sent to Gorom-Gorom after the raid.")
    assert country(top["Gorom-Gorom"]) == "BFA"


def test_a_name_after_a_verb_of_speaking_to_is_not_made_a_place(world: Geocoder, nlp: Any) -> None:
    top = found(world, nlp, "The minister wrote to Gorom-Gorom's mayor and spoke to Hamidou.")
    assert "Hamidou" not in top


# ---------------------------------------------------------------- a local paper's dateline


def dateline_town(geocoder: Geocoder, nlp: Any, text: str) -> str | None:
    doc = nlp(text)
    top = dateline_place(geocoder.toponyms(doc), doc)
    return top.place.name if top is not None and top.place is not None else None


def test_a_dateline_with_its_state_places_a_story_naming_no_other_place(world: Geocoder, nlp: Any) -> None:
    text = "MACON, Georgia - A man was shot dead outside a bar late Saturday, police said."
    assert dateline_town(world, nlp, text) == "Macon"


def test_a_dateline_gives_way_to_a_place_in_the_body(world: Geocoder, nlp: Any) -> None:
    text = "MACON, Georgia - A man was shot dead in Atlanta late Saturday, police said."
    assert dateline_town(world, nlp, text) is None


def test_a_bureau_dateline_places_nothing(world: Geocoder, nlp: Any) -> None:
    assert dateline_town(world, nlp, "NAIROBI, June 4 (Reuters) - Two people were killed on Monday.") is None
    assert dateline_town(world, nlp, "KHARTOUM, Sudan - Two people were killed on Monday.") is None


# ---------------------------------------------------------------- "police in X ... protesters in Y"


def event_places(pipeline: Any, text: str) -> list[str | None]:
    article = Article(id="t", text=text, published=date(2024, 3, 8))
    return [(e.to_dict()["location"] or {}).get("name") for e in pipeline.extract_article(article)]


def test_the_place_of_the_forces_gives_way_to_the_place_they_act_in(pipeline: Any) -> None:
    assert event_places(pipeline, "Soldiers in Gao shelled rebel positions in Kidal, killing six.") == ["Kidal"]


def test_the_place_of_the_forces_is_kept_when_it_is_the_only_one(pipeline: Any) -> None:
    assert event_places(pipeline, "Soldiers in Gao shelled rebel positions on Friday, killing six.") == ["Gao"]

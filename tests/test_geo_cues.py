"""Tests for toponyms placed by the words around them (the object of an attack or of "fled", a
place noun's "of", "fired at"), names known only under another spelling, months and weekdays used
as dates, generic province names of one country, and a look-alike just across the border."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import Place, Toponym
from eventwire.stages.gazetteer import Gazetteer, Match
from eventwire.stages.geocode import Geocoder
from eventwire.stages.geocode_generic import focus_candidates, generic_name
from eventwire.stages.toponym_cues import calendar_word, hyphen_run
from eventwire.stages.toponym_variants import spelling_variant
from eventwire.stages.toponyms import Mention


def region(country: str | None) -> Place:
    return Place(1, "Central Province", "region", country, None, 0.0, 0.0, 0)


def admin1(country: str) -> Place:
    return Place(2, "Central Province", "admin1", country, "Central", 0.0, 0.0, 1_000_000)


# ---------------------------------------------------------------- generic names, by hand


@pytest.mark.parametrize("name", ["Central", "Eastern Province", "the North Eastern Province", "Upper West Region"])
def test_names_made_of_directions_and_kinds_are_generic(name: str) -> None:
    assert generic_name(name)


@pytest.mark.parametrize("name", ["Rift Valley Province", "Western Cape", "East Midlands", "Coast Province"])
def test_names_with_a_proper_word_are_not_generic(name: str) -> None:
    assert not generic_name(name)


def test_a_generic_regions_row_of_another_country_is_left_out() -> None:
    matches = [Match(region("KEN"), True), Match(admin1("ZMB"), True)]
    assert [m.place.country for m in focus_candidates("Central Province", matches, "ZMB")] == ["ZMB"]
    assert [m.place.country for m in focus_candidates("Central Province", matches, None)] == ["ZMB"]


def test_a_generic_regions_row_of_the_focus_country_stays() -> None:
    matches = [Match(region("KEN"), True), Match(admin1("ZMB"), True)]
    assert len(focus_candidates("Central Province", matches, "KEN")) == 2


def test_a_generic_regions_row_with_no_rival_stays() -> None:
    matches = [Match(region("KEN"), True)]
    assert focus_candidates("North Eastern Province", matches, "SOM") == matches


def test_a_proper_regions_row_stays_whatever_the_focus() -> None:
    matches = [Match(Place(1, "Rift Valley Province", "region", "KEN", None, 0.0, 0.0, 0), True)]
    assert focus_candidates("Rift Valley Province", matches, "ZMB") == matches


# ---------------------------------------------------------------- calendar words, on a tokenizer only


def month_mention(text: str, word: str = "March") -> tuple[Any, Mention]:
    import spacy

    doc = spacy.blank("en")(text)
    i = next(t.i for t in doc if t.text == word)
    return doc, Mention(i, i + 1, i, i + 1, word, "LOCATIVE")


@pytest.mark.parametrize(
    "text",
    ["Since March the town has grown.", "Rain fell on 12 March in the hills.", "By March 2020 it had closed."],
)
def test_a_month_beside_a_date_word_is_a_date(text: str) -> None:
    assert calendar_word(*month_mention(text))


def test_a_weekday_after_on_is_a_date() -> None:
    assert calendar_word(*month_mention("Markets shut on Friday in the capital.", "Friday"))


def test_a_month_named_as_a_town_is_not_a_date() -> None:
    assert not calendar_word(*month_mention("Floods reached March and Wisbech in the Fens."))


# ---------------------------------------------------------------- hyphenated names, on a tokenizer only


def run_text(text: str, word: str) -> str:
    import spacy

    doc = spacy.blank("en")(text)
    i = next(t.i for t in doc if t.text == word)
    start, end = hyphen_run(doc, i, i + 1)
    return doc[start:end].text


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Troops left Mazar-i-Sharif at dawn.", "Mazar", "Mazar-i-Sharif"),
        ("Rain fell on Stratford-upon-Avon today.", "Avon", "Stratford-upon-Avon"),
        ("A ship docked at Bandar-e Abbas today.", "Bandar", "Bandar-e Abbas"),
        ("Paris-based firms grew.", "Paris", "Paris"),
        ("A Franco - German deal was signed.", "German", "German"),
    ],
)
def test_a_hyphenated_name_is_one_name(text: str, word: str, name: str) -> None:
    assert run_text(text, word) == name


# ---------------------------------------------------------------- other spellings, on hand-built matches


def variant(text: str, name: str, population: int, cued: bool = False) -> bool:
    import spacy

    doc = spacy.blank("en")(text)
    start = next(t.i for t in doc if text[t.idx :].startswith(name))
    town = Place(1, "Somewhere", "city", "PSE", None, 0.0, 0.0, population)
    return spelling_variant(doc, start, name, [Match(town, False)], cued)


def test_a_name_of_several_words_known_by_another_spelling_needs_a_sizeable_town() -> None:
    assert variant("Rain fell in Khan Younis today.", "Khan Younis", 150_000)
    assert not variant("Rain fell in Khan Younis today.", "Khan Younis", 900)


def test_a_cued_name_needs_no_locative_preposition() -> None:
    assert variant("Tanks shelled Khan Younis today.", "Khan Younis", 150_000, cued=True)
    assert not variant("Tanks shelled Khan Younis today.", "Khan Younis", 150_000)


# ---------------------------------------------------------------- whole sentences


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def places(geocoder: Geocoder, nlp: Any, text: str) -> dict[str, Toponym]:
    return {t.text: t for t in geocoder.toponyms(nlp(text)) if t.place is not None}


def country_of(found: dict[str, Toponym], name: str) -> tuple[str | None, str | None]:
    assert name in found, sorted(found)
    place = found[name].place
    assert place is not None
    return place.kind, place.country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Missiles struck the port of Mykolaiv before dawn.", "Mykolaiv", "UKR"),
        ("Insurgents overran Diapaga on Tuesday.", "Diapaga", "BFA"),
        ("Troops shelled the outskirts of El Geneina at night.", "El Geneina", "SDN"),
        ("Looting spread through the suburbs of Khartoum North.", "Khartoum North", "SDN"),
        ("Artillery pounded Khan Younis overnight.", "Khan Younis", "PSE"),
        ("Families fled Khan Yunis on foot.", "Khan Yunis", "PSE"),
        ("Warplanes bombed Kafr Nabl at dawn.", "Kafr Nabl", "SYR"),
        ("Russian troops encircled Avdiivka in the winter.", "Avdiivka", "UKR"),
        ("Militants fired rockets at Hodeidah on Friday.", "Hodeidah", "YEM"),
        ("Strikes hit Deir al-Balah and Nuseirat.", "Nuseirat", "PSE"),
        ("Residents of Hpakant said the mine collapsed.", "Hpakant", "MMR"),
        ("Militants attacked a mosque in Mazar-i-Sharif.", "Mazar-i-Sharif", "AFG"),
        ("A tornado hit Wilkes-Barre overnight.", "Wilkes-Barre", "USA"),
        ("A blast rocked a port in Bandar-e Abbas.", "Bandar-e Abbas", "IRN"),
        ("Rebel artillery shelled al-Bab at dawn.", "al-Bab", "SYR"),
        ("Protesters marched in el-Fasher on Friday.", "el-Fasher", "SDN"),
        ("Gunmen attacked a checkpoint in al-Arish.", "al-Arish", "EGY"),
    ],
)
def test_a_town_the_words_around_it_place_is_found(
    world: Geocoder, nlp: Any, text: str, name: str, country: str
) -> None:
    assert country_of(places(world, nlp, text), name) == ("city", country)


@pytest.mark.slow
def test_a_look_alike_just_across_the_border_keeps_its_country(world: Geocoder, nlp: Any) -> None:
    found = places(world, nlp, "Israeli soldiers raided Nuseirat on Tuesday.")
    assert country_of(found, "Nuseirat") == ("city", "PSE")


@pytest.mark.slow
def test_a_name_borne_by_many_towns_and_tagged_as_a_person_is_no_target(world: Geocoder, nlp: Any) -> None:
    assert "Marion" not in places(world, nlp, "The dog attacked Marion on Sunday.")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Since March police in Harare have arrested 40 people.",
        "In March the rains flooded villages near Lusaka.",
        "Protests resumed on 12 March in Lagos.",
    ],
)
def test_a_month_used_as_a_date_is_no_town(world: Geocoder, nlp: Any, text: str) -> None:
    assert not any(t.text == "March" for t in world.toponyms(nlp(text)))


@pytest.mark.slow
def test_a_generic_province_of_the_articles_country_is_found(world: Geocoder, nlp: Any) -> None:
    found = places(world, nlp, "Kenyan police said two officers were hurt in Central Province.")
    assert country_of(found, "Central Province")[1] == "KEN"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Officials in Lusaka said floods hit Eastern Province.", "Eastern Province", "ZMB"),
        ("Saudi police raided a farm in the Eastern Province.", "the Eastern Province", "SAU"),
    ],
)
def test_a_generic_province_elsewhere_is_not_kenyas(
    world: Geocoder, nlp: Any, text: str, name: str, country: str
) -> None:
    assert country_of(places(world, nlp, text), name) == ("admin1", country)


@pytest.mark.slow
def test_a_generic_province_with_no_country_named_is_not_kenyas(world: Geocoder, nlp: Any) -> None:
    found = places(world, nlp, "Heavy rain fell in the Eastern Province on Sunday.")
    assert country_of(found, "the Eastern Province")[1] != "KEN"


@pytest.mark.slow
def test_the_gazetteer_knows_towns_near_a_border(world: Geocoder) -> None:
    gaz = world.gazetteer
    assert gaz.has_town_near("ISR", 31.53, 34.48, 150)  # beside Gaza
    assert not gaz.has_town_near("MLI", 26.2, 75.8, 150)  # in India

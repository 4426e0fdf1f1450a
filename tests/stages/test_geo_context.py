"""Tests for the geocoder's reading of the words around a name: a suffix word after a given span
or a noun before "of" ("the state of X"), lists of areas, qualifiers repeated through an article,
and names that are parts of longer names (diseases, "the University of X")."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import Toponym
from eventwire.stages.gazetteer import Gazetteer
from eventwire.stages.geocode import Geocoder

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world() -> Geocoder:
    return Geocoder(Gazetteer.open())


def found(geocoder: Geocoder, nlp: Any, text: str) -> dict[str, list[Toponym]]:
    out: dict[str, list[Toponym]] = {}
    for t in geocoder.toponyms(nlp(text)):
        out.setdefault(t.text, []).append(t)
    return out


def given(geocoder: Geocoder, nlp: Any, text: str, name: str, nth: int = 0) -> Toponym:
    """``name`` (its ``nth`` occurrence) resolved as a given span of ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return geocoder.resolve_spans(nlp(text), [(start, start + len(name))])[0]


def kind_and_area(top: Toponym) -> tuple[str | None, str | None, str | None]:
    assert top.place is not None, top.text
    return top.place.kind, top.place.country, top.place.admin1


# ---------------------------------------------------------------- suffix words around a given span


def test_state_after_a_given_span_makes_it_the_state(world: Geocoder, nlp: Any) -> None:
    text = "The sick heifer came from a Washington state dairy, inspectors said on Friday."
    assert kind_and_area(given(world, nlp, text, "Washington")) == ("admin1", "USA", "Washington")


def test_the_state_of_x_is_the_state(world: Geocoder, nlp: Any) -> None:
    text = "Inspectors traced the sick heifer to a dairy in the state of Washington last week."
    assert kind_and_area(given(world, nlp, text, "Washington")) == ("admin1", "USA", "Washington")
    assert kind_and_area(found(world, nlp, text)["Washington"][0]) == ("admin1", "USA", "Washington")


def test_a_capitalised_state_after_the_span_is_a_college_name(world: Geocoder, nlp: Any) -> None:
    # "Kent State" is a university: "State" there says nothing about the kind of place "Kent" is
    text = "Fans drove from Akron to see Kent State play on Saturday."
    top = given(world, nlp, text, "Kent")
    assert top.place is not None and top.place.kind != "admin1"


# ---------------------------------------------------------------- lists of areas


def test_a_name_listed_with_states_is_a_state(world: Geocoder, nlp: Any) -> None:
    # Delaware is also a town in Ohio, Wyoming a city in Michigan
    text = "Measles cases were confirmed in Idaho, Delaware, Montana and Wyoming this month."
    tops = found(world, nlp, text)
    assert kind_and_area(tops["Delaware"][0]) == ("admin1", "USA", "Delaware")
    assert kind_and_area(tops["Wyoming"][0]) == ("admin1", "USA", "Wyoming")


def test_a_name_listed_with_countries_is_a_country(world: Geocoder, nlp: Any) -> None:
    # Benin City is a large Nigerian city; listed with countries, "Benin" is the country
    text = "Nigerian officials said vaccines would also go to Togo, Benin and Ghana."
    top = given(world, nlp, text, "Benin")
    assert top.place is not None and (top.place.kind, top.place.country) == ("country", "BEN")


def test_towns_named_like_their_governorates_stay_towns(world: Geocoder, nlp: Any) -> None:
    text = "Egyptian officials said protests spread from Cairo to Giza, Alexandria and Suez."
    tops = found(world, nlp, text)
    assert tops["Giza"][0].place is not None and tops["Giza"][0].place.kind == "city"
    assert tops["Alexandria"][0].place is not None and tops["Alexandria"][0].place.kind == "city"


def test_a_state_after_a_state_that_the_list_goes_on_from_is_no_qualifier(world: Geocoder, nlp: Any) -> None:
    text = "Officials are investigating cases in Washington, Pennsylvania and California."
    assert kind_and_area(given(world, nlp, text, "Washington")) == ("admin1", "USA", "Washington")


def test_a_town_and_its_state_is_still_qualified(world: Geocoder, nlp: Any) -> None:
    text = "The fair opened in Washington, Pennsylvania, on Saturday."
    assert kind_and_area(given(world, nlp, text, "Washington")) == ("city", "USA", "Pennsylvania")


# ---------------------------------------------------------------- qualifiers through the article


def test_a_qualified_name_keeps_its_reading_through_the_article(world: Geocoder, nlp: Any) -> None:
    # the article's focus (Canada, Ontario) would pick Athens, Ontario for the bare second mention
    text = (
        "The Toronto singer, who lives in Ottawa, Ontario, arrived in Athens, Greece, on Monday. "
        "Canadian fans met her at a hotel in Athens, and Ontario papers covered the visit."
    )
    tops = found(world, nlp, text)["Athens"]
    assert len(tops) == 2
    assert all(t.place is not None and t.place.country == "GRC" for t in tops)


def test_the_qualifier_outweighs_the_articles_focus(world: Geocoder, nlp: Any) -> None:
    text = (
        "Texas health officials in Dallas, Houston and Austin said a traveller who had been to "
        "Paris, France, fell ill after returning home."
    )
    top = found(world, nlp, text)["Paris"][0]
    assert top.place is not None and top.place.country == "FRA"


# ---------------------------------------------------------------- parts of longer names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Doctors in Uganda confirmed two cases of Marburg virus on Monday.", "Marburg"),
        ("The Marburg haemorrhagic fever outbreak spread to two more villages.", "Marburg"),
        ("Health officials in Maine warned that Lyme disease cases were rising.", "Lyme"),
    ],
)
def test_a_town_naming_a_disease_is_no_place(world: Geocoder, nlp: Any, text: str, name: str) -> None:
    assert name not in found(world, nlp, text)


def test_a_country_before_flu_season_stays_a_place(world: Geocoder, nlp: Any) -> None:
    text = "Doctors expect a hard Australia flu season this winter."
    assert "Australia" in found(world, nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She is a professor of chemistry at the University of Toledo.", "University"),
        ("The case was referred to the Department of Justice on Friday.", "Justice"),
    ],
)
def test_head_of_an_institutions_name_is_no_place(world: Geocoder, nlp: Any, text: str, word: str) -> None:
    assert word not in found(world, nlp, text)


@pytest.mark.parametrize(
    "text",
    ["The grant was awarded to the City of Lansing on Tuesday.", "A fire destroyed a barn in the Town of Lansing."],
)
def test_the_city_of_a_town_is_the_town(world: Geocoder, nlp: Any, text: str) -> None:
    places = [t.place for t in world.toponyms(nlp(text)) if t.place is not None]
    assert [(p.name, p.admin1) for p in places] == [("Lansing", "Michigan")]


# ---------------------------------------------------------------- lists and shared names


@pytest.fixture(scope="module")
def blank() -> Any:
    import spacy

    return spacy.blank("en")


def tagged(nlp: Any, text: str, ents: dict[str, str]) -> Any:
    """A Doc with hand-set entities: {entity text: label} (first occurrence of each)."""
    doc = nlp(text)
    spans = [doc.char_span(text.index(e), text.index(e) + len(e), label=label) for e, label in ents.items()]
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def test_a_country_tagged_as_a_person_in_a_list_of_countries(world: Geocoder, blank: Any) -> None:
    text = "Flights resumed to Ghana, Burkina Faso and Niger on Monday."
    doc = tagged(blank, text, {"Ghana": "GPE", "Burkina Faso": "PERSON", "Niger": "GPE"})
    places = {t.text: t.place for t in world.toponyms(doc)}
    assert places["Burkina Faso"] is not None and places["Burkina Faso"].country == "BFA"


def test_a_listed_word_of_a_persons_name_is_still_a_person(world: Geocoder, blank: Any) -> None:
    # "Mary" is also the name of a province of Turkmenistan
    text = "Mary Smith has taught in Ghana, and Mary now runs a school there."
    doc = tagged(blank, text, {"Mary Smith": "PERSON", "Ghana": "GPE"})
    assert [t.text for t in world.toponyms(doc)] == ["Ghana"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Rare frogs live in the forests of Central and South America.", "Central", "Central America"),
        ("Storms hit North and South Carolina on Monday.", "North", "North Carolina"),
    ],
)
def test_a_direction_shares_the_name_after_it(world: Geocoder, nlp: Any, text: str, word: str, expected: str) -> None:
    top = given(world, nlp, text, word)
    assert top.place is not None and top.place.name == expected


def tagged_nth(nlp: Any, text: str, ents: list[tuple[str, int, str]]) -> Any:
    """A Doc with hand-set entities: (text, which occurrence from 0, label)."""
    doc = nlp(text)
    spans = []
    for ent, nth, label in ents:
        start = -1
        for _ in range(nth + 1):
            start = text.index(ent, start + 1)
        spans.append(doc.char_span(start, start + len(ent), label=label))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def test_a_bare_school_name_is_the_school(world: Geocoder, blank: Any) -> None:
    text = "Pupils at Franklin Elementary fell ill. A teacher at Franklin said so."
    doc = tagged_nth(blank, text, [("Franklin Elementary", 0, "ORG"), ("Franklin", 1, "ORG")])
    assert [t.text for t in world.toponyms(doc) if t.literal] == []


def test_in_a_town_named_like_its_school_is_the_town(world: Geocoder, blank: Any) -> None:
    text = "Pupils at Huntsville High School won. Crowds gathered in Huntsville on Friday."
    doc = tagged_nth(blank, text, [("Huntsville High School", 0, "ORG"), ("Huntsville", 1, "ORG")])
    assert [t.text for t in world.toponyms(doc) if t.literal] == ["Huntsville"]


def test_an_acronym_with_a_doubled_letter_is_no_abbreviated_place(world: Geocoder, blank: Any) -> None:
    # the lookup folds doubled letters ("Raqqa" = "Raqa"), so "BBC" would read as "B.C."
    doc = tagged(blank, "The minister told the BBC that talks had failed.", {"BBC": "ORG"})
    assert world.toponyms(doc) == []
    doc = tagged(blank, "Floods hit B.C. on Monday.", {"B.C.": "GPE"})
    assert [(t.text, t.place and t.place.name) for t in world.toponyms(doc)] == [("B.C.", "British Columbia")]


def test_the_state_town_of_x_holds_the_town(world: Geocoder, nlp: Any) -> None:
    # "town" names Paris here, not Texas (there is a town called Texas in Mexico)
    text = "A gunman opened fire in the Texas town of Paris on Friday."
    assert kind_and_area(given(world, nlp, text, "Texas")) == ("admin1", "USA", "Texas")
    tops = found(world, nlp, text)
    assert kind_and_area(tops["Texas"][0]) == ("admin1", "USA", "Texas")
    assert kind_and_area(tops["Paris"][0]) == ("city", "USA", "Texas")


def test_the_x_province_of_a_country_is_the_province(world: Geocoder, nlp: Any) -> None:
    text = "The patient came from the Jiangsu province of eastern China."
    assert kind_and_area(given(world, nlp, text, "Jiangsu")) == ("admin1", "CHN", "Jiangsu")

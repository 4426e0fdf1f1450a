"""Tests for the geocode stage: finding toponyms, resolving them in context, demonyms."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.records import Location, Toponym
from eventwire.stages import gazetteer_build as gb
from eventwire.stages.gazetteer import Gazetteer
from eventwire.stages.geocode import Geocoder, article_focus, demonym_country, find_mentions


def by_text(geocoder: Geocoder, nlp: Any, text: str) -> dict[str, Any]:
    """The toponyms the geocoder finds in ``text``, by their words."""
    return {t.text: t for t in geocoder.toponyms(nlp(text))}


def small_world() -> gb.Sources:
    cities = [
        gb.CityRow(1, "Paris", 48.85, 2.35, "FR", "11", 2_138_551, ["Paname"]),
        gb.CityRow(2, "Paris", 33.66, -95.55, "US", "TX", 24_782, []),
        gb.CityRow(3, "Dallas", 32.78, -96.80, "US", "TX", 1_300_000, []),
        gb.CityRow(4, "Washington", 38.90, -77.04, "US", "DC", 689_545, ["Washington D.C."]),
        gb.CityRow(5, "Washington", 54.90, -1.52, "GB", "ENG", 67_085, []),
        gb.CityRow(6, "Kirkuk", 35.47, 44.39, "IQ", "13", 1_031_000, ["Karkuk"]),
        gb.CityRow(7, "Aleppo", 36.20, 37.16, "SY", "09", 2_098_210, ["Halab"]),
        gb.CityRow(8, "Al-Tabqa", 35.83, 38.54, "SY", "04", 87_880, ["Tabqa"]),
        gb.CityRow(9, "Ar Raqqah", 35.95, 39.00, "SY", "04", 531_952, ["Raqqa"]),
        gb.CityRow(10, "Kirkuk", 40.0, -80.0, "US", "PA", 600, []),
    ]
    countries = [
        gb.CountryRow("FR", "FRA", 3017382, "France", "Paris", 66_987_244),
        gb.CountryRow("US", "USA", 6252001, "United States", "Washington", 327_167_434),
        gb.CountryRow("GB", "GBR", 2635167, "United Kingdom", "London", 66_488_991),
        gb.CountryRow("IQ", "IRQ", 99237, "Iraq", "Baghdad", 38_433_600),
        gb.CountryRow("SY", "SYR", 163843, "Syria", "Damascus", 16_906_283),
    ]
    names = {
        ("FR", "11"): "Île-de-France",
        ("US", "TX"): "Texas",
        ("US", "DC"): "District of Columbia",
        ("GB", "ENG"): "England",
        ("IQ", "13"): "Kirkuk",
        ("SY", "09"): "Aleppo",
        ("SY", "04"): "Ar-Raqqah",
        ("US", "PA"): "Pennsylvania",
    }
    aliases = {"USA": ["US", "U.S.", "America"], "GBR": ["Britain", "UK"]}
    return gb.Sources(cities, countries, names, [], aliases)


@pytest.fixture(scope="module")
def geocoder(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    path: Path = tmp_path_factory.mktemp("gaz") / "small.sqlite"
    gb.build_store(path, small_world())
    return Geocoder(Gazetteer(path))


@pytest.fixture(scope="module")
def blank() -> Any:
    import spacy

    return spacy.blank("en")


def parse(nlp: Any, text: str, ents: dict[str, str]) -> Any:
    """A Doc with hand-set entities: {entity text: label} (first occurrence of each)."""
    doc = nlp(text)
    spans = []
    for ent_text, label in ents.items():
        start = text.index(ent_text)
        span = doc.char_span(start, start + len(ent_text), label=label)
        assert span is not None, ent_text
        spans.append(span)
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def resolved(tops: list[Toponym]) -> list[tuple[str, str | None, str | None, int]]:
    """The literal toponyms (places, not demonyms or names inside names), resolved."""
    return [
        (t.text, t.place.kind if t.place else None, t.place.country if t.place else None, t.precision)
        for t in tops
        if t.literal
    ]


# ---------------------------------------------------------------- demonyms


@pytest.mark.parametrize(
    ("word", "iso3"),
    [
        ("Syrian", "SYR"),
        ("Iraqi", "IRQ"),
        ("Iraqis", "IRQ"),
        ("American", "USA"),
        ("british", "GBR"),
        ("Afghan's", "AFG"),
        ("Paris", None),
        ("Islamic", None),
    ],
)
def test_demonym_country(word: str, iso3: str | None) -> None:
    assert demonym_country(word) == iso3


# ---------------------------------------------------------------- resolution on hand-set entities


def test_city_resolved_with_reason(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "A car bomb exploded in Kirkuk on Monday.", {"Kirkuk": "GPE"})
    [top] = geocoder.toponyms(doc)
    assert (top.start, top.end, top.text) == (23, 29, "Kirkuk")
    assert top.place is not None and top.place.country == "IRQ" and top.precision == 1
    assert "population" in top.why


def test_qualifier_after_comma_wins_over_population(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "Police in Paris, Texas, arrested two men.", {"Paris": "GPE", "Texas": "GPE"})
    tops = geocoder.toponyms(doc)
    assert resolved(tops) == [("Paris", "city", "USA", 1), ("Texas", "admin1", "USA", 3)]
    assert "qualifier" in tops[0].why


def test_paris_is_in_france_by_default(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "Thousands marched in Paris on Saturday.", {"Paris": "GPE"})
    assert resolved(geocoder.toponyms(doc)) == [("Paris", "city", "FRA", 1)]


def test_country_focus_moves_an_ambiguous_name(geocoder: Geocoder, blank: Any) -> None:
    text = "Officials in Washington said Iraq and Britain had agreed. Britain will send troops."
    doc = parse(blank, text, {"Washington": "GPE", "Iraq": "GPE", "Britain": "GPE"})
    washington = geocoder.toponyms(doc)[0]
    assert washington.place is not None and washington.place.country == "GBR"
    assert "focus GBR" in washington.why


def test_washington_is_the_us_capital_in_a_us_article(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(
        blank, "American officials in Washington said the U.S. would act.", {"Washington": "GPE", "U.S.": "GPE"}
    )
    tops = geocoder.toponyms(doc)
    assert resolved(tops) == [("Washington", "city", "USA", 1), ("U.S.", "country", "USA", 3)]


def test_province_pattern_and_direction_without_entity(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "Shelling hit villages in northern Aleppo province overnight.", {})
    [top] = geocoder.toponyms(doc)
    assert top.text == "northern Aleppo province"
    assert top.place is not None and top.place.kind == "admin1" and top.place.country == "SYR"
    assert top.precision == 2


def test_facility_at_a_town_is_precision_two(geocoder: Geocoder, blank: Any) -> None:
    text = "Jets struck the Tabqa military airport in Raqqa province."
    doc = parse(blank, text, {"Tabqa": "GPE"})
    tops = geocoder.toponyms(doc)
    assert resolved(tops) == [("Tabqa military airport", "city", "SYR", 2), ("Raqqa province", "admin1", "SYR", 3)]


def test_near_a_town_is_precision_two(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "Fighters clashed near Kirkuk.", {"Kirkuk": "GPE"})
    assert resolved(geocoder.toponyms(doc)) == [("Kirkuk", "city", "IRQ", 2)]


def test_org_tagged_place_kept_and_org_non_place_dropped(geocoder: Geocoder, blank: Any) -> None:
    text = "Fighting in Raqqa province, the Syrian Observatory said."
    doc = parse(blank, text, {"Raqqa province": "ORG", "Syrian Observatory": "ORG"})
    assert resolved(geocoder.toponyms(doc)) == [("Raqqa province", "admin1", "SYR", 3)]


def test_demonym_is_a_non_literal_toponym(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "Syrian troops entered the town.", {"Syrian": "NORP"})
    [top] = geocoder.toponyms(doc)
    assert (top.text, top.literal) == ("Syrian", False)
    assert top.place is not None and top.place.country == "SYR" and top.why.startswith("demonym")


def test_place_heading_an_organisation_is_non_literal(geocoder: Geocoder, blank: Any) -> None:
    text = "The Texas Department of Health and Paris Police said so, and Dallas Cowboys won."
    doc = parse(blank, text, {"The Texas Department of Health": "ORG", "Paris Police": "ORG", "Dallas Cowboys": "ORG"})
    tops = geocoder.toponyms(doc)
    assert [(t.text, t.literal) for t in tops] == [("Texas", False), ("Paris", False)]
    assert "organisation" in tops[0].why


def test_bare_org_tagged_town_needs_a_preposition(geocoder: Geocoder, blank: Any) -> None:
    # "Dallas" tagged ORG is a team or a firm unless the text puts something in it.
    doc = parse(blank, "Dallas beat Paris on Sunday.", {"Dallas": "ORG", "Paris": "ORG"})
    assert geocoder.toponyms(doc) == []
    doc = parse(blank, "A fire broke out in Dallas.", {"Dallas": "ORG"})
    assert [t.text for t in geocoder.toponyms(doc)] == ["Dallas"]


def test_the_house_is_not_a_town(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "The bill passed the Washington yesterday.", {"Washington": "ORG"})
    assert geocoder.toponyms(doc) == []


def test_surname_of_a_person_is_not_a_place(geocoder: Geocoder, blank: Any) -> None:
    text = "Dallas said the town would rebuild, Governor Tom Dallas told reporters in Paris."
    doc = parse(blank, text, {"Dallas": "GPE", "Tom Dallas": "PERSON", "Paris": "GPE"})
    assert [t.text for t in geocoder.toponyms(doc)] == ["Paris"]


def test_unknown_gpe_kept_unresolved(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "They fled to Narnia.", {"Narnia": "GPE"})
    [top] = geocoder.toponyms(doc)
    assert top.place is None and Location.from_toponym(top) is None


def test_location_from_toponym(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "A blast in Halab killed five.", {"Halab": "GPE"})
    loc = Location.from_toponym(geocoder.toponyms(doc)[0])
    assert loc is not None
    assert (loc.name, loc.country, loc.admin1, loc.text) == ("Aleppo", "SYR", "Aleppo", "Halab")


# ---------------------------------------------------------------- the model and the shipped gazetteer


@pytest.fixture(scope="module")
def world_geocoder() -> Geocoder:
    return Geocoder(Gazetteer.open())


CASES = [
    ("A car bomb exploded in Kirkuk on Monday.", "Kirkuk", ("Kirkuk", "city", "IRQ", 1)),
    ("Two bombs went off in Baghdad, killing nine, Iraqi police said.", "Baghdad", ("Baghdad", "city", "IRQ", 1)),
    (
        "Clashes continued in Deir Ezzor on Tuesday, the Syrian Observatory said.",
        "Deir Ezzor",
        ("Deir ez-Zor", "city", "SYR", 1),
    ),
    (
        "Coalition jets struck positions near the Tabqa military airport in Raqa province.",
        "Raqa province",
        ("Ar-Raqqah", "admin1", "SYR", 3),
    ),
    (
        "Coalition jets struck positions near the Tabqa military airport in Raqa province.",
        "Tabqa military airport",
        ("Al-Tabqa", "city", "SYR", 2),
    ),
    (
        "Rebels shelled villages in northern Aleppo province, Syrian state media said.",
        "northern Aleppo province",
        ("Aleppo", "admin1", "SYR", 2),
    ),
    ("The government of Syria denied the report.", "Syria", ("Syria", "country", "SYR", 3)),
    (
        "Officials in Washington said the United States would send more troops.",
        "Washington",
        ("Washington", "city", "USA", 1),
    ),
    (
        "Riot police fired tear gas at protesters in Paris, France's interior ministry said.",
        "Paris",
        ("Paris", "city", "FRA", 1),
    ),
    ("Gunmen killed 12 people in Lagos, Nigerian police said.", "Lagos", ("Lagos", "city", "NGA", 1)),
    (
        "Boko Haram fighters attacked a village in Borno state, northeast Nigeria.",
        "Borno state",
        ("Borno State", "admin1", "NGA", 3),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "mention", "expected"), CASES)
def test_geocode_real_sentences(
    world_geocoder: Geocoder, nlp: Any, text: str, mention: str, expected: tuple[str, str, str, int]
) -> None:
    tops = by_text(world_geocoder, nlp, text)
    assert mention in tops, f"{mention!r} not found among {list(tops)}"
    top = tops[mention]
    assert top.place is not None
    assert (top.place.name, top.place.kind, top.place.country, top.precision) == expected


@pytest.mark.slow
def test_paris_texas_article(world_geocoder: Geocoder, nlp: Any) -> None:
    text = (
        "A gunman opened fire at a store in Paris on Friday. The Texas town of 25,000 lies "
        "northeast of Dallas; Texas officials said two people were hurt."
    )
    paris = world_geocoder.toponyms(nlp(text))[0]
    assert paris.text == "Paris" and paris.place is not None
    assert (paris.place.country, paris.place.admin1) == ("USA", "Texas")


@pytest.mark.slow
def test_demonyms_and_orgs_not_listed(world_geocoder: Geocoder, nlp: Any) -> None:
    text = "Syrian and Iraqi officials met American envoys, the Syrian Observatory for Human Rights said."
    tops = world_geocoder.toponyms(nlp(text))
    assert [t.text for t in tops if t.literal] == []
    assert {t.place.country for t in tops if t.place} == {"SYR", "IRQ", "USA"}


def test_pattern_never_cuts_into_an_entity(geocoder: Geocoder, blank: Any) -> None:
    # "Raqqa" alone is a place, but here it is the tail of an organisation's name.
    doc = parse(blank, "Volunteers of Free Raqqa hospital said so.", {"Free Raqqa": "ORG"})
    assert geocoder.toponyms(doc) == []


@pytest.mark.slow
def test_repeated_name_does_not_vouch_for_itself(world_geocoder: Geocoder, nlp: Any) -> None:
    # Dublin, Ireland, is far more populous, but every Dublin here is the Ohio suburb: the repeated
    # name must not count as evidence for its own most populous reading.
    text = (
        "Dublin police arrested two men on Friday. Dublin officers said the men had broken into "
        "three homes in Dublin and one in Hilliard, west of Columbus. Dublin schools were closed."
    )
    tops = [t for t in world_geocoder.toponyms(nlp(text)) if t.text == "Dublin"]
    assert tops and all(t.place is not None and t.place.admin1 == "Ohio" for t in tops)


@pytest.mark.slow
def test_state_named_in_an_organisation_still_a_state(world_geocoder: Geocoder, nlp: Any) -> None:
    # Given the span "Virginia", a state whose towns the article names beats a small town of that name.
    text = (
        "A man was shot in Richmond on Sunday and taken to Virginia Commonwealth University "
        "Medical Center. Police in Henrico and Petersburg are also investigating."
    )
    doc = nlp(text)
    start = text.index("Virginia")
    top = world_geocoder.resolve_spans(doc, [(start, start + len("Virginia"))])[0]
    assert top.place is not None and (top.place.kind, top.place.name) == ("admin1", "Virginia")


def test_alternate_name_alone_sets_no_focus(geocoder: Geocoder, blank: Any) -> None:
    # "Paname" is only an alternate name of Paris: it names no country for the article's focus,
    # while the own name "Paris" (most populous by far) does.
    doc = parse(blank, "Paname and Paris.", {"Paname": "GPE", "Paris": "GPE"})
    mentions = find_mentions(doc, geocoder.gazetteer)
    assert [dict(article_focus(doc, [m])) for m in mentions] == [{}, {"FRA": 1}]


@pytest.mark.slow
def test_state_name_is_the_state_beside_a_town_of_that_name(world_geocoder: Geocoder, nlp: Any) -> None:
    # There is a town called California in Missouri; named bare, California is still the state.
    text = "Storms flooded Columbia and Jefferson City in Missouri, while California stayed dry."
    tops = by_text(world_geocoder, nlp, text)
    assert tops["California"].place is not None
    assert (tops["California"].place.kind, tops["California"].place.name) == ("admin1", "California")


@pytest.mark.slow
def test_foreign_province_beside_a_town_named_after_it(world_geocoder: Geocoder, nlp: Any) -> None:
    # There is a town called Ontario in California; the focus on the US does not make it the town.
    text = "Officials in Houston and Dallas said Texas would send crews to Ontario after the ice storm."
    tops = by_text(world_geocoder, nlp, text)
    assert tops["Ontario"].place is not None
    assert (tops["Ontario"].place.kind, tops["Ontario"].place.country) == ("admin1", "CAN")


@pytest.mark.slow
def test_ocean_beside_towns_named_after_it(world_geocoder: Geocoder, nlp: Any) -> None:
    text = "Florida fishermen said the storm grew over the Atlantic before it hit Miami and Tampa."
    tops = by_text(world_geocoder, nlp, text)
    assert tops["Atlantic"].place is not None and tops["Atlantic"].place.name == "Atlantic Ocean"


@pytest.mark.slow
def test_a_country_after_a_country_is_a_list_not_a_qualifier(world_geocoder: Geocoder, nlp: Any) -> None:
    # Niger is also a Nigerian state; "Nigeria" after the comma does not make it the state.
    text = "Officials in Abuja said the outbreak had spread to Niger, Nigeria's northern neighbour."
    tops = by_text(world_geocoder, nlp, text)
    assert tops["Niger"].place is not None
    assert (tops["Niger"].place.kind, tops["Niger"].place.country) == ("country", "NER")


@pytest.mark.slow
def test_a_state_in_a_list_is_not_a_town_with_its_alternate_name(world_geocoder: Geocoder, nlp: Any) -> None:
    # a town in Missouri has "Illinois" as an alternate name
    text = "Flood warnings were issued for Illinois, Missouri and Arkansas."
    tops = by_text(world_geocoder, nlp, text)
    assert tops["Illinois"].place is not None and tops["Illinois"].place.name == "Illinois"


@pytest.mark.slow
def test_a_place_that_speaks_is_an_actor(world_geocoder: Geocoder, nlp: Any) -> None:
    text = "Damascus rejected the plan on Monday, while fighting went on in Aleppo."
    tops = by_text(world_geocoder, nlp, text)
    assert not tops["Damascus"].literal and "government" in tops["Damascus"].why
    assert tops["Aleppo"].literal


def test_org_tagged_town_before_a_civic_noun(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "Dallas Mayor Eric Johnson spoke.", {"Dallas": "ORG"})
    assert [t.text for t in geocoder.toponyms(doc)] == ["Dallas"]


def test_dateline_in_capitals(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "KIRKUK, Iraq - A bomb went off. HOWEVER, nobody was hurt.", {})
    tops = geocoder.toponyms(doc)
    assert [t.text for t in tops] == ["KIRKUK"] and tops[0].place is not None
    assert tops[0].place.country == "IRQ"


def test_no_datelines_in_a_text_all_in_capitals(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "KIRKUK, IRAQ - A BOMB WENT OFF.", {})
    assert geocoder.toponyms(doc) == []


def test_area_after_a_comma_holds_the_place_before_it(geocoder: Geocoder, blank: Any) -> None:
    # Kirkuk is both an Iraqi city and an admin1 area; "Kirkuk, Pennsylvania" puts the small town
    # in the state that holds it.
    text = "He grew up in Kirkuk, Pennsylvania, far from Iraq."
    doc = parse(blank, text, {"Kirkuk": "GPE", "Pennsylvania": "GPE", "Iraq": "GPE"})
    tops = {t.text: t for t in geocoder.toponyms(doc)}
    assert tops["Kirkuk"].place is not None and tops["Kirkuk"].place.country == "USA"
    assert "holds the place named before the comma" in tops["Pennsylvania"].why


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("State Sen. Mary Jones, R-Springfield, Illinois, backed the bill.", "Springfield", "Illinois"),
        ("Paris, Texas (AP) — Paris police arrested two men on Friday.", "Paris", "Texas"),
        ("Storms hit Sangamon, Logan and Menard counties in Illinois overnight.", "Logan", "Illinois"),
        ("LAWRENCEBURG, Tenn. — Officials in Lawrence County said the road was closed.", "LAWRENCEBURG", "Tennessee"),
    ],
)
def test_names_placed_by_their_context(world_geocoder: Geocoder, nlp: Any, text: str, name: str, admin1: str) -> None:
    tops = [t for t in world_geocoder.toponyms(nlp(text)) if t.text == name]
    assert tops, f"{name!r} not found in {text!r}"
    assert tops[0].place is not None and tops[0].place.admin1 == admin1


@pytest.mark.slow
def test_person_of_a_town(world_geocoder: Geocoder, nlp: Any) -> None:
    text = "Environmental services specialist John Nale of Chattanooga, who is licensed to clean up spills, arrived."
    tops = by_text(world_geocoder, nlp, text)
    assert tops["Chattanooga"].place is not None and tops["Chattanooga"].place.admin1 == "Tennessee"


@pytest.mark.slow
def test_nearby_names_settle_an_ambiguous_town(world_geocoder: Geocoder, nlp: Any) -> None:
    # Huntsville, Alabama, is the largest Huntsville; Walker County and Conroe put this one in Texas.
    text = (
        "The burn ban for Walker County was lifted Monday. Residents of Huntsville and Conroe may "
        "burn again, Huntsville fire officials said."
    )
    tops = [t for t in world_geocoder.toponyms(nlp(text)) if t.text == "Huntsville"]
    assert tops and all(t.place is not None and t.place.admin1 == "Texas" for t in tops)
    assert "nearby" in tops[0].why


def test_lower_case_word_tagged_as_a_place_is_not_one(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "Three paris swans were seen in Paris.", {"paris": "GPE", "Paris": "GPE"})
    assert [t.text for t in geocoder.toponyms(doc)] == ["Paris"]
    doc = parse(blank, "police said fighting went on in paris", {"paris": "GPE"})
    assert [t.text for t in geocoder.toponyms(doc)] == ["paris"]  # a text all in lower case


def test_nationality_tagged_town_needs_place_words(geocoder: Geocoder, blank: Any) -> None:
    # A NORP-tagged name is a group of people unless the words around it make it a town.
    doc = parse(blank, "Dallas leaders met.", {"Dallas": "NORP"})
    assert geocoder.toponyms(doc) == []
    doc = parse(blank, "Dallas residents met.", {"Dallas": "NORP"})
    assert [t.text for t in geocoder.toponyms(doc)] == ["Dallas"]


def test_person_tagged_town_needs_place_words(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "Kirkuk won the prize.", {"Kirkuk": "PERSON"})
    assert [t.text for t in geocoder.toponyms(doc)] == ["Kirkuk"]  # an admin1 area's name
    doc = parse(blank, "Dallas won the prize.", {"Dallas": "PERSON"})
    assert geocoder.toponyms(doc) == []
    doc = parse(blank, "A Dallas woman won the prize.", {"Dallas": "PERSON"})
    assert [t.text for t in geocoder.toponyms(doc)] == ["Dallas"]


def test_town_heading_a_facility_is_its_place(geocoder: Geocoder, blank: Any) -> None:
    # An unresolved facility gives way to the town that heads its name; streets named after an
    # area do not.
    doc = parse(
        blank, "They met at Dallas City Hall and on Texas Avenue.", {"Dallas City Hall": "FAC", "Texas Avenue": "FAC"}
    )
    tops = [t for t in geocoder.toponyms(doc) if t.place is not None]
    assert [(t.text, t.literal) for t in tops] == [("Dallas", True)]


def test_compass_points_and_planets_are_not_places(geocoder: Geocoder, blank: Any) -> None:
    doc = parse(blank, "The North said the rock would hit Earth.", {"North": "LOC", "Earth": "LOC"})
    assert geocoder.toponyms(doc) == []


@pytest.mark.slow
def test_regional_adjectives_name_their_area(world_geocoder: Geocoder, nlp: Any) -> None:
    text = "Chechen fighters and Kurdish units fought near the border, officials said."
    tops = by_text(world_geocoder, nlp, text)
    assert tops["Chechen"].place is not None and tops["Chechen"].place.name == "Chechnya"
    assert not tops["Chechen"].literal
    assert "Kurdish" in tops and not tops["Kurdish"].literal


def test_a_town_of_the_focus_country_outranks_a_former_province_abroad(world_geocoder: Geocoder, nlp: Any) -> None:
    text = (
        "Rebels attacked a village in southern Rwanda on Monday, near Kigali and Butare. "
        "A second attack hit a market in Nyanza on Tuesday."
    )
    tops = by_text(world_geocoder, nlp, text)
    assert tops["Nyanza"].place is not None and tops["Nyanza"].place.country == "RWA"


def test_place_heading_a_local_institution_whatever_its_tag(geocoder: Geocoder, blank: Any) -> None:
    # The tagger takes "Dallas Police" for a person or a country; the town heads the name all the same.
    text = "Dallas Police Chief Ann Lee and the Kirkuk City Council met in the Paris Fire Station."
    doc = parse(blank, text, {"Dallas Police": "PERSON", "Kirkuk City Council": "GPE", "Paris Fire Station": "GPE"})
    tops = geocoder.toponyms(doc)
    assert [(t.text, t.literal) for t in tops if t.place] == [("Dallas", False), ("Kirkuk", False), ("Paris", False)]
    assert "organisation" in tops[0].why


def test_name_listed_with_a_place_is_a_place(geocoder: Geocoder, blank: Any) -> None:
    # "Paris" tagged ORG and "Dallas" tagged PERSON are places when listed with one.
    doc = parse(
        blank, "Fighting spread to Kirkuk, Paris and Dallas.", {"Kirkuk": "GPE", "Paris": "ORG", "Dallas": "PERSON"}
    )
    assert [t.text for t in geocoder.toponyms(doc) if t.place] == ["Kirkuk", "Paris", "Dallas"]
    # a name the article gives a person, or one that speaks, stays out of the list
    text = "Dallas and Paris said so, as Ann Paris wrote from Kirkuk."
    doc = parse(blank, text, {"Dallas": "GPE", "Ann Paris": "PERSON", "Kirkuk": "GPE"})
    assert [t.text for t in geocoder.toponyms(doc) if t.place] == ["Dallas", "Kirkuk"]

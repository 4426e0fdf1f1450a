"""All-capitals copy: small places named by a country after "in", by another name of the same place
in brackets, and after "the municipality of" (eventwire.stages.truecase)."""

from __future__ import annotations

import pytest

from eventwire.stages.truecase import PlaceKey, Truecaser, name_parts

STOPS = {"the", "of", "in", "a", "an", "on", "and", "near", "also", "by", "to", "for", "was", "were", "its"}
# a small made-up gazetteer: each name with the places it may stand for
PLACES = {
    "kalewa": {PlaceKey("1", "city", "MMR", True)},
    "myanmar": {PlaceKey("2", "country", "MMR", True)},
    "peru": {PlaceKey("3", "country", "PER", True)},
    "homes": {PlaceKey("4", "city", "FRA", True)},
    "dongo": {PlaceKey("5", "city", "MMR", False)},  # an alternate name only
    "omdurman": {PlaceKey("6", "city", "SDN", True)},
    "ummdur": {PlaceKey("6", "city", "SDN", False)},  # another name of Omdurman
    "mining": {PlaceKey("7", "city", "AUT", True)},
    "lima": {PlaceKey("8", "city", "PER", True)},
    "saravena": {PlaceKey("9", "city", "COL", True)},
    "tame": {PlaceKey("10", "city", "COL", True)},
    "rumbek": {PlaceKey("11", "city", "SSD", True)},
    "sudan": {PlaceKey("12", "country", "SDN", True)},
    "south sudan": {PlaceKey("13", "country", "SSD", True)},
    "cauca": {PlaceKey("14", "admin1", "COL", True)},
    "justice": {PlaceKey("15", "city", "USA", True)},
    "north kivu": {PlaceKey("16", "admin1", "COD", True)},
    "emergency": {PlaceKey("17", "admin2", "USA", False)},  # an alternate name only
}


def lookup(name: str) -> frozenset[PlaceKey]:
    return frozenset(PLACES.get(name, set()))


def kinds(word: str) -> frozenset[str]:
    return frozenset(p.kind for p in lookup(word) if p.primary)


def caser() -> Truecaser:
    words, pairs = name_parts(["Myanmar", "Peru", "Omdurman", "Lima"], stop=STOPS)
    countries = {"myanmar", "peru"}
    return Truecaser(words, pairs, stops=STOPS, place_kinds=kinds, countries=countries, places=lookup)


def cased(text: str) -> str:
    out = caser()(text)
    assert len(out) == len(text)
    return out


def test_a_town_before_in_and_its_own_country_is_a_name() -> None:
    out = cased("ON FRIDAY REBELS SHELLED AN ARMY POST NEAR KALEWA IN MYANMAR, KILLING THREE SOLDIERS.")
    assert "near Kalewa in Myanmar" in out
    out = cased("ON FRIDAY REBELS SHELLED AN ARMY POST NEAR KALEWA IN NORTHERN MYANMAR, KILLING THREE.")
    assert "near Kalewa in northern Myanmar" in out
    out = cased("ON FRIDAY GUNMEN RAIDED A CATTLE CAMP NEAR RUMBEK IN SOUTH SUDAN, KILLING THREE HERDERS.")
    assert "near Rumbek in" in out  # "SOUTH SUDAN" is one country's name
    out = cased("ON FRIDAY GUNMEN RAIDED A CATTLE CAMP NEAR RUMBEK IN SUDAN, KILLING THREE OF THE HERDERS.")
    assert "near rumbek in" in out  # a town of another country


@pytest.mark.parametrize(
    "text",
    [
        # the only place of that name lies in another country
        "ON FRIDAY REBELS SHELLED AN ARMY POST NEAR KALEWA IN PERU, KILLING THREE SOLDIERS THERE.",
        "ON FRIDAY REBELS SHELLED THE HOMES IN MYANMAR, KILLING THREE OF THE PEOPLE LIVING THERE.",
        # no place word first, or a determiner between
        "ON FRIDAY REBELS SHELLED AN ARMY POST NEAR THE BORDER IN MYANMAR, KILLING THREE SOLDIERS.",
        # a comma between the town and "in"
        "ON FRIDAY REBELS SHELLED AN ARMY POST NEAR KALEWA, IN MYANMAR THE ARMY SAID ON SUNDAY.",
        # an alternate name only: not the place's own name
        "ON FRIDAY REBELS SHELLED AN ARMY POST NEAR DONGO IN MYANMAR, KILLING THREE SOLDIERS.",
    ],
)
def test_words_before_in_and_a_country_that_name_no_town_of_it_stay_lower_case(text: str) -> None:
    out = cased(text)
    assert not {"Kalewa", "Homes", "Border", "Dongo"} & set(out.replace(",", " ").split())


def test_a_name_beside_another_name_of_the_same_place_in_brackets_is_a_name() -> None:
    out = cased("FIGHTING RAGED IN THE UMMDUR (OMDURMAN) DISTRICT ON MONDAY, RESIDENTS TOLD REPORTERS.")
    assert "the Ummdur (Omdurman) district" in out
    out = cased("FIGHTING RAGED IN OMDURMAN (UMMDUR) ON MONDAY, RESIDENTS TOLD REPORTERS BY PHONE.")
    assert "in Omdurman (Ummdur) on" in out


@pytest.mark.parametrize(
    "text",
    [
        "FIGHTING RAGED IN THE MINING (AND FARMING) DISTRICT ON MONDAY, RESIDENTS TOLD REPORTERS.",
        "FIGHTING RAGED IN THE MINING (OMDURMAN) DISTRICT ON MONDAY, RESIDENTS TOLD REPORTERS.",
        "FIGHTING RAGED IN THE UMMDUR, (OMDURMAN) DISTRICT ON MONDAY, RESIDENTS TOLD REPORTERS.",
        "FIGHTING RAGED IN LIMA (UMMDUR) ON MONDAY, RESIDENTS TOLD REPORTERS BY PHONE FROM THERE.",
    ],
)
def test_brackets_that_hold_no_other_name_of_the_place_change_nothing(text: str) -> None:
    out = cased(text)
    assert "Mining" not in out and "Ummdur" not in out


def test_a_known_place_after_the_municipality_of_is_a_name() -> None:
    out = cased("GUNMEN KILLED A COUNCILLOR IN THE MUNICIPALITY OF SARAVENA, NEAR THE BORDER, ON MONDAY.")
    assert "the municipality of Saravena," in out
    out = cased("GUNMEN KILLED A COUNCILLOR IN THE MUNICIPALITY OF TAME ON MONDAY, THE POLICE SAID.")
    assert "the municipality of Tame on" in out


@pytest.mark.parametrize(
    "text",
    [
        "GUNMEN KILLED A COUNCILLOR IN THE MUNICIPALITY OF THE CAPITAL ON MONDAY, THE POLICE SAID.",
        "A TAME LION WAS FOUND IN A GARDEN ON MONDAY, AND THE POLICE TOOK IT TO THE CITY ZOO.",
        "GUNMEN KILLED A COUNCILLOR WHO HAD TRIED TO TAME THE GANGS OF THE TOWN, THE POLICE SAID.",
    ],
)
def test_the_same_word_elsewhere_stays_lower_case(text: str) -> None:
    out = cased(text)
    assert "Tame" not in out.split() and "Capital" not in out


def test_a_province_s_own_name_after_the_department_of_is_a_name() -> None:
    out = cased("TWO SOLDIERS WERE KILLED IN THE DEPARTMENT OF CAUCA, THE ARMY SAID ON MONDAY MORNING.")
    assert "the department of Cauca," in out
    out = cased("TWO SOLDIERS WERE KILLED IN THE PROVINCE OF NORTH KIVU ON MONDAY, THE ARMY SAID THERE.")
    assert "the province of North Kivu on" in out


@pytest.mark.parametrize(
    "text",
    [
        "THE DEPARTMENT OF JUSTICE SAID ON MONDAY THAT TWO SOLDIERS HAD BEEN KILLED IN THE ATTACK.",
        "THE STATE OF EMERGENCY WAS EXTENDED ON MONDAY AFTER TWO SOLDIERS WERE KILLED IN THE ATTACK.",
        "THE DEPARTMENT OF THE CAUCA RIVER SAID ON MONDAY THAT TWO SOLDIERS WERE KILLED IN THE ATTACK.",
        "THE PROVINCE OF NORTH AFRICA WAS A ROMAN ONE, THE GUIDE TOLD THE VISITORS ON MONDAY MORNING.",
    ],
)
def test_words_after_the_department_of_that_name_no_province_stay_lower_case(text: str) -> None:
    out = cased(text)
    assert not {"Justice", "Emergency", "Cauca", "North", "Africa"} & set(out.split())


def test_plural_demonyms_get_capitals_but_poles_stay_an_ordinary_word() -> None:
    caser = Truecaser({"colombian", "american", "pole"}, stops=STOPS, demonyms=["Colombian", "American", "Pole"])
    text = "TWO AMERICANS AND THREE COLOMBIANS WERE HURT WHEN GUNMEN SHOT AT ELECTRICITY POLES ON MONDAY."
    out = caser(text)
    assert len(out) == len(text)
    assert "Americans and three Colombians" in out and "electricity poles" in out
    out = caser("TWO AMERICANAS AND THREE COLOMBIAS WERE SERVED IN THE CAFE WHERE GUNMEN SHOT AT A GUARD.")
    assert "americanas and three colombias" in out


@pytest.mark.slow
def test_the_shipped_truecaser_names_places_by_the_words_around_them() -> None:
    from eventwire.stages.truecase import default_truecaser

    caser = default_truecaser()
    text = (
        "ON MONDAY TROOPS CLASHED WITH REBELS NEAR BHAMO IN MYANMAR AND IN THE MUNICIPALITY OF SARAVENA. "
        "RESIDENTS OF THE BOMBAY (MUMBAI) DISTRICT SAID NOTHING. A TAME DOG BIT A GUARD NEAR THE BORDER IN MYANMAR. "
        "THE DEPARTMENT OF JUSTICE SENT AID TO THE DEPARTMENT OF CAUCA."
    )
    out = caser(text)
    assert len(out) == len(text)
    assert "near Bhamo in Myanmar" in out and "municipality of Saravena." in out
    assert "the Bombay (Mumbai) district" in out
    assert "A tame dog" in out and "near the border in Myanmar" in out
    assert "The department of justice" in out and "the department of Cauca." in out

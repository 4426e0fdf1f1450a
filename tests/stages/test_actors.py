"""Actor coding on sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article
from eventwire.stages.actors import load_dictionary, with_article

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=date(2021, 6, 10))
    return [e.to_dict() for e in pipeline.extract_article(article)]


def test_aliases_name_one_group() -> None:
    d = load_dictionary()
    for alias in ("IS", "ISIS", "ISIL", "Daesh", "Islamic State"):
        found = d.find_named(f"Fighters of {alias} attacked the town.")
        assert [e.id for _, _, e in found] == ["isis"], alias
    assert not d.find_named("This is a town where it is quiet.")


@pytest.mark.parametrize(
    ("text", "plover", "name", "country", "sector"),
    [
        ("Damascus said on Monday it rejected the proposal.", "REJECT", "Government of Syria", "SYR", "GOV"),
        (
            "Washington has accused Moscow of spreading false reports.",
            "ACCUSE",
            "Government of the United States",
            "USA",
            "GOV",
        ),
        ("The United Nations accused the militia of war crimes.", "ACCUSE", "United Nations", None, "IGO"),
    ],
)
def test_speakers(pipeline: Any, text: str, plover: str, name: str, country: str | None, sector: str) -> None:
    ev = next(e for e in events(pipeline, text) if e["plover"] == plover)
    assert (ev["actor1"]["name"], ev["actor1"]["country"], ev["actor1"]["sector"]) == (name, country, sector)


def test_forces_take_the_country_of_their_demonym(pipeline: Any) -> None:
    ev = events(pipeline, "Iraqi troops clashed with Islamic State fighters near Mosul on Tuesday.")[0]
    assert ev["actor1"]["name"] == "Military Forces of Iraq" and ev["actor1"]["sector"] == "MIL"
    assert ev["actor2"]["name"] == "Islamic State"


def test_police_forces_are_police_not_military(pipeline: Any) -> None:
    ev = events(pipeline, "Iraqi police forces arrested ten people in Basra on Sunday.")[0]
    assert (ev["actor1"]["name"], ev["actor1"]["sector"]) == ("Police Forces of Iraq", "COP")


def test_the_reporter_is_not_the_doer(pipeline: Any) -> None:
    text = "Twenty soldiers have been killed in Taliban attacks in Samangan province, officials said."
    ev = events(pipeline, text)[0]
    assert ev["actor1"]["name"] == "Taliban" and ev["sub_event_type"] == "Armed clash"


@pytest.mark.parametrize(
    "text",
    ["IS fighters stormed the town of Tabqa on Sunday.", "Militants from the Islamic State stormed the town."],
)
def test_a_group_named_in_a_phrase_the_parser_splits(pipeline: Any, text: str) -> None:
    assert events(pipeline, text)[0]["actor1"]["name"] == "Islamic State"


def test_passive_agent_is_actor1(pipeline: Any) -> None:
    ev = events(pipeline, "Twelve villagers were killed by gunmen in Zamfara state on Sunday.")[0]
    assert ev["actor1"]["sector"] == "UAG" and ev["actor1"]["country"] == "NGA"
    assert ev["actor2"]["sector"] == "CVL"
    assert ev["event_type"] == "Violence against civilians"


def test_the_group_refers_back(pipeline: Any) -> None:
    text = "Al-Shabaab fighters were seen near Afgoye last week. On Monday the group attacked an army base there."
    ev = next(e for e in events(pipeline, text) if e["event_type"] == "Battles")
    assert ev["actor1"]["name"] == "al-Shabaab"
    assert ev["actor2"]["sector"] == "MIL"


def test_generic_rebels_refer_to_the_group_named_before(pipeline: Any) -> None:
    text = (
        "The Shining Path has stepped up its campaign in the highlands. The guerrillas burned the town hall of Tambo."
    )
    found = [e for e in events(pipeline, text) if e["actor1"]]
    assert found and found[-1]["actor1"]["name"] == "Shining Path"
    assert "refers back" in found[-1]["why"]["actor1"]


def test_they_refers_to_the_group_named_just_before(pipeline: Any) -> None:
    text = "Fighters of the Shining Path entered the village at dawn. They murdered the mayor and two policemen."
    murders = [e for e in events(pipeline, text) if "murdered" in e["evidence"]["text"]]
    assert murders and murders[0]["actor1"]["name"] == "Shining Path"


def test_short_mixed_case_aliases_keep_their_case() -> None:
    d = load_dictionary()
    assert [e.id for _, _, e in d.find_named("Let the talks begin.")] == []
    assert [e.id for _, _, e in d.find_named("LeT gunmen attacked the post.")] == ["lashkar"]


def test_the_dictionary_covers_groups_igos_and_ngos_of_every_region() -> None:
    d = load_dictionary()
    sectors = {e.sector for e in d.entries.values()}
    assert {"REB", "INS", "IGO", "NGO", "MIL", "UAG"} <= sectors
    for text, gid in [
        ("the Manuel Rodriguez Patriotic Front", "fpmr"),
        ("ARSA fighters", "arsa"),
        ("the Oromo Liberation Army", "ola"),
        ("OSCE monitors", "osce"),
        ("the Norwegian Refugee Council", "nrc"),
    ]:
        assert [e.id for _, _, e in d.find_named(text)] == [gid], text


def test_words_said_abroad_take_the_articles_country_not_the_citys(pipeline: Any) -> None:
    text = (
        "Syrian troops shelled Aleppo and Homs on Monday. "
        "Speaking in Geneva, the foreign minister accused the rebels of war crimes."
    )
    ev = next(e for e in events(pipeline, text) if e["plover"] == "ACCUSE")
    assert ev["actor1"]["country"] == "SYR"


@pytest.mark.parametrize(
    ("text", "plover", "name"),
    [
        (
            "A Kremlin spokesman warned that new weapons supplied to Kyiv would be treated as targets.",
            "THREATEN",
            "Government of Russia",
        ),
        ("The Kremlin rejected the proposal on Monday.", "REJECT", "Government of Russia"),
        (
            "The ministry accused the rebels of shelling the port and called on the United Nations to act.",
            "REQUEST",
            "Government of Ukraine",
        ),  # coordinated with "accused": the same speaker
    ],
)
def test_seats_of_government_and_coordinated_statements(pipeline: Any, text: str, plover: str, name: str) -> None:
    found = events(pipeline, "KYIV, Oct. 17, 2023 (Wire) - " + text)
    ev = next(e for e in found if e["plover"] == plover)
    assert ev["actor1"]["name"] == name


def test_reported_doing_keeps_its_doer(pipeline: Any) -> None:
    ev = events(pipeline, "The army reported killing 30 militants in North Waziristan on Monday.")[0]
    assert ev["actor1"]["sector"] == "MIL"


def test_acts_on_the_ground_take_the_country_of_their_place(pipeline: Any) -> None:
    text = "Protesters marched in Washington, New York and Chicago. The police imposed a curfew in Mosul."
    ev = next(e for e in events(pipeline, text) if e["plover"] == "COERCE")
    assert ev["actor1"]["country"] == "IRQ"


def test_a_seat_naming_a_thing_is_no_actor(pipeline: Any) -> None:
    ev = events(pipeline, "Kremlin critic Alexei Navalny was arrested in Moscow on Sunday.")[0]
    assert ev["actor2"] is None or ev["actor2"]["name"] != "Government of Russia"


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("United States", "the United States"),
        ("The Netherlands", "the Netherlands"),
        ("Philippines", "the Philippines"),
        ("Democratic Republic of the Congo", "the Democratic Republic of the Congo"),
        ("Syria", "Syria"),
        ("Nigeria", "Nigeria"),
    ],
)
def test_country_names_after_of_take_the_article_english_gives_them(name: str, written: str) -> None:
    assert with_article(name) == written


def test_actor_names_read_as_english(pipeline: Any) -> None:
    ev = next(e for e in events(pipeline, "American troops shelled the village on Monday."))
    assert ev["actor1"]["name"] == "Military Forces of the United States"
    ev = next(e for e in events(pipeline, "Filipino rebels attacked the town on Monday."))
    assert ev["actor1"]["name"] == "Rebel Forces (Philippines)"
    text = "Abu Sayyaf militants attacked an army checkpoint near Jolo, Philippines, on Monday."
    ev = next(e for e in events(pipeline, text))
    assert ev["actor2"]["name"] == "Military Forces of the Philippines"

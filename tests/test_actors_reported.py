"""Doers in reported speech, kin as victims, participles that tell what was done to a noun, and
generic nouns that are no named group: sentences written for these tests (stages/roles.py,
stages/actors.py, data/actor_nouns.tsv, data/actors.tsv)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article
from eventwire.stages import roles

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=date(2022, 4, 14))
    found = [e.to_dict() for e in pipeline.extract_article(article)]
    assert found, text
    return found


def name(ev: dict[str, Any], side: str) -> str | None:
    return (ev[side] or {}).get("name")


def token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "doer", "victims"),
    [
        (
            "The air force said it had killed scores of insurgents in drone strikes near Kunduz on Sunday.",
            "Military Forces of Afghanistan",
            "Insurgents (Afghanistan)",
        ),
        (
            "The military said they had killed dozens of rebels in air raids near Goma on Friday.",
            "Military Forces of the Democratic Republic of the Congo",
            "Rebel Forces (Democratic Republic of the Congo)",
        ),
    ],
)
def test_the_speaker_did_what_it_says_it_did_to_a_counted_group(
    pipeline: Any, text: str, doer: str, victims: str
) -> None:
    ev = events(pipeline, text)[0]
    assert name(ev, "actor1") == doer
    assert name(ev, "actor2") == victims


def test_means_of_a_harm_done_to_a_counted_group(nlp: Any) -> None:
    doc = nlp("The navy said it had killed dozens of pirates in helicopter strikes on Monday.")
    agents, patients = roles.agent_patient(token(doc, "strikes"))
    assert [a.text for a in agents] == ["The navy"]
    assert patients and patients[0].root.text == "dozens"


@pytest.mark.parametrize(
    "text",
    [
        "Bandits shot dead her husband and two sons in a village near Gusau on Saturday.",
        "Gunmen killed his father and an uncle on a farm near Gusau on Saturday.",
    ],
)
def test_kin_of_someone_are_civilian_victims(pipeline: Any, text: str) -> None:
    ev = events(pipeline, text)[0]
    assert ev["actor2"] is not None and ev["actor2"]["sector"] == "CVL"
    assert ev["actor1"]["sector"] == "UAG"


def test_kin_in_reported_speech_are_not_the_speakers_men(pipeline: Any) -> None:
    ev = events(pipeline, "The separatists said soldiers had killed their sons near Bamenda on Sunday.")[0]
    assert ev["actor2"]["sector"] == "CVL"
    assert ev["actor1"]["sector"] == "MIL"


@pytest.mark.parametrize(
    ("text", "doer", "victim"),
    [
        ("A farmer shot his neighbour twice in Leeds on Friday.", "CVL", "CVL"),
        ("Officers shot a cyclist three times in Leeds on Friday.", "COP", "CVL"),
        ("A pensioner was stabbed four times in Leeds on Friday.", None, "CVL"),
    ],
)
def test_the_one_hit_several_times_is_never_the_doer(pipeline: Any, text: str, doer: str | None, victim: str) -> None:
    ev = events(pipeline, text)[0]
    assert (ev["actor1"] or {}).get("sector") == doer
    assert ev["actor2"]["sector"] == victim


def test_a_participle_tells_what_was_done_to_its_noun(nlp: Any) -> None:
    doc = nlp("Soldiers tried to recapture an outpost seized by jihadists on Monday.")
    agents, patients = roles.agent_patient(token(doc, "seized"))
    assert [a.text for a in agents] == ["jihadists"]
    assert patients[0].text == "an outpost"
    agents, patients = roles.agent_patient(token(doc, "recapture"))
    assert [a.text for a in agents] == ["Soldiers"]
    assert patients[0].text == "an outpost"


def test_a_participle_without_by_takes_no_doer_from_the_clause(nlp: Any) -> None:
    doc = nlp("The army retook a bridge captured in March.")
    agents, patients = roles.agent_patient(token(doc, "captured"))
    assert agents == []
    assert patients[0].text == "a bridge"


def test_paramilitaries_are_no_named_group(pipeline: Any) -> None:
    text = "Paramilitaries attacked a market in Khartoum on Tuesday, killing nine people."
    ev = events(pipeline, text)[0]
    assert name(ev, "actor1") == "Paramilitary Forces (Sudan)"


def test_the_army_of_the_place_when_another_country_speaks_first(pipeline: Any) -> None:
    text = (
        "The United States called on both sides to halt the fighting.\n\n"
        "The army shelled a district of Khartoum on Tuesday, killing eight people.\n\n"
        "Residents said the shelling went on through the night."
    )
    ev = next(e for e in events(pipeline, text) if e["trigger"] == "shelled")
    assert name(ev, "actor1") == "Military Forces of Sudan"


def test_a_participle_of_gathering_keeps_its_crowd_as_the_doer(nlp: Any) -> None:
    doc = nlp("Riot police dispersed hundreds of students assembled outside the ministry.")
    _agents, patients = roles.agent_patient(token(doc, "assembled"))
    assert not any(p.root.text == "hundreds" for p in patients)


@pytest.mark.parametrize(
    "text",
    [
        "Government warplanes carried out air strikes on Tripoli on Sunday, killing six people.",
        "The army shelled Khartoum on Sunday, killing six people.",
    ],
)
def test_a_capital_force_fell_on_is_the_city_not_its_army(pipeline: Any, text: str) -> None:
    ev = events(pipeline, text)[0]
    assert ev["actor1"]["sector"] == "MIL"
    assert ev["actor2"]["sector"] == "CVL"


def test_a_capital_under_sanctions_is_still_its_government(pipeline: Any) -> None:
    ev = events(pipeline, "The European Union imposed sanctions on Moscow on Monday.")[0]
    assert ev["actor2"]["sector"] == "GOV"


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "The Malian government said its soldiers had killed 15 jihadists near Mopti on Monday.",
            "Military Forces of Mali",
        ),
        (
            "Kenya's interior ministry said its officers had shot two robbers in Mombasa on Monday.",
            "Police Forces of Kenya",
        ),
    ],
)
def test_the_men_of_a_government_speaker_are_its_forces(pipeline: Any, text: str, doer: str) -> None:
    ev = events(pipeline, text)[0]
    assert name(ev, "actor1") == doer


def test_a_capitalised_kin_word_is_a_name_not_civilians(pipeline: Any) -> None:
    ev = events(pipeline, "The Brothers stormed a police post near Giza on Tuesday.")[0]
    assert not (name(ev, "actor1") or "").startswith("Civilians")


@pytest.mark.parametrize(
    "text",
    [
        "The Sons of Basra militia shelled a police post near Basra on Tuesday, killing two officers.",
        "The Fathers of Liberty militia raided a police post near Kirkuk on Tuesday, killing two officers.",
    ],
)
def test_the_militia_named_with_a_kin_word_is_a_militia(pipeline: Any, text: str) -> None:
    assert name(events(pipeline, text)[0], "actor1") == "Militia (Iraq)"


def test_kin_in_lower_case_stay_civilian_victims(pipeline: Any) -> None:
    ev = events(pipeline, "Bandits shot dead her husband and two sons in Zamfara on Friday.")[0]
    assert name(ev, "actor2") == "Civilians (Nigeria)"

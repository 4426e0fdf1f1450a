"""Doers, victims and unidentified attackers on sentences written for the tests
(stages/actors.py, stages/roles.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article
from eventwire.stages import roles

pytestmark = pytest.mark.slow


def event(pipeline: Any, text: str) -> dict[str, Any]:
    article = Article(id="t", text=text, published=date(2021, 6, 10))
    found = [e.to_dict() for e in pipeline.extract_article(article)]
    assert found, text
    return found[0]


def name(ev: dict[str, Any], side: str) -> str | None:
    return (ev[side] or {}).get("name")


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified men hurled explosives at a police station in Maiduguri on Monday.",
        "Masked men attacked a checkpoint outside Maiduguri on Monday.",
        "Unknown persons set fire to a church in Maiduguri on Monday.",
        "A group of unidentified men attacked a police post in Maiduguri on Monday.",
    ],
)
def test_unnamed_people_doing_violence_are_an_unidentified_armed_group(pipeline: Any, text: str) -> None:
    ev = event(pipeline, text)
    assert name(ev, "actor1") == "Unidentified Armed Group (Nigeria)"
    assert ev["actor1"]["sector"] == "UAG"


def test_unnamed_victims_stay_civilians(pipeline: Any) -> None:
    ev = event(pipeline, "An unidentified man was shot dead in Maiduguri on Monday.")
    assert name(ev, "actor1") is None
    assert name(ev, "actor2") == "Civilians (Nigeria)"


def test_people_with_a_plain_noun_are_still_civilians(pipeline: Any) -> None:
    ev = event(pipeline, "Angry residents attacked a police station in Maiduguri on Monday.")
    assert name(ev, "actor1") == "Civilians (Nigeria)"


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Four soldiers were wounded in the Kabul blast on Tuesday.", "Military Forces of Afghanistan"),
        ("Three policemen died in the explosion in Herat on Tuesday.", "Police Forces of Afghanistan"),
        ("Two civilians were injured in a bombing in Herat on Tuesday.", "Civilians (Afghanistan)"),
    ],
)
def test_those_hurt_in_an_event_are_its_victims_not_its_doers(pipeline: Any, text: str, victims: str) -> None:
    ev = event(pipeline, text)
    assert name(ev, "actor1") is None
    assert name(ev, "actor2") == victims


def test_a_state_named_with_its_strike_is_still_the_doer(pipeline: Any) -> None:
    ev = event(pipeline, "A Turkish drone strike killed two fighters near Qamishli on Tuesday.")
    assert name(ev, "actor1") == "Military Forces of Turkey"


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("The bombing in Quetta, which killed 14 people and wounded 30, shocked the country on Friday.", "14 people"),
        ("The main blast was at a bus depot in Quetta on Friday, where at least nine people were killed.", "nine"),
        ("The depot in Quetta was wrecked by an explosion on Friday, killing 11 people.", "11 people"),
        ("A soldier died after a roadside bomb detonated under a convoy near Quetta on Friday.", "A soldier"),
    ],
)
def test_victims_told_in_a_clause_beside_the_event(pipeline: Any, text: str, victims: str) -> None:
    ev = event(pipeline, text)
    assert victims in ev["actor2"]["text"]


def test_a_phrasal_killing_gives_the_death_toll(pipeline: Any) -> None:
    ev = event(pipeline, "Gunmen shot dead 3 civilians in Maiduguri on Monday.")
    assert ev["fatalities"] == 3
    assert name(ev, "actor2") == "Civilians (Nigeria)"


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "The reporter appears to have been shot by soldiers in Goma on Monday.",
            "Journalists (Democratic Republic of the Congo)",
        ),
        (
            "The farmers are believed to have been abducted by gunmen in Goma on Monday.",
            "Civilians (Democratic Republic of the Congo)",
        ),
    ],
)
def test_the_subject_of_a_passive_infinitive_is_the_victim(pipeline: Any, text: str, victims: str) -> None:
    ev = event(pipeline, text)
    assert name(ev, "actor2") == victims
    assert name(ev, "actor1") != victims


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        (
            "Two soldiers were killed in clashes with rebels near Kidal on Sunday.",
            "Rebel Forces (Mali)",
            "Military Forces of Mali",
        ),
        (
            "Three rebels died in a gunfight with troops near Kidal on Sunday.",
            "Military Forces of Mali",
            "Rebel Forces (Mali)",
        ),
        (
            "Two protesters were hurt during clashes with police in Nakuru on Sunday.",
            "Rioters (Kenya)",
            "Police Forces of Kenya",
        ),
        (
            "Two policemen were hurt during clashes with protesters in Nakuru on Sunday.",
            "Rioters (Kenya)",
            "Police Forces of Kenya",
        ),
    ],
)
def test_the_other_side_of_a_fight_the_victims_died_in_comes_first(
    pipeline: Any, text: str, actor1: str, actor2: str
) -> None:
    ev = event(pipeline, text)
    assert (name(ev, "actor1"), name(ev, "actor2")) == (actor1, actor2)


def test_victims_of_a_gerund_event(pipeline: Any) -> None:
    ev = event(pipeline, "Four civilians were wounded in shelling by government forces in Idlib on Sunday.")
    assert (name(ev, "actor1"), name(ev, "actor2")) == ("Military Forces of Syria", "Civilians (Syria)")


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("The abduction of 20 pupils by bandits in Kaduna on Sunday shocked the country.", "Civilians (Nigeria)"),
        ("The massacre of villagers in Bunia on Sunday was condemned.", "Civilians (Democratic Republic of the Congo)"),
    ],
)
def test_the_of_phrase_of_a_killing_or_abduction_names_its_victims(pipeline: Any, text: str, victims: str) -> None:
    ev = event(pipeline, text)
    assert name(ev, "actor2") == victims


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("The Border Regiment shot dead four smugglers near Omagh on Sunday.", "Military Forces of the United Kingdom"),
        ("A rebel battalion stormed the town of Dara on Sunday.", "Rebel Forces (Syria)"),
        ("Rebel soldiers stormed the town of Dara on Sunday.", "Rebel Forces (Syria)"),
        ("Government soldiers stormed the town of Dara on Sunday.", "Military Forces of Syria"),
    ],
)
def test_military_units_belong_to_their_side(pipeline: Any, text: str, actor1: str) -> None:
    assert name(event(pipeline, text), "actor1") == actor1


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Three soldiers lost their lives in the attack near Herat on Sunday.", "Military Forces of Afghanistan"),
        ("Two policemen sustained injuries in an attack near Herat on Sunday.", "Police Forces of Afghanistan"),
    ],
)
def test_those_who_lost_their_lives_or_were_hurt_in_an_event_are_its_victims(
    pipeline: Any, text: str, victims: str
) -> None:
    ev = event(pipeline, text)
    assert name(ev, "actor1") is None
    assert name(ev, "actor2") == victims


@pytest.mark.parametrize(
    ("text", "trigger", "victims"),
    [
        ("The raid on a camp near Gao, which killed 9 herders, was condemned.", "raid", "9 herders"),
        ("The raid was at a camp near Gao, where 9 herders died.", "raid", "9 herders"),
        ("Residents recalled a raid by a militia that killed 9 herders in 2019.", "raid", None),
        ("Villagers recalled the raid on troops who killed 9 herders in 2019.", "raid", None),
    ],
)
def test_victims_in_a_relative_clause_of_the_event_not_of_its_doer(
    nlp: Any, text: str, trigger: str, victims: str | None
) -> None:
    doc = nlp(text)
    found = roles.victims(next(t for t in doc if t.text == trigger))
    assert (found.text if found is not None else None) == victims


def test_a_named_group_modifies_both_coordinated_attackers(pipeline: Any) -> None:
    ev = event(pipeline, "On Sunday, Taliban gunmen and suicide bombers stormed a base in Kunduz.")
    assert name(ev, "actor1") == "Taliban"


def test_a_lone_suicide_bomber_stays_unidentified(pipeline: Any) -> None:
    ev = event(pipeline, "On Sunday, a suicide bomber struck a base in Kunduz.")
    assert name(ev, "actor1") == "Unidentified Armed Group (Afghanistan)"

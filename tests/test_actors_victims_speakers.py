"""Who did it and for whom one speaks: a group named beside the victim is the victim's
side, a dateline's place is no actor, a weapon nobody owns is no actor, unnamed men who set fires
are an armed group, and a spokesman speaks for the body he belongs to, on sentences written for
the tests (stages/actors.py, actor_kinds.py, actor_phrases.py, doers.py, events.py, roles.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article
from eventwire.stages.actor_phrases import title_dateline_end

pytestmark = pytest.mark.slow


def sides(pipeline: Any, text: str, trigger: str) -> tuple[str | None, str | None]:
    article = Article(id="t", text=text, published=date(2022, 5, 18))
    found = [e.to_dict() for e in pipeline.extract_article(article) if trigger in e.trigger.lower()]
    assert found, text
    a1, a2 = found[0]["actor1"], found[0]["actor2"]
    return (a1 or {}).get("name"), (a2 or {}).get("name")


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        # the group a killed leader belongs to is the side that suffered, never the doer
        (
            "Abu Omar al-Tunisi, a senior leader of the militant group al-Shabaab, was killed in an airstrike "
            "in southern Somalia on Friday, officials said.",
            "airstrike",
            (None, "al-Shabaab"),
        ),
        # the same where the killing is told by a verb
        (
            "Karim Haddad, a local leader of Hezbollah, was shot dead near Sidon on Thursday, police said.",
            "shot dead",
            (None, "Hezbollah"),
        ),
        (
            "Mohammed Saleh, a local commander of Islamic State, died in a drone strike near Raqqa on Monday.",
            "drone strike",
            (None, "Islamic State"),
        ),
    ],
)
def test_victims_group_in_apposition(pipeline: Any, text: str, trigger: str, want: tuple[str | None, str]) -> None:
    assert sides(pipeline, text, trigger) == want


@pytest.mark.parametrize(
    "text",
    [
        "Lima, 12 Jun 89 -- Gunmen tried to bomb the residence of the French ambassador in Lima, police sources "
        "reported today.",
        # the parser takes the dateline's place for a second subject of "tried": the nearer one acts
        "Bogota, 8 Mar 90 -- Gunmen tried to attack the home of Carlos Perez, the Venezuelan consul in Bogota, "
        "police said today.",
    ],
)
def test_dateline_in_ordinary_case_is_no_actor(pipeline: Any, text: str) -> None:
    events = [e for e in pipeline.extract_article(Article(id="t", text=text, published=date(1989, 6, 12)))]
    assert events, text
    assert (events[0].actor1.name if events[0].actor1 else "").startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Lima, 12 Jun 89 -- Armed men", "Armed men"),
        ("San Salvador, 3 Feb 1990 (Radio Cadena) - The army", "The army"),
        ("Kyiv, the capital -- troops", "Kyiv, the capital -- troops"),  # no date: not a dateline
        ("Officials said, 5 of them - no", "Officials said, 5 of them - no"),
        ("Monday, 5 people were killed - police said", "Monday, 5 people were killed - police said"),
        ("Kabul, Afghanistan, June 5, 2021 -- Gunmen", "Gunmen"),
    ],
)
def test_title_dateline_end(text: str, rest: str) -> None:
    assert text[title_dateline_end(text) :] == rest


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        # drones with no owner named are a weapon, nobody's forces
        ("A cargo ship was hit by three drones off the coast of Eritrea on Wednesday.", "hit", (None, None)),
        (
            "On Friday a drone strike hit a crowded bus station in Kassala, killing seven people.",
            "hit",
            (None, "Civilians (Sudan)"),
        ),
        # with an owner they are still that owner's
        (
            "Israeli drones struck a car near Tyre on Monday, killing two men.",
            "struck",
            ("Military Forces of Israel", "Civilians (Lebanon)"),
        ),
        ("Houthi drones attacked a tanker in the Red Sea on Monday.", "attacked", ("Houthis", None)),
        # a warship with a nationality is that state's navy
        (
            "A British frigate shot down four Houthi drones over the Red Sea on Sunday.",
            "shot down",
            ("Military Forces of the United Kingdom", "Houthis"),
        ),
    ],
)
def test_weapons_are_no_actors(pipeline: Any, text: str, trigger: str, want: tuple[str | None, str | None]) -> None:
    assert sides(pipeline, text, trigger) == want


@pytest.mark.parametrize(
    ("text", "trigger", "armed"),
    [
        (
            "Late on Friday, a group of men set fire to the opposition party's office in Gabu, destroying files.",
            "set fire",
            True,
        ),
        ("Two men torched the house of a local councillor in Kisumu on Sunday night.", "torched", True),
        # a crowd that burns a police station riots; it is no armed group
        ("Angry youths set fire to the police station in Kano after the funeral on Monday.", "set fire", False),
    ],
)
def test_unnamed_men_setting_fires_are_an_armed_group(pipeline: Any, text: str, trigger: str, armed: bool) -> None:
    actor1 = sides(pipeline, text, trigger)[0] or ""
    assert actor1.startswith("Unidentified Armed Group") == armed, actor1


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        ("A Hamas spokesman accused Israel of killing three fishermen off Gaza.", "accused", "Hamas"),
        ("A Taliban spokesman denied that the group carried out the bombing in Kabul.", "denied", "Taliban"),
        ("A spokesperson for the rebels denied attacking the convoy near Goma.", "denied", "Rebel Forces"),
        (
            "An army spokesman in Kinshasa accused the rebels of shelling Goma.",
            "accused",
            "Military Forces",
        ),
        # a party nobody has coded speaks for itself, not for the state
        ("An MDC spokesman in Harare accused police of beating the marchers.", "accused", None),
        # the seat of a ministry stands for its government, wherever the event is
        (
            "A State Department spokesman condemned the rocket attack on the embassy in Baghdad.",
            "condemned",
            "Government of the United States",
        ),
        # a spokesman of nothing named is still the government's
        (
            "A government spokesman in Kinshasa accused the rebels of shelling Goma.",
            "accused",
            "Government",
        ),
    ],
)
def test_spokesmen_speak_for_their_body(pipeline: Any, text: str, trigger: str, want: str | None) -> None:
    actor1 = sides(pipeline, text, trigger)[0]
    if want is None:
        assert actor1 is None
    else:
        assert (actor1 or "").startswith(want), actor1


def test_doer_told_with_the_event_again(pipeline: Any) -> None:
    text = (
        "Abu Hamza al-Masri, a field commander of al-Shabaab, was killed in a drone strike near Jilib on Sunday, "
        "AFRICOM said. AFRICOM said its forces carried out the strike near Jilib on Sunday, killing al-Masri "
        "and two bodyguards."
    )
    assert sides(pipeline, text, "drone strike") == ("Military Forces of the United States", "al-Shabaab")


def test_speakers_own_drones_are_its_forces(pipeline: Any) -> None:
    text = "The Turkish defence ministry said its drones struck two PKK vehicles in northern Iraq on Friday."
    assert sides(pipeline, text, "struck")[0] == "Military Forces of Turkey"


def test_central_command_is_the_us_military(pipeline: Any) -> None:
    text = "US Central Command said its forces shot down two drones over the Red Sea on Monday."
    assert sides(pipeline, text, "shot down") == ("Military Forces of the United States", None)

"""Attackers who are no civilians, live-blog time stamps, country names tagged as organisations
and "local government area", on sentences written for the tests (stages/actors.py,
stages/doers.py, stages/roles.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=date(2021, 6, 10))
    return [e.to_dict() for e in pipeline.extract_article(article)]


def actor1(pipeline: Any, text: str) -> dict[str, Any]:
    found = [e["actor1"] for e in events(pipeline, text) if e["actor1"]]
    assert found, text
    return found[0]


def parsed(nlp: Any, text: str) -> Any:
    from eventwire.stages.nlp import parse

    return next(parse(nlp, [text]))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A man rammed a van into shoppers in Lyon on Saturday, killing five people.",
            "Unidentified Armed Group (France)",
        ),
        ("A woman stabbed two passengers to death on a train in Osaka on Monday.", "Unidentified Armed Group (Japan)"),
        # the attacker's nationality is not the country of the deed
        (
            "A Moroccan man drove a car into a crowd in Hamburg on Friday, killing three.",
            "Unidentified Armed Group (Germany)",
        ),
    ],
)
def test_who_does_deadly_violence_is_no_civilian(pipeline: Any, text: str, want: str) -> None:
    actor = actor1(pipeline, text)
    assert (actor["name"], actor["sector"]) == (want, "UAG")


def test_deadly_doer_reads_the_clause(nlp: Any) -> None:
    from eventwire.stages.doers import deadly_doer

    def verb(text: str, word: str) -> Any:
        return next(t for t in parsed(nlp, text) if t.text == word)

    assert deadly_doer(verb("Two men blew themselves up at the stadium gate.", "blew"))
    assert deadly_doer(verb("A man drove a lorry into the market, killing nine people.", "drove"))
    assert not deadly_doer(verb("A man drove a lorry into the market on Sunday.", "drove"))
    assert not deadly_doer(verb("The men blew up balloons for the party.", "blew"))
    assert deadly_doer(verb("A guard shot dead two prisoners in the yard.", "shot"))
    assert not deadly_doer(verb("A guard shot a prisoner in the leg.", "shot"))


def test_a_victim_stays_a_civilian(pipeline: Any) -> None:
    found = events(pipeline, "Gunmen shot dead a man in Kaduna on Sunday.")
    assert found and all((e["actor2"] or {}).get("sector") != "UAG" for e in found)
    assert any((e["actor2"] or {}).get("name") == "Civilians (Nigeria)" for e in found)


def test_a_live_blog_time_stamp_is_no_part_of_the_actor(nlp: Any) -> None:
    from eventwire.stages.roles import phrase

    doc = parsed(nlp, "09:30 GMT - Syrian troops shelled the outskirts of Idlib.")
    head = next(t for t in doc if t.text == "troops")
    assert phrase(head).text == "Syrian troops"
    doc = parsed(nlp, "Pro-government troops shelled the outskirts of Idlib.")
    head = next(t for t in doc if t.text == "troops")
    assert phrase(head).text == "Pro-government troops"


def test_a_demonym_swept_into_a_stamp_still_names_the_force(pipeline: Any) -> None:
    actor = actor1(pipeline, "11:15 GMT - Ukrainian forces shelled the village of Kozacha Lopan in Kharkiv region.")
    assert actor["name"] == "Military Forces of Ukraine"
    assert actor["text"] == "Ukrainian forces"


def test_the_country_owning_the_force_wins_over_a_place(pipeline: Any) -> None:
    text = "Burkina Faso's army carried out air strikes near the border with Mali on Tuesday."
    assert actor1(pipeline, text)["name"] == "Military Forces of Burkina Faso"


def test_local_government_area_is_a_place(pipeline: Any) -> None:
    text = "Bandits attacked the village of Gidan Bako in Tsafe local government area of Zamfara on Sunday."
    found = events(pipeline, text)
    assert found
    assert all((e["actor2"] or {}).get("sector") != "GOV" for e in found)
    text = "Bandits attacked the office of the local government chairman in Tsafe on Sunday."
    assert any((e["actor2"] or {}).get("sector") == "GOV" for e in events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Four people killed in a blast in Quetta on Friday.", "people"),
        ("Nine villagers killed in a raid near Maiduguri on Monday.", "villagers"),
    ],
)
def test_a_participle_headline_subject_is_the_victim(nlp: Any, text: str, word: str) -> None:
    from eventwire.stages.roles import agent_patient

    doc = parsed(nlp, text)
    verb = next(t for t in doc if t.text in ("killed", "wounded"))
    agents, patients = agent_patient(verb)
    assert all(word not in a.text for a in agents)
    assert any(word in p.text for p in patients)

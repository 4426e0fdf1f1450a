"""Doers named by a modifier of the event noun ("a Myanmar military air strike", "a rebel
attack"), a pronoun subject of reported speech shared by a joined verb ("said it was alarmed ...
and called for"), and herders as victims or as a militia (stages/roles.py, stages/actors.py,
data/actor_nouns.tsv). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event
from eventwire.stages.roles import agent_patient

pytestmark = pytest.mark.slow
MYANMAR = "Military Forces of Myanmar"
DRC = "Democratic Republic of the Congo"
HERDERS = "Pastoralist Militia (Nigeria)"
NG_CIVILIANS = "Civilians (Nigeria)"
NG_UNKNOWN = "Unidentified Armed Group (Nigeria)"


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8))))


def names(event: Event) -> tuple[str | None, str | None]:
    return (event.actor1.name if event.actor1 else None, event.actor2.name if event.actor2 else None)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A Myanmar military air strike hit a school in Magway region on Tuesday, killing 9.", MYANMAR),
        ("A military air strike killed 7 villagers in Sagaing region on Tuesday.", MYANMAR),
        ("A rebel attack on a police station killed 4 officers in Ituri on Monday.", "Rebel Forces (" + DRC + ")"),
    ],
)
def test_a_modifier_of_the_event_noun_names_its_doer(pipeline: Any, text: str, doer: str) -> None:
    found = [e for e in events(pipeline, text) if e.fatalities]
    assert found and names(found[0])[0] == doer


def test_a_joined_verb_after_a_passive_pronoun_is_the_speakers(pipeline: Any) -> None:
    text = "The European Union said it was shocked by the shooting and called for restraint on all sides."
    request = [e for e in events(pipeline, text) if e.plover == "REQUEST"]
    assert request and names(request[0])[0] == "European Union"


def test_a_passive_verb_joined_to_a_passive_keeps_its_patient(nlp: Any) -> None:
    doc = nlp("The convoy was ambushed and looted near the border.")
    looted = next(t for t in doc if t.lower_ == "looted")
    agents, _ = agent_patient(looted)
    assert not [a for a in agents if a.root.lower_ == "convoy"]


@pytest.mark.parametrize(
    ("text", "doer", "victims"),
    [
        ("Armed herdsmen killed 15 farmers in Benue state on Sunday.", HERDERS, NG_CIVILIANS),
        ("Nine farmers were killed by herdsmen in Plateau state on Sunday.", HERDERS, NG_CIVILIANS),
        ("Bandits killed six herders and stole their cattle in Zamfara on Sunday.", NG_UNKNOWN, NG_CIVILIANS),
    ],
)
def test_herders_who_kill_are_a_militia_and_herders_killed_are_civilians(
    pipeline: Any, text: str, doer: str, victims: str
) -> None:
    found = [e for e in events(pipeline, text) if e.fatalities]
    assert found and names(found[0]) == (doer, victims)

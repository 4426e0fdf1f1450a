"""A vehicle that runs into a mine suffers it, a country goods came from gives no nationality to
the seizing police, the killers named next to a protest are not its protesters, and those who
execute prisoners are no civilians; on sentences written for the tests (stages/mishaps.py,
stages/roles.py, stages/actors.py, stages/doers.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=date(2021, 6, 10))
    return [e.to_dict() for e in pipeline.extract_article(article)]


def parsed(nlp: Any, text: str) -> Any:
    from eventwire.stages.nlp import parse

    return next(parse(nlp, [text]))


def word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def sector(actor: dict[str, Any] | None) -> str | None:
    return actor["sector"] if actor else None


@pytest.mark.parametrize(
    "text",
    [
        "Residents said an army lorry hit a landmine near Dori on Thursday, killing three soldiers.",
        "An army patrol vehicle ran over an explosive device outside Dori on Thursday.",
        "RESIDENTS SAID AN ARMY LORRY HIT A LANDMINE NEAR DORI ON THURSDAY, KILLING THREE SOLDIERS.",
    ],
)
def test_a_vehicle_that_hits_a_mine_is_its_target(pipeline: Any, text: str) -> None:
    found = events(pipeline, text)
    assert found, text
    assert all(sector(e["actor1"]) != "MIL" for e in found), text
    assert any(sector(e["actor2"]) == "MIL" for e in found), text


def test_the_group_that_lays_the_mine_stays_the_doer(pipeline: Any) -> None:
    for text in (
        "Al-Shabaab fighters detonated a bomb under an army truck near Baidoa on Monday, killing four soldiers.",
        "Rebels hit the convoy with a roadside bomb near Goma on Monday, killing three soldiers.",
    ):
        found = events(pipeline, text)
        assert any(sector(e["actor1"]) in ("INS", "REB") for e in found), text


def test_a_walker_who_steps_on_a_mine_is_no_attacker(pipeline: Any) -> None:
    found = events(pipeline, "A farmer stepped on a landmine in Kassala on Sunday, killing him.")
    assert found
    assert all(e["actor1"] is None for e in found)
    assert any(sector(e["actor2"]) == "CVL" for e in found)


def test_tripping_verb_reads_the_clause(nlp: Any) -> None:
    from eventwire.stages.mishaps import tripping_verb, trips_device

    doc = parsed(nlp, "A bus hit a roadside bomb near the market.")
    assert tripping_verb(word(doc, "bomb")) is not None and trips_device(word(doc, "hit"))
    doc = parsed(nlp, "The truck drove over a mine on the road.")
    assert tripping_verb(word(doc, "mine")) is not None
    doc = parsed(nlp, "The militants placed a bomb near the market.")
    assert tripping_verb(word(doc, "bomb")) is None and not trips_device(word(doc, "placed"))
    doc = parsed(nlp, "The bus hit a wall near the market.")
    assert not trips_device(word(doc, "hit"))


@pytest.mark.parametrize(
    "text",
    [
        "Police seized 25 assault rifles smuggled from Honduras on Friday.",
        "Soldiers seized 80 hand grenades made in Bulgaria on Friday.",
    ],
)
def test_where_goods_came_from_is_no_nationality(pipeline: Any, text: str) -> None:
    found = [e for e in events(pipeline, text) if e["actor1"]]
    assert found, text
    assert all(e["actor1"]["country"] in (None, "") for e in found), text


def test_the_seizing_police_keep_the_country_they_act_in(pipeline: Any) -> None:
    found = [e for e in events(pipeline, "Police in Honduras seized 25 assault rifles on Friday.") if e["actor1"]]
    assert any(e["actor1"]["country"] == "HND" for e in found)


def test_goods_origin_reads_the_phrase(nlp: Any) -> None:
    from eventwire.stages.mishaps import goods_origin

    doc = parsed(nlp, "Police seized rifles imported from Peru.")
    assert goods_origin(doc[word(doc, "Peru").i : word(doc, "Peru").i + 1])
    doc = parsed(nlp, "Police seized rifles in Peru.")
    assert not goods_origin(doc[word(doc, "Peru").i : word(doc, "Peru").i + 1])


def test_the_killers_named_beside_a_protest_are_not_its_protesters(nlp: Any, pipeline: Any) -> None:
    from eventwire.stages.roles import agent_patient

    doc = parsed(nlp, "Monitors documented 52 killings by police, most of them during demonstrations.")
    agents, _ = agent_patient(word(doc, "demonstrations"))
    assert all(span.root.lower_ != "police" for span in agents)
    real = [e for e in events(pipeline, "Demonstrations by farmers blocked roads in Punjab on Monday.") if e["actor1"]]
    assert any(e["event_type"] == "Protests" and sector(e["actor1"]) == "PRO" for e in real)


def test_who_executes_prisoners_is_no_civilian(pipeline: Any) -> None:
    found = [e for e in events(pipeline, "On Friday, the cousins executed three informers near Menaka.") if e["actor1"]]
    assert found and all(sector(e["actor1"]) == "UAG" for e in found)
    found = events(pipeline, "Gunmen executed two brothers near Menaka on Friday.")
    assert any(sector(e["actor2"]) == "CVL" for e in found)


def test_executing_a_plan_kills_nobody(nlp: Any) -> None:
    from eventwire.stages.doers import deadly_doer

    assert deadly_doer(word(parsed(nlp, "The men executed three prisoners at dawn."), "executed"))
    assert not deadly_doer(word(parsed(nlp, "The men executed the plan at dawn."), "executed"))

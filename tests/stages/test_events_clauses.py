"""Events told in clauses of their own beside another event of the sentence, tolls of an event named
again, and slash datelines. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.conftest import records

from eventwire.stages.nlp import dateline_end

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str, published: date = date(2024, 5, 20)) -> list[dict[str, Any]]:
    return records(pipeline, text, published)


def by_sub(evs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["sub_event_type"]: e for e in evs}


def test_a_clash_in_an_as_clause_is_an_event_with_its_own_toll(pipeline: Any) -> None:
    text = (
        "Armed men abducted 12 passengers from a minibus outside Kidal on Tuesday, "
        "as clashes between soldiers and rebels left at least five people dead."
    )
    subs = by_sub(events(pipeline, text))
    assert subs["Abduction/forced disappearance"]["fatalities"] is None
    assert subs["Armed clash"]["fatalities"] == 5


@pytest.mark.parametrize(("verb", "kinds"), [("battle", 1), ("battled", 2)])
def test_a_clash_in_a_present_tense_as_clause_is_only_a_backdrop(pipeline: Any, verb: str, kinds: int) -> None:
    text = f"Rebels shelled the town of Kalehe on Monday as government troops {verb} militias across the province."
    assert len(events(pipeline, text)) == kinds


def test_an_attack_and_the_army_reply_in_one_sentence_are_two_events(pipeline: Any) -> None:
    text = (
        "Insurgents attacked a police checkpoint near Gao on Sunday, killing six officers, and the army "
        "said it had killed 30 of the attackers in air strikes the next day."
    )
    subs = by_sub(events(pipeline, text))
    assert set(subs) == {"Armed clash", "Air/drone strike"}
    assert subs["Armed clash"]["fatalities"] == 6
    assert subs["Air/drone strike"]["actor1"] is None or "Insurgent" not in subs["Air/drone strike"]["actor1"]["name"]


@pytest.mark.parametrize(
    "text",
    [
        "Two suicide bombers killed 14 people at a bus station in Maiduguri on Friday.",
        "Militants hurled grenades at a police patrol in Srinagar on Friday.",
    ],
)
def test_a_weak_verb_of_the_strong_trigger_is_the_same_event(pipeline: Any, text: str) -> None:
    assert len(events(pipeline, text)) == 1


def test_a_killing_told_in_a_relative_clause_is_no_toll_of_the_event(pipeline: Any) -> None:
    text = "The shooting on Friday happened outside the bar where a gunman killed four men in 2015."
    (ev,) = events(pipeline, text)
    assert ev["fatalities"] is None


def test_a_toll_of_the_strikes_named_again_goes_to_the_strikes(pipeline: Any) -> None:
    text = (
        "Government warplanes carried out air strikes on Idlib on Tuesday, a day after rebels fired rockets "
        "at Latakia. A monitoring group said the strikes hit a crowded market, killing 19 civilians and wounding 30."
    )
    subs = by_sub(events(pipeline, text))
    strike = subs["Air/drone strike"]
    assert (strike["fatalities"], strike["injured"]) == (19, 30)
    assert len(subs) == 2 and all(e["fatalities"] is None for k, e in subs.items() if k != "Air/drone strike")


def test_a_toll_named_again_restates_the_one_held(pipeline: Any) -> None:
    text = (
        "Government warplanes carried out air strikes on Idlib on Tuesday, killing five people, a day after "
        "rebels fired rockets at Latakia. A monitoring group said the strikes hit a crowded market, "
        "killing 19 civilians."
    )
    evs = events(pipeline, text)
    strikes = [e for e in evs if e["sub_event_type"] == "Air/drone strike"]
    assert len(evs) == 2 and [e["fatalities"] for e in strikes] == [19]


@pytest.mark.parametrize(
    "text",
    [
        "MOGADISHU/NAIROBI, March 3 (Reuters) - Al Shabaab fighters stormed a village.",
        "GOMA, March 3 (Reuters) - Rebels stormed a village.",
    ],
)
def test_datelines_with_one_or_two_cities(text: str) -> None:
    assert dateline_end(text) == text.index(" - ") + 3


def test_the_cities_of_a_slash_dateline_are_no_doer(pipeline: Any) -> None:
    text = (
        "MOGADISHU/NAIROBI, June 4 (Reuters) - Fighters from the Ras Kamboni militia stormed a village "
        "in Lower Juba on Saturday, killing 12 civilians."
    )
    (ev,) = events(pipeline, text)
    assert ev["actor1"] is None or "Kenya" not in ev["actor1"]["name"]

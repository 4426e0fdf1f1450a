"""Plural demonyms as victims, reaction verbs, armed crowds and victims' groups, on
sentences written for the tests (stages/actors.py, stages/roles.py, stages/events.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=date(2021, 6, 10))
    return [e.to_dict() for e in pipeline.extract_article(article)]


def by_trigger(pipeline: Any, text: str, trigger: str) -> dict[str, Any]:
    found = [e for e in events(pipeline, text) if e["trigger"] == trigger]
    assert found, text
    return found[0]


def name(ev: dict[str, Any], side: str) -> str | None:
    return (ev[side] or {}).get("name")


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        ("Gunmen shot dead nine Syrians near Aleppo on Tuesday.", "shot dead", "Civilians (Syria)"),
        ("Soldiers detained 20 Afghans in Kabul on Tuesday.", "detained", "Civilians (Afghanistan)"),
        ("Nine Somalis were killed in a bombing in Mogadishu on Tuesday.", "bombing", "Civilians (Somalia)"),
    ],
)
def test_plural_demonym_as_victim_is_the_countrys_people(pipeline: Any, text: str, trigger: str, want: str) -> None:
    ev = by_trigger(pipeline, text, trigger)
    assert name(ev, "actor2") == want
    assert ev["actor2"]["sector"] == "CVL"


def test_country_name_ending_in_s_stays_the_state(pipeline: Any) -> None:
    ev = by_trigger(pipeline, "Chinese forces attacked the Philippines on Tuesday.", "attacked")
    assert name(ev, "actor2") == "Military Forces of the Philippines"


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kano are investigating the killings of three traders.",
        "Hundreds of students protested in Kano against the killing of a trader.",
        "Local leaders in Kano condemned the attack on the market.",
    ],
)
def test_reaction_verb_subject_is_not_the_doer(pipeline: Any, text: str) -> None:
    for ev in events(pipeline, text):
        if ev["event_type"] in ("Violence against civilians", "Battles", "Explosions/Remote violence"):
            assert ev["actor1"] is None, (text, ev["actor1"])


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Al Shabaab launched an attack on a base in Lower Shabelle on Tuesday.", "attack", "al-Shabaab"),
        ("JNIM claimed an attack on soldiers in Mopti on Tuesday.", "attack", "Jama'at Nusrat al-Islam"),
    ],
)
def test_doer_verbs_keep_their_subject_as_doer(pipeline: Any, text: str, trigger: str, doer: str) -> None:
    assert (name(by_trigger(pipeline, text, trigger), "actor1") or "").startswith(doer)


def test_armed_youths_are_an_armed_group_but_armed_protesters_protest(pipeline: Any) -> None:
    ev = events(pipeline, "Armed youths raided a village in Kaduna on Tuesday.")[0]
    assert name(ev, "actor1") == "Unidentified Armed Group (Nigeria)"
    ev = events(pipeline, "Armed protesters attacked the parliament in Tripoli on Tuesday.")[0]
    assert ev["actor1"]["sector"] == "PRO"


def test_group_of_the_victims_is_not_the_doer(pipeline: Any) -> None:
    ev = by_trigger(pipeline, "Five Houthi fighters were killed in explosions in Marib on Tuesday.", "explosions")
    assert ev["actor1"] is None
    assert name(ev, "actor2") == "Houthis"


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Nigerian troops killed 20 insurgents in air strikes in Borno on Tuesday.", "air strikes", "Nigeria"),
        ("Turkish forces destroyed a weapons depot with a drone strike in Duhok on Tuesday.", "drone strike", "Turkey"),
    ],
)
def test_strike_named_as_the_means_takes_the_verbs_subject(pipeline: Any, text: str, trigger: str, doer: str) -> None:
    ev = by_trigger(pipeline, text, trigger)
    assert name(ev, "actor1") == f"Military Forces of {doer}"


def test_dying_in_strikes_does_not_make_the_dead_the_doers(pipeline: Any) -> None:
    ev = by_trigger(pipeline, "Six soldiers died in air strikes in Borno on Tuesday.", "air strikes")
    assert ev["actor1"] is None
    assert name(ev, "actor2") == "Military Forces of Nigeria"


def test_region_of_a_country_is_a_place_not_its_state(pipeline: Any) -> None:
    ev = by_trigger(pipeline, "Insurgents fired mortars at northern Mali on Tuesday.", "fired")
    assert ev["actor2"] is None
    assert name(ev, "actor1") == "Insurgents (Mali)"
    ev = by_trigger(pipeline, "North Korea fired missiles at South Korea on Tuesday.", "fired")
    assert name(ev, "actor2") == "Military Forces of South Korea"


def test_relative_clause_subject_is_the_noun_it_describes(pipeline: Any) -> None:
    ev = by_trigger(
        pipeline, "Police fired tear gas at demonstrators who marched through Nairobi on Tuesday.", "marched"
    )
    assert (name(ev, "actor1") or "").startswith("Protesters")


@pytest.mark.parametrize(("speaker", "doer"), [("police said", "Police Forces"), ("witnesses said", None)])
def test_forces_reporting_arrests_made_them(pipeline: Any, speaker: str, doer: str | None) -> None:
    ev = by_trigger(pipeline, f"Thirty people were arrested in Nairobi on Tuesday, {speaker}.", "arrested")
    assert (name(ev, "actor1") or "").startswith(doer) if doer else ev["actor1"] is None


def test_pentagon_is_the_us_military_and_troops_sent_are_no_target(pipeline: Any) -> None:
    ev = events(pipeline, "The Pentagon said it would deploy 2,000 more troops to Poland on Tuesday.")[0]
    assert name(ev, "actor1") == "Military Forces of the United States"
    assert ev["actor2"] is None


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Britain imposed new sanctions on Iran on Tuesday.", "imposed new sanctions", "Government of Iran"),
        ("Ethiopia and Eritrea agreed to a truce in Asmara on Tuesday.", "agreed", "Government of Eritrea"),
    ],
)
def test_object_of_sanctions_and_co_party_are_actor2(pipeline: Any, text: str, trigger: str, target: str) -> None:
    assert name(by_trigger(pipeline, text, trigger), "actor2") == target

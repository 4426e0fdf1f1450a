"""Merging after review: back-references, background "since ..., when" clauses and headlines
(stages/dedup.py, stages/incidents.py); sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str, published: date = date(2022, 6, 9)) -> list[Any]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=published)))


def bombings(pipeline: Any, text: str) -> list[Any]:
    return [e for e in events(pipeline, text) if e.event_type == "Explosions/Remote violence"]


def test_victims_of_a_back_reference_join_the_bombing(pipeline: Any) -> None:
    text = (
        "A car bomb exploded near a bus station in Herat on Wednesday, killing 8 people and wounding 20, "
        "officials said.\n\nFour soldiers were wounded in the blast, an army spokesman said.\n"
    )
    found = bombings(pipeline, text)
    assert len(found) == 1
    assert (found[0].fatalities, found[0].injured) == (8, 20)


def test_another_bomb_with_other_victims_stays_apart(pipeline: Any) -> None:
    text = (
        "A car bomb exploded near a bus station in Herat on Wednesday, killing 8 people, officials said.\n\n"
        "Another bomb exploded near a school in Herat on Wednesday, wounding four soldiers.\n"
    )
    assert len(bombings(pipeline, text)) == 2


SINCE_WHEN = (
    "A suicide bomber blew himself up at a market in Herat on Wednesday, killing 14 people, officials said.\n\n"
    "The Taliban claimed responsibility for the bombing.\n\n"
    "The bombing was the deadliest in the city since March, when a truck bomb killed 60 people near the "
    "police headquarters.\n"
)


def test_a_since_when_event_stays_background_and_keeps_no_claim(pipeline: Any) -> None:
    found = bombings(pipeline, SINCE_WHEN)
    by_toll = {e.fatalities: e for e in found}
    assert set(by_toll) == {14, 60}
    assert by_toll[14].actor1 is not None and by_toll[14].actor1.sector == "UAG"
    assert by_toll[14].event_date == date(2022, 6, 8)
    assert by_toll[60].actor1 is None
    assert by_toll[60].event_date is not None and by_toll[60].event_date < date(2022, 6, 1)


def test_the_headline_joins_the_body_record_when_only_the_claim_names_the_doer(pipeline: Any) -> None:
    text = (
        "Suicide bomber kills 18 at Herat shrine\n\n"
        "HERAT, June 8 - A suicide bomber blew himself up inside a Sufi shrine in Herat on Wednesday, "
        "killing 18 worshippers, officials said.\n\nIslamic State claimed responsibility for the attack.\n"
    )
    found = bombings(pipeline, text)
    assert len(found) == 1
    assert found[0].fatalities == 18


def test_a_headline_and_a_body_event_by_named_different_doers_stay_apart(pipeline: Any) -> None:
    text = (
        "Taliban bomb kills 18 at Herat shrine\n\n"
        "HERAT, June 8 - Islamic State fighters shelled a village near Herat on Wednesday, killing 3 farmers.\n"
    )
    found = events(pipeline, text)
    assert len([e for e in found if e.fatalities in (3, 18)]) == 2


def test_a_back_reference_in_an_accusation_joins_the_record_it_names(pipeline: Any) -> None:
    text = (
        "Gunmen killed 9 farmers in Zamfara state on Monday, police said.\n\nPolice blamed Ansaru for the killings.\n"
    )
    attacks = [e for e in events(pipeline, text) if e.event_type == "Violence against civilians"]
    assert len(attacks) == 1
    assert attacks[0].fatalities == 9


def test_a_killing_by_another_named_group_stays_apart(pipeline: Any) -> None:
    text = (
        "Ansaru gunmen killed 9 farmers in Zamfara state on Monday, police said.\n\n"
        "Boko Haram fighters killed 4 herders in Zamfara state on Monday.\n"
    )
    attacks = [e for e in events(pipeline, text) if e.event_type == "Violence against civilians"]
    assert sorted(e.fatalities for e in attacks) == [4, 9]

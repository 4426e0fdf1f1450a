"""Named armed groups active now and their splinters: Myanmar's "PDF", the FARC's dissidents (a
different actor from the demobilised FARC), and a later "jihadists" when the article names two
groups together (neither is guessed)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def _events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    evs = pipeline.extract_article(Article(id="t", text=text, published=date(2026, 10, 14)))
    return [e.to_dict() for e in evs]


def _actor1(pipeline: Any, text: str) -> str | None:
    e = _events(pipeline, text)[0]
    return e["actor1"]["name"] if e["actor1"] else None


def test_pdf_is_the_peoples_defence_force(pipeline: Any) -> None:
    text = "PDF fighters ambushed an army truck near Monywa on Sunday, killing four soldiers."
    assert _actor1(pipeline, text) == "People's Defence Force"


def test_pdf_in_capitals(pipeline: Any) -> None:
    text = "PDF FIGHTERS AMBUSHED AN ARMY TRUCK NEAR MONYWA ON SUNDAY, KILLING FOUR SOLDIERS."
    assert _actor1(pipeline, text) == "People's Defence Force"


def test_unnamed_fighters_stay_unidentified(pipeline: Any) -> None:
    text = "Unknown fighters ambushed an army truck near Monywa on Sunday, killing four soldiers."
    assert _actor1(pipeline, text) == "Unidentified Armed Group (Myanmar)"


def test_farc_dissidents_are_not_the_farc(pipeline: Any) -> None:
    text = "FARC dissidents shot dead two soldiers in Cauca on Sunday."
    assert _actor1(pipeline, text) == "FARC Dissidents"


def test_dissidents_of_the_former_group(pipeline: Any) -> None:
    text = (
        "Dissidents of the former Revolutionary Armed Forces of Colombia (FARC) ambushed a police patrol"
        " in Jamundi on Sunday, killing two officers."
    )
    assert _actor1(pipeline, text) == "FARC Dissidents"


def test_dissident_faction_of_the_group_in_capitals(pipeline: Any) -> None:
    text = "A DISSIDENT FACTION OF THE FARC ABDUCTED A MAYOR IN ARGELIA ON SUNDAY."
    assert _actor1(pipeline, text) == "FARC Dissidents"


def test_fighters_of_the_group_are_the_group(pipeline: Any) -> None:
    text = (
        "Fighters of the Revolutionary Armed Forces of Colombia (FARC) ambushed a police patrol"
        " in Jamundi on Sunday, killing two officers."
    )
    assert _actor1(pipeline, text) == "FARC"


def test_generic_jihadists_after_two_groups_named_together(pipeline: Any) -> None:
    text = (
        "The north has been hit by an insurgency of groups tied to al Qaeda and Islamic State since 2015."
        " Last week, jihadists killed 30 soldiers near Djibo in Burkina Faso."
    )
    assert _actor1(pipeline, text) == "Islamist Militants (Burkina Faso)"


def test_generic_jihadists_after_one_group_refer_back(pipeline: Any) -> None:
    text = (
        "The north has been hit by an insurgency of Islamic State since 2015."
        " Last week, jihadists killed 30 soldiers near Djibo in Burkina Faso."
    )
    assert _actor1(pipeline, text) == "Islamic State"


def _first(pipeline: Any, text: str) -> dict[str, Any]:
    return _events(pipeline, text)[0]


@pytest.mark.parametrize(
    "text",
    [
        'The RSF said its fighters had "liberated" the town of Um Dam, east of Kadugli, on Sunday.',
        "RSF fighters captured the town of Um Dam, east of Kadugli, on Sunday.",
    ],
)
def test_the_rsf_is_a_non_state_group_taking_ground(pipeline: Any, text: str) -> None:
    e = _first(pipeline, text)
    assert e["actor1"]["name"] == "Rapid Support Forces"
    assert e["sub_event_type"] == "Non-state actor overtakes territory"


def test_the_army_liberating_a_town_regains_it(pipeline: Any) -> None:
    e = _first(pipeline, 'The army said its soldiers had "liberated" the town of Um Dam, east of Kadugli, on Sunday.')
    assert e["sub_event_type"] == "Government regains territory"

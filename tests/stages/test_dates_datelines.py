"""The story's own date is not an event's (F19), an undated paragraph that refers back to the
incident told before it takes its date (F10), and a figure of a dated background clause is not
the toll of the event it hangs on."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.conftest import by_trigger

from eventwire.records import Article
from eventwire.stages.article_date import article_date_span

TUESDAY = date(2014, 8, 26)


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    return [e.to_dict() for e in pipeline.extract_article(Article(id="t", text=text, published=TUESDAY))]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Headline here\n\nGAO, Aug 26 (Reuters) - Rebels attacked a base.", "Aug 26"),
        ("LIMA, 24 AUG 14 -- [TEXT] TERRORISTS ATTACKED A POLICE STATION.", "24 AUG 14"),
        ("Published: 2014-08-26\n\nRebels attacked a base.", "Published: 2014-08-26"),
        ("KABUL, Aug 26 - Gunmen attacked a bus on Sunday.", "Aug 26"),
    ],
)
def test_the_span_the_article_date_was_read_from(text: str, words: str) -> None:
    span = article_date_span(text)
    assert span is not None
    assert text[span[0] : span[1]] == words


def test_no_span_without_a_dateline() -> None:
    assert article_date_span("Rebels attacked a base near Gao on Aug 26, officials said.") is None


@pytest.mark.slow
def test_a_wire_dateline_does_not_date_the_lead(pipeline: Any) -> None:
    text = "Rebels attack army base in northern Mali\n\nGAO, Aug 26 (Reuters) - Rebels attacked an army base near Gao."
    attack = by_trigger(events(pipeline, text), "attack")
    assert attack["date_precision"] == "week"


@pytest.mark.slow
def test_a_muc_dateline_does_not_date_the_lead(pipeline: Any) -> None:
    text = "LIMA, 24 AUG 14 -- [TEXT] TERRORISTS ATTACKED A POLICE STATION IN AYACUCHO."
    attack = by_trigger(events(pipeline, text), "ATTACK")
    assert attack["date_precision"] == "week"


@pytest.mark.slow
def test_the_lead_still_takes_its_own_date_after_a_dateline(pipeline: Any) -> None:
    text = "KABUL, Aug 26 - Taliban fighters killed four soldiers in Helmand on Sunday."
    killing = by_trigger(events(pipeline, text), "kill")
    assert (killing["event_date"], killing["date_precision"]) == ("2014-08-24", "day")


GAZA = (
    "Air strikes killed 12 people across the Gaza Strip on Monday, after militants fired dozens of rockets.\n\n"
    "One rocket struck a house in Ashkelon, lightly wounding two people.\n\n"
    "The UN envoy urged both sides to exercise restraint."
)


@pytest.mark.slow
def test_a_partitive_noun_continues_the_incident_before_it(pipeline: Any) -> None:
    rocket = by_trigger(events(pipeline, GAZA), "rocket")
    assert (rocket["event_date"], rocket["date_precision"]) == ("2014-08-25", "day")


@pytest.mark.slow
def test_a_new_subject_keeps_the_week(pipeline: Any) -> None:
    urged = by_trigger(events(pipeline, GAZA), "urged")
    assert urged["date_precision"] == "week"


@pytest.mark.slow
def test_a_bare_plural_named_before_continues_the_incident(pipeline: Any) -> None:
    text = (
        "Police fired tear gas on Saturday at thousands of protesters who marched through the capital.\n\n"
        "Protesters set up barricades and looted several shops."
    )
    looted = by_trigger(events(pipeline, text), "looted")
    assert (looted["event_date"], looted["date_precision"]) == ("2014-08-23", "day")


@pytest.mark.slow
def test_an_unrelated_attack_in_the_next_paragraph_keeps_the_week(pipeline: Any) -> None:
    text = (
        "A car bomb exploded at a checkpoint in Mogadishu on Saturday, killing eight people.\n\n"
        "Gunmen attacked a police station in Kismayo, killing two officers."
    )
    attack = by_trigger(events(pipeline, text), "attack")
    assert attack["date_precision"] == "week"


@pytest.mark.slow
def test_a_dated_background_clause_keeps_its_toll(pipeline: Any) -> None:
    text = "Sunday's shooting happened at the same bar where a gunman killed three men in the summer of 2012."
    shooting = by_trigger(events(pipeline, text), "shooting")
    assert shooting["fatalities"] is None


@pytest.mark.slow
def test_an_undated_where_clause_tells_the_same_event(pipeline: Any) -> None:
    text = "A car bomb exploded at a checkpoint in the capital on Saturday, where it killed eight soldiers."
    blast = by_trigger(events(pipeline, text), "exploded")
    assert blast["fatalities"] == 8

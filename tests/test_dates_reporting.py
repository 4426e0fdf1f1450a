"""The day of a report does not date what it reports (stages/when_reporting.py); a legal act and
the offence it names keep their own dates (stages/when_legal.py); "overnight" is the night before
the report."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.conftest import dated as dated_on
from tests.conftest import records

FRIDAY = date(2025, 5, 16)  # the article's date, a Friday


def dated(pipeline: Any, text: str, word: str) -> tuple[str | None, str | None]:
    return dated_on(pipeline, text, word, FRIDAY)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "Two farmers died when a landmine blew up in a rice field in Battambang province, police said on "
            "Thursday. The farmers were ploughing the field on Tuesday morning when the mine went off.",
            "landmine",
            "2025-05-13",
        ),
        (
            "Government shelling of three towns in Idlib killed at least eight people, rescuers told reporters on "
            "Thursday. The shells hit the market of Saraqeb on Wednesday evening.",
            "shelling",
            "2025-05-14",
        ),
    ],
)
def test_a_later_sentence_telling_the_event_gives_its_day(pipeline: Any, text: str, word: str, day: str) -> None:
    assert dated(pipeline, text, word) == (day, "day")


@pytest.mark.slow
def test_the_report_day_alone_dates_the_event_to_the_week(pipeline: Any) -> None:
    # the report's day is the latest the killing can be: never the article's later date
    text = "Gunmen killed four traders on the road to Gao, the regional governor announced on Thursday."
    assert dated(pipeline, text, "killed") == ("2025-05-15", "week")


@pytest.mark.slow
def test_the_statement_keeps_the_report_day(pipeline: Any) -> None:
    text = "The defence ministry accused the rebels on Thursday of shelling two border posts."
    assert dated(pipeline, text, "accused") == ("2025-05-15", "day")


@pytest.mark.slow
def test_a_day_in_the_event_clause_still_dates_it(pipeline: Any) -> None:
    text = "Rebels attacked an army base in Kidal on Wednesday, killing six soldiers, officials said on Thursday."
    assert dated(pipeline, text, "attacked") == ("2025-05-14", "day")


@pytest.mark.slow
def test_an_offence_is_not_dated_by_the_verdict_day(pipeline: Any) -> None:
    text = (
        "A tribunal on Thursday convicted two former police officers over a shooting that killed nine "
        "protesters in the capital six years ago."
    )
    assert dated(pipeline, text, "shooting") == ("2019-01-01", "year")


@pytest.mark.slow
def test_a_headline_year_of_the_offence_does_not_date_the_sentence(pipeline: Any) -> None:
    text = "Gang leader jailed over 2019 market bombing\n\nThe leader of the gang was sentenced in Lagos on Thursday."
    assert dated(pipeline, text, "jailed") != ("2019-01-01", "year")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Rebels shelled the outskirts of Goma overnight, killing three civilians, the army said on Thursday.",
            "2025-05-14",
        ),
        ("Rebels shelled the outskirts of Goma overnight, killing three civilians.", "2025-05-15"),
    ],
)
def test_overnight_is_the_night_before_the_report(pipeline: Any, text: str, day: str) -> None:
    assert dated(pipeline, text, "shelled") == (day, "day")


@pytest.mark.slow
def test_overnight_after_a_dated_sentence_goes_on_with_its_story(pipeline: Any) -> None:
    text = "On Monday, gunmen attacked a police post in Beni. Overnight, the gunmen burned two houses near the post."
    assert dated(pipeline, text, "burned") == ("2025-05-12", "day")


@pytest.mark.slow
def test_a_later_incident_elsewhere_does_not_date_the_headline(pipeline: Any) -> None:
    text = (
        "Gunmen kill two herders in Katsina\n\n"
        "Gunmen killed two herders in the Batsari area of Katsina State, officials said. It happened around "
        "10 p.m. Tuesday, a police spokesman said.\n\n"
        "Soldiers were sent to the area and a search for the gunmen has begun, the spokesman said.\n\n"
        "Attacks have risen in the region this year. Bandits killed four traders in neighbouring Kebbi State on "
        "April 30, according to local officials."
    )
    recs = records(pipeline, text, FRIDAY)
    assert {r["event_date"] for r in recs if r["event_type"] == "Violence against civilians"} == {
        "2025-05-13",
        "2025-04-30",
    }


@pytest.mark.slow
def test_a_later_mention_referring_back_dates_the_headline(pipeline: Any) -> None:
    text = (
        "Man charged in fatal bar shooting\n\n"
        "A man was arraigned Thursday in the death of a cook. About 2 a.m. May 4, someone shot him outside "
        "the bar, police said."
    )
    assert dated(pipeline, text, "shooting") == ("2025-05-04", "day")


@pytest.mark.slow
def test_a_day_beats_a_weekend_noun_of_its_clause(pipeline: Any) -> None:
    text = "Bandits raided the weekend cattle market in Zaria on Wednesday, killing three herders."
    assert dated(pipeline, text, "raided") == ("2025-05-14", "day")


@pytest.mark.slow
def test_a_victim_named_before_dates_the_headline(pipeline: Any) -> None:
    text = (
        "Father charged in son's hunting shooting\n\n"
        "A farmer has been charged in the death of his son Tomas Reyes. He was awaiting a hearing Thursday, "
        "the prosecutor said. Reyes was shot and killed May 2 near the farm in Ridge Township."
    )
    assert dated(pipeline, text, "shooting") == ("2025-05-02", "day")

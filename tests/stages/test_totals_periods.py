"""Period totals (stages/totals.py): a toll over a whole year or longer, in any tense, and an
incident counted among others over a period are no event; an incident with a finer date, or told
actively with its doer, stays. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article
from eventwire.stages.casualties import find_counts
from eventwire.stages.totals import total_reason

FRIDAY = date(2023, 6, 9)


@pytest.mark.parametrize(
    "clause",
    [
        "Around 2,500 people were abducted in the country last year, the report said on Tuesday.",
        "In 2021, more than 900 civilians were killed in the fighting.",
        "Some 1,200 migrants died at sea in 2022, according to the agency.",
        "More than 3,000 people were kidnapped in the region this year.",
        "GENEVA, March 3 (Reuters) - More than 1,100 aid workers were attacked last year, the agency said.",
        "About 900 migrants died at sea last year, the agency said on Monday.\n\n",  # a sentence with its break
        "The militia has fought government troops since 2016.",  # an irregular perfect
        "Over 300,000 people have died in the country since the army seized power in a coup in 2021.",
    ],
)
def test_period_totals(clause: str) -> None:
    assert total_reason(clause, FRIDAY)


@pytest.mark.parametrize(
    "clause",
    [
        "Forty villagers were killed in Kasala in March.",
        "Gunmen killed 15 people at a market on Sunday.",
        "In 2014, militants abducted 270 pupils from a school.",  # told actively, with its doer
        "Six men were shot dead in the city's 12th mass shooting this year.",
        "Twenty people were killed in the deadliest attack this year.",
        "Nine soldiers were killed on Friday last year.",  # a day
    ],
)
def test_not_period_totals(clause: str) -> None:
    assert not total_reason(clause, FRIDAY)


def test_a_period_total_gives_no_figure() -> None:
    assert find_counts("In 2021, more than 900 civilians were killed in the fighting.") == []
    assert [c.value for c in find_counts("Forty villagers were killed in Kasala in March.")] == [40]


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    return [e.to_dict() for e in pipeline.extract_article(Article(id="t", text=text, published=FRIDAY))]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The charity says more than 2,000 people were abducted in the country last year.",
        "In 2020, more than 500 people were killed in communal violence, the group said.",
        "It was the town's fourth bombing this year.",
        "The militia has fought government troops since 2016.",
        "ROME, May 2 (Reuters) - About 900 migrants died at sea last year, the agency said on Monday.\n\n",
    ],
)
def test_a_period_total_is_no_event(pipeline: Any, text: str) -> None:
    assert events(pipeline, text) == []


@pytest.mark.slow
def test_an_incident_of_a_month_stays(pipeline: Any) -> None:
    found = events(pipeline, "Gunmen killed 30 villagers in Dogo in May.")
    assert [(e["event_date"], e["fatalities"]) for e in found] == [("2023-05-01", 30)]

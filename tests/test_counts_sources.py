"""Dying told as a loss or a price ("lost his life", "paid the supreme price"); another teller's
toll in a later sentence is a competing figure, not a replacement (stages/toll_sources.py); the
attackers the other side says it killed are not the attack's toll (stages/attackers_dead.py).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article
from eventwire.stages.casualties import find_counts


def counts(text: str) -> list[tuple[str, int, int | None]]:
    return [(c.kind, c.value, c.high) for c in find_counts(text)]


def events(pipeline: Any, text: str) -> list[Any]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 4, 12))))


def records(pipeline: Any, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.fatalities, e.injured) for e in events(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A sergeant lost his life in the ambush.", [("killed", 1, None)]),
        ("One ranger paid the ultimate price and three others were hurt.", [("killed", 1, None), ("injured", 3, None)]),
        ("Five marines made the supreme sacrifice defending the post.", [("killed", 5, None)]),
        ("Two policemen lost their lives while one other was hurt.", [("killed", 2, None), ("injured", 1, None)]),
    ],
)
def test_dying_told_as_a_loss_or_a_price(text: str, expected: list[tuple[str, int, None]]) -> None:
    assert counts(text) == expected


def test_a_price_or_a_loss_of_something_else_is_no_death() -> None:
    assert counts("The farmer paid the price for ignoring the warning.") == []
    assert counts("A teacher lost her life savings to the fraud.") == []
    assert counts("The club lost their lead in the second half.") == []


@pytest.mark.slow
def test_a_loss_of_life_after_the_event_is_its_toll(pipeline: Any) -> None:
    text = (
        "Soldiers fought off an attack on a base near Gwoza on Monday. "
        "A corporal lost his life while four others sustained injuries."
    )
    assert records(pipeline, text) == [(1, 4)]


@pytest.mark.slow
def test_another_tellers_toll_is_a_high_figure(pipeline: Any) -> None:
    text = (
        "A missile strike on a market in Kharkiv killed at least 11 people on Friday, the regional governor said. "
        "The national police put the death toll at 16."
    )
    found = events(pipeline, text)
    assert [(e.fatalities, e.why["casualties"]["killed"]["high"]) for e in found] == [(11, 16)]
    text = (
        "A missile strike on a market in Kharkiv killed at least 11 people on Friday, the regional governor said. "
        "The national police counted 9 dead."
    )
    found = events(pipeline, text)
    assert [(e.fatalities, e.why["casualties"]["killed"]["high"]) for e in found] == [(9, 11)]


@pytest.mark.slow
@pytest.mark.parametrize(
    "second",
    [
        "The national police said the death toll had risen to 16.",  # told as grown: an update
        "The regional governor later put the death toll at 16.",  # the same teller, later
        "The death toll rose to 16.",  # no teller named
    ],
)
def test_a_toll_told_again_as_grown_or_by_the_same_teller_replaces(pipeline: Any, second: str) -> None:
    first = "A missile strike on a market in Kharkiv killed at least 11 people on Friday, the regional governor said."
    text = f"{first} {second}"
    assert [e.fatalities for e in events(pipeline, text)] == [16]


def test_the_attackers_the_other_side_says_it_killed_are_not_the_toll() -> None:
    text = "Raiders attacked the town, killing about 40 villagers; the army says it killed more than 80 attackers."
    assert counts(text) == [("killed", 40, None)]
    text = "Bandits stormed a market, killing 12 traders, while police said they killed 20 of the gunmen."
    assert counts(text) == [("killed", 12, None)]


def test_attackers_killed_stay_a_toll_when_nothing_else_is() -> None:
    assert counts("Troops killed 14 militants in a raid on a camp.") == [("killed", 14, None)]
    text = "Gunmen killed five guards at the mine, and three of the gunmen were also killed."
    assert max(c.value for c in find_counts(text) if c.kind == "killed") == 8  # more dead of the attack


@pytest.mark.slow
def test_one_person_wounded_in_the_next_sentence_is_one_hurt(pipeline: Any) -> None:
    text = "Gunmen attacked a bus depot in Cuenca on Tuesday, police said. A driver was wounded in the arm."
    assert records(pipeline, text) == [(None, 1)]

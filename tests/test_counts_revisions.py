"""Tolls told again as changed: a revised or corrected figure replaces the one told before
(stages/revisions.py); the wounded who later died, one more by an ordinal and more dead told with
"also" (stages/more_dead.py, stages/tolls.py); a zero told of everyone in a sentence of its own; one
figure of the dead or the hurt (stages/void_figures.py); and the phrasings of casualties.py: a
figure before a colon, "N, and possibly as many as M", "succumbed", "a couple". Sentences written
for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article
from eventwire.stages.casualties import find_counts


def counts(text: str) -> list[tuple[str, int, int | None]]:
    return [(c.kind, c.value, c.high) for c in find_counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll was first given as 23, but the governor later lowered it to 17.",
            [("killed", 17, None)],
        ),
        (
            "Rescuers counted nine dead at first; the ministry later corrected the figure to seven.",
            [("killed", 7, None)],
        ),
        ("Health officials later revised the number of people killed to 31.", [("killed", 31, None)]),
        ("The number of injured was later revised down to 40.", [("injured", 40, None)]),
        ("The official death tally has since been corrected to 26.", [("killed", 26, None)]),
        ("The vote tally was later corrected to 26.", []),
        (
            "The blast killed 15 people, according to early reports, a figure the army later reduced to 10.",
            [("killed", 10, None)],
        ),
        ("Officials now say 6 people died, not 9 as initially reported.", [("killed", 6, None)]),
    ],
)
def test_a_revised_toll_replaces_the_figure_before_it(text: str, expected: list[tuple[str, int, None]]) -> None:
    assert counts(text) == expected


def test_a_revision_names_a_toll_not_any_number() -> None:
    assert counts("The government reduced the number of soldiers in the valley to 300.") == []
    assert counts("The toll rose to 12 on Friday.") == [("killed", 12, None)]  # no revision: as before
    text = "The shell killed 5 people, and the crew then lowered it to 30 metres."  # "it" is no toll
    assert counts(text) == [("killed", 5, None)]


def test_the_wounded_who_died_are_dead_not_hurt() -> None:
    assert counts("Three of the wounded died overnight in hospital.") == [("killed", 3, None)]
    assert counts("One of the injured soldiers later succumbed.") == [("killed", 1, None)]
    text = "The raid killed four villagers and wounded 12, and two of the wounded have since died."
    assert counts(text) == [("killed", 4, None), ("injured", 10, None), ("killed", 6, None)]


def test_a_possible_higher_figure_is_the_high_one() -> None:
    text = "At least 40, and possibly as many as 60, villagers were killed in the raid."
    assert counts(text) == [("killed", 40, 60)]
    assert counts("The shelling killed 11 or perhaps 14 civilians.") == [("killed", 11, 14)]
    assert counts("The shelling killed 11 civilians and perhaps wounded 14.")[0] == ("killed", 11, None)


def test_a_figure_before_a_colon_is_read() -> None:
    assert counts("The attack killed 9: five police officers and four civilians.")[0] == ("killed", 9, None)
    assert counts("The blast at 9:15 killed three.") == [("killed", 3, None)]  # a time, not a figure


def test_the_other_with_its_verb_left_out() -> None:
    text = "One guard was shot dead and another badly wounded in the raid."
    assert counts(text) == [("killed", 1, None), ("injured", 1, None)]
    assert counts("One guard was killed and another wounded guard was flown out.") == [("killed", 1, None)]


def records(pipeline: Any, text: str) -> list[tuple[int | None, int | None]]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 4, 12)))
    return [(e.fatalities, e.injured) for e in found]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A truck bomb killed 30 people in Kirkuk on Thursday. The toll was later lowered to 24.",
            [(24, None)],
        ),
        (
            "A truck bomb killed 30 people in Kirkuk on Thursday. Officials later said 24 people had died,"
            " not 30 as first reported.",
            [(24, None)],
        ),
        (
            "A truck bomb killed 30 people in Kirkuk on Thursday. The toll later rose to 35.",
            [(35, None)],
        ),
    ],
)
def test_a_toll_revised_in_a_later_sentence_replaces_the_events(
    pipeline: Any, text: str, expected: list[tuple[int, None]]
) -> None:
    assert records(pipeline, text) == expected


@pytest.mark.slow
def test_the_wounded_who_died_later_move_to_the_dead(pipeline: Any) -> None:
    text = (
        "Gunmen stormed a market in Maiduguri on Thursday, killing four traders and wounding 11. "
        "Three of the wounded died in hospital on Friday."
    )
    assert records(pipeline, text) == [(7, 8)]


@pytest.mark.slow
def test_nobody_hurt_in_a_sentence_of_its_own_is_zero(pipeline: Any) -> None:
    assert records(pipeline, "A bomb went off near a bank in Peshawar on Thursday. Nobody was hurt.") == [(0, 0)]
    text = "A bomb went off near a bank in Peshawar on Thursday. There was no immediate word on casualties."
    assert records(pipeline, text) == [(None, None)]


def test_one_figure_of_the_dead_or_the_hurt_cannot_be_split() -> None:
    assert counts("Scores of people were killed or wounded in the shelling.") == []
    assert counts("The mortar round killed or injured 18 soldiers.") == []
    assert counts("Four were killed and 25 were injured or missing.") == [("killed", 4, None), ("injured", 25, None)]


def test_nobody_killed_or_hurt_is_zero_of_both() -> None:
    assert counts("Nobody was killed or wounded in the raid.") == [("injured", 0, None), ("killed", 0, None)]
    assert counts("No one was injured.") == [("injured", 0, None)]


def test_those_who_succumbed_are_dead() -> None:
    assert counts("A second guard later succumbed to his wounds.") == [("killed", 1, None)]
    assert counts("Four more succumbed in hospital overnight.") == [("killed", 4, None)]


@pytest.mark.slow
def test_one_more_who_succumbed_adds_to_the_dead(pipeline: Any) -> None:
    text = "A grenade killed three shoppers in Goma on Thursday. A fourth victim later succumbed to his injuries."
    assert records(pipeline, text) == [(4, None)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits killed four farmers near Gusau on Thursday. One of the bandits was also killed.", [(5, None)]),
        (
            "Rebels ambushed a convoy near Beni on Thursday, killing nine soldiers. Six rebels were also killed.",
            [(15, None)],
        ),
    ],
)
def test_more_dead_told_with_also_add_to_the_event(pipeline: Any, text: str, expected: list[tuple[int, None]]) -> None:
    assert records(pipeline, text) == expected


def test_no_casualties_reported_yet_is_no_zero() -> None:
    assert counts("No injuries were immediately reported after the blast.") == []
    assert counts("No deaths have yet been reported.") == []
    assert counts("No injuries were reported after the blast.") == [("injured", 0, None)]


def test_one_more_dead_told_by_an_ordinal_adds_to_the_figure_before_it() -> None:
    text = "Three guards died in the assault, and a fourth victim succumbed on the way to hospital."
    assert max(c.value for c in find_counts(text) if c.kind == "killed") == 4
    assert counts("A second victim died on Sunday.") == [("killed", 1, None)]  # nothing before it here


def test_the_wounded_of_whom_some_died_are_fewer() -> None:
    text = "Six tourists were injured in the blast, and two of them later died."
    assert counts(text) == [("injured", 4, None), ("killed", 2, None)]
    text = "Bandits killed one herder and wounded three; one of them died later."  # "them": unclear, kept
    assert counts(text) == [("killed", 1, None), ("injured", 3, None), ("killed", 1, None)]


def test_a_couple_is_two() -> None:
    assert counts("A couple of bystanders were wounded.") == [("injured", 2, None)]
    assert counts("A couple was killed when the shell hit their house.") == [("killed", 2, None)]
    assert counts("The firing went on for a couple of hours and wounded 3.") == [("injured", 3, None)]


def test_more_dead_told_with_also_in_the_sentence_add_to_its_figure() -> None:
    text = "The raiders killed eight guards at the depot, and two of the raiders were also killed."
    assert max(c.value for c in find_counts(text) if c.kind == "killed") == 10
    assert counts("The driver was also killed.") == [("killed", 1, None)]  # nothing before it here

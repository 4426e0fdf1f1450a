"""Casualty figures told by bodies found, by "the dead included", by a named victim of a phrasal
killing, through a relative clause, and by a killing with a second act ("lynched and burned");
sentences written for the tests (stages/casualties.py)."""

from __future__ import annotations

import pytest

from eventwire.stages.casualties import find_counts


def killed(text: str) -> list[tuple[int, str]]:
    found = find_counts(text)
    for c in found:
        assert text[c.start : c.end] == c.text
    return [(c.value, c.text) for c in found if c.kind == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fishermen discovered the bodies of nine migrants on the beach.", [(9, "bodies of nine")]),
        ("A mass grave containing 21 bodies was found outside the town.", [(21, "21 bodies")]),
        ("The morgue received 14 corpses overnight.", [(14, "14 corpses")]),
        ("Rescuers pulled 6 more bodies from the rubble.", [(6, "6 more bodies")]),
    ],
)
def test_bodies_found_are_dead(text: str, expected: list[tuple[int, str]]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two bodies will meet in Geneva next week.",  # organisations
        "Three bodies of water border the province.",
    ],
)
def test_bodies_that_are_not_the_dead(text: str) -> None:
    assert killed(text) == []


def test_the_dead_included() -> None:
    assert killed("Doctors said the dead included four children.") == [(4, "the dead included four")]
    text = "Eighteen people were killed; the dead included six children."
    assert [v for v, _ in killed(text)] == [18, 6]  # a sub-count: the event keeps the larger


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Masked men shot dead Maria Gonzalez outside her shop.", [(1, "shot dead Maria Gonzalez")]),
        ("Police gunned down Ahmed Musa at a checkpoint.", [(1, "gunned down Ahmed Musa")]),
        ("He was shot dead Friday near the market.", []),  # a day, not a name
    ],
)
def test_a_named_victim_of_a_phrasal_killing(text: str, expected: list[tuple[int, str]]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three miners who refused to pay were shot dead at the pit.",
            [(3, "Three miners who refused to pay were shot dead")],
        ),
        (
            "Two guards who tried to stop the robbers were killed.",
            [(2, "Two guards who tried to stop the robbers were killed")],
        ),
        ("Two men who robbed a store were arrested on Friday.", []),
        ("Two men who killed a guard were arrested.", [(1, "killed a guard")]),
    ],
)
def test_a_relative_clause_between_the_figure_and_its_verb(text: str, expected: list[tuple[int, str]]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Villagers lynched and burned four suspected thieves.", [(4, "lynched and burned four")]),
        ("Gunmen murdered and dumped six men by the road.", [(6, "murdered and dumped six")]),
    ],
)
def test_a_killing_and_a_second_act_on_the_same_victims(text: str, expected: list[tuple[int, str]]) -> None:
    assert killed(text) == expected


def test_killed_and_wounded_together_stay_apart() -> None:
    found = [(c.kind, c.value) for c in find_counts("The blast killed and wounded 13 people.")]
    assert ("killed", 13) not in found

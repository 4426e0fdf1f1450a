"""Casualty figures told by more ways of killing and hurting (stages/casualties.py): phrasal
killings, other killing verbs, figures through a reporting verb, injuries sustained; sentences
written for the tests."""

from __future__ import annotations

import pytest

from eventwire.stages.casualties import find_counts


def counts(text: str) -> list[tuple[str, int, int | None, str]]:
    found = find_counts(text)
    for c in found:
        assert text[c.start : c.end] == c.text
    return [(c.kind, c.value, c.high, c.text) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits shot dead 4 herders near the river.", [("killed", 4, None, "shot dead 4")]),
        ("Soldiers shot to death two smugglers.", [("killed", 2, None, "shot to death two")]),
        ("Gunmen gunned down seven miners at dawn.", [("killed", 7, None, "gunned down seven")]),
        ("Attackers hacked to death nine farmers.", [("killed", 9, None, "hacked to death nine")]),
        ("A mob stoned to death three men.", [("killed", 3, None, "stoned to death three")]),
        ("Troops mowed down 20 protesters.", [("killed", 20, None, "mowed down 20")]),
        ("Fighters shooting dead 12 guards, witnesses said.", [("killed", 12, None, "shooting dead 12")]),
        ("Raiders shot dead a shepherd.", [("killed", 1, None, "shot dead a shepherd")]),
    ],
)
def test_phrasal_killings_with_the_victims_as_object(
    text: str, expected: list[tuple[str, int, int | None, str]]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    ["He was shot dead 3 days ago.", "Gunners shot down two drones.", "The jet was shot down over the sea."],
)
def test_phrasal_killings_need_people_counted(text: str) -> None:
    assert [c for c in counts(text) if c[0] == "killed" and c[1] > 1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six guards are reported to have been killed.",
            [("killed", 6, None, "Six guards are reported to have been killed")],
        ),
        ("Nine miners were believed to have died.", [("killed", 9, None, "Nine miners were believed to have died")]),
        ("Two porters are thought to be injured.", [("injured", 2, None, "Two porters are thought to be injured")]),
    ],
)
def test_figures_told_through_a_reporting_verb(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds mourned the killing of nine herders.", [("killed", 9, None, "killing of nine")]),
        ("The deaths of 14 miners were confirmed.", [("killed", 14, None, "deaths of 14")]),
        ("The murder of a cashier shocked the town.", [("killed", 1, None, "murder of a cashier")]),
    ],
)
def test_a_killing_of_people(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


def test_the_deaths_of_a_year_are_not_a_figure() -> None:
    assert counts("The report lists the deaths of 2019 by region.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raiders murdered four traders.", [("killed", 4, None, "murdered four")]),
        ("Insurgents beheaded two herders.", [("killed", 2, None, "beheaded two")]),
        ("Gunmen assassinated three judges.", [("killed", 3, None, "assassinated three")]),
        ("A mob lynched a young shepherd.", [("killed", 1, None, "lynched a young shepherd")]),
        ("Eight captives were executed.", [("killed", 8, None, "Eight captives were executed")]),
        ("Two monks were beheaded.", [("killed", 2, None, "Two monks were beheaded")]),
    ],
)
def test_other_killing_verbs(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two guards sustained injuries in the raid.", [("injured", 2, None, "Two guards sustained injuries")]),
        (
            "Five miners suffered serious gunshot wounds.",
            [("injured", 5, None, "Five miners suffered serious gunshot wounds")],
        ),
        ("Three porters received minor injuries.", [("injured", 3, None, "Three porters received minor injuries")]),
    ],
)
def test_injuries_sustained(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


def test_fatal_injuries_are_not_counted_as_injured() -> None:
    assert [c for c in counts("Two men suffered fatal injuries.") if c[0] == "injured"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six herders were hacked to death.", [("killed", 6, None, "Six herders were hacked to death")]),
        ("Two traders were gunned down.", [("killed", 2, None, "Two traders were gunned down")]),
        ("Three pupils were burned alive.", [("killed", 3, None, "Three pupils were burned alive")]),
        ("Raiders burned alive four villagers.", [("killed", 4, None, "burned alive four")]),
        ("A shepherd was stabbed to death.", [("killed", 1, None, "A shepherd was stabbed to death")]),
    ],
)
def test_phrasal_killings_told_as_done_to_the_victims(
    text: str, expected: list[tuple[str, int, int | None, str]]
) -> None:
    assert counts(text) == expected


def test_found_alive_is_no_killing() -> None:
    assert counts("Two miners were found alive.") == []

"""Figures of a toll over a war or a period told in any tense (totals.toll_total), victims told
as a list joined by "and" (coordinated.py), and a relative clause of other acts closed before a
figure (totals.count_total)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article
from eventwire.stages.casualties import find_counts

TUESDAY = date(2021, 11, 16)


def killed(text: str) -> list[int]:
    return [c.value for c in find_counts(text) if c.kind == "killed"]


def injured(text: str) -> list[int]:
    return [c.value for c in find_counts(text) if c.kind == "injured"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling killed 25 on Sunday, pushing the toll since February 24 to 4,100, officials said.", [25]),
        ("The militia ambush killed 7, raising the overall toll of the conflict to 2,300.", [7]),
        ("Raids killed 11 overnight, bringing the death toll in the war to 8,000.", [11]),
        ("Gang violence killed 3 on Friday, taking the toll this year to 210.", [3]),
        ("The death toll since the war began now stands at 12,000, the agency said.", []),
        ("Rockets killed 5, lifting the death toll for the month to 140.", [5]),
        ("The raids killed 12, raising the toll over the past week to 80.", [12]),
        ("A mine killed 2 on Friday, bringing to 310 the number of people killed since January.", [2]),
    ],
)
def test_a_toll_over_a_war_or_a_period_is_no_events_toll(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll from the truck bombing rose to 48 on Thursday.", [48]),
        ("The toll since Sunday's ambush has risen to 14.", [14]),
        ("The death toll of the raid rose to 9.", [9]),
        ("The blast killed 6, bringing to 9 the number of people killed in the attack.", [6, 9]),
    ],
)
def test_a_toll_of_one_event_stays(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits killed her husband and two sons in the raid.", [3]),
        ("The blast killed a farmer and his four daughters.", [5]),
        ("Militants ambushed a convoy, killing three soldiers and a driver.", [4]),
        ("Insurgents killed a teacher, two students, and a guard at the school.", [4]),
        ("A mother and her two children were killed when the shell hit their home.", [3]),
        ("At least four police officers and a civilian were killed in the blast.", [5]),
    ],
)
def test_victims_in_a_list_are_summed(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


def test_wounded_in_a_list_are_summed() -> None:
    assert injured("The mortar round wounded two nurses and a doctor.") == [3]
    assert injured("Three guards and a bystander were wounded.") == [4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed two villagers and fled into the forest.", [2]),  # "and" joins a verb
        ("The raid killed four guards, a police spokesman said.", [4]),  # a comma, no list
        ("The bomb killed two soldiers and a policeman was wounded.", [2]),  # a clause of its own
        ("Attackers killed his brothers and a cousin.", []),  # a plural with no figure: no sum
    ],
)
def test_no_sum_without_a_list_of_victims(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits, who have raided villages in the region since 2018, killed 14 farmers on Friday.", [14]),
        ("The rebels, which have held the hills since the war began, shot dead 5 police on Sunday.", [5]),
        ("The group, which formed in 2015, has killed 600 people since 2017.", []),  # the main clause's total
        ("Gangs that have operated in the port since 2011 murdered 3 traders on Friday.", [3]),
        ("Poachers who have roamed the park since 2019 shot dead 2 rangers on Sunday.", [2]),
        ("Troops have so far killed 20 rebels since the offensive began.", []),  # its own perfect
        ("Rebels have looted farms and killed 30 people since May.", []),  # the perfect shared by "and"
    ],
)
def test_a_relative_clause_of_other_acts_does_not_make_a_total(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


@pytest.mark.slow
def test_the_days_strikes_keep_their_own_toll(pipeline: Any) -> None:
    text = "Officials put the toll since August 3 at 2,600, after shelling on Monday killed 18 people.\n"
    found = pipeline.extract_article(Article(id="t", text=text, published=TUESDAY))
    assert [e.fatalities for e in found] == [18]


@pytest.mark.slow
def test_a_list_of_victims_is_the_events_toll(pipeline: Any) -> None:
    text = "Gunmen shot dead my uncle and two cousins at a market on Saturday.\n"
    found = pipeline.extract_article(Article(id="t", text=text, published=TUESDAY))
    assert [e.fatalities for e in found] == [3]


def test_strikes_on_two_named_towns_close_together_stay_two_events() -> None:
    from eventwire.config import Settings
    from eventwire.pipeline import Pipeline
    from eventwire.records import Article

    text = (
        "A Russian glide bomb hit a school in Kostiantynivka on Monday, killing three teachers. "
        "Police in Druzhkivka said a Russian drone hit a market in the town, killing two women."
    )
    events = Pipeline(Settings()).extract_article(Article(id="t", text=text, published=date(2026, 3, 18)))
    places = sorted((e.location.name, e.fatalities) for e in events if e.location)
    assert places == [("Druzhkivka", 2), ("Kostyantynivka", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunmen killed eight villagers, five men and three women, near the river.", [8]),
        ("A car bomb killed three people, a guard and his wife, outside the hotel.", [3]),
        ("The shelling killed 9 civilians, a nurse and her four sons among them.", [9]),
        ("Rebels killed two soldiers, three policemen and a driver.", [6]),  # no collective noun: a list
    ],
)
def test_a_breakdown_after_a_total_is_not_added_to_it(text: str, expected: list[int]) -> None:
    assert killed(text) == expected


def test_wounded_after_a_list_of_the_dead_shares_its_subject() -> None:
    text = "The mine killed a shepherd and three boys and injured five others."
    assert killed(text) == [4]
    assert injured(text) == [5]


def test_a_long_list_without_and_is_read_once() -> None:
    from eventwire.stages.coordinated import _scan

    text = "Officials said " + "a guard, " * 1500 + "were killed."
    assert killed(text) == []
    start = text.index("a guard")
    # a list that fails is skipped whole, so the scan never starts again inside it
    assert _scan(text, start) == (None, text.rindex("a guard") + len("a guard"))

"""Casualty figures a reader would write down: quoted figures (stages/quoted_figures.py),
a part of the dead joined to the wounded (stages/subcounts.py), bodies counted and people still in
hospital (stages/casualties.py), a toll told in the past perfect (stages/void_figures.py), a toll
summed over several named places (stages/rollups.py) and the toll of a whole spell of fighting
(stages/period_tolls.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.stages.casualties import find_counts
from tests.conftest import records

DAY = date(2025, 6, 13)  # a Friday


def counts(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A police spokesman said "scores of bandits" were killed when troops stormed the camp.', [("killed", 20)]),
        ("He said “several militiamen” died in the ambush near the river.", [("killed", 3)]),
        ('"A handful of guards" were wounded, the governor said.', [("injured", 3)]),
        ('The navy said "dozens of pirates" were killed in the raid.', [("killed", 12)]),
        ('The ministry said "about 40 insurgents were neutralised" in the operation.', [("killed", 40)]),
    ],
)
def test_a_quoted_figure_is_read_as_unquoted(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


def test_a_quoted_figure_keeps_its_words_as_written() -> None:
    found = find_counts('An officer said "scores of bandits" were killed.')
    assert [c.text for c in found] == ['scores of bandits" were killed']


def test_quotes_around_other_words_still_end_a_victim() -> None:
    assert counts('"They shot him," his sister said.') == counts("They shot him, his sister said.")


def test_a_quoted_figure_in_capitals(pipeline: Any) -> None:
    text = 'A POLICE SPOKESMAN SAID "SCORES OF BANDITS" WERE KILLED WHEN TROOPS STORMED THEIR CAMP ON TUESDAY.'
    assert [e["fatalities"] for e in records(pipeline, text, DAY)] == [20]


def test_a_part_of_the_dead_joined_to_the_wounded_is_not_added() -> None:
    text = "Rescuers have counted 27 bodies so far, including nine women, and more than 35 people were injured."
    assert counts(text) == [("killed", 27), ("injured", 35)]


def test_two_figures_joined_without_including_are_still_added() -> None:
    assert counts("Nine women and more than 35 men were injured.") == [("injured", 44)]


def test_bodies_counted_are_dead() -> None:
    assert counts("Medics said they had counted 18 bodies at the scene.") == [("killed", 18)]


def test_bodies_without_a_word_of_finding_are_not() -> None:
    assert counts("The 18 bodies met in Geneva on Monday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another five people remain in hospital, two of them in critical condition.", [("injured", 5)]),
        ("Four people remained in hospital on Monday.", [("injured", 4)]),
        ("Six people were in hospital after the blast.", [("injured", 6)]),
    ],
)
def test_people_still_in_hospital_are_hurt(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


def test_patients_in_a_hospital_are_not_hurt_by_the_event() -> None:
    assert counts("Nine patients in hospital were moved to another wing.") == []


def test_people_still_in_hospital_go_to_the_event_before(pipeline: Any) -> None:
    text = (
        "Gunmen stormed a bar in Irapuato on Saturday night, killing nine people. "
        "Another five people remain in hospital, two of them in critical condition."
    )
    assert [(e["fatalities"], e["injured"]) for e in records(pipeline, text, DAY)] == [(9, 5)]


@pytest.mark.parametrize(
    "text",
    [
        "By Monday evening, the governor had put the toll at 12.",
        "The ministry had earlier put the death toll at 14, but rescuers found more bodies.",
        "The toll had stood at 14 on Tuesday.",
    ],
)
def test_a_toll_told_in_the_past_perfect_is_an_earlier_figure(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Monday evening, the governor put the toll at 12.", [("killed", 12)]),
        ("The toll has risen to 14.", [("killed", 14)]),
    ],
)
def test_a_toll_told_now_is_kept(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


def test_a_toll_told_in_the_past_perfect_adds_to_no_event(pipeline: Any) -> None:
    text = (
        "A car bomb exploded outside a restaurant in Kismayo on Monday. "
        "On Monday evening, the police had put the toll at six."
    )
    assert 6 not in [e["fatalities"] for e in records(pipeline, text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Drones hit several cities overnight, killing at least 14 people in Zaporizhzhia, Sumy and Poltava.",
        "Twenty people were killed in Gao, Menaka and Kidal, the army said.",
        "Raids killed nine people in Kano and Katsina, police said.",
    ],
)
def test_a_toll_summed_over_named_places_is_no_events(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drones hit the city overnight, killing at least 14 people in Zaporizhzhia.", [("killed", 14)]),
        ("A blast killed six people in Bosnia and Herzegovina.", [("killed", 6)]),
        ("Gunmen killed 7 people in Sarajevo, Bosnia and Herzegovina.", [("killed", 7)]),
        ("Strikes killed 12 people in Sumy on Friday and Saturday.", [("killed", 12)]),
        ("A bomb killed four people in Kharkiv and wounded nine.", [("killed", 4), ("injured", 9)]),
    ],
)
def test_a_toll_of_one_place_is_kept(text: str, expected: list[tuple[str, int]]) -> None:
    assert counts(text) == expected


def test_a_summed_toll_does_not_go_to_a_city(pipeline: Any) -> None:
    text = (
        "Russia fired missiles at several cities early on Friday, killing at least 16 people in Zaporizhzhia, "
        "Sumy and Poltava, officials said.\n\n"
        "In Sumy, a missile hit a school, killing six people and wounding 20, the mayor said."
    )
    assert 16 not in [e["fatalities"] for e in records(pipeline, text, DAY)]


def test_the_toll_of_a_whole_war_is_not_a_clash_s(pipeline: Any) -> None:
    text = (
        "The army says it beat back a separatist raid on its base in Bamenda early on Tuesday.\n\n"
        "Fighting between the army and the separatists, which broke out in 2017, has killed thousands of "
        "people, according to aid groups."
    )
    assert [e["fatalities"] for e in records(pipeline, text, DAY)] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between the army and the separatists, which broke out in 2017, has killed thousands of people.",
        "The insurgency in the north, which started in 2012, has claimed thousands of lives.",
        "The war has killed more than 6,000 civilians, the UN says.",
        "Fighting between the two armies has left tens of thousands dead.",
    ],
)
def test_a_spell_of_violence_with_its_whole_toll_is_no_event(pipeline: Any, text: str) -> None:
    assert records(pipeline, text, DAY) == []


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Fighting in the town has killed 1,200 people since Tuesday, medics said.", 1200),
        ("Fighting between the two militias has killed 35 people, officials said.", 35),
        ("Fighting between the two armies has left 14 people dead in Kadugli.", 14),
    ],
)
def test_fighting_of_days_or_with_a_small_toll_is_an_event(pipeline: Any, text: str, toll: int) -> None:
    assert [e["fatalities"] for e in records(pipeline, text, DAY)] == [toll]

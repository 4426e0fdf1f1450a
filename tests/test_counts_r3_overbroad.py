"""Figure rules kept to what they were made for: a bare "figure" revised is a toll only when the
figure it refers to is one (stages/revisions.py); "No one was hurt" is told of the event just
before (stages/tolls.py); more dead told with "also" in another attack or place, and the wounded
who "nearly died" (stages/more_dead.py); people abducted are never counted as dead
(stages/coordinated.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article
from eventwire.stages.casualties import find_counts


def counts(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


def records(pipeline: Any, text: str) -> list[tuple[int | None, int | None]]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    return [(e.fatalities, e.injured) for e in found]


def test_a_revised_figure_of_things_is_no_toll() -> None:
    text = "The shelling killed nine people and destroyed 40 homes, a figure later revised to 65."
    assert counts(text) == [("killed", 9)]
    text = "Eight gunmen were detained after the murders, though the figure was later lowered to five."
    assert counts(text) == []
    text = "The raid killed nine villagers, a figure later revised to 11."  # the figure is the toll: as before
    assert counts(text) == [("killed", 11)]
    text = "Medics treated 14 wounded people, a figure later revised to 19."  # of the hurt: injured
    assert counts(text) == [("injured", 19)]


def test_the_wounded_who_nearly_died_are_still_hurt() -> None:
    text = "The blast wounded six workers, and three of the wounded almost died on the way to hospital."
    assert ("killed", 3) not in counts(text)
    assert ("killed", 2) not in counts("Two of the injured might have died without the medics.")
    text = "The blast wounded six workers, and three of the wounded later died."  # as before
    assert ("killed", 3) in counts(text)


def test_people_abducted_are_not_dead() -> None:
    text = "Kidnappers seized 15 travellers and three guards were also killed on the highway."
    assert counts(text) == [("killed", 3)]
    assert counts("Four miners and two guards were killed in the raid.") == [("killed", 6)]  # as before


def test_more_dead_told_with_also_in_another_attack_are_not_added() -> None:
    text = "Militants killed seven traders in Mopti on Sunday, and four soldiers were also killed in a separate raid."
    assert max(c.value for c in find_counts(text) if c.kind == "killed") == 7
    text = "Militants killed seven traders in Mopti on Sunday, and a guard was also killed in Segou."
    assert max(c.value for c in find_counts(text) if c.kind == "killed") == 7
    text = "Militants killed seven traders in Mopti, and one attacker was also killed in the fighting."
    assert max(c.value for c in find_counts(text) if c.kind == "killed") == 8  # the same attack: as before


@pytest.mark.slow
def test_nobody_hurt_is_told_of_the_event_just_before(pipeline: Any) -> None:
    text = (
        "Rebels shot dead three police officers at a checkpoint near Goma on Friday. "
        "On Saturday, a crowd burned a court building in Bukavu. Nobody was injured."
    )
    assert records(pipeline, text)[0][1] is None
    text = "Rebels shelled a police post near Goma on Friday. Nobody was injured."  # as before
    assert records(pipeline, text)[0][1] == 0

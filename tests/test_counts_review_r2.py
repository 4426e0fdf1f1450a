"""Review fixes: figures that count no dead or hurt people. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article
from eventwire.stages.casualties import find_counts


def kinds(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


def test_a_person_noun_naming_a_place_hit_is_no_toll() -> None:
    assert kinds("Jets eliminated 14 rebel bases in the hills.") == []
    assert kinds("The army neutralised four bandit hideouts overnight.") == []
    assert kinds("The army neutralised four bandits overnight.") == [("killed", 4)]


def test_wounded_people_carried_out_are_not_killed() -> None:
    assert ("killed", 12) not in kinds("Medics took out 12 injured troops after the battle.")


def test_death_row_is_no_death() -> None:
    assert kinds("A military court sent seven rebels to death row.") == []
    assert kinds("Drones sent seven rebels to their deaths.") == [("killed", 7)]


def test_a_unit_number_after_the_is_no_victim_count() -> None:
    found = kinds("Insurgents wounded the 12 Battalion commander near Gao.")
    assert ("injured", 12) not in found and ("injured", 13) not in found


def test_the_wounds_of_the_dead_are_no_more_hurt() -> None:
    found = kinds("Doctors said four of the dead had stab wounds and two had knife wounds.")
    assert [k for k in found if k[0] == "injured"] == []
    assert kinds("Four passengers had serious injuries.") == [("injured", 4)]


def test_the_wounds_of_the_victims_after_their_deaths_are_no_more_hurt(pipeline: Any) -> None:
    text = (
        "Raiders killed six herders in an attack near Mopti on Friday. "
        "Doctors said four of the victims had gunshot wounds and two had stab wounds."
    )
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    assert [(e.fatalities, e.injured) for e in found] == [(6, None)]


def test_charged_with_causing_injuries_is_no_one_hurt() -> None:
    assert kinds("Both suspects were charged with causing serious injuries to a guard.") == []
    assert kinds("Both guards were taken to hospital with serious injuries.") == [("injured", 2)]

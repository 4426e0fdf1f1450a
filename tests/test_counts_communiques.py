"""Killing told by a communiqué's euphemism ("neutralised 12 of them", stages/euphemisms.py), a
figure after "all" or "the" ("killing all six attackers"), and people counted with a phrase of
where they are from ("a resident of the village was killed"), a wound they had ("two had gunshot
wounds") or both told with their injuries. Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article
from eventwire.stages.casualties import find_counts


def counts(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


def records(pipeline: Any, text: str) -> list[tuple[int | None, int | None]]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    return [(e.fatalities, e.injured) for e in found]


def test_a_communique_neutralising_people_counts_them_dead() -> None:
    assert counts("Soldiers engaged the insurgents near Gwoza and neutralised nine of them.") == [("killed", 9)]
    assert counts("The air force said it eliminated 40 jihadists in two raids.") == [("killed", 40)]
    assert counts("Eleven bandits were neutralised during the operation.") == [("killed", 11)]
    assert counts("Commandos took out three of the kidnappers at dawn.") == [("killed", 3)]
    assert counts("The troops sent 14 terrorists to their death in the forest.") == [("killed", 14)]


def test_things_neutralised_or_eliminated_are_no_dead() -> None:
    assert counts("Engineers neutralised four roadside bombs.") == []
    assert counts("Three teams were eliminated from the tournament.") == []
    assert counts("Two candidates were eliminated in the first round.") == []
    assert counts("The farmer took out two loans last year.") == []
    assert counts("The coach took out six people for lunch.") == []  # "took out" kills armed people only
    assert counts("The audit eliminated 200 people from the payroll.") == []


def test_neutralised_or_captured_cannot_be_split() -> None:
    assert counts("Troops neutralised or captured 15 rebels in the hills.") == []
    assert counts("Troops neutralised 15 rebels and arrested six others.") == [("killed", 15)]


def test_a_communique_gives_its_event_a_toll(pipeline: Any) -> None:
    text = "Troops clashed with the militants near Dikwa on Monday and neutralised seven of them."
    assert records(pipeline, text) == [(7, None)]


def test_a_figure_after_all_or_the_is_counted() -> None:
    assert counts("Police stormed the bank, killing all four robbers.") == [("killed", 4)]
    assert counts("The mine killed the three soldiers in the truck.") == [("killed", 3)]
    assert counts("The crash killed all 30 passengers.") == [("killed", 30)]


def test_attackers_killed_in_the_response_stay_out_of_the_toll() -> None:
    text = "Gunmen seized the mall, killing 14 shoppers; troops retook it hours later, killing all five gunmen."
    assert counts(text) == [("killed", 14)]


def test_a_deadly_shooting_with_two_words_before_it() -> None:
    assert counts("Detectives named the victim of a fatal Sunday morning shooting.") == [("killed", 1)]


def test_a_person_told_with_where_they_are_from() -> None:
    assert counts("A resident of the hamlet was shot dead by the raiders.") == [("killed", 1)]
    assert counts("An employee of a car wash was wounded in the robbery.") == [("injured", 1)]
    assert counts("A friend of the two brothers was wounded.") == [("injured", 1)]


def test_people_told_with_the_wounds_they_had() -> None:
    assert counts("Two of the men had gunshot wounds to the arms.") == [("injured", 2)]
    assert counts("Four had minor injuries.") == [("injured", 4)]
    assert counts("Both were rushed to hospital with serious injuries.") == [("injured", 2)]


def test_an_ordinal_is_no_figure() -> None:
    assert counts("The shell killed the 2nd in command of the battalion.") == []
    assert counts("Snipers wounded the 4th Division commander.") == []

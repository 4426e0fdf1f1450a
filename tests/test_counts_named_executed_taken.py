"""Counts kept when the victims are named (stages/named_victims.py), executed, or abducted and
then found dead (stages/taken_found_dead.py). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article
from eventwire.stages.casualties import find_counts


def killed(text: str) -> list[int]:
    return [c.value for c in find_counts(text) if c.kind == "killed"]


def events(pipeline: Any, text: str) -> list[tuple[str | None, int | None]]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    return [(e.sub_event_type, e.fatalities) for e in found]


def test_a_list_of_names_after_the_counted_noun_keeps_the_figure() -> None:
    text = "On Friday two shopkeepers, Ahmed Idris and his cousin Musa Idris, were shot dead in the market."
    assert killed(text) == [2]
    assert killed(text.replace("Ahmed Idris", "ahmed idris").replace("Musa Idris", "musa idris")) == [2]
    assert killed("Three nurses, Grace Obi, 31, Ruth Ade, 27, and Mary Eze, 40, were killed on the road.") == [3]
    injured = find_counts("Two guards, Pedro Alvarez and Juan Soto, were wounded at the gate.")
    assert [(c.kind, c.value) for c in injured] == [("injured", 2)]


def test_the_names_in_capitals_keep_the_figure(pipeline: Any) -> None:
    text = "ON FRIDAY TWO SHOPKEEPERS, AHMED IDRIS AND HIS COUSIN MUSA IDRIS, WERE SHOT DEAD IN THE MARKET IN KANO."
    assert [k for _, k in events(pipeline, text)] == [2]


def test_a_clause_between_commas_is_not_a_list_of_names() -> None:
    # Sani alone is not counted (a miss, not a wrong figure); the two traders who escaped are not dead
    assert killed("Two traders, Ahmed and Bello, escaped, but Sani, their driver, was killed.") == []
    # two soldiers and two others, or two soldiers described ("a sergeant and a corporal"): no figure
    assert killed("Two soldiers, a policeman and a farmer, were killed near the bridge.") == []


def test_executing_spies_and_informants_kills_them() -> None:
    assert killed("Insurgents executed three alleged spies near the market on Sunday.") == [3]
    assert killed("The militia publicly executed two informants in the square.") == [2]
    assert killed("Rebels executed a spy outside the camp.") == [1]
    assert killed("Four collaborators were summarily executed by the group.") == [4]


def test_executing_operations_kills_nobody() -> None:
    assert killed("The militia executed three raids near the market on Sunday.") == []


def test_people_taken_then_found_dead_are_the_abduction_dead() -> None:
    text = "Gunmen kidnapped three farmers from a field on Friday and their bodies were discovered on Sunday."
    assert killed(text) == [3]
    assert killed("Four traders were abducted on the highway and were later found dead in a forest.") == [4]
    assert killed("Bandits seized five villagers, who were later killed.") == [5]
    assert killed("Gunmen abducted two traders near the river and later killed them.") == [2]


def test_people_taken_and_freed_or_others_killed_are_not_taken_dead() -> None:
    assert killed("Gunmen kidnapped three farmers from a field on Friday.") == []
    assert killed("Gunmen abducted two traders near the river and later freed them.") == []
    assert killed("Three aid workers were kidnapped in the north and their bodies were never found.") == []
    assert killed("Ten pupils who had been kidnapped were freed on Monday.") == []
    assert killed("Bandits abducted 20 villagers and two were killed.") == [2]
    assert killed("Bandits abducted 20 villagers, and two of them were later found dead.") == [2]


def test_the_abduction_record_carries_the_dead_found(pipeline: Any) -> None:
    text = (
        "Three farmers had been kidnapped from a field near Maiduguri on Friday and their bodies "
        "were found on Sunday near the town."
    )
    assert events(pipeline, text) == [("Abduction/forced disappearance", 3)]
    alive = "Three farmers had been kidnapped from a field near Maiduguri on Friday."
    assert events(pipeline, alive) == [("Abduction/forced disappearance", None)]


def test_the_bodies_of_the_people_counted_are_their_dead(pipeline: Any) -> None:
    assert killed("Rescuers pulled the bodies of the four fishermen from the lake.") == [4]
    assert killed("Relatives buried the bodies of the 1994 victims.") == []
    text = (
        "Gunmen kidnapped three farmers near Maiduguri on Friday. The bodies of the three farmers were found on Sunday."
    )
    assert [k for _, k in events(pipeline, text)] == [3]

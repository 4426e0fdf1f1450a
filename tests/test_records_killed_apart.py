"""A killing joined to a kidnapping or an arson by the same doers is an attack record of its own;
a killing beside an attack stays in it."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article


def _types(pipeline: Any, text: str) -> list[tuple[str | None, str]]:
    evs = pipeline.extract_article(Article(id="t", text=text, published=date(2026, 10, 14)))
    return sorted((e.to_dict()["sub_event_type"], e.to_dict()["trigger"]) for e in evs)


def test_the_killing_of_an_abductee_is_its_own_attack(pipeline: Any) -> None:
    found = _types(pipeline, "Bandits kidnapped a farmer on Tuesday and later killed him.")
    assert ("Attack", "killed") in found
    assert any(t == "Abduction/forced disappearance" for t, _ in found)


def test_in_capitals_too(pipeline: Any) -> None:
    found = _types(pipeline, "BANDITS KIDNAPPED A FARMER ON TUESDAY AND LATER KILLED HIM.")
    assert ("Attack", "killed") in found


def test_a_killing_beside_an_arson_is_kept(pipeline: Any) -> None:
    found = _types(pipeline, "Raiders entered a ranch, killed a herdsman and set the barn ablaze.")
    assert ("Attack", "killed") in found


def test_a_killing_beside_an_attack_is_still_one_record(pipeline: Any) -> None:
    found = _types(pipeline, "Rebels attacked the village on Monday and killed nine people.")
    assert len(found) == 1


def test_a_participle_clause_fills_in_the_raid(pipeline: Any) -> None:
    found = _types(pipeline, "Militiamen raided a hamlet on Friday, burning 30 homes and killing six farmers.")
    assert [t for t, _ in found] == ["Attack"]

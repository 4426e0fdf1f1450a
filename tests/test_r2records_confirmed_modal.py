"""A modal of ability on a verb of confirming tells a fact (stages/confirmed_modal.py)."""

from __future__ import annotations

from typing import Any

from eventwire.stages.confirmed_modal import confirmed_by


def _modal_on(nlp: Any, text: str, verb: str) -> bool:
    doc = nlp(text)
    head = next(t for t in doc if t.lower_ == verb)
    modal = next(c for c in head.children if c.dep_ == "aux" and c.tag_ == "MD")
    return confirmed_by(head, modal)


def test_could_confirm_tells_a_confirmed_fact(nlp: Any) -> None:
    assert _modal_on(nlp, "Monitors could confirm only one: on Friday, rebels ambushed a convoy.", "confirm")


def test_could_not_confirm_does_not(nlp: Any) -> None:
    assert not _modal_on(nlp, "Monitors could not confirm that rebels ambushed a convoy on Friday.", "confirm")


def test_may_confirm_does_not(nlp: Any) -> None:
    assert not _modal_on(nlp, "Monitors may confirm that rebels ambushed a convoy on Friday.", "confirm")


def test_could_on_another_verb_does_not(nlp: Any) -> None:
    assert not _modal_on(nlp, "Officials said rebels could attack the convoy on Friday.", "attack")

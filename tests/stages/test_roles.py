"""What an event was done to, read from the parse (stages/roles.py)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages import roles

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Gunmen attacked the clinic and the school of the village.", "attacked", ["clinic", "school"]),
        ("The attack on the water pipeline cut supplies.", "attack", ["pipeline"]),
        ("A minibus was destroyed near the bridge.", "destroyed", ["minibus"]),
        ("The attack took place at night.", "attack", []),
    ],
)
def test_targets_are_the_head_nouns_of_what_was_hit(nlp: Any, text: str, trigger: str, expected: list[str]) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == trigger)
    assert roles.targets(head) == expected

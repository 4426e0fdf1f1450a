"""What an event was done to, read from the parse (stages/roles.py)."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages import roles

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger", "hit", "site"),
    [
        ("Gunmen attacked the clinic and the school of the village.", "attacked", ["clinic", "school"], []),
        ("The attack on the water pipeline cut supplies.", "attack", ["pipeline"], []),
        ("A minibus was destroyed near the bridge.", "destroyed", ["minibus"], ["bridge"]),
        ("The attack took place at night.", "attack", [], []),
        ("A bomb exploded at a market in Kabul on Monday.", "bomb", [], ["market"]),
        ("A bomb destroyed a truck in Kabul on Monday.", "bomb", ["truck"], []),
        ("A bomb killed 5 people in Kabul on Monday.", "bomb", [], []),
        ("Gunmen set fire to a bus in Kabul on Monday.", "set", ["bus"], []),
        ("A bomb exploded at the moment the bus passed.", "bomb", [], []),
        ("Gunmen set a bus on fire in Kabul on Monday.", "set", ["bus"], []),
    ],
)
def test_targets_are_the_head_nouns_of_what_was_hit_and_where(
    nlp: Any, text: str, trigger: str, hit: list[str], site: list[str]
) -> None:
    doc = nlp(text)
    head = next(t for t in doc if t.text == trigger)
    light = [t.i for t in doc if t.text == "fire"]  # of the trigger "set fire", "set on fire"
    assert roles.targets(head, skip=light, exclude=frozenset({"people", "person", "moment"})) == (hit, site)

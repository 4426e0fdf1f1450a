"""A killing joined to a kidnapping or an arson by the same doers is a deed of its own
(``own_clauses.killed_beside``); beside an attack, or in a clause under the other verb, it is not."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.stages.own_clauses import killed_beside


def _verb(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize(
    ("text", "strong", "strong_key", "expected"),
    [
        ("Bandits seized a farmer on Tuesday and later killed him.", "seized", "abduction", True),
        ("Raiders torched the market, killed a guard and looted shops.", "torched", "property", True),
        ("Rebels attacked the village and killed nine people.", "attacked", "attack", False),
        ("Bandits seized a farmer after they killed his brother.", "seized", "abduction", False),
    ],
)
def test_a_killing_beside_an_act_that_takes_no_life(
    nlp: Any, text: str, strong: str, strong_key: str, expected: bool
) -> None:
    doc = nlp(text)
    assert killed_beside(_verb(doc, "killed"), "attack", [(_verb(doc, strong), strong_key)]) is expected


def test_not_for_a_second_act_that_takes_no_life(nlp: Any) -> None:
    doc = nlp("Bandits seized a farmer and burned his house.")
    assert not killed_beside(_verb(doc, "burned"), "property", [(_verb(doc, "seized"), "abduction")])

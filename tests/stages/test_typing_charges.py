"""An indictment, conviction or sentence names a crime before a court, not a new violent event
(data/cue_words.tsv: the governor words; "charge" is not one of them, since police also "charge"
a crowd). Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def violent(pipeline: Any, text: str) -> list[Any]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 9, 3)))
    return [e for e in found if e.event_type in ("Violence against civilians", "Battles", "Explosions/Remote violence")]


@pytest.mark.parametrize(
    "text",
    [
        "A man was indicted for murder in Dayton on Friday.",
        "The court convicted the former commander of murder and torture.",
        "She was sentenced to life for the kidnapping of a businessman.",
    ],
)
def test_a_charge_is_no_violent_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


def test_a_killing_told_beside_a_charge_stays(pipeline: Any) -> None:
    text = "Gunmen killed 9 people in Dayton on Sunday, police said, and charged one suspect."
    assert [e.fatalities for e in violent(pipeline, text)] == [9]

"""Words addressed to the reader (an instruction, an act put to "you", a condition, the reader's
own voice) are no events (stages/addressed.py); news told of others is kept. Sentences written
for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 3, 6))))


@pytest.mark.parametrize(
    "text",
    [
        "If you decide to accept these settings, we will show you personalised adverts.",
        "Accept the privacy terms to continue reading.",
        "I accept the cookie policy of this website.",
        "You agree to our terms of use by continuing to browse.",
    ],
)
def test_words_to_the_reader_are_no_event(pipeline: Any, text: str) -> None:
    assert [e.plover for e in events(pipeline, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "The rebels accepted the terms of the ceasefire on Monday.",
        "'I accept the verdict,' the former minister said after the hearing.",
    ],
)
def test_acts_told_of_others_are_kept(pipeline: Any, text: str) -> None:
    assert events(pipeline, text)

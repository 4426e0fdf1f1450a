"""A killing that heads the sentence, with an abduction told in a clause under it, keeps its own
record and figure; the abduction is not given the dead."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def _events(pipeline: Any, text: str) -> list[tuple[str, int | None]]:
    evs = pipeline.extract_article(Article(id="t", text=text, published=date(2021, 6, 10)))
    return [(e.to_dict()["sub_event_type"], e.to_dict()["fatalities"]) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "Bandits killed a watchman before abducting nine travellers near Funtua on Tuesday.",
        "BANDITS KILLED A WATCHMAN BEFORE ABDUCTING NINE TRAVELLERS NEAR FUNTUA ON TUESDAY.",
    ],
)
def test_killing_before_an_abduction_keeps_its_record(pipeline: Any, text: str) -> None:
    found = _events(pipeline, text)
    abducted = [k for t, k in found if t == "Abduction/forced disappearance"]
    assert abducted and not any(abducted)
    assert any(k == 1 for t, k in found if t != "Abduction/forced disappearance")


def test_killing_before_a_storming_stays_one_record(pipeline: Any) -> None:
    found = _events(pipeline, "Bandits killed two soldiers before storming the barracks near Funtua on Tuesday.")
    assert len(found) == 1 and found[0][1] == 2

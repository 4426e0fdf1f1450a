"""What a mention's own clause says of the event: a device noun that is what was attacked is no
device used (stages/devices.py); sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def classes(pipeline: Any, text: str) -> dict[str, str | None]:
    """Trigger text -> event class of each event extracted from ``text``."""
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2022, 5, 11)))
    return {e.trigger: e.why.get("class") for e in found}


def test_mines_that_were_attacked_are_a_target_not_a_device(pipeline: Any) -> None:
    found = classes(pipeline, "Rebels attacked two coal mines near Tete on Monday.")
    assert set(found.values()) == {"attack"}
    found = classes(pipeline, "The tin mines near Tete were attacked by gunmen on Monday.")
    assert set(found.values()) == {"attack"}


def test_mines_used_in_an_attack_are_still_the_device(pipeline: Any) -> None:
    found = classes(pipeline, "Rebels attacked the convoy with mines near Tete on Monday.")
    assert "ied" in found.values()

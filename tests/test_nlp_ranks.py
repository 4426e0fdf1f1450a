"""Rank abbreviations do not end a sentence inside a list of named victims."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article


def test_ranks_are_one_token(nlp: Any) -> None:
    doc = nlp("Two soldiers, Sgt. Ali Musa and Cpl. Yusuf Bello, were killed near Gwoza.")
    assert "Sgt." in [t.text for t in doc] and "Cpl." in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_named_soldiers_keep_their_count(pipeline: Any) -> None:
    text = "Two soldiers, Sgt. Ali Musa and Pvt. Yusuf Bello, were killed in an ambush near Gwoza on Monday."
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    assert [e.fatalities for e in found] == [2]

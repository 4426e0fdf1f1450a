"""Casualty figures (stub: filled next)."""

from __future__ import annotations

from eventwire.records import CountMention


def find_counts(text: str) -> list[CountMention]:
    return []

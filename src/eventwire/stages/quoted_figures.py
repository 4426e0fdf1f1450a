"""Figures told inside quotation marks: 'An army spokesman said "dozens of rebels" were killed',
'the army said "about 30 fighters were neutralised"'. The quotation marks around a phrase that
opens with a figure are no words of the sentence: ``casualties.find_counts`` reads the sentence
with them as blanks (the offsets stay), then gives each figure its words from the sentence as
written. Quotation marks around other words ("the gunman "killed him"", a quoted name) stay, as the
rules that read them expect."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from eventwire.records import CountMention

MARKS = '"“”'


@lru_cache(maxsize=1)
def _quoted() -> re.Pattern[str]:
    from eventwire.stages.casualties import _COUNT, _MOD  # the figure as casualties reads it

    return re.compile(rf"[\"“](?=\s*{_MOD}{_COUNT})[^\"“”]{{1,120}}[\"”]", re.IGNORECASE)


def unquoted(text: str) -> str:
    """``text`` with the quotation marks around a phrase that opens with a figure made blanks."""
    if not any(m in text for m in MARKS):
        return text
    chars = list(text)
    for m in _quoted().finditer(text):
        chars[m.start()] = chars[m.end() - 1] = " "
    return "".join(chars)


def with_quotes(text: str, counts: Iterable[CountMention]) -> list[CountMention]:
    """The figures found in ``unquoted(text)``, their words taken from ``text`` as written."""
    return [c if c.text == text[c.start : c.end] else replace(c, text=text[c.start : c.end]) for c in counts]

"""A toll told again as revised or corrected: the new figure replaces the one told before.

Pure text rules read by ``casualties.find_counts`` and ``tolls``:

- the figure a toll was revised, corrected or lowered to ("police later corrected the figure to
  11", "officials revised the number of people killed to 8", "the toll was lowered to 6", "the
  figure was corrected to 9") is a count of its own; the kind is the one the toll names ("the
  number of wounded" is injured), else the dead;
- it replaces the figures of its kind told before it in its sentence ("The toll was first put at
  14, but police later lowered it to 11": 11), and, told in a sentence of its own, the figures of
  its kind the event already holds ("A car bomb killed 12 people. The toll was later lowered to
  8": 8, although the event stage otherwise keeps the largest toll);
- a figure set against one "first reported" ("said 8 had died, not 12 as first reported") is
  such a revision too, and the figure first reported is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.records import CountMention
from eventwire.stages.casualties import _GUARD

_FLAGS = re.IGNORECASE
_REVISE = r"(?:revis|correct|lower|reduc|amend|adjust|downgrad|upgrad|updat)\w*"
_KIND_WORDS = (
    r"dead|deaths?|killed|victims|fatalities|casualties|injured|wounded|injuries|hurt"
    r"|people\s+(?:killed|injured|wounded|hurt)"
)
_TOLL_NOUN = (
    r"(?:(?:official|overall|final|death|casualty|initial|earlier|provisional)\s+)*"
    rf"(?:toll|figure|count|tally|estimate|number\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_KIND_WORDS}))"
)
_OBJECT = rf"(?:it|(?:the|its|their|this|that)\s+{_TOLL_NOUN})"
_TO = r"(?:\s+(?:down|up)(?:wards?)?)?(?:\s+from\s+[\w,]+)?\s+to\s+"
_FIGURE = rf"(?:(?:at\s+least|more\s+than|about|around|nearly|some)\s+)?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b{_GUARD}"
REVISED_TO = re.compile(  # "corrected the figure to 11", "the toll was lowered to 8", "a figure police corrected to 8"
    rf"\b(?:{_REVISE}\s+{_OBJECT}|(?:the|its|their|this|that)\s+{_TOLL_NOUN}\s+(?:was|were|has\s+been|had\s+been|is)\s+"
    rf"(?:(?:later|since|subsequently|then|officially|also)\s+)?{_REVISE}"
    rf"|\b(?:an?|the|this|that)\s+{_TOLL_NOUN}\s+(?:that\s+|which\s+)?(?:[a-z]+\s+){{1,3}}?{_REVISE}){_TO}{_FIGURE}",
    _FLAGS,
)
FIRST_REPORTED = re.compile(
    r",?\s*(?:and\s+)?not\s+(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+as\s+(?:was\s+|had\s+been\s+)?"
    r"(?:first|initially|originally|earlier|previously)\s+(?:reported|thought|stated|said|announced|feared|given)\b",
    _FLAGS,
)  # "said 8 people had died, not 12 as first reported": 12 is taken back, 8 is the revision
INJURED_WORDS = re.compile(r"injur|wound|hurt", _FLAGS)
KILLED_WORDS = re.compile(r"dead|death|kill|fatal|died", _FLAGS)


def revised_counts(
    text: str, value_of: Callable[[str], int | None], found: list[CountMention] | None = None
) -> list[CountMention]:
    """The figures a toll of ``text`` was revised or corrected to; ``value_of`` reads a figure's
    words (``casualties.number_value``). A bare "it", "the figure", "the estimate" or "the count"
    is a toll only when the figure told last before it is one of ``found`` (the sentence's
    casualty counts), whose kind it takes: "damaged 30 shops, a figure later revised to 45"
    revises no toll. With no figure before it, "the figure" is the event's toll, "it" none."""
    out = []
    for m in REVISED_TO.finditer(text):
        value = value_of(m.group("n"))
        if value is None:
            continue
        kind, last = _kind(text, m), _figure_before(text, m.start(), value_of)
        if _bare(text, m) and last >= 0:
            referred = next((c for c in found or [] if c.start <= last < c.end and c.value > 0), None)
            if referred is None:
                continue  # "damaged 30 shops, a figure later revised to 45"
            kind = referred.kind
        elif _bare(text, m) and re.match(r"\w+\s+it\b", m.group(0), _FLAGS):
            continue  # "lowered it to 30" with no figure before: no toll
        start, end = m.span()
        out.append(CountMention(kind, value, start, end, text[start:end]))
    return out


_TOLL_WORDS = re.compile(r"toll|tally|casualt|victim|injur|wound|hurt|dead|death|kill|fatal|died", _FLAGS)


def _bare(text: str, m: re.Match[str]) -> bool:
    """The toll revised is named by no casualty word: "it", "the figure", "a count", "the estimate"."""
    return not _TOLL_WORDS.search(text, m.start(), m.start("n"))


def _figure_before(text: str, end: int, value_of: Callable[[str], int | None]) -> int:
    """Where the figure told last before ``end`` starts, or -1 when none is told (a toll told
    again in a sentence of its own, "The figure was later lowered to 8", is the event's)."""
    figures = [
        n.start()
        for n in re.finditer(r"\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b", text[:end], _FLAGS)
        if n.group().lower() not in ("a", "an") and value_of(n.group()) is not None
    ]
    return figures[-1] if figures else -1


def _kind(text: str, m: re.Match[str]) -> str:
    """Injured when the toll revised names the wounded ("the number of injured"), else, a toll
    named without its kind ("the toll"), the last word of the dead or the hurt before it is of
    the hurt."""
    words = text[m.start() : m.start("n")]
    if INJURED_WORDS.search(words):
        return "injured"
    if KILLED_WORDS.search(words):
        return "killed"
    before = re.findall(r"injur|wound|hurt|dead|death|kill|fatal|died", text[: m.start()], _FLAGS)
    return "injured" if before and INJURED_WORDS.match(before[-1]) else "killed"


def revised_kinds(text: str, counts: list[CountMention]) -> set[str]:
    """The kinds whose figures ``text`` revises: the kinds of its counts ``counts`` told as a
    revision ("lowered it to 11") or set against a figure first reported ("not 12 as first
    reported")."""
    spans = [m.span() for m in REVISED_TO.finditer(text)]
    kinds = {c.kind for c in counts if any(a <= c.start < b or c.start <= a < c.end for a, b in spans)}
    for m in FIRST_REPORTED.finditer(text):
        before = [c for c in counts if c.end <= m.start() + 1]
        if before:
            kinds.add(before[-1].kind)
    return kinds


def without_replaced(text: str, counts: list[CountMention]) -> list[CountMention]:
    """``counts`` of one sentence without the figures a later revision in it replaces: those of
    the revised kind before the revision, and a figure told as "first reported"."""
    spans = [m.span() for m in REVISED_TO.finditer(text)]
    dropped = [m.span("n") for m in FIRST_REPORTED.finditer(text)]
    out = []
    for c in counts:
        if any(a <= c.start < b for a, b in dropped):
            continue
        later = [r for r in counts if r.kind == c.kind and r is not c and any(a <= r.start < b for a, b in spans)]
        if any(r.start > c.start for r in later) and not any(a <= c.start < b for a, b in spans):
            continue
        out.append(c)
    return out


def still_held(held: list[CountMention], told: list[CountMention], kinds: set[str]) -> list[CountMention]:
    """An event's figures ``held`` without those that ``told`` (a later sentence's figures, whose
    kinds ``kinds`` are told as revised) replaces: the held figures of each kind it revises."""
    replaced = {c.kind for c in told if c.kind in kinds}
    return [c for c in held if c.kind not in replaced]

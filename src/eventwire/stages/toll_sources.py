"""Competing tolls: the same event's figure told by two sources.

"A strike killed at least 27 people, the health ministry said. The civil defence agency put the
death toll at 31." gives two figures for one event from two tellers: neither replaces the other,
so the event's figure is the conservative one (27) and the other its high figure (31), as for
competing figures in one sentence ("27 according to the ministry, 31 according to medics").

Only when both sentences name their teller (the noun subject of a verb of telling, "the ministry
said", "the agency put the toll at", or "according to ..."), the tellers differ, and the later
sentence tells no change ("the toll has risen to 31", "two more died", "later", "now"): a toll
told again by the same teller, or told as grown, is an update, and the larger figure stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.records import CountMention
from eventwire.stages.casualties import _COUNT, _FLAGS, _MOD, _NUMBER, _mention, count_value
from eventwire.stages.nlp import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

TELL = frozenset(
    {"say", "report", "tell", "put", "estimate", "give", "confirm", "announce", "record", "count", "state", "place"}
)  # verbs whose subject tells a figure: "the agency put the death toll at 31"
CHANGE = frozenset(
    {
        "rise", "climb", "increase", "reach", "jump", "grow", "mount", "soar", "update", "revise", "raise",
        "lower", "correct", "bring", "now", "later", "since", "new", "latest", "more", "further",
        "additional", "another", "also", "subsequently", "total", "overall", "earlier", "initially",
    }
)  # a word telling the figure as changed or added to, not told by another
PRONOUNS = frozenset({"PRON"})
SUBJECT_WORDS = frozenset({"compound", "nmod", "amod", "poss"})


def teller(sent: Span) -> frozenset[str]:
    """The words naming who tells the sentence's figure: the noun subject of a verb of telling
    ("the Gaza health ministry said") or the object of "according to"; empty when none is named."""
    for t in sent:
        if t.lower_ == "according":
            noun = next((p for c in t.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ not in PRONOUNS:
                return _name(noun)
        if t.pos_ == "VERB" and lemma(t) in TELL:
            noun = next((c for c in t.children if c.dep_ == "nsubj" and c.pos_ not in PRONOUNS), None)
            if noun is not None:
                return _name(noun)
    return frozenset()


def _name(noun: Token) -> frozenset[str]:
    return frozenset([noun.lower_] + [c.lower_ for c in noun.children if c.dep_ in SUBJECT_WORDS])


def another_teller(sent: Span, before: Span) -> bool:
    """``sent`` tells its figure as another teller than ``before`` does, and tells no change."""
    mine, theirs = teller(sent), teller(before)
    if not mine or not theirs or mine <= theirs or theirs <= mine:
        return False  # "police" and "police officials" are one teller
    return not any(lemma(t) in CHANGE or t.lower_ in CHANGE for t in sent)


def competing(
    held: list[CountMention], passed: list[CountMention], sent: Span, before: Span
) -> tuple[list[CountMention], list[CountMention]]:
    """The event's figures ``held`` (told in ``before``) and a later sentence's ``passed``: where
    the later one is another teller's figure of a kind held, the lower of the two is the value
    and the higher the high, in both lists (the larger never stands alone)."""
    if not passed or not another_teller(sent, before):
        return held, passed
    for kind in ("killed", "injured"):
        old = [c for c in held if c.kind == kind and c.value > 0]
        new = [c for c in passed if c.kind == kind and c.value > 0]
        if not old or not new:
            continue
        values = [c.value for c in old + new] + [c.high for c in old + new if c.high]
        low, high = min(max(c.value for c in old), max(c.value for c in new)), max(values)
        held = [_capped(c, low, high) if c in old else c for c in held]
        passed = [_capped(c, low, high) if c in new else c for c in passed]
    return held, passed


def _capped(c: CountMention, low: int, high: int) -> CountMention:
    value = min(c.value, low)
    return CountMention(c.kind, value, c.start, c.end, c.text, high if high > value else None)


COMPETING = re.compile(
    rf"(?P<n1>{_NUMBER})(?:\s+\w+)?\s*,?\s*according\s+to\s+[^,;.()]{{1,60}}?\s*,?\s*"
    rf"(?:(?:and|but|or|while|with|versus|vs\.?)\s+)?{_MOD}(?P<n2>{_COUNT})(?:\s+\w+)?\s+according\s+to",
    _FLAGS,
)


def with_competing(text: str, counts: list[CountMention]) -> list[CountMention]:
    """Competing figures ("15 according to police, 20 according to medics"): the lower is the
    value, the higher the high."""
    for m in COMPETING.finditer(text):
        other = count_value(m.group("n2"))
        for i, c in enumerate(counts):
            if other is not None and c.start <= m.start("n1") < c.end:
                low, high = min(c.value, other[0]), max(c.high or c.value, other[1] or other[0])
                end = max(c.end, m.end("n2"))
                counts[i] = _mention(text, c.kind, low, (c.start, end), high if high != low else None)
    return counts

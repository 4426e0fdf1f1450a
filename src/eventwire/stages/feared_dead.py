"""Dead feared beside dead confirmed: the feared are the high figure, never the figure.

"Nine soldiers were killed and 20 others were feared dead" tells nine dead and fears for 20 more:
the record's figure is the most conservative one the text reports (the contract), nine, and the
feared dead give its high figure: 29, the confirmed and the feared together where the feared are
told as more people ("others", "more"), else the feared figure itself ("nine were confirmed
killed and 20 are feared dead": 20 at most). A feared figure told alone ("twelve villagers were
feared killed") stays the figure, as does one told of another attack ("another", "separate",
"elsewhere" after the confirmed figure, to the end of the feared one's clause).
"""

from __future__ import annotations

import re

from eventwire.records import CountMention

FEARED = re.compile(
    r"\b(?:feared|presumed)\s+(?:to\s+(?:have\s+)?(?:been\s+)?)?(?:dead|killed|drowned|died|be\s+dead)\b", re.I
)
MORE_PEOPLE = re.compile(r"^(?:\S+\s+){1,3}?(?:others?|more)\b", re.I)  # "20 others", "dozens more", "at least 20 more"
SEPARATE = re.compile(r"\b(?:separate(?:ly)?|another|elsewhere|different)\b", re.I)  # not "20 other soldiers"


def with_feared_as_high(found: list[CountMention], text: str) -> list[CountMention]:
    """``found`` (the mentions of ``text``, a sentence, in order) where a feared killed figure told
    after a confirmed one becomes that one's high figure and is dropped."""
    out: list[CountMention] = []
    for c in found:
        feared = c.kind == "killed" and FEARED.search(c.text) is not None
        told = (p for p in reversed(out) if p.kind == "killed" and p.value > 0 and not FEARED.search(p.text))
        prev = next(told, None)
        if not feared or prev is None or _elsewhere(text, prev, c):
            out.append(c)
            continue
        high = max(prev.high or prev.value, (prev.value if MORE_PEOPLE.match(c.text) else 0) + (c.high or c.value))
        high_or_none = high if high > prev.value else None
        out[out.index(prev)] = CountMention(prev.kind, prev.value, prev.start, prev.end, prev.text, high_or_none)
    return out


def _elsewhere(text: str, prev: CountMention, c: CountMention) -> bool:
    """The feared dead ``c`` are told of another attack than ``prev``'s: a word of another from
    ``prev`` to the end of ``c``'s clause (a place named after both is the shared scene: "killed and
    20 others feared dead after the attack in Kidal")."""
    stop = re.search(r"[,;:.]", text[c.end :])
    return SEPARATE.search(text, prev.end, c.end + stop.start() if stop else len(text)) is not None

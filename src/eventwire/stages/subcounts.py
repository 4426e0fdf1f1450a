"""Sub-counts of a toll told in the same sentence: "15 were killed, among them three policemen",
"including two children", "of whom four were women", "11 were killed, several of them beheaded" (a
figure told as a part "of them" is part of the figure just before it, when that is of its kind: not
in "killed one and wounded three; one of them died later"). The smaller figure is part of the one before
it, not more dead, so it is not emitted again. A part joined to a figure of its own ("31 bodies, including
nine women, and 40 people were wounded") is not added to that figure (``part_before``)."""

from __future__ import annotations

import re

from eventwire.records import CountMention

SUBCOUNT = re.compile(
    r"\b(?:including|among\s+(?:them|whom|the\s+dead|the\s+victims|those)|of\s+(?:them|whom))\b", re.IGNORECASE
)
PART_BEFORE = re.compile(r"\b(?:including|among\s+(?:them|whom))\s+$", re.IGNORECASE)
_PART_OF = re.compile(r"^[\w-]+\s+of\s+(?:them|whom|those)\b", re.IGNORECASE)  # "several of them beheaded"


def without_subcounts(text: str, counts: list[CountMention]) -> list[CountMention]:
    """Drop a smaller figure of the same kind introduced by "including", "among them", "of whom", or
    told as a part "of them"."""
    out: list[CountMention] = []
    for c in counts:
        prev = next((p for p in reversed(out) if p.kind == c.kind), None)
        of_prev = bool(out) and out[-1] is prev and _PART_OF.match(c.text)  # "them": the figure just before
        told_part = prev is not None and (SUBCOUNT.search(text[prev.end : c.start]) or of_prev)
        if prev is not None and c.value <= prev.value and told_part:
            continue
        out.append(c)
    return out


def part_before(text: str, start: int) -> bool:
    """The figure at ``start`` is introduced as a part of a toll told before it ("including"):
    "31 bodies, including nine women, and more than 40 people were wounded" joins a part of the
    dead to the wounded, and only the second figure counts them."""
    return bool(PART_BEFORE.search(text, max(0, start - 20), start))

"""Splinters of a named group: "dissidents of the former FARC" are not the FARC.

A row of ``actors.tsv`` whose id is a group's id followed by ``_dissidents`` ("farc_dissidents")
is the actor of the men who broke away from that group. Its own aliases catch the usual forms
("FARC dissidents"); this module recodes the forms that name the parent group after the word
("dissidents of the former Revolutionary Armed Forces of Colombia (FARC)", "a dissident faction
of the FARC") and the acronym in brackets that follows the parent's full name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from eventwire.records import Actor
from eventwire.stages.actor_kinds import ActorEntry, ActorMention

__all__ = ["splinter_mentions"]

SPLINTER_SUFFIX = "_dissidents"
# "dissidents of the former", "a dissident faction of the now-defunct", "breakaway fighters from the"
BEFORE = re.compile(
    r"\b(?:dissidents?|dissident\s+(?:factions?|groups?|fighters|units?|fronts?)|"
    r"breakaway\s+(?:factions?|groups?|fighters)|splinter\s+(?:factions?|groups?))\s+"
    r"(?:of|from)\s+(?:the\s+)?(?:(?:former|ex-|demobili[sz]ed|defunct|now-defunct|disbanded)\s*)*$",
    re.IGNORECASE,
)
ACRONYM = re.compile(r"\s*\(([^()]{1,12})\)")
REACH = 80  # characters before a mention where the splinter words may stand


def splinter_mentions(
    text: str, found: Sequence[ActorMention], entries: Mapping[str, ActorEntry]
) -> list[ActorMention]:
    """``found`` with each named mention that "dissidents of (the former) ..." precedes recoded as
    the splinter actor, spanning from the first word of the phrase; the acronym in brackets right
    after it (the same group's) is folded into that mention."""
    out: list[ActorMention] = []
    swallowed_to = -1
    for m in found:
        if m.start < swallowed_to:
            continue
        splinter = entries.get(m.actor.entry + SPLINTER_SUFFIX) if m.kind == "named" and m.actor.entry else None
        before = BEFORE.search(text, max(0, m.start - REACH), m.start) if splinter is not None else None
        if splinter is None or before is None:
            out.append(m)
            continue
        end = m.end
        bracket = ACRONYM.match(text, end)
        if bracket is not None and any(o.start >= end and o.end <= bracket.end() for o in found if o is not m):
            end = bracket.end()
        swallowed_to = end
        start = before.start()
        actor = Actor(splinter.name, splinter.country, splinter.sector, text[start:end], splinter.id)
        out.append(ActorMention(start, end, text[start:end], actor, "named"))
    return out

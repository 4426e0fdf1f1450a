"""One victim named by a personal pronoun: "bandits kidnapped a farmer and later killed him".

"Killed him", "murdered her", "shot him dead", "stabbed her to death", "gunned him down" tell one
person killed, as "killed a farmer" does (``casualties.SINGULAR``). Only the forms that tell the act
done ("killed", "killing", not the bare "kill" of "threatened to kill him"), only "him" and "her"
(never "it", a thing or a unit, nor "them", whose number the sentence may not give), and "her" only
as an object, not as the determiner of a noun ("killed her husband", counted by ``SINGULAR``):
it must end the clause or be followed by a preposition, an adverb or a time. "Himself" is a
suicide, not a victim of another.
"""

from __future__ import annotations

import re

from eventwire.records import CountMention

_FLAGS = re.IGNORECASE
_DONE = (  # the act done, not the act threatened or planned
    r"(?:kill|murder|slaughter|behead|lynch|assassinat|execut|butcher|decapitat)(?:ed|ing)|slew"
)
_PHRASAL = (  # "shot him dead", "gunned her down", "stabbed him to death", "burned him alive"
    r"(?:shot|shooting|gunned|gunning|mowed|mowing|hacked|hacking|stabbed|stabbing|beat|beaten|beating|burned|burnt"
    r"|burning|bludgeoned|clubbed|stoned|tortured|strangled|strangling)"
)
_PHRASAL_END = r"(?:dead|down|to\s+death|alive)"
_AFTER_HER = (  # "her" as an object: the clause ends, or a preposition, an adverb or a time follows
    r"(?=\s*(?:[,.;:)!?\"”]|$)|\s+(?:on|in|at|near|outside|inside|with|after|before|while|when|as|and|during|last"
    r"|yesterday|today|instantly|immediately|later|then|too|early|late|overnight|shortly)\b)"
)
PRONOUN_VICTIM = re.compile(
    rf"\b(?:(?:{_DONE})\s+(?:him\b(?!self)|her\b(?!self){_AFTER_HER})"
    rf"|{_PHRASAL}\s+(?:him|her)\s+{_PHRASAL_END}\b)",
    _FLAGS,
)
CUE = re.compile(r"\b(?:him|her)\b", _FLAGS)  # a cheap test before the pattern


def pronoun_victims(text: str) -> list[CountMention]:
    """One killed for each act of killing done to "him" or "her" in ``text``."""
    if not CUE.search(text):
        return []
    return [CountMention("killed", 1, m.start(), m.end(), m.group(0)) for m in PRONOUN_VICTIM.finditer(text)]

"""The people taken, then found dead: the abduction's victims counted as killed.

"Two herders were kidnapped from a market on Friday and their bodies were found on Sunday" and
"gunmen abducted three farmers, who were later found dead" count no dead in a figure of their own:
the dead are the people taken, counted at the abduction. This module gives that figure as killed,
spanning from the figure to the finding, so the event the sentence tells (the abduction) carries
its dead, as ``bodies_found`` keeps the bodies found in the event's own sentence with that event.

Only within one sentence, and only when the finding refers back to the same people: "their
bodies", "whose bodies", "(they|who) were (later) found dead|killed|executed", "(and|before) killing
them"; "who were killed" only straight after the people counted ("seized five villagers, who were
later killed"), not after another noun ("abducted 12 relatives of soldiers who were killed in an
ambush": the soldiers), and "and were killed" only when the people taken are the subject.
"Bodies of two men were found; three others are still held" and "abducted 20 and two were killed" name
other people or a part, and are left to the other patterns.
"""

from __future__ import annotations

import re

from eventwire.records import CountMention
from eventwire.stages.casualties import _COUNT, _GUARD, _MOD, _NOUN, _NOUNS, count_value

_FLAGS = re.IGNORECASE
_TAKEN = r"(?:abduct|kidnapp?)(?:ed)|seized|snatched|taken\s+(?:hostage|captive)"
_LATER = r"(?:(?:later|subsequently|then|eventually|all)\s+)?"
_KILLED = r"(?:found\s+dead|killed|executed|murdered|beheaded)"
_FOUND_FAR = (  # refers back to the people taken wherever it comes: "their bodies", "killing them"
    r"(?:their|whose)\s+(?:(?:dead|lifeless|mutilated|decomposed|bullet-riddled|charred)\s+)?(?:bodies|corpses|remains)"
    rf"\s+(?:were|have\s+been|had\s+been|was)\s+{_LATER}(?:found|discovered|recovered|dumped|retrieved)"
    rf"|(?:and|before|who)\s+{_LATER}(?:(?:kill|execut|murder|behead)(?:ed|ing)\s+them|(?:shot|shooting)\s+them\s+dead)"
)
_WERE = r"(?:were|have\s+been|had\s+been)"
_FOUND_SUBJECT = rf"(?:and|,)\s+(?:they\s+)?{_WERE}\s+{_LATER}{_KILLED}"  # the people taken stay the subject
_FOUND_NEXT = rf"(?:,\s*)?who\s+{_WERE}\s+{_LATER}{_KILLED}"  # straight after the people counted
_BETWEEN = r"[^.;]{0,160}?"  # the rest of the sentence up to the finding, within one clause chain
TAKEN_FOUND = re.compile(  # "who were killed" after another noun ("relatives of soldiers who were killed") is theirs
    rf"\b{_MOD}(?P<n>{_COUNT}){_GUARD}\s+{_NOUNS}(?:had\s+been|have\s+been|were|are)\s+(?:[a-z]+ly\s+)?(?:{_TAKEN})\b"
    rf"{_BETWEEN}(?<![\w-])(?:{_FOUND_FAR}|{_FOUND_SUBJECT})\b"
    rf"|\b(?:{_TAKEN})\s+{_MOD}(?P<n2>{_COUNT}){_GUARD}\s+{_NOUNS}{_BETWEEN}(?<![\w-])(?:{_FOUND_FAR})\b"
    rf"|\b(?:{_TAKEN})\s+{_MOD}(?P<n3>{_COUNT}){_GUARD}\s+(?:(?!of\b){_NOUN}){{0,2}}?(?<![\w-]){_FOUND_NEXT}\b",
    _FLAGS,
)
CUE = re.compile(r"abduct|kidnap|seized|snatched|taken", _FLAGS)  # a cheap test before the pattern


def taken_found_dead(text: str) -> list[CountMention]:
    """Killed figures for the people abducted and then found dead or killed, in ``text``."""
    out: list[CountMention] = []
    if not CUE.search(text):
        return out
    for m in TAKEN_FOUND.finditer(text):
        group = next(g for g in ("n", "n2", "n3") if m.group(g))
        counted = count_value(m.group(group))
        if counted is None:
            continue
        start, end = m.start(group), m.end()
        out.append(CountMention("killed", counted[0], start, end, text[start:end], counted[1]))
    return out

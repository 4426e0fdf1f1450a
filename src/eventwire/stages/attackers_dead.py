"""The attackers killed in the response: another act than the attack, not its toll.

"Jihadists attacked the town, killing about 50 soldiers and civilians; the army says it killed
more than 100 attackers" tells two acts: the attack and its victims (50), and the other side's
response, a figure that side claims. Taking the larger as the attack's toll (100) would count
the attackers for its victims; adding them (150) would count a party's claim of a second act as
the attack's toll. The event keeps its victims' figure; the attackers' figure is dropped.

Only when the sentence counts the attack's victims first, then the attackers by a noun naming
them as the doers ("attackers", "assailants", "the gunmen", "30 of the militants"), in another
clause (after ";", "while", "but", or told as what a side says it did). "Soldiers killed 12
militants" alone, or "the bomber was also killed", keeps its figure: nothing else is the toll.
"""

from __future__ import annotations

import re

from eventwire.records import CountMention

_FLAGS = re.IGNORECASE
_DOERS = (
    r"attackers|assailants|raiders|gunmen|jihadists|militants|insurgents|terrorists|bandits|fighters|rebels|"
    r"assaulters|infiltrators"
)  # the doers, counted: "the gunman was also killed" is one more dead of the attack
DOERS = re.compile(rf"\b(?:{_DOERS})\b", _FLAGS)
DOERS_AFTER = re.compile(rf"\s+(?:of\s+)?(?:(?:the|those|these|their)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_DOERS})\b", _FLAGS)
OTHER_CLAUSE = re.compile(
    r"[;:]|\b(?:while|whereas|but)\b|\b(?:says?|said|claims?|claimed|added|reported|announced)\b", _FLAGS
)  # the attackers' dead told in another clause, or as what a side says

ALSO = re.compile(r"\balso\b", _FLAGS)  # "two of the attackers were also killed": more dead of the attack


def without_response_kills(text: str, counts: list[CountMention]) -> list[CountMention]:
    """``counts`` (a sentence's, in order) without a killed figure of the attackers told after
    the victims' figure, in another clause."""
    out: list[CountMention] = []
    for c in counts:
        victims = next((p for p in out if p.kind == "killed" and p.value > 0 and not _of_doers(text, p)), None)
        if victims is None or not _response_kill(text, c, victims):
            out.append(c)
    return out


def _response_kill(text: str, c: CountMention, victims: CountMention) -> bool:
    """``c`` counts the attackers killed, told after ``victims`` in another clause, not as more dead."""
    if c.kind != "killed" or not _of_doers(text, c) or ALSO.search(c.text):
        return False
    return bool(OTHER_CLAUSE.search(text, victims.end, c.start))


def _of_doers(text: str, c: CountMention) -> bool:
    """The figure counts the attackers: their noun in it ("100 attackers were killed") or right
    after it ("killed more than 100 attackers", "killed 30 of the militants")."""
    return bool(DOERS.search(c.text) or DOERS_AFTER.match(text, c.end))

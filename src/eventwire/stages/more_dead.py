"""More dead told after a toll: the wounded who later died, one more by an ordinal or with "also".

"Two people died; a third later succumbed" is three dead: one more person told by an ordinal ("a
third", "a second victim") after a killed figure of the same sentence adds to it
(``with_ordinals``; across sentences ``tolls.one_more_dead`` does the same); so do more dead told
with "also" ("killed six police officers; the bomber was also killed": seven).

The wounded who later died ("two of the wounded later died in hospital", "two men were wounded;
one of them died") are dead, not hurt: the figure is a killed one ("Two of the injured died" gives killed 2,
never injured 2). Where the event's wounded were counted, they move from that figure to the
dead: "killing three and wounding 10 ... two of the wounded later died" is killed 5, injured 8,
told in one sentence (``moved_in_sentence``) or in a sentence after (``move_to_dead``, for
``tolls.follow_up``).
"""

from __future__ import annotations

import re

from eventwire.records import CountMention
from eventwire.stages.casualties import _NUMBER, number_value
from eventwire.stages.feared_dead import with_feared_as_high

WOUND_WORDS = re.compile(r"wound|injur|hurt|hospitali", re.IGNORECASE)  # told as hurt, not only "shot"

WOUNDED_DIED = re.compile(
    rf"\b(?P<n>{_NUMBER})\s+of\s+(?:the|those|them)\s+(?:(?:seriously|critically|badly|gravely)\s+)?"
    r"(?:wounded|injured|hurt)(?:\s+(?:people|persons|victims|soldiers|civilians|men|women|children))?"
    r"(?:\s+(?!(?:nearly|almost|could|may|might|would|not|never|narrowly)\b)[\w,'’-]+){0,4}?"
    r"\s+(?:(?:have|has|had|later|subsequently|since|also)\s+)*"
    r"(?:died|succumbed|passed\s+away)\b",
    re.IGNORECASE,
)  # "two of the wounded later died", "one of the injured soldiers succumbed to his wounds"; not
# "two of the wounded nearly died", "could have died"


def wounded_died(text: str) -> list[CountMention]:
    """The wounded told as dead since in ``text``: one killed mention each."""
    out = []
    for m in WOUNDED_DIED.finditer(text):
        value = number_value(m.group("n"))
        if value:
            out.append(CountMention("killed", value, m.start(), m.end(), m.group(0)))
    return out


ORDINAL = re.compile(r"^(?:an?|the)\s+(?:second|third|fourth|fifth|sixth)\b", re.IGNORECASE)
ALSO_DEAD = re.compile(
    r"^(?:[\w,'’-]+\s+){1,5}?(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+)?also\s+"
    r"(?:(?:shot\s+)?(?:killed|dead)|slain|died)\b",
    re.IGNORECASE,
)  # more dead told with "also": "the attacker was also killed", "two soldiers were also killed"


def with_ordinals(found: list[CountMention], text: str = "") -> list[CountMention]:
    """``found`` (the mentions of ``text``, a sentence, in order) where more dead told by an
    ordinal or with "also" after a killed figure ("a third later succumbed", "the bomber was also
    killed") count as that figure and them; not more dead told of another attack (``elsewhere``)."""
    out: list[CountMention] = []
    for c in found:
        prev = next((p for p in reversed(out) if p.kind == "killed" and p.value > 0), None)
        if c.kind == "killed" and c.value == 1 and ORDINAL.match(c.text) and prev is not None:
            c = CountMention("killed", prev.value + 1, c.start, c.end, c.text)
        elif c.kind == "killed" and c.value > 0 and ALSO_DEAD.match(c.text) and prev and not elsewhere(text, prev, c):
            c = CountMention("killed", prev.value + c.value, c.start, c.end, c.text)  # "the bomber was also killed"
        out.append(c)
    return out


SEPARATE = re.compile(r"\b(?:separate(?:ly)?|another|elsewhere|different|other)\b", re.IGNORECASE)
ATTACK_NOUN = re.compile(  # an attack told as new: "in an ambush", not "in the attack"
    r"\b(?:an?|one)\s+(?:[\w-]+\s+)?(?:attack|raid|ambush|clash|bombing|blast|explosion|shooting|strike|airstrike|assault|shelling)s?\b",
    re.IGNORECASE,
)
PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?P<p>[A-Z][\w'’-]+)")


def elsewhere(text: str, prev: CountMention, c: CountMention) -> bool:
    """More dead told with "also" (``c``) are another attack's, not more of ``prev``'s: a word of
    another ("separate", "another", "elsewhere") from ``prev`` to the end of ``c``'s clause, or a
    place named in ``c``'s clause that ``prev``'s part of the sentence does not name, or an attack
    told there as new ("killed five villagers in Kano, and two soldiers were also killed in an
    ambush in Kaduna"; not "the bomber was also killed in the attack")."""
    if not text:
        return False
    stop = re.search(r"[,;:.]", text[c.end :])
    end = c.end + stop.start() if stop else len(text)
    before, own = text[: c.start], text[c.start : end]
    if SEPARATE.search(text, prev.end, end):
        return True
    places = {m.group("p") for m in PLACE.finditer(before)}
    if any(m.group("p") not in places for m in PLACE.finditer(own)):
        return True
    return ATTACK_NOUN.search(own) is not None


OF_THEM = re.compile(r"^\S+\s+of\s+(?:them|whom)\b", re.IGNORECASE)


def _of_them_died(found: list[CountMention]) -> list[CountMention]:
    """ "Two men were wounded; one of them died": dead told among the wounded just counted, with no
    dead counted before them in the sentence."""
    out = []
    for i, c in enumerate(found):
        before = found[:i]
        hurt = before[-1] if before and before[-1].kind == "injured" and WOUND_WORDS.search(before[-1].text) else None
        told = c.kind == "killed" and OF_THEM.match(c.text) and not any(b.kind == "killed" for b in before)
        if told and hurt is not None and hurt.value >= c.value:
            out.append(c)
    return out


def moved_in_sentence(text: str, found: list[CountMention]) -> list[CountMention]:
    """``found`` (the mentions of ``text``, a sentence) with one more dead told by an ordinal
    added (``with_ordinals``) and the wounded who died ("two of the wounded later died", "two men
    were wounded; one of them died") counted once, as dead: the injured mentions they are read
    from dropped, taken from the injured figure before them, and added to a killed one before it."""
    found, died = with_ordinals(with_feared_as_high(found, text), text), wounded_died(text) + _of_them_died(found)
    out = [c for c in found if not any(d.start <= c.start < d.end for d in died)]
    for d in died:
        dead = [c for c in out if c.kind == "killed" and c.end <= d.start]
        hurt = [c for c in out if c.kind == "injured" and c.end <= d.start and c.value >= d.value]
        out = [_less(c, d.value) if hurt and c is hurt[-1] else c for c in out]
        out.append(CountMention("killed", dead[-1].value + d.value, d.start, d.end, d.text) if dead and hurt else d)
    return sorted(out, key=lambda c: (c.start, c.kind))


def move_to_dead(held: list[CountMention], told: list[CountMention], text: str) -> list[CountMention]:
    """An event's figures ``held`` with those of a later sentence ``told`` (``text``) added, where
    the wounded it tells as dead since are added to the dead held and taken from the wounded."""
    spans = {(d.start, d.end) for d in wounded_died(text)}
    moving = [c for c in told if c.kind == "killed" and (c.start, c.end) in spans]
    if not moving:
        return held + told
    died = sum(c.value for c in moving)
    dead = max((c.value for c in held if c.kind == "killed"), default=0)
    hurt = max((c for c in held if c.kind == "injured"), key=lambda c: c.value, default=None)
    out = [c for c in held if c.kind != "injured" or hurt is None or hurt.value < died]
    if hurt is not None and hurt.value >= died:
        out.append(_less(hurt, died))
    out += [c for c in told if c not in moving]
    first, last = moving[0], moving[-1]
    return [*out, CountMention("killed", dead + died, first.start, last.end, first.text)]


def _less(c: CountMention, died: int) -> CountMention:
    """An injured figure without those of it who died."""
    return CountMention(c.kind, c.value - died, c.start, c.end, c.text, c.high - died if c.high else None)

"""Victims told as a list of people joined by "and": one figure, the sum of its parts.

"Gunmen killed my father and two brothers" is three dead, "a woman and her three children were
killed" four, "killed two soldiers and a policeman" three. Each part is a person noun with a
figure ("two brothers", "her three children") or a singular noun with an article or a possessive
("a policeman", "my father", "the driver"); a plural without a figure ("his sons") has no count,
and then the list gives none. The list is the object of a verb of killing or wounding, or the
subject of a passive one ("... were killed", "... were wounded"); an object list whose last part
opens a clause of its own ("killed two soldiers and a policeman was wounded") is not summed, but
one that goes on with the same subject's next verb ("... and wounded 14 others") is. A total set
off by a comma before who its victims were ("killed 10 people, seven civilians and three soldiers")
keeps its own figure. A list whose first part is the object of a verb of taking ("abducted 20
people and two farmers were also killed") is no list of victims: the people taken are not dead.
``casualties.find_counts`` keeps the longest mention, so the sum replaces its parts (a sum that
another pattern already tells, "killed 3 soldiers and 2 civilians", is left to it).
"""

from __future__ import annotations

import re

from eventwire.records import CountMention
from eventwire.stages.casualties import (
    _ADV,
    _GUARD,
    _INJURE_V,
    _KILL_V,
    _MOD,
    _NUMBER,
    _PHRASAL_KILL,
    NUMBER_FIRST,
    PERSONS,
    _kind,
    number_value,
)

_FLAGS = re.IGNORECASE
COLLECTIVE = frozenset({"people", "persons", "individuals", "victims", "civilians", "villagers", "residents", "others"})


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("child"):
        return word + "ren"
    if word == "person":
        return "people"
    if word == "wife":
        return "wives"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


SINGULAR_NOUNS = frozenset(w.replace("\\s+", " ") for w in PERSONS.split("|"))
PLURAL_NOUNS = frozenset(_plural(w) for w in SINGULAR_NOUNS)
_NOUN_ALT = "|".join(sorted((w.replace(" ", r"\s+") for w in SINGULAR_NOUNS | PLURAL_NOUNS), key=len, reverse=True))
_DET = r"(?:an?|one|the|his|her|their|my|our|your|its)"
PART = re.compile(
    rf"(?:(?P<det>{_DET})\s+)?(?:(?P<num>{_NUMBER}){_GUARD}\s+)?"
    rf"(?:(?!(?:and|or|but|who|were|was|are|is)\b|{_NUMBER}\b)[\w'’-]+\s+){{0,2}}?(?P<noun>{_NOUN_ALT})\b(?!['’]s|-)",
    _FLAGS,
)  # one part of the list: "two brothers", "her three children", "a policeman", "my father"
JOIN = re.compile(r"\s*,?\s+(?P<and>and|as\s+well\s+as)\s+|\s*,\s+", _FLAGS)  # ", ", " and ", ", and "
PART_START = re.compile(rf"\b(?:{_DET}|\d|{_NUMBER})\b", _FLAGS)  # where a counted part can open
SUBJECT_VERB = re.compile(r"\b(?:were|are|been)\s|\bdied\b", _FLAGS)  # a passive list is possible
VERB = re.compile(rf"\b(?P<v>{_PHRASAL_KILL}|{_KILL_V}|{_INJURE_V})\s+{_MOD}", _FLAGS)
OWN_CLAUSE = re.compile(
    r"(?!\s+and\s+(?:also\s+)?(?:wounded|injured|hurt)\b)"  # "killed X and Y and wounded 14": the same subject
    r"\s+(?:[a-z]+\s+){0,2}?(?:were|was|are|is|had|have|has|wounded|injured|hurt|died)\b",
    _FLAGS,
)
PASSIVE = re.compile(
    rf"\s+(?:were|have\s+been|had\s+been|are)\s+{_ADV}(?:shot\s+(?:and\s+)?)?(?P<v>shot\s+(?:dead|to\s+death)"
    r"|(?:fatally|mortally)\s+(?:shot|wounded|injured)|killed|slain|murdered|wounded|injured|hurt|shot(?!\s+at\b))\b"
    r"|\s+(?:(?:both|all)\s+)?(?P<died>died)\b",
    _FLAGS,
)  # "... were killed", "... were shot dead", "... died"

TAKEN = re.compile(
    r"\b(?:abduct\w*|kidnapp?\w*|seiz\w*|captur\w*|arrest\w*|detain\w*|took|taken|held|rescu\w*|freed"
    rf"|releas\w*|evacuat\w*)\s+{_MOD}$",
    _FLAGS,
)  # "bandits abducted 20 people and two farmers were killed": the 20 are taken, not dead


def coordinated_counts(text: str, found: list[CountMention]) -> list[CountMention]:
    """The figures of victims told as a list of people joined by "and" in ``text``, those that
    ``found`` (the other patterns' mentions) does not already tell with the same value."""
    return [c for c in _lists(text) if not any(_same(c, f) for f in found)]


def _same(c: CountMention, f: CountMention) -> bool:
    return c.kind == f.kind and c.value == f.value and c.start < f.end and f.start < c.end


def _lists(text: str) -> list[CountMention]:
    out = []
    for m in VERB.finditer(text):
        found = _list_at(text, m.end())
        if found is not None and not OWN_CLAUSE.match(text, found[1]):
            out.append(_mention(text, _kind(m.group("v")), found[0], m.start(), found[1]))
    if not SUBJECT_VERB.search(text):
        return out
    pos = 0
    for m in PART_START.finditer(text):
        if m.start() < pos:
            continue
        found, pos = _scan(text, m.start())
        if found is None:
            continue
        after = PASSIVE.match(text, found[1])
        if after is not None and not TAKEN.search(text, 0, m.start()):
            kind = "killed" if after.group("died") else _kind(after.group("v"))
            out.append(_mention(text, kind, found[0], m.start(), after.end()))
    return out


def _list_at(text: str, start: int) -> tuple[int, int] | None:
    """(sum, end) of a list of two or more counted parts joined by "and" that starts at
    ``start``; None when there is none or a part has no count."""
    return _scan(text, start)[0]


def _scan(text: str, start: int) -> tuple[tuple[int, int] | None, int]:
    """The list at ``start`` as ``_list_at`` reads it, and where a later list can start: past
    the parts read when two or more were (a list read from inside them fails the same way)."""
    values: list[int] = []
    end, pos, head = start, start, ""
    before_and = last_and = False  # the join before the part just read is "and"
    while (part := PART.match(text, pos)) is not None:
        value = _part_value(part)
        if value is None:
            return None, (part.end() if values else start)
        values.append(value)
        head = head or part.group("noun").lower()
        end, last_and = part.end(), before_and
        join = JOIN.match(text, end)
        if join is None or last_and:
            break
        before_and, pos = bool(join.group("and")), join.end()
    if len(values) < 2 or not last_and:
        return None, (end if len(values) > 1 else start)
    if _breakdown(text, start, head, values):
        return (values[0], end), end
    return (sum(values), end), end


def _breakdown(text: str, start: int, head: str, values: list[int]) -> bool:
    """Whether the parts after the first tell who its victims were ("10 people, seven civilians
    and three soldiers"): an appositive after a comma, under a collective noun, within its figure."""
    first = PART.match(text, start)
    comma = first is not None and text.startswith(",", first.end())
    return comma and head in COLLECTIVE and len(values) > 2 and sum(values[1:]) <= values[0]


def _part_value(part: re.Match[str]) -> int | None:
    """The people of one part: its figure, or one for a singular noun after an article or a
    possessive; None for a plural without a figure, or a bare noun."""
    if part.group("num") and not _unit_number(part):
        return number_value(part.group("num"))
    if part.group("det") and re.sub(r"\s+", " ", part.group("noun").lower()) in SINGULAR_NOUNS:
        return 1
    return None


_UNIT_NOUNS = frozenset(
    "brigade battalion division regiment corps company platoon squadron battery brigades battalions"
    " divisions regiments".split()
)


def _unit_number(part: re.Match[str]) -> bool:
    """The figure after "the" names a unit, not a count of people ("the 25 Brigade commander",
    "the 3rd battalion chief"): the word after it is capitalised or a unit noun."""
    if (part.group("det") or "").lower() != "the":
        return False
    rest = part.string[part.end("num") : part.end()].split()
    return bool(rest) and (rest[0][:1].isupper() or rest[0].lower() in _UNIT_NOUNS)


def _mention(text: str, kind: str, value: int, start: int, end: int) -> CountMention:
    return CountMention(kind, value, start, end, text[start:end])


def without_taken(text: str, found: list[CountMention]) -> list[CountMention]:
    """``found`` (the mentions ``casualties.NUMBER_FIRST`` reads in ``text``) where a figure of
    people joined to the next by "and" is the object of a verb of taking before it ("abducted
    20 people and two farmers were killed"): only the people after "and" are counted."""
    out = []
    for c in found:
        m = NUMBER_FIRST.match(text, c.start)
        if m is None or not m.group("n2") or not TAKEN.search(text, 0, c.start):
            out.append(c)
            continue
        value = number_value(m.group("n2"))
        if value:
            out.append(_mention(text, c.kind, value, m.start("n2"), c.end))
    return out

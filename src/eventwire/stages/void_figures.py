"""Figures of a sentence that are no event's toll, and a toll told in a "when" clause that is.

Pure text rules read by ``casualties.find_counts``:

- a superseded figure: a sentence that says its figures were an earlier version, an error or
  incorrect ("An earlier version of this story said 12 people were killed", "The earlier figure
  of 30 wounded was an error", "... incorrectly reported that 40 people died") tells figures the
  story no longer stands by; so does the figure a toll was revised or corrected from ("the toll
  was revised down from 12 to nine": 12), and a toll told in the past perfect ("On Monday night,
  officials had put the toll at nine", "the toll had stood at 14"): the figure before the one the
  story tells now. The corrected figure is told elsewhere and wins;
- things downed, not people: "112 drones were launched, of which 89 were shot down" counts
  drones, missiles or aircraft brought down, never casualties ("two pilots were shot down" still
  counts people, named by a word for a person);
- one figure of two kinds: "dozens were killed or wounded" counts the dead and the hurt
  together and cannot be split, as "casualties" cannot;
- the wounds the dead had: "three of the victims had gunshot wounds" tells how they died;
- the toll of the act a "when" clause follows: "The hotel was attacked in 2015, when 15 people
  were killed" tells the toll of that attack (an event of the sentence, dated by the time), not
  background to another event as "since 2007, when 28 were killed" is.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE
CORRECTION = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|previous|original|initial)\s+(?:version|edition|draft)\b"
    r"|\b(?:incorrectly|erroneously|mistakenly|wrongly)\s+(?:said|stated|reported|gave|put|listed|described|identified|"
    r"quoted|cited|counted)\b"
    r"|\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:(?:an?|in)\s+)?(?:error|mistake|incorrect|wrong|inaccurate|mistaken"
    r"|erroneous|misreported|overstated|understated)\b"
    r"|\bhad\s+(?:(?:earlier|initially|first|previously|originally)\s+)?(?:put|placed|set|given|estimated)\s+"
    r"(?:the|its|their|an?)\s+(?:(?:death|casualty|initial|preliminary|earlier)\s+)?(?:toll|figure|tally|count)\s+at\b"
    r"|\b(?:toll|tally)\s+had\s+(?:earlier\s+|initially\s+)?(?:stood|been)\s+at\b",
    _FLAGS,
)  # the sentence takes back what it reports: "An earlier version of this story said ...", "... was an error";
# a toll told in the past perfect ("officials had put the toll at nine") is an earlier figure, superseded
REVISED_FROM = re.compile(
    r"\b(?:revis|correct|adjust|lower|amend|reduc|downgrad)\w*\s+(?:(?:the|its|their|an?)\s+)?"
    r"(?:(?:death\s+)?(?:toll|figure|count|number|tally|estimate)\s+)?(?:(?:down|up|downward|upward|downwards|upwards)\s+)?"
    r"from\s+(?:[a-z]+\s+){0,2}?(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b",
    _FLAGS,
)  # "revised down from 12 to nine", "corrected from an earlier 30": the figure before the correction
CLAUSE_END = re.compile(r"[;]|\.(?:\s|$)")
DOWNED = re.compile(r"\s*down\b", _FLAGS)
_PEOPLE = re.compile(
    r"\b(?:people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|pilots?|crew|soldiers?|civilians?|protesters?|demonstrators?"
    r"|officers?|troops|fighters?|militants?|residents?|villagers?|police(?:m[ae]n)?)\b",
    _FLAGS,
)
ACT_BEFORE = re.compile(
    r"\b(?:attacked|bombed|raided|stormed|shelled|ambushed|targeted|struck|besieged|assaulted|overrun|seized)\b"
    r"(?:\s+[\w'’-]+){0,6}\s*$",
    _FLAGS,
)  # an act told just before the time: "It was attacked (again) in November 2015, when ..."
EITHER = re.compile(
    r"\b(?:killed|dead|died)\s+or\s+(?:\w+\s+)?(?:wounded|injured|hurt)\b"
    r"|\b(?:wounded|injured|hurt)\s+or\s+(?:\w+\s+)?(?:killed|dead|died)\b",
    _FLAGS,
)  # one figure of two kinds: "were killed or wounded", "injured or killed"
SINCE_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,2}$", _FLAGS)


def superseded(text: str, start: int, end: int) -> bool:
    """The figure at ``start:end`` of ``text`` is one the story takes back: its clause says it
    was an earlier version, an error or incorrect, or it is the figure a toll was revised or
    corrected from."""
    if any(m.start("n") == start or m.end("n") == end for m in REVISED_FROM.finditer(text)):
        return True
    ends = [m.end() for m in CLAUSE_END.finditer(text, 0, start)]
    after = CLAUSE_END.search(text, end)
    return taken_back(text[ends[-1] if ends else 0 : after.start() if after else len(text)])


def taken_back(clause: str) -> bool:
    """The clause says what it reports was an earlier version, an error or incorrect."""
    return bool(CORRECTION.search(clause))


def downed_things(text: str, start: int, end: int, verb: str) -> bool:
    """The figure told as "shot down" counts things brought down (drones, missiles, aircraft),
    not people: no word for a person in the figure's words ("of which 89 were shot down"; not
    "two pilots were shot down")."""
    if not verb.lower().startswith("shot") or not DOWNED.match(text, end):
        return False
    return not _PEOPLE.search(text, start, end)


def either_kind(text: str, start: int, end: int) -> bool:
    """The figure at ``start:end`` counts the dead and the hurt together ("dozens were killed or
    wounded", "killed or injured 30 people"): like "casualties", it cannot be split."""
    return any(m.start() < end and start < m.end() for m in EITHER.finditer(text))


HAD_WOUNDS = re.compile(r"^had\s", _FLAGS)
THE_DEAD = re.compile(r"\b(?:of\s+)?the\s+(?:dead|deceased|bodies|slain)\s+had\b", _FLAGS)


def wounds_of_the_dead(text: str, verb: str) -> bool:
    """Wounds the dead or the victims "had" tell how they died, not more people hurt: "three of
    the victims had gunshot wounds and two had machete wounds" (both figures)."""
    return bool(HAD_WOUNDS.match(verb) and THE_DEAD.search(text))


def toll_of_the_act(text: str, time_start: int) -> bool:
    """A "when" clause after the time at ``time_start`` tells the toll of an act told just
    before that time in the same clause ("It was also attacked in November 2015, when at least
    15 people were killed"), not background; never a time counted from ("since 2007, when ...")."""
    before = text[:time_start]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(". "))
    clause = before[cut + 1 :]
    return not SINCE_BEFORE.search(clause) and bool(ACT_BEFORE.search(clause))

"""The killer's own death told in a sentence after his victims: one more dead.

"A man opened fire at his home, killing his wife and three sons. The gunman then took his own
life." tells five deaths: ACLED and the contract count every death of an event, the attacker's
too, and ``tolls.killer_dead`` already reads "killed two people before turning the gun on
himself" as three. Told in a later sentence ("He then killed himself", "The shooter later
turned the gun on himself"), the death is added to the dead of the violent event before it,
once:

- the sentence tells a doer's death by his own hand (``casualties.SELF_INFLICTED``) with a word
  for the doer or a pronoun before it ("the gunman", "the suspect", "he"): not "his son took his
  own life years later", nor a victim;
- the event before it has its dead counted, and no toll told up to here counts the killer among
  them ("Three people, including the gunman, were killed", "Four dead in murder-suicide": a
  murder-suicide toll names the dead of both acts), nor was his death added already (in his
  victims' sentence, or by an earlier sentence that retold it);
- the death is told in the event's paragraph or the sentence right after it, not as another
  incident ("Separately", "in an unrelated case"), and no one was told arrested in between ("Officers
  arrested a man at the scene": the killer lives, a later suicide is someone else's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.records import CountMention
from eventwire.stages.casualties import SELF_INFLICTED

if TYPE_CHECKING:
    from spacy.tokens import Span

    from eventwire.stages.when import Draft

_FLAGS = re.IGNORECASE
DOER = re.compile(
    r"\b(?:gunman|gunwoman|shooter|attacker|assailant|killer|suspect|perpetrator|he|she)\b(?![^,.;]*\b(?:years?|decades?)\b)"
    r"[^.;]{0,60}$",
    _FLAGS,
)  # the doer, named before his death in its clause: "The gunman then", "Police said he later"
COUNTED = re.compile(
    r"\b(?:including|among\s+them|among\s+the\s+dead\s+(?:was|were))\s+(?:the\s+|a\s+)?(?:(?:suspected|alleged|lone|suicide)"
    r"\s+)?(?:gunman|shooter|attacker|assailant|bomber|suspect|killer|perpetrator)\b|\bmurder[- ]suicide\b",
    _FLAGS,
)  # a toll that counts the killer: "including the gunman", a murder-suicide's dead
YEARS = re.compile(r"\b(?:years?|decades?)\s+(?:later|afterwards?)\b", _FLAGS)  # "took his own life years later"
APART = re.compile(r"\b(?:separately|separate|unrelated|elsewhere|in\s+another)\b", _FLAGS)  # another incident
ARRESTED = re.compile(r"\b(?:arrested|detained|apprehended|in\s+custody|captured)\b", _FLAGS)  # he lives on
MARK = "killer_dead"  # set on an event once the killer's death is in its toll


def killer_dead_later(sent: Span, target: Draft | None) -> CountMention | None:
    """The dead of ``target`` (the violent event before ``sent``) with the killer's death that
    ``sent`` tells added, or None where it tells none or the toll has it already."""
    m = SELF_INFLICTED.search(sent.text)
    if m is None or target is None or target.why.get(MARK) or not DOER.search(sent.text, 0, m.start()):
        return None
    dead = max((c.value for c in target.counts if c.kind == "killed"), default=0)
    if dead <= 0:
        return None
    doc = sent.doc
    told = doc.text[: sent.start_char]
    if COUNTED.search(told) or COUNTED.search(sent.text) or APART.search(sent.text) or YEARS.search(sent.text):
        return None
    between = doc.text[target.sent.end_char : sent.start_char]
    if ARRESTED.search(between) or ("\n\n" in between and sent.start != target.sent.end):
        return None  # the killer was arrested, or the death is told in another paragraph
    target.why[MARK] = True
    return CountMention("killed", dead + 1, m.start(), m.end(), m.group())

"""Killing told by the euphemisms of army and police communiqués: "neutralised 12 of them".

Armies and police forces report the enemies they killed as "neutralised", "eliminated", "took
out" or "sent to their death": "troops made contact with the terrorists and neutralised 12 of
them", "the air force eliminated 30 insurgents", "12 bandits were neutralised". The contract
counts deaths as the most conservative figure the text reports; in these communiqués the words
report deaths (the same communiqués tell the captured apart: "arrested", "apprehended",
"captured"), so the figure is a killed one. Counted only where the words are about people:

- the figure names people, by a noun for fighters or a person ("30 insurgents", "12 of the
  militants", "12 of them"): "neutralised three bombs", "eliminated two checkpoints" or a
  contest's "three candidates were eliminated" are no deaths, nor people taken off a list
  ("eliminated 300 people from the rolls"). "Took out" is everyday English too ("took out six
  people for lunch"), so it counts only armed people ("took out four fighters");
- a figure told as killed or captured ("neutralised or captured 12 fighters") is left out: it
  cannot be split, as "killed or wounded" cannot.

Read by ``casualties.find_counts`` with its number patterns; pure text rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eventwire.records import CountMention

_FLAGS = re.IGNORECASE
_ARMED = (
    r"terrorists?|militants?|insurgents?|jihadists?|bandits?|gunm[ae]n|criminals?|kidnappers?|extremists?|"
    r"combatants?|elements|assailants?|attackers?|fighters?|rebels?|hostiles?|enemies|enemy\s+(?:fighters|soldiers|troops)|"
    r"soldiers?|troops|robbers?|pirates?|separatists?|snipers?"
)  # armed people: what "took out" means killed of
_ANYONE = rf"{_ARMED}|suspects?|members|commanders?|leaders?|men|people|persons"  # "neutralised 12 people"
_VERB = r"neutrali[sz](?:ed|ing|es|e)|eliminat(?:ed|ing|es|e)"
_TOOK = r"(?:took|taking|takes?)\s+out"  # "took out two loans", "took out 10 people for dinner": armed people only
_PASSIVE = r"neutrali[sz]ed|eliminated"
_EITHER = re.compile(r"\s*(?:or|and/or)\s+(?:captur|arrest|apprehend|detain)\w*\b", _FLAGS)
_EITHER_BEFORE = re.compile(r"\b(?:captur|arrest|apprehend|detain)\w*\s+(?:or|and/or)\s+$", _FLAGS)
_NOT_FROM = r"(?!\s+(?:from|off)\b)"  # "eliminated 300 people from the rolls": taken off a list
# words before the person noun; not "took out 30 wounded soldiers" (carried away, not killed)
_WORDS = r"(?:(?!(?:wounded|injured|sick|stranded|trapped|dead)\b)[\w-]+\s+){0,2}?"
_NOT_MODIFIER = (  # the person noun names what is hit: "eliminated 12 terrorist camps", "three militant hideouts"
    r"(?!\s+(?:camps?|hideouts?|bases?|positions?|vehicles?|trucks?|boats?|cells?|networks?|strongholds?|"
    r"enclaves?|targets?|facilit(?:y|ies)|depots?|compounds?|dens?|houses?|hide-outs?|outposts?|launchers?)\b)"
)
CUE = re.compile(r"neutrali|eliminat|\b(?:took|taking|takes?|taken)\s+out\b", _FLAGS)  # words no other rule reads
SENT = re.compile(r"\bsen[dt]", _FLAGS)


def _patterns(count: str, mod: str, guard: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for verb, passive_verb, nouns in ((_VERB, _PASSIVE, _ANYONE), (_TOOK, r"taken\s+out", _ARMED)):
        foes = rf"{_WORDS}(?:{nouns})"
        people = rf"(?:\s+of\s+(?:them|(?:the|those|these)\s+{foes})|\s+{foes})\b{_NOT_MODIFIER}"
        out.append(re.compile(rf"\b(?P<v>{verb})\s+{mod}(?P<n>{count}){guard}{people}{_NOT_FROM}", _FLAGS))
        out.append(
            re.compile(
                rf"\b{mod}(?P<n>{count}){guard}{people}\s+(?:(?:were|have\s+been|had\s+been|was|are)\s+)?"
                rf"(?:(?:also|reportedly|successfully)\s+)?(?P<v>{passive_verb})\b{_NOT_FROM}",
                _FLAGS,
            )
        )  # "12 terrorists were neutralised"; not "two teams were eliminated from the cup"
    foes = rf"{_WORDS}(?:{_ANYONE})"
    people = rf"(?:\s+of\s+(?:them|(?:the|those|these)\s+{foes})|\s+{foes})\b{_NOT_MODIFIER}"
    out.append(
        re.compile(
            rf"\b(?P<v>sen[dt](?:ing|s)?)\s+{mod}(?P<n>{count}){guard}(?:{people})?\s+to\s+(?:their|an?\s+early|"
            r"untimely|their\s+untimely|their\s+early)?\s*(?:deaths?|graves?|maker)\b(?!\s+(?:row|sentences?|penalty|penalties)\b)",
            _FLAGS,
        )
    )  # "sent 15 bandits to their death"
    return tuple(out)


def euphemism_counts(
    text: str, count: str, mod: str, guard: str, value_of: Callable[[str], tuple[int, int | None] | None]
) -> list[CountMention]:
    """Killed figures told by a communiqué's euphemism in ``text`` (a sentence); ``count``,
    ``mod`` and ``guard`` are the number patterns of ``casualties``, ``value_of`` its reader."""
    if not (CUE.search(text) or SENT.search(text)):
        return []
    out: list[CountMention] = []
    for pattern in _compiled(count, mod, guard):
        for m in pattern.finditer(text):
            if _EITHER.match(text, m.end("v")) or _EITHER_BEFORE.search(text, 0, m.start()):
                continue  # "neutralised or captured 12": of two kinds
            counted = value_of(m.group("n"))
            if counted is not None:
                out.append(CountMention("killed", counted[0], m.start(), m.end(), m.group(), counted[1]))
    return out


_CACHE: dict[tuple[str, str, str], tuple[re.Pattern[str], ...]] = {}


def _compiled(count: str, mod: str, guard: str) -> tuple[re.Pattern[str], ...]:
    key = (count, mod, guard)
    if key not in _CACHE:
        _CACHE[key] = _patterns(count, mod, guard)
    return _CACHE[key]

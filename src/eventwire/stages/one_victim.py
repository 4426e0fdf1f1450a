"""One victim named by a personal pronoun: "bandits kidnapped a farmer and later killed him".

"Killed him", "murdered her", "shot him dead", "stabbed her to death", "gunned him down" tell one
person killed, as "killed a farmer" does (``casualties.SINGULAR``). Only the forms that tell the act
done ("killed", "killing", not the bare "kill" of "threatened to kill him"), only "him" and "her"
(never "it", a thing or a unit, nor "them", whose number the sentence may not give), and "her" only
as an object, not as the determiner of a noun ("killed her husband", counted by ``SINGULAR``):
it must end the clause or be followed by a preposition, an adverb or a time. "Himself" is a
suicide, not a victim of another. An act only tried, missed or planned ("nearly killed him",
"could have killed her", "narrowly missed killing him", "a plot aimed at killing her", "accused of
killing him") counts none; "him and his two sons" counts the two with him, and "him and his
family", whose number is not told, none.
"""

from __future__ import annotations

import re

from eventwire.records import CountMention
from eventwire.stages.casualties import _COUNT, _GUARD, _MOD, count_value

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
_NOT_DONE = re.compile(  # an attempt, a near miss, a plot or a charge, not a killing: "narrowly missed killing him"
    r"\b(?:(?:nearly|almost|narrowly|missed|(?:could|would|might|may|should|must)(?:\s+not|n['’]t)?\s+have)(?:\s+\w+ly)?"
    r"|(?:end(?:ed|s|ing)?\s+up|(?:tr(?:y|ied|ying|ies)|attempt(?:ed|ing|s)?|fail(?:ed|ing|s)?|about|plot(?:ted|ting|s)?"
    r"|plan(?:ned|ning|s)?|threaten(?:ed|ing|s)?)\s+to|aim(?:ed|ing|s)?\s+at|accused\s+of|charged\s+with|(?:intent|bent)\s+on)"
    r"(?:\s+(?:having|have|been))?)\s+$",
    _FLAGS,
)
_GOVERNED = re.compile(r"\b(?:at|of|for|with|about|without|on|from)\s+$", _FLAGS)  # "aimed at killing her"
_AND_OTHERS = re.compile(  # "killed him and his two sons": the others counted with him
    rf"\s+and\s+(?:his|her|their)\s+(?P<n>{_MOD}{_COUNT}){_GUARD}\s+[a-z]",
    _FLAGS,
)
PHRASAL_OTHERS = re.compile(  # "shot him and his three brothers dead": four
    rf"\b{_PHRASAL}\s+(?:him|her)\s+and\s+(?:his|her|their)\s+(?P<n>{_MOD}{_COUNT}){_GUARD}\s+(?:[a-z][\w'’-]*\s+){{1,2}}?"
    rf"{_PHRASAL_END}\b",
    _FLAGS,
)
_AND_UNCOUNTED = re.compile(r"\s+and\s+(?:his|her|their|the|a|an|several|many|some|other)\b", _FLAGS)


def pronoun_victims(text: str) -> list[CountMention]:
    """One killed for each act of killing done to "him" or "her" in ``text``, with those counted
    beside ("him and his two sons": three); none for an act only tried, planned or charged."""
    if not CUE.search(text):
        return []
    out: list[CountMention] = []
    for m in PRONOUN_VICTIM.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _NOT_DONE.search(before) or (m.group(0).lower().split()[0].endswith("ing") and _GOVERNED.search(before)):
            continue
        others = _AND_OTHERS.match(text, m.end())
        counted = count_value(others.group("n")) if others else None
        if counted is not None and others is not None:
            end = others.end("n")
            out.append(CountMention("killed", 1 + counted[0], m.start(), end, text[m.start() : end]))
        elif not _AND_UNCOUNTED.match(text, m.end()):  # "him and his wife": how many the sentence may not say
            out.append(CountMention("killed", 1, m.start(), m.end(), m.group(0)))
    for m in PHRASAL_OTHERS.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        counted = count_value(m.group("n"))
        if counted is not None and not _NOT_DONE.search(before):
            out.append(CountMention("killed", 1 + counted[0], m.start(), m.end(), m.group(0)))
    return out

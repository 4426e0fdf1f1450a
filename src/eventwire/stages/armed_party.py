"""The trigger condition ``armed_party``: the people a verb acts on, or meets "with", are armed
men ("neutralised 12 terrorists", "made contact with the bandits"), or are only counted or
referred to ("neutralised 12 of them") when armed men are named earlier in the sentence than the
verb, beside its doer. Military communiqués tell a fight this way. Used by
:mod:`eventwire.stages.trigger_conditions`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def armed_party(verb: Token, objects: list[Token], cues: CueWords) -> bool:
    """The verb's objects or its (or its object's) "with" party are armed men, or a number or a
    pronoun standing for armed men named before the verb."""
    party = [*objects, *_with_party(verb), *(g for o in objects for g in _with_party(o))]
    party += [g for p in party for g in p.conjuncts]
    armed = cues["assailant"] | cues["armed_doer"]
    if any(_forms(p) & armed for p in party):
        return True
    counted = [p for p in party if p.pos_ in ("NUM", "PRON") or p.lower_ in ("them", "him")]
    return bool(counted) and any(_armed_before(t, verb, armed) for t in verb.doc[verb.sent.start : verb.i])


def _with_party(token: Token) -> list[Token]:
    withs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
    return [g for c in withs for g in c.children if g.dep_ == "pobj"]


def _armed_before(token: Token, verb: Token, armed: frozenset[str]) -> bool:
    """An armed noun before the verb that is not its doer ("troops engaged the terrorists and
    neutralised 12 of them": the terrorists)."""
    doer = token.dep_ in SUBJECTS and token.head.i in (verb.i, *(c.i for c in verb.ancestors))
    return token.pos_ == "NOUN" and not doer and bool(_forms(token) & armed)


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}

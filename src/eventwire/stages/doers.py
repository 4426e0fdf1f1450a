"""Who did it and what for, read from the parse before actors are coded: conditions a trigger row
can ask for (``data/triggers.tsv``, needs ``crowd_doer``, ``occasion`` and ``deadly_strike``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

OCCASION_PREPS = frozenset({"for", "at", "during"})
PROTEST_DOERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker"})
PROTEST_AIMS = frozenset({"protest", "demand", "denounce", "condemn", "demonstrate", "oppose", "call", "press", "urge"})


def subjects(verb: Token) -> list[Token]:
    """The doers of a verb: its subject, the agent of a passive ("was stormed by protesters"), or
    for a verb joined to another without a subject ("gathered and stormed"), that verb's."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not found and verb.dep_ == "conj" and verb.head.i != verb.i:
        return subjects(verb.head)
    return found


def crowd_doer(verb: Token, crowd: frozenset[str]) -> bool:
    """A crowd did it: a subject (or one of its conjuncts, or what it counts: "hundreds of
    demonstrators") is a word of ``crowd`` ("protesters", "a mob", "supporters")."""
    for subject in subjects(verb):
        words = [subject, *subject.conjuncts]
        words += [g for w in list(words) for c in w.children if c.lower_ == "of" for g in c.children]
        if any({w.lemma_.lower(), w.lower_, w.lower_.rstrip("s")} & crowd for w in words):
            return True
    return False


def for_occasion(verb: Token, occasion: frozenset[str]) -> bool:
    """The verb is done for or at an occasion of ``occasion``: "had gathered for a ceremony",
    "gathered at a wedding", "gathered to attend prayers" (a gathering that is no protest). Not
    where protesters gather, or gather to protest or demand something ("protesters gathered during
    the celebrations", "gathered at the festival to demand his resignation"): a protest at an
    occasion."""
    if crowd_doer(verb, PROTEST_DOERS) or any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in PROTEST_AIMS for c in verb.children
    ):
        return False
    heads = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    heads += [o for c in verb.children if c.dep_ in ("xcomp", "advcl") for o in c.children if o.dep_ in ("dobj", "obj")]
    return any({h.lemma_.lower(), h.lower_} & occasion for h in heads)


def own_clause_subject(head: Token) -> bool:
    """The word is the subject of a subordinate clause with its own conjunction ("as rockets hit"):
    its doer is not the main clause's."""
    verb = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)


def deadly_strike(noun: Token, harm: frozenset[str]) -> bool:
    """A strike that is an armed one by what it does: the subject of a verb of ``harm`` ("Israeli
    strikes kill 12", "the strikes destroyed a school", "strikes by the coalition killed nine"),
    or made by a people or country and aimed at a place ("Russian strikes on Kharkiv"). Not a
    strike of workers ("the strike paralysed the port", "strikes over pay", "French strikes")."""
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "nsubj" and top.head.lemma_.lower() in harm:
        return True
    made_by = any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in noun.children)
    aimed = any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "against")
        and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children)
        for c in noun.children
    )
    return made_by and aimed


# conditions on a verb that trigger rows name like cue sets, each with the words of its set
VERB_CONDITIONS: dict[str, Callable[[Token, frozenset[str]], bool]] = {
    "crowd_doer": crowd_doer,
    "occasion": for_occasion,
    "deadly_strike": deadly_strike,
}

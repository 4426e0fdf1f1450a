"""Who did it, read from the parse before actors are coded: conditions a trigger row can ask for
(``data/triggers.tsv``, needs ``crowd_doer``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


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

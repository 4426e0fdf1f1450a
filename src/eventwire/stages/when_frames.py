"""Dates a sentence gives that do not date its event (see :mod:`eventwire.stages.when`).

A count's frame: "It was the city's second mass shooting this year", "the deadliest attack so far
this month": the period is what the count ranges over, not the day of the event told; the event
is dated as the story dates it (the event before it, its paragraph's day, else the article's week).

A relative clause on a noun that is no event of the sentence tells that noun's past: "the military
government, which seized power in 2022, says it has regained control" (2022 is the seizure's,
not the regaining's), "gunmen attacked the market, which reopened in March". A day named there
("a gunman who opened fire on Sunday killed two") is most often the story's own day, and stays.

A date that premodifies a noun of another clause ("officials say he planned the 2013 bombing, and
he was accused of ...") dates that noun's event only.

An ongoing event ("Fighting continued in the north during the reporting period", "clashes have
persisted") spans days: it does not take the day a later sentence of its paragraph names.

An offence named under a legal act ("charged him with murder", "a suspect in the shooting") was
done before the act: it does not take the act's day.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from eventwire.records import Timex
from eventwire.stages.when_offsets import rank

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth nth latest".split()
)
FRAME_PREPOSITIONS = frozenset({"in", "during", "since", "for", "of"})  # "the deadliest attack in 2026"


def count_frame(t: Timex, sent: Span, anchor: date | None) -> bool:
    """The period a count ranges over ("the second mass shooting this year", "the deadliest
    attack so far this month"): the period the article is written in (``anchor``, its date), named
    on a noun counted by an ordinal or a superlative, or on the verb "be" whose complement is one
    ("It was the worst violence in the city this year"). A past period ("the second attack on the
    village in March") is the event's own, if coarse."""
    if t.relative_to_event is not None or not _current(t, anchor):
        return False
    span = sent.doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.head
    if head.lower_ in FRAME_PREPOSITIONS and head.dep_ == "prep":
        head = head.head
    if head.lemma_.lower() == "be":  # the frame follows what it counts: "... were the worst in the city this year"
        done = [c for c in head.children if c.dep_ in ("attr", "acomp") and c.i < span.start]
        return any(c.tag_ == "JJS" or _counted(c) for c in done)
    return _counted(head)


def _current(t: Timex, anchor: date | None) -> bool:
    """The timex names the week, month or year that holds ``anchor``."""
    if anchor is None or t.value is None:
        return False
    if t.precision == "year":
        return t.value.year == anchor.year
    if t.precision == "month":
        return (t.value.year, t.value.month) == (anchor.year, anchor.month)
    return t.precision == "week" and t.value.isocalendar()[:2] == anchor.isocalendar()[:2]


def _counted(noun: Token) -> bool:
    """A noun counted by an ordinal ("second", "latest") or a superlative ("deadliest", "most violent")."""
    if noun.pos_ not in ("NOUN", "PROPN") and noun.tag_ not in ("VBG", "NN", "NNS"):
        return False
    compounds = [c for c in noun.children if c.dep_ == "compound"]  # "the second mass shooting"
    for mod in (*noun.children, *(m for c in compounds for m in c.children)):
        if mod.dep_ not in ("amod", "advmod", "nummod"):
            continue
        if mod.lower_ in ORDINALS or mod.ent_type_ == "ORDINAL" or mod.tag_ == "JJS":
            return True
        if any(c.lower_ == "most" for c in mod.children):  # "the most violent protest"
            return True
    return False


def background_clause(head: Token, t: Timex, sent: Span, events: set[int]) -> bool:
    """A date inside a relative clause that holds no event of the sentence's trigger ``head``,
    on a noun that is no event (``events``: the indices of the sentence's trigger words): it tells
    that noun's past ("the government, which seized power in 2022, says it has regained
    control"). Not a day ("a gunman who opened fire on Sunday killed two"), nor a clause on an
    event ("the uprising that began in March 2011", "the attack, which took place in May"), nor a
    clause of place ("fought in Iraq, where he was captured in 2006": a bound on the time there)."""
    if t.precision == "day" or t.relative_to_event is not None:
        return False
    span = sent.doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    clause = next((w for w in (span.root, *span.root.ancestors) if w.dep_ == "relcl"), None)
    if clause is None or clause == head or clause in head.ancestors:
        return False  # the trigger is told in the clause
    noun = clause.head
    pronoun = any(w.tag_ in ("WDT", "WP", "WP$") for w in clause.subtree if w.i < clause.i)  # not "where"
    return pronoun and noun.i not in events and noun.i != head.i and noun.ent_type_ != "DATE"


PREMODIFIERS = frozenset({"nummod", "compound", "poss", "amod", "nmod"})


def named_for_another(head: Token, t: Timex, sent: Span) -> bool:
    """A date that names what a noun of another clause was ("US officials say he planned the 2013
    bombing, and he was accused of ..."; "... and Sunday's attack was condemned"): it dates that
    noun's event, not one told in a clause neither under nor over it. In the trigger's own clause
    ("arrested a man over Sunday's attack") or one joined to it it is left to the ranking."""
    span = sent.doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    noun = root.head
    if root.dep_ not in PREMODIFIERS or noun.pos_ != "NOUN" or noun == head or noun.ent_type_ in ("DATE", "TIME"):
        return False  # "on Sunday night": the date's own noun
    return rank(head, t, sent)[0] == 3


CONTINUING = frozenset({"continue", "persist", "rage", "drag", "remain", "keep"})
PERIOD = re.compile(
    r"\b(?:during|throughout|over)\s+the\s+(?:reporting|review|past|last|whole|entire)?\s*(?:period|week|month)s?\b"
    r"|\bongoing\b|\bin\s+recent\s+(?:days|weeks|months)\b",
    re.IGNORECASE,
)


def ongoing(head: Token, sent: Span) -> bool:
    """An event told as going on ("Fighting continued ...", "clashes have persisted", "continued to
    shell the town", "during the reporting period", "ongoing fighting"): it spans days."""
    if PERIOD.search(sent.text):
        return True
    return any(w.lemma_.lower() in CONTINUING and w.pos_ in ("VERB", "AUX") for w in (head, head.head))


LEGAL_ACTS = frozenset(
    "charge accuse convict arrest sentence indict suspect plead jail detain acquit prosecute connection".split()
)
NOUN_LINKS = frozenset({"pobj", "prep", "conj", "compound", "pcomp", "dobj"})


def offence(head: Token) -> bool:
    """The trigger names what someone is charged with, arrested or suspected over ("charged him with
    murder", "arrested a man in connection with the shooting", "a suspect in the killing"): the
    offence, done before the legal act, not on its day."""
    word = head
    for _ in range(4):
        if word.dep_ not in NOUN_LINKS or word.head.i == word.i:
            return False
        word = word.head
        if word.lemma_.lower() in LEGAL_ACTS:
            return True
    return False

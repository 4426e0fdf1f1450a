"""The incident a paragraph goes on with (see :mod:`eventwire.stages.when`): a paragraph that opens
with no date takes the date of the incident the paragraph before it told, when its event's subject
refers back to that incident; and the parse helpers the date stage shares (a token's clause, a
paragraph's end)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.stages.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.when import Draft


BACK_DETS = frozenset({"the", "this", "that", "these", "those", "one", "both", "each"})


def continue_incident(d: Draft, earlier: list[Draft]) -> None:
    """A paragraph that opens with no date goes on with the incident the paragraph before it told
    ("Israeli air strikes killed 12 ... on Monday." / "One rocket struck a house in Ashkelon")
    when the event's subject refers back to it: a definite or partitive noun ("the attackers",
    "the blast", "one rocket") or a bare plural ("Protesters set up barricades") whose noun that
    paragraph named, not a noun for anyone ("People in Maiduguri protested"). The event takes the
    date of that paragraph's last dated event. A new subject ("The UN envoy urged ..."), a
    statement, an event told as another ("also", "separately", "in a separate attack"), or a bare
    plural in a place the paragraph before did not name keeps the week precision."""
    if d.cls.kind == "statement" or ANOTHER_INCIDENT.search(d.sent.text):
        return
    text = doc_text(d.sent.doc)
    para_start = text.rfind("\n", 0, d.sent.start_char) + 1
    if text[para_start : d.sent.start_char].strip():
        return  # an earlier sentence in this paragraph
    before = [e for e in earlier if e.sent.start_char < para_start]
    if not before:
        return
    prev_end = paragraph_end(text, before[-1].sent.start_char)
    if prev_end >= d.sent.start_char or text[prev_end : d.sent.start_char].strip():
        return  # not the paragraph right before this one
    prev_start = text.rfind("\n", 0, before[-1].sent.start_char) + 1
    prev = next(
        (e for e in reversed(before) if e.sent.start_char >= prev_start and e.timex is not None and e.event_date),
        None,
    )
    if prev is None:
        return
    prev_para = d.sent.doc.char_span(prev_start, prev_end, alignment_mode="expand")
    named = {t.lemma_.lower() for t in prev_para or () if t.pos_ in ("NOUN", "PROPN")}
    new_place = any(p not in text[prev_start:prev_end] for p in _places(d.sent))
    referring = [n for n in _subjects(d) if n.lemma_.lower() in named and _refers_back(n, new_place)]
    if referring:
        d.event_date, d.precision = prev.event_date, prev.precision
        d.why["date"] = (
            f"no date in its paragraph; '{referring[0].text}' goes on with the incident of the paragraph before: "
            f"{prev.why.get('date')}"
        )


BACK_PRONOUNS = frozenset({"it", "this", "that"})


def restated(d: Draft, earlier: list[Draft]) -> None:
    """An event named as what "it" was ("It was the city's second mass shooting this year", "This
    was the deadliest attack on the town") is the incident the story told before it: it takes the
    date of the last event of its type the text dated."""
    head = d.trigger.head(d.sent.doc)
    verb = head.head
    if head.dep_ not in ("attr", "acomp") or verb.lemma_.lower() != "be":
        return
    if not any(c.dep_ == "nsubj" and c.lower_ in BACK_PRONOUNS for c in verb.children):
        return
    same = (e for e in reversed(earlier) if e.cls.event_type == d.cls.event_type and e.timex is not None)
    prev = next((e for e in same if e.event_date is not None and not e.undated), None)
    if prev is not None:
        d.event_date, d.precision = prev.event_date, prev.precision
        d.why["date"] = f"'{head.text}' names the incident told before it: {prev.why.get('date')}"


PLACES = frozenset({"GPE", "LOC", "FAC"})
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "at", "across"})


def _places(sent: Span) -> list[str]:
    """The places a sentence names: its places by name, and names after "in", "near" ("in Kidal")."""
    names = [e.text for e in sent.ents if e.label_ in PLACES]
    return names + [
        t.text for t in sent if t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPOSITIONS
    ]


ANOTHER_INCIDENT = re.compile(r"\b(?:also|separately|elsewhere|separate|another|meanwhile)\b", re.IGNORECASE)
# nouns for anyone: a bare plural of these names no one the story told of ("People protested")
ANYONE = frozenset("people resident official citizen person villager local witness man woman".split())


def _subjects(d: Draft) -> list[Token]:
    """The nouns an event is told of: its trigger when a noun ("The blast killed ..."), and the
    subject of the trigger's clause (of the first verb, for a verb joined to it by "and")."""
    head = d.trigger.head(d.sent.doc)
    out = [head] if head.pos_ == "NOUN" else []
    clause = clause_of(head)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and clause.dep_ == "conj":  # "Protesters set up barricades and looted ..."
        subjects = [c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return out + [c for c in subjects if c.pos_ == "NOUN"]


def _refers_back(noun: Token, new_place: bool = False) -> bool:
    """A definite or partitive noun ("the blast", "one rocket"), or a bare plural ("Protesters")
    that is no noun for anyone ("people", "residents") and is not told in a new place."""
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "nummod", "predet")]
    if dets:
        return dets[0] in BACK_DETS
    if new_place or noun.lemma_.lower() in ANYONE or noun.lower_ in ANYONE:
        return False
    return noun.tag_ == "NNS" and not any(c.dep_ in ("amod", "compound", "poss") for c in noun.children)


def clause_of(token: Token) -> Token:
    """The verb heading the clause a token is in (the token itself when it is that verb)."""
    for t in (token, *token.ancestors):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t
    return token


def paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends: the next line break that follows some text."""
    while True:
        end = text.find("\n", pos)
        if end < 0:
            return len(text)
        if text[pos:end].strip():
            return end
        pos = end + 1

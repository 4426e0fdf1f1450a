"""Tolls over a period told in the perfect, not one event: "more than 5,000 villagers have been
killed since the takeover", "Thousands have died in the unrest". The running totals of
``totals`` count from a war or a date; this adds the other periods a perfect toll is counted over:

- "since" an event that opens a period and is no incident of violence ("since the coup", "since
  the election", "since independence", "since its founding"); "since the attack" or "since the
  blast" still updates that attack's toll;
- "in" / "during" / "amid" the conflict, the violence or the crisis ("in the violence", "during
  the unrest"); "over the years" is told elsewhere (``habitual``, ``totals``);

and only for a figure of victims too large, or too vague, for one incident told in passing: a
hundred or more, or "hundreds" / "thousands". "Five people have been killed in the violence"
after a riot is that riot's toll. A recent spell the clause dates to a day or a few days ("in the
clashes that erupted on Sunday", "since Saturday's coup", "in the past 48 hours") is a fresh
event with its toll, as wire stories tell a new battle or massacre, and is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PERIOD_OPENERS = frozenset(
    {"coup", "takeover", "election", "elections", "independence", "junta", "putsch", "referendum", "founding"}
    | {"formation", "inception", "creation", "withdrawal", "collapse", "fall", "overthrow", "ouster", "partition"}
)
SPELL_NOUNS = frozenset(
    {"conflict", "violence", "war", "crisis", "insurgency", "unrest", "crackdown", "fighting", "bloodshed"}
    | {"turmoil", "hostilities", "conflicts", "wars", "clashes", "uprising", "rebellion"}
)
SPELL_PREPS = frozenset({"in", "during", "amid", "throughout"})
VAGUE_MANY = frozenset({"hundreds", "thousands", "millions", "tens"})
MANY = 100  # a figure of victims this large is a period's, when told over a period in the perfect
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
RECENT_WORDS = WEEKDAYS | {"today", "yesterday", "tonight", "overnight", "weekend", "week", "hours", "days"}
SPEECH = frozenset({"say", "tell", "report", "announce", "add", "state", "confirm", "claim", "estimate"})
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)


def period_toll(head: Token) -> str:
    """Why the violent verb ``head`` tells a toll over a period, not one event ("" when not)."""
    verb = head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in SPELL_PREPS:
        verb = head.head.head  # "in the violence" of "thousands have died in the violence": the spell itself
    if verb.pos_ not in ("VERB", "AUX") or not _perfect(verb):
        return ""
    if not _many_victims(verb) or _recent(verb):
        return ""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            noun = obj.lemma_.lower()
            if prep.lower_ == "since" and (noun in PERIOD_OPENERS or obj.lower_ in PERIOD_OPENERS):
                return f"'since the {obj.text}': a toll over the period since, not one event"
            if prep.lower_ in SPELL_PREPS and obj.lower_ in SPELL_NOUNS and _definite(obj):
                return f"'{prep.text} the {obj.text}': a toll over a spell of violence, not one event"
    return ""


def _perfect(verb: Token) -> bool:
    """The verb is in the perfect: "have been killed", "has killed" (not "had": a past perfect
    tells the time before another past event)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in verb.children)


def _many_victims(verb: Token) -> bool:
    """The people the verb is done to are a hundred or more, or "hundreds" / "thousands"."""
    for c in verb.children:
        if c.dep_ not in ("nsubjpass", "dobj", "obj", "nsubj"):
            continue
        if c.dep_ == "nsubj" and any(o.dep_ in ("dobj", "obj") for o in verb.children):
            continue  # the subject of a transitive verb is the doer, not the victims
        if c.lower_ in VAGUE_MANY:
            return True
        for t in c.subtree:
            if t.lower_ in VAGUE_MANY or (t.like_num and number_value(t) >= MANY):
                return True
    return False


def number_value(token: Token) -> float:
    """The number a figure token writes ("6,000" -> 6000.0; 0.0 when it is no plain number)."""
    try:
        return float(token.text.replace(",", ""))
    except ValueError:
        return 0.0


def _recent(verb: Token) -> bool:
    """The clause dates its spell to a day or a few days: a weekday ("since Saturday's coup",
    "clashes that erupted on Sunday"), "today", "this week", "in the past 48 hours", or a month
    with its day ("since October 3"). The day of a report ("..., a rights group said on Tuesday")
    dates the report, not the spell."""
    for t in _own_words(verb):
        low = t.lower_
        if low in RECENT_WORDS:
            return True
        if low.rstrip(".") in MONTHS and any(n.like_num and len(n.text) <= 2 for n in (t.nbor(-1), _next(t))):
            return True
    return False


def _own_words(verb: Token) -> list[Token]:
    """The words of the verb's clause, without a reporting clause hung on it."""
    out = [verb]
    for c in verb.children:
        if c.lemma_.lower() not in SPEECH or c.pos_ not in ("VERB", "AUX"):
            out.extend(c.subtree)
    return out


def _next(token: Token) -> Token:
    return token.nbor(1) if token.i + 1 < len(token.doc) else token


def _definite(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)

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

The toll of a whole conflict or era (``era_toll``) needs no named spell: thousands or more killed,
in the perfect or the simple past, with no day or point in time, no place and no single incident
("the regime has murdered tens of thousands of peasants", "the death squads massacred 70,000
people", as speeches and background paragraphs tell them). The perfect counts up to now; a figure
of thousands told in the past with nothing to pin it to one day or place is a sum over years.
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
KILLING = frozenset({"kill", "murder", "massacre", "slaughter", "die", "execute", "slay", "exterminate", "butcher"})
INCIDENT_NOUNS = frozenset(
    {"massacre", "attack", "bombing", "bomb", "blast", "explosion", "raid", "ambush", "battle", "shooting"}
    | {"strike", "airstrike", "offensive", "assault", "siege", "earthquake", "quake", "tsunami", "flood", "fire"}
    | {"crash", "storm", "hurricane", "cyclone", "eruption", "stampede", "collapse", "sinking", "incident"}
)
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "from"})
ERA = 1000  # a figure of dead this large, with no day, place or incident, is an era's toll
VAGUE_ERA = frozenset({"thousands", "millions", "thousand", "million"})
POINT_WORDS = RECENT_WORDS | {"ago", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night"}
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)


def period_toll(head: Token) -> str:
    """Why the violent verb ``head`` tells a toll over a period, not one event ("" when not)."""
    verb = head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in SPELL_PREPS:
        verb = head.head.head  # "in the violence" of "thousands have died in the violence": the spell itself
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    if not _perfect(verb) or not _many_victims(verb) or _recent(verb):
        return era_toll(verb)
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            noun = obj.lemma_.lower()
            if prep.lower_ == "since" and (noun in PERIOD_OPENERS or obj.lower_ in PERIOD_OPENERS):
                return f"'since the {obj.text}': a toll over the period since, not one event"
            if prep.lower_ in SPELL_PREPS and obj.lower_ in SPELL_NOUNS and _definite(obj):
                return f"'{prep.text} the {obj.text}': a toll over a spell of violence, not one event"
    return era_toll(verb)


def era_toll(verb: Token) -> str:
    """Why the killing verb ``verb`` tells the toll of a whole conflict or era, not one event ("" when
    not): thousands or more killed ("has murdered tens of thousands of peasants", "the death squads
    massacred 70,000 people"), told in the perfect or the simple past, with no day or point in time,
    no place and no single incident in its clause. One incident that kills thousands is told with its
    day, its place or its name ("in the massacre at ... in July 1995", "the earthquake killed 9,000").
    A span ("for 12 years", "during those years") is no point in time and does not keep the event."""
    if verb.lemma_.lower() not in KILLING or not _many_victims(verb, ERA, VAGUE_ERA):
        return ""
    if not (_perfect(verb) or verb.tag_ == "VBD" or _passive_past(verb)):
        return ""
    words = _own_words(verb)
    for t in words:
        if t.lemma_.lower() in INCIDENT_NOUNS and t.pos_ in ("NOUN", "PROPN"):
            return ""
        if t.ent_type_ in ("GPE", "LOC", "FAC") or _named_place(t):
            return ""
    if _recent(verb) or any(_point_in_time(t) for t in words):
        return ""
    return "a toll of thousands over a conflict or an era, with no day, place or incident: not one event"


def _named_place(token: Token) -> bool:
    """A name after a preposition of place the tagger left untyped ("in Tarkhana"); not the doer
    ("by the FMLN") nor a person or a group."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "pobj"
        and token.head.lower_ in PLACE_PREPS
        and token.ent_type_ not in ("ORG", "NORP", "PERSON")
    )


def _passive_past(verb: Token) -> bool:
    """ "were killed", "was massacred": a passive in the simple past."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)


def _point_in_time(token: Token) -> bool:
    """The word dates the clause to a point, not a span: a year ("in 1981"), "ago", a month, a
    weekday, "yesterday" ("for 12 years", "over the years" are spans)."""
    low = token.lower_
    if low in POINT_WORDS or low.rstrip(".") in MONTHS:
        return True
    year = token.like_num and len(token.text) == 4 and token.text[:2] in ("19", "20")
    return year and token.dep_ != "nummod"  # "2000 people" counts the dead


def _perfect(verb: Token) -> bool:
    """The verb is in the perfect: "have been killed", "has killed" (not "had": a past perfect
    tells the time before another past event)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in verb.children)


def _many_victims(verb: Token, least: float = MANY, vague: frozenset[str] = VAGUE_MANY) -> bool:
    """The people the verb is done to are ``least`` or more (a hundred unless told), or a vague
    figure of ``vague`` ("hundreds" / "thousands")."""
    for c in verb.children:
        if c.dep_ not in ("nsubjpass", "dobj", "obj", "nsubj"):
            continue
        if c.dep_ == "nsubj" and any(o.dep_ in ("dobj", "obj") for o in verb.children):
            continue  # the subject of a transitive verb is the doer, not the victims
        if c.lower_ in vague:
            return True
        for t in c.subtree:
            if t.lower_ in vague or (t.like_num and number_value(t) >= least):
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

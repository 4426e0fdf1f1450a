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

from eventwire.stages.totals import incidents_counted, total_reason

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
    | {"clash", "clashes", "shelling", "crackdown", "fighting", "bombardment", "offensive", "shootout"}
)
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "from"})
ERA = 1000  # a figure of dead this large, with no day, place or incident, is an era's toll
PAST_ERA = 10000  # in the simple past, a figure below this is one battle's or massacre's unless a speech tells it
# what a speech or sermon is given in ("the bishop said in his sermon"): rhetoric over an era, not news
SPOKEN_IN = frozenset(
    {"speech", "speeches", "sermon", "sermons", "homily", "address", "interview", "interviews", "statement"}
    | {"communique", "editorial", "article", "column", "letter", "op-ed", "essay", "remarks", "rally", "broadcast"}
)
VAGUE_ERA = frozenset({"thousands", "millions", "thousand", "million"})
POINT_WORDS = RECENT_WORDS | {"ago", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "month"}
PARTITIVES = frozenset({"most", "many", "some", "half", "all", "majority", "several", "dozens", "hundreds"})
PARTITIVE_PRONOUNS = frozenset({"them", "those", "whom", "which"})
SPAN_NOUNS = frozenset({"year", "decade", "month", "period", "years", "decades", "months"})
PLURAL_INCIDENTS = frozenset({"raid", "clash", "killing", "airstrike", "reprisal", "massacre"})
ARREST = frozenset({"arrest", "detain", "jail", "imprison", "round", "abduct", "kidnap"})
VAGUE_THOUSANDS = frozenset({"thousands", "millions"})
# modifiers that make plural incidents one coordinated strike ("twin bombings", "simultaneous attacks")
ONE_STRIKE = frozenset({"twin", "double", "triple", "coordinated", "simultaneous", "synchronized", "synchronised"})
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)


def period_toll(head: Token) -> str:
    """Why the violent verb ``head`` tells a toll over a period, not one event ("" when not)."""
    verb = head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in SPELL_PREPS:
        verb = head.head.head  # "in the violence" of "thousands have died in the violence": the spell itself
    if reason := breakdown_toll(head) or _doer_tally(head) or spell_subject_toll(head):
        return reason
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if reason := spell_subject_toll(subj):  # "Fighting ... has killed tens of thousands": the verb too
            return reason
    if reason := compared_toll(verb) or counted_tally(verb) or many_arrested(verb) or since_tally(verb):
        return reason
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
    A span ("for 12 years", "during those years") is no point in time and does not keep the event.
    In the simple past a figure under ten thousand ("forces killed 1,500 protesters") is as often
    one battle's or massacre's toll, and is an era's only when told in a speech or sermon."""
    if verb.lemma_.lower() not in KILLING or not _many_victims(verb, ERA, VAGUE_ERA):
        return ""
    if not _perfect(verb):
        if not (verb.tag_ == "VBD" or _passive_past(verb)):
            return ""
        if not _many_victims(verb, PAST_ERA, VAGUE_ERA) and not _spoken(verb):
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


def spell_subject_toll(noun: Token) -> str:
    """Why a spell of violence that is the subject of a killing verb in the perfect tells its whole
    toll, not one event ("" when not): "Fighting between the army and the rebels, which began in
    2019, has killed tens of thousands", "The insurgency has claimed thousands of lives", "...
    has left thousands dead". A figure
    of a thousand or more, or "thousands"; a spell of days ("the fighting has killed 1,200 people
    since Sunday") is one battle's toll and keeps the event."""
    if noun.lower_ not in SPELL_NOUNS or noun.dep_ != "nsubj" or not _perfect(noun.head):
        return ""
    verb = noun.head
    lives = verb.lemma_.lower() == "claim" and any(c.lower_ == "lives" for c in verb.subtree)  # "claimed the lives"
    left = verb.lemma_.lower() == "leave" and any(c.lower_ == "dead" for c in verb.subtree)  # "has left thousands dead"
    if verb.lemma_.lower() not in KILLING and not lives and not left:
        return ""
    victims = [t for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree]
    if not any(t.lower_ in VAGUE_ERA or (t.like_num and number_value(t) >= ERA) for t in victims) or _recent(verb):
        return ""
    return f"'{noun.text} ... {verb.text}': the toll of a whole spell of violence, told in the perfect, not one event"


def _spoken(verb: Token) -> bool:
    """The sentence of ``verb`` is told in a speech, a sermon or an interview ("..., the bishop
    said in his sermon")."""
    return any(t.lower_ in SPOKEN_IN and t.dep_ == "pobj" and t.head.lower_ in ("in", "during") for t in verb.sent)


def breakdown_toll(noun: Token) -> str:
    """Why a plural event noun tells how the members of a figure counted before died ("" when not):
    "recorded 300 deaths, most of them in air strikes", "many of whom during protests". The
    partitive breaks a tally down by kind; "were killed, most of them in an air strike on the
    market" names one incident, and a day in the sentence ("on Sunday") keeps the event."""
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "barrel bomb attacks": the whole name
    if noun.tag_ != "NNS" or any(c.dep_ in ("det", "nummod", "poss") for c in noun.children):
        return ""
    left = noun.left_edge.i
    if left < 4:
        return ""
    doc = noun.doc
    prep, pron, of, part = doc[left - 1], doc[left - 2], doc[left - 3], doc[left - 4]
    if prep.pos_ != "ADP" or pron.lower_ not in PARTITIVE_PRONOUNS or of.lower_ != "of":
        return ""
    if part.lower_ not in PARTITIVES or any(_recent_word(t) for t in noun.sent):
        return ""
    return f"'{part.text} of {pron.text} {prep.text} {noun.text}': a tally broken down by kind, not one event"


def compared_toll(verb: Token) -> str:
    """Why a killing verb compares a toll over a period with others ("" when not): "killed more
    civilians in the past year than in any year before". A count with its comparative ("killed
    more than 30 people") is a toll, and a day in the clause keeps the event."""
    if verb.lemma_.lower() not in KILLING:
        return ""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
        more = any(c.lower_ in ("more", "fewer") and c.dep_ == "amod" for c in obj.children)
        if not more or any(t.like_num for t in obj.subtree):
            continue
        words = _own_words(verb)
        spans = any(t.lemma_.lower() in SPAN_NOUNS for t in words)
        if spans and any(t.lower_ == "than" for t in words) and not _recent(verb):
            return "a toll over a period compared with others, not one event"
    return ""


def _doer_tally(noun: Token) -> str:
    """``counted_tally`` for an incident noun that is the subject of the killing verb ("raids
    and ambushes killed thousands"), or joined to it."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX"):
        return counted_tally(noun.head)
    for verb in (c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"):
        if any(o.dep_ in ("dobj", "obj") for o in verb.children):  # the parser's "raids killed 900 people"
            return counted_tally(verb, noun)
    return ""


def counted_tally(verb: Token, subj: Token | None = None) -> str:
    """Why a killing verb tells the toll of many incidents ("" when not): plural incident nouns
    as its subject and thousands of victims, at no day or point in time ("raids and ambushes
    killed at least 1,500 people"); "two bombings killed 120 people on Monday" is an event."""
    if verb.lemma_.lower() not in KILLING or not _many_victims(verb, ERA, VAGUE_ERA):
        return ""
    subj = subj or next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS" or subj.lemma_.lower() not in INCIDENT_NOUNS | PLURAL_INCIDENTS:
        return ""
    if any(c.dep_ in ("det", "nummod") or c.lower_ in ONE_STRIKE for c in subj.children):
        return ""  # "the two bombings", "three raids", "twin bombings": incidents told as such
    words = _own_words(verb)
    if _recent(verb) or any(_point_in_time(t) or (_place(t) and t.i >= subj.left_edge.i) for t in words):
        return ""  # "bombings in Baghdad killed 1,000": one place's attacks; not a fronted "In Mali, ..."
    return f"'{subj.text} ... {verb.text}': the toll of many incidents, not one event"


def many_arrested(verb: Token) -> str:
    """Why a verb of arrest in the perfect with "thousands" of people tells a tally over a
    campaign ("" when not): "police have detained thousands of suspects"; a figure ("have
    detained 1,200 protesters") or a day in the clause keeps the event."""
    if verb.lemma_.lower() not in ARREST or not _perfect(verb):
        return ""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if not any(o.lower_ in VAGUE_THOUSANDS or any(t.lower_ in VAGUE_THOUSANDS for t in o.children) for o in objs):
        return ""
    if any(_point_in_time(t) for t in verb.sent):
        return ""  # "since the unrest began on Saturday": the day may sit in a clause of its own
    words = _own_words(verb)
    if not any(t.lower_ == "since" for t in words) and any(_place(t) and t.i > verb.i for t in words):
        return ""  # "have arrested thousands of protesters in Tehran": one city's round-up
    return "thousands held over a campaign, told in the perfect: a tally, not one event"


def since_tally(verb: Token) -> str:
    """Why a verb in the perfect with a figure as its object counts acts since a month or a year
    ("" when not): "since January, police have seized 900 guns and arrested 300 people" (the
    rule of ``totals.total_reason``; a verb joined to a perfect shares its auxiliary and its
    time). "Since Monday" is the event's own day and keeps the event. A killing after a count of
    incidents over a period ("carried out 74 raids over the year, killing 400") is their toll."""
    head = verb.head if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX") else verb
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in KILLING:
        counted = (c for c in head.children if c.dep_ in ("dobj", "obj"))
        dated = _recent(verb) or any(_point_in_time(t) for t in _own_words(verb))  # "killing 40 on Monday"
        if not dated and any(incidents_counted(c) for c in counted):
            return "the toll of incidents counted over a period, not one event's"
    if not _perfect(head) or not any(_figure(c) for c in verb.children if c.dep_ in ("dobj", "obj")):
        return ""
    if _recent(head):
        return ""  # "since the unrest began on Saturday": a spell of days, the event's own
    skip = {t.i for c in head.children if c.dep_ == "conj" for t in c.subtree}
    clause = " ".join(t.text for t in head.subtree if t.i not in skip or t.i == verb.i)
    return total_reason(clause)


def _figure(noun: Token) -> bool:
    """The noun is counted: "382 persons", "hundreds of people"."""
    return noun.lower_ in VAGUE_MANY or any(
        (t.like_num and number_value(t) > 1) or t.lower_ in VAGUE_MANY for t in noun.subtree
    )


def _recent_word(token: Token) -> bool:
    return token.lower_ in RECENT_WORDS or token.lower_ in ("yesterday", "today")


def _named_place(token: Token) -> bool:
    """A name after a preposition of place the tagger left untyped ("in Tarkhana"); not the doer
    ("by the FMLN") nor a person or a group."""
    return (
        token.pos_ == "PROPN"
        and token.dep_ == "pobj"
        and token.head.lower_ in PLACE_PREPS
        and token.ent_type_ not in ("ORG", "NORP", "PERSON")
    )


def _place(token: Token) -> bool:
    """The word names one place: a typed place ("in Baghdad") or a name after a preposition of place;
    not a place a toll is spread over ("across Mali", "throughout the north")."""
    spread = token.head.lower_ in ("across", "throughout", "around", "all")
    return not spread and (token.ent_type_ in ("GPE", "LOC", "FAC") or _named_place(token))


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

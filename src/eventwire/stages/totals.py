"""Running totals: a figure or a report of violence told as the sum over a war or a period, not
as one event's toll. One rule serves the three places that ask (``triggers.running_total`` for a
trigger, ``tolls.running_total`` for a sentence without an event of its own, and
``casualties`` for a figure of the text):

- the clause is in the perfect ("have been killed", "has killed"), and
- it says the time counted from: "since" a war or its start ("since the conflict erupted",
  "since the start of the war"), or "since" a month, a year or a date earlier than the event
  ("since March", "since 2010"); or "so far" / "to date" over a named period or a war ("so far
  this year", "so far in the war"), or "this year" itself ("have been shot this year alone");
- or, in any tense, a figure of people told as done to them over a whole year or longer and at no
  finer time: "3,000 people were kidnapped last year", "In 2019, 600 people were killed", "4,800
  civilians died in the conflict in 2023" (a period total); "80 villagers were killed in June" or
  "... on Monday" is one incident, and so is an active clause with its doer ("In 2014, rebels
  abducted 200 pupils from a school");
- or an event noun counted among others over a period: "the city's third mass shooting this year",
  "the fourth attack on the base since March" tells how many incidents, not a new one; so does a
  plural event noun with a count ("more than 300 drone strikes since 2021"), and a toll told in the
  perfect of it in the next sentence ("The strikes have killed at least 1,200 people");
- or a toll of a war or a campaign of months ("in an offensive that killed thousands", "the war
  has killed 500,000"), at no day's time; or a toll in the present perfect counted from a month or
  a year its clause names ("Violence erupted in March 2022, which has killed 600").

A toll told "since the attack", "since Monday" (the event's own day) or "so far" alone updates
the event told before it: "At least 30 people have been killed so far" after a bombing is that
bombing's toll. The time of a ranking ("the deadliest attack since 2015") tells no total.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from eventwire.stages.article_date import article_date_spans
from eventwire.stages.dates import find_timexes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventwire.stages.triggers import Trigger

_FLAGS = re.IGNORECASE
IRREGULAR = (
    r"slain|shot|hurt|fought|struck|hit|led|held|fled|lost|caught|beat|burnt|sought|kept|set"  # past participles
)
PERFECT = re.compile(
    rf"\b(?:have|has|had)\s+(?:(?:not|also|now|so\s+far)\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:\w+(?:ed|en)|{IRREGULAR})\b",
    _FLAGS,
)
CONFLICT_WORDS = frozenset(
    {"conflict", "war", "fighting", "violence", "crisis", "insurgency", "uprising", "unrest", "start", "beginning"}
    | {"outbreak", "offensive", "invasion", "campaign", "revolution", "wars", "conflicts"}
)
SINCE = re.compile(r"\bsince\s+(?P<what>[^,.;]{1,120})", _FLAGS)  # "since the army was deployed ... in 2006"
SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|in\s+total|altogether)\b|\bthis\s+(?:year|month)\b", _FLAGS)
PERIOD = re.compile(
    r"\b(?:this|the\s+past|the\s+last)\s+(?:year|month|decade)\b|\b(?:19|20)\d\d\b|\bthis\s+year\s+alone\b", _FLAGS
)
RANKED = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|greatest|heaviest|highest|fiercest|most|first|single)\b"
    r"[^,.;]{0,40}$",
    _FLAGS,
)  # the time of a ranking, not of a total: "the deadliest attack since 2015"
PERIOD_PRECISIONS = frozenset({"month", "season", "quarter", "half", "year", "decade", "century"})
WORD = re.compile(r"[a-z]+", _FLAGS)
WHOLE_YEAR = re.compile(
    r"\b(?:last|this|the\s+past|the\s+previous)\s+year\b|\b(?:in|during|throughout|since)\s+(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)\b",
    _FLAGS,
)  # a time of a year or longer: "last year", "in 2019", "since 2015", "over the past decade"
_FIGURE = r"(?:\d[\d,]*|dozens|scores|hundreds|thousands|tens)"
DONE_TO = re.compile(
    rf"\b{_FIGURE}\b(?:\s+[\w'’-]+){{0,4}}?\s+(?:(?:were|have\s+been|had\s+been|are|got)\s+(?:\w+ly\s+)?"
    rf"(?:\w+(?:ed|en)|{IRREGULAR})|(?:have\s+|had\s+)?died)\b",
    _FLAGS,
)  # a figure of people done to: "600 people were killed", "3,000 were kidnapped", "4,800 civilians died"
REPORTED = re.compile(
    r",\s+(?:(?:the|a|an|its)\s+)?(?:[\w'’.-]+\s+){0,5}?(?:said|says|reported|reports|added|told)\b.*$"
    r"|,?\s+according\s+to\b.*$",
    _FLAGS | re.DOTALL,
)  # the reporting clause after the report: ", the United Nations said in a report on Monday"
FINER = frozenset({"day", "week", "weekend", "month", "season", "quarter", "half", "time"})
ORDINALS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest"})
ORDINAL_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\b[^,.;]{0,40}$", _FLAGS
)
COUNTED_OVER = re.compile(
    r"\b(?:(?:this|so\s+far\s+this|the\s+past|the\s+last)\s+(?:year|month|week|decade)|since|in\s+(?:\w+\s+)?(?:days|weeks|months|years))\b",
    _FLAGS,
)  # "the third mass shooting this year", "the fourth attack since March"
TOLL_OVER = re.compile(r"\b(?:toll|tally)\b(?P<rest>[^.;]{0,80})$", _FLAGS)  # "the toll since October 7 to 30,000"
WAR_OF = re.compile(
    r"^(?:\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:killed|dead|deaths|wounded|injured|casualties))?\s+(?:"
    r"(?:of|in|from|during)\s+(?:the\s+|this\s+|its\s+)?(?:[\w'’]+\s+){0,2}?"
    r"(?:war|wars|conflict|conflicts|insurgency|uprising|invasion|revolution)(?![\w'’-])"
    r"|(?:so\s+far\s+)?this\s+(?:year|month)\b"
    r"|(?:for|over|in|during)\s+(?:the|this)\s+(?:(?:past|last|previous|first|whole|entire)\s+)?(?:\w+\s+)?"
    r"(?:years?|months?|weeks?|decades?)\b)",
    _FLAGS,
)  # just after the toll: "of the war", "in the conflict", "this year", "for the month", "over the past week"
FRONTED = re.compile(
    r"\b(?:bring|brought|rais|push|tak|took|lift|put)\w*\s+to\s+(?:\w+\s+){0,2}?(?P<n>\d[\d,]*)\s+the\s+"
    r"(?:(?:overall|total|cumulative|official|death)\s+)*(?:toll|number|total|tally|count)\b(?P<rest>[^.;]{0,80})",
    _FLAGS,
)  # the figure before its total: "bringing to 300 the number of people killed since January"
CAMPAIGN_BEFORE = re.compile(
    r"\b(?:war|conflict|insurgency|uprising|revolution|campaign|crisis|offensive|invasion|siege)s?\b"
    r"(?:\s+(?:in|on|against|of|by|between|across)\s+[^,.;]{0,60}?)?,?\s+(?:(?:that|which)\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:(?:so\s+far|also|already|reportedly|now)\s+)?$",
    _FLAGS,
)  # the doer of a toll is a war or a campaign: "an offensive that killed", "the war has killed"
INCIDENTS_KILLED = re.compile(
    r"(?<!\d\s)(?<!\b(?:two|the)\s)\b(?:raids|attacks|bombings|airstrikes|strikes|clashes|ambushes|killings|massacres)"
    r"(?:\s+(?:and|or)\s+(?:[\w-]+\s+)?(?:raids|attacks|bombings|airstrikes|strikes|clashes|ambushes|killings))?"
    r"\s+(?:(?:have|had)\s+)?(?:(?:killed|left)\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|some|about)\s+)?)?$",
    _FLAGS,
)  # plural incidents as the doer of a toll: "cattle raids and attacks killed at least"
ONE_STRIKE = re.compile(r"\b(?:twin|double|triple|coordinated|simultaneous|synchroni[sz]ed)\s+$", _FLAGS)
THOUSANDS = re.compile(r"\b(?:\d[\d,]*\d|\d|thousands|tens\s+of\s+thousands)\b", _FLAGS)
PERFECT_HAVE = re.compile(r"\b(?:has|have)\s+(?:(?:so\s+far|also|already|reportedly|now)\s+)?$", _FLAGS)
HAVE_DONE = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?(?:\w+(?:ed|en)|died|slain|shot|hurt)\b", _FLAGS)
DAY_OR_FINER = frozenset({"day", "week", "weekend", "time"})
MANY = frozenset({"dozens", "scores", "hundreds", "thousands", "tens"})
PLURAL_DEFINITE = frozenset({"the", "these", "those"})
OVER_PERIOD = re.compile(
    r"\b(?:(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|decades?)|this\s+year"
    r"|(?:over|during|throughout)\s+the\s+(?:(?:reporting|review)\s+)?(?:period|year))\b",
    _FLAGS,
)  # "over the past year", "in the last six months", "this year", "during the period" (of a report)
RELATIVE = re.compile(r",\s+(?:who|which)\b", _FLAGS)  # a relative clause opens
PAST_VERB = re.compile(r"(?:[a-z]+ed|slew|shot|hurt)\s", _FLAGS)  # a figure opened by a verb: "killed 6"
SHARED_TENSE = re.compile(
    r"(?:\b(?:have|has|had|having|been|and|or|then|but|to|'ve|’ve)|,)\s+(?:[\w-]+\s+){0,2}$", _FLAGS
)  # an auxiliary or a coordination just before the verb: "have so far killed", "and killed"
TOLL_FIGURE = re.compile(r"(?:death\s+)?(?:toll|tally)\b", _FLAGS)  # a figure told as a toll
MONTH_DAY = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    _FLAGS,
)  # a calendar day: "October 7", "7 October"
CLAUSE_BREAK = re.compile(r"[.;!?](?:\s|$)|,\s+(?:and|but|while|whereas|where|who|which)\b", _FLAGS)


def total_reason(clause: str, event_day: date | None = None) -> str:
    """Why ``clause`` tells a running total ("" when it does not); ``event_day`` is the day of
    the event the clause would otherwise update, when one is known."""
    if reason := period_total(clause):
        return reason
    if not PERFECT.search(clause):
        return ""
    m = SO_FAR.search(clause)
    if m and not RANKED.search(clause[: m.start()]) and (PERIOD.search(clause) or _names_conflict(clause)):
        return f"a running total '{m.group(0)}' over a period or a war, not one event's toll"
    for m in SINCE.finditer(clause):
        if RANKED.search(clause[: m.start()]):
            continue
        if _names_conflict(m.group("what")):
            return "a running total since a war or its start, not one event's toll"
        if _earlier(m.group(0), event_day):
            return "a running total since a date before the event, not one event's toll"
    return ""


def period_total(clause: str) -> str:
    """Why ``clause`` tells a toll over a whole year or longer ("" when not): a figure of people
    done to ("600 people were killed", "3,000 were kidnapped") at a time of a year or more ("last
    year", "in 2019"), and at no finer time outside its reporting clause ("80 villagers were killed
    in June", "... on Monday" is one incident)."""
    body = REPORTED.sub("", clause.strip())
    whole = [m for m in WHOLE_YEAR.finditer(body) if not _ranked(body[: m.start()])]
    if not whole or not DONE_TO.search(body):
        return ""
    dateline = article_date_spans(body)  # "NEW YORK, Jan 20 (Reuters) -" dates the story, not the toll
    own = [t for t in find_timexes(body, None) if not any(a <= t.start < b for a, b in dateline)]
    if any(t.precision in FINER for t in own):
        return ""
    return "a toll over a whole year or longer, not one event's"


def _ranked(before: str) -> bool:
    """The time closes a ranking or a count of incidents ("the deadliest attack this year", "the
    city's 30th homicide this year"), not the time of a toll."""
    return bool(RANKED.search(before) or ORDINAL_BEFORE.search(before))


def _names_conflict(text: str) -> bool:
    return any(w.lower() in CONFLICT_WORDS for w in WORD.findall(text))


def _earlier(since: str, event_day: date | None) -> bool:
    """The words after "since" (``since`` opens with it) name a time earlier than the event: a
    month, a year, or (the event's day known) a day before it. A day alone ("since Monday") is
    taken as the event's own."""
    times = find_timexes(since, event_day)
    if not times:
        return False
    t = times[0]  # "since March", "since the December 2012 shooting": the time or the earlier event's
    if t.precision in PERIOD_PRECISIONS:
        if event_day is None or t.value is None:
            return True
        return _period_end(t.value, t.precision) <= event_day
    return t.precision == "day" and event_day is not None and t.value is not None and t.value < event_day


def _period_end(start: date, precision: str | None) -> date:
    """The first day after a period that ``start`` opens (roughly, for months and years)."""
    if precision == "year":
        return date(start.year + 1, 1, 1)
    if precision in ("decade", "century"):
        return date(start.year + (10 if precision == "decade" else 100), 1, 1)
    return date(start.year + (start.month == 12), start.month % 12 + 1, 1)


def running_total(trigger: Trigger, doc: Doc) -> str:
    """Why a report of violence is a running total, not one event ("" when it is not): "500 people
    have been kidnapped since November", "has killed 15,000 people since 1980"; the rule is
    ``totals.total_reason``, on the clause of the trigger's verb, or of the verb a noun trigger is
    the subject of ("Fighting has killed 2,000 people since March")."""
    verb = trigger.head(doc)
    if reason := incident_count(verb) or incidents_counted(verb):
        return reason
    if verb.dep_ in ("nsubj", "nsubjpass", "csubj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    if reason := toll_of_counted(verb):
        return reason
    skip = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    aside = _clauses_aside(verb)  # "..., where bandits have kidnapped hundreds this year": of others
    clause = " ".join(t.text for t in verb.subtree if t.i not in skip | aside)
    sentence = " ".join(t.text for t in verb.sent if t.i not in aside)
    if _done_to_figure(verb) and (reason := period_total(sentence)):
        return reason  # the parser may hang "last year" on the reporting verb: the whole sentence
    return total_reason(clause)


def main_text(sent: Span) -> str:
    """The sentence without its relative and adverbial clauses that have a subject of their own
    ("..., where bandits have kidnapped hundreds this year"): what its main clause reports."""
    aside: set[int] = set()
    for t in sent:
        if t.dep_ in ("relcl", "acl", "advcl") and any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children):
            # an adverbial clause only when it is relative in form ("where bandits have kidnapped")
            relative = any(g.lower_ in ("who", "which", "that", "where") for g in t.children)
            if t.dep_ != "advcl" or relative:
                aside |= {x.i for x in t.subtree}
    return " ".join(t.text for t in sent if t.i not in aside)


def _clauses_aside(verb: Token) -> set[int]:
    """Tokens of the sentence's relative and adverbial clauses with a subject of their own that do
    not hold ``verb``: they tell of other acts ("Jihadists, who have carried out attacks since
    2016, killed 9 soldiers")."""
    out: set[int] = set()
    for t in verb.sent:
        own = t.dep_ in ("relcl", "acl", "advcl") and any(g.dep_ in ("nsubj", "nsubjpass") for g in t.children)
        if own and t.i != verb.i and verb not in t.subtree:
            out |= {x.i for x in t.subtree}
    return out


def _done_to_figure(verb: Token) -> bool:
    """The verb's subject is a figure of people it was done to ("600 people were killed", "4,800
    civilians died")."""
    return any(
        c.dep_ in ("nsubjpass", "nsubj") and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
        for c in verb.children
    )


def incident_count(noun: Token) -> str:
    """Why an event noun counts incidents over a period ("" when not): "the city's third mass
    shooting this year", "the fourth attack on the base since March"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    ordinal = any(t.lower_ in ORDINALS for t in noun.subtree if t.i < noun.i)
    head = noun.head if noun.dep_ in ("attr", "nsubj", "appos") else noun
    clause = " ".join(t.text for t in head.subtree)
    if ordinal and COUNTED_OVER.search(clause):
        return "an incident counted among others over a period, not a new event"
    return ""


def incidents_counted(noun: Token) -> str:
    """Why a plural event noun with a count tells incidents over a period ("" when not): "have
    carried out more than 300 drone strikes since 2021", "dozens of attacks over the past year";
    not over a day or a war's one battle ("40 strikes since Tuesday")."""
    if noun.tag_ != "NNS":
        return ""
    many = any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in noun.children)
    many |= noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in MANY
    if not many:
        return ""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT":
        verb = verb.head
    if _over_a_period(" ".join(t.text for t in verb.subtree)):
        return "incidents counted over a period, not one event"
    return ""


def _over_a_period(clause: str) -> bool:
    """The clause counts over a year or longer, a month, or a war: "since 2021", "since the war
    began", "over the past year", "this year"."""
    if WHOLE_YEAR.search(clause) or OVER_PERIOD.search(clause):
        return True
    return any(
        not RANKED.search(clause[: m.start()]) and (_names_conflict(m.group("what")) or _earlier(m.group(0), None))
        for m in SINCE.finditer(clause)
    )


def toll_of_counted(verb: Token) -> str:
    """Why a toll told in the perfect of a definite plural ("The strikes have killed at least
    1,200 people") is the toll of incidents the sentence before counted over a period ("...
    carried out more than 300 drone strikes since 2021"): a running total, not one event's."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS" or not any(c.lower_ in PLURAL_DEFINITE for c in subj.children):
        return ""
    if not any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in verb.children) or verb.sent.start == 0:
        return ""
    before = verb.doc[verb.sent.start - 1].sent
    if any(t.lemma_ == subj.lemma_ and incidents_counted(t) for t in before):
        return "the toll of incidents counted over a period in the sentence before, not one event's"
    return ""


def count_total(text: str, start: int, end: int) -> str:
    """Why the figure at ``start:end`` of ``text`` is a running total ("" when not): the rule of
    ``total_reason`` on the figure's clause, from the last sentence or clause break before it
    (".", ";", ", and", ", but") to the next after it, without a relative clause closed before
    the figure ("Jihadists, who have carried out attacks since 2016, killed 9 soldiers": the
    relative clause tells of other acts); or a toll counted over a war or a period
    (``toll_total``), also when the figure comes before its total ("bringing to 300 the number of
    people killed since January")."""
    breaks = list(CLAUSE_BREAK.finditer(text, 0, start))
    asides: list[tuple[int, int]] = []
    while breaks and RELATIVE.match(breaks[-1].group(0)) and (close := text.find(",", breaks[-1].end(), start)) >= 0:
        asides.append((breaks.pop().start(), close))  # "Jihadists, who have ... since 2016, killed 9"
    if breaks and RELATIVE.match(breaks[-1].group(0)):
        breaks.pop()  # "fighting broke out in 2024, which has killed 1,500": the clause it tells of too
    first = breaks[-1].end() if breaks else 0
    if reason := campaign_toll(text, first, start) or incidents_toll(text, first, start, end):
        return reason
    after = CLAUSE_BREAK.search(text, end)
    if TOLL_FIGURE.match(text, start) and (reason := toll_total(_without(text, first, end, asides))):
        return reason
    fronted = next((m for m in FRONTED.finditer(text) if m.start("n") <= start < m.end("n")), None)
    if fronted is not None and (reason := _over_period(fronted.group("rest"))):
        return reason
    clause = _without(text, first, after.start() if after else len(text), asides)
    if _perfect_toll(text, first, start, end) and (reason := _from_a_month_or_year(clause)):
        return reason
    if _simple_past(text, first, start):
        return period_total(clause)  # "Rebels who have been active since 2014 killed 6": not its perfect
    return total_reason(clause)


def campaign_toll(text: str, first: int, start: int) -> str:
    """Why the figure at ``start`` of ``text`` is the toll of a war or a campaign of months, not of
    one event ("" when not): told as what a war, a conflict, an insurgency or an offensive killed
    ("in an offensive that killed thousands", "the war has killed 500,000"), in the perfect or
    with a month or a year in its sentence, and at no day or finer time there ("an offensive on
    the town on Monday that killed 30" is one event)."""
    if not CAMPAIGN_BEFORE.search(text, first, start):
        return ""
    body = REPORTED.sub("", text)
    times = [t.precision for t in find_timexes(body, None)]
    if any(p in DAY_OR_FINER for p in times):
        return ""
    if PERFECT_HAVE.search(text, first, start) or any(p in PERIOD_PRECISIONS for p in times):
        return "the toll of a war or a campaign of months, not one event's"
    return ""


def incidents_toll(text: str, first: int, start: int, end: int) -> str:
    """Why the figure at ``start:end`` of ``text`` is the toll of many incidents, not one ("" when
    not): thousands killed by plural incident nouns with no count of their own ("raids and
    ambushes killed at least 1,500 people"), at no day or finer time in the sentence; "two
    bombings killed 120 people on Monday" is one event's toll."""
    m = INCIDENTS_KILLED.search(text, first, start)
    if not m or not _thousands(text[start:end]) or ONE_STRIKE.search(text, first, m.start()):
        return ""  # "twin bombings killed 1,020": one coordinated strike
    times = [t.precision for t in find_timexes(REPORTED.sub("", text), None)]
    if any(p in DAY_OR_FINER or p == "day" for p in times):
        return ""
    return "the toll of many incidents, not one event's"


def _thousands(figure: str) -> bool:
    """The figure is a thousand or more, or "thousands"."""
    m = THOUSANDS.search(figure)
    return m is not None and (not m.group(0)[0].isdigit() or int(m.group(0).replace(",", "")) >= 1000)


def _perfect_toll(text: str, first: int, start: int, end: int) -> bool:
    """The figure is told in the present perfect: "has killed 600", "600 people have died"."""
    return bool(PERFECT_HAVE.search(text, first, start) or HAVE_DONE.search(text, start, end))


def _from_a_month_or_year(clause: str) -> str:
    """Why a toll in the present perfect is counted from a month or a year its clause names
    ("Violence erupted in March 2022, which has killed 600": from then until now), at no day or
    finer time ("" when not)."""
    times = [t.precision for t in find_timexes(REPORTED.sub("", clause), None)]
    if any(p in PERIOD_PRECISIONS for p in times) and not any(p in DAY_OR_FINER for p in times):
        return "a toll in the perfect counted from a month or a year, not one event's"
    return ""


def _simple_past(text: str, first: int, start: int) -> bool:
    """The figure opens with its verb in the simple past after its subject ("Rebels who have been
    active since 2014 killed 6 guards"): the tense of the clause is that verb's, not a perfect told
    of another verb; not after an auxiliary or a coordinating word it may share one through
    ("have attacked villages and killed 30")."""
    return bool(PAST_VERB.match(text, start)) and not SHARED_TENSE.search(text, first, start)


def _without(text: str, start: int, end: int, asides: list[tuple[int, int]]) -> str:
    """``text[start:end]`` without the spans ``asides`` (relative clauses closed before a figure)."""
    for a, b in sorted(asides, reverse=True):
        text = text[:a] + text[b:]
        end -= b - a if a < end else 0
    return text[start:end]


def toll_total(before: str) -> str:
    """Why the figure that ends ``before`` (its clause up to the figure) is a toll counted over a war or
    a period, in any tense ("" when not): "bringing the toll since October 7 to 30,000", "raising
    the overall toll of the war to 30,000", "the toll this year rose to 300". The toll counts from
    a war or its start, a month or a year, or a calendar day ("since October 7"); a toll "since
    the attack" or "since Monday" is the event's own, and so is "the toll from the bombing"."""
    m = TOLL_OVER.search(before)
    return _over_period(m.group("rest")) if m is not None else ""


def _over_period(rest: str) -> str:
    """Why the words after a toll or a number of dead (``rest``) count it over a war or a period
    ("" when not): a war or a period named just after it, or "since" a war, an earlier time or a
    calendar day."""
    if WAR_OF.search(rest):
        return "a toll over a war or a period, not one event's"
    for since in SINCE.finditer(rest):
        what = since.group("what")
        if _names_conflict(what) or _earlier(since.group(0), None) or MONTH_DAY.match(what.strip()):
            return "a toll counted since a war or an earlier date, not one event's"
    return ""

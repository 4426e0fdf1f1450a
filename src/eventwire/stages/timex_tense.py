"""Tense around a date: whether the words before a date put it ahead ("will meet Monday"), behind
("the quarter ended Oct. 31") or make it the end of a span ("until March 6"), and the year a date
written without one falls in (used by :mod:`eventwire.stages.dates`)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.stages.article_date import make_date

FUTURE_SLACK_DAYS = 7  # a date this far ahead may still be past, without a tense saying so: the anchor's lag
PAST_LAG_DAYS = 1  # with a verb in the past tense, only this far ahead (a dateline a day behind the story)
PAST_BIAS = 3
FUTURE_REACH_DAYS = 45  # a date further ahead than this without a future cue is in the past


def meant_span(m: re.Match[str]) -> tuple[int, int]:
    """The words a match means: its ``x`` group where the pattern has one, else all of it."""
    return m.span("x") if "x" in m.re.groupindex else m.span()


def _words(text: str) -> str:
    return "|".join(text.split())


def _not_after(words: str) -> str:
    """Lookbehinds: not right after one of these words (any case), and a space."""
    return "".join(rf"(?<!\b(?i:{w}) )" for w in words.split())


# titles and abbreviations whose dot ends no clause ("Gen. Smith will ...", "Jan. 5")
_ABBREVIATED = (
    "Mr Ms Mrs Dr St Jr Sr Co Inc Corp Ltd Bros No Nos Mt Ft Gen Gens Col Lt Maj Brig Capt Cpt Cpl Sgt Pvt "
    "Adm Cmdr Cdr Gov Govs Sen Sens Rep Reps Rev Fr Msgr Prof Pres Supt Insp Det Atty Hon Amb Messrs Dept "
    "Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec vs"
).split()
FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|'ll|expected|expects?|scheduled|due|set\s+(?:to|for)|plans?\s+(?:to|for)|planned|"
    r"planning|payable|effective|upcoming|(?:is|are)\s+to|as\s+(?:soon|early)\s+as|deadline|of\s+record|"
    r"(?:postponed|delayed|adjourned|deferred|put\s+off)\s+(?:until|till|to))\b",
    re.IGNORECASE,
)  # "set" and "plan" only as verbs of intent ("set to resume", "plans to"), not "set a record", "the plan"
# "On Tuesday, the league plans to ...": a clause that opens with the date and goes on in the future
# (its words may be initials or titles with a dot: "On Monday, U.S. troops will", "Gen. Smith will")
LEAD_FUTURE = re.compile(
    r"^\W*(?P<lead>(?:[^\s.;!?]+\s+|[ap]\.m\.\s+|(?:[A-Z]\.)+,?\s+|(?:" + _words(" ".join(_ABBREVIATED)) + r")\.\s+)"
    r"{0,9}?)(?:will|plans?\s+to|(?:is|are)\s+(?:to|scheduled|expected))\b",
    re.IGNORECASE,
)
NOT_PAST = (  # words in -ed that are not verbs in the past tense, or rarely are
    "hundred kindred sacred naked wicked scheduled expected planned supposed preferred limited listed related alleged "
    "suspected armed masked unidentified unnamed embattled beleaguered landlocked rugged ragged jagged crooked "
    "wretched beloved bearded talented gifted famed fabled vaunted storied"
).split()
# past forms not in -ed (with -ied and -eed forms too short or too like a noun for the rule: "died",
# "agreed"; not "need", "speed"); "read", "hit", "cut", "put", "set" and "let" are present forms too
IRREGULAR_PAST = (
    "said told met held began took came went gave fled fought brought struck fell rose was were had did made saw "
    "found sent spent stood caught thought sought bought sold kept led lost won ran threw drew grew knew blew flew "
    "wrote broke spoke chose drove stole hid fed bled slew swore tore overran withdrew became arose forgave undertook "
    "overtook built dealt felt meant sank rang shook woke froze rode hung swung got forgot understood died tied lied "
    "freed agreed disagreed decreed guaranteed used owed"
).split()
# a participle after these is no verb in the past tense: "will be named", "schools are closed", "the
# injured soldiers", "the newly elected council"
_PARTICIPLE_AFTER = "be been being is are am remain remains stay stays seem seems the a an its their his her our"
# after a number, a quantifier or a preposition, a word in -ed before a noun is an adjective ("two wounded
# soldiers", "amid renewed fighting"); before an object, a preposition or an adverb, a verb ("dozens
# injured in", "two survived the blast")
_COUNT_OR_PREP = (
    "two three four five six seven eight nine ten eleven twelve dozen dozens hundreds thousands scores many several "
    "some more other all few both of for with to among against amid"
)
_NOUN_PHRASE_END = (  # words after a verb, not a noun after an adjective
    "the a an his her its their our my your this that these those them him me us it one two three four five six "
    "seven eight nine ten dozens hundreds thousands at in on by near during after before when while as and or but "
    "from into with without for of over under up down out off back dead home later earlier overnight yesterday "
    "today again also then there here last next some several many more most all both no any about around across "
    "against along amid through toward towards"
)
_ATTRIBUTIVE = (
    "(?:" + "|".join(rf"(?<=\b(?i:{w}) )" for w in _COUNT_OR_PREP.split()) + r"|(?<=\d ))"
    r"[a-z]+ed\s+(?!(?:" + _words(_NOUN_PHRASE_END) + r")\b)[a-z]"
)
# "shot" the noun ("a warning shot"), "left" the side or what remains ("the far left", "days left")
_SHOT_LEFT = (
    _not_after("warning booster flu mug parting opening first final last long cheap big") + r"shot"
    "|" + _not_after("far centre center hard days weeks months hours minutes time nothing little much few") + r"left"
)
# a verb in the past tense ("announced", "said", "died")
PAST_VERB = re.compile(
    _not_after(_PARTICIPLE_AFTER) + r"(?<!ly )(?<!-)\b(?:(?!(?:" + _words(" ".join(NOT_PAST)) + r")\b)"
    r"(?!" + _ATTRIBUTIVE + r")[a-z]{2,}[^e\W]ed|" + _words(" ".join(IRREGULAR_PAST)) + "|" + _SHOT_LEFT + r")\b(?!-)"
)
DATED_BY_PAST = re.compile(
    PAST_VERB.pattern + r"(?:\s+(?:on|in|at|during))?\s*$"
)  # "the ruling, announced (on) Monday"
CUE_WORDS = 6  # how far back (in words) a future cue governs a date
PAST_WORDS = 10  # how far back (in words) a verb in the past tense, in the same phrase, puts a date behind


_NOT_AN_END = "".join(rf"(?<!\b{a})" for a in _ABBREVIATED) + r"(?<!\b[A-Za-z])"  # "Mr. Smith", "P. Davison", "9 a.m."
CLAUSE_END = re.compile(rf"{_NOT_AN_END}\.\s|[;:!?]\s|\n")
PHRASE_END = re.compile(rf"{_NOT_AN_END}\.\s|[;:!?,]\s|\n")


def clause_before(text: str, end: int, stop: re.Pattern[str]) -> str:
    """The words before ``end`` in its clause (at most 80 characters back)."""
    window = text[max(0, end - 80) : end]
    ends = list(stop.finditer(window))
    return window[ends[-1].end() :] if ends else window


def said_ahead(m: re.Match[str]) -> bool:
    """The text says the date is still to come: a future cue ("will", "is expected", "set to",
    "payable") among the few words before it, in the same clause, unless the date belongs to a verb
    in the past tense after the cue ("they would appeal the ruling, announced Tuesday"); or the
    clause opens with the date and goes on in the future ("On Tuesday, the league plans to ...").
    "As soon as" and "as early as" look to the future unless the clause they end is in the past
    ("aid arrived as soon as the road reopened Monday"), not when its verb is still to come: "aid
    would flow as soon as the border opened Monday", "they hoped to reopen it as soon as talks resumed Monday"."""
    before = clause_before(m.string, m.start(), CLAUSE_END)
    words = list(re.finditer(r"\S+", before))
    start = words[-CUE_WORDS].start() if len(words) >= CUE_WORDS else 0
    near = " ".join(before[start:].split()).lower()
    if near.endswith(" next") or near.endswith(" coming") or near in ("next", "coming"):
        return True  # "next Oct. 23"
    cue = list(FUTURE_CUE.finditer(before, start))
    if cue and cue[-1].group().lower().startswith("as"):
        lead = before[: cue[-1].start()]
        past = list(PAST_VERB.finditer(lead))
        if FUTURE_CUE.search(lead) or INFINITIVE.search(lead, past[-1].end() if past else 0):
            return True  # "aid would flow as soon as", "hoped to reopen the road as soon as"
        if not (past or (not lead.strip() and past_after(m))):
            return True  # "a vote could come as early as Friday"
    elif cue and not DATED_BY_PAST.search(before, cue[-1].end()):
        return True
    if before.strip().lower() in ("", "on"):
        lead_future = LEAD_FUTURE.match(m.string[m.end() : m.end() + 80])
        return lead_future is not None and not PAST_VERB.search(lead_future.group("lead"))
    return False


def said_behind(m: re.Match[str]) -> bool:
    """The text puts the date in the past: a verb in the past tense among the few words before it,
    in the same clause ("changed its fiscal year in December", "the quarter ended Oct. 31"), the
    date not an end point ("was extended to Nov. 16", "remains open until March 6")."""
    start = meant_span(m)[0]
    before = clause_before(m.string, start, PHRASE_END)
    words = list(re.finditer(r"\S+", before))
    if words and words[-1].group().lower() in ("early", "late", "mid", "mid-"):
        words.pop()
    words = words[-PAST_WORDS:]
    if words and words[-1].group().lower() in ("last", "past"):
        return True  # "last Oct. 23"
    if not words or words[-1].group().lower() in END_POINTS | MODIFIER_OF:
        return False  # "until March 6", "the Jan. 14 deadline" (a date modifying a noun has its own time)
    past = list(PAST_VERB.finditer(before, words[0].start()))
    if not past:
        return False
    return not FUTURE_CUE.search(before, past[-1].end()) and not TURNS_AHEAD.search(before, past[-1].start())


# an infinitive ("hoped to reopen"), not "to" before a noun phrase ("sent to the town", "to villages", "to 20")
INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those)\b)(?![a-z]*[^su]s\b)[a-z]+\b(?!')"
)
# after the verb in the past tense, the clause turns to the present or future: "said it is calling
# for a vote on Dec. 7", "guidelines to be published in November"; or to a future seen from the past:
# "talks were to resume on Dec. 7", "was likely to"
TURNS_AHEAD = re.compile(
    r"\b(?:to\s+be|is|are|am|has|have|(?:was|were)\s+(?:about\s+|likely\s+|going\s+)?to)\b", re.IGNORECASE
)


def span_end(m: re.Match[str]) -> bool:
    """The date ends a span that runs from the present ("until March 6", "through January")."""
    start = meant_span(m)[0]
    words = re.findall(r"\S+", m.string[max(0, start - 30) : start])
    return bool(words) and words[-1].lower() in ("until", "till", "through", "by")


END_POINTS = frozenset({"to", "until", "till", "by", "through", "before", "from", "and"})  # "between now and"
MODIFIER_OF = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


def in_year_near(
    anchor: date | None, month: int, day: int | None, ahead: bool = False, behind: bool = False, bound: bool = False
) -> date | None:
    """Month and day without a year, in the year that puts it nearest the anchor, the past
    weighing ``PAST_BIAS`` times less: "Dec. 15" in a November article is the coming one, "Feb. 10"
    in an August article the one just gone. A date the text says is to come is the first one not
    before the anchor."""
    if anchor is None:
        return None
    options = [make_date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    days = [d for d in options if d is not None]
    if day is None:  # a month: compare its last day for the past, its first for the future
        past = [d for d in days if d.replace(day=1) <= anchor]
        future = [d for d in days if d.replace(day=1) > anchor]
    else:
        past = [d for d in days if d <= anchor + timedelta(days=FUTURE_SLACK_DAYS)]
        future = [d for d in days if d > anchor + timedelta(days=FUTURE_SLACK_DAYS)]
    if ahead:
        return min((d for d in days if d >= anchor or (day is None and d.month == anchor.month)), default=None)
    before, after = max(past, default=None), min(future, default=None)
    if behind:  # a verb in the past tense: at most a day ahead (the story a day ahead of its dateline)
        last = anchor + timedelta(days=PAST_LAG_DAYS)
        return max((d for d in days if (d.replace(day=1) if day is None else d) <= last), default=None)
    near = after is not None and (after - anchor).days <= FUTURE_REACH_DAYS * (2 if bound else 1)
    if before is None or (near and PAST_BIAS * (after - anchor).days < (anchor - before).days):  # type: ignore[operator]
        return after
    return before


def past_after(m: re.Match[str]) -> bool:
    """A verb in the past tense among the few words after the match, in its clause ("this weekend killed")."""
    after = re.split(r"[.;:!?]\s|\n", m.string[m.end() : m.end() + 80])[0]
    return bool(PAST_VERB.search(" ".join(after.split()[:CUE_WORDS])))


def tense_allows(day: date, anchor: date, ahead: bool, behind: bool) -> bool:
    """Whether the tense lets ``day`` be meant: not before the anchor when the text says it is to come,
    not more than ``PAST_LAG_DAYS`` after it when a verb in the past tense puts it behind."""
    if ahead:
        return day >= anchor
    return not behind or day <= anchor + timedelta(days=PAST_LAG_DAYS)


# "the first election in five years", "the worst drought in a decade": a ranking over a span, no date
RANKED = re.compile(
    r"\b(?:first|only|last|best|worst|most|least|highest|lowest|largest|biggest|smallest|longest|shortest|"
    r"deadliest|bloodiest|fiercest|heaviest|strongest|weakest|fastest|slowest|greatest|sharpest|steepest|"
    r"hottest|coldest|wettest|driest|busiest|closest|worst-ever|\w+iest)\s+"
    r"(?:(?!(?:will|would|shall|be|is|are|was|were|has|have|had|to)\b)\S+\s+){0,4}$",
    re.IGNORECASE,
)


def ranked_span(m: re.Match[str]) -> bool:
    """A ranking word ("first", "worst", "largest") before "in N years" in its clause: a span, no date."""
    return RANKED.search(clause_before(m.string, m.start(), PHRASE_END)) is not None

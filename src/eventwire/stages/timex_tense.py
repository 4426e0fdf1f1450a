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
    r"(?:postponed|delayed|adjourned|deferred|put\s+off)\s+(?:(?:[\w'-]+\s+){1,4}?(?:until|till)|until|till|to)|"
    r"takes?\s+(?:office|effect)|(?:comes?|enters?)\s+into\s+force|go(?:es)?\s+to\s+the\s+polls|"
    r"(?:begin|start|reopen|resume|convene|expire)s|(?<!to )(?<!not )(?<!did )meets?|"
    r"(?<=[a-z]s )(?<!\bthis )(?<!\bwas )(?<!\bhas )(?<!\bits )(?<!\bhis )(?:begin|start|reopen|resume)|"
    r"(?:talks|negotiations|hearings|trials|schools|classes|courts|polls|elections)\s+"
    r"(?:begin|start|reopen|resume|convene|open|close|expire))\b",
    re.IGNORECASE,
)
# a schedule told in the present: no future in a headline, whose present tells past acts ("Fighting
# resumes in Aleppo Monday"), only in a sentence of the body
SCHEDULE_CUE = re.compile(
    r"^(?:(?:begin|start|reopen|resume|convene|expire)s?|meets?|(?:comes?|enters?)\s+into\s+force|"
    r"go(?:es)?\s+to\s+the\s+polls|\w+\s+(?:begin|start|reopen|resume|convene|open|close|"
    r"expire))$",
    re.IGNORECASE,
)  # "set" and "plan" only as verbs of intent ("set to resume", "plans to"), not "set a record", "the plan";
# a schedule told in the present looks ahead ("Lawmakers take office Monday", "the truce expires
# Friday", "Talks begin Monday"), not a headline's present of a past act ("Gunman opens fire at school Monday")
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
    "wretched beloved bearded talented gifted famed fabled vaunted storied "
    # a participle negated with "un-" is an adjective ("a still unspecified date"), unlike "unveiled"
    "unspecified undisclosed unconfirmed unexpected unprecedented unarmed unprovoked unexploded unclaimed "
    "unmarked unauthorized unauthorised unresolved unsolved unrelated unopposed unfinished unemployed"
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
    elif (
        cue
        and not DATED_BY_PAST.search(before, cue[-1].end())
        and not EVENT_PHRASE.search(before, cue[-1].end())  # "would never forget the attack on Friday"
        and not (SCHEDULE_CUE.match(cue[-1].group()) and in_headline(m))
    ):
        return True
    if " ".join(before.split()).lower() in CLAUSE_OPENERS or OPENER_AFTER_COMMA.search(before):
        # "On Monday, ...", "Starting Oct. 1, ...", "The service, beginning Oct. 1, will ..."
        lead_future = LEAD_FUTURE.match(m.string[m.end() : m.end() + 80])
        return lead_future is not None and not PAST_VERB.search(lead_future.group("lead"))
    if SCHEDULED_SUBJECT.search(before) and not in_headline(m):
        return True  # "Talks between the army and the rebels resume Monday"
    return far_cue(m)


# the words that may open a clause before its date, the clause going on to say when it is
CLAUSE_OPENERS = ("", "on", "from", "starting", "starting on", "starting from", "beginning", "beginning on", "as of")
OPENER_AFTER_COMMA = re.compile(r",\s*(?:starting|beginning|as\s+of)(?:\s+on)?\s*$", re.IGNORECASE)
# a schedule noun, the words that tell what about, and its verb in the present, right before the date
SCHEDULED_SUBJECT = re.compile(
    r"\b(?:talks|negotiations|hearings|trials|schools|classes|courts|polls|elections)\s+"
    r"(?:between|on|over|with|about)\s+[^,;:.!?]{1,60}?\s+"
    r"(?:begin|start|reopen|resume|convene|open|close|expire)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def in_headline(m: re.Match[str]) -> bool:
    """The match is on a line that ends with no stop: a headline, whose present tells what happened."""
    start = m.string.rfind("\n", 0, m.start()) + 1
    end = m.string.find("\n", m.end())
    line = m.string[start : end if end >= 0 else len(m.string)].rstrip()
    return not line.endswith((".", "!", "?", '."', ".'", ".\u201d"))


# the cues that hold a whole clause ahead, however long: a modal or a schedule
STRONG_CUE = re.compile(
    r"\b(?:will|shall|would|'ll|scheduled\s+to|set\s+to|plans?\s+to|planned|planning\s+to|(?:is|are)\s+to|"
    r"expected\s+to)\b",
    re.IGNORECASE,
)


# a commitment to an act, whose date without a year is the time set for it ("agreed to buy the
# plant in January", "an agreement to acquire the bank in March"); not "agreed to the deal", nor a
# weekday ("agreed to surrender on Monday": most often the day of the report's own events)
COMMITTED = re.compile(
    r"\b(?:agree(?:s|d|ment)?|promised?|pledged?)\s+to\s+"
    r"(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|it|them)\b)(?=[a-z]+\b)",
    re.IGNORECASE,
)


def committed_ahead(m: re.Match[str]) -> bool:
    """A commitment to an act (``COMMITTED``) further back in the date's clause, as ``far_cue``
    reads a modal: "First Bank announced an agreement to acquire the Ohio lender in January"."""
    return far_cue(m, COMMITTED)


def far_cue(m: re.Match[str], cues: re.Pattern[str] = STRONG_CUE) -> bool:
    """A modal or a schedule further back in the date's clause, no verb in the past tense or clause
    after it: "Collins will be named commander of the shuttle for a mission in December"."""
    window = m.string[max(0, m.start() - 160) : m.start()]
    ends = list(CLAUSE_END.finditer(window))
    before = window[ends[-1].end() :] if ends else window
    cue = list(cues.finditer(before))
    if not cue:
        return False
    rest = before[cue[-1].end() :]
    if len(rest.split()) > FAR_CUE_WORDS or PAST_VERB.search(rest) or SUBORDINATE.search(rest):
        return False
    if EVENT_PHRASE.search(rest):
        return False  # "would never forget the massacre at the church on Sunday": the date is the event's
    owned = m.string.startswith("'s", m.end()) or rest.split()[-1:] in (["the"], ["a"])  # "the Aug. 7 blasts"
    return not owned and not PREDICATE_AFTER.match(m.string, m.end())  # "a rally planned for Saturday was canceled"


FAR_CUE_WORDS = 14
# a noun phrase after the cue whose head is an event ("the massacre (of 30 villagers) (at the church)
# on Sunday", "over the shooting on Friday"): a date after it is the event's, which the cue does not
# put ahead; not a noun modifying another ("the shooting victims")
EVENT_PHRASE = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her|last|recent|deadly)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|shooting|massacre|killing|bombing|blast|explosion|raid|ambush|assault|clash|riot|murder|"
    r"stabbing|slaying|beheading|kidnapping|abduction|airstrike|air\s+strike|violence|"
    r"fighting|incident|uprising|coup|invasion)(?:s|es)?"
    r"(?=\s+(?:at|in|on|of|near|against|by|outside|inside|during|that|which)\b|\s*$)",
    re.IGNORECASE,
)
# the date ends a subject whose verb follows: "(a rally planned for Saturday) was canceled", not "and were"
PREDICATE_AFTER = re.compile(r"(?:[^\S\n]+[a-z]+ly)?[^\S\n]+(?:" + PAST_VERB.pattern + ")")
SUBORDINATE = re.compile(r"\b(?:who|which|that|where|when|after|since|because|while|as)\b", re.IGNORECASE)


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
    if not past or outside_relative(before, past[-1], m) or present_relative(before, past[-1].end()):
        return False  # "Lawmakers who won seats take office on", "chose lawmakers who take office on"
    return not FUTURE_CUE.search(before, past[-1].end()) and not TURNS_AHEAD.search(before, past[-1].start())


# a relative pronoun and the verb of its clause: "who won", "that had fled", "which was"
_RELATIVE = r"\b(?:who|which|that)\s+(?:(?:had|has|have|was|were|also|just|recently|previously|once|never)\s+){0,2}$"
RELATIVE_VERB = re.compile(_RELATIVE, re.IGNORECASE)
_PREPOSITIONS = frozenset(
    "in at on near during by from with after before into under over for of across through".split()
)
# a verb of saying or thinking and the start of the clause it reports: "said (that) lawmakers who ..."
REPORTED = re.compile(
    r"\b(?:said|told\s+\w+|announced|reported|added|stated|confirmed|noted|explained|warned|insisted|claimed|"
    r"believed|thought|knew|hoped|agreed|decided|ruled|argued|stressed)(?:\s+that)?\s",
    re.IGNORECASE,
)
# a finite verb at the head of what follows a date: "(gunmen who attacked the town on Monday) were arrested"
FINITE_AFTER = re.compile(
    r"^(?:\W*[^\s.;:!?,]+\s+){0,3}?(?:is|are|was|were|will|would|has|have|had|remain|remains|can|could|may|might|"
    r"must|should|face|faces)\b",
    re.IGNORECASE,
)
# present-tense forms that are past forms too ("hit", "cut"): no sign that a relative clause is in the present
_BOTH_TENSES = "hit cut put set let read beat shut spread cost hurt quit bet burst cast split".split()
# "(voters chose lawmakers) who take office ...": a relative clause whose verb is not in the past tense
PRESENT_RELATIVE = re.compile(
    r"\b(?:who|which)\s+(?:(?:now|also|still|will|would|can|could|may|might|must|should|shall)\s+)*"
    r"(?!(?:" + _words(" ".join(_BOTH_TENSES)) + r")\b)(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def outside_relative(before: str, verb: re.Match[str], m: re.Match[str]) -> bool:
    """The verb is that of a relative clause the date is outside of: a clause that opens the phrase
    and runs into a main verb before the date ("Lawmakers who won seats take office on April 10");
    not when a finite verb follows the date, whose clause is then the relative one ("The men who
    attacked the town on March 28 were arrested"), nor when the date follows the verb directly."""
    opening = RELATIVE_VERB.search(before, 0, verb.start())
    if opening is None:
        return False
    said = list(REPORTED.finditer(before, 0, opening.start()))
    subject = before[said[-1].end() if said else 0 : opening.start()]
    if len(subject.split()) > 6 or PAST_VERB.search(subject):
        return False
    between = [w for w in before[verb.end() :].split() if w.lower() not in ("on", "in", "at", "during")]
    if len(between) < 2 or PAST_VERB.search(before, verb.end()) or before[verb.end() :].split()[0] in _PREPOSITIONS:
        return False  # "soldiers who were wounded in the attack on April 10": a phrase of the relative clause
    return not PAST_VERB.match(m.string, m.end()) and not _verb_follows(m)


def _verb_follows(m: re.Match[str]) -> bool:
    after = re.split(r"[.;:!?,]\s|\n", m.string[m.end() : m.end() + 80])[0]
    return FINITE_AFTER.match(after) is not None or PAST_VERB.search(" ".join(after.split()[:3])) is not None


def present_relative(before: str, start: int) -> bool:
    """A relative clause after the last verb in the past tense whose own verb is not in the past
    ("voters chose lawmakers who take office on April 10"): the date is in that clause."""
    rel = list(PRESENT_RELATIVE.finditer(before, start))
    return bool(rel) and not PAST_VERB.search(before, rel[-1].start("verb"))


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
    """The date ends a span that runs from the present ("until March 6", "through January", "until
    9 a.m. Tuesday")."""
    start = meant_span(m)[0]
    before = CLOCK_BEFORE.sub("", m.string[max(0, start - 40) : start])
    words = re.findall(r"\S+", before)
    return bool(words) and words[-1].lower() in ("until", "till", "through", "by")


def open_span_ahead(m: re.Match[str]) -> bool:
    """The date ends a span running from the present, no verb in the past tense in its phrase or
    right after it: "the curfew is in force until Tuesday" (not "talks went on until Tuesday"). A
    phrase that opens with a participle takes the tense of its clause's verb: "Gunmen stormed a
    hotel, holding guests hostage until Tuesday" is past."""
    start = meant_span(m)[0]
    before = clause_before(m.string, start, PHRASE_END)
    if not span_end(m) or PAST_VERB.search(before) or past_after(m):
        return False
    if not re.match(r"\s*(?!during|morning|evening|nothing|something)[a-z]+ing\b", before):
        return True
    clause = clause_before(m.string, start, CLAUSE_END)
    past = list(PAST_VERB.finditer(clause))
    return not past or FUTURE_CUE.search(clause, past[-1].end()) is not None


PERFECT = re.compile(r"\b(?:has|have|had)\s+(?!to\b)", re.IGNORECASE)  # "has fallen", not "has to"


def open_end_ahead(m: re.Match[str]) -> bool:
    """A date without a year ends a span from the present (``open_span_ahead``: "a program to pay
    down the loan by February") and no perfect tense runs the span up to now only ("the fund has
    fallen 2% this year through Oct. 19")."""
    before = clause_before(m.string, meant_span(m)[0], PHRASE_END)
    return open_span_ahead(m) and not PERFECT.search(before)


def long_gone(when: date | None, day: int | None, anchor: date | None) -> bool:
    """The day (or the month, when ``day`` is None) ended more than ``FUTURE_SLACK_DAYS`` before the anchor."""
    if when is None or anchor is None:
        return False
    last = when if day else months_later(when, 1) - timedelta(days=1)
    return last < anchor - timedelta(days=FUTURE_SLACK_DAYS)


def months_later(d: date, n: int) -> date:
    """The first of the month ``n`` months after ``d``'s."""
    index = d.year * 12 + d.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


# a clock time before a weekday: "9 a.m.", "10:30 p.m. EST", "noon", "midnight"
CLOCK_BEFORE = re.compile(
    r"\s(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.m\.|[ap]m)(?:\s+[ECMP][SD]T)?|noon|midnight)\s+$", re.IGNORECASE
)


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


OPENING_PREPS = frozenset({"in", "since", "during", "throughout"})  # "In January, police seized ..."


def counted_since(m: re.Match[str]) -> bool:
    """The date is behind by its place in the clause: right after "since" ("since January": a
    period counted up to now starts in the latest January gone), or opening its clause, bare or
    after "in" / "since", with a verb in the past or the perfect after it ("In January, police
    recovered ...", "Since March, troops have seized ...")."""
    before = clause_before(m.string, meant_span(m)[0], CLAUSE_END).split()
    last = before[-1].lower() if before else ""
    if last == "since":
        return True
    return (not before or (len(before) == 1 and last in OPENING_PREPS)) and past_after(m)

"""Dates: the temporal expressions in an article's sentences, normalised against its date.

Pure text functions (regular expressions and small tables), compiled once at import.

``find_timexes`` finds dates in a sentence and normalises them against the article's date (the
anchor). A ``Timex.value`` is always the first day of the period meant:

- day: the day itself ("August 8", "on Sunday", "yesterday", "two days ago", "today is the fifth
  day of the strike"); "year-end", "year's end": December 31st of the anchor's year ("since
  year-end", or after a verb in the past tense, the latest one gone);
- day also for holidays by name ("Thanksgiving Day", "Christmas Eve", "Election Day", "Easter",
  "Good Friday": the one nearest the anchor as for a date without a year, "next Christmas" the
  coming one, "last Easter" the latest before the anchor; "Easter week", "Holy Week": a week);
- week: weeks run Monday to Sunday, the value is the Monday ("last week", "this week", "earlier
  this week", "two weeks ago"); "in the past week" means the seven days ending on the anchor, so
  its value is the anchor minus six days; weekend: its Saturday ("over the weekend"; "ahead of
  the weekend", "next weekend" and, on a weekday, "this weekend" the coming one, unless a verb in
  the past tense around it puts it behind: "fighting this weekend killed 20");
- after a future cue, "in five years" (or days, weeks, months): the anchor moved ahead, at that
  unit's precision ("the worst in five years" is a duration, not a date);
- month: the 1st ("March 2011", "last month", "in August", "for January", "December's", "June last
  year"; "last February" the latest February before the anchor's month, "next April" the first
  after it); year: January 1st ("in 2011", "his 2011 campaign", "between 1985 and 1987", a year
  standing alone but not a count such as "2000 people", "in 1898", "post-1959", "nineteen
  ninety-six", "next year", "the year", "the fiscal year"; "the latest fiscal year" the one before);
- quarter ("the third quarter", "fourth-quarter": the latest one begun by the anchor; "the
  quarter", "the latest quarter": the latest one completed, as a company report means it; "the
  year-ago quarter" and "a year earlier" after talk of a quarter: that one a year before; else
  "a year earlier" is the year before), season ("last summer": its first month,
  March/June/September/December; "the summer": the latest one begun), decade ("the 1990s"; "the
  nineties", "the '80s": the latest such decade begun by the anchor) and century ("the 20th
  century": 1900, "this century");
- vague references have no value, only a precision saying the side: "present", "past", "future".

A weekday is the latest such day on or before the anchor (the anchor itself when it is that
weekday); "last Sunday" is strictly before it, "next"/"coming Sunday" strictly after ("the
previous Sunday", "the following Sunday" count from the day the text named last, see
``timex_refs``), and a plain
weekday after a future cue ("will meet Monday", "set to resume Monday", "postponed until Monday",
"as early as Monday"), or opening a clause that goes on in the future ("On Monday, the union will
..."), the next one. A future cue governs a date only within ``CUE_WORDS`` words of its clause
and with no verb in the past tense between them ("they would appeal the ruling, announced
Monday" is the past Monday); "set" and "plan" are cues only as verbs of intent ("set to", "plans
to"), not in "set a record on Aug. 6", "announced the plan Aug. 21". A date without a year
("August 8") is the occurrence nearest the anchor, the past favoured (``PAST_BIAS``,
``FUTURE_REACH_DAYS``, twice as far for the end of a span: "until March 6", "through January");
after a future cue ("payable Jan. 2", "next Oct. 23") the next one; after a verb in the past
tense within ``PAST_WORDS`` words of its phrase ("changed its fiscal year in December", "the
quarter ended Oct. 31", "last Oct. 23") the latest one not after the anchor (give or take
``FUTURE_SLACK_DAYS``, the anchor's possible lag); with its weekday ("Saturday, April 25") the year that makes it that
weekday. References to another
date of the text are in ``timex_refs``: "the day before", "two days later" relative to the event
they follow (``relative_to_event``, applied with ``resolve_relative``); "that year", "the following
month", "later that day" valued from the latest earlier date of the text (a post-pass over the
timexes found); "today", "yesterday", "two days ago" counted from the anchor; "now", "in the
past" vague references. A range ("between August 8 and 10", "from March to May 2014") or
"since March 2011" gives one timex whose value is the start of the range. Without an anchor,
expressions that need one keep their precision and get value None. Spelled-out years, half-years,
"the current quarter", "the 1988 quarter", "the week of March 6" and "the last decade" are in
``timex_periods``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from eventwire.records import Timex
from eventwire.stages.article_date import (
    DAY,
    DMY,
    FULL_MONTHS,
    ISO,
    MDY,
    MON,
    MONTHS,
    MY,
    US,
    WD,
    WEEKDAYS,
    YEAR,
    alternation,
    make_date,
    month_of,
    parse_date_string,
    publication_date,
    url_date,
    year_of,
)
from eventwire.stages.timex_periods import (
    CURRENT_QUARTER,
    DECADE_REF,
    HALF,
    MONTH_SPELLED,
    SEASON_SPELLED,
    SPELLED,
    SPELLED_YEAR,
    TENS,
    WEEK_OF,
    YEAR_QUARTER,
    current_quarter,
    decade_ref,
    half,
    last_quarter,
    month_spelled,
    season_spelled,
    speaks_of_quarter,
    spelled,
    week_of,
    year_quarter,
)
from eventwire.stages.timex_refs import (
    AGO,
    ANAPHOR,
    DAY_WORDS,
    EVENT_N,
    EVENT_OFFSET,
    LATER,
    NUM,
    REFERENCE,
    SAME_DAY,
    Handler,
    Norm,
    ago,
    anaphor,
    day_words,
    event_n,
    event_offset,
    monday,
    months_back,
    number,
    offset_from_anchor,
    resolve_anaphors,
    resolve_relative,
    vague,
)

__all__ = ["find_timexes", "parse_date_string", "publication_date", "resolve_relative", "url_date"]

FUTURE_SLACK_DAYS = 7
PAST_BIAS = 3
FUTURE_REACH_DAYS = 45  # a date further ahead than this without a future cue is in the past


# ------------------------------------------------------------------ absolute dates


# ------------------------------------------------------------------ the article's own date


# ------------------------------------------------------------------ dates in a sentence

_I = "(?i:{})".format
_LEAD = r"\b(?:in|since|during|until|till|by|from|through|throughout|before|after|early|late|mid-?|of)\s+"
_DET = r"(?:\b(?:the|a|an|its|his|her|their|that|this|fiscal|calendar)\s+|\bmid-)"

RANGE_DM = re.compile(
    rf"\b(?:{_I('between|from')}\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|and|to|until)\s*"
    rf"{DAY}\s+(?:of\s+)?{MON}(?:,?\s+{YEAR})?"
)
RANGE_MD = re.compile(
    rf"\b(?:{_I('between|from')}\s+)?{MON}\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|and|to|until)\s*"
    rf"{DAY}(?:,?\s+{YEAR})?(?![\d:])"
)
BARE_MONTH = re.compile(
    rf"(?:(?i:{_LEAD}(?:(?:early|late|mid)-?\s*)?|\blast\s+|\bthis\s+|\b(?:for|to|the|a|an)\s+|\b(?:early|late|mid)-)"
    rf"|\b(?={alternation(list(MONTHS))}'s\b))(?P<x>{MON})"
    r"(?!\s*[0-3]?\d(?!\d))(?!,?\s+(?:of\s+)?(?:19|20)\d\d)"
)
_COUNTED = (
    r"people|persons|civilians|soldiers|troops|men|women|children|refugees|families|residents|fighters|"
    r"militants|rebels|police\w*|protesters|demonstrators|villagers|students|workers|prisoners|members|dead|"
    r"killed|wounded|injured|homes|houses|buildings|blocks?|vehicles|acres|shares|tons|tonnes|km|miles|hours|hrs|gmt|utc"
)
BARE_YEAR = re.compile(
    rf"(?:(?i:{_LEAD}|{_DET})|\b(?i:pre|post|mid)-)(?P<x>(?:19|20)\d\d)(?![\d-])(?!'?s\b)"
)  # "in 1996", "the 2011 vote", "post-1959"
OLD_YEAR = re.compile(
    rf"(?:\b(?i:in|since)\s+|\b(?i:pre|post|mid)-)(?P<x>1[5-8]\d\d)(?![\d-])(?!'?s\b)"
    rf"(?!\s+(?i:{_COUNTED}|rounds|local|euros?|dollars?|pounds|yuan|rupees|shillings|naira)\b)"
)  # "in 1898", "post-1848"; not a clock time or an amount ("until 1800", "of 1500 rounds", "in 1500 homes")
LONE_YEAR = re.compile(
    rf"(?<![\w$€£#.,/:-])(?P<x>(?:19\d\d|20[0-3]\d))(?![\d,%/:]|\.\d|-\d|'?s\b)(?!\s+(?i:{_COUNTED})\b)"
)  # a year written alone ("his 1996 campaign", "between 1985 and 1987"), not a count ("2000 people")
_MONTH_MODS = _I("last|this|next|this past|this coming|the coming|the past")
MONTH_REL = re.compile(rf"\b(?P<which>{_MONTH_MODS})\s+{MON}(?!\.?[\s\d]*\d)")
MONTH_OF_YEAR = re.compile(rf"\b{MON},?\s+(?:of\s+)?(?P<which>{_I('this|last|next')})\s+year\b")
QUARTER = re.compile(
    _I(
        r"\b(?:(?P<rel>year-ago|year-earlier|next year's|last year's|this year's)\s+)?"
        r"(?:(?P<y1>(?:19|20)\d\d)\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?!ly)"
        r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?"
    )
)
SEASON = re.compile(
    _I(
        r"\b(?:(?P<which>last|this|next|this past|this coming)\s+(?:(?:early|late)\s+)?"
        r"(?P<s>spring|summer|fall|autumn|winter)\b|(?:the\s+)?(?:(?:early|late)\s+)?"
        r"(?P<s2>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?!\d)|"
        r"\bthe\s+(?:(?:early|late)\s+)?(?P<s3>spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?\d))"
    )
)
_PERIOD_WORDS = r"(?:(?:latest|most\s+recent|recent|just-ended|past|last|comparable|corresponding|same)\s+)"
QUARTER_REF = re.compile(
    _I(
        rf"\b(?:(?:the|this|that)\s+{_PERIOD_WORDS}*(?P<ago>(?:year-ago|year-earlier)\s+)?{_PERIOD_WORDS}*"
        r"(?P<unit>quarter|period)(?P<ago2>\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?"
        rf"|(?P<ago3>last\s+year's)\s+{_PERIOD_WORDS}*(?P<unit2>quarter|period))(?![\w-])"
    )
)  # a company report's quarter: "the latest quarter" is the last one completed, "the year-ago quarter" its twin
YEAR_AGO = re.compile(_I(r"\b(?:a\s+year\s+(?:ago|earlier)|(?:the\s+)?year-(?:ago|earlier))(?![\w-])"))
THE_YEAR = re.compile(
    _I(
        r"\b(?:(?<!\bof\s)(?:the|this)\s+(?:(?:current|full|fiscal|calendar|entire|whole)\s+)*year(?![\w-])"
        r"(?!\s+(?:before|after|earlier|later|ago|to\b|in\b|two\b|nineteen\b|\d))"
        r"|the\s+end\s+of\s+(?:the|this)\s+year)"
    )
)
LAST_YEAR_OF = re.compile(
    _I(
        r"\bthe\s+(?:latest|last|past|previous|most\s+recent|just-ended)\s+(?:fiscal|financial|calendar)\s+year(?![\w-])"
    )
)  # "the latest fiscal year": the one before the anchor's
YEAR_END = re.compile(_I(r"(?:\b(?P<since>since)\s+(?:the\s+)?)?\b(?P<x>year[- ]end|year's\s+end)(?![\w-])"))
_MODIFIED = (  # a holiday name before a noun modifies it ("Christmas presents"): no date
    r"(?!\s+(?!(?:in|on|at|and|or|when|while|as|after|before|this|last|that|with|to|for|of|by|the|morning|night|"
    r"evening|afternoon|following|during|until)\b)[a-zA-Z])"
)
HOLIDAY = re.compile(
    r"\b(?:(?P<mod>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<h>Thanksgiving\s+Day|Christmas\s+(?:Day|Eve)|New\s+Year's\s+(?:Day|Eve)|"
    r"Independence\s+Day|Fourth\s+of\s+July|Election\s+Day|Valentine's\s+Day|Easter\s+(?:Sunday|Monday)|"
    r"Good\s+Friday|Palm\s+Sunday|(?P<week>(?:Easter|Holy|Christmas|Thanksgiving)\s+[Ww]eek)|"
    rf"(?:Thanksgiving|Christmas|Halloween|Easter)\b{_MODIFIED})"
)  # fixed, US and Christian holidays by name; "Easter week" (its week: "Holy Week", "Christmas week")
DECADE = re.compile(_I(r"\b(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?P<dec>(?:1[89]|20)\d)0'?s\b"))
_EARLY = r"(?:(?:early|late|mid-?)\s*)?"
_DECADE_WORDS = TENS.replace("ty", "ties")
DECADE_SHORT = re.compile(
    _I(
        r"(?<!temperatures in )(?<!temperature in )(?<!degrees in )"
        rf"(?:\bthe\s+{_EARLY}(?:'?(?P<d>[1-9])0s|(?P<tens>{_DECADE_WORDS}))|(?<![\w'])'(?P<d2>[1-9])0s)\b"
    )
)  # "the nineties", "the early '80s", "the 80s": the latest such decade begun by the anchor (not
# "temperatures in the forties")
ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first"
).split()
_ORDINAL = "|".join(ORDINALS)
NTH_DAY = re.compile(
    _I(
        rf"\b(?:today\s+is|it\s+is|it's|this\s+is)\s+(?P<x>the\s+(?:{_ORDINAL}|\d{{1,3}}(?:st|nd|rd|th))\s+"
        r"(?:straight\s+|consecutive\s+|full\s+)?day)\b"
    )
)  # "today is the fifth day of the strike": the anchor
CENTURY = re.compile(
    _I(
        rf"\b(?:(?:the\s+)?{_EARLY}(?:(?P<nth>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{_ORDINAL}))"
        r"|(?P<which>this|last|next))[- ]century\b"
    )
)  # "the 20th century" (TimeML "19"), "eleventh-century", "this century"
_WEEKDAY_MODS = "last|next|this coming|this past|this|coming|past|previous|preceding|(?<=the )following"
WEEKDAY = re.compile(rf"\b(?:(?P<mod>{_I(_WEEKDAY_MODS)})\s+)?(?P<wd>{WD})\b")  # not "Following Monday's attack"
PERIOD = re.compile(
    _I(
        r"\b(?:(?P<which>last|this|earlier this|later this|the past|the previous|next|the coming)\s+"
        r"(?P<unit>week|month|year|weekend)|(?P<wkend>over the weekend|at the weekend))\b"
    )
)
IN_N = re.compile(
    _I(rf"\bin\s+{NUM}\s+(?P<unit>day|week|month|year)s?(?:'?\s+time)?(?![\w-])(?!\s+(?:old|ago|earlier|later)\b)")
)
# "will be redeemed in five years": counted ahead from the anchor, only after a future cue
WEEKEND_AHEAD = re.compile(_I(r"\b(?:ahead\s+of|before|until|by)\s+the\s+weekend\b"))  # the coming weekend
RECENT = re.compile(_I(r"\b(?:in the (?:past|last) (?:week|seven days))\b"))
CUES = re.compile(
    r"\d|day|week|month|year|centur|decade|ties\b|night|morning|nineteen|thousand|soon|term|period|thanksgiving|christmas|halloween|easter|later\sdate|afternoon|evening|\beve\b|recent|tomorrow|now|current|present|past|"
    rf"previous|former|future|coming|quarter|spring|summer|fall|autumn|winter|{alternation(list(MONTHS))}",
    re.IGNORECASE,
)  # a text without one of these has no timex: skip the patterns
RANGE_START_AT = re.compile(r"(?i:between|from)\s+")
RANGE_GAP = re.compile(r"^\s*(?:and|to|until|till|through|-|–)\s*$", re.IGNORECASE)
RANGE_START = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)


FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|'ll|expected|expects?|scheduled|due|set\s+(?:to|for)|plans?\s+(?:to|for)|planned|"
    r"planning|payable|effective|upcoming|(?:is|are)\s+to|as\s+(?:soon|early)\s+as|deadline|of\s+record|"
    r"(?:postponed|delayed|adjourned|deferred|put\s+off)\s+(?:until|till|to))\b",
    re.IGNORECASE,
)  # "set" and "plan" only as verbs of intent ("set to resume", "plans to"), not "set a record", "the plan"
# "On Tuesday, the league plans to ...": a clause that opens with the date and goes on in the future
LEAD_FUTURE = re.compile(
    r"^\W*(?P<lead>(?:[^\s.;!?]+\s+|[ap]\.m\.\s+){0,9}?)(?:will|plans?\s+to|(?:is|are)\s+(?:to|scheduled|expected))\b",
    re.IGNORECASE,
)
NOT_PAST = (  # words in -ed that are not verbs in the past tense, or rarely are
    "hundred kindred sacred naked wicked scheduled expected planned supposed preferred limited listed related alleged "
    "suspected armed masked unidentified unnamed"
).split()
# a verb in the past tense ("announced", "said"), not a participle after "be" ("will be named") nor
# one used as an adjective after a determiner ("the injured soldiers", "the newly elected council")
PAST_VERB = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bhis )"
    r"(?<!\bher )(?<!ly )(?<!-)\b(?:(?!(?:" + "|".join(NOT_PAST) + r")\b)"
    r"[a-z]{2,}[^e\W]ed|said|told|met|held|began|took|came|went|gave|fled|fought|brought)\b"
)
DATED_BY_PAST = re.compile(
    PAST_VERB.pattern + r"(?:\s+(?:on|in|at|during))?\s*$"
)  # "the ruling, announced (on) Monday"
CUE_WORDS = 6  # how far back (in words) a future cue governs a date
PAST_WORDS = 10  # how far back (in words) a verb in the past tense, in the same phrase, puts a date behind


_ABBREVIATED = "Mr Ms Mrs Dr St Jr Sr Co Inc Corp Ltd Gen Col Lt Sgt Gov Sen Rep No Nos Mt Ft".split()
_NOT_AN_END = "".join(rf"(?<!\b{a})" for a in _ABBREVIATED) + r"(?<!\b[A-Za-z])"  # "Mr. Smith", "P. Davison", "9 a.m."
CLAUSE_END = re.compile(rf"{_NOT_AN_END}\.\s|[;:!?]\s|\n")
PHRASE_END = re.compile(rf"{_NOT_AN_END}\.\s|[;:!?,]\s|\n")


def _clause_before(text: str, end: int, stop: re.Pattern[str]) -> str:
    """The words before ``end`` in its clause (at most 80 characters back)."""
    window = text[max(0, end - 80) : end]
    ends = list(stop.finditer(window))
    return window[ends[-1].end() :] if ends else window


def _ahead(m: re.Match[str]) -> bool:
    """The text says the date is still to come: a future cue ("will", "is expected", "set to",
    "payable") among the few words before it, in the same clause, unless the date belongs to a verb
    in the past tense after the cue ("they would appeal the ruling, announced Tuesday"); or the
    clause opens with the date and goes on in the future ("On Tuesday, the league plans to ...")."""
    before = _clause_before(m.string, m.start(), CLAUSE_END)
    near = " ".join(before.split()[-CUE_WORDS:])
    if near.lower().endswith((" next", " coming")) or near.lower() in ("next", "coming"):
        return True  # "next Oct. 23"
    cue = list(FUTURE_CUE.finditer(near))
    if cue and (cue[-1].group().lower().startswith("as") or not DATED_BY_PAST.search(near, cue[-1].end())):
        return True  # "as soon as trading opened Monday": the verb after "as soon as" is its own
    if before.strip().lower() in ("", "on"):
        lead = LEAD_FUTURE.match(m.string[m.end() : m.end() + 80])
        return lead is not None and not PAST_VERB.search(lead.group("lead"))
    return False


def _behind(m: re.Match[str]) -> bool:
    """The text puts the date in the past: a verb in the past tense among the few words before it,
    in the same clause ("changed its fiscal year in December", "the quarter ended Oct. 31"), the
    date not an end point ("was extended to Nov. 16", "remains open until March 6")."""
    start = _span(m)[0]
    before = _clause_before(m.string, start, PHRASE_END)
    words = list(re.finditer(r"\S+", before))
    if words and words[-1].group().lower() in ("early", "late", "mid", "mid-"):
        words.pop()
    words = words[-PAST_WORDS:]
    if words and words[-1].group().lower() in ("last", "past"):
        return True  # "last Oct. 23"
    if not words or words[-1].group().lower() in END_POINTS | MODIFIER_OF:
        return False  # "until March 6", "the Jan. 14 deadline" (a date modifying a noun has its own time)
    past = list(PAST_VERB.finditer(before, words[0].start()))
    return (
        bool(past) and not FUTURE_CUE.search(before, past[-1].end()) and not TURNS_AHEAD.search(before, past[-1].end())
    )


# after the verb in the past tense, the clause turns to the present or future: "said it is calling
# for a vote on Dec. 7", "guidelines to be published in November"
TURNS_AHEAD = re.compile(r"\b(?:to\s+be|is|are|am|has|have)\b", re.IGNORECASE)


def _bound(m: re.Match[str]) -> bool:
    """The date ends a span that runs from the present ("until March 6", "through January")."""
    start = _span(m)[0]
    words = re.findall(r"\S+", m.string[max(0, start - 30) : start])
    return bool(words) and words[-1].lower() in ("until", "till", "through", "by")


END_POINTS = frozenset({"to", "until", "till", "by", "through", "before", "from", "and"})  # "between now and"
MODIFIER_OF = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


def _in_year_near(
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
    if behind:  # a date a few days ahead may still be past: the anchor's lag (as for ``past`` above)
        last = anchor + timedelta(days=FUTURE_SLACK_DAYS)
        return max((d for d in days if (d.replace(day=1) if day is None else d) <= last), default=None)
    near = after is not None and (after - anchor).days <= FUTURE_REACH_DAYS * (2 if bound else 1)
    if before is None or (near and PAST_BIAS * (after - anchor).days < (anchor - before).days):  # type: ignore[operator]
        return after
    return before


WEEKDAY_FIRST = re.compile(rf"({WD})\b", re.IGNORECASE)


def _absolute(m: re.Match[str], anchor: date | None) -> Norm:
    groups = m.groupdict()
    day = int(groups["d1"] if groups.get("d1") else groups["d"]) if groups.get("d") else None
    month = month_of(m)
    year = year_of(groups.get("y"))
    if year is not None:
        return make_date(year, month, day), "day" if day else "month", None
    if anchor is not None and day is not None and (named := WEEKDAY_FIRST.match(m.group())):
        wanted = WEEKDAYS.index(named.group(1).lower())  # "Saturday, April 25": the year that makes it one
        fits = [
            d
            for y in range(anchor.year - 1, anchor.year + 2)
            if (d := make_date(y, month, day)) and d.weekday() == wanted
        ]
        if len(fits) == 1:
            return fits[0], "day", None
    ahead = _ahead(m)
    when = _in_year_near(anchor, month, day, ahead, not ahead and _behind(m), _bound(m))
    return when, "day" if day else "month", None


def _bare_year(m: re.Match[str], anchor: date | None) -> Norm:
    return date(int(m.group("x")), 1, 1), "year", None


def _month_of_year(m: re.Match[str], anchor: date | None) -> Norm:
    if anchor is None:
        return None, "month", None
    shift = {"this": 0, "last": -1, "next": 1}[m.group("which").lower()]
    return date(anchor.year + shift, month_of(m), 1), "month", None


QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


QUARTER_SHIFT = {"year-ago": -1, "year-earlier": -1, "last year's": -1, "next year's": 1, "this year's": 0}


def _quarter(m: re.Match[str], anchor: date | None) -> Norm:
    """A quarter without a year is the latest one that began on or before the anchor; "the
    year-ago third quarter" the one a year before that, "next year's first quarter" next year's."""
    first_month = 3 * QUARTERS[m.group("q").lower()] - 2
    year = year_of(m.group("y") or m.group("y1"))
    rel = (m.group("rel") or "").lower()
    if year is None and anchor is not None:
        if rel in ("next year's", "this year's"):
            year = anchor.year + QUARTER_SHIFT[rel]
        else:
            year = anchor.year if date(anchor.year, first_month, 1) <= anchor else anchor.year - 1
            year += QUARTER_SHIFT.get(rel, 0)
    return make_date(year, first_month, 1), "quarter", None


def _quarter_ref(m: re.Match[str], anchor: date | None) -> Norm:
    """A quarter named by reference: "the quarter", "the latest quarter" is the latest one
    completed; "the year-ago quarter", "last year's quarter", "the quarter a year earlier" that one
    a year before. "The period" means a quarter only where the text before it speaks of one."""
    unit = (m.group("unit") or m.group("unit2")).lower()
    if unit == "period" and not speaks_of_quarter(m):
        return None, None, None
    if anchor is None:
        return None, "quarter", None
    ago = m.group("ago") or m.group("ago2") or m.group("ago3")
    start = last_quarter(anchor)
    return (months_back(start, 12) if ago else start), "quarter", None


def _year_ago(m: re.Match[str], anchor: date | None) -> Norm:
    """The period a year back ("a year ago", "a year earlier", "year-earlier"): the period under discussion a year back:
    the year-ago quarter where the text before it speaks of a quarter, else the year before."""
    if anchor is None:
        return None, "year", None
    if speaks_of_quarter(m):
        return months_back(last_quarter(anchor), 12), "quarter", None
    return date(anchor.year - 1, 1, 1), "year", None


def _the_year(m: re.Match[str], anchor: date | None) -> Norm:
    """The anchor's year: "the year", "the fiscal year", "the end of the year"."""
    return (date(anchor.year, 1, 1) if anchor else None), "year", None


def _last_year_of(m: re.Match[str], anchor: date | None) -> Norm:
    return (date(anchor.year - 1, 1, 1) if anchor else None), "year", None


def _year_end(m: re.Match[str], anchor: date | None) -> Norm:
    """The close of the year, as accounts use it ("by year-end", "year's end"): December 31st of the
    anchor's year; "since year-end", or after a verb in the past tense, the latest one gone."""
    if anchor is None:
        return None, "day", None
    back = m.group("since") or _behind(m)
    year = anchor.year - 1 if back and anchor < date(anchor.year, 12, 31) else anchor.year
    return date(year, 12, 31), "day", None


def _month_rel(m: re.Match[str], anchor: date | None) -> Norm:
    """A month by its name and a modifier: "last February" is the latest February before the
    anchor's month; "next April" the first after it; "this September" the anchor's year's."""
    if anchor is None:
        return None, "month", None
    month, which = month_of(m), m.group("which").lower()
    if which in ("last", "this past", "the past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif which == "this":
        year = anchor.year
    else:
        year = anchor.year if month > anchor.month else anchor.year + 1
    return date(year, month, 1), "month", None


SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def _season(m: re.Match[str], anchor: date | None) -> Norm:
    """Seasons as in TimeML (northern): spring from March, summer June, autumn September,
    winter December; "last summer" is the one of the year before, "this summer" this year's."""
    month = SEASON_MONTHS[(m.group("s") or m.group("s2") or m.group("s3")).lower()]
    year = year_of(m.group("y"))
    if year is None and anchor is not None and m.group("s3"):  # "the summer": the latest one begun
        year = anchor.year if date(anchor.year, month, 1) <= anchor else anchor.year - 1
    elif year is None and anchor is not None:
        which = (m.group("which") or "this").lower()
        year = anchor.year + (-1 if which == "last" else 1 if which == "next" else 0)
    return make_date(year, month, 1), "season", None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),  # fourth Thursday of November
    "christmas": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "independence day": lambda y: date(y, 7, 4),
    "fourth of july": lambda y: date(y, 7, 4),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),  # the Tuesday after the first Monday
    "halloween": lambda y: date(y, 10, 31),
    "valentine's day": lambda y: date(y, 2, 14),
}


def _easter(year: int) -> date:
    """Easter Sunday (Gregorian), by the anonymous computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l7 = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * l7) // 451
    month, day = divmod(h + l7 - 7 * n + 114, 31)
    return date(year, month, day + 1)


HOLIDAYS.update(
    {
        "easter": _easter,
        "easter sunday": _easter,
        "easter monday": lambda y: _easter(y) + timedelta(days=1),
        "good friday": lambda y: _easter(y) - timedelta(days=2),
        "palm sunday": lambda y: _easter(y) - timedelta(days=7),
        "easter week": _easter,  # Holy Week: Monday to Saturday before Easter, Easter's own ISO week
        "holy week": _easter,
        "christmas week": HOLIDAYS["christmas"],
        "thanksgiving week": HOLIDAYS["thanksgiving"],
    }
)


def _holiday(m: re.Match[str], anchor: date | None) -> Norm:
    """A holiday by name: the one nearest the anchor, as for a date without a year ("Christmas" in
    a December 20 story is the coming one, "Easter" in a July story the one gone); the next one
    after a future cue or "next", the latest on or before the anchor after a verb in the past tense,
    "last Thanksgiving" strictly before the anchor, "this Christmas" the anchor's year's. "Easter
    week" and the like are the week holding the day."""
    unit = "week" if m.group("week") else "day"
    if anchor is None:
        return None, unit, None
    name = " ".join(m.group("h").lower().split()).removesuffix(" day")
    day_of = HOLIDAYS.get(name) or HOLIDAYS[name + " day"]
    mod = (m.group("mod") or "").lower()
    days = [day_of(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if unit == "week":  # compared by their Mondays: a week under way is not ahead
        days = [monday(d) for d in days]
    if mod == "next" or (not mod and _ahead(m)):
        when = min(d for d in days if d > anchor)
    elif mod == "last" or (not mod and _behind(m)):
        when = max(d for d in days if d < anchor or (d == anchor and mod != "last"))
    elif mod == "this":
        when = days[1]
    else:
        when = _nearest(days, anchor)
    return when, unit, None


def _nearest(days: list[date], anchor: date) -> date:
    """Of these days, the one nearest the anchor, the past weighing ``PAST_BIAS`` times less, and
    one further ahead than ``FUTURE_REACH_DAYS`` always in the past (as ``_in_year_near``)."""
    before = max((d for d in days if d <= anchor + timedelta(days=FUTURE_SLACK_DAYS)), default=None)
    after = min((d for d in days if d > anchor + timedelta(days=FUTURE_SLACK_DAYS)), default=None)
    if before is None or (
        after is not None
        and (after - anchor).days <= FUTURE_REACH_DAYS
        and PAST_BIAS * (after - anchor).days < (anchor - before).days
    ):
        return after  # type: ignore[return-value]
    return before


def _decade(m: re.Match[str], anchor: date | None) -> Norm:
    return date(int(m.group("dec")) * 10, 1, 1), "decade", None


def _decade_short(m: re.Match[str], anchor: date | None) -> Norm:
    """A decade without its century ("the nineties", "the '80s"): the latest one begun by the anchor."""
    tens = m.group("tens")
    digit = SPELLED[tens.lower()[:-3] + "y"] // 10 if tens else int(m.group("d") or m.group("d2"))
    year = (anchor.year if anchor else 1999) // 100 * 100 + digit * 10
    return date(year if anchor is None or year <= anchor.year else year - 100, 1, 1), "decade", None


def _century(m: re.Match[str], anchor: date | None) -> Norm:
    """A century, valued as its first year as TimeML counts it ("the 20th century" is 1900-1999)."""
    if m.group("which"):
        if anchor is None:
            return None, "century", None
        shift = {"this": 0, "last": -1, "next": 1}[m.group("which").lower()]
        return date(anchor.year // 100 * 100 + 100 * shift, 1, 1), "century", None
    word = (m.group("word") or "").lower()
    nth = int(m.group("nth")) if m.group("nth") else ORDINALS.index(word) + 1
    return date(max(1, 100 * (nth - 1)), 1, 1), "century", None


def _weekday(m: re.Match[str], anchor: date | None) -> Norm:
    if anchor is None:
        return None, "day", None
    wanted = WEEKDAYS.index(m.group("wd").lower())
    mod = (m.group("mod") or "").lower()
    if mod in ("next", "coming", "this coming", "following"):
        return anchor + timedelta(days=(wanted - anchor.weekday()) % 7 or 7), "day", None
    if not mod and _ahead(m):
        return anchor + timedelta(days=(wanted - anchor.weekday()) % 7), "day", None
    back = (anchor.weekday() - wanted) % 7
    if mod in ("last", "previous", "preceding") and back == 0:
        back = 7
    return anchor - timedelta(days=back), "day", None


def _period(m: re.Match[str], anchor: date | None) -> Norm:
    unit = (m.group("unit") or "weekend").lower()
    which = (m.group("which") or "").lower()
    back = 1 if which in ("last", "the past", "the previous") else -1 if which in ("next", "the coming") else 0
    if anchor is None:
        return None, unit, None
    if unit == "weekend":
        if which == "this" and anchor.weekday() < 5 and not (_behind(m) or _past_after(m)):
            back = -1  # "talks this weekend" on a weekday: the coming one; "fighting this weekend killed" the one gone
        return _weekend(anchor, back), "weekend", None
    if unit == "week":
        return monday(anchor) - timedelta(weeks=back), "week", None
    if unit == "month":
        return months_back(anchor, back), "month", None
    return date(anchor.year - back, 1, 1), "year", None


def _past_after(m: re.Match[str]) -> bool:
    """A verb in the past tense among the few words after the match, in its clause ("this weekend killed")."""
    after = re.split(r"[.;:!?]\s|\n", m.string[m.end() : m.end() + 80])[0]
    return bool(PAST_VERB.search(" ".join(after.split()[:CUE_WORDS])))


def _weekend(anchor: date, back: int) -> date:
    """The Saturday of the weekend meant: the one just past (or under way); "last" the one before
    it when the anchor is itself in a weekend; ``back`` -1 ("next weekend", "this weekend" on a
    weekday) the coming one, or the one after it when the anchor is itself in a weekend."""
    saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    if anchor.weekday() >= 5:
        return saturday - timedelta(weeks=back)
    return saturday + timedelta(weeks=1) if back < 0 else saturday


def _in_n(m: re.Match[str], anchor: date | None) -> Norm:
    """After a future cue, "in five years": the anchor moved ahead by that many units, at that
    unit's precision; elsewhere ("the worst in five years") a duration, not a date."""
    if not _ahead(m):
        return None, None, None
    n, unit = number(m.group("n")), m.group("unit").lower()
    if anchor is None:
        return None, unit, None
    if unit == "day":
        return anchor + timedelta(days=n), "day", None
    if unit == "week":
        return monday(anchor + timedelta(weeks=n)), "week", None
    if unit == "month":
        return months_back(anchor, -n), "month", None
    return date(anchor.year + n, 1, 1), "year", None


def _weekend_ahead(m: re.Match[str], anchor: date | None) -> Norm:
    """The coming weekend: "ahead of the weekend", "before the weekend" (the one under way on a weekend)."""
    if anchor is None:
        return None, "weekend", None
    return anchor + timedelta(days=5 - anchor.weekday()), "weekend", None  # its Saturday


def _recent(m: re.Match[str], anchor: date | None) -> Norm:
    return (anchor - timedelta(days=6) if anchor else None), "week", None


RULES: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (RANGE_DM, _absolute),
    (RANGE_MD, _absolute),
    (ISO, _absolute),
    (US, _absolute),
    (DMY, _absolute),
    (MDY, _absolute),
    (MY, _absolute),
    (MONTH_OF_YEAR, _month_of_year),
    (MONTH_REL, _month_rel),
    (BARE_MONTH, _absolute),
    (BARE_YEAR, _bare_year),
    (OLD_YEAR, _bare_year),
    (LONE_YEAR, _bare_year),
    (SPELLED_YEAR, spelled),
    (MONTH_SPELLED, month_spelled),
    (SEASON_SPELLED, season_spelled),
    (HALF, half),
    (CURRENT_QUARTER, current_quarter),
    (YEAR_QUARTER, year_quarter),
    (WEEK_OF, week_of(_absolute)),
    (DECADE_REF, decade_ref),
    (THE_YEAR, _the_year),
    (YEAR_END, _year_end),
    (LAST_YEAR_OF, _last_year_of),
    (NTH_DAY, offset_from_anchor(0)),
    (WEEKDAY, _weekday),
    (SAME_DAY, offset_from_anchor(0)),
    (DAY_WORDS, day_words),
    (YEAR_AGO, _year_ago),
    (AGO, ago),
    (EVENT_OFFSET, event_offset),
    (EVENT_N, event_n),
    (ANAPHOR, anaphor),
    (LATER, anaphor),
    (PERIOD, _period),
    (RECENT, _recent),
    (IN_N, _in_n),
    (WEEKEND_AHEAD, _weekend_ahead),
    (QUARTER, _quarter),
    (QUARTER_REF, _quarter_ref),
    (SEASON, _season),
    (DECADE, _decade),
    (DECADE_SHORT, _decade_short),
    (CENTURY, _century),
    (HOLIDAY, _holiday),
    (REFERENCE, vague),
)


def find_timexes(text: str, anchor: date | None, join_ranges: bool = True) -> list[Timex]:
    """Temporal expressions in ``text`` with character offsets, normalised against ``anchor``.

    A range ("from Aug. 26 to Oct. 20") is one timex valued as its start; with ``join_ranges``
    False its two ends stay two timexes, as TimeML annotates them (a range of days in one month,
    "April 24 and 25", too: "April 24" and "25", each valued)."""
    if not CUES.search(text):
        return []
    found = list(_candidates(text, anchor))
    kept: list[Timex] = []
    for t in sorted(found, key=lambda t: (t.start - t.end, t.start)):
        if all(t.end <= k.start or t.start >= k.end for k in kept):
            kept.append(t)
    kept = resolve_anaphors(sorted(kept, key=lambda t: t.start))
    return _join_ranges(text, kept) if join_ranges else [e for t in kept for e in _day_range_ends(t)]


def _candidates(text: str, anchor: date | None) -> Iterator[Timex]:
    for pattern, handler in RULES:
        for m in pattern.finditer(text):
            start, end = _span(m)
            if text[end - 1] == "." and text[start : end - 1].split()[-1].lower() in FULL_MONTHS:
                end -= 1  # "in May." ends a sentence; only "Aug." and the like carry their dot
            value, precision, relative = handler(m, anchor)
            if precision is not None or relative is not None:
                yield Timex(start, end, text[start:end], value, precision, relative)


_TO = r"\s*(?:-|–|and|to|until)\s*"
DAY_RANGES = (  # the two ends of "24 to 25 April", "April 24 and 25" ("between", "from" left out)
    re.compile(rf"(?P<first>[0-3]?\d(?:st|nd|rd|th)?){_TO}(?P<second>{DAY}\s+(?:of\s+)?{MON}.*)$"),
    re.compile(rf"(?P<first>{MON}\s+[0-3]?\d(?:st|nd|rd|th)?){_TO}(?P<second>{DAY}.*)$"),
)


def _day_range_ends(t: Timex) -> list[Timex]:
    """A range of days in one month ("April 24 and 25") as its two ends, each valued."""
    lead = RANGE_START_AT.match(t.text)
    at = lead.end() if lead else 0
    m = next((found for r in DAY_RANGES if (found := r.match(t.text, at))), None)
    if m is None or t.value is None or t.precision != "day":
        return [t]
    first, second = m.span("first"), m.span("second")
    last_day = make_date(t.value.year, t.value.month, int(m.group("d")))
    if last_day is None:
        return [t]
    return [
        Timex(t.start + first[0], t.start + first[1], t.text[first[0] : first[1]], t.value, "day"),
        Timex(t.start + second[0], t.start + second[1], t.text[second[0] : second[1]], last_day, "day"),
    ]


def _span(m: re.Match[str]) -> tuple[int, int]:
    """The words a match means: its ``x`` group where the pattern has one, else all of it."""
    return m.span("x") if "x" in m.re.groupindex else m.span()


def _join_ranges(text: str, timexes: list[Timex]) -> list[Timex]:
    """A range, "between X and Y" or "from X to Y": one timex from X's start to Y's end, valued as X."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.relative_to_event is None
            and RANGE_GAP.match(text[prev.end : t.start])
            and RANGE_START.search(text[: prev.start])
        ):
            start = RANGE_START.search(text[: prev.start]).start()  # type: ignore[union-attr]
            precision = prev.precision if prev.value is not None else t.precision
            out[-1] = Timex(start, t.end, text[start : t.end], prev.value or t.value, precision)
        else:
            out.append(t)
    return out

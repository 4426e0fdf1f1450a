"""Dates: the temporal expressions in an article's sentences, normalised against its date.

Pure text functions (regular expressions and small tables), compiled once at import.

``find_timexes`` finds dates in a sentence and normalises them against the article's date (the
anchor). A ``Timex.value`` is always the first day of the period meant:

- day: the day itself ("August 8", "on Sunday", "yesterday", "two days ago", "today is the fifth
  day of the strike"); "year-end", "year's end": December 31st of the anchor's year ("since
  year-end", or after a verb in the past tense, the latest one gone);
- day also for holidays by name ("Thanksgiving Day", "Christmas Eve", "Election Day", "Easter",
  "Good Friday": the one nearest the anchor as for a date without a year, "next Christmas" the
  coming one, "last Easter" the latest before the anchor; "Easter week" (taken as Holy Week), "Holy Week": a week);
- week: weeks run Monday to Sunday, the value is the Monday ("last week", "this week", "earlier
  this week", "two weeks ago"); "in the past week", "this past week" mean the seven days ending on the anchor, so
  its value is the anchor minus six days ("this past month", "this past year": the month or year holding most
  of the thirty days or twelve months ending on the anchor); weekend: its Saturday ("over the weekend", "this past
  weekend", "the weekend attack" the one just gone or under way; "ahead of
  the weekend", "next weekend" and, on a weekday, "this weekend" the coming one, unless a verb in
  the past tense around it puts it behind: "fighting this weekend killed 20");
- after a future cue, "in five years" (or days, weeks, months): the anchor moved ahead, at that
  unit's precision ("the worst in five years", "will be the first vote in five years" are spans, not dates);
- month: the 1st ("March 2011", "last month", "in August", "for January", "December's", "June last
  year"; "last February" the latest February before the anchor's month, "next April" the first
  after it); year: January 1st ("in 2011", "his 2011 campaign", "between 1985 and 1987", a year
  standing alone but not a count such as "2000 people", "in 1898", "post-1959", "nineteen
  ninety-six", "next year", "the year", "the fiscal year"; "the latest fiscal year" the one before);
- quarter ("the third quarter", "fourth-quarter": the latest one begun by the anchor; "the
  quarter", "the latest quarter": the latest one completed, as a company report means it; "the
  year-ago quarter": that one a year before; "a year earlier" after talk of a quarter: the quarter
  named last, else the latest completed, a year before; else the year before), season ("last summer": its first month,
  March/June/September/December; "the summer": the latest one begun), decade ("the 1990s"; "the
  nineties", "the '80s": the latest such decade begun by the anchor) and century ("the 20th
  century": 1900, "this century");
- vague references have no value, only a precision saying the side: "present", "past", "future".

A weekday is the latest such day on or before the anchor (the anchor itself when it is that
weekday); "last Sunday" is strictly before it, "next"/"coming Sunday" strictly after ("the previous
Sunday", "the following Sunday" count from the day the text named last, see ``timex_refs``; "the
following Sunday" with no day named before it has no value), and a plain weekday after a future cue
("will meet Monday", "set to resume Monday", "postponed until Monday", "as early as Monday"), or
opening a clause that goes on in the future ("On Monday, the union will ...", "Starting Oct. 1, ferries
will ..."), or ending a span from
the present with no verb in the past tense ("in force until Tuesday"), the next one. A future cue
governs a date within ``CUE_WORDS`` words of its clause (a modal or a schedule, "will", "planned",
within ``FAR_CUE_WORDS``, no relative or subordinate clause between) and with no verb in the past
tense between them ("they would appeal the ruling, announced Monday" is the past Monday); "set" and
"plan" are cues only as verbs of intent ("set to", "plans to"), not in "set a record on Aug. 6",
"announced the plan Aug. 21". A date without a year ("August 8") is the occurrence nearest the
anchor, the past favoured (``PAST_BIAS``, ``FUTURE_REACH_DAYS``, twice as far for the end of a span:
"until March 6", "through January"); after a future cue ("payable Jan. 2", "next Oct. 23", "the
leaders meet Monday") or a commitment to an act ("agreed to buy the plant in January", not for a
weekday) the next one; ending a span from the present with no past tense nor perfect ("a program to
pay down the loan by February", not "has fallen 2% this year through Oct. 19") not one more than
``FUTURE_SLACK_DAYS`` gone; after a verb in the past tense within ``PAST_WORDS`` words of its phrase
("changed its fiscal year in December", "the quarter ended Oct. 31", "last Oct. 23"), not one of a
relative clause the date is outside ("Lawmakers who won seats take office on April 10"), the latest
one not after the anchor (give or take ``PAST_LAG_DAYS``, a story a day ahead of its dateline); with
its weekday ("Saturday, April 25") the year that makes it that weekday, of the years the tense
allows ("will be held on Tuesday, April 2" is not a past one; none fitting, the tense decides).
References to another date of the text are in ``timex_refs``: "the day before", "two days later"
relative to the event they follow (``relative_to_event``, applied with ``resolve_relative``), or
to the date right after them ("the day before last Tuesday" is one timex, Monday); "that year", "the following month",
"later that day" valued from the latest earlier date of the text (a post-pass over the timexes
found); "today", "yesterday", "two days ago" counted from the anchor; "now", "in the past" vague
references. A range ("between August 8 and 10", "from March to May 2014") or "since March 2011"
gives one timex whose value is the start of the range. Without an anchor, expressions that need one
keep their precision and get value None. Spelled-out years, half-years, quarters, "the week of March
6", "Wednesday last week" and "the last decade" are in ``timex_periods``; the tense cues that put a
date ahead or behind in
``timex_tense``; holidays in ``timex_holidays``; ranges in ``timex_ranges``; the part of the day or
clock time the words next to a day give it ("Monday night", "9 a.m. Tuesday"), which TimeML writes
and event records leave out, in ``timex_times``."""

from __future__ import annotations

import re
from collections.abc import Iterator
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
from eventwire.stages.timex_holidays import holiday
from eventwire.stages.timex_periods import (
    CURRENT_QUARTER,
    DAY_OF_WEEK,
    DECADE_REF,
    HALF,
    MONTH_SPELLED,
    QUARTER,
    QUARTER_REF,
    SEASON_SPELLED,
    SPELLED,
    SPELLED_YEAR,
    TENS,
    WEEK_OF,
    YEAR_AGO,
    YEAR_QUARTER,
    current_quarter,
    day_of_week,
    decade_ref,
    half,
    month_spelled,
    quarter,
    quarter_ref,
    season_spelled,
    spelled,
    week_of,
    year_ago,
    year_quarter,
)
from eventwire.stages.timex_ranges import day_range_ends, join_spans
from eventwire.stages.timex_refs import (
    AGO,
    AGO_DAY,
    ANAPHOR,
    DAY_WORDS,
    EVENT_N,
    EVENT_OFFSET,
    LATER,
    NUM,
    REFERENCE,
    SAME_DAY,
    SOON,
    Handler,
    Norm,
    ago,
    ago_day,
    anaphor,
    day_words,
    event_n,
    event_offset,
    join_offsets,
    monday,
    months_back,
    number,
    offset_from_anchor,
    resolve_anaphors,
    resolve_relative,
    soon,
    vague,
)
from eventwire.stages.timex_tense import (
    committed_ahead,
    counted_since,
    in_year_near,
    long_gone,
    meant_span,
    open_end_ahead,
    open_span_ahead,
    past_after,
    ranked_span,
    said_ahead,
    said_behind,
    span_end,
    tense_allows,
)

__all__ = ["find_timexes", "parse_date_string", "publication_date", "resolve_relative", "url_date"]

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
    rf"|\b(?=(?:{alternation(list(MONTHS))})'s\b))(?P<x>{MON})"
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
SEASON = re.compile(
    _I(
        r"\b(?:(?P<which>last|this|next|this past|this coming)\s+(?:(?:early|late)\s+)?"
        r"(?P<s>spring|summer|fall|autumn|winter)\b|(?:the\s+)?(?:(?:early|late)\s+)?"
        r"(?P<s2>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?!\d)|"
        r"\bthe\s+(?:(?:early|late)\s+)?(?P<s3>spring|summer|autumn|winter)\b(?!\s+(?:of\s+)?\d))"
    )
)
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
        r"\b(?:(?P<which>last|this past|this|earlier this|later this|the past|the previous|next|the coming)\s+"
        r"(?P<unit>week|month|year|weekend)|(?P<wkend>over the weekend|at the weekend))\b"
    )
)
IN_N = re.compile(
    _I(rf"\bin\s+{NUM}\s+(?P<unit>day|week|month|year)s?(?:'?\s+time)?(?![\w-])(?!\s+(?:old|ago|earlier|later)\b)")
)
# "will be redeemed in five years": counted ahead from the anchor, only after a future cue
WEEKEND_AHEAD = re.compile(_I(r"\b(?:ahead\s+of|before|until|by)\s+the\s+weekend\b"))  # the coming weekend
WEEKEND_NOUN = re.compile(  # "the weekend attack", "after a weekend shooting": the latest; not "a weekend market"
    _I(
        r"(?:\bthe\s+|(?<=\bafter\s)(?:a\s+)?|(?<=\bfollowing\s)(?:a\s+)?|(?<=\bin\s))weekend(?=\s+[a-z]{3,})"
        r"(?!\s+(?:of|and|or|for|in|at|on|to|as|was|is|when|before|after)\b)"
    )
)
RECENT = re.compile(_I(r"\b(?:in the (?:past|last) (?:week|seven days))\b"))
CUES = re.compile(
    r"\d|day|week|month|year|hour|minute|moment|shortly|centur|decade|ties\b|night|morning|nineteen|thousand|soon|term|period|thanksgiving|christmas|halloween|easter|later\sdate|afternoon|evening|\beve\b|recent|tomorrow|now|current|present|past|"
    rf"previous|former|future|coming|quarter|spring|summer|fall|autumn|winter|{alternation(list(MONTHS))}",
    re.IGNORECASE,
)  # a text without one of these has no timex: skip the patterns


WEEKDAY_FIRST = re.compile(rf"({WD})\b", re.IGNORECASE)


def _absolute(m: re.Match[str], anchor: date | None) -> Norm:
    groups = m.groupdict()
    day = int(groups["d1"] if groups.get("d1") else groups["d"]) if groups.get("d") else None
    month = month_of(m)
    year = year_of(groups.get("y"))
    if year is not None:
        return make_date(year, month, day), "day" if day else "month", None
    ahead = said_ahead(m) or committed_ahead(m)
    behind = not ahead and (said_behind(m) or counted_since(m))
    if anchor is not None and day is not None and (named := WEEKDAY_FIRST.match(m.group())):
        wanted = WEEKDAYS.index(named.group(1).lower())  # "Saturday, April 25": the year that makes it one
        fits = [  # of the years the tense allows ("will be held on Tuesday, April 2": not a past one)
            d
            for y in range(anchor.year - 1, anchor.year + 2)
            if (d := make_date(y, month, day)) and d.weekday() == wanted and tense_allows(d, anchor, ahead, behind)
        ]
        if len(fits) == 1:
            return fits[0], "day", None
    when = in_year_near(anchor, month, day, ahead, behind, span_end(m))
    if not (ahead or behind) and long_gone(when, day, anchor) and open_end_ahead(m):
        when = in_year_near(anchor, month, day, True)  # "a program to pay down the loan by February"
    return when, "day" if day else "month", None


def _bare_year(m: re.Match[str], anchor: date | None) -> Norm:
    return date(int(m.group("x")), 1, 1), "year", None


def _month_of_year(m: re.Match[str], anchor: date | None) -> Norm:
    if anchor is None:
        return None, "month", None
    shift = {"this": 0, "last": -1, "next": 1}[m.group("which").lower()]
    return date(anchor.year + shift, month_of(m), 1), "month", None


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
    back = m.group("since") or said_behind(m)
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
    if not mod and (said_ahead(m) or open_span_ahead(m)):
        return anchor + timedelta(days=(wanted - anchor.weekday()) % 7), "day", None  # "in force until Tuesday"
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
    if which == "this past" and unit == "week":  # as "in the past week": the seven days ending on the anchor
        return anchor - timedelta(days=6), "week", None
    if which == "this past" and unit == "month":  # the thirty days ending on the anchor: the month holding most
        back = 0 if anchor.day >= 15 else 1
    elif which == "this past" and unit == "year":  # the twelve months ending on the anchor: the year holding most
        back = 0 if anchor.month > 6 else 1
    elif which == "this past":  # "this past weekend": the one just gone (or under way)
        back = 0
    if unit == "weekend":
        if which == "this" and anchor.weekday() < 5 and not (said_behind(m) or past_after(m)):
            back = -1  # "talks this weekend" on a weekday: the coming one; "fighting this weekend killed" the one gone
        elif m.group("wkend") and said_ahead(m) and anchor.weekday() < 5:
            back = -1  # "talks will go on over the weekend" on a weekday: the coming one
        return _weekend(anchor, back), "weekend", None
    if unit == "week":
        return monday(anchor) - timedelta(weeks=back), "week", None
    if unit == "month":
        return months_back(anchor, back), "month", None
    return date(anchor.year - back, 1, 1), "year", None


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
    unit's precision; elsewhere ("the worst in five years", "will be the first vote in five years") a span."""
    if not said_ahead(m) or ranked_span(m):  # "will be the first election in five years": a span
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


def _weekend_noun(m: re.Match[str], anchor: date | None) -> Norm:
    """ "The weekend attack": the weekend just gone (or under way); after a future cue on a weekday
    ("will attend a weekend rally") the coming one."""
    if anchor is None:
        return None, "weekend", None
    return _weekend(anchor, -1 if said_ahead(m) and anchor.weekday() < 5 else 0), "weekend", None


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
    (DAY_OF_WEEK, day_of_week),
    (DECADE_REF, decade_ref),
    (THE_YEAR, _the_year),
    (YEAR_END, _year_end),
    (LAST_YEAR_OF, _last_year_of),
    (NTH_DAY, offset_from_anchor(0)),
    (WEEKDAY, _weekday),
    (SAME_DAY, offset_from_anchor(0)),
    (DAY_WORDS, day_words),
    (YEAR_AGO, year_ago),
    (AGO, ago),
    (AGO_DAY, ago_day),
    (EVENT_OFFSET, event_offset),
    (EVENT_N, event_n),
    (SOON, soon),
    (ANAPHOR, anaphor),
    (LATER, anaphor),
    (PERIOD, _period),
    (RECENT, _recent),
    (IN_N, _in_n),
    (WEEKEND_AHEAD, _weekend_ahead),
    (WEEKEND_NOUN, _weekend_noun),
    (QUARTER, quarter),
    (QUARTER_REF, quarter_ref),
    (SEASON, _season),
    (DECADE, _decade),
    (DECADE_SHORT, _decade_short),
    (CENTURY, _century),
    (HOLIDAY, holiday),
    (REFERENCE, vague),
)


def find_timexes(text: str, anchor: date | None, join_ranges: bool = True) -> list[Timex]:
    """Temporal expressions in ``text`` with character offsets, normalised against ``anchor``.

    A range ("from Aug. 26 to Oct. 20") is one timex valued as its start; with ``join_ranges``
    False its two ends stay two timexes, as TimeML annotates them (a range of days in one month,
    "April 24 and 25", too: "April 24" and "25", each valued)."""
    return finish_timexes(text, scan_timexes(text, anchor), join_ranges)


def scan_timexes(text: str, anchor: date | None) -> list[Timex]:
    """The expressions of ``text``, references not yet valued from the dates before them: the
    longest where matches overlap, in text order."""
    if not CUES.search(text):
        return []
    kept: list[Timex] = []
    for t in sorted(_candidates(text, anchor), key=lambda t: (t.start - t.end, t.start)):
        if all(t.end <= k.start or t.start >= k.end for k in kept):
            kept.append(t)
    return sorted(kept, key=lambda t: t.start)


def finish_timexes(text: str, scanned: list[Timex], join_ranges: bool = True) -> list[Timex]:
    """``find_timexes`` from ``scan_timexes``: references valued, ranges joined. ``scanned`` may be
    the part of a larger text's scan that falls in ``text``, its offsets moved into ``text``."""
    kept = join_offsets(text, resolve_anaphors(scanned))
    return join_spans(text, kept) if join_ranges else [e for t in kept for e in day_range_ends(t)]


def _candidates(text: str, anchor: date | None) -> Iterator[Timex]:
    for pattern, handler in RULES:
        for m in pattern.finditer(text):
            start, end = meant_span(m)
            if text[end - 1] == "." and text[start : end - 1].split()[-1].lower() in FULL_MONTHS:
                end -= 1  # "in May." ends a sentence; only "Aug." and the like carry their dot
            value, precision, relative = handler(m, anchor)
            if precision is not None or relative is not None:
                yield Timex(start, end, text[start:end], value, precision, relative)

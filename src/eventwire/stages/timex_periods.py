"""Periods: spelled-out years, half-years, a company report's quarters, weeks and decades by reference.

Patterns and handlers used by ``dates.find_timexes`` (each value is the first day of the period):

- years read aloud, as in broadcast transcripts: "nineteen ninety-six", "the year two thousand"
  (a year); with a month or a season: "January nineteen ninety-seven" (a month), "the winter of
  nineteen ninety-four" (a season);
- half-years (precision "half", TimeML ``1990-H1``): "the first half of 1990", "the second half of
  this year", "the first half of the year 2000" (that year, not the anchor's), "the first two
  quarters of 1990"; January 1st or July 1st;
- quarters: "the third quarter" is the latest one that began by the anchor; "the current quarter"
  the one holding the anchor; "the latest quarter" the latest one completed; "the 1988 quarter" (and
  "the 1988 period" where the text before it speaks of a quarter) the quarter of that year a report
  covers, the same one of the year as the latest quarter completed by the anchor; "a year ago" where
  the text speaks of a quarter, the quarter it named last (else the latest completed) a year back;
- "the week of March 6": that day's week (its Monday); "Wednesday last week", "Friday of next
  week": that day of the week before (or after) the anchor's, "Monday this week" of the anchor's;
- "the last decade", "the previous decade": the decade before the anchor's; "this decade" its own.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.stages.article_date import DAY, MON, WD, WEEKDAYS, YEAR, make_date, month_of, year_of
from eventwire.stages.timex_refs import Handler, Norm, monday, months_back

_I = "(?i:{})".format

TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
UNITS = "one|two|three|four|five|six|seven|eight|nine"
SPELLED = {w: i + 1 for i, w in enumerate(UNITS.split("|"))}
SPELLED.update({w: i + 10 for i, w in enumerate(TEENS.split("|"))})
SPELLED.update({w: (i + 2) * 10 for i, w in enumerate(TENS.split("|"))})

_NINETEEN = rf"(?P<c19>nineteen)[- ](?:(?P<tens>{TENS})(?:[- ](?P<unit>{UNITS}))?|(?P<teen>{TEENS}))"
_TWO_THOUSAND = rf"(?P<c20>two thousand)(?:(?:\s+and)?[- ](?P<unit2>{UNITS}|{TEENS}))?"
_YEAR_WORDS = rf"(?:{_NINETEEN}|{_TWO_THOUSAND}(?!\s+[A-Za-z]))"
# after a month or season "two thousand" is a year only when no word follows it ("In March two
# thousand protesters marched" is a crowd, "June two thousand five hundred soldiers" a count)
SPELLED_YEAR = re.compile(
    _I(rf"\b(?:{_NINETEEN}|(?:the\s+year\s+|(?<=\bin ))" + _TWO_THOUSAND + r")\b")
)  # "nineteen ninety-six", "the year two thousand"
MONTH_SPELLED = re.compile(rf"\b{MON},?\s+(?:of\s+)?{_I(_YEAR_WORDS)}\b")  # "January nineteen ninety-seven"
SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
SEASON_SPELLED = re.compile(
    _I(rf"\b(?:the\s+)?(?:(?:early|late)\s+)?(?P<s>spring|summer|fall|autumn|winter)\s+(?:of\s+)?{_YEAR_WORDS}\b")
)  # "the winter of nineteen ninety-four"

HALF = re.compile(
    _I(
        r"\b(?:the\s+)?(?:(?P<h>first|second|last|latter)[- ]half|(?P<q>first|last)\s+two\s+quarters)\s+(?:of\s+)?"
        r"(?:(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)(?!\d)|(?P<which>this|last|next)\s+year\b|"
        r"the\s+(?:current\s+|fiscal\s+)?year(?:\s+(?P<y2>(?:19|20)\d\d)(?!\d)|"
        rf"\s+(?P<words>two\s+thousand(?:(?:\s+and)?[- ](?:{UNITS}|{TEENS}))?)|\b))"
    )
)  # "the first half of 1990", "the second half of this year", "the first half of the year 2000"
CURRENT_QUARTER = re.compile(_I(r"\b(?:the\s+)?(?:current|present)\s+(?:fiscal\s+)?quarter(?![\w-])"))
YEAR_QUARTER = re.compile(
    _I(r"\bthe\s+(?P<y>(?:19|20)\d\d)\s+(?:fiscal\s+)?(?P<unit>quarter|period)(?![\w-])(?!\s+finals?\b)")
)  # "the 1988 quarter": the same quarter of 1988 as the one a report covers
QUARTER_CONTEXT = re.compile(
    r"\b(?P<before>[\w-]+\s+)?quarters?\b(?P<of>\s+of\s+(?:the\s+)?(?-i:[A-Z]))?", re.IGNORECASE
)
# a part of a town, not of the year: "the Christian quarter of Aleppo", "the old quarter"
TOWN_QUARTER = frozenset(
    "old residential diplomatic historic commercial eastern western northern southern central".split()
)
FUNCTION_WORDS = frozenset("the a an in for of during its their his her our this that each every per one to".split())
ORDINALS = frozenset("first second third fourth final last latest current fiscal same previous prior".split())
QUARTER_REACH = 2000  # how far back (characters) a quarter spoken of makes "period" a quarter
WEEK_OF = re.compile(rf"\b(?:(?i:the)\s+)?(?i:week)\s+(?i:of)\s+{MON}\s+{DAY}(?:,?\s+{YEAR})?")
DAY_OF_WEEK = re.compile(
    _I(rf"\b(?P<wd>{WD}),?\s+(?:of\s+)?(?P<which>last|this|next)\s+week\b")
)  # "Wednesday last week", "Friday of next week"
DECADE_REF = re.compile(_I(r"\b(?:the\s+(?P<back>last|previous)|(?P<this>this))\s+decade(?![\w-])(?!\s+of\b)"))


def spelled_year(m: re.Match[str]) -> int:
    words = [(m.group(k) or "").lower() for k in ("tens", "unit", "teen", "unit2")]
    return (1900 if m.group("c19") else 2000) + sum(SPELLED.get(w, 0) for w in words)


def spelled(m: re.Match[str], anchor: date | None) -> Norm:
    return date(spelled_year(m), 1, 1), "year", None


def month_spelled(m: re.Match[str], anchor: date | None) -> Norm:
    return date(spelled_year(m), month_of(m), 1), "month", None


def season_spelled(m: re.Match[str], anchor: date | None) -> Norm:
    return date(spelled_year(m), SEASON_MONTHS[m.group("s").lower()], 1), "season", None


def half(m: re.Match[str], anchor: date | None) -> Norm:
    """A half-year: January 1st for the first half, July 1st for the second."""
    month = 1 if (m.group("h") or m.group("q")).lower() == "first" else 7
    year = year_of(m.group("y") or m.group("y2"))
    if year is None and m.group("words"):  # "the year two thousand (and) one"
        named = SPELLED_YEAR.match("the year " + m.group("words"))
        year = spelled_year(named) if named else None
    if year is None and anchor is not None:
        year = anchor.year + {"last": -1, "next": 1}.get((m.group("which") or "").lower(), 0)
    return (date(year, month, 1) if year else None), "half", None


def last_quarter(anchor: date) -> date:
    """The first day of the latest quarter completed by the anchor (the one a report covers)."""
    return months_back(date(anchor.year, 3 * ((anchor.month - 1) // 3) + 1, 1), 3)


def speaks_of_quarter(m: re.Match[str], start: int | None = None) -> bool:
    """The text shortly before the match (from ``start`` when given) speaks of a quarter of the year,
    not of a town."""
    found = QUARTER_CONTEXT.finditer(m.string, max(0, m.start() - QUARTER_REACH) if start is None else start, m.start())
    return any(_of_the_year(q) for q in found)


def _of_the_year(q: re.Match[str]) -> bool:
    """A quarter of the year, not a part of a town: not "quarter of" a name ("the quarter of Bab
    Amr"), nor after a name or a word for a part of a town ("the Christian quarter", "the old quarter")."""
    word = (q.group("before") or "").strip().lower()
    if word in TOWN_QUARTER or (q.group("of") and word not in ORDINALS):
        return False
    named = (q.group("before") or "")[:1].isupper() and word not in ORDINALS | FUNCTION_WORDS
    return not named


def current_quarter(m: re.Match[str], anchor: date | None) -> Norm:
    if anchor is None:
        return None, "quarter", None
    return date(anchor.year, 3 * ((anchor.month - 1) // 3) + 1, 1), "quarter", None


def year_quarter(m: re.Match[str], anchor: date | None) -> Norm:
    """A year's quarter ("the 1988 quarter"): the quarter of 1988 that matches the latest one
    completed by the anchor; "the 1988 period" only where a quarter is being spoken of, else the year."""
    year = int(m.group("y"))
    if m.group("unit").lower() == "period" and not speaks_of_quarter(m):
        return date(year, 1, 1), "year", None
    if anchor is None:
        return None, "quarter", None
    return date(year, last_quarter(anchor).month, 1), "quarter", None


def week_of(day_handler: Handler) -> Handler:
    """A day's week ("the week of March 6"): the Monday of the day ``day_handler`` values."""

    def handler(m: re.Match[str], anchor: date | None) -> Norm:
        day = day_handler(m, anchor)[0]
        return (day - timedelta(days=day.weekday()) if day else None), "week", None

    return handler


def day_of_week(m: re.Match[str], anchor: date | None) -> Norm:
    """That weekday in the week before the anchor's ("Wednesday last week"), its own, or the next."""
    if anchor is None:
        return None, "day", None
    shift = {"last": -1, "this": 0, "next": 1}[m.group("which").lower()]
    day = WEEKDAYS.index(m.group("wd").lower())
    return monday(anchor) + timedelta(weeks=shift, days=day), "day", None


def decade_ref(m: re.Match[str], anchor: date | None) -> Norm:
    if anchor is None:
        return None, "decade", None
    return date(anchor.year // 10 * 10 - (10 if m.group("back") else 0), 1, 1), "decade", None


QUARTER = re.compile(
    _I(
        r"\b(?:(?P<rel>year-ago|year-earlier|next year's|last year's|this year's)\s+)?"
        r"(?:(?P<y1>(?:19|20)\d\d)\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?!ly)"
        r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?"
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
QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
QUARTER_SHIFT = {"year-ago": -1, "year-earlier": -1, "last year's": -1, "next year's": 1, "this year's": 0}


def quarter(m: re.Match[str], anchor: date | None) -> Norm:
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


def quarter_ref(m: re.Match[str], anchor: date | None) -> Norm:
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


def year_ago(m: re.Match[str], anchor: date | None) -> Norm:
    """The period under discussion a year back ("a year ago", "a year earlier", "year-earlier"): where
    the text before it speaks of a quarter, the quarter it named last ("fourth-quarter profit fell
    from $2 million a year earlier") or else the latest one completed, a year back; else the year before."""
    if anchor is None:
        return None, "year", None
    if speaks_of_quarter(m, _sentence_before(m.string, m.start())):
        return months_back(named_quarter(m, anchor) or last_quarter(anchor), 12), "quarter", None
    return date(anchor.year - 1, 1, 1), "year", None


SENTENCE_END = re.compile(r"[.!?][\"')\u201d]?\s+(?=[\"\u201c(]?[A-Z])|\n\s*\n")


def _sentence_before(text: str, pos: int) -> int:
    """Where the sentence before the one holding ``pos`` starts."""
    ends = [e.end() for e in SENTENCE_END.finditer(text, max(0, pos - QUARTER_REACH), pos)]
    return ends[-2] if len(ends) >= 2 else max(0, pos - QUARTER_REACH)


def named_quarter(m: re.Match[str], anchor: date | None) -> date | None:
    """The quarter the text named last before the match ("fourth-quarter"), unless a reference to
    the latest one ("the quarter", "the 1989 period") came after it."""
    reach = max(0, m.start() - QUARTER_REACH)
    named = [q for q in QUARTER.finditer(m.string, reach, m.start()) if not q.group("rel")]
    refs = [r.end() for p in (QUARTER_REF, YEAR_QUARTER) for r in p.finditer(m.string, reach, m.start())]
    return quarter(named[-1], anchor)[0] if named and not any(r > named[-1].end() for r in refs) else None

"""Dates written out in full, and the article's own date.

The month and weekday tables and the patterns of absolute dates ("26 August 2014", "Aug. 26",
"2014-08-26", "8/26/14") that :mod:`eventwire.stages.dates` builds on, and:

``publication_date`` reads the article's first lines: a labelled line ("Last updated: 26 August,
2014", "Published: 2014-08-26", "Updated Aug. 26, 2014 10:32 a.m."), a wire dateline ("BAGHDAD, Aug
26 (Reuters) -", "BEIRUT, 26 August 2014 (AFP) -", "SAN SALVADOR, 3 JAN 90 --", "DAYTON, Ohio (Jan.
4, 2016) -", "Monday, January 4, 2016 DAYTON, Ohio --") or a line that is only a date. It never
guesses: a copyright year or a bare year is not a day. A dateline without a year takes the year of
the article's copyright line or, failing that, of a full date the text gives within a few weeks of
the dateline's day ("KABUL, Aug 25 - ... after the Aug. 20, 2014 election"); a year named alone
("violence since 2012") is background, never the story's year, and then it gives nothing.

``url_date`` reads the publication day many news sites write into their URLs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from functools import lru_cache

HEADER_LINES = 8
MONTH_NAMES = "january february march april may june july august september october november december"
FULL_MONTHS = frozenset(MONTH_NAMES.split())
MONTHS: dict[str, int] = {name: i + 1 for i, name in enumerate(MONTH_NAMES.split())}
MONTHS.update({name[:3]: i + 1 for i, name in enumerate(MONTH_NAMES.split())})
MONTHS["sept"] = 9
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def alternation(words: list[str]) -> str:
    """Title-case and upper-case forms, longest first, so "August" wins over "Aug"."""
    forms = [w.title() for w in words] + [w.upper() for w in words]
    return "|".join(sorted(set(forms), key=len, reverse=True))


MON = rf"(?P<mon>{alternation(list(MONTHS))})(?![A-Za-z])\.?"
DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?P<y>(?:1[89]|20)\d\d)(?!\d)"
WD = alternation(list(WEEKDAYS))
WD_PREFIX = rf"(?:(?:{WD}),?\s+(?:the\s+)?)?"
DMY = re.compile(rf"\b{WD_PREFIX}{DAY}\s+(?:of\s+)?{MON}(?:,?\s+{YEAR})?")
MDY = re.compile(rf"\b{WD_PREFIX}{MON}\s+(?:the\s+)?{DAY}(?:,?\s+{YEAR})?(?!\d|:\d)")
MY = re.compile(rf"\b{MON},?\s+(?:of\s+)?{YEAR}")
ISO = re.compile(r"\b(?P<y>(?:1[89]|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)")
US = re.compile(r"\b(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])")
MUC = re.compile(rf"\b{DAY}\s+{MON}\s+(?P<y>\d\d)(?!\d)")
DAY_PATTERNS = (ISO, DMY, MDY, US)
LABEL = re.compile(
    r"^\W*(?P<label>last[ -]updated|last[ -]modified|updated|first[ -]published|published|posted|date)"
    r"\b\s*(?:on|at)?\s*[:\-–—|]?\s*",
    re.IGNORECASE,
)
PLACE_BEFORE = re.compile(r"^\s*[A-Z][\w .,'’/&-]{0,60}(?:,|\s\(\s?)\s*$")  # "BEIRUT," or "INDIANAPOLIS, Ind. ("
AFTER_DATELINE = re.compile(r"^\s*\)?\s*(?:/\w+/\s*)?(?:\(|--|—|–|-|:)")
PLACE_AFTER = re.compile(r"^\s+[A-Z][A-Z .'’-]{2,40}\b(?:,\s*[A-Z][\w. ]{1,20})?\s*(?:\(|--|—|–|-)")
TIME_TAIL = re.compile(
    r"^[\s,|]*(?:at\s+)?(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)?\s*"
    r"(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*)?\s*$",
    re.IGNORECASE,
)
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?(?P<y>(?:19|20)\d\d)", re.I)
ISO_PREFIX = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")
COMPACT = re.compile(r"^\s*((?:19|20)\d\d)(\d\d)(\d\d)\s*$")


# ------------------------------------------------------------------ absolute dates


def year_of(text: str | None) -> int | None:
    """A year as written: four digits, or two (MUC style "90": 1950-2049 pivot)."""
    if not text:
        return None
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= 50 else 2000
    return year


def month_of(m: re.Match[str]) -> int:
    groups = m.groupdict()
    if groups.get("mon"):
        return MONTHS[groups["mon"].lower().rstrip(".")]
    return int(groups["m"])


def make_date(year: int | None, month: int, day: int | None) -> date | None:
    """The date, or None when it is not a real calendar day or the year is unknown."""
    if year is None:
        return None
    try:
        return date(year, month, day or 1)
    except ValueError:
        return None


def match_date(m: re.Match[str]) -> date | None:
    """The full date a match gives, only when it has a year and a day."""
    day = m.groupdict().get("d")
    if day is None:
        return None
    return make_date(year_of(m.group("y")), month_of(m), int(day))


def parse_date_string(s: str) -> date | None:
    """An absolute day in a common format (HTML or feed metadata), or None.

    Takes ISO ("2014-08-26", "2014-08-26T10:32:00Z"), "2014/08/26", "20140826", RFC 2822 ("Tue,
    26 Aug 2014 10:32:00 GMT"), "August 26, 2014", "26 August 2014" and US "08/26/2014".
    """
    if not s or not s.strip():
        return None
    iso = ISO_PREFIX.match(s) or COMPACT.match(s)
    if iso:
        return make_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    if re.match(r"^\s*[A-Za-z]{3},\s+\d", s):
        try:
            return parsedate_to_datetime(s.strip()).date()
        except (TypeError, ValueError, IndexError):
            pass
    for pattern in (DMY, MDY, US):
        m = pattern.search(s)
        if m and m.group("y"):
            return match_date(m)
    return None


# ------------------------------------------------------------------ the article's own date


def publication_date(text: str) -> tuple[date | None, str]:
    """The article's own date from its first lines, and where it came from.

    The source is "last-updated", "published" (a labelled line or a line that is only a date),
    "dateline", or "none" with None.
    """
    found = _read_header(text)
    return (found[0], found[1]) if found is not None else (None, "none")


def article_date_span(text: str) -> tuple[int, int] | None:
    """Where in ``text`` the words lie that ``publication_date`` read the article's date from (the
    date of a wire dateline, a labelled line, a line that is only a date), as offsets into the
    text; else the story's wire dateline when its year is not given (see ``article_date_spans``
    for every such span); None when there is none."""
    found = _read_header(text)
    if found is not None:
        return found[2]
    spans = article_date_spans(text)
    return spans[0] if spans else None


@lru_cache(maxsize=8)
def article_date_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Every span of the first lines that dates the story, never an event it tells: the one
    ``publication_date`` read, the other labelled or date-only lines ("Published: 2014-08-26
    10:32", "August 26, 2014"), and the story's wire dateline ("KABUL, Aug 25 (Reuters) -", its
    year given or not) on the first or second line of the body (after a headline). A dateline
    then must look like a wire's: a place in capitals or an agency ("(Reuters)", "/Xinhua/"), so
    that a chronology's first entry ("Kano, Aug. 22 - A suicide bomber ...") keeps its date."""
    spans: list[tuple[int, int]] = []
    found = _read_header(text)
    if found is not None:
        spans.append(found[2])
    body = 0  # lines read that are no header line: the headline, then the body
    for offset, line in _header_lines(text):
        header = _labelled(line) or _bare_date_line(line) or _date_then_place(line)
        if header is not None:
            spans.append((offset + header[2][0], offset + header[2][1]))
            continue
        if body < 2:
            m = next((d for d in _dateline_dates(line) if _wire_dateline(line, d)), None)
            if m is not None:
                spans.append((offset + m.start(), offset + m.end()))
                body = 2  # one dateline to a story
        body += 1
    return tuple(sorted(set(spans)))


AGENCY = re.compile(r"^\s*\(\s*[A-Za-z][\w.&' -]{0,24}\)|^\s*/[A-Za-z]+/")  # "(Reuters)", "(IANS)", "/Xinhua/"


def _wire_dateline(line: str, m: re.Match[str]) -> bool:
    """A dateline as a wire writes it: the place in capitals ("KABUL, Aug 25 -") or an agency
    after the date ("Kabul, Aug 25 (Reuters) -")."""
    place = line[: m.start()].strip().split(",")[0]
    capitals = len(re.sub(r"[^A-Za-z]", "", place)) >= 2 and place.upper() == place
    return capitals or AGENCY.match(line[m.end() :]) is not None


def _header_lines(text: str) -> Iterator[tuple[int, str]]:
    """The article's first lines that hold some text, each with its offset."""
    for taken, m in enumerate(m for m in re.finditer(r"[^\r\n]+", text[:2000]) if m.group().strip()):
        if taken >= HEADER_LINES:
            return
        yield m.start(), m.group()


def _read_header(text: str) -> tuple[date, str, tuple[int, int]] | None:
    """The article's date, its source and the span of the words it was read from."""
    for offset, line in _header_lines(text):
        found = _labelled(line) or _dateline(line, text) or _bare_date_line(line) or _date_then_place(line)
        if found is not None:
            when, source, (start, end) = found
            return when, source, (offset + start, offset + end)
    return None


def _labelled(line: str) -> tuple[date, str, tuple[int, int]] | None:
    m = LABEL.match(line)
    if not m:
        return None
    rest = line[m.end() :]
    when = parse_date_string(rest) or _first_day(rest[:60])
    if when is None:
        return None
    label = m.group("label").lower()
    return when, ("last-updated" if "updated" in label or "modified" in label else "published"), (0, len(line))


def _first_day(text: str) -> date | None:
    for pattern in DAY_PATTERNS:
        m = pattern.search(text)
        if m and m.groupdict().get("y"):
            return match_date(m)
    return None


def _dateline(line: str, text: str) -> tuple[date, str, tuple[int, int]] | None:
    for m in _dateline_dates(line):
        month, day = month_of(m), int(m.group("d"))
        year = year_of(m.group("y")) or _article_year(text, month, day)
        when = make_date(year, month, day)
        if when is not None:
            return when, "dateline", m.span()
    return None


def _dateline_dates(line: str) -> Iterator[re.Match[str]]:
    """The dates of a line that stand where a wire dateline puts its date: after a place, before
    the agency or the dash ("BAGHDAD, Aug 26 (Reuters) -"), with or without a year."""
    head = line[:120]
    for pattern in (MUC, DMY, MDY, ISO):
        for m in pattern.finditer(head):
            if PLACE_BEFORE.match(head[: m.start()]) and AFTER_DATELINE.match(head[m.end() :]):
                yield m


def _article_year(text: str, month: int, day: int) -> int | None:
    """The year of a dateline that gives only a month and a day: the copyright line's, else the
    one year that puts a full date of the text (day, month and year) within ``NEAR_DAYS`` of the
    dateline's day; None when no such date or dates of different years fit (never a future year)."""
    this_year = date.today().year
    m = COPYRIGHT.search(text)
    if m and int(m.group("y")) <= this_year:
        return int(m.group("y"))
    years = {year for when in _full_dates(text) for year in _years_near(when, month, day) if year <= this_year}
    return years.pop() if len(years) == 1 else None


NEAR_DAYS = 45  # a story tells of the last weeks and of what is set for the next ones


def _full_dates(text: str) -> Iterator[date]:
    for pattern in DAY_PATTERNS:
        for m in pattern.finditer(text):
            when = match_date(m) if m.groupdict().get("y") else None
            if when is not None:
                yield when


def _years_near(when: date, month: int, day: int) -> Iterator[int]:
    """The years that put the dateline's month and day within ``NEAR_DAYS`` of ``when`` (the
    next or last year across New Year: "Jan 3" near "Dec. 28, 2013" is 2014)."""
    for year in (when.year - 1, when.year, when.year + 1):
        dated = make_date(year, month, day) or make_date(year, month, day - 1)  # 29 February
        if dated is not None and abs((dated - when).days) <= NEAR_DAYS:
            yield year


def _date_then_place(line: str) -> tuple[date, str, tuple[int, int]] | None:
    """A full date opening a line, then a wire dateline: "Monday, December 15, 2014 AUBURN, Ala. --"."""
    for pattern in (DMY, MDY):
        m = pattern.match(line.strip())
        if m and m.group("y") and PLACE_AFTER.match(line.strip()[m.end() :]):
            when = match_date(m)
            if when is not None:
                lead = len(line) - len(line.lstrip())
                return when, "dateline", (lead + m.start(), lead + m.end())
    return None


def _bare_date_line(line: str) -> tuple[date, str, tuple[int, int]] | None:
    """A line that is nothing but a date (and perhaps a time): "Tuesday 26 August 2014 10:32"."""
    for pattern in DAY_PATTERNS:
        m = pattern.match(line.strip())
        if m and m.groupdict().get("y") and TIME_TAIL.match(line.strip()[m.end() :]):
            when = match_date(m)
            if when is not None:
                return when, "published", (0, len(line))
    return None


URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)(?:/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=[/_-]|$)|/(?P<mon>[a-z]{3,9})/(?P<d2>[0-3]?\d)(?=/)"
    r"|(?P<m2>[01]\d)(?P<d3>[0-3]\d)(?=/))",
    re.IGNORECASE,
)


def url_date(url: str) -> date | None:
    """The publication day many news sites write into their URLs: "/2016/01/27/",
    "/2016/jan/26/", "/20160127/"; None when the URL has no full day."""
    for m in URL_DATE.finditer(url):
        if m.group("m"):
            month, day = int(m.group("m")), int(m.group("d"))
        elif m.group("mon"):
            if m.group("mon").lower() not in MONTHS:
                continue
            month, day = MONTHS[m.group("mon").lower()], int(m.group("d2"))
        else:
            month, day = int(m.group("m2")), int(m.group("d3"))
        found = make_date(int(m.group("y")), month, day)
        if found is not None:
            return found
    return None

"""Dates: the article's own date, dates in sentences, and relative dates."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from eventwire.records import Timex
from eventwire.stages.dates import find_timexes, parse_date_string, publication_date, resolve_relative

TUESDAY = date(2014, 8, 26)  # the anchor of most cases: Tuesday 26 August 2014


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        ("Last updated: 26 August, 2014\nShelling went on.", date(2014, 8, 26), "last-updated"),
        ("Published: 2014-08-26\nShelling went on.", date(2014, 8, 26), "published"),
        ("Updated Aug. 26, 2014 10:32 a.m.\nShelling went on.", date(2014, 8, 26), "last-updated"),
        ("Title\nBy A. Writer\nPosted on August 26, 2014 at 10:32 am\nText", date(2014, 8, 26), "published"),
        ("BEIRUT, 26 August 2014 (AFP) - Shelling went on.", date(2014, 8, 26), "dateline"),
        ("SAN SALVADOR, 3 JAN 90 -- Troops moved in.", date(1990, 1, 3), "dateline"),
        ("MOSUL, Iraq, Aug. 26 (AP) — Fighting.\n© 2014 The Wire", date(2014, 8, 26), "dateline"),
        ("BAGHDAD, Aug 26 (Reuters) - Fighting.\nCopyright 2013 Wire", date(2013, 8, 26), "dateline"),
        ("Tuesday 26 August 2014\nShelling went on.", date(2014, 8, 26), "published"),
        ("Title\n\nKIRKUK, Iraq (Aug. 26, 2014) - Shelling went on.", date(2014, 8, 26), "dateline"),
        ("GAO ( August 26, 2014 ) -- Shelling went on.", date(2014, 8, 26), "dateline"),
        ("Tuesday, August 26, 2014 KIRKUK, Iraq -- Shelling.", date(2014, 8, 26), "dateline"),
    ],
)
def test_publication_date(text: str, expected: date, source: str) -> None:
    assert publication_date(text) == (expected, source)


@pytest.mark.parametrize(
    "text",
    [
        "Copyright © 2014 The Wire\nShelling went on.",
        "BAGHDAD, Aug 26 (Reuters) - Fighting went on.",  # a day and a month, no year anywhere
        "KABUL (Reuters) - In 2014 the talks failed.",
        "The war began in 2011.\nPublished: soon",
        "",
    ],
)
def test_publication_date_never_invents(text: str) -> None:
    assert publication_date(text) == (None, "none")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2014-08-26", date(2014, 8, 26)),
        ("2014-08-26T10:32:00+03:00", date(2014, 8, 26)),
        ("2014/08/26", date(2014, 8, 26)),
        ("20140826", date(2014, 8, 26)),
        ("Tue, 26 Aug 2014 10:32:00 GMT", date(2014, 8, 26)),
        ("August 26, 2014", date(2014, 8, 26)),
        ("26 August 2014", date(2014, 8, 26)),
        ("08/26/2014", date(2014, 8, 26)),
        ("2014", None),
        ("August 2014", None),
        ("2014-02-30", None),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_date_string(text: str, expected: date | None) -> None:
    assert parse_date_string(text) == expected


def one(text: str, anchor: date | None = TUESDAY) -> Timex:
    found = find_timexes(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("Rebels attacked on August 8, officials said.", "August 8", date(2014, 8, 8), "day"),
        ("It happened on 8 August 2014 at dawn.", "8 August 2014", date(2014, 8, 8), "day"),
        ("Troops left on Aug. 8 after the talks.", "Aug. 8", date(2014, 8, 8), "day"),
        ("The report dated 2013-11-02 said so.", "2013-11-02", date(2013, 11, 2), "day"),
        ("The memo of 08/09/2014 was leaked.", "08/09/2014", date(2014, 8, 9), "day"),
        ("The uprising began in March 2011.", "March 2011", date(2011, 3, 1), "month"),
        ("Fighting has gone on since March 2011.", "March 2011", date(2011, 3, 1), "month"),
        ("The town fell in 2011.", "2011", date(2011, 1, 1), "year"),
        ("The town fell in May.", "May", date(2014, 5, 1), "month"),
        ("Sunday, August 24, 2014 was calm.", "Sunday, August 24, 2014", date(2014, 8, 24), "day"),
        ("Police said the raid was on December 30.", "December 30", date(2013, 12, 30), "day"),
        ("Talks are due on August 30.", "August 30", date(2014, 8, 30), "day"),
    ],
)
def test_absolute_dates(text: str, span: str, value: date, precision: str) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision, t.relative_to_event) == (span, value, precision, None)
    assert text[t.start : t.end] == span


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Gunmen struck on Sunday.", "Sunday", date(2014, 8, 24)),
        ("Gunmen struck Monday night.", "Monday", date(2014, 8, 25)),
        ("Gunmen struck on Tuesday.", "Tuesday", date(2014, 8, 26)),
        ("Gunmen struck on Wednesday.", "Wednesday", date(2014, 8, 20)),
        ("Gunmen struck last Tuesday.", "last Tuesday", date(2014, 8, 19)),
        ("Talks resume next Monday.", "next Monday", date(2014, 9, 1)),
        ("Talks resume this coming Tuesday.", "this coming Tuesday", date(2014, 9, 2)),
        ("Fighting resumed on Friday.", "Friday", date(2014, 8, 22)),
        ("Talks resume on Friday.", "Friday", date(2014, 8, 29)),  # a schedule told in the present
    ],
)
def test_weekdays(text: str, span: str, value: date) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision) == (span, value, "day")


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("Shelling resumed today.", "today", TUESDAY, "day"),
        ("Shelling resumed this morning.", "this morning", TUESDAY, "day"),
        ("Rallies are planned tonight.", "tonight", TUESDAY, "day"),
        ("Shelling resumed yesterday.", "yesterday", date(2014, 8, 25), "day"),
        ("Shelling resumed last night.", "last night", date(2014, 8, 25), "day"),
        ("It began the day before yesterday.", "the day before yesterday", date(2014, 8, 24), "day"),
        ("Shelling resumed two days ago.", "two days ago", date(2014, 8, 24), "day"),
        ("Shelling resumed 3 days ago.", "3 days ago", date(2014, 8, 23), "day"),
        ("The town fell last week.", "last week", date(2014, 8, 18), "week"),
        ("The town fell earlier this week.", "earlier this week", date(2014, 8, 25), "week"),
        ("The town fell this week.", "this week", date(2014, 8, 25), "week"),
        ("The town fell two weeks ago.", "two weeks ago", date(2014, 8, 11), "week"),
        ("Raids continued over the weekend.", "over the weekend", date(2014, 8, 23), "weekend"),
        ("The town fell last month.", "last month", date(2014, 7, 1), "month"),
        ("The town fell this month.", "this month", date(2014, 8, 1), "month"),
        ("The town fell last year.", "last year", date(2013, 1, 1), "year"),
        ("Raids increased in the past week.", "in the past week", date(2014, 8, 20), "week"),
    ],
)
def test_relative_to_anchor(text: str, span: str, value: date, precision: str) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision, t.relative_to_event) == (span, value, precision, None)


@pytest.mark.parametrize(
    ("text", "span", "offset"),
    [
        ("A convoy was hit the day before.", "the day before", -1),
        ("A convoy had been hit the previous day.", "the previous day", -1),
        ("A convoy had been hit a day earlier.", "a day earlier", -1),
        ("Troops returned the day after.", "the day after", 1),
        ("Troops returned the next day.", "the next day", 1),
        ("Troops returned the following morning.", "the following morning", 1),
        ("Troops returned three days later.", "three days later", 3),
        ("Troops had left two days before.", "two days before", -2),
    ],
)
def test_relative_to_event(text: str, span: str, offset: int) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision, t.relative_to_event) == (span, None, "day", offset)
    assert resolve_relative(t, date(2014, 8, 20)) == date(2014, 8, 20) + timedelta(days=offset)


def test_resolve_relative() -> None:
    before = one("Rebels had attacked the day before.")
    assert resolve_relative(before, date(2014, 8, 1)) == date(2014, 7, 31)
    absolute = one("Rebels attacked on August 8.")
    assert resolve_relative(absolute, date(2014, 8, 20)) == date(2014, 8, 8)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Clashes went on between August 8 and 10.", "between August 8 and 10", date(2014, 8, 8)),
        ("Clashes went on from 8 to 10 August 2014.", "from 8 to 10 August 2014", date(2014, 8, 8)),
        ("Clashes went on 8-10 August.", "8-10 August", date(2014, 8, 8)),
        (
            "Clashes went on between August 8 and August 12, 2014.",
            "between August 8 and August 12, 2014",
            date(2014, 8, 8),
        ),
    ],
)
def test_ranges_are_valued_by_their_start(text: str, span: str, value: date) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision) == (span, value, "day")


def test_from_month_to_month() -> None:
    t = one("Sieges lasted from March to May 2014.")
    assert (t.text, t.value, t.precision) == ("from March to May 2014", date(2014, 3, 1), "month")


def test_several_in_order_with_offsets() -> None:
    text = "Rebels struck on Sunday and again yesterday, a week after the 8 August raid."
    found = find_timexes(text, TUESDAY)
    assert [(t.start, t.end, t.text, t.value) for t in found] == [
        (17, 23, "Sunday", date(2014, 8, 24)),
        (34, 43, "yesterday", date(2014, 8, 25)),
        (45, 57, "a week after", None),
        (62, 70, "8 August", date(2014, 8, 8)),
    ]


def test_without_anchor() -> None:
    assert one("Rebels struck on Sunday.", None).value is None
    assert one("Rebels struck on Sunday.", None).precision == "day"
    assert one("Rebels struck on August 8.", None).value is None
    assert one("Rebels struck on 8 August 2014.", None).value == date(2014, 8, 8)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 15 people.",
        "He was 37 years old.",
        "They may march on the capital.",
        "The fall of the town was swift.",
        "Prices fall in winter.",
        "Police found 12/30 of the rifles.",
        "",
    ],
)
def test_no_timex(text: str) -> None:
    assert find_timexes(text, TUESDAY) == []


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("Losses grew in the third quarter.", "third quarter", date(2014, 7, 1), "quarter"),
        ("It posted a fourth-quarter loss.", "fourth-quarter", date(2013, 10, 1), "quarter"),
        ("Sales fell in the first quarter of 2012.", "first quarter of 2012", date(2012, 1, 1), "quarter"),
        ("Fighting resumed last summer.", "last summer", date(2013, 6, 1), "season"),
        ("Elections are set for this autumn.", "this autumn", date(2014, 9, 1), "season"),
        ("The siege began in the winter of 2012.", "the winter of 2012", date(2012, 12, 1), "season"),
        ("The war of the 1990s left scars.", "the 1990s", date(1990, 1, 1), "decade"),
        ("The town fell in January this year.", "January this year", date(2014, 1, 1), "month"),
        ("The town fell in June last year.", "June last year", date(2013, 6, 1), "month"),
        ("Talks resume next month.", "next month", date(2014, 9, 1), "month"),
        ("Talks resume next year.", "next year", date(2015, 1, 1), "year"),
        ("His 2011 campaign failed.", "2011", date(2011, 1, 1), "year"),
        ("The group split in mid-2012.", "2012", date(2012, 1, 1), "year"),
    ],
)
def test_coarse_periods(text: str, span: str, value: date, precision: str) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision) == (span, value, precision)


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("Troops are now in the town.", "present"),
        ("Rebels currently hold the pass.", "present"),
        ("In the past, rebels held the pass.", "past"),
        ("Talks may resume in the coming weeks.", "future"),
        ("Nobody knows what the future holds.", "future"),
    ],
)
def test_vague_references_have_no_value(text: str, precision: str) -> None:
    t = one(text)
    assert (t.value, t.precision) == (None, precision)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The talks will resume on Friday.", date(2014, 8, 29)),  # a future cue: the coming Friday
        ("Talks are set to resume Thursday.", date(2014, 8, 28)),
        ("Trading is to resume in Paris on Friday.", date(2014, 8, 29)),
        ("Troops will leave as soon as Friday.", date(2014, 8, 29)),
        ("On Friday, the national union of teachers plans to strike.", date(2014, 8, 29)),  # goes on in the future
        ("On Friday, the union struck. The teachers will meet.", date(2014, 8, 22)),  # another sentence
        ("The dividend is payable Oct. 2.", date(2014, 10, 2)),
        ("The truce expires on Sept. 20.", date(2014, 9, 20)),  # nearer ahead than a year back
        ("Rebels attacked on Feb. 10.", date(2014, 2, 10)),  # the past is preferred when near
        ("The siege began on October 30.", date(2013, 10, 30)),
    ],
)
def test_dates_without_year_or_week(text: str, value: date) -> None:
    assert one(text).value == value


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("The ceasefire of 1999 held.", "1999", date(1999, 1, 1), "year"),
        ("Villages emptied between 1985 and 1987.", "between 1985 and 1987", date(1985, 1, 1), "year"),
        ("Atlanta, nineteen ninety-six: a bomb.", "nineteen ninety-six", date(1996, 1, 1), "year"),
        ("Troops will leave by the year two thousand.", "the year two thousand", date(2000, 1, 1), "year"),
        ("Aid deliveries fell during the year.", "the year", date(2014, 1, 1), "year"),
        ("The base closes at the end of the year.", "the end of the year", date(2014, 1, 1), "year"),
        ("Two helicopters crashed last September.", "last September", date(2013, 9, 1), "month"),
        ("The town fell last February.", "last February", date(2014, 2, 1), "month"),
        ("Elections follow next April.", "next April", date(2015, 4, 1), "month"),
        ("The figures for July were worse.", "July", date(2014, 7, 1), "month"),
        ("It marked a late-June offensive.", "June", date(2014, 6, 1), "month"),
        ("Fighting slowed over the summer.", "the summer", date(2014, 6, 1), "season"),
        ("Losses rose in the latest quarter.", "the latest quarter", date(2014, 4, 1), "quarter"),
        ("Losses fell from the year-ago quarter.", "the year-ago quarter", date(2013, 4, 1), "quarter"),
        ("The attack came on Thanksgiving Day.", "Thanksgiving Day", date(2013, 11, 28), "day"),
        ("Rebels struck on Christmas Eve.", "Christmas Eve", date(2013, 12, 24), "day"),
        ("Raids continued in recent days.", "in recent days", None, "past"),
        ("Rebels have recently regrouped.", "recently", None, "past"),
        ("The army will soon withdraw.", "soon", None, "future"),
        ("Current estimates differ.", "Current", None, "present"),
    ],
)
def test_more_expressions(text: str, span: str, value: date | None, precision: str) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision) == (span, value, precision)


def test_a_year_earlier_takes_the_period_spoken_of() -> None:
    quarter = find_timexes("Profit fell in the third quarter. It had risen a year earlier.", TUESDAY)[-1]
    assert (quarter.text, quarter.value, quarter.precision) == ("a year earlier", date(2013, 7, 1), "quarter")
    quarter = find_timexes("Profit fell in the latest quarter. It had risen a year earlier.", TUESDAY)[-1]
    assert (quarter.text, quarter.value, quarter.precision) == ("a year earlier", date(2013, 4, 1), "quarter")
    year = one("The town had fallen a year earlier.")
    assert (year.text, year.value, year.precision) == ("a year earlier", date(2013, 1, 1), "year")


@pytest.mark.parametrize(
    "text",
    [
        "More than 2000 people fled.",
        "The plan cost $1999 a head.",
        "Police seized 1,987 rifles.",
        "The period of calm ended.",  # a period is a quarter only where a quarter was spoken of
        "Two thousand people marched.",
        "He posted a first quarterly loss.",
        "It was the deadliest attack of the year.",  # a ranking, not a date
        "Fighting continued until 1800 on the front.",  # a clock time
        "Police found a cache of 1500 rounds.",
        "A curfew runs from 1800 to 0600.",
        "The fine was a total of 1500 euros.",
        "Temperatures in the forties are expected.",  # not a decade
        "In March two thousand protesters marched.",  # a crowd, not the year 2000 (the month stays)
    ],
)
def test_not_years_or_quarters(text: str) -> None:
    assert [t for t in find_timexes(text, TUESDAY) if t.precision in ("year", "quarter")] == []


def test_ranges_can_stay_apart() -> None:
    text = "Shares were bought from Aug. 6 to Aug. 20."
    assert len(find_timexes(text, TUESDAY)) == 1
    assert [t.text for t in find_timexes(text, TUESDAY, join_ranges=False)] == ["Aug. 6", "Aug. 20"]


def test_a_holiday_used_as_a_modifier_is_no_date() -> None:
    assert find_timexes("Thieves took a van full of Christmas presents.", TUESDAY) == []


def last(text: str, anchor: date | None = TUESDAY) -> Timex:
    return find_timexes(text, anchor)[-1]


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("The militia formed in June 2009 and split later that year.", "later that year", date(2009, 1, 1), "year"),
        ("Talks failed in 2003; that year the army moved north.", "that year", date(2003, 1, 1), "year"),
        ("The truce held on May 2, 2010; the following year it fell.", "the following year", date(2011, 1, 1), "year"),
        ("Output fell in 2012, less than the previous year.", "the previous year", date(2011, 1, 1), "year"),
        ("It began in March 2011. The following month it ended.", "The following month", date(2011, 4, 1), "month"),
        ("They won on 3 May 2012; earlier that month they lost.", "earlier that month", date(2012, 5, 1), "month"),
        ("Riots in the 2nd quarter of 2013 cut sales that quarter.", "that quarter", date(2013, 4, 1), "quarter"),
        ("The party was founded in 1990. Two years later it split.", "Two years later", date(1992, 1, 1), "year"),
    ],
)  # fmt: skip
def test_anaphors_take_the_latest_earlier_date(text: str, span: str, value: date, precision: str) -> None:
    t = last(text)
    assert (t.text, t.value, t.precision, t.relative_to_event) == (span, value, precision, None)


@pytest.mark.parametrize(
    ("text", "span", "value", "offset"),
    [
        ("Gunmen struck on 3 May 2012; later that day troops came.", "later that day", date(2012, 5, 3), 0),
        ("Gunmen struck on 3 May 2012. Police arrived that same day.", "that same day", date(2012, 5, 3), 0),
        ("Gunmen struck on 3 May 2012. Earlier that night a car burned.", "Earlier that night", date(2012, 5, 3), 0),
        ("Gunmen struck on 3 May 2012. The next morning troops came.", "The next morning", date(2012, 5, 4), 1),
        ("Gunmen struck on 3 May 2012. Three days later troops came.", "Three days later", date(2012, 5, 6), 3),
        ("Gunmen struck on 3 May 2012, the day before the vote.", "the day before", None, -1),
        ("Gunmen struck in May 2012. That day troops came.", "That day", None, 0),
    ],
)
def test_day_references_stay_relative_to_the_event(text: str, span: str, value: date | None, offset: int) -> None:
    t = last(text)
    assert (t.text, t.value, t.precision, t.relative_to_event) == (span, value, "day", offset)
    assert resolve_relative(t, date(2014, 1, 10)) == date(2014, 1, 10) + timedelta(days=offset)


@pytest.mark.parametrize(
    "text",
    ["That year the army moved north.", "Later that month the talks failed.", "The following year it collapsed."],
)
def test_anaphors_without_an_earlier_date_have_no_value(text: str) -> None:
    t = one(text)
    assert (t.value, t.relative_to_event) == (None, None)


def test_next_year_is_counted_from_the_anchor_not_a_reference() -> None:
    t = last("Talks failed in 2003, and a deal is expected over the next year.")
    assert (t.text, t.value) == ("next year", date(2015, 1, 1))


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        ("The 20th century saw two world wars.", "The 20th century", date(1900, 1, 1), "century"),
        ("The fort is an eleventh-century ruin.", "eleventh-century", date(1000, 1, 1), "century"),
        ("The worst wars of this century were civil.", "this century", date(2000, 1, 1), "century"),
        ("Crime fell through the nineties.", "the nineties", date(1990, 1, 1), "decade"),
        ("The raids began in the early '80s.", "the early '80s", date(1980, 1, 1), "decade"),
        ("Unrest grew in the twenties.", "the twenties", date(1920, 1, 1), "decade"),
        ("The fort fell to Spain in 1898.", "1898", date(1898, 1, 1), "year"),
        ("The post-1959 government seized land.", "1959", date(1959, 1, 1), "year"),
    ],
)
def test_centuries_decades_and_old_years(text: str, span: str, value: date, precision: str) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision) == (span, value, precision)


def test_the_twenties_after_2020_are_this_centurys() -> None:
    assert one("Unrest grew in the twenties.", date(2024, 5, 1)).value == date(2020, 1, 1)


@pytest.mark.parametrize("text", ["A man was shot in the 1500 block of Olney Street.", "Troops burned 1700 homes."])
def test_addresses_and_counts_are_not_years(text: str) -> None:
    assert find_timexes(text, TUESDAY) == []


def test_a_headline_cue_does_not_govern_the_next_line() -> None:
    text = "Teachers say they will strike\n\nMonday, thousands of protesters marched through Lagos."
    (t,) = find_timexes(text, date(2024, 3, 6))
    assert t.value == date(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        (
            "Rain flooded the valley in March nineteen eighty-two.",
            "March nineteen eighty-two",
            date(1982, 3, 1),
            "month",
        ),
        (
            "The camp closed in the summer of nineteen seventy-five.",
            "the summer of nineteen seventy-five",
            date(1975, 6, 1),
            "season",
        ),
        ("Output rose in the first half of 2012.", "the first half of 2012", date(2012, 1, 1), "half"),
        (
            "Output should recover in the second half of this year.",
            "the second half of this year",
            date(2014, 7, 1),
            "half",
        ),
        (
            "Output fell over the first two quarters of 2011.",
            "the first two quarters of 2011",
            date(2011, 1, 1),
            "half",
        ),
        ("The firm expects a loss in the current quarter.", "the current quarter", date(2014, 7, 1), "quarter"),
        ("Talks were moved to the week of September 3.", "the week of September 3", date(2014, 9, 1), "week"),
        ("Violence fell sharply over the last decade.", "the last decade", date(2000, 1, 1), "decade"),
        ("More roads will be built this decade.", "this decade", date(2010, 1, 1), "decade"),
    ],
)
def test_spelled_years_halves_and_periods(text: str, span: str, value: date, precision: str) -> None:
    t = one(text)
    assert (t.text, t.value, t.precision) == (span, value, precision)


def test_a_years_quarter_is_the_quarter_reported() -> None:
    text = "Profit rose to $5 million in the quarter, from $3 million in the 2013 quarter."
    assert last(text).text == "the 2013 quarter"
    assert (last(text).value, last(text).precision) == (date(2013, 4, 1), "quarter")  # Q2 completed by 26 August


def test_a_years_period_is_a_quarter_only_when_one_is_spoken_of() -> None:
    quarter = "Quarterly sales rose 8%. Net income rose in the quarter, against the 2013 period."
    assert (last(quarter).value, last(quarter).precision) == (date(2013, 4, 1), "quarter")
    assert (last("Turnout was lower than in the 2013 period.").precision) == "year"


def test_decade_and_week_references_read_whole() -> None:
    anchor = date(2021, 5, 12)
    assert [t.precision for t in find_timexes("the last decade of the twentieth century", anchor)] == ["century"]
    (week,) = find_timexes("THE WEEK OF MARCH 6 WAS BUSY", anchor)
    assert (week.text, week.precision) == ("THE WEEK OF MARCH 6", "week")

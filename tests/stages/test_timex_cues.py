"""Dates without a year, weekdays and holidays placed by the words around them: future cues, verbs in
the past tense, end points, a weekday named with the date; and the phrasings added with them."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import Timex
from eventwire.stages.dates import find_timexes
from eventwire.stages.timex_holidays import easter

TUESDAY = date(2014, 8, 26)  # the anchor of most cases: Tuesday 26 August 2014


def found(text: str, span: str, anchor: date = TUESDAY) -> Timex:
    """The timex of ``text`` whose words are ``span``."""
    matches = [t for t in find_timexes(text, anchor) if t.text == span]
    assert len(matches) == 1, find_timexes(text, anchor)
    return matches[0]


@pytest.mark.parametrize(
    ("text", "span", "anchor", "value"),
    [
        # a verb in the past tense between the cue and the weekday: the cue does not govern it
        (
            "The rebels said they would appeal the ruling, issued Monday by the court.",
            "Monday",
            TUESDAY,
            date(2014, 8, 25),
        ),
        ("The rebels said they would appeal on Monday.", "Monday", TUESDAY, date(2014, 9, 1)),
        ("Leaders will meet detained rebels on Monday.", "Monday", TUESDAY, date(2014, 9, 1)),  # an adjective
        # "set" and "plan" are cues only as verbs of intent
        ("The ministry set Friday as the deadline.", "Friday", date(2014, 8, 30), date(2014, 8, 29)),
        ("The council announced the plan Aug. 21.", "Aug. 21", date(2014, 10, 27), date(2014, 8, 21)),
        ("The index stayed below the high set on Aug. 21.", "Aug. 21", date(2014, 3, 6), date(2013, 8, 21)),
        ("Talks are set for Friday.", "Friday", TUESDAY, date(2014, 8, 29)),
        # a clause opening with the date goes on in the past: "announced plans to" is no future
        (
            "On Monday, the ministry announced plans to reopen the border.",
            "Monday",
            date(2014, 8, 27),
            date(2014, 8, 25),
        ),
        # more cues
        ("Judges postponed until Thursday any ruling on the appeal.", "Thursday", TUESDAY, date(2014, 8, 28)),
        ("A vote could come as early as Friday.", "Friday", TUESDAY, date(2014, 8, 29)),
        ("Aid would flow as soon as the border opened Monday.", "Monday", date(2014, 8, 27), date(2014, 9, 1)),
        ("The dividend goes to holders of record Nov. 20.", "Nov. 20", TUESDAY, date(2014, 11, 20)),
        ("Fighting flared last Oct. 23 near the border.", "Oct. 23", TUESDAY, date(2013, 10, 23)),
        ("The envoys meet next Oct. 23 in Geneva.", "Oct. 23", TUESDAY, date(2014, 10, 23)),
        # an initial, a title's or a clock time's dot does not end the clause
        ("Gen. Ali will succeed John R. Smith on Nov. 20.", "Nov. 20", TUESDAY, date(2014, 11, 20)),
        ("The talks will resume at 9 a.m. Tuesday.", "Tuesday", date(2014, 8, 27), date(2014, 9, 2)),
        ("Troops will withdraw by 4 p.m. EDT Thursday.", "Thursday", date(2014, 8, 27), date(2014, 8, 28)),
        ("On Thursday at 4 a.m. the convoy will leave.", "Thursday", date(2014, 8, 27), date(2014, 8, 28)),
        (
            "Rebels attacked at 9 p.m. Thursday. The army will respond.",
            "Thursday",
            date(2014, 8, 27),
            date(2014, 8, 21),
        ),
    ],
)
def test_future_cues(text: str, span: str, anchor: date, value: date) -> None:
    assert found(text, span, anchor).value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a verb in the past tense puts a near date in the past
        ("The council changed its fiscal year in October.", "October", date(2013, 10, 1)),
        ("Profit fell in the quarter ended Sept. 30.", "Sept. 30", date(2013, 9, 30)),
        ("Gunmen attacked the convoy on Sept. 12.", "Sept. 12", date(2013, 9, 12)),
        # not when the date ends a span, modifies a noun, or the clause turns to the present
        ("The ceasefire was extended to Sept. 20.", "Sept. 20", date(2014, 9, 20)),
        ("Officials gave no reason for the Sept. 20 deadline.", "Sept. 20", date(2014, 9, 20)),
        ("Officials said it is calling for a vote on Sept. 20.", "Sept. 20", date(2014, 9, 20)),
        ("Guidelines to be published in September were delayed.", "September", date(2014, 9, 1)),
        # a day ahead may be the anchor's lag (a story a day ahead of its dateline); further ahead, the past one
        ("The paper said in an editorial on Aug. 27 that the war was lost.", "Aug. 27", date(2014, 8, 27)),
        ("Gunmen attacked the convoy on Aug. 30.", "Aug. 30", date(2013, 8, 30)),
        # without a verb in the past tense, the nearest occurrence, as before
        ("The truce expires on Sept. 20.", "Sept. 20", date(2014, 9, 20)),
    ],
)
def test_past_tense_puts_a_date_behind(text: str, span: str, value: date) -> None:
    assert found(text, span).value == value


def test_past_tense_month_a_month_ahead() -> None:
    early_november = date(2014, 11, 3)  # December begins 28 days ahead: nearer than last December
    assert found("Gunmen seized the town in December.", "December", early_november).value == date(2013, 12, 1)
    assert found("Talks resume in December.", "December", early_november).value == date(2014, 12, 1)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The border stays shut until Oct. 20.", "Oct. 20", date(2014, 10, 20)),  # 55 days ahead: an end point
        ("Loans were extended through November.", "November", date(2014, 11, 1)),
        ("Talks in Geneva Oct. 20.", "Oct. 20", date(2013, 10, 20)),  # too far ahead without a cue or an end point
        ("Talks resume Oct. 20.", "Oct. 20", date(2014, 10, 20)),  # a schedule told in the present
    ],
)
def test_end_points_reach_further_ahead(text: str, span: str, value: date) -> None:
    assert found(text, span).value == value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The vote was held on Saturday, Dec. 21.", "Saturday, Dec. 21", date(2013, 12, 21)),
        ("The vote is due on Sunday, Dec. 21.", "Sunday, Dec. 21", date(2014, 12, 21)),
        ("Polls open on Wednesday, 21 January.", "Wednesday, 21 January", date(2015, 1, 21)),
    ],
)
def test_a_weekday_named_with_the_date_fixes_its_year(text: str, span: str, value: date) -> None:
    assert found(text, span).value == value


@pytest.mark.parametrize(
    ("text", "span", "anchor", "value", "precision"),
    [
        ("Campaigning runs to Election Day.", "Election Day", date(2014, 10, 27), date(2014, 11, 4), "day"),
        ("Shops were busy before Christmas.", "Christmas", date(2014, 12, 20), date(2014, 12, 25), "day"),
        ("Rockets fell on Christmas Day.", "Christmas Day", date(2014, 7, 1), date(2013, 12, 25), "day"),
        ("Pilgrims gathered for Easter.", "Easter", date(2014, 4, 22), date(2014, 4, 20), "day"),
        ("The march is planned for Good Friday.", "Good Friday", date(2014, 4, 10), date(2014, 4, 18), "day"),
        ("Crowds prayed as Holy Week began.", "Holy Week", date(2014, 4, 14), date(2014, 4, 14), "week"),
        ("Bombs struck during Easter week.", "Easter week", date(2014, 5, 6), date(2014, 4, 14), "week"),
        ("Last Easter the church was full.", "Last Easter", date(2014, 8, 26), date(2014, 4, 20), "day"),
        ("The parade returns next Easter.", "next Easter", date(2014, 8, 26), date(2015, 4, 5), "day"),
    ],
)
def test_holidays(text: str, span: str, anchor: date, value: date, precision: str) -> None:
    t = found(text, span, anchor)
    assert (t.value, t.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "span", "anchor", "value", "precision"),
    [
        ("The sale should close by year-end.", "year-end", date(2014, 10, 30), date(2014, 12, 31), "day"),
        ("Prices are up 5% since year-end.", "year-end", date(2014, 10, 30), date(2013, 12, 31), "day"),
        ("The rules take effect by year's end.", "year's end", date(2014, 10, 30), date(2014, 12, 31), "day"),
        ("Sales fell in the latest fiscal year.", "the latest fiscal year", TUESDAY, date(2013, 1, 1), "year"),
        (
            "Output rose in the first half of the year 2015.",
            "the first half of the year 2015",
            TUESDAY,
            date(2015, 1, 1),
            "half",
        ),
        (
            "Output fell in the second half of the year two thousand.",
            "the second half of the year two thousand",
            TUESDAY,
            date(2000, 7, 1),
            "half",
        ),
        ("Output rose in the first half of the year.", "the first half of the year", TUESDAY, date(2014, 1, 1), "half"),
        ("The bonds will be redeemed in five years.", "in five years", TUESDAY, date(2019, 1, 1), "year"),
        ("Troops will pull out in two weeks' time.", "in two weeks' time", TUESDAY, date(2014, 9, 8), "week"),
        ("Traders sold ahead of the weekend.", "ahead of the weekend", TUESDAY, date(2014, 8, 30), "weekend"),
        ("Envoys met a week or so ago.", "a week or so ago", TUESDAY, date(2014, 8, 18), "week"),
        ("Today is the fifth day of the strike.", "the fifth day", TUESDAY, TUESDAY, "day"),
        ("It's the second day of protests in the capital.", "the second day", TUESDAY, TUESDAY, "day"),
    ],
)
def test_more_phrasings(text: str, span: str, anchor: date, value: date, precision: str) -> None:
    t = found(text, span, anchor)
    assert (t.value, t.precision) == (value, precision)


@pytest.mark.parametrize(
    "text",
    [
        "It was the worst fighting in five years.",  # a duration
        "The army fired the shells in three days.",  # no future cue
    ],
)
def test_in_n_units_without_a_cue_is_no_date(text: str) -> None:
    assert [t for t in find_timexes(text, TUESDAY) if t.text.startswith("in ")] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Growth should recover in coming quarters.", "coming quarters"),
        ("The bank will raise capital at a later date.", "at a later date"),
        ("The country will one day be at peace.", "one day"),
    ],
)
def test_future_references(text: str, span: str) -> None:
    t = found(text, span)
    assert (t.value, t.precision) == (None, "future")


def test_one_day_counted_is_no_reference() -> None:
    assert [t for t in find_timexes("Rebels will leave one day after the vote.", TUESDAY) if t.text == "one day"] == []


def test_later_in_the_day_follows_the_day_named() -> None:
    text = "Rebels attacked on Aug. 20. Later in the day, troops arrived."
    t = found(text, "Later in the day")
    assert (t.value, t.precision, t.relative_to_event) == (date(2014, 8, 20), "day", 0)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Shares closed lower on Friday, down 4% from the previous Friday.", "previous Friday", date(2014, 8, 15)),
        (
            "Rebels attacked on Aug. 13. The following Monday, troops struck back.",
            "following Monday",
            date(2014, 8, 18),
        ),
        ("Talks broke down on Aug. 13 and the preceding Monday.", "preceding Monday", date(2014, 8, 11)),
        ("The envoys had met the previous Friday.", "previous Friday", date(2014, 8, 22)),  # no day named: the anchor's
    ],
)
def test_previous_and_following_weekdays_count_from_the_day_named(text: str, span: str, value: date) -> None:
    assert found(text, span, date(2014, 8, 27)).value == value


@pytest.mark.parametrize("text", ["Troops moved in the following Monday.", "The envoys return the following Monday."])
def test_following_weekday_with_no_day_named_has_no_value(text: str) -> None:
    # following some day the text does not name: not the anchor's next Monday (the first is past)
    t = found(text, "following Monday", date(2020, 3, 25))
    assert (t.value, t.precision) == (None, "day")


def test_ahead_of_the_weekend_on_a_weekend_is_that_weekend() -> None:
    sunday = date(2014, 8, 31)
    assert found("Traders sold ahead of the weekend.", "ahead of the weekend", sunday).value == date(2014, 8, 30)


def test_following_as_a_preposition_is_no_modifier() -> None:
    t = found("Following Monday's attack, troops sealed the town.", "Monday", date(2014, 8, 27))
    assert t.value == date(2014, 8, 25)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("The summit met on April 24 and 25.", [("April 24", date(2014, 4, 24)), ("25", date(2014, 4, 25))]),
        ("Talks ran from 3 to 5 May 2012.", [("3", date(2012, 5, 3)), ("5 May 2012", date(2012, 5, 5))]),
        ("Rebels attacked on 21-22 April.", [("21", date(2014, 4, 21)), ("22 April", date(2014, 4, 22))]),
    ],
)
def test_day_ranges_scored_end_by_end(text: str, ends: list[tuple[str, date]]) -> None:
    assert [(t.text, t.value) for t in find_timexes(text, TUESDAY, join_ranges=False)] == ends
    (joined,) = find_timexes(text, TUESDAY)  # the pipeline keeps one timex valued as the start
    assert joined.value == ends[0][1]


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        ("Talks are planned this weekend.", date(2014, 8, 27), date(2014, 8, 30)),  # a weekday: the coming one
        ("Fighting this weekend killed 20 people.", date(2014, 8, 27), date(2014, 8, 23)),  # the past tense
        ("Rebels seized the town this weekend.", date(2014, 8, 25), date(2014, 8, 23)),
        ("Talks are planned this weekend.", date(2014, 8, 30), date(2014, 8, 30)),  # on a weekend: that one
        ("Talks resume next weekend.", date(2014, 8, 27), date(2014, 8, 30)),
        ("Talks resume next weekend.", date(2014, 8, 31), date(2014, 9, 6)),
        ("Rebels struck over the weekend.", date(2014, 8, 27), date(2014, 8, 23)),
        ("Rebels struck last weekend.", date(2014, 8, 27), date(2014, 8, 23)),
    ],
)
def test_weekends(text: str, anchor: date, value: date) -> None:
    (t,) = find_timexes(text, anchor)
    assert (t.value, t.precision) == (value, "weekend")


WEDNESDAY = date(2020, 3, 25)  # the anchor of the cases below: Wednesday 25 March 2020


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the weekday fits 2019 only, but the text says it is to come: the tense wins, the date its year
        ("The vote will be held on Tuesday, April 2.", "Tuesday, April 2", date(2020, 4, 2)),
        ("Rebels attacked on Thursday, March 28.", "Thursday, March 28", date(2019, 3, 28)),
        ("Polls will open on Sunday, April 5.", "Sunday, April 5", date(2020, 4, 5)),  # the weekday fits 2020
    ],
)
def test_a_weekday_named_with_the_date_under_the_tense(text: str, span: str, value: date) -> None:
    assert found(text, span, WEDNESDAY).value == value


@pytest.mark.parametrize(
    "text",
    [
        "The united opposition holds a rally on April 10.",
        "The wounded soldiers return home on April 10.",
        "Two wounded soldiers return home on April 10.",
        "The besieged town receives aid on April 10.",
        "The embattled president faces a vote on April 10.",
        "Hundreds of displaced families go home on April 10.",
        "Schools are closed on April 10.",
        "Shops remain closed on April 10.",
    ],
)
def test_adjectives_and_present_passives_are_no_past_tense(text: str) -> None:
    assert found(text, "April 10", WEDNESDAY).value == date(2020, 4, 10)


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers died on April 10.",
        "Three soldiers were killed on April 10.",
        "A bomb wounded 12 people on April 10.",
        "Dozens injured in the blast on April 10 were flown out.",
        "Police detained protesters on April 10.",
        "Rebels besieged the town on April 10.",
        "Gunmen shot two guards on April 10.",
        "The army freed the hostages on April 10.",
        "The two sides agreed on a truce on April 10.",
        "Troops left the town on April 10.",
        "Prices rose sharply on April 10.",
        "The talks broke down on April 10.",
    ],
)
def test_past_forms_put_a_date_behind(text: str) -> None:
    assert found(text, "April 10", WEDNESDAY).value == date(2019, 4, 10)


@pytest.mark.parametrize(
    ("text", "span", "anchor", "value"),
    [
        ("Rebels struck this weekend.", "this weekend", WEDNESDAY, date(2020, 3, 21)),
        ("Prices fell at year's end.", "year's end", WEDNESDAY, date(2019, 12, 31)),
        ("Attacks are feared at Easter.", "Easter", date(2020, 3, 1), date(2020, 4, 12)),
        ("Only two weeks are left before the vote on April 10.", "April 10", WEDNESDAY, date(2020, 4, 10)),
        ("A warning shot rang out on April 10.", "April 10", WEDNESDAY, date(2019, 4, 10)),
        ("The flu shot becomes available on April 10.", "April 10", WEDNESDAY, date(2020, 4, 10)),  # a noun
        ("Talks were to resume on April 10.", "April 10", WEDNESDAY, date(2020, 4, 10)),  # a future seen from the past
    ],
)
def test_irregular_and_ambiguous_forms(text: str, span: str, anchor: date, value: date) -> None:
    assert found(text, span, anchor).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gunmen killed five people on March 28.", date(2019, 3, 28)),  # 3 days ahead: no lag that long
        ("Gunmen killed five people on March 26.", date(2020, 3, 26)),  # a day ahead: the dateline's lag
        ("The trial will open on March 28.", date(2020, 3, 28)),
        ("The truce expires on March 28.", date(2020, 3, 28)),  # no tense: the nearest
    ],
)
def test_an_explicit_past_tense_allows_a_day_of_lag(text: str, value: date) -> None:
    assert [t.value for t in find_timexes(text, WEDNESDAY)] == [value]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("On Monday, Gen. Smith will brief reporters.", "Monday", date(2020, 3, 30)),
        ("On Monday, U.S. troops will begin leaving.", "Monday", date(2020, 3, 30)),
        ("On Friday, Capt. J. Ali and Sen. Reyes will visit the camp.", "Friday", date(2020, 3, 27)),
        ("On Monday, Brig. Gen. Ali said troops had left.", "Monday", date(2020, 3, 23)),
        ("The president will meet Maj. Ali on Monday.", "Monday", date(2020, 3, 30)),
        ("Adm. Reyes and Prof. Ali will speak on Monday.", "Monday", date(2020, 3, 30)),
        ("They will sign the Jan. 5 accord Monday.", "Monday", date(2020, 3, 30)),
    ],
)
def test_abbreviations_end_no_clause(text: str, span: str, value: date) -> None:
    assert found(text, span, WEDNESDAY).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Aid arrived as soon as the road reopened Monday.", date(2020, 3, 23)),
        ("Aid was sent to villages as soon as the road reopened Monday.", date(2020, 3, 23)),
        ("Aid would flow as soon as the border opened Monday.", date(2020, 3, 30)),
        ("The ministry hoped to free the prisoners as soon as talks resumed Monday.", date(2020, 3, 30)),
        ("A vote could come as early as Monday.", date(2020, 3, 30)),
        ("As early as Monday, troops massed at the border.", date(2020, 3, 23)),
    ],
)
def test_as_soon_as_follows_the_tense_of_its_clause(text: str, value: date) -> None:
    assert found(text, "Monday", WEDNESDAY).value == value


@pytest.mark.parametrize(
    "text",
    [
        "It will be the first election in five years.",
        "Turnout will be the highest in ten years.",
        "It will be the deadliest attack in three years.",
        "Output will reach its lowest level in two years.",
    ],
)
def test_a_ranking_in_n_years_is_a_span(text: str) -> None:
    assert [t for t in find_timexes(text, WEDNESDAY) if t.text.startswith("in ")] == []


def test_in_n_years_after_a_ranking_in_another_clause_is_a_date() -> None:
    t = found("The first phase ends now; the second will end in five years.", "in five years", WEDNESDAY)
    assert t.value == date(2025, 1, 1)


@pytest.mark.parametrize(
    ("year", "sunday"),
    [
        (1818, date(1818, 3, 22)),  # the earliest possible
        (2000, date(2000, 4, 23)),
        (2008, date(2008, 3, 23)),
        (2011, date(2011, 4, 24)),
        (2016, date(2016, 3, 27)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2038, date(2038, 4, 25)),  # the latest possible
    ],
)
def test_easter(year: int, sunday: date) -> None:
    assert easter(year) == sunday


@pytest.mark.parametrize("text", ["Envoys met Jan Kavan and June Carter.", "March organisers said police were calm."])
def test_a_month_name_alone_is_no_month(text: str) -> None:
    # only "December's" stands alone as a month: the lookahead holds for every month (whatever the
    # order its alternation is built in), not only the last one
    assert find_timexes(text, WEDNESDAY) == []


def test_a_month_with_its_possessive_is_a_month() -> None:
    assert found("December's attacks killed 20.", "December", WEDNESDAY).value == date(2019, 12, 1)

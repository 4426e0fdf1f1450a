"""Dates a sentence gives that do not date its event (stages/when_frames.py, stages/when_offsets.py):
a count's frame ("the fourth mass shooting this year"), a relative clause on a noun that is no
event ("the junta, which took power in 2021"), a later day for an ongoing event, and an offset
from an event the story has not told when the sentence names its own day."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.stages.dates import find_timexes
from tests.conftest import dated as dated_on
from tests.conftest import records

TUESDAY = date(2014, 8, 26)


def dated(pipeline: Any, text: str, word: str) -> tuple[str | None, str | None]:
    return dated_on(pipeline, text, word, TUESDAY)


# the clause's own day wins over an offset from an event the story does not date


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "On Sunday, supporters of the two candidates clashed in Conakry, a day after a disputed runoff, "
            "killing two people.",
            "clash",
            "2014-08-24",
        ),
        (
            "On Saturday, farmers and herders clashed in the village of Kwall, two days after a cattle raid, "
            "killing four.",
            "clash",
            "2014-08-23",
        ),
    ],
)
def test_own_day_wins_over_an_offset(pipeline: Any, text: str, word: str, day: str) -> None:
    assert dated(pipeline, text, word) == (day, "day")


@pytest.mark.slow
def test_an_offset_from_an_untold_event_does_not_count_from_the_story_before(pipeline: Any) -> None:
    text = (
        "Gunmen attacked a convoy near Gao on Monday.\n\n"
        "Soldiers clashed with protesters in Bamako, a day after a disputed vote."
    )
    assert dated(pipeline, text, "clash") == ("2014-08-26", "week")


@pytest.mark.slow
def test_an_offset_from_the_event_told_before_still_counts_from_it(pipeline: Any) -> None:
    text = "Rioters burned the town hall in Kisumu on Thursday. A day after the burning, police arrested 40 people."
    assert dated(pipeline, text, "arrest") == ("2014-08-22", "day")


# a relative clause on a noun that is no event tells that noun's past


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The junta, which took power in 2021, says its troops have recaptured several towns.", "recapture"),
        ("Gunmen attacked the market in Jos, which reopened in March.", "attack"),
        ("Police arrested the men, who had escaped from prison in 2012, in Lagos.", "arrest"),
    ],
)
def test_a_relative_clause_dates_its_own_noun(pipeline: Any, text: str, word: str) -> None:
    assert dated(pipeline, text, word) == ("2014-08-26", "week")


@pytest.mark.slow
def test_a_relative_clause_on_the_event_still_dates_it(pipeline: Any) -> None:
    text = "The protests, which began in June, have left 40 people dead."
    assert dated(pipeline, text, "protest") == ("2014-06-01", "month")


# a count's frame is no date of the event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The shooting was the city's fourth mass shooting this year.", "shooting"),
        ("Police said the riot was the worst in the city this month.", "riot"),
    ],
)
def test_a_count_frame_does_not_date_the_event(pipeline: Any, text: str, word: str) -> None:
    assert dated(pipeline, text, word) == ("2014-08-26", "week")


@pytest.mark.slow
def test_a_past_month_after_an_ordinal_still_dates_the_event(pipeline: Any) -> None:
    assert dated(pipeline, "It was the second attack on the village in March.", "attack") == ("2014-03-01", "month")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("It was the deadliest ambush on the army so far this year.", True),
        ("The clashes this week were the worst in the city this year.", False),
        ("Rebels attacked the town this month.", False),
        ("It was the second attack on the village in March.", False),
    ],
)
def test_count_frame(nlp: Any, text: str, frame: bool) -> None:
    from eventwire.stages.when_frames import count_frame

    sent = next(nlp(text).sents)
    first = find_timexes(text, TUESDAY)[0]
    assert count_frame(first, sent, TUESDAY) is frame


# an ongoing event does not take a later sentence's day


@pytest.mark.slow
def test_an_ongoing_event_keeps_the_week(pipeline: Any) -> None:
    text = "Heavy fighting continued around the airport. On 20 August, rebels shelled the terminal, killing nine."
    assert dated(pipeline, text, "fighting") == ("2014-08-26", "week")
    assert dated(pipeline, text, "shell") == ("2014-08-20", "day")


@pytest.mark.slow
def test_an_event_takes_the_day_its_paragraph_names_after_it(pipeline: Any) -> None:
    text = "Gunmen stormed a police post in Tillaberi. The raid took place on 20 August, officials said."
    assert dated(pipeline, text, "storm") == ("2014-08-20", "day")


@pytest.mark.slow
def test_what_it_was_is_the_incident_told_before(pipeline: Any) -> None:
    text = (
        "Militants ambushed an army patrol near Diffa on Friday, killing six soldiers. "
        "It was the deadliest ambush in the region this year."
    )
    evs = records(pipeline, text, TUESDAY)
    ambushes = [e for e in evs if "ambush" in e["trigger"].lower()]
    assert ambushes
    assert all((e["event_date"], e["date_precision"]) == ("2014-08-22", "day") for e in ambushes)


@pytest.mark.slow
def test_a_clause_of_place_still_bounds_the_date(pipeline: Any) -> None:
    text = "He later fought against government forces in Chechnya, where he was captured in 2001."
    assert dated(pipeline, text, "fought") == ("2001-01-01", "year")


# a date that names a noun of another clause dates that noun's event


@pytest.mark.slow
def test_a_date_naming_another_clause_noun_does_not_date_the_statement(pipeline: Any) -> None:
    text = "Prosecutors say he planned the 2016 bombing of a bus station, and he was accused of recruiting fighters."
    assert dated(pipeline, text, "accused") == ("2014-08-26", "week")


@pytest.mark.slow
def test_a_day_with_its_time_of_day_still_dates_joined_verbs(pipeline: Any) -> None:
    assert dated(pipeline, "A man was stabbed and killed on Saturday morning in Leeds.", "stab") == (
        "2014-08-23",
        "day",
    )


# an offset from an occasion ("the eve of the election") does not count from the event told before


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three herders near Jos on Monday. On the eve of the referendum, militants attacked a school.",
        "Gunmen killed three herders near Jos on Monday. A day after the governorship election, youths burned a bus.",
    ],
)
def test_an_offset_from_an_occasion_does_not_count_from_the_event_before(pipeline: Any, text: str) -> None:
    evs = records(pipeline, text, TUESDAY)
    later = [e for e in evs if "herders" not in e["evidence"]["text"] and e["event_date"] is not None]
    assert later
    assert all(e["date_precision"] == "week" for e in later)


@pytest.mark.slow
def test_an_offset_from_a_dated_occasion_counts_from_its_day(pipeline: Any) -> None:
    text = "On the eve of the August 3 referendum, militants attacked a school in Jos."
    assert dated(pipeline, text, "attack") == ("2014-08-02", "day")


@pytest.mark.slow
def test_an_offset_from_the_attack_told_before_counts_from_it(pipeline: Any) -> None:
    text = "Rebels ambushed a convoy near Beni on Sunday. A day after the attack, the army arrested 12 suspects."
    assert dated(pipeline, text, "arrest") == ("2014-08-25", "day")


# an offence named under a legal act is not dated by the act's day


@pytest.mark.slow
def test_an_offence_does_not_take_the_arrest_day(pipeline: Any) -> None:
    text = (
        "Deputies detained a woman in Tulsa on Wednesday. "
        "Investigators said she is a suspect in the stabbing of her neighbour."
    )
    assert dated(pipeline, text, "stabbing") == ("2014-08-26", "week")


@pytest.mark.slow
def test_an_offence_takes_the_day_told_after_it(pipeline: Any) -> None:
    text = (
        "Deputies detained a woman in Tulsa on Wednesday. She was charged with murder in the death of her "
        "neighbour. The neighbour was found with stab wounds at his home on 2 August, deputies said."
    )
    assert dated(pipeline, text, "murder") == ("2014-08-02", "day")


@pytest.mark.slow
def test_offence(nlp: Any) -> None:
    from eventwire.stages.when_frames import offence

    doc = nlp("Police arrested a man in connection with the shooting. He was charged with robbery.")
    words = {t.lower_: t for t in doc}
    assert offence(words["shooting"]) and offence(words["robbery"])
    assert not offence(words["arrested"])

"""Events a date counts from or follows (stages/when_referents.py, stages/when_offsets.py): an
offset from a definite event noun ("two days after the bombing") counts from the last event of
that class the story told, not from whatever it dated last; an act told as coming "later" is not
dated to the day of the event before it; an offset in brackets holds only the words inside them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.stages.when_referents import told_later
from tests.conftest import dated as dated_on

TUESDAY = date(2014, 8, 26)


def dated(pipeline: Any, text: str, word: str) -> tuple[str | None, str | None]:
    return dated_on(pipeline, text, word, TUESDAY)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        (
            "A car bomb exploded at a checkpoint in Mogadishu on Friday, killing seven soldiers. "
            "Police detained three suspects on Sunday. "
            "Two days after the bombing, militants ambushed an army patrol near Afgoye.",
            "ambush",
            "2014-08-24",
        ),
        (
            "Gunmen attacked a bus near Wajir on Friday, killing four passengers. "
            "Troops arrested two men on Sunday. "
            "A day after the attack, herders clashed with farmers near Garissa.",
            "clash",
            "2014-08-23",
        ),
    ],
)
def test_an_offset_from_a_definite_event_noun_counts_from_that_event(
    pipeline: Any, text: str, word: str, day: str
) -> None:
    assert dated(pipeline, text, word) == (day, "day")


@pytest.mark.slow
def test_an_offset_from_an_unmatched_noun_still_counts_from_the_event_before(pipeline: Any) -> None:
    text = (
        "Gunmen attacked a bus near Wajir on Friday, killing four passengers. "
        "A day after the incident, herders clashed with farmers near Garissa."
    )
    assert dated(pipeline, text, "clash") == ("2014-08-23", "day")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Police later arrested one of the suspects.", ("2014-08-26", "week")),
        ("Police subsequently arrested one of the suspects.", ("2014-08-26", "week")),
        ("Police later arrested one of the suspects on Monday.", ("2014-08-25", "day")),
        ("Police arrested one of the suspects.", ("2014-08-24", "day")),
    ],
)
def test_an_act_told_as_later_does_not_take_the_day_before(
    pipeline: Any, second: str, expected: tuple[str, str]
) -> None:
    text = "Two men shot dead a shopkeeper in Eldoret on Sunday. " + second
    assert dated(pipeline, text, "arrest") == expected


@pytest.mark.slow
def test_a_day_after_brackets_dates_the_clause_that_holds_them(pipeline: Any) -> None:
    text = "Rioters torched a police station in Kano (a day after a teenager was shot dead) on Monday."
    assert dated(pipeline, text, "torch") == ("2014-08-25", "day")
    assert dated(pipeline, text, "shot") == ("2014-08-24", "day")


@pytest.mark.slow
def test_the_day_inside_brackets_dates_the_event_in_them(pipeline: Any) -> None:
    text = "Rioters torched a police station in Kano (a day after a teenager was shot dead on Sunday)."
    assert dated(pipeline, text, "torch") == ("2014-08-25", "day")


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("Police later arrested a suspect.", True),
        ("He was subsequently charged with murder.", True),
        ("Police arrested a suspect later that day.", False),
        ("Police arrested a suspect.", False),
    ],
)
def test_told_later(nlp: Any, text: str, later: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ in ("arrest", "charge"))
    assert told_later(verb) is later


@pytest.mark.slow
def test_a_verb_form_used_as_subject_is_dated_by_its_own_clause(pipeline: Any) -> None:
    text = "Rebels have encircled Taiz since June, and shelling killed four children on Monday."
    assert dated(pipeline, text, "shelling") == ("2014-08-25", "day")

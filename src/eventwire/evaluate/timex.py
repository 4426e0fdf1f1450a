"""Temporal expressions scored on TIMEX3 annotations (TempEval-3 TBAQ shape).

Each record has ``text``, ``date_published`` (the document creation time, the anchor) and
``gold.timexes`` with ``type``, ``value``, ``char_start``, ``char_end``. ``dates.find_timexes``
runs over the whole text, anchored on the document date, so the words around an expression
("in 1996", "last week") count as they do in the pipeline.

Values are compared as TimeML strings. A ``Timex`` is written at its own precision: day
``1998-01-08``, week ``1998-W02`` (ISO week of its Monday), month ``1998-01``, quarter
``1998-Q1``, half-year ``1998-H1``, weekend ``1998-W02-WE``, season ``1998-SU`` (SP, SU, FA, WI),
year ``1998``, decade ``199``, century ``19`` (the 20th century, 1900-1999); the vague
references "now", "in the past", "in the future" are ``PRESENT_REF``, ``PAST_REF``,
``FUTURE_REF``. A value matches only at the same granularity: gold ``1998-01`` is matched by a
month-precision value of January 1998, not by the day ``1998-01-08`` nor the year ``1998``
(a coarser or finer answer is a different answer). Week numbers are compared as numbers (gold
``2000-W7`` is the week eventwire writes ``2000-W07``), and a decade or century written with
placeholder digits is the same value in another notation (gold ``198X`` is the decade ``198``,
``19XX`` the century ``19``). Gold values that leave a part of a finer unit unspecified
(``1998-WXX``, ``1968-XX``, ``199X-XX-XX``) can never be matched, not even by the coarser value
around them (``1968`` does not match ``1968-XX``), and stay in the denominator.

Ranges ("from Aug. 26 to Oct. 20") are scored end by end, as TimeML annotates them
(``find_timexes(..., join_ranges=False)``); the pipeline keeps a range as one timex.

A day is written with the clock time its words give it ("9 a.m. Tuesday" ``1998-01-06T09:00``,
``stages/timex_times.py``), as TimeML writes it whatever the type; a part of the day ("Tuesday
night" ``1998-01-06TNI``) only where the gold calls the expression a TIME (``time_value_accuracy``):
the TBAQ gold writes most "Tuesday night" phrases it types DATE as the plain day.

Figures, over gold ``DATE`` expressions only (durations, clock times and sets are out of scope):

- ``value_accuracy``: with the gold spans given, the share whose value eventwire gets right: the
  timex found that overlaps the gold span most, or else the gold words normalised on their own;
- ``time_value_accuracy`` (over ``n_time``): as ``value_accuracy``, for the gold ``TIME``
  expressions on a day ("Wednesday night", "9 a.m. Tuesday"), parts of the day written;
- ``precision`` / ``recall`` / ``f1``: expressions found in the raw text. A found timex is right
  when it overlaps a gold DATE span and has its value. Found timexes overlapping a gold duration,
  time or set are left out of precision (not DATE expressions, not scored either way).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.evaluate import f1, ratio, read_jsonl
from eventwire.records import Timex
from eventwire.stages.dates import find_timexes, parse_date_string
from eventwire.stages.timex_times import time_of_day

SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}
UNPADDED_WEEK = re.compile(r"-W(\d)(?!\d)")
OPEN_TAIL = re.compile(r"(?<=^\d{3})X$|(?<=^\d{2})XX$")  # "198X" (the 1980s), "19XX" (the 20th century)
DAY_TIME = re.compile(r"\d{4}-\d\d-\d\dT")  # a gold TIME on a day: "1998-01-08TNI", "1998-01-08T09:00"
REFS = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}


def timeml_value(t: Timex, text: str | None = None, parts: bool = False) -> str | None:
    """The TimeML value of a timex at its precision, or None when it has no value; with the
    ``text`` it was found in, a day carries the clock time the text gives it ("9 a.m. Tuesday"
    ``2020-03-24T09:00``), and with ``parts`` the part of the day ("Wednesday night" ``2020-03-25TNI``)."""
    if t.precision in REFS:
        return REFS[t.precision]
    v = t.value
    if v is None:
        return None
    written = _written(v, t.precision or "day")
    suffix = time_of_day(text, t, parts) if text is not None and written is not None else None
    return written + suffix if written is not None and suffix else written


def _written(v: date, precision: str) -> str | None:
    if precision == "day":
        return v.isoformat()
    if precision in ("week", "weekend"):
        year, week, _ = v.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if precision == "weekend" else "")
    if precision == "month":
        return f"{v.year}-{v.month:02d}"
    if precision == "quarter":
        return f"{v.year}-Q{(v.month - 1) // 3 + 1}"
    if precision == "half":
        return f"{v.year}-H{1 if v.month < 7 else 2}"
    if precision == "season":
        return f"{v.year}-{SEASONS.get(v.month, 'XX')}"
    if precision == "year":
        return str(v.year)
    if precision == "decade":
        return str(v.year)[:3]
    if precision == "century":
        return f"{v.year // 100:02d}"
    return None


def evaluate_timex(path: Path, settings: Settings, limit: int | None) -> dict[str, Any]:
    """Score date normalisation with gold spans (accuracy) and from raw text (P/R/F1)."""
    tally = {"n": 0, "correct": 0, "found": 0, "found_right": 0, "docs": 0, "n_time": 0, "time_correct": 0}
    for record in read_jsonl(path, limit):
        _score_document(record, tally)
    precision = ratio(tally["found_right"], tally["found"])
    recall = ratio(tally["found_right"], tally["n"])
    return {
        "task": "timex",
        "documents": tally["docs"],
        "n": tally["n"],
        "value_accuracy": ratio(tally["correct"], tally["n"]),
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
        "n_time": tally["n_time"],
        "time_value_accuracy": ratio(tally["time_correct"], tally["n_time"]),
    }


def _score_document(record: dict[str, Any], tally: dict[str, int]) -> None:
    text = record["text"]
    anchor = parse_date_string(record.get("date_published") or "")
    found = [t for t in find_timexes(text, anchor, join_ranges=False) if timeml_value(t) is not None]
    gold = record["gold"]["timexes"]
    dates = [g for g in gold if g["type"] == "DATE"]
    tally["docs"] += 1
    tally["n"] += len(dates)
    for g in dates:
        tally["correct"] += _normalised(g, found, anchor, text) == canonical(g["value"])
    for g in gold:  # times on a day ("Wednesday night", "9 a.m. Tuesday"), valued with the words of their span
        if g["type"] == "TIME" and DAY_TIME.match(g["value"]):
            tally["n_time"] += 1
            tally["time_correct"] += _normalised(g, found, anchor, text, parts=True) == g["value"]
    for t in found:
        over = [g for g in gold if _overlap(t, g) > 0]
        if over and all(g["type"] != "DATE" for g in over):
            continue
        tally["found"] += 1
        tally["found_right"] += any(
            g["type"] == "DATE" and timeml_value(t, text) == canonical(g["value"]) for g in over
        )


def canonical(value: str) -> str:
    """A gold TimeML value written as eventwire writes it: week numbers with two digits, a decade
    without its placeholder digit ("198X" is "198"), a century without its two ("19XX" is "19")."""
    return OPEN_TAIL.sub("", UNPADDED_WEEK.sub(r"-W0\1", value))


def _normalised(
    g: dict[str, Any], found: list[Timex], anchor: date | None, text: str, parts: bool = False
) -> str | None:
    """The value eventwire gives the gold span ``g`` of ``text``: a day with the clock time (and with
    ``parts`` the part of the day) that the words of the gold span give it."""
    best = max(found, key=lambda t: _overlap(t, g), default=None)
    if best is not None and _overlap(best, g) > 0:
        within = " " * g["char_start"] + text[g["char_start"] : g["char_end"]]
        return timeml_value(best, within, parts)
    alone = [t for t in find_timexes(g["text"], anchor) if timeml_value(t) is not None]
    return timeml_value(alone[0], g["text"], parts) if alone else None


def _overlap(t: Timex, g: dict[str, Any]) -> int:
    return max(0, min(t.end, g["char_end"]) - max(t.start, g["char_start"]))

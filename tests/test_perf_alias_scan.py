"""The speed-ups of the perf pass give the same results as the plain code they replace."""

from __future__ import annotations

import re

import pytest

from eventwire.stages.actors import load_dictionary
from eventwire.stages.alias_scan import AliasScan
from eventwire.stages.casualties import find_counts


def _piece(alias: str) -> str:
    return re.escape(alias).replace(r"\ ", r"[\s-]+")


ALIASES = ["northern hill militia", "hill militia", "hill", "harbour guard", "émigré front", "ok", "x.y. party"]
TEXTS = [
    "The Northern Hill Militia and the hill-militia met the HARBOUR  GUARD near the hill.",
    "A foothill, an uphill road and a pre-hill camp are no match; Hill's men are.",
    "The Émigré Front and the émigré-front marched; OK said the X.Y. Party.",
    "Ḣill and ſhill are odd letters; hill—militia is joined by a dash, not a hyphen.",
    "",
    "hill",
]


@pytest.mark.parametrize("flags", [re.IGNORECASE, 0])
@pytest.mark.parametrize("text", TEXTS)
def test_alias_scan_matches_the_whole_alternation(text: str, flags: int) -> None:
    scan = AliasScan(ALIASES, _piece, flags)
    plain = re.compile(rf"(?<![\w-])(?:{'|'.join(map(_piece, ALIASES))})(?![\w-])", flags)
    assert [m.span() for m in scan.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_alias_scan_takes_the_first_alias_that_matches() -> None:
    scan = AliasScan(ALIASES, _piece, re.IGNORECASE)
    assert [m.group(0) for m in scan.finditer("the Northern Hill Militia and the Hill Militia")] == [
        "Northern Hill Militia",
        "Hill Militia",
    ]


def test_alias_scan_reads_a_non_ascii_first_letter() -> None:
    scan = AliasScan(ALIASES, _piece, re.IGNORECASE)
    assert [m.group(0) for m in scan.finditer("ÉMIGRÉ FRONT leaders")] == ["ÉMIGRÉ FRONT"]


def test_named_actors_found_in_any_case() -> None:
    dictionary = load_dictionary()
    lower = dictionary.find_named("fighters of the islamic state attacked the town")
    upper = dictionary.find_named("FIGHTERS OF THE ISLAMIC STATE ATTACKED THE TOWN")
    assert [(s, e, en.id) for s, e, en in lower] == [(s, e, en.id) for s, e, en in upper]
    assert lower


def test_counts_of_a_sentence_are_a_fresh_list_each_time() -> None:
    text = "Gunmen killed four villagers and wounded two others on Sunday."
    first = find_counts(text)
    first.clear()  # a caller may add to or change its list
    again = find_counts(text)
    assert [(c.kind, c.value) for c in again] == [("killed", 4), ("injured", 2)]

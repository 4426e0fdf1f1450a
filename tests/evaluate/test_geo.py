"""The geo evaluation: distances and the figures, on hand-made records and places."""

from __future__ import annotations

import pytest

from eventwire.evaluate.geo import Tally, distance_km
from eventwire.records import Place, Toponym


def place(lat: float, lon: float, gid: int | None = None) -> Place:
    return Place(gid, "P", "city", "USA", None, lat, lon)


def gold(start: int, end: int, lat: float, lon: float, gid: int | None = None) -> dict[str, object]:
    return {"start": start, "end": end, "name": "x", "lat": lat, "lon": lon, "geonameid": gid}


def test_distance_km() -> None:
    assert distance_km(0, 0, 0, 0) == 0
    assert distance_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.1)
    assert distance_km(51.5, -0.13, 48.86, 2.35) == pytest.approx(343, abs=3)


def test_gold_span_figures() -> None:
    t = Tally()
    t.gold_span(place(10, 10, 1), gold(0, 1, 10, 10, 1))  # exact
    t.gold_span(place(10, 11, 2), gold(0, 1, 10, 10, 1))  # ~110 km: within, wrong id
    t.gold_span(None, gold(0, 1, 10, 10, None))  # unresolved, no id
    f = t.figures()
    assert (f["n"], f["acc161"], f["exact_id"], f["n_with_id"], f["unresolved"]) == (3, 0.6667, 0.5, 2, 1)
    assert f["mean_km"] == pytest.approx(54.7, abs=0.5)


def test_end_to_end_hits_need_overlap_and_distance() -> None:
    t = Tally()
    golds = [gold(0, 5, 10, 10), gold(10, 15, 20, 20)]
    found = [
        Toponym(0, 5, "a", place(10, 10)),  # hit
        Toponym(1, 4, "a", place(10, 10)),  # same gold again: not a second hit
        Toponym(10, 15, "b", place(30, 30)),  # overlaps but far
        Toponym(20, 25, "c", place(0, 0)),  # no gold
    ]
    t.end_to_end(found, golds)
    f = t.figures()
    assert (f["e2e_found"], f["e2e_precision"], f["e2e_recall"]) == (4, 0.25, 0.5)
    assert f["e2e_f1"] == pytest.approx(0.3333, abs=1e-4)

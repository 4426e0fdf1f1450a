"""Exports: every format writes every event (GeoJSON: every located one) and reads back."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from eventwire.export import FLAT_COLUMNS, export_events, flatten
from eventwire.records import Actor, Event, Evidence, Location


def record(n: int, located: bool = True) -> dict[str, Any]:
    text = 'Troops shelled "Aleppo", killing 3, the army said.'
    event = Event(
        event_id=f"e-{n}",
        article_id="a-0000000000000001",
        event_date=date(2024, 5, n + 1),
        date_precision="day",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        plover="ASSAULT",
        cameo="195",
        actor1=Actor("Military Forces of Syria", "SYR", "MIL", "Troops"),
        actor2=None,
        location=Location("Aleppo", "SYR", 36.20124, 37.16117, 1, text="Aleppo") if located else None,
        fatalities=3,
        injured=None,
        evidence=Evidence(text, 10, 10 + len(text)),
        source="Reuters",
    )
    return event.to_dict()


RECORDS = [record(0), record(1, located=False), record(2)]


def test_flatten() -> None:
    row = flatten(RECORDS[0])
    assert list(row) == list(FLAT_COLUMNS)
    assert row["actor1_name"] == "Military Forces of Syria" and row["actor2_name"] is None
    assert (row["lat"], row["lon"], row["geo_precision"]) == (36.20124, 37.16117, 1)
    assert row["evidence_start"] == 10


def test_csv_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "e.csv"
    assert export_events(RECORDS, "csv", out) == 3
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert len(rows) == 3
    assert rows[0]["evidence_text"] == RECORDS[0]["evidence"]["text"]  # quotes and commas survive
    assert rows[1]["lat"] == ""


def test_jsonl_round_trip_to_stream() -> None:
    buf = io.StringIO()
    assert export_events(iter(RECORDS), "jsonl", buf) == 3
    assert [json.loads(line) for line in buf.getvalue().splitlines()] == RECORDS


def test_parquet_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    assert export_events(RECORDS, "parquet", out) == 3
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT event_id, lat, event_date, record FROM read_parquet('{out}') ORDER BY event_id"
    ).fetchall()
    assert [r[0] for r in rows] == ["e-0", "e-1", "e-2"]
    assert rows[0][1] == pytest.approx(36.20124) and rows[1][1] is None
    assert rows[0][2] == date(2024, 5, 1)
    assert json.loads(rows[2][3]) == RECORDS[2]


def test_parquet_empty_and_needs_a_path(tmp_path: Path) -> None:
    out = tmp_path / "empty.parquet"
    assert export_events([], "parquet", out) == 0
    assert duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{out}')").fetchone() == (0,)
    with pytest.raises(ValueError, match="file path"):
        export_events(RECORDS, "parquet", io.StringIO())


def test_geojson_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "e.geojson"
    assert export_events(RECORDS, "geojson", out) == 2  # the event without a location is left out
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == 2
    feature = doc["features"][0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [37.16117, 36.20124]}
    assert feature["properties"]["event_id"] == "e-0"


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="known: csv"):
        export_events(RECORDS, "xlsx", io.StringIO())

"""Write event records (contract dicts) as CSV, JSON Lines, Parquet or GeoJSON.

- ``jsonl``: one contract record per line, unchanged.
- ``csv``: one flat row per event (``FLAT_COLUMNS``): actors, location and evidence spread
  into columns such as ``actor1_name``, ``lat``, ``evidence_text``. A text cell that starts
  with ``= + - @``, a tab or a carriage return gets a leading ``'``, so a spreadsheet shows it
  as text and never runs it as a formula; the other formats keep the text unchanged. Rows end
  in CRLF (RFC 4180), so a cell holding a lone carriage return is quoted and reads back whole.
- ``parquet``: the flat columns, typed, plus ``record`` (the whole record as JSON), written by
  DuckDB; needs a file path.
- ``geojson``: a FeatureCollection of the events that have a location, each a Point
  ``[lon, lat]`` whose properties are the flat row. Events without a location are left out
  and not counted.
"""

from __future__ import annotations

import csv
import json
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

FORMATS = ("csv", "jsonl", "parquet", "geojson")

# (column, DuckDB type) of the flat row; the order is the CSV header.
FLAT_SCHEMA = (
    ("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("event_date", "DATE"),
    ("date_precision", "VARCHAR"), ("event_type", "VARCHAR"), ("sub_event_type", "VARCHAR"),
    ("plover", "VARCHAR"), ("cameo", "VARCHAR"),
    ("actor1_name", "VARCHAR"), ("actor1_country", "VARCHAR"), ("actor1_sector", "VARCHAR"),
    ("actor1_text", "VARCHAR"),
    ("actor2_name", "VARCHAR"), ("actor2_country", "VARCHAR"), ("actor2_sector", "VARCHAR"),
    ("actor2_text", "VARCHAR"),
    ("location_name", "VARCHAR"), ("country", "VARCHAR"), ("admin1", "VARCHAR"), ("lat", "DOUBLE"),
    ("lon", "DOUBLE"), ("geo_precision", "INTEGER"), ("geonameid", "BIGINT"), ("location_text", "VARCHAR"),
    ("fatalities", "INTEGER"), ("injured", "INTEGER"),
    ("evidence_text", "VARCHAR"), ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"),
    ("source", "VARCHAR"), ("confidence", "DOUBLE"), ("trigger", "VARCHAR"),
)  # fmt: skip
FLAT_COLUMNS = tuple(name for name, _ in FLAT_SCHEMA)
_NESTED = {"actor1": ("name", "country", "sector", "text"), "actor2": ("name", "country", "sector", "text")}
_LOCATION = {"name": "location_name", "country": "country", "admin1": "admin1", "lat": "lat", "lon": "lon",
             "geo_precision": "geo_precision", "geonameid": "geonameid", "text": "location_text"}  # fmt: skip


def flatten(rec: dict[str, Any]) -> dict[str, Any]:
    """The flat row of one contract record (missing parts are None)."""
    row: dict[str, Any] = {name: rec.get(name) for name in FLAT_COLUMNS}
    for actor, keys in _NESTED.items():
        part = rec.get(actor) or {}
        row.update({f"{actor}_{k}": part.get(k) for k in keys})
    loc = rec.get("location") or {}
    row.update({column: loc.get(key) for key, column in _LOCATION.items()})
    ev = rec.get("evidence") or {}
    row.update(evidence_text=ev.get("text"), evidence_start=ev.get("start"), evidence_end=ev.get("end"))
    return row


def export_events(events: Iterable[dict[str, Any]], fmt: str, out: IO[str] | Path) -> int:
    """Write ``events`` to ``out`` (an open text stream or a file path) in ``fmt``.

    Returns the number of events written. Parquet needs a path (ValueError otherwise).
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; known: {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ValueError("parquet export needs a file path, not a stream")
        return _write_parquet(events, out)
    writer = {"csv": _write_csv, "jsonl": _write_jsonl, "geojson": _write_geojson}[fmt]
    with _text_out(out) as stream:
        return writer(events, stream)


@contextmanager
def _text_out(out: IO[str] | Path) -> Iterator[IO[str]]:
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as stream:
            yield stream
    else:
        yield out


def _write_csv(events: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    writer = csv.DictWriter(stream, fieldnames=FLAT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for rec in events:
        writer.writerow({k: _cell(v) for k, v in flatten(rec).items()})
        count += 1
    return count


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet cannot take for a formula (OWASP's CSV injection advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _write_jsonl(events: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    count = 0
    for rec in events:
        stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_geojson(events: Iterable[dict[str, Any]], stream: IO[str]) -> int:
    features = [_feature(rec) for rec in events if _has_point(rec)]
    json.dump({"type": "FeatureCollection", "features": features}, stream, ensure_ascii=False)
    stream.write("\n")
    return len(features)


def _has_point(rec: dict[str, Any]) -> bool:
    loc = rec.get("location") or {}
    return loc.get("lat") is not None and loc.get("lon") is not None


def _feature(rec: dict[str, Any]) -> dict[str, Any]:
    loc = rec["location"]
    geometry = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
    return {"type": "Feature", "id": rec.get("event_id"), "geometry": geometry, "properties": flatten(rec)}


def _write_parquet(events: Iterable[dict[str, Any]], path: Path) -> int:
    """Flat rows and the whole record go through a temporary JSON Lines file into DuckDB."""
    import duckdb

    columns = {name: kind for name, kind in FLAT_SCHEMA} | {"record": "VARCHAR"}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as tmp:
        count = 0
        for rec in events:
            row = flatten(rec) | {"record": json.dumps(rec, ensure_ascii=False)}
            tmp.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    try:
        con = duckdb.connect()
        rel = con.read_json(tmp.name, columns=columns, format="newline_delimited")
        rel.write_parquet(str(path))
        con.close()
    finally:
        Path(tmp.name).unlink(missing_ok=True)
    return count

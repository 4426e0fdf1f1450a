"""The command line: help everywhere, exit codes, extract/run/export/stats end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from tests.conftest import ROOT, validate_records

SAMPLE = ROOT / "src" / "eventwire" / "data" / "sample"
BOMBING = (
    "Last updated: 4 May, 2023\n\nA car bomb exploded at a checkpoint in Kirkuk on Tuesday, killing four policemen.\n"
)


def _commands() -> list[tuple[str, click.Command]]:
    assert isinstance(main, click.Group)
    return sorted(main.commands.items())


@pytest.mark.parametrize(("name", "command"), _commands())
def test_every_command_has_help(name: str, command: click.Command) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert command.help and len(command.help) > 20, f"{name} lacks a description"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts[0]} has no help text"


def test_missing_path_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["extract", "no/such/article.txt"])
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_bad_published_date_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BOMBING)
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--published", "May 4"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def _jsonl(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.mark.slow
def test_extract_prints_contract_records(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BOMBING)
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    records = _jsonl(result.output)
    validate_records(records)
    bomb = [r for r in records if r["sub_event_type"] == "Remote explosive/landmine/IED"]
    assert bomb and bomb[0]["event_date"] == "2023-05-02" and bomb[0]["fatalities"] == 4
    assert bomb[0]["location"]["country"] == "IRQ"
    assert "why" not in bomb[0]


@pytest.mark.slow
def test_extract_explain_and_table(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BOMBING)
    explained = _jsonl(CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--explain"]).output)
    assert explained[0]["why"]["trigger"] == "car bomb"
    table = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "--format", "table"])
    assert table.exit_code == 0 and "Kirkuk" in table.output


@pytest.mark.slow
def test_extract_reports_rejections_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BOMBING)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary" * 100)
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    assert "rejected" in result.stderr and "empty" in result.stderr and "binary" in result.stderr
    assert _jsonl(result.stdout)


@pytest.mark.slow
def test_strict_stops_at_a_rejection(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "empty.txt"), "--strict"])
    assert result.exit_code == 3


@pytest.mark.slow
def test_run_twice_stores_nothing_twice(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    (tmp_path / "empty.txt").write_text("   \n")
    args = ["run", str(SAMPLE), str(tmp_path / "empty.txt"), "--db", str(db)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    counts = _table_counts(db)
    # the empty file is rejected, the folder's README.md recorded as skipped (not an article format)
    assert counts["articles"] == 4 and counts["events"] > 0 and counts["rejections"] == 2
    assert "1 files skipped: not an article format" in first.output
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0 and "4 already stored" in second.output
    again = _table_counts(db)
    assert again["articles"] == counts["articles"] and again["events"] == counts["events"]
    assert again["rejections"] == counts["rejections"]  # a re-run records the same rejections once
    assert again["runs"] == 2


def _table_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            t: con.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("articles", "events", "runs", "rejections")
        }
    finally:
        con.close()


@pytest.mark.slow
def test_export_and_stats(tmp_path: Path) -> None:
    db = tmp_path / "events.duckdb"
    assert CliRunner().invoke(main, ["run", str(SAMPLE), "--db", str(db)]).exit_code == 0
    jsonl = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "jsonl"])
    records = _jsonl(jsonl.stdout)
    validate_records(records)
    geo = tmp_path / "events.geojson"
    assert CliRunner().invoke(main, ["export", "--db", str(db), "--format", "geojson", "-o", str(geo)]).exit_code == 0
    features = json.loads(geo.read_text())["features"]
    assert features and all(f["geometry"]["type"] == "Point" for f in features)
    parquet = tmp_path / "events.parquet"
    assert (
        CliRunner().invoke(main, ["export", "--db", str(db), "--format", "parquet", "-o", str(parquet)]).exit_code == 0
    )
    assert duckdb.sql(f"select count(*) from '{parquet}'").fetchall()[0][0] == len(records)
    stats = json.loads(CliRunner().invoke(main, ["stats", "--db", str(db), "--json"]).stdout)
    assert stats["events"] == len(records)


def test_export_without_database_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "no such database" in result.output


@pytest.mark.slow
@pytest.mark.shared
def test_seed_article_scores(shared: Path) -> None:
    """The reference article, scored by ../shared/seed/score.py: every event and statement, nothing invented."""
    result = CliRunner().invoke(main, ["extract", str(shared / "seed" / "article.txt"), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    validate_records(_jsonl(result.stdout))
    score = subprocess.run(
        [sys.executable, str(shared / "seed" / "score.py"), "-"],
        input=result.stdout,
        capture_output=True,
        text=True,
    )
    assert score.returncode == 0, score.stdout
    assert "4/4 required events, 2/2 statements, 0 invented violent events, 0 contract problems" in score.stdout


@pytest.mark.slow
def test_run_on_local_dask_workers_stores_the_same_events(tmp_path: Path) -> None:
    here, there = tmp_path / "here.duckdb", tmp_path / "there.duckdb"
    assert CliRunner().invoke(main, ["run", str(SAMPLE), "--db", str(here)]).exit_code == 0
    result = CliRunner().invoke(main, ["run", str(SAMPLE), "--db", str(there), "--workers", "1"])
    assert result.exit_code == 0, result.output

    def records(db: Path) -> list[str]:
        con = duckdb.connect(str(db), read_only=True)
        try:
            return sorted(r[0] for r in con.execute("select record from events").fetchall())
        finally:
            con.close()

    assert records(here) and records(here) == records(there)

"""CSV cells a spreadsheet would run as formulas, bad settings, and commands pointed at the wrong
database or at a missing folder."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.config import Settings
from eventwire.errors import ConfigError
from eventwire.export import export_events
from eventwire.store import Store

RISKY = ['=HYPERLINK("http://x")', "+Rebels fired rockets", "-Troops advanced", "@SUM(A1)", "\tTabbed"]


def record(text: str) -> dict[str, object]:
    evidence = {"text": text, "start": 0, "end": len(text)}
    actor = {"name": "Militia", "text": text}
    return {
        "event_id": "e-1",
        "article_id": "a-1",
        "fatalities": -1,
        "trigger": text,
        "actor1": actor,
        "evidence": evidence,
    }


@pytest.mark.parametrize("text", RISKY)
def test_csv_neutralises_formula_cells(text: str) -> None:
    out = io.StringIO()
    export_events([record(text)], "csv", out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue(), newline=""))
    assert row["evidence_text"] == "'" + text and row["actor1_text"] == "'" + text and row["trigger"] == "'" + text
    assert row["actor1_name"] == "Militia" and row["fatalities"] == "-1"  # plain text and numbers unchanged


def test_csv_neutralises_a_leading_carriage_return() -> None:
    out = io.StringIO()
    export_events([record("\rReturn")], "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [r["evidence_text"] for r in rows] == ["'\rReturn"]


def test_csv_round_trips_a_lone_carriage_return_inside_a_cell() -> None:
    out = io.StringIO()
    export_events([record("Gunmen\rattacked\r\nKano")], "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
    assert [r["evidence_text"] for r in rows] == ["Gunmen\rattacked\r\nKano"]


def test_jsonl_keeps_the_text_unchanged() -> None:
    out = io.StringIO()
    export_events([record("=1+2 Gunmen")], "jsonl", out)
    assert json.loads(out.getvalue())["evidence"]["text"] == "=1+2 Gunmen"


@pytest.mark.parametrize(
    ("setting", "value"),
    [("max_bytes", "big"), ("db", 5), ("batch_size", 0), ("strict", "yes"), ("data_dirs", [3]), ("batch_size", True)],
)
def test_settings_of_the_wrong_type(tmp_path: Path, setting: str, value: object) -> None:
    path = tmp_path / "s.toml"
    path.write_text(f"{setting} = {json.dumps(value)}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"setting {setting} must be"):
        Settings.load(path)


def test_good_settings_load(tmp_path: Path) -> None:
    path = tmp_path / "s.toml"
    path.write_text('batch_size = 8\nmax_bytes = 1000\ndata_dirs = ["x"]\nstrict = true\n', encoding="utf-8")
    s = Settings.load(path)
    assert (s.batch_size, s.max_bytes, s.data_dirs, s.strict) == (8, 1000, ("x",), True)


def test_bad_setting_exits_4_before_creating_a_database(tmp_path: Path) -> None:
    (tmp_path / "s.toml").write_text('max_bytes = "big"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Gunmen killed two people in Kano on Monday.", encoding="utf-8")
    db = tmp_path / "x.duckdb"
    args = ["run", str(tmp_path / "a.txt"), "--config", str(tmp_path / "s.toml"), "--db", str(db)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 4 and "max_bytes" in result.output and not db.exists()


def test_stats_and_export_refuse_a_foreign_database(tmp_path: Path) -> None:
    db = tmp_path / "sales.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE sales (amount INTEGER)")
    con.close()
    for args in (["stats", "--db", str(db)], ["export", "--db", str(db)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 5 and "not an eventwire database" in result.output
    con = duckdb.connect(str(db), read_only=True)
    assert [t[0] for t in con.execute("SHOW TABLES").fetchall()] == ["sales"]
    con.close()


def test_export_to_a_missing_folder_exits_2(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    Store(db).close()
    result = CliRunner().invoke(main, ["export", "--db", str(db), "-o", str(tmp_path / "nope" / "x.csv")])
    assert result.exit_code == 2 and "no such folder" in result.output


def test_stats_lists_rejections_by_reason(tmp_path: Path) -> None:
    from eventwire.records import Rejection

    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        run = store.start_run([], "v", {})
        for name in ("a.txt", "b.txt"):
            store.save_rejection(run, Rejection(name, "empty file"))
        store.save_rejection(run, Rejection("c.png", "binary file"))
    result = CliRunner().invoke(main, ["stats", "--db", str(db), "--json"])
    figures = json.loads(result.output)
    assert figures["rejections"] == 3 and figures["rejections_by_reason"] == {"empty file": 2, "binary file": 1}


def test_run_refuses_a_foreign_database_and_leaves_it_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "sales.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE sales (amount INTEGER)")
    con.close()
    (tmp_path / "a.txt").write_text("Gunmen killed two people in Kano on Monday.", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "a.txt"), "--db", str(db)])
    assert result.exit_code == 5 and "not an eventwire database" in result.output
    con = duckdb.connect(str(db), read_only=True)
    assert [t[0] for t in con.execute("SHOW TABLES").fetchall()] == ["sales"]
    con.close()

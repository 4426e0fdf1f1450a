"""`eventwire gazetteer build` on tiny GeoNames dump files, and `eventwire geocode`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.stages.gazetteer import Gazetteer


def geoname(
    gid: int,
    name: str,
    lat: float,
    lon: float,
    fclass: str,
    fcode: str,
    cc: str,
    a1: str,
    a2: str = "",
    pop: int = 0,
    alternates: str = "",
) -> str:
    cols = [
        str(gid),
        name,
        name,
        alternates,
        str(lat),
        str(lon),
        fclass,
        fcode,
        cc,
        "",
        a1,
        a2,
        "",
        "",
        str(pop),
        "",
        "",
        "America/Chicago",
        "2024-01-01",
    ]
    return "\t".join(cols)


def write_dumps(folder: Path) -> list[Path]:
    rows = [
        geoname(4300001, "Springfield", 39.80, -89.64, "P", "PPLA", "US", "IL", "167", 116_000, "Springfield IL"),
        geoname(4300002, "Chatham", 39.68, -89.70, "P", "PPL", "US", "IL", "167", 12_000),
        geoname(4300003, "Springfield", 37.21, -93.29, "P", "PPL", "US", "MO", "077", 167_000),
        geoname(4896861, "Illinois", 40.0, -89.0, "A", "ADM1", "US", "IL"),
        geoname(4250542, "Sangamon County", 39.76, -89.66, "A", "ADM2", "US", "IL", "167"),
        geoname(6252001, "United States", 39.76, -98.5, "A", "PCLI", "US", "00"),
    ]
    paths = {
        "US.txt": "\n".join(rows) + "\n",
        "alternateNamesV2.txt": "1\t4300002\ten\tChatham Village\t\t\t\t\t\t\n2\t4300002\tlink\thttp://x\t\t\t\t\t\t\n",
        "admin1CodesASCII.txt": "US.IL\tIllinois\tIllinois\t4896861\nUS.MO\tMissouri\tMissouri\t4398678\n",
        "admin2Codes.txt": "US.IL.167\tSangamon County\tSangamon County\t4250542\n",
    }
    for name, text in paths.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [folder / name for name in paths]


@pytest.fixture
def built(tmp_path: Path) -> Path:
    out = tmp_path / "geonames.sqlite"
    result = CliRunner().invoke(main, ["gazetteer", "build", *map(str, write_dumps(tmp_path)), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output
    return out


def test_build_from_dumps_has_cities_admin_areas_and_ids(built: Path) -> None:
    g = Gazetteer(built)
    springfields = g.lookup("Springfield")
    assert [(p.admin1, p.population) for p in springfields if p.kind == "city"] == [
        ("Missouri", 167_000),
        ("Illinois", 116_000),
    ]
    county = next(p for p in g.lookup("Sangamon County") if p.kind == "admin2")
    assert (county.geonameid, county.lat, county.lon, county.admin1) == (4250542, 39.76, -89.66, "Illinois")
    state = next(p for p in g.lookup("Illinois") if p.kind == "admin1")
    assert (state.geonameid, state.lat, state.lon) == (4896861, 40.0, -89.0)
    usa = g.country("USA")
    assert usa is not None and (usa.lat, usa.lon) == (39.76, -98.5)
    assert [p.name for p in g.lookup("Chatham Village")] == ["Chatham"]
    assert g.lookup("http://x") == []


def test_build_rejects_a_file_of_another_shape(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("just some words\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["gazetteer", "build", str(bad), "-o", str(tmp_path / "g.sqlite")])
    assert result.exit_code != 0
    assert "not a GeoNames dump file" in result.output


@pytest.mark.slow
def test_geocode_prints_places_and_reasons(built: Path) -> None:
    text = "Police in Springfield and Chatham, in Sangamon County, Illinois, made arrests."
    result = CliRunner().invoke(main, ["geocode", text, "--gazetteer", str(built)])
    assert result.exit_code == 0, result.output
    assert "why:" in result.output
    result = CliRunner().invoke(main, ["geocode", text, "--json", "--gazetteer", str(built)])
    found = {t["text"]: t for t in json.loads(result.output)}
    assert found["Springfield"]["place"]["admin1"] == "Illinois"  # the article's state beats population
    assert found["Sangamon County"]["place"]["kind"] == "admin2"
    assert found["Springfield"]["why"]
    assert found["Springfield"]["literal"] is True


@pytest.mark.slow
def test_geocode_marks_places_that_are_not_locations(built: Path) -> None:
    text = "Illinois said on Monday that Springfield would get more police."
    result = CliRunner().invoke(main, ["geocode", text, "--gazetteer", str(built)])
    assert result.exit_code == 0, result.output
    assert "not an event location" in result.output


def test_prune_removes_only_stale_shipped_gazetteers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.stages.gazetteer import default_path

    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    current = default_path()
    old = tmp_path / "gazetteer-v1-0123456789.sqlite"
    dumps = tmp_path / "gazetteer-geonames.sqlite"
    for f in (current, old, dumps):
        f.write_bytes(b"x")
    result = CliRunner().invoke(main, ["gazetteer", "prune", "--dry-run"])
    assert result.exit_code == 0 and "would remove" in result.output and old.exists()
    result = CliRunner().invoke(main, ["gazetteer", "prune"])
    assert result.exit_code == 0, result.output
    assert not old.exists() and current.exists() and dumps.exists()
    assert "nothing to remove" in CliRunner().invoke(main, ["gazetteer", "prune"]).output


def test_a_store_built_from_dumps_has_the_town_index(built: Path) -> None:
    conn = sqlite3.connect(built)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        conn.close()
    assert "places_town_lat" in names

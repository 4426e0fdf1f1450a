"""The DuckDB store: atomic article writes, no duplicates, resuming, clear errors."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.records import Actor, Article, Event, Evidence, Location, Rejection
from eventwire.store import Store

VERSION = "0.1.0/test"


def make_event(article_id: str, n: int = 0, country: str = "AFG", day: date | None = date(2024, 3, 3)) -> Event:
    text = "Gunmen killed 12 people in Kabul."
    return Event(
        event_id=f"{article_id}-e{n}",
        article_id=article_id,
        event_date=day,
        date_precision="day" if day else None,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        plover="ASSAULT",
        cameo="180",
        actor1=Actor("Unidentified Armed Group", None, "REB", "Gunmen"),
        actor2=Actor("Civilians", country, "CVL", "people"),
        location=Location("Kabul", country, 34.52813, 69.17233, 1, admin1="Kabul", geonameid=1138958, text="Kabul"),
        fatalities=12,
        injured=None,
        evidence=Evidence(text, 0, len(text)),
        source="AFP",
        confidence=0.8,
        trigger="killed",
        why={"rule": "test"},
    )


def make_article(n: int) -> Article:
    return Article(id=f"a-{n:016x}", text=f"Article {n}. Gunmen killed 12 people in Kabul.", published=date(2024, 3, 4))


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_save_and_read_back(store: Store) -> None:
    run = store.start_run(["x.txt"], VERSION, {"db": "t"})
    art = make_article(1)
    events = [make_event(art.id, 0), make_event(art.id, 1, country="SYR", day=None)]
    store.save_article(run, art, events, VERSION)
    store.finish_run(run, "done", {"stored": 1})
    got = store.events()
    assert [e["event_id"] for e in got] == [events[0].event_id, events[1].event_id]
    assert got[0] == events[0].to_dict()  # the whole record, why included
    assert store.has_article(art.id, VERSION) and not store.has_article(art.id, "other")
    assert store.article(art.id)["text"] == art.text  # type: ignore[index]
    assert [e["event_id"] for e in store.events(country="SYR")] == [events[1].event_id]
    assert len(store.events("fatalities >= ?", [10], since="2024-03-01")) == 1
    assert store.runs()[0]["status"] == "done"


def test_resave_keeps_one_copy(store: Store) -> None:
    run = store.start_run([], VERSION, {})
    art = make_article(1)
    store.save_article(run, art, [make_event(art.id, 0), make_event(art.id, 1)], VERSION)
    store.save_article(run, art, [make_event(art.id, 0)], VERSION)
    assert len(store.events()) == 1
    assert store.stats()["articles"] == 1


def test_failure_mid_save_rolls_back(store: Store) -> None:
    run = store.start_run([], VERSION, {})
    first, second = make_article(1), make_article(2)
    store.save_article(run, first, [make_event(first.id)], VERSION)
    broken = [make_event(second.id), object()]  # the second "event" fails halfway through the write
    with pytest.raises(AttributeError):
        store.save_article(run, second, broken, VERSION)  # type: ignore[arg-type]
    assert not store.has_article(second.id, VERSION)
    assert [e["article_id"] for e in store.events()] == [first.id]
    with pytest.raises(AttributeError):  # a failed re-save leaves the old events in place
        store.save_article(run, first, [object()], VERSION)  # type: ignore[list-item]
    assert len(store.events(article_id=first.id)) == 1


KILLED = """
import os, sys
sys.path[:0] = {paths!r}
from test_store import make_article, make_event, VERSION
from eventwire.store import Store
store = Store(sys.argv[1])
run = store.start_run([], VERSION, {{}})
for n in (1, 2):
    art = make_article(n)
    store.save_article(run, art, [make_event(art.id)], VERSION)
store.con.execute("BEGIN TRANSACTION")
store._article_rows(run, make_article(3), [make_event(make_article(3).id)], VERSION)
os._exit(9)  # killed in the middle of the third article
"""


def test_killed_run_keeps_finished_articles(tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    script = KILLED.format(paths=[str(Path(__file__).parent), *sys.path])
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(script), str(db)], capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    with Store(db) as store:
        assert store.has_article(make_article(2).id, VERSION)
        assert not store.has_article(make_article(3).id, VERSION)
        assert store.stats()["events"] == 2
        assert store.runs()[0]["status"] == "running"


def test_stats(store: Store) -> None:
    run = store.start_run([], VERSION, {})
    art = make_article(1)
    store.save_article(run, art, [make_event(art.id, 0), make_event(art.id, 1, "SYR", date(2024, 4, 1))], VERSION)
    stats = store.stats()
    assert stats["events"] == 2
    assert stats["by_event_type"] == {"Violence against civilians": 2}
    assert stats["by_country"] == {"AFG": 1, "SYR": 1}
    assert stats["by_month"] == {"2024-03": 1, "2024-04": 1}


def test_rejections_are_kept(store: Store) -> None:
    run = store.start_run([], VERSION, {})
    store.save_rejection(run, Rejection("big.txt", "too large", "1 > 0"))
    assert store.rejections(run)[0]["reason"] == "too large"


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "notes.duckdb"
    bad.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError, match="not a DuckDB database"):
        Store(bad)


HOLD = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); time.sleep(30)"


def test_locked_by_another_process(tmp_path: Path) -> None:
    db = tmp_path / "locked.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use by another process"):
            Store(db)
    finally:
        holder.kill()
        holder.wait()


def test_a_run_that_never_finished_is_marked_interrupted(tmp_path: Path) -> None:
    from eventwire.store import Store

    db = tmp_path / "runs.duckdb"
    with Store(db) as store:
        stopped = store.start_run(["a.txt"], "v1", {})
    with Store(db) as store:
        store.start_run(["a.txt"], "v1", {})
        statuses = {r["run_id"]: r["status"] for r in store.runs()}
    assert statuses[stopped] == "interrupted"

"""Article identity and safe storage: colliding ids, the same text under two ids, re-runs with
other settings, rejections recorded once, odd names, and read-only opens of foreign databases."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pytest

from eventwire import runner
from eventwire.config import Settings
from eventwire.errors import RejectedInput, StoreError
from eventwire.records import Article, Rejection
from eventwire.store import Store

KABUL = "KABUL (AFP) - A roadside bomb killed four police officers in Kabul on Sunday, officials said."
JUBA = "JUBA (Reuters) - Soldiers clashed with rebels near Yei on Monday, killing six fighters, the army said."


@pytest.fixture()
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No model: every article gives no events, except one whose text says FAIL (rejected)."""

    def extract(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Any] | Rejection]]:
        for a in articles:
            yield a, (Rejection(a.origin or a.id, "extraction failed: ValueError", "boom") if "FAIL" in a.text else [])

    @contextmanager
    def extractor(*_args: Any) -> Iterator[Any]:
        yield extract

    monkeypatch.setattr(runner, "_extractor", extractor)


def feed(path: Path, *lines: dict[str, Any]) -> str:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return str(path)


def run(tmp_path: Path, *sources: str, **kw: Any) -> dict[str, Any]:
    settings = Settings(db=str(tmp_path / "t.duckdb"), strict=kw.pop("strict", False))
    return runner.run_sources(list(sources), settings, **kw)


def articles(tmp_path: Path) -> dict[str, str]:
    with Store(tmp_path / "t.duckdb", read_only=True) as store:
        rows = store.con.execute("SELECT article_id, text FROM articles ORDER BY article_id").fetchall()
    return {str(k): str(v) for k, v in rows}


def test_the_same_id_with_another_text_gets_its_own_id(tmp_path: Path, fake_pipeline: None) -> None:
    run(tmp_path, feed(tmp_path / "a.jsonl", {"id": "7", "text": KABUL}))
    summary = run(tmp_path, feed(tmp_path / "b.jsonl", {"id": "7", "text": JUBA}), force=True)
    stored = articles(tmp_path)
    assert stored["7"] == KABUL  # the first article is neither dropped nor overwritten
    (other,) = [k for k in stored if k != "7"]
    assert other.startswith("7-") and stored[other] == JUBA and summary["renamed"] == 1


def test_colliding_ids_in_one_feed(tmp_path: Path, fake_pipeline: None) -> None:
    run(tmp_path, feed(tmp_path / "a.jsonl", {"id": "1", "text": KABUL}, {"id": "1", "text": JUBA}))
    assert sorted(articles(tmp_path).values()) == sorted([KABUL, JUBA])


def test_the_same_text_under_another_id_is_a_recorded_skip(tmp_path: Path, fake_pipeline: None) -> None:
    (tmp_path / "story.txt").write_text(KABUL, encoding="utf-8")
    wire = feed(tmp_path / "wire.jsonl", {"id": "afp-1", "text": KABUL})
    summary = run(tmp_path, str(tmp_path / "story.txt"), wire)
    assert len(articles(tmp_path)) == 1 and summary["duplicates"] == 1
    assert any("same text as article a-" in line for line in summary["rejections"])
    run(tmp_path, str(tmp_path / "story.txt"), wire)  # a re-run records nothing new
    with Store(tmp_path / "t.duckdb", read_only=True) as store:
        assert len(store.rejections()) == 1 and store.stats()["rejections_by_reason"] == {"duplicate": 1}


def test_a_rerun_with_another_date_warns(tmp_path: Path, fake_pipeline: None) -> None:
    (tmp_path / "story.txt").write_text(KABUL, encoding="utf-8")
    run(tmp_path, str(tmp_path / "story.txt"), published=date(2025, 3, 4))
    same = run(tmp_path, str(tmp_path / "story.txt"), published=date(2025, 3, 4))
    other = run(tmp_path, str(tmp_path / "story.txt"), published=date(2025, 4, 8))
    assert same["warnings"] == [] and other["skipped"] == 1
    assert "--force" in other["warnings"][0]


def test_a_failing_article_is_rejected_and_the_others_stored(tmp_path: Path, fake_pipeline: None) -> None:
    source = feed(tmp_path / "a.jsonl", {"text": KABUL}, {"text": "FAIL " + JUBA}, {"text": JUBA})
    summary = run(tmp_path, source)
    assert summary["stored"] == 2 and summary["rejected"] == 1
    assert "extraction failed" in summary["rejections"][0]
    with pytest.raises(RejectedInput):
        run(tmp_path, source, force=True, strict=True)


def test_a_folder_counts_its_skipped_files(tmp_path: Path, fake_pipeline: None) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(KABUL, encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n")
    summary = run(tmp_path, str(folder), strict=True)  # a skipped file is no rejection, even --strict
    assert summary["files_skipped"] == 1 and summary["rejected"] == 0 and summary["stored"] == 1


def test_names_that_are_not_utf8_are_stored_escaped(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        run_id = store.start_run(["caf\udce9"], "v", {})
        store.save_article(run_id, Article(id="x", text=KABUL, origin="caf\udce9.txt"), [], "v")
        store.save_rejection(run_id, Rejection("vid\udce9o.txt", "empty file"))
        assert store.article("x")["origin"] == "caf\\xe9.txt"  # type: ignore[index]
        assert store.rejections()[0]["origin"] == "vid\\xe9o.txt"


def test_old_databases_get_text_ids(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        store.save_article(store.start_run([], "v", {}), Article(id="mine-1", text=KABUL), [], "v")
        store.con.execute("UPDATE articles SET text_id = NULL")
    with Store(db) as store:
        from eventwire.stages.ingest import article_id

        assert store.article_with_text(article_id(KABUL), "other") == "mine-1"


def test_read_only_open_of_a_foreign_database(tmp_path: Path) -> None:
    db = tmp_path / "sales.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE sales (amount INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not an eventwire database"):
        Store(db, read_only=True)
    con = duckdb.connect(str(db), read_only=True)
    assert [t[0] for t in con.execute("SHOW TABLES").fetchall()] == ["sales"]
    con.close()


def test_writable_open_of_a_foreign_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "sales.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE sales (amount INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="holds other tables"):
        Store(db)
    con = duckdb.connect(str(db), read_only=True)
    assert [t[0] for t in con.execute("SHOW TABLES").fetchall()] == ["sales"]
    con.close()


def test_text_ids_are_indexed_and_resaving_still_replaces(tmp_path: Path) -> None:
    db = tmp_path / "t.duckdb"
    with Store(db) as store:
        names = [r[0] for r in store.con.execute("SELECT index_name FROM duckdb_indexes()").fetchall()]
        assert "articles_text_id" in names
        run = store.start_run([], "v", {})
        for _ in range(2):
            store.save_article(run, Article(id="mine-1", text=KABUL), [], "v")
        assert store.con.execute("SELECT count(*) FROM articles").fetchone() == (1,)

"""The embedded database (DuckDB): schema, atomic writes per article, queries.

Tables:

- ``runs``: one row per ``eventwire run`` (sources, pipeline version, settings, status, counts).
- ``articles``: one row per article id, with its text (event evidence offsets point into it)
  and the pipeline version that extracted it; ``text_id`` is the hash of its text
  (``ingest.article_id``), which finds the same text stored under another id.
- ``events``: the main fields as columns for filtering and counting, plus ``record``, the
  whole contract record as JSON, so nothing is lost. Keyed by (article_id, event_id).
- ``rejections``: every input a run could not read, with the reason.

Each article and its events are written in one transaction, so a run stopped halfway leaves
every article it finished intact and none half-written; the next run skips them
(``has_article``) and so resumes.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.records import Article, Event, Rejection

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, status VARCHAR,
    version VARCHAR, sources JSON, settings JSON, counts JSON);
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, pipeline_version VARCHAR, run_id VARCHAR, published DATE,
    published_from VARCHAR, title VARCHAR, url VARCHAR, source VARCHAR, origin VARCHAR,
    text VARCHAR, n_events INTEGER, stored TIMESTAMP, text_id VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, event_id VARCHAR, seq INTEGER, run_id VARCHAR, event_date DATE,
    date_precision VARCHAR, event_type VARCHAR, sub_event_type VARCHAR, plover VARCHAR,
    cameo VARCHAR, actor1_name VARCHAR, actor1_country VARCHAR, actor2_name VARCHAR,
    actor2_country VARCHAR, location_name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE,
    geo_precision INTEGER, fatalities INTEGER, injured INTEGER, confidence DOUBLE,
    source VARCHAR, record JSON, PRIMARY KEY (article_id, event_id));
CREATE TABLE IF NOT EXISTS rejections (
    run_id VARCHAR, origin VARCHAR, reason VARCHAR, detail VARCHAR, rejected_at TIMESTAMP);
ALTER TABLE articles ADD COLUMN IF NOT EXISTS text_id VARCHAR;
CREATE INDEX IF NOT EXISTS articles_text_id ON articles (text_id);
"""
EVENT_COLUMNS = (
    "article_id", "event_id", "seq", "run_id", "event_date", "date_precision", "event_type",
    "sub_event_type", "plover", "cameo", "actor1_name", "actor1_country", "actor2_name",
    "actor2_country", "location_name", "country", "lat", "lon", "geo_precision", "fatalities",
    "injured", "confidence", "source", "record",
)  # fmt: skip
ARTICLE_COLUMNS = (
    "article_id", "pipeline_version", "run_id", "published", "published_from", "title", "url",
    "source", "origin", "text", "n_events", "stored",
)  # fmt: skip


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _insert_sql(table: str, columns: Sequence[str], verb: str = "INSERT") -> str:
    return f"{verb} INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"


class Store:
    """A DuckDB file of articles, events, runs and rejections.

    Opening a file that is not a DuckDB database, or one another process holds open for
    writing, raises StoreError. ``read_only`` opens an existing file for queries only (several
    readers may share it).
    """

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self.con = _connect(self.path, read_only)
        if read_only:
            self._check_schema()
        else:
            self._create_schema()
            self._fill_text_ids()

    def _has_schema_version(self, tables: set[str]) -> bool:
        if "meta" not in tables:
            return False
        try:
            return self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() is not None
        except duckdb.Error:
            return False

    def _check_schema(self) -> None:
        """A read-only open must find eventwire's tables; it never creates them."""
        try:
            found = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error:
            found = None
        if found is None:
            self.con.close()
            raise StoreError(f"{self.path} is not an eventwire database (no eventwire tables): choose another --db")

    def _fill_text_ids(self) -> None:
        """Articles stored before ``text_id`` existed get it once (a database of an older version)."""
        from eventwire.stages.ingest import article_id

        rows = self.con.execute("SELECT article_id, text FROM articles WHERE text_id IS NULL").fetchall()
        for aid, text in rows:
            self._write("UPDATE articles SET text_id = ? WHERE article_id = ?", [article_id(text or ""), aid])

    def _create_schema(self) -> None:
        """Set up eventwire's tables in a new or eventwire database; a DuckDB file that holds other
        tables and no eventwire ones is refused, never written to."""
        try:
            tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        except duckdb.Error:
            tables = set()
        if tables and not self._has_schema_version(tables):
            self.con.close()
            raise StoreError(f"{self.path} is not an eventwire database (it holds other tables): choose another --db")
        try:
            self.con.execute(SCHEMA)
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        except duckdb.Error as err:
            self.con.close()
            raise StoreError(f"cannot set up the database {self.path}: {err}") from err

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # ------------------------------------------------------------------------------ writes

    def start_run(self, sources: list[str], version: str, settings: dict[str, Any]) -> str:
        """Record the start of a run; returns its id (UTC time and a random suffix).

        A run still marked "running" was stopped without finishing (one writer holds the file at a
        time, so none can be running now): it is marked "interrupted"; its articles stay stored.
        """
        self._write("UPDATE runs SET status = 'interrupted' WHERE status = 'running'", [])
        run_id = f"{_now():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
        row = [run_id, _now(), None, "running", version, _json([clean(s) for s in sources]), _json(settings), "{}"]
        self._write(_insert_sql("runs", ("run_id", "started", "finished", "status", "version",
                                         "sources", "settings", "counts")), row)  # fmt: skip
        return run_id

    def finish_run(self, run_id: str, status: str, counts: dict[str, int]) -> None:
        sql = "UPDATE runs SET finished = ?, status = ?, counts = ? WHERE run_id = ?"
        self._write(sql, [_now(), status, _json(counts), run_id])

    def has_article(self, article_id: str, pipeline_version: str) -> bool:
        """Whether this article is stored, extracted by this pipeline version."""
        sql = "SELECT 1 FROM articles WHERE article_id = ? AND pipeline_version = ?"
        return self.con.execute(sql, [article_id, pipeline_version]).fetchone() is not None

    def stored_article(self, article_id: str) -> dict[str, Any] | None:
        """What identifies how a stored article was extracted: its ``text_id``, ``pipeline_version``,
        ``published`` date and the ``settings`` of the run that stored it; None if not stored."""
        sql = """SELECT a.text_id, a.pipeline_version, a.published, r.settings
                 FROM articles a LEFT JOIN runs r ON a.run_id = r.run_id WHERE a.article_id = ?"""
        row = self.con.execute(sql, [article_id]).fetchone()
        if row is None:
            return None
        names = ("text_id", "pipeline_version", "published", "settings")
        out = dict(zip(names, _plain_row(row), strict=True))
        out["settings"] = json.loads(out["settings"] or "{}")
        return out

    def article_with_text(self, text_id: str, other_than: str) -> str | None:
        """The id of a stored article whose text has this ``text_id``, other than ``other_than``."""
        sql = "SELECT article_id FROM articles WHERE text_id = ? AND article_id <> ? ORDER BY stored LIMIT 1"
        row = self.con.execute(sql, [text_id, other_than]).fetchone()
        return None if row is None else str(row[0])

    def save_article(self, run_id: str, article: Article, events: list[Event], pipeline_version: str) -> None:
        """Store an article and replace its events, all in one transaction."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._article_rows(run_id, article, events, pipeline_version)
            self.con.execute("COMMIT")
        except BaseException as err:  # Ctrl-C included: leave no half-written article
            self._rollback()
            if isinstance(err, duckdb.Error):
                raise StoreError(f"cannot store article {article.id} in {self.path}: {err}") from err
            raise

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            log.warning("rollback failed on %s", self.path, exc_info=True)

    def _article_rows(self, run_id: str, article: Article, events: list[Event], version: str) -> None:
        from eventwire.stages.ingest import article_id

        row = [article.id, version, run_id, article.published, article.published_from, article.title,
               article.url, article.source, article.origin, article.text, len(events), _now()]  # fmt: skip
        row = [clean(v) if isinstance(v, str) else v for v in row] + [article_id(article.text)]
        self.con.execute(_insert_sql("articles", (*ARTICLE_COLUMNS, "text_id"), "INSERT OR REPLACE"), row)
        self.con.execute("DELETE FROM events WHERE article_id = ?", [article.id])
        insert = _insert_sql("events", EVENT_COLUMNS)
        for seq, event in enumerate(events):
            self.con.execute(insert, _event_row(article.id, run_id, seq, event.to_dict()))

    def save_rejection(self, run_id: str, rej: Rejection) -> bool:
        """Record a rejection, unless the same input was already rejected for the same reason (a
        re-run); returns whether a row was added."""
        values = [clean(rej.origin), clean(rej.reason), clean(rej.detail or "")]
        known = "SELECT 1 FROM rejections WHERE origin = ? AND reason = ? AND coalesce(detail, '') = ?"
        if self._query(known, values):
            return False
        sql = _insert_sql("rejections", ("run_id", "origin", "reason", "detail", "rejected_at"))
        self._write(sql, [run_id, *values, _now()])
        return True

    def _write(self, sql: str, params: list[Any]) -> None:
        try:
            self.con.execute(sql, params)
        except duckdb.Error as err:
            raise StoreError(f"cannot write to {self.path}: {err}") from err

    # ------------------------------------------------------------------------------ queries

    def events(
        self,
        where: str | None = None,
        params: Sequence[Any] = (),
        *,
        country: str | None = None,
        event_type: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        article_id: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Stored events as contract records, by event date then article and position.

        Filter with keywords (``country`` is the location's ISO alpha-3; ``since``/``until``
        bound ``event_date``, inclusive) or with a SQL condition ``where`` over the columns
        of the events table, its values passed as ``params`` (never format user input into it).
        """
        clauses, values = _filters(country, event_type, since, until, article_id)
        if where:
            clauses.append(f"({where})")
            values.extend(params)
        sql = "SELECT record FROM events"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY event_date NULLS LAST, article_id, seq"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [json.loads(r[0]) for r in self._query(sql, values)]

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article (with its text), or None."""
        cur = self.con.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE article_id = ?",
                               [article_id])  # fmt: skip
        row = cur.fetchone()
        return None if row is None else dict(zip(ARTICLE_COLUMNS, _plain_row(row), strict=True))

    def rejections(self, run_id: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT run_id, origin, reason, detail, rejected_at FROM rejections"
        if run_id:
            sql += " WHERE run_id = ?"
        rows = self._query(sql + " ORDER BY rejected_at", [run_id] if run_id else [])
        return [
            dict(zip(("run_id", "origin", "reason", "detail", "rejected_at"), _plain_row(r), strict=True)) for r in rows
        ]

    def runs(self) -> list[dict[str, Any]]:
        names = ("run_id", "started", "finished", "status", "version", "sources", "counts")
        rows = self._query(f"SELECT {', '.join(names)} FROM runs ORDER BY started", [])
        out = [dict(zip(names, _plain_row(r), strict=True)) for r in rows]
        for run in out:
            run["sources"], run["counts"] = json.loads(run["sources"]), json.loads(run["counts"] or "{}")
        return out

    def stats(self) -> dict[str, Any]:
        """Totals, and event counts by event type, PLOVER type, country and month."""
        total = "SELECT count(*) FROM {}"
        return {
            "articles": self._query(total.format("articles"), [])[0][0],
            "events": self._query(total.format("events"), [])[0][0],
            "by_event_type": self._counts("coalesce(event_type, '(not ACLED-coded)')"),
            "by_plover": self._counts("plover"),
            "by_country": self._counts("coalesce(country, '(no location)')"),
            "by_month": self._counts("coalesce(strftime(event_date, '%Y-%m'), '(undated)')", by_key=True),
            "rejections": self._query(total.format("rejections"), [])[0][0],
            "rejections_by_reason": self._counts("reason", table="rejections"),
        }

    def _counts(self, key: str, by_key: bool = False, table: str = "events") -> dict[str, int]:
        order = "k" if by_key else "n DESC, k"
        rows = self._query(f"SELECT {key} AS k, count(*) AS n FROM {table} GROUP BY k ORDER BY {order}", [])
        return {str(k): int(n) for k, n in rows}

    def _query(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        try:
            return self.con.execute(sql, list(params)).fetchall()
        except duckdb.Error as err:
            raise StoreError(f"query on {self.path} failed: {err}") from err


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as err:
        raise StoreError(_open_error(path, err)) from err


def _open_error(path: Path, err: Exception) -> str:
    msg = str(err)
    if "lock" in msg.lower():
        return f"the database {path} is in use by another process (another run or the dashboard); {msg}"
    if "not a valid DuckDB database" in msg:
        return f"{path} is not a DuckDB database: choose another file with --db"
    return f"cannot open the database {path}: {msg}"


def _filters(
    country: str | None, event_type: str | None, since: date | str | None, until: date | str | None,
    article_id: str | None,
) -> tuple[list[str], list[Any]]:  # fmt: skip
    pairs = (("country = ?", country), ("event_type = ?", event_type), ("event_date >= ?", since),
             ("event_date <= ?", until), ("article_id = ?", article_id))  # fmt: skip
    used = [(sql, value) for sql, value in pairs if value is not None]
    return [sql for sql, _ in used], [str(v) if isinstance(v, date) else v for _, v in used]


def _event_row(article_id: str, run_id: str, seq: int, rec: dict[str, Any]) -> list[Any]:
    a1, a2, loc = rec.get("actor1") or {}, rec.get("actor2") or {}, rec.get("location") or {}
    return [
        article_id, rec["event_id"], seq, run_id, rec.get("event_date"), rec.get("date_precision"),
        rec.get("event_type"), rec.get("sub_event_type"), rec.get("plover"), rec.get("cameo"),
        a1.get("name"), a1.get("country"), a2.get("name"), a2.get("country"), loc.get("name"),
        loc.get("country"), loc.get("lat"), loc.get("lon"), loc.get("geo_precision"),
        rec.get("fatalities"), rec.get("injured"), rec.get("confidence"), rec.get("source"),
        json.dumps(rec, ensure_ascii=False),
    ]  # fmt: skip


def clean(text: str) -> str:
    """``text`` as valid UTF-8: undecodable bytes of a file name (kept by Python as surrogates) are
    written as escapes such as ``\\xe9``."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a surrogate that stands for no byte
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _plain_row(row: Sequence[Any]) -> list[Any]:
    return [v.isoformat() if isinstance(v, (date, datetime)) else v for v in row]


def _json(value: Any) -> str:
    return json.dumps(value, default=str, ensure_ascii=False)

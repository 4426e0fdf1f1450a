"""The main job: ingest sources, extract events, store each article atomically.

Articles already stored by the same pipeline version are skipped, so running twice on the same
input stores nothing twice and a run stopped halfway resumes where it stopped. Rejected inputs
are stored with their reason; with ``strict`` the first one stops the run.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any

from eventwire import __version__
from eventwire.config import Settings
from eventwire.errors import RejectedInput
from eventwire.records import Article, Rejection

log = logging.getLogger(__name__)


def pipeline_version() -> str:
    from eventwire.stages.events import PIPELINE_VERSION

    return f"{__version__}/{PIPELINE_VERSION}"


def run_sources(
    sources: list[str],
    settings: Settings,
    published: date | None = None,
    force: bool = False,
    workers: int | None = None,
    scheduler: str | None = None,
) -> dict[str, Any]:
    """Run the whole job over ``sources`` and return a summary of what was done.

    With ``workers`` (a local cluster of processes) or ``scheduler`` (a running Dask cluster) the
    extraction runs on Dask workers; reading and storing stay here.
    """
    from eventwire.stages.ingest import read_sources
    from eventwire.store import Store

    version = pipeline_version()
    counts = {"articles": 0, "stored": 0, "skipped": 0, "rejected": 0, "events": 0}
    rejections: list[str] = []
    with Store(settings.db) as store:
        run_id = store.start_run(sources, version, settings.to_dict())
        status = "failed"
        try:
            items = read_sources(sources, published=published, max_bytes=settings.max_bytes)
            todo = _new_articles(items, store, run_id, version, force, settings.strict, counts, rejections)
            with _extractor(settings, workers, scheduler) as extract:
                for article, events in _progress(extract(todo)):
                    store.save_article(run_id, article, events, version)
                    counts["stored"] += 1
                    counts["events"] += len(events)
            status = "done"
        finally:
            store.finish_run(run_id, status, counts)
    return dict(counts, run_id=run_id, db=settings.db, rejections=rejections)


@contextmanager
def _extractor(
    settings: Settings, workers: int | None, scheduler: str | None
) -> Iterator[Callable[[Iterable[Article]], Iterator[tuple[Article, list[Any]]]]]:
    """The function that turns articles into (article, events) pairs: here, or on Dask workers."""
    if not workers and not scheduler:
        from eventwire.pipeline import Pipeline

        yield Pipeline(settings).extract_many
        return
    from eventwire.distributed import connect, extract_distributed

    client = connect(workers, scheduler)
    try:
        yield lambda articles: extract_distributed(articles, settings, client)
    finally:
        client.close()


def _new_articles(
    items: Iterable[Article | Rejection],
    store: Any,
    run_id: str,
    version: str,
    force: bool,
    strict: bool,
    counts: dict[str, int],
    rejections: list[str],
) -> Iterator[Article]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Rejection):
            store.save_rejection(run_id, item)
            counts["rejected"] += 1
            rejections.append(f"{item.origin}: {item.reason}" + (f" ({item.detail})" if item.detail else ""))
            if strict:
                raise RejectedInput(item.reason, item.origin)
            continue
        counts["articles"] += 1
        if item.id in seen or (not force and store.has_article(item.id, version)):
            counts["skipped"] += 1
            continue
        seen.add(item.id)
        yield item


def _progress(pairs: Iterator[tuple[Article, list[Any]]]) -> Iterator[tuple[Article, list[Any]]]:
    """Show a live count on a terminal; stay quiet when output is piped."""
    if not sys.stderr.isatty():
        yield from pairs
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("extract", total=None)
        for pair in pairs:
            yield pair
            progress.advance(task)

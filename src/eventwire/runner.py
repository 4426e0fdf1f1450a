"""The main job: ingest sources, extract events, store each article atomically.

Articles already stored by the same pipeline version are skipped, so running twice on the same
input stores nothing twice and a run stopped halfway resumes where it stopped. Rejected inputs
are stored with their reason; with ``strict`` the first one stops the run.
"""

from __future__ import annotations

import dataclasses
import json
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
    extraction runs on Dask workers; reading and storing stay here. An article the pipeline cannot
    extract is rejected with the reason; the others go on.
    """
    from eventwire.stages.ingest import read_sources
    from eventwire.store import Store

    version = pipeline_version()
    with Store(settings.db) as store:
        run_id = store.start_run(sources, version, settings.to_dict())
        job = _Job(store, run_id, version, settings, force)
        status = "failed"
        try:
            items = read_sources(sources, published=published, max_bytes=settings.max_bytes)
            with _extractor(settings, workers, scheduler) as extract:
                for article, result in _progress(extract(job.new_articles(items))):
                    job.store_result(article, result)
            status = "done"
        finally:
            store.finish_run(run_id, status, job.counts)
    return dict(job.counts, run_id=run_id, db=settings.db, rejections=job.rejections, warnings=job.warnings())


Result = tuple[Article, list[Any] | Rejection]


@contextmanager
def _extractor(
    settings: Settings, workers: int | None, scheduler: str | None
) -> Iterator[Callable[[Iterable[Article]], Iterator[Result]]]:
    """The function that turns articles into (article, events or Rejection) pairs: here, or on Dask."""
    if not workers and not scheduler:
        from eventwire.pipeline import Pipeline

        yield Pipeline(settings).extract_results
        return
    from eventwire.distributed import connect, extract_distributed

    client = connect(workers, scheduler)
    try:
        yield lambda articles: extract_distributed(articles, settings, client)
    finally:
        client.close()


# the settings that change what is extracted from a stored article
RESULT_SETTINGS = ("model", "data_dirs", "gazetteer", "stages")


class _Job:
    """The bookkeeping of one run: which articles are new, what was rejected, the counts."""

    def __init__(self, store: Any, run_id: str, version: str, settings: Settings, force: bool) -> None:
        self.store, self.run_id, self.version, self.force = store, run_id, version, force
        self.strict = settings.strict
        self.settings = {k: v for k, v in settings.to_dict().items() if k in RESULT_SETTINGS}
        self.counts = {"articles": 0, "stored": 0, "skipped": 0, "rejected": 0, "events": 0,
                       "files_skipped": 0, "duplicates": 0, "stale": 0, "renamed": 0}  # fmt: skip
        self.rejections: list[str] = []
        self.seen: dict[str, str] = {}  # article id -> text id, this run
        self.texts: dict[str, str] = {}  # text id -> article id, this run

    def new_articles(self, items: Iterable[Article | Rejection]) -> Iterator[Article]:
        from eventwire.stages.ingest import SKIPPED_FILE

        for item in items:
            if isinstance(item, Rejection):
                self.reject(item, counted="files_skipped" if item.reason == SKIPPED_FILE else "rejected")
                continue
            self.counts["articles"] += 1
            article = self._identify(item)
            if article is not None:
                yield article

    def _identify(self, article: Article) -> Article | None:
        """The article to extract, under an id of its own; None if it is not to be extracted."""
        from eventwire.stages.ingest import article_id

        text_id = article_id(article.text)
        stored = self.store.stored_article(article.id)
        if self.seen.get(article.id, text_id) != text_id or (stored and stored["text_id"] != text_id):
            article = self._renamed(article, text_id)
            stored = self.store.stored_article(article.id)
        if article.id in self.seen or (stored and self._keep(article, stored)):
            self.counts["skipped"] += 1
            return None
        twin = self.texts.get(text_id) or (None if stored else self.store.article_with_text(text_id, article.id))
        if twin is not None:
            self.counts["duplicates"] += 1
            self.reject(Rejection(article.origin or article.id, "duplicate", f"same text as article {twin}"), "")
            return None
        self.seen[article.id], self.texts[text_id] = text_id, article.id
        return article

    def _renamed(self, article: Article, text_id: str) -> Article:
        """An article whose id is taken by another text gets the id plus a short hash of its text."""
        new_id = f"{article.id}-{text_id.removeprefix('a-')[:8]}"
        log.warning("%s: id %s is already used for another text; stored as %s", article.origin, article.id, new_id)
        self.counts["renamed"] += 1
        return dataclasses.replace(article, id=new_id)

    def _keep(self, article: Article, stored: dict[str, Any]) -> bool:
        """Whether a stored article keeps its results (not forced, same pipeline version); counts
        those stored with another date or other settings."""
        if self.force or stored["pipeline_version"] != self.version:
            return False
        published = article.published.isoformat() if article.published else None
        settings = {k: stored["settings"].get(k) for k in self.settings}
        if stored["published"] != published or _plain(settings) != _plain(self.settings):
            self.counts["stale"] += 1
        return True

    def reject(self, rej: Rejection, counted: str) -> None:
        self.store.save_rejection(self.run_id, rej)
        if counted:
            self.counts[counted] += 1
        if counted != "files_skipped":
            verb = "rejected" if counted else "skipped"
            self.rejections.append(f"{verb} {rej.origin}: {rej.reason}" + (f" ({rej.detail})" if rej.detail else ""))
        if self.strict and counted == "rejected":
            raise RejectedInput(rej.reason, rej.origin)

    def store_result(self, article: Article, result: list[Any] | Rejection) -> None:
        if isinstance(result, Rejection):
            self.reject(result, "rejected")
            return
        self.store.save_article(self.run_id, article, result, self.version)
        self.counts["stored"] += 1
        self.counts["events"] += len(result)

    def warnings(self) -> list[str]:
        out = []
        if self.counts["stale"]:
            out.append(
                f"{self.counts['stale']} already stored articles were read with another date, model or data "
                "folder; they keep their stored results unless --force is given"
            )
        return out


def _plain(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _progress(pairs: Iterator[Result]) -> Iterator[Result]:
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

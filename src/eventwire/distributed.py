"""Runs bigger than one process: extraction on a Dask cluster.

The driver reads the sources and writes the database (DuckDB has one writer); workers parse and
extract batches of articles. Each worker process builds its Pipeline once (the spaCy model and the
gazetteer load once per worker) and keeps it for every batch it is given. A local cluster
(``--workers N``) uses N processes on this machine; ``--scheduler ADDRESS`` joins a running Dask
cluster, which Dask deploys on Slurm, Kubernetes or a cloud.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from eventwire.config import Settings
from eventwire.errors import ConfigError
from eventwire.records import Article, Event, Rejection

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

log = logging.getLogger(__name__)

BATCH = 32
_PIPELINES: dict[str, Pipeline] = {}


Result = tuple[Article, list[Event] | Rejection]


def extract_batch(articles: list[Article], settings: Settings) -> list[Result]:
    """Runs on a worker: the events of a batch of articles (or their Rejections), with the worker's
    own Pipeline."""
    from eventwire.pipeline import Pipeline

    key = repr(settings)
    pipe = _PIPELINES.get(key)
    if pipe is None:
        pipe = _PIPELINES[key] = Pipeline(settings)
    return list(pipe.extract_results(articles))


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def connect(workers: int | None, scheduler: str | None) -> Any:
    """A Dask client: a local cluster of ``workers`` processes, or the cluster at ``scheduler``."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - distributed is a dependency
        raise ConfigError("distributed runs need the 'distributed' package") from exc
    logging.getLogger("distributed").setLevel(max(logging.WARNING, logging.getLogger().level))
    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(
        n_workers=workers or 1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.WARNING,
    )
    return Client(cluster)


def extract_distributed(
    articles: Iterable[Article], settings: Settings, client: Any, in_flight: int | None = None
) -> Iterator[Result]:
    """Events of each article (or its Rejection), computed on the cluster; results come as batches
    finish. A batch whose task fails (a worker lost) rejects its own articles only.

    At most ``in_flight`` batches are queued at once (default: two per worker), so a large
    collection is never held in memory whole.
    """
    from dask.distributed import as_completed

    limit = in_flight or 2 * max(1, len(client.scheduler_info().get("workers", {})))
    batches = _batches(articles, BATCH)
    sent: dict[Any, list[Article]] = {}

    def submit(batch: list[Article]) -> Any:
        future = client.submit(extract_batch, batch, settings, pure=False)
        sent[future] = batch
        return future

    pending = as_completed([submit(b) for b in islice(batches, limit)])
    for future in pending:
        yield from _batch_results(future, sent.pop(future))
        nxt = next(batches, None)
        if nxt is not None:
            pending.add(submit(nxt))


def _batch_results(future: Any, batch: list[Article]) -> list[Result]:
    try:
        return future.result()
    except Exception as err:  # the task failed as a whole: its articles are rejected, the run goes on
        log.warning("a batch of %d articles failed on the cluster: %s", len(batch), err)
        reason = f"extraction failed: {type(err).__name__}"
        return [(a, Rejection(a.origin or a.id, reason, str(err)[:300])) for a in batch]

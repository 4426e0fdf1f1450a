"""Throughput: the whole eventwire pipeline against spaCy parsing alone, on real news texts.

Run from the repo root: ``.venv/bin/python bench/throughput.py [--limit N] [--out PATH]``.

Reads the texts at run time from ``../shared/eval`` (MUC-4 dev, GVDB dev, WikiEvents dev: 1,720
articles; never copied into the repo) and, in one process:

1. loads the pipeline once (the load time is reported apart);
2. warms up spaCy and the pipeline on a few texts;
3. times ``pipe.nlp.pipe(texts, batch_size=...)`` alone, with the pipeline's own model and settings;
4. times ``pipe.extract_many(articles)`` over the same texts (parsing included).

With ``--repeat R`` each side is timed R times and the fastest run kept (the machine may be shared).
It reports articles per second for both, the ratio of eventwire time to spaCy time (what the stages
after parsing cost), the number of events, and the process's peak memory, prints a short table
and writes the figures as JSON (default ``bench/results/throughput.json``).

The MUC-4 texts are upper case as distributed; they are used as is (the model parses them less
well, which changes how many events are found, not much how fast it runs).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SOURCES = ("muc4_dev.jsonl", "gvdb_dev.jsonl", "wikievents_dev.jsonl")
DEFAULT_OUT = ROOT / "bench" / "results" / "throughput.json"
WARM_UP = 8


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="use at most N articles (default: all)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    parser.add_argument("--batch-size", type=int, default=None, help="override Settings.batch_size")
    parser.add_argument("--repeat", type=int, default=1, help="time each side R times, keep the fastest")
    return parser.parse_args(argv)


def read_source(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def published(row: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(row.get("date_published") or "")
    except ValueError:
        return None


def load_articles(limit: int | None) -> tuple[list[Any], Counter[str]]:
    """Articles from every source, taken in turn so that a --limit sample mixes them."""
    from eventwire.records import Article

    streams = [(name, read_source(EVAL / name)) for name in SOURCES if (EVAL / name).is_file()]
    articles: list[Any] = []
    per_source: Counter[str] = Counter()
    while streams and (limit is None or len(articles) < limit):
        for name, stream in list(streams):
            row = next(stream, None)
            if row is None:
                streams.remove((name, stream))
                continue
            if row.get("text") and (limit is None or len(articles) < limit):
                articles.append(Article(id=f"{name}:{row['id']}", text=row["text"], published=published(row)))
                per_source[name] += 1
    return articles, per_source


def peak_rss_mib() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def time_spacy(nlp: Any, texts: list[str], batch_size: int) -> float:
    t0 = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - t0


def time_pipeline(pipe: Any, articles: list[Any]) -> tuple[float, Counter[str], int]:
    """Seconds for the whole pipeline, events per type, and articles with at least one event."""
    types: Counter[str] = Counter()
    with_events = 0
    t0 = time.perf_counter()
    for _article, events in pipe.extract_many(articles):
        with_events += bool(events)
        types.update(ev.event_type or f"(statement) {ev.plover}" for ev in events)
    return time.perf_counter() - t0, types, with_events


def run(args: argparse.Namespace) -> dict[str, Any]:
    import spacy

    from eventwire.config import Settings
    from eventwire.pipeline import Pipeline

    articles, per_source = load_articles(args.limit)
    texts = [a.text for a in articles]
    settings = Settings() if args.batch_size is None else Settings(batch_size=args.batch_size)

    t0 = time.perf_counter()
    pipe = Pipeline(settings)
    load_s = time.perf_counter() - t0
    rss_loaded = peak_rss_mib()

    list(pipe.nlp.pipe(texts[:WARM_UP], batch_size=settings.batch_size))
    list(pipe.extract_many(articles[:WARM_UP]))

    spacy_s = min(time_spacy(pipe.nlp, texts, settings.batch_size) for _ in range(args.repeat))
    rss_spacy = peak_rss_mib()
    runs = [time_pipeline(pipe, articles) for _ in range(args.repeat)]
    ew_s = min(r[0] for r in runs)
    _, types, with_events = runs[0]

    n = len(articles)
    return {
        "corpus": {
            "articles": n,
            "characters": sum(len(t) for t in texts),
            "per_source": dict(per_source),
            "from": str(EVAL),
            "note": "MUC-4 texts are upper case as distributed and are used as is",
        },
        "model": settings.model,
        "batch_size": settings.batch_size,
        "repeat": args.repeat,
        "stages": list(settings.stages),
        "load_s": round(load_s, 2),
        "spacy": {"seconds": round(spacy_s, 2), "articles_per_s": round(n / spacy_s, 1)},
        "eventwire": {"seconds": round(ew_s, 2), "articles_per_s": round(n / ew_s, 1)},
        "eventwire_over_spacy": round(ew_s / spacy_s, 2),
        "events": sum(types.values()),
        "articles_with_events": with_events,
        "events_by_type": dict(types.most_common()),
        "peak_rss_mib": {
            "after_load": rss_loaded,
            "after_spacy": rss_spacy,
            "after_eventwire": peak_rss_mib(),
        },
        "machine": {
            "python": platform.python_version(),
            "spacy": spacy.__version__,
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "date": date.today().isoformat(),
    }


def table(result: dict[str, Any]) -> str:
    n = result["corpus"]["articles"]
    sp, ew = result["spacy"], result["eventwire"]
    rows = [
        ("articles", f"{n} ({result['corpus']['characters']:,} chars)"),
        ("spaCy alone", f"{sp['seconds']} s  {sp['articles_per_s']} articles/s"),
        ("eventwire", f"{ew['seconds']} s  {ew['articles_per_s']} articles/s"),
        ("eventwire / spaCy", f"{result['eventwire_over_spacy']}x"),
        ("events", f"{result['events']} from {result['articles_with_events']} articles"),
        ("pipeline load", f"{result['load_s']} s"),
        ("peak memory", f"{result['peak_rss_mib']['after_eventwire']} MiB"),
    ]
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if not EVAL.is_dir():
        print(
            f"throughput: {EVAL} not found; this benchmark reads the evaluation texts from "
            "../shared/eval beside the repository, which a user's clone does not have.",
            file=sys.stderr,
        )
        return 2
    if (args.limit is not None and args.limit < WARM_UP) or args.repeat < 1:
        print(f"throughput: --limit must be at least {WARM_UP} and --repeat at least 1", file=sys.stderr)
        return 2
    result = run(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(result))
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

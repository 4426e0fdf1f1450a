"""Dates and casualty figures scored on the public evaluation sets in ``../shared/eval``.

Run from the repository root: ``.venv/bin/python bench/evaluate_dates_counts.py [--limit N]``.
Reads ``../shared/eval/tempeval3_tbaq_timex.jsonl`` and ``../shared/eval/gvdb_dev.jsonl`` in place
(never copied) and writes ``bench/results/timex.json`` and ``bench/results/casualties.json``: the
figures of ``eventwire evaluate timex`` / ``evaluate casualties`` with the command and the time taken.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from eventwire.config import Settings
from eventwire.evaluate.casualties import evaluate_casualties
from eventwire.evaluate.timex import evaluate_timex

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
RESULTS = Path(__file__).resolve().parent / "results"
TASKS = {
    "timex": (evaluate_timex, "tempeval3_tbaq_timex.jsonl"),
    "casualties": (evaluate_casualties, "gvdb_dev.jsonl"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N records of each file")
    args = parser.parse_args()
    settings = Settings.load(None)
    RESULTS.mkdir(exist_ok=True)
    for name, (task, filename) in TASKS.items():
        started = time.perf_counter()
        figures = task(EVAL / filename, settings, args.limit)
        limit = f" --limit {args.limit}" if args.limit else ""
        figures["command"] = f".venv/bin/eventwire evaluate {name} ../shared/eval/{filename}{limit}"
        figures["seconds"] = round(time.perf_counter() - started, 1)
        (RESULTS / f"{name}.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(name, json.dumps(figures))


if __name__ == "__main__":
    main()

"""Event typing and actors on four public labelled sets: CASE 2021 Task 2, MUC-4, the PLOVER
gold-standard records and WikiEvents.

Run from the repo root: ``.venv/bin/python bench/evaluate_typing.py [--limit N] [--only TASK ...]
[--out PATH]``.

Reads the files at run time from ``../shared/eval`` (never copied into the repo), runs
``eventwire.evaluate.typing`` on each (the same functions as ``eventwire evaluate TASK FILE``),
prints the headline figures and writes every figure, with the time each task took, as JSON
(default ``bench/results/typing.json``). The scoring rules and label mappings are documented in
``src/eventwire/evaluate/typing*.py`` and ``src/eventwire/data/eval_maps/*.tsv``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
DEFAULT_OUT = ROOT / "bench" / "results" / "typing.json"
FILES = {
    "case2021": "case2021_task2_dev.jsonl",
    "muc4": "muc4_dev.jsonl",
    "plover": "plover_gsr_dev.jsonl",
    "wikievents": "wikievents_dev.jsonl",
}
HEADLINE = {
    "case2021": ("weighted_f1", "macro_f1", "accuracy", "accuracy_all", "coverage"),
    "muc4": ("relevance_f1", "type_accuracy", "perpetrator_f1", "coverage"),
    "plover": ("accuracy", "coverage", "oracle_accuracy"),
    "wikievents": ("arg_f1", "arg_precision", "arg_recall", "trigger_recall"),
}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="use at most N records per file (default: all)")
    parser.add_argument("--only", nargs="*", choices=sorted(FILES), default=sorted(FILES), help="tasks to run")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    return parser.parse_args(argv)


def run(tasks: list[str], limit: int | None) -> dict[str, Any]:
    from eventwire.config import Settings
    from eventwire.evaluate import get_task

    settings = Settings()
    results: dict[str, Any] = {"from": str(EVAL), "limit": limit, "model": settings.model, "tasks": {}}
    for task in tasks:
        started = time.perf_counter()
        figures = get_task(task)(EVAL / FILES[task], settings, limit)
        figures["seconds"] = round(time.perf_counter() - started, 1)
        figures["command"] = f"eventwire evaluate {task} ../shared/eval/{FILES[task]} --json" + (
            f" --limit {limit}" if limit else ""
        )
        results["tasks"][task] = figures
        shown = ", ".join(f"{k} {figures[k]}" for k in HEADLINE[task])
        sys.stdout.write(f"{task:11} n={figures['n']:<5} {shown}  ({figures['seconds']} s)\n")
    return results


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if not EVAL.is_dir():
        sys.stderr.write(f"no evaluation data at {EVAL} (../shared/eval beside the checkout)\n")
        return 2
    results = run(args.only, args.limit)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {args.out}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

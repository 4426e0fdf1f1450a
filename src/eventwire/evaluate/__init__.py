"""Evaluations: score a stage of eventwire on a labelled file and return its figures.

Each task is a function ``(path, settings, limit) -> dict`` registered by name; ``eventwire
evaluate TASK FILE`` runs one. The files are the user's (or ``../shared/eval``): nothing here
reads evaluation data on its own, and no rule of the pipeline is fitted to it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.errors import InputError

Task = Callable[[Path, Settings, "int | None"], dict[str, Any]]

# task name -> "module:function" inside eventwire.evaluate
TASKS: dict[str, str] = {
    "geo": "geo:evaluate_geo",
    "timex": "timex:evaluate_timex",
    "casualties": "casualties:evaluate_casualties",
    "case2021": "typing:evaluate_case2021",
    "muc4": "typing:evaluate_muc4",
    "plover": "typing:evaluate_plover",
    "wikievents": "typing:evaluate_wikievents",
}


def get_task(name: str) -> Task:
    if name not in TASKS:
        raise InputError(f"unknown evaluation {name!r}; known: {', '.join(sorted(TASKS))}")
    module, func = TASKS[name].split(":")
    try:
        mod = import_module(f"eventwire.evaluate.{module}")
    except ModuleNotFoundError as exc:
        raise InputError(f"evaluation {name!r} is not available in this version") from exc
    task: Task = getattr(mod, func)
    return task


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Records of a JSON Lines file, with a clear error for a line that is not JSON."""
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    with path.open(encoding="utf-8") as fh:
        n = 0
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{lineno}: not JSON ({exc.msg})") from exc
            n += 1
            if limit is not None and n >= limit:
                return


def ratio(num: float, den: float) -> float:
    return round(num / den, 4) if den else 0.0


def f1(precision: float, recall: float) -> float:
    return round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0

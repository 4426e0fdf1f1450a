"""Geocoding accuracy on LGL and GeoVirus (``../shared/eval/geo``), read in place.

Run: ``.venv/bin/python bench/evaluate_geo.py [--limit N]``. Writes ``bench/results/geo.json``
with the figures of :func:`eventwire.evaluate.geo.evaluate_geo` for each file.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from eventwire.config import Settings
from eventwire.evaluate.geo import evaluate_geo

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "geo"
FILES = ("lgl.jsonl", "geovirus.jsonl")
RESULTS = ROOT / "bench" / "results" / "geo.json"


def main() -> int:
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    results = {}
    for name in FILES:
        t0 = time.perf_counter()
        figures = evaluate_geo(EVAL / name, Settings(), limit)
        figures["seconds"] = round(time.perf_counter() - t0, 1)
        figures["file"] = f"../shared/eval/geo/{name}"
        results[name.removesuffix(".jsonl")] = figures
        keys = ("n", "acc161", "exact_id", "mean_km", "e2e_precision", "e2e_recall", "e2e_f1")
        print(name, {k: figures[k] for k in keys})
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

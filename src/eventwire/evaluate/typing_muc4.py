"""MUC-4 terrorism templates: relevance, incident type and perpetrator organisation.

Records are shaped like ``muc4_dev.jsonl`` (upper-case ``text``; ``gold.relevant``;
``gold.events[]`` = the key's templates, every slot a list of filler lines). eventwire's events
get a MUC-4 type through ``data/eval_maps/muc4_types.tsv`` (trigger phrase first, then class);
events with no type there (protests, arrests, statements) are ignored.

- **Relevance**: a message is relevant for eventwire when at least one of its events has a type
  marked ``relevant`` in the table (armed clashes and territory changes are typed but, as war
  rather than terrorism in MUC-4's sense, do not make a message relevant on their own).
  ``relevance_f1`` is the F1 of the relevant class over messages.
- **Template matching** (type-agnostic, one-to-one per message): each template's strings (the
  quoted fills of the perpetrator, target and instrument slots, and the place names of its
  location) are looked up in each typed event's evidence sentence(s) and its actor and place
  words; a pair scores one point per string found. Pairs are taken greedily by score (ties: first
  template, first event). Templates left over are then paired with events left over in order of
  mention. Templates whose type is ``*`` are skipped.
- **type_accuracy**: the share of matched templates whose type the event has. Unmatched
  templates are reported (``templates_unmatched``), not scored as wrong.
- **perpetrator_f1**: over matched pairs, eventwire's actor1 (its name and its words) against
  the template's PERP: ORGANIZATION ID lines. A line matches when one of its "/"-alternatives,
  or the same with a bracketed part dropped, equals the actor, contains it or is contained in it
  (whole words, case-insensitive), or has the same head word (the last word, or the word before
  "OF"). A right actor1 is a true positive; a wrong one, or one where the slot is unfilled, a
  false positive; a filled slot not matched a false negative, as is a non-optional template left
  unmatched. ``perp_individual_f1`` does the same against PERP: INDIVIDUAL ID.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.evaluate import f1, ratio, read_jsonl
from eventwire.evaluate.typing import Pair, confusion, read_map, rule_lookup, run_pipeline

STRING_SLOTS = (
    "perp_individual_id",
    "perp_organization_id",
    "phys_tgt_id",
    "hum_tgt_name",
    "hum_tgt_description",
    "instrument_id",
)
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def muc_type(event: dict[str, Any]) -> tuple[str | None, bool]:
    """The MUC-4 incident type of an eventwire event and whether it makes a message relevant."""
    rows = read_map("muc4_types.tsv")
    value = rule_lookup(event, {r["match"]: f"{r['muc4_type']}|{r['relevant']}" for r in rows})
    if value is None:
        return None, False
    kind, relevant = value.split("|")
    return kind, relevant == "yes"


def alternatives(line: str) -> list[str]:
    """The strings of one filler line: ``? "A" / "B [C]"`` -> ["A", "B [C]", "B"]."""
    out: list[str] = []
    for s in QUOTED.findall(line) or [line.strip("? ")]:
        s = s.replace('\\"', '"').strip()
        if s in ("", "-", "*"):
            continue
        out.append(s)
        bare = re.sub(r"\s*\[[^\]]*\]", "", s).strip()
        if bare and bare != s:
            out.append(bare)
    return out


def slot_lines(template: dict[str, Any], slot: str) -> list[list[str]]:
    """The filled lines of a slot, each as its alternatives (``-`` and ``*`` lines dropped)."""
    return [alts for line in template.get(slot) or [] if (alts := alternatives(line))]


def _norm(s: str) -> str:
    words = re.sub(r"[^0-9A-Za-z]+", " ", s).upper().split()
    if words and words[0] == "THE":
        words = words[1:]
    return " ".join(words)


def head_word(s: str) -> str:
    words = _norm(s).split()
    if "OF" in words[1:]:
        words = words[: words.index("OF", 1)]
    return words[-1] if words else ""


def names_match(predicted: list[str], gold: list[str]) -> bool:
    """Whether any predicted string names the same thing as any gold alternative (see module)."""
    for p in filter(None, map(_norm, predicted)):
        for g in filter(None, map(_norm, gold)):
            if f" {g} " in f" {p} " or (len(p) >= 3 and f" {p} " in f" {g} ") or head_word(p) == head_word(g):
                return True
    return False


def template_strings(template: dict[str, Any]) -> set[str]:
    """The words of a template that can be looked up in a text: string fills and place names."""
    found = {_norm(a) for slot in STRING_SLOTS for line in slot_lines(template, slot) for a in line}
    for line in template.get("location") or []:
        for part in line.split(":")[1:]:
            found.add(_norm(re.sub(r"\([^)]*\)", "", part)))
    return {s for s in found if len(s) >= 3}


def _event_text(event: dict[str, Any]) -> str:
    parts = [event["evidence"]["text"]]
    for key in ("actor1", "actor2", "location"):
        if event.get(key):
            parts.append(event[key].get("text", ""))
    return " " + _norm(" ".join(parts)) + " "


def match_templates(templates: list[dict[str, Any]], events: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (template index, event index) pairs: by shared strings, then by order."""
    texts = [_event_text(e) for e in events]
    scored = []
    for ti, t in enumerate(templates):
        strings = template_strings(t)
        for ei, text in enumerate(texts):
            score = sum(f" {s} " in text for s in strings)
            if score:
                scored.append((-score, ti, ei))
    pairs: list[tuple[int, int]] = []
    used_t: set[int] = set()
    used_e: set[int] = set()
    for _, ti, ei in sorted(scored):
        if ti not in used_t and ei not in used_e:
            pairs.append((ti, ei))
            used_t.add(ti)
            used_e.add(ei)
    rest_t = [i for i in range(len(templates)) if i not in used_t]
    rest_e = [i for i in range(len(events)) if i not in used_e]
    pairs.extend(zip(rest_t, rest_e, strict=False))
    return sorted(pairs)


class _Tally:
    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.types: list[Pair] = []

    def slot(self, prefix: str, predicted: list[str], gold: list[list[str]]) -> None:
        right = bool(predicted) and any(names_match(predicted, alts) for alts in gold)
        self.c[f"{prefix}_tp"] += right
        self.c[f"{prefix}_fp"] += bool(predicted) and not right
        self.c[f"{prefix}_fn"] += bool(gold) and not right

    def prf(self, prefix: str) -> dict[str, float]:
        tp, fp, fn = (self.c[f"{prefix}_{k}"] for k in ("tp", "fp", "fn"))
        p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
        return {"precision": p, "recall": r, "f1": f1(p, r)}


def _actor1_strings(event: dict[str, Any]) -> list[str]:
    a = event.get("actor1")
    return [s for s in (a.get("name", ""), a.get("text", "")) if s] if a else []


def _score_message(record: dict[str, Any], events: list[dict[str, Any]], tally: _Tally) -> None:
    gold = record.get("gold") or {}
    templates = [t for t in gold.get("events") or [] if (t.get("event_type") or ["*"])[0] not in ("*", "-")]
    typed = [(e, *muc_type(e)) for e in events]
    typed = [x for x in typed if x[1] is not None]
    relevant = any(rel for _, _, rel in typed)
    tally.c["msgs"] += 1
    tally.c["gold_rel"] += bool(gold.get("relevant"))
    tally.c["pred_rel"] += relevant
    tally.c["both_rel"] += relevant and bool(gold.get("relevant"))
    tally.c["covered"] += bool(events)
    pairs = match_templates(templates, [e for e, _, _ in typed])
    matched = {ti for ti, _ in pairs}
    for ti, ei in pairs:
        t, (event, kind, _) = templates[ti], typed[ei]
        tally.types.append((_gold_type(t), str(kind)))
        tally.slot("perp", _actor1_strings(event), slot_lines(t, "perp_organization_id"))
        tally.slot("indiv", _actor1_strings(event), slot_lines(t, "perp_individual_id"))
    for ti, t in enumerate(templates):
        tally.c["templates"] += 1
        if ti in matched:
            continue
        tally.c["unmatched"] += 1
        if not t.get("optional"):
            tally.slot("perp", [], slot_lines(t, "perp_organization_id"))
            tally.slot("indiv", [], slot_lines(t, "perp_individual_id"))
            tally.c[f"missed:{_gold_type(t)}"] += 1


def _gold_type(template: dict[str, Any]) -> str:
    return str(template["event_type"][0]).strip("? ")


def evaluate_muc4(path: Path, settings: Settings, limit: int | None) -> dict[str, Any]:
    """Score relevance, incident type and perpetrator on MUC-4 messages (see module docstring)."""
    tally = _Tally()
    for record, events in run_pipeline(read_jsonl(path, limit), settings):
        _score_message(record, events, tally)
    c = tally.c
    p, r = ratio(c["both_rel"], c["pred_rel"]), ratio(c["both_rel"], c["gold_rel"])
    right = sum(g == t for g, t in tally.types)
    return {
        "task": "muc4",
        "n": c["msgs"],
        "relevance_f1": f1(p, r),
        "relevance_precision": p,
        "relevance_recall": r,
        "type_accuracy": ratio(right, len(tally.types)),
        "perpetrator_f1": tally.prf("perp")["f1"],
        "perpetrator": tally.prf("perp"),
        "perp_individual_f1": tally.prf("indiv")["f1"],
        "templates": c["templates"],
        "templates_matched": len(tally.types),
        "templates_unmatched": c["unmatched"],
        "missed_by_type": {k.split(":", 1)[1]: v for k, v in sorted(c.items()) if k.startswith("missed:")},
        "coverage": ratio(c["covered"], c["msgs"]),
        "confusion": confusion(tally.types),
    }

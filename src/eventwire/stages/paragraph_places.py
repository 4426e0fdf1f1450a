"""The place of an event told in a sentence that names none, borrowed from the sentences before it
in the same paragraph ("Residents of Culiacán found five bodies on Tuesday. The victims had been
tortured.": the torture was in Culiacán), the way a date is borrowed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.event_places import in_body, origin, place_rank, usable
from eventwire.stages.nlp import doc_text, hard_wrapped

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from eventwire.records import Toponym


def paragraph_start(doc: Doc, offset: int) -> int:
    """Where the paragraph holding ``offset`` begins: after a blank line in hard-wrapped text, else
    after a line break."""
    text = doc_text(doc)
    return text.rfind("\n\n" if hard_wrapped(text) else "\n", 0, offset) + 1


def earlier_sentence_place(sent: Span, toponyms: list[Toponym], projectiles: frozenset[str]) -> Toponym | None:
    """The best usable place named in the nearest earlier sentence of the paragraph that names one,
    or None. A dateline's place is where the reporter files from, and the origin of a projectile
    ("rockets fired from Lebanon") where the act came from: neither is the story's place;
    among the places of that sentence the best wins by the ranking used within one sentence."""
    doc, start = sent.doc, paragraph_start(sent.doc, sent.start_char)
    before = [
        t
        for t in in_body(toponyms, doc)
        if start <= t.start < sent.start_char and usable(t, doc) and not origin(t, doc, projectiles)
    ]
    if not before:
        return None
    last = doc.char_span(before[-1].start, before[-1].end, alignment_mode="expand")
    if last is None:
        return None
    there = last.sent
    same = [t for t in before if there.start_char <= t.start < there.end_char]
    return min(same, key=lambda t: place_rank(t, doc, there.root.idx, there.root))

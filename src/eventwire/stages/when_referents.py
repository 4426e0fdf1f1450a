"""Events a date counts from or follows (see :mod:`eventwire.stages.when`).

"A car bomb exploded in the market on Sunday. ... Two days after the bombing, gunmen stormed a
police post": a definite event noun in an offset's object names an event the story told before
(the bombing), so the offset counts from that event's day, not from whatever the text dated last.
"Police later arrested a suspect": an act told as coming later than the event before it is not
dated to that event's day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.when_incident import clause_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from eventwire.stages.when import Draft
    from eventwire.stages.when_offsets import Offset


DEFINITE = frozenset({"the", "this", "that"})


def _definite_object(off: Offset, sent: Span) -> Token | None:
    """The noun heading the offset's object when it is definite ("the bombing", "that attack")."""
    words = sent.doc.char_span(sent.start_char + off.start, sent.start_char + off.end, alignment_mode="expand")
    if words is None or not len(words):
        return None
    root = words.root
    if root.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in root.children):
        return None
    return root


def told_before(off: Offset, sent: Span, drafts: list[Draft], earlier: list[Draft]) -> Draft | None:
    """The event a definite noun in the offset's object names again: the last event before it that
    the text dated, of the noun's event class ("the bombing" after "a car bomb exploded"), else
    with the noun's word ("the attack" after "gunmen attacked"), else of the noun's kind of event
    (violent, protest, ...). None for an object that is no definite event noun."""
    root = _definite_object(off, sent)
    if root is None:
        return None
    named = next((e for e in drafts if e.trigger.head(sent.doc) == root), None)
    before = earlier + [e for e in drafts if e.trigger.head(sent.doc).i < root.i]
    dated = [e for e in reversed(before) if e.event_date is not None and not e.undated and e is not named]
    tests: list[Callable[[Draft], bool]] = [lambda e: e.trigger.head(e.sent.doc).lemma_.lower() == root.lemma_.lower()]
    if named is not None:
        cls = named.cls
        tests = [lambda e: e.cls.key == cls.key, *tests, lambda e: e.cls.kind == cls.kind]
    for test in tests:
        hit = next((e for e in dated if test(e)), None)
        if hit is not None:
            return hit
    return None


LATER = frozenset({"later", "subsequently", "afterwards", "afterward"})


def told_later(head: Token) -> bool:
    """The trigger's clause says the act came later ("Police later arrested a suspect", "He was
    subsequently charged"), with no words that tie it to a day ("later that day" is a date)."""
    clause = clause_of(head)
    return any(c.dep_ == "advmod" and c.lower_ in LATER and not list(c.children) for c in clause.children)

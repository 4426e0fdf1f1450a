"""A legal act and the offence it names keep their own dates (see :mod:`eventwire.stages.when`).

An offence named under a legal act ("sentenced on Tuesday for a massacre that killed 62 eight
years ago", "charged on Monday with murder") was done before the act: the date of the act's clause
does not date it, only one in the offence's own phrase ("eight years ago", "the 2017 massacre").
The other way round, a date that names the offence ("jailed for life over the 2017 massacre",
"arrested over Sunday's attack") is the offence's, not the day of the jailing or the arrest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.when_frames import LEGAL_ACTS, offence

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.records import Timex


def _root(t: Timex, sent: Span) -> Token | None:
    span = sent.doc.char_span(sent.start_char + t.start, sent.start_char + t.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def act_date(head: Token, t: Timex, sent: Span) -> bool:
    """``head`` names an offence under a legal act and ``t`` lies outside the offence's own phrase:
    the act's date, not the offence's."""
    if not offence(head):
        return False
    root = _root(t, sent)
    return root is not None and head not in root.ancestors and root != head


def offence_date(head: Token, t: Timex, sent: Span, violent: set[int]) -> bool:
    """``t`` lies in the phrase of a noun that names an offence under the act ``head`` ("jailed
    over the 2017 massacre"), or, for a legal act, stands right before a violent event's noun of
    the sentence (``violent``: their indices), as a headline's words do when the parse misreads
    them ("Leaders jailed for life over 2017 village massacre"): it dates the offence, not the act."""
    root = _root(t, sent)
    if root is None or offence(head):
        return False
    if head.lemma_.lower() in LEGAL_ACTS and _premodifies(root, violent):
        return True
    for word in root.ancestors:
        if word == head or word.pos_ in ("VERB", "AUX"):
            return False
        if word.pos_ == "NOUN" and offence(word) and head in word.ancestors:
            return True
    return False


def _premodifies(root: Token, violent: set[int]) -> bool:
    """The date's words end right before a violent event's noun, or before nouns ending in one
    ("2017 village massacre")."""
    doc = root.doc
    i = root.i + 1
    while i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN") and i not in violent:
        i += 1
    return i < len(doc) and i > root.i and i in violent and doc[i].pos_ == "NOUN"

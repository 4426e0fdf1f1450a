"""Toponyms placed by the words around them rather than by the tagger's label, and calendar words
that are never toponyms (used by :func:`eventwire.stages.toponym_search.find_mentions`):

- a proper name after a lower-case place noun and "of" ("the port of Odesa", "the outskirts of
  El Geneina", "40 km north of Kharkiv"), however the tagger labelled it, when the gazetteer
  knows it as a place's own name, or as another spelling of a town in one country
  (:func:`eventwire.stages.toponym_variants.spelling_variant`);
- a month or a weekday beside a date word ("in March", "since March", "March 2019", "on
  Monday") is a date, not a town called March: :func:`drop_calendar_words`;
- a name written with hyphens ("Mazar-i-Sharif", "Wilkes-Barre", "Bandar-e Abbas") is one name,
  where the tagger took only a part of it ("Mazar", a village in Jordan): :func:`join_hyphenated`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.toponym_patterns import name_words, proper_name
from eventwire.stages.toponym_variants import spelling_variant
from eventwire.stages.toponyms import AREA_KINDS, Mention, _of_suffix, _words, overlaps

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.stages.gazetteer import Gazetteer

# lower-case nouns whose "of" names a place ("the port of X"); "the town of X" and "the province
# of X" are found by eventwire.stages.toponyms._locative_mentions
CUE_NOUNS = _words(
    "port outskirts suburb suburbs district districts environs hamlet vicinity centre center heart streets "
    "neighbourhood neighborhood north south east west northeast northwest southeast southwest"
)


def cue_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Proper names after a lower-case place noun and "of" ("the port of Odesa", "the outskirts of
    Kharkiv", "north of Gao") that the gazetteer knows as a place's own name (a town with people,
    or an area), or as another spelling of a town in one country."""
    out = []
    for tok in doc:
        if tok.dep_ != "pobj" or not proper_name(tok):
            continue
        prep = tok.head
        if prep.lower_ != "of" or not (prep.head.is_lower and prep.head.lower_ in CUE_NOUNS):
            continue
        if tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of" and doc[tok.i + 2].is_title:
            continue  # "the heart of the University of Georgia": the head of a longer name
        start = min([c.i for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok.i])
        if not name_words(doc[start : tok.i + 1]):
            continue
        m = Mention(start, tok.i + 1, start, tok.i + 1, doc[start : tok.i + 1].text, "LOCATIVE", cued=True)
        m.suffix = _of_suffix(doc, start, tok.i + 1)  # "the port of X" is a town
        matches = gaz.matches(m.core)
        own = [x.place for x in matches if x.primary]
        if any(p.kind in AREA_KINDS or p.population > 0 for p in own) or spelling_variant(
            doc, start, m.core, matches, cued=True
        ):
            out.append(m)
    return out


MONTHS = _words("january february march april may june july august september october november december")
MONTH_ABBREVIATIONS = _words("jan feb mar apr jun jul aug sep sept oct nov dec")
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
CALENDAR_WORDS = MONTHS | MONTH_ABBREVIATIONS | WEEKDAYS
DATE_BEFORE = _words(
    "in on since last next this until till by from early late mid during through throughout every each before "
    "after between"
)


def calendar_word(doc: Doc, m: Mention) -> bool:
    """Whether the mention is one month or weekday name used as a date: tagged as one, after a
    date's word ("in", "since", "last", "early") or beside a number ("March 2019", "12 March")."""
    if m.core_end - m.core_start != 1:
        return False
    tok = doc[m.core_start]
    if tok.lower_.rstrip(".") not in CALENDAR_WORDS:
        return False
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.ent_type_ in ("DATE", "TIME")
        or (before is not None and (before.lower_ in DATE_BEFORE or _number(before)))
        or (after is not None and _number(after))
    )


def _number(tok: Token) -> bool:
    return tok.like_num or tok.lower_.rstrip(".") in {"st", "nd", "rd", "th"} or tok.text[:1].isdigit()


def drop_calendar_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Leave out months and weekdays used as dates ("in March" is no town in England)."""
    return [m for m in mentions if not calendar_word(doc, m)]


HYPHENS = frozenset({"-", "‐", "‑"})
LINKS = _words("i e al el ad ar as ash at az ed en de la le du sur sous upon on under")  # "Mazar-i-Sharif"


def _joined(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen written between two words without spaces."""
    return 0 < i < len(doc) - 1 and doc[i].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def hyphen_run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The whole hyphenated name holding tokens [start, end): capitalised words and linking
    particles joined by hyphens without spaces ("Stratford-upon-Avon"), and the word after a
    final Persian "-e" ("Bandar-e Abbas")."""
    while start >= 2 and _joined(doc, start - 1) and (doc[start - 2].is_title or doc[start - 2].lower_ in LINKS):
        start -= 2
    while doc[start].lower_ in LINKS and start + 2 < end:
        start += 2  # never start on a particle
    while _joined(doc, end) and (doc[end + 1].is_title or doc[end + 1].lower_ in LINKS):
        end += 2
    if end > start + 1 and doc[end - 1].lower_ == "e" and end < len(doc) and doc[end].is_title:
        end += 1
    while doc[end - 1].lower_ in LINKS and end - 2 > start:
        end -= 2  # never end on a particle ("Paris-en" is no name)
    return start, end


def join_hyphenated(doc: Doc, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Widen a mention to the hyphenated name it is part of when the gazetteer knows the whole
    (as a place's own name or another spelling of a town in one country), and leave out the
    mentions of its other parts ("Bandar" and "Abbas" in "Bandar-e Abbas")."""
    joined = []
    for m in mentions:
        s, e = hyphen_run(doc, m.core_start, m.core_end)
        if (s, e) == (m.core_start, m.core_end):
            continue
        text = doc[s:e].text
        matches = gaz.matches(text)
        if any(x.primary for x in matches) or spelling_variant(doc, s, text, matches, cued=True):
            m.start, m.end, m.core_start, m.core_end = min(m.start, s), max(m.end, e), s, e
            m.core, m.matches = text, matches
            joined.append(m)
    return [m for m in mentions if m in joined or not any(overlaps(m, j) for j in joined)]

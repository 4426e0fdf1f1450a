"""Toponym patterns that look past the tagger's labels (used by
:func:`eventwire.stages.toponyms.find_mentions`):

- a place heading a local institution's name, whatever the whole was tagged ("Coles County
  Police", "Huntsville Fire Chief", "the Henderson County Jail"), as a non-literal mention;
- names listed with a place already found ("Hamilton and Middletown", "Newark, Heath and
  Pataskala") that the gazetteer knows by their own name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.toponyms import (
    COORDINATION,
    IN_NAME,
    ORG_OPENERS,
    SPEECH_VERBS,
    Mention,
    _name_run,
    _name_word,
    _words,
    overlaps,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.stages.gazetteer import Gazetteer


INSTITUTION_HEADS = _words("police sheriff sheriffs jail courthouse fire mayor council")
BEFORE_HEAD = {"county": "county", "parish": "county", "city": None}


def institution_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """A place heading a local institution's name, however the tagger labelled the whole ("Coles
    County Police", "Huntsville Fire Chief", "the Henderson County Jail", "Dublin City Council")."""
    out = []
    for tok in doc:
        if tok.lower_ not in INSTITUTION_HEADS or tok.i == 0:
            continue
        end = tok.i - (doc[tok.i - 1].lower_ in BEFORE_HEAD)
        start = _name_run(doc, end)
        if start == end or doc[start].lower_ in ORG_OPENERS:
            continue
        m = Mention(start, end, start, end, doc[start:end].text, "ORG_PART", literal=False, reason=IN_NAME)
        m.suffix = BEFORE_HEAD.get(doc[end].lower_) if end < tok.i else None
        m.matches = [x for x in gaz.matches(m.core) if x.primary]
        if m.matches:
            out.append(m)
    return out


def coordinated_places(doc: Doc, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Names listed with a place ("Hamilton and Middletown", "Newark, Heath and Pataskala") that
    the tagger took for people or organisations: a list of names holds names of one kind. A
    dateline ("KIRKUK, Iraq -") starts no list: what follows its comma is its qualifier."""
    persons = {t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    out: list[Mention] = []
    todo = [m for m in found if m.literal and m.matches and m.suffix is None and m.label != "DATELINE"]
    while todo:
        m = todo.pop()
        for start, end in (_list_neighbour(doc, m.start, -1), _list_neighbour(doc, m.end, 1)):
            if start == end or any(doc[i].lower_ in persons for i in range(start, end)):
                continue
            c = Mention(start, end, start, end, doc[start:end].text, "LIST")
            if any(overlaps(c, o) for o in [*found, *out]) or (end < len(doc) and doc[end].lower_ in SPEECH_VERBS):
                continue
            c.matches = [x for x in gaz.matches(c.core) if x.primary]
            if c.matches:
                out.append(c)
                todo.append(c)
    return out


def _list_neighbour(doc: Doc, i: int, step: int) -> tuple[int, int]:
    """The name run next to token boundary ``i`` across a list's "," or "and" (empty if none)."""
    k = i if step > 0 else i - 1
    if not (0 <= k < len(doc)) or doc[k].lower_ not in COORDINATION:
        return 0, 0
    k += step
    if 0 <= k < len(doc) and doc[k].lower_ in {"and", "or"} and doc[k - step].text == ",":
        k += step
    if step > 0:
        end = k
        while end < len(doc) and end - k < 3 and _name_word(doc[end]):
            end += 1
        start = k
    else:
        end = k + 1
        start = _name_run(doc, end)
    whole = start < end and doc[start].ent_iob_ != "I" and (end == len(doc) or doc[end].ent_iob_ != "I")
    return (start, end) if whole and (end == len(doc) or not doc[end].is_title) else (0, 0)

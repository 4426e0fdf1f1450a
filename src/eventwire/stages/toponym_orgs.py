"""Non-literal toponyms found by :func:`eventwire.stages.toponym_search.find_mentions`: places heading an
organisation's name or after its "of" ("Gainesville Police", "University of Kentucky"), and
demonyms ("Syrian", "Sri Lankan"), each standing for its place but locating no event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.toponyms import (
    DIRECTIONS,
    IN_NAME,
    INSTITUTION_WORDS,
    ORG_OPENERS,
    Mention,
    _demonym_matches,
    _name_word,
    _trim,
    is_area,
    is_demonym,
    overlaps,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.stages.gazetteer import Gazetteer


def org_place_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Places named at the head of an organisation's name ("the U.S. Army", "Gainesville Police",
    "Texas Southern University") or after its "of" ("University of Kentucky"). An area (country,
    admin1, region) is taken as it is; a town only before a public-institution word."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "FAC"):
            continue
        facility = ent.label_ == "FAC"  # a building or site at the place: the place itself is meant
        start = ent.start + (doc[ent.start].lower_ == "the")
        while start < ent.end - 1 and doc[start].lower_ in DIRECTIONS:  # "Northeast Texas Community College"
            start += 1
        for n in (3, 2, 1):
            end = start + n
            words = doc[start:end]
            if end >= ent.end or not all(_name_word(t) or t.is_upper for t in words) or words[0].lower_ in ORG_OPENERS:
                continue
            m = Mention(start, end, start, end, doc[start:end].text, "ORG_PART", literal=facility)
            m.reason = "" if facility else IN_NAME
            m.matches = [x for x in gaz.matches(m.core) if x.primary]
            rest = {t.lower_ for t in doc[end : ent.end]}
            if (is_area(m) and not facility) or (m.matches and rest & INSTITUTION_WORDS):
                out.append(m)
                break
        of = next((t.i for t in reversed(doc[start : ent.end - 1]) if t.lower_ == "of"), None)
        if of is not None and of + 1 < ent.end:
            tail = _trim(doc, of + 1, ent.end, gaz)
            m = Mention(*tail, *tail, doc[tail[0] : tail[1]].text, "ORG_PART", literal=False, reason=IN_NAME)
            m.matches = gaz.matches(m.core)
            if tail[1] > tail[0] and is_area(m) and not any(overlaps(m, o) for o in out):
                out.append(m)
    return out


def demonym_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Demonyms and country adjectives ("Syrian", "Sri Lankan", "Palestinians"): each stands for
    its country, as a non-literal mention (never an event's location)."""
    out = []
    covered: set[int] = set()
    spans = [(e.start, e.end) for e in doc.ents if len(e) > 1]
    spans += [(t.i, t.i + 2) for t in doc[:-1] if t.is_title and doc[t.i + 1].is_title]  # "Sri Lankan"
    for start, end in spans:
        if not covered.intersection(range(start, end)) and is_demonym(doc[start:end].text, gaz):
            out.append(_demonym_mention(doc, start, end, gaz))
            covered.update(range(start, end))
    for tok in doc:
        if tok.i not in covered and (tok.is_title or tok.is_upper) and len(tok) > 2 and is_demonym(tok.text, gaz):
            out.append(_demonym_mention(doc, tok.i, tok.i + 1, gaz))
    return [m for m in out if m.matches]


def _demonym_mention(doc: Doc, start: int, end: int, gaz: Gazetteer) -> Mention:
    m = Mention(start, end, start, end, doc[start:end].text, "DEMONYM", literal=False, reason="demonym")
    m.matches = _demonym_matches(m.core, gaz)
    return m

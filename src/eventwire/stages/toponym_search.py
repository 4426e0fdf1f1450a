"""All the candidate toponyms of a parsed article, gathered from the finders of
:mod:`eventwire.stages.toponyms`, :mod:`eventwire.stages.toponym_patterns`,
:mod:`eventwire.stages.toponym_cues` and :mod:`eventwire.stages.toponym_orgs` (the order of the
sources is described in :mod:`eventwire.stages.toponyms`; an earlier one wins where two overlap).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.toponym_cues import cue_mentions, drop_calendar_words, join_hyphenated
from eventwire.stages.toponym_lga import lga_mentions
from eventwire.stages.toponym_nationality import flag_state, names_country, nationality_modifier
from eventwire.stages.toponym_orgs import demonym_mentions, org_place_mentions
from eventwire.stages.toponym_patterns import (
    coordinated_places,
    drop_not_places,
    drop_person_names,
    institution_mentions,
    metonymic,
    person_tagged_places,
    shared_head_mentions,
    target_mentions,
)
from eventwire.stages.toponyms import (
    Mention,
    _accept,
    _context_mentions,
    _dateline_mentions,
    _entity_mentions,
    _extend,
    _locative_mentions,
    _near_before,
    _pattern_mentions,
    _shorten,
    overlaps,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.stages.gazetteer import Gazetteer

__all__ = ["find_mentions"]


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Candidate toponyms in document order, without overlaps (entities win over patterns)."""
    found: list[Mention] = []
    for m in _entity_mentions(doc, gaz):
        _extend(doc, m)
        if _accept(m, gaz, doc):
            found.append(m)
    for pm in _pattern_mentions(doc):
        if any(overlaps(pm, m) for m in found):
            continue
        short = _shorten(doc, pm, gaz)
        if short is not None:
            _extend(doc, short)
            if _accept(short, gaz, doc):
                found.append(short)
    located = [
        *_locative_mentions(doc, gaz),
        *_dateline_mentions(doc, gaz),
        *_context_mentions(doc),
        *lga_mentions(doc),
    ]
    for lm in [*located, *target_mentions(doc, gaz), *cue_mentions(doc, gaz)]:
        if not any(overlaps(lm, m) for m in found) and _accept(lm, gaz, doc):
            lm.near = lm.near or _near_before(doc, lm.start)  # "near Gao" tagged as a person
            found.append(lm)

    shared = shared_head_mentions(doc, gaz)  # "North and South Dakota": before any part of it
    found = [m for m in found if not any(overlaps(m, s) for s in shared)] + shared
    for pm in person_tagged_places(doc, gaz):
        if not any(overlaps(pm, m) for m in found):
            found.append(pm)
    found = drop_person_names(doc, drop_not_places(doc, found))
    for m in found:
        if metonymic(doc, m):
            m.literal, m.reason = False, "speaks or decides: a government, not a location"

    found += coordinated_places(doc, gaz, found)
    for am in [*institution_mentions(doc, gaz), *org_place_mentions(doc, gaz), *demonym_mentions(doc, gaz)]:
        hit = [m for m in found if overlaps(am, m)]
        if hit and all(not m.matches for m in hit):  # "Ludlow Town Hall", "Coles County Police": unresolved
            found = [m for m in found if m not in hit]
            hit = []
        if not hit:
            found.append(am)
    found = join_hyphenated(doc, gaz, drop_calendar_words(doc, found))
    for m in found:
        if m.label == "DEMONYM":
            continue
        if nationality_modifier(doc, m) or (names_country(m) and flag_state(doc, m.start, m.end)):
            m.literal, m.nationality = False, True
            m.reason = "a nationality ('U.S. embassy', 'Panama-flagged'), not a location"
    return sorted(found, key=lambda m: m.start)

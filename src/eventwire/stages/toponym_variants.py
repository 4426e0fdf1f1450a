"""Names found only under another spelling: a gazetteer's alternate names hold transliterations
("Kostiantynivka" for Kostyantynivka) but also short words of other languages, so a name the
tagger did not call a place counts only where the text plainly uses it as a town and every match
lies in one country; and a small foreign place found that way loses to the article's own
countries (see :func:`foreign_variant`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.stages.article_date import FULL_MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.records import Place
    from eventwire.stages.gazetteer import Match

TOWN_PREPS = frozenset({"in", "near", "outside", "around", "inside"})
MIN_LETTERS = 7  # short alternate names are often words of another language ("Tonka", "Mina")
VARIANT_POPULATION = 10_000
LARGE_CITY = 1_000_000  # a city this large is known abroad under many spellings ("Kiev", "Bombay")


def spelling_variant(doc: Doc, start: int, core: str, matches: list[Match], cued: bool = False) -> bool:
    """Whether a name matched only through alternate names is still a town: "in Kostiantynivka",
    a long name after a locative preposition, or one the words around it call a place (``cued``:
    "shelled Avdiivka", "the outskirts of El Geneina"), whose matches all lie in one country. A
    name of several words ("Khan Younis") needs a town of ``VARIANT_POPULATION`` people or more:
    such alternate names also hold a town's quarters and landmarks."""
    if not matches or len(core) < MIN_LETTERS or len({m.place.country for m in matches}) != 1:
        return False
    if not cued and (start == 0 or doc[start - 1].lower_ not in TOWN_PREPS):
        return False
    return " " not in core or any(m.place.population >= VARIANT_POPULATION for m in matches)


def foreign_variant(matches: Sequence[Match], place: Place, counts: Counter[str], focus: str | None) -> bool:
    """Whether ``place`` was found only under an alternate spelling, is no large city, and lies in
    a country the article never names while it names (or its demonyms name) ``focus``, where no
    candidate lies: "a Malian drone struck the village of Tonka" is no town of India. Such a match
    is more likely a look-alike than the place meant."""
    if any(m.primary for m in matches) or place.kind != "city" or place.population >= LARGE_CITY:
        return False
    if focus is None or focus == place.country or counts[place.country or ""] > 0 or counts[focus] < 1:
        return False
    return not any(m.place.country == focus for m in matches)


def before_aside(doc: Doc, i: int) -> int:
    """``i``, or the start of a bracketed aside of at most four words that ends right before it:
    "the Bahri (Khartoum North) district" names Bahri's district."""
    opening = [j for j in range(max(i - 6, 0), i - 1) if doc[j].text == "("]
    return opening[-1] if opening and doc[i - 1].text == ")" else i


TIME_TAILS = frozenset({"overnight", "tonight", "today", "yesterday", "earlier", "morning", "afternoon", "evening"})
CALENDAR = frozenset(WEEKDAYS) | FULL_MONTHS | {"christmas", "easter", "ramadan", "eid"}


def in_time_phrase(tok: Token) -> bool:
    """The token belongs to a date, time or number ("on Monday night"), unless it is a name the
    tagger swallowed into one: "drones at Kyiv overnight" tagged as one TIME, a name right before a
    time word that is not itself a day, month or feast."""
    if tok.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.lower_ not in TIME_TAILS or tok.lower_ in CALENDAR

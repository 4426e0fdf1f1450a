"""The geocode stage: the toponyms of a parsed article (:mod:`eventwire.stages.toponyms`),
resolved against the gazetteer.

Each candidate place is scored on

- population (log10);
- the article's country focus: countries named, demonyms used ("Iraqi"), and the countries of
  places that are unambiguous (one country, or one candidate far more populous than any abroad),
  weighted by frequency; all mentions of the same name are left out when it is scored;
- kind: a country name is a country; "X province" prefers an admin1 area; a bare name prefers
  a city over the admin1 area named after it ("Baghdad" is the city); a country's or admin1
  area's own name gets none of the local hints below for its namesake towns ("California"), and
  a town named like a region or like another country's admin1 area that is not named after a
  town ("the Pacific", "Ontario") not the country focus either;
- a qualifier right after a comma ("Paris, Texas") or before "town of" ("the Texas town of
  Paris"), which outweighs every other hint and, more weakly, holds for later bare mentions of the
  name (not those with a kind word of their own, "Washington state"); for an area, the place it
  qualifies; a country after a country's name is the next item of a list ("Iraq, Iran"), so is a
  state after a state when the list goes on ("Washington, Pennsylvania and California"), so is
  a country between countries ("Ghana, Kasese, Nigeria and Togo"), and an area's own name is no
  town's alternate name ("Illinois, Missouri");
- the area the words around it put it in ("X in central Mali", "Mali's X", "X district of Y
  governorate"), as strong as a qualifier after a comma; when no candidate lies in that area or
  in the qualifier's, the name is placed at the area itself, and a tiny namesake abroad of "the
  town of X" gives way to the article's country (:mod:`eventwire.stages.geocode_within`);
- a dateline's unqualified name is the well-known city of that name ("DHAKA, Aug 5 -");
- the names listed beside it: a name listed with countries is a country, one listed with admin1
  areas of a country is an admin1 area there ("Idaho, Delaware and Maine");
- local hints: admin1 areas named in the same or the previous sentence, more weakly those named
  elsewhere in the text, the admin1 area where most other names
  have a candidate, and other names with a town or county candidate within about 50-100 km;
- whether the name is the place's own name or only one of its alternate names;
- fame: in an article about the world, a small namesake of a far larger city or country ("Cairo",
  Georgia, "Toronto", Ohio) gets no country focus or admin-area hints, only nearby places and a
  qualifier (:mod:`eventwire.stages.geocode_fame`), nor does one whose country only demonyms and
  nationalities name ("the U.S. embassy in Bogota", :mod:`eventwire.stages.toponym_nationality`);
- after an area the gazetteer does not know ("X, Foo province") only places of the name's own
  name, and a province the gazetteer lacks is no namesake town abroad
  (:func:`eventwire.stages.geocode_within.known_candidates`);
- a generic name ("Central Province") is a former province of one country kept in
  ``regions.tsv`` only in an article about that country (:mod:`eventwire.stages.geocode_generic`);
- a local story (:mod:`eventwire.stages.geocode_local`): a town named like a foreign country that
  nothing else in the text points to gets the local hints when places named nearby, or its own
  county ("Lebanon County"), put it there; a name of a country and of another country's admin1
  area ("Georgia") loses the country's bonus when the other places lie in the admin1 area only;
  a bare name is the city its admin1 area is named after even when the gazetteer spells the city
  otherwise ("Zaporizhzhia"), unless the city has a longer name ("New York City").

Precision (``Toponym.precision``): 1 a city or town itself; 2 near a town, a facility at a town,
a district, or a part ("northern ...") of an admin1 area; 3 admin1 areas, countries and regions.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eventwire.records import Place, Toponym
from eventwire.stages.demonyms import demonym_country
from eventwire.stages.gazetteer import Gazetteer, Match
from eventwire.stages.geocode_fame import LOCAL_KINDS, dwarfed, famous
from eventwire.stages.geocode_generic import focus_candidates
from eventwire.stages.geocode_lists import (
    area_key,
    has_namesake_town,
    list_goes_on,
    list_item,
    list_kinds,
    list_neighbours,
)
from eventwire.stages.geocode_local import (
    VOTE_CANDIDATES,
    area_city,
    county_key,
    names_country,
    near_index,
    near_key,
    near_names,
    own_matches,
    state_reading,
    town_reading,
)
from eventwire.stages.geocode_near import near_fallback, near_mention
from eventwire.stages.geocode_within import (
    area_before_kind,
    called_village,
    dateline_city,
    fall_back,
    focus_fallback,
    holder,
    holder_matches,
    known_candidates,
    named_part,
    sentence_admins,
    top_country,
    unknown_area,
)
from eventwire.stages.nlp import doc_text
from eventwire.stages.toponym_nationality import flag_state
from eventwire.stages.toponym_patterns import span_mention
from eventwire.stages.toponym_search import find_mentions
from eventwire.stages.toponyms import (
    APPOSITION_WORDS,
    AREA_POPULATION,
    COUNTRY_LIKE,
    Mention,
    area_places,
    overlaps,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = ["Geocoder", "article_focus", "demonym_country", "find_mentions"]


# ---------------------------------------------------------------- the article's focus


def _dominant(matches: Sequence[Match]) -> Place | None:
    """The match that stands for the name whatever the context, if there is one.

    A primary country name; else the most populous place bearing the name as its own name, when
    every other match is in its country or at most a tenth of its population. A name known only
    as an alternate name ("North Side" for a town called otherwise) stands for nothing.
    """
    for m in matches:
        if m.place.kind in COUNTRY_LIKE and m.primary:
            return m.place
    own = [m for m in matches if m.primary]
    if not own:
        return None
    top = own[0].place
    rivals = [m.place.population for m in matches if m.place is not top and m.place.country != top.country]
    if top.country and (not rivals or top.population >= 10 * max(rivals)):
        return top
    return None


def _contribution(m: Mention) -> str | None:
    top = _dominant(own_matches(m))
    return top.country if top is not None else None


def article_focus(doc: Doc, mentions: Sequence[Mention]) -> Counter[str]:
    """Countries the article is about: country names, unambiguous places, demonyms, by count; a
    flag, registry or owner ("Liberian-flagged") does not count (:mod:`eventwire.stages.toponym_nationality`)."""
    focus: Counter[str] = Counter()
    for m in mentions:
        country = _contribution(m) if m.label != "DEMONYM" and not flag_state(doc, m.start, m.end) else None
        if country:
            focus[country] += 1
    for tok in doc:
        if (tok.is_title or tok.is_upper) and not flag_state(doc, tok.i, tok.i + 1):
            iso3 = demonym_country(tok.text)
            if iso3:
                focus[iso3] += 1
    return focus


def named_focus(mentions: Sequence[Mention]) -> Counter[str]:
    """The part of the focus that places named as places give: not demonyms, not nationalities
    ("the U.S. embassy")."""
    named = (_contribution(m) for m in mentions if m.label != "DEMONYM" and not m.nationality)
    return Counter(c for c in named if c)


Admin = tuple[str | None, str | None]


def _own_admin(m: Mention) -> Admin | None:
    top = _dominant(own_matches(m))
    return (top.country, top.admin1) if top is not None and top.kind in {"admin1", "admin2", "city"} else None


def _admin_context(mentions: Sequence[Mention]) -> Counter[Admin]:
    """(country, admin1 name) of admin1 areas named in the article and of unambiguous places."""
    return Counter(a for a in map(_own_admin, mentions) if a is not None)


def _admin_votes(mentions: Sequence[Mention]) -> Counter[Admin]:
    """For each admin1 area, how many different names of the article have a candidate in it: the
    towns of a local story cluster in one area even when each name alone is ambiguous."""
    votes: Counter[Admin] = Counter()
    seen: set[str] = set()
    for m in mentions:
        key = m.core.lower()
        if key in seen:
            continue
        seen.add(key)
        if names_country(m):
            continue
        own = [x for x in m.matches if x.primary] or m.matches
        votes.update({(x.place.country, x.place.admin1) for x in own[:VOTE_CANDIDATES] if x.place.kind in VOTING_KINDS})
    return votes


# ---------------------------------------------------------------- scoring candidates


@dataclass
class Context:
    focus: Counter[str]
    admins: Counter[Admin]
    qualifier: list[Match] = field(default_factory=list)
    votes: Counter[Admin] = field(default_factory=Counter)
    own_focus: Counter[str] = field(default_factory=Counter)  # what the mention's name itself adds
    own_admins: Counter[Admin] = field(default_factory=Counter)
    areas: list[Place] = field(default_factory=list)  # the areas (country, region, admin1) bearing the name
    qualifies: list[Match] = field(default_factory=list)  # the place this one qualifies ("X, Ontario")
    near: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    name: str = ""
    provinces: list[Place] = field(default_factory=list)  # see _provinces
    listed: set[tuple[str, str | None]] = field(default_factory=set)  # see _list_kinds
    famous: Place | None = None  # see eventwire.stages.geocode_fame.famous
    carried: list[Match] = field(default_factory=list)  # an earlier mention's qualifier (see _carried)
    held_by: Mention | None = None  # the area the text puts the name in ("X, Mali", "X in Mali")
    dateline: Place | None = None  # the famous city an unqualified dateline names
    sentence_admins: set[Admin] = field(default_factory=set)  # named in its sentence or the one before
    named: Counter[str] = field(default_factory=Counter)  # see named_focus
    unknown_area: bool = False  # see eventwire.stages.geocode_within.unknown_area
    near_to: Mention | None = None  # the town the text puts the name near (see geocode_near)


NEAR_FULL = 2  # other names with a town or county nearby that give the full NEAR_WEIGHT
NEAR_WEIGHT = 3.0


def _own_context(mentions: Sequence[Mention]) -> dict[str, tuple[Counter[str], Counter[Admin]]]:
    """By name: the focus and admin context that all mentions of that name add. A name is left out
    of its own context, so that a name repeated ten times does not vouch for its own reading."""
    out: dict[str, tuple[Counter[str], Counter[Admin]]] = {}
    for m in mentions:
        countries, admins = out.setdefault(m.core.lower(), (Counter(), Counter()))
        country, admin = _contribution(m), _own_admin(m)
        if country:
            countries[country] += 1
        if admin is not None:
            admins[admin] += 1
    return out


VOTING_KINDS = LOCAL_KINDS | {"admin1"}
FOCUS_WEIGHT = 4.0  # the most named country of the article
ADMIN_WEIGHT = 1.5  # the most named admin1 area (named itself, or holding an unambiguous place)
VOTE_WEIGHT = 1.5  # the admin1 area where most names of the article have a candidate
QUALIFIER_WEIGHT = 10.0  # "Paris, Texas": the writer says which one; no other hint outweighs it
CARRIED_WEIGHT = 5.0  # a bare name after "Athens, Greece": the same town, above the article's focus
LIST_WEIGHT = 3.0  # a name listed with countries, or with admin1 areas of one country
SENTENCE_WEIGHT = 3.0  # "swans in Michigan ... in Monroe County": the admin1 area named close by (not
# after an earlier "Athens, Greece": the writer has said which one)


KIND_BONUS: dict[str | None, dict[str, float]] = {
    None: {"country": 3.0, "region": 2.0, "continent": 2.0, "city": 1.5},
    "admin": {"admin1": 4.0, "admin2": 3.0, "country": -5.0, "city": -2.0},
    "county": {"admin2": 5.0, "admin1": 2.0, "country": -5.0, "city": -3.0},
    "district": {"city": 1.0, "country": -5.0},
    "settlement": {"city": 3.0, "admin1": -3.0, "country": -5.0},
    "facility": {"city": 2.0, "country": -5.0, "admin1": -2.0},
}


def _focus_share(focus: Counter[str], country: str | None, own: Counter[str]) -> float:
    counts = focus - own
    top = max(counts.values(), default=0)
    return counts[country] / top if country and top > 0 and counts[country] > 0 else 0.0


def _score(match: Match, m: Mention, ctx: Context) -> tuple[float, list[str]]:
    p = match.place
    why = [f"{p.kind} population {_fmt(p.population)}"]
    population = _population(p)
    score = math.log10(population + 1) + KIND_BONUS[m.suffix].get(p.kind, 0.0)
    if p.kind == "country" and m.suffix is None and state_reading(p, ctx.areas, ctx.focus - ctx.own_focus, ctx.votes):
        score -= KIND_BONUS[None]["country"]
        why.append("other names of the article lie in the admin1 area of the name")
    # a small namesake of a famous place ("Cairo", Georgia) needs nearby places or a qualifier
    broad = _in_namesake(p, ctx.provinces) and not dwarfed(p, ctx.famous, ctx.focus, ctx.own_focus, ctx.named)
    share = _focus_share(ctx.focus, p.country, ctx.own_focus) if broad else 0.0
    if share:
        score += FOCUS_WEIGHT * share
        why.append(f"country in focus {p.country}")
    area = (p.country, p.admin1)
    # a town named like an area ("California", Missouri, beside the state) gets no local hints: the
    # name stands for the area unless qualified
    local_hints = p.kind not in LOCAL_KINDS or not ctx.areas or _town_reading(p, ctx)
    near = len(near_names(ctx.near, p, ctx.name)) if p.kind in LOCAL_KINDS and local_hints else 0
    admin_hints = local_hints and broad
    admin_share = _admin_share(ctx.admins, area, ctx.own_admins) if admin_hints else 0.0
    if p.kind in LOCAL_KINDS and admin_share:
        score += ADMIN_WEIGHT * admin_share
        why.append(f"{p.admin1} named in the article")
    if p.kind in LOCAL_KINDS and admin_hints and area in ctx.sentence_admins and not ctx.carried:
        score += SENTENCE_WEIGHT
        why.append(f"{p.admin1} named in the sentence or the one before")
    support = _vote_share(ctx.votes, area) if p.kind in VOTING_KINDS and admin_hints else 0.0
    if support:
        score += VOTE_WEIGHT * support
        why.append(f"other names of the article have places in {p.admin1}")
    if near and local_hints:
        score += NEAR_WEIGHT * min(near, NEAR_FULL) / NEAR_FULL
        why.append(f"{near} other name{'s' if near > 1 else ''} of the article have places nearby")
    # an area's own name ("Illinois, Missouri") is not a town that bears it as an alternate name
    if _qualified(p, ctx.qualifier) and (match.primary or not ctx.areas):
        score += QUALIFIER_WEIGHT
        why.append('matches the qualifier ("X, Mali", "X in Mali")')
    elif p is ctx.dateline:
        score += QUALIFIER_WEIGHT
        why.append("a dateline names the well-known city")
    elif _qualified(p, ctx.carried) and (match.primary or not ctx.areas):
        score += CARRIED_WEIGHT
        why.append("matches the qualifier of an earlier mention of the name")
    if p.kind in {"admin1", "country"} and any(_qualified(x.place, [match]) for x in ctx.qualifies):
        score += 5.0
        why.append("holds the place named before the comma")
    listed = area_key(p) in ctx.listed
    if listed and not has_namesake_town(m.matches, p):
        score += LIST_WEIGHT
        why.append(f"listed with other {p.kind} names")
    if match.primary or (m.suffix is None and not m.part and area_city(p, m, ctx.areas)):
        score += 1.5
    return score, why


def _town_reading(p: Place, ctx: Context) -> bool:
    def named(near: set[str]) -> bool:
        return (p.country, p.admin1) in ctx.sentence_admins or county_key(ctx.name) in near

    return town_reading(p, ctx.areas, ctx.focus, ctx.own_focus, lambda: near_names(ctx.near, p, ctx.name), named)


def _population(p: Place) -> int:
    return max(p.population, AREA_POPULATION) if p.kind in {"region", "continent"} else p.population


def _in_namesake(p: Place, areas: Sequence[Place]) -> bool:
    """Whether ``p`` may take the article's country focus: a town named like a foreign area (see
    :func:`_provinces`) takes it only when the name also names an area of its own country."""
    if p.kind not in LOCAL_KINDS or not areas:
        return True
    return any(a.country == p.country for a in areas)


def _provinces(m: Mention) -> list[Place]:
    """The areas bearing the name that are no town's namesake: regions, continents and admin1
    areas not named after a town in them ("Ontario", "the Pacific", but not "Alexandria", Egypt,
    whose governorate is named after its city); with the countries bearing the name. Regions of a
    single country (often former provinces, "Nyanza") do not count: a town of the article's country
    keeps its focus over them. Empty when there are none."""
    towns = {(x.place.country, x.place.admin1) for x in m.matches if x.place.kind == "city"}
    areas = [
        a
        for a in area_places(m)
        if a.kind != "country" and (a.country, a.admin1) not in towns and not (a.kind == "region" and a.country)
    ]
    return [*areas, *(a for a in area_places(m) if a.kind == "country")] if areas else []


def _admin_share(admins: Counter[Admin], area: Admin, own: Counter[Admin]) -> float:
    """How much of the article's admin-area context ``area`` holds (1.0 for the most named)."""
    counts = admins - own
    top = max(counts.values(), default=0)
    return counts[area] / top if area[1] and top > 0 and counts[area] > 0 else 0.0


def _vote_share(votes: Counter[Admin], area: Admin) -> float:
    """``area``'s votes from the other names, relative to the best-supported area."""
    top = max(votes.values(), default=0) - 1
    own = votes[area] - 1
    return own / top if area[1] and top > 0 and own > 0 else 0.0


def _qualified(p: Place, qualifier: Sequence[Match]) -> bool:
    for q in qualifier:
        if q.place.kind == "country" and q.place.country == p.country:
            return True
        if q.place.kind == "admin1" and q.place.country == p.country and q.place.admin1 == p.admin1:
            return True
    return False


def _fmt(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}M"
    return f"{n / 1000:.0f}k" if n >= 1000 else str(n)


def _precision(place: Place, m: Mention) -> int:
    if place.kind in COUNTRY_LIKE:
        return 3
    if place.kind == "admin1":
        return 2 if m.part else 3
    if place.kind == "admin2":
        return 2
    return 2 if (m.near or m.suffix in {"facility", "district"}) else 1


def _qualified_place(doc: Doc, m: Mention, by_end: dict[int, Mention], by_start: dict[int, Mention]) -> list[Match]:
    """Matches of the place named right before ``m`` and a comma ("Sault Ste. Marie, Ontario"),
    or after it and a kind word and "of" ("the Texas town of Paris")."""
    if m.start > 1 and doc[m.start - 1].text == ",":
        prev = by_end.get(m.start - 1)
        if prev is not None:
            return prev.matches[:VOTE_CANDIDATES]
    if _apposition(doc, m.end) and m.end + 2 in by_start:
        return by_start[m.end + 2].matches[:VOTE_CANDIDATES]
    return []


def _apposition(doc: Doc, i: int) -> bool:
    """Whether tokens ``i`` and ``i + 1`` are a kind word and "of": "the Texas town of Paris"."""
    return i + 2 < len(doc) and doc[i].lower_ in APPOSITION_WORDS and doc[i + 1].lower_ == "of"


def _apposition_area(doc: Doc, m: Mention, by_end: dict[int, Mention]) -> list[Match]:
    """Matches of the area named before "town of" and ``m`` ("the Texas town of Paris")."""
    prev = by_end.get(m.start - 2) if m.start >= 3 else None
    return prev.matches if prev is not None and _apposition(doc, m.start - 2) else []


def _qualifier(doc: Doc, m: Mention, by_start: dict[int, Mention], countries: bool = True) -> list[Match]:
    """Matches of a place named right after a comma ("Paris, Texas"). After a country's name a
    country is the next item of a list ("Iraq, Iran and Syria"), never a qualifier, unless
    ``countries``."""
    if m.end + 1 < len(doc) and doc[m.end].text == ",":
        nxt = by_start.get(m.end + 1)
        if nxt is not None:
            return [x for x in nxt.matches if countries or x.place.kind != "country"]
    return []


def _qualifiers(
    doc: Doc, mentions: Sequence[Mention], by_start: dict[int, Mention], by_end: dict[int, Mention]
) -> dict[int, list[Match]]:
    """Each mention's qualifier (by ``id``). An area's name followed by another area of the same
    kind is a list, not a qualified name, when the list goes on ("Washington, Pennsylvania and
    California")."""
    out: dict[int, list[Match]] = {}
    for m in mentions:
        q = _qualifier(doc, m, by_start, countries=not any(a.kind == "country" for a in area_places(m)))
        if q and area_places(m) and list_goes_on(doc, by_start[m.end + 1], by_start, by_end):
            q = []
        if q and list_item(doc, m, by_start[m.end + 1], by_start, by_end):
            q = []
        q = q or _apposition_area(doc, m, by_end)
        if q:
            out[id(m)] = q
    return out


def _carried(doc: Doc, mentions: Sequence[Mention], qualifiers: dict[int, list[Match]]) -> dict[int, list[Match]]:
    """For each bare later mention (no qualifier, no kind word of its own), the qualifier of the
    last earlier mention of its name: after "Athens, Greece" a bare "Athens" is the same town. A
    kind word ("Washington state") and an earlier bare mention ("French police in Paris ...
    police in Paris, Texas") are left alone, except before a dateline ("BOWLING GREEN, Ohio -"),
    which places the whole story, its headline too."""
    ordered = sorted(mentions, key=lambda m: m.start)
    last = {m.core.lower(): qualifiers[id(m)] for m in reversed(ordered) if id(m) in qualifiers and _dateline(doc, m)}
    out: dict[int, list[Match]] = {}
    for m in ordered:
        name = m.core.lower()
        own = qualifiers.get(id(m))
        if own:
            last[name] = own
        elif name in last and not _kind_word(doc, m):
            out[id(m)] = last[name]
    return out


def _kind_word(doc: Doc, m: Mention) -> bool:
    """Whether the mention has a kind word of its own ("Washington state", "the state of X"); a
    capitalised word after the name is part of a longer name ("Bowling Green State University")."""
    return m.suffix is not None and not (m.core_end < m.end and doc[m.core_end].is_title)


def _dateline(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` opens a sentence in capitals, as a dateline does ("KIRKUK, Iraq -")."""
    return m.label == "DATELINE" or (doc[m.start].is_sent_start is True and m.core.isupper())


def _contexts(doc: Doc, mentions: Sequence[Mention]) -> list[Context]:
    """Each mention's context: the article's focus and admin hints, less what its own name adds."""
    focus, named = article_focus(doc, mentions), named_focus(mentions)
    admins = _admin_context(mentions)
    votes = _admin_votes(mentions)
    own = _own_context(mentions)
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    near = near_index(mentions)
    qualifiers = _qualifiers(doc, mentions, by_start, by_end)
    carried = _carried(doc, mentions, qualifiers)
    close_by = sentence_admins(doc, mentions)
    out = []
    for m in mentions:
        own_focus, own_admins = own[m.core.lower()]
        qualifier = qualifiers.get(id(m), [])
        held = by_start.get(m.end + 1) if qualifier and doc[m.end].text == "," else holder(doc, m, by_start, by_end)
        qualifier = qualifier or (holder_matches(held) if held is not None else [])
        qualifies = _qualified_place(doc, m, by_end, by_start)
        name, areas = m.core.lower(), area_places(m)
        ctx = Context(focus, admins, qualifier, votes, own_focus, own_admins, areas, qualifies, near, near_key(m)[0])
        ctx.carried, ctx.sentence_admins, ctx.named = carried.get(id(m), []), close_by[id(m)], named
        ctx.provinces, ctx.unknown_area = _provinces(m), unknown_area(doc, m, by_start)
        ctx.famous = famous(m)
        ctx.near_to = near_mention(doc, m, by_start)
        ctx.held_by, ctx.dateline = held, dateline_city(ctx.famous, qualifier) if _dateline(doc, m) else None
        neighbours = list_neighbours(doc, m, by_start, by_end)
        ctx.listed = list_kinds([n for n in neighbours if n.core.lower() != name])  # not "X and X's"
        out.append(ctx)
    return out


# ---------------------------------------------------------------- the stage


class Geocoder:
    """Finds and resolves the toponyms of a parsed article."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def toponyms(self, doc: Doc) -> list[Toponym]:
        mentions = find_mentions(doc, self.gazetteer)
        contexts = {id(m): ctx for m, ctx in zip(mentions, _contexts(doc, mentions), strict=True)}
        return [self._placed(doc, m, contexts) for m in mentions]

    def resolve_spans(self, doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Toponym]:
        """Resolve given character spans of ``doc`` (gold toponyms), in the article's context.

        The spans stand as mentions whatever the tagger said; the places found elsewhere in the
        text (not overlapping a span) still count for the country focus and admin hints.
        """
        given = [span_mention(doc, s, e, self.gazetteer) for s, e in spans]
        found = [m for m in find_mentions(doc, self.gazetteer) if not any(overlaps(m, g) for g in given)]
        mentions = sorted(given + found, key=lambda m: m.start)
        contexts = {id(m): ctx for m, ctx in zip(mentions, _contexts(doc, mentions), strict=True)}
        out = []
        for (s, e), m in zip(spans, given, strict=True):
            top = self._placed(doc, m, contexts)
            out.append(Toponym(s, e, doc_text(doc)[s:e], top.place, top.precision, top.why))
        return out

    def _placed(self, doc: Doc, m: Mention, contexts: dict[int, Context]) -> Toponym:
        """The resolved toponym, or the area the text puts it in, or the article's country (see
        :mod:`eventwire.stages.geocode_within`)."""
        ctx = contexts[id(m)]
        part = named_part(doc, m)

        def resolve(h: Mention) -> Toponym:
            return self._resolve(doc, h, contexts[id(h)])

        top = fall_back(m, self._resolve(doc, m, ctx), ctx.held_by, resolve, part)
        top = near_fallback(m, top, ctx.near_to, resolve, lambda p: _precision(p, m))
        focus = top_country(ctx.focus, ctx.own_focus)
        country = self.gazetteer.country(focus) if focus else None
        village = called_village(doc, m)
        return focus_fallback(m, top, ctx.focus, ctx.own_focus, country, self.gazetteer, village)

    def _resolve(self, doc: Doc, m: Mention, ctx: Context) -> Toponym:
        span: Span = doc[m.start : m.end]
        start, end = span.start_char, span.end_char
        text = doc_text(doc)[start:end]
        matches = focus_candidates(m.core, area_before_kind(m), top_country(ctx.focus, ctx.own_focus))
        matches, unknown = known_candidates(m, matches, ctx.unknown_area, ctx.focus - ctx.own_focus)
        if unknown:
            return Toponym(start, end, text, None, 1, unknown, m.literal)
        if not matches:
            return Toponym(start, end, text, None, 1, "not in the gazetteer", m.literal)
        scored = [(*_score(x, m, ctx), x.place) for x in matches]
        _, why, place = max(scored, key=lambda s: s[0])
        if len(scored) > 1:
            why.append(f"best of {len(scored)} candidates")
        if not m.literal:
            why.insert(0, m.reason)
        return Toponym(start, end, text, place, _precision(place, m), "; ".join(why), m.literal)

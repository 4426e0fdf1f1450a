"""The kinds of actor an actor phrase can name, shared by ``actors.ActorCoder`` and its helpers:
dictionary entries and mentions, who an unnamed doer is ("gunmen", "a group of men who set fire
to ..."), the words that say whose a noun is ("Taliban fighters", "fighters of the ELN"), the
named group a generic noun refers back to, and actor names filled in with a country."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.records import Actor
from eventwire.stages.doers import arson_doer, deadly_doer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventwire.stages.states import States

ARMED_SECTORS = {"MIL", "COP", "REB", "INS", "UAG"}
UNKNOWN_WORDS = {"unidentified", "unknown", "masked", "hooded", "armed", "unnamed"}
ARMABLE_CROWDS = {"youth", "mob"}
UNNAMED_MEN = frozenset({"man"})  # who set fires unnamed are an armed group, a crowd ("youths") rioters
PASTORALISTS = frozenset({"herdsman", "herder"})  # "armed youths" are an armed group; "armed protesters" still protest
# words that put the second of two coordinated nouns on a side of its own ("rebels and government troops")
OWN_SIDE_WORDS = frozenset({"government", "regime", "state", "federal", "army", "police", "military", "security"})
UNIDENTIFIED_GROUP = "Unidentified Armed Group ({country})"
MAKER_WORDS = frozenset({"made", "built", "era", "supplied", "designed", "manufactured", "produced", "donated"})
MAKER_AFTER = re.compile(r"-(\w+)")
OWNING_UP = frozenset({"say", "claim", "announce", "admit", "accept", "tell", "confirm"})
LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|and/or|,)\s*(?:the\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class NounEntry:
    phrase: str
    sector: str
    name: str


@dataclass(frozen=True)
class ActorMention:
    """An actor named in the article text at [start, end)."""

    start: int
    end: int
    text: str
    actor: Actor
    kind: str  # "named", "state", "noun", "coref"


def unknown_doer(noun: NounEntry | None, token: Token, head: Token) -> NounEntry | None:
    """People nobody has named doing the deed ("unidentified men hurled explosives", "an attack by
    masked men", "a group of unknown men opened fire") are an unidentified armed group, not
    civilians; as victims ("an unknown man was found dead") they stay civilians. A crowd word with
    a weapon ("armed youths stormed a village") is an armed group too, not rioters, and herders
    who do violence are a pastoralist militia. Whoever does deadly violence ("a man stabbed four
    people", "two men blew themselves up") is no civilian but an unidentified armed group. ``token`` is
    the noun naming them, ``head`` the head of the phrase, whose place in the clause tells the doer."""
    if noun is None or (noun.sector != "CVL" and noun.phrase not in ARMABLE_CROWDS):
        return noun
    doer = head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.lower_ == "by")
    if noun.phrase in PASTORALISTS and doer:  # "herdsmen killed 20 farmers": herders who fight
        return NounEntry(noun.phrase, "UAG", "Pastoralist Militia ({country})")
    owned = any(c.dep_ == "poss" for c in head.children)  # "the gang leader's men" are the leader's
    if noun.sector == "CVL" and head.dep_ == "nsubj" and not owned and deadly_doer(head.head):
        return NounEntry(noun.phrase, "UAG", UNIDENTIFIED_GROUP)  # "a man drove into the crowd, killing 86"
    if noun.phrase in UNNAMED_MEN and head.dep_ == "nsubj" and not owned and arson_doer(head.head):
        return NounEntry(noun.phrase, "UAG", UNIDENTIFIED_GROUP)  # "a group of men set fire to the office"
    words = UNKNOWN_WORDS if noun.sector == "CVL" else {"armed"}
    unknown = next((c.lower_ for c in token.children if c.dep_ == "amod" and c.lower_ in words), None)
    if unknown is None or not doer:
        return noun
    return NounEntry(f"{unknown} {noun.phrase}", "UAG", UNIDENTIFIED_GROUP)


def same_entity(token: Token, other: Token) -> bool:
    """Both tokens lie in one entity the tagger found."""
    return any(ent.start <= token.i < ent.end and ent.start <= other.i < ent.end for ent in other.doc.ents)


def modifier_offsets(head: object) -> list[int]:
    """Character offsets of the words that name whose a noun is: its compounds and modifiers
    ("ELN fighters", "Taliban militants") and the "of" or "from" phrase after it ("fighters of the
    ELN", "militants from the Islamic State")."""
    out: list[int] = []
    for child in head.children:  # type: ignore[attr-defined]
        naming = child.dep_ in ("compound", "amod", "nmod", "poss", "appos")
        if naming or (child.dep_ == "prep" and child.lower_ in ("of", "from")):
            out.extend(t.idx for t in child.subtree)
    return out


def shared_modifier(head: Token, mentions: Sequence[ActorMention]) -> list[ActorMention]:
    """The named group that modifies the first of two coordinated nouns modifies the second too:
    "Taliban gunmen and suicide bombers" are both the Taliban's."""
    if head.dep_ != "conj" or head.head.i > head.i:
        return []
    if any(c.dep_ in ("compound", "amod") and c.lower_ in OWN_SIDE_WORDS for c in head.children):
        return []  # "Houthi forces and government troops": two sides
    near = [
        t.idx for c in head.head.children if c.dep_ in ("compound", "amod") and c.i < head.head.i for t in c.subtree
    ]
    return [
        m
        for m in mentions
        if m.kind == "named" and m.actor.sector in ARMED_SECTORS and any(m.start <= i < m.end for i in near)
    ]


def coreferent(
    noun: NounEntry,
    span: Span,
    inside: Sequence[ActorMention],
    mentions: Sequence[ActorMention],
    country: str | None,
) -> ActorMention | None:
    """The named group a generic noun stands for: "the rebels", "guerrillas", "the jihadists" after
    the article has named a rebel or jihadist group of the same country (or of none), or before the
    article names the only such group it names at all ("Guerrillas attacked a post on Monday ...
    the FMLN said"). Not when the phrase names a country or a group of its own ("Kurdish rebels"),
    nor for "a rebel"."""
    if noun.sector not in ("REB", "INS") or inside or any(t.lower_ in ("a", "an") for t in span):
        return None
    earlier = earlier_armed(mentions, span.start_char) or sole_armed(mentions, span)
    if earlier is None or (earlier.actor.country and country and earlier.actor.country != country):
        return None
    return None if listed_with_another(span.doc.text, earlier, mentions) else earlier


def listed_with_another(text: str, group: ActorMention, mentions: Sequence[ActorMention]) -> bool:
    """The group is named in a list with another armed group ("groups linked to al Qaeda and
    Islamic State", "JNIM or IS Sahel"): a later "the jihadists" may be either, so neither."""
    for m in mentions:
        if m.kind != "named" or m.actor.sector not in ("INS", "REB") or m.actor.name == group.actor.name:
            continue
        gap = text[m.end : group.start] if m.end <= group.start else text[group.end : m.start]
        if len(gap) <= 12 and LIST_GAP.fullmatch(gap):
            return True
    return False


def earlier_armed(mentions: Sequence[ActorMention], before: int, within: int | None = None) -> ActorMention | None:
    """The last named non-state armed group mentioned before offset ``before`` (at most ``within``
    characters before it)."""
    first = before - within if within is not None else 0
    earlier = [
        m
        for m in mentions
        if m.kind == "named" and first <= m.start and m.end <= before and m.actor.sector in ("INS", "REB")
    ]
    return earlier[-1] if earlier else None


def sole_armed(mentions: Sequence[ActorMention], span: Span) -> ActorMention | None:
    """The one named non-state armed group of an article, when it names no other; named after
    ``span`` only as one that speaks for the deed ("... the FMLN said", "the ELN claimed it"),
    not one that denies it or suffers it ("a Hamas commander was shot")."""
    groups = [m for m in mentions if m.kind == "named" and m.actor.sector in ("INS", "REB")]
    if not groups or any(m.actor.name != groups[0].actor.name for m in groups):
        return None
    return next((m for m in groups if m.end <= span.start_char or _owns_up(span.doc, m)), None)


def _owns_up(doc: Doc, mention: ActorMention) -> bool:
    """The group is the subject of a verb of saying or claiming, or is said to be responsible."""
    named = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if named is None:
        return False
    head = named.root
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ != "nsubj" or any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.lemma_.lower() == "be":
        return any(c.dep_ == "acomp" and c.lower_ == "responsible" for c in verb.children)
    return verb.lemma_.lower() in OWNING_UP


def maker_named(text: str, end: int) -> bool:
    """The country named up to ``end`` made or supplied the thing ("a German-built tank",
    "Soviet-era jets"): it does not hold it."""
    m = MAKER_AFTER.match(text, end)
    return m is not None and m.group(1).lower() in MAKER_WORDS


def no_country(pattern: str) -> str:
    return re.sub(r"\s*(of )?\(?\{country\}\)?", "", pattern).strip()


def with_country(pattern: str, states: States, country: str) -> str:
    """An actor-noun name pattern filled in: "of {country}" takes "the" where English puts it,
    a bracketed "({country})" the plain name ("Rebel Forces (United States)")."""
    return pattern.replace("of {country}", "of " + states.of_name(country)).format(country=states.name(country))

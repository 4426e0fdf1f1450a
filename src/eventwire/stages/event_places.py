"""Where an event happened, as :class:`eventwire.stages.events.EventExtractor` reads it from the
toponyms of its sentence: which place names are places (not "a US official", not a country that
speaks, not where rockets came from), how they rank, and the article's country in focus, taken
from the body, not from the dateline."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from eventwire.stages import roles
from eventwire.stages.nlp import DATELINE, doc_text
from eventwire.stages.subtypes import MODIFIER_DEPS
from eventwire.stages.when_incident import clause_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventwire.records import Toponym


def usable(t: Toponym, doc: Doc) -> bool:
    """A place name used as a place, not as a modifier of a non-place ("a US official")."""
    if t.place is None or t.place.country is None:
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    if any(a.lower_ == "according" for a in root.ancestors):
        return False
    if root.dep_ in MODIFIER_DEPS and root.head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return root.head.lemma_.lower() in roles.PLACE_HEADS or _act_place(t, root.head)
    return True


def _act_place(t: Toponym, head: Token) -> bool:
    """A town modifying a violent act is where it happened ("the Paris attacks"); a country there
    is mostly the doer ("a US raid")."""
    return head.lemma_.lower() in ACT_NOUNS and t.place is not None and t.place.kind != "country"


# violent acts a place name can modify as where they happened: "the Paris attacks", "the Kabul blast"
ACT_NOUNS = frozenset(
    {"attack", "bombing", "blast", "explosion", "massacre", "shooting", "siege", "raid", "killing", "riot", "unrest"}
)


def acting_state(t: Toponym, doc: Doc) -> bool:
    """A country named as the doer of a verb is an actor, not a place (metonymy): "Egypt and Qatar
    were trying to broker a ceasefire", "Russia said". Asked only for words, talks and other
    non-violent acts: the subject of a violent one is often where it happened ("Ukraine came
    under heavy shelling"). A passive subject ("Syria was hit") and a city ("Kabul said", often
    the dateline's) are left to the ranking below."""
    if t.place is None or t.place.kind != "country":
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj"


def origin(t: Toponym, doc: Doc, projectiles: frozenset[str]) -> bool:
    """The place the act came from, never its place: "rockets fired from Lebanon hit northern
    Israel", "rockets from Lebanon hit Nahariya" happened in Israel; so is a country that launched
    them (:func:`launcher`)."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is not None and launcher(t, span.root):
        return True
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "from":
        return False
    source = span.root.head.head
    return source.lemma_.lower() in LAUNCH_VERBS or source.lemma_.lower() in projectiles or source.lower_ in projectiles


def launcher(t: Toponym, root: Token) -> bool:
    """A country that launches or fires something is where it came from, not where it struck:
    "Russia launched 40 drones overnight", "Iran and its allies fired missiles"."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    is_country = t.place is not None and t.place.kind == "country"
    return is_country and root.dep_ == "nsubj" and root.head.lemma_.lower() in LAUNCH_VERBS


def names_place_of(t: Toponym, head: Token) -> bool:
    """The place name modifies the trigger itself: "the Kabul blast" was in Kabul."""
    if t.place is None or t.place.country is None:
        return False
    return any(c.dep_ in MODIFIER_DEPS and c.idx <= t.start < c.idx + len(c.text) for c in head.children)


LAUNCH_VERBS = frozenset({"fire", "launch", "shoot", "lob"})  # "fired from X": where it came from (_origin)
LOCATIVE_PREPS = frozenset({"in", "near", "at", "outside", "into", "across", "around", "inside", "on", "over"})


def place_rank(t: Toponym, doc: Doc, pos: int, clause: Token) -> tuple[bool, bool, bool, bool, bool, int, int]:
    """Sort key: a place named as a subject is an actor (metonymy) and comes last; then places
    outside the event's own clause ("strikes kill 12 in Gaza as rockets hit southern Israel": the
    rockets' place is southern Israel); then whole countries; then a place that only says which
    police or troops act ("police in Nairobi fired at protesters in Kiambu": see
    :func:`_whose`); then places not introduced by a locative preposition; then the finer place;
    then distance to the trigger."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    root = span.root if span is not None else None
    subject = root is not None and root.dep_ in ("nsubj", "nsubjpass")
    elsewhere = root is None or clause_of(root).i != clause.i
    locative = root is not None and (
        (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS)
        or root.dep_ in ("compound", "nmod")  # "Tsafe local government area": nmod of "area"
        or (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in UNIT_HEADS)
    )
    country = t.place is not None and t.place.kind == "country"
    whose = root is not None and _whose(root)
    return subject, elsewhere, country, whose, not locative, t.precision, abs(t.start - pos)


# "the municipality of Tame", "the village of X": the name after "of" is the place itself
UNIT_HEADS = roles.PLACE_HEADS | frozenset({"municipality", "commune", "county", "parish", "township", "borough"})

# forces and officials whose "in X" says which ones they are ("police in Nairobi"), not where they act
FORCE_NOUNS = frozenset(
    "police policeman officer troop soldier force army military gunman militant rebel fighter insurgent "
    "jihadist official authority government".split()
)


def _whose(root: Token) -> bool:
    """Whether the place is the object of a preposition after the active subject of its clause,
    a force or an official ("Police in Nairobi", "Troops from Mopti")."""
    prep = root.head
    owner = prep.head
    return (
        root.dep_ == "pobj"
        and prep.dep_ == "prep"
        and owner.dep_ == "nsubj"
        and owner.pos_ in ("NOUN", "PROPN")
        and owner.lemma_.lower() in FORCE_NOUNS
    )


def in_body(toponyms: list[Toponym], doc: Doc) -> list[Toponym]:
    """The toponyms after the dateline: a dateline ("NAIROBI, June 4 (Reuters) -") names where the
    reporter files from, often a regional bureau, and the body's places outweigh it."""
    line = DATELINE.search(doc_text(doc), 0, 400)
    return [t for t in toponyms if line is None or not line.start() <= t.start < line.end()]


def dateline_place(toponyms: list[Toponym], doc: Doc) -> Toponym | None:
    """The dateline's town when the dateline names its state too ("MACON, Ga. -", "DAYTON, Ohio -")
    and the body names no place of its own: a local paper's story happened in its dateline's town,
    unlike a wire bureau's ("NAIROBI, June 4 (Reuters) -", "KHARTOUM, Sudan -", see :func:`in_body`),
    which may report from anywhere in the region. For
    :meth:`eventwire.stages.events.EventExtractor._place`'s fall-back."""
    line = DATELINE.search(doc_text(doc), 0, 400)
    if line is None:
        return None
    named = [t for t in toponyms if t.literal and t.place is not None]
    head = [t for t in named if line.start() <= t.start < line.end()]
    if len(head) != 2 or len(head) < len(named):
        return None
    town, area = head[0].place, head[1].place
    if town is None or area is None or town.kind != "city" or town.country != area.country:
        return None
    return head[0] if area.kind == "admin1" and town.admin1 == area.admin1 else None  # "KHARTOUM, Sudan": a bureau


def focus_country(toponyms: list[Toponym]) -> str | None:
    """The country the article names most as a place. A country named only as a nationality or a
    demonym ("dropped by U.S. aircraft", "Syrian troops") counts only when no place is named: the
    doer's country does not outweigh the country where the story happens."""
    named = [t.place.country for t in toponyms if t.place is not None and t.place.country]
    places = [t.place.country for t in toponyms if t.literal and t.place is not None and t.place.country]
    counts = Counter(places or named)
    return counts.most_common(1)[0][0] if counts else None


SETTLEMENT_HEADS = frozenset({"village", "town", "city", "district", "camp", "area", "region", "province"})
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def unfound_place(sent: Span, toponyms: list[Toponym]) -> bool:
    """Whether the sentence names a place the geocoder could not find: a proper name after a
    locative preposition or "the village of" that no toponym covers ("stormed the village of Abu
    Shouk"). Its country is unknown; a dateline's country is then no fall-back for the event."""
    covered = [(t.start, t.end) for t in toponyms if t.place is not None]
    for tok in sent:
        if tok.pos_ != "PROPN" or tok.dep_ != "pobj" or tok.ent_type_ in NOT_NAMES:
            continue
        prep = tok.head
        named = prep.lower_ in LOCATIVE_PREPS - {"on", "over"} or (
            prep.lower_ == "of" and prep.head.lower_ in SETTLEMENT_HEADS
        )
        if named and not any(s <= tok.idx < e for s, e in covered):
            return True
    return False

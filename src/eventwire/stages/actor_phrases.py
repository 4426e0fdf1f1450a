"""The shape of an actor phrase: words in it that name a place or a target rather than the
actor ("rockets hit southern Israel", "the use of force against students", "in Maru local
government area"), and a name's bare form. Used by ``actors.ActorCoder``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwire.stages.nlp import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

REGION_WORDS = {"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern"} | {
    "southeastern",
    "southwestern",
}  # "southern Israel" (not the "North" of "North Korea", a part of the name)
AREA_NOUNS = frozenset({"area", "district", "region", "province", "county", "zone"})
# public services named after the state that runs them ("Government Secondary School", "Federal
# Medical Centre"): their pupils and patients are civilians, the name is not the government acting
INSTITUTION_NOUNS = frozenset(
    {"school", "college", "university", "academy", "polytechnic", "hospital", "clinic", "centre", "center"}
)
# a dateline in ordinary case: "Quito, 5 May 90 -- ", "San Salvador, Jan 12, 1990 (Radio) - "
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
TITLE_DATELINE = re.compile(
    r"\A\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},(?:[ \t]+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},)?[ \t]+"
    rf"(?:\d{{1,2}}[ \t]+{MONTH}|{MONTH}[ \t]+\d{{1,2}})(?:,?[ \t]+\d{{2,4}})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]+(?:-{1,2}|–|—)[ \t]+(?=\S)"
)


def title_dateline_end(text: str) -> int:
    """Where the story starts after a dateline written in ordinary case at the top of the article
    (the place a story was filed from is never an actor of it), else 0."""
    m = TITLE_DATELINE.match(text)
    return m.end() if m else 0


def done_to(token: Token, head: Token) -> bool:
    """A word inside an "against", "on" or "at" phrase of the phrase's own act ("the use of force
    against demonstrators"): those it was done to, not who the phrase names."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in ("against", "on", "at", "upon", "targeting"):
            return True
        node = node.head
    return False


def names_an_area(token: Token) -> bool:
    """ "local government" naming a kind of area ("in Maru local government area", "a local
    government district"): part of a place's name, not the government ("rebel areas" keep the
    rebels whose areas they are)."""
    if token.lower_ != "government" or token.i == 0 or token.doc[token.i - 1].lower_ != "local":
        return False
    node = token
    while node.dep_ in ("compound", "amod") and node.head.i != node.i:
        node = node.head
    return node.i != token.i and node.lemma_.lower() in AREA_NOUNS


def names_an_institution(token: Token) -> bool:
    """A capitalised word of a public service's own name ("the Government Girls College", "Federal
    Government College"), not a doer: the name's last word is a school or hospital. A body of the
    state by its name ("the Government House", "the Police Station") keeps its actor."""
    if not token.text[:1].isupper() or token.dep_ != "compound":
        return False
    node = token
    while node.dep_ == "compound" and node.head.i > node.i:
        node = node.head
    return node.i != token.i and node.text[:1].isupper() and node.lemma_.lower() in INSTITUTION_NOUNS


def part_of_country(head: Token) -> bool:
    """ "southern Israel", "north-western Syria", "central Mali" name a part of the country."""
    return head.pos_ == "PROPN" and any(
        c.dep_ == "amod" and c.lower_.replace("-", "") in REGION_WORDS for c in head.children
    )


def bare(name: str) -> str:
    """A name without a leading "the" or a trailing possessive "'s"."""
    return re.sub(r"['’]s$", "", re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE))


def has_definite(span: Span) -> bool:
    return any(t.lower_ == "the" for t in span)


KIN_NOUNS = frozenset(
    "father mother parent son daughter brother sister sibling husband wife spouse uncle aunt nephew niece"
    " cousin grandfather grandmother grandson granddaughter grandchild".split()
)  # the kin rows of actor_nouns.tsv


def kin_as_name(token: Token, lemma: str) -> bool:
    """A kin word written with a capital inside a sentence ("the Brothers attacked", "the Sons of
    Iraq militia") is part of a group's name, not someone's family: no civilians."""
    return lemma in KIN_NOUNS and token.text[:1].isupper() and not token.is_sent_start


ADDRESSING_VERBS = frozenset(
    {"accuse", "blame", "urge", "warn", "condemn", "criticise", "criticize", "sanction", "press", "ask", "call"}
    | {"support", "back", "recognise", "recognize", "thank", "praise", "threaten", "invite", "summon"}
)  # whose object is a party spoken to or about ("accused Kyiv of shelling", "urged Kyiv to talk")


def stands_for_state(token: Token) -> bool:
    """A capital's name where a state stands (metonymy), for a capital the entity tagger left
    unmarked: the subject of a verb ("Kyiv said", "Kyiv accused Moscow"), the party a verb of
    accusing or urging names ("accused Kyiv of shelling", "urged Kyiv to talk"), a possessor
    ("Kyiv's forces"). Not a place something happened in or to ("shelling in Kyiv", "Kyiv was hit")."""
    if any(c.dep_ == "appos" for c in token.children):
        return False  # "Victoria, a student leader, said", "Sofia, 23, accused": a person of that name
    role = token
    while role.dep_ == "conj" and role.head.i != role.i:
        role = role.head
    if role.dep_ == "nsubj":
        return role.head.pos_ in ("VERB", "AUX")
    return role.dep_ == "poss" or (role.dep_ in ("dobj", "obj") and lemma(role.head) in ADDRESSING_VERBS)


WEAPON_NOUNS = frozenset(
    {"missile", "rocket", "shell", "mortar", "artillery", "bomb", "airstrike", "strike", "shelling", "barrage"}
    | {"bombardment", "fire", "tank", "warship", "gunboat", "submarine", "munition", "projectile", "drone"}
    | {"frigate", "destroyer", "corvette", "cruiser"}
)  # means of force a state wields: "Russian missiles struck", "Israeli tank fire hit"; unowned, no actor


SUPPLY_VERBS = frozenset({"supply", "make", "provide", "build", "manufacture", "donate", "deliver", "give", "send"})


def _other_hand(child: Token) -> bool:
    """A weapon noun's modifier that names who fires it or says the named state only made or
    supplied it: "missiles fired by Ukrainian forces", "US-made drones", "rockets supplied to Kyiv"."""
    if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
        return True
    if child.dep_ != "acl":
        return False
    return lemma(child) in SUPPLY_VERBS or any(c.dep_ == "agent" or c.lower_ == "by" for c in child.children)


def state_weapon(head: Token, state_offsets: list[tuple[int, int]]) -> bool:
    """A weapon a state is named with as its owner ("Russian missiles struck the city", "Israel's
    tanks shelled", "Turkish artillery fire"): the state's forces wield it. ``state_offsets`` are
    the character spans of the states named in the phrase."""
    if lemma(head) not in WEAPON_NOUNS:
        return False
    if any(_other_hand(c) for c in head.children):
        return False  # "American missiles fired by Ukrainian forces": the state made them, another fires them
    owners = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < head.i]
    owners += [g for c in owners if c.dep_ == "compound" for g in c.children if g.dep_ in ("amod", "compound")]
    return any(s <= c.idx < e for c in owners for s, e in state_offsets)


SPEAKING_VERBS = frozenset(
    {"say", "tell", "add", "announce", "state", "declare", "claim", "confirm", "insist", "warn", "vow"}
    | {"accuse", "blame", "deny", "reject", "dismiss", "condemn", "denounce", "criticise", "criticize"}
    | {"welcome", "praise", "urge", "demand", "threaten", "expel", "summon", "recall", "protest", "respond"}
)  # what a government does in words, which a capital's name stands for it doing


def speaking_subject(token: Token) -> bool:
    """The subject of a verb of saying, accusing or protesting ("Sanaa said", "Khartoum accused
    the RSF", "Juba and Kampala denied")."""
    if any(c.dep_ == "appos" for c in token.children):
        return False  # "Victoria, a student leader, said", "Sofia, 23, accused": a person of that name
    role = token
    while role.dep_ == "conj" and role.head.i != role.i:
        role = role.head
    return role.dep_ == "nsubj" and lemma(role.head) in SPEAKING_VERBS

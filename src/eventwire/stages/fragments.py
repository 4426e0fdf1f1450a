"""Main clauses the parser misreads as a noun phrase.

"Bandits burned to death 12 villagers" is parsed with "Bandits" as the root and "burned" as a
participle hanging from it ("bandits [who were] burned ..."). A passive participle takes no direct
object, so a participle with one whose noun heads the whole sentence is the sentence's verb, and
the noun its subject; so is one after which the parser cut the sentence where nothing ends it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})


def fragment_subject(verb: Token) -> Token | None:
    """The subject of a main-clause verb the parser hung from its subject as a participle."""
    if verb.dep_ != "acl" or verb.tag_ not in PARTICIPLE_TAGS:
        return None
    head = verb.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return head
    if any(c.i > verb.i for c in verb.children):
        return None
    return head if _cut_after(verb) or _object_hung_elsewhere(verb) else None


def _object_hung_elsewhere(verb: Token) -> bool:
    """A noun phrase right after the participle that the parser hung elsewhere ("A jet bombed Ban
    Kalo village", with the village set beside the jet): a passive participle takes no bare noun
    after it, so the noun is the object of an active verb. Not a date ("soldiers killed Monday")."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.pos_ not in ("DET", "PROPN", "NOUN", "NUM") or nxt.ent_type_ in ("DATE", "TIME"):
        return False
    return nxt.sent == verb.sent  # the verb has no right dependents: the noun hangs elsewhere


def _cut_after(verb: Token) -> bool:
    """The parser ended the sentence right after the verb where no punctuation or line break ends
    it ("A jet bombed Ban | Kalo village"): the object lies past the cut, so the verb is active."""
    sent = verb.sent
    last = sent[-1]
    if sent.end >= len(verb.doc) or last.is_punct or last.is_space or "\n" in last.whitespace_:
        return False
    return not verb.doc[sent.end].is_space  # not a line break of its own


def shares_object(conj: Token) -> bool:
    """A verb joined to another that takes the object of both: "shot down or jammed 40 drones"."""
    deps = {c.dep_ for c in conj.children}
    if conj.pos_ != "VERB" or not deps & {"dobj", "obj"} or deps & {"nsubj", "nsubjpass"}:
        return False
    return any(c.dep_ == "cc" for c in conj.head.children)  # joined by "and"/"or", not a misparse


def shared_agent(verb: Token) -> Token | None:
    """The "by" agent of a passive joined to this one: in "were abducted and later murdered by the
    rebels" the rebels did both."""
    if not any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ != "ROOT":
        return None
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue  # a clause of its own ("... was shot and his car was burned by ...")
        for agent in (c for c in conj.children if c.dep_ == "agent"):
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def relative_antecedent(verb: Token, subject: Token | None) -> Token | None:
    """The noun a relative pronoun subject stands for: "the group, which set fire to a club"."""
    if subject is None or subject.lower_ not in ("who", "that", "which") or verb.dep_ != "relcl":
        return subject
    return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else subject


def possessor(token: Token) -> Token:
    """The noun a possessive pronoun on an act stands for when the act is its verb's object:
    "the guerrillas stepped up their sabotage of pylons" -> the guerrillas."""
    if token.dep_ != "poss" or token.lower_ not in ("their", "its") or token.head.dep_ not in ("dobj", "obj"):
        return token
    subject = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else token

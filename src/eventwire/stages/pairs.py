"""The two sides of a fight named in ways the parse hides: coordinated modifiers of one noun
("between Russian and Ukrainian forces", "police and gang members exchanged fire", which the
parser reads as one phrase) and a fight told as what a verb's subject and object were in
("police engaged the gunmen in a shootout"). Used by ``roles.agent_patient``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.nlp import lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
SUFFERING_VERBS = frozenset({"kill", "wound", "injure", "hurt", "die", "perish", "lose", "sustain", "suffer"})


def modifier_pair(head: Token) -> tuple[Span, list[Span]] | None:
    """Two sides named by coordinated words before one noun: "Russian and Ukrainian forces" ->
    ("Russian", ["Ukrainian forces", "Ukrainian"]: the second side with its noun, else its
    word alone, as "Ukrainian units" names no kind of actor); "police and gang members", parsed
    with "police" as a modifier -> ("police", ["gang members"]). None for a noun with one
    modifier or none."""
    doc = head.doc
    for mod in head.children:
        if mod.dep_ not in MODIFIER_DEPS or mod.i >= head.i:
            continue
        cc = next((c for c in mod.children if c.dep_ == "cc" and c.lower_ in ("and", "&")), None)
        if cc is None:
            continue
        other = next((c for c in mod.children if c.dep_ == "conj" and c.i < head.i), None)
        first = doc[mod.left_edge.i : mod.i + 1]
        if other is not None:
            return first, [doc[other.left_edge.i : head.i + 1], doc[other.left_edge.i : other.i + 1]]
        second = doc[cc.i + 1 : head.i + 1]
        return (first, [second]) if len(second) else None
    return None


def engaged_sides(noun: Token, mutual: frozenset[str]) -> tuple[Token, Token | None] | None:
    """Who fought in a fight told as what a verb's doers were "in": "police engaged the gunmen in
    a shootout" (subject and object), "troops and militants were engaged in a gunbattle" (the
    two subjects), "soldiers were locked in fierce fighting with rebels" (the subject and the
    "with" side). Not those hurt in it ("three soldiers died in clashes", "were wounded in a
    shootout"): they suffered it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or lemma(noun) not in mutual:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or lemma(verb) in SUFFERING_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    other = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    other = other or next((c for c in subject.children if c.dep_ == "conj"), None)
    with_side = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if other is None and with_side is not None:
        other = next((g for g in with_side.children if g.dep_ == "pobj"), None)
    return subject, other


CONTACT_NOUNS = frozenset({"contact", "fire", "gunfire", "shot", "gunfight", "firefight", "battle", "clash"})


def met_in_fight(verb: Token, obj: Token | None, mutual: frozenset[str]) -> Token | None:
    """The other side of a fight a verb tells: "clashed with X", and the "with" of its object in
    "made contact with X", "exchanged fire with X"."""
    holders = [verb] if lemma(verb) in mutual else []
    holders += [obj] if obj is not None and lemma(obj) in CONTACT_NOUNS else []
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"):
            found = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None

"""A store, a building or a vehicle that blew up or exploded after a strike or a shelling ("the
depot blew up after a strike", "a fuel tank exploded following shelling"): the strike
is the event, and the blast is what it did, no second event. Conditions that ``data/triggers.tsv``
rows name (``struck_first`` on the blast verb, ``strike_blast`` on the strike noun); registered in
stages/trigger_conditions.py. A bomb or a mine that exploded after an attack is an attack of its
own and is left alone, and so is a bus that "exploded in an attack" (it may be the bomb)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords

BLAST_VERBS = frozenset({"explode", "blow", "burst"})
AFTER = frozenset({"after", "following", "in", "during"})
# Devices that explode on their own account: a bomb going off after an attack is a second attack.
DEVICES = frozenset("bomb device ied mine landmine charge grenade explosive shell rocket missile mortar".split())


def struck_first(verb: Token, _objects: list[Token], cues: CueWords) -> bool:
    """The blast verb has a thing as its subject, no device, and says it went off after a strike
    or a shelling ("the depot exploded after an air strike")."""
    return _thing_blast(verb, cues) and any(_forms(c) & cues["blast_cause"] for c in _causes(verb))


def strike_blast(noun: Token, _objects: list[Token], cues: CueWords) -> bool:
    """The strike is what made a store, a building or a vehicle blow up ("the depot blew up after
    a strike", "a fuel tank exploded following a strike"): an armed strike, no workers' strike."""
    prep = noun.head
    if noun.dep_ not in ("pobj", "dobj") or prep.lower_ not in AFTER:
        return False
    return prep.dep_ in ("prep", "advcl") and _thing_blast(prep.head, cues)


def _thing_blast(verb: Token, cues: CueWords) -> bool:
    """A blast verb ("blew up" only with its particle and no object) whose subject is a thing
    hit, not a device or a person ("the minister blew up at reporters")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in BLAST_VERBS:
        return False
    if lemma == "blow" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    things = (cues["struck"] | cues["property"] | cues["weapon"] | cues["blast_thing"]) - cues["person"]
    return bool(subjects) and all(_forms(s) & things and not _forms(s) & DEVICES for s in subjects)


def _causes(verb: Token) -> list[Token]:
    """The nouns of the verb's "after", "following", "in" or "during" phrase ("after an air
    strike"; the parse may make "following" a verb with an object, and "after shelling" a verb)."""
    preps = [c for c in verb.children if c.dep_ in ("prep", "advcl") and c.lower_ in AFTER]
    found = [g for p in preps for g in p.children if g.dep_ in ("pobj", "dobj", "pcomp")]
    return found + [j for f in found for j in f.conjuncts]


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}

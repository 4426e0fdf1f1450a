"""The kind of an act told by what it was done to, or by what came of it.

- A robbery of premises (a bank, a shop, a pharmacy, a warehouse) in which no one was killed or
  hurt is goods or money taken from a place: ACLED's Looting/property destruction, as looting is.
  Robbing people ("robbed travellers", "robbed the bank's customers", "robbed a bus") stays an
  attack on them, as is an armed hold-up, told as threatening the people there ("held up a bank")
  (``robbed_premises``, ``premises_robbed``).
- A vehicle or a person intercepted, told with the disappearance of someone ("disappeared when
  armed men intercepted his car", "has been missing since gunmen intercepted the taxi") is an
  abduction (ACLED: Abduction/forced disappearance), not arms seized; "police intercepted a
  shipment of rifles" keeps its type, as does a disappearance told in a clause of its own ("the car
  of a man who had vanished from custody") (``vanished_on_interception``).

Used by :func:`eventwire.stages.subtypes.refined_key` and :mod:`eventwire.stages.joined_acts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.trigger_conditions import word_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords
    from eventwire.stages.when import Draft

ROBBERY_PHRASES = frozenset({("rob",), ("robbery",)})  # a hold-up is told as threatening the people there
ROBBED_PLACE_PREPS = frozenset({"of", "at", "on", "from"})  # "the robbery of a bank", "robbed $900 from a shop"
CLAUSE_DEPS = frozenset({"relcl", "acl"})


def unhurt(d: Draft, cues: CueWords) -> bool:
    """The sentence tells no one killed or hurt ("wounding a cashier", "shot the guard")."""
    if any(c.kind in ("killed", "injured") and c.value > 0 for c in d.counts):
        return False
    return not any(word_forms(t) & cues["lethal_act"] for t in d.sent)


def robbed_premises(d: Draft, cues: CueWords) -> bool:
    """The event is a robbery of premises only, with no one killed or hurt (see module)."""
    if d.trigger.entry.words not in ROBBERY_PHRASES or not unhurt(d, cues):
        return False
    return premises_robbed(d.trigger.head(d.sent.doc), cues)


def premises_robbed(head: Token, cues: CueWords) -> bool:
    """Every thing this robbery word was done to is premises ("robbed two pharmacies and a store",
    "a bank robbery", "the bank was robbed"); none is a person or a vehicle."""
    things = _robbed(head)
    return bool(things) and all(word_forms(t) & cues["premises"] for t in things)


def _robbed(head: Token) -> list[Token]:
    """The head words of what was robbed, with their conjuncts: a verb's object or passive subject
    (for a verb joined to another with no object of its own, "attacked and robbed the shop", the
    shared one), a place it was robbed "from"; a noun's compound ("a bank robbery") or its "of",
    "at" or "on" phrase."""
    if head.pos_ in ("VERB", "AUX"):
        found = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        source = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
        found = [g for g in source if g.dep_ == "pobj"] or found
        if not found and head.dep_ == "conj":
            found = [c for c in head.head.children if c.dep_ in ("dobj", "obj")]
    else:
        found = [c for c in head.children if c.dep_ == "compound"]
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ROBBED_PLACE_PREPS]
        found += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return [t for f in found for t in (f, *f.conjuncts)]


def vanished_on_interception(d: Draft, cues: CueWords) -> bool:
    """An "intercept" of no arms whose clause is tied to someone's disappearance (see module)."""
    if d.trigger.entry.words != ("intercept",):
        return False
    head = d.trigger.head(d.sent.doc)
    caught = [t for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass") for t in c.subtree]
    if any(word_forms(t) & (cues["weapon"] | cues["projectile"]) for t in caught):
        return False
    return any(word_forms(t) & cues["vanished"] and _tied(t, head) for t in d.sent)


def _tied(word: Token, head: Token) -> bool:
    """One word governs the other through main and adverbial clauses and conjuncts only ("vanished
    after men intercepted", "intercepted the car and he has been missing since"), not through a
    clause that describes a noun ("the car of a man who had vanished"); a "when" clause on a day
    ("missing since Monday, when gunmen intercepted ...") tells the time of the clause it hangs on."""
    return _governs(word, head) or _governs(head, word)


def _governs(top: Token, low: Token) -> bool:
    node = low
    while node.i != top.i:
        if node.head.i == node.i or (node.dep_ in CLAUSE_DEPS and not _when_clause(node)):
            return False
        node = node.head
    return True


def _when_clause(clause: Token) -> bool:
    return any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children)

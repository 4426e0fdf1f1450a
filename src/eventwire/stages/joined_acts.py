"""A generic attack verb joined to a specific act: the specific act types the event.

"Gunmen attacked and looted three pharmacies", "guerrillas attacked the farm and set the houses on
fire", "attacked the bus and abducted (seized, took away) six passengers", "attacked and robbed two
pharmacies": the attack is the looting, the burning or the abduction told in general words first (a
robbery only of premises, not of people: ``stages/act_kinds.py``; people taken, not goods); ACLED
codes one event of the specific kind (Looting/property destruction, Abduction/forced disappearance).
``joined_act`` gives that class for an attack verb ("attack", "assault") sharing its subject with
such a verb, unless the sentence tells people killed or hurt: "attacked the village, killed two and
burned homes" stays an attack. Used by :func:`eventwire.stages.subtypes.refined_key`; the record of
the specific act and the retyped attack then merge as one event (``stages/dedup.py``: same type,
sentence and place).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.act_kinds import premises_robbed
from eventwire.stages.trigger_conditions import word_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords
    from eventwire.stages.when import Draft


def joined_act(d: Draft, cues: CueWords) -> str:
    """The class of the specific act joined to this attack verb ("property", "abduction"), or ""."""
    head = d.trigger.head(d.sent.doc)
    if head.pos_ != "VERB" or not word_forms(head) & cues["generic_attack"]:
        return ""
    if any(c.kind in ("killed", "injured") and c.value > 0 for c in d.counts):
        return ""
    if any(word_forms(t) & cues["lethal_act"] for t in d.sent):
        return ""
    for verb in _joined(head):
        forms = word_forms(verb)
        if forms & cues["joined_abduction"] or _people_taken(verb, cues):
            return "abduction"
        if forms & cues["joined_property"] or _set_on_fire(verb, cues):
            return "property"
        if forms & cues["joined_robbery"] and premises_robbed(verb, cues):
            return "property"  # "attacked and robbed three pharmacies": a robbery of premises is looting
    return ""


def _joined(head: Token) -> list[Token]:
    """The verbs sharing the attack verb's subject: its conjuncts with no subject of their own."""
    return [c for c in head.conjuncts if c.pos_ == "VERB" and not any(g.dep_ == "nsubj" for g in c.children)]


def _set_on_fire(verb: Token, cues: CueWords) -> bool:
    """ "set the houses on fire", "set the bus ablaze": burning told with "set"."""
    if verb.lemma_.lower() != "set":
        return False
    return any(word_forms(t) & cues["fire_words"] for t in verb.subtree if t.i > verb.i)


def _people_taken(verb: Token, cues: CueWords) -> bool:
    """ "took six passengers hostage", "took away the driver", "seized two engineers": people taken
    by a verb of taking, not goods ("seized six rifles", "took away the cattle")."""
    lemma = verb.lemma_.lower()
    if lemma == "take" and not any(c.lower_ in cues["taken_as"] for c in verb.children):
        return False
    if lemma != "take" and lemma not in cues["joined_taking"]:
        return False
    taken = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(word_forms(t) & cues["person"] or t.ent_type_ == "PERSON" for o in taken for t in (o, *o.conjuncts))

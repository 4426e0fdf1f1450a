"""Conditions on a trigger word that ``data/triggers.tsv`` rows name in their ``needs`` column and
that read the parse around the verb (its doer, its objects), and the rule that folds a device named
as a verb's means into that verb's event. Used by :mod:`eventwire.stages.triggers`."""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.datafiles import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords


def _forms(token: Token) -> set[str]:
    """A word's lemma, its own form and a plain singular."""
    word = token.lower_
    forms = {token.lemma_.lower(), word}
    if word.endswith("s") and len(word) > 3:
        forms.add(word[:-1])
    return forms


def instrument_of(noun: Token, verbs: Collection[int], cues: CueWords) -> bool:
    """A noun that is the means of a verb trigger (token ids in ``verbs``): "attacked the post with
    dynamite", "raided the village with grenades and rifles". One event, told by the verb with its
    doer and target; the device types it (stages/subtypes.py reads the explosive and grenade
    words) and is no second event. Other devices ("with mines") keep their own trigger."""
    if not _forms(noun) & (cues["explosive"] | cues["grenade"]):
        return False
    while noun.dep_ == "conj" and noun.head.i < noun.i:  # "with rifles and grenades"
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    verb = noun.head.head
    return verb.pos_ == "VERB" and verb.i in verbs


def armed_post(_verb: Token, objects: list[Token], cues: CueWords) -> bool:
    """An object is a post named by the armed men who hold it: "the police station", "an army
    post", "a military station" (not a radio or petrol station: no place of force)."""
    for noun in objects:
        holders = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        if _forms(noun) & cues["facility"] and any(_forms(h) & cues["armed_doer"] for h in holders):
            return True
    return False


@lru_cache(maxsize=1)
def military_nouns() -> frozenset[str]:
    """Nouns naming a state's armed forces ("army", "coalition", "warplane"): the last word of
    the MIL rows of ``data/actor_nouns.tsv``."""
    return frozenset(r["noun"].split()[-1] for r in read_tsv("actor_nouns.tsv") if r["sector"] == "MIL")


def military_subject(verb: Token, _objects: list[Token], _cues: CueWords) -> bool:
    """The verb's doer is a state or its armed forces: a country's name ("Israel strikes Gaza") or
    a noun of the military ("the Saudi-led coalition strikes ...", "the air force struck ..."),
    not any doer ("workers strike", "the company struck a deal")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers and verb.dep_ == "conj" and verb.head.i != verb.i:
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(d.ent_type_ == "GPE" or _forms(d) & military_nouns() for d in doers)


ObjectCondition = Callable[["Token", list["Token"], "CueWords"], bool]
OBJECT_CONDITIONS: dict[str, ObjectCondition] = {
    "armed_post": armed_post,
    "military_subject": military_subject,
}

"""Triggers folded into another trigger of the same sentence: a device named as a verb's means
(stages/trigger_conditions.py: ``instrument_of``), and a fire a strike or a blast set, told as
its outcome: "a tanker was struck by a missile, setting a fire in its engine room", "the shell
hit the depot, setting it ablaze". The fire is what the strike did, not a separate act of arson
by anyone. So are the weapons an assault took, told as what it also did
(``spoils_of_assault``). Used by :mod:`eventwire.stages.triggers`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.stages.trigger_conditions import instrument_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from eventwire.stages.triggers import CueWords, Trigger

# classes of a strike from afar or a blast: what they set alight burns from the impact
SEARCHES = frozenset({"raid"})  # "troops raided a hideout, seizing rifles": the seizure is the point
SPOILS = frozenset({"weapons_seized"})  # arms an assault takes; a fire set or goods looted stay their own
REMOTE = frozenset({"shelling", "air_strike", "drone_strike", "bombing", "car_bomb", "ied", "suicide_bomb", "grenade"})


def folded(found: list[Trigger], doc: Doc, cues: CueWords) -> list[Trigger]:
    """The triggers that report an event of their own."""
    verbs = {t.head(doc).i for t in found if t.end - t.start == 1}
    found = [t for t in found if not (t.end - t.start == 1 and instrument_of(doc[t.start], verbs - {t.start}, cues))]
    return [t for t in found if not (fire_of_strike(t, found, doc) or spoils_of_assault(t, found, doc, cues))]


def spoils_of_assault(trigger: Trigger, found: Sequence[Trigger], doc: Doc, cues: CueWords) -> bool:
    """The seizure of arms is what an assault found in the sentence also did, told after it
    with no doer of its own ("attacked a checkpoint, killing five soldiers and seizing weapons",
    "overran the post and seized its arms"): the spoils of the fight, not a separate event;
    the assault is the event (ACLED codes the fight, not the looting)."""
    if trigger.entry.cls not in SPOILS:
        return False
    verb = trigger.head(doc)
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    chain = verb
    while chain.dep_ == "conj" and chain.head.i != chain.i:  # "killing five soldiers and seizing weapons"
        chain = chain.head
    if chain is not verb and chain.dep_ == "advcl":
        chain = chain.head
    elif verb.dep_ == "advcl":
        chain = verb.head
    if chain is verb or chain.lemma_.lower() not in cues["assaulting"] - SEARCHES:
        return False
    return any(o is not trigger and o.head(doc).i == chain.i for o in found)


def fire_of_strike(trigger: Trigger, found: Sequence[Trigger], doc: Doc) -> bool:
    """The property trigger is a participle with no doer of its own hanging from a strike or blast
    trigger's verb, or from the verb whose subject that trigger is ("an explosion ripped through
    the market, setting cars on fire")."""
    if trigger.entry.cls != "property":
        return False
    verb = trigger.head(doc)
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    for other in found:
        if other is trigger or other.entry.cls not in REMOTE:
            continue
        head = other.head(doc)
        if head.i == verb.head.i or (head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.head.i):
            return True
    return False

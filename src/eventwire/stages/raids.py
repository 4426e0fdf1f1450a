"""What a raid by security forces was, by what the sentence says it did.

A raid is no attack in itself: ACLED codes a police or army raid by its outcome. Shots fired or
people killed or hurt keep it violent (an attack, or an armed clash when both sides fired: see
stages/battle_cues.py); people arrested or detained make it arrests; weapons seized disrupted
weapons use; other goods seized looting or property destruction; a raid that did none of these
(a search) is coercion, no political violence, unless soldiers raided a hospital or a
village (an attack, as ACLED codes military raids on places where people live). Raids with no
actor counted as what a police or army operation produced ("the police operation has led to 40
raids") are the forces' own (``raids_of_operation``). Read by
:mod:`eventwire.stages.subtypes`; word sets in ``data/cue_words.tsv`` (raid_arrest, raid_seize,
raid_violence, dwelling, weapon, small_arms, hurt, lethal, forces).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.battle_cues import PARAGRAPH_SENTENCES, exchange_of_fire, fire_opened_after
from eventwire.stages.trigger_conditions import word_forms as _forms

TALLY = frozenset({"dozen", "hundred", "thousand", "score", "number", "series", "string", "wave", "spate", "round"})

if TYPE_CHECKING:
    from eventwire.stages.triggers import CueWords
    from eventwire.stages.when import Draft


def raid_outcome(d: Draft, cues: CueWords) -> str | None:
    """The class of a state raid told without violence (None when it was violent): "arrest" for
    "raided the house and detained two men", "weapons_seized" for "raided a depot, seizing rifles",
    "property" for "raided the shop and confiscated its goods", else "coerce" ("searched")."""
    words = {t.lemma_.lower() for t in d.sent} | {t.lower_ for t in d.sent}
    violence = cues["small_arms"] | cues["hurt"] | cues["lethal"] | cues["exchange"] | cues["raid_violence"]
    if d.counts or words & violence:
        return None  # "raided the offices and beat two reporters": the beating is the event
    if exchange_of_fire(d, cues, PARAGRAPH_SENTENCES) or fire_opened_after(d):
        return None  # "raided a hideout. The gunmen opened fire": no peaceful raid
    if words & cues["raid_arrest"]:
        return "arrest"
    if words & cues["raid_seize"]:
        return "weapons_seized" if _weapons_named(d, cues) else "property"
    return None if _troops_on_dwellings(d, cues) else "coerce"


def _troops_on_dwellings(d: Draft, cues: CueWords) -> bool:
    """Soldiers raided a place where people live or are cared for ("troops raided a hospital", "the
    army raided a village"): ACLED codes such a military raid as an attack even when the
    sentence tells no outcome; a police search of an office stays coercion."""
    if d.actor1 is None or d.actor1.sector != "MIL":
        return False
    head = d.trigger.head(d.sent.doc)
    places = [c for c in head.children if c.dep_ in ("dobj", "obj")]
    places += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "into") for g in c.children]
    return any(t.lemma_.lower() in cues["dwelling"] or t.lower_ in cues["dwelling"] for p in places for t in p.subtree)


def _weapons_named(d: Draft, cues: CueWords) -> bool:
    """The sentence names arms, ammunition or explosives (what was seized in a raid that seized)."""
    return any(t.lemma_.lower() in cues["weapon"] or t.lower_ in cues["weapon"] for t in d.sent)


def raid_seizure(d: Draft, cues: CueWords, state_sectors: frozenset[str]) -> str | None:
    """Goods confiscated by security forces in a raid the sentence tells ("soldiers raided the
    market and confiscated sacks of fertiliser"): looting or property destruction, or disrupted
    weapons use when arms were taken; None when the confiscation was no raid's."""
    s1 = d.actor1.sector if d.actor1 else None
    head = d.trigger.head(d.sent.doc)
    raided = any(t.lemma_.lower() == "raid" for t in d.sent)
    if s1 not in state_sectors or not raided or head.lemma_.lower() not in cues["raid_seize"]:
        return None
    return "weapons_seized" if _weapons_named(d, cues) else "property"


def raids_of_operation(d: Draft, cues: CueWords) -> bool:
    """Raids that no actor is named for, told as what an operation of the security forces
    produced ("the police operation in the city has led to 40 raids", "army sweeps have included
    dozens of raids"): the forces' own searches, counted, not an attack by unknown men. The
    operation is the subject of the verb the raids hang from and names police, troops or the
    army; raids that someone else carried out ("gunmen carried out raids") have their actor."""
    if d.actor1 is not None:
        return False
    head = d.trigger.head(d.sent.doc)
    if head.lemma_.lower() != "raid" or head.pos_ != "NOUN":
        return False
    counted = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if counted is not None and (counted.like_num or counted.lemma_.lower() in TALLY):
        head = counted  # "dozens of raids", "a series of raids"
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
    if head.dep_ not in ("pobj", "dobj", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_forms(t) & cues["forces"] for s in subjects for t in s.subtree)

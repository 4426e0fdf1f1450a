"""Sub-event types: an event class refined once its actors and the words around it are known.

ACLED distinguishes events by who acted on whom and how: an attack on soldiers is an armed
clash, one made with explosives a bombing, force used on protesters excessive force, territory
taken without a fight a non-violent transfer. ``refined_key`` takes a draft event (its trigger's
class, its actors, its sentence) and returns the class that says so; every rule reads the parse
or the cue-word sets of ``data/cue_words.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.datafiles import read_tsv
from eventwire.stages import roles
from eventwire.stages.act_kinds import robbed_premises, vanished_on_interception
from eventwire.stages.actors import ARMED_SECTORS
from eventwire.stages.battle_cues import (
    PARAGRAPH_SENTENCES,
    exchange_of_fire,
    fire_opened_after,
    on_front_line,
    place_taken,
    raided_before,
    state_raid,
    victims_fired,
)
from eventwire.stages.doers import crowd_doer
from eventwire.stages.instrument_context import (
    act_told_after,
    blast_told_beside,
    gunfire_too,
    rally_attacked,
    withdrew_after,
)
from eventwire.stages.joined_acts import joined_act
from eventwire.stages.raids import raid_outcome, raid_seizure, raids_of_operation
from eventwire.stages.trigger_conditions import word_forms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.triggers import CueWords
    from eventwire.stages.when import Draft


DEVICE_CLASSES = frozenset({"car_bomb", "suicide_bomb", "ied", "bombing", "grenade", "shelling", "chemical"})
AIR_REFINABLE = frozenset({"shelling", "bombing", "property", "attack", "clash"})
STATE_SECTORS = frozenset({"MIL", "COP", "GOV"})
BOMBING_ACT = frozenset({"bombed", "bombing", "bombings"})  # the act, not the device ("a bomb")
NON_STATE_ARMED = frozenset({"REB", "INS", "UAG"})
UNARMED_SECTORS = frozenset({"CVL", "NGO", "MED"})  # civilians, aid workers, journalists: ambushed, not fought
PROTEST_PLACES = frozenset({"protest", "sit-in", "demonstration", "rally", "encampment"})
MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "poss", "nmod"})
STATE_TAKING = frozenset({"capture", "seize", "away"})  # the last word of "take away"


@lru_cache(maxsize=1)
def _force_nouns() -> frozenset[str]:
    """Nouns naming a state's soldiers or police ("soldier", "troop", "policeman", "army"): the last
    word of the MIL and COP rows of ``data/actor_nouns.tsv``."""
    return frozenset(r["noun"].split()[-1] for r in read_tsv("actor_nouns.tsv") if r["sector"] in ("MIL", "COP"))


def _forces_hit(d: Draft) -> bool:
    """The sentence names soldiers or police other than as a doer: among those ambushed or killed
    ("a convoy carrying journalists and soldiers ..., killing three journalists and two soldiers")."""
    return any(t.pos_ == "NOUN" and t.dep_ != "nsubj" and word_forms(t) & _force_nouns() for t in d.sent)


def refined_key(d: Draft, cues: CueWords) -> str:
    """The event class once actors and cue words are known (ACLED's distinctions: who fought whom,
    whether a protest met force, whether a crowd rioted or a mob attacked)."""
    key = d.cls.key
    if key == "abduction" and place_taken(d, cues):
        key = "territory"  # "seized X", X a town the geocoder placed: a place is taken, not a person
    if key in ("protest", "riot") and rally_attacked(d, cues):
        return "attack"  # "guerrillas attacked a rally": the rally is the target, not a riot
    if key == "grenade" and gunfire_too(d, cues):
        key = "attack"  # "throwing grenades and firing rifles at the crowd": ACLED's attack, not a grenade
    s1 = d.actor1.sector if d.actor1 else None
    s2 = d.actor2.sector if d.actor2 else None
    specific = joined_act(d, cues) if key == "attack" else ""
    if specific and s2 not in ARMED_SECTORS and not _facility_target(d, cues):
        return specific  # "attacked and looted three shops": the looting, told in general words first
    if key == "attack" and s2 not in ARMED_SECTORS and robbed_premises(d, cues):
        return "property"  # "gunmen robbed a bank": goods taken from a place, no one hurt
    if key == "weapons_seized" and vanished_on_interception(d, cues):
        return "abduction"  # "disappeared when armed men intercepted his car": no arms seized
    words = {t.lemma_.lower() for t in d.sent} | {t.lower_ for t in d.sent}
    mob = d.actor1 is not None and bool({w.rstrip("s") for w in d.actor1.text.lower().split()} & cues["mob"])
    mob = mob or _mob_doer(d, cues)
    if key in ("territory", "regain") and s2 == "PRO" and s1 in STATE_SECTORS and _protest_broken_up(d):
        return "excessive_force"  # "police stormed a protest camp, killing dozens of protesters"
    if key in ("territory", "regain") and s2 == "CVL" and _civilians_assaulted(d, cues):
        return "attack"  # "stormed a village, killing 30 people": an attack on its people
    if key in ("territory", "regain"):
        unfought = bool(words & cues["negation"]) and bool(cues["unfought"] & words)  # "without any clashes"
        left = bool(words & cues["withdrew"]) and not words & cues["combat"]  # "after the army withdrew"
        unopposed = bool(words & cues["unopposed"]) or unfought or left
        if unopposed:
            return "transfer"
        if key == "territory" and withdrew_after(d, cues):  # "stormed the post ... before withdrawing"
            return "clash" if s2 in ARMED_SECTORS or _facility_target(d, cues) else "attack"
        if s1 is None:  # taken from rebels: by the state; from the state: by rebels; else as the word says
            return "regain" if s2 in NON_STATE_ARMED else "territory" if s2 in STATE_SECTORS else key
        return "regain" if s1 in STATE_SECTORS else "territory"
    if key == "weapons_seized" and d.trigger.entry.words == ("shoot", "down") and _aircraft_downed(d, cues):
        return "shelling" if words & cues["projectile"] else "clash"  # a manned aircraft: no interception
    if key == "retreat" and _withdrew_from_place(d, cues):
        return "transfer"  # ACLED: armed forces leaving a place hand it over without a fight
    if (
        key in DEVICE_CLASSES - {"suicide_bomb"}
        and _near_trigger(d, cues["accidental"])
        and not words & {"himself", "themselves"}
    ):
        return "weapons_seized"  # ACLED: a bomb set off by accident by its holders (a suicide bomber's stays his)
    if key == "abduction" and s1 in STATE_SECTORS and d.trigger.entry.words[-1] in STATE_TAKING:
        return "arrest"  # "troops captured ...", "police took away two students"
    if key == "riot" and mob:
        return "mob"  # "a mob stormed the police station": ACLED's mob violence, not a demonstration
    if key == "property" and (mob or s1 == "PRO" or _crowd_did(d, cues)):
        return "mob" if mob else "riot"  # "protesters torched a police station": a violent demonstration
    if key == "attack" and state_raid(d, STATE_SECTORS) and (
        exchange_of_fire(d, cues, PARAGRAPH_SENTENCES) or fire_opened_after(d)
    ):
        return "clash"  # "troops raided a hideout; the gunmen opened fire": a fight, not looting
    if key == "attack" and state_raid(d, STATE_SECTORS) and (outcome := raid_outcome(d, cues)):
        return outcome  # "police raided the house and detained two men": arrests, no attack
    if key == "attack" and raids_of_operation(d, cues) and (outcome := raid_outcome(d, cues)):
        return outcome  # "the police operation has led to 40 raids": the forces' searches, counted
    if key == "coerce" and (seized := raid_seizure(d, cues, STATE_SECTORS)):
        return seized  # "raided the market and confiscated its goods": goods taken, not a mere order
    if key == "property" and any(c.kind == "killed" and c.value > 0 for c in d.counts):
        key = "attack"  # "attacked the district, burning 30 homes and killing four": killing outweighs damage
    if key == "weapons_seized" and s1 in NON_STATE_ARMED:
        return "property"  # "its fighters seized weapons": armed men taking goods loot; only authorities disrupt
    if key == "clash" and s2 in UNARMED_SECTORS and d.trigger.entry.words[-1] == "ambush" and not _forces_hit(d):
        return "attack"  # "killed six civilians (aid workers, reporters) in an ambush on a bus": no armed side fought
    if key == "attack" and s1 == "CVL" and d.trigger.entry.needs == "to_death" and _crowd_of_people(d):
        return "mob"  # "villagers stoned a suspected thief to death": people killing as a crowd
    if key in ("attack", "property") and (mob or s1 == "PRO") and s2 not in STATE_SECTORS:
        return "mob" if mob or key == "attack" else "riot"
    if key == "attack" and s1 in STATE_SECTORS | {None} and (s2 == "PRO" or _on_protesters(d, cues)):
        return "excessive_force"
    if (
        key in DEVICE_CLASSES | {"attack", "air_strike", "drone_strike"}  # ACLED: whatever delivered the agent,
        and _chemical_means(d, cues)
    ):
        return "chemical"  # a bomb, a shell or an air raid
    if key in ("attack", "property") and (_with_explosives(d, cues) or _only_explosives(d, words, cues)):
        return "bombing"  # the means decides the type, whoever was hit
    if key == "attack" and blast_told_beside(d, cues):
        return "bombing"  # "Rebels attacked the plant. The explosives destroyed two transformers."
    if key == "attack" and s2 is None and not _facility_target(d, cues) and (told := act_told_after(d, cues)):
        return told  # "Rebels attacked the paper's offices. They threw a firebomb ...": property destroyed
    if key == "attack" and (_near_trigger(d, cues["artillery"]) or _artillery_used(d, cues)):
        return "shelling"  # ACLED: an attack made with mortars or artillery is shelling, whoever was hit
    if key == "grenade" and _rocket_grenade(d.trigger.head(d.sent.doc), cues):
        return "shelling"  # "a rocket-propelled grenade hit the convoy": a rocket
    if key == "attack" and _with_grenades(d, cues) and not gunfire_too(d, cues):
        return "grenade"  # "attacked the post with grenades": the means decides, as for explosives
    if key == "attack" and (remote := _remote_means(d, cues)):
        return remote  # "attacked two ships with drones and a missile": a strike from afar
    if key == "attack" and _executed(d, cues):
        return "attack"  # "insurgents executed two captured policemen": killing captives is one-sided
    if key == "attack" and s1 in ARMED_SECTORS | {None} and (s2 in ARMED_SECTORS or _facility_target(d, cues)):
        return "clash"
    if key == "attack" and s1 in NON_STATE_ARMED and _facility_assaulted(d, cues):
        return "clash"
    fight = key == "attack" and s1 in ARMED_SECTORS | {None} and s2 in ARMED_SECTORS | {None}
    if fight and (on_front_line(d, cues) or _front_attacked(d) or exchange_of_fire(d, cues) or raided_before(d, cues)):
        return "clash"  # "assaults along the X direction", "opened fire ... in the shootout"
    if key == "attack" and s1 in ARMED_SECTORS | {None} and victims_fired(d):
        return "clash"  # "officers shot dead two escapees who opened fire on a patrol": both sides fired
    if key in ("bombing", "ied", "car_bomb") and (words & {"himself", "herself", "themselves"} or _suicide_bomber(d)):
        return "suicide_bomb"  # "detonated explosives, killing themselves", "a suicide bomber detonated a car"
    if key in AIR_REFINABLE and (words & cues["air"]) and _air_actor(d, cues):
        return "air_strike"
    if key == "bombing" and s1 in {"MIL", "GOV"} and d.trigger.head(d.sent.doc).lower_ in BOMBING_ACT:
        return "air_strike"  # an army or a government that bombs a place does it from the air
    grenade_kin = DEVICE_CLASSES - {"chemical", "suicide_bomb"} | {"attack"}
    if key in grenade_kin and _hand_grenade(d, cues) and not gunfire_too(d, cues):
        return "grenade"
    if (
        key == "attack"
        and s2 is None
        and not d.counts  # an attack that killed or hurt people is no mere damage
        and any(_unpeopled(t, cues) for t in roles.objects_of(d.trigger.head(d.sent.doc)))
    ):
        return "property"  # "attacked a pipeline"; "attacked a church" is an attack on the people there
    if key == "clash" and ("PRO" in (s1, s2) or words & cues["demonstrators"]):
        return "riot"
    if key == "protest" and _unprotested(d, cues["riot"], cues):
        return "riot"
    if key == "protest" and _unprotested(d, cues["intervention"], cues):
        return "excessive_force" if _brutal(d, words, cues) else "protest_intervention"
    if key == "protest_intervention" and _brutal(d, words, cues):
        return "excessive_force"  # "police fired tear gas and live rounds at protesters"
    return key


def _brutal(d: Draft, words: set[str], cues: CueWords) -> bool:
    """Force beyond crowd control: live rounds, a beating, deaths or grave wounds ("fired live
    ammunition", "brutally dispersed", "shot dead two marchers", "seriously injured"). Live rounds
    fired into the air or as warning shots hurt no one: force beyond crowd control only when the
    sentence tells someone hurt or killed."""
    brutal = words & cues["brutal"]
    if brutal <= {"live"} and _shots_in_the_air(d.sent):
        brutal = set()
    return bool(brutal) or bool(words & cues["lethal"] and d.counts) or _badly_hurt(d, cues)


def _shots_in_the_air(sent: Span) -> bool:
    """The shots went "into the air" or "in the air", or were "warning shots"."""
    for t in sent:
        if t.lower_ == "air" and t.head.lower_ in ("into", "in") and any(c.lower_ == "the" for c in t.children):
            return True
        if t.lemma_.lower() == "shot" and any(c.lower_ == "warning" for c in t.children):
            return True
    return False


def _crowd_of_people(d: Draft) -> bool:
    """The doer is people in the plural ("villagers", "residents"), as a crowd is, not one man."""
    head = d.trigger.head(d.sent.doc)
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    doers += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(t.tag_ in ("NNS", "NNPS") for t in doers)


def _crowd_did(d: Draft, cues: CueWords) -> bool:
    """The trigger's doer is a crowd ("protesters set fire to the office", "was torched by
    rioters")."""
    head = d.trigger.head(d.sent.doc)
    return head.pos_ in ("VERB", "AUX") and crowd_doer(head, cues["crowd_doer"])


def _chemical_means(d: Draft, cues: CueWords) -> bool:
    """The sentence names a chemical agent as this event's means ("dropped barrels of chlorine",
    "shells filled with sarin gas", "dropped barrel bombs in a chlorine gas attack"), not as a
    facility or programme ("targeting chemical weapons facilities") nor as another attack ("in
    retaliation for a poison gas attack", "after the gas attack last year"): an attack the agent
    names is this one only when it is the trigger, its doer, or what the event was in, with,
    during or by (``chemical_means_preps``)."""
    words = {t.lemma_.lower() for t in d.sent} | {t.lower_ for t in d.sent}
    if not words & {"gas", "agent", "chlorine", "sarin", "mustard"}:
        return False
    trigger_head = d.trigger.head(d.sent.doc)
    for t in d.sent:
        if t.lemma_.lower() not in cues["chemical"] and t.lower_ not in cues["chemical"]:
            continue
        node = t
        while node.dep_ in ("compound", "amod", "nmod") and node.head.i != node.i:
            node = node.head
        lemma_ = node.lemma_.lower()
        if node.i == trigger_head.i:
            return True
        if lemma_ in cues["chemical_site"]:
            continue
        if lemma_ not in cues["chemical_attack"] or _this_attack(node, cues):
            return True
    return False


def _this_attack(node: Token, cues: CueWords) -> bool:
    """An attack noun tells of the event at hand: its subject ("a chlorine attack killed 40") or
    what it was in, with, during or by ("in a chlorine gas attack"), not what it answered or
    followed ("in retaliation for", "after", "since")."""
    if node.dep_ in ("nsubj", "nsubjpass"):
        return True
    return node.dep_ == "pobj" and node.head.lower_ in cues["chemical_means_preps"]


def _aircraft_downed(d: Draft, cues: CueWords) -> bool:
    """What was shot down is a manned aircraft ("shot down an army helicopter"), not a missile or a
    drone: ACLED codes that as an attack on the aircraft, not as disrupted weapons use."""
    head = d.trigger.head(d.sent.doc)
    return any(t.lemma_.lower() in cues["aircraft"] or t.lower_ in cues["aircraft"] for t in roles.objects_of(head))


def _hand_grenade(d: Draft, cues: CueWords) -> bool:
    """The sentence names a grenade other than a rocket-propelled one (an RPG is a rocket: shelling)."""
    return any(
        (t.lemma_.lower() in cues["grenade"] or t.lower_ in cues["grenade"]) and not _rocket_grenade(t, cues)
        for t in d.sent
    )


def _rocket_grenade(token: Token, cues: CueWords) -> bool:
    """The word is a rocket-propelled grenade: "RPG(s)", or "grenade" after "rocket-propelled"."""
    if token.lower_ in cues["rpg"]:
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.lemma_.lower() in cues["grenade"] and before is not None and before.lower_ in cues["rocket_propelled"]


def _artillery_used(d: Draft, cues: CueWords) -> bool:
    """The sentence says mortars, artillery or rocket-propelled grenades were the means ("they used
    120mm mortar systems", "hit the village with artillery", "attacked the convoy with RPGs") and
    names no gun or shooting: an attack made with them is shelling. Artillery only moved or
    deployed does not count."""
    if any(t.lower_ in cues["small_arms"] or t.lemma_.lower() in cues["small_arms"] for t in d.sent):
        return False
    for t in d.sent:
        heavy = t.lower_ in cues["artillery"] or t.lemma_.lower() in cues["artillery"] or _rocket_grenade(t, cues)
        if not heavy:
            continue
        node = t
        while node.dep_ in ("compound", "amod", "nmod", "conj", "appos") and node.head.i != node.i:
            node = node.head
        if node.dep_ in ("dobj", "obj") and node.head.lemma_.lower() in cues["artillery_use"]:
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "with":
            return True
    return False


def _on_protesters(d: Draft, cues: CueWords) -> bool:
    """The attack is aimed at protesters ("attacks against peaceful protesters", "fired on the
    demonstrators") though the victims were named first ("a civilian was killed ..."), or its
    object is marchers or a crowd ("police attacked marchers")."""
    aimed = any(
        t.lemma_.lower() in cues["demonstrators"] or t.lower_ in cues["demonstrators"]
        for t in d.sent
        if t.head.lower_ in ("against", "on", "at") and t.dep_ == "pobj"
    )
    hit = roles.objects_of(d.trigger.head(d.sent.doc))  # "police attacked marchers", "beat the crowd"
    return aimed or any(t.lemma_.lower() in cues["crowd_object"] or t.lower_ in cues["crowd_object"] for t in hit)


def _unprotested(d: Draft, cue: frozenset[str], cues: CueWords) -> bool:
    """Whether a word of ``cue`` is in the sentence other than as what a protest is against:
    "protesters burned tyres", not "marched against gun violence" or "to decry the violence"."""
    return any({t.lemma_.lower(), t.lower_} & cue and not protested(t, cues) for t in d.sent)


def protested(token: Token, cues: CueWords) -> bool:
    """The word names what a protest is against ("against the arrest of", "to decry the arrests")."""
    verbs = {a.lemma_.lower() for a in token.ancestors if a.pos_ == "VERB"}
    return bool(verbs & cues["protested"]) or any(a.lower_ == "against" for a in token.ancestors)


def _with_explosives(d: Draft, cues: CueWords) -> bool:
    """ "a dynamite attack", "a bomb attack", "attacked ... with explosives", "destroyed by
    explosives", "the blast destroyed ..." (the explosive is the trigger's means or its doer)."""
    head = d.trigger.head(d.sent.doc)
    near = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "nsubj")]
    near += [
        g
        for c in head.children
        if (c.dep_ == "prep" and c.lower_ == "with") or c.dep_ == "agent"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(_explosive(t, cues) for t in near)


def _explosive(token: Token, cues: CueWords) -> bool:
    """An explosive ("a bomb", "dynamite"), not a fire bomb ("a petrol bomb"): an incendiary is arson."""
    if token.lemma_.lower() not in cues["explosive"] and token.lower_ not in cues["explosive"]:
        return False
    return not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in cues["incendiary"] for c in token.children)


def _with_grenades(d: Draft, cues: CueWords) -> bool:
    """The trigger's means is a hand grenade: "attacked the patrol with grenades" (not a
    rocket-propelled one, a rocket: shelling)."""
    head = d.trigger.head(d.sent.doc)
    means = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    means += [c for g in means for c in g.conjuncts]
    return any(
        (t.lemma_.lower() in cues["grenade"] or t.lower_ in cues["grenade"]) and not _rocket_grenade(t, cues)
        for t in means
    )


def _remote_means(d: Draft, cues: CueWords) -> str:
    """The class an attack's first means gives when it strikes from afar: "with drones" a drone
    strike, "with rockets", "with an anti-ship missile" a missile attack; else ""."""
    head = d.trigger.head(d.sent.doc)
    means = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    for t in [m for g in means for m in (g, *g.conjuncts)]:
        forms = {t.lemma_.lower(), t.lower_}
        if forms & cues["drone"]:
            return "drone_strike"
        if forms & cues["missile"]:
            return "shelling"
    return ""


def _only_explosives(d: Draft, words: set[str], cues: CueWords) -> bool:
    """The sentence names explosives and no firearm, shell or grenade: its attack was a bombing
    ("the attack on the mayor's office left a crater; the bomb ..."), however loose the parse."""
    return any(_explosive(t, cues) for t in d.sent) and not words & cues["firearm"]


def _air_actor(d: Draft, cues: CueWords) -> bool:
    """The doer is an aircraft or an air force ("warplanes fired a missile", "jets destroyed depots")."""
    return d.actor1 is not None and bool(
        set(d.actor1.text.lower().replace("-", " ").split())
        & (cues["air"] | {"warplanes", "jets", "planes", "drones", "helicopters"})
    )


def _badly_hurt(d: Draft, cues: CueWords) -> bool:
    """Someone was badly hurt: "seriously injured", "critically wounded", "serious injuries"."""
    return any(t.lower_ in cues["grave"] and t.head.lemma_.lower() in cues["hurt"] for t in d.sent)


def _near_trigger(d: Draft, cue: frozenset[str]) -> bool:
    """A word of ``cue`` belongs to the trigger's own phrase ("exploded prematurely", "a mortar
    attack", "attacked with mortars", "mortars hit"), not merely to the sentence."""
    head = d.trigger.head(d.sent.doc)
    near = [*head.children, *(g for c in head.children if c.dep_ == "prep" for g in c.children)]
    if head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        near += [head.head, *head.head.children]
    return any(t.lower_ in cue or t.lemma_.lower() in cue for t in [head, *near])


def military_site(token: Token, cues: CueWords) -> bool:
    """A base, checkpoint, post or camp of armed men, not a refugee or protest camp nor a station
    named for another use ("a filling station", "a bus station")."""
    word = token.lower_
    forms = {token.lemma_.lower(), word, word[:-1] if word.endswith("s") else word}  # "bases" is no "basis"
    if not forms & cues["facility"]:
        return False
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    if "station" in forms and modifiers:  # "a filling station", "the bus station"; not "a police station"
        return any(c.lemma_.lower() in cues["armed_doer"] or c.lower_ in cues["armed_doer"] for c in modifiers)
    return not any(c.lemma_.lower() in cues["civilian_site"] for c in modifiers)


def _civilians_assaulted(d: Draft, cues: CueWords) -> bool:
    """Armed men forced their way into a place whose people they hit, and the place is not a
    base, post or camp held by forces ("stormed a village, killing 30 people"; not "stormed the
    air base"): the victims are civilians (checked by the caller), so the act is an attack on
    them, not the taking of ground from an armed side."""
    head = d.trigger.head(d.sent.doc)
    if head.lemma_.lower() not in cues["entry_assault"]:
        return False
    return not any(military_site(t, cues) for t in roles.objects_of(head))


def _protest_broken_up(d: Draft) -> bool:
    """State forces forced their way into a protest ("stormed a protest camp", "stormed the
    sit-in") or hurt those there ("stormed the square, killing dozens of protesters"); not only
    into a place where protesters had been ("stormed the town, where protesters had gathered")."""
    head = d.trigger.head(d.sent.doc)
    camp = any(w.lemma_.lower() in PROTEST_PLACES for t in roles.objects_of(head) for w in t.subtree)
    return camp or bool(d.counts)


def _facility_target(d: Draft, cues: CueWords) -> bool:
    """The attack was on a base, checkpoint, post or convoy, not on people a clause tells more of
    ("shot two men who approached a military post")."""
    head = d.trigger.head(d.sent.doc)
    return any(military_site(t, cues) and not _in_clause(t, head) for t in roles.objects_of(head))


def _in_clause(token: Token, head: Token) -> bool:
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl"):
            return True
        node = node.head
    return False


def _facility_assaulted(d: Draft, cues: CueWords) -> bool:
    """The sentence tells of an assault on a base, post or camp beside the killing it reports
    ("killed 14 people, attacking a market and an army base", "in an attack on a military base")."""
    return any(military_site(t, cues) and _assault_on(t, d, cues) for t in d.sent if t.pos_ in ("NOUN", "PROPN"))


def _assault_on(token: Token, d: Draft, cues: CueWords) -> bool:
    """The word is the thing an assault is done to ("attacked X", "stormed X", "an attack on X"), by
    the event's own doer: an assault with another subject ("after the army targeted their camp")
    does not count."""
    node = token
    while node.dep_ in ("conj", "appos", "compound") and node.head.i != node.i:
        node = node.head
    if node.dep_ in ("dobj", "obj"):
        verb = node.head
    elif node.dep_ == "pobj" and node.head.lower_ in ("on", "against"):
        verb = node.head.head
    else:
        return False
    if verb.lemma_.lower() not in cues["assaulting"]:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is None or (d.actor1 is not None and subject.text in d.actor1.text)


def _mob_doer(d: Draft, cues: CueWords) -> bool:
    """A mob did it: the trigger says so ("mob killings", "a vigilante attack") or one of the
    doers named side by side with others is a mob ("residents and vigilantes killed ...")."""
    head = d.trigger.head(d.sent.doc)
    near = [c for c in head.children if c.dep_ in MODIFIER_DEPS]
    for subj in (c for c in head.children if c.dep_ in ("nsubj", "agent")):
        near += [subj, *subj.conjuncts] if subj.dep_ == "nsubj" else [g for g in subj.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in cues["mob"] or t.lower_.rstrip("s") in cues["mob"] for t in near)


def _withdrew_from_place(d: Draft, cues: CueWords) -> bool:
    """Troops or fighters pulled out of a place ("regime forces withdrew from the base"), not a
    government leaving a deal: the doer is armed, the word is "withdraw/retreat ... from", and
    what was left is not talks, a deal, a coalition or an election."""
    head = d.trigger.head(d.sent.doc)
    armed = d.actor1 is not None and d.actor1.sector in ARMED_SECTORS
    armed = armed or any(c.dep_ == "nsubj" and c.lemma_.lower() in cues["forces"] for c in head.children)
    left = [g for c in head.children if c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
    deals = any(g.lemma_.lower() in cues["accord"] | cues["not_place"] for g in left)  # talks, a deal, a coalition
    return armed and head.lemma_.lower() in cues["withdrew"] | {"pull"} and bool(left) and not deals


def _unpeopled(noun: Token, cues: CueWords) -> bool:
    """A thing with no people in it ("a pipeline", "the rail line"); a "front line" is manned by
    fighters."""
    return noun.lemma_.lower() in cues["unpeopled"] and not _front_line(noun)


def _front_line(noun: Token) -> bool:
    """The positions of an armed side: "the front line", "enemy lines", "the frontline"."""
    if noun.lower_.startswith("frontline"):
        return True
    return noun.lemma_.lower() == "line" and any(c.lower_ in ("front", "enemy") for c in noun.children)


def _front_attacked(d: Draft) -> bool:
    """The attack's object is a front line ("attacked the front line near X"): fighters fought."""
    return any(_front_line(t) for t in roles.objects_of(d.trigger.head(d.sent.doc)))


def _executed(d: Draft, cues: CueWords) -> bool:
    """The trigger is an execution ("gunmen executed him", "the execution of two hostages"): people
    in the doers' hands put to death, whoever they are, not a fight."""
    return bool(word_forms(d.trigger.head(d.sent.doc)) & cues["execution"])


def _suicide_bomber(d: Draft) -> bool:
    """The trigger's doer is a suicide bomber ("a suicide bomber detonated a car", "a suicide bomber
    drove a car bomb into ..."): a bomber on foot or at the wheel, not an aircraft. A suicide bomber
    told in a clause of another attack ("where a suicide bomber struck the day before") is not."""
    head = d.trigger.head(d.sent.doc)
    verbs = {head.i, head.head.i} if head.pos_ in ("NOUN", "PROPN") else {head.i}
    return any(
        t.lower_ in ("bomber", "bombers") and t.i > 0 and t.nbor(-1).lower_ == "suicide"
        and t.dep_ == "nsubj" and t.head.i in verbs
        for t in d.sent
    )

"""Who did it and what for, read from the parse before actors are coded: conditions a trigger row
can ask for (``data/triggers.tsv``, needs ``crowd_doer``, ``occasion``, ``deadly_strike``,
``armed_subject``, ``projectile_means``, ``air_means``, ``hazard_doer``, ``met_with`` and ``met_with_force``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from eventwire.stages.mishaps import trips_device
from eventwire.stages.roles import reduced_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

OCCASION_PREPS = frozenset({"for", "at", "during"})
PROTEST_DOERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker"})
PROTEST_AIMS = frozenset({"protest", "demand", "denounce", "condemn", "demonstrate", "oppose", "call", "press", "urge"})


def subjects(verb: Token) -> list[Token]:
    """The doers of a verb: its subject, the agent of a passive ("was stormed by protesters"), or
    for a verb joined to another without a subject ("gathered and stormed"), that verb's."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    found += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not found and verb.dep_ == "conj" and verb.head.i != verb.i:
        return subjects(verb.head)
    return found


def crowd_doer(verb: Token, crowd: frozenset[str]) -> bool:
    """A crowd did it: a subject (or one of its conjuncts, or what it counts: "hundreds of
    demonstrators") is a word of ``crowd`` ("protesters", "a mob", "supporters")."""
    for subject in subjects(verb):
        words = [subject, *subject.conjuncts]
        words += [g for w in list(words) for c in w.children if c.lower_ == "of" for g in c.children]
        if any({w.lemma_.lower(), w.lower_, w.lower_.rstrip("s")} & crowd for w in words):
            return True
    return False


def for_occasion(verb: Token, occasion: frozenset[str]) -> bool:
    """The verb is done for or at an occasion of ``occasion``: "had gathered for a ceremony",
    "gathered at a wedding", "gathered to attend prayers" (a gathering that is no protest). Not
    where protesters gather, or gather to protest or demand something ("protesters gathered during
    the celebrations", "gathered at the festival to demand his resignation"): a protest at an
    occasion."""
    if crowd_doer(verb, PROTEST_DOERS) or any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in PROTEST_AIMS for c in verb.children
    ):
        return False
    heads = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS
        for g in c.children
        if g.dep_ == "pobj"
    ]
    heads += [o for c in verb.children if c.dep_ in ("xcomp", "advcl") for o in c.children if o.dep_ in ("dobj", "obj")]
    return any({h.lemma_.lower(), h.lower_} & occasion for h in heads)


def own_clause_subject(head: Token) -> bool:
    """The word is the subject, or the verb, of a subordinate clause with its own conjunction and
    a subject that is no pronoun ("as rockets hit southern Israel"): its doer is not the main
    clause's."""
    if head.pos_ in ("VERB", "AUX"):
        verb = head
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children)
    else:
        verb = head.head
        subject = head.dep_ in ("nsubj", "nsubjpass")
    return subject and verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)


def deadly_strike(noun: Token, harm: frozenset[str]) -> bool:
    """A strike that is an armed one by what it does: the subject of a verb of ``harm`` ("Israeli
    strikes kill 12", "the strikes destroyed a school", "strikes by the coalition killed nine"),
    or made by a people or country and aimed at a place ("Russian strikes on Kharkiv"). Not a
    strike of workers ("the strike paralysed the port", "strikes over pay", "French strikes")."""
    top = noun
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if top.dep_ == "nsubj" and top.head.lemma_.lower() in harm:
        return True
    made_by = any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in noun.children)
    aimed = any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "against")
        and any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.children)
        for c in noun.children
    )
    return made_by and aimed


def _named(words: list[Token], found: frozenset[str]) -> bool:
    """A word, one of its conjuncts or a noun joined to it is of ``found`` ("militants and
    soldiers", "an Iranian-made missile", "fighter jets")."""
    every = [*words, *(c for w in words for c in w.conjuncts)]
    every += [c for w in list(every) for c in w.children if c.dep_ in ("compound", "amod")]
    return any({w.lemma_.lower(), w.lower_, w.lower_.rstrip("s")} & found for w in every)


def armed_subject(verb: Token, armed: frozenset[str]) -> bool:
    """The verb's doer is armed men ("Russian forces struck a building", "was hit by militants"),
    not any thing that hits ("the news hit markets", "a truck struck a pedestrian")."""
    return _named(subjects(verb), armed)


def struck_by(verb: Token, weapons: frozenset[str]) -> bool:
    """What struck is one of ``weapons``: the doer ("a missile struck the building", "warplanes
    struck positions", "was hit by shells") or what it was done with ("struck the town with
    rockets", "struck a facility with drones"), not a word elsewhere ("a car bomb struck ... where
    a suicide bomber ...")."""
    means = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    return _named([*subjects(verb), *means], weapons)


def hazard_doer(verb: Token, hazard: frozenset[str]) -> bool:
    """The doer is a natural hazard or an accident ("an earthquake struck the town", "the storm
    hit the airport")."""
    return _named(subjects(verb), hazard)


def _met_with(verb: Token) -> list[Token]:
    """What a passive "be met with" names ("the march was met with tear gas"): no meeting."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]


def met_with(verb: Token, _words: frozenset[str]) -> bool:
    """A passive "be met with" something ("was met with criticism"), not a meeting."""
    return bool(_met_with(verb))


def met_with_force(verb: Token, force: frozenset[str]) -> bool:
    """Passive "be met with" force ("any attack would be met with force", "the march was met
    with tear gas"): force used or threatened against what is met."""
    return _named(_met_with(verb), force)


DEADLY_VERBS = frozenset({"kill", "murder", "massacre", "behead", "slaughter", "assassinate"})
WOUNDING_VERBS = frozenset({"shoot", "stab", "gun", "hack", "beat", "burn"})  # deadly when "dead" or "to death"
DEADLY_RESULTS = frozenset({"kill", "wound", "injure", "maim"})  # "drove into the crowd, killing 86"
REFLEXIVES = frozenset({"himself", "herself", "themselves"})
# what one executes that is no person ("executed the plan"); anyone else executed was put to death
EXECUTED_TASKS = frozenset(
    {"plan", "order", "warrant", "operation", "mission", "task", "attack", "raid", "strategy", "project", "move"}
    | {"programme", "program", "contract", "deal", "decision", "policy", "command", "search", "manoeuvre", "maneuver"}
)


def deadly_doer(verb: Token) -> bool:
    """The verb's subject did deadly violence: the verb kills ("a man shot dead three people",
    "stabbed two guards to death"), what it did killed or wounded ("a man drove a truck into the
    crowd, killing 86"), or he blew himself up. Not a participle taken for a verb ("five men
    killed in the blast"), nor a wounding alone ("a farmer shot his neighbour")."""
    if verb.pos_ not in ("VERB", "AUX") or reduced_passive(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in DEADLY_VERBS:
        return True
    put_to_death = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in EXECUTED_TASKS]
    if lemma == "execute" and put_to_death:  # "militants executed two spies"
        return True
    if lemma in WOUNDING_VERBS and any(w.lower_ in ("dead", "death") for w in verb.subtree if w.i > verb.i):
        return True
    if lemma == "blow" and any(c.lower_ in REFLEXIVES for c in verb.children):
        return True
    return not trips_device(verb) and any(  # "a boy stepped on a mine, killing him": the mine killed
        c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in DEADLY_RESULTS
        for c in verb.children
    )


ARSON_VERBS = frozenset({"torch", "firebomb", "petrol-bomb", "burn"})
FIRE_WORDS = frozenset({"fire", "ablaze", "alight"})


def arson_doer(verb: Token) -> bool:
    """The verb's subject set something on fire: "set fire to the office", "set the house ablaze",
    "torched a car", "burned down the school" (not a participle: "men burned in the fire")."""
    if verb.pos_ not in ("VERB", "AUX") or reduced_passive(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "burn":
        return any(c.dep_ == "dobj" for c in verb.children)
    if lemma in ARSON_VERBS:
        return True
    return lemma == "set" and any(w.lower_ in FIRE_WORDS for w in verb.subtree if w.i > verb.i)


# conditions on a verb that trigger rows name like cue sets, each with the cue set it reads
VERB_CONDITIONS: dict[str, tuple[Callable[[Token, frozenset[str]], bool], str]] = {
    "crowd_doer": (crowd_doer, "crowd_doer"),
    "occasion": (for_occasion, "occasion"),
    "deadly_strike": (deadly_strike, "deadly_strike"),
    "armed_subject": (armed_subject, "armed_doer"),
    "projectile_means": (struck_by, "projectile"),
    "air_means": (struck_by, "air"),
    "hazard_doer": (hazard_doer, "hazard"),
    "met_with": (met_with, "force_means"),
    "met_with_force": (met_with_force, "force_means"),
}

"""Acts that are only planned, commissioned, urged or foretold, not done: a purpose someone was hired,
paid or sent for ("the gang was hired to kill the witness"), a mission or plot named by a noun ("had
the mission of assassinating the president"), an imperative ("Burn their houses!", "take your rifles
and make petrol bombs, the broadcast said"), a future seen from the past ("knew they were going to
attack the village") and an infinitive that tells what something is or amounts to ("to pay the debt
is to kill the people", "the aim is to seize the town"). The act done itself stays an event ("the
gang killed the witness", "gunmen stormed the courthouse to burn the files": the storming).
Read by stages/triggers.py (``irrealis_reason``); word sets in data/cue_words.tsv."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords


SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "parataxis"})  # where an imperative clause hangs
BEFORE_IMPERATIVE = frozenset({"punct", "intj", "advmod", "cc", "discourse"})  # '"Now, burn ...', 'Please kill'
NOUN_LINKS = frozenset({"dobj", "obj", "pobj", "prep", "compound", "conj", "appos"})  # a noun up to its verb


def unrealised_plan(head: Token, cues: CueWords) -> str:
    """Why the act at ``head`` is only planned, commissioned, urged or foretold ("" when it is told as done)."""
    verb = _first_conjunct(head) if head.pos_ == "VERB" else None
    if verb is not None and _infinitive(verb):
        if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in cues["commissioning"]:
            return f"'{verb.head.text} to {verb.text}': what someone was {verb.head.text} to do, not what was done"
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be":
            return f"'{verb.head.text} to {verb.text}': what something is or amounts to, not an act done"
        if verb.dep_ == "csubj":
            return f"'to {verb.text}' as a subject: an act named, not done"
        if verb.dep_ == "xcomp" and _going_to(verb.head):
            return f"'{verb.head.text} to {verb.text}': a future act, not one done"
    if verb is not None and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and _planned_noun(verb.head, cues):
        return f"'{verb.head.head.text} {verb.head.text} {verb.text}': a mission or plan named, not an act done"
    clause = _clause_verb(head)
    if clause is not None and _imperative(_first_conjunct(clause)) and _imperative_form(clause):
        return f"imperative '{clause.text}': an act urged, not done"
    return ""


def _first_conjunct(verb: Token) -> Token:
    """The first verb of a coordination ("to storm the courthouse and burn the files": storm)."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _going_to(verb: Token) -> bool:
    """ "were going to attack", "is going to bomb", "were about to attack": a future, here or seen
    from the past."""
    if verb.lower_ == "about":
        return verb.dep_ == "acomp" and verb.head.lemma_.lower() == "be"
    return verb.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in verb.children)


def _planned_noun(prep: Token, cues: CueWords) -> bool:
    """ "the mission of assassinating", "a plan for bombing": a gerund after a noun of plans."""
    return prep.lower_ in ("of", "for") and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in cues["plan_nouns"]


def _clause_verb(head: Token) -> Token | None:
    """The verb of the clause the trigger is in: the trigger itself, or the verb a noun trigger hangs from."""
    node = head
    for _ in range(4):
        if node.pos_ == "VERB":
            return node
        if node.dep_ not in NOUN_LINKS or node.head.i == node.i:
            return None
        node = node.head
    return None


def _imperative(verb: Token) -> bool:
    """A verb in the base form that opens its own clause with no subject, auxiliary or marker
    ("Kill the traitors!", '"Burn their houses," he said', "Take your rifles, the broadcast told")."""
    if verb.tag_ != "VB" or verb.dep_ not in CLAUSE_DEPS:
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass", "mark", "neg") for c in verb.children):
        return False
    doc = verb.doc
    return all(t.dep_ in BEFORE_IMPERATIVE or t.is_punct for t in doc[verb.left_edge.i : verb.i])


def _imperative_form(verb: Token) -> bool:
    """A verb joined to an imperative is one too when it has no subject or auxiliary of its own."""
    return verb.tag_ == "VB" and not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children)

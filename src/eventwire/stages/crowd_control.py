"""A protest told only by the force used on it: "police fired tear gas at protesters", "riot
police used water cannon to disperse the crowd" (with live rounds: excessive force, see
stages/subtypes.py). A fallback for a sentence with no trigger of its own: a sentence that names
the protest, a riot or an attack keeps what its triggers tell.
Read by stages/triggers.py; word sets in data/cue_words.tsv."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.triggers import CueWords


TARGET_PREPS = frozenset({"at", "on", "against", "into"})
BREAK_UP = frozenset({"disperse", "scatter"})


def crowd_control(sent: Span, cues: CueWords) -> list[Token]:
    """The first verb of police firing crowd-control means at protesters or a crowd (none or one)."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues["crowd_firing"]:
            continue
        if _by_police(verb, cues) and _means(verb, cues) and _at_crowd(verb, cues):
            return [verb]
    return []


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def _by_police(verb: Token, cues: CueWords) -> bool:
    """The subject is the police or security forces ("riot police", "security forces")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    while not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:  # "police arrived and fired"
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_forms(s) & cues["crowd_police"] for s in subjects)


def _means(verb: Token, cues: CueWords) -> bool:
    """The object is tear gas, water cannon, rubber bullets or the like."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
    for noun in objects:
        kinds = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")} | {noun.lower_}
        if _forms(noun) & cues["crowd_means"] and kinds & cues["crowd_means_kind"]:
            return True
    return False


def _at_crowd(verb: Token, cues: CueWords) -> bool:
    """Fired at protesters or a crowd, or to break one up ("to disperse the demonstrators")."""
    # "fired tear gas and live ammunition at ...": the parser may hang the target on a verb it
    # made of a later word, joined to the firing verb
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    preps = [c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]
    targets = [g for c in preps for g in c.children]
    broken = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in BREAK_UP]
    # "fired live ammunition to disperse the crowd": the parser may hang the purpose on the means
    means = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    broken += [g for c in means for g in c.children if g.dep_ == "acl" and g.lemma_.lower() in BREAK_UP]
    targets += [g for c in broken for g in c.children if g.dep_ in ("dobj", "obj")]
    return any(_forms(g) & cues["crowd_object"] for g in targets if g.dep_ in ("pobj", "dobj", "obj"))

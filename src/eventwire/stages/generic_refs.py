"""Violent words that refer to acts rather than report one: a judgement on acts told elsewhere ("their
recent attacks have been selective") and acts named only as what people react to ("residents are
protesting the killings", "tried to divert attention from the bombings", "blamed the rebels for
the kidnappings", "the killings must stop"). ACLED codes no event for such words, and MUC-4
leaves out generic and summary descriptions of incidents.

A figure, a day, a place or a named doer of its own makes each one an incident again ("their
attacks on Monday were selective", "protested the killing of two farmers by soldiers"). Read by
stages/mentions.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.casualties import find_counts

if TYPE_CHECKING:
    from spacy.tokens import Token


# What people do about acts named as the object of their reaction. Statements ("condemned the
# killing of protesters") are left to stages/reactions.py, which keeps a condemned act with victims.
REACT_VERBS = frozenset({"protest", "mourn", "lament"})
# (preposition, word it hangs from): "divert attention from the bombings", "blamed X for the
# kidnappings", "protests against the killings", "an end to the killings".
REACT_PREPS = {
    "from": frozenset({"divert", "distract", "attention"}),
    "for": frozenset({"blame"}),
    "against": frozenset({"protest", "march", "rally", "demonstrate", "outrage"}),
    "over": frozenset({"protest", "outrage", "anger"}),
    "to": frozenset({"end"}),
}
STOPPING = frozenset({"stop", "end", "cease"})  # "the killings must stop"
COPULAS = frozenset({"be", "seem", "appear", "become", "remain"})
SPECIFIC = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORG", "PERSON", "EVENT"})
# Words of a stretch of time that tie a series to no day ("in recent months", "this year").
VAGUE_TIME = frozenset(
    "recent past last few several many the this year years month months weeks decade decades".split()
)


def referred_acts(head: Token) -> str:
    """Why the violent noun at ``head`` refers to acts and reports none ("" when it may be an
    incident)."""
    if head.pos_ != "NOUN":
        return ""
    return judged_acts(head) or reacted_to(head)


def judged_acts(head: Token) -> str:
    """Why the plural at ``head`` is only judged ("" else): the subject of "be", "seem" or
    "remain" with an adjective or a noun for what the acts are like ("their recent attacks have
    been selective"), in a sentence with no figure, day, place or name: the acts are told
    elsewhere, if at all. "The attacks on Monday were the deadliest this year" stays."""
    verb = head.head
    if head.tag_ != "NNS" or head.dep_ != "nsubj" or verb.lemma_.lower() not in COPULAS:
        return ""
    if not any(c.dep_ in ("acomp", "attr", "oprd") for c in verb.children):
        return ""
    if any(c.dep_ in ("prep", "relcl", "acl", "nummod", "appos") for c in head.children):
        return ""
    if any(t.ent_type_ in SPECIFIC or t.like_num for t in head.sent):
        return ""
    return f"'{head.text} {verb.text} ...': a judgement on acts told elsewhere, not one incident"


def reacted_to(head: Token) -> str:
    """Why ``head`` names acts only as what people react to ("" else): the object of a verb of
    protest or condemnation ("are protesting the killing of the priests and the bombings"), after
    "from", "for", "against" or "to" on a word of reaction ("divert attention from the bombings",
    "blamed the rebels for the kidnappings", "an end to the killings") or the subject of "stop"
    ("the killings must stop"), with no figure, day, place or named doer of its own. One victim
    is a figure too ("protesting the murder of the journalist": killed 1), kept with its act
    rather than left to the protest."""
    top = _phrase_top(head)
    if not _reaction(top):
        return ""
    if _specific(top) or any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in top.subtree):
        return ""  # "the army's killing of farmers": a doer of its own
    if find_counts(" ".join(t.text for t in head.subtree)):
        return ""  # "the murder of the journalist", "the shooting": a toll of its own
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in top.subtree):
        return ""  # "the killing of two farmers by soldiers"
    return f"'{top.head.text} ... {head.text}': acts named as what people react to, not one incident"


def _reaction(noun: Token) -> bool:
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ in ("dobj", "obj"):
        return lemma in REACT_VERBS
    if noun.dep_ == "nsubj":  # "the killings must stop", "the shootings have to stop"
        stop = verb if lemma in STOPPING else next((c for c in verb.children if c.dep_ == "xcomp"), None)
        return stop is not None and stop.lemma_.lower() in STOPPING and verb.tag_ in ("VB", "VBP", "VBZ")
    if noun.dep_ != "pobj":
        return False
    words = REACT_PREPS.get(verb.lower_, frozenset())
    owner = verb.head  # "blamed a gang for the shootings": "for" hung on the gang
    return owner.lemma_.lower() in words or (owner.dep_ in ("dobj", "obj") and owner.head.lemma_.lower() in words)


def _phrase_top(noun: Token) -> Token:
    """The noun that heads the phrase of ``noun``, through "and" and "of" ("the killing of the
    priests and the bombings": "killing")."""
    for _ in range(6):
        if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i != noun.i:
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        else:
            break
    return noun


def _specific(noun: Token) -> bool:
    """The phrase of ``noun``, or the clause it is the subject of, gives a figure, a place, a
    named doer or a day that is more than a stretch of time ("in recent months")."""
    words = list(noun.subtree)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        words = list(noun.head.subtree)
    for t in words:
        if t.like_num and t.lower_ != "one":
            return True
        if t.ent_type_ in ("DATE", "TIME"):
            if t.lower_ not in VAGUE_TIME:
                return True
        elif t.ent_type_ in SPECIFIC:
            return True
    return False

"""Violent words that refer to acts rather than report one: a wave, a series or a practice of
acts ("the wave of kidnappings that is sweeping the country", "the practice of kidnapping", "a
series of attacks on pipelines has cut oil output"), a judgement on acts told elsewhere ("their
recent attacks have been selective") and acts named only as what people react to ("residents are
protesting the killings", "tried to divert attention from the bombings", "blamed the rebels for
the kidnappings", "the killings must stop"). ACLED codes no event for such words, and MUC-4
leaves out generic and summary descriptions of incidents.

A figure, a day, a place or a named doer of its own makes each one an incident again ("a wave of
air strikes hit Idlib on Tuesday", "a series of eight bomb attacks", "protested the killing of
two farmers by soldiers"), and so does a series told as done in the simple past ("a string of
blasts rocked the capital", "rebels launched a wave of attacks") or one that something happened in
("three people were killed in a wave of bombings"). A figure or a place counts anywhere in the
clause of a series, not only in its phrase. Read by stages/mentions.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.casualties import find_counts

if TYPE_CHECKING:
    from spacy.tokens import Token


# Nouns that gather acts into a series or a kind: "a wave of kidnappings", "the practice of
# kidnapping", "a campaign of assassinations"; and nouns of change over "in": "a rise in attacks".
SERIES = frozenset(
    "wave spate series string spree rash surge upsurge resurgence escalation epidemic plague scourge cycle "
    "campaign pattern chain succession practice practices tactic tactics method methods use culture "
    "business industry history".split()
)
CHANGE = frozenset("rise increase surge upsurge spike jump escalation decline drop fall decrease".split())
# Where a series is only the setting of something else that happened ("killed in a wave of
# bombings", "hit by a string of attacks"): the other act is told and the series is its cause.
SETTING_PREPS = frozenset({"in", "during", "by"})
# Verbs of carrying acts out: a series as their object in the simple past is told as done ("the air
# force carried out a string of air strikes", "rebels launched a wave of attacks on army posts"). With
# the past forms, which the lemmatizer sometimes gets wrong ("staged": "stag").
CARRY_OUT = frozenset(
    "carry carried conduct conducted launch launched stage staged mount mounted unleash unleashed "
    "commit committed perpetrate perpetrated wage waged".split()
)
# A figure or a place anywhere in the clause of a series makes its acts particular, even where the
# parser hangs it on the verb ("debating a spate of stabbings | in Croydon"). Not a day there, nor
# names of people or bodies: mostly the day, the speaker or the audience of the talk about them.
CLAUSE_SPECIFIC = frozenset({"GPE", "LOC", "FAC", "CARDINAL"})
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
    return series_of_acts(head) or judged_acts(head) or reacted_to(head)


def series_of_acts(head: Token) -> str:
    """Why ``head`` names acts gathered into a series or a practice ("" else): a noun with no
    article or number after "of" on a word of a series ("the wave of kidnappings", "the practice
    of kidnapping") or after "in" on a word of change ("a rise in kidnappings"), with no figure,
    day, place or named doer of its own and no figure or place in its clause, not told as done in
    the simple past and not the setting of another act ("killed in a wave of bombings")."""
    noun = _first_conjunct(head)
    if noun.dep_ != "pobj" or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return ""
    prep, frame = noun.head, noun.head.head
    lemma = frame.lemma_.lower()
    if not ((prep.lower_ == "of" and lemma in SERIES) or (prep.lower_ == "in" and lemma in CHANGE)):
        return ""
    if frame.pos_ != "NOUN" or _specific(frame) or _clause_specific(frame):
        return ""
    if frame.dep_ == "pobj" and frame.head.lower_ in SETTING_PREPS:
        return ""
    if _told_as_done(frame):
        return ""
    return f"'{frame.text} {prep.text} {head.text}': a series or a practice of acts, not one incident"


def _told_as_done(series: Token) -> bool:
    """The series is what happened: the subject of a simple past ("a string of blasts rocked the
    capital") or the object of a verb of carrying out in the simple past ("launched a wave of
    attacks"); not "has launched", "is sweeping", nor the topic of "discussed" or "spoke about"."""
    verb = series.head
    if series.dep_ in ("nsubj", "nsubjpass"):
        return not _ongoing(verb)
    if series.dep_ in ("dobj", "obj") and {verb.lemma_.lower(), verb.lower_} & CARRY_OUT:
        return not _ongoing(verb)
    return False


def _clause_specific(series: Token) -> bool:
    """A figure or a place in the clause of ``series``, outside its subject (who speaks of the
    acts is no detail of them) and outside a date ("spoke on 3 May about the wave of ...")."""
    verb = series
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != series.i for t in c.subtree}
    for t in verb.subtree:
        if t.i in subject or t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.ent_type_ in CLAUSE_SPECIFIC or (t.like_num and t.lower_ != "one"):
            return True
    return False


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


def _ongoing(verb: Token) -> bool:
    """The clause is not a simple past act: a present ("is sweeping", "continues"), a present
    perfect ("has hit"), a modal, or a form of "be" ("the wave was the worst in years")."""
    if verb.lemma_.lower() == "be":
        return True
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return not all(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass"))
    return verb.tag_ != "VBD"


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


def _first_conjunct(noun: Token) -> Token:
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun

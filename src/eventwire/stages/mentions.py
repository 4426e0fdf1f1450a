"""Words for violence that report no violent act: an attack made in words ("attacked the reform
plan in a speech", "launched harsh attacks on the government"), a crime named only as a charge
("charged with murder", "two counts of kidnapping") and acts named only in general ("the country
has been the target of terrorist attacks", "we constantly suffer their attacks"). Read by
stages/events.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.generic_acts import background_blast, quantified_kind, quoted_habit
from eventwire.stages.habitual import SPAN_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# What an attack in words is aimed at: a text, a measure, a body of opinion (not people or places).
SAID_TARGETS = frozenset(
    "policy policies programme program programmes programs plan plans law laws bill bills reform reforms "
    "speech speeches statement statements decision decisions proposal proposals budget budgets press "
    "idea ideas remark remarks comment comments report reports ruling verdict agenda strategy record "
    "constitution amendment treaty deal".split()
)
# What words are said in: "in a speech", "in the communique", "during an interview".
SAID_IN = frozenset(
    "speech speeches statement statements communique communiqué interview interviews article articles "
    "editorial editorials op-ed column letter address broadcast tweet tweets remarks sermon essay".split()
)
SAID_PREPS = frozenset({"in", "during", "through", "via"})
VERBAL_ADJECTIVES = frozenset({"harsh", "verbal", "scathing", "stinging", "blistering", "vitriolic", "withering"})
VERBAL_ADVERBS = frozenset({"verbally"})
LAUNCH = frozenset({"launch", "make", "level", "direct", "unleash", "renew", "deliver"})  # "launched harsh attacks"
# A crime named as what someone is charged with, tried for or convicted of.
CHARGE_NOUNS = frozenset({"charge", "count", "accusation", "allegation", "indictment", "conviction", "suspicion"})
CHARGE_VERBS = {
    "with": frozenset({"charge", "indict"}),
    "for": frozenset({"try", "convict", "sentence", "jail", "imprison", "indict", "prosecute", "arrest", "want"}),
    "of": frozenset({"accuse", "convict", "acquit", "suspect", "guilty", "innocent"}),
}
# Frames that name acts in general: "the target of attacks", "suffer from attacks", "the fight against".
TARGET_NOUNS = frozenset({"target", "victim", "victims", "object"})
ENDURE_VERBS = frozenset({"suffer", "experience", "endure", "face", "witness"})
GENERIC_HEADS = {
    "of": TARGET_NOUNS | frozenset({"wave", "spate", "scourge", "threat", "cycle", "culture"}),
    "to": frozenset({"sensitive", "vulnerable", "prone", "exposed", "immune"}),
    "against": frozenset({"fight", "struggle", "war", "campaign", "battle", "protection"}),
    "from": ENDURE_VERBS,
}
REPEATED = frozenset(
    {"continuously", "constantly", "continually", "repeatedly", "regularly", "often", "frequently", "always", "still"}
)
VAGUE_TIME = SPAN_WORDS | {"for", "many", "past", "recent", "the", "last", "long"}  # "for years", "the past decade"
DEFINITE = frozenset({"the", "their", "its", "his", "her", "our", "these", "those"})


def attack_in_words(head: Token) -> str:
    """Why the attack at ``head`` is made in words ("" when it may be made with force): aimed at a
    text or a measure ("attacked the reform plan"), said in a speech or a statement ("in a
    statement, the party launched attacks on the minister"), or called harsh or verbal ("harsh
    attacks on the government"). "Attacked a government convoy" is not."""
    verb = head.head
    words = [head, verb] if head.pos_ == "NOUN" and verb.lemma_.lower() in LAUNCH else [head]
    objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
    if head.pos_ == "NOUN":
        objects += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children]
    target = next((o for o in objects if o.lower_ in SAID_TARGETS and o.ent_type_ == ""), None)
    if target is not None:
        return f"'{head.text} ... {target.text}': an attack in words on a measure or a text"
    for node in words:
        means = [g for c in node.children if c.dep_ == "prep" and c.lower_ in SAID_PREPS for g in c.children]
        said = next((m for m in means if m.lower_ in SAID_IN), None)
        if said is not None:
            return f"'{head.text} ... in {said.text}': an attack made in words"
    manner = next((c for c in head.children if c.lower_ in VERBAL_ADJECTIVES | VERBAL_ADVERBS), None)
    if manner is not None:
        return f"'{manner.text} {head.text}': an attack made in words"
    return ""


def charged_crime(head: Token) -> str:
    """Why the crime at ``head`` is only what someone is charged with ("" when it is an act): a
    bare crime noun governed by a word of the courts ("charges of murder and robbery", "two counts
    of murder", "charged with kidnapping", "tried for murder", "accused of arson"). A crime told as
    an incident ("charged with the murder of a journalist in May") is kept."""
    noun = _first_conjunct(head)
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or _tied(noun):
        return ""
    prep = noun.head
    governor = prep.head
    lemma = governor.lemma_.lower()
    if (prep.lower_ == "of" and lemma in CHARGE_NOUNS) or lemma in CHARGE_VERBS.get(prep.lower_, frozenset()):
        return f"'{governor.text} {prep.text} {head.text}': a crime named as a charge, not an act"
    return ""


def generic_mention(head: Token) -> str:
    """Why the events at ``head`` are named only in general ("" when they may be incidents): a
    plural noun with no day, place, figure or victim of its own in a frame that names a kind of
    event ("has been the target of terrorist attacks", "the fight against kidnappings", "sensitive
    to attacks") or what people go on suffering ("have suffered for years from the attacks", "we
    constantly experience their attacks"). "The attacks on Monday", "attacks on two villages
    killed 9" and "the attacks in Kano" stay events."""
    noun = _first_conjunct(head)
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or _tied(noun) or _specific(noun.sent):
        return ""
    determiner = any(c.dep_ in ("det", "poss") for c in noun.children)
    frame = noun.head.head if noun.dep_ == "pobj" else noun.head
    if any(_placing(c, noun) for c in frame.children):
        return ""  # "a wave of attacks in the north"
    heads = GENERIC_HEADS.get(noun.head.lower_, frozenset()) if noun.dep_ == "pobj" else frozenset()
    if frame.lemma_.lower() in heads and (not determiner or _repeated(frame)):
        return f"'{frame.text} {noun.head.text} {noun.text}': events named in general, not one incident"
    if noun.dep_ in ("dobj", "obj") and frame.lemma_.lower() in ENDURE_VERBS and _repeated(frame):
        return f"'{frame.text} {noun.text}': events named in general, not one incident"
    return ""


def _placing(prep: Token, noun: Token) -> bool:
    """A phrase on the frame other than the one holding the noun or a stretch of years ("a wave
    of attacks in the north", not "suffered for years from attacks")."""
    if prep.dep_ != "prep" or noun in prep.subtree:
        return False
    return not all(t.lower_ in VAGUE_TIME | {"decades", "years"} for t in prep.subtree)


def _first_conjunct(noun: Token) -> Token:
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _tied(noun: Token) -> bool:
    """The noun names an incident of its own: an article or a number tying it to one ("the
    murder", "two attacks" are tied only by a number here), a clause, a place, a day or a victim."""
    if any(c.dep_ in ("prep", "relcl", "acl", "nummod", "appos") for c in noun.children):
        return True
    if any(c.dep_ == "det" and c.lower_ not in DEFINITE | {"a", "an"} for c in noun.children):
        return True
    return any(t.ent_type_ and t.ent_type_ not in ("NORP",) for t in noun.subtree)


def _specific(sent: Span) -> bool:
    """The sentence gives a figure or a day of its own ("killed 9", "on Monday")."""
    for t in sent:
        if t.like_num and t.lower_ not in ("one",):
            return True
        if t.ent_type_ in ("DATE", "TIME") and t.lower_ not in VAGUE_TIME:
            return True
    return False


def _repeated(frame: Token) -> bool:
    """The frame is told as lasting or coming again: "continuously experience", "have suffered for
    years", "still face"."""
    verb = frame if frame.pos_ in ("VERB", "AUX") else frame.head
    if verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children):
        return any(c.lower_ in REPEATED for c in verb.children)
    span = any(t.lower_ in SPAN_WORDS for c in verb.children if c.dep_ == "prep" for t in c.subtree)
    return span or any(c.lower_ in REPEATED for c in verb.children)


def named_only(head: Token) -> str:
    """Why the violent word at ``head`` names a charge or a kind of event, not an act ("" else)."""
    return (
        charged_crime(head)
        or generic_mention(head)
        or quantified_kind(head)
        or quoted_habit(head)
        or background_blast(head)
    )

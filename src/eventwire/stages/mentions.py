"""Words for violence that report no violent act: an attack made in words ("attacked the reform
plan in a speech", "launched harsh attacks on the government"), a crime named only as a charge
("charged with murder", "two counts of kidnapping") and acts named only in general ("the country
has been the target of terrorist attacks", "we constantly suffer their attacks"). Read by
stages/events.py."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from eventwire.stages.figurative import figurative_use, political_attack
from eventwire.stages.generic_acts import background_blast, quantified_kind, quoted_habit
from eventwire.stages.generic_kinds import (
    continuing_kind,
    generic_victims,
    held_state,
    means_kind,
    topic_kind,
)
from eventwire.stages.generic_refs import referred_acts
from eventwire.stages.habitual import SPAN_WORDS
from eventwire.stages.triggers import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# What an attack in words is aimed at: a text, a measure, a body of opinion (not people or places).
SAID_TARGETS = frozenset(
    "policy policies programme program programmes programs plan plans law laws bill bills reform reforms "
    "speech speeches statement statements decision decisions proposal proposals budget budgets "
    "idea ideas remark remarks comment comments report reports ruling verdict agenda strategy record "
    "constitution amendment treaty deal".split()
)
# What words are said in: "in a speech", "in the communique", "via a tweet". Not "during": an attack
# during a speech, a broadcast or a sermon is as often one on the speaker or the audience.
SAID_IN = frozenset(
    "speech speeches statement statements communique communiqué interview interviews article articles "
    "editorial editorials op-ed column letter tweet tweets remarks essay".split()
)
SAID_PREPS = frozenset({"in", "via"})
# What a physical attack is made with ("attacked the mayor with a knife"); the words of other uses
# ("the club", "stick to") only after "with" ("attacked reporters with sticks").
WEAPONS = frozenset(
    "knife knives machete machetes axe axes sword swords gun guns pistol pistols rifle rifles bomb bombs grenade "
    "grenades explosive explosives acid teargas bullet bullets firearm firearms".split()
)
BLUNT = frozenset(
    "stick sticks club clubs bat bats rock rocks stone stones hammer hammers rod rods baton batons".split()
)
TOPIC_PREPS = frozenset({"for", "over", "about", "on", "against", "after"})  # "attacked X over the killings"
CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp"})  # "attacked ..., killing 12", "attacked ... and beat"
# Words that make a number a count of casualties ("three people died", "left five dead").
CASUALTY_WORDS = frozenset(
    "die dead death deaths kill killed injure injured wound wounded hurt casualty casualties toll body bodies".split()
)
VERBAL_ADJECTIVES = frozenset({"harsh", "verbal", "scathing", "stinging", "blistering", "vitriolic", "withering"})
VERBAL_ADVERBS = frozenset({"verbally"})
LAUNCH = frozenset({"launch", "make", "level", "direct", "unleash", "renew", "deliver"})  # "launched harsh attacks"
CLAIM_VERBS = frozenset({"claim", "admit", "acknowledge"})  # "claimed the attack": the attack was real
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
    attacks on the government"). "Attacked a government convoy" is not, nor an attack someone
    claimed ("claimed both attacks in a statement": the claim is made in words, the attacks were not)."""
    if _claimed(head):
        return ""
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
        if said is not None and not _told_with_force(head):
            return f"'{head.text} ... in {said.text}': an attack made in words"
    manner = next((c for c in head.children if c.lower_ in VERBAL_ADJECTIVES | VERBAL_ADVERBS), None)
    if manner is not None and not _told_with_force(head):
        return f"'{manner.text} {head.text}': an attack made in words"
    in_words = political_attack(head)  # "the minister's attacks on the press" (stages/figurative.py)
    return in_words if in_words and not _told_with_force(head) else ""


def _claimed(noun: Token) -> bool:
    """The noun is what someone claimed, itself or responsibility for it ("claimed the attack",
    "claimed responsibility for the attacks")."""
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() == "responsibility":
        noun = noun.head.head
    return noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in CLAIM_VERBS


def _told_with_force(head: Token) -> bool:
    """The sentence tells the attack at ``head`` as one made with force: it names a weapon ("with
    a knife"), a count of casualties ("three people died") or a violent act of the same clause
    ("..., killing 12", "and beat three reporters"). What the attack is over or for ("attacked the
    government over the killing of 12 protesters") is its topic, and a count told of its object
    ("attacked the rebels who killed 9 soldiers") or in what someone says ("saying 3 people died")
    is no part of the attack."""
    topics = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for t in c.subtree}
    words = [t for t in head.sent if t.i not in topics]
    if any(t.lemma_.lower() in WEAPONS or t.lower_ in WEAPONS for t in words):
        return True
    if any(t.lower_ in BLUNT and t.dep_ == "pobj" and t.head.lower_ == "with" for t in words):
        return True
    told = {t.i for c in head.children if c.dep_ in ("dobj", "obj") for t in c.subtree}  # "the rebels who killed 9"
    words = [t for t in words if t.i not in told and not _reported(t, head)]
    if _casualty_count(words):
        return True
    return any(
        (other.head.i == head.i or head.head.i == other.i) and CLAUSE_DEPS & {other.dep_, head.dep_}
        for other in _violent_heads(head)
        if other.pos_ == "VERB" and other.lemma_.lower() != head.lemma_.lower()
    )


def _violent_heads(head: Token) -> list[Token]:
    """The heads of the other violent triggers in the sentence of ``head``."""
    lexicon = load_lexicon()
    found = [t for t in lexicon.find(head.sent) if lexicon.classes[t.entry.cls].violent]
    return [h for h in (t.head(head.doc) for t in found) if h.i != head.i]


def _other_violent_act(head: Token) -> bool:
    """Another word of the sentence reports a violent act ("charged with murder after three people
    were shot"), not one joined to ``head`` by "and" ("murder and arson")."""
    return any(h not in head.conjuncts for h in _violent_heads(head))


def _casualty_count(words: Iterable[Token]) -> bool:
    """The words give a count of the dead or hurt: a number beside a word of death or injury
    ("three people died", "left five dead", "the bodies of two women")."""
    words = list(words)
    counted = any(t.like_num and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL") for t in words)
    return counted and any(t.lemma_.lower() in CASUALTY_WORDS or t.lower_ in CASUALTY_WORDS for t in words)


def _reported(word: Token, head: Token) -> bool:
    """``word`` is in a clause of what someone says that does not hold ``head`` ("attacked the
    opposition, saying 3 people died in its protests")."""
    return any(a.dep_ == "ccomp" and head not in a.subtree for a in (word, *word.ancestors))


def charged_crime(head: Token) -> str:
    """Why the crime at ``head`` is only what someone is charged with ("" when it is an act): a
    bare crime noun governed by a word of the courts ("charges of murder and robbery", "two counts
    of murder", "charged with kidnapping", "tried for murder", "accused of arson"). A crime told as
    an incident ("charged with the murder of a journalist in May") is kept, and so is one whose
    sentence counts its dead or hurt ("arrested for murder after two women were found dead"): the
    crime is the act that left them."""
    noun = _first_conjunct(head)
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or _tied(noun):
        return ""
    prep = noun.head
    governor = prep.head
    lemma = governor.lemma_.lower()
    if not ((prep.lower_ == "of" and lemma in CHARGE_NOUNS) or lemma in CHARGE_VERBS.get(prep.lower_, frozenset())):
        return ""
    if _casualty_count(t for t in noun.sent if t.i != head.i) and not _other_violent_act(head):
        return ""  # "arrested for murder after two women were found dead"
    return f"'{governor.text} {prep.text} {head.text}': a crime named as a charge, not an act"


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
        or topic_kind(head)
        or generic_victims(head)
        or continuing_kind(head)
        or means_kind(head)
        or held_state(head)
        or referred_acts(head)
        or figurative_use(head)
    )

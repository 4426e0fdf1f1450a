"""Conditions on a trigger word that ``data/triggers.tsv`` rows name in their ``needs`` column and
that read the parse around the verb (its doer, its objects), and the rule that folds a device named
as a verb's means into that verb's event. Used by :mod:`eventwire.stages.triggers`."""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.datafiles import read_tsv
from eventwire.stages.armed_party import armed_party
from eventwire.stages.article_date import FULL_MONTHS
from eventwire.stages.blast_causes import strike_blast, struck_first
from eventwire.stages.figurative import measure_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords


def word_forms(token: Token) -> set[str]:
    """A word's lemma, its own form and a plain singular: the tagger's lemma is sometimes another
    word ("bases" -> "basis")."""
    word = token.lower_
    forms = {token.lemma_.lower(), word}
    if word.endswith("s") and len(word) > 3:
        forms.add(word[:-1])
    return forms


COMPLEMENT_DEPS = frozenset({"oprd", "advcl", "xcomp", "acomp"})


def complement_verb(token: Token) -> Token | None:
    """The verb whose object ``token`` describes, as the parser may hang an object complement ("took
    12 people hostage", "held two engineers captive"): the verb, when it has an object of its own
    before the word; else None."""
    if token.dep_ not in COMPLEMENT_DEPS or token.pos_ not in ("NOUN", "VERB", "ADJ"):
        return None
    verb = token.head
    if not any(c.dep_ in ("dobj", "obj") and c.i < token.i for c in verb.children):
        return None
    return verb


def instrument_of(noun: Token, verbs: Collection[int], cues: CueWords) -> bool:
    """A noun that is the means of a verb trigger (token ids in ``verbs``): "attacked the post with
    dynamite", "raided the village with grenades and rifles". One event, told by the verb with its
    doer and target; the device types it (stages/subtypes.py reads the explosive and grenade
    words) and is no second event. Other devices ("with mines") keep their own trigger."""
    if not word_forms(noun) & (cues["explosive"] | cues["grenade"]):
        return False
    while noun.dep_ == "conj" and noun.head.i < noun.i:  # "with rifles and grenades"
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    verb = noun.head.head
    return verb.pos_ == "VERB" and verb.i in verbs


# Places armed men hold; not a convoy, a patrol or a position, which are people moving or a line.
FIXED_POSTS = frozenset(
    "station stations post posts outpost outposts base bases barracks checkpoint checkpoints camp camps "
    "garrison garrisons headquarters".split()
)


def armed_post(_verb: Token, objects: list[Token], cues: CueWords) -> bool:
    """An object is a post named by the armed men who hold it: "the police station", "an army
    post", "a military station" (not a radio or petrol station: no place of force)."""
    for noun in objects:
        holders = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        if word_forms(noun) & FIXED_POSTS and any(word_forms(h) & cues["armed_doer"] for h in holders):
            return True
    return False


@lru_cache(maxsize=1)
def military_nouns() -> frozenset[str]:
    """Nouns naming a state's armed forces ("army", "coalition", "warplane"): the last word of
    the MIL rows of ``data/actor_nouns.tsv``."""
    return frozenset(r["noun"].split()[-1] for r in read_tsv("actor_nouns.tsv") if r["sector"] == "MIL")


def military_subject(verb: Token, _objects: list[Token], _cues: CueWords) -> bool:
    """The verb's doer is a state or its armed forces: a country's name ("Israel strikes Gaza") or
    a noun of the military ("the Saudi-led coalition strikes ...", "the air force struck ..."),
    not any doer ("workers strike", "the company struck a deal")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not doers and verb.dep_ == "conj" and verb.head.i != verb.i:
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(d.ent_type_ == "GPE" or word_forms(d) & military_nouns() for d in doers)


def bare_station(_verb: Token, objects: list[Token], _cues: CueWords) -> bool:
    """An object is a station no word names the kind of ("retook the station", "a station seized
    by a gang"; not "the radio station", "a petrol station"): with armed men in the sentence
    (``armed_doer``), the post they hold."""
    return any(
        noun.lemma_.lower() == "station"
        and not any(c.dep_ in ("compound", "amod", "nmod", "poss") for c in noun.children)
        for noun in objects
    )


def to_death(verb: Token, _objects: list[Token], cues: CueWords) -> bool:
    """The verb is done "to death" by someone ("burned a man to death", "was beaten to death by a
    mob"): a killing. Victims who "burned to death" themselves, or "were burned to death when a fire
    swept through" a house, died in a mishap: an agentless "burn", or any such verb in a sentence
    naming a fire, crash or other mishap, is no attack unless a doer is named ("by a mob")."""
    if not any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children
    ):
        return False
    deps = {c.dep_ for c in verb.children}
    if "agent" in deps:
        return True
    mishap = cues["cause"] | cues["mishap"]
    if "dobj" in deps or "obj" in deps:  # "burned a man to death", "hacked to death nine farmers"
        return not any(word_forms(c) & mishap for c in verb.children if c.dep_ == "nsubj")  # "the blaze burned ..."
    if any(word_forms(t) & mishap and t.head.lemma_ != "open" for t in verb.sent if t.i != verb.i):
        return False  # "opened fire" is no fire
    # agentless: "was hacked to death" is done by someone; "burned to death" may be a fire's work
    return verb.lemma_.lower() != "burn"


def festivity(_verb: Token, objects: list[Token], cues: CueWords) -> bool:
    """What is hosted or held is an entertainment or a contest, not a guest or talks: "the house
    hosted loud parties", "the city hosted a music festival" (a "delegation of the party" is no party)."""
    direct = [o for o in objects if o.dep_ in ("dobj", "obj", "nsubjpass", "conj") and o.pos_ == "NOUN"]
    return any(word_forms(o) & cues["festivity"] for o in direct)


def month(word: Token, _objects: list[Token], _cues: CueWords) -> bool:
    """The word is the month's name, not a walk ("began in March", "since March", "March 3",
    "March 2021", "last March"): capitalised inside a sentence and tagged as a date or set beside a
    preposition of time or a day or year number."""
    if word.text != "March" or (word.i == word.sent.start and word.ent_type_ != "DATE"):
        return False
    if word.ent_type_ == "DATE":
        return True
    before = word.nbor(-1).lower_ if word.i > word.sent.start else ""
    after = word.nbor(1) if word.i + 1 < word.sent.end else None
    return before in ("in", "since", "until", "till", "by", "from", "last", "early", "mid", "late", "through") or bool(
        after is not None and after.like_num
    )


def gun_battle(verb: Token, _objects: list[Token], cues: CueWords) -> bool:
    """The sentence names a fight between armed sides ("during a shoot-out between police and
    bandits", "caught in crossfire"), written as one word or with a hyphen."""
    sent = verb.sent
    words = {t.lemma_.lower() for t in sent}
    for t in sent:
        if t.text == "-" and sent.start < t.i < sent.end - 1:
            before, after = t.nbor(-1).lower_, t.nbor(1).lower_
            words |= {f"{before}-{after}", before + after}
    return bool(words & cues["gun_battle"])


def taken_from(verb: Token, _objects: list[Token], cues: CueWords) -> bool:
    """The verb of taking names only where something was taken from ("rifles they capture from the
    soldiers"): no object of its own, no passive subject, and no person it describes ("the
    soldiers they captured from the post" is taking them). The "from" noun is the loser, not what
    was taken; what was taken is the noun described or the gap the parse lost."""
    if any(c.dep_ in ("dobj", "obj", "nsubjpass", "dative") for c in verb.children):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return False
    if verb.dep_ in ("relcl", "acl"):
        taken = verb.head
        return taken.pos_ != "PROPN" and not word_forms(taken) & (cues["person"] | cues["person_role"])
    return True


def from_source(verb: Token, _objects: list[Token], cues: CueWords) -> bool:
    """The verb of taking has a thing or person of its own taken and a "from" phrase that only
    names where it was taken from ("captured two soldiers from their post", "seized three engineers
    from a construction site"): the place is the source, not ground taken. Not when what it takes
    is itself a place or a name ("captured the town from the rebels")."""
    if not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return False
    taken = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    taken += [j for t in taken for j in t.conjuncts]
    if not taken:
        return False
    for noun in taken:
        if named_person(noun, cues):
            continue
        if noun.pos_ == "PROPN" or noun.ent_type_ in ("GPE", "LOC", "FAC"):
            return False
        if word_forms(noun) & (cues["place"] | FIXED_POSTS):
            return False
    return True


FIRED_PREPS = frozenset({"on", "at", "upon", "into"})
FIRED_AT_SETS = ("struck", "person", "crowd_object", "civilian_victim", "fired_target")


def fired_at(verb: Token, _objects: list[Token], cues: CueWords) -> bool:
    """Shots fired at people, a crowd, a vehicle or a building ("the army fired on protesters",
    "gunmen fired several shots at a bus", "protesters were fired on by police"): the verb's "on",
    "at" or "into" phrase, or its passive subject, is a target of ``FIRED_AT_SETS``, and what is
    fired, if named, is shots or rounds, not tear gas, rubber bullets (stages/crowd_control.py) or
    rockets (the ``projectile`` row). Not "fired into the air", "fired 200 workers", nor words
    fired back at critics by someone who holds no arms ("the senator fired back at reporters")."""
    if verb.lemma_.lower() != "fire" or verb.pos_ != "VERB":
        return False
    aims = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in FIRED_PREPS]
    targets = [g for c in aims for g in c.children if g.dep_ == "pobj"]
    fired = _fired(verb)
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if any(c.dep_ == "prt" or not any(g.dep_ == "pobj" for g in c.children) for c in aims):
        targets += passive  # "were fired on by police"
    else:
        fired += passive  # "the rocket was fired at the base"
    if any(not _shots(f, cues) for f in fired):
        return False  # "fired tear gas at", "fired on the town with mortars": crowd control, shelling
    if any(c.dep_ == "nsubj" and word_forms(c) & (cues["shots"] | cues["fired_thing"]) for c in verb.children):
        return False  # "the rocket fired at the base exploded": what was fired, no one firing
    targets += [j for t in targets for j in t.conjuncts]
    if not any(t.ent_type_ == "PERSON" or any(word_forms(t) & cues[name] for name in FIRED_AT_SETS) for t in targets):
        return False
    back = any(c.lower_ == "back" for c in verb.children)
    return not back or any(word_forms(t) & cues["armed_doer"] for t in verb.sent)


def measure_object(verb: Token, _objects: list[Token], cues: CueWords) -> bool:
    """What the verb acts on is a text, a measure, a hope or a claim, and no armed men are named:
    a figure of speech ("the court shot down the appeal", "the mayor torched the council's plan").
    "Troops shot down a drone", "rebels torched the council building" and "militants torched the
    housing project" keep their event."""
    hit = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    hit += [j for h in hit for j in h.conjuncts]
    if not hit or not all(measure_noun(h) for h in hit):
        return False
    return not any(word_forms(t) & cues["armed_doer"] for t in verb.sent)


def _fired(verb: Token) -> list[Token]:
    """What the verb fires: its object, the noun its participle describes ("the rocket fired at
    the base") and what it fires "with" ("fired on the town with mortars")."""
    fired = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    fired += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        fired.append(verb.head)
    return fired


def _shots(fired: Token, cues: CueWords) -> bool:
    """Shots, rounds or bullets, and not rubber or tear-gas ones (stages/crowd_control.py)."""
    kinds = any(word_forms(k) & cues["crowd_means_kind"] for k in fired.children)
    return bool(word_forms(fired) & cues["shots"]) and not kinds


ObjectCondition = Callable[["Token", list["Token"], "CueWords"], bool]
OBJECT_CONDITIONS: dict[str, ObjectCondition] = {
    "armed_party": armed_party,
    "armed_post": armed_post,
    "bare_station": bare_station,
    "festivity": festivity,
    "fired_at": fired_at,
    "from_source": from_source,
    "gun_battle": gun_battle,
    "measure_object": measure_object,
    "military_subject": military_subject,
    "month": month,
    "strike_blast": strike_blast,
    "struck_first": struck_first,
    "taken_from": taken_from,
    "to_death": to_death,
}


def named_person(noun: Token, cues: CueWords) -> bool:
    """A name that the words beside it show to be a person's, whatever the tagger made of it: its
    appositive gives an age ("Jane Roe, 45,") or a person's role ("Jane Roe, the owner of a
    bakery", "Roe, a teacher"). News style introduces people so; places get no age."""
    if noun.pos_ != "PROPN":
        return False
    while noun.dep_ == "compound" and noun.head.pos_ == "PROPN" and noun.head.i > noun.i:  # "Jane" of "Jane Roe"
        noun = noun.head
    for c in noun.children:
        if c.dep_ != "appos":
            continue
        if c.like_num and c.i == noun.i + 2 and 0 < _age(c) < 120:  # "Jane Roe, 45,"
            return True
        if c.pos_ == "NOUN" and word_forms(c) & (cues["person"] | cues["person_role"]):
            return True
    return False


def _age(token: Token) -> float:
    try:
        return float(token.text)
    except ValueError:
        return 0.0


def proven_crime(governor: Token, act: Token) -> bool:
    """A verdict that names a dated crime ("convicted for the massacre of 40 villagers in June
    2018", "sentenced for the 2016 bombing of the market"): the court found it happened, on a day
    the text gives; the crime is an event, though the conviction is not."""
    if governor.lemma_.lower() not in ("convict", "sentence") or act.pos_ != "NOUN":
        return False
    if any(t.ent_type_ == "DATE" and t.i != act.i for t in act.subtree):
        return True
    # "convicted X for the massacre ... in May 2019": a month or a year after the crime's noun
    # dates the crime (the parse may hang it on the verb); a verdict is dated "on Tuesday"
    return any(t.ent_type_ == "DATE" and t.i > act.i and _calendar(t) for t in governor.subtree)


def _calendar(token: Token) -> bool:
    year = token.like_num and len(token.text) == 4 and token.text.startswith(("19", "20"))
    return year or token.lower_ in FULL_MONTHS


def named_building(token: Token, cues: CueWords) -> bool:
    """A proper name whose head word is a building, not ground held ("the Unity Secondary School",
    "the Grand Palace Hotel", "St Paul's Church"; not "Camp Bastion" or "the Ain Asad Base")."""
    while token.dep_ == "compound" and token.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head  # "Saint" of "the Saint Anne Church": the name's head word tells what it is
    return token.pos_ == "PROPN" and token.lower_ in cues["struck"] and token.lower_ not in cues["place"]

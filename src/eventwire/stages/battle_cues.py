"""Cues that make a fight of an attack or a capture of a place, read by :mod:`eventwire.stages.subtypes`.

ACLED calls it a battle when armed sides meet: assaults on a front line (a direction, an axis, a
sector of the front), a shootout between soldiers and gunmen, a raid by security forces that ends
in an exchange of fire. And it calls it territory, not an abduction, when what was seized is a
town the text names and the geocoder placed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.trigger_conditions import named_person

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.triggers import CueWords
    from eventwire.stages.when import Draft

TAKING_VERBS = frozenset({"seize", "capture", "grab", "snatch"})
FRONT_PREPS = frozenset({"along", "on", "in", "near", "at", "across", "toward", "towards"})
COMPASS = frozenset({"northern", "southern", "eastern", "western", "north", "south", "east", "west"})
PARAGRAPH_SENTENCES = 2  # a raid and the fight it led to: told in the next sentence or two


def place_taken(d: Draft, cues: CueWords) -> bool:
    """What was seized is the named place the event was geocoded to ("the rebels seized X in
    January", X a town the tagger took for a person's name): territory, not an abduction."""
    head = d.trigger.head(d.sent.doc)
    top = d.toponym
    if head.lemma_.lower() not in TAKING_VERBS or top is None or top.place is None or not top.literal:
        return False
    if top.precision > 2:  # a country or a province "taken" is not told by one place name
        return False
    return any(t.pos_ == "PROPN" and top.start <= t.idx < top.end and not named_person(t, cues) for t in _taken(head))


def _taken(verb: Token) -> list[Token]:
    """The verb's object and its conjuncts, with the words of their names ("seized X and Y", "seized
    Z City"), not the clauses hanging from them ("captured a commander who attacked X")."""
    out: list[Token] = []
    todo = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ in ("conj", "compound"))
    return out


def on_front_line(d: Draft, cues: CueWords) -> bool:
    """The attack was made along a front line, on a direction, axis or sector of it ("launched
    assaults along the X direction", "attacked near the front line", "stormed positions in the Y
    sector"): armed forces fighting armed forces."""
    head = d.trigger.head(d.sent.doc)
    nodes = [head]
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "obj", "nsubjpass"):
        nodes.append(head.head)  # "launched 47 assaults along ...": the phrase hangs on the verb
    for node in nodes:
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in FRONT_PREPS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and _front_word(obj, cues):
                    return True
    return False


def _front_word(noun: Token, cues: CueWords) -> bool:
    """A front ("the front", "the front line", "the line of contact") or a named stretch of it
    ("the X direction", "the southern axis"; not "the health sector")."""
    word = noun.lower_
    if word in ("line", "lines"):
        return any(c.lower_ in ("front", "contact") for c in noun.subtree)
    if not {noun.lemma_.lower(), word} & cues["front_line"]:
        return False
    if word.startswith("front"):
        # "in front of his house" is a spot, not a front line
        return not (word == "front" and any(c.lower_ == "of" for c in noun.children))
    return any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.lower_ in COMPASS) for c in noun.children)


def exchange_of_fire(d: Draft, cues: CueWords, following: int = 0) -> bool:
    """The sentence (and ``following`` sentences after it in the paragraph) tells of both sides
    firing: a shootout, a gunfight, an exchange of fire."""
    return any(_exchange_in(s, cues) for s in paragraph(d.sent, following))


def _exchange_in(sent: Span, cues: CueWords) -> bool:
    words = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if words & cues["exchange"]:
        return True
    return any(_exchanged(t) for t in sent)


def _exchanged(verb: Token) -> bool:
    """An exchange of fire, or fire returned ("prompting the officers to return fire"): one side
    answered the other's shots, so both fired."""
    lemma = verb.lemma_.lower()
    if lemma == "exchange":
        return any(c.lower_ in ("fire", "gunfire") for c in verb.subtree)
    fire = ("fire", "gunfire")
    return lemma == "return" and any(c.dep_ in ("dobj", "obj") and c.lower_ in fire for c in verb.children)


def paragraph(sent: Span, following: int) -> list[Span]:
    """The sentence and up to ``following`` sentences after it in its paragraph."""
    out = [sent]
    if following <= 0:
        return out
    for s in sent.doc.sents:
        if s.start < sent.end:
            continue
        if "\n" in sent.doc.text[out[-1].end_char : s.start_char] or len(out) > following:
            break
        out.append(s)
    return out


def state_raid(d: Draft, state_sectors: frozenset[str]) -> bool:
    """Security forces raided a place ("soldiers raided a house", "a police raid on a hideout"), or
    raids with no actor named were made on warrants: a search or an arrest, no looting."""
    s1 = d.actor1.sector if d.actor1 else None
    if d.trigger.head(d.sent.doc).lemma_.lower() != "raid":
        return False
    if s1 is None:  # "the raids were carried out on search warrants": only the authorities serve warrants
        return any(t.lemma_.lower() == "warrant" and t.pos_ == "NOUN" for t in d.sent)
    return s1 in state_sectors


def fire_opened_after(d: Draft, following: int = PARAGRAPH_SENTENCES) -> bool:
    """A sentence after the event's, in its paragraph, tells of shots fired ("The gunmen opened
    fire", "the suspects fired on the officers", "they returned fire"): a raid met with gunfire."""
    return any(_fire_opened(s) for s in paragraph(d.sent, following)[1:])


def _fire_opened(sent: Span) -> bool:
    """Shots fired by people named as already known ("the gunmen", "they"): those the raid met."""
    for t in sent:
        fire_noun = t.lemma_.lower() == "fire" and t.dep_ in ("dobj", "obj")
        if fire_noun and t.head.lemma_.lower() in ("open", "return") and _known_doer(t.head):
            return True
        aimed = any(c.dep_ == "prep" and c.lower_ in ("on", "at") for c in t.children)
        if t.lemma_.lower() == "fire" and t.pos_ == "VERB" and aimed and _known_doer(t):
            return True
    return False


def victims_fired(d: Draft) -> bool:
    """Those the act hit had fired themselves, told in a clause of their own: "shot dead two
    escapees who opened fire on a patrol", "killed three gunmen who fired at the checkpoint":
    both sides fired, an exchange (ACLED's armed clash), not a one-sided attack."""
    head = d.trigger.head(d.sent.doc)
    hit = [c for c in head.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(_fired(r) for t in hit for r in t.children if r.dep_ == "relcl")


def _fired(verb: Token) -> bool:
    """The clause's verb is a firing: "opened fire (on ...)", "fired at / on ...", "shot at ..."."""
    lemma = verb.lemma_.lower()
    if lemma in ("open", "return"):
        return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("fire", "gunfire") for c in verb.children)
    aimed = any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon") for c in verb.children)
    return lemma in ("fire", "shoot") and aimed


def _known_doer(verb: Token) -> bool:
    """The verb's subject is a pronoun or a definite noun ("they", "the suspects"), not someone new
    ("a man opened fire at a wedding")."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subj.children):
            return True
    return False


def raided_before(d: Draft, cues: CueWords) -> bool:
    """The sentence before the event's, in its paragraph, tells of a raid by police, troops or
    security forces ("Troops raided a hideout. The gunmen opened fire ..."): the shots are the
    raid's fight."""
    doc = d.sent.doc
    earlier = [s for s in doc.sents if s.end <= d.sent.start]
    if not earlier or "\n" in doc.text[earlier[-1].end_char : d.sent.start_char]:
        return False
    raiders = cues["crowd_police"] | cues["raiders"]
    for t in earlier[-1]:
        if t.lemma_.lower() != "raid":
            continue
        doers = [c for c in t.children if c.dep_ in ("nsubj", "compound", "amod", "poss")]
        if any(c.lemma_.lower() in raiders or c.lower_ in raiders for c in doers):
            return True
    return False

"""Words that tell an event without reporting one: an event only linked to ("a gun related to a
murder"), an event only reacted to ("condemned the
attack on a camp"), a period of events named as background ("after days of clashes"), an act
left open ("did not say whether it would attack") and a warning of what may happen ("analysts
warned the city could face strikes"). Read by stages/triggers.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords


VICTIM_PREPS = frozenset({"of", "on", "against"})  # "the killing of protesters", "the attack on soldiers"
PLACE_PREPS = frozenset({"at", "in", "near", "outside", "inside"})  # "the bombing at a mosque"
SAID_IN = frozenset("statement statements communique communiqué interview speech address letter tweet twitter".split())
PLACES = frozenset(
    "mosque church temple synagogue market school hospital camp village town city base checkpoint station "
    "hotel restaurant cafe university office embassy stadium bazaar shrine square street road border".split()
)


def _forms(token: Token) -> set[str]:
    """A word's lemma, its own form and a plain singular ("protesters" -> "protester")."""
    word = token.lower_
    return {token.lemma_.lower(), word, word[:-1] if word.endswith("s") else word}


def bare_reference(noun: Token, cues: CueWords) -> bool:
    """The event is only what something is said to be linked to, and is named by nothing but an
    indefinite article ("a gun said to be related to a murder", "in connection with a killing"):
    no victim, place, time or doer of its own to report. One with any of those ("linked to the
    murder of a journalist in Kano", "related to the protests") is kept."""
    prep = noun.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and prep.lower_ in ("to", "with")
        and bool({prep.head.lemma_.lower(), prep.head.lower_} & cues["reference"])
        and all(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and any(c.dep_ == "det" for c in noun.children)
    )


def background_period(noun: Token, cues: CueWords) -> bool:
    """The event noun only fills a stretch of time that another act comes after or against
    ("imposed a curfew after days of clashes", "passed the law despite weeks of protests"): a
    period told as background, not one event with a day of its own. Not when a clause tells what
    the events did ("after three days of clashes that killed 40 people")."""
    period = noun.head.head
    told = any(c.dep_ in ("relcl", "acl") for c in (*noun.children, *period.children))  # "... that killed 40"
    return (
        not told
        and noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and period.lemma_.lower() in cues["period"]
        and period.dep_ == "pobj"
        and period.head.lower_ in cues["background_preps"]
    )


def reacted_to(noun: Token, cues: CueWords) -> bool:
    """The event noun, with "the", is only what someone condemned or deplored ("the UN condemned
    the attack on a camp"): an event told elsewhere. One the sentence tells more of, its victims,
    a figure, a day, a place or a clause ("condemned the killing of 12 men", "the attack on
    soldiers", "the attack on Monday", "the bombing at a mosque in Kano on Friday", "the attack, which
    killed 12"), is kept."""
    verb = noun.head
    told = any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" for c in noun.children)
    victims = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in VICTIM_PREPS for g in c.children]
    told = told or any(bool(_forms(v) & (cues["person"] | cues["crowd_object"])) for v in victims)
    told = told or any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in noun.subtree)
    told = told or _placed_and_dated(noun)
    if concern_about(noun, cues):
        return not _specific(victims) and not _told_beyond_victims(noun)
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ in ("dobj", "obj")
        and verb.lemma_.lower() in cues["reacting"]
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)
        and not told
    )


def concern_about(noun: Token, cues: CueWords) -> bool:
    """The event noun, with "the", is what a concern or alarm is about ("expressed concern about the
    killing of social leaders", "voiced alarm over the abductions"): a worry about a kind of act,
    not a report of one."""
    prep = noun.head
    worry = prep.head  # "concern about", or the verb of "voiced alarm over" where the parser hangs it
    worries = [worry, *(c for c in worry.children if c.dep_ in ("dobj", "obj"))] if worry.pos_ == "VERB" else [worry]
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and prep.lower_ in ("about", "over", "at")
        and any(w.pos_ == "NOUN" and w.lemma_.lower() in cues["concern_nouns"] for w in worries)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    )


def _specific(victims: list[Token]) -> bool:
    """Victims named as certain people ("of the three men", "of a teacher", "of Juan Perez"), not a
    kind of people ("of social leaders", "of journalists")."""
    return any(
        v.pos_ == "PROPN" or v.tag_ == "NN" or any(c.dep_ in ("det", "nummod", "poss") for c in v.children)
        for v in victims
    )


def _told_beyond_victims(noun: Token) -> bool:
    """A clause, a figure, a day or a place told with the event ("the killing of leaders in Tame")."""
    clause = any(c.dep_ in ("relcl", "acl") and c.pos_ == "VERB" for c in noun.children)
    return clause or any(t.like_num or t.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") for t in noun.subtree)


def _placed_and_dated(noun: Token) -> bool:
    """The object is followed by where and when it happened ("condemned the bombing at a mosque in
    Kano on Friday"): told with a place and a day of its own. A phrase the parser hangs on the verb
    counts only in an unbroken run right after the object; one after a phrase of the reaction's own
    ("condemned the attack at the church in a statement on Monday") tells the reaction."""
    after = [c for c in noun.children if c.i > noun.i]
    end = noun.right_edge.i
    for phrase in sorted((c for c in noun.head.children if c.i > end), key=lambda c: c.i):
        if phrase.left_edge.i != end + 1 or _said_in(phrase):
            break
        after.append(phrase)
        end = phrase.right_edge.i
    placed = any(_placed(c) for c in after) or any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in noun.subtree)
    dated = any(t.ent_type_ in ("DATE", "TIME") for c in after for t in c.subtree)
    return placed and dated


def _said_in(prep: Token) -> bool:
    """A phrase naming what the reaction was said in or through ("in a statement", "on Twitter")."""
    return prep.dep_ == "prep" and any(g.lemma_.lower() in SAID_IN for g in prep.children if g.dep_ == "pobj")


def _placed(prep: Token) -> bool:
    """A phrase naming where ("at a mosque", "in Kano"), not what was said in ("in a statement");
    after the object of a reaction it tells where the act was, however the parser hangs it."""
    nouns = [g for g in prep.children if g.dep_ == "pobj"]
    return (
        prep.dep_ == "prep"
        and prep.lower_ in PLACE_PREPS
        and any(g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in PLACES for g in nouns)
    )


def open_question(verb: Token, saying: frozenset[str]) -> bool:
    """The act is only asked about or left unsaid: a clause under "whether" or "if", or what a
    negated verb of saying leaves open ("did not say whether it would attack", "has not said it
    intends to attack"): no promise and no threat."""
    node = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
            return True
        if node.i != verb.i and any(c.dep_ == "neg" for c in node.children) and node.lemma_.lower() in saying:
            return True
        if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
            return False
        node = node.head


def forecast(verb: Token, cues: CueWords) -> str:
    """A warning that something may happen, told of someone or something other than the one who
    warns ("analysts warned the city could face strikes", "fighting could resume, diplomats
    warned"): a prediction, not a threat. A threat names the warner's own act ("warned it could
    strike", "warned that any attack would be met with force"). Returns the modal, or ""."""
    warners = {c.lemma_.lower() for c in verb.children if c.dep_ == "nsubj"}
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        modal = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ in cues["possibility"]), None)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if modal and subject is not None and subject.pos_ != "PRON" and subject.lemma_.lower() not in warners:
            return modal.text
    return ""

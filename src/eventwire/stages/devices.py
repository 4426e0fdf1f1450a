"""Devices named in a sentence that are no attack: a bomb found, defused or blown up by experts
(weapons use disrupted), or a grenade listed among arms seized or carried (an item, not its use).
Used by :mod:`eventwire.stages.events` on bomb, grenade and rocket triggers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.trigger_conditions import word_forms as _forms
from eventwire.stages.triggers import (
    CUES,
    TRANSPARENT_VERBS,
    USE_VERBS,
    CueWords,
    Trigger,
    _objects,
    went_off_after,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def disrupted_device(trigger: Trigger, doc: Doc, cues: CueWords | None = None) -> bool:
    """Whether a device trigger reports weapons use disrupted, not an attack. True for:
    - a bomb, mine or shell that was found, seized or defused, or one of a hoard ("a cache of
      rockets"): the first verb above the device that is not a mere container or copula decides
      ("packages containing what appeared to be explosive devices were discovered"), unless that
      verb is joined to one saying the device went off ("the bomb was found and exploded": an
      explosion);
    - a device blown up or detonated that the sentence says was found or suspected ("police blew
      up a suspected bomb found near the market": a controlled detonation);
    - a device that the sentence, in the device's own clause, says was found or examined and
      never says went off (``_unexploded``)."""
    cues = cues or CUES
    head = trigger.head(doc)
    if head.pos_ in ("VERB", "AUX"):
        return _controlled_detonation(head, cues)
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    held = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if held is not None and _forms(held.head) & cues["store"] and not _traded(held.head, cues):
        return True  # "a stash of rockets", not "the gang stored crates of rockets"
    below = head
    for node in [head, *list(head.ancestors)[:6]]:
        found = [c for c in node.children if c.dep_ == "acl" and c.lemma_.lower() in cues["disrupt"]]
        if node.pos_ in ("NOUN", "PROPN") and found:  # "a stash of rockets found near the road"
            exploded = any(went_off_after(c, cues) for c in found)  # "a bomb found near the market exploded"
            return not exploded or _controlled_detonation(node.head, cues)
        holds = node.dep_ == "acl" and bool(_forms(node) & cues["container_filled"])  # "a truck loaded with"
        if node.i == head.i or node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() in TRANSPARENT_VERBS or holds:
            below = node
            continue
        acted = below.dep_ in ("nsubj", "csubj")  # "a car bomb destroyed the building"
        if not acted and node.lemma_.lower() in cues["disrupt"]:
            return not went_off_after(node, cues)
        break
    return _unexploded(trigger, doc, cues)


def _controlled_detonation(verb: Token, cues: CueWords) -> bool:
    """The verb blows up or detonates a device that the sentence says was found or suspected
    ("police blew up a suspected bomb found near the market", "detonated the unexploded shell"):
    a device made safe, not an explosion set off as an attack."""
    if verb.lemma_.lower() not in cues["detonating"] - {"go"}:
        return False
    for obj in _objects(verb):
        if not _forms(obj) & cues["unexploded"]:
            continue
        marks = [c for c in obj.children if c.dep_ in ("amod", "acl", "compound")]
        if any(_forms(m) & cues["controlled"] or m.lemma_.lower() in cues["disrupt"] for m in marks):
            return True
    return False


def _unexploded(trigger: Trigger, doc: Doc, cues: CueWords) -> bool:
    """A bomb or explosive device that its own clause says was found or examined and never says
    went off, was set or hurt anyone ("the packages were assessed to be improvised explosive
    devices", "experts examined the parcel and said it was an improvised explosive device"): a
    device intercepted, not an explosion. The clause is what hangs from the verbs above the device
    up to the first subordinate clause ("Police examined the wreckage after a bomb rocked the
    market": the bomb's clause is "a bomb rocked the market")."""
    head = trigger.head(doc)
    if trigger.entry.cls not in ("ied", "bombing") or head.lemma_.lower() not in cues["unexploded"]:
        return False
    clause = _own_clause(head)
    examined = any(t.lemma_.lower() in cues["examined"] or t.lower_ in cues["examined"] for t in clause)
    return examined and not any(t.lemma_.lower() in cues["went_off"] or t.lower_ in cues["went_off"] for t in clause)


def _own_clause(token: Token) -> list[Token]:
    """The words of the clause a token belongs to, with the clauses it is a complement or conjunct
    of ("said it was a bomb", "examined ... and said", "assessed to be bombs") and the phrases that
    describe its nouns ("one found on Monday"), without the finite adverbial or relative clauses
    that hang from them ("after a bomb rocked the market") unless the token is in one."""
    top = token
    while top.head.i != top.i and not _finite_subclause(top):
        top = top.head
    inner = {t.i for c in top.subtree if c.i != top.i and _finite_subclause(c) for t in c.subtree}
    own = {t.i for t in token.subtree}
    return [t for t in top.subtree if t.i not in inner or t.i in own]


def _finite_subclause(node: Token) -> bool:
    """An adverbial or relative clause with its own subject or a conjunction ("after a bomb rocked
    the market", "that killed two"), not an infinitive or a participle ("to be bombs", "killing two")."""
    return node.dep_ in ("advcl", "relcl") and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children)


def arms_inventory(trigger: Trigger, doc: Doc, cues: CueWords | None = None) -> str:
    """Why a bomb, grenade or rocket named here is an item of arms, not its use ("" when it is
    not): listed with rifles and ammunition ("seized rifles, ammunition and 36 grenades"), or
    supplied, carried or smuggled ("the plane was carrying 21 grenades"), or what was attacked
    ("guerrillas attacked two mines": the pits, a target, not the device)."""
    cues = cues or CUES
    head = trigger.head(doc)
    if _recovered_list(trigger, doc, cues):
        return "in a list of arms recovered"
    if head.pos_ not in ("NOUN", "PROPN"):
        return ""
    top = head
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    top = _holder(top, cues)
    verb = next((a for a in top.ancestors if a.pos_ == "VERB" and a.lemma_.lower() not in TRANSPARENT_VERBS), None)
    used = verb is not None and verb.lemma_.lower() in USE_VERBS
    listed = [t for t in top.subtree if t.dep_ in ("conj", "appos") or t.i == top.i]
    if not used and any(t.i != head.i and _forms(t) & cues["arms"] for t in listed):
        return "listed with other arms"
    act = head.lower_.endswith(("ing", "ings"))  # "a bombing", not "bombs": an act is done, a device carried
    performed = act and verb is not None and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    if verb is not None and not performed and _traded(top, cues):  # "carried out a bombing": no goods
        return f"{verb.text} as goods"
    bearer = top.head.head if top.dep_ == "pobj" and top.head.lower_ == "with" else None
    if bearer is not None and _holds(bearer, cues):  # "two men with grenades", "arrested with a grenade"
        return f"held by {bearer.text}"
    if top.dep_ in ("dobj", "nsubjpass") and top.head.lower_ in cues["generic_attack"]:
        return f"{top.head.text} as its target"
    return ""


def _holder(top: Token, cues: CueWords) -> Token:
    """What the devices are packed in, when the sentence names it ("backpacks full of grenades",
    "a truck loaded with dynamite", "two boxes of grenades"): the thing carried, found or sold,
    whose verb tells what became of the devices; else the devices themselves. Only a container
    holds them: "a barrage of rockets" or "an attack with grenades" names no goods."""
    while top.dep_ == "pobj" and top.head.lower_ in ("of", "with"):
        holder = top.head.head
        if _forms(holder) & (cues["container"] | cues["store"]) and holder.pos_ in ("NOUN", "PROPN"):
            top = holder  # "two boxes of grenades"
        elif _forms(holder) & cues["container_filled"] and holder.dep_ in ("amod", "acl"):
            top = holder.head  # "backpacks full of grenades", "a car packed with explosives"
        else:
            break
        while top.dep_ in ("conj", "appos") and top.head.i != top.i:
            top = top.head
    return top


def _traded(noun: Token, cues: CueWords) -> bool:
    """The noun is what a verb of trade or making acts on ("smuggled 30 grenades", "rifles were
    sold", "the plant produces mortars"): goods, whoever holds them."""
    verb = noun.head
    goods = cues["traffic"] | cues["manufacture"]
    return noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in goods


def _holds(bearer: Token, cues: CueWords) -> bool:
    """The word a "with" phrase of devices hangs from says people had them, not used them: a verb
    of catching ("arrested with a grenade"), or a person whose verb only says where they were or
    what became of them ("two men with grenades entered the bank", "a man with a grenade was
    arrested"). Any other deed, or one joined to it or following from it, is the use ("a man with
    a grenade injured five", "stormed a bar and threw it at customers")."""
    if bearer.pos_ in ("PRON", "PROPN", "NOUN"):
        if bearer.pos_ == "NOUN" and not _forms(bearer) & cues["person"]:
            return False
        did = next((a for a in bearer.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return did is None or _only_held(did, cues, cues["stopped_with"])  # "searched a man with a grenade"
    searched = any(c.dep_ in ("dobj", "nsubjpass") and _forms(c) & cues["person"] for c in bearer.children)
    return bearer.pos_ == "VERB" and _only_held(bearer, cues, cues["stopped_with"] if searched else frozenset())


def _only_held(verb: Token, cues: CueWords, also: frozenset[str] | set[str] = frozenset()) -> bool:
    """The verb and the deeds joined to it ("stormed a bar and threw it") or following from it
    ("entered the bar, injuring five") are all catching, being or moving verbs."""
    held = cues["caught_with"] | cues["held_with"] | also
    joined = [verb, *(c for c in verb.conjuncts if c.pos_ == "VERB")]
    results = [
        c
        for v in joined
        for c in v.children
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and not _finite_subclause(c)
    ]
    return all(d.lemma_.lower() in held for d in joined + results)


def _recovered_list(trigger: Trigger, doc: Doc, cues: CueWords) -> bool:
    """The device is one item of a list of arms that the sentence says were found or seized, and
    nothing in the sentence says anything went off, was used or hurt anyone ("Recovered from the
    house were two rifles, a rocket launcher, blasting caps and ammonium nitrate"). Word-based, as
    long lists of arms often defeat the parse ("rocket-propelled", "blasting caps" read as verbs).
    Two other arms words make the list; a verb of finding or seizing makes it a haul."""
    span = trigger.span(doc)
    own = {t.i for t in span}
    sent = span.sent
    others = [t for t in sent if t.i not in own]
    if not any(t.pos_ == "VERB" and t.lemma_.lower() in cues["disrupt"] for t in others):
        return False
    if sum(1 for t in others if _forms(t) & cues["arms"]) < 2:
        return False
    used = cues["went_off"] - cues["disrupt"] | USE_VERBS
    return not any(_forms(t) & used and not _noun_modifier(t) for t in others)


def _noun_modifier(token: Token) -> bool:
    """A word in -ing right before a noun names a kind of thing ("blasting caps", "firing pins"),
    not an act."""
    after = token.nbor(1) if token.i + 1 < token.sent.end else None
    return token.lower_.endswith("ing") and after is not None and after.pos_ in ("NOUN", "PROPN")

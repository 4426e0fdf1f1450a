"""Event triggers: the words that report an event, and whether the report is of a real event.

The lexicon lives in ``data/triggers.tsv`` and ``data/event_classes.tsv``. A trigger found in a
sentence is kept only when it reports something that happened: not negated ("did not strike",
"no air strikes"), not hypothetical or conditional ("would be an act of aggression", "if ...",
"whether to carry out air strikes"), not planned or intended ("is poised to send", "plans to
bomb"), not an allegation ("accused the regime of using chemical weapons"), not merely attempted
when the act is one an attempt does not achieve ("tried to seize the town", "an attempt to kidnap
him was foiled"), and not an unnamed event something is linked to ("a gun related to a murder").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.datafiles import read_tsv
from eventwire.errors import ConfigError
from eventwire.stages.addressed import addressed
from eventwire.stages.allegations import alleged, alleged_toll
from eventwire.stages.confirmed_modal import confirmed_by
from eventwire.stages.consequences import folded
from eventwire.stages.crowd_control import crowd_control
from eventwire.stages.doers import VERB_CONDITIONS
from eventwire.stages.freed_victims import freed_victims
from eventwire.stages.habitual import habitual
from eventwire.stages.irrealis_plans import feared_toll, unrealised_plan
from eventwire.stages.nlp import lemma
from eventwire.stages.period_tolls import number_value as _number
from eventwire.stages.period_tolls import period_toll
from eventwire.stages.reactions import background_period, bare_reference, forecast, open_question, reacted_to
from eventwire.stages.time_anchors import disposition, time_anchor
from eventwire.stages.totals import running_total as running_total  # one rule for totals: stages/totals.py
from eventwire.stages.trigger_conditions import (
    OBJECT_CONDITIONS,
    complement_verb,
    named_building,
    named_person,
    proven_crime,
)
from eventwire.stages.trigger_conditions import word_forms as _forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CUE_SCOPES = frozenset({"sentence", "object", "token"})
NAMED_PLACES = frozenset({"place", "struck"})  # object sets a named place belongs to
EVENT_HEADS = frozenset(
    {"attack", "strike", "bombing", "explosion", "blast", "raid", "campaign", "operation", "effort"}
)
OBJECT_PREPS = frozenset({"of", "over", "to", "on", "from"})  # "control over X", "agreed to a truce"
CAUSE_PREPS = frozenset({"in", "by", "from", "after", "during"})
REALIS_MARKS = frozenset({"after", "when", "as", "since", "because", "while", "once"})
REALIS_PREPS = frozenset({"after", "following", "since", "despite"})
TALLY = 5  # "700 assassinations so far this year", "22 attacks": a count of events, not an event
USE_VERBS = frozenset({"use", "fire", "launch", "throw", "hurl", "attack", "employ", "detonate"})
TRANSPARENT_VERBS = frozenset("be appear seem look contain include pack hold believe suspect".split())
LAUNCH_VERBS = frozenset({"launch", "carry", "conduct", "mount", "stage"})
TALLIED = frozenset(
    {"assassination", "murder", "killing", "kidnapping", "abduction", "massacre", "attack", "bombing", "disappearance"}
)
ATTEMPTS = frozenset({"attempt", "bid", "try"})  # "an attempt to assassinate X was foiled": it happened
PARTICLES = frozenset({"out", "back", "off", "up", "down", "over", "away"})
RESULTATIVE = frozenset({"ablaze"})  # "set the cars ablaze": the parser may hang it on the verb or the object
# acts that an attempt does not achieve: "tried to seize the town", "attempted to kidnap him",
# "were trying to broker a ceasefire"
UNFINISHED = frozenset({"territory", "regain", "transfer", "abduction", "arrest", "weapons_seized", "agreement"})


class CueWords:
    """The word sets of ``data/cue_words.tsv``, by name."""

    def __init__(self, data_dirs: Sequence[str] = ()) -> None:
        self.sets: dict[str, frozenset[str]] = {}
        self.scopes: dict[str, str] = {}
        for row in read_tsv("cue_words.tsv", data_dirs):
            if row["scope"] not in CUE_SCOPES:
                raise ConfigError(f"cue_words.tsv: unknown scope {row['scope']!r} for {row['name']!r}")
            self.sets[row["name"]] = self.sets.get(row["name"], frozenset()) | frozenset(row["words"].split())
            self.scopes[row["name"]] = row["scope"]

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.sets.get(name, frozenset())


@lru_cache(maxsize=4)
def load_cues(data_dirs: tuple[str, ...] = ()) -> CueWords:
    return CueWords(data_dirs)


CUES = load_cues()


@dataclass(frozen=True)
class EventClass:
    key: str
    event_type: str | None
    sub_event_type: str | None
    plover: str
    cameo: str
    kind: str

    @property
    def violent(self) -> bool:
        return self.kind == "violent"


@dataclass(frozen=True)
class TriggerEntry:
    words: tuple[str, ...]
    cls: str
    pos: str
    strong: bool
    needs: str


CROWD = TriggerEntry(("crowd-control",), "protest_intervention", "V", False, "")  # stages/crowd_control.py


@dataclass(frozen=True)
class Trigger:
    """A trigger found in a parsed document: tokens [start, end) of ``doc``."""

    start: int
    end: int
    entry: TriggerEntry

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]

    def head(self, doc: Doc) -> Token:
        """The syntactic head: the verb of a verbal phrase ("set fire"), else the last word."""
        if self.entry.pos == "V" and self.end - self.start > 1:
            for token in doc[self.start : self.end]:
                if token.pos_ in ("VERB", "AUX"):
                    return token
        return doc[self.end - 1]


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A trigger phrase as the tokens spaCy makes of it: "shoot-out" is "shoot", "-", "out"."""
    return tuple(w for word in phrase.split() for w in re.split(r"(?<=\w)(-)(?=\w)", word) if w)


class Lexicon:
    """Trigger phrases indexed by their last lemma, and the event classes."""

    def __init__(self, data_dirs: Sequence[str] = ()) -> None:
        self.classes = {
            r["class"]: EventClass(
                r["class"],
                r["event_type"] or None,
                r["sub_event_type"] or None,
                r["plover"],
                r["cameo"],
                r["kind"],
            )
            for r in read_tsv("event_classes.tsv", data_dirs)
        }
        self.cues = load_cues(tuple(data_dirs))
        self.by_last: dict[str, list[TriggerEntry]] = {}
        for r in read_tsv("triggers.tsv", data_dirs):
            if r["class"] not in self.classes:
                raise ConfigError(f"triggers.tsv: unknown class {r['class']!r} for {r['phrase']!r}")
            strong = r["strength"] != "weak"
            entry = TriggerEntry(phrase_words(r["phrase"]), r["class"], r["pos"] or "*", strong, r["needs"])
            self.by_last.setdefault(entry.words[-1], []).append(entry)
        for entries in self.by_last.values():  # longest phrase first, then those with a condition
            entries.sort(key=lambda e: (len(e.words), bool(e.needs)), reverse=True)

    def find(self, sent: Span) -> list[Trigger]:
        """Triggers in one sentence, longest phrase first where they overlap."""
        doc = sent.doc
        lemmas = {t.i: lemma(t) for t in sent}
        words = {t.lemma_.lower() for t in sent}
        found: list[Trigger] = []
        for token in sent:
            entries = self.by_last.get(lemmas[token.i]) or self.by_last.get(token.lower_) or []
            for entry in entries:
                start = token.i - len(entry.words) + 1
                if start < sent.start or any(
                    w not in (lemmas[start + k], doc[start + k].lower_) for k, w in enumerate(entry.words[:-1])
                ):
                    linked = _linked_start(entry, token, sent)
                    if linked is None:
                        continue
                    start = linked
                if _modifier_only(entry, token) or _weak_participle(entry, doc[start]):
                    continue
                if _pos_ok(entry, _phrase_head(entry, doc, start, token.i)) and _needs_ok(
                    entry.needs, doc[start : token.i + 1], words, self.cues
                ):
                    found.append(Trigger(start, token.i + 1, entry))
        found = folded(found, doc, self.cues)  # a device named as a verb's means, a fire a strike set
        return _drop_overlaps(found) or [Trigger(v.i, v.i + 1, CROWD) for v in crowd_control(sent, self.cues)]


def _linked_start(entry: TriggerEntry, token: Token, sent: Span) -> int | None:
    """Where a two-word verb phrase starts when its words are apart but linked in the parse: the
    noun is the verb's object or one of its conjuncts ("imposed tough sanctions", "threw bottles
    and stones"), the object of its "on" ("set the houses on fire"), the particle is the verb's
    ("pushed the rebels out") or the result it brings about ("set a man ablaze"). None when not."""
    if entry.pos != "V" or len(entry.words) != 2:
        return None
    if (verb_of := complement_verb(token)) is not None:  # "took 12 people hostage"
        return int(verb_of.i) if sent.start <= verb_of.i < token.i and lemma(verb_of) == entry.words[0] else None
    obj = token
    while obj.dep_ == "conj" and obj.head.i < obj.i:  # "threw bottles and stones": the object's conjunct
        obj = obj.head
    if obj.dep_ == "pobj" and obj.head.lower_ == "on" and obj.head.dep_ == "prep":  # "set the houses on fire"
        obj = obj.head
        obj_ok = True
    else:
        obj_ok = obj.dep_ in ("dobj", "obj")
    resultative = token.lower_ in RESULTATIVE and token.dep_ in ("advmod", "oprd", "acomp", "amod")
    verb = obj.head.head if resultative and token.dep_ == "amod" else obj.head
    particle = token.dep_ == "prt" or (token.dep_ in ("advmod", "prep") and token.lower_ in PARTICLES) or resultative
    linked = (obj_ok and token.pos_ in ("NOUN", "PROPN")) or particle
    if not linked or verb.i >= token.i or verb.i < sent.start or lemma(verb) != entry.words[0]:
        return None
    return int(verb.i)


def _weak_participle(entry: TriggerEntry, token: Token) -> bool:
    """A weak verb used as a noun's modifier names a state, not an act: "Turkish-backed fighters",
    "the banned party", "a camp hosting troops"."""
    return not entry.strong and token.dep_ in ("amod", "acl") and token.tag_ in ("VBN", "VBG")


def _modifier_only(entry: TriggerEntry, token: Token) -> bool:
    """A noun naming a kind of thing, not an event: "riot police", "bomb squad", "protest leader"."""
    return (
        entry.pos != "V"
        and token.dep_ == "compound"
        and token.head.pos_ in ("NOUN", "PROPN")
        and (token.head.lemma_.lower() not in EVENT_HEADS)
    )


def _phrase_head(entry: TriggerEntry, doc: Doc, start: int, last: int) -> Token:
    """The word whose part of speech decides: the verb of a verbal phrase ("fell to"), else the last."""
    if entry.pos == "V" and last > start:
        return next((t for t in doc[start : last + 1] if t.pos_ in ("VERB", "AUX")), doc[last])
    return doc[last]


def _pos_ok(entry: TriggerEntry, token: Token) -> bool:
    if entry.pos == "N":
        return token.pos_ in ("NOUN", "PROPN") or (
            token.pos_ == "VERB" and token.tag_ == "VBG" and token.dep_ != "ROOT"
        )
    if entry.pos == "V":
        return token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and len(entry.words) > 1)
    if entry.pos == "M":  # a modal auxiliary: "(said that X) must withdraw"
        return token.tag_ == "MD" and token.dep_ == "aux"
    return token.pos_ in ("NOUN", "PROPN", "VERB") or token.is_upper


def _needs_ok(needs: str, span: Span, words: set[str], cues: CueWords) -> bool:
    """Every condition of a trigger row's ``needs`` (space-separated) holds."""
    return all(_need_ok(need, span, words, cues) for need in needs.split())


def _need_ok(needs: str, span: Span, words: set[str], cues: CueWords) -> bool:
    name = needs.lstrip("!")
    verb = next((t for t in span if t.pos_ in ("VERB", "AUX")), span[-1])
    if name == "seized":  # "found an arms cache", "an arms cache was seized", "a cache discovered in a cave"
        return _seized(span[-1], cues) != needs.startswith("!")
    if name == "exploded":  # "the bomb was found and exploded"
        return went_off_after(verb, cues) != needs.startswith("!")
    if name == "obj":  # the verb has an object at all ("pushed back the rebels", not "rebels pushed back")
        return bool(_objects(verb)) != needs.startswith("!")
    if name == "said":  # the clause is what someone said ("declared that China must drop barriers")
        return _said(span[-1].head) != needs.startswith("!")
    if name in OBJECT_CONDITIONS:  # "seized the police station", "Israel strikes Gaza"
        return OBJECT_CONDITIONS[name](verb, _objects(verb), cues) != needs.startswith("!")
    if name in VERB_CONDITIONS:  # "protesters stormed the parliament", "gathered for a ceremony"
        test, words_of = VERB_CONDITIONS[name]
        return test(verb, cues[words_of]) != needs.startswith("!")
    if name not in cues.scopes:
        raise ConfigError(f"triggers.tsv: unknown condition {needs!r}")
    if cues.scopes[name] == "sentence":
        found = bool(words & cues[name])
    else:
        found = any(_in_set(t, name, cues) for t in _objects(verb))
    return found != needs.startswith("!")


def _seized(noun: Token, cues: CueWords) -> bool:
    """The noun is what a verb of finding or seizing acts on: its object or passive subject ("troops
    found an arms cache", "a cache was seized") or the noun a participle of it describes, itself
    or a word hanging from it ("a cache discovered in a cave", "a stash of shells belonging to the
    rebels found near the road")."""
    top = noun
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    if top.dep_ in ("dobj", "obj", "nsubjpass") and top.head.lemma_.lower() in cues["disrupt"]:
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in cues["disrupt"] for c in top.subtree)


def _in_set(token: Token, name: str, cues: CueWords) -> bool:
    if name in ("place", "person") and named_person(token, cues):  # "seized John Doe, 40," whatever its tag
        return name == "person"
    if name == "place" and named_building(token, cues):  # "stormed the St Mary's School": a building, no ground
        return False
    if name in NAMED_PLACES and token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if name in NAMED_PLACES and token.pos_ == "PROPN" and not token.ent_type_ and token.dep_ in ("dobj", "pobj"):
        return True  # a name the tagger did not tag, as the object ("recaptured Palmyra")
    if name in ("person", "struck") and token.ent_type_ == "PERSON":
        return True
    return bool(_forms(token) & cues[name])


def _objects(token: Token) -> list[Token]:
    """The heads of a verb's objects, with their conjuncts, compounds and "of" phrases ("the town
    of X", "a cache of weapons", "control over X"), not whole subtrees."""
    heads = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass", "attr")]
    heads += [g for c in token.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for g in c.children]
    # "discovered ammunition believed to belong to X": the parser may make the object the subject
    # of the participle after it
    participles = [c for c in token.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD")]
    heads += [g for c in participles for g in c.children if g.dep_ == "nsubj"]
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "a stash of rockets found near the road"
        heads.append(token.head)
    # "pulled out of the city", "moved away from the border"
    away = [c for c in token.children if c.lower_ in ("out", "away", "back") and c.dep_ in ("prep", "prt", "advmod")]
    heads += [g for c in away for p in c.children if p.lower_ in ("of", "from") for g in p.children if g.dep_ == "pobj"]
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(c for c in head.children if c.dep_ in ("conj", "compound"))
        if head.pos_ == "PROPN":  # a name and what it is: "the Nusra Front, ... attack"
            out.extend(c for c in head.children if c.dep_ == "appos")
        out.extend(g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
    return out


def _drop_overlaps(found: list[Trigger]) -> list[Trigger]:
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    kept: list[Trigger] = []
    for trig in found:
        if any(k.start <= trig.start < k.end or trig.start <= k.start < trig.end for k in kept):
            continue
        kept.append(trig)
    return kept


def irrealis_reason(trigger: Trigger, doc: Doc, cues: CueWords | None = None, lexicon: Lexicon | None = None) -> str:
    """Why this trigger does not report a real event ("" when it does). ``lexicon`` (the default
    one when None) tells which verbs carry out an attempted act (``_done_after_all``)."""
    cues = cues or CUES
    head = trigger.head(doc)
    tried = trigger.entry.cls in UNFINISHED and only_tried(head, cues)
    if tried and not _done_after_all(head, trigger.entry.cls, lexicon or load_lexicon()):
        return f"only attempted ('{head.head.text}')"
    if bare_reference(head, cues):
        return f"'{head.head.head.text} {head.head.text} {head.text}': an unnamed event referred to, not a report"
    if background_period(head, cues):
        return f"'{head.head.head.text} of {head.text}': a period of events named as background"
    if reacted_to(head, cues):
        return f"'{head.head.text} the {head.text}': an event told elsewhere, reacted to"
    if pattern := habitual(head, cues) or addressed(head, cues) or freed_victims(head, trigger.entry.cls, cues):
        return pattern
    if pattern := time_anchor(head, lexicon or load_lexicon()) or disposition(head):  # stages/time_anchors.py
        return pattern
    if pattern := period_toll(head) or unrealised_plan(head, cues):  # stages/period_tolls.py, irrealis_plans.py
        return pattern
    for child in head.children:
        if child.dep_ == "det" and child.lower_ in ("no", "any"):
            return f"determiner '{child.text}'"
        if child.dep_ == "nummod" and _tally(head) and _number(child) > TALLY:
            return f"a tally of '{child.text}' events, not one event"
        if child.dep_ == "amod" and child.lower_ in cues["modifier"]:
            return f"modifier '{child.text}'"
        if child.dep_ in ("amod", "compound") and child.lower_ in cues["not_force"]:
            return f"'{child.text} {head.text}': no act of force"
    node: Token | None = head
    via: Token | None = None
    while node is not None:
        reason = _irrealis_at(node, trigger, cues, via)
        if reason:
            return reason
        if node.head.i == node.i or node.dep_ == "ROOT" or _realis_clause(node):
            break
        node, via = node.head, node
    return ""


def _ranked(noun: Token, cues: CueWords) -> bool:
    """The noun is ranked by an ordinal or a superlative ("the first unit", "the third city", "the
    latest town", "the most recent victim", "the only village"): an infinitive after it tells what
    was done ("the third city to be bombed"), not what is to be done ("a plan to bomb")."""
    for c in noun.children:
        if c.dep_ not in ("amod", "nummod", "det", "advmod", "nmod"):
            continue
        if c.ent_type_ == "ORDINAL" or c.tag_ in ("JJS", "RBS") or c.lower_ in cues["ranked"]:
            return True
        if any(g.lower_ == "most" for g in c.children):  # "the most recent"
            return True
    return False


def only_tried(verb: Token, cues: CueWords) -> bool:
    """The act is what someone tried, attempted or failed to do ("tried to kidnap the teacher",
    "failed to capture the town") or what an attempt was made at ("an attempt by rebels to seize
    the town was repelled"): begun, not done. Only acts that an attempt does not achieve are asked
    about (``UNFINISHED``): "an attempt to assassinate him" still reports an attack."""
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head.lemma_.lower() in cues["attempted"]
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in cues["attempt_nouns"]


def _done_after_all(verb: Token, cls: str, lexicon: Lexicon) -> bool:
    """The sentence goes on to say the act was done, by a verb of the same class hanging from the
    attempt or the act ("tried to arrest protesters, detaining 20"): the attempt is kept, and names who the
    act was done to."""
    by_last = lexicon.by_last
    return any(
        c.dep_ in ("advcl", "conj") and c.pos_ == "VERB" and any(e.cls == cls for e in by_last.get(lemma(c), ()))
        for c in [*verb.head.children, *verb.children]
    )


def _tally(noun: Token) -> bool:
    """A plural event noun counted on its own ("700 assassinations this year"), not a device or a
    person ("100 grenades were hurled", "8 suicide bombers") nor strikes someone launched or
    carried out ("22 attacks mounted on army positions", "73 airstrikes launched by jets")."""
    described = any(c.dep_ in ("acl", "relcl") for c in noun.children)
    launched = noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in LAUNCH_VERBS
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in TALLIED and not described and not launched


def verbal_attack(trigger: Trigger, doc: Doc, cues: CueWords | None = None) -> bool:
    """An attack in words, not with force: "harshly attacked the president", "attacked the plan"."""
    cues = cues or CUES
    head = trigger.head(doc)
    if head.pos_ != "VERB":
        return False
    manner = any(c.dep_ == "advmod" and c.lower_ in cues["verbal"] for c in head.children)
    said = any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in cues["verbal"] for c in head.children)
    return manner or said


def _realis_clause(node: Token) -> bool:
    """A clause or phrase that states what already happened, whatever governs it: "vowed an
    inquiry after seven people were killed", "retaliated days after the bombing of the embassy"."""
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in REALIS_MARKS for c in node.children)
    return node.dep_ in ("pobj", "pcomp") and node.head.lower_ in REALIS_PREPS


def _irrealis_at(node: Token, trigger: Trigger, cues: CueWords, via: Token | None = None) -> str:
    """Why ``node``, on the path up from the trigger (reached from ``via``), makes it unreal."""
    in_trigger = trigger.start <= node.i < trigger.end
    lemma = node.lemma_.lower()
    naming = via is not None and via.dep_ == "oprd"  # "what organizers called a peaceful march"
    proven = proven_crime(node, trigger.head(node.doc))  # "convicted for the 2016 bombing of the market"
    coordinated = via is not None and via.dep_ == "conj" and via.pos_ == "VERB"  # "stopped a bus and looted it"
    governs = lemma in cues["governor"] and not (naming or proven or coordinated or feared_toll(node, via))
    if not in_trigger and governs and not alleged_toll(node, via, cues):
        return f"governed by '{node.text}'"
    infinitive = in_trigger and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
    if infinitive and node.dep_ in ("acl", "advcl") and node.head.lemma_.lower() not in ATTEMPTS:
        return f"purpose '{node.text}'"  # "an attack to capture the base", "moved in to retake it"
    if infinitive and node.dep_ == "relcl" and not _ranked(node.head, cues):
        # "a unit to retake the town", "the men to carry out the attack": what is to be done
        return f"infinitive relative '{node.head.text} to {node.text}': to be done, not done"
    for child in node.children:
        if child.dep_ == "neg" and not (trigger.start <= child.i < trigger.end):
            return f"negated by '{child.text}' on '{node.text}'"
        if child.dep_ in ("aux", "auxpass") and child.lower_ in cues["modal"] and not confirmed_by(node, child):
            return f"modal '{child.text}' on '{node.text}'"
        if child.dep_ in ("mark", "advmod", "prep") and child.lower_ in cues["condition"]:
            return f"condition '{child.text}' on '{node.text}'"
        if not in_trigger and child.dep_ == "det" and child.lower_ == "no" and node.pos_ == "NOUN":
            return f"'no {node.text}'"
        if child.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "no" and g.dep_ == "det" for g in child.children):
            return f"'no {child.text}'"
    return ""


def went_off_after(verb: Token, cues: CueWords) -> bool:
    """The verb that found the device is joined to one saying it then went off ("the bomb was
    found and exploded", "a device discovered ... exploded")."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ == "acl":  # "a bomb found near the market exploded": the noun's own verb
        joined.append(verb.head.head)
    return any(went_off_verb(v, cues) for v in joined)


def went_off_verb(verb: Token, cues: CueWords) -> bool:
    return verb.lemma_.lower() in cues["detonating"]


COMMIT_MODALS = frozenset({"will", "would", "shall", "'ll"})
COMMIT_WORDS = frozenset({"ready", "willing", "offer", "agree", "accept", "pledge", "promise", "prepared"})
INTENT_WORDS = frozenset({"plan", "intend", "prepare", "poise", "vow", "swear", "threaten", "determine"})
SAYING = frozenset("say announce declare state tell confirm add insist report warn reiterate conclude".split())
HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "REJECT", "ACCUSE", "PROTEST", "MOBILIZE"})


def commitment(trigger: Trigger, doc: Doc, announced_only: bool = False) -> str:
    """A promise or intention to act, not the act ("will provide food aid", "is ready to
    contribute troops", "plans to impose restrictions"): PLOVER codes it AGREE, or THREATEN when
    the act is hostile. Returns the word that makes it one, or "". With ``announced_only`` a
    future tense counts only when someone said it ("the army said it will attack"), not in a
    plain forecast."""
    head = trigger.head(doc)
    if any(c.dep_ == "neg" for c in head.children) or open_question(head, SAYING):
        return ""
    modal = next((c for c in head.children if c.dep_ == "aux" and c.lower_ in COMMIT_MODALS), None)
    if modal is not None and (not announced_only or _said(head)):
        return modal.text
    node = head
    while node.dep_ in ("xcomp", "ccomp") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in COMMIT_WORDS | INTENT_WORDS and not any(c.dep_ == "neg" for c in node.children):
            return node.text
    return ""


def _said(verb: Token) -> bool:
    """The clause is what someone said ("Nigeria announced that it will withdraw")."""
    node = verb
    while node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i:
        node = node.head
        if node.lemma_.lower() in SAYING:
            return True
    return False


def intent_class(cls: EventClass, trigger: Trigger, doc: Doc) -> str:
    """The class of a stated intention: a threat when the act is hostile or the promise comes with
    "unless", else an agreement to act."""
    head = trigger.head(doc)
    scope = head.head.subtree if head.dep_ in ("xcomp", "ccomp") else head.subtree
    if cls.plover in HOSTILE or any(t.lower_ == "unless" for t in scope):
        return "threaten"
    return "agree"


def natural_cause(trigger: Trigger, doc: Doc, cues: CueWords | None = None) -> str:
    """A death or injury from a hazard, not an attack ("an earthquake killed 20", "died in a crash")."""
    cues = cues or CUES
    head = trigger.head(doc)
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    shared = list(verb.head.children) if verb.dep_ == "conj" else []  # "a war that lasted years and killed ..."
    # "an earthquake struck the town, killing four": a participle without a subject of its own
    # shares the other verb's
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children)
    hazard_of = shared + (list(verb.head.children) if participle else [])
    for child in [*verb.children, *shared]:
        if child.dep_ == "nsubj" and _abstract(child, cues):
            return f"caused by '{child.text}', a condition, not an act"
    for child in verb.children:
        cause = child.dep_ in ("nsubj", "agent") or (child.dep_ == "prep" and child.lower_ in CAUSE_PREPS)
        hazard = next((t for t in child.subtree if t.lemma_.lower() in cues["hazard"]), None) if cause else None
        if hazard is not None:
            return f"caused by '{hazard.text}'"
    for child in hazard_of:  # the other verb's subject itself ("an earthquake"), not its whole phrase
        if child.dep_ == "nsubj" and child.lemma_.lower() in cues["hazard"]:
            return f"caused by '{child.text}'"
    return ""


def _abstract(subject: Token, cues: CueWords) -> bool:
    """ "violence has killed 70,000 people", "a war that killed thousands" (the relative pronoun
    stands for the noun it hangs from)."""
    noun = subject.head.head if subject.tag_ == "WDT" and subject.head.dep_ == "relcl" else subject
    return noun.lemma_.lower() in cues["abstract"]


def statement_unsaid(trigger: Trigger, doc: Doc, cues: CueWords | None = None) -> str:
    """Why a statement was not made ("" when it was): negated by a word outside its own phrase
    ("did not accuse"), only asked for or planned ("called on the UN to condemn"), or modal
    ("could reject"; "would not accept" is itself a rejection)."""
    cues = cues or CUES
    head = trigger.head(doc)
    idiom = any(doc[i].dep_ == "neg" for i in range(trigger.start, trigger.end))
    for c in head.children:
        if c.dep_ == "neg" and not (trigger.start <= c.i < trigger.end):
            return f"negated by '{c.text}'"
        if c.dep_ == "aux" and c.lower_ in cues["modal"] and not idiom:
            return f"modal '{c.text}'"
    for a in head.ancestors:
        if a.lemma_.lower() in cues["request"]:
            return f"governed by '{a.text}'"
    if trigger.entry.cls == "threaten" and (modal := forecast(head, cues)):
        return f"'{modal}': a warning of what may happen, not a threat by the speaker"
    return addressed(head, cues) or alleged(head, cues)


@lru_cache(maxsize=4)
def load_lexicon(data_dirs: tuple[str, ...] = ()) -> Lexicon:
    return Lexicon(data_dirs)

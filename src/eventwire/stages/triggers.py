"""Event triggers: the words that report an event, and whether the report is of a real event.

The lexicon lives in ``data/triggers.tsv`` and ``data/event_classes.tsv``. A trigger found in a
sentence is kept only when it reports something that happened: not negated ("did not strike",
"no air strikes"), not hypothetical or conditional ("would be an act of aggression", "if ...",
"whether to carry out air strikes"), not planned or intended ("is poised to send", "plans to
bomb"), and not an allegation ("accused the regime of using chemical weapons").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.datafiles import read_tsv
from eventwire.errors import ConfigError
from eventwire.stages.nlp import lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CUE_SCOPES = frozenset({"sentence", "object", "token"})
EVENT_HEADS = frozenset({"attack", "strike", "bombing", "explosion", "blast", "raid", "campaign", "operation"})
OBJECT_PREPS = frozenset({"of", "over", "to", "on", "from"})  # "control over X", "agreed to a truce"
CAUSE_PREPS = frozenset({"in", "by", "from", "after", "during"})


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
            entry = TriggerEntry(
                tuple(r["phrase"].split()), r["class"], r["pos"] or "*", r["strength"] != "weak", r["needs"]
            )
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
                if start < sent.start or any(lemmas[start + k] != w for k, w in enumerate(entry.words[:-1])):
                    continue
                if _modifier_only(entry, token):
                    continue
                if _pos_ok(entry, _phrase_head(entry, doc, start, token.i)) and _needs_ok(
                    entry.needs, doc[start : token.i + 1], words, self.cues
                ):
                    found.append(Trigger(start, token.i + 1, entry))
        return _drop_overlaps(found)


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
    return token.pos_ in ("NOUN", "PROPN", "VERB") or token.is_upper


def _needs_ok(needs: str, span: Span, words: set[str], cues: CueWords) -> bool:
    if not needs:
        return True
    name = needs.lstrip("!")
    verb = next((t for t in span if t.pos_ in ("VERB", "AUX")), span[-1])
    if name == "obj":  # the verb has an object at all ("pushed back the rebels", not "rebels pushed back")
        return bool(_objects(verb)) != needs.startswith("!")
    if name not in cues.scopes:
        raise ConfigError(f"triggers.tsv: unknown condition {needs!r}")
    if cues.scopes[name] == "sentence":
        found = bool(words & cues[name])
    else:
        found = any(_in_set(t, name, cues) for t in _objects(verb))
    return found != needs.startswith("!")


def _in_set(token: Token, name: str, cues: CueWords) -> bool:
    if name == "place" and token.ent_type_ in ("GPE", "LOC", "FAC"):
        return True
    if name == "person" and token.ent_type_ == "PERSON":
        return True
    return token.lemma_.lower() in cues[name]


def _objects(token: Token) -> list[Token]:
    """The heads of a verb's objects, with their conjuncts, compounds and "of" phrases ("the town
    of X", "a cache of weapons", "control over X"), not whole subtrees."""
    heads = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass", "attr")]
    heads += [g for c in token.children if c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for g in c.children]
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(c for c in head.children if c.dep_ in ("conj", "compound"))
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


def irrealis_reason(trigger: Trigger, doc: Doc, cues: CueWords | None = None) -> str:
    """Why this trigger does not report a real event ("" when it does)."""
    cues = cues or CUES
    head = trigger.head(doc)
    for child in head.children:
        if child.dep_ == "det" and child.lower_ in ("no", "any"):
            return f"determiner '{child.text}'"
        if child.dep_ == "amod" and child.lower_ in cues["modifier"]:
            return f"modifier '{child.text}'"
    node: Token | None = head
    while node is not None:
        reason = _irrealis_at(node, trigger, cues)
        if reason:
            return reason
        if node.head is node or node.dep_ == "ROOT":
            break
        node = node.head
    return ""


def _irrealis_at(node: Token, trigger: Trigger, cues: CueWords) -> str:
    in_trigger = trigger.start <= node.i < trigger.end
    lemma = node.lemma_.lower()
    if not in_trigger and lemma in cues["governor"]:
        return f"governed by '{node.text}'"
    for child in node.children:
        if child.dep_ == "neg" and not (trigger.start <= child.i < trigger.end):
            return f"negated by '{child.text}' on '{node.text}'"
        if child.dep_ in ("aux", "auxpass") and child.lower_ in cues["modal"]:
            return f"modal '{child.text}' on '{node.text}'"
        if child.dep_ in ("mark", "advmod", "prep") and child.lower_ in cues["condition"]:
            return f"condition '{child.text}' on '{node.text}'"
        if not in_trigger and child.dep_ == "det" and child.lower_ == "no" and node.pos_ == "NOUN":
            return f"'no {node.text}'"
        if child.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "no" and g.dep_ == "det" for g in child.children):
            return f"'no {child.text}'"
    return ""


def disrupted_device(trigger: Trigger, doc: Doc, cues: CueWords | None = None) -> bool:
    """A bomb, mine or shell that was found, seized or defused: weapons use disrupted, not an attack."""
    cues = cues or CUES
    head = trigger.head(doc)
    node = head.head if head.dep_ == "conj" else head
    return (
        head.pos_ in ("NOUN", "PROPN")
        and node.dep_ in ("dobj", "nsubjpass", "pobj")
        and (
            node.head.lemma_.lower() in cues["disrupt"]
            or (node.dep_ == "pobj" and node.head.head.lemma_.lower() in cues["disrupt"])
        )
    )


COMMIT_MODALS = frozenset({"will", "would", "shall", "'ll"})
COMMIT_WORDS = frozenset({"ready", "willing", "offer", "agree", "accept", "pledge", "promise", "prepared"})


def commitment(trigger: Trigger, doc: Doc) -> str:
    """A promise to act, not the act ("will provide food aid", "is ready to contribute troops",
    "offered to negotiate"): PLOVER codes it AGREE. Returns the word that makes it one, or ""."""
    head = trigger.head(doc)
    if any(c.dep_ == "neg" for c in head.children):
        return ""
    modal = next((c for c in head.children if c.dep_ == "aux" and c.lower_ in COMMIT_MODALS), None)
    if modal is not None:
        return modal.text
    node = head
    while node.dep_ in ("xcomp", "ccomp") and node.head is not node:
        node = node.head
        if node.lemma_.lower() in COMMIT_WORDS and not any(c.dep_ == "neg" for c in node.children):
            return node.text
    return ""


def natural_cause(trigger: Trigger, doc: Doc, cues: CueWords | None = None) -> str:
    """A death or injury from a hazard, not an attack ("an earthquake killed 20", "died in a crash")."""
    cues = cues or CUES
    head = trigger.head(doc)
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    for child in verb.children:
        cause = child.dep_ in ("nsubj", "agent") or (child.dep_ == "prep" and child.lower_ in CAUSE_PREPS)
        hazard = next((t for t in child.subtree if t.lemma_.lower() in cues["hazard"]), None) if cause else None
        if hazard is not None:
            return f"caused by '{hazard.text}'"
    return ""


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
    return ""


@lru_cache(maxsize=4)
def load_lexicon(data_dirs: tuple[str, ...] = ()) -> Lexicon:
    return Lexicon(data_dirs)

"""The means of an attack told beside it: the next sentence says what did the damage.

Wire reports often tell an attack first and its means after: "Rebels attacked the power plant on
Monday. The explosives destroyed two transformers." A careful coder types that attack as a bombing.
``blast_told_beside`` finds it: the attack is told with what it hit, its sentence names no weapon
of its own, and the sentence just after it (or just before) in its paragraph names a device or a
blast with a definite determiner ("the bomb", "the explosives", "the blast"), so it refers back to
one already told, and tells of no other incident ("In another attack, a bomb exploded ...") nor of
a device made safe ("Police later defused the bomb"). A bare mention ("The attack was condemned")
is left alone: it names an event told before it. Used by :func:`eventwire.stages.subtypes.refined_key`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.nlp import doc_text, hard_wrapped
from eventwire.stages.trigger_conditions import word_forms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.triggers import CueWords
    from eventwire.stages.when import Draft


def blast_told_beside(d: Draft, cues: CueWords) -> bool:
    """The attack names no weapon and a neighbouring sentence of its paragraph refers a device or
    blast back to it ("The explosives destroyed two transformers")."""
    if not _aimed(d.trigger.head(d.sent.doc)):
        return False  # a bare mention ("the attack was condemned") names the event told before it
    if any(word_forms(t) & (cues["firearm"] | cues["grenade"] | cues["explosive"]) for t in d.sent):
        return False  # the sentence says how it was done, or names a weapon of another kind
    return any(_definite_blast(s, cues) for s in _neighbours(d.sent))


def _aimed(head: Token) -> bool:
    """The attack is told with what it hit: "attacked the plant", "an attack on the plant"."""
    if head.pos_ == "VERB":
        return any(c.dep_ in ("dobj", "obj") for c in head.children)
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in head.children)


def _neighbours(sent: Span) -> list[Span]:
    """The sentence just before and the one just after, where no paragraph break parts them."""
    doc, text = sent.doc, doc_text(sent.doc)
    out: list[Span] = []
    if sent.start > 0 and not _parted(text, before := doc[sent.start - 1].sent, sent):
        out.append(before)
    if sent.end < len(doc) and not _parted(text, sent, after := doc[sent.end].sent):
        out.append(after)
    return out


def _parted(text: str, first: Span, second: Span) -> bool:
    """A paragraph break lies between two sentences: a blank line, or a line break in text that is
    not wrapped at a fixed width (where a single break is only a wrap)."""
    between = text[first.start_char : second.start_char]
    breaks = between[len(between.rstrip()) :].count("\n")
    return breaks > 1 or (breaks == 1 and not hard_wrapped(text))


def _definite_blast(sent: Span, cues: CueWords) -> bool:
    """The sentence names "the bomb", "the explosives" or "the blast", tells of no other incident
    and of no device found or defused."""
    if any(word_forms(t) & (cues["other_incident"] | cues["made_safe"] | cues["small_arms"]) for t in sent):
        return False
    return any(_explosive_noun(t, cues) and _definite(t, cues) for t in sent)


def _explosive_noun(token: Token, cues: CueWords) -> bool:
    """An explosive or a blast, not a fire bomb ("the petrol bomb": arson)."""
    if token.pos_ not in ("NOUN", "PROPN") or not word_forms(token) & cues["explosive"]:
        return False
    return not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in cues["incendiary"] for c in token.children)


def _definite(token: Token, cues: CueWords) -> bool:
    """The noun refers back: "the bomb", "its explosives", "the powerful blast"."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in cues["definite"] for c in token.children)


def gunfire_too(d: Draft, cues: CueWords) -> bool:
    """The doers who threw the grenades also shot, told in joined verbs or nouns ("throwing grenades
    and firing rifles", "opened fire and hurled grenades", "attacked with grenades and rifles"):
    mixed arms, an attack, not a grenade attack. Shooting by someone else in the sentence ("police
    fired on the crowd after a grenade was thrown") does not count."""
    for g in d.sent:
        if not word_forms(g) & cues["grenade"]:
            continue
        if any(word_forms(c) & cues["small_arms"] for c in g.conjuncts):
            return True
        verb = g.head.head if g.dep_ == "pobj" else g.head
        if verb.pos_ == "VERB" and any(_shoots(v) for v in _joined_verbs(verb)):
            return True
    return False


def _joined_verbs(verb: Token) -> list[Token]:
    """The verbs sharing the grenade verb's doer: its conjuncts with no subject of their own, and the
    verb it fills in as a participle ("attacked ..., throwing grenades") with that verb's conjuncts;
    not a clause with a doer of its own ("police fired after a man threw a grenade")."""
    out = [verb, *(c for c in verb.conjuncts if not _own_subject(c))]
    first = verb.head if verb.dep_ == "conj" else verb
    if first.dep_ in ("advcl", "xcomp") and not _own_subject(first):
        out += [first.head, *(c for c in first.head.conjuncts if not _own_subject(c))]
    return out


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _shoots(verb: Token) -> bool:
    """ "firing rifles", "shot at the crowd", "opened fire"."""
    if verb.lemma_.lower() in ("fire", "shoot"):
        return True
    return verb.lemma_.lower() == "open" and any(c.lower_ in ("fire", "gunfire") for c in verb.children)


def rally_attacked(d: Draft, cues: CueWords) -> bool:
    """The protest word is what armed men outside the state attacked ("guerrillas attacked a rally",
    "rebels stormed the demonstration"): the rally is the target of an attack, no protest event."""
    head = d.trigger.head(d.sent.doc)
    if head.dep_ not in ("dobj", "obj") or head.head.lemma_.lower() not in cues["assaulting"]:
        return False
    verb = head.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(word_forms(w) & cues["irregular_doer"] for s in doers for w in (s, *s.conjuncts))


def withdrew_after(d: Draft, cues: CueWords) -> bool:
    """The doers who stormed a place then withdrew from it or pulled back ("stormed the army post and
    fought soldiers for hours before withdrawing"): attackers who leave took no ground; a fight or
    an attack, not a takeover. The withdrawal is told by a verb sharing the storming verb's doer."""
    head = d.trigger.head(d.sent.doc)
    if head.pos_ != "VERB":
        return False
    joined = [head, *(c for c in head.conjuncts if not _own_subject(c))]
    after = [c for v in joined for c in v.children if c.dep_ in ("advcl", "conj") and not _own_subject(c)]
    after += [g for v in joined for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    after += [c for v in after for c in v.conjuncts if not _own_subject(c)]
    return any(word_forms(v) & cues["withdrew"] for v in joined + after if v.i > head.i)

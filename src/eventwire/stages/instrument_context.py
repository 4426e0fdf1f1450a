"""The means of an attack told beside it: the next sentence says what did the damage.

Wire reports often tell an attack first and its means after: "Rebels attacked the power plant on
Monday. The explosives destroyed two transformers." A careful coder types that attack as a bombing.
``blast_told_beside`` finds it: the attack is told with what it hit, its sentence names no weapon
of its own, and the sentence just after it (or just before) in its paragraph names a device or a
blast with a definite determiner ("the bomb", "the explosives", "the blast"), so it refers back to
one already told, and tells of no other incident ("In another attack, a bomb exploded ...") nor of
a device made safe ("Police later defused the bomb"). A bare mention ("The attack was condemned")
is left alone: it names an event told before it. Where the next sentence's doer refers back to the
attack's ("They hurled explosives at the building"), any device it names will do. ``act_told_after``
does the same for an attack whose next sentence tells burning ("They threw a Molotov cocktail that
set the building on fire"), looting or an abduction by the same doers: the attack takes that act's
class. Used by :func:`eventwire.stages.subtypes.refined_key`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.act_kinds import premises_robbed
from eventwire.stages.nlp import doc_text, hard_wrapped
from eventwire.stages.trigger_conditions import word_forms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.triggers import CueWords
    from eventwire.stages.when import Draft


def blast_told_beside(d: Draft, cues: CueWords) -> bool:
    """The attack names no weapon and a neighbouring sentence of its paragraph refers a device or
    blast back to it ("The explosives destroyed two transformers"), or the next one tells its
    doers using one ("They hurled explosives at the building")."""
    head = d.trigger.head(d.sent.doc)
    if not _aimed(head):
        return False  # a bare mention ("the attack was condemned") names the event told before it
    if any(word_forms(t) & (cues["firearm"] | cues["grenade"] | cues["explosive"]) for t in d.sent):
        return False  # the sentence says how it was done, or names a weapon of another kind
    near = _neighbours(d.sent)
    if any(_definite_blast(s, cues) for s in near):
        return True
    after = [s for s in near if s.start > d.sent.start]
    return bool(after) and _same_doers(after[0], head, cues) and _definite_blast(after[0], cues, definite=False)


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


def _definite_blast(sent: Span, cues: CueWords, definite: bool = True) -> bool:
    """The sentence names "the bomb", "the explosives" or "the blast" (with ``definite`` off, any
    explosive), tells of no other incident and of no device found or defused."""
    if any(word_forms(t) & (cues["other_incident"] | cues["made_safe"] | cues["small_arms"]) for t in sent):
        return False
    return any(_explosive_noun(t, cues) and (_definite(t, cues) or not definite) for t in sent)


def _explosive_noun(token: Token, cues: CueWords) -> bool:
    """An explosive or a blast, not a fire bomb ("the petrol bomb": arson)."""
    if token.pos_ not in ("NOUN", "PROPN") or not word_forms(token) & cues["explosive"]:
        return False
    return not any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in cues["incendiary"] for c in token.children)


def _definite(token: Token, cues: CueWords) -> bool:
    """The noun refers back: "the bomb", "its explosives", "the powerful blast"."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in cues["definite"] for c in token.children)


def act_told_after(d: Draft, cues: CueWords) -> str:
    """The class of the specific act the next sentence tells of an attack on a thing ("Rebels
    attacked the offices of the paper. They threw a Molotov cocktail that set the building on
    fire": "property"; "... They kidnapped its owner": "abduction"), or "". The attack names no
    weapon and no one killed or hurt: it is that act told in general words first, as when the two
    are joined in one sentence (``stages/joined_acts.py``). The next sentence of its paragraph
    tells burning, looting, a robbery of premises or an abduction, names no other incident, no gun,
    bomb or harm to people, and its doer refers back ("they", "the guerrillas" after "guerrillas
    attacked", "the attackers") or goes untold ("the building was set ablaze")."""
    head = d.trigger.head(d.sent.doc)
    if not word_forms(head) & cues["generic_attack"] or not _aimed(head):
        return ""
    if any(c.kind in ("killed", "injured") and c.value > 0 for c in d.counts):
        return ""
    harm = cues["firearm"] | cues["grenade"] | cues["explosive"] | cues["lethal_act"]
    if any(word_forms(t) & harm for t in d.sent):
        return ""
    after = _neighbours(d.sent)[-1:]
    if not after or after[0].start < d.sent.start or not _same_doers(after[0], head, cues):
        return ""
    return _specific_act(after[0], cues)


def _specific_act(sent: Span, cues: CueWords) -> str:
    """ "abduction" or "property" for a sentence telling only such an act (see ``act_told_after``)."""
    other = cues["other_incident"] | cues["made_safe"] | cues["small_arms"] | cues["lethal_act"] | cues["grenade"]
    if any(word_forms(t) & other or (_explosive_noun(t, cues) and not _incendiary(t, cues)) for t in sent):
        return ""
    verbs = [t for t in sent if t.pos_ == "VERB"]
    if any(word_forms(v) & cues["joined_abduction"] for v in verbs):
        return "abduction"
    if any(_incendiary(t, cues) or _burns(t, cues) for t in sent):
        return "property"
    if any(word_forms(v) & cues["joined_property"] for v in verbs):
        return "property"
    robbed = any(word_forms(v) & cues["joined_robbery"] and premises_robbed(v, cues) for v in verbs)
    return "property" if robbed else ""


def _same_doers(sent: Span, attack: Token, cues: CueWords) -> bool:
    """The sentence's doer refers back to the attack's: a pronoun, "the" + the attack's subject noun
    or + a word for attackers ("the guerrillas", "the assailants"), or no doer told (a passive)."""
    told = {w for c in attack.children if c.dep_ == "nsubj" for w in word_forms(c)}
    for doer in (c for c in sent.root.children if c.dep_ == "nsubj"):
        if doer.pos_ == "PRON":
            continue
        if not _definite(doer, cues) or not word_forms(doer) & (told | cues["irregular_doer"]):
            return False
    return True


def _incendiary(token: Token, cues: CueWords) -> bool:
    """ "a Molotov cocktail", "a firebomb", "petrol bombs"."""
    if word_forms(token) & cues["firebomb"]:
        return True
    return bool(word_forms(token) & cues["explosive"]) and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ in cues["incendiary"] for c in token.children
    )


def _burns(token: Token, cues: CueWords) -> bool:
    """ "set the building on fire", "set it ablaze", "torched", "burned the studios"."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_.lower() == "set":
        return any(word_forms(t) & cues["fire_words"] for t in token.subtree if t.i > token.i)
    return token.lemma_.lower() in ("torch", "burn")


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

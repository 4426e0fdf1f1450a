"""Violent words that tell no incident of their own: rhetoric in the simple present inside a
quotation ("They burn our villages," the governor said), a quantified kind ("every civilian
killed", "any soldier captured") and a definite event mentioned only to say who someone is ("a
man who lost his son in the bombing"). Read by stages/mentions.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


OPENING = frozenset({'"', "“"})
CLOSING = frozenset({'"', "”"})
QUANTIFIERS = frozenset({"every", "each", "any"})
COLLECTIVE = frozenset({"our", "their", "your"})  # "our children", "their homes"
LOSS = frozenset({"lose", "survive", "escape", "injure", "wound", "maim", "orphan", "widow", "hurt"})


def quoted_habit(head: Token) -> str:
    """Why the act at ``head`` is rhetoric about what keeps happening ("" when it may be an
    incident): a verb in the simple present with no auxiliary, inside a quotation, done to people
    or things named only as a kind ("they kill our children", "the rebels burn villages"). A
    headline's present ("Gunmen kill five in Kano") is not quoted, and "they killed our children
    on Monday" is past."""
    if head.pos_ not in ("VERB", "AUX") or not _present(head) or not _quoted(head):
        return ""
    if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.like_num for t in head.subtree):
        return ""
    objects = [c for c in head.children if c.dep_ in ("dobj", "obj")]
    if objects and all(_kind(o) for o in objects):
        return f"'{head.text} {objects[0].text}' in a quotation: rhetoric about a pattern, not one incident"
    return ""


def present_litany(head: Token) -> str:
    """Why the act at ``head`` belongs to a list of what a side does ("" when it may be an
    incident): two or more clauses in the simple present, each with a plural or pronoun doer and
    people or things named only as a kind ("gangs kill informants, they burn the houses of
    families who refuse to pay and they rape women"), in a sentence that ends with a full stop and
    gives no day or figure. A headline ("Gunmen kill five, burn homes in Kano") has no full stop,
    and "gangs killed two informants on Monday" is past."""
    if head.pos_ not in ("VERB", "AUX") or not _present(head) or not _doer_kind(head):
        return ""
    sent = head.sent
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text not in (".", "!"):
        return ""
    if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.like_num for t in sent):
        return ""
    acts = [v for v in sent if v.pos_ in ("VERB", "AUX") and _present(v) and _doer_kind(v) and _done_to_kind(v)]
    if head not in acts or len(acts) < 2:
        return ""
    return f"'{head.text}' in a list of what a side does, told in the present: a pattern, not one incident"


def _doer_kind(verb: Token) -> bool:
    """The verb's doer (or that of the verb it is joined to) is a plural kind or a pronoun."""
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        return _doer_kind(verb.head)
    if doer is None:
        return False
    return doer.lower_ in ("they", "we", "you") or (_kind(doer) and doer.ent_type_ == "")


def _done_to_kind(verb: Token) -> bool:
    """The verb's object is a kind: "informants", "our children", "the houses of families"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return False
    for obj in objects:
        owner = next((g for p in obj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"), None)
        if not (_kind(obj) or (obj.tag_ == "NNS" and owner is not None and _kind(owner))):
            return False
    return True


def quantified_kind(head: Token) -> str:
    """Why ``head`` names any act of a kind ("" when one act): a participle on a noun counted by
    "every", "each" or "any" ("every civilian killed is a recruit for the rebels", "any hostage
    taken"), or "every attack" itself."""
    noun = head
    if head.tag_ in ("VBN", "VBD") and head.dep_ == "acl":
        noun = head.head
    elif head.tag_ in ("VBN", "VBD") and head.dep_ == "csubj":  # parsed as "[every civilian killed] is"
        noun = next((c for c in head.children if c.dep_ == "nsubj"), head)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return ""
    det = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in QUANTIFIERS), None)
    if det is None or (noun.i == head.i and det.lower_ == "each"):  # "each attack killed three": a set told
        return ""
    return f"'{det.text} {noun.text}{'' if noun.i == head.i else ' ' + head.text}': any act of a kind, not one"


def background_blast(head: Token) -> str:
    """Why the event noun at ``head`` is only background to who someone is ("" else): "the" event
    with no place, day or figure of its own, in a clause about a person ("a woman who lost both
    legs in the bombing", "a boy orphaned by the attack"). The event is told elsewhere, or not at
    all; it is no new incident."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return ""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return ""
    if any(c.dep_ in ("relcl", "acl", "nummod", "appos") for c in head.children):
        return ""
    if any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL") for t in head.subtree):
        return ""
    prep = head.head
    verb = prep.head if prep.dep_ in ("prep", "agent") else None
    if verb is None or verb.lemma_.lower() not in LOSS or verb.dep_ not in ("relcl", "acl"):
        return ""
    if verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return ""
    return f"'{verb.head.text} {verb.text} ... {head.text}': an earlier event named to say who someone is"


def _present(verb: Token) -> bool:
    """A simple present with a subject and no auxiliary ("they kill", "our enemies attack")."""
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    if verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.i != verb.i:  # "they burn villages and kill"
        return _present(verb.head)
    return verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)


def _kind(noun: Token) -> bool:
    """A plural named as a kind: bare or with "our"/"their" ("villages", "our children")."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.ent_type_ not in ("", "NORP"):
        return False
    dets = [c for c in noun.children if c.dep_ in ("det", "poss", "nummod")]
    return all(d.lower_ in COLLECTIVE for d in dets)


def _quoted(token: Token) -> bool:
    """Inside quotation marks opened earlier in the token's paragraph."""
    doc = token.doc
    start = doc.text.rfind("\n", 0, token.idx) + 1
    before = doc.text[start : token.idx]
    curly = before.count("“") - before.count("”")
    if curly > 0:
        return True
    return before.count('"') % 2 == 1

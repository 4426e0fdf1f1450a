"""Violent words that tell no incident of their own: rhetoric in the simple present inside a
quotation ("They burn our villages," the governor said), a quantified kind ("every civilian
killed", "any soldier captured"), what a speaker says his side does ("we only attack soldiers"),
a definite event mentioned only to say who someone is ("a man who lost his son in the bombing",
"the men who killed our families are still free") and a side described by what it goes on doing
("the cartel, which is fighting its rivals for the routes"). Read by stages/mentions.py and
stages/habitual.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


OPENING = frozenset({'"', "“"})
CLOSING = frozenset({'"', "”"})
POLICY = frozenset({"only", "never", "always", "usually", "solely"})  # "we only attack soldiers"
NAMED = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "EVENT"})  # a place, body or person of its own
SPECIFIC = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL"})  # a place, day or figure
RELATIVES = frozenset({"which", "who", "that"})
OWNERS = frozenset({"our", "their", "your", "my", "his", "her"})
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
    gives no day or figure; or one such clause that names no place, body or person either
    (``_stated_policy``). A headline ("Gunmen kill five, burn homes in Kano") has no full stop,
    and "gangs killed two informants on Monday" is past."""
    if head.pos_ not in ("VERB", "AUX") or not _present(head) or not _doer_kind(head, policy=True):
        return ""
    sent = head.sent
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text not in (".", "!"):
        return ""
    if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.like_num for t in sent):
        return ""
    acts = [v for v in sent if v.pos_ in ("VERB", "AUX") and _present(v) and _doer_kind(v) and _done_to_kind(v)]
    if len(acts) >= 2 and head in acts:
        return f"'{head.text}' in a list of what a side does, told in the present: a pattern, not one incident"
    if not _stated_policy(head):
        return ""
    return f"'{head.text}' told in the present with no place, day or figure: what a side does, not one incident"


def _stated_policy(verb: Token) -> bool:
    """One act in the simple present, done to a kind, in a sentence that names no place, body or
    person and is not the article's first, by "we" or by a side with a word of policy ("only",
    "never", "always"): what a side says it does ("we only attack soldiers", "they never harm
    civilians"), not "we attack soldiers in Gao" or a story told in the present ("Police fire
    tear gas at protesters")."""
    sent = verb.sent
    if sent.start == 0 or not _done_to_kind(verb) or not _doer_kind(verb, policy=True):
        return False
    if any(t.ent_type_ in NAMED for t in sent):
        return False
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (doer is not None and doer.lower_ == "we") or any(t.lower_ in POLICY for t in sent)


def _doer_kind(verb: Token, policy: bool = False) -> bool:
    """The verb's doer (or that of the verb it is joined to) is a plural kind or a pronoun; with
    ``policy`` also a side named with "the" ("the soldiers burn villages")."""
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        return _doer_kind(verb.head, policy)
    if doer is None:
        return False
    if policy and doer.tag_ == "NNS" and doer.ent_type_ == "" and _only_the(doer):
        return True
    return doer.lower_ in ("they", "we", "you") or (_kind(doer) and doer.ent_type_ == "")


def _only_the(noun: Token) -> bool:
    return [c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")] == ["the"]


def _done_to_kind(verb: Token) -> bool:
    """The verb's object is a kind: "informants", "our children", "the houses of families", or
    "them" after a verb joined to one done to a kind ("detain young men and then torture them")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return False
    if [o.lower_ for o in objects] == ["them"] and verb.dep_ == "conj" and verb.head.i != verb.i:
        return _done_to_kind(verb.head)  # "detain young men and then torture them"
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
    all; it is no new incident. A past act in a clause naming who someone is goes the same way
    (``past_doers``)."""
    if head.pos_ == "VERB":
        return past_doers(head) or ongoing_side(head)
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


def past_doers(verb: Token) -> str:
    """Why the past act at ``verb`` only says who someone is ("" when it may be an incident): a
    relative clause ("the men who killed our families", "those who attacked us") done to people
    named only as a kind, a pronoun or by whose they are, with no place, day or figure, on a noun
    whose own clause is in the present ("are still walking free", "have never been punished").
    "The gunmen who killed three farmers in Tamba on Monday fled" and "police arrested the men
    who killed a trader" tell the act."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or verb.head.pos_ not in ("NOUN", "PRON"):
        return ""
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in verb.children):
        return ""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects or not all(o.lower_ in ("us", "them") or _kind(o) or _owned_kind(o) for o in objects):
        return ""
    if any(t.ent_type_ in SPECIFIC or t.like_num for t in verb.subtree):
        return ""
    main = _governing_verb(verb.head)
    if main is None or not _present_clause(main):
        return ""
    return f"'{verb.head.text} who {verb.text} ...' with '{main.text}' in the present: who someone is, not an incident"


def ongoing_side(verb: Token) -> str:
    """Why the act at ``verb`` only describes a side ("" when it may be an incident): a relative
    clause in the present ("the cartel, which is fighting its rivals for control of fuel theft",
    "a militia that controls the mines") with no place, day or figure of its own. "The cartel,
    which is fighting its rivals in Celaya", "which is fighting them this week" and "which fought
    the army on Monday" tell an act."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in RELATIVES for c in verb.children):
        return ""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    progressive = verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].tag_ in ("VBP", "VBZ")
    if not (progressive or (verb.tag_ in ("VBP", "VBZ") and not auxes)):
        return ""
    foe = {t.i for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree}  # a name, not a place
    if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") or t.like_num for t in verb.subtree):
        return ""
    if any(t.ent_type_ in SPECIFIC and t.i not in foe for t in verb.subtree):
        return ""
    at = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "near") for g in c.children]
    if any(g.pos_ == "PROPN" for g in at):  # "in Culiacan", whatever the tagger calls it
        return ""
    return f"'{verb.head.text}, {verb.text} ...': a side described by what it goes on doing, not one incident"


def _owned_kind(noun: Token) -> bool:
    """People named by whose they are: "my brothers", "his family", "our families"."""
    dets = [c for c in noun.children if c.dep_ in ("det", "poss", "nummod")]
    return bool(dets) and all(d.lower_ in OWNERS for d in dets) and noun.tag_ in ("NN", "NNS")


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose clause the noun is in ("the men ... are walking": walking)."""
    node = noun
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _present_clause(verb: Token) -> bool:
    """The clause is in the present: "are walking", "have been punished", "live", "is"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return auxes[0].tag_ in ("VBP", "VBZ")
    return verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children))


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

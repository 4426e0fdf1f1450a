"""Words addressed to the reader, not news: an instruction ("Accept all cookies", "Sign up for
alerts"), an act put to "you" ("if you choose to accept all"), a condition on the act ("if you
accept the terms") and the reader's own voice ("I agree to the terms"), as web pages print them
around an article. None of them is an event. Read by stages/triggers.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords


QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
CLIMB = frozenset({"xcomp", "ccomp"})  # not advcl/conj: "you could see bodies after soldiers opened fire"
CONSENT = frozenset({"agree", "accept", "consent", "acknowledge", "understand"})  # "I agree to the terms"
SAYING = frozenset({"say", "tell", "add", "insist", "state", "declare", "write", "argue", "explain"})


def addressed(head: Token, cues: CueWords) -> str:
    """Why the act at ``head`` is told to or by the reader ("" when it is news). A quoted
    sentence is left alone: "'You will pay,' the rebels warned" is what someone said."""
    if any(t.text in QUOTES for t in head.sent):
        return ""
    for node in _clauses(head):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ == "you" and not _saying_near(head):
            return f"'you {node.text}': an act put to the reader"
        consent = node.tag_ == "VBP" and node.lemma_.lower() in CONSENT
        if subject is not None and subject.lower_ == "i" and consent and not _saying_near(head):
            return f"'I {node.text}': the reader's own voice"
        if subject is None and _imperative(node):
            return f"'{node.text}': an instruction to the reader"
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in cues["condition"]), None)
        if mark is not None:
            return f"'{mark.text} ... {node.text}': only a condition"
    return ""


def _clauses(head: Token) -> list[Token]:
    """The verb of the act and the clauses it hangs from ("to Accept" under "If you choose")."""
    node = head if head.pos_ in ("VERB", "AUX") else head.head
    found = [node]
    while node.dep_ in CLIMB and node.head.i != node.i:
        node = node.head
        found.append(node)
    return found


def _imperative(verb: Token) -> bool:
    """A bare verb opening the sentence with no subject or auxiliary ("Accept all cookies")."""
    first = next(t for t in verb.sent if not t.is_punct)
    bare = verb.tag_ == "VB" and verb.dep_ == "ROOT" and first.i == verb.i
    return bare and not any(c.dep_ in ("aux", "auxpass", "expl") for c in verb.children)


def _saying_near(head: Token) -> bool:
    """The sentence names someone saying it ("I agree with the plan, he said"): a quotation."""
    return any(t.lemma_.lower() in SAYING for t in head.sent if t.pos_ == "VERB")

"""Who a later sentence says did an act told before: "The attack was carried out by the rebels",
"the bombing was blamed on the ADF", "militiamen were behind the attack". Like a claim of
responsibility, such a sentence names the doer of the act it refers back to ("the attack").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Any

from eventwire.stages.actor_kinds import UNIDENTIFIED_GROUP
from eventwire.stages.roles import phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from eventwire.records import Actor

# nouns that refer back to a violent act told before
ACT_NOUNS = frozenset(
    {
        "attack",
        "assault",
        "raid",
        "ambush",
        "bombing",
        "massacre",
        "killing",
        "shooting",
        "blast",
        "explosion",
        "abduction",
        "kidnapping",
        "incursion",
        "offensive",
    }
)
DOING_VERBS = frozenset({"carry", "perpetrate", "commit", "conduct", "stage", "launch", "execute"})
DOUBTING = frozenset({"deny", "reject", "dispute", "doubt", "question", "dismiss", "wonder", "ask"})
REFERRING = frozenset({"the", "this", "that", "these", "those", "both"})


def attributed_doers(doc: Doc) -> list[Token]:
    """The heads of those a sentence names as the doers of an act it refers back to, in order of
    mention: "the attack was carried out by X", "the bombing was blamed on X", "X were behind
    the attack". Not a denial ("X denied being behind the attack") or a negation."""
    out: list[Token] = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in tok.children) or _doubted(tok):
            continue
        doer = _doer(tok)
        if doer is not None:
            out.append(doer)
    return out


def _doer(verb: Token) -> Token | None:
    lemma = verb.lemma_.lower()
    if lemma in DOING_VERBS:  # "the attack was carried out by X"
        if lemma == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
            return None
        act = _child(verb, "nsubjpass")
        agent = _child(verb, "agent")
        return _child(agent, "pobj") if _refers_to_act(act) and agent is not None else None
    if lemma == "blame":  # "the attack was blamed on X"
        act = _child(verb, "nsubjpass")
        on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        return _child(on, "pobj") if _refers_to_act(act) and on is not None else None
    if lemma == "be":  # "X were behind the attack"
        behind = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "behind"), None)
        subject = _child(verb, "nsubj")
        if behind is None or subject is None or subject.pos_ == "PRON":
            return None
        return subject if _refers_to_act(_child(behind, "pobj")) else None
    return None


def _doubted(verb: Token) -> bool:
    """The attribution is denied, doubted or asked ("officials denied that the attack was carried
    out by soldiers", "it was not clear whether X was behind the attack")."""
    for tok in [verb, *verb.ancestors]:
        if tok.lemma_.lower() in DOUBTING or any(c.dep_ == "neg" for c in tok.children if tok is not verb):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in tok.children):
            return True
        if tok.lower_ in ("unclear", "unknown", "unconfirmed"):
            return True
        if tok.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            return True  # "ruled out that ..."
    return False


def _refers_to_act(noun: Token | None) -> bool:
    """ "the attack", "this bombing", "Monday's massacre": an act told before, not "an attack"."""
    if noun is None or noun.lemma_.lower() not in ACT_NOUNS:
        return False
    return any(c.lower_ in REFERRING or c.dep_ == "poss" for c in noun.children)


def _child(token: Token | None, dep: str) -> Token | None:
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ == dep), None)


def credit_attributed(
    doc: Doc, drafts: Sequence[Any], resolve: Callable[[Span], tuple[Actor | None, str]], armed: AbstractSet[str]
) -> None:
    """The first armed group a later sentence names as the doer ("the attack was carried out by
    anti-Balaka militiamen") is the doer of the violent events told before that sentence, back to
    the last sentence opening another incident ("Separately, ..."), whose doer is untold or only
    an unidentified armed group ("fighters attacked the town"), not of background events.
    ``drafts`` are events being assembled (``actor1``, ``cls.violent``, ``why``)."""
    open_events = [d for d in drafts if d.cls.violent and _unnamed(d.actor1) and not d.why.get("background")]
    if not open_events:
        return
    for doer in attributed_doers(doc):
        actor, why = resolve(phrase(doer))
        if actor is None or actor.sector not in armed or _unnamed(actor):
            continue
        since = _incident_start(doc, doer.sent.start)
        for d in (d for d in open_events if since <= d.sent.start < doer.sent.start):  # it refers back
            d.actor1 = actor
            d.why["actor1"] = f"named as the doer later ('{doer.sent.text.strip()[:60]}'): {why}"
        return


SEPARATE_OPENERS = ("separately", "elsewhere", "meanwhile", "in another", "in a separate", "in an unrelated")


def _incident_start(doc: Doc, before: int) -> int:
    """Where the incident a back-reference ("the attack") can point to begins: the last sentence
    before token ``before`` that opens another incident ("Separately, ...", "In another attack").
    """
    start = 0
    for sent in doc.sents:
        if sent.start >= before:
            break
        if sent.text.lstrip().lower().startswith(SEPARATE_OPENERS):
            start = sent.start
    return start


def _unnamed(actor: Actor | None) -> bool:
    """No doer, or only "an unidentified armed group" ("gunmen", "fighters")."""
    return actor is None or actor.name.startswith(UNIDENTIFIED_GROUP.split("(")[0].strip())

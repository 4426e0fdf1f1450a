"""Clauses of their own: when a trigger beside another in one sentence tells an event of its own.

A weak trigger beside a strong one is usually the same event told again ("suicide bombers killed
eight"), but not when each is told in a finite clause with a subject of its own ("fighters attacked
a post, and the army said it had killed dozens in air strikes"); such clauses do not share a doer.
A clash in a subordinate clause of its own ("..., as clashes left eight dead") is no description of
the main event either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.article_date import WEEKDAYS
from eventwire.stages.doers import own_clause_subject

if TYPE_CHECKING:
    from spacy.tokens import Token


def own_doer(head: Token, strong: list[Token]) -> bool:
    """A verb with a noun subject of its own, told apart from every strong trigger of the sentence,
    each in a clause with another subject ("fighters attacked a post, ..., and the army said it had
    killed dozens in air strikes"): an event of its own, not only a word for the strong one. Not
    where the strong trigger is its doer ("suicide bombers killed eight"), what it did ("hurled
    grenades") or a verb sharing its subject ("attacked the camp and set homes on fire"), nor in a
    relative clause, which tells what was done there before ("the shooting happened at the complex
    where a gunman killed three men in 2012")."""
    if (
        head.pos_ != "VERB"
        or head.dep_ == "relcl"
        or not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in head.children)
    ):
        return False
    return all(clause_verb(s) not in (head, None) for s in strong)


# classes whose acts take no life: a killing told beside them is a deed of its own
NOT_LETHAL = frozenset({"abduction", "property"})


def killed_beside(head: Token, key: str, strong: list[tuple[Token, str]]) -> bool:
    """A weak trigger of class ``key`` sharing its doer with strong triggers whose classes
    (``strong``) all take no life ("gunmen kidnapped a rancher and later killed him", "broke into a
    farm, killed a watchman and set fire to it"): the killing is an event of its own, not the
    kidnapping or the arson told again. ACLED codes such a killing as its own attack with its
    fatalities; the abduction or the arson stays beside it. Only for verbs joined to a strong
    one (sharing its subject), not a killing in a clause under it ("after they killed a trader");
    a killing in a relative clause with a day of its own, beside an arrest, is one too
    (``dated_relative``)."""
    if key in NOT_LETHAL or not strong:
        return False
    if head.dep_ == "relcl":
        return dated_relative(head, strong)
    if any(k not in NOT_LETHAL for _, k in strong):
        return False
    if head.pos_ != "VERB":
        return False
    return any((_joined(head, s) and _main_clause(s)) or _under_main(s, head) for s, _ in strong)


def _under_main(act: Token, killing: Token) -> bool:
    """``act`` (an abduction, an arson) is told in an adverbial clause under the killing that heads
    the sentence ("gunmen killed a guard before abducting 14 pupils"): the killing is told for
    itself, the act beside it."""
    if act.dep_ == "pcomp" and act.head.dep_ == "prep" and act.head.lower_ in ("before", "after", "while"):
        act = act.head  # "before abducting": the preposition hangs from the killing
    own = act.dep_ in ("advcl", "prep") and act.head.i == killing.i
    return own and killing.lemma_.lower() in KILLING and _main_clause(killing)


# verbs that take a life: not a raid or an attack, whose torching or abducting tells what it did
KILLING = frozenset({"kill", "murder", "slay", "behead", "execute", "massacre", "slaughter", "lynch", "assassinate"})


# acts done to the doers of a killing after it: a killing told of them keeps its own record
AFTER_THE_DEED = NOT_LETHAL | {"arrest"}
DAY_WORDS = frozenset(WEEKDAYS) | {"yesterday", "overnight"}


def dated_relative(head: Token, strong: list[tuple[Token, str]]) -> bool:
    """A killing told in a relative clause on its doers, with a day of its own, beside acts that
    take no life ("the men who killed three farmers in Tamba on Monday were arrested on Friday"):
    an event of its own, the arrest another. Not a killing with no day ("the gang that killed a
    judge in 2019 was arrested": background), nor a clause on an act's own word ("the raid, which
    killed three on Monday": the raid told again)."""
    told_on = {s.i for s, _ in strong}
    if head.pos_ != "VERB" or head.head.i in told_on or any(k not in AFTER_THE_DEED for _, k in strong):
        return False
    return any(t.lower_ in DAY_WORDS for t in head.subtree)


def _main_clause(verb: Token) -> bool:
    """``verb`` (or the first of its conjuncts) heads a clause told for itself, not a participle
    clause filling in another act ("raided the village, torching huts and killing nine": one raid)."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ in ("ROOT", "ccomp", "parataxis")


def _joined(a: Token, b: Token) -> bool:
    """``a`` and ``b`` are verbs of one chain of conjuncts ("kidnapped ... and later killed")."""
    return (
        (a.dep_ == "conj" and a.head.i == b.i)
        or (b.dep_ == "conj" and b.head.i == a.i)
        or (a.dep_ == b.dep_ == "conj" and a.head.i == b.head.i)
    )


def clause_verb(word: Token) -> Token | None:
    """The nearest verb at or above ``word`` with a subject of its own: the finite clause it is told
    in; None where that verb is no finite one."""
    for t in (word, *word.ancestors):
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return t if finite(t) else None  # "with gunfire heard inside": no clause of its own
    return None


def other_clause(word: Token, donor: Token) -> bool:
    """The two triggers are told in finite clauses with subjects of their own, each its own doer."""
    mine, theirs = clause_verb(word), clause_verb(donor)
    return mine is not None and theirs is not None and mine.i != theirs.i  # tokens compare by index


def finite(verb: Token) -> bool:
    """A verb with a tense of its own ("killed", "had killed", "fights"), not a bare participle."""
    return verb.tag_ in ("VBD", "VBP", "VBZ", "MD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def clause_of_own(head: Token) -> bool:
    """The trigger tells an incident in a subordinate clause of its own ("..., as clashes between
    police and gangs left eight dead"); not an ongoing backdrop told in the present
    ("the latest attacks on the capital as the army battles the insurgents in the north")."""
    if not own_clause_subject(head):
        return False
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    present = verb.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in verb.children)
    return not present

"""The side of a fight named only as the occasion of a clause: "police and soldiers raided a camp
and freed 19 pupils after a gunfight in which three bandits were killed" (the police and soldiers
fought it), and the doer of a relative clause in a "by" phrase, for :mod:`eventwire.stages.roles`."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["clause_fighter", "names_the_doer"]

FIGHT_PREPS = frozenset({"after", "during", "in", "following", "amid"})
# the men of an armed side, as a clause's subject; not residents, medics or aid workers who act after a fight
FORCE_WORDS = frozenset(
    {
        "police", "policeman", "soldier", "troop", "army", "military", "force", "gendarme", "commando",
        "officer", "militant", "rebel", "gunman", "bandit", "fighter", "insurgent", "jihadist", "militia",
        "militiaman", "guerrilla", "marine",
    }
)  # fmt: skip


def clause_fighter(noun: Token, mutual: Collection[str], subject_of: Callable[[Token], Token | None]) -> Token | None:
    """The armed subject of the active clause a fight noun ("gunfight", "clashes") is the occasion
    of ("troops freed 12 hostages after a gunfight"): that side fought it. Not a subject that died
    or was hurt in it ("two soldiers were killed in a shootout", "... died in clashes"), nor one
    that is not armed men ("residents fled after clashes")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in FIGHT_PREPS or noun.lemma_.lower() not in mutual:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    if verb.lemma_.lower() in ("die", "perish", "flee", "escape", "survive"):
        return None
    subject = subject_of(verb)
    if subject is None or not any(t.lemma_.lower() in FORCE_WORDS for t in (subject, *subject.conjuncts)):
        return None
    return subject


def names_the_doer(noun: Token) -> bool:
    """ "an attack by a group that killed 30 soldiers last year": the clause tells of the doer."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "by"

"""Event words that report no event of their own in their clause: an event noun that only dates
the clause's own act ("soldiers killed six fighters two days after the ambush": the killing is the
report, the ambush its time reference), and an act named as what someone lives, is known or is
ready for ("a man who lived for fighting", "units trained for fighting in towns"). Read by
stages/triggers.py (``irrealis_reason``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.nlp import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import Lexicon

ANCHOR_PREPS = frozenset({"after", "before", "since", "following", "until"})
# What may stand between the clause's verb and the preposition: "two days after", "shortly before".
SPAN_HEADS = frozenset(
    "minute minutes hour hours day days week weeks month months year years moment moments shortly soon just "
    "only long right hours".split()
)
# What a bare time reference may carry: "the ambush", "Monday's ambush", "the deadly ambush".
BARE_DEPS = frozenset({"det", "poss", "amod", "compound", "case", "predet"})
# Words whose "for" names an aim, a skill or a reputation, not an act done: "lived for fighting",
# "known for fighting", "trained for fighting", "ready for fighting", "a taste for killing".
DISPOSITION_HEADS = frozenset(
    "live know train ready prepare prepared famous notorious renowned fit eager keen hungry itch born made "
    "taste passion love lust thirst appetite knack talent zeal zest reputation equip equipped".split()
)


def violent_verb(verb: Token, lexicon: Lexicon) -> bool:
    """The verb is a weak one-word trigger verb of a violent class ("killed", "shot"): one a strong
    event noun in its sentence would silence. A strong verb ("ambushed", "shelled") is reported
    anyway, and the noun beside it is kept for the date stage to count from
    (stages/when_referents.py) and for dedup to join to the event it names again."""
    entries = lexicon.by_last.get(lemma(verb)) or lexicon.by_last.get(verb.lower_) or []
    return any(
        len(e.words) == 1 and e.pos in ("V", "*") and not e.strong and lexicon.classes[e.cls].violent for e in entries
    )


WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def time_anchor(noun: Token, lexicon: Lexicon) -> str:
    """Why the event noun only dates its clause's own event ("" when it does not): it is the bare
    object of "after", "before", "since", "following" or "until" (with no doer, victim, place or
    clause of its own: "after the ambush", not "after the ambush of a convoy" or "after the ambush
    that killed 12"), and the verb it hangs on, directly or through "two days", is itself an event
    word (a weak violent trigger verb of the lexicon: see ``violent_verb``). "The ceasefire collapsed after the
    ambush" keeps the ambush."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ not in ANCHOR_PREPS:
        return ""
    if any(c.dep_ not in BARE_DEPS for c in noun.children) or not _definite(noun) or _own_day(noun):
        return ""
    prep = noun.head
    verb = prep.head
    if verb.lower_ in SPAN_HEADS or verb.lemma_.lower() in SPAN_HEADS:  # "two days after", "shortly before"
        if verb.dep_ not in ("npadvmod", "advmod", "pobj"):
            return ""
        verb = verb.head
    if verb.pos_ != "VERB" or not violent_verb(verb, lexicon):
        return ""
    return f"'{prep.text} the {noun.text}': a time reference of '{verb.text}', not an event of its own"


def _own_day(noun: Token) -> bool:
    """The noun carries a day of its own ("the Wednesday bombing", "Monday's attack", "the March 3
    ambush"): an earlier event told with its date, which is news of its own."""
    return any(c.ent_type_ in ("DATE", "TIME") or c.lower_ in WEEKDAYS for c in noun.children)


def _definite(noun: Token) -> bool:
    """The noun is a known event: "the ambush", "that attack", "Friday's ambush" (not "an ambush",
    which is news of its own)."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "that", "this", "these", "those")) or c.dep_ == "poss"
        for c in noun.children
    )


def disposition(head: Token) -> str:
    """Why the act is only what someone lives, trains or is known for ("" when it is not):
    "a man who lived for fighting", "units trained for fighting in towns", "known for killing"."""
    if head.dep_ not in ("pobj", "pcomp") or head.head.lower_ != "for":
        return ""
    owner = head.head.head
    if owner.lemma_.lower() in DISPOSITION_HEADS or owner.lower_ in DISPOSITION_HEADS:
        return f"'{owner.text} for {head.text}': an aim or a reputation, not an act done"
    return ""

"""A modal of ability on a verb of confirming tells a fact, not a possibility.

"Could" and "can" make what a verb governs unreal ("rebels could attack the town"), but not on a
verb of confirming or verifying: "observers could confirm only one: on Sunday, fighters attacked a
patrol" says the attack was confirmed; "could confirm" is a past ability exercised. Other modals
("may confirm", "will verify") and a negation ("could not confirm the attack", which the negation
check on the same verb catches) still leave the event unconfirmed.

Meant for ``triggers._irrealis_at``: its modal check skips a modal for which
``confirmed_by(node, child)`` holds (proposed to the owner of stages/triggers.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ABILITY = frozenset({"could", "can", "ca"})  # "ca" as spaCy splits "can't"
CONFIRMING = frozenset({"confirm", "verify", "corroborate", "establish", "document"})


def confirmed_by(verb: Token, modal: Token) -> bool:
    """``modal`` ("could") on ``verb`` ("confirm") tells a confirmation that was made, not negated."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    return modal.lower_ in ABILITY and verb.lemma_.lower() in CONFIRMING and not negated

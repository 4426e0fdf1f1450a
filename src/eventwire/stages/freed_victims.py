"""People named as earlier victims of an abduction inside a report of their release: "released
three hostages", "rescued seven kidnapped villagers", "the release of the abductees", "hostages
freed on Monday". The noun or participle describes who was freed; it reports no new abduction.
Used by :mod:`eventwire.stages.triggers`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords

OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def freed_victims(head: Token, cls: str, cues: CueWords) -> str:
    """Why an abduction trigger only names people being freed ("" when it does not): the noun
    ("hostages") or the noun the participle describes ("kidnapped victims") is what a verb of
    freeing acts on, what its noun is "of", or is itself described as freed."""
    if cls != "abduction":
        return ""
    if head.pos_ == "VERB" and head.dep_ == "amod" and head.tag_ == "VBN":
        noun = head.head  # "rescued seven kidnapped victims"
    elif head.pos_ in ("NOUN", "PROPN"):
        noun = head
    else:
        return ""
    freeing = cues["freeing"]
    if any(c.dep_ in ("amod", "acl") and c.lemma_.lower() in freeing for c in noun.children):
        return f"'{head.text}': people freed, named as earlier victims"  # "the freed hostages"
    top = noun
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head
    verb = top.head
    if top.dep_ == "pobj" and verb.lower_ == "of" and verb.dep_ == "prep":
        verb = verb.head  # "the release of the hostages"
    elif top.dep_ not in OBJECT_DEPS:
        return ""
    if verb.lemma_.lower() not in freeing:
        return ""
    return f"'{verb.text} ... {head.text}': people freed, named as earlier victims, not a new abduction"

"""What someone is accused of, blamed for or denies: no event of its own, unless the accusation
tells a toll (the dead are reported as fact, only who killed them is alleged). Used by the
filter that keeps only reports of real events (``stages/triggers.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from eventwire.stages.triggers import CueWords

TOLL_VERBS = frozenset({"kill", "wound", "injure", "maim"})
DENYING = frozenset({"deny", "denial"})
FIGURE_DEPS = frozenset({"nummod", "dobj", "nsubj", "nsubjpass", "appos"})


def alleged(head: Token, cues: CueWords) -> str:
    """What someone is accused of or denies ("accused the army of violating the truce") is no event of
    its own; a relative or adverbial clause on the way up is ("blamed the rebels, who rejected ...")."""
    node, via = head, None
    while node.head.i != node.i and node.dep_ not in ("relcl", "advcl", "parataxis"):
        content = node.dep_ in ("prep", "pcomp", "ccomp", "xcomp", "acl")
        content = content or (
            node.dep_ == "dobj" and via is not None and via.lower_ in ("of", "for")
        )  # "accused [X of ...]"
        if node.head.lemma_.lower() in cues["accusing"] and content:
            return f"alleged by '{node.head.text}'"
        node, via = node.head, node
    return ""


def alleged_toll(node: Token, via: Token | None, cues: CueWords) -> bool:
    """An accusation whose content gives a toll ("accused rebels of shelling a camp, killing 14"):
    the dead are reported as fact, only who killed them is alleged, so the event stands. Not a
    denial ("denied killing 14 villagers")."""
    lemma = node.lemma_.lower()
    if lemma not in cues["accusing"] or lemma in DENYING or via is None:
        return False
    parts = [via, *(c for c in node.children if c.dep_ == "advcl" and c.tag_ == "VBG")]
    return any(
        _figure(t) and TOLL_VERBS & {t.head.lemma_.lower(), t.head.head.lemma_.lower()}
        for part in parts
        for t in part.subtree
    )


def _figure(token: Token) -> bool:
    """A number of people, not a year or a time ("killing 14", "killing 12 protesters"; not
    "killing his wife in 2012")."""
    return token.like_num and token.dep_ in FIGURE_DEPS and token.ent_type_ not in ("DATE", "TIME", "ORDINAL")


def responsible_party(act: Token) -> Token | None:
    """Who is said to be responsible for an act: "soldiers were responsible for the massacre",
    "groups held the army responsible for the killing" (the army; the groups only accuse)."""
    prep = act.head
    if act.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lower_ != "responsible":
        return None
    word = prep.head
    if word.dep_ == "oprd":  # "held the army responsible"
        return next((c for c in word.head.children if c.dep_ in ("dobj", "obj")), None)
    if word.dep_ == "acomp":  # "soldiers were responsible"
        return next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    return None

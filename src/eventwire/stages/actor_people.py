"""People named as a crowd of a country ("killed 12 Iraqis", "Iraqis protested") and phrases that
count the dead ("six civilians dead in the shelling"), for ``actors.ActorCoder``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from eventwire.stages.roles import reduced_passive

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from eventwire.stages.states import States

__all__ = ["casualty_phrase", "people_of"]

PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally"})
CASUALTY_WORDS = frozenset({"dead", "wounded", "injured"})


def casualty_phrase(span: Span) -> bool:
    """ "six civilians dead in El Fasher shelling", "two soldiers wounded": a count of the dead or
    hurt, which the parser may give a verb as its subject; they suffered the deed, never did it."""
    heads = [span.root, *(t for t in span if t.dep_ == "nsubj" and t.head.i == span.root.i)]
    return any(c.dep_ == "amod" and c.lower_ in CASUALTY_WORDS and c.i > h.i for h in heads for c in h.children)


def people_of(head: Token, states: States, protesting: bool = False) -> str | None:
    """The country of a plural demonym standing as a victim or target ("killed 12 Iraqis",
    "arrested 15 Palestinians"): those are people of the country, not its state or army.
    As the doer ("Israelis and Palestinians clashed") the demonym keeps its usual reading;
    with ``protesting``, the country of one that is the subject of a verb of protest
    ("Iraqis protested in Baghdad": protesters, not the state)."""
    from eventwire.stages.geocode import demonym_country

    text = head.text
    if head.pos_ not in ("NOUN", "PROPN") or not text.endswith("s") or not text[:1].isupper():
        return None
    role = head.head if head.dep_ == "conj" else head  # "Israelis and Palestinians clashed"
    doer = (role.dep_ == "nsubj" and not reduced_passive(role.head)) or (
        role.dep_ == "pobj" and role.head.lower_ == "by"
    )  # "Afghans killed in the blast": a participle taken for a verb; they were killed
    if doer != protesting or (protesting and role.head.lemma_.lower() not in PROTEST_VERBS):
        return None
    if states.gazetteer.country_by_name(text) is not None:  # type: ignore[attr-defined]
        return None  # "the Philippines" is the country
    return demonym_country(text) or demonym_country(text[:-1])

"""Country names used as nationalities, for :func:`eventwire.stages.toponym_search.find_mentions`
and the article's focus (:func:`eventwire.stages.geocode.article_focus`).

- A country's name before a noun of people, forces or institutions says whose they are, as a
  demonym does ("the U.S. embassy", "US forces", "UK troops", "Iraq government officials"): the
  embassy is in its host town, the troops where they fight. Such a mention is no event location,
  and it says less of where the story is than a place named as one.
- A ship's or aircraft's flag, registry or owner ("a Liberian-flagged bulk carrier", "a
  Panama-registered tanker", "a Greek-owned ship") says nothing of where it was: such a name or
  demonym does not count for the focus at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.stages.toponyms import Mention


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# lemmas of nouns a nationality modifies: people, forces and institutions of a state, its citizens
NATIONALITY_HEADS = _words(
    "embassy consulate mission diplomat ambassador envoy consul attache delegation official officer "
    "force troop soldier army military navy marine airman sailor commander general personnel contractor "
    "government president minister administration authority agency intelligence spy agent "
    "citizen national resident tourist hostage journalist reporter correspondent worker volunteer "
    "warship warplane jet drone aircraft plane helicopter vessel ship submarine destroyer carrier "
    "company firm bank"
)
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
FLAG_WORDS = _words("flagged registered owned operated")
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def names_country(m: Mention) -> bool:
    """Whether the mention is a country's own name ("U.S.", "Britain")."""
    return any(x.primary and x.place.kind == "country" for x in m.matches)


def nationality_modifier(doc: Doc, m: Mention) -> bool:
    """Whether a country's name modifies a noun of people, forces or institutions ("the U.S.
    embassy", "US aid workers", "UK troops"): a nationality, not a place."""
    if not names_country(m) or m.suffix is not None:
        return False
    root = doc[m.start : m.end].root
    if root.dep_ not in MODIFIER_DEPS:
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i:  # "US aid workers"
        head = head.head
    return head.i > root.i and head.ent_type_ not in PLACE_ENTITIES and _lemma(head) in NATIONALITY_HEADS


def _lemma(tok: Token) -> str:
    """The lemma, also of an upper-case word the tagger took for a name ("THE U.S. CONSUL")."""
    lemma = tok.lemma_.lower()
    return lemma[:-1] if lemma not in NATIONALITY_HEADS and lemma.endswith("s") else lemma


def flag_state(doc: Doc, start: int, end: int) -> bool:
    """Whether the words [start, end) name a flag, registry or owner: "Liberian-flagged",
    "a Panama-registered tanker", "Greek-owned"."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in FLAG_WORDS

"""Who did it to whom where English grammar hides it from the parser: a verb with a particle or
complement before its object ("burned to death 12 villagers") read as a participle, a passive
joined to another with one "by" agent, a relative pronoun for the noun it follows, a gerund after
"after"/"before", the other side of "made contact with", an object "them" or "12 of them", and
the owner of a military thing struck ("a Russian airfield"). Sentences written for the tests
(stages/fragments.py, roles.py, actor_refs.py, actors.py, pairs.py, sides.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def sides(pipeline: Any, text: str, trigger: str) -> tuple[str | None, str | None]:
    article = Article(id="t", text=text, published=date(2022, 5, 18))
    found = [e.to_dict() for e in pipeline.extract_article(article)]
    found = [e for e in found if trigger in e["trigger"].lower()]
    assert found, text
    a1, a2 = found[0]["actor1"], found[0]["actor2"]
    return (a1 or {}).get("name"), (a2 or {}).get("name")


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        # the parser hangs the verb from its subject as a participle; a participle takes no object
        (
            "Bandits burned to death nine farmers in Katsina on Sunday.",
            "burned",
            ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
        ),
        (
            "A mob stabbed to death a shopkeeper in Jos on Sunday.",
            "stabbed",
            ("Rioters (Nigeria)", "Civilians (Nigeria)"),
        ),
        # one "by" agent for two joined passives
        (
            "Three traders were kidnapped and later killed by the rebels near Beni on Sunday.",
            "kidnapped",
            ("Rebel Forces (Democratic Republic of the Congo)", "Civilians (Democratic Republic of the Congo)"),
        ),
        # the relative pronoun is the noun it follows
        (
            "An Ethiopian helicopter, which fired rockets at the village of Dera on Sunday, flew back north.",
            "fired",
            ("Military Forces of Ethiopia", None),
        ),
        # "after/before" + gerund: the main clause's subject did it
        (
            "After abducting the pastor, the kidnappers demanded a ransom in Kaduna on Sunday.",
            "abducting",
            ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
        ),
        # the "with" of "made contact", "exchanged fire" is the other side
        (
            "Soldiers made contact with the bandits near Gusau on Sunday.",
            "made contact",
            ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)"),
        ),
        # "their attacks", the object of a verb whose subject names the men
        (
            "Witnesses said on Sunday that the rebel fighters have increased their attacks against the railway"
            " near Goma.",
            "attacks",
            ("Rebel Forces (Democratic Republic of the Congo)", None),
        ),
        # a light verb without a subject of its own: the clause's
        (
            "Ugandan troops crossed the border near Beni on Sunday to carry out raids on rebel camps.",
            "raids",
            ("Military Forces of Uganda", "Rebel Forces (Democratic Republic of the Congo)"),
        ),
        # a Russian airfield is Russia's forces' side, whoever's missiles hit it
        (
            "British missiles fired by Ukrainian troops hit a Russian airfield near Saky on Sunday.",
            "fired",
            ("Military Forces of Ukraine", "Military Forces of Russia"),
        ),
        (
            "Hezbollah launched rockets at Israeli positions near Metula on Sunday.",
            "launched",
            ("Hezbollah", "Military Forces of Israel"),
        ),
        (
            "Taliban fighters stormed an Afghan police checkpoint in Kunduz on Sunday.",
            "stormed",
            ("Taliban", "Police Forces of Afghanistan"),
        ),
    ],
)
def test_grammar_roles(pipeline: Any, text: str, trigger: str, want: tuple[str | None, str | None]) -> None:
    assert sides(pipeline, text, trigger) == want


def test_object_them_stands_for_the_men_fought(pipeline: Any) -> None:
    """ "Soldiers ... and killed 12 of them": "them" is the bandits, not the soldiers."""
    text = "Soldiers pursued the bandits into the forest near Gusau on Sunday and killed 12 of them."
    assert sides(pipeline, text, "killed") == ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")


def test_relative_clause_after_a_place_is_no_doer(pipeline: Any) -> None:
    """A relative clause on a town or a thing names no doer that is not an actor."""
    text = "Gunmen attacked the market in Kano, which was crowded, on Sunday."
    assert sides(pipeline, text, "attacked")[0] == "Unidentified Armed Group (Nigeria)"


def test_own_forces_are_not_the_owner_side(pipeline: Any) -> None:
    """A state's forces hitting a post of their own state do not get themselves as the other side."""
    text = "Russian troops shelled a Russian checkpoint by mistake near Belgorod on Sunday."
    assert sides(pipeline, text, "shelled") == ("Military Forces of Russia", None)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("After burning the school, the militants fled into the bush.", "militants"),
        ("Police arrested three men in Kano on Sunday for burning a school.", None),  # a reason, not a time
    ],
)
def test_gerund_doer(pipeline: Any, text: str, doer: str | None) -> None:
    """A gerund after "after/before/by" is done by the main clause's subject; after "for" it is not."""
    from eventwire.stages.roles import agent_patient

    doc = pipeline.nlp(text)
    verb = next(t for t in doc if t.lower_ == "burning")
    agents = agent_patient(verb)[0]
    assert (agents[0].root.lower_ if agents else None) == doer


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the article's only named rebel group, named after the generic noun
        (
            "Guerrillas ambushed an army patrol near Ilobasco on Sunday. The FMLN said the patrol had entered"
            " its zone.",
            "Farabundo Marti National Liberation Front",
        ),
        # a variant spelling of "guerrilla"
        ("Guerillas ambushed an army patrol in Chalatenango on Sunday.", "Rebel Forces (El Salvador)"),
        # two groups named: the generic noun is neither
        (
            "Militants ambushed an army patrol in Kunar on Sunday. The Taliban and the Islamic State both"
            " operate there.",
            "Militants (Afghanistan)",
        ),
    ],
)
def test_generic_rebels_and_the_named_group(pipeline: Any, text: str, want: str) -> None:
    assert sides(pipeline, text, "ambushed")[0] == want


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Farmers said soldiers were responsible for the massacre of 14 herders near Menaka on Sunday.", "massacre"),
        ("Rights groups held the army responsible for the killing of 14 herders near Menaka on Sunday.", "killing"),
    ],
)
def test_who_is_held_responsible(pipeline: Any, text: str, trigger: str) -> None:
    """The side said to be responsible for an act did it; those who say so did not."""
    assert sides(pipeline, text, trigger)[0] == "Military Forces of Mali"


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        # "they" after gunmen who can be the doer: the gunmen, not the army that reports it
        (
            "The army said gunmen stormed a base near Mopti on Sunday, and they killed two soldiers.",
            "stormed",
            "Unidentified Armed Group (Mali)",
        ),
        # the gunmen cannot repel their own assault: "they" is the police who report it
        (
            "The police said gunmen stormed a base near Mopti on Sunday, and they repelled the assault, killing"
            " four attackers.",
            "repelled",
            "Police Forces of Mali",
        ),
        # a reporter that is no force stands for no one
        (
            "Residents said gunmen stormed a base near Mopti on Sunday, and they repelled the assault, killing"
            " four attackers.",
            "repelled",
            None,
        ),
    ],
)
def test_they_and_the_reporting_force(pipeline: Any, text: str, trigger: str, doer: str | None) -> None:
    assert sides(pipeline, text, trigger)[0] == doer

"""Who did it to whom where the words hide it: capitals speaking for their state, "they" after
gunmen named before, the dead of a "when" clause, a government retaking its own posts, two sides
named by coordinated words or a fight someone was "in", bus passengers and a state's weapons,
on sentences written for the tests (stages/actors.py, actor_refs.py, actor_phrases.py,
pairs.py, roles.py, sides.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=date(2022, 5, 18))
    return [e.to_dict() for e in pipeline.extract_article(article)]


def sides(pipeline: Any, text: str, trigger: str) -> tuple[str | None, str | None]:
    found = [e for e in events(pipeline, text) if trigger in e["trigger"].lower()]
    assert found, text
    a1, a2 = found[0]["actor1"], found[0]["actor2"]
    return (a1 or {}).get("name"), (a2 or {}).get("name")


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        # a capital the tagger leaves unmarked, as the subject of an accusation, is its government
        (
            "Kyiv accused Moscow of bombing a clinic in Kherson on Tuesday, killing four patients.",
            "accused",
            ("Government of Ukraine", "Government of Russia"),
        ),
        (
            "Kyiv accused Moscow of bombing a clinic in Kherson on Tuesday, killing four patients.",
            "bombing",
            ("Military Forces of Russia", "Civilians (Ukraine)"),
        ),
        # the accused capital is the alleged doer of the act it is accused of
        (
            "Moscow accused Kyiv of shelling a village in the Kursk region on Sunday, killing three people.",
            "shelling",
            ("Military Forces of Ukraine", "Civilians (Russia)"),
        ),
        # a capital the tagger reads as an organisation, on whom sanctions fall, with its country named
        (
            "Canada imposed sanctions on Minsk on Tuesday, citing Belarus's support for the war.",
            "sanctions",
            ("Government of Canada", "Government of Belarus"),
        ),
    ],
)
def test_capitals_stand_for_their_state(pipeline: Any, text: str, trigger: str, want: tuple[str, str]) -> None:
    assert sides(pipeline, text, trigger) == want


def capital_mentions(pipeline: Any, nlp: Any, text: str) -> list[str]:
    """The governments ``ActorCoder.mentions`` finds through a capital's name in ``text``."""
    from eventwire.stages.actors import ActorCoder, States, load_dictionary
    from eventwire.stages.nlp import parse

    coder = ActorCoder(load_dictionary(), States(pipeline.gazetteer))
    return [m.actor.name for m in coder.mentions(next(parse(nlp, [text]))) if m.kind == "capital"]


def test_a_capital_read_as_a_person_speaks_for_its_state(pipeline: Any, nlp: Any) -> None:
    text = "Khartoum accused the RSF of shelling a market in Omdurman on Sunday, killing 12 people."
    assert sides(pipeline, text, "accused")[0] == "Government of Sudan"
    # a person of that name introduced before, or a country the article never names, is no state
    text = "Officials in Sudan met Ahmed Khartoum on Monday. Khartoum said the talks went well."
    assert capital_mentions(pipeline, nlp, text) == []
    assert capital_mentions(pipeline, nlp, "Victoria said the storm destroyed her home.") == []  # read as ORG


def test_a_capital_is_a_state_only_where_one_acts(nlp: Any) -> None:
    from eventwire.stages.actor_phrases import stands_for_state

    def word(text: str, name: str) -> Any:
        return next(t for t in nlp(text) if t.text == name)

    assert stands_for_state(word("Kyiv said the talks had failed.", "Kyiv"))
    assert stands_for_state(word("Washington urged Kyiv to hold talks.", "Kyiv"))
    assert not stands_for_state(word("Sirens sounded in Kyiv overnight.", "Kyiv"))
    assert not stands_for_state(word("Kyiv was hit by drones overnight.", "Kyiv"))


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        (
            "Bandits often raid farms in the area, and on Sunday they attacked a market near Gusau, killing nine.",
            "attacked",
            "Unidentified Armed Group (Nigeria)",
        ),
        (
            "Militants have stepped up their raids in the province. On Friday they ambushed a convoy near "
            "Ghazni, killing four soldiers.",
            "ambushed",
            "Militants (Afghanistan)",
        ),
        # a speaker named after the pronoun is not whom it stands for
        (
            "Bandits have raided farms in the area for months, and on Sunday they abducted 12 farmers near "
            "Gusau, police said.",
            "abducted",
            "Unidentified Armed Group (Nigeria)",
        ),
        # the pronoun carries on the subject, not the men it killed
        (
            "Soldiers killed five gunmen near Kaduna on Monday. They also seized a cache of rifles.",
            "seized",
            "Military Forces of Nigeria",
        ),
    ],
)
def test_they_refers_back_to_armed_men(pipeline: Any, text: str, trigger: str, want: str) -> None:
    assert sides(pipeline, text, trigger)[0] == want


def test_who_died_when_it_was_shelled_did_not_shell(pipeline: Any) -> None:
    text = "Two farmers died when their village was bombed near Idlib on Sunday."
    assert sides(pipeline, text, "bombed") == (None, "Civilians (Syria)")


def test_a_passive_joined_to_a_clause_tells_what_its_subject_suffered(pipeline: Any) -> None:
    text = "Soldiers advanced on the town and were ambushed near Idlib on Sunday."
    assert sides(pipeline, text, "ambushed") == (None, "Military Forces of Syria")


def test_a_government_retakes_posts_from_the_other_side(pipeline: Any) -> None:
    assert sides(pipeline, "Syrian troops retook two army posts near Idlib on Sunday.", "retook") == (
        "Military Forces of Syria",
        None,
    )
    assert sides(pipeline, "Rebels overran an army base near Idlib on Sunday.", "overran")[1] == (
        "Military Forces of Syria"
    )


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        (
            "Heavy fighting raged between Russian and Ukrainian forces near Bakhmut on Monday.",
            "fighting",
            ("Military Forces of Russia", "Military Forces of Ukraine"),
        ),
        (
            "Fighting between Russian and Ukrainian units continued near Bakhmut on Monday.",
            "fighting",
            ("Military Forces of Russia", "Military Forces of Ukraine"),
        ),
        (
            "Police and gang members exchanged fire in Karachi on Monday.",
            "exchanged fire",
            ("Police Forces of Pakistan", "Gang (Pakistan)"),
        ),
        (
            "Police engaged the gunmen in a shootout in Kaduna on Monday.",
            "shootout",
            ("Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)"),
        ),
        (
            "Soldiers were locked in fierce fighting with rebels near Goma.",
            "fighting",
            (
                "Military Forces of the Democratic Republic of the Congo",
                "Rebel Forces (Democratic Republic of the Congo)",
            ),
        ),
    ],
)
def test_both_sides_of_a_fight(pipeline: Any, text: str, trigger: str, want: tuple[str, str]) -> None:
    assert sides(pipeline, text, trigger) == want


def test_allies_named_together_fight_the_object(pipeline: Any) -> None:
    text = "Turkish and Russian troops fought Kurdish fighters near Manbij."
    assert sides(pipeline, text, "fought")[1] == "Kurdish forces"


def test_bus_passengers_are_civilians(pipeline: Any) -> None:
    assert sides(pipeline, "Bandits ambushed a bus near Kaduna on Monday, killing six.", "ambushed")[1] == (
        "Civilians (Nigeria)"
    )
    assert sides(pipeline, "Bandits ambushed a police bus near Kaduna on Monday.", "ambushed")[1] != (
        "Civilians (Nigeria)"
    )


def test_a_states_weapons_are_its_forces(pipeline: Any) -> None:
    text = "Russian missiles struck Kharkiv on Monday, killing two people."
    assert sides(pipeline, text, "struck")[0] == "Military Forces of Russia"


def test_mourners_are_civilians(pipeline: Any) -> None:
    text = "Gunmen opened fire on mourners at a funeral near Jos on Saturday, killing seven."
    assert sides(pipeline, text, "fire")[1] == "Civilians (Nigeria)"


def test_who_is_blamed_for_an_act_told_as_a_noun_did_it(pipeline: Any) -> None:
    text = "The governor blamed bandits for the massacre of 14 farmers near Gusau on Sunday."
    assert sides(pipeline, text, "massacre") == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")


def test_the_toll_of_an_accusation_tells_the_victims(pipeline: Any) -> None:
    text = "Baghdad accused Ankara of shelling villages in Duhok province, killing four civilians."
    assert sides(pipeline, text, "shelling") == ("Military Forces of Turkey", "Civilians (Iraq)")


def test_air_defences_and_weapons_intercepted_are_forces(pipeline: Any) -> None:
    text = "Syrian air defenses intercepted Israeli missiles over Damascus on Monday."
    assert sides(pipeline, text, "intercepted") == ("Military Forces of Syria", "Military Forces of Israel")
    text = "Kyiv said its air defences shot down 12 drones overnight."
    assert sides(pipeline, text, "shot down")[0] == "Military Forces of Ukraine"


def test_they_is_not_the_men_its_own_verb_strikes(pipeline: Any) -> None:
    text = (
        "Police said gunmen raided a village near Bauchi on Friday, and they repelled the raid, "
        "killing seven of the gunmen."
    )
    assert sides(pipeline, text, "repelled") == ("Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)")


def test_they_carries_on_a_passive_subject(pipeline: Any) -> None:
    text = "Herders attacked a farm near Jos. Troops were sent to the area and they killed six herders in a shootout."
    assert sides(pipeline, text, "shootout")[0] == "Military Forces of Nigeria"


@pytest.mark.parametrize(
    "text",
    [
        "Chilean soldiers detained workers in Temuco. Sofia, a nurse, accused the soldiers of abuse.",
        "Peruvian police detained miners in Cusco. Victoria, 19, accused the officers of beating her.",
    ],
)
def test_a_person_named_like_a_capital_is_no_government(pipeline: Any, text: str) -> None:
    assert sides(pipeline, text, "accused")[0] is None


def test_a_weapon_fired_by_others_is_not_its_makers(pipeline: Any) -> None:
    text = "British missiles launched by Ukrainian jets hit a Russian depot near Donetsk on Friday."
    a1, a2 = sides(pipeline, text, "launched")
    assert a1 == "Military Forces of Ukraine"
    assert a2 in (None, "Military Forces of Russia")
    text = "Russian rockets fired at Odesa killed two people on Friday."  # fired, by none named: the state's own
    assert sides(pipeline, text, "rocket")[0] == "Military Forces of Russia"


def test_a_bus_carrying_troops_is_no_civilians(pipeline: Any) -> None:
    for text in (
        "A bomb struck a coach carrying border guards near Chaman on Tuesday, killing six.",
        "A bomb struck a bus carrying policemen near Kohat on Tuesday, killing six.",
    ):
        assert sides(pipeline, text, "bomb")[1] in (None, "Military Forces of Pakistan", "Police Forces of Pakistan")
    text = "A bomb struck a bus carrying pilgrims near Kohat on Tuesday, killing six."
    assert sides(pipeline, text, "bomb")[1] == "Civilians (Pakistan)"


def test_a_shared_capital_name_is_the_larger_country(pipeline: Any) -> None:
    text = "Gunmen shot dead a trader in Kingston, Jamaica on Monday."
    assert sides(pipeline, text, "shot")[1] == "Civilians (Jamaica)"

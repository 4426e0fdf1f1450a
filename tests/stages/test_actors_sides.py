"""Which side is which: two-sided fights, a speaker's own men, coalitions, political actors and
the roles of protests, threats and meetings (sentences written for the tests)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=date(2022, 5, 4))
    return [e.to_dict() for e in pipeline.extract_article(article)]


def name(actor: dict[str, Any] | None) -> str | None:
    return actor["name"] if actor else None


def test_government_troops_fighting_a_named_group_are_the_states(pipeline: Any) -> None:
    text = "Fighting between Shabaab militants and government troops killed 11 fighters near Baidoa on Friday."
    ev = events(pipeline, text)[0]
    assert name(ev["actor1"]) == "al-Shabaab"
    assert name(ev["actor2"]) == "Military Forces of Somalia"


def test_a_named_groups_modifier_still_covers_a_second_plain_noun(pipeline: Any) -> None:
    ev = events(pipeline, "Taliban gunmen and suicide bombers stormed a police compound in Kunduz on Monday.")[0]
    assert name(ev["actor1"]) == "Taliban"


def test_its_fighters_are_the_speakers_own(pipeline: Any) -> None:
    ev = events(pipeline, "The ELN said its fighters had killed six soldiers in an ambush in Arauca on Tuesday.")[0]
    assert name(ev["actor1"]) == "ELN"
    assert ev["actor2"]["sector"] == "MIL"


def test_a_gang_leaders_men_are_the_gang(pipeline: Any) -> None:
    text = (
        "Gang boss Pierre Dorval's men attacked a police post in Croix-des-Bouquets on Sunday, killing three officers."
    )
    ev = events(pipeline, text)[0]
    assert ev["actor1"]["sector"] == "UAG" and ev["actor1"]["name"].startswith("Gang")
    assert ev["actor2"]["sector"] == "COP"


def test_a_bare_coalition_refers_back_to_the_led_coalition(pipeline: Any) -> None:
    text = (
        "The Saudi-led coalition bombed Houthi positions in Hajjah on Monday.\n\n"
        "Coalition warplanes also struck a bridge in Saada on Wednesday, killing four people."
    )
    later = [e for e in events(pipeline, text) if e["location"] and "Hajjah" not in e["location"]["name"]]
    assert later and all(name(e["actor1"]) == "Military Forces of Saudi Arabia" for e in later)


def test_a_bare_coalition_is_not_the_army_of_the_country_it_strikes(pipeline: Any) -> None:
    ev = events(pipeline, "Coalition air strikes hit a market in Saada on Wednesday, killing three people.")[0]
    assert ev["sub_event_type"] == "Air/drone strike"
    assert (name(ev["actor1"]), ev["actor1"]["country"], ev["actor1"]["sector"]) == ("Military Coalition", None, "MIL")


def test_a_ruling_coalition_is_no_military_coalition(pipeline: Any) -> None:
    found = events(pipeline, "The ruling coalition accused the opposition of rigging the vote in Nairobi.")
    assert found and all(e["actor1"] is None or e["actor1"]["sector"] != "MIL" for e in found)


def test_the_target_of_the_main_verb_is_not_the_doer_of_its_participle(pipeline: Any) -> None:
    ev = events(pipeline, "Coalition jets targeted Houthi bases near Hajjah on Sunday, killing seven people.")[0]
    assert name(ev["actor1"]) not in ("Houthis", "Military Forces of Yemen")


def test_gunmen_after_a_dateline_are_an_armed_group(pipeline: Any) -> None:
    ev = events(pipeline, "MOGADISHU, May 3 (Reuters) - Gunmen killed four soldiers in Baidoa on Tuesday.")[0]
    assert ev["actor1"] is not None and ev["actor1"]["sector"] == "UAG"


def test_a_dateline_city_is_never_an_actor(pipeline: Any) -> None:
    text = "NAIROBI, May 3 (Reuters) - Fighters stormed a village in South Sudan's Jonglei state, killing 12 people."
    ev = events(pipeline, text)[0]
    assert ev["actor1"] is None or ev["actor1"]["country"] != "KEN"


@pytest.mark.parametrize(
    ("text", "plover", "actor1", "actor2"),
    [
        (
            "Malawi's main opposition party accused the ruling party of buying votes on Monday.",
            "ACCUSE",
            ("Opposition (Malawi)", "OPP"),
            ("Government of Malawi", "GOV"),
        ),
        (
            "Zambian opposition leader Hakainde Mweemba accused the government of jailing critics in Lusaka.",
            "ACCUSE",
            ("Opposition (Zambia)", "OPP"),
            ("Government of Zambia", "GOV"),
        ),
    ],
)
def test_political_actors(
    pipeline: Any, text: str, plover: str, actor1: tuple[str, str], actor2: tuple[str, str]
) -> None:
    ev = next(e for e in events(pipeline, text) if e["plover"] == plover)
    assert (ev["actor1"]["name"], ev["actor1"]["sector"]) == actor1
    assert (ev["actor2"]["name"], ev["actor2"]["sector"]) == actor2


def test_the_election_commission_is_the_government(pipeline: Any) -> None:
    text = "LILONGWE, May 3 (Reuters) - The electoral commission in Malawi rejected the allegations on Monday."
    ev = next(e for e in events(pipeline, text) if e["plover"] == "REJECT")
    assert (ev["actor1"]["name"], ev["actor1"]["sector"]) == ("Government of Malawi", "GOV")


def coded(pipeline: Any, nlp: Any, text: str, word: str) -> str | None:
    """The actor ``resolve`` codes for the noun phrase headed by ``word`` in ``text``."""
    from eventwire.stages.actors import ActorCoder, States, load_dictionary
    from eventwire.stages.nlp import parse
    from eventwire.stages.roles import phrase

    doc = next(parse(nlp, [text]))
    coder = ActorCoder(load_dictionary(), States(pipeline.gazetteer))
    head = next(t for t in doc if t.text == word)
    actor, _ = coder.resolve(phrase(head), coder.mentions(doc), "POL")
    return actor.name if actor else None


def test_military_analysts_are_not_the_military(pipeline: Any, nlp: Any) -> None:
    assert coded(pipeline, nlp, "Military analysts in Warsaw said the port was at risk.", "analysts") is None
    assert coded(pipeline, nlp, "Military officers in Warsaw said the port was at risk.", "officers") is not None


def test_force_used_is_no_armed_force(pipeline: Any) -> None:
    found = events(pipeline, "The African Union condemned the use of force against students in Togo on Friday.")
    assert found and all(e["actor2"] is None or e["actor2"]["sector"] != "MIL" for e in found)


def test_protest_with_intervention_names_the_protesters_first(pipeline: Any) -> None:
    text = "Police detained 30 demonstrators during a march against fuel prices in Accra on Monday."
    ev = next(e for e in events(pipeline, text) if e["event_type"] == "Protests")
    assert ev["sub_event_type"] == "Protest with intervention"
    assert name(ev["actor1"]) == "Protesters (Ghana)"
    assert name(ev["actor2"]) == "Police Forces of Ghana"


def test_who_arrested_a_suspect_did_not_do_the_shooting(pipeline: Any) -> None:
    text = (
        "A teenager was arrested Sunday after a shooting at a street party in south Chicago left four people "
        "dead, police said."
    )
    attack = next(e for e in events(pipeline, text) if e["event_type"] == "Violence against civilians")
    assert attack["actor1"] is None or attack["actor1"]["sector"] != "COP"


def test_the_speaker_ready_to_attack_threatens(pipeline: Any) -> None:
    text = "GOMA, May 3 (Reuters) - The army said it was ready to retake the town of Rutshuru if talks fail."
    ev = next(e for e in events(pipeline, text) if e["plover"] == "THREATEN")
    assert ev["actor1"] is not None and ev["actor1"]["sector"] == "MIL"


def test_delegations_of_two_sides_meet(pipeline: Any) -> None:
    text = "Delegations from the Ethiopian army and the TPLF met in Nairobi on Friday."
    ev = next(e for e in events(pipeline, text) if e["plover"] == "CONSULT")
    assert name(ev["actor1"]) == "Military Forces of Ethiopia"
    assert name(ev["actor2"]) == "Tigray People's Liberation Front"


def test_the_army_is_the_one_named_before_not_the_most_named_country(pipeline: Any) -> None:
    text = (
        "PARIS, May 3 (AP) - France froze the assets of two Malian army officers on Tuesday. "
        "The junta said the army would not bow to pressure. "
        "Jihadist leaders blamed the army for the killing of 20 herders."
    )
    accuse = next(e for e in events(pipeline, text) if e["plover"] == "ACCUSE")
    assert name(accuse["actor2"]) == "Military Forces of Mali"


@pytest.mark.parametrize(
    "text",
    [
        "The African Union condemned the use of force against students in Lome on Friday.",
        "The UN condemned the attack on soldiers near Gao on Friday.",
    ],
)
def test_who_suffered_a_condemned_act_is_not_the_accused(pipeline: Any, text: str) -> None:
    accuse = next(e for e in events(pipeline, text) if e["plover"] == "ACCUSE")
    assert accuse["actor2"] is None or accuse["actor2"]["sector"] not in ("PRO", "CVL", "MIL")

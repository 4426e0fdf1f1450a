"""Triggers and the filter that keeps only reports of real events (sentences written for the tests)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.conftest import kept

from eventwire.stages.triggers import irrealis_reason, load_lexicon

pytestmark = pytest.mark.slow


def device_verdicts(nlp: Any, text: str, classes: tuple[str, ...]) -> list[bool]:
    """Whether each device trigger of these classes in ``text`` reports weapons use disrupted."""
    from eventwire.stages.devices import disrupted_device

    doc = nlp(text)
    lex = load_lexicon()
    return [disrupted_device(t, doc) for s in doc.sents for t in lex.find(s) if t.entry.cls in classes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A roadside bomb exploded near Kandahar on Monday.", ("roadside bomb", "ied")),
        ("A suicide bomber blew himself up at a checkpoint.", ("suicide bomber", "suicide_bomb")),
        ("Fighter jets carried out air strikes on rebel bases.", ("air strikes", "air_strike")),
        ("Government war planes launched raids on the town.", ("raids", "air_strike")),
        ("Artillery shelling hit the market in Donetsk.", ("shelling", "shelling")),
        ("Soldiers clashed with militants overnight.", ("clashed", "clash")),
        ("Rebels seized the town of Bunia on Sunday.", ("seized", "territory")),
        ("Troops recaptured the village after a week.", ("recaptured", "regain")),
        ("Gunmen kidnapped four aid workers.", ("kidnapped", "abduction")),
        ("Police arrested 12 men after the raid on the farm.", ("arrested", "arrest")),
        ("Hundreds of students protested in the capital.", ("protested", "protest")),
        ("Youths rioted after the match.", ("rioted", "riot")),
        ("The minister accused the rebels of war crimes.", ("accused", "accuse")),
        ("The government rejected the proposal.", ("rejected", "reject")),
        ("The rebels threatened to attack the city.", ("threatened", "threaten")),
    ],
)
def test_real_events_are_kept(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in kept(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The army denied carrying out air strikes in the area.",
        "Any attack on the capital would be met with force.",
        "The government plans to bomb rebel positions next week.",
        "No decision has been taken on whether to launch air strikes.",
        "The navy is poised to shell the coast.",
        "If the rebels attack, the army will respond.",
        "There were no air strikes on Tuesday.",
        "Officials warned of possible bombings during the holiday.",
        "Shops closed early in anticipation of mass protests.",
    ],
)
def test_unreal_violence_is_dropped(nlp: Any, text: str) -> None:
    violent = {"ied", "bombing", "air_strike", "shelling", "clash", "attack", "car_bomb", "suicide_bomb"}
    assert not [k for k in kept(nlp, text) if k[1] in violent]


def test_would_not_accept_is_a_rejection(nlp: Any) -> None:
    assert ("not accept", "reject") in kept(nlp, "He said the country would not accept foreign troops.")


def test_negated_accusation_is_no_statement(nlp: Any) -> None:
    assert not [k for k in kept(nlp, "The ministry did not accuse anyone.") if k[1] == "accuse"]


def test_requested_statement_is_not_made(nlp: Any) -> None:
    text = "The ministry called on the United Nations to condemn the attacks."
    assert not [k for k in kept(nlp, text) if k[1] == "condemn"]


def test_agreement_needs_an_accord(nlp: Any) -> None:
    assert ("signed", "agreement") in kept(nlp, "The two sides signed a ceasefire agreement on Friday.")
    assert not [k for k in kept(nlp, "The minister signed the budget on Friday.") if k[1] == "agreement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council imposed tough new sanctions on the regime.", ("imposed tough new sanctions", "sanction")),
        ("Troops pushed the insurgents out of the valley.", ("pushed the insurgents out", "regain")),
        ("Engineers set up forward bases on the ridge.", ("set up", "base")),
        ("The mayor ordered an inquiry after masked men murdered two farmers at a market.", ("murdered", "attack")),
        ("The ministry said that the rebels must lay down their arms.", ("must", "demand")),
        ("Guards foiled an attempt to assassinate the provincial governor on Sunday.", ("assassinate", "attack")),
        ("Government troops pulled out of the border town overnight.", ("pulled out", "transfer")),
        ("Medics said chlorine gas had reached the shelters.", ("chlorine gas", "chemical")),
        ("Police photographed a cache of rockets found near the road.", ("found", "weapons_seized")),
    ],
)
def test_linked_phrases_and_realis_clauses(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in kept(nlp, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("Rebels launched an assault to capture the airport.", "territory"),
        ("Monitors recorded 250 killings of journalists over the decade.", "attack"),
        ("The rebels must lay down their arms.", "demand"),
    ],
)
def test_purposes_tallies_and_unsaid_demands_are_dropped(nlp: Any, text: str, cls: str) -> None:
    assert not [k for k in kept(nlp, text) if k[1] == cls]


def test_phrase_words_split_hyphens_as_the_tokenizer_does() -> None:
    from eventwire.stages.triggers import phrase_words

    assert phrase_words("shoot-out") == ("shoot", "-", "out")
    assert phrase_words("booby-trapped car") == ("booby", "-", "trapped", "car")
    assert phrase_words("set fire") == ("set", "fire")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shoot-out between bandits and soldiers lasted an hour.", ("shoot-out", "clash")),
        ("Students staged a sit-in at the ministry.", ("sit-in", "protest")),
        ("A booby-trapped car was found near the bridge.", ("booby-trapped car", "car_bomb")),  # written form
        ("Ten men hurled dynamite sticks at the embassy.", ("dynamite sticks", "bombing")),
    ],
)
def test_hyphenated_and_written_phrases(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in kept(nlp, text)


@pytest.mark.parametrize(
    ("text", "disrupted"),
    [
        ("Police stood before a stash of rockets left by the militants.", True),  # a hoard of arms
        ("A cache of rockets was hidden under the floor.", True),
        ("Rebels fired rockets at the city.", False),
        ("A rocket hit the market.", False),
    ],
)
def test_devices_in_a_hoard_are_held_not_used(nlp: Any, text: str, disrupted: bool) -> None:
    verdicts = device_verdicts(nlp, text, ("shelling",))
    assert verdicts and all(v == disrupted for v in verdicts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters threw bottles and stones at the police.", ("threw bottles and stones", "riot")),
        ("The gunmen set the houses on fire.", ("set the houses on fire", "property")),
        ("Fighters charged an army camp at night.", ("charged", "attack")),
        (
            "Soldiers discovered a large amount of ammunition believed to belong to the rebels.",
            ("discovered", "weapons_seized"),
        ),
    ],
)
def test_objects_through_conjuncts_and_participles(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in kept(nlp, text)


def test_meeting_resistance_or_a_deadline_is_no_meeting(nlp: Any) -> None:
    assert ("met", "consult") in kept(nlp, "The foreign minister met his Iranian counterpart on Monday.")
    assert not [k for k in kept(nlp, "The rebels met no resistance.") if k[1] == "consult"]
    assert not [k for k in kept(nlp, "The government met the deadline.") if k[1] == "consult"]


def test_charging_a_fee_or_a_suspect_is_no_attack(nlp: Any) -> None:
    assert not [k for k in kept(nlp, "The bank charged a fee.") if k[1] == "attack"]
    assert not [k for k in kept(nlp, "Prosecutors charged the suspect on Monday.") if k[0] == "charged"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers repelled an attack on the base.", ("repelled", "clash")),
        ("The garrison fended off the rebels for two days.", ("fended off", "clash")),
        ("Militants blew up a bridge near the town.", ("blew up", "bombing")),
        ("Thousands joined a peaceful march through the capital.", ("peaceful march", "protest")),
        ("Thousands took part in what the organisers called a peaceful march.", ("peaceful march", "protest")),
        ("Troops seized an arms cache in the hills.", ("arms cache", "weapons_seized")),
        ("Police repelled protesters trying to reach parliament.", ("repelled", "protest_intervention")),
        ("An attempt by rebels to seize the town was repelled by troops.", ("repelled", "clash")),
        ("Police foiled a bomb plot in the city.", ("foiled", "weapons_seized")),
        ("Government forces regained ground in the north.", ("regained", "regain")),
        ("Guerrillas placed explosives at the power tower.", ("placed explosives", "bombing")),
        ("Unknown attackers hurled explosives at the mayor's house.", ("hurled explosives", "bombing")),
    ],
)
def test_more_trigger_words(nlp: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in kept(nlp, text)


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("The gunmen tried to kidnap a businessman but fled.", "abduction"),  # only attempted
        ("Rebels attempted to seize the town of Kibo.", "territory"),
        ("Police were trying to defuse the device when it went off.", "weapons_seized"),
        ("The rebel attack to capture the army posts near Beni was fended off by troops.", "territory"),  # a purpose
        ("Rebels failed to capture the town of Kibo.", "territory"),
        ("An attempt by rebels to seize the town of Kibo was repelled by troops.", "territory"),
        ("Police foiled an attack on a bank.", "weapons_seized"),  # no bomb, no weapons: no disruption
        ("Police foiled an attempt to rob a bank in Nairobi.", "weapons_seized"),
        ("Police foiled a plot to kidnap the governor.", "weapons_seized"),
        ("Two rifles, one said to be related to a murder, were seized.", "attack"),  # an unnamed event
    ],
)
def test_attempts_purposes_and_references_are_not_reports(nlp: Any, text: str, cls: str) -> None:
    assert not [k for k in kept(nlp, text) if k[1] == cls]


@pytest.mark.parametrize(
    ("text", "disrupted"),
    [
        ("Experts examined the parcel and said it was an improvised explosive device.", True),
        ("Investigators found that the packages held explosive devices.", True),
        ("An improvised explosive device exploded near the market.", False),
        ("Militants placed an explosive device under the bridge.", False),
        ("Police found the man who planted the roadside bomb that killed two soldiers.", False),
    ],
)
def test_a_device_found_that_never_went_off_is_disrupted(nlp: Any, text: str, disrupted: bool) -> None:
    verdicts = device_verdicts(nlp, text, ("ied",))
    assert verdicts and all(v == disrupted for v in verdicts)


@pytest.mark.parametrize(
    "text",
    [
        "The board repelled a hostile takeover bid.",  # no attack, no armed men
        "A row blew up between the ministers.",  # no object
        "Engineers blew up the old bridge as part of the road project.",  # no armed doer: demolition
        "The opposition regained ground in the polls.",  # no armed doer
        "Rebels used an arms cache in the hills to resupply.",  # a cache not found or seized
        "Sony released a new RPG for the PlayStation.",  # a game: RPGs are only a means
    ],
)
def test_bare_words_need_their_conditions(nlp: Any, text: str) -> None:
    assert not [k for k in kept(nlp, text) if k[1] in ("clash", "bombing", "regain", "weapons_seized", "shelling")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested two men in connection with the killing of a teacher in Lagos.", ("killing", "attack")),
        ("Police recovered a gun linked to the murder of a journalist in Kano.", ("murder", "attack")),
        ("Kano became the third city to be bombed by militants this month.", ("bombed", "bombing")),
        ("Kibo is the latest town to fall to the rebels.", ("fall to", "territory")),
        ("It was the most recent village to be shelled by the army.", ("shelled", "shelling")),
        ("Police tried to arrest protesters in Harare, detaining 20.", ("arrest", "arrest")),  # done after all
    ],
)
def test_references_ranked_infinitives_and_attempts_done_are_reports(
    nlp: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in kept(nlp, text)


def test_an_infinitive_relative_without_a_rank_is_not_done(nlp: Any) -> None:
    doc = nlp("The army sent a unit to retake the town.")
    lex = load_lexicon()
    found = [t for s in doc.sents for t in lex.find(s) if t.entry.cls in ("regain", "territory")]
    assert found and all(irrealis_reason(t, doc) for t in found)


@pytest.mark.parametrize(
    ("text", "disrupted"),
    [
        ("Police examined the wreckage after a bomb rocked the market in Kano.", False),  # another clause
        ("The bomb was found and exploded as experts examined it.", False),  # found, then went off
        ("Police blew up a suspected bomb found near the market.", True),  # a controlled detonation
        ("Militants detonated a bomb at the market.", False),
    ],
)
def test_the_device_clause_decides_whether_it_went_off(nlp: Any, text: str, disrupted: bool) -> None:
    verdicts = device_verdicts(nlp, text, ("ied", "bombing"))
    assert verdicts and any(verdicts) == disrupted

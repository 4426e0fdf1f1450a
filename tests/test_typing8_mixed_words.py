"""The sub-type of an event whose words are mixed: the means told in the next sentence ("The
explosives ..."), a generic "attacked" joined to looting, burning or abduction, grenades thrown
with gunfire, a rally that was the target of armed men, and executions of captives
(stages/instrument_context.py, stages/joined_acts.py, stages/subtypes.py). Sentences written for
the tests; each rule has a near-identical sentence that keeps the old type."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[Event]:
    return list(pipeline.extract_article(Article(id="t", text=text, published=date(2024, 9, 12))))


def subtypes(pipeline: Any, text: str) -> list[str | None]:
    return [e.sub_event_type for e in events(pipeline, text)]


BOMB = "Remote explosive/landmine/IED"
LOOTING = "Looting/property destruction"
ABDUCTION = "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents attacked the water pumping plant in Zacapa on Tuesday. The explosives wrecked two pumps, "
        "the mayor said.",
        "Rebels raided the telephone exchange in Coban on Friday. The blast knocked out service to the town.",
        "INSURGENTS ATTACKED THE WATER PUMPING PLANT IN ZACAPA ON TUESDAY. THE EXPLOSIVES WRECKED TWO PUMPS, "
        "THE MAYOR SAID.",
    ],
)
def test_a_device_told_in_the_next_sentence_makes_a_bombing(pipeline: Any, text: str) -> None:
    assert subtypes(pipeline, text)[0] == BOMB


@pytest.mark.parametrize(
    "text",
    [
        "Insurgents attacked the water pumping plant in Zacapa on Tuesday. In another incident, a bomb went off "
        "at a bank in Coban.",
        "Insurgents attacked the water pumping plant in Zacapa on Tuesday. A bomb went off at a bank in Coban "
        "on Wednesday.",
        "Insurgents attacked the water pumping plant in Zacapa on Tuesday. Soldiers later defused the bomb left "
        "at the gate.",
        "Insurgents attacked the water pumping plant in Zacapa on Tuesday.\n\nThe explosives wrecked two pumps "
        "at a dam in Coban last year.",
    ],
)
def test_another_bomb_or_a_defused_one_leaves_the_attack(pipeline: Any, text: str) -> None:
    assert subtypes(pipeline, text)[0] != BOMB


def test_a_shooting_attack_keeps_its_type_beside_a_bomb(pipeline: Any) -> None:
    text = "Gunmen attacked the bakery in Zacapa on Tuesday, firing rifles. The bomb squad searched the area."
    assert BOMB not in subtypes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits attacked and ransacked two grocery stores in Piura on Thursday.", LOOTING),
        ("Rebels assaulted the hacienda and set the barns on fire near Jauja on Monday.", LOOTING),
        ("Militants attacked a minibus and kidnapped four traders near Gao on Monday.", ABDUCTION),
        ("BANDITS ATTACKED AND RANSACKED TWO GROCERY STORES IN PIURA ON THURSDAY.", LOOTING),
    ],
)
def test_a_specific_act_joined_to_attacked_types_the_event(pipeline: Any, text: str, expected: str) -> None:
    assert subtypes(pipeline, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Bandits attacked and killed two grocers in Piura on Thursday.",
        "Militants attacked a minibus, killed three traders and kidnapped four near Gao on Monday.",
    ],
)
def test_a_killing_keeps_the_attack(pipeline: Any, text: str) -> None:
    assert "Attack" in subtypes(pipeline, text)


def test_grenades_and_gunfire_make_one_attack(pipeline: Any) -> None:
    text = (
        "Militants attacked a march in Jos on Saturday, hurling grenades and firing rifles at the marchers, "
        "killing five."
    )
    assert subtypes(pipeline, text) == ["Attack"]


def test_a_grenade_alone_stays_a_grenade(pipeline: Any) -> None:
    text = "Gunmen lobbed a grenade into a crowded cafe in Jos on Saturday, wounding nine."
    assert subtypes(pipeline, text) == ["Grenade"]


def test_police_at_a_rally_is_still_a_protest_event(pipeline: Any) -> None:
    found = subtypes(pipeline, "Police attacked a rally in Jos on Saturday.")
    assert found and all(t is not None and t != "Attack" for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "Militiamen executed the village chief in front of the church in Bunia on Sunday.",
        "Insurgents executed three captured soldiers in Kunduz on Monday.",
        "INSURGENTS EXECUTED THREE CAPTURED SOLDIERS IN KUNDUZ ON MONDAY.",
    ],
)
def test_an_execution_is_one_sided(pipeline: Any, text: str) -> None:
    assert subtypes(pipeline, text) == ["Attack"]


def test_troops_ambushed_by_insurgents_still_clash(pipeline: Any) -> None:
    assert subtypes(pipeline, "Insurgents attacked three army posts in Kunduz on Monday.") == ["Armed clash"]


def test_shots_by_another_doer_leave_the_grenade(pipeline: Any) -> None:
    text = "Soldiers fired on the crowd in Jos on Saturday after a youth threw a grenade at their truck."
    assert "Grenade" in subtypes(pipeline, text)


def test_a_bare_mention_of_the_attack_is_not_retyped_by_a_blast_beside_it(pipeline: Any) -> None:
    text = (
        "Gunmen shot dead two shopkeepers in Zacapa on Tuesday. The attack was condemned by the mayor. "
        "The blast at the market in Coban on Monday killed one person."
    )
    assert subtypes(pipeline, text).count(BOMB) == 1  # the Coban blast only


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Bandits attacked and plundered two grain stores in Maradi on Thursday.", "plundered"),
        ("Militiamen attacked a bus near Beni on Thursday and kidnapped four passengers.", "kidnapped"),
        ("Rebels attacked a police post in Beni on Thursday, killing two officers.", "attacked"),
    ],
)
def test_the_record_is_named_by_the_word_that_gives_its_type(pipeline: Any, text: str, trigger: str) -> None:
    (event,) = events(pipeline, text)
    assert event.trigger == trigger

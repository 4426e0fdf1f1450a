"""ACLED sub-event types settled by the means, the target and the words around a trigger
(stages/subtypes.py), on sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def sub_types(pipeline: Any, text: str) -> dict[str, str | None]:
    """Trigger text -> sub-event type of each event extracted from ``text``."""
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2022, 5, 11)))
    return {e.trigger: e.sub_event_type for e in found}


SHELLING = "Shelling/artillery/missile attack"


def test_a_manned_aircraft_shot_down_is_an_attack_not_an_interception(pipeline: Any) -> None:
    found = sub_types(pipeline, "Insurgents shot down an army helicopter with a missile near Herat on Monday.")
    assert found.get("shot down") == SHELLING
    found = sub_types(pipeline, "Insurgents shot down an army helicopter near Herat on Monday.")
    assert found.get("shot down") == "Armed clash"
    found = sub_types(pipeline, "Air defences shot down two drones over Belgorod on Monday.")
    assert found.get("shot down") == "Disrupted weapons use"


def test_a_rocket_propelled_grenade_is_a_rocket(pipeline: Any) -> None:
    found = sub_types(pipeline, "A rocket-propelled grenade struck a police car in Mogadishu on Tuesday.")
    assert set(found.values()) == {SHELLING}
    found = sub_types(pipeline, "A man threw a grenade at a police car in Mogadishu on Tuesday.")
    assert "Grenade" in found.values()


def test_mortars_named_as_the_means_make_an_attack_shelling(pipeline: Any) -> None:
    found = sub_types(
        pipeline, "Separatists attacked army positions near Avdiivka on Friday; they used 120mm mortar systems."
    )
    assert found.get("attacked") == SHELLING
    found = sub_types(pipeline, "Gunmen attacked army positions near Avdiivka on Friday with rifles and mortars.")
    assert found.get("attacked") != SHELLING  # guns named too: no shelling


def test_a_chemical_agent_of_another_attack_does_not_type_this_one(pipeline: Any) -> None:
    found = sub_types(
        pipeline,
        "Warships fired missiles at an airbase near Homs on Friday in retaliation for a poison gas attack.",
    )
    assert found.get("fired") == SHELLING
    found = sub_types(pipeline, "Helicopters dropped barrel bombs filled with chlorine on Douma on Friday.")
    assert "Chemical weapon" in found.values()


def test_a_bomb_that_blew_up_while_being_defused_is_an_explosion(pipeline: Any) -> None:
    found = sub_types(
        pipeline, "A bomb blew up in Kandahar on Tuesday as police were trying to defuse it, killing three officers."
    )
    assert "Remote explosive/landmine/IED" in found.values()
    assert "Disrupted weapons use" not in found.values()


def test_devices_assessed_by_experts_are_disrupted_weapons_use(pipeline: Any) -> None:
    found = sub_types(
        pipeline, "The parcels sent to the embassy were assessed by experts to be improvised explosive devices."
    )
    assert set(found.values()) == {"Disrupted weapons use"}


def test_killers_of_a_would_be_kidnapper_make_mob_violence_not_an_abduction(pipeline: Any) -> None:
    found = sub_types(pipeline, "Villagers and vigilantes killed two men who tried to kidnap a girl in Puebla.")
    assert "Abduction/forced disappearance" not in found.values()
    assert "Mob violence" in found.values()


def test_an_attack_on_a_building_that_killed_people_is_no_mere_damage(pipeline: Any) -> None:
    found = sub_types(pipeline, "Unknown men attacked the town hall building in Kasese on Monday, killing three.")
    assert found.get("attacked") == "Attack"


def test_an_attack_on_bases_is_a_clash_whatever_the_lemma_of_bases(pipeline: Any) -> None:
    found = sub_types(
        pipeline,
        "Militants attacked the village from several directions and then targeted bases manned by government troops.",
    )
    assert "Armed clash" in found.values()  # the tagger may read "bases" as "basis"


def test_rpgs_are_a_means_not_an_event(pipeline: Any) -> None:
    found = sub_types(
        pipeline, "Gunmen attacked a police checkpoint with RPGs and AK-47 rifles in Mosul, killing three officers."
    )
    assert found.get("attacked") == "Armed clash"  # rifles named too: the verb's clash stands
    found = sub_types(pipeline, "Militants attacked an army convoy with RPGs near Mogadishu on Tuesday.")
    assert found.get("attacked") == SHELLING  # only RPGs: rockets
    assert not sub_types(pipeline, "Sony released a new RPG for the PlayStation on Tuesday.")


def test_the_attack_an_agent_is_used_in_is_this_event(pipeline: Any) -> None:
    found = sub_types(pipeline, "Helicopters dropped barrel bombs on Douma in a chlorine gas attack, killing 40.")
    assert set(found.values()) == {"Chemical weapon"}


def test_a_bomb_found_that_then_exploded_is_one_explosion(pipeline: Any) -> None:
    found = sub_types(pipeline, "The bomb was found and exploded as experts examined it, killing two soldiers.")
    assert set(found.values()) == {"Remote explosive/landmine/IED"}
    found = sub_types(pipeline, "Police blew up a suspected bomb found near the market in Kano on Monday.")
    assert set(found.values()) == {"Disrupted weapons use"}  # a controlled detonation
    found = sub_types(pipeline, "Police examined the wreckage after a bomb rocked the market in Kano on Monday.")
    assert set(found.values()) == {"Remote explosive/landmine/IED"}


def test_police_repelling_protesters_is_a_protest_met_with_force(pipeline: Any) -> None:
    found = sub_types(pipeline, "Police repelled protesters trying to reach parliament in Nairobi on Tuesday.")
    assert found.get("repelled") == "Protest with intervention"


def test_an_attempt_done_after_all_keeps_who_it_was_done_to(pipeline: Any) -> None:
    text = "Police tried to arrest protesters in Harare on Monday, detaining 20."
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2022, 5, 11)))
    assert [e.sub_event_type for e in found] == ["Arrests"]
    assert found[0].actor2 is not None and found[0].actor2.sector == "PRO"

"""Event records from short texts written for the tests: types, dates, counts, places, one record per event."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str, published: date = date(2022, 5, 11)) -> list[dict[str, Any]]:
    return [e.to_dict() for e in pipeline.extract_article(Article(id="t", text=text, published=published))]


def test_passive_report_of_a_car_bomb(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Fifteen people were killed by a car bomb in Kirkuk on Monday.")
    assert ev["sub_event_type"] == "Remote explosive/landmine/IED"
    assert ev["event_date"] == "2022-05-09" and ev["date_precision"] == "day"
    assert ev["fatalities"] == 15
    assert ev["location"]["name"] == "Kirkuk" and ev["location"]["geo_precision"] == 1


def test_the_day_before_follows_the_event_it_refers_to(pipeline: Any) -> None:
    text = (
        "On Tuesday, a roadside bomb killed two soldiers in Helmand. A suicide attack hit the same road the day before."
    )
    by_type = {e["sub_event_type"]: e for e in events(pipeline, text)}
    assert by_type["Remote explosive/landmine/IED"]["event_date"] == "2022-05-10"
    assert by_type["Suicide bomb"]["event_date"] == "2022-05-09"


def test_an_undated_event_says_so_through_its_precision(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Rebels attacked an army post in Beni, killing three soldiers.")
    assert ev["event_date"] == "2022-05-11" and ev["date_precision"] == "week"


def test_several_mentions_make_one_record(pipeline: Any) -> None:
    text = (
        "Clashes broke out between soldiers and militants near Gao on Sunday.\n\n"
        "The fighting near Gao left seven militants dead, the army said."
    )
    (ev,) = events(pipeline, text)
    assert ev["event_type"] == "Battles" and ev["fatalities"] == 7
    assert len(ev["why"]["mentions"]) == 2


def test_hypothetical_and_negated_violence_gives_no_event(pipeline: Any) -> None:
    text = (
        "The government warned that any attack on the capital would be met with force. "
        "The army denied that its jets had bombed the village. "
        "Officials said there had been no clashes in the district."
    )
    violent = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
    assert not [e for e in events(pipeline, text) if e["event_type"] in violent]


def test_statement_types(pipeline: Any) -> None:
    text = "The minister threatened to expel the envoy. The opposition rejected the results."
    assert {e["plover"] for e in events(pipeline, text)} == {"THREATEN", "REJECT"}


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Police opened fire on protesters in Khartoum, killing three.", "Excessive force against protesters"),
        ("An angry mob lynched a suspected thief in Kano.", "Mob violence"),
        ("Rebels took control of the town without a fight on Sunday.", "Non-violent transfer of territory"),
        ("The town of Ras al-Ain fell to Turkish-backed fighters on Sunday.", "Non-state actor overtakes territory"),
        ("Soldiers captured a senior commander of the militia.", "Arrests"),
        ("Gunmen seized six hostages from a bus near Maiduguri.", "Abduction/forced disappearance"),
        ("Security forces found a cache of weapons in a house in Mosul.", "Disrupted weapons use"),
        ("Hundreds of protesters threw stones at police in Nairobi.", "Violent demonstration"),
        ("Militants fired rockets at an army base in Kandahar.", "Shelling/artillery/missile attack"),
        ("Residents said chlorine was dropped on the town of Douma.", "Chemical weapon"),
        ("The two factions signed a ceasefire agreement in Juba.", "Agreement"),
        ("The air force dropped a chlorine bomb on a rebel-held town.", "Chemical weapon"),  # the agent decides
        ("Militants took control of the village after the army withdrew from it.", "Non-violent transfer of territory"),
        ("Troops regained several towns without any armed clashes.", "Non-violent transfer of territory"),
        (
            "Rebels captured the town after heavy fighting forced the army to withdraw.",
            "Non-state actor overtakes territory",
        ),
        ("Thousands marched in Nairobi against police violence.", "Peaceful protest"),  # violence is the cause
        ("Protesters took to the streets of Lagos to decry the arrests of activists.", "Peaceful protest"),
        ("Violent protests erupted in Bogota on Tuesday.", "Violent demonstration"),
        (
            "A man was killed and 30 hurt in army attacks against peaceful protesters in Gaza.",
            "Excessive force against protesters",
        ),  # the victims told first, the protesters as the target
        ("Police baton charged a human chain of students in Dhaka and arrested ten.", "Protest with intervention"),
    ],
)
def test_acled_sub_event_types(pipeline: Any, text: str, sub_event_type: str) -> None:
    assert sub_event_type in [e["sub_event_type"] for e in events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    ["An earthquake killed 20 people in eastern Turkey on Monday.", "Three people died in a car crash near Lagos."],
)
def test_deaths_from_hazards_are_no_attacks(pipeline: Any, text: str) -> None:
    assert not events(pipeline, text)


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Police detained 20 protesters during a demonstration in Minsk on Sunday.", "Protest with intervention"),
        ("An angry mob vandalised three shops in Dhaka after the rumour spread.", "Mob violence"),
        ("Gunmen attacked a police checkpoint in Quetta, killing two officers.", "Armed clash"),
        ("Twelve people were killed in an attack by rebel forces near Yei on Thursday.", "Attack"),
    ],
)
def test_sentence_level_coding(pipeline: Any, text: str, sub_event_type: str) -> None:
    assert [e["sub_event_type"] for e in events(pipeline, text)] == [sub_event_type]


def test_riot_police_are_not_a_riot(pipeline: Any) -> None:
    assert not [e for e in events(pipeline, "Riot police stood guard outside the court in Kampala.") if e["event_type"]]


def test_two_triggers_of_one_event_share_their_actors(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Twelve people were killed in an attack by rebel forces near Yei on Thursday.")
    assert ev["actor1"]["sector"] == "REB" and ev["fatalities"] == 12


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Saudi warplanes bombed the town of Harad on Saturday.", "Air/drone strike"),
        ("Israeli jets fired a missile at a group of men east of Jabaliya.", "Air/drone strike"),
        ("Government forces used chlorine gas against the suburb, killing six.", "Chemical weapon"),
        ("Two women were raped in the district on Sunday.", "Sexual violence"),
        ("Attackers threw grenades at a bus in Lima, injuring seven.", "Grenade"),
        ("Troops pushed back the militants from three villages near Homs.", "Government regains territory"),
        ("Explosive devices were found in a canal near the zoo.", "Disrupted weapons use"),
    ],
)
def test_more_sub_event_types(pipeline: Any, text: str, sub_event_type: str) -> None:
    assert sub_event_type in [e["sub_event_type"] for e in events(pipeline, text)]


def test_a_headline_without_object_is_no_territory_change(pipeline: Any) -> None:
    assert not [e for e in events(pipeline, "Rebels pushed back in the north\n\nTalks resumed.") if e["event_type"]]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The United Nations will provide 25,000 tons of food aid to the refugees.", "AGREE"),
        ("The minister said the government would cut off aid if the attacks continued.", "THREATEN"),
        ("The rebels demanded the release of their commander.", "REQUEST"),
        ("The country recalled its ambassador on Friday.", "SANCTION"),
    ],
)
def test_promises_threats_and_requests(pipeline: Any, text: str, plover: str) -> None:
    assert plover in [e["plover"] for e in events(pipeline, text)]


def test_a_protest_that_turns_to_clashes_is_one_violent_demonstration(pipeline: Any) -> None:
    text = "Hundreds of protesters clashed with police in Nairobi on Tuesday after a rally against new taxes."
    assert [e["sub_event_type"] for e in events(pipeline, text)] == ["Violent demonstration"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The defence minister said the army will attack the rebel camps.", "THREATEN"),
        ("The government announced that it will send food aid to the flooded region.", "AGREE"),
        ("The president said troops will withdraw from the border zone unless the raids stop.", "THREATEN"),
        ("The cabinet plans to impose a curfew on the northern districts.", "THREATEN"),
        ("The foreign minister declared that the rebels must lay down their arms.", "REQUEST"),
        ("The governor lifted the curfew in the provincial capital on Friday.", "CONCEDE"),
        ("The senator sharply attacked the government's plan.", "ACCUSE"),
        ("The opposition party said it would boycott the parliamentary elections.", "THREATEN"),
    ],
)
def test_intentions_demands_and_concessions(pipeline: Any, text: str, plover: str) -> None:
    found = events(pipeline, text)
    assert plover in {e["plover"] for e in found}
    assert not [e for e in found if e["event_type"] in VIOLENT]


VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def test_a_stated_intention_says_why(pipeline: Any) -> None:
    (ev,) = events(pipeline, "The defence minister said the army will attack the rebel camps.")
    assert "will" in ev["why"]["intent"] and ev["event_type"] is None


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "A gunman detonated a vest packed with explosives at the checkpoint, killing himself and two guards.",
            "Suicide bomb",
        ),
        ("The army deployed 2,000 troops to the border region on Monday.", "Change to group/activity"),
        ("Police detained five activists who had organised the march against the new tax.", "Arrests"),
        (
            "Police used batons and live ammunition to disperse a protest by nurses.",
            "Excessive force against protesters",
        ),
    ],
)
def test_refined_sub_event_types(pipeline: Any, text: str, sub_event_type: str) -> None:
    assert sub_event_type in {e["sub_event_type"] for e in events(pipeline, text)}


def test_the_purpose_of_a_protest_is_no_event_of_its_own(pipeline: Any) -> None:
    found = events(pipeline, "Dock workers held a rally outside the port to demand safer cranes.")
    assert [e["plover"] for e in found] == ["PROTEST"]


def test_weapons_listed_as_seized_are_no_attack(pipeline: Any) -> None:
    found = events(
        pipeline, "Customs officers seized pistols, ammunition boxes and twenty grenades from a lorry at the border."
    )
    assert "Grenade" not in {e["sub_event_type"] for e in found}
    assert "Disrupted weapons use" in {e["sub_event_type"] for e in found}


def test_pushed_back_rebels_mean_the_state_regained_ground(pipeline: Any) -> None:
    found = events(pipeline, "ELN fighters were pushed out of two villages near the river on Tuesday.")
    assert "Government regains territory" in {e["sub_event_type"] for e in found}


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Two boxes holding what looked like explosive devices were discovered at the bus depot.",
            "Disrupted weapons use",
        ),
        ("A car bomb destroyed the police station in the town centre.", "Remote explosive/landmine/IED"),
        ("Government helicopters dropped barrel bombs filled with chlorine on the suburb.", "Chemical weapon"),
        ("Riot police fought running battles with stone-throwing protesters near parliament.", "Violent demonstration"),
        ("A mob attack on two traders left one of them dead in the market.", "Mob violence"),
    ],
)
def test_how_and_by_whom_settle_the_sub_event_type(pipeline: Any, text: str, sub_event_type: str) -> None:
    assert sub_event_type in {e["sub_event_type"] for e in events(pipeline, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Political violence has killed more than 20,000 people in the region.",
        "More than 600 people have been kidnapped in the province since January.",
        "The seized lorry was carrying 40 grenades and two rocket launchers for the militia.",
        "Smugglers sold grenades, rifles and ammunition to both sides.",
    ],
)
def test_conditions_and_running_totals_are_no_events(pipeline: Any, text: str) -> None:
    assert not [e for e in events(pipeline, text) if e["event_type"] in VIOLENT]


def test_arms_used_in_an_attack_still_make_an_event(pipeline: Any) -> None:
    text = "Militants attacked an army post near the city using machine guns and mortars."
    assert "Shelling/artillery/missile attack" in {e["sub_event_type"] for e in events(pipeline, text)}


def test_a_later_death_without_a_trigger_adds_to_the_shooting(pipeline: Any) -> None:
    text = "A man was shot outside a bar in Denver on Sunday night. He was pronounced dead at the scene."
    (ev,) = events(pipeline, text)
    assert (ev["fatalities"], ev["injured"]) == (1, None)


def test_two_shot_and_one_died_later(pipeline: Any) -> None:
    text = "Two men were shot outside a bar in Denver on Sunday night. One of them died at a hospital."
    (ev,) = events(pipeline, text)
    assert (ev["fatalities"], ev["injured"]) == (1, 1)


def test_a_claim_of_responsibility_names_the_doer(pipeline: Any) -> None:
    text = (
        "A bomb exploded outside the mayor's office in Kirkuk on Monday, killing two guards.\n\n"
        "The Islamic State claimed responsibility for the attack."
    )
    bomb = next(e for e in events(pipeline, text) if e["fatalities"] == 2)
    assert bomb["actor1"] is not None and "Islamic State" in bomb["actor1"]["name"]


def test_no_claim_names_no_doer(pipeline: Any) -> None:
    text = (
        "A bomb exploded outside the mayor's office in Kirkuk on Monday, killing two guards.\n\n"
        "No group has claimed responsibility for the attack."
    )
    bomb = next(e for e in events(pipeline, text) if e["fatalities"] == 2)
    assert bomb["actor1"] is None


def test_others_who_died_elsewhere_are_not_added(pipeline: Any) -> None:
    text = (
        "A man was shot outside a bar in Denver on Sunday night. He was pronounced dead at the scene.\n\n"
        "At least three other people died in the city last month."
    )
    (ev,) = [e for e in events(pipeline, text) if e["fatalities"]]
    assert ev["fatalities"] == 1


def test_a_later_condition_report_gives_the_injured(pipeline: Any) -> None:
    text = "Gunmen opened fire on a bus in Denver on Sunday night. The driver is in critical condition."
    (ev,) = events(pipeline, text)
    assert (ev["fatalities"], ev["injured"]) == (None, 1)


def test_death_from_a_gunshot_wound_is_an_attack(pipeline: Any) -> None:
    (ev,) = events(pipeline, "A woman died of a gunshot wound in Denver on Sunday, police said.")
    assert ev["sub_event_type"] == "Attack" and ev["fatalities"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Rebels carried out a dynamite attack on the army barracks in the hill town on Monday.",
        "The town hall was destroyed by explosives planted overnight by unknown men.",
        "Rebels attacked the town hall with explosives overnight.",
        "A powerful blast destroyed the offices of the farmers' union on Sunday.",
    ],
)
def test_an_explosive_means_makes_a_bombing_whoever_was_hit(pipeline: Any, text: str) -> None:
    subs = {e["sub_event_type"] for e in events(pipeline, text)}
    assert "Remote explosive/landmine/IED" in subs
    assert not subs & {"Armed clash", "Looting/property destruction"}


def test_an_army_that_bombs_a_place_makes_an_air_strike(pipeline: Any) -> None:
    subs = {e["sub_event_type"] for e in events(pipeline, "The army bombed the villages around the volcano on Sunday.")}
    assert subs == {"Air/drone strike"}


def test_a_bomb_planted_by_soldiers_stays_a_bombing(pipeline: Any) -> None:
    subs = {e["sub_event_type"] for e in events(pipeline, "A bomb planted by soldiers exploded at the market.")}
    assert subs == {"Remote explosive/landmine/IED"}


def test_explosives_anywhere_in_the_sentence_make_an_attack_a_bombing_unless_guns_are_named(pipeline: Any) -> None:
    found = "Guerrillas attacked the mayor's office at dawn, and investigators later found traces of TNT in the rubble."
    assert {e["sub_event_type"] for e in events(pipeline, found)} == {"Remote explosive/landmine/IED"}
    armed = found.replace("at dawn,", "at dawn with rifles,")
    assert "Remote explosive/landmine/IED" not in {e["sub_event_type"] for e in events(pipeline, armed)}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("One dead, two critical after a night of violence\n\nGunmen opened fire on a house in Denver.", (1, 2)),
        ("Three dead in Denver murder-suicide\n\nPolice said a man shot his wife in Denver on Sunday.", (3, None)),
    ],
)
def test_the_figures_of_a_lead_without_an_event_go_to_the_first_violent_event(
    pipeline: Any, text: str, figures: tuple[int, int | None]
) -> None:
    (ev,) = events(pipeline, text)
    assert (ev["fatalities"], ev["injured"]) == figures


def test_the_killer_who_turns_the_gun_on_himself_is_one_more_dead(pipeline: Any) -> None:
    text = "A man shot and killed his wife and her sister in Denver on Sunday before turning the gun on himself."
    (ev,) = events(pipeline, text)
    assert ev["fatalities"] == 3


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("A gunman opened fire at a party in Denver on Sunday, killing two men. Another 4 people were hurt.", (2, 4)),
        (
            "A gunman opened fire at a party in Denver on Sunday night, killing a man. "
            "Both women who were with him were taken to a hospital in critical condition.",
            (1, 2),
        ),
    ],
)
def test_people_hurt_told_after_the_dead_are_added(pipeline: Any, text: str, figures: tuple[int, int]) -> None:
    (ev,) = events(pipeline, text)
    assert (ev["fatalities"], ev["injured"]) == figures


def test_a_second_victim_shot_dead_adds_to_the_dead(pipeline: Any) -> None:
    text = "A man was shot and killed outside a bar in Denver on Sunday night. A second man was also shot dead nearby."
    assert max(e["fatalities"] or 0 for e in events(pipeline, text)) == 2
    assert events(pipeline, text)[0]["fatalities"] == 2


def test_another_incidents_toll_in_a_relative_clause_is_not_the_events(pipeline: Any) -> None:
    text = (
        "Three men were wounded outside a bar in Denver on Sunday night. "
        "Police searched the lot near the bar, where a gunman killed four people last year."
    )
    (ev,) = events(pipeline, text)
    assert (ev["fatalities"], ev["injured"]) == (None, 3)


def test_a_meeting_abroad_says_nothing_of_whose_minister_came(pipeline: Any) -> None:
    found = events(pipeline, "The foreign minister met his counterpart in Geneva.")
    ev = next(e for e in found if e["plover"] == "CONSULT")
    assert ev["actor1"] is None or ev["actor1"]["country"] != "CHE"


def test_later_that_year_refers_to_the_year_named_in_an_earlier_sentence(pipeline: Any) -> None:
    text = "Rebels seized the town of Kidal in March 2012. Later that year, the army shelled the town."
    found = {e["trigger"]: e for e in events(pipeline, text, published=date(2020, 3, 25))}
    assert (found["shelled"]["event_date"], found["shelled"]["date_precision"]) == ("2012-01-01", "year")


def test_one_more_dead_in_a_separate_attack_is_its_own(pipeline: Any) -> None:
    text = (
        "Taliban fighters killed five soldiers in an ambush in Helmand province on Monday. "
        "Another soldier was killed in a separate roadside bombing in Kandahar on Tuesday."
    )
    assert sorted(e["fatalities"] for e in events(pipeline, text)) == [1, 5]


def test_one_more_dead_added_to_the_first_event_is_not_counted_twice(pipeline: Any) -> None:
    text = "A man was shot and killed outside a bar in Denver on Sunday night. A second man was also shot dead nearby."
    assert sum(e["fatalities"] or 0 for e in events(pipeline, text)) == 2


def test_a_lead_on_floods_gives_no_figures_to_a_separate_attack(pipeline: Any) -> None:
    text = (
        "Death toll from Kenya floods rises to 40\n\n"
        "Heavy rains have left 40 people dead across Kenya since March, officials said.\n\n"
        "In a separate incident, gunmen attacked a police post in Garissa on Monday."
    )
    assert all(e["fatalities"] is None for e in events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Three people, including the gunman, were killed in a shooting at a mall in El Paso, Texas, "
            "on Sunday after he turned the gun on himself.",
            3,
        ),
        ("A suicide bomber killed himself and 12 others at a checkpoint in Mogadishu on Monday.", 13),
    ],
)
def test_the_killers_own_death_is_counted_once(pipeline: Any, text: str, dead: int) -> None:
    assert max(e["fatalities"] or 0 for e in events(pipeline, text)) == dead


def test_both_suspects_shooting_are_not_the_people_hit(pipeline: Any) -> None:
    text = "Two gunmen robbed a bank in Chicago on Friday, police said. Both suspects shot a guard."
    assert max(e["injured"] or 0 for e in events(pipeline, text)) == 1


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Government troops withdrew from the town of Kidal on Monday.", "Non-violent transfer of territory"),
        ("The mob killings took place in a village near Patna on Sunday.", "Mob violence"),
        ("Villagers and vigilantes beat two men to death in Assam on Friday.", "Mob violence"),
        ("Gunmen killed nine people in northern Mali on Sunday, attacking a market and an army base.", "Armed clash"),
        ("Two militants died when they accidentally detonated a bomb in Peshawar on Monday.", "Disrupted weapons use"),
        ("Rebels attacked the village of Kamanyola with mortars on Tuesday.", "Shelling/artillery/missile attack"),
        (
            "Police fired tear gas and suppressed a march in Kinshasa on Monday, leaving three protesters "
            "seriously injured.",
            "Excessive force against protesters",
        ),
    ],
)
def test_sub_event_types_from_context(pipeline: Any, text: str, sub_event_type: str) -> None:
    assert sub_event_type in {e["sub_event_type"] for e in events(pipeline, text)}


def test_a_government_leaving_a_deal_is_no_transfer_of_territory(pipeline: Any) -> None:
    found = events(pipeline, "The United States withdrew from the nuclear deal in 2018.")
    assert all(e["sub_event_type"] != "Non-violent transfer of territory" for e in found)


@pytest.mark.parametrize(
    ("text", "not_sub_type"),
    [
        (
            "A car bomb killed 12 people in Kabul, and police said it was premature to name a suspect.",
            "Disrupted weapons use",
        ),  # "premature" is not the bomb's
        (
            "Gunmen attacked a mosque in Kano, killing ten, and the army later moved artillery into the area.",
            "Shelling/artillery/missile attack",
        ),
        ("Militiamen charged a refugee camp near Goma on Sunday, killing six people.", "Armed clash"),
        ("Rebel fighters withdrew from the peace talks in Geneva on Monday.", "Non-violent transfer of territory"),
        ("Boko Haram fighters killed ten villagers in Borno after the army targeted their camp.", "Armed clash"),
    ],
)
def test_sub_type_cues_must_belong_to_the_event(pipeline: Any, text: str, not_sub_type: str) -> None:
    assert not_sub_type not in {e["sub_event_type"] for e in events(pipeline, text)}


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Witnesses said aircraft bombed three villages near Tamar on Monday.", "Air/drone strike"),
        ("The indiscriminate bombing of the civilian population went on for a week.", "Air/drone strike"),
        ("Insurgents bombed the post office in Tamar on Monday.", "Remote explosive/landmine/IED"),
        ("Rebels bombed the town hall on Monday.", "Remote explosive/landmine/IED"),
        ("The bombing of the poor neighbourhoods of Tamar went on for a week.", "Air/drone strike"),
        ("The bombing of the old regions of Tamar went on for a week.", "Air/drone strike"),
        ("The bombing of the old market of Tamar killed four.", "Remote explosive/landmine/IED"),
    ],
)
def test_a_bombed_town_is_bombed_from_the_air(pipeline: Any, text: str, sub_event_type: str) -> None:
    assert [e["sub_event_type"] for e in events(pipeline, text)] == [sub_event_type]


def test_a_bare_attack_on_a_house_is_the_bombing_that_hit_it(pipeline: Any) -> None:
    text = (
        "Gunmen claimed responsibility for Monday's attack on the house of a provincial judge in Tamar.\n\n"
        "The attack, carried out with two bombs thrown from a car, damaged the house of the judge."
    )
    (ev,) = events(pipeline, text)
    assert ev["sub_event_type"] == "Remote explosive/landmine/IED"


def test_what_was_destroyed_joins_the_explosion_that_destroyed_it(pipeline: Any) -> None:
    text = (
        "Militants destroyed a fuel truck on the main road of Tamar on Monday.\n\n"
        "The explosion on Monday wrecked the cab of the truck and broke windows nearby."
    )
    assert [e["sub_event_type"] for e in events(pipeline, text)] == ["Remote explosive/landmine/IED"]


def test_the_toll_after_the_damage_belongs_to_the_bomb(pipeline: Any) -> None:
    text = (
        "A car bomb exploded outside the teachers' union building in Tamar on Monday. "
        "The building was destroyed. Seven people were killed and 12 injured."
    )
    (ev,) = events(pipeline, text)
    assert ev["sub_event_type"] == "Remote explosive/landmine/IED"
    assert (ev["fatalities"], ev["injured"]) == (7, 12)


def test_an_attack_done_similarly_is_done_as_the_bombing_before_it(pipeline: Any) -> None:
    text = (
        "Two bombs exploded at the offices of the farmers' union in Tamar on Monday.\n\n"
        "On Tuesday the homes of two union leaders in Pirin were similarly attacked by gunmen."
    )
    kinds = [e["sub_event_type"] for e in events(pipeline, text)]
    assert kinds == ["Remote explosive/landmine/IED", "Remote explosive/landmine/IED"]


def test_a_bridge_destroyed_with_dynamite_was_bombed_and_a_bomb_destroyed_by_soldiers_was_not_used(
    pipeline: Any,
) -> None:
    (ev,) = events(pipeline, "A railway bridge near Tamar was partially destroyed with dynamite on Monday.")
    assert ev["sub_event_type"] == "Remote explosive/landmine/IED"
    (ev,) = events(pipeline, "Soldiers destroyed a bomb found near the school in Tamar on Monday.")
    assert ev["sub_event_type"] == "Disrupted weapons use"
    (ev,) = events(pipeline, "A fuel pump in Tamar was destroyed by shrapnel from grenades thrown by rebels on Monday.")
    assert ev["event_type"] == "Explosions/Remote violence"


def test_a_group_that_condemns_a_bombing_of_a_town_is_not_its_doer(pipeline: Any) -> None:
    found = events(pipeline, "The rebels condemned an alleged bombing of the town of Pinar on Sunday.")
    assert "Air/drone strike" in [e["sub_event_type"] for e in found]


def test_an_attack_on_another_post_is_another_incident(pipeline: Any) -> None:
    text = (
        "A car bomb exploded at a police post in Tamar on Monday, killing 4 officers. "
        "Later on Monday, insurgents attacked another police post in Tamar, killing 2 officers."
    )
    assert sorted(e["fatalities"] for e in events(pipeline, text)) == [2, 4]


def test_what_was_destroyed_separately_is_another_incident(pipeline: Any) -> None:
    text = "A bomb destroyed a truck in Tamar on Monday. Separately, gunmen destroyed a bus in Tamar on Monday."
    kinds = sorted(e["sub_event_type"] for e in events(pipeline, text))
    assert kinds == ["Looting/property destruction", "Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    "text",
    [
        "A bombing in the town of Tamar killed 5 people on Monday.",
        "A bombing in a crowded area of Tamar killed 9 people on Monday.",
        "A bombing by Boko Haram in the town of Konduga killed 5 people on Monday.",
    ],
)
def test_a_bombing_told_in_a_town_with_no_aircraft_is_no_air_strike(pipeline: Any, text: str) -> None:
    assert [e["sub_event_type"] for e in events(pipeline, text)] == ["Remote explosive/landmine/IED"]


def test_a_bombing_in_a_town_by_aircraft_or_soldiers_is_an_air_strike(pipeline: Any) -> None:
    for text in (
        "A bombing by government jets in the town of Tamar killed 5 people on Monday.",
        "Soldiers bombed the village of Tamar on Monday, killing 5 people.",
    ):
        assert [e["sub_event_type"] for e in events(pipeline, text)] == ["Air/drone strike"]


def test_homes_attacked_similarly_are_a_second_incident(pipeline: Any) -> None:
    text = (
        "Two bombs exploded at the party offices in Tamar on Monday. "
        "The homes of two party leaders were similarly attacked."
    )
    kinds = [e["sub_event_type"] for e in events(pipeline, text)]
    assert kinds == ["Remote explosive/landmine/IED", "Remote explosive/landmine/IED"]


def test_an_attack_done_similarly_keeps_its_own_means_and_doer(pipeline: Any) -> None:
    text = (
        "Two bombs exploded at the party offices in Tamar on Monday. "
        "Protesters similarly attacked the police station in Pirin with stones on Tuesday."
    )
    kinds = [e["event_type"] for e in events(pipeline, text)]
    assert kinds[0] == "Explosions/Remote violence" and kinds[1] != "Explosions/Remote violence"


def test_bare_mentions_do_not_chain_two_bombings_told_far_apart(pipeline: Any) -> None:
    filler = " ".join(["Officials gave no further details of the blast."] * 5)
    text = (
        f"A bomb exploded in Afghanistan on Monday, killing 3 people. {filler} The attack was condemned. {filler} "
        f"The attack was condemned by the UN. {filler} A bomb exploded in Afghanistan on Monday, killing 4 people."
    )
    tolls = [e["fatalities"] for e in events(pipeline, text) if e["event_type"] == "Explosions/Remote violence"]
    assert tolls == [3, 4]


def test_a_bare_bombing_joins_the_nearest_event_told_before_it(pipeline: Any) -> None:
    text = (
        "Government jets bombed the town of Tamar on Monday, killing 10 civilians. "
        "In Tamar city, militants set off a bomb at a checkpoint on Monday, killing 2 soldiers. "
        "The bombing was condemned by the UN."
    )
    found = {e["sub_event_type"]: e for e in events(pipeline, text) if e["event_type"]}
    assert len(found["Remote explosive/landmine/IED"]["why"]["mentions"]) == 2
    assert "mentions" not in found["Air/drone strike"]["why"]


def test_another_bomb_at_another_place_keeps_its_own_toll(pipeline: Any) -> None:
    text = (
        "A bomb exploded at a market in Tamar on Monday, killing 5 people. "
        "Another bomb exploded at a mosque in Tamar on Monday, killing 3 people."
    )
    assert [e["fatalities"] for e in events(pipeline, text)] == [5, 3]


def test_a_shooting_in_a_separate_attack_is_no_mention_of_the_bomb(pipeline: Any) -> None:
    text = (
        "A bomb exploded at a market in Tamar on Monday, killing 5 people. "
        "In a separate attack, gunmen shot dead 3 civilians in Tamar on Monday."
    )
    kinds = [e["sub_event_type"] for e in events(pipeline, text)]
    assert kinds == ["Remote explosive/landmine/IED", "Attack"]


def test_a_killing_told_separately_elsewhere_is_no_toll_of_the_bomb(pipeline: Any) -> None:
    text = "A bomb exploded in Kabul on Monday. Separately, gunmen killed 3 people in Herat."
    found = events(pipeline, text)
    assert [(e["location"]["name"], e["fatalities"]) for e in found] == [("Kabul", None), ("Herāt", 3)]
    text = "A bomb exploded in Kabul on Monday. Gunmen killed 3 people in Herat."
    assert [e["fatalities"] for e in events(pipeline, text)] == [None, 3]


def test_a_toll_told_in_the_same_town_stays_the_toll_of_the_bomb(pipeline: Any) -> None:
    text = "A bomb exploded in Kabul on Monday. Three people were killed in Kabul."
    assert [e["fatalities"] for e in events(pipeline, text)] == [3]


def test_another_victim_of_the_attack_is_no_other_incident(pipeline: Any) -> None:
    text = "A bomb exploded in Tamar on Monday, wounding 3 people. Another man was wounded in the attack."
    assert [e["injured"] for e in events(pipeline, text)] == [4]


def test_what_was_set_on_fire_is_the_target_not_the_fire(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Gunmen set fire to a bus in Tamar on Monday.")
    assert ev["why"]["target"] == ["bus"]


def test_the_toll_of_the_blast_named_by_its_town_is_the_toll_of_the_bomb_there(pipeline: Any) -> None:
    text = (
        "A bomb exploded in Kabul on Monday. Separately, gunmen killed 3 people in Herat on Monday. "
        "Twelve people were wounded in the Kabul blast."
    )
    found = events(pipeline, text)
    assert [(e["location"]["name"], e["fatalities"], e["injured"]) for e in found] == [
        ("Kabul", None, 12),
        ("Herāt", 3, None),
    ]


def test_the_device_set_off_is_not_what_it_hit(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Militants detonated a roadside bomb at a checkpoint in Tamar on Monday.")
    assert "bomb" not in ev["why"].get("target", []) and ev["why"]["site"] == ["checkpoint"]


def test_a_country_doing_the_act_is_not_its_place(pipeline: Any) -> None:
    found = events(pipeline, "Egypt and Qatar were trying to broker a ceasefire in Gaza on Monday, diplomats said.")
    assert found and all(e["location"] is None or e["location"]["name"] not in ("Qatar", "Egypt") for e in found)
    # a country hit by the act is still its place
    hit = events(pipeline, "Rockets fired from Lebanon hit northern Israel on Monday, wounding two people.")
    assert any(e["location"] and e["location"]["country"] == "ISR" for e in hit)
    # where the rockets were fired from is not where they hit
    assert all(e["location"]["country"] == "ISR" for e in hit)
    plain = events(pipeline, "Rockets from Lebanon hit northern Israel on Monday, wounding two people.")
    assert plain and all(e["location"]["country"] == "ISR" for e in plain)
    back = events(pipeline, "Russian troops withdrew from Kherson on Friday, the defence ministry said.")
    assert back and back[0]["location"]["name"].startswith("Kherson")
    # the subject of a violent act is often where it happened
    text = (
        "Israel and Hamas traded accusations on Sunday as talks in Israel stalled, Israeli officials said.\n"
        "Ukraine came under heavy shelling on Monday that killed 12 civilians."
    )
    shelled = [e for e in events(pipeline, text) if e["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert shelled and shelled[0]["location"]["country"] == "UKR"


def test_a_paragraph_ends_at_its_line_break(pipeline: Any) -> None:
    text = (
        "Sudan army rejects talks\n\n"
        "Fighting went on in Khartoum, residents said. The army rejected calls for a political settlement.\n\n"
        "More than 700 people have died since the war began on April 15, doctors said."
    )
    found = [e for e in events(pipeline, text, date(2023, 5, 21)) if e["plover"] == "REJECT"]
    assert found and found[0]["event_date"] != "2023-04-15"

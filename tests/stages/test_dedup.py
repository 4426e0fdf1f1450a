"""Mentions of one event in several sentences become one record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from eventwire.config import Settings
from eventwire.pipeline import REGISTRY, ArticleState
from eventwire.records import Actor, Article, Event, Evidence, Location
from eventwire.stages.dedup import dedup
from eventwire.stages.triggers import load_cues

KABUL = Location("Kabul", "AFG", 34.53, 69.17, 1, geonameid=1138958)


def make(start: int, **kw: object) -> Event:
    base = Event(
        event_id=f"e{start}",
        article_id="a",
        event_date=date(2023, 3, 13),
        date_precision="day",
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        plover="ASSAULT",
        cameo="183",
        actor1=None,
        actor2=None,
        location=KABUL,
        fatalities=None,
        injured=None,
        evidence=Evidence("s", start, start + 10),
        source=None,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def test_two_mentions_merge_keeping_the_fuller_evidence_and_the_highest_counts() -> None:
    first = make(0, fatalities=9)
    later = make(50, fatalities=12, injured=30, actor1=Actor("Taliban", "AFG", "INS"), confidence=0.8)
    (merged,) = dedup([first, later])
    assert merged.event_id == first.event_id and merged.evidence.start == 50
    assert (merged.fatalities, merged.injured) == (12, 30)
    assert merged.actor1 is not None and merged.actor1.name == "Taliban"
    assert merged.why["mentions"] == [[0, 10], [50, 60]]


def test_on_a_tie_the_first_evidence_stays() -> None:
    (merged,) = dedup([make(0), make(50)])
    assert merged.evidence.start == 0


def test_a_week_precise_mention_merges_with_a_dated_one() -> None:
    vague = make(0, event_date=date(2023, 3, 14), date_precision="week")
    dated = make(50)
    (merged,) = dedup([vague, dated])
    assert (merged.event_date, merged.date_precision) == (date(2023, 3, 13), "day")


def test_different_places_days_types_or_actors_stay_apart() -> None:
    herat = Location("Herat", "AFG", 34.34, 62.2, 1, geonameid=1139105)
    first = make(0, actor1=Actor("Taliban", "AFG", "INS"))
    assert len(dedup([first, make(50, location=herat)])) == 2
    assert len(dedup([first, make(50, event_date=date(2023, 3, 10))])) == 2
    assert len(dedup([first, make(50, sub_event_type="Suicide bomb")])) == 2
    assert len(dedup([first, make(50, actor1=Actor("Islamic State", None, "INS"))])) == 2


def test_a_bare_attack_takes_the_type_of_the_mention_that_says_how() -> None:
    bomb = make(0, trigger="bomb", why={"class": "bombing"})
    attack = make(
        50,
        sub_event_type="Attack",
        event_type="Violence against civilians",
        cameo="180",
        trigger="attack",
        why={"class": "attack"},
    )
    (merged,) = dedup([attack, bomb])
    assert merged.sub_event_type == "Remote explosive/landmine/IED" and merged.why["class"] == "bombing"
    assert merged.event_id == attack.event_id


def test_a_shooting_is_not_merged_into_a_bombing() -> None:
    bomb = make(0, trigger="bomb", why={"class": "bombing"})
    shooting = make(
        50, sub_event_type="Attack", event_type="Violence against civilians", trigger="shot", why={"class": "attack"}
    )
    assert len(dedup([bomb, shooting])) == 2


def test_the_one_shot_who_died_later_is_not_also_injured() -> None:
    shot = make(0, fatalities=None, injured=1, why={"figures": {"killed": None, "wounded": None, "hit": 1}})
    died = make(50, fatalities=1, injured=None, why={"figures": {"killed": 1, "wounded": None, "hit": None}})
    (merged,) = dedup([shot, died])
    assert (merged.fatalities, merged.injured) == (1, None)


def test_of_two_shot_one_died_leaves_one_injured() -> None:
    shot = make(0, injured=2, why={"figures": {"killed": None, "wounded": None, "hit": 2}})
    died = make(50, fatalities=1, why={"figures": {"killed": 1, "wounded": None, "hit": None}})
    (merged,) = dedup([shot, died])
    assert (merged.fatalities, merged.injured) == (1, 1)


def test_the_wounded_stay_next_to_the_dead() -> None:
    wounded = make(0, injured=1, why={"figures": {"killed": None, "wounded": 1, "hit": None}})
    died = make(50, fatalities=3, why={"figures": {"killed": 3, "wounded": None, "hit": None}})
    (merged,) = dedup([wounded, died])
    assert (merged.fatalities, merged.injured) == (3, 1)


def test_a_killing_in_the_attack_takes_the_type_of_the_bomb() -> None:
    attack = make(
        0,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        trigger="killed",
        evidence=Evidence("Four people were killed in the attack.", 0, 38),
        why={"class": "attack"},
    )
    bomb = make(50, date_precision="week", why={"class": "bombing"})
    (merged,) = dedup([attack, bomb])
    assert merged.sub_event_type == "Remote explosive/landmine/IED"


def test_another_wounded_person_is_added() -> None:
    first = make(0, injured=1, why={"figures": {"killed": None, "wounded": 1, "hit": None}})
    more = make(50, injured=1, why={"figures": {"killed": None, "wounded": None, "hit": None, "more_hurt": 1}})
    (merged,) = dedup([first, more])
    assert merged.injured == 2


def test_a_bare_attack_on_property_takes_the_type_of_the_mention_that_says_how() -> None:
    bomb = make(80, trigger="bombs", why={"class": "bombing"})
    attack = make(
        0,
        sub_event_type="Looting/property destruction",
        event_type="Strategic developments",
        cameo="1724",
        trigger="attack",
        why={"class": "property"},
        evidence=Evidence("the attack against the residence", 0, 30),
    )
    (merged,) = dedup([attack, bomb])
    assert merged.sub_event_type == "Remote explosive/landmine/IED" and merged.event_id == attack.event_id


def _property(start: int, trigger: str, text: str, **why: object) -> Event:
    return make(
        start,
        event_type="Strategic developments",
        sub_event_type="Looting/property destruction",
        plover="COERCE",
        cameo="1712",
        trigger=trigger,
        evidence=Evidence(text, start, start + len(text)),
        why={"class": "property", "pattern": f"triggers.tsv: {trigger}", **why},
    )


def test_a_bare_attack_on_property_merges_with_the_bomb_though_coded_as_coercion() -> None:
    attack = _property(0, "attack", "Militants claimed the attack on the mayor's house.", target=["house"])
    bomb = make(60, trigger="bomb", why={"class": "bombing", "pattern": "triggers.tsv: bomb"})
    (merged,) = dedup([attack, bomb])
    assert merged.plover == "ASSAULT" and merged.why["class"] == "bombing"
    assert merged.why["pattern"] == "triggers.tsv: bomb" and merged.why["typed_by"] == "bomb"


def test_what_was_destroyed_joins_the_explosion_that_names_it() -> None:
    wrecked = _property(0, "destroyed", "Gunmen destroyed a minibus on the ring road.", target=["minibus"])
    blast = make(
        60,
        trigger="explosion",
        evidence=Evidence("The explosion tore the roof off the minibus.", 60, 104),
        why={"class": "bombing"},
    )
    (merged,) = dedup([wrecked, blast])
    assert merged.sub_event_type == "Remote explosive/landmine/IED"


def test_what_was_razed_or_demolished_joins_the_explosion_that_names_it() -> None:
    for word in ("razed", "razing", "demolished"):
        razed = _property(0, word, f"Gunmen {word} a granary on the ring road.", target=["granary"])
        blast = make(
            60,
            trigger="explosion",
            evidence=Evidence("The explosion brought down the granary walls.", 60, 105),
            why={"class": "bombing"},
        )
        (merged,) = dedup([razed, blast])
        assert merged.sub_event_type == "Remote explosive/landmine/IED"


def test_what_was_destroyed_stays_apart_from_an_explosion_told_far_away() -> None:
    wrecked = _property(0, "destroyed", "Gunmen destroyed a minibus on the ring road.", target=["minibus"])
    blast = make(
        3000,
        trigger="explosion",
        evidence=Evidence("An explosion hit a bakery in the old town.", 3000, 3042),
        why={"class": "bombing"},
    )
    assert len(dedup([wrecked, blast])) == 2
    told_next = replace(blast, evidence=Evidence("An explosion rang out near the depot.", 60, 97))
    assert len(dedup([wrecked, told_next])) == 1  # the damage told next to the blast is its damage


def test_a_bare_attack_on_a_base_takes_the_type_of_the_bombs_thrown_at_it() -> None:
    clash = make(
        0,
        event_type="Battles",
        sub_event_type="Armed clash",
        cameo="190",
        trigger="attack",
        evidence=Evidence("The attack on the barracks wounded two guards.", 0, 46),
        why={"class": "clash", "target": ["barracks"]},
    )
    bombs = make(
        60,
        trigger="grenades",
        sub_event_type="Grenade",
        evidence=Evidence("Insurgents threw grenades over the wall of the barracks.", 60, 116),
        why={"class": "grenade"},
    )
    (merged,) = dedup([clash, bombs])
    assert merged.sub_event_type == "Grenade"
    elsewhere = replace(bombs, evidence=Evidence("Insurgents threw grenades at a police car.", 60, 102))
    assert len(dedup([clash, elsewhere])) == 2


def test_two_bare_mentions_join_through_the_one_that_says_how() -> None:
    claim = _property(0, "attack", "A group claimed the attack on the radio station.", target=["station"])
    first = make(
        60,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        cameo="180",
        trigger="attack",
        evidence=Evidence("The attack took place at dawn.", 60, 90),
        why={"class": "attack"},
    )
    bomb = make(100, trigger="bomb", why={"class": "bombing"})
    (merged,) = dedup([claim, first, bomb])
    assert merged.why["class"] == "bombing" and len(merged.why["mentions"]) == 3


def test_the_mention_that_says_how_property_was_destroyed_names_it() -> None:
    wrecked = _property(0, "destroyed", "Rioters destroyed the town hall.", target=["hall"])
    burned = _property(60, "burned", "They burned the town hall to the ground.")
    (merged,) = dedup([wrecked, burned])
    assert merged.why["pattern"] == "triggers.tsv: burned" and merged.why["typed_by"] == "burned"


def test_rebels_and_the_named_rebel_group_of_the_country_are_one_doer() -> None:
    rebels = Actor("Rebel Forces (Afghanistan)", "AFG", "REB", "insurgents", "noun:insurgent")
    named = Actor("Hizb-i Islami", "AFG", "REB", "hizb-i islami", "hizb")
    (merged,) = dedup([make(0, actor1=rebels), make(50, actor1=named)])
    assert merged.actor1 == named
    police = Actor("Police Forces of Afghanistan", "AFG", "COP", "police", "noun:police")
    assert len(dedup([make(0, actor1=police), make(50, actor1=named)])) == 2


def test_a_bare_attack_far_from_a_bomb_with_no_town_named_stays_apart() -> None:
    afghanistan = Location("Afghanistan", "AFG", 33.0, 65.0, 3, geonameid=1149361)
    attack = make(
        0,
        location=afghanistan,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        cameo="180",
        trigger="attack",
        why={"class": "attack"},
    )
    far = make(5000, location=afghanistan, trigger="bombs", why={"class": "bombing"})
    assert len(dedup([attack, far])) == 2
    near = replace(far, evidence=Evidence("s", 200, 210))
    assert len(dedup([attack, near])) == 1


def test_sabotage_takes_the_pattern_of_the_device_that_did_it() -> None:
    sabotage = make(0, trigger="sabotaged", why={"class": "bombing", "pattern": "triggers.tsv: sabotage"})
    bomb = make(50, trigger="bomb", why={"class": "bombing", "pattern": "triggers.tsv: bomb"})
    (merged,) = dedup([sabotage, bomb])
    assert merged.why["pattern"] == "triggers.tsv: bomb"


def test_two_bombings_with_no_town_told_far_apart_stay_apart() -> None:
    afghanistan = Location("Afghanistan", "AFG", 33.0, 65.0, 3, geonameid=1149361)
    first = make(0, location=afghanistan)
    assert len(dedup([first, make(4000, location=afghanistan)])) == 2
    assert len(dedup([first, make(300, location=afghanistan)])) == 1
    assert len(dedup([make(0), make(4000)])) == 1  # told in the same town


AFGHANISTAN = Location("Afghanistan", "AFG", 33.0, 65.0, 3, geonameid=1149361)


def _bomb(start: int, text: str, **why: object) -> Event:
    return make(
        start, trigger="bomb", evidence=Evidence(text, start, start + len(text)), why={"class": "bombing", **why}
    )


def _attack(start: int, text: str, **kw: object) -> Event:
    why = kw.pop("why", {})
    return make(
        start,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        cameo="180",
        trigger="attack",
        evidence=Evidence(text, start, start + len(text)),
        why={"class": "attack", **why},  # type: ignore[dict-item]
        **kw,
    )


def test_a_mention_told_as_another_incident_stays_apart_from_those_before_it() -> None:
    first = _bomb(0, "A bomb exploded at a market in Tamar on Monday.", site=["market"])
    another = _bomb(60, "Another bomb exploded in Tamar on Monday.", separate="Another bomb")
    toll = _attack(120, "The attack killed three people.", fatalities=3)
    merged = dedup([first, another, toll])
    assert [m.why.get("mentions") for m in merged] == [None, [[60, 101], [120, 151]]]
    assert merged[1].fatalities == 3  # the toll told after "another bomb" is its toll


def test_two_bombs_that_went_off_at_different_places_stay_apart() -> None:
    market = _bomb(0, "A bomb exploded at a market in Tamar on Monday.", site=["market"])
    mosque = _bomb(60, "A bomb exploded at a mosque in Tamar on Monday.", site=["mosque"])
    assert len(dedup([market, mosque])) == 2
    assert len(dedup([market, replace(mosque, why={"class": "bombing", "site": ["market"]})])) == 1


def test_what_was_destroyed_stays_apart_from_a_bomb_that_destroyed_another_thing() -> None:
    truck = _bomb(0, "A bomb destroyed a truck in Tamar on Monday.", target=["truck"])
    bus = _property(60, "destroyed", "Gunmen destroyed a bus in Tamar on Monday.", target=["bus"])
    assert len(dedup([truck, bus])) == 2
    truck_too = _property(60, "destroyed", "The truck was destroyed.", target=["truck"])
    assert len(dedup([truck, truck_too])) == 1


def test_an_attack_on_another_target_than_the_bomb_stays_apart() -> None:
    bomb = _bomb(0, "A car bomb exploded at a police post in Tamar on Monday.", site=["post"])
    clash = make(
        70,
        event_type="Battles",
        sub_event_type="Armed clash",
        cameo="190",
        trigger="attacked",
        evidence=Evidence("Rebels attacked a checkpoint in Tamar on Monday.", 70, 118),
        why={"class": "clash", "target": ["checkpoint"]},
    )
    assert len(dedup([bomb, clash])) == 2
    attack = _attack(70, "Gunmen attacked a checkpoint in Tamar on Monday.", why={"target": ["checkpoint"]})
    assert len(dedup([bomb, attack])) == 2
    assert len(dedup([bomb, _attack(70, "Gunmen attacked the post in Tamar.", why={"target": ["post"]})])) == 1


def test_bare_mentions_between_two_bombings_far_apart_do_not_chain_them() -> None:
    texts = ["A bomb exploded on Monday, killing 3 people.", "The attack was condemned.", "The attack was condemned."]
    first = replace(_bomb(0, texts[0]), location=AFGHANISTAN, fatalities=3)
    bare = [replace(_attack(at, texts[1]), location=AFGHANISTAN) for at in (300, 590)]
    second = replace(_bomb(900, texts[0]), location=AFGHANISTAN, fatalities=4)
    merged = dedup([first, *bare, second])
    assert [m.fatalities for m in merged] == [3, 4]
    assert len(merged[0].why["mentions"]) == 3


def test_a_bare_bombing_joins_the_nearest_event_before_it() -> None:
    air = make(0, sub_event_type="Air/drone strike", trigger="bombed", why={"class": "air_strike"})
    bomb = _bomb(80, "Militants set off a bomb at a checkpoint in Tamar on Monday.")
    bare = make(170, trigger="bombing", why={"class": "bombing"})
    merged = dedup([air, bomb, bare])
    assert "mentions" not in merged[0].why and len(merged[1].why["mentions"]) == 2
    assert len(dedup([air, bare])) == 1  # told after the air strike alone, it is the air strike


def test_a_separate_attack_is_no_bare_mention_of_the_bombing() -> None:
    bomb = _bomb(0, "A bomb exploded at a market in Tamar on Monday, killing 5 people.", site=["market"])
    shooting = make(
        70,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        trigger="shot dead",
        evidence=Evidence("In a separate attack, gunmen shot dead 3 civilians in Tamar.", 70, 130),
        why={"class": "attack"},
    )
    assert len(dedup([bomb, shooting])) == 2


def _outrage(tmp_path: Path) -> tuple[Event, Event, tuple[str, ...]]:
    """A bomb and "the outrage" (a word the shipped cue words do not count as a bare attack), and
    a --data-dir folder whose cue_words.tsv adds it to the generic_attack set."""
    (tmp_path / "cue_words.tsv").write_text("name\tscope\twords\ngeneric_attack\ttoken\toutrage\n", encoding="utf-8")
    bomb = make(0, trigger="bomb", why={"class": "bombing"})
    outrage = make(
        50,
        sub_event_type="Attack",
        event_type="Violence against civilians",
        trigger="outrage",
        evidence=Evidence("The outrage was condemned by the mayor.", 50, 90),
        why={"class": "attack"},
    )
    return bomb, outrage, (str(tmp_path),)


def test_a_cue_word_added_in_a_data_dir_reaches_the_merging(tmp_path: Path) -> None:
    bomb, outrage, dirs = _outrage(tmp_path)
    assert len(dedup([bomb, outrage])) == 2  # the shipped cue words: two events
    (merged,) = dedup([bomb, outrage], load_cues(dirs))
    assert merged.sub_event_type == "Remote explosive/landmine/IED" and merged.why["class"] == "bombing"


def test_the_pipeline_merging_stage_reads_the_data_dir_cue_words(tmp_path: Path) -> None:
    bomb, outrage, dirs = _outrage(tmp_path)
    stage = REGISTRY["eventwire.dedup.v1"](SimpleNamespace(settings=Settings(data_dirs=dirs)))  # type: ignore[arg-type]
    state = ArticleState(Article("a", "text"), None, events=[bomb, outrage])  # type: ignore[arg-type]
    stage(state)
    assert len(state.events) == 1

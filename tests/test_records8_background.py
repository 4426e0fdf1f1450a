"""Violent words that describe a side or a speaker's stance, not an incident (stages/generic_acts.py,
generic_kinds.py, habitual.py, irrealis_plans.py): a past act in a clause saying who someone is, a
side described by what it goes on doing, what a speaker says his side does, weapons named as what a
side has, a present perfect with "since" alone, a side going on fighting, and a promise to stop an
act. Each beside a near-identical sentence that reports an incident. Sentences written for the tests.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, Event
from eventwire.stages.irrealis_plans import feared_toll, given_up

pytestmark = pytest.mark.slow

VIOLENT_TYPES = (
    "Violence against civilians",
    "Battles",
    "Explosions/Remote violence",
    "Riots",
    "Strategic developments",
)
LEAD = "A rebel commander spoke to reporters. "  # an opening sentence, so the one tested is not the first


def violent(pipeline: Any, text: str) -> list[Event]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 6, 14)))
    return [e for e in found if e.event_type in VIOLENT_TYPES]


@pytest.mark.parametrize(
    "text",
    [
        "The gang members who murdered our sons still live in the next street.",
        "Those who shot our brothers are still free.",
        "Detectives are still looking for the men who kidnapped our daughters.",
        "The soldiers who shot my uncle live across the valley.",
        "THE GANG MEMBERS WHO MURDERED OUR SONS STILL LIVE IN THE NEXT STREET, THE WIDOWS SAID.",
    ],
)
def test_a_past_act_saying_who_someone_is_is_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The gang members who murdered four traders in Soroti on Tuesday fled across the river.",
        "The gang members who murdered our sons fled across the river.",
        "The soldiers who shot my uncle near Gulu last Sunday live across the valley.",
    ],
)
def test_a_past_act_told_as_what_happened_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained a courier on Thursday in Leon. He belonged to the Sinaloa faction, which is fighting "
        "the Gulf Cartel for control of smuggling routes in the state.",
        "The mayor said the town is run by a militia that attacks convoys on the highway.",
    ],
)
def test_a_side_described_by_what_it_goes_on_doing_is_no_event(pipeline: Any, text: str) -> None:
    types = [e.sub_event_type for e in violent(pipeline, text)]
    assert "Armed clash" not in types and "Attack" not in types


@pytest.mark.parametrize(
    "text",
    [
        "He belonged to the Sinaloa faction, which fought the Gulf Cartel in Leon on Thursday.",
        "He belonged to the Sinaloa faction, which is fighting the Gulf Cartel in Culiacan.",
        "He belonged to the Sinaloa faction, which is fighting 200 soldiers for control of the roads.",
    ],
)
def test_a_side_described_by_a_fight_with_a_day_place_or_figure_keeps_it(pipeline: Any, text: str) -> None:
    assert [e.sub_event_type for e in violent(pipeline, text)] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "We only ambush patrols, never villagers.",
        LEAD + "We attack convoys.",
        LEAD + "They always loot shops.",
        LEAD.upper() + "WE ONLY AMBUSH PATROLS, NEVER VILLAGERS.",
    ],
)
def test_what_a_speaker_says_his_side_does_is_no_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "We ambushed the patrol near Menaka last Tuesday.",
        LEAD + "We attack convoys near Menaka.",
        LEAD + "They loot shops.",
    ],
)
def test_an_act_with_a_place_or_a_day_or_no_word_of_policy_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Homemade bombs and the Kalashnikovs we take are all we have.",
        LEAD + "Rockets and mortars are our only weapons.",
        LEAD + "The rebels have homemade mines.",
    ],
)
def test_weapons_a_side_has_are_no_attack(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text) == []


def test_weapons_set_off_keep_their_attack(pipeline: Any) -> None:
    text = "Homemade mines were planted on the road to Menaka on Tuesday, killing two drivers."
    assert violent(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops expelled the militants in 2020 but the group has since seized territory in the south.",
        "The 2012 accord ended decades of war with the movement, but splinter groups continue to fight.",
    ],
)
def test_a_summary_since_then_or_going_on_is_no_event(pipeline: Any, text: str) -> None:
    keys = [e.sub_event_type for e in violent(pipeline, text)]
    assert "Non-state actor overtakes territory" not in keys and "Armed clash" not in keys


@pytest.mark.parametrize(
    "text",
    [
        "The militants seized territory in the south on Saturday.",
        "Splinter groups continued to fight in Cauca on Saturday.",
    ],
)
def test_a_dated_retaking_or_fight_stays_an_event(pipeline: Any, text: str) -> None:
    assert violent(pipeline, text)


def _verb(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    "text,word",
    [
        ("The militia pledged to stop abducting aid workers.", "abducting"),
        ("The militia will cease shelling the camps.", "shelling"),
    ],
)
def test_an_act_promised_to_be_stopped_is_given_up(nlp: Any, text: str, word: str) -> None:
    assert given_up(_verb(nlp, text, word))


@pytest.mark.parametrize(
    "text,word",
    [
        ("The militia threatened to abduct aid workers.", "abduct"),
        ("The militia vowed to keep abducting aid workers.", "abducting"),
        ("The gunmen stopped shooting when the police came.", "shooting"),
    ],
)
def test_an_act_threatened_or_stopped_after_it_was_done_is_not_given_up(nlp: Any, text: str, word: str) -> None:
    assert given_up(_verb(nlp, text, word)) == ""


@pytest.mark.parametrize(
    "text,word,under",
    [
        ("Up to 15 guards were feared killed in the raid on the depot.", "feared", "killed"),
        ("A dozen herders are feared dead after the ambush.", "feared", "dead"),
    ],
)
def test_a_toll_feared_in_the_passive_is_reported(nlp: Any, text: str, word: str, under: str) -> None:
    assert feared_toll(_verb(nlp, text, word), _verb(nlp, text, under))


@pytest.mark.parametrize(
    "text,word,under",
    [
        ("The herders feared an ambush on the road.", "feared", "ambush"),
        ("Residents feared the militia would attack the depot.", "feared", "attack"),
    ],
)
def test_an_act_someone_fears_is_no_toll(nlp: Any, text: str, word: str, under: str) -> None:
    assert not feared_toll(_verb(nlp, text, word), _verb(nlp, text, under))

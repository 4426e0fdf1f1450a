"""One event told several times: a speaker's "yesterday" and a quoted retelling, the two sides'
tolls of one fight, a killing told as a device's participle clause, and a recollection's "that
morning" (stages/when_quoted.py, when_recalled.py, dedup_retold.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article

PUBLISHED = date(2026, 11, 20)  # a Friday


def _records(pipeline: Any, text: str) -> list[dict[str, Any]]:
    evs = pipeline.extract_article(Article(id="t", text=text, published=PUBLISHED))
    return [e.to_dict() for e in evs]


GRENADE = (
    "A grenade blast hit a bus stop in Garissa on Tuesday, killing four people and wounding 11. "
    '"Yesterday, criminals threw a grenade at innocent travellers," the governor said. '
)


def test_a_quoted_retelling_is_the_incident_told_before(pipeline: Any) -> None:
    recs = _records(pipeline, GRENADE + '"Four of our people died and eleven were hurt."')
    assert len(recs) == 1
    assert (recs[0]["event_date"], recs[0]["fatalities"]) == ("2026-11-17", 4)


def test_a_quoted_retelling_in_capitals_too(pipeline: Any) -> None:
    recs = _records(pipeline, (GRENADE + '"Four of our people died and eleven were hurt."').upper())
    assert [r["fatalities"] for r in recs] == [4]


def test_a_quote_with_other_figures_stays_apart(pipeline: Any) -> None:
    text = GRENADE + '"Nine of our people were murdered by the same gang," he added.'
    assert sorted(r["fatalities"] for r in _records(pipeline, text)) == [4, 9]


def test_the_reporters_yesterday_counts_from_the_article_date(pipeline: Any) -> None:
    recs = _records(pipeline, "Criminals threw a grenade at a bar in Garissa yesterday, wounding two men.")
    assert [r["event_date"] for r in recs] == ["2026-11-19"]


def test_a_speakers_yesterday_counts_from_the_day_of_the_saying(pipeline: Any) -> None:
    recs = _records(pipeline, '"Yesterday, gunmen burned our market in Garissa," the chief said on Wednesday.')
    assert [r["event_date"] for r in recs if r["event_type"] is not None] == ["2026-11-17"]


def test_a_speakers_yesterday_with_no_day_of_saying_dates_nothing(pipeline: Any) -> None:
    recs = _records(pipeline, '"Yesterday, gunmen burned our market in Garissa," the chief said.')
    violent = [r for r in recs if r["event_type"] is not None]
    assert [r["date_precision"] for r in violent] == ["week"]


FIGHT = (
    "On Sunday, the insurgents attacked a base of the Nigerien army in the town of Bosso in the Diffa "
    "region. The fighters killed 20 soldiers and took three trucks. The army confirmed that an attack "
    "took place at Bosso on Sunday, but said that six soldiers were killed and that dozens of "
    '"terrorists were neutralised".'
)


def test_each_sides_toll_of_one_fight_is_a_competing_figure(pipeline: Any) -> None:
    recs = [r for r in _records(pipeline, FIGHT) if r["event_type"] == "Battles"]
    assert len(recs) == 1
    assert recs[0]["fatalities"] == 6
    assert recs[0]["why"]["casualties"]["killed"]["high"] == 20


def test_fights_in_two_towns_stay_apart(pipeline: Any) -> None:
    text = (
        "On Sunday, the insurgents attacked a base of the Nigerien army in Bosso, killing 20 soldiers. "
        "On Monday, troops killed 12 insurgents in Mainé-Soroa."
    )
    recs = [r for r in _records(pipeline, text) if r["event_type"] == "Battles"]
    assert sorted(r["fatalities"] for r in recs) == [12, 20]


def test_a_killing_told_as_a_mines_participle_is_its_toll(pipeline: Any) -> None:
    recs = _records(
        pipeline, "An army convoy struck a mine on Thursday near Ansongo, killing three soldiers and wounding five."
    )
    assert [(r["sub_event_type"], r["trigger"], r["fatalities"], r["injured"]) for r in recs] == [
        ("Remote explosive/landmine/IED", "mine", 3, 5)
    ]


def test_a_killing_told_after_an_ambush_stays_an_ambush(pipeline: Any) -> None:
    recs = _records(
        pipeline, "Gunmen ambushed an army convoy on Thursday near Ansongo, killing three soldiers and wounding five."
    )
    assert [(r["sub_event_type"], r["fatalities"]) for r in recs] == [("Armed clash", 3)]


MOURNING = (
    "Mourners met on Sunday in Bujumbura to remember the massacre of May 3, 2001, when soldiers killed "
    "60 villagers in a school.\n\n"
)


def test_that_morning_looks_back_to_the_day_told_before(pipeline: Any) -> None:
    text = MOURNING + (
        '"They burned the houses and threw grenades into the school," said a farmer, 70. '
        '"My two brothers were killed that morning."'
    )
    grenade = [r for r in _records(pipeline, text) if r["sub_event_type"] == "Grenade"]
    assert [r["event_date"] for r in grenade] == ["2001-05-03"]


def test_a_recollection_with_no_that_morning_keeps_the_week(pipeline: Any) -> None:
    text = MOURNING + '"They burned the houses and threw grenades into the school," said a farmer, 70.'
    grenade = [r for r in _records(pipeline, text) if r["sub_event_type"] == "Grenade"]
    assert [r["date_precision"] for r in grenade] == ["week"]

"""Each event's own date and casualty figures (stages/when.py), read through the whole pipeline."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article, CountMention
from eventwire.stages.when import best_count, casualty_why, high_count, without_the_dead_shot

TUESDAY = date(2014, 8, 26)


def events(pipeline: Any, text: str, published: date | None = TUESDAY) -> list[dict[str, Any]]:
    return [e.to_dict() for e in pipeline.extract_article(Article(id="t", text=text, published=published))]


def by_trigger(evs: list[dict[str, Any]], word: str) -> dict[str, Any]:
    return next(e for e in evs if word in e["trigger"])


@pytest.mark.slow
def test_background_event_keeps_its_own_date(pipeline: Any) -> None:
    text = "Gunmen killed 12 villagers in Mopti on Sunday, months after the uprising that began in March 2011."
    evs = events(pipeline, text)
    killing = by_trigger(evs, "kill")
    assert (killing["event_date"], killing["date_precision"]) == ("2014-08-24", "day")


@pytest.mark.slow
def test_date_of_the_governing_clause(pipeline: Any) -> None:
    text = "On Sunday, gunmen stormed a village in Mopti and killed 12 people."
    for ev in events(pipeline, text):
        assert ev["event_date"] == "2014-08-24"


@pytest.mark.slow
def test_the_next_sentence_continues_the_story(pipeline: Any) -> None:
    text = "A car bomb exploded in Kirkuk on Sunday. Gunmen then attacked a police post in Kirkuk."
    dates = [(e["event_date"], e["date_precision"]) for e in events(pipeline, text)]
    assert dates and all(d == ("2014-08-24", "day") for d in dates)


@pytest.mark.slow
def test_a_new_paragraph_does_not_inherit_the_date(pipeline: Any) -> None:
    text = "A car bomb exploded in Kirkuk on Sunday.\n\nGunmen attacked a police post in Mosul."
    attack = by_trigger(events(pipeline, text), "attack")
    assert attack["date_precision"] == "week"


@pytest.mark.slow
def test_undated_event_falls_back_to_the_article_week(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Gunmen killed 12 villagers in Mopti.")
    assert (ev["event_date"], ev["date_precision"]) == ("2014-08-26", "week")
    assert "article's date" in ev["why"]["date"]


@pytest.mark.slow
def test_coarse_periods_are_coarsened_to_a_record_precision(pipeline: Any) -> None:
    (ev,) = events(pipeline, "Gunmen killed 12 villagers in Mopti last summer.")
    assert (ev["event_date"], ev["date_precision"]) == ("2013-01-01", "year")


@pytest.mark.slow
def test_counts_keep_their_words(pipeline: Any) -> None:
    (ev,) = events(pipeline, "A car bomb killed between 10 and 15 people in Kirkuk on Sunday.")
    assert ev["fatalities"] == 10
    assert ev["why"]["casualties"]["killed"] == {"best": 10, "high": 15, "words": ["killed between 10 and 15"]}


@pytest.mark.slow
def test_shootings_give_events_and_figures(pipeline: Any) -> None:
    (ev,) = events(pipeline, "A 27-year-old man was shot and killed on Sunday night in Westwood, Ohio.")
    assert ev["fatalities"] == 1 and ev["event_date"] == "2014-08-24"


def mention(kind: str, value: int, high: int | None = None) -> CountMention:
    return CountMention(kind, value, 0, 1, f"{value}", high)


def test_best_count_takes_the_restated_toll() -> None:
    assert best_count([mention("killed", 15), mention("killed", 30)]) == 30  # "the toll rose to 30"
    assert best_count([mention("killed", 0)]) == 0
    assert best_count([]) is None


def test_high_count_only_when_higher() -> None:
    assert high_count([mention("killed", 10, 15)]) == 15
    assert high_count([mention("killed", 10)]) is None


def test_casualty_why_by_kind() -> None:
    why = casualty_why([mention("killed", 3), mention("injured", 5, 8)])
    assert why == {
        "killed": {"best": 3, "high": None, "words": ["3"]},
        "injured": {"best": 5, "high": 8, "words": ["5"]},
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A man was shot and killed outside a bar on Sunday.", "killed"),
        ("Police shot a suspect near the station.", "injured"),
        ("A teenager died after the attack.", "killed"),
        ("Jassely Lupoe was fatally shot at her home.", "killed"),
        ("Amina Bello was shot to death at her home.", "killed"),
        ("Gunmen shot a farmer who died at the scene.", "killed"),
    ],
)
def test_one_victim_told_without_a_number_counts_one(nlp: Any, text: str, kind: str) -> None:
    from eventwire.stages.when import single_victims

    (count,) = single_victims(next(nlp(text).sents))
    assert (count.kind, count.value) == (kind, 1)


@pytest.mark.slow
def test_plural_or_numbered_victims_are_left_to_the_figures(nlp: Any) -> None:
    from eventwire.stages.when import single_victims

    assert not single_victims(next(nlp("Three men were shot and killed on Sunday.").sents))
    assert not single_victims(next(nlp("Soldiers were wounded in the clash.").sents))


@pytest.mark.slow
def test_the_paragraph_dates_an_undated_event(pipeline: Any) -> None:
    text = "Gunmen stormed a police post in Kirkuk. It happened shortly after midnight on Sunday."
    attack = by_trigger(events(pipeline, text), "storm")
    assert (attack["event_date"], attack["date_precision"]) == ("2014-08-24", "day")
    assert "paragraph" in attack["why"]["date"]


@pytest.mark.slow
def test_the_headline_takes_the_date_of_the_lead(pipeline: Any) -> None:
    text = "Car bomb kills 9 in Kirkuk\n\nA car bomb exploded near a market in Kirkuk on Sunday, killing 9 people."
    for ev in events(pipeline, text):
        assert (ev["event_date"], ev["date_precision"]) == ("2014-08-24", "day")


@pytest.mark.slow
def test_a_dateline_date_is_not_the_event_date(pipeline: Any) -> None:
    text = "Headline\n\nKIRKUK, Iraq (August 26, 2014) - Gunmen attacked a police post in Kirkuk."
    attack = by_trigger(events(pipeline, text), "attack")
    assert attack["date_precision"] == "week"


def test_the_one_shot_is_the_one_who_died() -> None:
    killed = CountMention("killed", 1, 0, 4, "died")
    shot = CountMention("injured", 1, 5, 20, "a man was shot")
    wounded = CountMention("injured", 1, 5, 20, "a man was wounded")
    assert without_the_dead_shot([killed, shot]) == [killed]
    assert without_the_dead_shot([killed, wounded]) == [killed, wounded]
    assert without_the_dead_shot([shot]) == [shot]


@pytest.mark.slow
def test_a_figure_goes_to_the_event_its_words_name(pipeline: Any) -> None:
    evs = events(pipeline, "Police are investigating a fatal shooting in Kano on Sunday.")
    shooting = by_trigger(evs, "shooting")
    assert shooting["fatalities"] == 1


def test_figures_keep_the_shot_apart_from_the_wounded() -> None:
    from eventwire.stages.when import figures, injured_of, totals

    counts = [CountMention("killed", 1, 0, 4, "died"), CountMention("injured", 2, 5, 20, "two men were shot")]
    figs = figures(counts)
    assert figs == {"killed": 1, "wounded": None, "hit": 2, "more_hurt": None}
    assert totals(figs) == (1, 1)  # two shot, one of them died
    assert injured_of(killed=1, wounded=None, hit=1) is None  # the one shot is the one who died
    assert injured_of(killed=3, wounded=1, hit=None) == 1  # "3 killed and 1 injured"
    assert injured_of(killed=None, wounded=None, hit=2) == 2


@pytest.mark.slow
def test_single_victims_named_together_are_counted(nlp: Any) -> None:
    from eventwire.stages.when import single_victims

    (count,) = single_victims(next(nlp("The officer fatally shot a teenage man and his unarmed neighbor.").sents))
    assert (count.kind, count.value) == ("killed", 2)
    (count,) = single_victims(next(nlp("He was pronounced dead at the scene.").sents))
    assert (count.kind, count.value) == ("killed", 1)
    (count,) = single_victims(next(nlp("She succumbed to her injuries on Monday.").sents))
    assert (count.kind, count.value) == ("killed", 1)


def test_another_person_hurt_is_one_more() -> None:
    from eventwire.stages.when import figures, totals

    shot = CountMention("injured", 1, 0, 14, "A man was shot")
    another = CountMention("injured", 1, 20, 40, "Another man was shot")
    assert totals(figures([shot, another])) == (None, 2)
    died = CountMention("killed", 1, 20, 40, "another man died")
    assert totals(figures([CountMention("killed", 2, 0, 9, "two dead"), died])) == (2, None)


def test_a_gunshot_wound_is_a_hit_and_a_graze_a_wound() -> None:
    from eventwire.stages.when import figures, totals

    died = CountMention("killed", 1, 0, 4, "died")
    found = CountMention("injured", 1, 5, 30, "a man with a gunshot wound")
    assert totals(figures([found, died])) == (1, None)  # the man found with the wound is the one who died
    grazed = CountMention("injured", 1, 5, 30, "a woman was grazed")
    assert totals(figures([grazed, died])) == (1, 1)
    shooting = CountMention("injured", 1, 5, 15, "a shooting")
    assert totals(figures([shooting, died])) == (1, None)
    assert totals(figures([shooting])) == (None, 1)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event_date"),
    [
        ("Gunmen killed five people in Mopti on March 28.", "2019-03-28"),  # past, three days after the article
        ("Three soldiers died in a bombing in Kirkuk on March 27.", "2019-03-27"),
        ("Gunmen shot two guards in Mosul this weekend.", "2020-03-21"),
    ],
)
def test_a_past_event_is_not_dated_after_the_article(pipeline: Any, text: str, event_date: str) -> None:
    evs = events(pipeline, text, date(2020, 3, 25))
    assert evs and all(e["event_date"] == event_date for e in evs)

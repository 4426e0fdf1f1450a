"""Triggers of one class in a sentence are one event unless one of them is told as another
incident ("... and three farmers were killed in a separate attack in X"); the merged event takes
the date of the trigger that has a day of its own (stages/incidents.py ``merge_same_class``).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article
from eventwire.stages.incidents import merge_same_class
from eventwire.stages.triggers import Trigger, TriggerEntry
from eventwire.stages.when import Draft


def places(pipeline: Any, text: str) -> list[tuple[str | None, int | None]]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    return [(e.location.name if e.location else None, e.fatalities) for e in found]


def test_a_separate_attack_in_the_same_sentence_is_its_own_event(pipeline: Any) -> None:
    text = "Gunmen killed five villagers in Kano, and three farmers were also killed in a separate attack in Kaduna."
    assert places(pipeline, text) == [("Kano", 5), ("Kaduna", 3)]


def test_without_a_separate_cue_the_triggers_stay_one_event(pipeline: Any) -> None:
    text = "Gunmen killed five villagers in Kano, and three farmers were also killed in the attack."
    assert len(places(pipeline, text)) == 1


def _drafts(nlp: Any, text: str, words: list[str]) -> list[Draft]:
    from eventwire.config import Settings
    from eventwire.stages.triggers import load_lexicon

    attack = load_lexicon(Settings().data_dirs).classes["attack"]
    doc = nlp(text)
    sent = next(iter(doc.sents))
    out = []
    for w in words:
        tok = next(t for t in doc if t.text == w)
        entry = TriggerEntry((w,), "attack", "N" if tok.pos_ == "NOUN" else "V", True, "")
        out.append(Draft(trigger=Trigger(tok.i, tok.i + 1, entry), cls=attack, sent=sent, why={"trigger": w}))
    return out


def test_the_merged_event_takes_the_day_of_the_trigger_that_has_one(nlp: Any) -> None:
    from eventwire.config import Settings
    from eventwire.stages.triggers import load_lexicon

    cues = load_lexicon(Settings().data_dirs).cues
    text = "Gunmen attacked the village, and the raid on Sunday left six dead."
    first, second = _drafts(nlp, text, ["attacked", "raid"])
    first.event_date, first.undated = date(2024, 5, 8), True
    second.event_date, second.precision, second.timex = date(2024, 5, 5), "day", object()  # type: ignore[assignment]
    kept = merge_same_class([first, second], cues)
    assert kept == [first]
    assert first.event_date == date(2024, 5, 5) and not first.undated


def test_the_first_trigger_keeps_its_own_day(nlp: Any) -> None:
    from eventwire.config import Settings
    from eventwire.stages.triggers import load_lexicon

    cues = load_lexicon(Settings().data_dirs).cues
    text = "Gunmen attacked the village on Friday, and the raid on Sunday left six dead."
    first, second = _drafts(nlp, text, ["attacked", "raid"])
    first.event_date, first.precision, first.timex = date(2024, 5, 3), "day", object()  # type: ignore[assignment]
    second.event_date, second.precision, second.timex = date(2024, 5, 5), "day", object()  # type: ignore[assignment]
    assert merge_same_class([first, second], cues) == [first]
    assert first.event_date == date(2024, 5, 3)


def dated(pipeline: Any, text: str) -> list[tuple[str | None, int | None]]:
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    return [(e.event_date.isoformat() if e.event_date else None, e.fatalities) for e in found]


def test_a_death_told_in_the_attack_paragraphs_later_is_that_attack(pipeline: Any) -> None:
    text = (
        "Militants attacked Dikwa on June 3, 2019, killing 40 people.\n\n"
        "The court heard from 30 witnesses over nine months.\n\n"
        '"This ruling proves nobody is above the law," said Amina Musa, whose husband was shot dead in the attack.'
    )
    assert dated(pipeline, text) == [("2019-06-03", 40)]


def test_a_death_in_an_attack_of_its_own_day_is_not_merged(pipeline: Any) -> None:
    text = (
        "Militants attacked Dikwa on June 3, 2019, killing 40 people.\n\n"
        "The court heard from 30 witnesses over nine months.\n\n"
        '"Nobody is above the law," said Amina Musa, whose husband was shot dead in an attack last week.'
    )
    assert len(dated(pipeline, text)) == 2


def test_an_appositive_naming_the_riot_again_is_no_second_event(pipeline: Any) -> None:
    text = (
        "In May 2020, 40 inmates died in a riot at the Bela jail in Caracas, "
        "the deadliest jail massacre in the nation's history."
    )
    assert [dead for _, dead in dated(pipeline, text)] == [40]


def test_an_appositive_saying_another_attack_stays_apart(nlp: Any) -> None:
    from eventwire.config import Settings
    from eventwire.stages.incidents import appositive_incident
    from eventwire.stages.triggers import load_lexicon

    lexicon = load_lexicon(Settings().data_dirs)
    text = "Gunmen attacked a bus near Jos, another attack in the state this year."
    first, second = _drafts(nlp, text, ["attacked", "attack"])
    assert second.trigger.head(second.sent.doc).dep_ == "appos"
    assert appositive_incident([first, second], lexicon.cues) == [first, second]
    text = "Gunmen attacked a bus near Jos, the worst attack in the state this year."
    first, second = _drafts(nlp, text, ["attacked", "attack"])
    assert appositive_incident([first, second], lexicon.cues) == [first]


def test_a_kidnapping_last_month_and_its_day_told_later_are_one(pipeline: Any) -> None:
    text = (
        "Thirty pupils kidnapped by gunmen from a school in Katsina state last month have been freed, "
        "officials said on Wednesday. Gunmen raided the school in Funtua on April 16 and kidnapped 35 pupils."
    )
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    kidnaps = [e for e in found if e.sub_event_type == "Abduction/forced disappearance"]
    assert [(e.event_date, e.date_precision) for e in kidnaps] == [(date(2024, 4, 16), "day")]


def test_a_kidnapping_of_another_month_stays_apart(pipeline: Any) -> None:
    text = (
        "Thirty pupils kidnapped by gunmen from a school in Katsina state in February have been freed, "
        "officials said on Wednesday. Gunmen raided the school in Funtua on April 16 and kidnapped 35 pupils."
    )
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    kidnaps = [e for e in found if e.sub_event_type == "Abduction/forced disappearance"]
    assert len(kidnaps) == 2


def test_a_strike_told_in_a_participle_on_a_barrage_is_that_barrage(pipeline: Any) -> None:
    text = (
        "Russia launched 90 drones and three cruise missiles at Ukraine overnight, "
        "striking power plants in four regions and killing at least six people."
    )
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    assert [(e.trigger, e.fatalities) for e in found] == [("launched", 6)]

"""Review fixes to the victim counts: "who were killed" belongs to the noun it follows
(taken_found_dead), a killing only tried or planned is none and "him and his two sons" are
three (one_victim), "two journalists, one of them a woman" are two (named_victims).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.records import Article
from eventwire.stages.casualties import find_counts


def killed(text: str) -> list[int]:
    return [c.value for c in find_counts(text) if c.kind == "killed"]


def test_who_were_killed_after_another_noun_is_not_the_people_taken() -> None:
    assert killed("Bandits abducted nine widows of farmers who were killed in a raid in 2019.") == []
    text = "Gunmen seized 14 pupils on Tuesday, among them the sons of two guards who were killed last year."
    assert killed(text) == []
    assert killed("Kidnappers seized six children from the school and were killed by troops.") == []


def test_who_were_killed_straight_after_the_people_taken_is_their_death() -> None:
    assert killed("Bandits abducted nine farmers, who were later killed.") == [9]
    assert killed("Militants kidnapped four foreign engineers who were later beheaded.") == [4]
    text = "Gunmen seized 14 pupils on Tuesday, among them the sons of two guards, and later killed them."
    assert killed(text) == [14]


def test_a_killing_tried_missed_or_plotted_kills_nobody() -> None:
    assert killed("The bullet narrowly missed killing her, police in Jos said.") == []
    assert killed("Doctors said the beating nearly killed him.") == []
    assert killed("A rocket that struck the clinic could have killed her.") == []
    assert killed("Detectives detained two men accused of aiming at killing him.") == []
    assert killed("The guard said the mob almost lynched him at the gate.") == []
    assert killed("Officials fear the militia will end up killing her.") == []
    assert killed("The officer tried to kill him at the checkpoint, and attempted to murder her later.") == []


def test_a_killing_done_beside_the_same_words_still_kills_one() -> None:
    assert killed("The bullet hit her in the chest, killing her, police in Jos said.") == [1]
    assert killed("Doctors said the beating killed him.") == [1]
    assert killed("A rocket struck the clinic and killed her.") == [1]
    assert killed("Soldiers arrested him at dawn and executed him.") == [1]
    assert killed("Robbers took his phone and, after killing him, fled on foot.") == [1]


def test_him_and_his_counted_relatives_are_all_killed() -> None:
    assert killed("Militiamen killed him and his three brothers in the yard.") == [4]
    assert killed("Attackers murdered her and her two daughters in their home.") == [3]
    assert killed("Militiamen killed him and his family in the yard.") == []  # how many: not told
    assert killed("Militiamen killed him and fled into the bush.") == [1]
    assert killed("Raiders shot him and his two nephews dead at the farm.") == [3]
    assert killed("Raiders nearly beat her and her two sons to death at the farm.") == []


def test_him_and_his_relatives_in_capitals(pipeline: Any) -> None:
    text = "ATTACKERS MURDERED HER AND HER TWO DAUGHTERS IN THEIR HOME IN MAKURDI ON SUNDAY."
    found = pipeline.extract_article(Article(id="t", text=text, published=date(2024, 5, 8)))
    assert [e.fatalities for e in found] == [3]


def test_a_part_of_those_counted_described_keeps_the_whole_count() -> None:
    assert killed("Three nurses, one of them a trainee, were shot dead at the clinic.") == [3]
    assert killed("Five miners, two of them teenage boys, died when the shaft collapsed.") == [5]
    assert killed("Six fishermen were seized at sea, and two of them were killed.") == [2]

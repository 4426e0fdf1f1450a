"""Casualty figures: killed and injured counts with the words that gave them."""

from __future__ import annotations

import pytest

from eventwire.stages.casualties import count_value, find_counts, number_value


def counts(text: str) -> list[tuple[str, int, int | None, str]]:
    found = find_counts(text)
    for c in found:
        assert text[c.start : c.end] == c.text
    return [(c.kind, c.value, c.high, c.text) for c in found]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("15", 15),
        ("1,200", 1200),
        ("eleven", 11),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("one hundred and fifty", 150),
        ("three thousand", 3000),
        ("a few", 3),
        ("several", 3),
        ("tens of", 10),
        ("dozens", 12),
        ("Scores of", 20),
        ("hundreds of", 100),
        ("thousands", 1000),
        ("tens of thousands", 10000),
        ("people", None),
    ],
)
def test_number_value(text: str, value: int | None) -> None:
    assert number_value(text) == value


def test_count_value_ranges() -> None:
    assert count_value("between 10 and 15") == (10, 15)
    assert count_value("10-15") == (10, 15)
    assert count_value("37") == (37, None)


def test_verb_then_figure() -> None:
    assert counts("The blast went off, killing 15 people and wounding at least 37.") == [
        ("killed", 15, None, "killing 15"),
        ("injured", 37, None, "wounding at least 37"),
    ]


def test_offsets() -> None:
    text = "Militants killed 3 soldiers near the border."
    [c] = find_counts(text)
    assert (c.kind, c.value, c.start, c.end, c.text) == ("killed", 3, 10, 18, "killed 3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack left 11 people dead.", [("killed", 11, None, "left 11 people dead")]),
        ("The mortar fire, leaving 11 people dead.", [("killed", 11, None, "leaving 11 people dead")]),
        ("It was a battle that killed hundreds of people.", [("killed", 100, None, "killed hundreds of")]),
        ("The quake of violence killed 1,200 people.", [("killed", 1200, None, "killed 1,200")]),
        ("Eleven people were killed.", [("killed", 11, None, "Eleven people were killed")]),
        ("Twenty-five soldiers died.", [("killed", 25, None, "Twenty-five soldiers died")]),
        ("Two dozen villagers were killed.", [("killed", 24, None, "Two dozen villagers were killed")]),
        ("The strike killed a dozen fighters.", [("killed", 12, None, "killed a dozen")]),
        ("15 people were killed in the raid.", [("killed", 15, None, "15 people were killed")]),
        ("The convoy was hit; 15 dead.", [("killed", 15, None, "15 dead")]),
        ("Three killed in market blast.", [("killed", 3, None, "Three killed")]),
        ("The death toll rose to 30.", [("killed", 30, None, "death toll rose to 30")]),
        ("At least 12 people died.", [("killed", 12, None, "At least 12 people died")]),
        ("More than 20 people were killed.", [("killed", 20, None, "More than 20 people were killed")]),
        ("Up to 30 people were killed.", [("killed", 30, None, "Up to 30 people were killed")]),
        ("Nearly 40 people died.", [("killed", 40, None, "Nearly 40 people died")]),
        ("The clashes resulted in 15 deaths.", [("killed", 15, None, "15 deaths")]),
        ("The attack claimed the lives of 4 civilians.", [("killed", 4, None, "claimed the lives of 4")]),
        ("Tens of thousands have died.", [("killed", 10000, None, "Tens of thousands have died")]),
        ("Scores of people were killed.", [("killed", 20, None, "Scores of people were killed")]),
        ("Several protesters died.", [("killed", 3, None, "Several protesters died")]),
        ("A few guards were killed.", [("killed", 3, None, "A few guards were killed")]),
    ],
)
def test_killed(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said 37 injured.", [("injured", 37, None, "37 injured")]),
        ("The blast wounded 5.", [("injured", 5, None, "wounded 5")]),
        ("Police fired, injuring dozens.", [("injured", 12, None, "injuring dozens")]),
        ("Scores of people were wounded.", [("injured", 20, None, "Scores of people were wounded")]),
        ("A policeman was wounded.", [("injured", 1, None, "A policeman was wounded")]),
    ],
)
def test_injured(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


def test_killed_and_injured_in_one_sentence() -> None:
    assert counts("5 killed, 12 wounded.") == [
        ("killed", 5, None, "5 killed"),
        ("injured", 12, None, "12 wounded"),
    ]
    assert counts("One person was killed and two others injured.") == [
        ("killed", 1, None, "One person was killed"),
        ("injured", 2, None, "two others injured"),
    ]


def test_coordinated_figures_are_added() -> None:
    assert counts("Clashes left four soldiers and two rebels dead and two soldiers wounded.") == [
        ("killed", 6, None, "left four soldiers and two rebels dead"),
        ("injured", 2, None, "two soldiers wounded"),
    ]
    assert counts("3 soldiers and 2 civilians were killed.") == [
        ("killed", 5, None, "3 soldiers and 2 civilians were killed")
    ]
    assert counts("Troops killed 3 soldiers and 2 civilians.") == [("killed", 5, None, "killed 3 soldiers and 2")]
    assert counts("Troops killed 3 soldiers and 2 were wounded.") == [
        ("killed", 3, None, "killed 3"),
        ("injured", 2, None, "2 were wounded"),
    ]


def test_ranges() -> None:
    assert counts("Between 10 and 15 people were killed.") == [
        ("killed", 10, 15, "Between 10 and 15 people were killed")
    ]
    assert counts("Troops killed between 10 and 15.") == [("killed", 10, 15, "killed between 10 and 15")]
    assert counts("10 to 15 people were killed.") == [("killed", 10, 15, "10 to 15 people were killed")]


def test_competing_figures() -> None:
    assert counts("The raid killed 15 according to police, 20 according to medics.") == [
        ("killed", 15, 20, "killed 15 according to police, 20")
    ]
    assert counts("The raid killed 20 according to medics, but 15 according to police.") == [
        ("killed", 15, 20, "killed 20 according to medics, but 15")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No one was hurt.",
            [("injured", 0, None, "No one was hurt"), ("killed", 0, None, "No one was hurt")],
        ),
        (
            "No casualties were reported.",
            [("injured", 0, None, "No casualties"), ("killed", 0, None, "No casualties")],
        ),
        ("There were no injuries.", [("injured", 0, None, "no injuries")]),
        ("Nobody was killed.", [("killed", 0, None, "Nobody was killed")]),
        ("No one died in the fire.", [("killed", 0, None, "No one died")]),
        ("There were no immediate reports of casualties.", []),
    ],
)
def test_explicit_zeros(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "15 were killed, among them three policemen.",
        "15 were killed, including three policemen who died later.",
        "15 people, including three children, were killed.",
    ],
)
def test_subcounts_are_not_counted_again(text: str) -> None:
    assert [(c.kind, c.value) for c in find_counts(text)] == [("killed", 15)]


def test_attackers_killed() -> None:
    assert counts("The bomber was killed.") == [("killed", 1, None, "The bomber was killed")]
    assert counts("Three gunmen were killed.") == [("killed", 3, None, "Three gunmen were killed")]
    assert counts("Gunmen killed a policeman.") == [("killed", 1, None, "killed a policeman")]


@pytest.mark.parametrize(
    "text",
    [
        "Troops carried out 12 raids.",
        "He was 37 years old.",
        "In 2014 people were killed.",
        "In 2014 the war began.",
        "15 people were arrested.",
        "15 soldiers were deployed.",
        "The senate killed the bill.",
        "The soldier killed civilians.",
        "There were 12 casualties.",
        "They met 3 times, killing time.",
        "Fighting killed on 15 August.",
        "",
    ],
)
def test_not_casualties(text: str) -> None:
    assert find_counts(text) == []


def test_raids_do_not_count_but_their_victims_do() -> None:
    assert counts("Police said 12 raids killed five people.") == [("killed", 5, None, "killed five")]


def test_age_is_not_a_count() -> None:
    assert counts("A 37-year-old man was killed.") == [("killed", 1, None, "A 37-year-old man was killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farmer shot, killed near the border", [("killed", 1, None, "Farmer shot, killed")]),
        ("Shepherd shot near checkpoint dies", [("killed", 1, None, "Shepherd shot near checkpoint dies")]),
        ("Boy, 9, killed in crossfire", [("killed", 1, None, "Boy, 9, killed")]),
        ("Local teacher found dead in Gao", [("killed", 1, None, "Local teacher found dead")]),
        ("Vendor robbed, fatally shot at market", [("killed", 1, None, "Vendor robbed, fatally shot")]),
        ("Driver wounded in ambush on ring road", [("injured", 1, None, "Driver wounded")]),
        ("Reporter shot at rally", [("injured", 1, None, "Reporter shot")]),
    ],
)
def test_headline_victim_without_article(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


def test_two_victims_one_by_one() -> None:
    assert counts("Police said a 40-year-old farmer and a 12-year-old boy were wounded.") == [
        ("injured", 2, None, "a 40-year-old farmer and a 12-year-old boy were wounded")
    ]


def test_headline_killer_is_not_a_victim() -> None:
    assert counts("Soldier killed two rebels") == [("killed", 2, None, "killed two")]


def test_victim_named_then_described() -> None:
    assert counts("Ali Musa, a 30-year-old trader, was shot to death.") == [
        ("killed", 1, None, "a 30-year-old trader, was shot to death")
    ]


def test_possessive_victim() -> None:
    assert counts("He is accused of killing his 19-year-old nephew.") == [
        ("killed", 1, None, "killing his 19-year-old nephew")
    ]


def test_a_deadly_attack_is_at_least_one_dead() -> None:
    assert counts("Police are investigating a fatal shooting in the market.") == [("killed", 1, None, "fatal shooting")]
    assert counts("Nobody was charged over the stabbing death of the guard.") == [("killed", 1, None, "stabbing death")]
    # a figure given in the sentence is the figure; the deadly noun adds nothing
    assert counts("The deadly attack killed 12 people.") == [("killed", 12, None, "killed 12")]


@pytest.mark.parametrize(
    "text",
    [
        "Police used deadly force.",
        "The officer shot the tyre of the car.",
    ],
)
def test_not_victims(text: str) -> None:
    assert find_counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attack left a guard in critical condition.",
            [("injured", 1, None, "left a guard in critical condition")],
        ),
        (
            "The victim is listed in stable condition.",
            [("injured", 1, None, "The victim is listed in stable condition")],
        ),
        ("Driver critical after ambush", [("injured", 1, None, "Driver critical")]),
        (
            "One person died and a second was injured.",
            [("killed", 1, None, "One person died"), ("injured", 1, None, "a second was injured")],
        ),
        ("Another soldier was wounded.", [("injured", 1, None, "Another soldier was wounded")]),
    ],
)
def test_one_hurt_told_by_condition_or_order(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He turned 21 shortly before he was killed.",  # an age
        "The victim, a mother of three, is dead.",
        "A man carrying two rifles was killed.",  # weapons are not victims
    ],
)
def test_ages_and_weapons_are_not_counts(text: str) -> None:
    assert [c.value for c in find_counts(text) if c.value > 1] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Police arrested a suspect in a deadly domestic shooting.", "deadly domestic shooting"),
        ("He is charged in the death of 54-year-old Ali Musa.", "death of 54-year-old"),
        ("The raid is linked to the murder of a shop worker.", "murder of a shop worker"),
    ],
)
def test_a_death_named_without_a_figure_is_one(text: str, span: str) -> None:
    assert counts(text) == [("killed", 1, None, span)]


def test_an_attempted_murder_kills_nobody() -> None:
    assert counts("He was charged with the attempted murder of a police officer.") == []


@pytest.mark.parametrize("text", ["A guard was shot at but not hit.", "The officer was shot at by gunmen."])
def test_shot_at_is_fired_at(text: str) -> None:
    assert find_counts(text) == []


def test_people_told_one_by_one_in_a_sentence_are_added() -> None:
    counts = find_counts("One man was shot in the back and a 22-year-old man was shot in the leg.")
    assert [(c.kind, c.value) for c in counts] == [("injured", 2)]
    counts = find_counts("A guard was killed and a second guard was wounded.")
    assert sorted((c.kind, c.value) for c in counts) == [("injured", 1), ("killed", 1)]
    counts = find_counts("A man was shot. The man died later.")
    assert sorted((c.kind, c.value) for c in counts) == [("injured", 1), ("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The shooting left a 19-year-old wounded.",
        "The gunfire left a woman with non-life-threatening injuries.",
        "A man is in the hospital after a shooting near the market.",
        "The victim is recovering from a gunshot wound.",
    ],
)
def test_one_person_hurt_told_by_the_outcome(text: str) -> None:
    assert [(c.kind, c.value) for c in find_counts(text)] == [("injured", 1)]


def test_a_headline_after_its_source_and_a_homicide_victim() -> None:
    counts = find_counts("Police: 31-year-old Tulsa man shot, injured near 21st Street")
    assert [(c.kind, c.value) for c in counts] == [("injured", 1)]
    assert [(c.kind, c.value) for c in find_counts("The homicide victim was identified as Jo Reed.")] == [("killed", 1)]
    counts = find_counts("The blast left another guard critically wounded.")
    assert [(c.kind, c.value) for c in counts] == [("injured", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputies are investigating a shooting near the river.", [("injured", 1, None, "a shooting")]),
        ("Troopers looked into an early morning shooting on the north side.",
         [("injured", 1, None, "an early morning shooting")]),
        ("Detectives investigate Riverton double shooting", [("injured", 2, None, "double shooting")]),
        ("No one was hurt in the shooting.",
         [("injured", 0, None, "No one was hurt"), ("killed", 0, None, "No one was hurt")]),
    ],
)  # fmt: skip
def test_a_shooting_is_someone_hit(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize("text", ["He practised at a shooting range.", "She went to the shooting club on Sunday."])
def test_a_shooting_place_hits_nobody(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A woman with a gunshot wound walked into the clinic.", "A woman with a gunshot wound"),
        ("Officers found a 40-year-old man suffering from at least one gunshot wound.",
         "a 40-year-old man suffering from at least one gunshot wound"),
        ("Driver found with gunshot wound on the highway", "Driver found with gunshot wound"),
    ],
)  # fmt: skip
def test_one_person_with_a_gunshot_wound(text: str, span: str) -> None:
    assert counts(text) == [("injured", 1, None, span)]


def test_a_body_with_a_gunshot_wound_is_not_hurt() -> None:
    assert counts("Hikers found the body of a man with a gunshot wound near the lake.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One woman was killed, another was injured and the crowd ran.",
         [("killed", 1, None, "One woman was killed"), ("injured", 1, None, "another was injured")]),
        ("The blast left one man dead and another with serious injuries.",
         [("killed", 1, None, "left one man dead"), ("injured", 1, None, "another with serious injuries")]),
        ("Two dead, three critical after crash",
         [("killed", 2, None, "Two dead"), ("injured", 3, None, "three critical")]),
        ("Four people were in critical condition.", [("injured", 4, None, "Four people were in critical condition")]),
        ("A second man was critically wounded.", [("injured", 1, None, "A second man was critically wounded")]),
        ("Five men are hospitalized after the fight.", [("injured", 5, None, "Five men are hospitalized")]),
        ("The attack left three hospitalized.", [("injured", 3, None, "left three hospitalized")]),
        ("A second victim was grazed by a bullet.", [("injured", 1, None, "A second victim was grazed")]),
    ],
)  # fmt: skip
def test_the_hurt_told_by_their_condition(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


def test_critical_as_an_adjective_is_no_count() -> None:
    assert counts("Two critical questions remain after the shooting.") == [("injured", 1, None, "the shooting")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ana Ruiz, 31, was killed along with Tom Reyes, 40, at the farm.", "killed along with Tom Reyes"),
        ("She was shot and killed along with her husband on Sunday.", "shot and killed along with her husband"),
    ],
)
def test_killed_along_with_another_is_two(text: str, span: str) -> None:
    assert ("killed", 2, None, span) in counts(text)


def test_arrested_along_with_another_is_no_count() -> None:
    assert counts("He was arrested along with his brother.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three shot, one dead after party on east side",
            [("injured", 3, None, "Three shot"), ("killed", 1, None, "one dead")],
        ),
        ("Police say four people shot near the mall are recovering.", [("injured", 4, None, "four people shot")]),
    ],
)
def test_a_figure_then_shot_is_people_hit(text: str, expected: list[tuple[str, int, int | None, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The deputy fired one shot at the tyre.", "One deputy also fired one shot at the tyre.", "He fired two shots."],
)
def test_shots_fired_are_no_people(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both men were shot in the legs.", ("injured", 2, "Both men were shot")),
        ("Both were pronounced dead at the scene.", ("killed", 2, "Both were pronounced dead")),
        (
            "Both women were taken to a hospital in critical condition.",
            ("injured", 2, "Both women were taken to a hospital in critical condition"),
        ),
        ("Both had suffered a gunshot wound to the chest.", ("injured", 2, "Both had suffered a gunshot wound")),
    ],
)
def test_both_is_two(text: str, expected: tuple[str, int, str]) -> None:
    kind, value, span = expected
    assert counts(text) == [(kind, value, None, span)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were found deceased inside the home.", ("killed", 2, "Two people were found deceased")),
        ("A woman was found deceased in the car.", ("killed", 1, "A woman was found deceased")),
        ("Three men were found dead in a field.", ("killed", 3, "Three men were found dead")),
    ],
)
def test_found_dead_or_deceased(text: str, expected: tuple[str, int, str]) -> None:
    kind, value, span = expected
    assert counts(text) == [(kind, value, None, span)]


def test_one_more_person_named_after_the_figure_is_added() -> None:
    text = "The man opened fire in the kitchen, killing his three sons as well as his wife."
    assert counts(text) == [("killed", 4, None, "killing his three sons as well as his wife")]
    assert counts("He killed two guards and his brother.") == [("killed", 3, None, "killed two guards and his brother")]


@pytest.mark.parametrize(
    "text",
    [
        "It was the deadliest month since 2009, when 31 people were killed.",
        "Officers searched the lot near the pool, where a gunman killed four men last year.",
        "The fire broke out at the plaza in 2012, where 26 people died.",
        "Eleven deputies have been shot this year alone.",
        "At least 40 people have been killed so far this year in the county.",
    ],
)
def test_another_incidents_toll_is_no_figure(text: str) -> None:
    assert [c for c in counts(text) if c[1] > 1] == []


def test_the_event_told_with_a_year_keeps_its_figure() -> None:
    assert counts("Two men were killed in 2015 when gunmen attacked a bar.") == [
        ("killed", 2, None, "Two men were killed")
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Gunmen killed 12 people in the deadliest attack this year.", ("killed", 12)),
        ("A bomb killed 20 people in the worst attack since 2015.", ("killed", 20)),
    ],
)
def test_the_time_of_a_ranking_is_no_running_total(text: str, figure: tuple[str, int]) -> None:
    assert [(kind, value) for kind, value, _, _ in counts(text)] == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen have killed 300 people since 2010.",
        "Nine officers have been shot this year.",
    ],
)
def test_a_figure_told_as_a_running_total_is_dropped(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("On Friday, March 8, 2024, when gunmen killed 12 people in Kabul, police fled.", ("killed", 12)),
        ("The attack hit the market in Kabul, where 20 people were killed on 5 March 2024.", ("killed", 20)),
    ],
)
def test_a_full_date_is_the_events_own_time(text: str, figure: tuple[str, int]) -> None:
    assert [(kind, value) for kind, value, _, _ in counts(text)] == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "Both suspects shot a guard.",
        "Both the driver and 20 passengers were taken to hospital in critical condition.",
    ],
)
def test_both_needs_two_people_hit_together(text: str) -> None:
    assert [c for c in counts(text) if c[1] == 2] == []


def test_both_were_shot_is_two_hit() -> None:
    assert [(kind, value) for kind, value, _, _ in counts("Both men were shot in the parking lot.")] == [("injured", 2)]

"""Dead feared beside dead confirmed: the confirmed are the figure, the feared the high figure."""

from eventwire.stages.casualties import find_counts


def _killed(text: str) -> list[tuple[int, int | None]]:
    return [(c.value, c.high) for c in find_counts(text) if c.kind == "killed"]


def test_feared_others_are_the_high_figure() -> None:
    assert _killed("Six policemen were killed and 15 others were feared dead after the raid on the depot.") == [(6, 21)]


def test_feared_more_vague_are_the_high_figure() -> None:
    text = "At least 4 villagers died and dozens more are feared dead in the flooding after the assault."
    assert _killed(text) == [(4, 16)]


def test_feared_without_others_caps_at_the_feared_figure() -> None:
    assert _killed("Five miners were confirmed killed and 18 are feared dead after the blast at the pit.") == [(5, 18)]


def test_feared_in_capitals() -> None:
    assert _killed("SIX POLICEMEN WERE KILLED AND 15 OTHERS WERE FEARED DEAD AFTER THE RAID.") == [(6, 21)]


def test_lone_feared_figure_still_counts() -> None:
    assert _killed("Eleven fishermen were feared killed in the shelling of the harbour.") == [(11, None)]


def test_wounded_others_keep_their_own_figure() -> None:
    text = "Six policemen were killed and 15 others were wounded after the raid on the depot."
    found = [(c.kind, c.value) for c in find_counts(text)]
    assert found == [("killed", 6), ("injured", 15)]


def test_feared_before_a_shared_place_is_the_high_figure() -> None:
    text = "Seven guards were killed and 12 others were feared dead after the assault on the prison in Mopti on Sunday."
    assert _killed(text) == [(7, 19)]


def test_feared_of_another_attack_keeps_its_own_figure() -> None:
    text = "Seven guards were killed in Mopti and 12 were feared dead in a separate assault in Gao on Sunday."
    assert _killed(text) == [(7, None), (12, None)]


def test_feared_other_people_are_more_dead() -> None:
    text = "Three medics were killed and at least 10 other staff were feared dead after the bombing of the clinic."
    assert _killed(text) == [(3, 13)]

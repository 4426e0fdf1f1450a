"""find_counts is cached per sentence; each caller still gets a list of its own."""

from __future__ import annotations

from eventwire.stages.casualties import find_counts


def test_counts_of_a_sentence_are_a_fresh_list_each_time() -> None:
    text = "Gunmen killed four villagers and wounded two others on Sunday."
    first = find_counts(text)
    first.clear()  # a caller may add to or change its list
    again = find_counts(text)
    assert [(c.kind, c.value) for c in again] == [("killed", 4), ("injured", 2)]
    assert again is not find_counts(text)


def test_subcount_of_a_toll_is_not_told_again() -> None:
    counts = find_counts("Nine villagers were killed, among them two teachers.")
    assert [(c.kind, c.value) for c in counts] == [("killed", 9)]

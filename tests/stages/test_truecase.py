"""Ordinary case for all-capitals text, same length, so offsets stay valid."""

from __future__ import annotations

from eventwire.stages.truecase import Truecaser, is_all_caps, name_parts


def test_mixed_case_text_is_left_alone() -> None:
    text = "A bomb exploded in Baghdad on Tuesday, killing four people."
    assert not is_all_caps(text)
    assert Truecaser({"baghdad"})(text) == text


def test_all_capitals_text_gets_ordinary_case() -> None:
    words, pairs = name_parts(["Baghdad", "San Salvador", "Republic of the Congo"], stop={"of", "the"})
    caser = Truecaser(words, pairs, acronyms={"FMLN"})
    text = "SAN SALVADOR, 3 JAN 90 -- A BOMB EXPLODED IN BAGHDAD ON TUESDAY. THE FMLN DENIED IT."
    out = caser(text)
    assert len(out) == len(text)
    assert out == "San Salvador, 3 Jan 90 -- A bomb exploded in Baghdad on Tuesday. The FMLN denied it."


def test_pairs_need_both_words() -> None:
    words, pairs = name_parts(["San Salvador"])
    caser = Truecaser(words, pairs)
    text = "THE SAN ANDREAS FAULT RUNS THROUGH SALVADOR STREET, THE REPORTERS SAID ON THE NEWS."
    out = caser(text)
    assert len(out) == len(text)
    assert "San Andreas" not in out and "Salvador" not in out

"""The event an offset counts from is another event than the one the offset dates ("The attack
came a day after gunmen raided a village, killing eight": the raid and its toll are not the
attack's; stages/incidents.py merge_same_class, Draft.counted_from), and a day told in an
offset's object dates that event, not the paragraph's others (stages/when_text.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.records import Article

FRIDAY = date(2026, 11, 20)


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    return [e.to_dict() for e in pipeline.extract_article(Article(id="t", text=text, published=FRIDAY))]


@pytest.mark.slow
def test_raid_an_offset_counts_from_keeps_its_day_and_toll(pipeline: Any) -> None:
    evs = events(
        pipeline, "The attack came two days after bandits raided a market in Zamfara on Tuesday, killing nine traders."
    )
    raid = next(e for e in evs if e["trigger"] == "raided")
    assert (raid["event_date"], raid["fatalities"]) == ("2026-11-17", 9)
    host = next(e for e in evs if e["trigger"] == "attack")
    assert host["event_date"] == "2026-11-19" and host["fatalities"] is None


@pytest.mark.slow
def test_two_triggers_of_one_incident_without_an_offset_still_merge(pipeline: Any) -> None:
    evs = events(pipeline, "The attack came on Tuesday when bandits raided a market in Zamfara, killing nine traders.")
    assert len([e for e in evs if e["event_type"] == "Violence against civilians"]) == 1


@pytest.mark.slow
def test_a_day_in_an_offsets_object_dates_no_other_event_of_the_paragraph(pipeline: Any) -> None:
    text = (
        "Troops repelled an assault on an army post near Djibo, the army said. "
        "The attack came a day after jihadists raided a village near Djibo on Monday, killing eight civilians."
    )
    evs = events(pipeline, text)
    repelled = next(e for e in evs if e["trigger"] == "repelled")
    assert repelled["event_date"] != "2026-11-16"
    raid = next(e for e in evs if e["trigger"] == "raided")
    assert (raid["event_date"], raid["fatalities"]) == ("2026-11-16", 8)


@pytest.mark.slow
def test_a_day_of_its_paragraph_with_no_offset_still_dates_an_event(pipeline: Any) -> None:
    text = (
        "Troops repelled an assault on an army post near Djibo, the army said. "
        "Jihadists ambushed a convoy there on Monday."
    )
    repelled = next(e for e in events(pipeline, text) if e["trigger"] == "repelled")
    assert repelled["event_date"] == "2026-11-16"

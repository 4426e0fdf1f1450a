"""The typing evaluations: label mappings and metric code on hand-made records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate import typing as ty
from eventwire.evaluate import typing_muc4 as muc
from eventwire.evaluate import typing_wikievents as wiki


def ev(
    cls: str,
    sub: str | None = None,
    plover: str = "ASSAULT",
    phrase: str = "",
    start: int = 0,
    confidence: float = 0.5,
    text: str = "",
    actor1: str = "",
    actor2: str = "",
    place: str = "",
) -> dict[str, Any]:
    """A minimal event record as Event.to_dict() gives it."""
    return {
        "event_type": "Battles" if sub else None,
        "sub_event_type": sub,
        "plover": plover,
        "confidence": confidence,
        "actor1": {"name": actor1, "text": actor1} if actor1 else None,
        "actor2": {"name": actor2, "text": actor2} if actor2 else None,
        "location": {"name": place, "text": place} if place else None,
        "evidence": {"text": text, "start": start, "end": start + len(text)},
        "why": {"class": cls, "pattern": f"triggers.tsv: {phrase or cls}"},
    }


# ---- mapping tables ---------------------------------------------------------------------------


def test_case_codes_cover_every_acled_sub_event_type() -> None:
    schema_subs = {
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory", "Chemical weapon",
        "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
        "Grenade", "Sexual violence", "Attack", "Abduction/forced disappearance", "Peaceful protest",
        "Protest with intervention", "Excessive force against protesters", "Violent demonstration", "Mob violence",
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory",
        "Other",
    }  # fmt: skip
    rows = ty.read_map("case2021_codes.tsv")
    assert {r["sub_event_type"] for r in rows if r["group"] == "acled"} == schema_subs
    assert len(ty.acled_codes()) == 25
    assert {r["code"] for r in rows if r["group"] == "unseen"} == {
        "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB",
    }  # fmt: skip


def test_case_code_of_events() -> None:
    assert ty.case_code(None) == ty.NO_EVENT
    assert ty.case_code(ev("grenade", "Grenade")) == "GRENADE"
    assert ty.case_code(ev("accuse", plover="ACCUSE")) == "ATTRIB"
    assert ty.case_code(ev("condemn", plover="ACCUSE")) == "DIPLO"
    assert ty.case_code(ev("reject", plover="REJECT", phrase="deny")) == "ATTRIB"  # phrase wins over class
    assert ty.case_code(ev("reject", plover="REJECT", phrase="refuse")) == "DIPLO"
    assert ty.case_code(ev("no_such_class", plover="AID")) == "OTHER"


def test_every_mapped_class_exists_in_event_classes() -> None:
    classes = {r["class"] for r in _tsv(Path(ty.MAPS).parent / "event_classes.tsv")}
    for table in ("case2021_other.tsv", "muc4_types.tsv"):
        for row in ty.read_map(table):
            kind, _, name = row["match"].partition(":")
            assert kind in ("class", "phrase"), row
            if kind == "class":
                assert name in classes, f"{table}: unknown class {name}"


def _tsv(path: Path) -> list[dict[str, str]]:
    import csv

    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.mark.parametrize(
    ("legacy", "current"),
    [("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("FIGHT", "ASSAULT"),
     ("AGREE", "AGREE"), ("assault", "ASSAULT")],
)  # fmt: skip
def test_legacy_plover(legacy: str, current: str) -> None:
    assert ty.current_plover(legacy) == current


def test_legacy_plover_table_has_18_categories_onto_16_types() -> None:
    rows = ty.read_map("plover_legacy.tsv")
    assert len(rows) == 18
    assert {r["plover"] for r in rows} == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }  # fmt: skip


def test_muc_type() -> None:
    assert muc.muc_type(ev("grenade")) == ("BOMBING", True)
    assert muc.muc_type(ev("property", phrase="set fire")) == ("ARSON", True)
    assert muc.muc_type(ev("property", phrase="loot")) == ("ROBBERY", True)
    assert muc.muc_type(ev("clash")) == ("ATTACK", False)
    assert muc.muc_type(ev("protest")) == (None, False)


# ---- metric code ------------------------------------------------------------------------------


def test_main_event_rule() -> None:
    statement = ev("accuse", plover="ACCUSE", confidence=0.5, start=0)
    early = ev("attack", "Attack", confidence=0.6, start=5)
    same_sentence = ev("grenade", "Grenade", confidence=0.7, start=5)
    late = ev("clash", "Armed clash", confidence=0.9, start=50)
    assert ty.main_event([]) is None
    assert ty.main_event([statement, late, early, same_sentence], acled_first=True) is same_sentence
    assert ty.main_event([late, early, statement]) is statement
    assert ty.main_event([late, early], acled_first=True) is early


def test_main_event_is_first_mentioned_not_first_evidence() -> None:
    merged = ev("attack", "Attack", start=80)  # told at 0 in the lead; its surest mention is at 80
    merged["why"]["mentions"] = [[0, 30], [80, 120]]
    background = ev("clash", "Armed clash", start=40)
    assert ty.main_event([background, merged], acled_first=True) is merged
    assert ty.main_event([background, ev("attack", "Attack", start=80)]) is background


def test_main_event_is_the_one_told_most() -> None:
    lead = ev("attack", "Attack", start=0)
    told_twice = ev("clash", "Armed clash", start=60)
    told_twice["why"]["mentions"] = [[60, 90], [120, 150]]
    assert ty.main_event([lead, told_twice], acled_first=True) is told_twice
    assert ty.main_event([lead, ev("clash", "Armed clash", start=60)], acled_first=True) is lead


def test_classification_figures() -> None:
    pairs = [("A", "A"), ("A", "B"), ("B", "B"), ("C", "A"), ("A", "A")]
    got = ty.classification(pairs, ["A", "B"])
    assert got["n"] == 4  # the C snippet is outside the scored classes
    assert got["accuracy"] == 0.75
    a, b = got["per_class"]["A"], got["per_class"]["B"]
    assert (a["precision"], a["recall"], a["support"]) == (1.0, 0.6667, 3)
    assert (b["precision"], b["recall"]) == (0.5, 1.0)
    assert got["macro_f1"] == pytest.approx((a["f1"] + b["f1"]) / 2, abs=1e-4)
    assert got["weighted_f1"] == pytest.approx((3 * a["f1"] + b["f1"]) / 4, abs=1e-4)
    assert set(ty.classification(pairs)["per_class"]) == {"A", "B", "C"}


def test_recall_by_legacy_class() -> None:
    pairs = [("DEMAND", "right"), ("DEMAND", "NO_EVENT"), ("FIGHT", "right")]
    assert ty._recall_by(pairs) == {"DEMAND": 0.5, "FIGHT": 1.0}


def test_confusion_counts_disagreements_only() -> None:
    pairs = [("A", "B"), ("A", "B"), ("A", "A"), ("C", "NO_EVENT")]
    assert ty.confusion(pairs) == [
        {"gold": "A", "predicted": "B", "count": 2},
        {"gold": "C", "predicted": "NO_EVENT", "count": 1},
    ]


def test_muc_fillers_and_name_matching() -> None:
    line = '? "ELN [ARMY OF NATIONAL LIBERATION] GUERRILLAS" / "ELN"'
    assert muc.alternatives(line) == ["ELN [ARMY OF NATIONAL LIBERATION] GUERRILLAS", "ELN GUERRILLAS", "ELN"]
    assert muc.alternatives("-") == [] and muc.alternatives("*") == []
    assert muc.alternatives('"\\"9 MAY\\" FPL"') == ['"9 MAY" FPL']
    assert muc.names_match(["Farabundo Marti National Liberation Front", "the FMLN"], ["FMLN"])
    assert muc.names_match(["Military Forces of El Salvador", "the armed forces"], ["ARMED FORCES"])
    assert muc.names_match(["Salvadoran army"], ["ARMY"])  # same head word
    assert not muc.names_match(["Shining Path"], ["FMLN"])
    assert muc.head_word("the Army of National Liberation") == "ARMY"


def test_muc_template_matching_by_strings_then_order() -> None:
    templates = [
        {"event_type": ["ATTACK"], "hum_tgt_name": ['"JOSE PEREZ"'], "location": ["PERU: LIMA (CITY)"]},
        {"event_type": ["BOMBING"], "phys_tgt_id": ['"POWER PYLON"']},
        {"event_type": ["ARSON"], "phys_tgt_id": ['"BUS"']},
    ]
    events = [
        ev("bombing", text="A BOMB DESTROYED A POWER PYLON."),
        ev("attack", text="GUNMEN KILLED JOSE PEREZ IN LIMA."),
        ev("attack", text="SOMETHING ELSE HAPPENED."),
    ]
    assert muc.match_templates(templates, events) == [(0, 1), (1, 0), (2, 2)]


def test_muc_perpetrator_slot_scoring() -> None:
    tally = muc._Tally()
    tally.slot("perp", ["FMLN"], [["FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"]])  # right
    tally.slot("perp", ["Shining Path"], [])  # spurious: the key has no perpetrator
    tally.slot("perp", [], [["ARMY"]])  # missed
    assert tally.prf("perp") == {"precision": 0.5, "recall": 0.5, "f1": 0.5}


def test_wikievents_args() -> None:
    record = {
        "id": "d1",
        "gold": {
            "events": [
                {"event_type": "Conflict.Attack.DetonateExplode", "trigger": {"char_start": 3},
                 "arguments": [{"role": "Attacker", "text": "militants"}, {"role": "Place", "text": "Kabul"},
                               {"role": "Instrument", "text": "bomb"}]},
                {"event_type": "Life.Die.Unspecified", "trigger": {"char_start": 40},
                 "arguments": [{"role": "Victim", "text": "the leader of the village"}]},
                {"event_type": "Contact.Contact.Broadcast", "trigger": {"char_start": 60},
                 "arguments": [{"role": "Communicator", "text": "police"}]},
            ]
        },
    }  # fmt: skip
    assert wiki.gold_args(record) == {
        ("d1", "actor1", "militants"),
        ("d1", "place", "kabul"),
        ("d1", "actor2", "leader"),
    }
    events = [ev("bombing", "Remote explosive/landmine/IED", text="x" * 30, actor1="Taliban militants", place="Kabul")]
    assert wiki.predicted_args("d1", events) == {("d1", "actor1", "militants"), ("d1", "place", "kabul")}
    assert wiki._trigger_pairs(record, events) == [
        ("Conflict.Attack.DetonateExplode", "Remote explosive/landmine/IED"),
        ("Life.Die.Unspecified", ty.NO_EVENT),
    ]


# ---- end to end -------------------------------------------------------------------------------


@pytest.mark.slow
def test_case2021_end_to_end_on_hand_made_snippets(tmp_path: Path) -> None:
    from eventwire.config import Settings

    rows = [
        {"id": "a", "text": "Police arrested five men in Lagos on Monday.", "gold": {"event_type": "ARREST"}},
        {"id": "b", "text": "The river rose after days of rain.", "gold": {"event_type": "NATURAL_DISASTER"}},
    ]
    path = tmp_path / "snippets.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    got = ty.evaluate_case2021(path, Settings(), None)
    assert got["n"] == 1 and got["n_all"] == 2
    assert {"weighted_f1", "macro_f1", "accuracy", "coverage", "confusion", "per_class"} <= set(got)
    assert 0.0 <= got["weighted_f1"] <= 1.0


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.parametrize(
    ("task", "name", "keys"),
    [
        ("case2021", "case2021_task2_dev.jsonl", ("weighted_f1", "macro_f1", "accuracy")),
        ("muc4", "muc4_dev.jsonl", ("relevance_f1", "type_accuracy", "perpetrator_f1")),
        ("plover", "plover_gsr_dev.jsonl", ("accuracy", "coverage")),
        ("wikievents", "wikievents_dev.jsonl", ("arg_f1",)),
    ],
)
def test_runs_on_the_shared_files(shared: Path, task: str, name: str, keys: tuple[str, ...]) -> None:
    """Runs each evaluation on a few records of the public file; no figure is asserted."""
    from eventwire.config import Settings
    from eventwire.evaluate import get_task

    got = get_task(task)(shared / "eval" / name, Settings(), 5)
    assert got["n"] > 0
    for key in (*keys, "coverage", "confusion"):
        assert key in got

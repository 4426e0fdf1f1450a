"""Fighter aircraft are a state's arms, a verb whose object the parser cut off or shared with the
next verb stays active, and a later sentence naming who carried out "the attack", on sentences
written for the tests (stages/actors.py, stages/fragments.py, stages/roles.py,
stages/attributions.py)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from eventwire.records import Actor, Article
from eventwire.stages.actors import ARMED_SECTORS

pytestmark = pytest.mark.slow


def events(pipeline: Any, text: str) -> list[dict[str, Any]]:
    article = Article(id="t", text=text, published=date(2021, 6, 10))
    return [e.to_dict() for e in pipeline.extract_article(article)]


def parsed(pipeline: Any, text: str) -> Any:
    from eventwire.stages.nlp import parse

    return next(parse(pipeline.nlp, [text]))


@pytest.mark.parametrize(
    "text",
    [
        "Fighter planes bombed a market in Myitkyina on Sunday, killing nine people.",
        "A fighter aircraft struck a monastery near Mandalay on Tuesday, killing four monks.",
        "A junta fighter jet bombed a school in Sagaing on Monday, killing three children.",
    ],
)
def test_fighter_aircraft_are_the_military(pipeline: Any, text: str) -> None:
    found = [e for e in events(pipeline, text) if e["actor1"]]
    assert found, text
    assert found[0]["actor1"]["name"] == "Military Forces of Myanmar"
    assert found[0]["actor1"]["sector"] == "MIL"


def test_fighters_on_foot_stay_an_armed_group(pipeline: Any) -> None:
    found = [e for e in events(pipeline, "Fighters stormed a village near Mandalay on Sunday, killing nine people.")]
    assert found and found[0]["actor1"]["name"] == "Unidentified Armed Group (Myanmar)"


def test_a_sentence_cut_after_the_verb_keeps_its_subject_the_doer(pipeline: Any) -> None:
    text = "A junta fighter jet bombed Lat Pan Ma village in Sagaing region on Friday, killing six people."
    found = [e for e in events(pipeline, text) if e["trigger"] == "bombed"]
    assert found and found[0]["actor1"] and found[0]["actor1"]["name"] == "Military Forces of Myanmar"
    assert not found[0]["actor2"] or found[0]["actor2"]["sector"] != "MIL"


def test_a_noun_hung_off_the_subject_is_the_verbs_object(pipeline: Any) -> None:
    text = "A fighter jet bombed Lat Pan Kone village on Sunday, killing 11 people."
    found = [e for e in events(pipeline, text) if e["trigger"] == "bombed"]
    assert found and found[0]["actor1"] and found[0]["actor1"]["sector"] == "MIL", text
    assert not found[0]["actor2"] or found[0]["actor2"]["sector"] != "MIL"


def test_a_date_after_a_participle_is_no_object(pipeline: Any) -> None:
    found = events(pipeline, "Three soldiers killed Monday in an ambush were buried in Kano.")
    assert found and not found[0]["actor1"]
    assert found[0]["actor2"]["name"] == "Military Forces of Nigeria"


def test_a_headline_participle_stays_passive(pipeline: Any) -> None:
    text = "Three soldiers killed\nThe army said on Monday that the ambush took place near Mandalay."
    found = [e for e in events(pipeline, text) if e["fatalities"] == 3]  # named "ambush", the word of its type
    assert found and not found[0]["actor1"]
    assert found[0]["actor2"]["name"] == "Military Forces of Myanmar"


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's army said its air defences shot down or jammed 30 drones over the capital Kyiv.",
        "Ukraine's air force said its air defence units shot down or jammed 25 drones near Odesa.",
    ],
)
def test_an_object_shared_by_two_verbs_keeps_the_first_active(pipeline: Any, text: str) -> None:
    found = [e for e in events(pipeline, text) if e["trigger"].startswith("shot")]
    assert found, text
    assert found[0]["actor1"] and found[0]["actor1"]["name"] == "Military Forces of Ukraine"
    assert not found[0]["actor2"] or found[0]["actor2"]["name"] != "Military Forces of Ukraine"


def test_passive_participles_joined_stay_passive(pipeline: Any) -> None:
    text = "Six villagers killed and nine wounded in the raid near Kano were buried on Sunday."
    found = [e for e in events(pipeline, text) if e["trigger"] == "killed"]
    assert found and not found[0]["actor1"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The attack was carried out by Shabaab militants.", "militants"),
        ("The bombing was blamed on the ADF.", "ADF"),
        ("Police said Shabaab fighters were behind the ambush.", "fighters"),
        ("This massacre was perpetrated by soldiers of an elite unit.", "soldiers"),
    ],
)
def test_attributed_doers(pipeline: Any, text: str, doer: str) -> None:
    from eventwire.stages.attributions import attributed_doers

    assert [t.text for t in attributed_doers(parsed(pipeline, text))] == [doer]


@pytest.mark.parametrize(
    "text",
    [
        "An attack was carried out by Shabaab militants in 2015.",  # not an act told before
        "The bombing was not carried out by the ADF.",
        "The rebels were behind the lines.",
        "The work was carried out by engineers.",
        "Police carried out the raid.",
    ],
)
def test_no_attributed_doer(pipeline: Any, text: str) -> None:
    from eventwire.stages.attributions import attributed_doers

    assert attributed_doers(parsed(pipeline, text)) == []


def _draft(actor: Actor | None, violent: bool = True, sent: Any = None) -> Any:
    return SimpleNamespace(actor1=actor, cls=SimpleNamespace(violent=violent), why={}, sent=sent)


def test_credit_attributed_names_an_unnamed_doer(pipeline: Any) -> None:
    from eventwire.stages.attributions import credit_attributed

    doc = parsed(
        pipeline,
        "Gunmen raided a village on Sunday. The raid was carried out by Shabaab militants. "
        "Gunmen also attacked a bus near Afgoye on Monday.",
    )
    first, _, last = list(doc.sents)
    shabaab = Actor("Al Shabaab", "SOM", "INS", "Shabaab militants", "shabaab")
    police = Actor("Police Forces of Somalia", "SOM", "COP", "police", "noun:police")
    unnamed = _draft(Actor("Unidentified Armed Group (Somalia)", "SOM", "UAG", "Gunmen", "noun:gunman"), sent=first)
    untold, told = _draft(None, sent=first), _draft(police, sent=first)
    calm, later = _draft(None, violent=False, sent=first), _draft(None, sent=last)
    credit_attributed(doc, [unnamed, untold, told, calm, later], lambda span: (shabaab, "named"), ARMED_SECTORS)
    assert unnamed.actor1 is shabaab and untold.actor1 is shabaab
    assert told.actor1 is police and calm.actor1 is None
    assert later.actor1 is None  # told after the sentence that names the doer: not what it refers back to
    assert "named as the doer later" in unnamed.why["actor1"]


def test_credit_attributed_ignores_an_unnamed_attribution(pipeline: Any) -> None:
    from eventwire.stages.attributions import credit_attributed

    doc = parsed(pipeline, "Troops raided a village on Sunday. The raid was carried out by gunmen.")
    gunmen = Actor("Unidentified Armed Group (Somalia)", "SOM", "UAG", "gunmen", "noun:gunman")
    untold = _draft(None, sent=next(iter(doc.sents)))
    credit_attributed(doc, [untold], lambda span: (gunmen, "noun"), ARMED_SECTORS)
    assert untold.actor1 is None


@pytest.mark.slow
def test_a_later_attribution_names_the_doer_of_the_attack_told_before(pipeline: Any) -> None:
    from tests.conftest import by_trigger, records

    text = (
        "Fighters attacked the village of Ndele on Monday, killing nine herders. "
        "The attack was carried out by anti-Balaka militiamen, a UN spokesman said."
    )
    event = by_trigger(records(pipeline, text, date(2024, 5, 8)), "attacked")
    assert event["actor1"]["name"] == "Anti-Balaka"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead five traders in Zaria on Friday. Officials denied that the attack was carried out by troops.",
        "Gunmen shot dead five traders in Zaria on Friday. It was unclear whether bandits were behind the attack.",
        "Gunmen shot dead five traders in Zaria on Friday. Police ruled out that the attack was staged by the army.",
    ],
)
def test_a_denied_or_doubted_attribution_names_nobody(pipeline: Any, text: str) -> None:
    from eventwire.stages.attributions import attributed_doers

    assert attributed_doers(parsed(pipeline, text)) == []


def test_an_attribution_after_a_separate_incident_names_only_that_one(pipeline: Any) -> None:
    from tests.conftest import by_trigger, records

    text = (
        "A roadside bomb killed three soldiers near Baidoa on Monday. "
        "Separately, gunmen attacked a hotel in Beledweyne on Sunday, wounding four guests. "
        "The attack was carried out by al-Shabaab militants, police said."
    )
    found = records(pipeline, text, date(2024, 5, 8))
    assert by_trigger(found, "attacked")["actor1"]["name"] == "al-Shabaab"
    assert by_trigger(found, "roadside bomb")["actor1"] is None

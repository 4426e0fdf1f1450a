"""Ingest: mixed encodings, UTF-16 without a byte-order mark, odd file names, .json files in
folders, and the language rule for long texts of languages outside FOREIGN_WORDS."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from eventwire.records import Article, Rejection
from eventwire.stages.ingest import SKIPPED_FILE, english_problem, read_sources

STORY = (
    "NIAMEY (AFP) - Gunmen on motorbikes attacked a market in Tillabéri on Thursday, killing nine "
    "traders, a local official said. The attackers burned stalls before they fled towards the border."
)


def read(*paths: Path | str) -> list[Article | Rejection]:
    return list(read_sources(list(paths)))


def test_one_stray_cp1252_byte_leaves_the_utf8_text_intact(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    raw = STORY.encode("utf-8") + b" The mayor\x92s office confirmed the toll."
    (art,) = read(_write(tmp_path / "mixed.txt", raw))
    assert isinstance(art, Article)
    assert "Tillabéri" in art.text and "mayor\u2019s office" in art.text
    assert "decoded as cp1252" in caplog.text


def test_a_whole_cp1252_file_still_decodes(tmp_path: Path) -> None:
    (art,) = read(_write(tmp_path / "old.txt", STORY.encode("cp1252")))
    assert isinstance(art, Article) and "Tillabéri" in art.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path: Path, codec: str) -> None:
    (art,) = read(_write(tmp_path / "wide.txt", STORY.encode(codec)))
    assert isinstance(art, Article) and art.text == STORY


def test_broken_utf16_without_bom_is_rejected_with_the_reason(tmp_path: Path) -> None:
    raw = STORY.encode("utf-16-le") + b"\x00\xd8"  # a lone high surrogate at the end
    (rej,) = read(_write(tmp_path / "wide.txt", raw))
    assert isinstance(rej, Rejection) and "UTF-16 without a byte-order mark" in rej.detail


def test_nul_bytes_of_a_real_binary_are_still_binary(tmp_path: Path) -> None:
    (rej,) = read(_write(tmp_path / "blob.txt", bytes(range(256)) * 8))
    assert isinstance(rej, Rejection) and rej.reason == "binary file"


def test_a_file_name_that_is_not_utf8_is_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(b"r\xe9cit.txt")  # a Latin-1 name: Python keeps the byte as a surrogate
    try:
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system does not take such names")
    (art,) = read(tmp_path)
    assert isinstance(art, Article) and art.origin == str(tmp_path / "r\\xe9cit.txt")
    art.origin.encode("utf-8")  # valid UTF-8: a database can store it


def test_json_files_in_folders(tmp_path: Path) -> None:
    _write(tmp_path / "one.json", json.dumps({"id": "w7", "text": STORY}, indent=2))
    _write(tmp_path / "two.json", json.dumps([{"text": STORY + " A second copy."}, {"text": STORY + " A third."}]))
    _write(tmp_path / "settings.json", json.dumps({"colour": "blue"}))
    _write(tmp_path / "notes.md", "# my notes\n")
    items = read(tmp_path)
    articles = [i for i in items if isinstance(i, Article)]
    expected = [str(tmp_path / name) for name in ("one.json", "two.json#1", "two.json#2")]
    assert [a.origin for a in articles] == expected
    assert articles[0].id == "w7"
    skipped = sorted(Path(i.origin).name for i in items if isinstance(i, Rejection) and i.reason == SKIPPED_FILE)
    assert skipped == ["notes.md", "settings.json"]


# a text in a language whose function words FOREIGN_WORDS lacks (Finnish), written for this test
FINNISH = (
    "Aseistautuneet miehet hyökkäsivät pieneen kylään maanantaina aamulla ja tappoivat ainakin kuusi "
    "ihmistä, kertoi alueen poliisipäällikkö toimittajille. Hyökkääjät saapuivat moottoripyörillä, "
    "polttivat useita taloja ja pakenivat sitten metsään ennen kuin sotilaat ehtivät paikalle. "
    "Viranomaisten mukaan kaksi haavoittunutta kuljetettiin sairaalaan kaupunkiin, ja heidän tilansa "
    "on vakava. Kukaan ei ole vielä ilmoittanut olevansa iskun takana, mutta alueella toimii useita "
    "aseellisia ryhmiä, jotka ovat tehneet samanlaisia iskuja viime kuukausina in the region."
)
# a long English digest: few function words, but mostly names
LONG_DIGEST = (
    "Somalia: Shabaab fighters raid Baidoa checkpoint. Kenya: Police kill two suspects in Mandera. "
    "Ethiopia: Fano militia seize Lalibela roads. Sudan: RSF shell Nyala camp. Chad: Boko Haram "
    "ambush soldiers near Lake Chad. Niger: Jihadists attack Tillaberi convoy. Mali: JNIM fighters "
    "strike Timbuktu airport. Burkina Faso: Gunmen kill villagers in Djibo. Nigeria: Bandits abduct "
    "Zamfara farmers. Cameroon: Separatists burn Bamenda school. Mozambique: Insurgents raid Macomia "
    "town. Libya: Militias clash in Tripoli suburb after talks fail."
)


def test_long_prose_of_an_unlisted_language_is_not_english() -> None:
    problem = english_problem(FINNISH)
    assert problem is not None and "running text" in problem


def test_long_english_digest_and_prose_are_kept() -> None:
    assert english_problem(LONG_DIGEST) is None
    assert english_problem(" ".join([STORY] * 4)) is None


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path

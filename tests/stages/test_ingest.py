"""Ingest: every kind of input becomes Articles, every bad input a Rejection with a reason."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.records import Article, Rejection
from eventwire.stages.ingest import SKIPPED_FILE, article_id, english_problem, find_source, read_sources

GIVEN = date(2024, 3, 5)
STORY = (
    "KABUL (AFP) - At least 12 people were killed on Sunday when gunmen attacked a checkpoint on the "
    "edge of the capital, officials said. The interior ministry said that the attackers fled and that "
    "security forces were searching the area. No group has claimed the attack so far."
)
FRENCH = (
    "Au moins douze personnes ont été tuées dimanche lorsque des hommes armés ont attaqué un poste de "
    "contrôle à la périphérie de la capitale, selon les autorités. Le ministère de l'Intérieur a indiqué "
    "que les assaillants avaient pris la fuite et que les forces de sécurité fouillaient la zone."
)


def read(*paths: Path | str, **kw: object) -> list[Article | Rejection]:
    return list(read_sources(list(paths), **kw))  # type: ignore[arg-type]


def one(path: Path, **kw: object) -> Article | Rejection:
    items = read(path, **kw)
    assert len(items) == 1, items
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- plain text


def test_text_file(tmp_path: Path) -> None:
    art = one(write(tmp_path / "a.txt", STORY + "\n"), published=GIVEN)
    assert isinstance(art, Article)
    assert art.text == STORY + "\n"  # stored as read
    assert art.id == article_id(STORY) and art.id.startswith("a-") and len(art.id) == 18
    assert (art.published, art.published_from) == (GIVEN, "given")
    assert art.source == "AFP" and art.origin == str(tmp_path / "a.txt")


def test_id_ignores_whitespace_and_normalisation() -> None:
    assert article_id("Caf\u00e9  in\n Kabul ") == article_id("Cafe\u0301 in Kabul")
    assert article_id("one text") != article_id("another text")


def test_text_dated_from_its_dateline(tmp_path: Path) -> None:
    art = one(write(tmp_path / "d.txt", "Last updated: 5 March 2024\n\n" + STORY))
    assert isinstance(art, Article)
    assert art.published == GIVEN and art.published_from not in ("given", "none")


def test_source_credit() -> None:
    assert find_source("BAGHDAD (Reuters) - A car bomb exploded.") == "Reuters"
    assert find_source("A car bomb exploded, a police officer told AFP.") == "AFP"
    assert find_source("A car bomb exploded in Baghdad (Iraq) on Monday.") is None


def test_unknown_extension_sniffed(tmp_path: Path) -> None:
    art = one(write(tmp_path / "story", STORY), published=GIVEN)
    assert isinstance(art, Article) and art.text == STORY


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
        (bytes(range(1, 32)) * 40, "binary file"),
        (b"\xe4\xf6\xfc\xdf\xe9" * 200, "not UTF-8 text"),
        (FRENCH.encode(), "not English"),
        ("مقتل 12 شخصا في هجوم على نقطة تفتيش في العاصمة الأفغانية كابول يوم الأحد".encode(), "not English"),
    ],
)
def test_bad_input_rejected(tmp_path: Path, content: bytes, reason: str) -> None:
    rej = one(write(tmp_path / "bad.txt", content), published=GIVEN)
    assert isinstance(rej, Rejection) and rej.reason == reason, rej
    assert rej.origin == str(tmp_path / "bad.txt")


def test_too_large_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(52_428_800)  # sparse: nothing written
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the limit"))
    rej = one(big)
    assert rej == Rejection(str(big), "too large", "52428800 bytes > limit 10000000")


def test_cp1252_fallback(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    raw = STORY.replace("officials said", "\u201cofficials\u201d said").encode("cp1252")
    art = one(write(tmp_path / "w.txt", raw), published=GIVEN)
    assert isinstance(art, Article) and "\u201cofficials\u201d" in art.text
    assert "decoded as cp1252" in caplog.text


def test_utf16_with_bom(tmp_path: Path) -> None:
    art = one(write(tmp_path / "u.txt", STORY.encode("utf-16")), published=GIVEN)
    assert isinstance(art, Article) and art.text == STORY


DIGEST = (
    "Syria: Government forces shell Idlib villages. Yemen: Houthi drone hits Saudi airport. Iraq: Car "
    "bomb kills five near Baghdad market. Nigeria: Gunmen abduct 40 students in Kaduna state. Mali: "
    "Jihadists attack army base near Mopti. Sudan: RSF fighters loot Darfur market towns."
)
GERMAN = (
    "Bei einem Angriff auf einen Kontrollpunkt am Rande der Hauptstadt sind am Sonntag mindestens zwölf "
    "Menschen getötet worden, teilten die Behörden mit. Das Innenministerium sagte, die Angreifer seien "
    "geflohen und die Sicherheitskräfte durchsuchten das Gebiet. Was die Regierung nun tun will, ist unklar."
)
PORTUGUESE = (
    "Pelo menos doze pessoas foram mortas no domingo quando homens armados atacaram um posto de controle "
    "na periferia da capital, disseram autoridades. O Ministério do Interior disse que os agressores "
    "fugiram e que as forças de segurança estavam vasculhando a área."
)


def test_language_heuristic() -> None:
    assert english_problem("Gunmen kill 12 in Kabul checkpoint attack") is None  # short: kept
    assert english_problem("Des hommes armés tuent douze personnes à Kaboul") is None  # short: kept
    assert english_problem(STORY) is None
    assert english_problem(DIGEST) is None  # few function words, but no foreign ones either
    for text in (FRENCH, GERMAN, PORTUGUESE):
        assert english_problem(text) is not None, text[:30]


@pytest.mark.parametrize(
    "text",
    [
        "Des hommes armés ont tué douze civils dans le village, selon les autorités qui ont confirmé l'attaque.",
        "Hombres armados mataron a doce civiles en el pueblo, según las autoridades locales que confirmaron el ataque.",
        "Un uomo è stato ucciso da uomini armati nel villaggio, secondo le autorità locali che hanno confermato.",
    ],
)
def test_a_short_foreign_sentence_is_not_english(text: str) -> None:
    assert english_problem(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # place names full of Spanish particles, and no English function word at all
        "Death toll climbs: Santa Cruz de la Sierra, Ciudad del Este, San Pedro de los Milagros floods kill 12",
        "Des Moines police said Le Pen supporters and the de facto leader met in Paris on Monday.",
        "Syria's President Bashar al-Assad met Dutch envoy Jan van den Berg and Lebanese leaders in Damascus.",
        "Al Shabaab fighters attacked El Wak and La Paz del Mar after Des Moines and Le Havre talks ended.",
    ],
)
def test_a_short_english_text_with_foreign_names_is_kept(text: str) -> None:
    assert english_problem(text) is None


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no such file: .*nope\.txt"):
        read_sources([tmp_path / "nope.txt"])


# --------------------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html><html><head><title>Checkpoint attack in Kabul</title>{meta}
<meta property="og:site_name" content="Daily Wire Service"></head><body><nav>Home | World | Sport</nav>
<article><h1>Checkpoint attack in Kabul</h1><p>{story}</p></article>
<footer>Copyright 2019 Daily Wire Service. All rights reserved.</footer></body></html>"""


def test_html_with_date(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2024-03-05T08:00:00Z">'
    art = one(write(tmp_path / "p.html", PAGE.format(meta=meta, story=STORY)))
    assert isinstance(art, Article)
    assert STORY in art.text and "Copyright" not in art.text
    assert (art.published, art.published_from) == (GIVEN, "html")
    assert art.title == "Checkpoint attack in Kabul" and art.source == "Daily Wire Service"


def test_html_copyright_year_is_not_a_date(tmp_path: Path) -> None:
    art = one(write(tmp_path / "p.htm", PAGE.format(meta="", story=STORY)))
    assert isinstance(art, Article)
    assert art.published != date(2019, 1, 1)
    assert art.published is None or art.published_from != "html"


def test_html_sniffed_in_txt(tmp_path: Path) -> None:
    art = one(write(tmp_path / "p.txt", PAGE.format(meta="", story=STORY)), published=GIVEN)
    assert isinstance(art, Article) and "<p>" not in art.text


def test_malformed_and_empty_html(tmp_path: Path) -> None:
    broken = one(write(tmp_path / "b.html", f"<html><body><div><p>{STORY}<b><i></div></span>"), published=GIVEN)
    assert isinstance(broken, Article)
    empty = one(
        write(
            tmp_path / "e.html",
            "<html><head><title>x</title><script>var a = 1;</script></head><body><div> </div></body></html>",
        )
    )
    assert empty == Rejection(str(tmp_path / "e.html"), "no article text in HTML")


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl(tmp_path: Path) -> None:
    html = f"<html><body><article><p>{STORY}</p></article></body></html>"
    meta = {"published": "2024-03-05", "title": "T", "url": "http://x/1", "source": "AP"}
    lines = [
        json.dumps({"id": "n1", "text": STORY, **meta}),
        "{broken json",
        json.dumps({"id": "n3", "title": "no text here"}),
        "",
        json.dumps({"id": "n5", "html": html}),
        json.dumps({"id": "n6", "text": STORY, "published": "5 March"}),
    ]
    path = write(tmp_path / "in.jsonl", "\n".join(lines) + "\n")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Rejection", "Rejection", "Article", "Rejection"]
    first, broken, missing, from_html, bad_date = items
    assert isinstance(first, Article) and isinstance(from_html, Article)
    assert (first.id, first.published, first.published_from, first.source) == ("n1", GIVEN, "given", "AP")
    assert (first.title, first.url, first.origin) == ("T", "http://x/1", f"{path}:1")
    assert isinstance(broken, Rejection) and broken.origin == f"{path}:2" and broken.reason == "invalid JSON"
    assert isinstance(missing, Rejection) and missing.origin == f"{path}:3" and missing.reason == "no text"
    assert from_html.id == "n5" and STORY in from_html.text
    assert isinstance(bad_date, Rejection) and bad_date.reason == "bad published date"


def test_jsonl_published_option_wins(tmp_path: Path) -> None:
    path = write(tmp_path / "in.ndjson", json.dumps({"id": "n1", "text": STORY, "published": "2020-01-01"}))
    art = one(path, published=GIVEN)
    assert isinstance(art, Article) and art.published == GIVEN


# --------------------------------------------------------------------------- feeds

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire Feed</title><link>http://example.org/</link>
<item><title>Kabul attack</title><link>http://example.org/1</link>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
<description><![CDATA[<p>{story}</p><p>More to <b>follow</b>.</p>]]></description></item>
<item><title>Empty</title><link>http://example.org/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id>
<updated>2024-03-05T08:00:00Z</updated><entry><title>Kabul attack</title><id>urn:x:1</id><link href="http://example.org/a1"/>
<updated>2024-03-05T08:00:00Z</updated><content type="html">&lt;p&gt;{story}&lt;/p&gt;</content>
</entry></feed>"""


def test_rss(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.rss", RSS.format(story=STORY))
    art, empty = read(path)
    assert isinstance(art, Article) and isinstance(empty, Rejection)
    assert art.text == STORY + "\nMore to follow."
    assert (art.url, art.source, art.title, art.origin) == (
        "http://example.org/1",
        "Wire Feed",
        "Kabul attack",
        f"{path}#1",
    )
    assert (art.published, art.published_from) == (GIVEN, "feed")


def test_atom_sniffed_in_xml(tmp_path: Path) -> None:
    art = one(write(tmp_path / "feed.xml", ATOM.format(story=STORY)))
    assert isinstance(art, Article) and art.text == STORY
    assert (art.url, art.source, art.published) == ("http://example.org/a1", "Atom Wire", GIVEN)


def test_unparseable_feed(tmp_path: Path) -> None:
    rej = one(write(tmp_path / "bad.rss", "<rss version='2.0'><channel></rss> <<< not a feed"))
    assert isinstance(rej, Rejection) and rej.reason == "unparseable feed" and "mismatched tag" in rej.detail


def test_unreachable_feed_url() -> None:
    (rej,) = read("http://127.0.0.1:9/feed.xml")  # the discard port: refused at once, no network needed
    assert isinstance(rej, Rejection) and rej.reason == "feed unreachable" and rej.detail


# --------------------------------------------------------------------------- folders


def test_directory_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    write(tmp_path / "b.txt", STORY + " Second.")
    write(tmp_path / "sub" / "a.txt", STORY + " Third.")
    write(tmp_path / "a.txt", STORY + " First.")
    write(tmp_path / ".hidden.txt", STORY)
    write(tmp_path / ".git" / "x.txt", STORY)
    write(tmp_path / "expected.json", '{"events": []}')
    items = read(tmp_path, published=GIVEN)
    articles = [i for i in items if isinstance(i, Article)]
    assert [i.origin for i in articles] == [str(tmp_path / n) for n in ("a.txt", "b.txt", "sub/a.txt")]
    # a .json file that holds no article is skipped, and says so
    assert [(i.origin, i.reason) for i in items if isinstance(i, Rejection)] == [
        (str(tmp_path / "expected.json"), SKIPPED_FILE)
    ]
